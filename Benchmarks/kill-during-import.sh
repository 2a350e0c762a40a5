#!/usr/bin/env bash
# Shows that killing `lotsen import` with SIGKILL half-way leaves the database readable with the
# previous data intact: the import is one SQLite transaction (WAL, synchronous=FULL), so a killed
# process leaves only an uncommitted WAL tail that SQLite discards on the next open.
#
#   Benchmarks/kill-during-import.sh [ROWS]     (default 60000 rows; needs sqlite3 and a built lotsen)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-60000}"
swift build --product lotsen >/dev/null
lotsen=".build/debug/lotsen"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/lotsen.db"

"$lotsen" init --db "$db" >/dev/null
before=$(sqlite3 "$db" "SELECT count(*), sum(length(name)) FROM premises; SELECT value FROM meta WHERE key='revision';" | tr '\n' ' ')
echo "before:  premises(count, name bytes) and revision = $before"

python3 - "$work/stora.csv" "$rows" <<'PY'
import sys
path, rows = sys.argv[1], int(sys.argv[2])
with open(path, "w", encoding="utf-8") as f:
    f.write("Lokal;Typ;Adress;Ort;Antal personer;Hyra\n")
    for n in range(rows):
        f.write(f"Samlingssal {n};Samlingslokal;Storgatan {n % 90 + 1};Kristianstad;ca {n % 200 + 10};{n % 50 * 10 + 100} kr/tim\n")
PY

"$lotsen" import "$work/stora.csv" --kind premises --db "$db" >/dev/null 2>&1 &
pid=$!
sleep "${KILL_AFTER:-4}"
if kill -0 "$pid" 2>/dev/null; then
  kill -9 "$pid"
  echo "killed:  lotsen import (pid $pid) with SIGKILL while it was writing"
else
  echo "note:    the import finished before the kill; use more ROWS or a smaller KILL_AFTER" >&2
  exit 1
fi
wait "$pid" 2>/dev/null || true

check=$(sqlite3 "$db" "PRAGMA integrity_check;")
after=$(sqlite3 "$db" "SELECT count(*), sum(length(name)) FROM premises; SELECT value FROM meta WHERE key='revision';" | tr '\n' ' ')
echo "after:   premises(count, name bytes) and revision = $after; integrity_check = $check"
[ "$check" = "ok" ] && [ "$before" = "$after" ] && echo "PASS: the previous data is intact" || { echo "FAIL"; exit 1; }
