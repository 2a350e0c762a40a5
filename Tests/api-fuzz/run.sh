#!/usr/bin/env bash
# API fuzzing: starts `lotsen serve` on a fresh database and runs Schemathesis against its own /openapi.json, every
# operation, twice: anonymous, then with an admin bearer token. Fails when Schemathesis finds a failure (a 5xx, a
# response that does not match the document) or when the server is no longer answering /healthz afterwards.
#
# Usage: Tests/api-fuzz/run.sh [path/to/lotsen]        (default: .build/debug/lotsen; it is not built here)
# Environment (all optional):
#   API_FUZZ_MAX_EXAMPLES  test cases per operation and phase (default 300: both runs take about 2.5 min on 2 cores)
#   API_FUZZ_SEED          Hypothesis seed (default 1)
#   API_FUZZ_CHECKS        Schemathesis checks (default not_a_server_error,response_schema_conformance,status_code_conformance)
#   API_FUZZ_WORKERS       concurrent Schemathesis workers (default 1: with more, the order in which enquiries are
#                          created varies and so does the output)
#   API_FUZZ_VENV          where the virtualenv lives (default ${TMPDIR:-/tmp}/lotsen-fuzz-venv; reused if present)
#   API_FUZZ_TIMEOUT       seconds one Schemathesis run may take before it is stopped (default 600)
#   API_FUZZ_ST_ARGS       extra arguments for both `st run`s, split on spaces (e.g. "--phases fuzzing --checks all")
#   API_FUZZ_NDJSON=1      also keep Schemathesis's NDJSON event stream (every request and response, ~40 MB a run)
# Reports (JUnit XML, the console output, the server log) land in artifacts/api-fuzz/ (git-ignored).
# The last line says "api-fuzz: N passed, M failed": operations over both runs (from the JUnit reports) plus the
# liveness check.
set -euo pipefail

source "$(dirname "$0")/../lib/serve.sh"
lotsen_binary api-fuzz "${1:-}"

max_examples=${API_FUZZ_MAX_EXAMPLES:-300}
seed=${API_FUZZ_SEED:-1}
checks=${API_FUZZ_CHECKS:-not_a_server_error,response_schema_conformance,status_code_conformance}
workers=${API_FUZZ_WORKERS:-1}
run_timeout=${API_FUZZ_TIMEOUT:-600}
venv=${API_FUZZ_VENV:-${TMPDIR:-/tmp}/lotsen-fuzz-venv}
requirements=Tests/api-fuzz/requirements.txt
out=artifacts/api-fuzz

# The virtualenv is reused while it holds exactly the pinned versions; otherwise it is (re)installed.
pinned_venv "$venv" "$requirements"
st="$venv/bin/st"
python="$venv/bin/python"

rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/lotsen-fuzz.XXXXXX")
cleanup() {
    stop_lotsen
    rm -rf "$work"
}
trap cleanup EXIT

# A fresh catalogue (seed and importers from this checkout); the enquiry database is made beside it.
"$lotsen" init --db "$work/lotsen.db" >"$out/init.log" 2>&1
# `token create` prints "token:  lotsen_<hex>" on stdout (and a reminder on stderr).
secret=$("$lotsen" token create --db "$work/lotsen.db" --name fuzz --role admin 2>/dev/null | sed -n 's/^token:[[:space:]]*//p')
if [ -z "$secret" ]; then
    echo "api-fuzz: could not read the token from 'lotsen token create'" >&2
    exit 2
fi

# Port 0: the server binds any free port and announces it on stdout once bound.
start_lotsen api-fuzz "$work/lotsen.db" "$work/serve.out" "$out/serve.log"
echo "api-fuzz: lotsen serve (pid $server) on $base"

# GET url -> prints the status code (000 when there is no answer).
status_of() {
    "$python" - "$1" <<'PY'
import sys, urllib.request, urllib.error
try:
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(sys.argv[1], timeout=10) as response:
        print(response.status)
except urllib.error.HTTPError as error:
    print(error.code)
except Exception:
    print("000")
PY
}

reports=(--report junit)
if [ "${API_FUZZ_NDJSON:-0}" = 1 ]; then
    reports=(--report junit,ndjson --report-ndjson-path "$out/NAME.ndjson")
fi

# One Schemathesis run; its exit status is returned, its console output kept in $out/NAME.txt.
fuzz() {
    local name=$1; shift
    local started=$SECONDS status=0
    local run_reports=("${reports[@]//NAME/$name}")
    echo "api-fuzz: run '$name' (seed $seed, $max_examples examples per operation, checks $checks)"
    timeout --kill-after=10 "$run_timeout" "$st" run "$base/openapi.json" \
        --checks "$checks" \
        --seed "$seed" \
        --max-examples "$max_examples" \
        --workers "$workers" \
        --suppress-health-check all \
        --continue-on-failure \
        --generation-database none \
        --request-timeout 10 \
        --no-color \
        --output-truncate false \
        --report-junit-path "$out/$name.junit.xml" \
        "${run_reports[@]}" \
        ${API_FUZZ_ST_ARGS:-} \
        "$@" 2>&1 | tee "$out/$name.txt" || status=$?
    local elapsed=$((SECONDS - started))
    echo "api-fuzz: run '$name' finished in ${elapsed}s with exit status $status" | tee -a "$out/$name.txt"
    echo "$name $status ${elapsed}s" >>"$work/results"
    return 0
}

fuzz anonymous
fuzz staff -H "Authorization: Bearer $secret"

# The server must have survived both runs.
health=$(status_of "$base/healthz")
alive=yes
if ! kill -0 "$server" 2>/dev/null; then
    alive=no
    server_status=0
    wait "$server" 2>/dev/null || server_status=$?
    echo "api-fuzz: lotsen serve is gone (exit status $server_status); the end of its log:" >&2
    tail -n 20 "$out/serve.log" >&2
fi

kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
server=

# Operations passed and failed over both runs, from the JUnit reports; a run that left no report (it crashed or was
# stopped) counts as one failure.
counts=$("$python" - "$out" $(cut -d' ' -f1 "$work/results") <<'PY'
import sys, xml.etree.ElementTree as ET
passed = failed = 0
for name in sys.argv[2:]:
    try:
        root = ET.parse(f"{sys.argv[1]}/{name}.junit.xml").getroot()
    except (OSError, ET.ParseError):
        failed += 1
        continue
    for case in root.iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is None:
            passed += 1
print(passed, failed)
PY
)
read -r passed failed_ops <<<"$counts"

failed=0
summary=""
while read -r name status elapsed; do
    summary+=" $name=$([ "$status" = 0 ] && echo passed || echo "FAILED(exit $status)") in $elapsed;"
    [ "$status" = 0 ] || failed=1
done <"$work/results"
if [ "$health" = 200 ] && [ "$alive" = yes ]; then
    passed=$((passed + 1))
else
    failed=1
    failed_ops=$((failed_ops + 1))
fi
if [ "$failed" != 0 ] && [ "$failed_ops" = 0 ]; then
    failed_ops=1 # Schemathesis failed without a failing operation (e.g. the schema did not load)
fi
echo "api-fuzz:$summary healthz after runs: $health (server alive: $alive); reports in $out/"
echo "api-fuzz: $passed passed, $failed_ops failed"
exit "$failed"
