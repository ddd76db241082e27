"""Unpaid care work kernels, hand-checked."""
from types import SimpleNamespace

import numpy as np
import pytest
from caremap.kernels.unpaid import (
    default_band_mapping,
    hours_freed,
    parse_band_mapping,
    time_use_rates,
    unpaid_care_work,
)

RATES = time_use_rates(["F", "f", "M", "m"], ["15-29", "30 - 64", "15-29", "30-64"],
                       [20.0, 30.0, 5.0, 10.0])


def test_time_use_table_parsing():
    assert RATES == {("f", "15-29"): 20.0, ("f", "30-64"): 30.0,
                     ("m", "15-29"): 5.0, ("m", "30-64"): 10.0}
    with pytest.raises(ValueError, match="appears twice"):
        time_use_rates(["f", "F"], ["15-29", "15-29"], [1, 2])
    with pytest.raises(ValueError, match="between 0 and 168"):
        time_use_rates(["f"], ["15-29"], [-1])
    with pytest.raises(ValueError, match="neither female"):
        time_use_rates(["x"], ["15-29"], [1])


def test_band_mappings():
    assert parse_band_mapping("f:15-29=f_15_29; M: 30-64 = men_30\n") == {
        ("f", "15-29"): "f_15_29", ("m", "30-64"): "men_30"}
    assert parse_band_mapping("  ") == {}
    with pytest.raises(ValueError, match="sex:age_band=field"):
        parse_band_mapping("f_15_29")
    # field names with spaces and accents (issue 11, bad-input matrix)
    assert parse_band_mapping("f:15-29=población total ; m:15-29= Mujeres 15 a 29 años") == {
        ("f", "15-29"): "población total", ("m", "15-29"): "Mujeres 15 a 29 años"}
    with pytest.raises(ValueError, match="sex:age_band=field"):
        parse_band_mapping("f:15-29=  ")
    fields = ["F_15_29", "f_30_64", "m_15_29", "other"]
    assert default_band_mapping(RATES, fields) == {
        ("f", "15-29"): "F_15_29", ("f", "30-64"): "f_30_64", ("m", "15-29"): "m_15_29"}


def test_unpaid_hours_hand_checked():
    pops = {("f", "15-29"): [10, 0], ("f", "30-64"): [5, 0],
            ("m", "15-29"): [10, 0], ("m", "30-64"): [0, 0]}
    r = unpaid_care_work(pops, RATES, wage=3.0, weeks_per_year=52,
                         opportunity_wage={"f": 4.0, "m": 6.0}, gdp=1e6)
    # unit 0: women 10*20 + 5*30 = 350 h/week, men 10*5 = 50 h/week
    assert r.weekly_hours == pytest.approx([400, 0])
    assert r.women_weekly_hours == pytest.approx([350, 0])
    assert r.women_share[0] == pytest.approx(350 / 400) and np.isnan(r.women_share[1])
    assert r.yearly_hours == pytest.approx([400 * 52, 0])
    assert r.replacement_value == pytest.approx([400 * 52 * 3, 0])
    assert r.opportunity_value == pytest.approx([52 * (350 * 4 + 50 * 6), 0])
    assert r.totals["gdp_share"] == pytest.approx(400 * 52 * 3 / 1e6)
    assert r.gdp_share == pytest.approx([400 * 52 * 3 / 1e6, 0])


def test_missing_band_and_bad_population():
    pops = {("f", "65+"): [1.0]}
    with pytest.raises(ValueError, match=r"no row for sex 'f', age band '65\+'"):
        unpaid_care_work(pops, RATES, wage=1.0)
    with pytest.raises(ValueError, match="negative"):
        unpaid_care_work({("f", "15-29"): [-1.0]}, RATES, wage=1.0)


def test_hours_freed_hand_checked():
    # service 0 reaches units 0 and 1 (demand 1 and 3); service 1 reaches nothing in 10
    costs = SimpleNamespace(demand_idx=np.array([0, 1, 2]), supply_idx=np.array([0, 0, 1]),
                            cost=np.array([5.0, 10.0, 50.0]), n_demand=3, n_supply=2)
    r = hours_freed(costs, [1.0, 3.0, 2.0], places=[10, 20], hours_open=[40, 50],
                    substitution=0.5, threshold=10.0, unpaid_weekly=[1000.0, 100.0, 0.0])
    assert r.service_hours == pytest.approx([200, 500])
    assert r.freed_hours == pytest.approx([50, 150, 0])
    assert r.undistributed == pytest.approx(500)
    assert r.freed_share[:2] == pytest.approx([0.05, 1.0]) and np.isnan(r.freed_share[2])
    total = hours_freed(costs, [1.0, 3.0, 2.0], 10, 40, 0.5)   # no threshold: all pairs
    assert total.freed_hours.sum() == pytest.approx(total.service_hours.sum())
    with pytest.raises(ValueError, match="substitution"):
        hours_freed(costs, [1, 1, 1], 1, 1, 1.5)


def test_unpaid_non_finite_inputs():
    """Issue 11 item 5: NaN population -> NaN for that unit, out of the totals; inf refused;
    no hours at all -> women's share None (not NaN)."""
    from caremap.kernels.unpaid import unpaid_care_work

    rates = {("f", "15-64"): 30.0, ("m", "15-64"): 10.0}
    r = unpaid_care_work({("f", "15-64"): [10.0, np.nan], ("m", "15-64"): [10.0, 1.0]}, rates, 2.0)
    assert r.weekly_hours[0] == 400.0 and np.isnan(r.weekly_hours[1])
    assert r.totals["weekly_hours"] == 400.0 and r.totals["n_missing"] == 1
    with pytest.raises(ValueError, match="infinite"):
        unpaid_care_work({("f", "15-64"): [np.inf]}, rates, 2.0)
    with pytest.raises(ValueError, match="wage"):
        unpaid_care_work({("f", "15-64"): [1.0]}, rates, np.inf)
    r = unpaid_care_work({("f", "15-64"): [0.0]}, rates, 2.0)
    assert r.totals["women_share"] is None
