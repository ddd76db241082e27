"""kernels.classify: rounded quantile class breaks and round chart ticks, by hand."""
import numpy as np
import pytest
from caremap.kernels.classify import class_breaks, nice_axis, nice_step


def test_breaks_are_rounded_to_the_spread_and_cover_every_value():
    # spread 0.47 -> two decimals; quintiles of 0.0267..0.5 by hand
    v = np.array([0.0267, 0.05, 0.1099, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.4967])
    edges, counts, d = class_breaks(v, 5)
    assert d == 2
    q = np.quantile(v, [0.2, 0.4, 0.6, 0.8])  # 0.0981.., 0.22, 0.32, 0.41
    assert edges.tolist() == [0.02] + np.round(q, 2).tolist() + [0.5]
    assert counts.sum() == v.size and (counts > 0).all()
    assert edges[0] <= v.min() and edges[-1] >= v.max()


def test_equal_quantiles_merge_and_empty_classes_go():
    # 100 in most units: quantile breaks 100, 100, 100 collapse into one
    v = np.array([0, 5, 100, 100, 100, 100, 100, 100, 100, 100, 120.0])
    edges, counts, d = class_breaks(v, 5)
    assert d == 0
    assert len(set(edges.tolist())) == edges.size  # no "100 - 100"
    assert (counts > 0).all() and counts.sum() == v.size
    assert edges.tolist() == [0.0, 100.0, 120.0]  # spread 120 -> tens; [0,100] holds 0,5 and the 100s
    assert counts.tolist() == [10, 1]


def test_all_equal_and_all_null():
    edges, counts, _ = class_breaks([0.0, 0.0, np.nan], 5)
    assert edges.tolist() == [0.0, 0.0] and counts.tolist() == [2]  # one class, not "0.000 - 0.000" x5
    edges, counts, _ = class_breaks([np.nan], 5)
    assert edges.size == 0 and counts.size == 0
    with pytest.raises(ValueError):
        class_breaks([1.0], 0)


def test_all_equal_class_holds_the_values():
    # the map's renderer draws a value only inside [lower, upper]: a rounded edge 0.123
    # would leave every unit of value 0.123456 undrawn
    v = [0.123456] * 3
    edges, counts, d = class_breaks(v, 5)
    assert edges[0] <= min(v) and edges[-1] >= max(v) and counts.tolist() == [3]
    assert d == 3  # printed 0.123


def test_large_values_round_to_tens():
    v = np.arange(0, 1201, 1.0)  # spread 1200 -> hundreds (decimals -2, printed with 0)
    edges, counts, d = class_breaks(v, 4)
    assert d == 0
    assert edges.tolist() == [0, 300, 600, 900, 1200]
    assert counts.tolist() == [301, 300, 300, 300]


def test_nice_ticks():
    assert nice_step(21273) == 5000  # not 7091 / 14k / 21k
    assert nice_axis(21273).tolist() == [0, 5000, 10000, 15000, 20000, 25000]
    assert nice_step(1.0) == 0.2
    assert nice_axis(0.9).tolist() == pytest.approx([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    assert nice_axis(0).tolist() == [0, 1]
    assert nice_axis(float("nan")).tolist() == [0, 1]
    for top in (3.3, 47, 133, 999, 12345):
        t = nice_axis(top)
        assert t[-1] >= top and len(t) - 1 <= 6 and t[-2] < top
