"""caremap:accessibility through processing.run: hand-checked straight-line, network, OD
table and target-group runs, GeoPackages, a geographic CRS, network distances equal to
QGIS's own shortest path, and bad input."""
import math

import pytest
from layers import line_layer, memory_layer, point_layer, rows, run_alg, save_gpkg
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)


def run(params, feedback=None, alg="caremap:accessibility"):
    return run_alg(alg, params, feedback)


def null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull()) or str(v) == "NULL"


def demand_layer(crs="EPSG:32618"):
    # the last feature has no geometry
    return point_layer([(0, 0), (1000, 0), (5000, 0), None],
                       {"uid": ["a", "b", "c", "d"], "pop": [100.0, 200.0, 50.0, 10.0]}, crs=crs, name="demand")


def supply_layer(crs="EPSG:32618", caps=(10.0, 6.0), groups=("children", "older")):
    return point_layer([(500, 0), (2000, 0)],
                       {"sid": [1, 2], "cap": list(caps), "grp": list(groups)}, crs=crs, name="supply")


def base_params(**kw):
    p = {"DEMAND": demand_layer(), "DEMAND_FIELD": "pop", "SUPPLY": supply_layer(), "CAPACITY_FIELD": "cap",
         "COST_MODE": "straight", "COST_UNIT": "meters", "THRESHOLD": 1500, "METHOD": "2sfca", "DECAY": "step",
         "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def test_straight_line_2sfca_hand_checked(caremap_provider):
    res = run(base_params())
    d = rows(res["OUTPUT_DEMAND"])
    assert [r["uid"] for r in d] == ["a", "b", "c", "d"]
    # R0 = 10 / (100 + 200), R1 = 6 / 200
    assert d[0]["access"] == pytest.approx(1 / 30)
    assert d[1]["access"] == pytest.approx(1 / 30 + 0.03)
    assert d[2]["access"] == 0 and d[2]["covered"] == 0 and d[2]["n_reachable"] == 0
    # beyond THRESHOLD (1500 m) but within the automatic search limit max(4 x 1500, 5000) = 6000 m:
    # the cost to the nearest facility (2000, 0) is still known
    assert d[2]["cost_nearest"] == pytest.approx(3000)
    assert d[0]["cost_nearest"] == pytest.approx(500) and d[1]["n_reachable"] == 2
    assert [(r["cost_unit"], r["cost_speed_kmh"]) for r in d[:3]] == [("meters", 5.04)] * 3
    assert all(null(d[3][k]) for k in ("access", "covered", "cost_nearest"))  # null geometry
    mean = (100 / 30 + 200 * (1 / 30 + 0.03)) / 350
    assert d[1]["access_norm"] == pytest.approx((1 / 30 + 0.03) / mean)
    s = rows(res["OUTPUT_SUPPLY"])
    assert s[0]["catch_demand"] == pytest.approx(300) and s[1]["ratio"] == pytest.approx(0.03)
    assert res["SHARE_COVERED"] == pytest.approx(300 / 350)
    assert res["MEAN_ACCESS"] == pytest.approx(mean)


def test_inclusive_threshold_minutes_and_nearest(caremap_provider):
    # 6 km/h = 100 m/min: the facility 500 m away is exactly 5 minutes away
    res = run(base_params(COST_UNIT="minutes", SPEED=6.0, THRESHOLD=5.0, METHOD="nearest"))
    d = rows(res["OUTPUT_DEMAND"])
    assert d[0]["cost_nearest"] == pytest.approx(5.0) and d[0]["covered"] == 1
    assert d[1]["n_reachable"] == 1  # 500 m to one, 1000 m to the other


def _w(d, sigma):
    return math.exp(-d * d / (2 * sigma * sigma))


def test_every_method_hand_checked(caremap_provider):
    """Distances: a-s1 500, b-s1 500, b-s2 1000 within THRESHOLD 1500; c reaches nothing."""
    g5, g10 = _w(500, 750), _w(1000, 750)  # G2SFCA / gaussian default sigma = THRESHOLD / 2
    # 3SFCA: selection weights of b between s1 and s2
    gb1, gb2 = g5 / (g5 + g10), g10 / (g5 + g10)
    r1 = 10 / (100 * g5 + 200 * gb1 * g5)
    r2 = 6 / (200 * gb2 * g10)
    e = math.exp(1)
    want = {
        ("cumulative", "step"): (10, 16),
        # metres: zones at thirds of THRESHOLD (500:1, 1000:0.68, 1500:0.22); R1 = 10/300, R2 = 6/(0.68*200)
        ("e2sfca", "step"): (1 / 30, 1 / 30 + 0.68 * 6 / 136),
        # the Gaussian weight cancels when each unit's share is the same: R1 = 10/(300 g5), R2 = 6/(200 g10)
        ("g2sfca", "step"): (1 / 30, 1 / 30 + 0.03),
        ("3sfca", "gaussian"): (g5 * r1, gb1 * g5 * r1 + gb2 * g10 * r2),
        # linear to 1500: w = 2/3, 1/3; R1 = 10/200, R2 = 6/(200/3); access uses w^2
        ("m2sfca", "linear"): (4 / 9 * 0.05, 4 / 9 * 0.05 + 1 / 9 * 0.09),
        ("gravity", "power"): (10 / 500, 10 / 500 + 6 / 1000),
        # beta = 3 / THRESHOLD = 0.002 per metre
        ("gravity", "exponential"): (10 / e, 10 / e + 6 / e ** 2),
    }
    for (method, decay), (a, b) in want.items():
        res = run(base_params(METHOD=method, DECAY=decay))
        d = rows(res["OUTPUT_DEMAND"])
        assert d[0]["access"] == pytest.approx(a, rel=1e-9), method
        assert d[1]["access"] == pytest.approx(b, rel=1e-9), method
        assert d[2]["access"] == 0 and d[2]["covered"] == 0, method
        mean = (100 * a + 200 * b) / 350
        assert res["MEAN_ACCESS"] == pytest.approx(mean, rel=1e-9), method
        assert d[1]["access_norm"] == pytest.approx(b / mean, rel=1e-9), method
        assert [r["n_reachable"] for r in d[:3]] == [1, 2, 0], method
        assert {"catch_demand", "ratio"} <= set(res["OUTPUT_SUPPLY"].fields().names())
    s = rows(run(base_params(METHOD="g2sfca"))["OUTPUT_SUPPLY"])
    assert s[0]["catch_demand"] == pytest.approx(300 * g5) and s[1]["catch_demand"] == pytest.approx(200 * g10)


def test_zero_demand_catchment_gives_null_ratio(caremap_provider):
    dem = point_layer([(0, 0), (10000, 0)], {"pop": [0.0, 5.0]}, name="demand")
    res = run(base_params(DEMAND=dem))
    s = rows(res["OUTPUT_SUPPLY"])
    assert null(s[0]["ratio"]) and s[0]["catch_demand"] == 0
    assert rows(res["OUTPUT_DEMAND"])[0]["covered"] == 1


def test_target_group(caremap_provider):
    res = run(base_params(TARGET_GROUP_FIELD="grp", TARGET_GROUP="Children"))
    d = rows(res["OUTPUT_DEMAND"])
    assert d[0]["access"] == pytest.approx(1 / 30) and d[1]["access"] == pytest.approx(1 / 30)
    s = rows(res["OUTPUT_SUPPLY"])
    assert null(s[1]["ratio"]) and null(s[1]["catch_demand"])  # not a childcare facility
    res = run(base_params(SUPPLY=supply_layer(groups=("children", "all")), TARGET_GROUP_FIELD="grp",
                          TARGET_GROUP="children"))
    assert rows(res["OUTPUT_DEMAND"])[1]["access"] == pytest.approx(1 / 30 + 0.03)
    with pytest.raises(QgsProcessingException, match="No facility"):
        run(base_params(TARGET_GROUP_FIELD="grp", TARGET_GROUP="disability"))


def test_od_table(caremap_provider):
    tab = memory_layer("None", [None] * 4, {"o": ["a", "b", "b", "zz"], "d": ["1", "1", "2", "1"],
                                            "t": [4.0, 6.0, 12.0, 1.0]}, crs=None, name="od")
    res = run(base_params(COST_MODE="table", OD_TABLE=tab, OD_ORIGIN_FIELD="o", OD_DEST_FIELD="d",
                          OD_COST_FIELD="t", DEMAND_ID_FIELD="uid", SUPPLY_ID_FIELD="sid",
                          COST_UNIT="minutes", THRESHOLD=10))
    d = rows(res["OUTPUT_DEMAND"])
    assert d[0]["access"] == pytest.approx(1 / 30) and d[1]["access"] == pytest.approx(1 / 30)
    assert d[1]["cost_nearest"] == 6.0 and d[2]["covered"] == 0
    with pytest.raises(QgsProcessingException, match=r"choose the id field of the demand units in 'Demand unit id field \(for a cost table\)'"):
        run(base_params(COST_MODE="table", OD_TABLE=tab, OD_ORIGIN_FIELD="o", OD_DEST_FIELD="d",
                        OD_COST_FIELD="t"))


def test_geopackage_in_and_out(caremap_provider, tmp_path):
    dem = save_gpkg(demand_layer(), tmp_path / "in.gpkg", "demand")
    sup = save_gpkg(supply_layer(), tmp_path / "sup.gpkg", "supply")
    out = str(tmp_path / "out.gpkg")
    res = run(base_params(DEMAND=dem, SUPPLY=sup, OUTPUT_DEMAND=out, OUTPUT_SUPPLY=str(tmp_path / "out_s.gpkg")))
    layer = res["OUTPUT_DEMAND"] or QgsVectorLayer(out, "out", "ogr")
    d = sorted(rows(layer), key=lambda r: r["uid"])
    assert d[1]["access"] == pytest.approx(1 / 30 + 0.03)
    assert len(d) == 4


def test_geographic_crs(caremap_provider):
    # Bogota: ~0.009 degrees of longitude = ~1 km; results close to the metric run
    lon0, lat0, k = -74.08, 4.60, 1 / 111_000
    # (the third unit lies north so the extent is not degenerate: see the report on layer_io)
    dem = point_layer([(lon0, lat0), (lon0 + 1000 * k, lat0), (lon0, lat0 + 5000 * k), None],
                      {"pop": [100.0, 200.0, 50.0, 10.0]}, crs="EPSG:4326", name="demand")
    sup = point_layer([(lon0 + 500 * k, lat0), (lon0 + 2000 * k, lat0)], {"cap": [10.0, 6.0]},
                      crs="EPSG:4326", name="supply")
    fb = Log()
    res = run(base_params(DEMAND=dem, SUPPLY=sup), feedback=fb)
    d = rows(res["OUTPUT_DEMAND"])
    assert d[0]["cost_nearest"] == pytest.approx(500, rel=0.01)
    assert d[1]["access"] == pytest.approx(1 / 30 + 0.03)
    assert "UTM zone 18" in fb.text


class Log(QgsProcessingFeedback):
    def __init__(self, cancel_after=None):
        super().__init__()
        self.text = ""
        self.warnings = []
        self.calls = 0
        self.cancel_after = cancel_after

    def pushInfo(self, info):
        self.text += info + "\n"

    def pushWarning(self, warning):
        self.text += warning + "\n"
        self.warnings.append(warning)

    def isCanceled(self):
        self.calls += 1
        return self.cancel_after is not None and self.calls > self.cancel_after


def test_all_out_of_reach_and_summary_log(caremap_provider):
    fb = Log()
    res = run(base_params(THRESHOLD=100), feedback=fb)
    d = rows(res["OUTPUT_DEMAND"])
    assert [r["access"] for r in d[:3]] == [0, 0, 0] and [r["covered"] for r in d[:3]] == [0, 0, 0]
    assert all(null(r["ratio"]) for r in rows(res["OUTPUT_SUPPLY"]))
    assert "No demand unit reaches" in fb.text
    fb = Log()
    run(base_params(), feedback=fb)
    assert "85.7% of demand" in fb.text and "mean access" in fb.text


@pytest.mark.parametrize("change, message", [
    ({"CAPACITY_FIELD": "nope"}, "nope"),
    ({"CAPACITY_FIELD": "grp"}, "grp"),
    ({"SUPPLY": "NEG_CAP"}, "negative"),
    ({"DEMAND": "NEG_POP"}, "negative"),
    ({"SUPPLY": "EMPTY"}, "empty"),
    ({"COST_MODE": "network"}, "choose it in 'Road network (lines)'"),
    ({"COST_MODE": "network", "NETWORK": "EMPTY_LINES"}, "empty"),
    ({"THRESHOLD": 0}, "needs a catchment threshold above 0 (only a decaying weight works without one): set "
                       "'Catchment threshold (in the cost unit, inclusive; 0 = none)'"),
    ({"COST_MODE": "network", "NETWORK": "ROADS", "SPEED_TABLE": "primary:50", "SPEED_CLASS_FIELD": ""},
     "choose it in 'Road class field of the road network"),
    ({"COST_MODE": "table"}, "choose it in 'Travel cost table (when costs come from a table)'"),
])
def test_bad_input(caremap_provider, change, message):
    special = {
        "NEG_CAP": lambda: supply_layer(caps=(10.0, -1.0)),
        "NEG_POP": lambda: point_layer([(0, 0)], {"pop": [-5.0]}, name="demand"),
        "EMPTY": lambda: point_layer([], {"cap": []}, name="supply"),
        "EMPTY_LINES": lambda: line_layer([], {"speed": []}, name="roads"),
        "ROADS": lambda: grid_roads(),
    }
    params = base_params(**{k: (special[v]() if isinstance(v, str) and v in special else v) for k, v in change.items()})
    with pytest.raises(QgsProcessingException) as err:
        run(params)
    assert message.lower() in str(err.value).lower()
    # the dialog shows labels, never ids (issue 11)
    ids = ("COST_MODE", "NETWORK", "THRESHOLD", "METHOD", "SPEED_TABLE", "SPEED_CLASS_FIELD", "OD_TABLE")
    assert not any(i in str(err.value) for i in ids), str(err.value)


def test_canceled(caremap_provider):
    fb = Log(cancel_after=0)
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run(base_params(), feedback=fb)
    fb = Log(cancel_after=3)  # cancel in the middle of the run
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run(base_params(), feedback=fb)


# --------------------------------------------------------------------------- network
def grid_roads(n=5, step=100.0, oneway_row=None):
    lines, oneway = [], []
    for y in range(n):
        lines.append([(x * step, y * step) for x in range(n)])
        oneway.append("yes" if y == oneway_row else "no")
    for x in range(n):
        lines.append([(x * step, y * step) for y in range(n)])
        oneway.append("no")
    # a diagonal shortcut, digitised from the top-right
    lines.append([(400.0, 400.0), (300.0, 300.0)])
    oneway.append("no")
    return line_layer(lines, {"ow": oneway}, name="roads")


def qgis_shortest(roads, start, end, oneway=False):
    params = {"INPUT": roads, "STRATEGY": 0, "START_POINT": f"{start[0]},{start[1]} [EPSG:32618]",
              "END_POINT": f"{end[0]},{end[1]} [EPSG:32618]", "TOLERANCE": 0.5, "OUTPUT": "TEMPORARY_OUTPUT"}
    if oneway:
        params.update({"DIRECTION_FIELD": "ow", "VALUE_FORWARD": "yes", "VALUE_BACKWARD": "", "VALUE_BOTH": "no",
                       "DEFAULT_DIRECTION": 2})
    res = run(params, alg="native:shortestpathpointtopoint")
    layer = res["OUTPUT"]
    return next(layer.getFeatures())["cost"]


@pytest.mark.parametrize("oneway", [False, True])
def test_network_distance_equals_qgis_shortest_path(caremap_provider, oneway):
    roads = grid_roads(oneway_row=2 if oneway else None)
    starts = [(400.0, 200.0), (0.0, 0.0), (100.0, 300.0), (400.0, 400.0)]
    fac = (0.0, 200.0)
    dem = point_layer(starts, {"pop": [1.0] * len(starts)}, name="demand")
    sup = point_layer([fac], {"cap": [1.0]}, name="supply")
    res = run(base_params(DEMAND=dem, SUPPLY=sup, COST_MODE="network", NETWORK=roads, THRESHOLD=10000,
                          METHOD="nearest", SPEED=30.0 if oneway else 5.04, ONEWAY_FIELD="ow"))
    got = [r["cost_nearest"] for r in rows(res["OUTPUT_DEMAND"])]
    want = [qgis_shortest(roads, s, fac, oneway) for s in starts]
    assert got == pytest.approx(want, rel=1e-9)
    if oneway:  # row y=200 is one-way eastwards: going west from (400, 200) needs a detour
        assert got[0] > 400.0
    else:
        assert got[0] == pytest.approx(400.0)
        assert got[3] == pytest.approx(100 * math.sqrt(2) + 300 + 100)


def test_network_unsnapped_and_disconnected(caremap_provider):
    roads = line_layer([[(0, 0), (100, 0)], [(1000, 0), (1100, 0)]], {"ow": ["no", "no"]}, name="roads")
    dem = point_layer([(0, 0), (1100, 0), (0, 5000)], {"pop": [1.0, 1.0, 1.0]}, name="demand")
    sup = point_layer([(100, 0)], {"cap": [1.0]}, name="supply")
    fb = Log()
    res = run(base_params(DEMAND=dem, SUPPLY=sup, COST_MODE="network", NETWORK=roads, THRESHOLD=10000), feedback=fb)
    d = rows(res["OUTPUT_DEMAND"])
    assert [r["covered"] for r in d] == [1, 0, 0]
    assert "farther than" in fb.text and "disconnected" in fb.text


def test_gravity_without_cutoff(caremap_provider):
    res = run(base_params(METHOD="gravity", DECAY="power", DECAY_PARAM=1.0, THRESHOLD=0))
    d = rows(res["OUTPUT_DEMAND"])
    assert d[0]["access"] == pytest.approx(10 / 500 + 6 / 2000)
    assert d[2]["access"] == pytest.approx(10 / 4500 + 6 / 3000) and d[2]["n_reachable"] == 2
    res = run(base_params(METHOD="g2sfca", DECAY_PARAM=10.0, THRESHOLD=0, COST_UNIT="minutes", SPEED=6.0))
    d = rows(res["OUTPUT_DEMAND"])
    assert d[0]["cost_nearest"] == pytest.approx(5.0)
    # every pair counts (no threshold), at 100 m per minute: a 5 / 20, b 5 / 10, c 45 / 30 minutes
    w = {t: _w(t, 10.0) for t in (5, 10, 20, 30, 45)}
    r1 = 10 / (100 * w[5] + 200 * w[5] + 50 * w[45])
    r2 = 6 / (100 * w[20] + 200 * w[10] + 50 * w[30])
    want = [w[5] * r1 + w[20] * r2, w[5] * r1 + w[10] * r2, w[45] * r1 + w[30] * r2]
    assert [r["access"] for r in d[:3]] == pytest.approx(want, rel=1e-9)
    assert [r["n_reachable"] for r in d[:3]] == [2, 2, 2] and d[2]["cost_nearest"] == pytest.approx(30.0)
    # supply is conserved: sum of P_i A_i = total capacity
    assert 100 * want[0] + 200 * want[1] + 50 * want[2] == pytest.approx(16.0)


def test_network_speed_by_road_class_and_speed_field(caremap_provider):
    roads = line_layer([[(0, 0), (1000, 0)], [(1000, 0), (2000, 0)]],
                       {"highway": ["primary", "footway"], "maxspeed": [None, 30.0]}, name="roads")
    dem = point_layer([(0, 0)], {"pop": [1.0]}, name="demand")
    sup = point_layer([(2000, 0)], {"cap": [1.0]}, name="supply")
    common = dict(DEMAND=dem, SUPPLY=sup, COST_MODE="network", NETWORK=roads, COST_UNIT="minutes",
                  THRESHOLD=100, METHOD="nearest", SPEED_CLASS_FIELD="highway", SPEED_TABLE="primary:60,footway:6")
    d = rows(run(base_params(**common))["OUTPUT_DEMAND"])
    assert d[0]["cost_nearest"] == pytest.approx(1.0 + 10.0)
    # a valid SPEED_FIELD value wins over the class table
    d = rows(run(base_params(SPEED_FIELD="maxspeed", **common))["OUTPUT_DEMAND"])
    assert d[0]["cost_nearest"] == pytest.approx(1.0 + 2.0)
    with pytest.raises(QgsProcessingException, match="class:km/h"):
        run(base_params(**{**common, "SPEED_TABLE": "primary=60"}))


# --------------------------------------------------------------------------- messages (issue 11)
def test_off_network_points_named_by_layer_with_count_and_ids(caremap_provider):
    """Points farther than the snap distance: one counted warning per layer naming it, and
    their feature ids in the log."""
    roads = line_layer([[(x, 0) for x in range(0, 2001, 50)]], name="roads")
    dem = point_layer([(0, 0), (1000, 0), (0, 5000), (500, 4000)], {"pop": [1.0] * 4}, name="blocks")
    sup = point_layer([(100, 0), (1500, 3000)], {"cap": [1.0, 1.0]}, name="kindergartens")
    fb = Log()
    run(base_params(DEMAND=dem, SUPPLY=sup, COST_MODE="network", NETWORK=roads, THRESHOLD=10000), feedback=fb)
    off = [w for w in fb.warnings if not w.startswith("Edge of the study area")]  # tests/qgis/test_study_edge.py
    demand_w = [w for w in off if "(blocks)" in w]
    supply_w = [w for w in off if "(kindergartens)" in w]
    assert len(demand_w) == 1 and demand_w[0].startswith("2 demand units of layer Demand units")
    assert len(supply_w) == 1 and supply_w[0].startswith("1 facility of layer Care facilities (kindergartens)")
    assert "farther than 500 m from the road network" in supply_w[0]
    assert "raise 'Largest distance from a point to the road network (m)'" in supply_w[0]
    assert "Off the road network in layer Demand units (points or polygons) (blocks): 2 features, ids 3, 4" in fb.text
    assert "in layer Care facilities (kindergartens): 1 feature, ids 2" in fb.text


def test_off_network_inventory_records_named_by_their_own_layer(caremap_provider):
    """A supply layer of caremap:supplyinventory (src_layer / src_fid) is named by the layers
    its records come from, so the pipeline's warning names the user's own layer."""
    roads = line_layer([[(x, 0) for x in range(0, 2001, 50)]], name="roads")
    dem = point_layer([(0, 0), (1000, 0)], {"pop": [1.0, 1.0]}, name="blocks")
    sup = point_layer([(100, 0), (1500, 3000), (900, 2500)],
                      {"cap": [1.0, 1.0, 1.0], "src_layer": ["Inputs (registry)", "Inputs (osm)", "Inputs (osm)"],
                       "src_fid": [7, 12, 40]}, name="inventory")
    fb = Log()
    run(base_params(DEMAND=dem, SUPPLY=sup, COST_MODE="network", NETWORK=roads, THRESHOLD=10000), feedback=fb)
    off = [w for w in fb.warnings if "road network" in w]
    assert len(off) == 1 and off[0].startswith("2 facilities of layer Inputs (osm) farther than 500 m")
    assert "in layer Inputs (osm): 2 features, ids 12, 40" in fb.text


@pytest.mark.parametrize("which", ["demand", "supply"])
def test_duplicate_od_ids_name_the_layer_and_field(caremap_provider, which):
    tab = memory_layer("None", [None] * 2, {"o": ["a", "b"], "d": ["1", "2"], "t": [4.0, 6.0]}, crs=None, name="od")
    dem, sup = demand_layer(), supply_layer()
    if which == "demand":
        dem = point_layer([(0, 0), (1000, 0)], {"uid": ["a", "a"], "pop": [1.0, 2.0]}, name="demand")
    else:
        sup = point_layer([(500, 0), (2000, 0)], {"sid": [1, 1], "cap": [1.0, 1.0]}, name="supply")
    with pytest.raises(QgsProcessingException) as err:
        run(base_params(DEMAND=dem, SUPPLY=sup, COST_MODE="table", OD_TABLE=tab, OD_ORIGIN_FIELD="o",
                        OD_DEST_FIELD="d", OD_COST_FIELD="t", DEMAND_ID_FIELD="uid", SUPPLY_ID_FIELD="sid"))
    msg = str(err.value)
    if which == "demand":
        assert "The ids in field 'uid' of layer Demand units (points or polygons) (demand) are not unique " \
               "(1 repeated, e.g. 'a')" in msg
        assert "choose another id field in 'Demand unit id field (for a cost table)'" in msg
    else:
        assert "field 'sid' of layer Care facilities (supply) are not unique (1 repeated, e.g. '1')" in msg
        assert "choose another id field in 'Facility id field (for a cost table)'" in msg
    assert "DEMAND_ID_FIELD" not in msg and "SUPPLY_ID_FIELD" not in msg


def test_null_demand_warning_names_the_layer(caremap_provider):
    dem = point_layer([(0, 0), (1000, 0)], {"pop": [None, 2.0]}, name="blocks")
    fb = Log()
    res = run(base_params(DEMAND=dem), feedback=fb)
    # one unit: the singular (trn), never "unit(s)"
    assert "1 unit of layer Demand units (points or polygons) (blocks) with a NULL 'pop': NULL access" in fb.text
    assert "unit(s)" not in fb.text
    assert null(rows(res["OUTPUT_DEMAND"])[0]["access"])


def _visible(alg):
    from qgis.core import QgsProcessingParameterDefinition

    return [p.name() for p in alg.parameterDefinitions() if not p.isDestination()
            and not p.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced]


def test_dialog_shows_what_a_planner_needs_in_order(caremap_provider):
    """Issue 18: what (demand, facilities), who (target group), how far (threshold), how
    (method, costs); the OD table, id, one-way, speed fields and the rest are advanced.
    The threshold defaults to the one default threshold."""
    from caremap.kernels.costs import DEFAULT_THRESHOLD_MINUTES

    alg = caremap_provider.algorithm("accessibility")
    assert _visible(alg) == ["DEMAND", "DEMAND_FIELD", "SUPPLY", "CAPACITY_FIELD", "TARGET_GROUP", "THRESHOLD",
                             "METHOD", "COST_MODE", "NETWORK", "COST_UNIT", "SPEED"]
    inputs = {p.name() for p in alg.parameterDefinitions() if not p.isDestination()}
    assert {"OD_TABLE", "OD_ORIGIN_FIELD", "OD_DEST_FIELD", "OD_COST_FIELD", "DEMAND_ID_FIELD", "SUPPLY_ID_FIELD",
            "ONEWAY_FIELD", "SPEED_FIELD", "DECAY", "DECAY_PARAM", "STEPS", "SEARCH_LIMIT", "DETOUR",
            "SNAP_DISTANCE", "TARGET_GROUP_FIELD"} <= inputs - set(_visible(alg))
    assert alg.parameterDefinition("THRESHOLD").defaultValue() == DEFAULT_THRESHOLD_MINUTES == 10.0
    assert "15" not in alg.parameterDefinition("THRESHOLD").help()


# ---------------------------------------------------------------- opening hours (issue 13 item 4)
def hours_supply(hours):
    return point_layer([(500, 0), (2000, 0)], {"cap": [10.0, 6.0], "oh": list(hours)}, name="supply")


WINDOWS = "early=Mo-Fr 08:00-09:00|evening=Mo-Fr 17:00-20:00|late=Mo-Fr 18:00-20:00"


def test_time_windows_hand_checked(caremap_provider):
    """s1 (10 places) open Mo-Fr 08:00-18:00, s2 (6 places) Mo-Fr 17:00-20:00. a reaches s1,
    b reaches s1 and s2, c reaches nothing (1500 m)."""
    res = run(base_params(SUPPLY=hours_supply(["Mo-Fr 08:00-18:00", "Mo-Fr 17:00-20:00"]),
                          OPENING_HOURS_FIELD="oh", TIME_WINDOWS=WINDOWS))
    d = rows(res["OUTPUT_DEMAND"])
    # all hours unchanged: R1 = 10/300, R2 = 6/200
    assert d[0]["access"] == pytest.approx(1 / 30) and d[1]["access"] == pytest.approx(1 / 30 + 0.03)
    # early: only s1 is open (share 1), s2 closed
    assert [d[i]["access_early"] for i in range(3)] == pytest.approx([1 / 30, 1 / 30, 0])
    assert [d[i]["covered_early"] for i in range(3)] == [1, 1, 0]
    # evening: s1 open 17:00-18:00, one hour of three: 10/3 places shared by 300; s2 open all of it
    assert d[0]["access_evening"] == pytest.approx(10 / 3 / 300)
    assert d[1]["access_evening"] == pytest.approx(10 / 3 / 300 + 6 / 200)
    assert [d[i]["covered_evening"] for i in range(3)] == [1, 1, 0]
    # late: s1 closed, so a is not covered; b reaches s2
    assert d[0]["access_late"] == 0 and d[0]["covered_late"] == 0
    assert d[1]["access_late"] == pytest.approx(0.03) and d[1]["covered_late"] == 1
    assert null(d[3]["access_late"])  # no geometry: NULL as access


def test_time_windows_not_understood_and_null_hours(caremap_provider):
    fb = Log()
    res = run(base_params(SUPPLY=hours_supply(["Mo-Fr 08:00-18:00; PH off", "sunrise-sunset"]),
                          OPENING_HOURS_FIELD="oh", TIME_WINDOWS=WINDOWS), feedback=fb)
    d = rows(res["OUTPUT_DEMAND"])
    # s2 left out of the windows, still counted at all hours
    assert d[1]["access"] == pytest.approx(1 / 30 + 0.03)
    assert d[1]["access_late"] == 0 and d[1]["covered_late"] == 0
    assert d[1]["access_early"] == pytest.approx(1 / 30)
    assert "1 facility of layer" in fb.text and "'sunrise-sunset'" in fb.text and "'oh'" in fb.text
    assert "holiday" in fb.text
    # NULL or empty hours: always open
    res = run(base_params(SUPPLY=hours_supply(["", None]), OPENING_HOURS_FIELD="oh", TIME_WINDOWS=WINDOWS))
    d = rows(res["OUTPUT_DEMAND"])
    assert d[1]["access_early"] == pytest.approx(d[1]["access"]) == pytest.approx(1 / 30 + 0.03)


def test_time_windows_refused(caremap_provider):
    with pytest.raises(QgsProcessingException, match="Time windows.*must start with a letter"):
        run(base_params(SUPPLY=hours_supply(["24/7", "24/7"]), OPENING_HOURS_FIELD="oh",
                        TIME_WINDOWS="1st=Mo 08:00-09:00"))
    with pytest.raises(QgsProcessingException, match="not understood"):
        run(base_params(SUPPLY=hours_supply(["24/7", "24/7"]), OPENING_HOURS_FIELD="oh",
                        TIME_WINDOWS="x=sunrise-sunset"))
    # windows without an opening-hours field of the facilities (the layer has no 'opening_hours')
    with pytest.raises(QgsProcessingException, match="choose the field of layer Care facilities.*Opening hours field"):
        run(base_params(TIME_WINDOWS="early=Mo-Fr 08:00-09:00"))
    with pytest.raises(QgsProcessingException, match="no field 'hours'"):
        run(base_params(OPENING_HOURS_FIELD="hours", TIME_WINDOWS="early=Mo-Fr 08:00-09:00"))
    # no windows: the field is not needed and no window field is written
    d = rows(run(base_params())["OUTPUT_DEMAND"])
    assert not any(k.startswith("covered_") for k in d[0].keys())
