#!/usr/bin/env bash
# A client generated from the OpenAPI document works (issue 17): starts `lotsen serve` on a fresh database, validates
# its /openapi.json with openapi-spec-validator, generates a Python client with openapi-python-client (both from pip)
# and has check_client.py call the premises search, the calendar, the route, a unit and Open311 through it, checking
# that every answer parses into the generated types; check_fields.py then checks that every field the document
# promises occurs in real answers, and Tests/hsds/check.py validates the HSDS 3 export.
#
# Usage: Tests/openapi-client/run.sh [path/to/lotsen]        (default: .build/debug/lotsen; it is not built here)
set -euo pipefail
source "$(dirname "$0")/../lib/serve.sh"
lotsen_binary openapi-client "${1:-}"
venv=${OPENAPI_CLIENT_VENV:-${TMPDIR:-/tmp}/lotsen-openapi-client-venv}
pinned_venv "$venv" Tests/openapi-client/requirements.txt

work=$(mktemp -d "${TMPDIR:-/tmp}/lotsen-openapi-client.XXXXXX")
trap 'stop_lotsen; rm -rf "$work"' EXIT
"$lotsen" init --db "$work/lotsen.db" >/dev/null 2>&1
# One premises and two grants with every field filled, so every documented field can occur (check_fields.py).
"$lotsen" import Tests/openapi-client/fixtures/premises.csv --kind premises --db "$work/lotsen.db" >/dev/null
"$lotsen" import Tests/openapi-client/fixtures/grants.csv --kind grants --db "$work/lotsen.db" >/dev/null
start_lotsen openapi-client "$work/lotsen.db" "$work/serve.out" "$work/serve.log"

"$venv/bin/python" -c "import sys, urllib.request; open(sys.argv[2], 'wb').write(urllib.request.urlopen(sys.argv[1]).read())" \
    "$base/openapi.json" "$work/openapi.json"
"$venv/bin/openapi-spec-validator" "$work/openapi.json"
# The generator formats its output with ruff, which it finds on PATH.
PATH="$venv/bin:$PATH" "$venv/bin/openapi-python-client" generate --path "$work/openapi.json" --meta none \
    --output-path "$work/lotsen_client" --overwrite
PYTHONPATH="$work" "$venv/bin/python" Tests/openapi-client/check_client.py "$base"
"$venv/bin/python" Tests/openapi-client/check_fields.py "$base"
# The HSDS 3 export against HSDS's rules (Tests/hsds/check.py; --published DIR for the published schema files).
"$venv/bin/python" Tests/hsds/check.py "$base"
