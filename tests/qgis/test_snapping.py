"""Snapping that never strands a unit (issue 12), through processing.run: points join the
nearest point of the nearest street (hand-computed costs mid-segment, with a one-way
street), never a small fragment when the main network is within SNAP_DISTANCE, lines join
at shared vertices only (a bridge is no junction; NETWORK_TOLERANCE merges on request),
units and facilities off the network are flagged (snapped_m, off_network) and warned about
by layer with their ids; and on a real OpenStreetMap extract every demand point of the
area joins the main component of caremap:osmnetwork's walking network."""
import os

import numpy as np
import pytest
from layers import Recorder, line_layer, point_layer, rows, run_alg
from qgis.core import QgsGeometry, QgsPointXY

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELSINKI = os.path.join(ROOT, "tests", "data", "helsinki_centre.osm.pbf")


def access(dem, sup, roads, fb=None, **kw):
    p = {"DEMAND": dem, "DEMAND_FIELD": "pop", "SUPPLY": sup, "CAPACITY_FIELD": "cap", "COST_MODE": "network",
         "NETWORK": roads, "COST_UNIT": "meters", "THRESHOLD": 10000, "METHOD": "nearest", "DECAY": "step",
         "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT", **kw}
    return run_alg("caremap:accessibility", p, feedback=fb)


def square_roads():
    """A(0,0) B(100,0) C(100,100) D(0,100); A->B one-way eastwards."""
    return line_layer([[(0, 0), (100, 0)], [(100, 0), (100, 100)], [(100, 100), (0, 100)], [(0, 100), (0, 0)]],
                      {"ow": ["yes", "no", "no", "no"]}, name="roads")


def test_mid_segment_costs_with_a_one_way_street(caremap_provider):
    # the unit 10 m south of A->B at x = 30; facilities at B and at A
    dem = point_layer([(30, -10)], {"pop": [1.0]}, name="blocks")
    for fac, driving, walking in (((100, 0), 80.0, 80.0), ((0, 0), 380.0, 40.0)):
        sup = point_layer([fac], {"cap": [1.0]}, name="kindergartens")
        drive = rows(access(dem, sup, square_roads(), SPEED=30.0, ONEWAY_FIELD="ow")["OUTPUT_DEMAND"])[0]
        walk = rows(access(dem, sup, square_roads(), ONEWAY_FIELD="ow")["OUTPUT_DEMAND"])[0]
        assert drive["cost_nearest"] == pytest.approx(driving)  # against the flow: around the block
        assert walk["cost_nearest"] == pytest.approx(walking)   # walking ignores one-way
        assert drive["snapped_m"] == pytest.approx(10.0) and drive["off_network"] == 0
    # in minutes: the 10 m walk at 5.04 km/h and 70 m of street at 30 km/h
    sup = point_layer([(100, 0)], {"cap": [1.0]}, name="kindergartens")
    d = rows(access(dem, sup, square_roads(), SPEED=30.0, ONEWAY_FIELD="ow", COST_UNIT="minutes",
                    THRESHOLD=30)["OUTPUT_DEMAND"])[0]
    assert d["cost_nearest"] == pytest.approx(10 * 60 / 5040 + 70 * 60 / 30000)
    # a slow walk (3 km/h = 50 m per minute) is slow to the street too: 80 m = 1.6 minutes
    d = rows(access(dem, sup, square_roads(), SPEED=3.0, COST_UNIT="minutes", THRESHOLD=30)["OUTPUT_DEMAND"])[0]
    assert d["cost_nearest"] == pytest.approx(80 / 50)


def test_a_unit_near_a_fragment_joins_the_main_network_or_is_flagged(caremap_provider):
    # a 1000 m street on y = 0 and a 10 m footway fragment at y = 30 that joins nothing
    roads = line_layer([[(0, 0), (500, 0), (1000, 0)], [(0, 30), (10, 30)]], name="roads")
    dem = point_layer([(5, 40), (900, 20)], {"pop": [1.0, 1.0]}, name="blocks")
    sup = point_layer([(500, 0), (700, 3000)], {"cap": [1.0, 1.0]}, name="kindergartens")
    fb = Recorder()
    res = access(dem, sup, roads, fb)
    d, s = rows(res["OUTPUT_DEMAND"]), rows(res["OUTPUT_SUPPLY"])
    # 40 m to the street (not 10 m to the fragment), then 495 m along it
    assert d[0]["cost_nearest"] == pytest.approx(40 + 495) and d[0]["snapped_m"] == pytest.approx(40.0)
    assert [r["off_network"] for r in d] == [0, 0] and d[1]["cost_nearest"] == pytest.approx(20 + 400)
    assert s[0]["snapped_m"] == pytest.approx(0.0) and s[0]["off_network"] == 0
    assert s[1]["snapped_m"] is None and s[1]["off_network"] == 1
    assert any(w.startswith("1 facility of layer Care facilities (kindergartens) farther than 500 m")
               for w in fb.warnings)
    assert "Off the road network in layer Care facilities (kindergartens): 1 feature, ids 2" in fb.infos
    # within 25 m of the fragment only: off the network, flagged and counted as near a fragment
    fb = Recorder()
    res = access(dem, sup, roads, fb, SNAP_DISTANCE=25.0)
    d = rows(res["OUTPUT_DEMAND"])
    assert d[0]["off_network"] == 1 and d[0]["snapped_m"] is None and d[0]["cost_nearest"] is None
    assert d[1]["off_network"] == 0 and d[1]["snapped_m"] == pytest.approx(20.0)
    warn = [w for w in fb.warnings if "(blocks)" in w and "farther than 25 m" in w]
    assert len(warn) == 1 and warn[0].startswith("1 demand unit of layer Demand units")
    assert "Near a small piece of road that is not connected to the network" in warn[0] and "1 of them." in warn[0]
    assert "Off the road network in layer Demand units (points or polygons) (blocks): 1 feature, ids 1" in fb.infos


def test_off_network_ids_listed_up_to_twenty(caremap_provider):
    roads = line_layer([[(0, 0), (1000, 0)]], name="roads")
    far = [(float(x), 5000.0) for x in range(25)]
    dem = point_layer([(0, 0)] + far, {"pop": [1.0] * 26}, name="blocks")
    sup = point_layer([(500, 0)], {"cap": [1.0]}, name="kindergartens")
    fb = Recorder()
    d = rows(access(dem, sup, roads, fb)["OUTPUT_DEMAND"])
    assert sum(r["off_network"] for r in d) == 25
    line = [i for i in fb.infos if i.startswith("Off the road network")][0]
    assert line.endswith(", ".join(str(i) for i in range(2, 22)) + " and 5 more")


def test_a_bridge_is_no_junction_unless_a_tolerance_is_asked(caremap_provider):
    # a street on y = 0 and a bridge on x = 100 whose vertex is 0.3 m above the street
    roads = line_layer([[(0, 0), (100, 0), (200, 0)], [(100, -500), (100, 0.3), (100, 500)]], name="roads")
    dem = point_layer([(0, 0)], {"pop": [1.0]}, name="blocks")
    sup = point_layer([(100, 500)], {"cap": [1.0]}, name="kindergartens")
    fb = Recorder()
    d = rows(access(dem, sup, roads, fb)["OUTPUT_DEMAND"])[0]
    assert d["cost_nearest"] is None and d["off_network"] == 0  # both parts are joined, but not to each other
    assert any("2 connected components" in i for i in fb.infos)
    d = rows(access(dem, sup, roads, NETWORK_TOLERANCE=0.5)["OUTPUT_DEMAND"])[0]
    assert d["cost_nearest"] == pytest.approx(100 + 499.7)  # the lines as drawn, joined at the merged node


def test_straight_lines_write_no_snap_fields(caremap_provider):
    dem = point_layer([(0, 0)], {"pop": [1.0]}, name="blocks")
    sup = point_layer([(100, 0)], {"cap": [1.0]}, name="kindergartens")
    res = access(dem, sup, None, COST_MODE="straight")
    assert "snapped_m" not in res["OUTPUT_DEMAND"].fields().names()


# --------------------------------------------------------------------------- a real extract
def test_every_demand_point_of_a_real_extract_joins_the_main_component(caremap_provider):
    """caremap:osmnetwork's walking network of central Helsinki (53-odd pieces: footway
    and steps fragments, islands). A grid of demand points every 100 m over the area, a
    few facilities: every point joins the network (off_network 0), at the distance to the
    nearest line of the largest component measured by QGIS (so never on a fragment), and
    every point reaches a facility."""
    net = run_alg("caremap:osmnetwork", {"INPUT": HELSINKI, "MODE": "walk", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    comp = np.array([f["component"] for f in net.getFeatures()])
    length = np.array([f["length_m"] for f in net.getFeatures()])
    by_comp = np.bincount(comp, weights=length)
    main = int(np.argmax(by_comp))
    assert len(by_comp) > 5 and (by_comp[np.arange(len(by_comp)) != main] < 0.05 * by_comp[main]).all()
    main_geom = QgsGeometry.unaryUnion([f.geometry() for f in net.getFeatures() if f["component"] == main])
    other_geom = QgsGeometry.unaryUnion([f.geometry() for f in net.getFeatures() if f["component"] != main])
    ext = net.extent()
    xs = np.arange(ext.xMinimum() + 50, ext.xMaximum(), 100.0)
    ys = np.arange(ext.yMinimum() + 50, ext.yMaximum(), 100.0)
    pts = [(x, y) for x in xs for y in ys]
    # only points within the snap distance of the main network: the area's units
    d_main = np.array([main_geom.distance(QgsGeometry.fromPointXY(QgsPointXY(*p))) for p in pts])
    d_other = np.array([other_geom.distance(QgsGeometry.fromPointXY(QgsPointXY(*p))) for p in pts])
    keep = d_main <= 500.0
    pts = [p for p, k in zip(pts, keep) if k]
    d_main, d_other = d_main[keep], d_other[keep]
    assert len(pts) > 100 and (d_other < d_main).sum() > 0  # some are nearer to a fragment
    crs = net.crs().authid()
    dem = point_layer(pts, {"pop": [1.0] * len(pts)}, crs=crs, name="grid")
    sup = point_layer([pts[len(pts) // 3], pts[2 * len(pts) // 3]], {"cap": [5.0, 5.0]}, crs=crs, name="schools")
    fb = Recorder()
    res = access(dem, sup, net, fb, SPEED_FIELD="speed_kmh", ONEWAY_FIELD="oneway", COST_UNIT="minutes",
                 THRESHOLD=60)
    d = rows(res["OUTPUT_DEMAND"])
    assert [r["off_network"] for r in d] == [0] * len(pts)
    np.testing.assert_allclose([r["snapped_m"] for r in d], d_main, atol=1e-6)
    assert all(r["cost_nearest"] is not None for r in d)
    assert any("outside the largest one: 0 demand points and 0 facilities" in w for w in fb.warnings)
