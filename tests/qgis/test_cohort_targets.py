"""Targets per cohort (issue 12 item 7): policy targets per age band, e.g. Brazil's PNE
meta 1 (50% of children 0-3 in crèche, 100% of 4-5 in pre-school), in caremap:caregaps
and caremap:carepipeline, through processing.run, with hand-computed values."""
import re

import numpy as np
import pytest
from layers import Recorder, point_layer, polygon_layer, rows, run_alg
from qgis.core import QgsProcessingException

PNE = "p_0_3:0.5;p_4_5:1.0"
GAPS_LABEL = "'Targets per age band (field:ratio;...; replaces the policy target)'"


def col(layer, name):
    return [r[name] for r in rows(layer)]


def blocks(name="My blocks"):
    """Three units: children 0-3 / 4-5 and accessible places.

    By hand with PNE targets: required = 0.5 p_0_3 + 1.0 p_4_5 = [9, 6, 3.5];
    shortfall = max(0, required - places) = [3, 0, 2.5]; surplus = [0, 2, 0];
    below_target = [1, 0, 1]. A single target of 0.5 per child would give required
    0.5 x kids = [7, 3, 3.5] and shortfall [1, 0, 2.5] instead."""
    return point_layer([(0, 0), (100, 0), (200, 0)],
                       {"p_0_3": [10.0, 0.0, 7.0], "p_4_5": [4.0, 6.0, 0.0], "kids": [14.0, 6.0, 7.0],
                        "places": [6.0, 8.0, 1.0], "district": ["a", "a", "b"]}, name=name)


def gaps(layer, feedback=None, **extra):
    params = {"INPUT": layer, "DEMAND_FIELD": "kids", "SUPPLY_FIELD": "places", "SUPPLY_KIND": "places",
              "TARGET_RATIO": 0.5, "DISTRICT_FIELD": "district", "OUTPUT": "TEMPORARY_OUTPUT",
              "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_alg("caremap:caregaps", params, feedback)


# ------------------------------------------------------------------ caregaps
def test_caregaps_two_bands_hand_computed(caremap_provider):
    feedback = Recorder()
    out = gaps(blocks(), feedback, TARGETS=PNE)
    lay = out["OUTPUT"]
    np.testing.assert_allclose(col(lay, "required"), [9.0, 6.0, 3.5])
    np.testing.assert_allclose(col(lay, "shortfall"), [3.0, 0.0, 2.5])
    np.testing.assert_allclose(col(lay, "surplus"), [0.0, 2.0, 0.0])
    assert col(lay, "below_target") == [1, 0, 1]
    # coverage and unmet do not depend on the target (one place per person)
    np.testing.assert_allclose(col(lay, "unmet"), [8.0, 0.0, 6.0])
    summary = {r["district"]: r for r in rows(out["OUTPUT_SUMMARY"])}
    np.testing.assert_allclose([summary["a"]["required"], summary["b"]["required"]], [15.0, 3.5])
    np.testing.assert_allclose([summary["a"]["shortfall"], summary["b"]["shortfall"]], [3.0, 2.5])
    np.testing.assert_allclose([summary["a"]["surplus"], summary["b"]["surplus"]], [2.0, 0.0])
    assert [summary["a"]["units_below_target"], summary["b"]["units_below_target"]] == [1, 1]
    np.testing.assert_allclose([summary["a"]["people_below_target"], summary["b"]["people_below_target"]],
                               [14.0, 7.0])
    # the log says which targets were used, and that the single target was not
    assert any("p_0_3 0.5, p_4_5 1" in m and "'Policy target" in m for m in feedback.infos), feedback.infos


def test_caregaps_targets_replace_the_single_target(caremap_provider):
    """Without TARGETS the single ratio is used (0.5 x kids): the per-band result differs,
    so the parameter really changes the numbers."""
    single = gaps(blocks())["OUTPUT"]
    np.testing.assert_allclose(col(single, "required"), [7.0, 3.0, 3.5])
    np.testing.assert_allclose(col(single, "shortfall"), [1.0, 0.0, 2.5])
    # the same with TARGET_RATIO 0 (no single target): the per-band targets still apply
    lay = gaps(blocks(), TARGETS=PNE, TARGET_RATIO=0.0)["OUTPUT"]
    np.testing.assert_allclose(col(lay, "required"), [9.0, 6.0, 3.5])


def test_caregaps_one_band_equals_the_single_target(caremap_provider):
    """A target on the demand field itself is the single target: 'kids:0.5' == 0.5."""
    a = gaps(blocks(), TARGETS="kids:0.5")["OUTPUT"]
    b = gaps(blocks())["OUTPUT"]
    for name in ("required", "shortfall", "surplus", "below_target"):
        np.testing.assert_allclose(col(a, name), col(b, name))


def test_caregaps_access_ratio_supply(caremap_provider):
    """With supply as an access ratio, places = access x demand, then the band targets."""
    layer = point_layer([(0, 0), (100, 0)], {"p_0_3": [10.0, 2.0], "p_4_5": [10.0, 2.0],
                                             "care_demand": [20.0, 4.0], "access": [0.5, 2.0]})
    lay = run_alg("caremap:caregaps", {"INPUT": layer, "TARGETS": "p_0_3:0.5; p_4_5:1", "OUTPUT": "TEMPORARY_OUTPUT",
                                       "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})["OUTPUT"]
    # places [10, 8]; required [15, 3]
    np.testing.assert_allclose(col(lay, "places"), [10.0, 8.0])
    np.testing.assert_allclose(col(lay, "required"), [15.0, 3.0])
    np.testing.assert_allclose(col(lay, "shortfall"), [5.0, 0.0])
    np.testing.assert_allclose(col(lay, "surplus"), [0.0, 5.0])


@pytest.mark.parametrize("targets, words", [
    ("p_0_3:0.5;p_0_3:1.0", r"field 'p_0_3' is listed twice"),
    ("p_0_3:-0.5;p_4_5:1.0", r"field 'p_0_3' must be a number >= 0"),
    ("p_0_3:half;p_4_5:1.0", r"'half' for field 'p_0_3' is not a number"),
    ("p_0_3=0.5", r"field:ratio"),
    ("p_0_3:0;p_4_5:0", r"every target is 0"),
])
def test_caregaps_bad_targets_name_the_label(caremap_provider, targets, words):
    with pytest.raises(QgsProcessingException) as err:
        gaps(blocks(), TARGETS=targets)
    message = str(err.value)
    assert message.startswith(GAPS_LABEL), message
    assert re.search(words, message), message
    assert "e.g. 'p_0_3:0.5;p_4_5:1.0'" in message
    assert "TARGETS" not in message


def test_caregaps_target_field_missing_names_layer_and_field(caremap_provider):
    with pytest.raises(QgsProcessingException) as err:
        gaps(blocks(), TARGETS="p_0_3:0.5;p_4_6:1.0")
    message = str(err.value)
    assert message.startswith(GAPS_LABEL) and "'p_4_6'" in message and "(My blocks)" in message, message
    assert "'p_0_3'," not in message.split("fields are:")[0]  # only the missing one is named as missing
    assert "TARGETS" not in message and "INPUT" not in message


def test_caregaps_target_field_negative_or_null(caremap_provider):
    bad = point_layer([(0, 0), (100, 0)], {"p_0_3": [10.0, -1.0], "p_4_5": [4.0, None], "kids": [14.0, 6.0],
                                           "places": [6.0, 8.0], "district": ["a", "a"]}, name="Bad blocks")
    with pytest.raises(QgsProcessingException, match=r"Field 'p_4_5' of layer .*\(Bad blocks\).*NULL"):
        gaps(bad, TARGETS=PNE)
    with pytest.raises(QgsProcessingException, match=r"Field 'p_0_3' of layer .*\(Bad blocks\).*negative"):
        gaps(bad, TARGETS="p_0_3:0.5")


# ------------------------------------------------------------------ carepipeline
def pipeline_inputs():
    fac = point_layer([(50, 50), (1050, 50)], {"name": ["Creche Sol", "Escola Lua"], "capacity": [10.0, 40.0],
                                               "service_type": ["childcare"] * 2}, name="My facilities")
    units = polygon_layer([(0, 0, 100), (1000, 0, 100), (5000, 0, 100)],
                          {"p_0_3": [20.0, 40.0, 8.0], "p_4_5": [10.0, 30.0, 2.0],
                           "district": ["Norte", "Norte", "Sul"]}, name="My blocks")
    return fac, units


def pipeline(fac, units, feedback=None, **extra):
    params = {"FACILITIES": [fac], "UNITS": units, "BAND_MAPPING": "p_0_3:0-3;p_4_5:4-5", "WEIGHTS": "equal",
              "DISTRICT_FIELD": "district", "COST_MODE": "straight", "SPEED": 6.0, "DETOUR": 1.0,
              "THRESHOLD": 15.0, "TARGET_RATIO": 0.5, "OUTPUT_INVENTORY": "TEMPORARY_OUTPUT",
              "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT",
              "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_alg("caremap:carepipeline", params, feedback)


def test_pipeline_targets_per_band(caremap_provider):
    fac, units = pipeline_inputs()
    out = pipeline(fac, units, TARGETS=PNE)
    r = rows(out["OUTPUT_UNITS"])
    p03 = np.array([x["p_0_3"] for x in r])
    p45 = np.array([x["p_4_5"] for x in r])
    demand = np.array([x["care_demand"] for x in r])
    np.testing.assert_allclose(demand, p03 + p45)
    places = np.array([x["access"] for x in r]) * demand
    required = np.array([x["required"] for x in r])
    np.testing.assert_allclose(required, 0.5 * p03 + 1.0 * p45)  # [20, 50, 6]
    np.testing.assert_allclose(required, [20.0, 50.0, 6.0])
    np.testing.assert_allclose([x["shortfall"] for x in r], np.maximum(0, required - places), atol=1e-9)
    # the third block reaches nothing within 15 minutes: its whole requirement is missing
    assert r[2]["shortfall"] == pytest.approx(6.0)
    # without targets the single ratio is used: 0.5 x demand
    single = rows(pipeline(fac, units)["OUTPUT_UNITS"])
    np.testing.assert_allclose([x["required"] for x in single], 0.5 * demand)


def test_pipeline_bad_targets_refused_before_any_step(caremap_provider, tmp_path):
    fac, units = pipeline_inputs()
    inv = tmp_path / "inv.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        pipeline(fac, units, TARGETS="p_0_3:0.5;p_0_3:1", OUTPUT_INVENTORY=str(inv))
    message = str(err.value)
    assert message.startswith(GAPS_LABEL) and "listed twice" in message, message
    assert not inv.exists()
    # a field that is not one of the cohort's age bands
    with pytest.raises(QgsProcessingException) as err:
        pipeline(fac, units, TARGETS="p_0_3:0.5;p_6_9:1", OUTPUT_INVENTORY=str(inv))
    message = str(err.value)
    assert message.startswith(GAPS_LABEL) and "'p_6_9'" in message and "(My blocks)" in message, message
    assert "'Age-band fields of the cohort (field:band;...)'" in message and "p_0_3, p_4_5" in message, message
    assert not re.search(r"\b(TARGETS|BAND_MAPPING|UNITS)\b", message), message
    assert not inv.exists()


# ------------------------------------------------------------------ report
def report_units():
    """places = access x care_demand = [6, 8, 1]; PNE required = [9, 6, 4] (19 places),
    missing = max(0, required - places) = [3, 0, 3] (6 places). A single target of 0.3
    would say 0.3 x 28 = 8 places needed instead."""
    return polygon_layer([(0, 0, 100), (100, 0, 100), (200, 0, 100)],
                         {"care_demand": [14.0, 6.0, 8.0], "access": [6 / 14, 8 / 6, 1 / 8],
                          "p_0_3": [10.0, 0.0, 8.0], "p_4_5": [4.0, 6.0, 0.0], "district": ["a", "a", "b"]},
                         name="Result blocks")


def report_html(tmp_path, **extra):
    from html import unescape

    params = {"UNITS": report_units(), "DISTRICT_FIELD": "district", "THRESHOLD": 20, "TARGET": 0.3,
              "COHORT_LABEL": "children", "OUTPUT_HTML": str(tmp_path / "r.html")}
    params.update(extra)
    run_alg("caremap:report", params)
    return unescape((tmp_path / "r.html").read_text(encoding="utf-8"))


def test_report_says_the_targets_per_band_in_words(caremap_provider, tmp_path):
    html = report_html(tmp_path, TARGETS=PNE)
    assert ("At the policy targets per age band (a place for 50% of p_0_3, 100% of p_4_5), 19 places are "
            "needed; 6 places are missing") in html, html
    assert "places missing for the targets per age band (50% of p_0_3, 100% of p_4_5)" in html
    # the single target given next to them is not quoted as if it had been used
    assert "At the policy target of" not in html and "target of 0" not in html
    # the districts holding the missing places: a (3) and b (3) -> both needed for 70%
    assert "100.0% of the missing places lie in 2 districts" in html
    # without targets the single target is what the report says
    single = report_html(tmp_path)
    assert "At the policy target of 0" in single and "per age band" not in single


def test_report_bad_targets(caremap_provider, tmp_path):
    label = "'Targets per age band (field:ratio;...; replaces the policy target)'"
    with pytest.raises(QgsProcessingException) as err:
        report_html(tmp_path, TARGETS="p_0_3:0.5;p_9:1")
    message = str(err.value)
    assert message.startswith(label) and "'p_9'" in message and "(Result blocks)" in message, message
    with pytest.raises(QgsProcessingException, match=r"listed twice"):
        report_html(tmp_path, TARGETS="p_0_3:0.5;p_0_3:1")
    assert not re.search(r"\bTARGETS\b", message)


def test_pipeline_report_says_the_targets(caremap_provider, tmp_path):
    from html import unescape

    fac, units = pipeline_inputs()
    html_path = tmp_path / "pipeline.html"
    out = pipeline(fac, units, TARGETS=PNE, OUTPUT_HTML=str(html_path))
    r = rows(out["OUTPUT_UNITS"])
    needed = sum(x["required"] for x in r)
    missing = sum(x["shortfall"] for x in r)
    assert needed == pytest.approx(76.0)
    html = unescape(html_path.read_text(encoding="utf-8"))
    assert (f"At the policy targets per age band (a place for 50% of p_0_3, 100% of p_4_5), {needed:,.0f} places "
            f"are needed; {missing:,.0f} places are missing") in html, html
    assert "At the policy target of" not in html
