"""Key figures of the report, hand-computed."""
import math

import numpy as np
from caremap.kernels import report, summaries
from hypothesis import given, settings
from hypothesis import strategies as st


def test_share_beyond_inclusive_and_unreachable():
    cost = np.array([10.0, 20.0, 20.0001, np.nan])
    demand = np.array([1.0, 2.0, 3.0, 4.0])
    # 20 is inside (inclusive); 20.0001 and unreachable are beyond: (3 + 4) / 10
    assert report.share_beyond(cost, demand, 20.0) == 0.7
    assert math.isnan(report.share_beyond(cost, np.zeros(4), 20.0))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(0, 100), min_size=1, max_size=30), st.floats(0, 120))
def test_share_beyond_is_the_complement_of_the_dock_coverage_curve(costs, t):
    cost = np.array(costs)
    demand = np.ones_like(cost)
    _, curve = summaries.coverage_curve(cost, demand, [t])
    assert math.isclose(curve[0] + report.share_beyond(cost, demand, t), 1.0)


def test_concentration_in_groups():
    values = np.array([50.0, 20.0, 10.0, 10.0, 10.0, 5.0])
    groups = np.array(["A", "B", "C", "D", "E", None], dtype=object)
    k, held, names = report.concentration_in_groups(values, groups, 0.7)
    # totals A50 B20 C10 D10 E10 (the None group is left out): A+B = 70/100
    assert k == 2 and math.isclose(held, 0.7) and names == ["A", "B"]


def test_key_figures():
    fig = report.key_figures(
        demand=np.array([10.0, 30.0, 60.0]), cost=np.array([5.0, 25.0, np.nan]), threshold=20,
        unmet=np.array([0.0, 10.0, 60.0]), desert=np.array([0, 1, 1]),
        groups=np.array(["x", "y", "y"], dtype=object), covered=np.array([1, 0, 0]))
    assert fig["total_demand"] == 100 and math.isclose(fig["share_beyond"], 0.9)
    assert fig["covered"] == 10 and fig["unmet"] == 70
    assert fig["desert_units"] == 2 and fig["desert_demand"] == 90 and math.isclose(fig["desert_share"], 0.9)
    assert fig["unmet_groups_k"] == 1 and fig["unmet_groups"] == ["y"]


def test_district_codes():
    labels, codes = report.district_codes(np.array(["b", "a", "b", None], dtype=object))
    assert labels == ["a", "b"] and codes.tolist() == [1, 0, 1, -1]
