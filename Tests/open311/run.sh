#!/usr/bin/env bash
# Open311 GeoReport v2 as real clients use it (issue 17): starts `lotsen serve` on a fresh database, with an API key
# and a jurisdiction, and runs check_clients.py, which drives the `georeport` client (pip) in JSON and in XML and
# submits form-encoded requests as the specification says.
#
# Usage: Tests/open311/run.sh [path/to/lotsen]        (default: .build/debug/lotsen; it is not built here)
set -euo pipefail
source "$(dirname "$0")/../lib/serve.sh"
lotsen_binary open311 "${1:-}"
venv=${OPEN311_VENV:-${TMPDIR:-/tmp}/lotsen-open311-venv}
pinned_venv "$venv" Tests/open311/requirements.txt

work=$(mktemp -d "${TMPDIR:-/tmp}/lotsen-open311.XXXXXX")
trap 'stop_lotsen; rm -rf "$work"' EXIT
"$lotsen" init --db "$work/lotsen.db" >/dev/null 2>&1
echo "nyckel-for-ci" > "$work/keys"
start_lotsen open311 "$work/lotsen.db" "$work/serve.out" "$work/serve.log" --jurisdiction kristianstad.se --open311-keys "$work/keys"
"$venv/bin/python" Tests/open311/check_clients.py "$base/open311/v2" nyckel-for-ci kristianstad.se
