"""Care deserts: the Care Georeferencing rule on hand-computed cases."""
import numpy as np
import pytest
from caremap.kernels.deserts import care_deserts, desert_summary
from caremap.kernels.gaps import encode_groups
from hypothesis import given, settings
from hypothesis import strategies as st


def _z(P):
    P = np.asarray(P, float)
    return (P - P.mean()) / P.std()


def test_hand_computed_median_rule():
    # P = 0, 10, 20, 30, 40: mean 20, std sqrt(200)
    P = np.array([0.0, 10, 20, 30, 40])
    cost = np.array([50.0, 5, 25, 19.99, np.nan])
    out = care_deserts(P, cost, threshold=20, rule="median")
    s = np.sqrt(200.0)
    np.testing.assert_allclose(out["z_demand"], [-20 / s, -10 / s, 0, 10 / s, 20 / s])
    # positive z: 10/s, 20/s -> median 15/s
    np.testing.assert_allclose(out["demand_threshold"], 15 / s)
    np.testing.assert_array_equal(out["high_demand"], [0, 0, 0, 0, 1])
    np.testing.assert_array_equal(out["low_access"], [1, 0, 1, 0, 1])  # NaN cost -> low
    np.testing.assert_array_equal(out["desert"], [0, 0, 0, 0, 1])
    np.testing.assert_allclose(out["adj_threshold"], 20.0)
    # without a second mode every desert is type 1 (the kernel says so, not the adapter)
    np.testing.assert_array_equal(out["desert_type"], [0, 0, 0, 0, 1])


def test_mean_and_mean_plus_std_rules():
    P = np.array([1.0, 2, 3, 10, 20, 40])
    z = _z(P)
    pos = z[z > 0]
    for rule, thr in [("mean", pos.mean()), ("mean_plus_std", pos.mean() + pos.std()),
                      ("median", np.median(pos))]:
        out = care_deserts(P, np.full(6, 99.0), rule=rule)
        np.testing.assert_allclose(out["demand_threshold"], thr)
        np.testing.assert_array_equal(out["high_demand"], (z >= thr).astype(int))
        np.testing.assert_array_equal(out["desert"], out["high_demand"])


def test_threshold_boundary_is_inclusive():
    P = np.array([0.0, 0, 10, 10])
    out = care_deserts(P, np.array([20.0, 20.0, 20.0, 20.000001]), threshold=20)
    np.testing.assert_array_equal(out["low_access"], [0, 0, 0, 1])
    # both positive z equal the median -> z >= thr
    np.testing.assert_array_equal(out["high_demand"], [0, 0, 1, 1])
    np.testing.assert_array_equal(out["desert"], [0, 0, 0, 1])


def test_grouped_threshold_takes_all_z_of_the_district_like_the_reference():
    # P = 0, 10, 20, 30, 40 | 50, 60, 100: mean 38.75, std sqrt(9484.375/8)
    P = np.array([0.0, 10, 20, 30, 40, 50, 60, 100])
    d = np.array([0, 0, 0, 0, 0, 1, 1, 1])
    z = _z(P)
    # district 0: z of 0..40 are all negative; the median of ALL of them is the z of 20
    # (the reference), while the positive-only rule had no threshold (NaN) there
    out = care_deserts(P, np.full(P.size, 60.0), rule="median", district_codes=d)
    np.testing.assert_allclose(out["demand_threshold"][:5], z[2])
    np.testing.assert_allclose(out["demand_threshold"][5:], z[6])   # median of 50, 60, 100
    np.testing.assert_array_equal(out["high_demand"], [0, 0, 1, 1, 1, 0, 1, 1])
    np.testing.assert_array_equal(out["desert"], [0, 0, 1, 1, 1, 0, 1, 1])
    # mean and mean + std over all z of each district (ddof 0)
    m = care_deserts(P, np.full(P.size, 60.0), rule="mean", district_codes=d)
    np.testing.assert_allclose(m["demand_threshold"], np.r_[[z[:5].mean()] * 5, [z[5:].mean()] * 3])
    ms = care_deserts(P, np.full(P.size, 60.0), rule="mean_plus_std", district_codes=d)
    np.testing.assert_allclose(ms["demand_threshold"],
                               np.r_[[z[:5].mean() + z[:5].std()] * 5, [z[5:].mean() + z[5:].std()] * 3])
    # without districts the overall threshold still takes the positive z only
    flat = care_deserts(P, np.full(P.size, 60.0), rule="median")
    np.testing.assert_allclose(flat["demand_threshold"], np.median(z[z > 0]))


def test_district_with_even_count_median_and_unit_with_zero_demand():
    P = np.array([0.0, 4, 8, 100])
    d = np.array([0, 0, 0, 1])
    z = _z(P)
    out = care_deserts(P, np.full(4, 99.0), district_codes=d)
    np.testing.assert_allclose(out["demand_threshold"][:3], z[1])
    # P = 0 never high demand, even at z >= threshold of its district
    np.testing.assert_array_equal(out["high_demand"], [0, 1, 1, 1])


def test_district_with_an_even_count_takes_the_mean_of_the_two_middle_z():
    P = np.array([0.0, 4, 8, 12, 100])
    d = np.array([0, 0, 0, 0, 1])
    z = _z(P)
    out = care_deserts(P, np.full(5, 99.0), district_codes=d)
    np.testing.assert_allclose(out["demand_threshold"][:4], 0.5 * (z[1] + z[2]))


def test_demand_cutoff_in_people_matches_the_overall_threshold():
    from caremap.kernels.deserts import demand_cutoff
    P = np.array([0.0, 10, 20, 30, 40])
    s = np.sqrt(200.0)
    assert demand_cutoff(P) == pytest.approx(20 + 15 / s * s)
    assert np.isnan(demand_cutoff(np.full(4, 7.0)))


def test_desert_share_is_none_without_demand():
    from caremap.kernels.deserts import desert_share
    assert desert_share([0.0, 0.0], [1, 0]) == (None, 1, 0.0)
    assert desert_share([1.0, 3.0], [0, 1]) == (0.75, 1, 3.0)


def test_zero_population_unit_is_never_high_demand():
    # all-but-one units have zero demand: if the threshold is hit by a zero unit it still
    # must not be high demand. Construct z >= thr with P = 0 via districts.
    P = np.array([0.0, 0, 0, 10, 0, 0])
    d = np.array([0, 0, 0, 0, 1, 1])  # district 1: only zeros, z < 0, thr NaN
    out = care_deserts(P, np.full(6, np.nan), district_codes=d)
    assert out["high_demand"].tolist() == [0, 0, 0, 1, 0, 0]
    assert out["desert"].tolist() == [0, 0, 0, 1, 0, 0]


def test_constant_demand_and_single_unit_have_no_deserts():
    for P in (np.full(5, 7.0), np.array([3.0]), np.zeros(4)):
        out = care_deserts(P, np.full(P.size, np.nan))
        np.testing.assert_array_equal(out["z_demand"], 0.0)
        assert np.isnan(out["demand_threshold"]).all()
        assert out["desert"].sum() == 0
        assert out["low_access"].all()


def test_area_adjustment_hand_computed():
    P = np.array([10.0, 20, 30, 40, 1000])
    A = np.array([1e6, 2e6, 3e6, 4e6, 9e6])  # m2
    cost = np.array([30.0, 30, 30, 30, 23])
    beta, gamma, T = 4.0, 6.0, 20.0
    out = care_deserts(P, cost, threshold=T, area_m2=A, adjust_large_units=True,
                       beta=beta, gamma=gamma, area_quantile=0.8)
    Aq = np.quantile(A, 0.8)  # 5e6 (linear interpolation between 4e6 and 9e6)
    assert out["area_cutoff"] == pytest.approx(5e6)
    dens = 1000 / 9.0
    expect = T + beta * (np.log1p(9e6) - np.log1p(Aq)) + gamma / np.log1p(dens)
    np.testing.assert_allclose(out["adj_threshold"], [T, T, T, T, expect])
    assert 23 < expect < 30  # the large unit is no longer low access
    assert out["low_access"].tolist() == [1, 1, 1, 1, 0]
    assert out["desert"][4] == 0
    # without the adjustment it is a desert
    plain = care_deserts(P, cost, threshold=T)
    assert plain["desert"][4] == 1


def test_area_adjustment_zero_density_has_no_gamma_term():
    P = np.array([0.0, 1, 2, 3, 0])
    A = np.array([1.0, 1, 1, 1, 100])
    out = care_deserts(P, np.zeros(5), area_m2=A, adjust_large_units=True, beta=1.0,
                       gamma=5.0, area_quantile=0.5)
    assert np.isfinite(out["adj_threshold"]).all()
    assert out["adj_threshold"][4] == pytest.approx(20 + np.log1p(100) - np.log1p(1))


def test_desert_types_with_second_mode():
    P = np.array([0.0, 0, 0, 100, 100, 100])
    cost = np.array([1.0, 1, 1, 40, 40, 5])
    cost2 = np.array([1.0, 1, 1, 25, np.nan, 1])
    out = care_deserts(P, cost, threshold=20, second_cost=cost2, second_threshold=30)
    assert out["desert"].tolist() == [0, 0, 0, 1, 1, 0]
    assert out["desert_type"].tolist() == [0, 0, 0, 2, 1, 0]


def test_bad_input():
    with pytest.raises(ValueError, match="rule"):
        care_deserts([1, 2], [1, 2], rule="max")
    with pytest.raises(ValueError, match=">= 0"):
        care_deserts([1, -2], [1, 2])
    with pytest.raises(ValueError, match="NaN"):
        care_deserts([1, np.nan], [1, 2])
    with pytest.raises(ValueError, match="areas"):
        care_deserts([1, 2], [1, 2], adjust_large_units=True)
    with pytest.raises(ValueError, match="missing"):
        encode_groups(np.array(["a", None, "b"], dtype=object))


def test_encode_groups_and_summary():
    codes, labels = encode_groups(np.array(["b", "a", "b", "c"], dtype=object))
    assert labels.tolist() == ["a", "b", "c"]
    assert codes.tolist() == [1, 0, 1, 2]
    s = desert_summary([10, 20, 30, 0], [1, 0, 1, 0], codes)
    assert s["units"].tolist() == [1, 2, 1]
    assert s["deserts"].tolist() == [0, 2, 0]
    np.testing.assert_allclose(s["population"], [20, 40, 0])
    np.testing.assert_allclose(s["population_in_deserts"], [0, 40, 0])
    np.testing.assert_allclose(s["share"][:2], [0, 1])
    assert np.isnan(s["share"][2])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0, 1e4), min_size=1, max_size=40),
       st.sampled_from(["median", "mean", "mean_plus_std"]), st.integers(1, 4))
def test_invariants(pop, rule, ngroups):
    P = np.array(pop)
    rng = np.random.default_rng(len(pop))
    cost = rng.uniform(0, 40, P.size)
    cost[rng.random(P.size) < 0.2] = np.nan
    codes = rng.integers(0, ngroups, P.size)
    out = care_deserts(P, cost, rule=rule, district_codes=codes)
    d = out["desert"].astype(bool)
    assert (d <= (out["high_demand"] == 1)).all() and (d <= (out["low_access"] == 1)).all()
    assert (P[out["high_demand"] == 1] > 0).all()
    # per district the threshold is a statistic of the district's own z values, so a
    # high-demand unit is never below its district's median (rule median)
    if rule == "median":
        for g in np.unique(codes):
            zg = out["z_demand"][codes == g]
            assert (zg[out["high_demand"][codes == g] == 1] >= np.median(zg) - 1e-12).all()
    s = desert_summary(P, d, codes, ngroups)
    assert s["units"].sum() == P.size
    assert s["population_in_deserts"].sum() <= P.sum() + 1e-6
