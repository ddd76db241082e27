"""Siting kernels: hand-made optima, brute force on small random instances, bounds."""
import itertools
import math
from types import SimpleNamespace

import numpy as np
import pytest
from caremap.kernels.siting import (
    capacitated_covering,
    maximal_covering,
    p_median,
    served_assignment,
)


def make_costs(pairs, n_demand, n_sites):
    """pairs: list of (demand, site, cost)."""
    a = np.array(pairs, dtype=float).reshape(-1, 3)
    return SimpleNamespace(demand_idx=a[:, 0].astype(np.int64), supply_idx=a[:, 1].astype(np.int64),
                           cost=a[:, 2], n_demand=n_demand, n_supply=n_sites)


def euclid_costs(dxy, sxy, max_cost):
    from scipy.spatial import cKDTree
    sm = cKDTree(dxy).sparse_distance_matrix(cKDTree(sxy), max_cost, output_type="coo_matrix")
    return SimpleNamespace(demand_idx=sm.row.astype(np.int64), supply_idx=sm.col.astype(np.int64),
                           cost=sm.data.astype(float), n_demand=len(dxy), n_supply=len(sxy))


# Greedy trap: demand a1 a2 b1 b2 (3 each) and e (1); sites A {a1,a2}, B {b1,b2}, M {a1,b1,e}.
TRAP_W = np.array([3.0, 3, 3, 3, 1])
TRAP = make_costs([(0, 0, 1), (1, 0, 1), (2, 1, 1), (3, 1, 1),
                   (0, 2, 1), (2, 2, 1), (4, 2, 2.0),      # e exactly at the threshold
                   (4, 0, 2.5), (4, 1, 9)], 5, 3)           # beyond threshold


def test_mclp_greedy_trap_and_exact_optimum():
    g = maximal_covering(TRAP, TRAP_W, 2, threshold=2.0, solver="greedy")
    assert g.status == "greedy"
    assert g.chosen[0] == 2 and g.objective == 10             # M first, then A or B (tie)
    assert list(g.gain) == [7, 3]
    e = maximal_covering(TRAP, TRAP_W, 2, threshold=2.0, solver="exact")
    assert e.status == "optimal" and sorted(e.chosen) == [0, 1] and e.objective == 12
    assert e.mip_gap == pytest.approx(0, abs=1e-6) and e.bound == pytest.approx(12)
    assert g.objective >= (1 - 1 / math.e) * e.objective
    assert e.before["demand_covered"] == 0 and e.after["demand_covered"] == 12
    assert list(e.newly_covered) == [6, 6]
    assert list(e.covered_after) == [True, True, True, True, False]


def test_mclp_threshold_inclusive_and_existing_counts():
    ex = np.array([True, False, False])         # A already open
    for solver in ("greedy", "exact"):
        r = maximal_covering(TRAP, TRAP_W, 1, threshold=2.0, existing=ex, solver=solver)
        assert list(r.chosen) == [1], solver    # B adds 6, M adds b1 + e = 4
        assert r.objective == 12 and r.before["demand_covered"] == 6
        assert r.gain[0] == 6
    r = maximal_covering(TRAP, TRAP_W, 1, threshold=2.0, solver="exact")
    assert r.objective == 7                     # M with e at cost exactly 2.0


def test_p_larger_than_candidates_and_bad_input():
    ex = np.array([True, True, False])
    with pytest.raises(ValueError, match="larger than the number of candidate"):
        maximal_covering(TRAP, TRAP_W, 2, 2.0, existing=ex)
    with pytest.raises(ValueError, match="positive integer"):
        p_median(TRAP, TRAP_W, 0)
    with pytest.raises(ValueError, match="weights"):
        maximal_covering(TRAP, TRAP_W[:3], 1, 2.0)
    with pytest.raises(ValueError, match="solver"):
        maximal_covering(TRAP, TRAP_W, 1, 2.0, solver="magic")


def test_no_candidate_in_reach_places_no_site():
    c = make_costs([(0, 0, 50.0), (1, 1, 60.0)], 2, 2)
    for solver in ("greedy", "exact"):
        r = maximal_covering(c, [1.0, 1.0], 1, threshold=10.0, solver=solver)
        assert r.objective == 0 and len(r.chosen) == 0 and r.requested == 1
        assert not r.covered_after.any()


# two clusters of demand, one candidate at each, plus three candidates that reach only
# demand the first two already cover: with P = 4, two sites suffice
ZERO = make_costs([(0, 0, 1.0), (1, 0, 1.0), (2, 1, 1.0), (3, 1, 1.0),
                   (0, 2, 2.0), (1, 3, 2.0), (2, 4, 2.0)], 4, 5)
ZERO_W = np.array([10.0, 20.0, 30.0, 40.0])


@pytest.mark.parametrize("solver", ["greedy", "exact"])
def test_mclp_never_adds_a_site_with_zero_gain(solver):
    r = maximal_covering(ZERO, ZERO_W, 4, threshold=5.0, solver=solver)
    assert r.requested == 4
    assert sorted(r.chosen.tolist()) == [0, 1] or len(r.chosen) == 2
    assert (r.gain > 0).all()
    assert r.objective == pytest.approx(100.0)
    assert r.covered_after.all()


@pytest.mark.parametrize("solver", ["greedy", "exact"])
def test_capacitated_never_adds_a_site_with_zero_gain(solver):
    r = capacitated_covering(ZERO, ZERO_W, 4, 5.0, np.full(5, 1000.0), solver=solver)
    assert r.requested == 4 and len(r.chosen) == 2
    assert (r.gain > 0).all() and r.objective == pytest.approx(100.0)


@pytest.mark.parametrize("solver", ["greedy", "exact"])
def test_p_median_never_adds_a_site_with_zero_gain(solver):
    # every unit sits on a candidate (cost 0) after two sites: a third brings nobody closer
    c = make_costs([(0, 0, 0.0), (1, 0, 0.0), (2, 1, 0.0), (3, 1, 0.0),
                    (0, 2, 1.0), (2, 3, 1.0)], 4, 4)
    r = p_median(c, ZERO_W, 3, solver=solver, penalty=10.0)
    assert r.requested == 3 and sorted(r.chosen.tolist()) == [0, 1]
    assert (r.gain > 0).all() and r.objective == pytest.approx(0.0)


def line_costs(max_cost=100.0):
    pos = np.array([0, 1, 2, 10, 11, 12], float)
    xy = np.c_[pos, np.zeros(6)]
    return euclid_costs(xy, xy, max_cost)


def test_p_median_line_known_optimum():
    c = line_costs()
    w = np.ones(6)
    r = p_median(c, w, 2, solver="exact", mip_rel_gap=1e-9)
    assert sorted(r.chosen) == [1, 4] and r.objective == pytest.approx(4.0)
    assert list(r.site_after) == [1, 1, 1, 4, 4, 4]
    g = p_median(c, w, 2, solver="greedy")       # greedy-add opens a middle site first
    assert g.chosen[0] in (2, 3) and g.objective == pytest.approx(5.0)
    ex = np.array([True, False, False, False, False, False])
    r = p_median(c, w, 1, existing=ex, solver="exact", threshold=1.0)
    assert list(r.chosen) == [4] and r.objective == pytest.approx(5.0)
    assert r.after["mean_cost"] == pytest.approx(5 / 6)
    assert r.after["demand_covered"] == 5      # demand at 2 is 2 away from site 0


def test_p_median_unreachable_penalty():
    c = line_costs(max_cost=3.0)                # the two clusters cannot reach each other
    ex = np.array([True, False, False, False, False, False])
    r = p_median(c, np.ones(6), 1, existing=ex, penalty=3.0, solver="greedy")
    assert r.before["demand_unreachable"] == 3
    assert np.isnan(r.cost_before[3:]).all() and (r.site_after >= 0).all()
    before_total = 0 + 1 + 2 + 3 * 3.0
    assert r.gain[0] == pytest.approx(before_total - r.objective)


def test_capacitated_respects_capacity_and_known_optimum():
    # A: one unit with demand 10, B: one unit with demand 4; site a reaches A, b reaches B
    c = make_costs([(0, 0, 1.0), (1, 1, 1.0), (1, 0, 5.0)], 2, 2)
    w = np.array([10.0, 4.0])
    cap = np.array([5.0, 5.0])
    for solver in ("greedy", "exact"):
        r = capacitated_covering(c, w, 1, 2.0, cap, solver=solver)
        assert list(r.chosen) == [0] and r.objective == pytest.approx(5.0)
        assert r.served_after == pytest.approx([0.5, 0.0])
        r2 = capacitated_covering(c, w, 2, 2.0, cap, solver=solver)
        assert r2.objective == pytest.approx(9.0) and list(r2.gain) == pytest.approx([5, 4])
    with pytest.raises(ValueError, match="capacity must be > 0"):
        capacitated_covering(c, w, 1, 2.0, np.array([0.0, 5.0]))


def random_instance(seed, nd=40, ns=9, max_cost=3000.0):
    rng = np.random.default_rng(seed)
    dxy = rng.uniform(0, 8000, (nd, 2))
    sxy = rng.uniform(0, 8000, (ns, 2))
    return euclid_costs(dxy, sxy, max_cost), rng.integers(1, 50, nd).astype(float), rng


def covered_weight(c, w, sites, threshold):
    m = np.isin(c.supply_idx, list(sites)) & (c.cost <= threshold)
    return w[np.unique(c.demand_idx[m])].sum()


@pytest.mark.parametrize("seed", range(5))
def test_mclp_exact_equals_brute_force_and_greedy_bound(seed):
    c, w, _ = random_instance(seed)
    ex = np.zeros(9, bool)
    ex[0] = True
    best = max(covered_weight(c, w, set(comb) | {0}, 1500.0)
               for comb in itertools.combinations(range(1, 9), 3))
    e = maximal_covering(c, w, 3, 1500.0, existing=ex, solver="exact")
    g = maximal_covering(c, w, 3, 1500.0, existing=ex, solver="greedy")
    assert e.objective == pytest.approx(best)
    assert covered_weight(c, w, set(e.chosen) | {0}, 1500.0) == pytest.approx(e.objective)
    assert best >= g.objective >= (1 - 1 / math.e) * best
    for r in (e, g):
        assert len(set(r.chosen)) == 3 and 0 not in r.chosen
        assert np.all(np.diff(r.gain) <= 1e-9)                     # ranked by gain
        assert r.gain.sum() == pytest.approx(r.objective - r.before["demand_covered"])


@pytest.mark.parametrize("seed", range(4))
def test_p_median_exact_equals_brute_force(seed):
    c, w, _ = random_instance(seed, max_cost=20000.0)

    def total(sites):
        cost = np.full(c.n_demand, np.inf)
        m = np.isin(c.supply_idx, list(sites))
        np.minimum.at(cost, c.demand_idx[m], c.cost[m])
        return (w * cost).sum()

    best = min(total(comb) for comb in itertools.combinations(range(9), 3))
    from caremap.kernels.pmedian import _p_median_lagrangian, _p_median_swap

    f = np.full(c.n_demand, c.cost.max())
    lb, _, _ = _p_median_lagrangian(c.demand_idx, c.supply_idx, c.cost, f, w, np.ones(9, bool), 9, 3, best)
    assert lb <= best * (1 + 1e-9) and lb >= 0.5 * best
    start = [0, 1, 2]
    swapped = _p_median_swap(c.demand_idx, c.supply_idx, c.cost, f, w, 9, c.n_demand, start, np.ones(9, bool))
    assert best - 1e-6 <= total(swapped) <= total(start) + 1e-6
    e = p_median(c, w, 3, solver="exact", mip_rel_gap=1e-9)
    g = p_median(c, w, 3, solver="greedy")
    assert e.objective == pytest.approx(best) and total(e.chosen) == pytest.approx(best)
    assert g.objective >= best - 1e-6


@pytest.mark.parametrize("seed", range(3))
def test_capacitated_exact_equals_brute_force(seed):
    c, w, rng = random_instance(seed, nd=25, ns=7)
    cap = rng.uniform(20, 120, 7)

    def served(sites):
        mask = np.isin(np.arange(7), list(sites))
        sv, load = served_assignment(c, w, 1500.0, cap, mask)
        assert np.all(load <= cap + 1e-6)
        return (w * sv).sum()

    best = max(served(comb) for comb in itertools.combinations(range(7), 2))
    e = capacitated_covering(c, w, 2, 1500.0, cap, solver="exact")
    g = capacitated_covering(c, w, 2, 1500.0, cap, solver="greedy")
    assert e.objective == pytest.approx(best, rel=1e-6)
    assert g.objective <= best + 1e-6
    assert (w * e.served_after).sum() == pytest.approx(e.objective)


def test_time_limit_returns_feasible_solution_or_clear_status():
    rng = np.random.default_rng(7)
    dxy = rng.uniform(0, 20000, (1500, 2))
    sxy = rng.uniform(0, 20000, (150, 2))
    c = euclid_costs(dxy, sxy, 2500.0)
    w = rng.integers(1, 100, 1500).astype(float)
    g = maximal_covering(c, w, 10, 2500.0, solver="greedy")
    r = maximal_covering(c, w, 10, 2500.0, solver="exact", time_limit=0.01)
    assert r.status in ("optimal", "time_limit", "time_limit_heuristic")
    assert len(set(r.chosen)) == 10 and r.objective >= g.objective - 1e-9
    assert covered_weight(c, w, r.chosen, 2500.0) == pytest.approx(r.objective)
    if r.status != "optimal":
        assert np.isnan(r.bound) or r.bound >= r.objective - 1e-6


def test_candidate_grid():
    from caremap.kernels.siting import candidate_grid

    gx, gy = candidate_grid([0, 1000], [0, 0], 500)
    assert list(gx) == [0, 500, 1000] and list(gy) == [0, 0, 0]
    gx, gy = candidate_grid([0, 0, 10000], [0, 10000, 0], 1000, reach=700)
    assert len(gx) == 3                      # only the corners near a demand point
    # a stop at (5000, 5000) with a 1000 m walk keeps the 5 grid points within 1000 m of it
    gx, gy = candidate_grid([0, 0, 10000], [0, 10000, 0], 1000, reach=700, stops_xy=[[5000, 5000], [np.nan, 0]],
                            stop_reach=1000)
    assert len(gx) == 3 + 5
    near = {(4000.0, 5000.0), (5000.0, 4000.0), (5000.0, 5000.0), (5000.0, 6000.0), (6000.0, 5000.0)}
    assert set(zip(gx.tolist(), gy.tolist())) == near | {(0.0, 0.0), (0.0, 10000.0), (10000.0, 0.0)}
    with pytest.raises(ValueError, match="larger spacing"):
        candidate_grid([0, 1e6], [0, 1e6], 1.0)
    with pytest.raises(ValueError, match="spacing"):
        candidate_grid([0], [0], 0)


def test_capacitated_exact_with_an_unreachable_candidate():
    # site 2 reaches nobody: SciPy 1.10's HiGHS presolve called this model infeasible
    c = make_costs([(0, 0, 50.0), (1, 0, 50.0), (2, 1, 0.0)], 3, 3)
    w = np.array([10.0, 10.0, 3.0])
    for solver in ("greedy", "exact"):
        r = capacitated_covering(c, w, 2, 200.0, np.array([5.0, 5.0, 5.0]), solver=solver)
        assert r.objective == pytest.approx(8.0) and sorted(r.chosen) == [0, 1]


def test_interchange_escapes_the_greedy_trap_and_aggregation_groups_equal_cover_sets():
    from caremap.kernels.siting import _aggregate_columns, _mclp_swap
    from caremap.kernels.siting_common import _site_matrix

    m = TRAP.cost <= 2.0
    A = _site_matrix(TRAP.demand_idx[m], TRAP.supply_idx[m], 3, 5)
    better = _mclp_swap(A, TRAP_W, [2, 0], np.ones(3, bool))
    assert sorted(better) == [0, 1]
    # demand 1 and 3 are covered by {A} and {B}; 0 by {A, M}, 2 by {B, M}, 4 by {M}
    c = make_costs([(0, 0, 1), (1, 0, 1), (2, 0, 1), (2, 1, 1), (3, 1, 1)], 4, 2)
    A = _site_matrix(c.demand_idx, c.supply_idx, 2, 4)
    group, rep, agg = _aggregate_columns(A, np.array([1.0, 2.0, 4.0, 8.0]))
    assert group[0] == group[1] and len(set(group)) == 3
    assert sorted(agg) == [3.0, 4.0, 8.0]


def test_should_stop_interrupts():
    c, w, _ = random_instance(1)
    with pytest.raises(InterruptedError):
        maximal_covering(c, w, 3, 1500.0, should_stop=lambda: True)
    with pytest.raises(InterruptedError):
        p_median(c, w, 3, solver="exact", should_stop=lambda: True)


def test_desert_shares_before_after_and_no_demand():
    from caremap.kernels.siting import desert_shares
    w = np.array([10.0, 10.0, 3.0])
    before = np.array([np.nan, 300.0, 0.0])
    after = np.array([50.0, 250.0, 0.0])
    # heavy units are high demand (median of the positive z); > 200 or unreachable is low access
    out = desert_shares(w, before, after, 200.0)
    assert out["before"] == pytest.approx(20 / 23) and out["after"] == pytest.approx(10 / 23)
    assert desert_shares(np.zeros(3), before, after, 200.0) == {"before": None, "after": None}


def test_coverage_summary_has_none_not_nan_without_demand():
    from caremap.kernels.siting import coverage_summary
    s = coverage_summary(np.zeros(2), np.array([True, False]), np.array([np.nan, np.nan]))
    assert s["share_covered"] is None and s["mean_cost"] is None


def test_default_max_cost_is_three_thresholds_unless_given():
    from caremap.kernels.siting_common import default_max_cost

    assert default_max_cost(15.0) == 45.0
    assert default_max_cost(15.0, 0.0) == 45.0
    assert default_max_cost(15.0, 20.0) == 20.0
    with pytest.raises(ValueError):
        default_max_cost(0.0)
