#!/usr/bin/env bash
# The changes feed as feed readers see it (issue 18): starts `lotsen serve` on a fresh database, has an editor add a
# grant of another funder, move a deadline and withdraw premises over the API, and checks with feedparser (pip) that
# /v1/changes.atom is well-formed Atom listing exactly those changes, filtered as asked.
#
# Usage: Tests/atom/run.sh [path/to/lotsen]        (default: .build/debug/lotsen; it is not built here)
set -euo pipefail
source "$(dirname "$0")/../lib/serve.sh"
lotsen_binary atom "${1:-}"
venv=${ATOM_VENV:-${TMPDIR:-/tmp}/lotsen-atom-venv}
pinned_venv "$venv" Tests/atom/requirements.txt

work=$(mktemp -d "${TMPDIR:-/tmp}/lotsen-atom.XXXXXX")
trap 'stop_lotsen; rm -rf "$work"' EXIT
"$lotsen" init --db "$work/lotsen.db" >/dev/null 2>&1
editor=$("$lotsen" token create --db "$work/lotsen.db" --name "Redaktör" --role editor 2>/dev/null | sed -n 's/^token:[[:space:]]*//p')
start_lotsen atom "$work/lotsen.db" "$work/serve.out" "$work/serve.log"
"$venv/bin/python" Tests/atom/check_feed.py "$base" "$editor"
