"""Equity measures against textbook cases and the weighted definitions."""
import numpy as np
import pytest
from caremap.kernels.equity import (
    concentration_index,
    equity_measures,
    gini,
    lorenz_curve,
    palma_ratio,
    theil_t,
)
from hypothesis import given, settings
from hypothesis import strategies as st


def _gini_pairs(x, w):
    x, w = np.asarray(x, float), np.asarray(w, float)
    mu = np.sum(w * x) / w.sum()
    return np.sum(w[:, None] * w[None, :] * np.abs(x[:, None] - x[None, :])) / (2 * w.sum() ** 2 * mu)


def test_gini_textbook():
    assert gini(np.full(7, 3.0)) == pytest.approx(0)
    for n in (2, 5, 10):
        x = np.zeros(n)
        x[-1] = 4.0
        assert gini(x) == pytest.approx(1 - 1 / n)
    assert gini([1.0, 2, 3, 4]) == pytest.approx(0.25)  # sum|xi-xj| = 20, /(2*16*2.5)


def test_weighted_gini_equals_expanded_data():
    x = np.array([1.0, 5, 2, 8])
    w = np.array([3, 1, 2, 4])
    assert gini(x, w) == pytest.approx(gini(np.repeat(x, w)))
    assert gini(x, w) == pytest.approx(_gini_pairs(x, w))
    assert palma_ratio(x, w) == pytest.approx(palma_ratio(np.repeat(x, w)))
    assert theil_t(x, w)[0] == pytest.approx(theil_t(np.repeat(x, w))[0])


def test_palma_hand_computed():
    x = np.arange(1.0, 11.0)  # 10 people, total 55
    assert palma_ratio(x) == pytest.approx(10 / (1 + 2 + 3 + 4))
    assert palma_ratio(np.ones(10)) == pytest.approx(0.1 / 0.4)


def test_lorenz_curve():
    P, L = lorenz_curve([1.0, 3.0], points=None)
    np.testing.assert_allclose(P, [0, 0.5, 1])
    np.testing.assert_allclose(L, [0, 0.25, 1])
    g, Lg = lorenz_curve([1.0, 3.0], points=5)
    np.testing.assert_allclose(g, [0, 0.25, 0.5, 0.75, 1])
    np.testing.assert_allclose(Lg, [0, 0.125, 0.25, 0.625, 1])


def test_theil_textbook_and_decomposition():
    assert theil_t(np.full(4, 2.0))[0] == pytest.approx(0)
    n = 8
    x = np.zeros(n)
    x[0] = 1.0
    assert theil_t(x)[0] == pytest.approx(np.log(n))  # maximum: ln n
    x = np.array([1.0, 2, 3, 4, 10, 20])
    w = np.array([1.0, 2, 1, 3, 1, 2])
    g = np.array([0, 0, 0, 1, 1, 2])
    T, b, wi = theil_t(x, w, g)
    assert T == pytest.approx(b + wi)
    # between = Theil of group means with group populations
    mu_g = np.bincount(g, w * x) / np.bincount(g, w)
    assert b == pytest.approx(theil_t(mu_g, np.bincount(g, w))[0])
    # one group: all within
    T1, b1, w1 = theil_t(x, w, np.zeros(6, int))
    assert b1 == pytest.approx(0) and w1 == pytest.approx(T)


def test_concentration_index_hand_computed():
    # 4 people ranked by income 1..4, health 1,2,3,4: R = 1/8, 3/8, 5/8, 7/8
    h = np.array([1.0, 2, 3, 4])
    R = np.array([1, 3, 5, 7]) / 8
    cov = np.mean((h - h.mean()) * (R - R.mean()))
    C, E = concentration_index(h, rank_by=[10, 20, 30, 40])
    assert C == pytest.approx(2 * cov / h.mean())
    assert E == pytest.approx(8 * cov / 4.0)  # bounds (0, 4)
    # pro-poor distribution is negative; equal access is 0
    assert concentration_index(h[::-1], [10, 20, 30, 40])[0] == pytest.approx(-C)
    assert concentration_index(np.ones(4), [1, 2, 3, 4])[0] == pytest.approx(0)
    # weights equal expanded data
    w = np.array([2, 1, 3, 1])
    Cw, Ew = concentration_index(h, [1, 2, 3, 4], w)
    Ce, Ee = concentration_index(np.repeat(h, w), np.repeat([1, 2, 3, 4], w))
    assert Cw == pytest.approx(Ce) and Ew == pytest.approx(Ee)
    # C = 2 cov / mu also equals 1 - 2 * area under concentration curve for distinct ranks
    assert -1 <= C <= 1


def test_bad_and_degenerate_input():
    with pytest.raises(ValueError, match=">= 0"):
        gini([1.0, -1.0])
    with pytest.raises(ValueError, match="population"):
        gini([1.0, 2.0], [0, 0])
    with pytest.raises(ValueError, match="NaN"):
        gini([1.0, np.nan])
    assert np.isnan(gini(np.zeros(3)))
    assert np.isnan(theil_t(np.zeros(3))[0])
    m = equity_measures(np.zeros(3))
    assert np.isnan(m["gini"]) and np.isnan(m["palma"])
    assert gini([5.0]) == pytest.approx(0)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.just(0.0), st.floats(1e-3, 1e3)), st.integers(1, 5)),
                min_size=1, max_size=25))
def test_weighted_equals_expanded_property(rows):
    x = np.array([r[0] for r in rows])
    w = np.array([r[1] for r in rows])
    if x.sum() <= 0:
        return
    assert gini(x, w) == pytest.approx(gini(np.repeat(x, w)), abs=1e-9)
    assert gini(x, w) == pytest.approx(_gini_pairs(x, w), abs=1e-9)
    assert 0 <= gini(x, w) <= 1
    T, b, wi = theil_t(x, w, np.arange(x.size) % 2)
    assert T == pytest.approx(b + wi, abs=1e-9)
    assert T >= -1e-12
