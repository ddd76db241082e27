"""Care blocks kernel: hand-computed plans, brute force on small random instances, the
alternates' radius, the block outline and the hours freed."""
import itertools
import math

import numpy as np
import pytest
from caremap.kernels import careblocks as kb
from caremap.kernels.costs import straight_line_costs

# units on a line (x metres): u0 at 0 (10 dependants, 5 caregivers), u1 at 150 (0, 20),
# u2 at 300 (8, 8); candidate anchors a at 50, b at 250, c at 300; radius 100 m:
# a reaches u0 and u1 (15 + 20 = 35), b reaches u1 and u2 (20 + 16 = 36), c reaches u2 (16)
UX = [0.0, 150.0, 300.0]
D = np.array([10.0, 0.0, 8.0])
G = np.array([5.0, 20.0, 8.0])
CX = [50.0, 250.0, 300.0]


def line_costs(unit_x, site_x, radius=100.0):
    return straight_line_costs(np.c_[unit_x, np.zeros(len(unit_x))], np.c_[site_x, np.zeros(len(site_x))], radius)


@pytest.mark.parametrize("solver", ["greedy", "exact"])
def test_one_block_covers_the_most_people_of_both_groups(solver):
    res = kb.choose_blocks(line_costs(UX, CX), D, G, 1, 100.0, solver=solver)
    assert res.chosen.tolist() == [1]                        # b: 36 > 35 > 16
    assert res.objective == pytest.approx(36.0)
    assert res.covered_after.tolist() == [False, True, True]
    assert res.block_after.tolist() == [-1, 1, 1]
    assert res.covered_dependants.tolist() == [0.0, 0.0, 8.0]
    assert res.covered_caregivers.tolist() == [0.0, 20.0, 8.0]
    s = res.summary
    assert (s["dependants_covered_before"], s["dependants_covered_after"]) == (0.0, 8.0)
    assert (s["caregivers_covered_before"], s["caregivers_covered_after"]) == (0.0, 28.0)
    assert s["dependants_share_after"] == pytest.approx(8 / 18)
    assert s["caregivers_share_after"] == pytest.approx(28 / 33)


@pytest.mark.parametrize("solver", ["greedy", "exact"])
def test_two_blocks_then_nothing_left(solver):
    res = kb.choose_blocks(line_costs(UX, CX), D, G, 2, 100.0, solver=solver)
    assert res.objective == pytest.approx(51.0)                # everyone: a with b or c
    assert res.covered_after.all()
    if solver == "greedy":
        assert res.chosen.tolist() == [1, 0] and res.gain.tolist() == pytest.approx([36.0, 15.0])
        # u1 is 100 m from both a and b: its block is the first of them (a, site 0)
        assert res.block_after.tolist() == [0, 0, 1]
    # a third block adds nothing: never placed
    res3 = kb.choose_blocks(line_costs(UX, CX), D, G, 3, 100.0, solver=solver)
    assert len(res3.chosen) == 2 and res3.requested == 3


def test_priority_weights_move_the_block():
    # priority 3 on u0: a = 3 x 15 + 20 = 65 beats b = 20 + 16 = 36
    res = kb.choose_blocks(line_costs(UX, CX), D, G, 1, 100.0, priority=[3.0, 1.0, 1.0])
    assert res.chosen.tolist() == [0]
    assert res.objective == pytest.approx(65.0)
    assert kb.block_weights(D, G, [3.0, 1.0, 1.0]).tolist() == [45.0, 20.0, 16.0]


@pytest.mark.parametrize("solver", ["greedy", "exact"])
def test_existing_blocks_are_kept_and_counted_before(solver):
    # an existing block at x = 0 covers u0 already: a would add only u1 (20), b adds 36
    costs = line_costs(UX, CX + [0.0])
    existing = np.array([False, False, False, True])
    res = kb.choose_blocks(costs, D, G, 1, 100.0, existing=existing, solver=solver)
    assert res.chosen.tolist() == [1]
    assert 3 not in res.chosen.tolist()
    assert res.block_before.tolist() == [3, -1, -1]
    assert res.block_after.tolist() == [3, 1, 1]
    s = res.summary
    assert (s["dependants_covered_before"], s["caregivers_covered_before"]) == (10.0, 5.0)
    assert (s["dependants_covered_after"], s["caregivers_covered_after"]) == (18.0, 33.0)
    assert s["weighted_before"] == 15.0 and res.objective == 51.0


def test_radius_is_inclusive_and_in_the_cost_unit():
    # u1 is exactly 100 m from a
    res = kb.choose_blocks(line_costs([150.0], [50.0]), [1.0], [1.0], 1, 100.0)
    assert res.covered_after.tolist() == [True]
    assert kb.radius_in_cost_unit(800.0, "meters", 5.04) == 800.0
    assert kb.radius_in_cost_unit(840.0, "minutes", 5.04) == pytest.approx(10.0)  # 84 m a minute
    with pytest.raises(ValueError):
        kb.radius_in_cost_unit(0.0, "meters", 5.04)


def test_bad_values_are_refused():
    costs = line_costs(UX, CX)
    with pytest.raises(ValueError, match="dependants"):
        kb.choose_blocks(costs, [1.0, -1.0, 0.0], G, 1, 100.0)
    with pytest.raises(ValueError, match="caregivers"):
        kb.choose_blocks(costs, D, [np.nan, 1.0, 0.0], 1, 100.0)
    with pytest.raises(ValueError, match="priority"):
        kb.choose_blocks(costs, D, G, 1, 100.0, priority=[1.0, -2.0, 1.0])
    with pytest.raises(ValueError):
        kb.choose_blocks(costs, D, G, 4, 100.0)               # more blocks than candidates


def _random_instance(seed):
    rng = np.random.default_rng(seed)
    nu, nc, ne = int(rng.integers(6, 14)), int(rng.integers(3, 8)), int(rng.integers(0, 3))
    uxy = rng.uniform(0, 1000, (nu, 2))
    sxy = rng.uniform(0, 1000, (nc + ne, 2))
    costs = straight_line_costs(uxy, sxy, 300.0)
    dep = rng.integers(0, 20, nu).astype(float)
    care = rng.integers(0, 20, nu).astype(float)
    prio = rng.uniform(0, 3, nu)
    existing = np.r_[np.zeros(nc, bool), np.ones(ne, bool)]
    k = int(rng.integers(1, min(3, nc) + 1))
    return costs, dep, care, prio, existing, k


@pytest.mark.parametrize("seed", range(25))
def test_exact_equals_brute_force_and_beats_greedy(seed):
    costs, dep, care, prio, existing, k = _random_instance(seed)
    w = kb.block_weights(dep, care, prio)
    cand = np.flatnonzero(~existing)
    best = 0.0
    for combo in itertools.combinations(cand, k):
        mask = existing.copy()
        mask[list(combo)] = True
        best = max(best, kb.covered_weight(costs, w, mask, 300.0))
    exact = kb.choose_blocks(costs, dep, care, k, 300.0, priority=prio, existing=existing, solver="exact")
    greedy = kb.choose_blocks(costs, dep, care, k, 300.0, priority=prio, existing=existing, solver="greedy")
    assert exact.status == "optimal"
    assert exact.objective == pytest.approx(best, rel=1e-9, abs=1e-9)
    assert exact.objective >= greedy.objective - 1e-9
    # greedy's guarantee on a covering objective: at least (1 - 1/e) of the optimum gain
    base = exact.summary["weighted_before"]
    assert greedy.objective - base >= (1 - 1 / math.e) * (best - base) - 1e-9
    # coverage of both groups as defined: a unit counts with all its dependants and caregivers
    for res in (exact, greedy):
        assert res.summary["dependants_covered_after"] == pytest.approx(dep[res.covered_after].sum())
        assert res.summary["caregivers_covered_after"] == pytest.approx(care[res.covered_after].sum())
        assert np.all(existing[res.block_before[res.block_before >= 0]])
        assert len(set(res.chosen.tolist()) & set(np.flatnonzero(existing).tolist())) == 0


def test_alternates_go_to_the_nearest_anchor_within_the_radius():
    anchors = np.array([[0.0, 0.0], [1000.0, 0.0]])
    alts = np.array([[800.0, 0.0], [300.0, 400.0], [500.0, 0.0], [0.0, 801.0], [1000.0, 800.0]])
    idx, dist = kb.assign_alternates(anchors, alts, 800.0)
    # 800 m from anchor 0 and 200 m from anchor 1 -> 1; 500 m from 0; a tie at 500 m -> the
    # first anchor; 801 m is out; exactly 800 m is in
    assert idx.tolist() == [1, 0, 0, -1, 1]
    assert dist[[0, 1, 2, 4]].tolist() == [200.0, 500.0, 500.0, 800.0]
    assert np.isnan(dist[3])


@pytest.mark.parametrize("seed", range(10))
def test_every_alternate_is_within_the_radius_of_its_anchor(seed):
    rng = np.random.default_rng(seed)
    anchors = rng.uniform(0, 3000, (4, 2))
    alts = rng.uniform(0, 3000, (200, 2))
    idx, dist = kb.assign_alternates(anchors, alts, 800.0)
    got = idx >= 0
    d_all = np.hypot(alts[:, None, 0] - anchors[None, :, 0], alts[:, None, 1] - anchors[None, :, 1])
    assert np.all(np.hypot(*(alts[got] - anchors[idx[got]]).T) <= 800.0)
    assert np.allclose(dist[got], d_all[got].min(axis=1))          # the nearest anchor
    assert np.all(d_all[~got].min(axis=1) > 800.0)                 # none left out


def test_block_outline():
    v, buf = kb.block_outline([0, 10, 0, 10, 5], [0, 0, 10, 10, 5])
    assert buf == 0.0 and sorted(map(tuple, v.tolist())) == [(0, 0), (0, 10), (10, 0), (10, 10)]
    v, buf = kb.block_outline([3.0], [4.0])
    assert v.tolist() == [[3.0, 4.0]] and buf == kb.DEGENERATE_BUFFER_M
    v, buf = kb.block_outline([0, 5, 10], [0, 5, 10])                  # on one line
    assert sorted(map(tuple, v.tolist())) == [(0, 0), (10, 10)] and buf == kb.DEGENERATE_BUFFER_M
    v, buf = kb.block_outline([0, 0], [0, 0])                          # one building twice
    assert len(v) == 1 and buf > 0


def test_hours_freed_by_the_new_blocks():
    # block b (site 1) with 10 places open 40 h at substitution 0.5 frees 200 h a week,
    # shared by u1 (0 dependants) and u2 (8): all to u2; u0 is out of reach
    costs = line_costs(UX, CX)
    h = kb.hours_freed(costs, D, [1], 100.0, places=10.0, hours_open=40.0, substitution=0.5)
    assert h.tolist() == [0.0, 0.0, 200.0]
    # two blocks: a's 200 h go to u0 (u1 has no dependants)
    h = kb.hours_freed(costs, D, [0, 1], 100.0, places=10.0, hours_open=40.0, substitution=0.5)
    assert h.tolist() == [200.0, 0.0, 200.0]


def test_block_hours_freed_stay_on_the_block_that_frees_them():
    # an existing block at x = 0 is u0's nearest; new blocks b (1) and a (0): a's 200 h go to
    # u0's households, b's 200 h to u2's; c (2) and the existing block (3) free nothing
    costs = line_costs(UX, CX + [0.0])
    per_site = kb.block_hours_freed(costs, D, [1, 0], 100.0, places=10.0, hours_open=40.0, substitution=0.5)
    assert per_site.tolist() == [200.0, 200.0, 0.0, 0.0]
    per_unit = kb.hours_freed(costs, D, [1, 0], 100.0, places=10.0, hours_open=40.0, substitution=0.5)
    assert per_site.sum() == per_unit.sum()
    # a new block whose units have no dependants frees nothing
    assert kb.block_hours_freed(line_costs([150.0], [50.0]), [0.0], [0], 100.0).tolist() == [0.0]
