"""Care blocks in the report (issue 14 item 4): a small caremap:careblocks run by hand,
its outputs given to caremap:report: the sentence on both groups before and after (HTML
and PDF text), the care blocks map page with legend entries only for what occurs, the
method table, errors that name the dialog's label; and the kernel that reads a plan back
(the fields the run read recognised from the covered values)."""
import re
import shutil
import subprocess
import unicodedata
from html import unescape

import numpy as np
import pytest
from caremap.kernels import careblocks as kblocks
from layers import Recorder, line_layer, point_layer, polygon_layer, run_alg
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

# units (40 m squares) centred at x = 0, 150, 300 and 900 m: dependants 10, 0, 8, 6 (24 in
# all), caregivers 5, 20, 8, 3 (36); candidate anchors a at 50, b at 250, c at 300; radius
# 100 m: b reaches u1 and u2 (8 dependants + 28 caregivers = 36 people, more than a's 35).
# A block already open at 900 m reaches u3.
D = [10.0, 0.0, 8.0, 6.0]
G = [5.0, 20.0, 8.0, 3.0]


def units():
    layer = polygon_layer([(x - 20, -20, 40) for x in (0, 150, 300, 900)], {
        "uid": ["u0", "u1", "u2", "u3"], "district": ["Norte", "Norte", "Sur", "Sur"],
        "care_demand": D, "women_15_64": G}, name="my blocks")
    return layer


def careblocks(existing=False):
    params = {"UNITS": units(), "DEPENDANTS_FIELD": "care_demand", "CAREGIVERS_FIELD": "women_15_64",
              "PRIORITY_FIELD": "",
              "CANDIDATES": point_layer([(50, 0), (250, 0), (300, 0)], {"name": ["a", "b", "c"]}, name="buildings"),
              "K": 1, "RADIUS": 100.0}
    if existing:
        params["EXISTING"] = point_layer([(900, 0)], {"name": ["open"]}, name="open blocks")
    for name in ("OUTPUT_ANCHORS", "OUTPUT_ALTERNATES", "OUTPUT_BLOCKS", "OUTPUT_INFLUENCE", "OUTPUT_UNITS"):
        params[name] = "TEMPORARY_OUTPUT"
    res = run_alg("caremap:careblocks", params)
    for name in ("OUTPUT_ANCHORS", "OUTPUT_ALTERNATES", "OUTPUT_INFLUENCE", "OUTPUT_UNITS"):
        res[name].setName({"OUTPUT_ANCHORS": "my anchors", "OUTPUT_ALTERNATES": "my alternates",
                           "OUTPUT_INFLUENCE": "my influence", "OUTPUT_UNITS": "my block units"}[name])
    return res


def streets():
    return line_layer([[(-50, 0), (950, 0)], [(150, -50), (150, 50)]], name="streets")


def report(tmp_path, blocks, pdf=True, **extra):
    import processing

    params = {"UNITS": blocks["OUTPUT_UNITS"], "DISTRICT_FIELD": "district", "STREETS": streets(),
              "BLOCK_ANCHORS": blocks["OUTPUT_ANCHORS"], "BLOCK_ALTERNATES": blocks["OUTPUT_ALTERNATES"],
              "BLOCK_INFLUENCE": blocks["OUTPUT_INFLUENCE"], "TITLE": "Care blocks of Demo",
              "OUTPUT_HTML": str(tmp_path / "r.html")}
    if pdf:
        params["OUTPUT_PDF"] = str(tmp_path / "r.pdf")
    params.update(extra)
    feedback = Recorder()
    processing.run("caremap:report", params, feedback=feedback)
    return tmp_path / "r.html", tmp_path / "r.pdf", feedback


def items_of(path):
    return [unescape(i) for i in re.findall(r"<li>(.*?)</li>", path.read_text(encoding="utf-8"))]


def pdf_pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                                                         check=True).stdout).group(1))
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", subprocess.run(
        ["pdftotext", "-layout", "-f", str(k), "-l", str(k), str(pdf), "-"], capture_output=True, text=True,
        check=True).stdout)) for k in range(1, n + 1)]


needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdfinfo"),
                                   reason="poppler-utils (pdftotext, pdfinfo) not installed")

ONE_BLOCK = ("1 care block reaches 8 people who need care (33.3%) and 28 caregivers (77.8%); before them, no care "
             "block reached anyone.")
WITH_OPEN = ("1 new care block and 1 already open reach 14 people who need care (58.3%) and 31 caregivers (86.1%); "
             "before the new ones, 6 people who need care (25.0%) and 3 caregivers (8.3%) were within reach of a "
             "block.")


@needs_poppler
def test_report_says_both_groups_and_draws_the_blocks_map(caremap_provider, tmp_path):
    blocks = careblocks()
    html, pdf, feedback = report(tmp_path, blocks)
    # by hand: block b reaches u1 and u2: 8 of 24 dependants, 20 + 8 = 28 of 36 caregivers
    assert ONE_BLOCK in items_of(html)
    assert ONE_BLOCK in feedback.infos
    text = html.read_text(encoding="utf-8")
    assert 'alt="Care blocks"' in text  # the map page, as an image with its title
    pages = pdf_pages(pdf)
    assert ONE_BLOCK in pages[0]  # page 1: the key numbers
    page = next(p for p in pages if p.lstrip().startswith("Care blocks ") and "Block anchors" in p)
    for entry in ("Area of influence (walk to the block)", "New block anchor", "Alternate buildings", "Districts",
                  "Streets"):
        assert entry in page, entry
    # legends only for what occurs: no block was open before
    assert "already open" not in " ".join(pages)
    # the method table names the layers given
    method = " ".join(p for p in pages if "Method and parameters" in p)
    for name in ("my anchors", "my alternates", "my influence"):
        assert name in method


@needs_poppler
def test_report_with_a_block_already_open(caremap_provider, tmp_path):
    blocks = careblocks(existing=True)
    html, pdf, _ = report(tmp_path, blocks)
    assert WITH_OPEN in items_of(html)
    pages = pdf_pages(pdf)
    page = next(p for p in pages if p.lstrip().startswith("Care blocks ") and "Block anchors" in p)
    assert "New block anchor" in page and "Anchor of a block already open" in page


def test_units_output_given_apart_and_its_errors(caremap_provider, tmp_path):
    blocks = careblocks()
    plain = units()  # the report's units without block fields: the sentence comes from the units output
    QgsProject.instance().addMapLayer(plain)
    gpkg = str(tmp_path / "block_units.gpkg")  # a GeoPackage: its fid is no field of people
    QgsVectorFileWriter.writeAsVectorFormatV3(blocks["OUTPUT_UNITS"], gpkg, QgsCoordinateTransformContext(),
                                              QgsVectorFileWriter.SaveVectorOptions())
    saved = QgsVectorLayer(gpkg, "saved block units", "ogr")
    assert "fid" in saved.fields().names()
    html, _, _ = report(tmp_path, blocks, pdf=False, UNITS=plain, BLOCK_UNITS=saved,
                        BLOCK_ANCHORS=None, BLOCK_ALTERNATES=None, BLOCK_INFLUENCE=None)
    assert ONE_BLOCK in items_of(html)
    assert 'alt="Care blocks"' not in html.read_text(encoding="utf-8")  # no anchors, no areas: no map page
    # no careblocks layer at all: no sentence on blocks
    html, _, _ = report(tmp_path, blocks, pdf=False, UNITS=plain, BLOCK_ANCHORS=None, BLOCK_ALTERNATES=None,
                        BLOCK_INFLUENCE=None)
    assert not [i for i in items_of(html) if "care block" in i]
    # a layer that is no units output of Care blocks: the label, the layer and the fields, never the id
    with pytest.raises(QgsProcessingException, match="Care blocks: units with their block") as err:
        report(tmp_path, blocks, pdf=False, UNITS=plain, BLOCK_UNITS=plain)
    assert "covered_dependants" in str(err.value) and "my blocks" in str(err.value)
    assert "BLOCK_UNITS" not in str(err.value)
    QgsProject.instance().removeMapLayer(plain.id())


def test_plan_figures_and_the_fields_the_run_read_by_hand():
    cov0 = np.array([0, 0, 0, 1])
    cov1 = np.array([0, 1, 1, 1])
    covD = np.array([0.0, 0.0, 8.0, 6.0])
    covG = np.array([0.0, 20.0, 8.0, 3.0])
    block = np.array([np.nan, 1, 1, 2])
    cols = {"pop": np.array([1.0, 0.0, 8.0, 6.0]),        # equal on the covered units too: not preferred
            "care_demand": np.array(D), "women_15_64": np.array(G), "other": np.array([0.0, 1.0, 2.0, 3.0])}
    assert kblocks.identify_group_field(cols, covD, cov1, prefer="care_demand") == "care_demand"
    assert kblocks.identify_group_field(cols, covD, cov1) == "pop"  # the first that matches without a preference
    assert kblocks.identify_group_field(cols, covG, cov1, exclude=("care_demand",)) == "women_15_64"
    assert kblocks.identify_group_field({"other": cols["other"]}, covD, cov1) is None
    assert kblocks.identify_group_field(cols, np.zeros(4), np.zeros(4)) is None  # nothing covered: unknown
    plan = kblocks.plan_figures(block, cov0, cov1, covD, covG, cols["care_demand"], cols["women_15_64"],
                                block_before=np.array([np.nan, np.nan, np.nan, 2]))
    assert plan["blocks"].tolist() == [1, 2]
    assert plan["block_dependants"].tolist() == [8.0, 6.0] and plan["block_caregivers"].tolist() == [28.0, 3.0]
    assert (plan["new_blocks"], plan["open_blocks"]) == (1, 1)
    assert (plan["dependants_covered_before"], plan["dependants_covered_after"]) == (6.0, 14.0)
    assert plan["dependants_share_after"] == pytest.approx(14 / 24)
    assert plan["caregivers_share_before"] == pytest.approx(3 / 36)
    # the same figures as the run's own coverage (kernels.careblocks.coverage)
    ref = kblocks.coverage(np.array(D), np.array(G), cov0 > 0, cov1 > 0)
    for k, v in ref.items():
        assert plan[k] == pytest.approx(v)
    unknown = kblocks.plan_figures(block, cov0, cov1, covD, covG)
    assert unknown["dependants_total"] is None and unknown["dependants_share_after"] is None
