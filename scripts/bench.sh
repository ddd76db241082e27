#!/usr/bin/env bash
# Every benchmark, each in the venv it needs (peers only in .venv-peers). Prints figures and
# ratios against the peers measured in the same run; asserts nothing. Roughly 30 minutes on
# 2 cores. Run one by hand with the command in its docstring.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
Q=$ROOT/.venv/bin/python
P=$ROOT/.venv-peers/bin/python
run() { echo; echo "=== $* ==="; "$@" || echo "(benchmark failed: $*)"; }
run $Q bench/bench_io.py
run $Q bench/io_floor.py --repeat 3 --postgis scratch
run $Q bench/bench_scale.py
run $P bench/bench_access.py
run $Q bench/bench_network.py network
run $Q bench/bench_network.py e2e
run $Q bench/bench_network.py scale
run $Q bench/bench_zonal.py
run $Q bench/bench_dedup.py
run $P bench/bench_hotspots.py
run $P bench/bench_siting.py
run $Q bench/bench_dock.py
run $Q bench/bench_startup.py
run $Q bench/bench_transit.py
run $Q bench/bench_pyraptor.py --setup
run $Q bench/bench_pyraptor.py --quick
