# Shared by the scripts that test a running `lotsen serve` (Tests/api-fuzz, Tests/open311, Tests/openapi-client).
# Source it after `set -euo pipefail`.

# lotsen_binary NAME [PATH]: sets $lotsen (resolved against the caller's directory; default .build/debug/lotsen) and
# moves to the repository root, where `lotsen init` finds ./seed and ./importers.
lotsen_binary() {
    local name=$1 given=${2:-}
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    if [ -n "$given" ]; then
        case "$given" in /*) lotsen=$given ;; *) lotsen="$PWD/$given" ;; esac
    else
        lotsen="$root/.build/debug/lotsen"
    fi
    cd "$root"
    if [ ! -x "$lotsen" ]; then
        echo "$name: no lotsen binary at $lotsen (build it first: swift build --product lotsen)" >&2
        exit 2
    fi
}

# pinned_venv VENV REQUIREMENTS: (re)installs the virtualenv unless it holds exactly the pinned versions.
pinned_venv() {
    local venv=$1 requirements=$2 pinned
    pinned=$(grep -E '^[A-Za-z0-9_.-]+==' "$requirements" | sort)
    if [ ! -x "$venv/bin/python" ] || [ "$("$venv/bin/pip" freeze 2>/dev/null | grep -F -x -f <(echo "$pinned") | sort)" != "$pinned" ]; then
        echo "installing $(echo $pinned) into $venv"
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
    fi
}

# start_lotsen NAME DB OUT LOG [SERVE OPTIONS…]: starts `lotsen serve --port 0` on DB and waits until it announces
# its port; sets $server (the pid) and $base (http://127.0.0.1:PORT). Requests to it never go through a proxy.
start_lotsen() {
    local name=$1 db=$2 out=$3 log=$4
    shift 4
    "$lotsen" serve --db "$db" --port 0 "$@" >"$out" 2>"$log" &
    server=$!
    local port=
    for _ in $(seq 1 300); do
        port=$(sed -n 's|.* on http://127\.0\.0\.1:\([0-9][0-9]*\) .*|\1|p' "$out" | head -1)
        [ -n "$port" ] && break
        if ! kill -0 "$server" 2>/dev/null; then
            echo "$name: lotsen serve exited before it was listening; its log:" >&2
            cat "$out" "$log" >&2
            exit 2
        fi
        sleep 0.2
    done
    if [ -z "$port" ]; then
        echo "$name: lotsen serve did not announce its port within 60 s" >&2
        exit 2
    fi
    base="http://127.0.0.1:$port"
    export NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}" no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}"
}

# stop_lotsen: stops the server start_lotsen started, if it still runs.
stop_lotsen() {
    if [ -n "${server:-}" ] && kill -0 "$server" 2>/dev/null; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
}
