"""Hand-computed floating-catchment cases, the supply-conservation invariant, boundaries,
zero-demand catchments and unreachable units."""
import math

import numpy as np
import pytest
from caremap.kernels.costs import Costs
from caremap.kernels.fca import METHODS, accessibility
from caremap.kernels.fca_methods import (
    cumulative,
    e2sfca,
    g2sfca,
    gravity,
    m2sfca,
    nearest,
    selection_weights,
    three_step_fca,
    two_step_fca,
)
from hypothesis import given, settings
from hypothesis import strategies as st

# demand units 0..4, facilities 0..2; unit 3 reaches nothing; unit 4 (P = 0) alone reaches
# facility 2; pair (2, 1) sits exactly on the threshold 5; pair (2, 0) at 9 is outside.
P = np.array([100.0, 200.0, 50.0, 30.0, 0.0])
S = np.array([10.0, 6.0, 5.0])
THR = 5.0


def table():
    return Costs([0, 1, 1, 2, 2, 4], [0, 0, 1, 1, 0, 2], [2.0, 4.0, 3.0, 5.0, 9.0, 1.0], 5, 3)


def test_2sfca_hand():
    r = accessibility(table(), P, S, "2sfca", threshold=THR)
    np.testing.assert_allclose(r.catch_demand, [300, 250, 0])
    assert r.ratio[0] == pytest.approx(1 / 30) and r.ratio[1] == pytest.approx(0.024)
    assert np.isnan(r.ratio[2])                          # zero-demand catchment -> NULL
    np.testing.assert_allclose(r.access, [1 / 30, 1 / 30 + 0.024, 0.024, 0, 0], rtol=1e-12)
    assert np.dot(P, r.access) == pytest.approx(16.0)     # S_0 + S_1
    assert r.covered.tolist() == [1, 1, 1, 0, 1]
    assert r.n_reachable.tolist() == [1, 2, 1, 0, 1]
    np.testing.assert_allclose(r.cost_nearest[[0, 1, 2, 4]], [2, 3, 5, 1])
    assert np.isnan(r.cost_nearest[3])
    mean = 16.0 / 380.0
    assert r.mean_access == pytest.approx(mean)
    np.testing.assert_allclose(r.access_norm, r.access / mean)
    assert r.share_covered == pytest.approx(350 / 380)


def test_inclusive_boundary_changes_result():
    inside = accessibility(table(), P, S, "2sfca", threshold=5.0)
    outside = accessibility(table(), P, S, "2sfca", threshold=4.999)
    assert inside.n_reachable[2] == 1 and outside.n_reachable[2] == 0
    assert outside.access[2] == 0 and outside.covered[2] == 0


def test_3sfca_hand():
    r = accessibility(table(), P, S, "3sfca", threshold=THR)
    np.testing.assert_allclose(r.catch_demand[:2], [200, 150])
    np.testing.assert_allclose(r.access, [0.05, 0.045, 0.04, 0, 0], rtol=1e-12)
    assert np.dot(P, r.access) == pytest.approx(16.0)


def test_selection_weights_rows_sum_to_one():
    c = table().within(THR)
    g = selection_weights(c, np.array([1.0, 1.0, 3.0, 1.0, 1.0]))
    np.testing.assert_allclose(g, [1, 0.25, 0.75, 1, 1])


def test_m2sfca_hand_linear():
    r = accessibility(table(), P, S, "m2sfca", decay="linear", decay_param=10.0, threshold=THR)
    np.testing.assert_allclose(r.catch_demand, [200, 165, 0])
    want = [0.64 * 0.05, 0.36 * 0.05 + 0.49 * 6 / 165, 0.25 * 6 / 165, 0, 0]
    np.testing.assert_allclose(r.access, want, rtol=1e-12)
    assert np.dot(P, r.access) < 16.0   # M2SFCA does not allocate all supply


def test_e2sfca_hand():
    steps = ((2, 1.0), (4, 0.5), (6, 0.25))
    r = accessibility(table(), P, S, "e2sfca", threshold=THR, steps=steps)
    np.testing.assert_allclose(r.catch_demand[:2], [200, 112.5])
    np.testing.assert_allclose(r.access, [0.05, 0.025 + 0.5 * 6 / 112.5, 0.25 * 6 / 112.5, 0, 0])


def test_e2sfca_default_steps_and_direct_call():
    c = Costs([0, 1, 1], [0, 0, 1], [10.0, 15.0, 30.0], 2, 2)
    a, ratio, catch = e2sfca(c, np.array([1.0, 1.0]), np.array([1.68, 0.22]))
    np.testing.assert_allclose(catch, [1.68, 0.22])
    np.testing.assert_allclose(a, [1.0, 0.68 + 0.22])


def test_g2sfca_hand():
    r = accessibility(table(), P, S, "g2sfca", decay_param=2.0, threshold=THR)
    w = {d: math.exp(-d * d / 8) for d in (2, 4, 3, 5)}
    d0 = 100 * w[2] + 200 * w[4]
    d1 = 200 * w[3] + 50 * w[5]
    want = [w[2] * 10 / d0, w[4] * 10 / d0 + w[3] * 6 / d1, w[5] * 6 / d1, 0, 0]
    np.testing.assert_allclose(r.access, want, rtol=1e-12)
    a2, _, _ = g2sfca(table().within(THR), P, S, 2.0)
    np.testing.assert_allclose(a2, want, rtol=1e-12)
    # default sigma = threshold / 2
    r_def = accessibility(table(), P, S, "g2sfca", threshold=4.0)
    r_exp = accessibility(table(), P, S, "g2sfca", decay_param=2.0, threshold=4.0)
    np.testing.assert_allclose(r_def.access, r_exp.access)


def test_gravity_power_and_exponential_hand():
    r = accessibility(table(), P, S, "gravity", decay="power", decay_param=1.0, threshold=THR)
    np.testing.assert_allclose(r.access, [5.0, 4.5, 1.2, 0, 5.0])
    r = accessibility(table(), P, S, "gravity", decay="exponential", decay_param=0.1)  # no cutoff
    e = math.exp
    np.testing.assert_allclose(
        r.access, [10 * e(-.2) + 0, 10 * e(-.4) + 6 * e(-.3), 6 * e(-.5) + 10 * e(-.9), 0, 5 * e(-.1)])
    assert r.n_reachable[2] == 2   # no cutoff: the pair at 9 counts


def test_cumulative_and_nearest_hand():
    r = accessibility(table(), P, S, "cumulative", threshold=THR)
    np.testing.assert_allclose(r.access, [10, 16, 6, 0, 5])
    np.testing.assert_allclose(r.catch_demand, [300, 250, 0])
    r = accessibility(table(), P, S, "nearest", threshold=THR)
    np.testing.assert_allclose(r.access, [1, 1, 1, 0, 1])
    assert r.nearest_idx.tolist() == [0, 1, 1, -1, 2]
    np.testing.assert_allclose(r.catch_demand, [100, 250, 0])
    assert np.isnan(r.ratio[2])
    r = accessibility(table(), P, S, "nearest", decay="linear", decay_param=10.0, threshold=THR)
    np.testing.assert_allclose(r.access, [0.8, 0.7, 0.5, 0, 0.9])


def test_direct_functions():
    c = table().within(THR)
    a, ratio, catch = two_step_fca(c, P, S)
    assert catch.tolist() == [300, 250, 0]
    assert cumulative(c, S).tolist() == [10, 16, 6, 0, 5]
    assert gravity(c, S, np.full(c.n_pairs, 0.5)).tolist() == [5, 8, 3, 0, 2.5]
    a3, _, _ = three_step_fca(c, P, S)
    np.testing.assert_allclose(a3, [0.05, 0.045, 0.04, 0, 0])
    am, _, _ = m2sfca(c, P, S)           # step weights: M2SFCA == 2SFCA
    np.testing.assert_allclose(am, a)
    cn, idx = nearest(c)
    assert idx.tolist() == [0, 1, 1, -1, 2]


def test_nearest_ties_and_zero_cost():
    c = Costs([0, 0, 0], [2, 1, 0], [0.0, 0.0, 3.0], 1, 3)
    cn, idx = nearest(c)
    assert cn[0] == 0.0 and idx[0] == 1


def test_all_unreachable():
    c = Costs([], [], [], 3, 2)
    for m in METHODS:
        r = accessibility(c, np.ones(3), np.ones(2), m, threshold=10.0)
        assert r.access.tolist() == [0, 0, 0]
        assert r.covered.tolist() == [0, 0, 0]
        assert np.isnan(r.cost_nearest).all()
        assert np.isnan(r.ratio).all()
        assert np.isnan(r.access_norm).all()
        assert r.share_covered == 0


def test_bad_input():
    with pytest.raises(ValueError, match="negative"):
        accessibility(table(), -P, S, "2sfca")
    with pytest.raises(ValueError, match="NaN"):
        accessibility(table(), P, np.array([1.0, np.nan, 1.0]), "2sfca")
    with pytest.raises(ValueError, match="expected 3"):
        accessibility(table(), P, S[:2], "2sfca")
    with pytest.raises(ValueError, match="Unknown method"):
        accessibility(table(), P, S, "4sfca")
    with pytest.raises(ValueError, match="no threshold"):
        accessibility(table(), P, S, "g2sfca")


@st.composite
def cost_tables(draw):
    nd = draw(st.integers(1, 25))
    ns = draw(st.integers(1, 8))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    mask = rng.random((nd, ns)) < draw(st.floats(0.0, 1.0))
    # every demand unit and every facility in some catchment
    mask[np.arange(nd), rng.integers(0, ns, nd)] = True
    mask[rng.integers(0, nd, ns), np.arange(ns)] = True
    i, j = np.nonzero(mask)
    cost = rng.uniform(0, 30, len(i))
    cost[rng.random(len(i)) < 0.1] = 0.0
    demand = rng.uniform(0.5, 1000, nd)
    supply = rng.uniform(0, 50, ns)
    return Costs(i, j, cost, nd, ns), demand, supply


@settings(max_examples=60, deadline=None)
@given(cost_tables(), st.sampled_from([
    ("2sfca", "step"), ("2sfca", "gaussian"), ("2sfca", "exponential"), ("e2sfca", "step"),
    ("g2sfca", "step"), ("3sfca", "step"), ("3sfca", "gaussian"), ("3sfca", "power"),
]))
def test_supply_conservation(tab, method_decay):
    costs, demand, supply = tab
    method, decay = method_decay
    r = accessibility(costs, demand, supply, method, decay=decay, threshold=30.0)
    assert np.dot(demand, r.access) == pytest.approx(supply.sum(), rel=1e-9, abs=1e-9)
    assert r.covered.all()
    assert np.all(r.access >= 0)
    assert np.all(r.n_reachable >= 1)


@pytest.mark.parametrize("method, decay, param", [
    ("g2sfca", "step", 300.0), ("2sfca", "exponential", 0.002), ("3sfca", "gaussian", 250.0),
    ("m2sfca", "linear", 2000.0), ("gravity", "power", 1.5), ("cumulative", "step", None),
    ("e2sfca", "step", None), ("nearest", "linear", 2000.0),
])
def test_all_pairs_streaming_equals_sparse_without_cutoff(method, decay, param):
    from caremap.kernels.costs import straight_line_costs
    from caremap.kernels.fca import accessibility_all_pairs

    rng = np.random.default_rng(7)
    dxy, sxy = rng.uniform(0, 1000, (120, 2)), rng.uniform(0, 1000, (9, 2))
    P, S = rng.uniform(1, 100, 120), rng.uniform(1, 10, 9)
    steps = ((300, 1.0), (600, 0.5), (2000, 0.1))
    want = accessibility(straight_line_costs(dxy, sxy, None, detour=1.2), P, S, method, decay, param, None, steps)
    got = accessibility_all_pairs(dxy, sxy, P, S, method, decay, param, detour=1.2, steps=steps, block_cells=100)
    for f in ("access", "access_norm", "cost_nearest", "catch_demand", "ratio"):
        np.testing.assert_allclose(getattr(got, f), getattr(want, f), rtol=1e-10, err_msg=f)
    assert got.nearest_idx.tolist() == want.nearest_idx.tolist()
    assert got.n_reachable.tolist() == want.n_reachable.tolist()


# ---- degenerate totals (issue 11 item 6) and the per-method weights (issue 17) ---------
@pytest.mark.parametrize("method", METHODS)
def test_no_demand_gives_none_never_nan(method):
    r = accessibility(table(), np.zeros(5), S, method, "gaussian" if method != "cumulative" else "step",
                      threshold=THR)
    assert r.share_covered is None and r.mean_access is None
    assert r.total_demand == 0
    assert np.isfinite(r.access).all()
    assert not np.isinf(r.access_norm).any()


def test_capacity_zero_covers_nobody():
    caps = np.array([0.0, 6.0, 0.0])
    r = accessibility(table(), P, caps, "2sfca", threshold=THR)
    # units 0 and 4 reach only facilities with capacity 0; 1 and 2 reach facility 1
    assert r.covered.tolist() == [0, 1, 1, 0, 0]
    assert r.n_reachable.tolist() == [0, 1, 1, 0, 0]
    assert r.share_covered == pytest.approx(250 / 380)
    np.testing.assert_allclose(r.cost_nearest[[1, 2]], [3, 5])
    assert np.isnan(r.cost_nearest[[0, 3, 4]]).all()
    r = accessibility(table(), P, np.zeros(3), "2sfca", threshold=THR)
    assert r.share_covered == 0 and r.mean_access == 0 and (r.covered == 0).all()
    assert np.isnan(r.access_norm).all()


def test_capacity_zero_all_pairs_same_as_table():
    from caremap.kernels.costs import straight_line_costs
    from caremap.kernels.fca import accessibility_all_pairs

    dxy = np.array([[0.0, 0.0], [50.0, 0.0], [300.0, 0.0]])
    sxy = np.array([[10.0, 0.0], [200.0, 0.0]])
    pop, caps = np.array([1.0, 2.0, 3.0]), np.array([0.0, 4.0])
    a = accessibility_all_pairs(dxy, sxy, pop, caps, "g2sfca", decay_param=100.0)
    b = accessibility(straight_line_costs(dxy, sxy, None), pop, caps, "g2sfca", decay_param=100.0)
    np.testing.assert_allclose(a.cost_nearest, [200.0, 150.0, 100.0])
    np.testing.assert_allclose(a.cost_nearest, b.cost_nearest)
    assert a.nearest_idx.tolist() == [1, 1, 1] and a.n_reachable.tolist() == [1, 1, 1]
    np.testing.assert_allclose(a.access, b.access, rtol=1e-12)
    a0 = accessibility_all_pairs(dxy, sxy, np.zeros(3), caps, "g2sfca", decay_param=100.0)
    assert a0.share_covered is None and a0.mean_access is None


def test_pair_weights_per_method():
    from caremap.kernels.fca import pair_weights

    d = np.array([0.0, 10.0, 15.0, 25.0])
    assert pair_weights(d, "cumulative", "gaussian", 5.0) is None
    assert pair_weights(d, "2sfca", "step") is None
    np.testing.assert_allclose(pair_weights(d, "e2sfca"), [1.0, 1.0, 0.68, 0.22])
    np.testing.assert_allclose(pair_weights(d, "g2sfca", "step", None, threshold=20.0),
                               np.exp(-d * d / (2 * 10.0 ** 2)))  # sigma = threshold / 2
    np.testing.assert_allclose(pair_weights(d, "gravity", "exponential", 0.1), np.exp(-0.1 * d))
    np.testing.assert_allclose(pair_weights(d, "m2sfca", "linear", None, threshold=20.0),
                               [1.0, 0.5, 0.25, 0.0])
    with pytest.raises(ValueError):
        pair_weights(d, "nope")


def test_all_pairs_spec_through_one_entry_point():
    from caremap.kernels.costs import AllPairs, straight_line_costs

    dxy = np.array([[0.0, 0.0], [100.0, 0.0]])
    sxy = np.array([[30.0, 40.0]])
    spec = AllPairs(dxy, sxy, detour=1.0, cost_scale=0.01)  # 6 km/h: metres -> minutes
    r = accessibility(spec, np.array([1.0, 1.0]), np.array([2.0]), "gravity", "power", 1.0)
    np.testing.assert_allclose(r.cost_nearest, [0.5, np.hypot(70, 40) * 0.01])
    np.testing.assert_allclose(r.access, 2.0 / np.maximum(r.cost_nearest, 1.0))
    table_r = accessibility(straight_line_costs(dxy, sxy, None), np.array([1.0, 1.0]), np.array([2.0]),
                            "gravity", "power", 1.0)
    assert table_r.access[1] == pytest.approx(2.0 / (np.hypot(70, 40)))
    with pytest.raises(ValueError, match="threshold"):
        accessibility(spec, np.ones(2), np.ones(1), "gravity", "power", 1.0, threshold=5.0)
