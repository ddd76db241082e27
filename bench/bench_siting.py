"""Siting benchmark (peer venv): caremap's siting kernels against pysal spopt + CBC.

    .venv-peers/bin/python bench/bench_siting.py [--quick]

1. MCLP, 3,000 demand x 200 candidates, p = 8, radius 1.5 km: exact (HiGHS) vs spopt
   (model build + CBC): same objective? speed ratio.
2. MCLP, 10,000 x 500, p = 20, radius 10 km on a 100 km square: exact with a 60 s time
   limit (not 200 s, to keep the bench short): MIP gap reached and best bound; greedy's
   share of that bound; greedy vs spopt (CBC limit 100 s, the spopt run killed after
   220 s: spopt's time is then a lower bound and its objective may not be optimal).
3. p-median, 2,000 x 200, p = 10: exact (60 s limit) and greedy vs spopt PMedian (CBC
   limit 120 s, the run killed after 180 s: CBC does not always honour its limit).
Prints times, objectives and ratios measured in this run; no assertions. Total < ~10 min.
"""
import argparse
import multiprocessing as mp
import os
import signal
import time
import warnings

import _path  # noqa: F401
import numpy as np

warnings.simplefilter("ignore", DeprecationWarning)

from caremap.kernels.costs import straight_line_costs  # noqa: E402
from caremap.kernels.siting import maximal_covering, p_median  # noqa: E402
from scipy.spatial.distance import cdist  # noqa: E402


def points(rng, n, side):
    return rng.uniform(0, side, (n, 2))


def spopt_mclp(dxy, sxy, w, radius, p, time_limit=None):
    import pulp
    from spopt.locate import MCLP

    t0 = time.perf_counter()
    D = cdist(dxy, sxy)
    model = MCLP.from_cost_matrix(D, w, service_radius=radius, p_facilities=p)
    t1 = time.perf_counter()
    kw = {"msg": False}
    if time_limit:
        kw["timeLimit"] = time_limit
    model.solve(pulp.PULP_CBC_CMD(**kw))
    t2 = time.perf_counter()
    return pulp.value(model.problem.objective), t1 - t0, t2 - t1


def spopt_pmedian(dxy, sxy, w, p, time_limit=None):
    import pulp
    from spopt.locate import PMedian

    t0 = time.perf_counter()
    D = cdist(dxy, sxy)
    model = PMedian.from_cost_matrix(D, w, p_facilities=p)
    t1 = time.perf_counter()
    kw = {"msg": False}
    if time_limit:
        kw["timeLimit"] = time_limit
    model.solve(pulp.PULP_CBC_CMD(**kw))
    t2 = time.perf_counter()
    return pulp.value(model.problem.objective), t1 - t0, t2 - t1


def _child(queue, fn, args, kwargs):
    os.setsid()                       # own process group, so CBC dies with us on timeout
    warnings.simplefilter("ignore")
    queue.put(fn(*args, **kwargs))


def capped(fn, wall, *args, **kwargs):
    """Run fn in a child process; kill it (and CBC) after ``wall`` seconds.
    Returns fn's result, or None when killed. CBC's own -sec limit is not always
    honoured (it can stay in the root LP for many minutes), hence the hard cap."""
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(queue, fn, args, kwargs))
    t0 = time.perf_counter()
    proc.start()
    proc.join(wall)
    if proc.is_alive():
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.join()
        return None, time.perf_counter() - t0
    return queue.get(), time.perf_counter() - t0


def timed(fn, *a, **k):
    t0 = time.perf_counter()
    out = fn(*a, **k)
    return out, time.perf_counter() - t0


def case1(rng, nd, ns, p, radius, side):
    print(f"\n== MCLP {nd:,} x {ns}, p = {p}, radius {radius / 1000:g} km, exact vs spopt ==")
    dxy, sxy = points(rng, nd, side), points(rng, ns, side)
    w = rng.integers(1, 100, nd).astype(float)
    costs, t_cost = timed(straight_line_costs, dxy, sxy, radius)
    ex, t_ex = timed(maximal_covering, costs, w, p, radius, solver="exact", time_limit=120)
    gr, t_gr = timed(maximal_covering, costs, w, p, radius, solver="greedy")
    obj, t_build, t_solve = spopt_mclp(dxy, sxy, w, radius, p)
    ours = t_cost + t_ex
    theirs = t_build + t_solve
    print(f"caremap exact : {ours:8.3f} s (costs {t_cost:.3f} + MILP {t_ex:.3f}), "
          f"objective {ex.objective:,.0f}, status {ex.status}, gap {ex.mip_gap:.2e}")
    print(f"caremap greedy: {t_cost + t_gr:8.3f} s, objective {gr.objective:,.0f} "
          f"({gr.objective / ex.objective:.4f} of exact)")
    print(f"spopt + CBC   : {theirs:8.3f} s (build {t_build:.3f} + solve {t_solve:.3f}), "
          f"objective {obj:,.0f}")
    print(f"same objective: {abs(obj - ex.objective) <= 1e-6 * max(1, obj)};  "
          f"exact speed-up vs spopt: {theirs / ours:.1f}x")


def case2(rng, nd, ns, p, radius, side, tl_ours, tl_spopt):
    print(f"\n== MCLP {nd:,} x {ns}, p = {p}, radius {radius / 1000:g} km on {side / 1000:g} km square ==")
    dxy, sxy = points(rng, nd, side), points(rng, ns, side)
    w = rng.integers(1, 100, nd).astype(float)
    costs, t_cost = timed(straight_line_costs, dxy, sxy, radius)
    print(f"{costs.n_pairs:,} covering pairs, costs in {t_cost:.3f} s")
    gr, t_gr = timed(maximal_covering, costs, w, p, radius, solver="greedy")
    ex, t_ex = timed(maximal_covering, costs, w, p, radius, solver="exact", time_limit=tl_ours)
    print(f"caremap exact (HiGHS, time limit {tl_ours:g} s instead of 200 s): {t_ex:.1f} s, "
          f"status {ex.status}, objective {ex.objective:,.0f}, best bound {ex.bound:,.0f}, "
          f"MIP gap {ex.mip_gap:.3%}")
    share = gr.objective / ex.bound if np.isfinite(ex.bound) else float("nan")
    print(f"caremap greedy: {t_cost + t_gr:.3f} s, objective {gr.objective:,.0f}, "
          f"{share:.3%} of the best bound, {gr.objective / ex.objective:.4f} of the exact incumbent")
    out, wall = capped(spopt_mclp, tl_spopt + 120, dxy, sxy, w, radius, p, time_limit=tl_spopt)
    if out is None:
        print(f"spopt + CBC: killed after {wall:.0f} s (CBC limit {tl_spopt:g} s + 120 s for the build); "
              f"greedy speed-up > {wall / (t_cost + t_gr):.0f}x")
        return
    obj, t_build, t_solve = out
    capped_ = t_solve >= 0.97 * tl_spopt
    print(f"spopt + CBC (CBC time limit {tl_spopt:g} s, {'reached' if capped_ else 'not reached'}): "
          f"{t_build + t_solve:.1f} s (build {t_build:.1f} + solve {t_solve:.1f}), objective {obj:,.0f}")
    print(f"greedy speed-up vs spopt: {(t_build + t_solve) / (t_cost + t_gr):.0f}x"
          f"{' (a lower bound: spopt was capped)' if capped_ else ''}; greedy / spopt objective "
          f"{gr.objective / obj:.4f}; exact speed-up vs spopt {(t_build + t_solve) / (t_cost + t_ex):.1f}x, "
          f"exact / spopt objective {ex.objective / obj:.5f}")


def case3(rng, nd, ns, p, side, tl_ours, tl_spopt):
    print(f"\n== p-median {nd:,} x {ns}, p = {p}, all pairs ==")
    dxy, sxy = points(rng, nd, side), points(rng, ns, side)
    w = rng.integers(1, 100, nd).astype(float)
    costs, t_cost = timed(straight_line_costs, dxy, sxy, None)
    gr, t_gr = timed(p_median, costs, w, p, solver="greedy")
    ex, t_ex = timed(p_median, costs, w, p, solver="exact", time_limit=tl_ours)
    print(f"caremap exact : {t_cost + t_ex:.2f} s, status {ex.status}, objective "
          f"{ex.objective:,.0f}, gap {ex.mip_gap:.2e}")
    print(f"caremap greedy: {t_cost + t_gr:.3f} s, objective {gr.objective:,.0f} "
          f"({ex.objective / gr.objective:.4f} of exact/greedy)")
    out, wall = capped(spopt_pmedian, tl_spopt + 60, dxy, sxy, w, p, time_limit=tl_spopt)
    if out is None:
        print(f"spopt + CBC: killed after {wall:.0f} s without a result (CBC limit {tl_spopt:g} s + 60 s "
              f"for the build); exact speed-up > {wall / (t_cost + t_ex):.1f}x, greedy > "
              f"{wall / (t_cost + t_gr):.0f}x")
        return
    obj, t_build, t_solve = out
    capped_ = t_solve >= 0.97 * tl_spopt
    print(f"spopt + CBC (CBC time limit {tl_spopt:g} s, {'reached' if capped_ else 'not reached'}): "
          f"{t_build + t_solve:.1f} s "
          f"(build {t_build:.1f} + solve {t_solve:.1f}), objective {obj:,.0f}")
    print(f"same objective: {abs(obj - ex.objective) <= 1e-6 * obj};  exact speed-up vs spopt: "
          f"{(t_build + t_solve) / (t_cost + t_ex):.1f}x; greedy: "
          f"{(t_build + t_solve) / (t_cost + t_gr):.0f}x")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small sizes, to check the script")
    ap.add_argument("--only", type=int, default=0, help="run one case (1, 2 or 3)")
    a = ap.parse_args()
    t0 = time.perf_counter()
    if a.quick:
        runs = {1: lambda rng: case1(rng, 500, 50, 5, 1500, 20_000),
                2: lambda rng: case2(rng, 1000, 80, 6, 10_000, 100_000, 5, 10),
                3: lambda rng: case3(rng, 300, 40, 4, 20_000, 10, 10)}
    else:
        runs = {1: lambda rng: case1(rng, 3000, 200, 8, 1500, 20_000),
                2: lambda rng: case2(rng, 10_000, 500, 20, 10_000, 100_000, 60, 100),
                3: lambda rng: case3(rng, 2000, 200, 10, 20_000, 60, 120)}
    for k, run in runs.items():
        if a.only in (0, k):
            run(np.random.default_rng(2024 + k))     # each case its own seed: --only reproduces it
    print(f"\ntotal bench time {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
