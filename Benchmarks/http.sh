#!/usr/bin/env bash
# HTTP throughput of /v1/premises on a generated store of 100,000 premises and 20,000 grants.
# Needs wrk (apt-get install wrk). Usage: Benchmarks/http.sh [DB_PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/lotsen-bench.db}
port=8091
swift build -c release --product lotsen >/dev/null
swift build -c release --product lotsen-bench >/dev/null
.build/release/lotsen-bench --keep "$db" --rounds 20
.build/release/lotsen serve --db "$db" --port "$port" >/tmp/lotsen-http-bench.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/v1/premises?q=scen" >/dev/null   # builds the search snapshot
for query in "q=scen&min_capacity=50" "q=bygdegard&district=Tollarp" "q=m%C3%B6tesrum&limit=5"; do
  echo "== /v1/premises?$query"
  wrk -t2 -c32 -d10s --latency "http://127.0.0.1:$port/v1/premises?$query" | grep -E "Requests/sec|50%|99%|Non-2xx"
done
