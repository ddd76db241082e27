"""Issue 18.2, a report a council can read: page 1 holds the title and the key figures;
no page holds a file path, a layer id, a regex or a brace; the PDF says its title and
author; legends show only classes that occur, rounded, never degenerate. On a small
generated run and on the demo report of `make demo` (out/report_children.pdf; skipped
when it is not there)."""
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from layers import polygon_layer
from qgis.core import QgsProcessingFeedback

ROOT = Path(__file__).resolve().parents[2]
PATHLIKE = re.compile(r"(/[\w.-]+){2,}|[A-Za-z]:\\|\.gpkg\|layername|[0-9a-f]{8}_[0-9a-f]{4}_|[0-9a-f]{16,}")

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdfinfo"),
                                reason="poppler-utils (pdftotext, pdfinfo) not installed")


def pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", info(pdf)).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(k), "-l", str(k), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout for k in range(1, n + 1)]


def info(pdf):
    return subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout


def flat(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))  # "ﬂ" ligatures -> "fl"


def check_clean(texts):
    for k, t in enumerate(texts, 1):
        assert "{" not in t and "}" not in t, f"page {k} holds a brace"
        hit = PATHLIKE.search(t)
        assert hit is None, f"page {k} holds a path or id: {hit.group(0)!r}"
        assert "\\s" not in t and "^" not in t, f"page {k} holds a pattern"
        assert "nan" not in flat(t).lower().split() and "inf" not in flat(t).lower().split()


@pytest.fixture
def small_run(caremap_provider, tmp_path):
    import processing

    cells = [(x * 100, y * 100, 100) for y in range(4) for x in range(5)]
    n = len(cells)
    demand = [float(10 * (i % 5) + 5) for i in range(n)]  # 5..45 people
    cost = [float(i) for i in range(n)]  # 0..19 minutes
    access = [0.0 if i < 4 else 0.25 for i in range(n)]
    desert = [1 if c > 15 and d > 20 else 0 for c, d in zip(cost, demand)]
    district = ["Norte" if i < 10 else "Sur" for i in range(n)]
    layer = polygon_layer(cells, {"care_demand": demand, "cost_nearest": cost, "access": access,
                                  "desert": desert, "district": district})
    layer.setName("Blocks")
    record = {"caremap:accessibility": {"DEMAND": str(tmp_path / "x.gpkg") + "|layername=blocks",
                                        "METHOD": "2sfca", "THRESHOLD": 10, "TARGET_GROUP": "children",
                                        "NETWORK": "/data/city/roads.gpkg|layername=roads"},
              "caremap:supplyinventory": {"NAME_BLACKLIST": r"^\s*(test|xxx)\b"}}
    res = processing.run("caremap:report", {
        "UNITS": layer, "DISTRICT_FIELD": "district", "THRESHOLD": 10, "TARGET": 0.2,
        "TITLE": "Childcare in Testville", "COHORT_LABEL": "children", "PARAMETERS": json.dumps(record),
        "OUTPUT_HTML": str(tmp_path / "r.html"), "OUTPUT_PDF": str(tmp_path / "r.pdf")},
        feedback=QgsProcessingFeedback())
    return res, np.array(demand), np.array(cost), np.array(desert), tmp_path


def test_small_report_first_page_metadata_and_clean_pages(small_run):
    res, demand, cost, desert, tmp = small_run
    texts = pages(tmp / "r.pdf")
    first = flat(texts[0])
    assert "Childcare in Testville" in first
    within = demand[cost <= 10].sum()  # by hand: units 0..10 within 10 minutes
    assert f"{within:,.0f} children ({100 * within / demand.sum():.1f}%) live within 10 minutes" in first
    assert f"{demand.sum():,.0f} children" in first
    assert "Study area: 20 units" in first and "2 districts" in first
    meta = info(tmp / "r.pdf")
    assert re.search(r"Title:\s+Childcare in Testville", meta)
    assert re.search(r"Author:\s+CareMap", meta)
    check_clean(texts)
    everything = flat(" ".join(texts))
    # the method table in words: layer names, readable choices, no path, no pattern
    assert "Two-step floating catchment (2SFCA)" in everything
    assert "blocks" in everything and "roads" in everything
    assert "a text pattern" in everything
    # each indicator explained
    for word in ("Gini index", "Palma ratio", "Access (2SFCA)"):
        assert word in everything


def test_small_report_legends_only_classes_that_occur(small_run):
    _, _, _, desert, tmp = small_run
    everything = flat(" ".join(pages(tmp / "r.pdf")))
    assert "not a care desert" in everything and "care desert" in everything
    assert "second mode" not in everything
    # rounded classes, no degenerate one (e.g. "100 – 100") and no 4-decimal break
    for lo, hi in re.findall(r"(\d[\d.,]*) – (\d[\d.,]*)", everything):
        assert lo != hi, f"degenerate class {lo} – {hi}"
        assert not re.search(r"\.\d{3,}", lo + " " + hi), f"unrounded class {lo} – {hi}"
    # access 0 (4 units) and 0.25 (16 units): two classes at most, never five
    assert len(re.findall(r"0[.,]25", everything)) >= 1


def test_small_report_html_same_content_and_fits_any_width(small_run):
    _, _, _, _, tmp = small_run
    html = (tmp / "r.html").read_text(encoding="utf-8")
    assert "Childcare in Testville" in html and "Two-step floating catchment (2SFCA)" in html
    assert "Gini index" in html and "Method and parameters" in html
    body = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    body = re.sub(r'src="data:[^"]+"', "", body)
    body = re.sub(r"<svg.*?</svg>", "", body, flags=re.S)
    assert "{" not in body and "}" not in body  # no dict dump
    assert PATHLIKE.search(body) is None
    assert "overflow-wrap" in html and "table-layout:fixed" in html


DEMO_PDF = ROOT / "out" / "report_children.pdf"


@pytest.mark.skipif(not DEMO_PDF.exists(), reason="run `make demo` first (out/report_children.pdf)")
def test_demo_report_pages():
    texts = pages(DEMO_PDF)
    first = flat(texts[0])
    assert "Demo city: childcare for children under 6" in first
    assert re.search(r"[\d,]+ children under 6 \(\d+\.\d%\) live within 10 minutes' walk", first)
    assert "care deserts" in first and "places" in first
    meta = info(DEMO_PDF)
    assert re.search(r"Title:\s+Demo city: childcare for children under 6", meta)
    assert re.search(r"Author:\s+CareMap", meta)
    check_clean(texts)
    everything = flat(" ".join(texts))
    assert "second mode" not in everything
    assert "Method and parameters" in everything and "Gini index" in everything


def test_district_chart_without_access_shows_no_places_of_zero():
    # no access field: the places are unknown; a bar of 0 "accessible places" per district
    # would read as "no place within reach"
    import numpy as np
    from caremap.processing import report_svg

    labels = {"COHORT_LABEL": "children"}
    groups = np.array(["North", "South", "North"], dtype=object)
    charts, _ = report_svg.charts(np.array([10.0, 20.0, 5.0]), {}, groups, 10.0, 0.0, labels)
    assert len(charts) == 1
    assert "accessible places" not in charts[0]["svg"] and "accessible places" not in charts[0]["title"]
    assert "North: demand (children) 15" in charts[0]["svg"]  # hand sum 10 + 5
    charts, _ = report_svg.charts(np.array([10.0, 20.0, 5.0]), {"ACCESS_FIELD": np.array([0.5, 0.0, 0.2])},
                                  groups, 10.0, 0.0, labels)
    assert "North: accessible places 6" in charts[0]["svg"]  # 10 x 0.5 + 5 x 0.2
