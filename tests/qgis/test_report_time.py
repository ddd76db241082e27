"""Time in the report and the pipeline (issue 13 item 5): one sentence per caregivers'
time window (covered_<label>) and the count of temporal care deserts (temporal_desert),
by hand; the one-run pipeline passes opening hours and time windows through."""
import re
from html import unescape

import pytest
from layers import Recorder, polygon_layer
from qgis.core import QgsProcessingException, QgsProcessingFeedback


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
