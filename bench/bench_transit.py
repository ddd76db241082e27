"""Public-transport router benchmark (plain venv, no QGIS):

    .venv/bin/python bench/bench_transit.py [--origins 1000] [--window 60] [--max-minutes 120]

``city``: a generated city-size feed: a 100 x 100 grid of stops 400 m apart (10,000 stops,
40 x 40 km), a bus line along every second row and column in both directions (100 lines,
200 directions), a stop every 400 m at 20 km/h with a 20 s dwell, a run every 20 minutes
from 05:00 to 21:40 (50 runs a direction): 1,000,000 stop times. ``--origins`` random
origins, walks within 1000 m at 5 km/h (straight line), every stop a destination, dense
direct walks, departures 07:00 + 0..window minutes, the median. Reports wall and CPU time
and peak memory (ru_maxrss) of kernels.transit.travel_times, the CPU per origin and the
1,000-origin time it projects (the machine may be shared: CPU time is the steadier
figure), and, in the same run, the CPU of the router as first committed (loaded from git)
on a few origins, with the equality of the results.

``reference``: the brute-force reference of tests/kernels/test_transit.py (rounds over every
run per origin and minute, plain Python) against the router, in the same run, on the
Porto Alegre feed (tests/data/gtfs) and on one origin of the city feed.

``pyraptor`` (a peer Python RAPTOR on PyPI) is compared in bench/bench_pyraptor.py (its
own throwaway venv, never .venv). Benches print figures; no asserts.
"""
import argparse
import os
import resource
import sys
import time

import _path  # noqa: F401
import numpy as np
from caremap.kernels import gtfs
from caremap.kernels.gtfs import Timetable
from caremap.kernels.transit import straight_walks, travel_times

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def city_feed(side=100, step=400.0, every=2, headway=20.0, first=300.0, n_runs=50, kmh=20.0, dwell=1 / 3):
    ij = np.arange(side)
    xy = np.c_[np.repeat(ij, side), np.tile(ij, side)] * step  # stop k = (row k // side, col k % side)
    lines = []
    for r in range(0, side, every):
        lines.append(r * side + ij)  # a row
        lines.append(ij * side + r)  # a column
    hop = step / (kmh * 1000 / 60)
    stop, arr, dep, ptr = [], [], [], [0]
    for line in lines:
        for seq in (line, line[::-1]):
            offs = np.arange(len(seq)) * (hop + dwell)
            for k in range(n_runs):
                t = first + k * headway + offs
                stop.append(seq)
                arr.append(t)
                dep.append(t + dwell)
                ptr.append(ptr[-1] + len(seq))
    n = side * side
    tt = Timetable(stop_ids=np.arange(n).astype(str).astype(object), stop_lat=np.zeros(n), stop_lon=np.zeros(n),
                   trip_ids=np.array(["t"], dtype=object), run_ptr=np.array(ptr, np.int64),
                   run_trip=np.zeros(len(ptr) - 1, np.int64), stop=np.concatenate(stop),
                   arr=np.concatenate(arr), dep=np.concatenate(dep))
    return tt, xy


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def city_inputs(tt, xy, n_origins, seed=0, speed=5.0, max_walk=1000.0):
    rng = np.random.default_rng(seed)
    oxy = rng.random((n_origins, 2)) * xy.max(axis=0)
    access = straight_walks(oxy, xy, max_walk, speed)
    transfers = straight_walks(xy, xy, max_walk, speed)
    n = len(xy)
    egress = (np.arange(n), np.arange(n), np.zeros(n))
    direct = np.hypot(*(oxy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1)) / (speed * 1000 / 60)
    return dict(access=access, egress=egress, transfers=transfers, direct=direct,
                n_origins=n_origins, n_destinations=n)


def _timed(fn):
    t, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - t, time.process_time() - c


def old_router():
    """kernels/transit.py as first committed (69a0260: the pull of every transfer pair every
    round), loaded from git for the same-run comparison; None without git."""
    import importlib.util
    import subprocess
    import tempfile

    try:
        src = subprocess.run(["git", "-C", ROOT, "show", f"{OLD_COMMIT}:kernels/transit.py"], check=True,
                             capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    path = os.path.join(tempfile.mkdtemp(), "transit_old.py")
    with open(path, "w") as f:
        f.write(src)
    spec = importlib.util.spec_from_file_location("caremap.kernels._transit_old", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


OLD_COMMIT = "80618a8"


def bench_city(n_origins, window, max_minutes, workers=None, compare_old=12):
    t = time.perf_counter()
    tt, xy = city_feed()
    kw = city_inputs(tt, xy, n_origins)
    print(f"city feed: {tt.n_stops} stops, {len(tt.stop):,} stop times, {tt.n_runs:,} runs; "
          f"{len(kw['transfers'][0]):,} transfer walks, {len(kw['access'][0]):,} access walks; "
          f"built in {time.perf_counter() - t:.1f} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if compare_old:
        old = old_router()
        sub = city_inputs(tt, xy, compare_old, seed=5)
        if old is not None:
            r_old, w_old, c_old = _timed(lambda: old.travel_times(tt, 7 * 60, window, max_minutes=max_minutes, **sub))
            r_new, w_new, c_new = _timed(lambda: travel_times(tt, 7 * 60, window, max_minutes=max_minutes,
                                                              workers=1, **sub))
            print(f"same run, {compare_old} origins, one thread: router of {OLD_COMMIT} {w_old:.1f} s wall "
                  f"({c_old:.1f} s CPU), this router {w_new:.1f} s wall ({c_new:.1f} s CPU): "
                  f"{c_old / c_new:.1f}x less CPU; equal: {np.array_equal(r_old.cost, r_new.cost)}")
    res, dt, cpu = _timed(lambda: travel_times(tt, 7 * 60, window, max_minutes=max_minutes, workers=workers, **kw))
    finite = np.isfinite(res.cost)
    prep = res.report["cpu_seconds"]["prepare"]
    per = (cpu - prep) / n_origins  # CPU seconds an origin (prepare once)
    print(f"router: {n_origins} origins x {tt.n_stops} stops, window {window} min ({window + 1} departures), "
          f"max {max_minutes} min, {res.report['workers']} thread(s): {dt:.1f} s wall, {cpu:.1f} s CPU "
          f"({1000 * per:.0f} ms CPU an origin after {prep:.1f} s of preparation); peak RSS {peak_mb():.0f} MB; "
          f"{finite.mean():.1%} of pairs reached, median cost {np.median(res.cost[finite]):.1f} min; {res.report}")
    print(f"projected, 1,000 origins: {prep + 1000 * per:.0f} s of CPU: {prep + 1000 * per / 2:.0f} s on 2 free "
          f"cores (2 threads), {prep + 1000 * per:.0f} s on one")
    return dt


def bench_reference():
    sys.path.insert(0, os.path.join(ROOT, "tests", "kernels"))
    import test_transit as T  # the brute-force reference of the tests

    tt = gtfs.timetable(gtfs.read_feed(os.path.join(ROOT, "tests", "data", "gtfs", "poa_gtfs.zip")), "2019-03-06")
    kw = T.feed_walks(tt, n_origins=10, n_dest=20, max_walk=800.0, seed=3)
    for window in (0, 10):
        t = time.perf_counter()
        ref = T.brute(tt, 450, window, kw["access"], kw["egress"], kw["transfers"], kw["direct"], 10, 20,
                      max_minutes=90)
        t_ref = time.perf_counter() - t
        t = time.perf_counter()
        res = travel_times(tt, 450, window, max_minutes=90, keep_minutes=True, **kw)
        t_k = time.perf_counter() - t
        same = np.array_equal(res.minutes, ref)
        print(f"Porto Alegre, 10 origins x 20 destinations, window {window}: brute force {t_ref:.2f} s, "
              f"router {t_k:.3f} s, ratio {t_ref / t_k:.0f}x, equal: {same}")
    tt, xy = city_feed()
    kw = city_inputs(tt, xy, 1, seed=1)
    t = time.perf_counter()
    ref = T.brute(tt, 420, 0, kw["access"], kw["egress"], kw["transfers"], kw["direct"], 1, tt.n_stops,
                  max_minutes=120)
    t_ref = time.perf_counter() - t
    t = time.perf_counter()
    res = travel_times(tt, 420, 0, max_minutes=120, keep_minutes=True, **kw)
    t_k = time.perf_counter() - t
    print(f"city feed, 1 origin x 10,000 stops, one minute: brute force {t_ref:.1f} s, router {t_k:.2f} s, "
          f"ratio {t_ref / t_k:.0f}x, equal: {np.array_equal(res.minutes, ref)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("what", nargs="?", default="all", choices=["all", "city", "reference"])
    ap.add_argument("--origins", type=int, default=1000)
    ap.add_argument("--window", type=int, default=60)
    ap.add_argument("--max-minutes", type=float, default=120.0)
    ap.add_argument("--workers", type=int, default=None, help="threads (default: the router's choice)")
    ap.add_argument("--compare-old", type=int, default=12, help="origins for the same-run old/new ratio (0: skip)")
    a = ap.parse_args()
    if a.what in ("all", "reference"):
        bench_reference()
    if a.what in ("all", "city"):
        bench_city(a.origins, a.window, a.max_minutes, a.workers, a.compare_old)


if __name__ == "__main__":
    main()
