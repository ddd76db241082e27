"""Straight-line and OD-table costs."""
import numpy as np
import pytest
from caremap.kernels.costs import (
    Costs,
    minutes_to_meters,
    od_table_costs,
    straight_line_costs,
    to_minutes,
)


def _dense(c):
    m = np.full((c.n_demand, c.n_supply), np.nan)
    m[c.demand_idx, c.supply_idx] = c.cost
    return m


def test_inclusive_boundary_and_zero_cost():
    dem = np.array([[0.0, 0.0], [10.0, 10.0]])
    sup = np.array([[3.0, 4.0], [0.0, 0.0], [3.0, 4.0000001]])
    c = straight_line_costs(dem, sup, 5.0)
    m = _dense(c)
    assert m[0, 0] == 5.0           # exactly at the threshold: inside
    assert m[0, 1] == 0.0           # coincident: a real zero cost
    assert np.isnan(m[0, 2])        # just beyond: outside
    assert np.isnan(m[1]).all()
    assert c.n_pairs == 2


def test_matches_brute_force_and_detour():
    rng = np.random.default_rng(1)
    dem = rng.uniform(0, 1000, (300, 2))
    sup = rng.uniform(0, 1000, (40, 2))
    full = np.hypot(dem[:, None, 0] - sup[None, :, 0], dem[:, None, 1] - sup[None, :, 1])
    for detour in (1.0, 1.3):
        c = straight_line_costs(dem, sup, 150.0, detour=detour, chunk=64)
        m = _dense(c)
        want = np.where(full * detour <= 150.0, full * detour, np.nan)
        np.testing.assert_allclose(m, want, rtol=1e-12)
    dense = straight_line_costs(dem, sup, None)
    assert dense.n_pairs == 300 * 40
    np.testing.assert_allclose(_dense(dense), full, rtol=1e-12)


def test_empty_and_bad_input():
    c = straight_line_costs(np.zeros((0, 2)), np.ones((3, 2)), 10)
    assert c.n_pairs == 0 and c.n_demand == 0 and c.n_supply == 3
    with pytest.raises(ValueError):
        straight_line_costs(np.ones((2, 3)), np.ones((3, 2)), 10)
    with pytest.raises(ValueError):
        straight_line_costs(np.array([[np.nan, 0]]), np.ones((3, 2)), 10)


def test_within_inclusive():
    c = Costs([0, 0, 1], [0, 1, 0], [1.0, 2.0, 3.0], 2, 2)
    assert c.within(2.0).n_pairs == 2
    assert c.within(None) is c


def test_od_table_string_ids_duplicates_unknown():
    c = od_table_costs(
        origin_ids=["a", "b", "b", "zz", "a", "c"],
        dest_ids=["X", "X", "X", "X", "nope", "Y"],
        cost=[5.0, 7.0, 6.0, 1.0, 2.0, np.nan],
        demand_ids=["c", "b", "a"], supply_ids=["Y", "X"], max_cost=6.0)
    m = _dense(c)
    assert m[2, 1] == 5.0  # a -> X
    assert m[1, 1] == 6.0  # b -> X, smallest of duplicates, inclusive limit
    assert c.n_pairs == 2
    assert c.report["unknown_origin"] == 1
    assert c.report["unknown_dest"] == 1
    assert c.report["null_cost"] == 1


def test_od_table_numeric_ids_from_text():
    c = od_table_costs(["1", "2.0", 3], [10, "10", "11"], [1.0, 2.0, 3.0],
                       demand_ids=[3, 2, 1], supply_ids=[11.0, 10.0])
    m = _dense(c)
    assert m[2, 1] == 1.0 and m[1, 1] == 2.0 and m[0, 0] == 3.0


def test_od_table_mixed_kinds_and_errors():
    c = od_table_costs([1, 2], ["A", "B"], [1.0, 2.0], demand_ids=["1", "x"], supply_ids=["A", "B"])
    assert c.n_pairs == 1 and _dense(c)[0, 0] == 1.0
    with pytest.raises(ValueError, match="negative"):
        od_table_costs([1], [1], [-1.0], [1], [1])
    with pytest.raises(ValueError, match="not unique"):
        od_table_costs([1], [1], [1.0], [1, 1], [1])


def test_minutes():
    assert to_minutes(np.array([84.0]), 5.04)[0] == pytest.approx(1.0)
    c = to_minutes(Costs([0], [0], [1000.0], 1, 1), 60.0)
    assert c.cost[0] == pytest.approx(1.0)
    assert minutes_to_meters(1.0, 5.04) == pytest.approx(84.0)
    with pytest.raises(ValueError):
        to_minutes(np.ones(2), 0)


def test_cancel_callback():
    seen = []

    def cb(fraction):
        seen.append(fraction)
        return len(seen) > 1

    with pytest.raises(InterruptedError):
        straight_line_costs(np.zeros((10, 2)), np.ones((2, 2)), 5.0, chunk=3, feedback=cb)
    assert seen == [0.0, 0.3]


def test_nearest_from_tree_matches_pairs():
    from caremap.kernels.fca_methods import nearest

    rng = np.random.default_rng(4)
    dem, sup = rng.uniform(0, 1000, (500, 2)), rng.uniform(0, 1000, (30, 2))
    c = straight_line_costs(dem, sup, 120.0, detour=1.1)
    assert "nearest" in c.report
    plain = Costs(c.demand_idx, c.supply_idx, c.cost, c.n_demand, c.n_supply)
    for cc, pp in ((c, plain), (c.within(60.0), plain.within(60.0))):
        a, ia = nearest(cc)
        b, ib = nearest(pp)
        np.testing.assert_allclose(a, b, rtol=1e-12)
        assert ia.tolist() == ib.tolist()
        assert np.isnan(a).sum() > 0


def test_minutes_keep_nearest_consistent():
    from caremap.kernels.fca_methods import nearest

    c = to_minutes(straight_line_costs(np.array([[0.0, 0.0]]), np.array([[84.0, 0.0]]), 100.0), 5.04)
    assert nearest(c)[0][0] == pytest.approx(1.0) and c.cost[0] == pytest.approx(1.0)


# ---- one unit factor, one walking rule, the search limit (each fails if its constant moves)
def test_unit_factor_is_one_formula():
    from caremap.kernels.costs import cost_in_minutes, minutes_per_meter

    assert minutes_per_meter(6.0) == pytest.approx(0.01)  # 6 km/h = 100 m per minute
    assert minutes_per_meter(5.04) == pytest.approx(1 / 84)  # 1.4 m/s
    np.testing.assert_allclose(minutes_per_meter(np.array([6.0, 60.0])), [0.01, 0.001])
    assert minutes_to_meters(17.0, 6.0) == pytest.approx(1700.0)
    np.testing.assert_allclose(cost_in_minutes([1700.0, 1000.0], "meters", np.array([6.0, 60.0])), [17.0, 1.0])
    for bad in (0.0, -1.0, np.nan, np.inf):
        with pytest.raises(ValueError):
            minutes_per_meter(bad)
    with pytest.raises(ValueError, match="speed"):
        cost_in_minutes([1.0], "meters", np.array([np.nan]))


def test_walking_rule():
    from caremap.kernels.costs import WALK_MAX_KMH, is_walking

    assert WALK_MAX_KMH == 6.0
    assert is_walking(5.04) and is_walking(6.0)
    assert not is_walking(6.01)
    assert not is_walking(5.0, speed_per_road=True)  # a speed field or table: not a walk


def test_walk_to_street_speed_rule():
    from caremap.kernels.costs import WALK_SPEED_KMH, walk_to_street_kmh

    assert walk_to_street_kmh(3.0) == 3.0            # a slow walk is slow to the street too
    assert walk_to_street_kmh(6.0) == 6.0            # any walking speed (<= 6 km/h) is its own
    assert walk_to_street_kmh(30.0) == WALK_SPEED_KMH == 5.04  # by car or bicycle: walked
    assert walk_to_street_kmh(6.01) == 5.04
    for bad in (0.0, -1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError):
            walk_to_street_kmh(bad)


def test_search_limit_rule():
    from caremap.kernels.costs import search_limit

    assert search_limit(15.0, "minutes") == 60.0           # floor 60 minutes
    assert search_limit(10.0, "minutes") == 60.0           # floor above 4 x THRESHOLD
    assert search_limit(20.0, "minutes") == 80.0           # 4 x THRESHOLD
    assert search_limit(1000.0, "meters") == 5000.0        # floor 5,000 m
    assert search_limit(2000.0, "meters") == 8000.0
    assert search_limit(15.0, "minutes", given=30.0) == 30.0
    assert search_limit(15.0, "minutes", given=10.0) == 15.0  # never below the threshold
    assert search_limit(None, "minutes") is None              # no threshold: no limit
    assert search_limit(None, "meters", given=900.0) == 900.0
    with pytest.raises(ValueError):
        search_limit(10.0, "hours")


def test_straight_line_nearest_beyond_threshold():
    from caremap.kernels.costs import straight_line_nearest

    dem = np.array([[0.0, 0.0], [0.0, 100.0], [9000.0, 0.0]])
    sup = np.array([[1700.0, 0.0], [5000.0, 0.0]])
    # a pair table within 1500 m has nothing for unit 0, but the nearest is 1700 m away
    assert straight_line_costs(dem[:1], sup, 1500.0).n_pairs == 0
    c, i = straight_line_nearest(dem, sup, 6000.0)
    assert c[0] == pytest.approx(1700.0) and i[0] == 0
    assert c[1] == pytest.approx(np.hypot(1700.0, 100.0))
    assert c[2] == pytest.approx(4000.0) and i[2] == 1
    c, i = straight_line_nearest(dem, sup, 1700.0, detour=1.0)  # inclusive limit
    assert c[0] == pytest.approx(1700.0) and np.isnan(c[1]) and i[1] == -1
    c, _ = straight_line_nearest(dem, sup, None, detour=1.2)
    assert c[0] == pytest.approx(2040.0)
    c, i = straight_line_nearest(dem, np.empty((0, 2)), None)
    assert np.isnan(c).all() and (i == -1).all()
