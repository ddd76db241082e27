"""Chart summaries: hand-computed cases and invariants."""
import numpy as np
import pytest
from caremap.kernels import summaries as S
from caremap.kernels.deserts import care_deserts
from hypothesis import given, settings
from hypothesis import strategies as st


def test_histogram_counts_and_weights():
    edges, counts = S.histogram([0, 1, 2, 3, 4, np.nan], bins=4)
    assert np.allclose(edges, [0, 1, 2, 3, 4])
    assert counts.tolist() == [1, 1, 1, 2]  # last bin closed on the right
    _, wc = S.histogram([0, 1, 2, 3, 4], weights=[10, 1, 1, 1, 5], bins=4)
    assert wc.tolist() == [10, 1, 1, 6]
    edges, counts = S.histogram([0, 1, 2, 30, -4], bins=2, value_range=(0, 2), clip=True)
    assert counts.tolist() == [2, 3] and edges.tolist() == [0, 1, 2]
    edges, counts = S.histogram([np.nan], bins=3)
    assert counts.sum() == 0 and edges.size == 4


def test_bin_index_matches_histogram():
    x = np.array([0.0, 0.5, 1.0, 3.9, 4.0, np.nan, 7.0])
    edges = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
    assert S.bin_index(x, edges).tolist() == [0, 0, 1, 3, 3, -1, -1]


def test_coverage_curve_hand_computed():
    cost = [3, 5, 12, np.nan, 60]
    demand = [10, 20, 30, 40, 0]
    t, share = S.coverage_curve(cost, demand, minutes=[5, 10, 15, 60])
    assert share.tolist() == pytest.approx([0.3, 0.3, 0.6, 0.6])  # 5 is inclusive
    t, share = S.coverage_curve([1, 2], [0, 0])
    assert np.isnan(share).all()
    assert t.tolist() == [0.0, 1.0, 2.0]  # the default grid ends at the largest cost


def test_coverage_curve_only_over_the_computed_range():
    # cost_nearest of an older layer: NULL beyond a 20-minute threshold. The curve ends at
    # the largest cost computed (12), it does not run flat to 60 minutes.
    t, share = S.coverage_curve([5.0, 12.0, np.nan], [10.0, 30.0, 60.0])
    assert t[-1] == 12.0 and t[0] == 0.0 and np.all(np.diff(t) == 1.0)
    assert share[-1] == pytest.approx(0.4)  # (10 + 30) / 100; the 60 reach nothing
    # with a search limit of 60 minutes the grid runs to 60, in steps of 2 (30 intervals)
    t, _ = S.coverage_curve([5.0, 12.0, np.nan], [10.0, 30.0, 60.0], limit=60.0)
    assert t[-1] == 60.0 and t[1] == 2.0 and t.size == 31
    assert S.coverage_minutes([7.5]).tolist() == [0, 1, 2, 3, 4, 5, 6, 7, 7.5]
    assert S.coverage_minutes([200.0])[1] == 10.0  # 20 intervals of 10 minutes
    assert S.coverage_minutes([np.nan]).size == 0  # nothing computed: nothing drawn
    with pytest.raises(ValueError):
        S.coverage_minutes([1.0], limit=-1)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 90), st.floats(0, 1000)), min_size=1, max_size=40))
def test_coverage_curve_is_monotone_and_matches_direct_sum(rows):
    c = np.array([r[0] for r in rows])
    d = np.array([r[1] for r in rows])
    t, share = S.coverage_curve(c, d)
    if d.sum() == 0:
        assert np.isnan(share).all()
        return
    assert np.all(np.diff(share) >= -1e-12) and share[-1] <= 1 + 1e-12
    direct = [(d * (c <= m)).sum() / d.sum() for m in t]
    assert np.allclose(share, direct)


def test_lorenz_summary_equal_and_concentrated():
    eq = S.lorenz_summary([2, 2, 2, 2], [1, 1, 1, 1])
    assert eq["gini"] == pytest.approx(0.0)
    assert np.allclose(eq["access_share"], eq["population_share"])
    conc = S.lorenz_summary([0, 0, 0, 4], [1, 1, 1, 1])
    assert conc["gini"] == pytest.approx(0.75)
    assert np.isinf(conc["palma"])
    zero = S.lorenz_summary([0, 0], [1, 1])
    assert np.isnan(zero["gini"]) and np.isnan(zero["access_share"]).all()
    # NaN rows are left out
    a = S.lorenz_summary([1, np.nan, 3], [1, 5, 1])
    b = S.lorenz_summary([1, 3], [1, 1])
    assert a["gini"] == pytest.approx(b["gini"])


def test_district_totals_and_key_figures():
    codes = [0, 0, 1, 1]
    demand = [10, 20, 30, 0]
    access = [0.5, 1.5, 0.1, 2.0]
    out = S.district_totals(codes, demand, access)
    assert out["demand"].tolist() == [30, 30]
    assert out["places"].tolist() == pytest.approx([35, 3])
    assert out["unmet"].tolist() == pytest.approx([5, 27])
    assert out["units"].tolist() == [2, 2]
    k = S.key_figures(demand, covered=[1, 0, 1, 1], desert=[0, 1, 0, 0], access=access)
    assert k["people"] == 60.0 and k["reach_basis"] == "covered"
    assert k["people_within"] == 40.0 and k["people_beyond"] == 20.0
    assert k["people_in_deserts"] == 20.0 and k["people_without_place"] == pytest.approx(32.0)
    k = S.key_figures(demand, unmet=[1, 2, np.nan, 3])
    assert k["people_without_place"] == 6.0 and k["people_within"] is None


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(0, 500), min_size=3, max_size=50))
def test_demand_cutoff_agrees_with_the_desert_rule(pop):
    P = np.array(pop, dtype=float)
    cut = S.demand_cutoff(P)
    out = care_deserts(P, np.full(P.size, np.nan), threshold=20)
    high = out["high_demand"].astype(bool)
    if np.isnan(cut):
        assert not high.any()
    else:
        # same units, up to rounding at the cut itself
        tol = 1e-9 * max(1.0, P.std())
        assert np.all(P[high] >= cut - tol)
        assert not np.any((P > cut + tol) & (P > 0) & ~high)


def test_identify_demand_field_from_access_norm_and_z():
    rng = np.random.default_rng(5)
    pop = rng.integers(0, 500, 50).astype(float)
    kids = rng.integers(0, 80, 50).astype(float)
    access = rng.random(50)
    m = (kids * access).sum() / kids.sum()
    cands = {"pop": pop, "kids": kids}
    assert S.identify_demand_field(cands, access=access, access_norm=access / m) == "kids"
    z = (kids - kids.mean()) / kids.std()
    assert S.identify_demand_field(cands, z_demand=z) == "kids"
    assert S.identify_demand_field({"pop": pop}, access=access, access_norm=access / m) is None
    assert S.identify_demand_field(cands) is None


def test_display_max_ignores_outliers():
    x = np.r_[np.linspace(0, 1, 99), 1000.0]
    assert S.display_max(x) < 2
    assert S.display_max(x, quantile=1.0) == 1000.0
    assert S.display_max([np.nan, 0.0]) == 1.0
    assert S.display_max([0.1, 0.2], at_least=0.5) == 0.5


def test_nice_ticks_and_district_shortfall():
    assert S.nice_ticks(47.3).tolist() == [0, 10, 20, 30, 40]
    assert S.nice_ticks(12).tolist() == [0, 2, 4, 6, 8, 10, 12]
    assert S.nice_ticks(0).tolist() == [0]
    out = S.district_totals([0, 0, 1], [10, 20, 30], [0.5, 0.0, 0.1], 2, target=0.25)
    # shortfall max(0, 0.25 D - a D): 0 + 5 | 7.5 - 3 = 4.5
    assert out["shortfall"].tolist() == pytest.approx([5.0, 4.5])
