"""caremap:report and caremap:carepipeline through processing.run."""
import json
import math
import re
from html import unescape

import numpy as np
import pytest
from layers import Recorder, polygon_layer
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def run(alg, params, feedback=None):
    import processing

    return processing.run(f"caremap:{alg}", params, feedback=feedback or QgsProcessingFeedback())


def units_layer():
    cells = [(x * 100, y * 100, 100) for y in range(4) for x in range(5)]
    n = len(cells)
    rng = np.random.default_rng(3)
    demand = rng.integers(0, 50, n).astype(float).tolist()
    cost = rng.uniform(0, 40, n).round(2).tolist()
    cost[0] = None  # unreachable
    access = rng.uniform(0, 1, n).round(3).tolist()
    unmet = rng.integers(0, 20, n).astype(float).tolist()
    desert = [int(c is None or c > 20) for c in cost]
    district = ["Norte" if i < 10 else EVIL for i in range(n)]
    layer = polygon_layer(cells, {"care_demand": demand, "cost_nearest": cost, "access": access,
                                  "unmet": unmet, "desert": desert, "district": district})
    layer.values = (np.array(demand), np.array([np.nan if c is None else c for c in cost]))
    return layer


def test_report_html_numbers_and_escaping(caremap_provider, tmp_path):
    layer = units_layer()
    html_path = tmp_path / "r.html"
    pdf_path = tmp_path / "r.pdf"
    res = run("report", {"UNITS": layer, "DISTRICT_FIELD": "district", "THRESHOLD": 20, "TARGET": 0.3,
                         "TITLE": "Test " + EVIL, "COHORT_LABEL": "children", "SERVICE_LABEL": "a place",
                         "PARAMETERS": json.dumps({"method": EVIL}),
                         "OUTPUT_HTML": str(html_path), "OUTPUT_PDF": str(pdf_path)})
    html = html_path.read_text(encoding="utf-8")
    # untrusted text is shown as text, never as markup
    assert "<script" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html
    assert html.count("<img") == html.count('src="data:image/png;base64,')  # only our inlined maps
    assert html.count('src="data:image/png;base64,') >= 3  # demand, access, deserts maps
    assert html.count("<svg") == 4  # bars, histogram, coverage curve, Lorenz
    # the numbers quoted are the kernel's
    demand, cost = layer.values
    beyond = demand[~(cost <= 20)].sum() / demand.sum()  # by hand: beyond 20 min or unreachable
    assert math.isclose(res["SHARE_BEYOND"], beyond)
    within = demand[cost <= 20].sum()
    assert f"{within:,.0f} children ({100 * (1 - beyond):.1f}%) live within 20 minutes' walk" in unescape(html)
    assert pdf_path.read_bytes()[:5] == b"%PDF-"
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf_path.read_bytes())) >= 5  # maps, text, charts


def test_report_without_optional_fields(caremap_provider, tmp_path):
    layer = polygon_layer([(0, 0, 100), (100, 0, 100)], {"care_demand": [5.0, 10.0]})
    res = run("report", {"UNITS": layer, "OUTPUT_HTML": str(tmp_path / "r.html")})
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "15 people needing care" in html
    assert res["SHARE_BEYOND"] is None  # no cost field: no figure, never NaN


def test_report_bad_input(caremap_provider, tmp_path):
    layer = polygon_layer([(0, 0, 100)], {"care_demand": [-5.0]})
    with pytest.raises(QgsProcessingException, match="negative"):
        run("report", {"UNITS": layer, "OUTPUT_HTML": str(tmp_path / "r.html")})


DEMO_MAPPINGS = ("|name=nombre,service_type=tipo,capacity=cupos,hours_per_day=horas,days_per_week=dias,"
                 "target_group=grupo,sphere='community',source='community'"
                 "|x=lon,y=lat,service_type=type,hours_per_day=hours,days_per_week=days,"
                 "target_group=group,source='crowd'")


def pipeline_params(demo_gpkg, tmp_path, **extra):
    import os

    g = demo_gpkg
    params = {
        "FACILITIES": [f"{g}|layername=facilities_registry", f"{g}|layername=facilities_community",
                       os.path.join(os.path.dirname(g), "crowd_facilities.csv")],
        "MAPPINGS": DEMO_MAPPINGS, "SOURCE_PRIORITY": "registry,community,crowd",
        "NAME_BLACKLIST": r"^\s*(test|xxx|borrar|prueba|asdf)\b",
        "UNITS": f"{g}|layername=blocks", "BAND_MAPPING": "p_0_2:0-2;p_3_5:3-5", "WEIGHTS": "equal",
        "DISTRICT_FIELD": "district", "TARGET_GROUP": "children", "COST_MODE": "straight", "THRESHOLD": 10,
        "VULNERABILITY_FIELDS": ["poverty", "fhh_share"],
        "OUTPUT_INVENTORY": str(tmp_path / "inv.gpkg"), "OUTPUT_UNITS": str(tmp_path / "units.gpkg"),
        "OUTPUT_SUPPLY": str(tmp_path / "sup.gpkg"), "OUTPUT_DISTRICTS": str(tmp_path / "dist.gpkg"),
    }
    params.update(extra)
    return params


def test_pipeline_on_demo_city(caremap_provider, demo_gpkg, tmp_path):
    res = run("carepipeline", pipeline_params(demo_gpkg, tmp_path, OUTPUT_HTML=str(tmp_path / "r.html")))
    units = QgsVectorLayer(res["OUTPUT_UNITS"], "u", "ogr")
    assert units.featureCount() == 2992
    names = set(units.fields().names())
    for f in ("p_0_2", "district", "care_demand", "access", "cost_nearest", "covered", "coverage", "unmet",
              "z_demand", "desert", "priority", "priority_rank", "priority_quintile"):
        assert f in names, f
    demand = np.array([f["care_demand"] for f in units.getFeatures()], float)
    p05 = np.array([f["p_0_2"] + f["p_3_5"] for f in units.getFeatures()], float)
    assert np.allclose(demand, p05)  # equal weights on the 0-5 bands = children 0-5
    assert demand.sum() == 102803  # the demo city's children 0-5 (data/demo/README.md)
    inv = QgsVectorLayer(res["OUTPUT_INVENTORY"], "i", "ogr")
    assert 500 < inv.featureCount() < 580  # 580 records minus blacklisted and duplicates
    dist = QgsVectorLayer(res["OUTPUT_DISTRICTS"], "d", "ogr")
    assert dist.featureCount() == 8
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "children under 6" in html and "Accessibility to care" in html  # parameters recorded, by step name
    assert 0 <= res["SHARE_COVERED"] <= 1


def test_pipeline_cancelled(caremap_provider, demo_gpkg, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancel"):
        run("carepipeline", pipeline_params(demo_gpkg, tmp_path), feedback=feedback)


# ---------------------------------------------------------------- issue 11: figures a reader can trust
def report_text(tmp_path, layer, **params):
    feedback = Recorder()
    path = tmp_path / "r.html"
    res = run("report", dict({"UNITS": layer, "COHORT_LABEL": "children", "OUTPUT_HTML": str(path)}, **params),
              feedback=feedback)
    html = path.read_text(encoding="utf-8")
    items = [unescape(i) for i in re.findall(r"<li>(.*?)</li>", html)]
    cards = [(unescape(a), unescape(b))
             for a, b in re.findall(r'<div class="card"><b>(.*?)</b><span>(.*?)</span></div>', html)]
    return res, html, items, cards, feedback




def words(html):
    """The report's text in lower case, without the inlined map images (base64)."""
    return re.sub(r'src="data:[^"]*"', "", html).lower()


def tiny_layer(**extra):
    # four units: one with NULL demand, one that reaches nothing within the search limit
    fields = {"care_demand": [10.0, 30.0, 60.0, None], "cost_nearest": [5.0, 25.0, None, 3.0],
              "access": [0.5, 0.1, 0.0, 0.2], "desert": [0, 1, 1, 0], "district": ["A", "B", "B", "A"]}
    fields.update(extra)
    return polygon_layer([(i * 100, 0, 100) for i in range(4)], fields, name="Blocks of Ciudad Demo")


def test_report_figures_are_consistent_and_say_what_they_count(caremap_provider, tmp_path):
    res, html, items, cards, fb = report_text(tmp_path, tiny_layer(), THRESHOLD=20, TARGET=0.25,
                                              DISTRICT_FIELD="district")
    text = " ".join(items)
    # hand-computed: people 100; within 20 min 10 (unit 0); farther or none 90; unreachable 60;
    # places a D = 5 + 3 + 0 = 8; target 0.25 -> needed 25, missing 0 + 4.5 + 15 = 19.5 ~ 20;
    # one place per child: 5 + 27 + 60 = 92 without a place
    assert "10 children (10.0%) live within 20 minutes' walk of the nearest facility; 90 (90.0%)" in text
    assert "1 unit with 60 children cannot reach any facility within the search limit" in text
    assert "offer 8 places to these 100 children" in text
    assert "25 places are needed; 20 places are missing" in text
    assert "Counting one place per person, 92 children would have no place within reach" in text
    assert "Left out of every figure: 1 unit without a value in the demand field (care_demand)." in text  # counted, not dropped
    assert any("1 unit of layer" in w and "Blocks of Ciudad Demo" in w and "'care_demand'" in w
               for w in fb.warnings), fb.warnings
    # the figure no longer reads "live within reach of a place" beside "have no accessible place"
    assert "live within reach of" not in text and "no accessible place" not in text
    assert dict((k, v) for v, k in cards)["places missing for the target of 0.250 per person"] == "20"
    assert res["UNMET"] == pytest.approx(92.0) and res["SHARE_BEYOND"] == pytest.approx(0.9)
    assert res["DESERT_SHARE"] == pytest.approx(0.9)
    assert "100.0% of the missing places lie in 1 district: B." in text  # B: 4.5 + 15, A: 0


def test_report_missing_places_by_district_with_an_unmet_field(caremap_provider, tmp_path):
    # with a target, the sentence speaks of the missing places: B holds all of them
    # (4.5 + 15, A: 0), even when the layer also has an unmet field (people without a
    # place from access: A 5, B 87 -> 94.6%, the wrong figure for these words)
    res, html, items, cards, fb = report_text(tmp_path, tiny_layer(unmet=[5.0, 27.0, 60.0, 0.0]), THRESHOLD=20,
                                              TARGET=0.25, DISTRICT_FIELD="district")
    text = " ".join(items)
    assert "100.0% of the missing places lie in 1 district: B." in text
    # no target: the layer's unmet field; the NULL-demand unit (A, 1000) is left out as in
    # every figure (92 without a place): B holds 87 / 92, not A 1005 / 1092
    res, html, items, cards, fb = report_text(tmp_path, tiny_layer(unmet=[5.0, 27.0, 60.0, 1000.0]), THRESHOLD=20,
                                              DISTRICT_FIELD="district")
    text = " ".join(items)
    assert res["UNMET"] == pytest.approx(92.0)
    assert "94.6% of the people without a place lie in 1 district: B." in text


def test_report_missing_places_outside_every_district_count_in_the_share(caremap_provider, tmp_path):
    # unit 2 (60 children, 15 of the 19.5 missing places) is in no district: B keeps its 4.5,
    # which is 23.1% of every missing place, never "100% lie in B"
    res, html, items, cards, fb = report_text(tmp_path, tiny_layer(district=["A", "B", None, "A"]), THRESHOLD=20,
                                              TARGET=0.25, DISTRICT_FIELD="district")
    text = " ".join(items)
    assert "23.1% of the missing places lie in 1 district: B." in text, text
    # the people without a place (no target): B 27 + A 5 of 92 (60 in no district) = 34.8%,
    # never 70% or more of them "in 1 district: B" (27 of the 32 in districts)
    res, html, items, cards, fb = report_text(tmp_path, tiny_layer(district=["A", "B", None, "A"]), THRESHOLD=20,
                                              DISTRICT_FIELD="district")
    text = " ".join(items)
    assert "34.8% of the people without a place lie in 2 districts: B, A." in text, text


def test_report_inf_null_and_degenerate_totals_never_print_nan(caremap_provider, tmp_path):
    inf = float("inf")
    lyr = tiny_layer(care_demand=[10.0, inf, 60.0, None], cost_nearest=[5.0, inf, None, 3.0],
                     access=[0.5, inf, 0.0, 0.2])
    res, html, items, cards, fb = report_text(tmp_path, lyr, THRESHOLD=20)  # +inf no longer crashes
    low = words(html)
    assert "nan" not in low and "inf" not in low
    assert "2 units without a value in the demand field" in " ".join(items)  # NULL and +inf, counted
    # all-zero demand: plain words, no share
    lyr = tiny_layer(care_demand=[0.0, 0.0, 0.0, 0.0])
    res, html, items, cards, fb = report_text(tmp_path, lyr, THRESHOLD=20, TARGET=0.3)
    assert any("There is no demand in this layer" in s for s in items)
    assert ("no demand", "every unit has 0 children") in cards
    assert res["SHARE_BEYOND"] is None and res["DESERT_SHARE"] is None
    assert any("no demand in this layer" in w for w in fb.warnings)
    assert "nan" not in words(html)
    # all-zero capacity: said, not "99% covered"
    lyr = tiny_layer(access=[0.0, 0.0, 0.0, 0.0])
    res, html, items, cards, fb = report_text(tmp_path, lyr, THRESHOLD=20, TARGET=0.3)
    assert any("There is no capacity" in s for s in items)
    assert ("no capacity", "places within reach") in cards


def test_report_reads_the_cost_unit(caremap_provider, tmp_path):
    # 1250 m at 5 km/h (83.33 m/min) = 15 min: within 20 minutes
    lyr = tiny_layer(cost_nearest=[1250.0, 2500.0, None, 250.0], cost_unit=["meters"] * 4,
                     cost_speed_kmh=[5.0] * 4)
    res, html, items, cards, fb = report_text(tmp_path, lyr, THRESHOLD=20)
    assert res["SHARE_BEYOND"] == pytest.approx(0.9)  # 10 of 100 within 15 min, 30 at 30 min
    assert any("converted to minutes at their speed (5 km/h)" in i for i in fb.infos)
    lyr = tiny_layer(cost_nearest=[1250.0, 2500.0, None, 250.0], cost_unit=["meters"] * 4,
                     cost_speed_kmh=[None] * 4)
    with pytest.raises(QgsProcessingException, match="cost_speed_kmh.*km/h"):
        report_text(tmp_path, lyr, THRESHOLD=20)


def test_pipeline_errors_name_the_users_layer_and_fields(caremap_provider):
    # a NULL in an age band makes care_demand NULL, and accessibility refuses it: the message
    # must name the user's blocks and their band fields, not the pipeline's memory layer
    from layers import point_layer
    from qgis.core import QgsProject

    fac = point_layer([(50, 50), (250, 50)], {"name": ["a", "b"], "capacity": [10.0, 20.0],
                                              "service_type": ["childcare"] * 2}, name="My facilities")
    units = polygon_layer([(0, 0, 100), (100, 0, 100), (200, 0, 100)],
                          {"p_0_2": [5.0, None, 3.0], "p_3_5": [1.0, 2.0, 3.0]}, name="My blocks")
    QgsProject.instance().addMapLayers([fac, units])
    try:
        with pytest.raises(QgsProcessingException) as err:
            run("carepipeline", {"FACILITIES": [fac.id()], "UNITS": units.id(), "OUTPUT_INVENTORY": "TEMPORARY_OUTPUT",
                                 "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT",
                                 "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT"})
        message = str(err.value)
        assert "(My blocks)" in message and "p_0_2, p_3_5" in message, message
        assert "Accessibility (demand)" not in message and "memory" not in message.lower(), message
        assert message.startswith("Care map in one run, step "), message
    finally:
        QgsProject.instance().removeMapLayers([fac.id(), units.id()])


# ---------------------------------------------------------------- issue 11: threshold 0, labels not ids
def test_report_refuses_threshold_zero_with_its_label(caremap_provider, tmp_path):
    layer = polygon_layer([(0, 0, 100)], {"care_demand": [5.0], "cost_nearest": [3.0]})
    with pytest.raises(QgsProcessingException, match=r"'Travel time the analysis used \(minutes\)' is 0") as err:
        run("report", {"UNITS": layer, "THRESHOLD": 0.0, "OUTPUT_HTML": str(tmp_path / "r.html")})
    assert "THRESHOLD" not in str(err.value)
    assert not (tmp_path / "r.html").exists()


def test_pipeline_refuses_threshold_zero_before_any_step(caremap_provider, tmp_path):
    """The pipeline refuses 0 itself, with its own label, before running a child (the
    inventory is not written)."""
    from layers import point_layer

    fac = point_layer([(50, 50)], {"name": ["a"], "capacity": [10.0]}, name="My facilities")
    units = polygon_layer([(0, 0, 100)], {"p_0_2": [5.0], "p_3_5": [1.0]}, name="My blocks")
    inv = tmp_path / "inv.gpkg"
    with pytest.raises(QgsProcessingException, match=r"^'Catchment threshold \(minutes\)' is 0") as err:
        run("carepipeline", {"FACILITIES": [fac], "UNITS": units, "THRESHOLD": 0.0, "OUTPUT_INVENTORY": str(inv),
                             "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT",
                             "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT"})
    assert not re.search(r"\b(THRESHOLD|METHOD)\b", str(err.value)), str(err.value)
    assert not inv.exists()


def test_pipeline_child_errors_use_the_pipelines_labels(caremap_provider):
    """A child's message quoting one of its own dialog labels is shown with the label of
    the pipeline's dialog (the one the user filled in)."""
    from layers import point_layer

    fac = point_layer([(50, 50)], {"name": ["a"], "capacity": [10.0]}, name="My facilities")
    units = polygon_layer([(0, 0, 100)], {"p_0_2": [5.0], "p_3_5": [1.0]}, name="My blocks")
    with pytest.raises(QgsProcessingException) as err:
        run("carepipeline", {"FACILITIES": [fac], "UNITS": units, "NAME_BLACKLIST": "(",
                             "OUTPUT_INVENTORY": "TEMPORARY_OUTPUT", "OUTPUT_UNITS": "TEMPORARY_OUTPUT",
                             "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT", "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT"})
    assert "'Name blacklist (regular expression)' is not a valid regular expression" in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        run("carepipeline", {"FACILITIES": [fac], "UNITS": units, "BAND_MAPPING": "p_0_2=0-2",
                             "OUTPUT_INVENTORY": "TEMPORARY_OUTPUT", "OUTPUT_UNITS": "TEMPORARY_OUTPUT",
                             "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT", "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT"})
    message = str(err.value)
    assert "'Age-band fields of the cohort (field:band;...)'" in message, message
    assert "BAND_MAPPING" not in message and "'Age-band fields (field:band;...)'" not in message, message


def test_cost_map_only_when_the_cost_field_is_in_minutes(caremap_provider, tmp_path):
    """Without an access field the report maps the cost to the nearest facility with a legend
    in minutes: a cost field in metres (converted to minutes for the figures) is not drawn
    under that legend."""
    fields = {"care_demand": [10.0, 30.0, 60.0, 5.0], "desert": [0, 1, 1, 0]}
    minutes = polygon_layer([(i * 100, 0, 100) for i in range(4)],
                            dict(fields, cost_nearest=[5.0, 25.0, 12.0, 3.0]), name="Blocks")
    _res, html, *_ = report_text(tmp_path, minutes, THRESHOLD=20)
    assert "Time to the nearest service" in html
    metres = polygon_layer([(i * 100, 0, 100) for i in range(4)],
                           dict(fields, cost_nearest=[420.0, 2100.0, 1000.0, 250.0], cost_unit=["meters"] * 4,
                                cost_speed_kmh=[5.04] * 4), name="Blocks")
    res, html, *_ = report_text(tmp_path, metres, THRESHOLD=20)
    assert "Time to the nearest service" not in html
    assert res["SHARE_BEYOND"] == pytest.approx(30 / 105)  # 2100 m at 84 m/min = 25 min: the figures convert
