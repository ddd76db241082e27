"""caremap:catchments by public transport (COST_MODE transit, issue 13 item 1) through
processing.run, on a hand-made feed: one fast line A -> B, so that the cells around A are
in a facility's 10-minute catchment only by bus, and out of it outside service hours; the
cells near the facility by walking; areas counted cell by cell; the catchment grows with
the threshold; dissolve; membership equal to accessibility's pair cost on the same points;
minutes only; no cell; cancel in the router and while drawing."""
import math

import pytest
from layers import Recorder, point_layer, rows, run_alg
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException
from test_transit_mode import write_feed

CRS = "EPSG:32618"
X0, Y0 = 500000.0, 4500000.0  # multiples of the cell size: cell corners
SPEED = 6.0  # km/h: 100 m a minute
CELL = 100.0
# stops on cell corners; the facility at a cell centre, 254.95 m from B
A, B, F = (1000.0, 0.0), (5000.0, 0.0), (5050.0, 250.0)
F_WALK = math.hypot(50, 250) / 100.0  # B -> F, minutes (2.5495)


@pytest.fixture
def fast_line(tmp_path):
    """One run A -> B: leaves A at 08:02, at B at 08:06 (4 km in 4 minutes), weekdays of 2024."""
    return write_feed(tmp_path / "gtfs", {"A": A, "B": B}, {"t1": [("A", "08:02:00"), ("B", "08:06:00")]})


def facility(xy=(F,), name="nurseries"):
    return point_layer([(X0 + x, Y0 + y) for x, y in xy], {"name": [f"f{k}" for k in range(len(xy))],
                                                           "cap": [10.0] * len(xy)}, crs=CRS, name=name)


def params(feed, **kw):
    p = {"SUPPLY": facility(), "COST_MODE": "transit", "COST_UNIT": "minutes", "SPEED": SPEED,
         "THRESHOLDS": "10,15,20", "GTFS_FEED": feed, "DEPARTURE": "2024-03-05 08:00", "CELL_SIZE": CELL,
         "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def polygons(res):
    """{(name or None, threshold): geometry} of the output."""
    out = {}
    for f in res["OUTPUT"].getFeatures():
        name = f["name"] if f.fields().indexOf("name") >= 0 else None
        out[(name, f["threshold"])] = QgsGeometry(f.geometry())
    return out


def cells_within(centre, radius_m):
    """Cells of the 100 m grid whose centre is within radius_m of ``centre`` (relative metres)."""
    k = int(radius_m // CELL) + 2
    i0, j0 = math.floor(centre[0] / CELL), math.floor(centre[1] / CELL)
    return {(i, j) for i in range(i0 - k, i0 + k + 1) for j in range(j0 - k, j0 + k + 1)
            if math.hypot((i + 0.5) * CELL - centre[0], (j + 0.5) * CELL - centre[1]) <= radius_m + 1e-9}


def contains(geom, x, y):
    return geom.contains(QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y)))


def test_cells_near_the_far_stop_only_by_bus(caremap_provider, fast_line):
    """From a cell centre within 200 m of A (2 minutes' walk) the 08:02 bus is caught at
    08:00: at B at 08:06, at F 2.55 minutes later (8.55 <= 10); the walk of the whole way
    is about 41 minutes. Farther from A the bus has left (walk only). So the 10-minute
    catchment is the cells within 1000 m of walking from F plus the 12 cells whose centre
    is within 200 m of A, and nothing else."""
    fb = Recorder()
    res = run_alg("caremap:catchments", params(fast_line), fb)
    geo = polygons(res)
    assert set(geo) == {("f0", 10.0), ("f0", 15.0), ("f0", 20.0)}
    ten = geo[("f0", 10.0)]
    by_bus = cells_within(A, 200.0)
    assert len(by_bus) == 12
    for t in (10.0, 15.0, 20.0):
        walk = cells_within(F, t * 100.0)
        assert geo[("f0", t)].area() == pytest.approx((len(walk) + len(by_bus)) * CELL ** 2, rel=1e-9), t
    assert contains(ten, 1050, 50) and contains(ten, 850, -50)  # 71 m and 158 m from A
    assert not contains(ten, 1250, 50) and not contains(ten, 1150, 150)  # 255 m and 212 m: the bus has gone
    assert not contains(ten, 3000, 50)  # between the stops: neither the bus nor the walk
    assert contains(ten, F[0] + 950, F[1]) and not contains(ten, F[0] + 1050, F[1])  # the walk around F
    # the catchment grows with the threshold, each inside the next
    assert geo[("f0", 10.0)].area() < geo[("f0", 15.0)].area() < geo[("f0", 20.0)].area()
    assert geo[("f0", 15.0)].difference(geo[("f0", 20.0)]).area() == pytest.approx(0.0, abs=1e-6)
    # the facility's fields, the threshold in minutes, the walking speed
    r = {row["threshold"]: row for row in rows(res["OUTPUT"])}
    assert r[10.0]["name"] == "f0" and r[10.0]["cap"] == 10.0
    assert r[10.0]["cost_unit"] == "minutes" and r[10.0]["cost_speed_kmh"] == SPEED
    # the log counts the cells before routing
    assert any("Public transport catchments:" in i and "cells of 100 m" in i for i in fb.infos), fb.infos
    # the feed is read once (the router takes the timetable the cells were found with)
    assert sum(i.startswith("Public transport feed") for i in fb.infos) == 1, fb.infos
    # the router's log speaks of the grid cells, not of demand units
    assert any("from the grid cells to stops" in i for i in fb.infos), fb.infos
    assert any("grid cells x 1 facilities" in i or "grid cells x 1 facility" in i for i in fb.infos), fb.infos
    assert not any("demand" in i for i in fb.infos if i.startswith("Public transport")), fb.infos


def test_outside_service_hours_only_the_walk(caremap_provider, fast_line):
    geo = polygons(run_alg("caremap:catchments", params(fast_line, DEPARTURE="2024-03-05 23:00")))
    ten = geo[("f0", 10.0)]
    assert not contains(ten, 1050, 50)
    assert ten.area() == pytest.approx(len(cells_within(F, 1000.0)) * CELL ** 2, rel=1e-9)


def test_window_and_percentile(caremap_provider, fast_line):
    """From (1050, 50), 0.71 minutes from A: leaving 08:00, 08:01 -> 8.55, 7.55 minutes;
    08:02 ... 08:04 -> the walk (41 min). Median of 5: the walk (out); percentile 0: 7.55 (in)."""
    geo = polygons(run_alg("caremap:catchments", params(fast_line, WINDOW=4)))
    assert not contains(geo[("f0", 20.0)], 1050, 50)
    geo = polygons(run_alg("caremap:catchments", params(fast_line, WINDOW=4, PERCENTILE=0)))
    assert contains(geo[("f0", 10.0)], 1050, 50)


def test_membership_is_accessibility_pair_cost(caremap_provider, fast_line):
    """For cell centres around A, B and F, in the 10-minute catchment exactly when
    accessibility's public-transport cost from that point to F is <= 10."""
    pts = [(1050, 50), (850, -50), (1250, 50), (1150, 150), (4950, 50), (5050, -350), (5950, 250), (6050, 250),
           (5050, 1250), (3050, 50)]
    demand = point_layer([(X0 + x, Y0 + y) for x, y in pts], {"pop": [1.0] * len(pts)}, crs=CRS, name="homes")
    acc = run_alg("caremap:accessibility", {
        "DEMAND": demand, "DEMAND_FIELD": "pop", "SUPPLY": facility(), "CAPACITY_FIELD": "cap",
        "COST_MODE": "transit", "COST_UNIT": "minutes", "SPEED": SPEED, "THRESHOLD": 10, "METHOD": "2sfca",
        "GTFS_FEED": fast_line, "DEPARTURE": "2024-03-05 08:00", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT",
        "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"})
    cost = [r["cost_nearest"] for r in rows(acc["OUTPUT_DEMAND"])]
    ten = polygons(run_alg("caremap:catchments", params(fast_line)))[("f0", 10.0)]
    inside = [contains(ten, x, y) for x, y in pts]
    assert inside == [c is not None and c <= 10.0 for c in cost], list(zip(pts, cost, inside))
    assert cost[0] == pytest.approx(6.0 + F_WALK, abs=1e-6)  # caught the bus: 08:06 at B
    assert sum(inside) >= 5 and not all(inside)  # both kinds are tested


def test_dissolve_merges_the_facilities(caremap_provider, fast_line):
    two = facility([F, (F[0] + 500.0, F[1])])
    res = run_alg("caremap:catchments", params(fast_line, SUPPLY=two, DISSOLVE=True))
    geo = polygons(res)
    assert set(geo) == {(None, 10.0), (None, 15.0), (None, 20.0)}
    union = cells_within(F, 1000.0) | cells_within((F[0] + 500.0, F[1]), 1000.0) | cells_within(A, 200.0)
    assert geo[(None, 10.0)].area() == pytest.approx(len(union) * CELL ** 2, rel=1e-9)
    one_each = polygons(run_alg("caremap:catchments", params(fast_line, SUPPLY=two)))
    assert len(one_each) == 6
    merged = QgsGeometry.unaryUnion([one_each[("f0", 10.0)], one_each[("f1", 10.0)]])
    assert merged.symDifference(geo[(None, 10.0)]).area() == pytest.approx(0.0, abs=1e-6)


def test_minutes_only(caremap_provider, fast_line):
    with pytest.raises(QgsProcessingException, match="Public transport costs are travel times.*'Cost unit'"):
        run_alg("caremap:catchments", params(fast_line, COST_UNIT="meters"))


def test_tiny_cells_are_refused_before_they_are_built(caremap_provider, fast_line, monkeypatch):
    from caremap.kernels import isochrones

    monkeypatch.setattr(isochrones, "MAX_CANDIDATE_CELLS", 1000)
    with pytest.raises(QgsProcessingException) as err:
        run_alg("caremap:catchments", params(fast_line))
    msg = str(err.value)
    assert "choose larger cells in 'Public transport: cell size of the catchment grid (m)'" in msg, msg
    assert "more than 1,000" in msg and "CELL_SIZE" not in msg


def test_no_cell_within_reach(caremap_provider, fast_line):
    """A facility on a cell corner, half a minute (50 m) of walking, no walk to a stop: no
    cell centre (70.7 m away) is within reach; nothing is drawn, and a warning says why."""
    fb = Recorder()
    res = run_alg("caremap:catchments", params(fast_line, SUPPLY=facility([(3000.0, 3000.0)]), THRESHOLDS="0.5",
                                               MAX_WALK=0), fb)
    assert res["OUTPUT"].featureCount() == 0
    assert any("No cell of 100 m" in w and "nurseries" in w for w in fb.warnings), fb.warnings


class CancelAfter(Recorder):
    """Cancels once an info holding ``marker`` is logged."""

    def __init__(self, marker):
        super().__init__()
        self.marker = marker

    def pushInfo(self, text):  # noqa: N802
        super().pushInfo(text)
        if self.marker in str(text):
            self.cancel()


@pytest.mark.parametrize("marker", ["Public transport walks", "Public transport travel times from"])
def test_cancel_in_the_router_and_while_drawing(caremap_provider, fast_line, marker):
    fb = CancelAfter(marker)
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run_alg("caremap:catchments", params(fast_line), fb)
    assert not any("catchment polygon" in i for i in fb.infos)
    if marker == "Public transport walks":  # the router saw it: no travel times
        assert not any("Public transport travel times from" in i for i in fb.infos)

