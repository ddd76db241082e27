"""Benchmark (peer venv): CareMap Gi* with 999 conditional permutations vs esda
G_Local(star=True), and queen contiguity weights vs libpysal.weights.Queen.

    .venv-peers/bin/python bench/bench_hotspots.py            # 100,000 units / polygons
    .venv-peers/bin/python bench/bench_hotspots.py --n 20000  # smaller

Prints wall times, the speed ratio (peer / CareMap) and max |z difference|. esda runs
with n_jobs=1 (CareMap is single-process); numba is not installed in the peer venv, so
esda uses its pure-Python/NumPy per-unit loop.
"""
import argparse
import time
import warnings

import _path  # noqa: F401
import numpy as np
from caremap.kernels.hotspots import gi_star
from caremap.kernels.weights import contiguity_weights, knn_weights


def timed(fn, *a, **k):
    t = time.perf_counter()
    out = fn(*a, **k)
    return out, time.perf_counter() - t


def bench_gi(n, k, perms, seed=0):
    import esda
    from libpysal.weights import WSP

    rng = np.random.default_rng(seed)
    x, y = rng.uniform(0, 50_000, n), rng.uniform(0, 50_000, n)
    vals = rng.gamma(2.0, 50.0, n) + 0.002 * x
    (w, tw) = timed(knn_weights, x, y, k)
    ours, t_ours = timed(gi_star, vals, w, 1.0, perms, seed)
    lw = WSP(w).to_W(silence_warnings=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref, t_ref = timed(esda.G_Local, vals, lw, transform="B", star=True, permutations=perms,
                           keep_simulations=False, n_jobs=1, seed=seed)
    dz = np.max(np.abs(ours["z"] - ref.Zs))
    dp = np.abs(ours["p_sim"] - ref.p_sim)
    print(f"Gi* n={n} k={k} permutations={perms}: knn weights {tw:.2f} s; "
          f"CareMap {t_ours:.2f} s, esda {t_ref:.2f} s, ratio {t_ref / t_ours:.1f}x; "
          f"max |z diff| {dz:.2e}; p_sim |diff| median {np.median(dp):.4f} "
          f"(Monte-Carlo, different random streams)")


def voronoi_like_grid(n, seed=0):
    """~n quadrilaterals on a jittered grid: neighbours share vertices exactly."""
    import shapely

    side = int(np.sqrt(n))
    rng = np.random.default_rng(seed)
    gx, gy = np.meshgrid(np.arange(side + 1, dtype=float), np.arange(side + 1, dtype=float))
    gx += rng.uniform(-0.3, 0.3, gx.shape)
    gy += rng.uniform(-0.3, 0.3, gy.shape)
    i, j = np.meshgrid(np.arange(side), np.arange(side))
    i, j = i.ravel(), j.ravel()
    corners = [(j, i), (j, i + 1), (j + 1, i + 1), (j + 1, i), (j, i)]
    ring = np.stack([np.stack([gx[a, b], gy[a, b]], axis=-1) for a, b in corners], axis=1)
    polys = shapely.polygons(ring * 100.0)
    return polys, ring.reshape(-1, 2) * 100.0, np.arange(0, ring.shape[0] * 5 + 1, 5), np.arange(ring.shape[0])


def bench_queen(n):
    import geopandas as gpd
    from libpysal.weights import Queen

    polys, xy, offsets, rows = voronoi_like_grid(n)
    m = len(polys)
    ours, t_ours = timed(contiguity_weights, xy, offsets, rows, m, "queen")
    gdf = gpd.GeoDataFrame(geometry=polys)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref, t_ref = timed(Queen.from_dataframe, gdf, use_index=False, silence_warnings=True)
    r = ref.sparse.tocsr()
    r.data[:] = 1
    same = abs(ours - r).nnz == 0
    print(f"Queen contiguity, {m} polygons: CareMap {t_ours:.2f} s, libpysal {t_ref:.2f} s, "
          f"ratio {t_ref / t_ours:.1f}x; identical neighbours: {same}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--gi-n", type=int, default=None, help="units for Gi* (default --n)")
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--permutations", type=int, default=999)
    a = ap.parse_args()
    bench_gi(a.gi_n or a.n, a.k, a.permutations)
    bench_queen(a.n)
