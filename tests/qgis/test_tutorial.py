"""Issue 8, "Must show": the tutorial's steps as code, on the demo city.

tests/qgis/tutorial_steps.py calls the algorithms with exactly the values docs/tutorial.md
and docs/tutorial.es.md tell people to type; this test checks every number the tutorial
quotes, at the precision the tutorial quotes it ("about 88%" is round(100 x) == 88), and
that both tutorials still quote those values and numbers, so text and plugin cannot drift.

Two kinds of checks live here, and they are not the same:
- REGRESSION PINS (``test_step*``, ``test_exercises``): the numbers the tutorial quotes,
  read from the plugin's own output on the demo city. They say "the tutorial still matches
  the plugin", not "the plugin is right": when a deliberate change moves one, re-pin it and
  the tutorial text together.
- INDEPENDENT CHECKS (``test_independent_*``): the headline figures recomputed from raw data
  with plain NumPy/GDAL and invariants that hold whatever the pins are (totals read straight
  from the GeoPackage, 2SFCA conserving supply, network costs never below the straight line,
  the care-desert rule re-applied to the output fields).
"""
import os
import re

import pytest
import tutorial_steps as steps

DOCS = os.path.join(steps.ROOT, "docs")


@pytest.fixture(scope="module")
def tut(caremap_provider, demo_gpkg, tmp_path_factory):
    r = steps.run_all(str(tmp_path_factory.mktemp("tutorial")))
    r["ex"] = steps.run_exercises(r)
    return r


def pct(x):
    return round(100 * x)


def pct1(x):
    return round(100 * x, 1)


def test_step1_load(tut):
    r = tut["load"]
    assert (r["blocks"], r["roads"], r["districts"]) == (2992, 6469, 8)
    assert (r["facilities_registry"], r["facilities_community"], r["crowd_facilities"]) == (297, 134, 149)
    assert (r["population"], r["children_0_5"], r["older_80p"]) == (1271854, 102803, 34342)
    assert r["empty_blocks"] == 79
    assert r["raster_valid"]


def test_step2_supply(tut):
    r = tut["supply"]
    assert r["n_facilities"] == 538
    assert r["n_duplicates"] == 28
    assert (r["merged_into_registry"], r["merged_into_community"], r["generic_names_kept"]) == (20, 8, 2)
    assert tut["supply_loose"]["n_duplicates"] == 32
    assert (r["n_rejected_rules"], r["n_blacklisted"], r["n_not_whitelisted"]) == (14, 6, 8)
    assert r["n_imputed"] == 32 and r["n_imputed_by_type"] == 32
    assert (r["n_children"], r["n_older"]) == (407, 195)
    assert round(r["places_fde"], -2) == 27400
    # the arithmetic the tutorial asks the group to check
    assert 297 + 134 + 149 - r["n_rejected_rules"] - r["n_duplicates"] == r["n_facilities"]


def test_step3_demand(tut):
    r = tut["demand"]
    assert round(r["care_units"] / 1e6, 2) == 1.53
    assert round(r["care_units_per_person"], 2) == 1.20
    assert round(r["median_intensity"], 2) == 0.94
    assert (r["children_0_5"], r["older_80p"]) == (102803, 34342)


def test_step4_children(tut):
    r = tut["children"]
    assert pct(r["share_covered"]) == 90
    assert round(r["median_cost"], 1) == 6.0
    assert pct(r["share_within_5"]) == 34
    assert round(r["mean_access"], 2) == 0.20
    assert pct(tut["children_20"]["share_covered"]) == 100  # "practically every child"


def test_step5_older(tut):
    r = tut["older"]
    assert pct(r["share_covered"]) == 94
    assert round(r["median_cost"], 1) == 7.7
    assert round(r["mean_access"], 2) == 0.35


def test_step6_gaps(tut):
    r = tut["gaps"]
    assert round(r["unmet"], -2) == 83800
    assert round(r["shortfall"], -2) == 19100
    assert r["worst_district"] == "El Porvenir" and round(r["worst_shortfall"], -2) == 5100
    assert r["best_coverage_district"] == "Centro" and round(r["best_coverage"]) == 139
    assert r["worst_coverage_district"] == "Las Américas" and round(r["worst_coverage"]) == 13


def test_step7_deserts(tut):
    r = tut["deserts"]
    assert r["deserts"] == 209
    assert r["children_in_deserts"] == 7720
    assert pct1(r["desert_share"]) == 7.5
    assert r["top_district"] == "Los Rosales" and r["top_district_children"] == 1581
    assert r["top_share_district"] == "Los Rosales" and pct1(r["top_share"]) == 20.9
    assert r["districts_without_deserts"] == 1


def test_step8_hotspots(tut):
    r = tut["hotspots"]
    assert (r["hot_any"], r["hot_99"], r["cold_any"]) == (942, 517, 1243)
    assert r["hot_top_district"] == "El Porvenir" and pct(r["hot_top_share"]) == 36
    # the step-8 question's answer (appendix): with the FDR correction
    f = tut["ex"]["fdr"]
    assert (f["hot_any"], f["hot_99"], f["cold_any"]) == (824, 0, 1107)
    assert f["hot_top_district"] == "El Porvenir" and pct(f["hot_top_share"]) == 38


def test_step9_priority(tut):
    r = tut["priority"]
    assert r["top_quintile"] == 598
    assert r["top_district"] == "El Porvenir" and pct(r["top_district_share"]) == 38
    assert r["second_district"] == "Las Américas"
    assert pct(r["deserts_in_top"]) == 8


def test_step10_siting(tut):
    r = tut["siting"]
    assert (r["covered_before"], r["covered_after_greedy"]) == (92708, 94312)
    assert pct1(r["share_before"]) == 90.2 and pct1(r["share_after_greedy"]) == 91.7
    assert r["gain_greedy"] == 1604 and r["gain_first"] == 695
    assert r["exact_status"] == "optimal"
    assert r["covered_after_exact"] == r["covered_after_greedy"]


def test_step11_unpaid(tut):
    r = tut["unpaid"]
    assert round(r["weekly_hours"] / 1e6, 1) == 23.4
    assert pct(r["women_share"]) == 73
    assert round(r["yearly_hours"] / 1e9, 2) == 1.22
    assert round(r["replacement_value"] / 1e9, 2) == 3.05
    assert round(r["hours_freed"]) == 7500


def test_step12_report(tut):
    r = tut["report"]
    assert os.path.getsize(r["html"]) > 10000
    assert pct1(r["share_beyond"]) == 9.8
    assert round(r["unmet"], -2) == 83800
    assert pct1(r["desert_share"]) == 7.5
    # page 1 of the PDF says what the tutorial promises, as a reader sees it
    import shutil
    import subprocess

    if shutil.which("pdftotext"):
        page1 = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", r["pdf"], "-"],
                               capture_output=True, text=True, check=True).stdout
        flat = " ".join(page1.split())
        assert "Demo city: childcare for children under 6" in flat
        assert "9.8%" in flat and "7.5%" in flat, flat[:2000]
    # the report and the step-by-step chain agree
    assert r["share_beyond"] == pytest.approx(1 - tut["children"]["share_covered"])


def test_exercises(tut):
    e = tut["ex"]
    assert pct(e["ex1"]["share_covered"]) == 78 and round(e["ex1"]["median_cost"], 1) == 10.7
    assert (e["ex2"]["deserts"], e["ex2"]["children_in_deserts"]) == (59, 3643)
    assert e["ex3"]["gain"] == 2340 and pct1(e["ex3"]["share_after"]) == 92.5
    ex4 = e["ex4"]
    assert pct(ex4["zero_share_e2sfca"]) == 0 and pct1(ex4["zero_share_2sfca"]) == 9.8
    assert round(ex4["centro_2sfca"], 2) == 1.39 and round(ex4["centro_e2sfca"], 2) == 0.89
    assert round(ex4["mean_access"], 2) == 0.20


VALUES = [  # values typed in the dialogs, quoted literally in both tutorials
    steps.MAPPINGS, steps.TYPE_WHITELIST, steps.NAME_BLACKLIST, steps.MADRID_BANDS,
    steps.CHILD_BANDS, steps.OLDER_BANDS, "registry,community,crowd", steps.WEIGHTS,
    "\"target_group\" IN ('children', 'all')",
]
NUMBERS = ["538", "28", "32", "90", "6.0", "94", "7,720", "209", "942", "598", "1,604", "7,500", "9.8",
           "2,340", "3,643", "78", "10.7", "824", "1,107", "34", "0.89", "1.39", "7.5", "1,581", "20.9"]


@pytest.mark.parametrize("name", ["tutorial.md", "tutorial.es.md", "tutorial.pt.md"])
def test_tutorial_text_quotes_the_code(name):
    path = os.path.join(DOCS, name)
    if not os.path.exists(path):
        pytest.fail(f"{name} missing")
    text = open(path, encoding="utf-8").read()
    flat = text.replace("\u00a0", " ")
    for value in VALUES:
        assert value in flat, f"{name} no longer quotes {value!r}"
    for number in NUMBERS:
        variants = {number, number.replace(",", " "), number.replace(",", "."), number.replace(".", ",")}
        assert any(re.search(r"(?<![\d.,])" + re.escape(v) + r"(?![\d])", flat) for v in variants), \
            f"{name} no longer quotes {number}"
    for img in re.findall(r"\]\((img/[^)]+)\)", text):
        assert os.path.exists(os.path.join(DOCS, img)), f"{name}: {img} missing"


# --------------------------------------------------------------------------- independent checks
def _arrays(lyr, fields):
    """Columns of a result layer read with plain PyQGIS (NaN for NULL) and each feature's
    point on surface: nothing of the plugin's own reader is used."""
    import numpy as np

    cols = {f: [] for f in fields}
    xy = []
    for feat in lyr.getFeatures():
        for f in fields:
            v = feat[f]
            cols[f].append(np.nan if v is None or v == NULL else v)
        p = feat.geometry().pointOnSurface().asPoint()
        xy.append((p.x(), p.y()))
    out = {f: np.asarray(v, dtype=float if f not in ("district", "target_group") else object) for f, v in cols.items()}
    out["xy"] = np.asarray(xy, dtype=float)
    return out


try:
    from qgis.core import NULL
except ImportError:  # pragma: no cover
    NULL = None


def test_independent_totals_from_the_geopackage(tut):
    """Step 1's headline totals, read straight from the file with GDAL (not through QGIS)."""
    from osgeo import ogr

    ds = ogr.Open(steps.GPKG)
    lyr = ds.GetLayerByName("blocks")
    pop = children = older = 0.0
    for f in lyr:
        pop += f.GetField("pop_total")
        children += f.GetField("p_0_2") + f.GetField("p_3_5")
        older += f.GetField("p_80p")
    r = tut["load"]
    assert (pop, children, older) == (r["population"], r["children_0_5"], r["older_80p"])


def test_independent_access_conserves_supply_and_costs_are_not_below_the_straight_line(tut):
    """Step 4: sum_i P_i A_i = total places of the facilities with demand in reach (2SFCA);
    the share covered is the demand whose nearest facility is within 10 minutes; and no
    network cost is shorter than walking the straight line to the nearest facility."""
    import numpy as np
    from scipy.spatial import cKDTree

    r = tut["children"]
    d = _arrays(r["demand"], ["care_demand", "access", "cost_nearest"])
    s = _arrays(r["supply"], ["capacity_fde", "catch_demand", "target_group"])
    P, A, cost = d["care_demand"], d["access"], d["cost_nearest"]
    serves = np.isin(s["target_group"], ["children", "all"]) & (s["capacity_fde"] > 0)
    in_reach = serves & (s["catch_demand"] > 0)
    assert np.nansum(P * A) == pytest.approx(s["capacity_fde"][in_reach].sum(), rel=1e-9)
    covered = np.nansum(P[cost <= steps.CHILD_MINUTES]) / np.nansum(P)
    assert covered == pytest.approx(r["share_covered"], abs=1e-12)
    straight_m, _ = cKDTree(s["xy"][serves]).query(d["xy"])
    walk_m_per_min = 5.04 * 1000 / 60
    known = np.isfinite(cost)
    assert known.mean() > 0.99
    assert (cost[known] >= straight_m[known] / walk_m_per_min - 1e-6).all()


def test_independent_desert_rule_reapplied(tut):
    """Step 7: the Care Georeferencing rule applied again by hand to the output's own
    fields: z over all units, per-district median of all z, high demand and P > 0, and
    cost beyond 10 minutes or nothing reachable."""
    import numpy as np

    u = _arrays(tut["deserts"]["units"], ["care_demand", "cost_nearest", "district", "desert"])
    P, cost, dist = u["care_demand"], u["cost_nearest"], u["district"]
    z = (P - P.mean()) / P.std()
    threshold = np.empty_like(z)
    for name in set(dist):
        threshold[dist == name] = np.median(z[dist == name])
    high = (z >= threshold) & (P > 0)
    low = ~(cost <= steps.CHILD_MINUTES)
    assert ((high & low).astype(float) == u["desert"]).all()
    assert int((high & low).sum()) == tut["deserts"]["deserts"]


def test_independent_siting_gain_adds_up(tut):
    """Step 10: coverage after = coverage before + the gain of the new sites."""
    r = tut["siting"]
    assert r["covered_after_greedy"] - r["covered_before"] == r["gain_greedy"]
    assert r["share_before"] == pytest.approx(r["covered_before"] / r["total"])


# =========================================================================== "Your own city"
# The chapter on a real OpenStreetMap extract (central Helsinki, © OpenStreetMap
# contributors, ODbL) and the synthetic hexagon population data/own_city/hexagons.csv.
# Its own fixture: it does not need the demo-city chain and runs in a few seconds.
OWN_HEADINGS = {"tutorial.md": "## Your own city", "tutorial.es.md": "## Tu propia ciudad",
                "tutorial.pt.md": "## Sua própria cidade"}
OWN_VALUES = ["helsinki_centre.osm.pbf", "hexagons.csv", "children_0_5", "speed_kmh", "oneway",
              "childcare,kindergarten", "cost_nearest", "snapped_m", "off_network", "make_grid.py",
              "© OpenStreetMap contributors, ODbL"]
OWN_NUMBERS = ["2,280", "3,818", "4,268", "90.3", "47", "98.5", "5.04", "18,000", "796", "905", "70.6", "562",
               "9.0", "0.025", "19.6", "142", "17.8", "11.9", "73", "840", "6.0"]


@pytest.fixture(scope="module")
def own(caremap_provider):
    return steps.run_own_city()


def test_own1_network(own):
    r = own["network"]
    assert (r["ways_usable"], r["ways_total"]) == (2280, 3818)
    assert r["lines"] == 4268 and round(r["km"], 1) == 90.3
    assert r["n_components"] == 47 and pct1(r["largest_share"]) == 98.5
    # a walk network: one speed and no one-way street; no motorway, rail or subway line in it
    assert r["speeds"] == [5.04] and r["oneway_values"] == [0.0]
    assert not r["highway_classes"] & {"motorway", "motorway_link", "rail", "subway", "tram", ""}


def test_own2_supply(own):
    r = own["supply"]
    assert r["n_osm"] == 5
    assert r["osm_types"] == {"childcare": 1, "community_centre": 3, "social_facility": 1}
    assert r["osm_names"] == ["Avoin olohuone", "Hiv-säätiö / Aids-tukikeskus", "Hoivanet Kids Park",
                              "LillaLuckan", "Luckan"]
    assert (r["n_inventory"], r["n_rejected"]) == (1, 4)
    assert r["inventory_names"] == ["Hoivanet Kids Park"]
    # OpenStreetMap gives no capacity: the default, flagged as such (3 = default capacity)
    assert r["capacity_fde"] == [steps.OWN_DEFAULT_CAPACITY] and r["capacity_imputed"] == [3.0]


def test_own3_4_access(own):
    r = own["access"]
    assert r["n_units"] == 18 and (r["population"], r["children"]) == (18000, 796)
    assert pct1(r["share_covered"]) == 70.6 and round(r["share_covered"] * r["children"]) == 562
    assert round(r["median_cost"], 1) == 9.0
    assert round(r["mean_access"], 3) == 0.025
    assert round(r["max_cost"], 1) == 19.6 and max(r["cost_nearest"], key=r["cost_nearest"].get) == "H17"
    # 2SFCA with one facility that every child of the catchment shares: access = places / children in reach
    assert r["mean_access"] == pytest.approx(steps.OWN_DEFAULT_CAPACITY / r["children"])


def test_own5_deserts(own):
    r = own["deserts"]
    assert r["deserts"] == 1 and r["desert_ids"] == ["H09"]
    access = own["access"]
    assert round(access["cost_nearest"]["H09"], 1) == 11.9
    assert max(access["children_by_id"], key=access["children_by_id"].get) == "H09"  # "the most children"
    assert r["children_in_deserts"] == 142 and pct1(r["desert_share"]) == 17.8


def test_own6_checks(own):
    r = own["access"]
    assert r["off_network"] == 0
    assert round(r["snapped_max"]) == 73 and max(r["snapped_m"], key=r["snapped_m"].get) == "H07"
    assert round(r["snapped_median"], 1) == 6.0
    edge = [w for w in r["warnings"] if w.startswith("Edge of the study area")]
    assert len(edge) == 1
    assert "west, east, south, north" in edge[0] and "840 m" in edge[0] and "18 units with 796 of demand" in edge[0]
    parts = [w for w in r["warnings"] if "disconnected parts" in w]
    assert len(parts) == 1 and "outside the largest one: 0 demand points and 0 facilities" in parts[0]


@pytest.mark.parametrize("name", sorted(OWN_HEADINGS))
def test_own_city_text_quotes_the_code(name):
    text = open(os.path.join(DOCS, name), encoding="utf-8").read().replace("\u00a0", " ")
    heading = OWN_HEADINGS[name]
    assert heading in text, f"{name} has no chapter {heading!r}"
    chapter = text[text.index(heading):]
    for value in OWN_VALUES:
        assert value in chapter, f"{name}: the own-city chapter no longer quotes {value!r}"
    for number in OWN_NUMBERS:
        variants = {number, number.replace(",", " "), number.replace(",", "."), number.replace(".", ",")}
        assert any(re.search(r"(?<![\d.,])" + re.escape(v) + r"(?![\d])", chapter) for v in variants), \
            f"{name}: the own-city chapter no longer quotes {number}"
    assert str(steps.OWN_DEFAULT_CAPACITY) in chapter and str(steps.OWN_MINUTES) in chapter


def test_independent_own_csv_totals():
    """The CSV's totals read with the csv module (not through QGIS or the plugin)."""
    import csv

    with open(steps.OWN_CSV, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 18 and len({r["id"] for r in rows}) == 18
    assert sum(int(r["population"]) for r in rows) == 18000
    assert sum(int(r["children_0_5"]) for r in rows) == 796
    assert sum(int(r["older_80p"]) for r in rows) == 905
    assert all(int(r["children_0_5"]) + int(r["older_80p"]) <= int(r["population"]) for r in rows)


def test_independent_own_network_costs(own):
    """Step 4's cost_nearest of every hexagon recomputed with scipy.sparse.csgraph on the
    osmnetwork output: the lines of the main component as a graph of their vertices (lines
    meet where they share a vertex), each point joined at its orthogonal projection on the
    nearest segment, the straight walk to it added, all at 5.04 km/h."""
    import csv

    import numpy as np
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsPointXY,
        QgsProject,
    )
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra

    net = own["network"]["network"]
    nodes, a, b = {}, [], []
    for f in net.getFeatures():
        if f["component"] != 0:
            continue
        line = f.geometry().asPolyline()
        ids = [nodes.setdefault((p.x(), p.y()), len(nodes)) for p in line]
        a += ids[:-1]
        b += ids[1:]
    xy = np.array(list(nodes), dtype=float)
    a, b = np.array(a), np.array(b)
    seg_len = np.hypot(*(xy[b] - xy[a]).T)

    def join(p):
        d = xy[b] - xy[a]
        t = np.clip(((p - xy[a]) * d).sum(1) / np.maximum((d * d).sum(1), 1e-18), 0, 1)
        dist = np.hypot(*(xy[a] + t[:, None] * d - p).T)
        k = int(np.argmin(dist))
        return k, float(t[k]), float(dist[k])

    to_utm = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), net.crs(), QgsProject.instance())
    with open(steps.OWN_CSV, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    points = [to_utm.transform(QgsPointXY(float(r["lon"]), float(r["lat"]))) for r in rows]
    fac = next(own["supply"]["inventory"].getFeatures()).geometry().asPoint()
    assert own["supply"]["inventory"].crs() == net.crs()
    points.append(fac)
    n = len(xy)
    ea, eb, ew, snap = list(a), list(b), list(seg_len), []
    for i, p in enumerate(points):
        k, t, dist = join(np.array([p.x(), p.y()]))
        ea += [n + i, n + i]
        eb += [a[k], b[k]]
        ew += [t * seg_len[k] + 1e-12, (1 - t) * seg_len[k] + 1e-12]
        snap.append(dist)
    m = n + len(points)
    g = coo_matrix((ew, (ea, eb)), shape=(m, m)).tocsr()
    metres = dijkstra(g, directed=False, indices=m - 1)
    walk = 5.04 * 1000 / 60
    for i, r in enumerate(rows):
        expected = (metres[n + i] + snap[i] + snap[-1]) / walk
        assert own["access"]["cost_nearest"][r["id"]] == pytest.approx(expected, rel=1e-6), r["id"]
        assert own["access"]["snapped_m"][r["id"]] == pytest.approx(snap[i], abs=1e-6), r["id"]


def test_independent_own_grid_is_reproducible(tmp_path):
    """data/own_city/make_grid.py writes the shipped CSV again, byte for byte (seeded)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_grid", os.path.join(steps.ROOT, "data", "own_city", "make_grid.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.OUT = str(tmp_path / "hexagons.csv")
    mod.main()
    with open(mod.OUT, "rb") as new, open(steps.OWN_CSV, "rb") as shipped:
        assert new.read() == shipped.read()


# --------------------------------------------------------------------------- what participants see
def test_what_participants_see_on_the_tutorial_path(caremap_provider, demo_gpkg):
    """Issue 19: step 1 opens plain layer names (the demo project, not "caremap_demo — blocks");
    steps 6-7 show the district map without ticking anything (made by default when district
    polygons are given); every help panel shows its whole text ('<' and '&' as text, never cut
    as markup, as "dep_children (< 15" was)."""
    import html as html_lib

    from qgis.core import QgsProject

    project = QgsProject()
    assert project.read(os.path.join(steps.DEMO, "caremap_demo.qgz")), project.error()
    names = [n.name() for n in project.layerTreeRoot().findLayers()]
    assert {"districts", "blocks", "roads", "facilities_registry", "facilities_community",
            "crowd_facilities"} == set(names)
    # points above lines above polygons: the facilities are never hidden under the blocks
    kinds = [n.layer().geometryType() for n in project.layerTreeRoot().findLayers()]
    assert kinds == sorted(kinds)
    for alg_id in ("caregaps", "caredeserts"):
        sink = caremap_provider.algorithm(alg_id).parameterDefinition("OUTPUT_DISTRICTS")
        assert sink.createByDefault(), alg_id
    for alg in caremap_provider.algorithms():
        plain, panel = alg.help_text(), alg.shortHelpString()
        text = re.sub(r'<br>|<a href="[^"]*">|</a>', "\n", panel)
        assert "<" not in text and ">" not in text.replace("&gt;", ""), alg.id()
        assert html_lib.unescape(text).replace("\n", "").startswith(plain.replace("\n", "")[:200]), alg.id()
