#!/usr/bin/env bash
# Builds the default data, writes the calendar feed and the same entries as JSON, and has Python's
# `icalendar` (an independent RFC 5545 parser, installed in a virtualenv) read and compare them.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet icalendar
swift build --product lotsen
lotsen=$(swift build --show-bin-path)/lotsen
"$lotsen" init --db "$work/lotsen.db" >/dev/null
from=$(date +%Y)-01-01
to=$(( $(date +%Y) + 2 ))-12-31
"$lotsen" calendar --db "$work/lotsen.db" --from "$from" --to "$to" --format ics --remind-days 14 > "$work/feed.ics"
"$lotsen" calendar --db "$work/lotsen.db" --from "$from" --to "$to" --format json > "$work/entries.json"
"$work/venv/bin/python" Tests/ics/check_feed.py "$work/feed.ics" "$work/entries.json"
