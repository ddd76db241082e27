"""Kernels behind the pair-table consumers under the memory budget (issue 16 item 2): the
estimates of several tables at once and of a table given whole, unpaid care's hours freed
over pairs in chunks, and the cap of public transport's walks of the whole way (leaving
out the longer walks changes no cost at or below the caller's limit)."""
import numpy as np
import pytest
from caremap.kernels import chunks as kchunks
from caremap.kernels import transit as ktransit
from caremap.kernels import unpaid as kunpaid
from caremap.kernels.costs import Costs, straight_line_costs


def test_combined_and_table_estimates_by_hand():
    a = kchunks.PairEstimate(100.0, 6400.0, 6e-6)
    b = kchunks.PairEstimate(50.0, 3200.0, 3e-6)
    est = kchunks.combine_estimates([a, b], dense_cells=1000)
    assert est.pairs == 150.0
    assert est.nbytes == 150 * 64 + 1000 * 8  # the pairs, and a dense table of float64
    assert est.seconds == pytest.approx(150 * 6e-8)
    t = kchunks.table_estimate(3000)
    assert (t.pairs, t.nbytes) == (3000.0, 192_000.0)
    assert not t.fits(191_999) and t.fits(192_000)
    assert kchunks.table_estimate(-1).pairs == 0.0


@pytest.mark.parametrize("max_pairs", [1, 7, 50, 10_000])
def test_hours_freed_in_chunks_equals_the_whole_table(max_pairs):
    rng = np.random.default_rng(11)
    dxy, sxy = rng.uniform(0, 2000, (120, 2)), rng.uniform(0, 2000, (9, 2))
    costs = straight_line_costs(dxy, sxy, 600.0)
    demand = rng.uniform(0, 20, 120)
    demand[[3, 17]] = np.nan  # unknown demand: NaN out, no share
    places, hours = rng.uniform(1, 30, 9), rng.uniform(5, 60, 9)
    whole = kunpaid.hours_freed(costs, demand, places, hours, 0.4, threshold=450.0, unpaid_weekly=demand * 3)
    seen = []
    stream = kchunks.CostsChunks(costs, max_pairs, feedback=lambda f: seen.append(f) or False)
    part = kunpaid.hours_freed(stream, demand, places, hours, 0.4, threshold=450.0, unpaid_weekly=demand * 3)
    np.testing.assert_allclose(part.freed_hours, whole.freed_hours, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(part.freed_share, whole.freed_share, rtol=1e-12, atol=1e-12)
    assert part.undistributed == pytest.approx(whole.undistributed, rel=1e-12)
    assert np.isnan(part.freed_hours[[3, 17]]).all()
    assert seen == sorted(seen) and seen[-1] <= 1.0  # two passes, progress never back
    # by hand on the whole table: every hour offered is freed somewhere or undistributed
    S = places * hours * 0.4
    assert np.nansum(whole.freed_hours) + whole.undistributed == pytest.approx(S.sum(), rel=1e-12)


def test_hours_freed_stream_cancel():
    costs = straight_line_costs(np.zeros((5, 2)), np.ones((3, 2)), 10.0)
    stream = kchunks.CostsChunks(costs, 2, feedback=lambda f: True)
    with pytest.raises(InterruptedError):
        kunpaid.hours_freed(stream, np.ones(5), 1.0, 10.0, 0.5)


@pytest.mark.parametrize("window", [0, 1, 2, 5, 10, 59])
@pytest.mark.parametrize("percentile", [0, 10, 35, 50, 55, 80, 99.5, 100])
def test_direct_walk_cap_changes_no_cost_within_the_limit(window, percentile):
    """Times per minute min(ride, walk): with the walks beyond the cap left out (inf), every
    percentile at or below the limit is the same, bit for bit, and every one above it stays
    above it."""
    rng = np.random.default_rng(window * 1000 + int(percentile * 10))
    n, limit = window + 1, 30.0
    rides = rng.uniform(5, 80, (4000, n))
    rides[rng.random((4000, n)) < 0.3] = np.inf  # minutes without a bus
    rides[:600] = np.inf  # no bus at all: walking the whole way decides
    walk = rng.uniform(0, 300, (4000, 1))
    walk[:200] = rng.uniform(limit, 2.5 * limit, (200, 1))  # near the cap, beyond the limit
    cap = ktransit.direct_walk_cap(limit, percentile, window)
    assert cap >= limit
    every = ktransit.percentile_minutes(np.minimum(rides, walk), percentile)
    capped = ktransit.percentile_minutes(np.minimum(rides, np.where(walk <= cap, walk, np.inf)), percentile)
    inside = every <= limit
    assert inside.sum() > 100 and (~inside).sum() > 100
    np.testing.assert_array_equal(capped[inside], every[inside])
    assert np.all(capped[~inside] > limit)
    # the cap is the limit when one order statistic is read (the router's exact limit too)
    if ktransit.exact_max_minutes(limit, percentile, window) is not None:
        assert cap == pytest.approx(limit, rel=1e-8)
    assert ktransit.direct_walk_cap(None, percentile, window) is None


def test_direct_walk_cap_by_hand():
    # 2 minutes, median: half of each time, so a walk of up to 2 x the limit can matter
    assert ktransit.direct_walk_cap(30.0, 50, 1) == pytest.approx(60.0, rel=1e-8)
    # 11 minutes, 35th percentile: virtual index 3.5, weight 0.5 -> 60
    assert ktransit.direct_walk_cap(30.0, 35, 10) == pytest.approx(60.0, rel=1e-8)
    # 8 minutes, 80th percentile: virtual index 5.6, weight 0.6 -> 50
    assert ktransit.direct_walk_cap(30.0, 80, 7) == pytest.approx(50.0, rel=1e-8)
    # one minute, or the maximum: the limit itself
    assert ktransit.direct_walk_cap(30.0, 50, 0) == pytest.approx(30.0, rel=1e-8)
    assert ktransit.direct_walk_cap(30.0, 100, 9) == pytest.approx(30.0, rel=1e-8)
    # a counter-example to capping at the limit itself: times (20, 70 walked) -> median 45
    t = np.array([[20.0, 70.0]])
    assert ktransit.percentile_minutes(t, 50)[0] == 45.0
    assert ktransit.percentile_minutes(np.array([[20.0, np.inf]]), 50)[0] == np.inf


def test_costs_within_are_streamed_in_chunks_unchanged():
    """CostsChunks (the tests' stream) gives every pair once."""
    c = Costs(np.array([0, 1, 1]), np.array([0, 0, 1]), np.array([1.0, 2.0, 3.0]), 2, 2)
    parts = list(kchunks.CostsChunks(c, 2).chunks())
    assert [p.n_pairs for p in parts] == [2, 1]
    assert np.concatenate([p.cost for p in parts]).tolist() == [1.0, 2.0, 3.0]
