"""Hand-checked tests of kernels.demand: bands, Madrid weights on non-aligned bands,
indicators."""
import numpy as np
import pytest
from caremap.kernels.demand import (
    band_fraction,
    band_weights,
    demand_indicators,
    density_per_km2,
    parse_band,
    parse_band_mapping,
    parse_custom_weights,
    share,
    weighted_demand,
)
from hypothesis import given, settings
from hypothesis import strategies as st

DEMO_BANDS = [(0, 2), (3, 5), (6, 12), (13, 17), (18, 64), (65, 79), (80, None)]


def test_parse_band_and_mapping():
    assert parse_band("0-2") == (0, 2)
    assert parse_band(" 80+ ") == (80, None)
    assert parse_band("5") == (5, 5)
    for bad in ("a-b", "5-3", "-3", ""):
        with pytest.raises(ValueError):
            parse_band(bad)
    m = parse_band_mapping("p_0_2:0-2;p_3_5:3-5; p_80p : 80+ ;")
    assert m == [("p_0_2", (0, 2)), ("p_3_5", (3, 5)), ("p_80p", (80, None))]
    with pytest.raises(ValueError, match="twice"):
        parse_band_mapping("a:0-2;a:3-5")
    with pytest.raises(ValueError, match="empty"):
        parse_band_mapping(" ; ")
    with pytest.raises(ValueError, match="field:age_band"):
        parse_band_mapping("p_0_2=0-2")


def test_madrid_weights_on_demo_bands_by_hand():
    w = band_weights(DEMO_BANDS, "madrid")
    expected = [
        2.0,                        # 0-2 all in 0-4
        (2 + 2 + 1.5) / 3,          # 3,4 -> 2 ; 5 -> 1.5
        1.5,                        # 6-12 in 5-14
        (1.5 * 2 + 1.2 * 3) / 5,    # 13,14 -> 1.5 ; 15-17 -> 1.2
        1.0,                        # 18-64
        (1.2 * 10 + 1.7 * 5) / 15,  # 65-74 -> 1.2 ; 75-79 -> 1.7
        (1.7 * 5 + 2.0 * 5) / 10,   # 80+ closed at 89: 80-84 -> 1.7 ; 85-89 -> 2
    ]
    assert np.allclose(w, expected)
    # aligned bands give exactly the scale
    aligned = [(0, 4), (5, 14), (15, 17), (18, 64), (65, 74), (75, 84), (85, None)]
    assert np.allclose(band_weights(aligned, "madrid"), [2, 1.5, 1.2, 1, 1.2, 1.7, 2])
    assert np.allclose(band_weights(DEMO_BANDS, "equal"), 1)
    with pytest.raises(ValueError):
        band_weights(DEMO_BANDS, "lisbon")


def test_band_fraction():
    assert np.allclose(band_fraction(DEMO_BANDS, 0, 14), [1, 1, 1, 0.4, 0, 0, 0])
    assert np.allclose(band_fraction(DEMO_BANDS, 65, None), [0, 0, 0, 0, 0, 1, 1])


def test_custom_weights():
    w = parse_custom_weights("b:1.5; a:2", ["a", "b"])
    assert w.tolist() == [2.0, 1.5]
    with pytest.raises(ValueError, match="missing for fields: b"):
        parse_custom_weights("a:2", ["a", "b"])
    with pytest.raises(ValueError, match="not a number"):
        parse_custom_weights("a:x;b:1", ["a", "b"])
    with pytest.raises(ValueError, match="not in the band mapping: c"):
        parse_custom_weights("a:1;b:1;c:1", ["a", "b"])
    with pytest.raises(ValueError, match=">= 0"):
        parse_custom_weights("a:-1;b:1", ["a", "b"])


def test_indicators_by_hand():
    bands = [(0, 4), (5, 14), (15, 64), (65, None)]
    counts = np.array([[10, 20, 50, 20], [0, 0, 0, 0], [5, 0, 10, 5]], float)
    w = np.array([2, 1.5, 1, 1.5])
    out = demand_indicators(counts, bands, w, area_m2=np.array([2e6, 1e6, 0.0]))
    assert out["pop_total"].tolist() == [100, 0, 20]
    assert out["care_demand"].tolist() == [20 + 30 + 50 + 30, 0, 10 + 10 + 7.5]
    assert out["dependents"].tolist() == [50, 0, 10]
    assert out["caregivers"].tolist() == [50, 0, 10]
    assert out["care_intensity"][0] == 1.0 and np.isnan(out["care_intensity"][1])
    assert np.isclose(out["share_older"][0], 0.2) and np.isnan(out["share_older"][1])
    assert out["pop_density"][0] == 50 and np.isnan(out["pop_density"][2])
    assert out["demand_density"][0] == 65
    # explicit caregiver field (women 15-64)
    out = demand_indicators(counts, bands, w, caregivers=np.array([25, 0, 4]))
    assert out["care_intensity"][0] == 2.0 and np.isnan(out["care_intensity"][1])
    assert out["care_intensity"][2] == 2.5
    assert "pop_density" not in out


def test_share_is_nan_where_it_has_no_meaning():
    """One division rule (care intensity, shares, densities): no caregiver, no
    population, no area, or a non-finite operand -> NaN (NULL), never inf."""
    r = share([1, 2, 3, 4, np.inf, 5], [0, np.nan, 2, np.inf, 1, -1])
    assert r[2] == 1.5
    assert np.isnan(r[[0, 1, 3, 4, 5]]).all()


def test_density_never_from_zero_or_missing_area():
    # 0 m2 (a degenerate polygon), NaN (a null or unrepaired geometry), 1e6 m2 = 1 km2
    d = density_per_km2([50.0, 50.0, 50.0, 50.0], [0.0, np.nan, 1e6, 250000.0])
    assert np.isnan(d[0]) and np.isnan(d[1])
    assert d[2] == 50.0 and d[3] == 200.0
    assert np.isfinite(d[2:]).all()


def test_all_zero_population_gives_no_nan_totals_or_inf():
    counts = np.zeros((3, 2))
    out = demand_indicators(counts, [(0, 14), (15, 64)], np.array([2.0, 1.0]),
                            area_m2=np.array([1e6, 0.0, np.nan]))
    assert (out["care_demand"] == 0).all() and (out["pop_total"] == 0).all()
    for key in ("share_children", "share_older", "care_intensity", "pop_density", "demand_density"):
        assert not np.isinf(out[key]).any(), key
    assert out["pop_density"][0] == 0.0 and np.isnan(out["pop_density"][1:]).all()
    assert np.isnan(out["care_intensity"]).all()


def test_infinite_counts_are_refused():
    with pytest.raises(ValueError, match="infinite"):
        demand_indicators(np.array([[1.0, np.inf]]), [(0, 4), (5, 9)], np.ones(2))
    with pytest.raises(ValueError, match="infinite"):
        demand_indicators(np.array([[1.0, 2.0]]), [(0, 4), (5, 9)], np.ones(2), caregivers=[-np.inf])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 14), min_size=1, max_size=8), st.integers(0, 1000))
def test_band_weight_equals_mean_of_single_years(widths, seed):
    # any partition of ages 0..(sum widths - 1) into bands, people spread evenly by year:
    # demand from the bands equals demand from single-year bands (the documented rule)
    rng = np.random.default_rng(seed)
    edges = np.concatenate([[0], np.cumsum(widths)])
    bands = [(int(a), int(b) - 1) for a, b in zip(edges[:-1], edges[1:])]
    per_year = rng.uniform(0, 10)
    counts = np.array([[per_year * (hi - lo + 1) for lo, hi in bands]])
    years = [(a, a) for a in range(int(edges[-1]))]
    by_band = weighted_demand(counts, band_weights(bands, "madrid"))
    by_year = weighted_demand(np.full((1, len(years)), per_year), band_weights(years, "madrid"))
    assert np.allclose(by_band, by_year)


def test_care_block_criteria_by_hand():
    from caremap.kernels.demand import care_block_criteria

    bands = [parse_band(b) for b in ("0-2", "3-5", "6-14", "15-64", "65-79", "80+")]
    # unit 1: 30 aged 0-2, 30 aged 3-5, 40 aged 6-14, 200 aged 15-64, 50 aged 65-79, 20 aged 80+
    # unit 2: nobody aged 15-64; unit 3: a NULL count
    counts = np.array([[30, 30, 40, 200, 50, 20], [1, 0, 0, 0, 0, 1], [np.nan, 0, 0, 10, 0, 0]])
    out = care_block_criteria(counts, bands, caregivers=np.array([110, 0, 5]),
                              unpaid_women=np.array([33, 0, 1]), fhh=np.array([12, 1, 0]),
                              households=np.array([80, 0, 4]))
    pop = 370
    assert out["share_under5"][0] == pytest.approx((30 + 20) / pop)  # 3-5 gives 2/3 of its 30
    assert out["share_80plus"][0] == pytest.approx(20 / pop)
    assert out["dependency_ratio"][0] == pytest.approx((30 + 30 + 40 + 50 + 20) / 200)
    assert out["share_women_unpaid"][0] == pytest.approx(0.3)
    assert out["fhh_share"][0] == pytest.approx(0.15)
    assert out["share_under5"][1] == pytest.approx(0.5) and out["share_80plus"][1] == pytest.approx(0.5)
    assert np.isnan(out["dependency_ratio"][1])  # nobody of working age: NULL, not inf
    assert np.isnan(out["share_women_unpaid"][1]) and np.isnan(out["fhh_share"][1])
    assert np.isnan(out["share_under5"][2]) and np.isnan(out["dependency_ratio"][2])
    assert out["share_women_unpaid"][2] == pytest.approx(0.2) and out["fhh_share"][2] == 0


def test_care_block_criteria_optional_fields():
    from caremap.kernels.demand import care_block_criteria

    two = [parse_band("0-4"), parse_band("15-64")]
    out = care_block_criteria(np.array([[1.0, 1.0]]), two)
    assert sorted(out) == ["dependency_ratio", "share_80plus", "share_under5"]
    with pytest.raises(ValueError, match="both"):
        care_block_criteria(np.array([[1.0, 1.0]]), two, fhh=np.array([1]))
    with pytest.raises(ValueError, match="denominator"):
        care_block_criteria(np.array([[1.0, 1.0]]), two, unpaid_women=np.array([1]))
