"""Gi*, local Moran's I, permutation p-values, FDR and classes (pure tests; the pysal
comparisons live in tests/peers/test_hotspots_peers.py)."""
import itertools

import numpy as np
import pytest
from caremap.kernels.hotspots import (
    conditional_permutation_pvalues,
    fdr_bh,
    gi_star,
    hotspot_classes,
    local_moran,
)
from caremap.kernels.weights import knn_weights, row_standardize
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse


def _chain(n):
    """path graph 0-1-2-...-(n-1), binary"""
    i = np.arange(n - 1)
    w = sparse.coo_matrix((np.ones(2 * (n - 1)), (np.r_[i, i + 1], np.r_[i + 1, i])), (n, n))
    return w.tocsr()


def test_gi_star_hand_computed():
    y = np.array([1.0, 2, 3, 4, 10])
    w = _chain(5)
    out = gi_star(y, w)
    n, ybar = 5, 4.0
    s = np.sqrt(np.mean(y**2) - ybar**2)
    # unit 4: neighbours {3} plus itself -> W = 2, S1 = 2
    num = 4 + 10
    z4 = (num - ybar * 2) / (s * np.sqrt((n * 2 - 4) / (n - 1)))
    # unit 2: {1, 3} plus itself -> W = 3
    z2 = (2 + 3 + 4 - ybar * 3) / (s * np.sqrt((n * 3 - 9) / (n - 1)))
    assert out["z"][4] == pytest.approx(z4)
    assert out["z"][2] == pytest.approx(z2)
    assert out["G"][4] == pytest.approx(14 / 20)
    assert out["p"][4] == pytest.approx(2 * (1 - __import__("scipy").stats.norm.cdf(abs(z4))))
    assert out["n_neighbors"].tolist() == [1, 2, 2, 2, 1]


def test_gi_star_constant_values_and_islands():
    w = _chain(4)
    out = gi_star(np.full(4, 3.0), w)
    np.testing.assert_array_equal(out["z"], 0)
    np.testing.assert_array_equal(out["p"], 1)
    w2 = sparse.lil_matrix((4, 4))
    w2[0, 1] = w2[1, 0] = w2[1, 2] = w2[2, 1] = 1
    out2 = gi_star(np.array([1.0, 2, 3, 4]), w2.tocsr(), permutations=19, seed=0)
    assert np.isnan(out2["z"][3]) and np.isnan(out2["p_sim"][3])
    assert np.isfinite(out2["z"][:3]).all()
    lm = local_moran(np.full(4, 3.0), row_standardize(w))
    np.testing.assert_array_equal(lm["I"], 0)
    np.testing.assert_array_equal(lm["p"], 1)


def test_local_moran_hand_computed():
    y = np.array([1.0, 2, 3, 10])
    w = row_standardize(_chain(4))
    out = local_moran(y, w)
    z = y - 4.0
    m2 = np.mean(z**2)
    lag = np.array([z[1], (z[0] + z[2]) / 2, (z[1] + z[3]) / 2, z[2]])
    np.testing.assert_allclose(out["I"], z * lag / m2)
    # quadrants: z<0 & lag<0 -> LL(3); unit 3 z>0, lag<0 -> HL(4); unit 2 z<0, lag>0 -> LH(2)
    assert out["quadrant"].tolist() == [3, 3, 2, 4]
    # sum of I_i = n * global Moran's I for row-standardised W
    I_global = (len(y) / w.sum()) * (z @ (w @ z)) / (z @ z)
    assert out["I"].sum() / len(y) == pytest.approx(I_global)


def _exact_conditional_p(values, wrow_idx, i):
    """Exact folded p for binary weights by enumerating all k-subsets of the others."""
    others = np.delete(values, i)
    obs = values[wrow_idx].sum()
    k = len(wrow_idx)
    sims = np.array([sum(c) for c in itertools.combinations(others, k)])
    return np.mean(sims >= obs - 1e-12), np.mean(sims > obs + 1e-12)


def test_permutation_pvalues_converge_to_exact_distribution():
    rng = np.random.default_rng(3)
    n = 9
    x, y = rng.uniform(0, 10, n), rng.uniform(0, 10, n)
    vals = rng.normal(size=n)
    w = knn_weights(x, y, 2)
    R = 20000
    p = conditional_permutation_pvalues(vals, w, w @ vals, np.ones(n), R, seed=1)
    for i in range(n):
        nb = w.indices[w.indptr[i]:w.indptr[i + 1]]
        ge, gt = _exact_conditional_p(vals, nb, i)
        larger = min(ge, 1 - gt)  # ties (the observed subset itself) count on both sides
        assert p[i] == pytest.approx(larger, abs=0.012)


def test_permutation_pvalues_nonbinary_weights_match_exact():
    rng = np.random.default_rng(8)
    n = 7
    vals = rng.normal(size=n)
    w = sparse.csr_matrix(np.array([[0, 2, 1, 0, 0, 0, 0]] + [[0] * 7] * 6, float))
    w = w + sparse.csr_matrix(np.roll(np.eye(n), 1, axis=1))
    w.sort_indices()
    obs = w @ vals
    p = conditional_permutation_pvalues(vals, w, obs, np.ones(n), 20000, seed=2)
    # unit 0 has weights 1 (col 1 after roll adds)... enumerate ordered pairs exactly
    row = w.getrow(0)
    cols, wts = row.indices, row.data
    others = np.delete(np.arange(n), 0)
    sims = np.array([wts @ vals[list(c)] for c in itertools.permutations(others, len(cols))])
    ge = np.mean(sims >= obs[0] - 1e-12)
    le = np.mean(sims <= obs[0] + 1e-12)
    assert p[0] == pytest.approx(min(ge, le), abs=0.012)


def test_strong_cluster_is_hot_and_seed_reproducible():
    gx, gy = np.meshgrid(np.arange(15.0), np.arange(15.0))
    x, y = gx.ravel(), gy.ravel()
    rng = np.random.default_rng(0)
    v = rng.normal(10, 1, x.size)
    hot = (x < 4) & (y < 4)
    v[hot] += 10
    w = knn_weights(x, y, 8)
    a = gi_star(v, w, permutations=199, seed=42)
    b = gi_star(v, w, permutations=199, seed=42)
    np.testing.assert_array_equal(a["p_sim"], b["p_sim"])
    cls = hotspot_classes(a["z"], a["p_sim"])
    assert (cls[(x < 3) & (y < 3)] == 3).all()
    assert (cls[(x > 8) & (y > 8)] <= 1).all()
    assert a["p_sim"].min() == pytest.approx(1 / 200)


def test_fdr_bh_textbook():
    p = np.array([0.01, 0.04, 0.03, 0.005, np.nan])
    q = fdr_bh(p)
    # sorted 0.005, 0.01, 0.03, 0.04 with m = 4: 0.02, 0.02, 0.04, 0.04
    np.testing.assert_allclose(q[:4], [0.02, 0.04, 0.04, 0.02])
    assert np.isnan(q[4])
    assert (fdr_bh(np.array([0.9, 0.95])) <= 1).all()


def test_classes():
    z = np.array([3.0, 2.0, 1.7, 0.5, -1.7, -2.0, -3.0, np.nan])
    p = np.array([0.005, 0.04, 0.09, 0.6, 0.09, 0.04, 0.001, np.nan])
    assert hotspot_classes(z, p).tolist() == [3, 2, 1, 0, -1, -2, -3, 0]


def test_bad_input():
    w = _chain(4)
    with pytest.raises(ValueError, match="NaN"):
        gi_star(np.array([1.0, np.nan, 2, 3]), w)
    with pytest.raises(ValueError, match="does not match"):
        gi_star(np.ones(3), w)
    with pytest.raises(ValueError, match="at least 3"):
        gi_star(np.ones(2), _chain(2))


def test_permutations_stop_when_canceled_with_interrupted_error():
    """The one cancel contract: feedback is a progress(fraction) -> bool callable and a
    cancel is an InterruptedError (not a RuntimeError matched by its text)."""
    seen = []

    def progress(fraction):
        seen.append(fraction)
        return True

    w = knn_weights(np.arange(50.0), np.zeros(50), 3)
    with pytest.raises(InterruptedError):
        gi_star(np.arange(50.0), w, permutations=99, seed=0, feedback=progress)
    assert all(0.0 <= f <= 1.0 for f in seen)
    # a callable that never cancels runs to the end
    res = local_moran(np.arange(50.0), w, permutations=19, seed=0, feedback=lambda f: False)
    assert np.isfinite(res["p_sim"]).all()


def test_moran_direction_hot_high_high_cold_low_low_outliers_zero():
    from caremap.kernels.hotspots import moran_direction
    np.testing.assert_array_equal(moran_direction([0, 1, 2, 3, 4]), [0.0, 1.0, 0.0, -1.0, 0.0])


def test_ties_are_not_significant():
    # unit 2 sits exactly at the mean: I_2 = 0 in every permutation -> p_sim = 1
    y = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 0.0, 6.0])
    w = row_standardize(_chain(7))
    out = local_moran(y, w, permutations=99, seed=0)
    assert y[2] == y.mean()
    assert out["p_sim"][2] == 1.0


def test_fast_and_matrix_paths_equal_explicit_simulation():
    """Both counting paths reproduce an explicit loop over the same random draws."""
    from caremap.kernels.hotspots import _draw_without_replacement

    rng = np.random.default_rng(4)
    n, R = 40, 200
    x, y = rng.uniform(0, 100, n), rng.uniform(0, 100, n)
    vals = rng.integers(0, 5, n).astype(float)  # many ties
    for w in (knn_weights(x, y, 4),                      # constant rows: binary-search path
              knn_weights(x, y, 4).multiply(rng.uniform(0.5, 2, (n, n))).tocsr()):  # matrix path
        w.sort_indices()
        obs = w @ vals
        p = conditional_permutation_pvalues(vals, w, obs, np.ones(n), R, seed=9)
        card = np.diff(w.indptr)
        draws = _draw_without_replacement(np.random.default_rng(9), n, card.max() + 1, R)
        for i in range(n):
            k = card[i]
            wi = w.data[w.indptr[i]:w.indptr[i + 1]]
            sims = []
            for r in range(R):
                d = draws[r, :k].copy()
                d[d == i] = draws[r, k]
                sims.append(wi @ vals[d])
            sims = np.array(sims)
            tol = 1e-9 * np.abs(vals).max() * np.abs(w.data).max() * card.max() + 1e-300
            ge = np.sum(sims >= obs[i] - tol)
            le = np.sum(sims <= obs[i] + tol)
            assert p[i] == pytest.approx((min(ge, le) + 1) / (R + 1)), i


@settings(max_examples=40, deadline=None)
@given(st.integers(5, 40), st.integers(1, 4), st.floats(0.1, 100), st.floats(-50, 50),
       st.integers(0, 10_000))
def test_gi_star_and_moran_invariants(n, k, a, b, seed):
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(0, 100, n), rng.uniform(0, 100, n)
    v = rng.normal(size=n)
    w = knn_weights(x, y, min(k, n - 1))
    z1 = gi_star(v, w)["z"]
    z2 = gi_star(a * v + b, w)["z"]
    np.testing.assert_allclose(z1, z2, atol=1e-6)  # affine invariance (a > 0)
    np.testing.assert_allclose(gi_star(-v, w)["z"], -z1, atol=1e-9)
    lm = local_moran(v, row_standardize(w))
    np.testing.assert_allclose(local_moran(a * v + b, row_standardize(w))["I"], lm["I"], atol=1e-6)
    # sum of local I = n * global I (row-standardised weights, Anselin 1995 eq. 8)
    zd = v - v.mean()
    ws = row_standardize(w)
    assert lm["I"].sum() == pytest.approx(n * (zd @ (ws @ zd)) / (zd @ zd) * n / ws.sum(), rel=1e-9, abs=1e-9)
    p = gi_star(v, w, permutations=19, seed=seed)["p_sim"]
    assert ((p >= 1 / 20 - 1e-12) & (p <= 1)).all()
