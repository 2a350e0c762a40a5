#!/usr/bin/env bash
# Shows that an acknowledged enquiry survives `kill -9` of the server: `POST /v1/enquiries` answers
# 201 only after its transaction is committed (WAL, synchronous=FULL), so a killed server loses
# nothing it has confirmed, and neither database file is damaged.
#
# ROUNDS times: start `lotsen serve` on the same database pair, submit enquiries as fast as
# possible (2 connections), `kill -9` the server after a random 0.3–1.5 s, then check
# `PRAGMA integrity_check` on lotsen.db and lotsen-enquiries.db and that every reference
# answered with 201 so far (in any round) is stored with the text that was sent.
#
#   Benchmarks/kill-during-enquiries.sh [LOTSEN_BINARY] [ROUNDS]
#   (default .build/debug/lotsen and 20 rounds; needs python3)
set -euo pipefail
cd "$(dirname "$0")/.."
lotsen="${1:-.build/debug/lotsen}"
rounds="${2:-20}"
[ -x "$lotsen" ] || { echo "no lotsen binary at $lotsen (build it, or pass its path)" >&2; exit 2; }
lotsen="$(cd "$(dirname "$lotsen")" && pwd)/$(basename "$lotsen")"

work="$(mktemp -d "${TMPDIR:-/tmp}/lotsen-kill-enquiries.XXXXXX")"
server_pid=""
client_pid=""
cleanup() {
  for pid in $client_pid $server_pid; do kill -9 "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
db="$work/lotsen.db"
enquiries_db="$work/lotsen-enquiries.db"
acknowledged="$work/acknowledged.tsv"   # reference <tab> marker, one line per 201, all rounds
: >"$acknowledged"

"$lotsen" init --db "$db" >/dev/null

failures=0
for round in $(seq "$rounds"); do
  : >"$work/serve.out"; rm -f "$work/client.json"
  "$lotsen" serve --db "$db" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
  server_pid=$!
  port=""
  for _ in $(seq 300); do
    port=$(sed -n 's#.*on http://127\.0\.0\.1:\([0-9]*\).*#\1#p' "$work/serve.out" | head -n1)
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$port" ]; then
    echo "FAIL: round $round: lotsen serve did not start after the previous kill"
    tail -n 20 "$work/serve.err"
    exit 1
  fi

  acknowledged_before=$(wc -l <"$acknowledged")
  # The client appends each acknowledged reference at once, so what it learnt survives the kill.
  python3 - "$port" "$round" "$acknowledged" "$work/client.json" <<'PY' &
import http.client, json, sys, threading, time
port, round_, acknowledged, report = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
lock = threading.Lock()
result = {"sent": 0, "acknowledged": 0, "http_errors": [], "first_connection_error": None}
out = open(acknowledged, "a", encoding="utf-8")

def worker(w):
    conn, n = http.client.HTTPConnection("127.0.0.1", port, timeout=10), 0
    while True:
        n += 1
        marker = f"kill-{round_}-{w}-{n}"
        body = json.dumps({"text": f"Vi vill boka en samlingslokal till föreningens årsmöte ({marker})",
                           "email": f"styrelsen{w}@example.se"})
        try:
            conn.request("POST", "/v1/enquiries", body=body, headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            payload = response.read()
        except Exception as error:  # the server was killed (or failed); this thread is done
            with lock:
                result["sent"] += 1
                if result["first_connection_error"] is None:
                    result["first_connection_error"] = [time.time(), f"{type(error).__name__}: {error}"]
            return
        with lock:
            result["sent"] += 1
            reference = json.loads(payload).get("reference") if response.status == 201 else None
            if reference:
                result["acknowledged"] += 1
                out.write(f"{reference}\t{marker}\n")
                out.flush()
            else:
                result["http_errors"].append([response.status, payload[:200].decode("utf-8", "replace")])

threads = [threading.Thread(target=worker, args=(w,)) for w in (1, 2)]
for t in threads: t.start()
for t in threads: t.join()
json.dump(result, open(report, "w"))
PY
  client_pid=$!

  # The kill comes a random while after the round's first acknowledgement, not after its start: on a loaded machine
  # the first answer can take longer than the shortest delay, and a round with nothing acknowledged proves nothing.
  for _ in $(seq 600); do
    [ "$(wc -l <"$acknowledged")" -gt "$acknowledged_before" ] && break
    sleep 0.05
  done
  delay_ms=$((300 + RANDOM % 1201))
  sleep "$((delay_ms / 1000)).$(printf '%03d' $((delay_ms % 1000)))"
  killed_at=$EPOCHREALTIME
  kill -9 "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  client_status=0
  wait "$client_pid" || client_status=$?
  client_pid=""

  round_status=0
  python3 - "$round" "$db" "$enquiries_db" "$acknowledged" "$work/client.json" "$killed_at" "$delay_ms" "$client_status" <<'PY' || round_status=$?
import json, sqlite3, sys
round_, db, enquiries_db, acknowledged, report, killed_at, delay_ms, client_status = sys.argv[1:]
problems = []
try:
    client = json.load(open(report))
except (OSError, ValueError):
    client = {"sent": 0, "acknowledged": 0, "http_errors": [], "first_connection_error": None}
    problems.append(f"the client failed (exit {client_status})")
for status, body in client["http_errors"][:3]:
    problems.append(f"a submission answered {status}: {body}")
error = client["first_connection_error"]
if error and error[0] < float(killed_at) - 0.05:
    problems.append(f"a connection failed {float(killed_at) - error[0]:.2f} s before the kill: {error[1]}")
if client["acknowledged"] == 0:
    problems.append("no submission was acknowledged in this round")

checks = {}
for path in (db, enquiries_db):
    try:
        connection = sqlite3.connect(path)
        checks[path] = "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
        connection.close()
    except sqlite3.Error as e:
        checks[path] = f"{type(e).__name__}: {e}"
    if checks[path] != "ok":
        problems.append(f"integrity_check of {path.rsplit('/', 1)[-1]}: {checks[path]}")

expected = [line.rstrip("\n").split("\t") for line in open(acknowledged, encoding="utf-8") if line.strip()]
connection = sqlite3.connect(enquiries_db)
stored = dict(connection.execute("SELECT reference, text FROM enquiries"))
connection.close()
references = [reference for reference, _ in expected]
if len(set(references)) != len(references):
    problems.append("the same reference was acknowledged twice")
missing = [reference for reference, marker in expected if reference not in stored]
wrong = [reference for reference, marker in expected if reference in stored and f"({marker})" not in stored[reference]]
if missing:
    problems.append(f"{len(missing)} acknowledged enquiries are missing, e.g. {missing[:5]}")
if wrong:
    problems.append(f"{len(wrong)} references hold another enquiry's text, e.g. {wrong[:5]}")
present = len(expected) - len(missing)
print(f"round {int(round_):2d}: killed after {int(delay_ms) / 1000:.2f} s; {client['acknowledged']} acknowledged "
      f"this round; {present}/{len(expected)} present; integrity ok/ok"
      if not problems else f"round {int(round_):2d}: killed after {int(delay_ms) / 1000:.2f} s")
for p in problems:
    print(f"FAIL: round {round_}: {p}")
with open(report + ".totals", "w") as f:
    f.write(f"{len(expected)} {present}\n")
sys.exit(1 if problems else 0)
PY
  if [ "$round_status" -ne 0 ]; then
    failures=$((failures + 1))
    tail -n 5 "$work/serve.err" | sed 's/^/  server: /'
  fi
done

read -r total present <"$work/client.json.totals"
echo "totals:  $rounds rounds, $total acknowledged, $present present, $failures failing rounds"
if [ "$failures" -eq 0 ] && [ "$total" -eq "$present" ]; then
  echo "PASS: every acknowledged enquiry survived kill -9 and both files pass integrity_check"
else
  echo "FAIL"
  exit 1
fi
