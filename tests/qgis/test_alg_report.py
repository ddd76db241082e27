"""caremap:report and caremap:carepipeline through processing.run."""
import json
import math
import re

import numpy as np
import pytest
from caremap.kernels import report as figures
from layers import polygon_layer
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
    share = figures.share_beyond(cost, demand, 20)
    assert math.isclose(res["SHARE_BEYOND"], share)
    assert f"{100 * share:.0f}% of children" in html
    assert pdf_path.read_bytes()[:5] == b"%PDF-"
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf_path.read_bytes())) >= 5  # maps, text, charts


def test_report_without_optional_fields(caremap_provider, tmp_path):
    layer = polygon_layer([(0, 0, 100), (100, 0, 100)], {"care_demand": [5.0, 10.0]})
    res = run("report", {"UNITS": layer, "OUTPUT_HTML": str(tmp_path / "r.html")})
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "15 people needing care" in html
    assert math.isnan(res["SHARE_BEYOND"])


def test_report_bad_input(caremap_provider, tmp_path):
    layer = polygon_layer([(0, 0, 100)], {"care_demand": [-5.0]})
    with pytest.raises(QgsProcessingException, match="negative"):
        run("report", {"UNITS": layer, "OUTPUT_HTML": str(tmp_path / "r.html")})
    layer = polygon_layer([(0, 0, 100)], {"care_demand": [5.0]})
    with pytest.raises(QgsProcessingException):
        run("report", {"UNITS": layer, "COST_FIELD": "nope", "OUTPUT_HTML": str(tmp_path / "r.html")})


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
    assert "children under 6" in html and "caremap:accessibility" in html  # parameters recorded
    assert 0 <= res["SHARE_COVERED"] <= 1


def test_pipeline_cancelled(caremap_provider, demo_gpkg, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancel"):
        run("carepipeline", pipeline_params(demo_gpkg, tmp_path), feedback=feedback)
