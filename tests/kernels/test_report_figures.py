"""Key figures of the dock and the report (kernels.summaries.key_figures), hand-computed
on a tiny layer, and the degenerate cases that must give plain words, never NaN."""
import math

import numpy as np
import pytest
from caremap.kernels import summaries
from hypothesis import given, settings
from hypothesis import strategies as st

# four units: one with NULL demand, one that reaches nothing within the search limit
DEMAND = [10.0, 30.0, 60.0, np.nan]
COST = [5.0, 25.0, np.nan, 3.0]
ACCESS = [0.5, 0.1, 0.0, 0.2]
DESERT = [0, 1, 1, 0]


def test_key_figures_hand_computed():
    k = summaries.key_figures(DEMAND, cost=COST, threshold=20, access=ACCESS, target=0.25, desert=DESERT)
    assert k["units"] == 4 and k["units_null_demand"] == 1 and k["people"] == 100.0
    assert k["reach_basis"] == "cost"
    assert k["people_within"] == 10.0  # unit 0; unit 3 is within but its demand is NULL
    assert k["people_beyond"] == 30.0 and k["people_unreachable"] == 60.0 and k["units_unreachable"] == 1
    assert k["share_within"] == pytest.approx(0.1) and k["share_beyond"] == pytest.approx(0.9)
    # places within reach a D: 5 + 3 + 0 = 8; one place per person: 5 + 27 + 60 without one
    assert k["places"] == pytest.approx(8.0) and k["places_per_person"] == pytest.approx(0.08)
    assert k["people_without_place"] == pytest.approx(92.0)
    # target 0.25: needed 2.5 + 7.5 + 15 = 25; missing 0 (unit 0 has a surplus) + 4.5 + 15
    assert k["places_needed"] == pytest.approx(25.0) and k["places_missing"] == pytest.approx(19.5)
    assert k["desert_units"] == 2 and k["people_in_deserts"] == 90.0 and k["desert_share"] == pytest.approx(0.9)
    assert k["no_demand"] is False and k["no_capacity"] is False


def test_places_missing_follows_the_target():
    low = summaries.key_figures(DEMAND, access=ACCESS, target=0.1)
    high = summaries.key_figures(DEMAND, access=ACCESS, target=1.0)
    # 0.1: 1 - 5 -> 0, 3 - 3 -> 0, 6 - 0 -> 6; 1.0: 5 + 27 + 60 (= one place per person)
    assert low["places_missing"] == pytest.approx(6.0) and high["places_missing"] == pytest.approx(92.0)
    assert summaries.key_figures(DEMAND, access=ACCESS)["places_missing"] is None  # no target, no figure


def test_no_demand_and_no_capacity_give_none_never_nan():
    k = summaries.key_figures([0.0, 0.0], cost=[1.0, 50.0], threshold=20, access=[0.0, 0.0], target=0.3,
                              desert=[0, 0])
    assert k["no_demand"] is True and k["people"] == 0.0
    for name in ("share_within", "share_beyond", "places_per_person", "desert_share"):
        assert k[name] is None, name
    assert k["no_capacity"] is False  # no demand is said first
    k = summaries.key_figures([5.0, 5.0], access=[0.0, 0.0], target=0.3)
    assert k["no_capacity"] is True and k["places"] == 0.0 and k["places_missing"] == pytest.approx(3.0)
    for k in (summaries.key_figures([np.nan], cost=[np.nan], threshold=20, access=[np.nan]),
              summaries.key_figures([]), summaries.key_figures([1.0], cost=[np.inf], threshold=5)):
        for v in k.values():
            assert not (isinstance(v, float) and not math.isfinite(v)), k


def test_key_figures_refuse_bad_arrays():
    with pytest.raises(ValueError, match="demand"):
        summaries.key_figures([-1.0])
    with pytest.raises(ValueError, match="threshold"):
        summaries.key_figures([1.0], cost=[1.0], threshold=float("nan"))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.floats(0, 100), st.just(float("nan"))), st.floats(0, 500)),
                min_size=1, max_size=30), st.floats(0, 120))
def test_within_beyond_unreachable_add_up_and_match_the_coverage_curve(rows, t):
    cost = np.array([r[0] for r in rows])
    demand = np.array([r[1] for r in rows])
    k = summaries.key_figures(demand, cost=cost, threshold=t)
    assert math.isclose(k["people_within"] + k["people_beyond"] + k["people_unreachable"], k["people"],
                        rel_tol=1e-9, abs_tol=1e-6)
    _, curve = summaries.coverage_curve(cost, demand, [t])
    if k["people"] > 0:
        assert math.isclose(curve[0], k["share_within"], rel_tol=1e-9, abs_tol=1e-12)
    else:
        assert k["share_within"] is None


def test_concentration_in_groups():
    values = np.array([50.0, 20.0, 10.0, 10.0, 10.0, 5.0])
    codes = np.array([0, 1, 2, 3, 4, -1])
    k, held, idx = summaries.concentration_in_groups(values, codes, 5, 0.7)
    # totals A50 B20 C10 D10 E10 and 5 in no group, of 105: A+B = 70/105 < 0.7, A+B+C = 80/105
    assert k == 3 and math.isclose(held, 80 / 105) and idx == [0, 1, 2]
    # without the 5 outside: A+B = 70/100
    k, held, idx = summaries.concentration_in_groups(values[:5], codes[:5], 5, 0.7)
    assert k == 2 and math.isclose(held, 0.7) and idx == [0, 1]
    # most outside every group: all the groups with a value hold 20 of 100, never "70%"
    k, held, idx = summaries.concentration_in_groups([10.0, 10.0, 0.0, 80.0], [0, 1, 2, -1], 3, 0.7)
    assert k == 2 and math.isclose(held, 0.2) and idx == [0, 1]
    assert summaries.concentration_in_groups([0.0], [0], 1) == (0, None, [])
    assert summaries.concentration_in_groups([5.0], [-1], 1) == (0, None, [])


@pytest.mark.parametrize("v, expected", [
    # the ticks of a 2.5 step keep their half: 12.5 reads 12.5, never 13 (beside 10 and 15)
    (12.5, (12.5, "g", 3)), (17.5, (17.5, "g", 3)), (0.125, (0.125, "g", 3)), (1.75, (1.75, "g", 3)),
    (1_250_000.0, (1.25, "f", 2)), (-12.5, (-12.5, "g", 3)),
    # a value that is no exact half keeps two significant digits / one decimal of millions
    (12.345, (12.345, "g", 2)), (7.5, (7.5, "g", 2)), (2_340_000.0, (2.34, "f", 1)),
    # 99.7 with two significant digits is 1e+02: the whole number instead
    (99.7, (100.0, "f", 0)),
])
def test_compact_number_never_rounds_a_tick_away(v, expected):
    from caremap.kernels.classify import compact_number

    got = compact_number(v, "en")
    assert got[1:3] == expected[1:] and got[0] == pytest.approx(expected[0])


def test_every_tick_of_a_nice_axis_is_written_exactly():
    from caremap.kernels.classify import compact_number, nice_axis

    for top in (0.012, 0.12, 1.2, 12.0, 35.0, 1.2e6, 1.7e6, 14.0, 99.0):
        for t in nice_axis(top, 5):
            value, form, digits, _ = compact_number(t)
            written = float(f"{value:.{digits}{form}}")
            scale = 1e6 if abs(t) >= 1e6 else 1e3 if abs(t) >= 1e5 else 1.0
            assert math.isclose(written * scale, t, rel_tol=1e-9, abs_tol=1e-12), (top, t, written)
