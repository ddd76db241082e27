"""The tutorial's chapter "Time: opening hours and the bus" (docs/tutorial.md, .es.md, .pt.md)
as code, on the demo city: a synthetic bus feed from data/demo/bus.gpkg, the opening hours of
data/demo/opening_hours.csv joined to the care supply inventory by service type, walking
accessibility of children 0-5 in office hours and in a caregivers' evening window, and care
deserts with the bus as the second mode. Every number the chapter quotes is pinned here and
found in each language; the steps call processing.run with exactly the values the chapter tells
people to type, through the helpers of tests/qgis/tutorial_steps.py (same PARAMS record).
"""
import os
import re
import zipfile

import numpy as np
import pytest
import tutorial_steps as steps

BUS = os.path.join(steps.DEMO, "bus.gpkg")
HOURS_CSV = os.path.join(steps.DEMO, "opening_hours.csv")
WINDOWS = "office=Mo-Fr 08:00-17:00|evening=Mo-Fr 17:00-20:00"
CHILD_EXPRESSION = "\"target_group\" IN ('children', 'all')"
DEPARTURE = "2026-03-02 07:30"  # a Monday; the synthetic feed runs every day of 2000-2099
TUTORIALS = ("tutorial.md", "tutorial.es.md", "tutorial.pt.md")
HEADINGS = {"tutorial.md": "## Time: opening hours and the bus", "tutorial.es.md": "## El tiempo:",
            "tutorial.pt.md": "## O tempo:"}


def bus(name):
    return f"{BUS}|layername={name}"


def step_t1_feed(path):
    res = steps._run("caremap:syntheticgtfs", {
        "ROUTES": bus("bus_routes"), "ROUTE_NAME_FIELD": "name", "STOPS": bus("bus_stops"),
        "SPEED": 16, "HEADWAY": 15, "START": "05:00", "END": "23:00", "OUTPUT": path}, key="syntheticgtfs_demo")
    return res


def step_t2_hours(inventory):
    import processing

    joined = processing.run("native:joinattributestable", {
        "INPUT": inventory, "FIELD": "service_type", "INPUT_2": HOURS_CSV, "FIELD_2": "service_type",
        "FIELDS_TO_COPY": ["opening_hours"], "METHOD": 1, "DISCARD_NONMATCHING": False, "PREFIX": "",
        "OUTPUT": steps.TMP})["OUTPUT"]
    steps.PARAMS["join_opening_hours"] = {"FIELD": "service_type", "FIELD_2": "service_type"}
    child = processing.run("native:extractbyexpression", {
        "INPUT": joined, "EXPRESSION": CHILD_EXPRESSION, "OUTPUT": steps.TMP})["OUTPUT"]
    steps.PARAMS["extract_childcare"] = {"EXPRESSION": CHILD_EXPRESSION}
    return steps._vlayer(child)


def step_t3_access(demand, childcare):
    res = steps._run("caremap:accessibility", {
        "DEMAND": demand, "DEMAND_FIELD": "care_demand", "SUPPLY": childcare,
        "CAPACITY_FIELD": "capacity", "COST_MODE": "network", "NETWORK": steps.layer("roads"),
        "SPEED": 5.04, "COST_UNIT": "minutes", "THRESHOLD": steps.CHILD_MINUTES, "METHOD": "2sfca",
        "TARGET_GROUP": "children", "OPENING_HOURS_FIELD": "opening_hours", "TIME_WINDOWS": WINDOWS,
        "OUTPUT_DEMAND": steps.TMP, "OUTPUT_SUPPLY": steps.TMP}, key="accessibility_time")
    return res


def step_t4_deserts(access_demand, childcare, feed, max_walk=1000, key="caredeserts_time"):
    return steps._run("caremap:caredeserts", {
        "INPUT": access_demand, "DEMAND_FIELD": "care_demand", "COST_FIELD": "cost_nearest",
        "THRESHOLD": steps.CHILD_MINUTES, "DEMAND_RULE": "median", "DISTRICT_FIELD": "district",
        "SECOND_THRESHOLD": 30, "GTFS_FEED": feed, "SUPPLY": childcare, "DEPARTURE": DEPARTURE,
        "WINDOW": 0, "PERCENTILE": 50, "MAX_WALK": max_walk, "ACCESS_MODE": "network",
        "NETWORK": steps.layer("roads"), "SPEED": 5.04,
        "WINDOW_COVERED_FIELD": "covered_evening",
        "OUTPUT": steps.TMP, "OUTPUT_SUMMARY": steps.TMP}, key=key)


@pytest.fixture(scope="module")
def chapter(caremap_provider, demo_gpkg, tmp_path_factory):
    feed_path = str(tmp_path_factory.mktemp("time") / "demo_bus.zip")
    t1 = step_t1_feed(feed_path)
    inv = steps.step2_supply_inventory()["inventory"]
    demand = steps.step3_care_demand()["children"]
    childcare = step_t2_hours(inv)
    t3 = step_t3_access(demand, childcare)
    units = steps._vlayer(t3["OUTPUT_DEMAND"])
    t4 = step_t4_deserts(units, childcare, feed_path)
    t4w = step_t4_deserts(units, childcare, feed_path, max_walk=0, key="caredeserts_time_walk")
    return {"feed": feed_path, "walk": steps._vlayer(t4w["OUTPUT"]), "t1": t1, "childcare": childcare, "t3": t3, "units": units, "t4": t4,
            "deserts": steps._vlayer(t4["OUTPUT"])}


def pct(x):
    return round(100 * x)


def _share(units, field):
    P = steps._column(units, "care_demand")
    return float((P * (steps._column(units, field) == 1)).sum() / P.sum())


def _mean_access(units, field):
    P, a = steps._column(units, "care_demand"), steps._column(units, field)
    known = np.isfinite(a)
    return float((P[known] * a[known]).sum() / P[known].sum())


def test_t1_a_bus_feed_for_the_demo_city(chapter):
    t1 = chapter["t1"]
    assert (t1["ROUTES_WRITTEN"], t1["STOPS_WRITTEN"], t1["STOPS_ON_NO_ROUTE"], t1["ROUTES_SKIPPED"]) == (5, 116, 0, 0)
    with zipfile.ZipFile(chapter["feed"]) as z:
        freq = z.read("frequencies.txt").decode().strip().splitlines()
        trips = z.read("trips.txt").decode().strip().splitlines()
    assert len(trips) - 1 == 10 and len(freq) - 1 == 10  # five routes, both ways, every 15 minutes
    assert all(",05:00:00,23:00:00,900," in row for row in freq[1:])


def test_the_bus_layers_are_made_by_the_script(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_bus_routes", os.path.join(steps.DEMO, "make_bus_routes.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = str(tmp_path / "bus.gpkg")
    assert mod.build(out) == (5, 116)
    assert open(out, "rb").read() == open(BUS, "rb").read()  # the committed file is the script's
    assert os.path.getsize(BUS) < 200_000


def test_t2_opening_hours_joined_by_service_type(chapter):
    ch = chapter["childcare"]
    assert ch.featureCount() == 407
    hours, counts = np.unique(steps._text(ch, "opening_hours"), return_counts=True)
    assert dict(zip(hours, counts))["Mo-Fr 07:00-18:00"] == 85  # the public childcare centres
    assert "None" not in hours and "NULL" not in hours  # every childcare type has its hours in the CSV
    assert not np.isnan(steps._column(ch, "capacity")).any()


def test_t3_office_hours_and_the_evening(chapter):
    u, t3 = chapter["units"], chapter["t3"]
    assert pct(t3["SHARE_COVERED"]) == 90
    assert (pct(_share(u, "covered")), pct(_share(u, "covered_office")), pct(_share(u, "covered_evening"))) == (90, 90, 69)
    assert round(_share(u, "covered_evening"), 3) == 0.694
    assert (round(_mean_access(u, "access"), 2), round(_mean_access(u, "access_office"), 2),
            round(_mean_access(u, "access_evening"), 2)) == (0.23, 0.16, 0.03)
    # each window's access is at most the all-hours access, unit by unit (capacity only shrinks)
    a, ae = steps._column(u, "access"), steps._column(u, "access_evening")
    assert np.all(ae <= a + 1e-12)
    # the dock's Time of day tab reads the same figures
    from caremap.kernels.time_figures import window_profile

    P = steps._column(u, "care_demand")
    prof = window_profile(P, {"office": steps._column(u, "covered_office"),
                              "evening": steps._column(u, "covered_evening")}, covered=steps._column(u, "covered"))
    assert [pct(p["share"]) for p in prof] == [90, 90, 69]


def test_t4_deserts_by_bus_and_in_the_evening(chapter):
    d, t4 = chapter["deserts"], chapter["t4"]
    P, desert = steps._column(d, "care_demand"), steps._column(d, "desert") == 1
    assert (t4["DESERTS"], (P * desert).sum()) == (209, 7720)  # the deserts of step 7
    kind = steps._column(d, "desert_type")
    assert ((kind == 1).sum(), (kind == 2).sum()) == (0, 209)
    ct, cn = steps._column(d, "cost_transit"), steps._column(d, "cost_nearest")
    # the walks of the bus mode are on the same roads as cost_nearest: the same median ...
    assert round(float(np.median(ct[desert])), 1) == 11.4
    assert round(float(np.median(cn[desert])), 1) == 11.4
    # ... and type 2 says "within 30 minutes", not "by bus": the farthest desert is a 20.1-minute walk
    assert round(float(cn[desert].max()), 1) == 20.1 and np.all(ct <= cn + 1e-9)
    temporal = steps._column(d, "temporal_desert") == 1
    assert (temporal.sum(), (P * temporal).sum()) == (292, 15511)
    assert not (temporal & desert).any()
    # with no walk to a stop, only walking the whole way is left: exactly cost_nearest, block by block
    w = chapter["walk"]
    kw, cw = steps._column(w, "desert_type"), steps._column(w, "cost_transit")
    assert (kw == 2).sum() == 209
    assert np.allclose(cw, cn, rtol=0, atol=1e-9)
    # the bus beats the walk for 3 of the 209 deserts (170 children), by about half a minute at most
    beats = desert & (ct < cw - 1e-9)
    assert (int(beats.sum()), P[beats].sum()) == (3, 170)
    assert round(float((cw - ct)[beats].max()), 2) == 0.55
    # and brings one of them (27 children) within the 10-minute walk threshold: 10.5 -> 10.0 minutes
    within = desert & (ct <= steps.CHILD_MINUTES)
    assert (int(within.sum()), P[within].sum()) == (1, 27)
    assert np.all(ct <= cw + 1e-9)  # the bus never makes a trip longer

NUMBERS = ["116", "demo_bus.zip", "opening_hours.csv", "407", "90%", "69%", "0.23", "0.16", "0.03", "209", "7,720",
           "11.4", "20.1", "170", "292", "15,511", DEPARTURE, "Mo-Fr 17:00-20:00", "Mo-Fr 08:00-17:00"]


@pytest.mark.parametrize("name", TUTORIALS)
def test_the_chapter_quotes_these_numbers_before_the_care_blocks(name):
    text = open(os.path.join(steps.ROOT, "docs", name), encoding="utf-8").read()
    start = text.index(HEADINGS[name])
    chapter = " ".join(text[start:text.index("\n## ", start + 3)].split())
    local = (lambda n: n) if name == "tutorial.md" else (
        lambda n: re.sub(r"(\d)%", r"\1 %", n).replace(",", "#").replace(".", ",").replace("#", ".")
        if n[:1].isdigit() else n)
    missing = [n for n in NUMBERS if local(n) not in chapter and n not in chapter]
    assert missing == [], f"{name}: {missing}"
    blocks = {"tutorial.md": "## Planning care blocks", "tutorial.es.md": "## Planificar manzanas del cuidado",
              "tutorial.pt.md": "## Planejar quadras do cuidado"}[name]
    assert text.index("## Appendix" if name == "tutorial.md" else "\n## Ap") < start < text.index(blocks)


def test_methods_quotes_the_same_figures():
    text = open(os.path.join(steps.ROOT, "docs", "methods.md"), encoding="utf-8").read()
    start = text.index("#### Worked example on the demo city")
    section = " ".join(text[start:text.index("\n## ", start)].split())
    missing = [n for n in ("116", "90%", "69%", "0.23", "0.16", "0.03", "209", "7,720", "11.4", "20.1", "3 of the 209", "170",
                           "292", "15,511", DEPARTURE, "Mo-Fr 17:00-20:00") if n not in section]
    assert missing == []
