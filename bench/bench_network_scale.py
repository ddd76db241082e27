"""Networks at city scale (issue 16 item 3): a road network of about 1,000,000 edges,
5,000 facilities, 100,000 units, a 15-minute walk.

    .venv/bin/python bench/bench_network_scale.py [--side 700] [--units 100000]
        [--facilities 5000] [--minutes 15] [--budget-mb 2048] [--before-rev REV] [--only after]

The network: a ``side`` x ``side`` grid of crossings 50 m apart (one line feature per
segment, as an OSM extract split at its nodes gives), 5 % of the segments removed, a
diagonal across about 1 in 7 blocks, one-way codes on 10 % of the segments (ignored when
walking, as caremap:accessibility ignores them); the default gives 999,431 edges. Units
and facilities at random over the grid, some off it (farther than the snap distance).

Each path runs in its own process (so the peak resident memory, ``ru_maxrss``, is its
own) and does what caremap:accessibility does for COST_MODE network after reading the
layers: the graph (``build_graph``), the costs within the threshold, the distance of every
facility to the network and the nearest facility up to the search limit; the "after" path
also runs ``kernels.fca.accessibility`` (2SFCA) over the pairs as the algorithm does.

- before: the kernels of ``--before-rev`` (default: the commit before this work),
  extracted with ``git archive``: ``network_costs`` (whole table, dense Dijkstra rows over
  the whole graph), snapping again for the facilities, ``network_nearest`` (snapping again).
- after: ``kernels.network.NetworkPairs`` (one snapping, Dijkstra on the part of the graph
  within reach of each tile of facilities, pairs in chunks under the budget).

Prints wall time, CPU time (user + system: the figure to read on a shared machine) and
peak RSS per path, and the pairs. Never part of the test suite.

Measured (2 cores shared with 7 other jobs, default 2 GB budget, one run):

    999,431 edges (489,997 crossings), 100,000 x 5,000, 15-minute walk: 1,225,328 pairs
      before  175.0 s wall, 51.1 s CPU, peak RSS 563 MB (costs 145.6 s wall, nearest 19.8 s)
      after    22.8 s wall, 14.5 s CPU, peak RSS 637 MB (graph 6.1 s, snapping and estimate
               7.9 s, costs 5.6 s, nearest 3.0 s, 2SFCA 0.2 s); the same pairs, cost sums
               equal to 1.5e-16
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import _path  # noqa: F401
import numpy as np

BEFORE_REV = "79bf8ec"
SPACING = 50.0


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def cpu_s():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def make_case(side, units, facilities, seed=0):
    """(xy, part_offsets, part_row, oneway, demand_xy, supply_xy): one 2-vertex part per segment."""
    rng = np.random.default_rng(seed)
    k = np.arange(side, dtype=float) * SPACING
    xs, ys = np.meshgrid(k[:-1], k)
    horiz = np.column_stack([xs.ravel(), ys.ravel(), xs.ravel() + SPACING, ys.ravel()])
    xs, ys = np.meshgrid(k, k[:-1])
    vert = np.column_stack([xs.ravel(), ys.ravel(), xs.ravel(), ys.ravel() + SPACING])
    seg = np.vstack([horiz, vert])
    seg = seg[rng.random(len(seg)) >= 0.05]
    xs, ys = np.meshgrid(k[:-1], k[:-1])
    diag = np.column_stack([xs.ravel(), ys.ravel(), xs.ravel() + SPACING, ys.ravel() + SPACING])
    diag = diag[rng.random(len(diag)) < 1 / 7]
    seg = np.vstack([seg, diag])
    n = len(seg)
    xy = seg.reshape(-1, 2)
    offsets = np.arange(0, 2 * n + 1, 2)
    row = np.arange(n)
    oneway = np.where(rng.random(n) < 0.1, rng.choice([1, -1], n), 0)
    ext = (side - 1) * SPACING
    dxy = rng.uniform(-600, ext + 600, (units, 2))
    sxy = rng.uniform(-600, ext + 600, (facilities, 2))
    return xy, offsets, row, oneway, dxy, sxy


def _old_kernels(rev):
    """The kernels package of ``rev`` as the top-level package ``kernels`` (a temp dir)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    tmp = tempfile.mkdtemp(prefix="caremap_before_")
    archive = subprocess.run(["git", "-C", root, "archive", rev, "kernels"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
    sys.path.insert(0, tmp)
    import kernels  # noqa: F401
    from kernels import costs, network, network_snap
    return costs, network, network_snap


def run(path, a):
    xy, offs, row, oneway, dxy, sxy = make_case(a.side, a.units, a.facilities, a.seed)
    if path == "before":
        kcosts, knet, ksnap = _old_kernels(a.before_rev)
    else:
        from caremap.kernels import costs as kcosts
        from caremap.kernels import network as knet
        from caremap.kernels import network_snap as ksnap
    speed = kcosts.WALK_SPEED_KMH
    conn = kcosts.walk_to_street_kmh(speed)
    limit = kcosts.search_limit(a.minutes, "minutes", 0.0)
    t0, c0 = time.perf_counter(), cpu_s()
    net = knet.build_graph(xy, offs, row, oneway_per_row=oneway, default_speed_kmh=speed)
    out = {"nodes": net.n_nodes, "edges": net.n_edges, "graph_s": time.perf_counter() - t0}
    t1 = time.perf_counter()
    if path == "before":
        costs = knet.network_costs(net, dxy, sxy, a.minutes, unit="minutes", max_snap_distance=a.snap,
                                   connector_speed_kmh=conn, respect_oneway=False, block_bytes=40_000_000)
        out["costs_s"] = time.perf_counter() - t1
        t2 = time.perf_counter()
        ksnap.snap_points(net, sxy, a.snap)
        near = knet.network_nearest(net, dxy, sxy, limit, unit="minutes", connector_speed_kmh=conn,
                                    max_snap_distance=a.snap, respect_oneway=False)
        out["nearest_s"] = time.perf_counter() - t2
        out["pairs"] = int(costs.n_pairs)
        out["cost_sum"] = float(costs.cost.sum())
    else:
        from caremap.kernels import chunks as kchunks
        from caremap.kernels import fca as kfca
        budget = kchunks.budget_bytes(a.budget_mb)
        stream = knet.NetworkPairs(net, dxy, sxy, a.minutes, unit="minutes", max_snap_distance=a.snap,
                                   connector_speed_kmh=conn, respect_oneway=False, budget=budget)
        est = stream.estimate()
        out["estimate_pairs"] = est.pairs
        out["snap_s"] = time.perf_counter() - t1
        t2 = time.perf_counter()
        n, s = 0, 0.0
        for ch in stream.chunks():
            n += ch.n_pairs
            s += float(ch.cost.sum())
        out["costs_s"] = time.perf_counter() - t2
        out["pairs"], out["cost_sum"] = n, s
        t2 = time.perf_counter()
        stream.snap_m("supply")
        near = stream.nearest_within(limit)
        out["nearest_s"] = time.perf_counter() - t2
        t2 = time.perf_counter()
        rng = np.random.default_rng(1)
        kfca.accessibility(stream, rng.uniform(1, 10, a.units), rng.uniform(1, 50, a.facilities), "2sfca",
                           threshold=a.minutes)
        out["fca_2sfca_s"] = time.perf_counter() - t2
    out["nearest_reached"] = int(np.isfinite(near[0]).sum())
    out["wall_s"] = time.perf_counter() - t0
    out["cpu_s"] = cpu_s() - c0
    out["peak_mb"] = peak_mb()
    print(json.dumps(out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--side", type=int, default=700)
    ap.add_argument("--units", type=int, default=100_000)
    ap.add_argument("--facilities", type=int, default=5_000)
    ap.add_argument("--minutes", type=float, default=15.0)
    ap.add_argument("--snap", type=float, default=500.0)
    ap.add_argument("--budget-mb", type=float, default=None)
    ap.add_argument("--before-rev", default=BEFORE_REV)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--only", choices=("before", "after"))
    ap.add_argument("--run", choices=("before", "after"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.run:
        return run(a.run, a)
    print(f"grid {a.side} x {a.side} (50 m), {a.units:,} units, {a.facilities:,} facilities, "
          f"{a.minutes:g}-minute walk, snap {a.snap:g} m")
    res = {}
    for path in (a.only,) if a.only else ("before", "after"):
        args = [sys.executable, os.path.abspath(__file__), "--run", path] + \
            [x for x in sys.argv[1:] if not x.startswith("--only") and x not in ("before", "after")]
        p = subprocess.run(args, capture_output=True, text=True)
        if p.returncode:
            print(f"{path}: failed\n{p.stderr[-3000:]}")
            continue
        res[path] = json.loads(p.stdout.strip().splitlines()[-1])
        r = res[path]
        print(f"{path:6s}: {r['edges']:,} edges, {r['pairs']:,} pairs; {r['wall_s']:.1f} s wall, "
              f"{r['cpu_s']:.1f} s CPU, peak RSS {r['peak_mb']:,.0f} MB  {json.dumps(r)}")
    if len(res) == 2:
        b, f = res["before"], res["after"]
        print(f"after/before: CPU {f['cpu_s'] / b['cpu_s']:.2f}x, peak {f['peak_mb'] / b['peak_mb']:.2f}x; "
              f"same pairs {b['pairs'] == f['pairs']}, cost sums differ by "
              f"{abs(b['cost_sum'] - f['cost_sum']) / max(abs(b['cost_sum']), 1):.1e} (relative)")


if __name__ == "__main__":
    main()
