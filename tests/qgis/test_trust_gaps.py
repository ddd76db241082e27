"""Issue 11 ("no silent wrong numbers") for the gap and siting algorithms: units of a
cost field (item 3), the reference desert rule by district (item 4), degenerate totals
(item 6) and default field names (item 8). Each test fails on the code before the fix."""
import math

import numpy as np
import pytest
from layers import Recorder, point_layer, rows, run_alg
from qgis.core import QgsApplication, QgsProcessingException


def run(alg, params, feedback=None):
    params = dict(params)
    for k in ("OUTPUT", "OUTPUT_SUMMARY"):
        params.setdefault(k, "TEMPORARY_OUTPUT")
    return run_alg(f"caremap:{alg}", params, feedback)


def col(layer, name):
    return [r[name] for r in rows(layer)]


def no_nan(results):
    return not any(isinstance(v, float) and not math.isfinite(v) for v in results.values())


POP = [0.0, 10, 20, 30, 40]
MINUTES = [50.0, 5, 25, 19.99, 30]
SPEED = 5.04                      # km/h: 84 m per minute


def units(cost, unit=None, speed=None, pop=POP, district=None):
    fields = {"care_demand": list(pop), "cost_nearest": list(cost)}
    if unit is not None:
        fields["cost_unit"] = [unit] * len(pop)
        fields["cost_speed_kmh"] = [speed] * len(pop)
    if district is not None:
        fields["district"] = list(district)
    return point_layer([(100.0 * i, 0) for i in range(len(pop))], fields, name="Blocks")


# --------------------------------------------------------------------- item 3: units
def test_cost_in_metres_gives_the_same_deserts_as_in_minutes(caremap_provider):
    metres = [m * SPEED * 1000 / 60 for m in MINUTES]
    a = run("caredeserts", {"INPUT": units(MINUTES, "minutes", None), "THRESHOLD": 20})
    fb = Recorder()
    b = run("caredeserts", {"INPUT": units(metres, "meters", SPEED), "THRESHOLD": 20}, fb)
    assert col(a["OUTPUT"], "low_access") == [1, 0, 1, 0, 1]
    assert col(b["OUTPUT"], "low_access") == col(a["OUTPUT"], "low_access")
    assert col(b["OUTPUT"], "desert") == col(a["OUTPUT"], "desert") == [0, 0, 0, 0, 1]
    assert any("metres" in m for m in fb.infos)


def test_cost_in_metres_without_speed_is_refused_with_what_to_do(caremap_provider):
    with pytest.raises(QgsProcessingException) as err:
        run("caredeserts", {"INPUT": units([4000.0] * 5, "meters", None), "THRESHOLD": 20})
    msg = str(err.value)
    assert "Blocks" in msg and "cost_speed_kmh" in msg and "speed" in msg


# --------------------------------------------------------------------- item 4: districts
def test_deserts_by_district_use_all_z_of_the_district(caremap_provider):
    # district n: 10, 20 (both z < 0); s: 30, 40, 1000; everything 30 minutes away
    lay = units([30.0] * 5, pop=[10.0, 20, 30, 40, 1000], district=["n", "n", "s", "s", "s"])
    out = run("caredeserts", {"INPUT": lay, "THRESHOLD": 20, "DISTRICT_FIELD": "district"})
    P = np.array([10.0, 20, 30, 40, 1000])
    z = (P - P.mean()) / P.std()
    np.testing.assert_allclose(col(out["OUTPUT"], "demand_threshold"), [(z[0] + z[1]) / 2] * 2 + [z[3]] * 3)
    assert col(out["OUTPUT"], "desert") == [0, 1, 0, 1, 1]
    summ = {r["district"]: r for r in rows(out["OUTPUT_SUMMARY"])}
    assert summ["n"]["deserts"] == 1 and summ["s"]["deserts"] == 2


# --------------------------------------------------------------------- item 6: degenerate
def test_all_zero_demand_desert_share_is_none_with_a_warning(caremap_provider):
    fb = Recorder()
    out = run("caredeserts", {"INPUT": units(MINUTES, pop=[0.0] * 5), "THRESHOLD": 20}, fb)
    assert out["DESERTS"] == 0 and out["DESERT_SHARE"] is None and no_nan(out)
    assert any("No demand" in w for w in fb.warnings)
    assert all(r["share"] is None for r in rows(out["OUTPUT_SUMMARY"]))


def test_all_values_equal_and_single_feature_say_no_variation(caremap_provider):
    for pop in ([7.0] * 5, [7.0]):
        fb = Recorder()
        lay = units(MINUTES[:len(pop)], pop=pop)
        out = run("caredeserts", {"INPUT": lay, "THRESHOLD": 20}, fb)
        assert out["DESERTS"] == 0 and out["DESERT_SHARE"] == 0.0 and no_nan(out)
        assert any("No variation" in w for w in fb.warnings)


def test_caregaps_no_demand_and_no_capacity(caremap_provider):
    lay = point_layer([(0, 0), (100, 0)], {"care_demand": [0.0, 0.0], "access": [0.0, 0.0]})
    fb = Recorder()
    out = run("caregaps", {"INPUT": lay}, fb)                     # the defaults pick the fields
    assert out["COVERAGE"] is None and out["TOTAL_UNMET"] == 0 and no_nan(out)
    assert any("No demand" in w for w in fb.warnings) and any("No capacity" in w for w in fb.warnings)
    lay = point_layer([(0, 0), (100, 0)], {"care_demand": [10.0, 30.0], "access": [0.0, 0.0]})
    fb = Recorder()
    out = run("caregaps", {"INPUT": lay}, fb)
    assert out["COVERAGE"] == 0 and out["TOTAL_UNMET"] == 40
    assert any("No capacity" in w for w in fb.warnings)


def test_hotspots_and_priority_all_equal_say_no_variation(caremap_provider):
    lay = point_layer([(100.0 * i, 0) for i in range(5)], {"unmet": [3.0] * 5})
    fb = Recorder()
    out = run("hotspots", {"INPUT": lay, "K": 2, "PERMUTATIONS": 0}, fb)
    assert col(out["OUTPUT"], "hotspot_class") == [0] * 5
    assert any("No variation" in w for w in fb.warnings)
    fb = Recorder()
    out = run("priorityindex", {"INPUT": lay}, fb)
    assert any("No variation" in w for w in fb.warnings)


# --------------------------------------------------------------------- item 8: defaults
DEFAULTS = {
    ("caredeserts", "DEMAND_FIELD"): "care_demand", ("caredeserts", "COST_FIELD"): "cost_nearest",
    ("caredeserts", "DISTRICT_FIELD"): "district",
    ("caregaps", "DEMAND_FIELD"): "care_demand", ("caregaps", "SUPPLY_FIELD"): "access",
    ("caregaps", "DISTRICT_FIELD"): "district",
    ("hotspots", "FIELD"): "unmet",
    ("equity", "ACCESS_FIELD"): "access", ("equity", "POPULATION_FIELD"): "care_demand",
    ("equity", "DISTRICT_FIELD"): "district",
    ("siting", "DEMAND_FIELD"): "care_demand",
}


def test_field_parameters_default_to_caremap_field_names(caremap_provider):
    reg = QgsApplication.processingRegistry()
    for (alg, param), name in DEFAULTS.items():
        default = reg.algorithmById(f"caremap:{alg}").parameterDefinition(param).defaultValue()
        assert default == name, (alg, param, default)
    fields = reg.algorithmById("caremap:priorityindex").parameterDefinition("FIELDS").defaultValue()
    assert list(fields) == ["unmet"]
    # caregaps' defaults agree with each other: 'access' is a ratio, so the kind is access_ratio
    assert reg.algorithmById("caremap:caregaps").parameterDefinition("SUPPLY_KIND").defaultValue() in (1, "access_ratio")


def test_a_caremap_result_runs_on_the_defaults_alone(caremap_provider):
    """With fid and other numeric fields first, the defaults take care_demand and
    cost_nearest (before, the first numeric field was the demand)."""
    lay = point_layer([(100.0 * i, 0) for i in range(5)],
                      {"fid_like": [1.0, 2, 3, 4, 5], "care_demand": POP, "cost_nearest": MINUTES})
    out = run("caredeserts", {"INPUT": lay, "THRESHOLD": 20})
    assert col(out["OUTPUT"], "desert") == [0, 0, 0, 0, 1]
