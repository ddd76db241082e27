"""Care gaps: coverage, unmet demand, shortfall, surplus, district sums."""
import numpy as np
import pytest
from caremap.kernels.gaps import care_gaps, district_gaps
from hypothesis import given, settings
from hypothesis import strategies as st


def test_hand_computed_units():
    D = np.array([30.0, 10, 0, 9])
    S = np.array([6.0, 12, 5, 3])
    g = care_gaps(D, S, target_ratio=1 / 3)
    np.testing.assert_allclose(g["coverage"][[0, 1, 3]], [20, 120, 100 / 3])
    assert np.isnan(g["coverage"][2])
    np.testing.assert_allclose(g["unmet"], [24, 0, 0, 6])
    np.testing.assert_allclose(g["required"], [10, 10 / 3, 0, 3])
    np.testing.assert_allclose(g["shortfall"], [4, 0, 0, 0])
    np.testing.assert_allclose(g["surplus"], [0, 12 - 10 / 3, 5, 0])
    assert g["below_target"].tolist() == [1, 0, 0, 0]  # S == required is on target


def test_no_target_fields_without_target():
    g = care_gaps([1, 2], [0, 0])
    assert set(g) == {"coverage", "unmet"}


def test_district_sums():
    D = np.array([30.0, 10, 0, 9])
    S = np.array([6.0, 12, 5, 3])
    g = care_gaps(D, S, target_ratio=0.5)
    s = district_gaps(D, S, g, np.array([0, 0, 1, 1]))
    assert s["units"].tolist() == [2, 2]
    np.testing.assert_allclose(s["demand"], [40, 9])
    np.testing.assert_allclose(s["places"], [18, 8])
    np.testing.assert_allclose(s["coverage"], [45, 800 / 9])
    np.testing.assert_allclose(s["unmet"], [24, 6])
    np.testing.assert_allclose(s["shortfall"], [9, 1.5])
    assert s["units_below_target"].tolist() == [1, 1]
    np.testing.assert_allclose(s["people_below_target"], [30, 9])


def test_all_zero_demand():
    g = care_gaps(np.zeros(3), np.array([1.0, 0, 2]), target_ratio=1.0)
    assert np.isnan(g["coverage"]).all()
    assert g["unmet"].sum() == 0 and g["below_target"].sum() == 0
    s = district_gaps(np.zeros(3), [1, 0, 2], g, [0, 0, 0])
    assert np.isnan(s["coverage"][0])


def test_bad_input():
    with pytest.raises(ValueError, match=">= 0"):
        care_gaps([1, -1], [0, 0])
    with pytest.raises(ValueError, match="NaN"):
        care_gaps([1, 1], [0, np.nan])
    with pytest.raises(ValueError, match="target"):
        care_gaps([1, 1], [0, 0], target_ratio=0)
    with pytest.raises(ValueError, match="2 values"):
        care_gaps([1, 1], [0])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1e5), st.floats(0, 1e5)), min_size=1, max_size=30),
       st.floats(0.01, 2))
def test_identities(pairs, r):
    D = np.array([p[0] for p in pairs])
    S = np.array([p[1] for p in pairs])
    g = care_gaps(D, S, r)
    # unmet - over-supply = D - S ; shortfall - surplus = rD - S
    np.testing.assert_allclose(g["unmet"] - np.maximum(0, S - D), D - S, atol=1e-6)
    np.testing.assert_allclose(g["shortfall"] - g["surplus"], r * D - S, rtol=1e-9, atol=1e-6)
    assert ((g["shortfall"] > 0) == (g["below_target"] == 1)).all()
    s = district_gaps(D, S, g, np.arange(D.size) % 3)
    np.testing.assert_allclose(s["unmet"].sum(), g["unmet"].sum(), rtol=1e-9, atol=1e-6)


def test_places_from_access_is_ratio_times_demand():
    from caremap.kernels.gaps import places_from_access
    np.testing.assert_allclose(places_from_access([0.2, 1.2, 0.0], [30.0, 10.0, 5.0]), [6.0, 12.0, 0.0])
    with pytest.raises(ValueError):
        places_from_access([1.0], [1.0, 2.0])


def test_encode_groups_one_encoder_missing_as_error_or_code():
    from caremap.kernels.gaps import encode_groups
    codes, labels = encode_groups(np.array(["b", None, "a", float("nan"), "b", 1], dtype=object), missing="code")
    assert codes.tolist() == [2, -1, 1, -1, 2, 0] and labels.tolist() == ["1", "a", "b"]
    with pytest.raises(ValueError, match="2 group label"):
        encode_groups(np.array(["b", None, float("nan")], dtype=object))
