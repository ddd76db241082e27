"""caremap:careblocks through processing.run: a hand case (blocks, alternates, areas,
units, figures), blocks already open, a road network, bad input, cancel, and the demo
city with five blocks."""
import math
import os

import pytest
from layers import ROOT, Recorder, line_layer, memory_layer, point_layer, rows, run_alg
from qgis.core import QgsProcessingException, QgsProcessingFeedback

DEMO = os.path.join(ROOT, "data", "demo", "caremap_demo.gpkg")

# units on a street (x metres): u0 at 0 (10 dependants, 5 caregivers), u1 at 150 (0, 20),
# u2 at 300 (8, 8); anchors a at 50, b at 250, c at 300; radius 100 m. a reaches u0 and u1
# (15 + 20 = 35 people), b reaches u1 and u2 (20 + 16 = 36), c reaches u2 (16).


def units(crs="EPSG:32618", xy=((0, 0), (150, 0), (300, 0)), **over):
    fields = {"uid": ["u0", "u1", "u2"], "dep": [10.0, 0.0, 8.0], "care": [5.0, 20.0, 8.0]}
    fields.update(over)
    return point_layer(list(xy), fields, crs=crs, name="blocks_case")


def anchors(crs="EPSG:32618", xy=((50, 0), (250, 0), (300, 0))):
    return point_layer(list(xy), {"name": ["a", "b", "c"]}, crs=crs, name="public_buildings")


def run(params, feedback=None):
    base = {"UNITS": units(), "DEPENDANTS_FIELD": "dep", "CAREGIVERS_FIELD": "care", "CANDIDATES": anchors(),
            "K": 1, "RADIUS": 100.0}
    for name in ("OUTPUT_ANCHORS", "OUTPUT_ALTERNATES", "OUTPUT_BLOCKS", "OUTPUT_INFLUENCE", "OUTPUT_UNITS"):
        base[name] = "TEMPORARY_OUTPUT"
    base.update(params)
    return run_alg("caremap:careblocks", base, feedback)


@pytest.mark.parametrize("solver", ["greedy", "exact"])
def test_one_block_by_hand(caremap_provider, solver):
    res = run({"SOLVER": solver})
    a = rows(res["OUTPUT_ANCHORS"])
    assert [(r["name"], r["block"], r["existing"], r["rank"]) for r in a] == [("b", 1, 0, 1)]
    assert a[0]["gain"] == 36.0 and a[0]["units"] == 2 and a[0]["alternates"] == 1
    assert (a[0]["dependants"], a[0]["caregivers"]) == (8.0, 28.0)
    # the other candidates are the alternates: c is 50 m from b, a is 200 m away (out)
    alt = rows(res["OUTPUT_ALTERNATES"])
    assert [(r["name"], r["block"], r["distance_m"]) for r in alt] == [("c", 1, 50.0)]
    u = rows(res["OUTPUT_UNITS"])
    assert [r["uid"] for r in u] == ["u0", "u1", "u2"]                      # input fields kept
    assert [r["block"] for r in u] == [None, 1, 1]
    assert [r["covered_before"] for r in u] == [0, 0, 0] and [r["covered_after"] for r in u] == [0, 1, 1]
    assert [r["covered_dependants"] for r in u] == [0.0, 0.0, 8.0]
    assert [r["covered_caregivers"] for r in u] == [0.0, 20.0, 8.0]
    assert [r["weight"] for r in u] == [15.0, 20.0, 16.0]
    # hours freed: 50 places x 40 h x 0.5 = 1000 h a week, all to u2 (u1 has no dependants)
    assert [r["hours_freed_week"] for r in u] == [0.0, 0.0, 1000.0]
    assert res["HOURS_FREED_WEEK"] == 1000.0
    assert (res["DEPENDANTS_COVERED_BEFORE"], res["DEPENDANTS_COVERED_AFTER"]) == (0.0, 8.0)
    assert (res["CAREGIVERS_COVERED_BEFORE"], res["CAREGIVERS_COVERED_AFTER"]) == (0.0, 28.0)
    assert res["DEPENDANTS_SHARE_AFTER"] == pytest.approx(8 / 18)
    assert res["CAREGIVERS_SHARE_AFTER"] == pytest.approx(28 / 33)
    assert res["OBJECTIVE_VALUE"] == 36.0 and res["BLOCKS_PLACED"] == 1
    assert res["STATUS"] == ("greedy" if solver == "greedy" else "optimal")
    # the block: b and c on one line, widened by 25 m: 50 x 50 plus a disc of 25 m
    blk = rows(res["OUTPUT_BLOCKS"], geometry=True)
    assert [(r["block"], r["buildings"]) for r in blk] == [(1, 2)]
    assert blk[0]["_geom"].area() == pytest.approx(2500 + math.pi * 625, rel=0.02)
    # influence: a circle of 100 m around b, holding u1 and u2 but not u0
    inf = rows(res["OUTPUT_INFLUENCE"], geometry=True)
    assert [(r["block"], r["radius_m"], r["dependants"], r["caregivers"]) for r in inf] == [(1, 100.0, 8.0, 28.0)]
    assert inf[0]["_geom"].area() == pytest.approx(math.pi * 100 ** 2, rel=0.01)


def test_blocks_already_open_are_kept(caremap_provider):
    existing = point_layer([(0, 0)], {"name": ["open"]}, name="open_blocks")
    res = run({"EXISTING": existing})
    a = rows(res["OUTPUT_ANCHORS"])
    assert [(r["name"], r["block"], r["existing"]) for r in a] == [("b", 1, 0), (None, 2, 1)]
    assert a[1]["source_layer"] == "open_blocks"
    u = rows(res["OUTPUT_UNITS"])
    assert [r["block_before"] for r in u] == [2, None, None]
    assert [r["block"] for r in u] == [2, 1, 1]
    assert (res["DEPENDANTS_COVERED_BEFORE"], res["CAREGIVERS_COVERED_BEFORE"]) == (10.0, 5.0)
    assert (res["DEPENDANTS_COVERED_AFTER"], res["CAREGIVERS_COVERED_AFTER"]) == (18.0, 33.0)
    # the block already open frees no new hours: only b's 1000 h
    assert res["HOURS_FREED_WEEK"] == 1000.0
    assert len(rows(res["OUTPUT_BLOCKS"])) == 2 and len(rows(res["OUTPUT_INFLUENCE"])) == 2


def test_hours_freed_stay_on_the_block_that_frees_them(caremap_provider):
    # a block already open at 0 is u0's nearest; the one candidate, a at 50, is placed for u1
    # (20 caregivers) and frees its 1000 h for u0's households (u1 has no dependants): on the
    # anchors, a frees 1000 h and the block already open none, though u0 is nearest to it
    existing = point_layer([(0, 0)], {"name": ["open"]}, name="open_blocks")
    res = run({"EXISTING": existing, "CANDIDATES": point_layer([(50, 0)], {"name": ["a"]}, name="public_buildings")})
    a = rows(res["OUTPUT_ANCHORS"])
    assert [(r["name"], r["existing"], r["hours_freed_week"]) for r in a] == [("a", 0, 1000.0), (None, 1, 0.0)]
    assert [r["block"] for r in rows(res["OUTPUT_UNITS"])] == [2, 1, None]
    assert [r["hours_freed_week"] for r in rows(res["OUTPUT_UNITS"])] == [1000.0, 0.0, 0.0]
    assert res["HOURS_FREED_WEEK"] == 1000.0


def test_priority_and_alternates_layer(caremap_provider):
    # priority 3 on u0: a = 45 + 20 = 65 beats b = 36
    alts = point_layer([(50, 90), (60, 0), (400, 0)], {"kind": ["hall", "market", "far"]}, name="other_buildings")
    res = run({"UNITS": units(prio=[3.0, 1.0, 1.0]), "PRIORITY_FIELD": "prio", "ALTERNATES": alts})
    a = rows(res["OUTPUT_ANCHORS"])
    assert [r["name"] for r in a] == ["a"] and res["OBJECTIVE_VALUE"] == 65.0
    alt = rows(res["OUTPUT_ALTERNATES"])
    assert sorted((r["kind"], r["block"]) for r in alt) == [("hall", 1), ("market", 1)]
    for r in alt:
        assert r["distance_m"] <= 100.0
    assert rows(res["OUTPUT_BLOCKS"])[0]["buildings"] == 3


def test_road_network(caremap_provider):
    # a street along y = 0; the walk from b (250) reaches u1 (150) and u2 (300) within 120 m
    roads = line_layer([[(-100, 0), (500, 0)]], name="streets_case")
    res = run({"COST_MODE": "network", "NETWORK": roads, "RADIUS": 120.0})
    assert [r["name"] for r in rows(res["OUTPUT_ANCHORS"])] == ["b"]
    assert [r["block"] for r in rows(res["OUTPUT_UNITS"])] == [None, 1, 1]
    g = rows(res["OUTPUT_INFLUENCE"], geometry=True)[0]["_geom"]
    assert g.area() > 0 and g.boundingBox().xMinimum() < 150 - 40 and g.boundingBox().xMaximum() > 300


def test_geographic_layers_are_reprojected(caremap_provider):
    # about 111 m per 0.001 degree at the equator: u1 is ~167 m from u0
    deg = 1 / 111_320
    uxy = [(-75 + x * deg, 0.0) for x in (0, 150, 300)]
    axy = [(-75 + x * deg, 0.0) for x in (50, 250, 300)]
    fb = Recorder()
    res = run({"UNITS": units("EPSG:4326", uxy), "CANDIDATES": anchors("EPSG:4326", axy)}, fb)
    assert [r["name"] for r in rows(res["OUTPUT_ANCHORS"])] == ["b"]
    assert res["CAREGIVERS_COVERED_AFTER"] == 28.0
    assert all(r["distance_m"] <= 100.0 for r in rows(res["OUTPUT_ALTERNATES"]))


def test_null_geometry_and_null_values_are_counted(caremap_provider):
    lay = point_layer([(0, 0), (150, 0), (300, 0), None],
                      {"dep": [10.0, None, 8.0, 1.0], "care": [5.0, 20.0, 8.0, 1.0]}, name="blocks_case")
    fb = Recorder()
    res = run({"UNITS": lay}, fb)
    assert any("blocks_case" in w and "1" in w for w in fb.warnings), fb.warnings
    assert any("'dep'" in w and "NULL" in w for w in fb.warnings), fb.warnings
    u = rows(res["OUTPUT_UNITS"])
    assert len(u) == 4 and u[3]["block"] is None
    assert res["DEPENDANTS_COVERED_AFTER"] == 8.0


@pytest.mark.parametrize("params, words", [
    ({"DEPENDANTS_FIELD": "nope"}, ["nope", "blocks_case"]),
    ({"UNITS": units(dep=[10.0, -1.0, 8.0])}, ["dep", "blocks_case", "negative"]),
    ({"UNITS": units(prio=[1.0, -1.0, 1.0]), "PRIORITY_FIELD": "prio"}, ["prio", "blocks_case", "negative"]),
    ({"UNITS": point_layer([], {"dep": [], "care": []}, name="blocks_case")}, ["blocks_case", "empty"]),
    ({"K": 4}, ["public_buildings", "3"]),
    ({"RADIUS": 0.0}, ["Walking radius"]),
    ({"COST_MODE": "table"}, ["How travel is measured"]),
    ({"COST_MODE": "network"}, ["network"]),
])
def test_bad_input_says_what_to_do(caremap_provider, params, words):
    with pytest.raises(QgsProcessingException) as err:
        run(params)
    msg = str(err.value)
    for w in words:
        assert w in msg, (w, msg)
    assert "DEPENDANTS_FIELD" not in msg and "RADIUS" not in msg and "COST_MODE" not in msg


def test_field_defaults_are_the_ones_the_dock_and_report_read_back(caremap_provider):
    # the dock and the blocks report look for the kernel's default field names: one source
    from caremap.kernels import careblocks as kb
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("caremap:careblocks")
    assert alg.parameterDefinition("DEPENDANTS_FIELD").defaultValue() == kb.DEFAULT_DEPENDANTS_FIELD
    assert alg.parameterDefinition("CAREGIVERS_FIELD").defaultValue() == kb.DEFAULT_CAREGIVERS_FIELD


def test_cancel(caremap_provider):
    fb = QgsProcessingFeedback()
    fb.cancel()
    with pytest.raises(QgsProcessingException, match="[Cc]anceled"):
        run({}, fb)


@pytest.mark.skipif(not os.path.exists(DEMO), reason="no demo data")
def test_demo_city_five_blocks(caremap_provider):
    """The demo city has no schools or libraries: the anchors are its community care points
    (community kitchens, community care points and community homes), the other buildings the
    registry's facilities. Dependants: children 0-5, people 80+ and people with disabilities;
    caregivers: women aged 15-64 (the demo has no time-use split by activity)."""
    from qgis.core import QgsVectorLayer

    import processing

    blocks = QgsVectorLayer(f"{DEMO}|layername=blocks", "demo blocks", "ogr")
    cand = QgsVectorLayer(f"{DEMO}|layername=facilities_community", "community care points", "ogr")
    alts = QgsVectorLayer(f"{DEMO}|layername=facilities_registry", "registry", "ogr")
    with_dep = processing.run("native:fieldcalculator", {
        "INPUT": blocks, "FIELD_NAME": "dependants", "FIELD_TYPE": 0, "FORMULA":
            '"p_0_2" + "p_3_5" + "p_80p" + "disability"', "OUTPUT": "memory:"})["OUTPUT"]
    params = {"UNITS": with_dep, "DEPENDANTS_FIELD": "dependants", "CANDIDATES": cand, "ALTERNATES": alts, "K": 5, "RADIUS": 800.0, "SOLVER": "exact",
              "TIME_LIMIT": 60.0}
    for name in ("OUTPUT_ANCHORS", "OUTPUT_ALTERNATES", "OUTPUT_BLOCKS", "OUTPUT_INFLUENCE", "OUTPUT_UNITS"):
        params[name] = "TEMPORARY_OUTPUT"
    res = run_alg("caremap:careblocks", params)
    greedy = run_alg("caremap:careblocks", {**params, "SOLVER": "greedy"})
    a = rows(res["OUTPUT_ANCHORS"], geometry=True)
    assert res["BLOCKS_PLACED"] == 5 and len(a) == 5 and [r["block"] for r in a] == [1, 2, 3, 4, 5]
    assert res["OBJECTIVE_VALUE"] >= greedy["OBJECTIVE_VALUE"] - 1e-6
    # the figures of the help's example
    assert (res["DEPENDANTS_COVERED_AFTER"], res["CAREGIVERS_COVERED_AFTER"]) == (29607.0, 59960.0)
    assert greedy["OBJECTIVE_VALUE"] / res["OBJECTIVE_VALUE"] == pytest.approx(0.99, abs=0.005)
    # every alternate within 800 m of its own anchor
    where = {r["block"]: r["_geom"].asPoint() for r in a}
    alt = rows(res["OUTPUT_ALTERNATES"], geometry=True)
    assert alt and all(r["_geom"].asPoint().distance(where[r["block"]]) <= 800.0 + 1e-6 for r in alt)
    assert sum(r["alternates"] for r in a) == len(alt)
    # coverage of both groups as defined: the units with a block, all their people
    u = rows(res["OUTPUT_UNITS"])
    assert res["DEPENDANTS_COVERED_AFTER"] == pytest.approx(sum(r["dependants"] for r in u if r["block"]))
    assert res["CAREGIVERS_COVERED_AFTER"] == pytest.approx(sum(r["women_15_64"] for r in u if r["block"]))
    assert res["DEPENDANTS_COVERED_BEFORE"] == 0.0
    assert 0 < res["DEPENDANTS_SHARE_AFTER"] < 1 and 0 < res["CAREGIVERS_SHARE_AFTER"] < 1
    assert len(rows(res["OUTPUT_BLOCKS"])) == 5 and len(rows(res["OUTPUT_INFLUENCE"])) == 5


def test_caregivers_as_hours_of_unpaid_care_from_the_time_use_table(caremap_provider):
    """Issue 14, item 1: the caregivers' demand can be the hours of unpaid care from the
    time-use table: Unpaid care work writes women_week (weekly unpaid hours done by women)
    onto the units, and Care blocks takes it as the caregivers field. By hand: unit 0 has
    10 women 15-29 x 20 h + 5 women 30-64 x 30 h = 350 h, unit 1 has 2 x 30 h = 60 h; one
    block at unit 0 with a 100 m radius reaches unit 0 only: 350 of 410 hours, and its 6 kids."""
    import processing

    time_use = memory_layer("None", [None] * 4, {"sex": ["f", "m", "f", "m"],
                                                 "age_band": ["15-29", "15-29", "30-64", "30-64"],
                                                 "weekly_hours": [20.0, 5.0, 30.0, 10.0]})
    people = point_layer([(0, 0), (3000, 0)], {"f_15_29": [10, 0], "m_15_29": [10, 0], "f_30_64": [5, 2],
                                               "m_30_64": [0, 4], "kids": [6.0, 1.0]}, crs="EPSG:32618")
    hours = processing.run("caremap:unpaidcare", {"INPUT": people, "TIME_USE": time_use, "WAGE": 3.0,
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    res = run({"UNITS": hours, "DEPENDANTS_FIELD": "kids", "CAREGIVERS_FIELD": "women_week",
               "CANDIDATES": point_layer([(10, 0)], {"name": ["school"]}, crs="EPSG:32618")})
    assert (res["CAREGIVERS_COVERED_BEFORE"], res["CAREGIVERS_COVERED_AFTER"]) == (0.0, 350.0)
    assert res["CAREGIVERS_SHARE_AFTER"] == pytest.approx(350 / 410)
    assert res["DEPENDANTS_COVERED_AFTER"] == 6.0
