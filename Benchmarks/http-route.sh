#!/usr/bin/env bash
# HTTP throughput of POST /v1/route on the seeded store. Needs wrk (apt-get install wrk).
# Usage: Benchmarks/http-route.sh
set -euo pipefail
cd "$(dirname "$0")/.."
db=$(mktemp -d)/lotsen-route.db
port=8092
swift build -c release --product lotsen >/dev/null
.build/release/lotsen init --db "$db" >/dev/null
.build/release/lotsen serve --db "$db" --port "$port" >/tmp/lotsen-route-bench.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$db"*' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
curl -sf -H 'Content-Type: application/json' -d '{"text": "bygglov"}' "http://127.0.0.1:$port/v1/route" >/dev/null
echo "== POST /v1/route (8 enquiries in rotation)"
wrk -t2 -c32 -d10s --latency -s Benchmarks/route.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
