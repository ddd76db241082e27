"""The tutorial's chapter "Planning care blocks" (docs/tutorial.md, .es.md, .pt.md) as code, on
the demo city: the Bogota criteria of care demand, a priority index of those criteria, and
five care blocks; the numbers the chapter quotes are pinned here and found in every language.

The steps call processing.run with exactly the values the chapter tells people to type, through
the helpers of tests/qgis/tutorial_steps.py (same layers, same PARAMS record for the shots).
"""
import os

import numpy as np
import pytest
import tutorial_steps as steps

BLOCK_FIELDS = ["share_under5", "share_80plus", "dependency_ratio", "fhh_share", "poverty"]
EXPRESSION = '"dependency_ratio" IS NOT NULL'
OUTPUTS = ("OUTPUT_ANCHORS", "OUTPUT_ALTERNATES", "OUTPUT_BLOCKS", "OUTPUT_INFLUENCE", "OUTPUT_UNITS")


def step_b1_criteria():
    res = steps._run("caremap:caredemand", {
        "INPUT": steps.layer("blocks"), "BAND_MAPPING": steps.MADRID_BANDS, "WEIGHTS": "madrid",
        "CAREGIVER_FIELD": "women_15_64", "OUTPUT": steps.TMP}, key="caredemand_blocks")
    import processing

    # blocks where nobody lives, or nobody aged 15-64, have no shares (NULL): the index needs values
    units = processing.run("native:extractbyexpression", {
        "INPUT": res["OUTPUT"], "EXPRESSION": EXPRESSION, "OUTPUT": steps.TMP})["OUTPUT"]
    steps.PARAMS["extract_inhabited"] = {"EXPRESSION": EXPRESSION}
    units = steps._vlayer(units)
    return {"units": units, "n_units": units.featureCount(), **{f: steps._column(units, f) for f in ("share_under5", "share_80plus",
                                                                    "dependency_ratio", "pop_total")}}


def step_b2_priority(units):
    res = steps._run("caremap:priorityindex", {
        "INPUT": units, "FIELDS": BLOCK_FIELDS, "NORMALIZATION": "minmax", "WEIGHTS": "",
        "SENSITIVITY": True, "OUTPUT": steps.TMP}, key="priorityindex_blocks")
    out = steps._vlayer(res["OUTPUT"])
    return {"units": out, "top": int((steps._column(out, "priority_quintile") == 5).sum()),
            "top_always": int(res["N_TOP_ALWAYS"])}


def step_b3_blocks(units, solver):
    params = {"UNITS": units, "DEPENDANTS_FIELD": "dependents", "CAREGIVERS_FIELD": "women_15_64",
              "PRIORITY_FIELD": "priority", "CANDIDATES": steps.layer("facilities_community"),
              "ALTERNATES": steps.layer("facilities_registry"), "K": 5, "RADIUS": 800, "SOLVER": solver,
              **{n: steps.TMP for n in OUTPUTS}}
    return steps._run("caremap:careblocks", params, key=f"careblocks_{solver}")


@pytest.fixture(scope="module")
def chapter(caremap_provider, demo_gpkg):
    b1 = step_b1_criteria()
    b2 = step_b2_priority(b1["units"])
    return {"b1": b1, "b2": b2, "greedy": step_b3_blocks(b2["units"], "greedy"),
            "exact": step_b3_blocks(b2["units"], "exact")}


def pct1(x):
    return round(100 * x, 1)


def test_the_bogota_criteria(chapter):
    b1 = chapter["b1"]
    assert b1["n_units"] == 2913
    assert np.all((b1["share_under5"] >= 0) & (b1["share_under5"] <= 1))
    assert np.all(b1["dependency_ratio"] >= 0)


def test_their_priority(chapter):
    assert (chapter["b2"]["top"], chapter["b2"]["top_always"]) == (582, 533)


def test_five_care_blocks(chapter):
    g, e = chapter["greedy"], chapter["exact"]
    assert g["BLOCKS_PLACED"] == 5
    assert (g["DEPENDANTS_COVERED_AFTER"], g["CAREGIVERS_COVERED_AFTER"]) == (59603.0, 58648.0)
    assert (pct1(g["DEPENDANTS_SHARE_AFTER"]), pct1(g["CAREGIVERS_SHARE_AFTER"])) == (14.1, 13.3)
    assert g["HOURS_FREED_WEEK"] == 5000.0
    first = next(steps._vlayer(g["OUTPUT_ANCHORS"]).getFeatures())
    assert (first["nombre"], first["block"], first["alternates"]) == ("Hogar Comunitario El Rosal III", 1, 2)
    assert steps._vlayer(steps.layer("facilities_community")).featureCount() == 134
    assert e["STATUS"] == "optimal" and e["OBJECTIVE_VALUE"] >= g["OBJECTIVE_VALUE"]
    assert (round(g["OBJECTIVE_VALUE"]), round(e["OBJECTIVE_VALUE"])) == (63229, 63281)
    assert pct1(g["OBJECTIVE_VALUE"] / e["OBJECTIVE_VALUE"]) == 99.9


NUMBERS = ["2,913", "582", "533", "59,603", "14.1", "58,648", "13.3", "5,000", "99.9", "63,229", "63,281", "134",
           "Hogar Comunitario El Rosal III", "800", '"dependency_ratio" IS NOT NULL', steps.MADRID_BANDS]
HEADINGS = {"tutorial.md": "## Planning care blocks", "tutorial.es.md": "## Planificar manzanas del cuidado",
            "tutorial.pt.md": "## Planejar quadras do cuidado"}


@pytest.mark.parametrize("name", sorted(HEADINGS))
def test_the_chapter_quotes_these_numbers_before_the_own_city(name):
    text = open(os.path.join(steps.ROOT, "docs", name), encoding="utf-8").read()
    start = text.index(HEADINGS[name])
    chapter = text[start:text.index("\n## ", start + 3)]
    # Spanish and Portuguese write 59.603 and 14,1: compare the digits in the local style
    local = (lambda n: n) if name == "tutorial.md" else (
        lambda n: n.replace(",", "#").replace(".", ",").replace("#", ".") if n[:1].isdigit() else n)
    chapter = " ".join(chapter.split())  # names and values may wrap across lines
    missing = [n for n in NUMBERS if local(n) not in chapter]
    assert missing == [], f"{name}: {missing}"
    own = {"tutorial.md": "## Your own city", "tutorial.es.md": "## Tu propia ciudad",
           "tutorial.pt.md": "## Sua própria cidade"}[name]
    assert start < text.index(own)
