"""Pairs in chunks under a memory budget (issue 16 item 2): every accessibility method over
chunks equals the same method over the whole table to 1e-12, a tiny budget forces many
chunks, the progress never goes back, a cancel stops at the next block, the estimate."""
import numpy as np
import pytest
from caremap.kernels import chunks as kch
from caremap.kernels import costs as kc
from caremap.kernels import fca
from hypothesis import given, settings
from hypothesis import strategies as st

FIELDS = ("access", "access_norm", "catch_demand", "ratio", "cost_nearest")
INT_FIELDS = ("n_reachable", "covered", "nearest_idx")
DECAY = {"gravity": "gaussian", "3sfca": "gaussian", "m2sfca": "gaussian", "nearest": "linear"}


def data(seed, nd=600, ns=60, side=3000.0):
    rng = np.random.default_rng(seed)
    demand = rng.uniform(0, 50, nd)
    demand[:7] = 0  # units with no demand
    supply = rng.uniform(0, 20, ns)
    supply[:3] = 0  # facilities that offer no place
    return rng.uniform(0, side, (nd, 2)), rng.uniform(0, side, (ns, 2)), demand, supply


def assert_same(ref, got, rtol=1e-12):
    for f in FIELDS:
        a, b = getattr(ref, f), getattr(got, f)
        assert np.array_equal(np.isnan(a), np.isnan(b)), f
        ok = ~np.isnan(a)
        np.testing.assert_allclose(b[ok], a[ok], rtol=rtol, atol=1e-300, err_msg=f)
    for f in INT_FIELDS:
        assert np.array_equal(getattr(ref, f), getattr(got, f)), f
    assert got.mean_access == pytest.approx(ref.mean_access, rel=rtol)
    assert got.share_covered == pytest.approx(ref.share_covered, rel=rtol)


def minutes_table(dxy, sxy, radius_m, speed, detour=1.0):
    return kc.to_minutes(kc.straight_line_costs(dxy, sxy, radius_m, detour=detour), speed)


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("method", fca.METHODS)
def test_straight_chunks_equal_whole_table(method, seed):
    """Minutes at 5.04 km/h, a detour factor, a threshold: the kernel over StraightPairs
    (a tiny budget: many chunks) equals the kernel over straight_line_costs + to_minutes."""
    dxy, sxy, P, S = data(seed)
    f = kc.minutes_per_meter(5.04)
    radius, detour = 700.0, 1.3
    thr = radius * f
    ref = fca.accessibility(minutes_table(dxy, sxy, radius, 5.04, detour), P, S, method, DECAY.get(method, "step"),
                            None, thr)
    stream = kch.StraightPairs(dxy, sxy, radius, detour=detour, cost_scale=f, budget=30_000)
    n_chunks = sum(1 for _ in stream.chunks())
    assert n_chunks > 10
    got = fca.accessibility(stream, P, S, method, DECAY.get(method, "step"), None, thr)
    assert_same(ref, got)
    assert stream.report["pairs"] == kc.straight_line_costs(dxy, sxy, radius, detour=detour).n_pairs


@pytest.mark.parametrize("method", fca.METHODS)
def test_table_in_chunks_equals_whole_table(method):
    """Any table in chunks that split a unit's pairs (3SFCA then takes one more pass for
    its selection weights): the same results; the nearest's ties go to the lowest index."""
    dxy, sxy, P, S = data(5)
    dxy = np.round(dxy / 100) * 100  # ties in the costs
    sxy = np.round(sxy / 100) * 100
    table = kc.straight_line_costs(dxy, sxy, 800.0)
    table = kc.Costs(table.demand_idx, table.supply_idx, table.cost, table.n_demand, table.n_supply)  # no KD nearest
    rng = np.random.default_rng(0)
    perm = rng.permutation(table.n_pairs)  # a unit's pairs scattered over the chunks
    shuffled = kc.Costs(table.demand_idx[perm], table.supply_idx[perm], table.cost[perm], table.n_demand,
                        table.n_supply)
    ref = fca.accessibility(table, P, S, method, DECAY.get(method, "step"), None, 800.0)
    got = fca.accessibility(kch.CostsChunks(shuffled, 97), P, S, method, DECAY.get(method, "step"), None, 800.0)
    assert_same(ref, got)
    assert fca._passes(method, by_origin=False) == (3 if method == "3sfca" else 1 if method in (
        "nearest", "cumulative", "gravity") else 2)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), radius=st.floats(50, 3000), budget=st.integers(500, 200_000),
       method=st.sampled_from(fca.METHODS))
def test_any_budget_same_results(seed, radius, budget, method):
    dxy, sxy, P, S = data(seed, nd=200, ns=25, side=2000.0)
    ref = fca.accessibility(kc.straight_line_costs(dxy, sxy, radius), P, S, method, DECAY.get(method, "step"),
                            None, radius)
    got = fca.accessibility(kch.StraightPairs(dxy, sxy, radius, budget=budget), P, S, method,
                            DECAY.get(method, "step"), None, radius)
    assert_same(ref, got)


def test_hand_checked_2sfca_in_chunks():
    """Units at 0, 1000 and 5000 m, facilities at 500 (10 places) and 2000 m (6 places),
    1500 m: R1 = 10 / 300, R2 = 6 / 200; A = (1/30, 1/30 + 0.03, 0)."""
    dxy = np.array([[0.0, 0], [1000, 0], [5000, 0]])
    sxy = np.array([[500.0, 0], [2000, 0]])
    res = fca.accessibility(kch.StraightPairs(dxy, sxy, 1500.0, budget=1), [100.0, 200, 50], [10.0, 6],
                            "2sfca", threshold=1500.0)
    np.testing.assert_allclose(res.access, [1 / 30, 1 / 30 + 0.03, 0], rtol=1e-15)
    np.testing.assert_allclose(res.catch_demand, [300, 200])
    assert res.n_reachable.tolist() == [1, 2, 0] and res.nearest_idx.tolist() == [0, 0, -1]
    np.testing.assert_allclose(res.cost_nearest[:2], [500, 500])


def test_chunks_stay_under_the_budget():
    dxy, sxy, _, _ = data(3, nd=3000, ns=200)
    budget = 200_000
    stream = kch.StraightPairs(dxy, sxy, 600.0, budget=budget)
    sizes = [c.n_pairs for c in stream.chunks()]
    # brute force: every pair's distance, the inclusive limit
    d = np.hypot(dxy[:, None, 0] - sxy[None, :, 0], dxy[:, None, 1] - sxy[None, :, 1])
    bi, bj = np.nonzero(d <= 600.0)
    table = kc.Costs(bi, bj, d[bi, bj], len(dxy), len(sxy))
    assert sum(sizes) == table.n_pairs
    # a chunk is flushed once it holds chunk_pairs(budget); one block adds at most budget / 96 elements
    assert max(sizes) <= kch.chunk_pairs(budget) + budget // 96
    assert max(sizes) * kch.BYTES_PER_PAIR <= budget
    # every pair exactly once
    got = sorted(zip(*[np.concatenate([getattr(c, f) for c in stream.chunks()]).tolist()
                       for f in ("demand_idx", "supply_idx")], strict=True))
    assert got == sorted(zip(table.demand_idx.tolist(), table.supply_idx.tolist(), strict=True))
    whole = kc.straight_line_costs(dxy, sxy, 600.0)
    order = np.lexsort((whole.supply_idx, whole.demand_idx))
    assert np.array_equal(whole.demand_idx[order], bi) and np.array_equal(whole.supply_idx[order], bj)
    np.testing.assert_allclose(whole.cost[order], d[bi, bj], rtol=1e-15)


def test_pairs_on_the_limit_and_far_apart():
    """Inclusive limit (a 3-4-5 triangle at exactly 5 m), points far outside the grid's
    other cells, a detour: the pairs are the brute-force ones."""
    dxy = np.array([[0.0, 0], [3, 4], [1e5, 1e5], [1e5 + 3, 1e5]])
    sxy = np.array([[0.0, 0], [1e5, 1e5 + 4]])
    c = kc.straight_line_costs(dxy, sxy, 5.0)
    got = sorted(zip(c.demand_idx.tolist(), c.supply_idx.tolist(), c.cost.tolist(), strict=True))
    assert got == [(0, 0, 0.0), (1, 0, 5.0), (2, 1, 4.0), (3, 1, 5.0)]
    c = kc.straight_line_costs(dxy, sxy, 6.0, detour=1.2)  # 5 m x 1.2 = 6: still in
    assert sorted(zip(c.demand_idx.tolist(), c.cost.tolist(), strict=True)) == [
        (0, 0.0), (1, 6.0), (2, 4.8), (3, 6.0)]


@pytest.mark.parametrize("method", ["2sfca", "3sfca", "nearest"])
def test_progress_never_goes_back(method):
    dxy, sxy, P, S = data(4)
    seen = []

    def feedback(fraction):
        seen.append(fraction)
        return False

    stream = kch.CostsChunks(kc.straight_line_costs(dxy, sxy, 700.0), 300) if method == "3sfca" else \
        kch.StraightPairs(dxy, sxy, 700.0, budget=20_000)
    fca.accessibility(stream, P, S, method, threshold=700.0, feedback=feedback)
    assert len(seen) > 10
    assert all(b >= a for a, b in zip(seen, seen[1:])), seen
    assert 0 <= seen[0] and seen[-1] == 1.0


def test_stream_feedback_is_used_when_none_given():
    dxy, sxy, P, S = data(4)
    seen = []
    stream = kch.StraightPairs(dxy, sxy, 700.0, budget=20_000, feedback=lambda f: seen.append(f) or False)
    fca.accessibility(stream, P, S, "2sfca", threshold=700.0)
    assert seen and seen[-1] == 1.0


@pytest.mark.parametrize("stop_at", [1, 5, 40])
def test_cancel_stops_at_the_next_block(stop_at):
    """Once the callable says cancel, InterruptedError comes at that call: no block or chunk
    is processed after it (counted, not timed)."""
    dxy, sxy, P, S = data(6, nd=2000)
    calls = []

    def feedback(fraction):
        calls.append(fraction)
        return len(calls) >= stop_at

    with pytest.raises(InterruptedError):
        fca.accessibility(kch.StraightPairs(dxy, sxy, 700.0, budget=20_000), P, S, "2sfca", threshold=700.0,
                          feedback=feedback)
    assert len(calls) == stop_at


def test_cancel_checked_at_least_per_chunk():
    """Every chunk and every block is preceded by a call (so a cancel is seen within one
    chunk: at most MAX_CHUNK_PAIRS pairs, well under a second)."""
    dxy, sxy, _, _ = data(6, nd=2000)
    stream = kch.StraightPairs(dxy, sxy, 700.0, budget=20_000)
    calls = []
    n_chunks = sum(1 for _ in stream.chunks(lambda f: calls.append(f) or False))
    assert len(calls) >= n_chunks > 5
    assert kch.MAX_CHUNK_PAIRS * kch.SECONDS_PER_PAIR < 1.0


def test_estimate():
    dxy, sxy, _, _ = data(7, nd=1500, ns=100)
    exact = kc.straight_line_costs(dxy, sxy, 500.0, detour=1.2).n_pairs
    est = kch.estimate_pairs(dxy, sxy, 500.0, detour=1.2)
    assert est.pairs == exact  # every unit sampled
    assert est.nbytes == exact * kch.BYTES_PER_PAIR and est.seconds == exact * kch.SECONDS_PER_PAIR
    rng = np.random.default_rng(1)
    big = rng.uniform(0, 10_000, (50_000, 2))
    fac = rng.uniform(0, 10_000, (300, 2))
    exact = kc.straight_line_costs(big, fac, 800.0).n_pairs
    assert kch.estimate_pairs(big, fac, 800.0).pairs == pytest.approx(exact, rel=0.1)
    assert kch.estimate_pairs(big, fac, None).pairs == 50_000 * 300
    assert kch.estimate_pairs(big[:0], fac, 800.0).pairs == 0
    assert not kch.PairEstimate(10, 2000, 0).fits(1000)


def test_budget():
    assert kch.budget_bytes(None) == kch.budget_bytes(0) == kch.budget_bytes("x") == 2048 * 2**20
    assert kch.budget_bytes(100) == 100 * 2**20
    assert kch.chunk_pairs(1) == 1
    assert kch.chunk_pairs(10**12) == kch.MAX_CHUNK_PAIRS


def test_empty_and_bad():
    s = kch.StraightPairs(np.empty((0, 2)), [[0.0, 0]], 100.0)
    assert list(s.chunks()) == []
    res = fca.accessibility(kch.StraightPairs([[0.0, 0]], np.empty((0, 2)), 100.0), [5.0], [], "2sfca",
                            threshold=100.0)
    assert res.access.tolist() == [0.0] and res.n_reachable.tolist() == [0]
    with pytest.raises(ValueError):
        kch.StraightPairs([[0.0, 0]], [[1.0, 1]], None)
    with pytest.raises(ValueError):
        kch.StraightPairs([[0.0, 0]], [[1.0, 1]], 10.0, detour=0)


@pytest.mark.parametrize("method", ["g2sfca", "nearest"])
def test_all_pairs_progress_and_cancel(method):
    """Straight lines without a threshold (every pair, streamed in dense blocks): the
    progress never goes back and ends at 1; a cancel stops at the call that says so."""
    dxy, sxy, P, S = data(8, nd=3000, ns=100)
    seen = []
    costs = kc.AllPairs(dxy, sxy, feedback=lambda f: seen.append(f) or False)
    ref = fca.accessibility_all_pairs(dxy, sxy, P, S, method, "gaussian", 500.0)
    got = fca.accessibility(costs, P, S, method, "gaussian", 500.0)
    np.testing.assert_array_equal(got.access, ref.access)
    assert len(seen) > 2 and seen[-1] == 1.0 and all(b >= a for a, b in zip(seen, seen[1:]))
    calls = []
    with pytest.raises(InterruptedError):
        fca.accessibility(kc.AllPairs(dxy, sxy), P, S, method, "gaussian", 500.0,
                          feedback=lambda f: calls.append(f) or len(calls) >= 2)
    assert len(calls) == 2


def test_stream_rule():
    """Streamed when the table would not fit the budget or would hold more than one chunk."""
    small = kch.PairEstimate(1000, 1000 * kch.BYTES_PER_PAIR, 0)
    assert not kch.stream_pairs(small, 10**9)
    assert kch.stream_pairs(small, 1000)
    big = kch.PairEstimate(kch.MAX_CHUNK_PAIRS + 1, (kch.MAX_CHUNK_PAIRS + 1) * kch.BYTES_PER_PAIR, 0)
    assert kch.stream_pairs(big, 10**12)


@pytest.mark.parametrize("scale", [0.25, 1 / 3, 0.5, 1.0, 2.0, 16.0])
def test_every_cell_size_of_the_work_model_gives_the_same_pairs(monkeypatch, scale):
    """The grid's cells only select candidates: whatever side the work model picks (a
    fraction or a multiple of the search radius), the pairs and costs are the brute force's."""
    from caremap.kernels.chunks import StraightPairs

    rng = np.random.default_rng(11)
    d = rng.uniform(-3000, 3000, (400, 2))
    s = rng.uniform(-3000, 3000, (60, 2))
    r = 700.0
    monkeypatch.setattr(StraightPairs, "_cell_size", lambda self, lo, hi: self.r_search * scale)
    sp = StraightPairs(d, s, r, detour=1.1)
    got = sorted((int(i), int(j), float(c)) for part in sp.chunks()
                 for i, j, c in zip(part.demand_idx, part.supply_idx, part.cost))
    dist = 1.1 * np.hypot(d[:, None, 0] - s[None, :, 0], d[:, None, 1] - s[None, :, 1])
    ii, jj = np.nonzero(dist <= r)
    want = sorted((int(i), int(j), float(dist[i, j])) for i, j in zip(ii, jj))
    assert [(i, j) for i, j, _ in got] == [(i, j) for i, j, _ in want]
    np.testing.assert_allclose([c for *_, c in got], [c for *_, c in want], rtol=1e-12)


def test_the_work_model_picks_large_cells_for_sparse_facilities():
    """50,000 units x 1,000 facilities within 840 m over 15 km: a cell of about the radius or
    more (few Python iterations), never the quarter radius the grid used before."""
    from caremap.kernels.chunks import StraightPairs

    rng = np.random.default_rng(0)
    sp = StraightPairs(rng.uniform(0, 15000, (50000, 2)), rng.uniform(0, 15000, (1000, 2)), 840.0)
    assert sp.q == 1
