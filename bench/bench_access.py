"""Accessibility kernels vs pysal ``access``, measured in one run (PEER venv):

    .venv-peers/bin/python bench/bench_access.py [--sizes 10000x500,50000x1000] [--skip-peer-nocutoff-above N]

For each size (random points over a 50 x 50 km region, 10 km catchment) and method
(2sfca; g2sfca without cutoff, sigma 5 km; 3sfca with Gaussian weights) it times
- CareMap: cost build (KD-tree) + ``kernels.fca.accessibility``; without cutoff
  ``kernels.fca.accessibility_all_pairs`` (dense blocks, costs computed on the fly);
- access: cost-table build (``Access.create_euclidean_distance`` on GeoDataFrames, the
  library's own way, which cross-joins every pair) + the method,
checks that both give the same numbers (max relative difference) and prints the ratio.
No assertion on time: the figures are for the report.
"""
import argparse
import time
import warnings

import _path  # noqa: F401
import numpy as np
from caremap.kernels.costs import straight_line_costs
from caremap.kernels.fca import accessibility, accessibility_all_pairs

EXTENT = 50_000.0
THRESHOLD = 10_000.0
SIGMA = 5_000.0


def data(nd, ns, seed=0):
    rng = np.random.default_rng(seed)
    return (rng.uniform(0, EXTENT, (nd, 2)), rng.uniform(0, EXTENT, (ns, 2)),
            rng.uniform(1, 5000, nd), rng.uniform(1, 100, ns))


def ours(dxy, sxy, pop, cap, method):
    t0 = time.perf_counter()
    if method == "g2sfca":  # no cutoff: streamed dense blocks, no pair table
        t1 = time.perf_counter()
        r = accessibility_all_pairs(dxy, sxy, pop, cap, "g2sfca", decay_param=SIGMA)
        t2 = time.perf_counter()
        return r.access, t1 - t0, t2 - t1, len(dxy) * len(sxy)
    else:
        costs = straight_line_costs(dxy, sxy, THRESHOLD)
        t1 = time.perf_counter()
        decay = "gaussian" if method == "3sfca" else "step"
        r = accessibility(costs, pop, cap, method, decay=decay, decay_param=SIGMA, threshold=THRESHOLD)
    t2 = time.perf_counter()
    return r.access, t1 - t0, t2 - t1, costs.n_pairs


def peer_objects(dxy, sxy, pop, cap, threshold):
    import geopandas as gpd
    from access import Access

    dem = gpd.GeoDataFrame({"geoid": np.arange(len(dxy)), "pop": pop},
                           geometry=gpd.points_from_xy(dxy[:, 0], dxy[:, 1]), crs="EPSG:32618").set_index("geoid")
    sup = gpd.GeoDataFrame({"geoid": np.arange(len(sxy)) + 10_000_000, "cap": cap},
                           geometry=gpd.points_from_xy(sxy[:, 0], sxy[:, 1]), crs="EPSG:32618").set_index("geoid")
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        acc = Access(demand_df=dem, demand_index=True, demand_value="pop", supply_df=sup, supply_index=True,
                     supply_value="cap")
        # access keeps pairs with distance < threshold (strict): nudge it to be inclusive like ours
        acc.create_euclidean_distance(name="euclidean", threshold=threshold * (1 + 1e-12))
    return acc, time.perf_counter() - t0


def peer(dxy, sxy, pop, cap, method):
    from access import weights

    thr = EXTENT * 2 if method == "g2sfca" else THRESHOLD  # no cutoff: every pair
    acc, t_build = peer_objects(dxy, sxy, pop, cap, thr)
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if method == "2sfca":
            out = acc.two_stage_fca(name="m", max_cost=THRESHOLD)
        elif method == "g2sfca":
            out = acc.two_stage_fca(name="m", weight_fn=weights.gaussian(SIGMA))
        else:
            out = acc.three_stage_fca(name="m", max_cost=THRESHOLD, weight_fn=weights.gaussian(SIGMA))
    t1 = time.perf_counter()
    vals = out.iloc[:, 0].reindex(np.arange(len(dxy))).fillna(0.0).to_numpy()
    return vals, t_build, t1 - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000x500,50000x1000")
    ap.add_argument("--skip-peer-pairs-above", type=float, default=30e6,
                    help="skip the peer where its cost table would exceed this many pairs (too slow/large)")
    args = ap.parse_args()
    print(f"{'size':>12} {'method':>7} {'pairs':>10} | {'ours build':>10} {'ours fca':>9} {'ours tot':>9} | "
          f"{'access build':>12} {'access fca':>10} {'access tot':>10} | {'speed-up':>8} {'max rel diff':>12}")
    # warm-up (imports, first-call paths) so neither side pays it in the figures
    w = data(500, 20)
    for m in ("2sfca", "g2sfca", "3sfca"):
        ours(*w, m)
        peer(*w, m)
    for size in args.sizes.split(","):
        nd, ns = (int(v) for v in size.split("x"))
        dxy, sxy, pop, cap = data(nd, ns)
        for method in ("2sfca", "g2sfca", "3sfca"):
            a, tb, tf, npairs = ours(dxy, sxy, pop, cap, method)
            peer_pairs = nd * ns  # access's create_euclidean_distance cross-joins every pair
            if peer_pairs > args.skip_peer_pairs_above:
                print(f"{size:>12} {method:>7} {npairs:>10} | {tb:10.3f} {tf:9.3f} {tb + tf:9.3f} | "
                      f"{'skipped: ' + str(peer_pairs // 1_000_000) + 'M-pair cross join':>34} |")
                continue
            b, pb, pf = peer(dxy, sxy, pop, cap, method)
            nz = np.abs(b) > 0
            rel = float(np.max(np.abs(a[nz] - b[nz]) / np.abs(b[nz]))) if nz.any() else 0.0
            rel = max(rel, float(np.max(np.abs(a[~nz]))) if (~nz).any() else 0.0)
            print(f"{size:>12} {method:>7} {npairs:>10} | {tb:10.3f} {tf:9.3f} {tb + tf:9.3f} | "
                  f"{pb:12.3f} {pf:10.3f} {pb + pf:10.3f} | {(pb + pf) / (tb + tf):7.0f}x {rel:12.2e}", flush=True)


if __name__ == "__main__":
    main()
