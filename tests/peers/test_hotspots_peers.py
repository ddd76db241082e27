"""Gi*, local Moran's I and contiguity weights against pysal (esda, libpysal).

Runs only in the peer venv (.venv-peers)."""
import warnings

import numpy as np
import pytest

esda = pytest.importorskip("esda")
libpysal = pytest.importorskip("libpysal")
shapely = pytest.importorskip("shapely")
gpd = pytest.importorskip("geopandas")

from caremap.kernels.hotspots import gi_star, local_moran  # noqa: E402
from caremap.kernels.weights import (  # noqa: E402
    contiguity_weights,
    knn_weights,
    row_standardize,
)


def _libpysal_w(w_csr):
    from libpysal.weights import WSP

    return WSP(w_csr.tocsr()).to_W(silence_warnings=True)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_gi_star_z_matches_esda_binary(seed):
    rng = np.random.default_rng(seed)
    n = 300
    x, y = rng.uniform(0, 1000, n), rng.uniform(0, 1000, n)
    vals = rng.gamma(2.0, 10.0, n)
    w = knn_weights(x, y, 6)
    ours = gi_star(vals, w)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = esda.G_Local(vals, _libpysal_w(w), transform="B", star=True, permutations=0)
    np.testing.assert_allclose(ours["z"], ref.Zs, rtol=0, atol=1e-9)
    np.testing.assert_allclose(ours["G"], ref.Gs, rtol=1e-12, atol=1e-12)


def test_gi_star_z_invariant_to_row_standardisation():
    rng = np.random.default_rng(5)
    n = 200
    x, y = rng.uniform(0, 1000, n), rng.uniform(0, 1000, n)
    vals = rng.normal(50, 10, n)
    w = knn_weights(x, y, 5)
    a = gi_star(vals, w)["z"]
    b = gi_star(vals, row_standardize(w), self_weight=1.0 / 5)["z"]
    np.testing.assert_allclose(a, b, atol=1e-9)


def test_gi_star_permutation_pvalues_close_to_esda():
    rng = np.random.default_rng(11)
    n = 150
    x, y = rng.uniform(0, 1000, n), rng.uniform(0, 1000, n)
    vals = rng.gamma(2.0, 10.0, n) + 0.02 * x
    w = knn_weights(x, y, 6)
    ours = gi_star(vals, w, permutations=999, seed=3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = esda.G_Local(vals, _libpysal_w(w), transform="B", star=True,
                           permutations=999, seed=3, n_jobs=1)
    # different random streams: pseudo p-values agree within Monte-Carlo error
    diff = np.abs(ours["p_sim"] - ref.p_sim)
    assert np.median(diff) < 0.02
    assert np.max(diff) < 0.12


@pytest.mark.parametrize("seed", [0, 4])
def test_local_moran_matches_esda_up_to_scaling(seed):
    rng = np.random.default_rng(seed)
    n = 250
    x, y = rng.uniform(0, 1000, n), rng.uniform(0, 1000, n)
    vals = rng.normal(0, 1, n) + 0.003 * x
    w = row_standardize(knn_weights(x, y, 5))
    ours = local_moran(vals, w)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = esda.Moran_Local(vals, _libpysal_w(knn_weights(x, y, 5)), transformation="r",
                               permutations=0)
    # esda divides by sum(z**2)/(n-1) instead of m2 = sum(z**2)/n
    np.testing.assert_allclose(ours["I"] * (n - 1) / n, ref.Is, rtol=1e-9, atol=1e-12)
    np.testing.assert_array_equal(ours["quadrant"], ref.q)


def _grid(nx, ny, jitter=False):
    polys = []
    for j in range(ny):
        for i in range(nx):
            polys.append(shapely.box(i, j, i + 1, j + 1))
    return polys


def _rings(polys):
    xy, offsets, rows = [], [0], []
    for r, p in enumerate(polys):
        geoms = getattr(p, "geoms", [p])
        for g in geoms:
            for ring in [g.exterior, *g.interiors]:
                c = np.asarray(ring.coords)
                xy.append(c)
                offsets.append(offsets[-1] + len(c))
                rows.append(r)
    return np.vstack(xy), np.array(offsets), np.array(rows)


def _same(ours, ref_w):
    ref = ref_w.sparse.tocsr()
    ref.data[:] = 1
    diff = abs(ours - ref)
    assert diff.nnz == 0 or diff.max() == 0


@pytest.mark.parametrize("rule", ["queen", "rook"])
def test_contiguity_matches_libpysal_on_grid(rule):
    polys = _grid(7, 5)
    # holes and a multipolygon-like irregularity: merge two cells
    polys[3] = shapely.union(polys[3], polys[4])
    polys[4] = shapely.box(20, 20, 21, 21)  # an island far away
    gdf = gpd.GeoDataFrame(geometry=polys)
    xy, off, rows = _rings(polys)
    ours = contiguity_weights(xy, off, rows, len(polys), rule=rule)
    cls = libpysal.weights.Queen if rule == "queen" else libpysal.weights.Rook
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = cls.from_dataframe(gdf, use_index=False)
    _same(ours, ref)
    assert ours[4].nnz == 0


@pytest.mark.parametrize("rule", ["queen", "rook"])
def test_contiguity_matches_libpysal_on_random_voronoi(rule):
    rng = np.random.default_rng(2)
    pts = shapely.MultiPoint(rng.uniform(0, 100, (80, 2)))
    cells = shapely.voronoi_polygons(pts, extend_to=shapely.box(-10, -10, 110, 110))
    polys = [shapely.intersection(c, shapely.box(0, 0, 100, 100)) for c in cells.geoms]
    gdf = gpd.GeoDataFrame(geometry=polys)
    xy, off, rows = _rings(polys)
    ours = contiguity_weights(xy, off, rows, len(polys), rule=rule, tolerance=1e-7)
    cls = libpysal.weights.Queen if rule == "queen" else libpysal.weights.Rook
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = cls.from_dataframe(gdf, use_index=False)
    _same(ours, ref)


def test_local_moran_permutation_pvalues_close_to_esda():
    rng = np.random.default_rng(21)
    n = 150
    x, y = rng.uniform(0, 1000, n), rng.uniform(0, 1000, n)
    vals = rng.normal(0, 1, n) + 0.004 * x
    w = knn_weights(x, y, 6)
    ours = local_moran(vals, row_standardize(w), permutations=999, seed=5)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = esda.Moran_Local(vals, _libpysal_w(w), transformation="r", permutations=999,
                               seed=5, n_jobs=1)
    diff = np.abs(ours["p_sim"] - ref.p_sim)
    assert np.median(diff) < 0.02
    assert np.max(diff) < 0.12
