#!/usr/bin/env bash
# Every benchmark, each in the venv it needs. Prints figures and ratios; asserts nothing.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
QGISPY=$ROOT/.venv/bin/python
PEERPY=$ROOT/.venv-peers/bin/python
run() { echo; echo "=== $* ==="; "$@" || echo "(benchmark failed: $*)"; }
run $QGISPY bench/bench_io.py
for b in bench/bench_*.py; do
  case "$b" in bench/bench_io.py) continue ;; esac
  if head -n 30 "$b" | grep -q "peer venv\|PEER venv\|\.venv-peers"; then run $PEERPY "$b"; else run $QGISPY "$b"; fi
done
