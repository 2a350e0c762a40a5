#!/usr/bin/env bash
# Shows that enquiries keep being taken while a large import holds the catalogue's write lock:
# enquiries live in their own SQLite file (lotsen-enquiries.db), so `POST /v1/enquiries` must not
# wait for `lotsen import`, and reads of the catalogue keep working (WAL).
#
# Starts `lotsen serve` on a fresh database, imports a generated CSV of ROWS premises in the
# background and meanwhile submits enquiries (2 threads, one after another each) and searches
# premises (1 thread) until the import has exited, plus 2 s. Then checks:
#   - the import exited 0 and more than 20 submissions were answered while it ran;
#   - every submission answered 201 with a reference within 1 s;
#   - every reference is in lotsen-enquiries.db afterwards, with the text that was sent;
#   - every read answered 200.
#
#   Benchmarks/enquiries-during-import.sh [LOTSEN_BINARY]   (default .build/debug/lotsen; needs python3)
#   ROWS=100000 (default)   MAX_SUBMIT_SECONDS=1.0 (default)   MAX_SECONDS=150 (give up after)
set -euo pipefail
cd "$(dirname "$0")/.."
lotsen="${1:-.build/debug/lotsen}"
rows="${ROWS:-100000}"
max_submit="${MAX_SUBMIT_SECONDS:-1.0}"
max_seconds="${MAX_SECONDS:-150}"
[ -x "$lotsen" ] || { echo "no lotsen binary at $lotsen (build it, or pass its path)" >&2; exit 2; }
lotsen="$(cd "$(dirname "$lotsen")" && pwd)/$(basename "$lotsen")"

work="$(mktemp -d "${TMPDIR:-/tmp}/lotsen-enquiries-import.XXXXXX")"
server_pid=""
import_pid=""
cleanup() {
  for pid in $import_pid $server_pid; do kill -9 "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
db="$work/lotsen.db"
enquiries_db="$work/lotsen-enquiries.db"

"$lotsen" init --db "$db" >/dev/null

# Realistic premises rows: kinds from seed/vocabulary.json (Swedish labels, as a municipality's
# export would have them), facilities from the same vocabulary, names unique per row.
python3 - "$work/lokaler.csv" "$rows" <<'PY'
import random, sys
path, rows = sys.argv[1], int(sys.argv[2])
rnd = random.Random(2026)
names = {
    "Samlingslokal": ["Bygdegården", "Föreningshuset", "Folkets hus", "Församlingshemmet"],
    "Möteslokal": ["Mötesrummet", "Konferensrummet", "Sammanträdesrummet"],
    "Scen": ["Teatern", "Blackboxen", "Scenrummet"],
    "Ateljé": ["Ateljén", "Bildsalen", "Verkstaden"],
    "Idrottshall": ["Sporthallen", "Gymnastiksalen", "Idrottshallen"],
    "Idrottsplats": ["Idrottsplatsen", "Fotbollsplanen"],
    "Simhall": ["Badhuset", "Simhallen"],
    "Ishall": ["Ishallen", "Isarenan"],
}
kinds = list(names)
towns = ["Kristianstad", "Åhus", "Tollarp", "Degeberga", "Fjälkinge", "Årup", "Everöd", "Önnestad", "Vänge", "Tyringe"]
streets = ["Storgatan", "Västra Boulevarden", "Östra Storgatan", "Kyrkogatan", "Skolgatan", "Ängsvägen", "Björkvägen"]
facilities = ["Kök", "Projektor", "Scen", "Wifi", "Hörslinga", "Ljudanläggning", "Scenljus", "Omklädningsrum",
              "Dusch", "Bastu", "Parkering"]
with open(path, "w", encoding="utf-8") as f:
    f.write("Namn;Typ;Adress;Ort;Antal personer;Hyra;Utrustning\n")
    for n in range(1, rows + 1):
        kind, town = rnd.choice(kinds), rnd.choice(towns)
        f.write(f"{rnd.choice(names[kind])} {town} {n};{kind};{rnd.choice(streets)} {rnd.randint(1, 120)};{town};"
                f"{rnd.randint(1, 40) * 10};{rnd.randint(2, 60) * 25} kr/tim;"
                f"{', '.join(rnd.sample(facilities, rnd.randint(0, 4)))}\n")
PY

"$lotsen" serve --db "$db" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
port=""
for _ in $(seq 300); do
  port=$(sed -n 's#.*on http://127\.0\.0\.1:\([0-9]*\).*#\1#p' "$work/serve.out" | head -n1)
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$port" ] || { echo "FAIL: lotsen serve did not announce its port" >&2; cat "$work/serve.err" >&2; exit 1; }
echo "server:  pid $server_pid on 127.0.0.1:$port; importing $rows rows"

import_started=$EPOCHREALTIME
"$lotsen" import "$work/lokaler.csv" --kind premises --db "$db" >"$work/import.out" 2>"$work/import.err" &
import_pid=$!

status=0
python3 - "$port" "$import_pid" "$import_started" "$enquiries_db" "$max_submit" "$max_seconds" <<'PY' || status=$?
import functools, http.client, json, math, sqlite3, sys, threading, time, urllib.parse
print = functools.partial(print, flush=True)

port, import_pid, import_started = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
enquiries_db, max_submit, max_seconds = sys.argv[4], float(sys.argv[5]), float(sys.argv[6])

def import_alive():
    # bash reaps its background job while python runs, but a zombie may linger for a moment.
    try:
        with open(f"/proc/{import_pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False

import_ended = None          # wall-clock time the import was first seen gone
stop = threading.Event()
lock = threading.Lock()
submissions, reads = [], []  # dicts: start, latency, status, during_import, ...

def monitor():
    global import_ended
    deadline = time.time() + max_seconds
    while import_alive():
        if time.time() > deadline:
            print(f"FAIL: the import still runs after {max_seconds:.0f} s (MAX_SECONDS)")
            stop.set()
            return
        time.sleep(0.02)
    import_ended = time.time()
    time.sleep(2.0)
    stop.set()

def request(conn, method, path, body=None):
    headers = {"Content-Type": "application/json"} if body is not None else {}
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    return response.status, response.read()

TEXTS = [
    "Hej! Vi är en förening som vill hyra en lokal för vårt årsmöte i mars, ungefär 40 personer.",
    "Finns det någon idrottshall ledig på tisdagskvällar för innebandy med ungdomslaget?",
    "Hur söker vi bidrag för ett kulturarrangemang i sommar? Vi är en ideell förening.",
    "Vi behöver en möteslokal med projektor och hörslinga för en kurs i Åhus.",
    "Gatlampan utanför vår föreningslokal på Storgatan har varit trasig i två veckor.",
]

def submitter(worker):
    conn, n = None, 0
    while not stop.is_set():
        n += 1
        marker = f"lasttest-{worker}-{n}"
        body = json.dumps({"text": f"{TEXTS[n % len(TEXTS)]} ({marker})", "email": f"forening{worker}@example.se"})
        start = time.time()
        record = {"start": start, "marker": marker, "reference": None, "started_during": import_ended is None}
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            status, payload = request(conn, "POST", "/v1/enquiries", body)
            record["status"] = status
            if status == 201:
                record["reference"] = json.loads(payload).get("reference")
            else:
                record["body"] = payload[:300].decode("utf-8", "replace")
        except Exception as error:  # a failed connection is a failed submission
            record["status"] = f"{type(error).__name__}: {error}"
            conn = None
        record["latency"] = time.time() - start
        record["during_import"] = import_ended is None and import_alive()
        with lock:
            submissions.append(record)

QUERIES = ["scen", "idrottshall", "kök", "möteslokal åhus", "bastu", "samlingslokal tollarp"]

def reader():
    conn, n = None, 0
    while not stop.is_set():
        n += 1
        q = QUERIES[n % len(QUERIES)]
        path = "/v1/premises?q=" + urllib.parse.quote(q)
        start = time.time()
        record = {"start": start, "query": q}
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            status, payload = request(conn, "GET", path)
            record["status"] = status
            if status != 200:
                record["body"] = payload[:300].decode("utf-8", "replace")
        except Exception as error:
            record["status"] = f"{type(error).__name__}: {error}"
            conn = None
        record["latency"] = time.time() - start
        with lock:
            reads.append(record)

threads = [threading.Thread(target=monitor)] + [threading.Thread(target=submitter, args=(w,)) for w in (1, 2)] \
    + [threading.Thread(target=reader)]
for t in threads: t.start()
for t in threads: t.join()

def pct(values, p):
    values = sorted(values)  # nearest rank
    return values[max(0, math.ceil(p / 100 * len(values)) - 1)] if values else float("nan")

def phase(s):
    return "during the import" if s["during_import"] else \
        "started during the import, answered after it" if s["started_during"] else "after the import"

violations = []
if import_ended is None:
    violations.append("the import did not finish in time")
during = [s for s in submissions if s["during_import"]]
lat = [s["latency"] for s in submissions]
read_lat = [r["latency"] for r in reads]
print(f"import:  {(import_ended or time.time()) - import_started:.1f} s "
      f"({'seen exiting by the client' if import_ended else 'and still running'})")
print(f"submits: {len(submissions)} in all, {len(during)} while the import ran; latency "
      f"p50 {pct(lat, 50) * 1000:.0f} ms, p99 {pct(lat, 99) * 1000:.0f} ms, max {max(lat) * 1000:.0f} ms")
if during:
    dl = [s["latency"] for s in during]
    print(f"         while importing: p50 {pct(dl, 50) * 1000:.0f} ms, p99 {pct(dl, 99) * 1000:.0f} ms, max {max(dl) * 1000:.0f} ms")
print(f"reads:   {len(reads)}, p99 {pct(read_lat, 99) * 1000:.0f} ms, max {max(read_lat) * 1000:.0f} ms" if reads else "reads:   0")

if len(during) <= 20:
    violations.append(f"only {len(during)} submissions overlapped the import (need > 20)")
bad = [s for s in submissions if s["status"] != 201 or not s["reference"]]
slow = [s for s in submissions if s["status"] == 201 and s["latency"] > max_submit]
for s in bad[:5]:
    violations.append(f"submission {s['marker']} answered {s['status']} after {s['latency']:.2f} s "
                      f"({phase(s)}) {s.get('body', '')}")
for s in sorted(slow, key=lambda s: -s["latency"])[:5]:
    violations.append(f"submission {s['marker']} ({s['reference']}) took {s['latency']:.2f} s "
                      f"({phase(s)}; started at +{s['start'] - import_started:.1f} s, the import was seen "
                      f"exiting at +{(import_ended or time.time()) - import_started:.1f} s)")
if len(bad) > 5 or len(slow) > 5:
    violations.append(f"... {len(bad)} failed and {len(slow)} slow (> {max_submit} s) submissions in all")
failed_reads = [r for r in reads if r["status"] != 200]
for r in failed_reads[:5]:
    violations.append(f"read q={r['query']} answered {r['status']} after {r['latency']:.2f} s {r.get('body', '')}")
if len(failed_reads) > 5:
    violations.append(f"... {len(failed_reads)} failed reads in all")

acknowledged = {s["reference"]: s["marker"] for s in submissions if s["status"] == 201 and s["reference"]}
if len(acknowledged) != sum(1 for s in submissions if s["status"] == 201 and s["reference"]):
    violations.append("the service handed out the same reference twice")
database = sqlite3.connect(f"file:{enquiries_db}?mode=ro", uri=True)
stored = dict(database.execute("SELECT reference, text FROM enquiries").fetchall())
database.close()
missing = [ref for ref in acknowledged if ref not in stored]
wrong = [ref for ref, marker in acknowledged.items() if ref in stored and f"({marker})" not in stored[ref]]
print(f"stored:  {len(acknowledged) - len(missing)} of {len(acknowledged)} acknowledged references in {enquiries_db.rsplit('/', 1)[-1]}")
if missing:
    violations.append(f"{len(missing)} acknowledged enquiries are missing, e.g. {missing[:5]}")
if wrong:
    violations.append(f"{len(wrong)} references hold another enquiry's text, e.g. {wrong[:5]}")

for v in violations:
    print(f"FAIL: {v}")
sys.exit(1 if violations else 0)
PY

import_status=0
if kill -0 "$import_pid" 2>/dev/null && [ "$status" -ne 0 ]; then
  kill -9 "$import_pid" 2>/dev/null || true   # gave up on it (MAX_SECONDS)
fi
wait "$import_pid" || import_status=$?
import_pid=""
echo "import:  exit $import_status; $(grep -o 'premises: .*' "$work/import.out" | tail -n1)"
if [ "$import_status" -ne 0 ]; then
  echo "FAIL: lotsen import exited $import_status"
  tail -n 5 "$work/import.err" "$work/import.out" >&2
  status=1
fi
if ! kill -0 "$server_pid" 2>/dev/null; then
  echo "FAIL: lotsen serve died during the test"
  tail -n 20 "$work/serve.err" >&2
  status=1
fi
if [ "$status" -eq 0 ]; then
  echo "PASS: enquiries were taken and stored while the import held the catalogue's write lock"
else
  grep -hE ' (GET|POST|HEAD|PUT|PATCH|DELETE) [^ ]+ 5[0-9]{2} ' "$work/serve.err" "$work/serve.out" | tail -n 5 | sed 's/^/  server: /' || true
  echo "FAIL"
  exit 1
fi
