#!/usr/bin/env bash
# The browser test: starts `lotsen serve` on a fresh database, drives Debian's headless Chromium through every
# page with Selenium (filters, the contact form, staff sign-in and reassignment), runs the axe-core accessibility
# rules on each page and fails on any serious or critical violation. Screenshots and the axe report are written
# to artifacts/browser/ (git-ignored).
# Needs: apt chromium chromium-driver; pip packages from requirements.txt (installed here into .build/venv-browser).
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.build/venv-browser
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import selenium, axe_selenium_python" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet -r Tests/browser/requirements.txt
fi
swift build --product lotsen >/dev/null
work=$(mktemp -d)
port=${LOTSEN_BROWSER_PORT:-8097}
out=artifacts/browser
rm -rf "$out" && mkdir -p "$out"
secret=$(.build/debug/lotsen token create --db "$work/lotsen.db" --name "Webbläsartest" --role staff | grep -o 'lotsen_[0-9a-f]*' | head -1)
editor=$(.build/debug/lotsen token create --db "$work/lotsen.db" --name "Redaktör, Kultur och fritid" --role editor | grep -o 'lotsen_[0-9a-f]*' | head -1)
.build/debug/lotsen serve --db "$work/lotsen.db" --port "$port" >"$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.2
done
"$venv/bin/python" Tests/browser/browser_test.py "http://localhost:$port" "$secret" "$out" "$editor"
