#!/usr/bin/env bash
# Open311 GeoReport v2 as real clients use it (issue 17): starts `lotsen serve` on a fresh database and runs
# check_clients.py, which drives the `georeport` client (pip) in JSON and in XML and submits form-encoded requests
# as the specification says.
#
# Usage: Tests/open311/run.sh [path/to/lotsen]        (default: .build/debug/lotsen; it is not built here)
set -euo pipefail
lotsen=${1:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ -n "$lotsen" ]; then
    case "$lotsen" in /*) ;; *) lotsen="$PWD/$lotsen" ;; esac
else
    lotsen="$root/.build/debug/lotsen"
fi
cd "$root"
venv=${OPEN311_VENV:-${TMPDIR:-/tmp}/lotsen-open311-venv}
requirements=Tests/open311/requirements.txt
pinned=$(grep -E '^[A-Za-z0-9_.-]+==' "$requirements" | sort)
if [ ! -x "$venv/bin/python" ] || [ "$("$venv/bin/pip" freeze 2>/dev/null | grep -F -x -f <(echo "$pinned") | sort)" != "$pinned" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lotsen-open311.XXXXXX")
server=
cleanup() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

"$lotsen" init --db "$work/lotsen.db" >/dev/null 2>&1
echo "nyckel-for-ci" > "$work/keys"
"$lotsen" serve --db "$work/lotsen.db" --port 0 --jurisdiction kristianstad.se --open311-keys "$work/keys" >"$work/serve.out" 2>"$work/serve.log" &
server=$!
port=
for _ in $(seq 1 300); do
    port=$(sed -n 's|.* on http://127\.0\.0\.1:\([0-9][0-9]*\) .*|\1|p' "$work/serve.out" | head -1)
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.out" "$work/serve.log" >&2; exit 2; }
    sleep 0.2
done
[ -n "$port" ] || { echo "open311: lotsen serve did not announce its port" >&2; exit 2; }
export NO_PROXY="127.0.0.1,localhost" no_proxy="127.0.0.1,localhost"
"$venv/bin/python" Tests/open311/check_clients.py "http://127.0.0.1:$port/open311/v2" nyckel-for-ci kristianstad.se
