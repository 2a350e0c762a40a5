#!/usr/bin/env bash
# Compares Lotsen's router with TF-IDF + logistic regression (scikit-learn) on the same splits of evaluation/.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/venv-baseline
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet scikit-learn numpy
fi
swift build -c release --product lotsen >/dev/null
"$venv/bin/python" Benchmarks/routing-baseline.py .build/release/lotsen
