"""Time in the report and the pipeline (issue 13 item 5): one sentence per caregivers'
time window (covered_<label>) and the count of temporal care deserts (temporal_desert),
by hand; the one-run pipeline passes opening hours and time windows through."""
import re
from html import unescape

import pytest
from layers import Recorder, point_layer, polygon_layer
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsVectorLayer


def run(alg, params, feedback=None):
    import processing

    return processing.run(f"caremap:{alg}", params, feedback=feedback or QgsProcessingFeedback())


def items_of(path):
    return [unescape(i) for i in re.findall(r"<li>(.*?)</li>", path.read_text(encoding="utf-8"))]


def blocks(**extra):
    fields = {"care_demand": [100.0, 300.0, 200.0, 400.0, None], "cost_nearest": [5.0, 6.0, 8.0, 30.0, 2.0],
              "covered_evening": [1, 0, 1, 0, 1], "covered_saturday": [0, 0, 1, None, 1]}
    fields.update(extra)
    return polygon_layer([(i * 100, 0, 100) for i in range(5)], fields, name="Blocks")


def test_report_says_the_share_covered_in_each_window_and_the_temporal_deserts(caremap_provider, tmp_path):
    path = tmp_path / "r.html"
    run("report", {"UNITS": blocks(temporal_desert=[0, 1, 0, 0, 0]), "COHORT_LABEL": "children under 6",
                   "TIME_WINDOWS": "evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00",
                   "OUTPUT_HTML": str(path)}, Recorder())
    items = items_of(path)
    # evening: 100 + 200 of 1,000 (the NULL-demand block is left out); saturday: 200 of 600 (a NULL flag: out)
    assert "In the evening window (Mo-Fr 17:00-20:00), 30.0% of children under 6 (300) reach a facility " \
           "that is open then." in items
    assert "In the saturday window (Sa 09:00-13:00), 33.3% of children under 6 (200) reach a facility " \
           "that is open then." in items
    assert "Temporal care deserts (high demand and care within reach at some hour, but none open within " \
           "reach in the caregivers' time window): 1 unit." in items
    assert "300 children under 6 (30.0%) live in the temporal care deserts." in items


def test_report_without_the_hours_and_without_time_fields(caremap_provider, tmp_path):
    path = tmp_path / "r.html"
    run("report", {"UNITS": blocks(), "COHORT_LABEL": "children", "OUTPUT_HTML": str(path)})
    items = items_of(path)
    assert "In the evening window, 30.0% of children (300) reach a facility that is open then." in items
    assert not [i for i in items if "temporal" in i]
    path2 = tmp_path / "r2.html"
    plain = polygon_layer([(0, 0, 100)], {"care_demand": [5.0], "cost_nearest": [3.0]})
    run("report", {"UNITS": plain, "OUTPUT_HTML": str(path2)})
    assert not [i for i in items_of(path2) if "window" in i]


def test_report_time_errors_name_the_parameter_and_the_fields(caremap_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="Time windows the analysis used") as err:
        run("report", {"UNITS": blocks(), "TIME_WINDOWS": "evening", "OUTPUT_HTML": str(tmp_path / "a.html")})
    assert "TIME_WINDOWS" not in str(err.value)
    with pytest.raises(QgsProcessingException, match="covered_evening"):
        run("report", {"UNITS": blocks(covered_evening=[2, 0, 1, 0, 1]), "OUTPUT_HTML": str(tmp_path / "b.html")})


def _pipeline_inputs():
    # facility A near block 0 closes at 17:00, B near block 2 is open until 20:00; block 1 is far from both
    fac = point_layer([(50, 50), (4050, 50)], {"name": ["Jardin A", "Jardin B"], "capacity": [10.0, 20.0],
                                               "service_type": ["childcare"] * 2,
                                               "opening_hours": ["Mo-Fr 08:00-17:00", "Mo-Fr 08:00-20:00"]},
                      name="My facilities")
    units = polygon_layer([(0, 0, 100), (2000, 0, 100), (4000, 0, 100)],
                          {"p_0_2": [30.0, 2.0, 20.0], "p_3_5": [30.0, 1.0, 20.0]}, name="My blocks")
    QgsProject.instance().addMapLayers([fac, units])
    return fac, units


def test_pipeline_passes_opening_hours_and_time_windows_through(caremap_provider, tmp_path):
    from caremap.kernels.opening_hours import temporal_deserts

    fac, units = _pipeline_inputs()
    try:
        html = tmp_path / "r.html"
        res = run("carepipeline", {
            "FACILITIES": [fac.id()], "UNITS": units.id(), "OPENING_HOURS_FIELD": "opening_hours",
            "TIME_WINDOWS": "evening=Mo-Fr 17:00-20:00|morning=Mo-Fr 07:00-09:00", "DESERT_WINDOW": "evening",
            "OUTPUT_INVENTORY": "TEMPORARY_OUTPUT", "OUTPUT_UNITS": "TEMPORARY_OUTPUT",
            "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT", "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT",
            "OUTPUT_HTML": str(html), "COHORT_LABEL": "children under 6"})
        out = res["OUTPUT_UNITS"]
        out = out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(out, "u", "ogr")
        rows = sorted(out.getFeatures(), key=lambda f: f["care_demand"])
        by_demand = {f["care_demand"]: f for f in rows}   # 3 (far), 40 (B), 60 (A)
        assert [by_demand[d]["covered"] for d in (60, 3, 40)] == [1, 0, 1]
        assert [by_demand[d]["covered_evening"] for d in (60, 3, 40)] == [0, 0, 1]   # A closed 17:00-20:00
        # morning 07:00-09:00: each open one hour of two, so half its places count
        assert by_demand[60]["access_morning"] == pytest.approx(by_demand[60]["access"] / 2)
        assert by_demand[40]["access_evening"] == pytest.approx(by_demand[40]["access"])
        assert by_demand[60]["access_evening"] == 0
        names = out.fields().names()
        assert "temporal_desert" in names
        expected = temporal_deserts([f["high_demand"] for f in rows], [f["low_access"] for f in rows],
                                    [f["covered_evening"] for f in rows])
        assert [f["temporal_desert"] for f in rows] == expected.tolist()
        items = items_of(html)
        # evening: 40 of 103 children
        assert "In the evening window (Mo-Fr 17:00-20:00), 38.8% of children under 6 (40) reach a facility " \
               "that is open then." in items
    finally:
        QgsProject.instance().removeMapLayers([fac.id(), units.id()])


def test_pipeline_time_parameters_are_checked_before_any_step(caremap_provider):
    fac, units = _pipeline_inputs()
    base = {"FACILITIES": [fac.id()], "UNITS": units.id(), "OUTPUT_INVENTORY": "TEMPORARY_OUTPUT",
            "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT",
            "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT"}
    try:
        with pytest.raises(QgsProcessingException, match="not one of the time windows") as err:
            run("carepipeline", dict(base, TIME_WINDOWS="evening=Mo-Fr 17:00-20:00", DESERT_WINDOW="night",
                                     OPENING_HOURS_FIELD="opening_hours"))
        assert "DESERT_WINDOW" not in str(err.value) and "Time window for temporal care deserts" in str(err.value)
        with pytest.raises(QgsProcessingException, match="Opening hours field of the facility layers"):
            run("carepipeline", dict(base, TIME_WINDOWS="evening=Mo-Fr 17:00-20:00"))
        with pytest.raises(QgsProcessingException, match="None of the facility layers .My facilities. has the "
                                                         "field 'hours'"):
            run("carepipeline", dict(base, TIME_WINDOWS="evening=Mo-Fr 17:00-20:00", OPENING_HOURS_FIELD="hours"))
        with pytest.raises(QgsProcessingException, match="Caregivers' time windows"):
            run("carepipeline", dict(base, TIME_WINDOWS="evening", OPENING_HOURS_FIELD="opening_hours"))
    finally:
        QgsProject.instance().removeMapLayers([fac.id(), units.id()])
