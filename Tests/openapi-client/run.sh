#!/usr/bin/env bash
# A client generated from the OpenAPI document works (issue 17): starts `lotsen serve` on a fresh database, validates
# its /openapi.json with openapi-spec-validator, generates a Python client with openapi-python-client (both from pip)
# and has check_client.py call the premises search, the calendar, the route and an Open311 read through it, checking
# that every answer parses into the generated types.
#
# Usage: Tests/openapi-client/run.sh [path/to/lotsen]        (default: .build/debug/lotsen; it is not built here)
set -euo pipefail
lotsen=${1:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ -n "$lotsen" ]; then
    case "$lotsen" in /*) ;; *) lotsen="$PWD/$lotsen" ;; esac
else
    lotsen="$root/.build/debug/lotsen"
fi
cd "$root"
venv=${OPENAPI_CLIENT_VENV:-${TMPDIR:-/tmp}/lotsen-openapi-client-venv}
requirements=Tests/openapi-client/requirements.txt
pinned=$(grep -E '^[A-Za-z0-9_.-]+==' "$requirements" | sort)
if [ ! -x "$venv/bin/openapi-python-client" ] || [ "$("$venv/bin/pip" freeze 2>/dev/null | grep -F -x -f <(echo "$pinned") | sort)" != "$pinned" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lotsen-openapi-client.XXXXXX")
server=
cleanup() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

"$lotsen" init --db "$work/lotsen.db" >/dev/null 2>&1
"$lotsen" serve --db "$work/lotsen.db" --port 0 >"$work/serve.out" 2>"$work/serve.log" &
server=$!
port=
for _ in $(seq 1 300); do
    port=$(sed -n 's|.* on http://127\.0\.0\.1:\([0-9][0-9]*\) .*|\1|p' "$work/serve.out" | head -1)
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.out" "$work/serve.log" >&2; exit 2; }
    sleep 0.2
done
[ -n "$port" ] || { echo "openapi-client: lotsen serve did not announce its port" >&2; exit 2; }
export NO_PROXY="127.0.0.1,localhost" no_proxy="127.0.0.1,localhost"
base="http://127.0.0.1:$port"

"$venv/bin/python" -c "import sys, urllib.request; open(sys.argv[2], 'wb').write(urllib.request.urlopen(sys.argv[1]).read())" \
    "$base/openapi.json" "$work/openapi.json"
"$venv/bin/openapi-spec-validator" "$work/openapi.json"
# The generator formats its output with ruff, which it finds on PATH.
PATH="$venv/bin:$PATH" "$venv/bin/openapi-python-client" generate --path "$work/openapi.json" --meta none \
    --output-path "$work/lotsen_client" --overwrite
PYTHONPATH="$work" "$venv/bin/python" Tests/openapi-client/check_client.py "$base"
