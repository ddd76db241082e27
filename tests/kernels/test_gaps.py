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


# ---------------------------------------------------------------- targets per cohort
def test_parse_cohort_targets_pne_example():
    from caremap.kernels.gaps import parse_cohort_targets
    assert parse_cohort_targets("p_0_3:0.5;p_4_5:1.0") == [("p_0_3", 0.5), ("p_4_5", 1.0)]
    # new lines, spaces, a field name with a space, a band with target 0 next to a positive one
    assert parse_cohort_targets(" criancas 0 a 3 : 0.5 \n p_4_5:1\n\n p_6:0") == [
        ("criancas 0 a 3", 0.5), ("p_4_5", 1.0), ("p_6", 0.0)]


@pytest.mark.parametrize("text, words", [
    ("p_0_3:0.5;p_0_3:1", "listed twice"),
    ("p_0_3:-0.5", ">= 0"),
    ("p_0_3:half", "not a number"),
    ("p_0_3:", "not a number"),
    ("p_0_3:inf", ">= 0"),
    ("p_0_3", "field:ratio"),
    (":0.5", "no field name"),
    ("", "empty"),
    (" ; ", "empty"),
    ("p_0_3:0;p_4_5:0", "every target is 0"),
])
def test_parse_cohort_targets_refuses(text, words):
    from caremap.kernels.gaps import parse_cohort_targets
    with pytest.raises(ValueError, match=words):
        parse_cohort_targets(text)


def test_cohort_required_hand_computed():
    from caremap.kernels.gaps import cohort_required
    # PNE meta 1: 50% of children 0-3 and 100% of 4-5
    counts = np.array([[10.0, 4], [0, 6], [7, 0], [0, 0]])
    np.testing.assert_allclose(cohort_required(counts, [0.5, 1.0]), [9.0, 6.0, 3.5, 0.0])
    np.testing.assert_allclose(cohort_required([2.0, 4.0], [0.25]), [0.5, 1.0])  # one band as 1-D


def test_cohort_required_refuses_bad_input():
    from caremap.kernels.gaps import cohort_required
    with pytest.raises(ValueError, match="2 band count column"):
        cohort_required(np.ones((3, 2)), [0.5])
    with pytest.raises(ValueError, match="NaN"):
        cohort_required(np.array([[1.0, np.nan]]), [0.5, 1])
    with pytest.raises(ValueError, match=">= 0"):
        cohort_required(np.array([[1.0, -2.0]]), [0.5, 1])
    with pytest.raises(ValueError, match="targets"):
        cohort_required(np.array([[1.0, 2.0]]), [0.5, -1])


def test_care_gaps_with_required_per_cohort():
    """Two bands, PNE targets, hand-computed: unit 0 has 10 children 0-3 and 4 of 4-5
    (required 5 + 4 = 9) and 6 places; unit 1 has 6 of 4-5 (required 6) and 8 places."""
    from caremap.kernels.gaps import cohort_required
    counts = np.array([[10.0, 4], [0, 6], [0, 0]])
    D = counts.sum(axis=1)
    S = np.array([6.0, 8, 1])
    req = cohort_required(counts, [0.5, 1.0])
    g = care_gaps(D, S, required=req)
    np.testing.assert_allclose(g["required"], [9, 6, 0])
    np.testing.assert_allclose(g["shortfall"], [3, 0, 0])
    np.testing.assert_allclose(g["surplus"], [0, 2, 1])
    assert g["below_target"].tolist() == [1, 0, 0]
    np.testing.assert_allclose(g["unmet"], [8, 0, 0])  # unmet still counts one place per person
    np.testing.assert_allclose(g["coverage"][:2], [100 * 6 / 14, 100 * 8 / 6])
    # a single ratio of 0.5 would say something else: the per-cohort target is not r D
    assert not np.allclose(care_gaps(D, S, target_ratio=0.5)["required"], g["required"])
    s = district_gaps(D, S, g, np.array([0, 0, 1]), 2)
    np.testing.assert_allclose(s["required"], [15, 0])
    np.testing.assert_allclose(s["shortfall"], [3, 0])
    np.testing.assert_allclose(s["surplus"], [2, 1])
    assert s["units_below_target"].tolist() == [1, 0]
    np.testing.assert_allclose(s["people_below_target"], [14, 0])


def test_care_gaps_required_refuses_bad_input():
    with pytest.raises(ValueError, match="not both"):
        care_gaps([1, 1], [0, 0], target_ratio=0.5, required=[1, 1])
    with pytest.raises(ValueError, match="required places must have 2"):
        care_gaps([1, 1], [0, 0], required=[1])
    with pytest.raises(ValueError, match="required places"):
        care_gaps([1, 1], [0, 0], required=[1, np.nan])


def test_key_figures_and_district_totals_with_required_per_cohort():
    """The report's figures with targets per age band: places needed = sum R, missing =
    sum max(0, R - a D), a NULL-demand unit left out (its R is not counted)."""
    from caremap.kernels import summaries
    from caremap.kernels.gaps import cohort_required
    counts = np.array([[10.0, 4], [0, 6], [8, 0], [5, 5]])
    D = np.array([14.0, 6, 8, np.nan])
    a = np.array([6 / 14, 8 / 6, 1 / 8, 1.0])
    R = cohort_required(counts, [0.5, 1.0])  # [9, 6, 4, 7.5]
    fig = summaries.key_figures(D, access=a, required=R)
    assert fig["places_needed"] == pytest.approx(19.0)
    assert fig["places_missing"] == pytest.approx(6.0)  # [3, 0, 3]
    single = summaries.key_figures(D, access=a, target=0.5)
    assert single["places_needed"] == pytest.approx(14.0)  # 0.5 x 28: not the per-cohort figure
    t = summaries.district_totals([0, 0, 1, 1], D, a, 2, required=R)
    np.testing.assert_allclose(t["shortfall"], [3.0, 3.0])  # the NULL-demand unit left out, as above
    assert "shortfall" not in summaries.district_totals([0, 0, 1, 1], D, a, 2)
