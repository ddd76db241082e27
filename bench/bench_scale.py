"""Scale case of issue 16 item 2: accessibility over a large pair table, memory bounded.

    .venv/bin/python bench/bench_scale.py [--units 1000000] [--facilities 20000] [--side 15000]
        [--radius 2000] [--methods 2sfca,nearest] [--budget-mb 2048] [--unchunked]

Random units and facilities over a square of ``side`` metres, catchment ``radius`` metres
(straight lines). Runs what caremap:accessibility runs after reading the layers: the
estimate (``kernels.chunks.estimate_pairs``), the costs and ``kernels.fca.accessibility``
under the memory budget, and prints for each method the pairs, the time, and the peak
resident memory of the process (``resource.getrusage``: the peak over the whole run so
far, so run one method per process for a per-method figure) and the CPU time (on a
machine shared with other work the wall time can be several times the CPU time). ``--unchunked`` runs the
old path (the whole pair table in memory) for comparison. Never part of the test suite.

Measured (2 cores shared with other work, default 2 GB budget, one method per process):

    1,000,000 x 20,000 within 2 km, 15 x 15 km: 992,084,963 pairs (estimate 995,331,500)
      2sfca    320 s wall at 31 % of a core (102 s CPU), peak RSS 453 MB
      3sfca    167 s wall at 66 % (111 s CPU), peak RSS 547 MB
      nearest   59 s wall at 59 % (35 s CPU), peak RSS 427 MB
    200,000 x 5,000 within 2 km, 15 x 15 km: 49,611,433 pairs
      2sfca    4.5 s CPU, peak RSS 256 MB (before: KD-tree pair table + sums,
               36.6 s wall, peak RSS 2.43 GB; the 1,000,000 case did not fit in memory)
"""
import argparse
import resource
import time

import _path  # noqa: F401
import numpy as np


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def cpu_s():
    """CPU seconds of the process (user + system): the figure to read on a loaded machine."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=1_000_000)
    ap.add_argument("--facilities", type=int, default=20_000)
    ap.add_argument("--side", type=float, default=15_000.0)
    ap.add_argument("--radius", type=float, default=2_000.0)
    ap.add_argument("--methods", default="2sfca")
    ap.add_argument("--budget-mb", type=float, default=None)
    ap.add_argument("--unchunked", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    from caremap.kernels import chunks as kchunks
    from caremap.kernels import costs as kcosts
    from caremap.kernels import fca as kfca

    rng = np.random.default_rng(a.seed)
    dxy = rng.uniform(0, a.side, (a.units, 2))
    sxy = rng.uniform(0, a.side, (a.facilities, 2))
    pop = rng.uniform(1, 100, a.units)
    cap = rng.uniform(1, 50, a.facilities)
    budget = kchunks.budget_bytes(a.budget_mb)
    print(f"{a.units:,} units x {a.facilities:,} facilities within {a.radius:g} m on {a.side / 1000:g} x "
          f"{a.side / 1000:g} km; budget {budget / 2**20:,.0f} MB; data {peak_mb():,.0f} MB peak RSS")
    t0 = time.perf_counter()
    est = kchunks.estimate_pairs(dxy, sxy, a.radius)
    print(f"estimate: {est.pairs:,.0f} pairs, {est.nbytes / 2**30:,.2f} GB as a table, about {est.seconds:,.0f} s "
          f"({time.perf_counter() - t0:.2f} s to estimate)")
    for method in a.methods.split(","):
        t0, c0 = time.perf_counter(), cpu_s()
        if a.unchunked:
            costs = kcosts.straight_line_costs(dxy, sxy, a.radius)
            n_pairs = costs.n_pairs
        else:
            costs = kchunks.straight_line_stream(dxy, sxy, a.radius, budget=budget)
            n_pairs = None
        t1 = time.perf_counter()
        res = kfca.accessibility(costs, pop, cap, method, threshold=a.radius)
        t2 = time.perf_counter()
        if n_pairs is None:
            n_pairs = costs.report.get("pairs", -1)
        print(f"{method:9s} pairs {n_pairs:,}  costs {t1 - t0:7.1f} s  kernel {t2 - t1:7.1f} s  "
              f"total {t2 - t0:7.1f} s (CPU {cpu_s() - c0:.1f} s)  peak RSS {peak_mb():,.0f} MB  mean access {res.mean_access:.6g}  "
              f"covered {res.share_covered:.4f}")
        del costs, res


if __name__ == "__main__":
    main()
