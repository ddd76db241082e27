"""The public-transport cost mode (issue 13 item 1) through processing.run: a tiny bus line
timed by hand (walk + wait + ride + walk), the window and percentile, the longest walk,
walks on the road network, bad input with clear messages, cancel, and the other cost
modes unchanged."""
import math

import pytest
from layers import Recorder, line_layer, memory_layer, point_layer, rows, run_alg
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
)

CRS = "EPSG:32618"
X0, Y0 = 500000.0, 4500000.0  # the study area, in UTM 18N
SPEED = 6.0  # km/h: 100 m a minute
DIRECT = math.hypot(4000, 100) / 100.0  # O -> F walked the whole way, minutes (40.0125)


def lonlat(x, y):
    t = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem("EPSG:4326"),
                               QgsProject.instance())
    p = t.transform(QgsPointXY(X0 + x, Y0 + y))
    return p.x(), p.y()


def write_feed(folder, stops, trips, calendar=("1", "1", "1", "1", "1", "0", "0"), start="20240101",
               end="20241231", calendar_dates=()):
    """A GTFS folder: ``stops`` {id: (x, y)} in the study area's metres; ``trips`` {id: [(stop,
    'HH:MM:SS'), ...]}; one service 'wk' on the days of ``calendar`` (Monday first)."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["stop_id,stop_name,stop_lat,stop_lon"]
    for sid, (x, y) in stops.items():
        lon, lat = lonlat(x, y)
        lines.append(f"{sid},{sid},{lat!r},{lon!r}")
    (folder / "stops.txt").write_text("\n".join(lines) + "\n")
    (folder / "routes.txt").write_text("route_id,route_short_name,route_type\nr1,1,3\n")
    (folder / "trips.txt").write_text("route_id,service_id,trip_id\n" + "".join(
        f"r1,wk,{t}\n" for t in trips))
    st = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"]
    for t, times in trips.items():
        st += [f"{t},{hms},{hms},{s},{k + 1}" for k, (s, hms) in enumerate(times)]
    (folder / "stop_times.txt").write_text("\n".join(st) + "\n")
    (folder / "calendar.txt").write_text(
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        f"wk,{','.join(calendar)},{start},{end}\n")
    if calendar_dates:
        (folder / "calendar_dates.txt").write_text("service_id,date,exception_type\n" + "".join(
            f"wk,{d},{e}\n" for d, e in calendar_dates))
    return str(folder)


@pytest.fixture
def line_feed(tmp_path):
    """One bus line A (1000, 0) -> B (5000, 0), leaving A at 08:10 and 08:40, 10 minutes to B,
    on weekdays of 2024."""
    return write_feed(tmp_path / "gtfs", {"A": (1000, 0), "B": (5000, 0)},
                      {"t1": [("A", "08:10:00"), ("B", "08:20:00")], "t2": [("A", "08:40:00"), ("B", "08:50:00")]})


def demand():
    # O walks 300 m (3 min) to A; the second unit is 5 km from everything
    # the third unit has no geometry
    return point_layer([(X0 + 1000, Y0 + 300), (X0 - 9000, Y0), None], {"pop": [100.0, 50.0, 10.0]}, crs=CRS,
                       name="homes")


def supply():
    # F is 400 m (4 min) from B
    return point_layer([(X0 + 5000, Y0 + 400)], {"cap": [10.0]}, crs=CRS, name="nurseries")


def params(feed, **kw):
    p = {"DEMAND": demand(), "DEMAND_FIELD": "pop", "SUPPLY": supply(), "CAPACITY_FIELD": "cap",
         "COST_MODE": "transit", "COST_UNIT": "minutes", "SPEED": SPEED, "THRESHOLD": 30, "METHOD": "2sfca",
         "GTFS_FEED": feed, "DEPARTURE": "2024-03-05 08:00", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT",
         "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def demand_rows(res):
    return rows(res["OUTPUT_DEMAND"])


def test_walk_wait_ride_walk_by_hand(caremap_provider, line_feed):
    """08:00 + 3 min walk = 08:03 at A, wait to 08:10, ride to 08:20 at B, 4 min walk: 08:24,
    24 minutes (the walk of the whole way takes 40.01)."""
    d = demand_rows(run_alg("caremap:accessibility", params(line_feed)))
    assert d[0]["cost_nearest"] == pytest.approx(24.0, abs=1e-6)
    assert d[0]["covered"] == 1 and d[0]["access"] == pytest.approx(10 / 100)
    assert d[0]["cost_unit"] == "minutes" and d[0]["cost_speed_kmh"] is None
    # the far unit walks the whole way: 14,005.7 m at 100 m/min, beyond the search limit of 120 min
    assert d[1]["cost_nearest"] is None and d[1]["covered"] == 0
    assert d[2]["cost_nearest"] is None and d[2]["access"] is None
    # a zip file works as the folder does
    import shutil
    zipped = shutil.make_archive(line_feed + "_zip", "zip", line_feed)
    d = demand_rows(run_alg("caremap:accessibility", params(zipped)))
    assert d[0]["cost_nearest"] == pytest.approx(24.0, abs=1e-6)


def test_later_departure_waits_for_the_next_bus_or_walks(caremap_provider, line_feed):
    # 08:08: at A at 08:11, the 08:10 bus has gone; the 08:40 bus arrives at 08:54 (46 min): walking wins
    d = demand_rows(run_alg("caremap:accessibility", params(line_feed, DEPARTURE="2024-03-05 08:08")))
    assert d[0]["cost_nearest"] == pytest.approx(DIRECT, abs=1e-6)
    # 08:30: at A 08:33, the 08:40 bus, at F 08:54: 24 minutes
    d = demand_rows(run_alg("caremap:accessibility", params(line_feed, DEPARTURE="2024-03-05 08:30")))
    assert d[0]["cost_nearest"] == pytest.approx(24.0, abs=1e-6)


def test_window_and_percentile(caremap_provider, line_feed):
    """Departures 08:00 ... 08:10 (11 minutes): 24, 23, ..., 17 up to 08:07, then the walk
    (40.0125) three times. Sorted: 17..24, 40.01 x 3. Median (position 5): 22; the 75th
    percentile (position 7.5): halfway between 24 and 40.0125."""
    d = demand_rows(run_alg("caremap:accessibility", params(line_feed, WINDOW=10)))
    assert d[0]["cost_nearest"] == pytest.approx(22.0, abs=1e-6)
    d = demand_rows(run_alg("caremap:accessibility", params(line_feed, WINDOW=10, PERCENTILE=75)))
    assert d[0]["cost_nearest"] == pytest.approx(24 + 0.5 * (DIRECT - 24), abs=1e-6)
    assert d[0]["covered"] == 0  # 32.0 > 30 minutes
    d = demand_rows(run_alg("caremap:accessibility", params(line_feed, WINDOW=10, PERCENTILE=0)))
    assert d[0]["cost_nearest"] == pytest.approx(17.0, abs=1e-6)
    d = demand_rows(run_alg("caremap:accessibility", params(line_feed, WINDOW=10, PERCENTILE=100)))
    assert d[0]["cost_nearest"] == pytest.approx(DIRECT, abs=1e-6)


def test_longest_walk(caremap_provider, line_feed):
    # the walk to A is 300 m: with 299 m at most, the bus is out of reach and the whole walk counts
    d = demand_rows(run_alg("caremap:accessibility", params(line_feed, MAX_WALK=299)))
    assert d[0]["cost_nearest"] == pytest.approx(DIRECT, abs=1e-6) and d[0]["covered"] == 0
    # ... and the walk from B to F is 400 m: 399 m is still too short, 401 m is enough
    d = demand_rows(run_alg("caremap:accessibility", params(line_feed, MAX_WALK=399)))
    assert d[0]["cost_nearest"] == pytest.approx(DIRECT, abs=1e-6)
    d = demand_rows(run_alg("caremap:accessibility", params(line_feed, MAX_WALK=401)))
    assert d[0]["cost_nearest"] == pytest.approx(24.0, abs=1e-6)
    # a detour of 1.5 makes the walks 450 and 600 m (4.5 and 6 min): 08:10 bus, at F 08:26
    d = demand_rows(run_alg("caremap:accessibility", params(line_feed, DETOUR=1.5)))
    assert d[0]["cost_nearest"] == pytest.approx(26.0, abs=1e-6)


def test_walks_on_the_road_network(caremap_provider, line_feed):
    """A road along y = 0 and a spur to O and one to F: O's walk to A is 300 m along the
    spur, F's 400 m; the whole walk is 300 + 4000 + 400 m (47 min)."""
    roads = line_layer([[(X0 - 100, Y0), (X0 + 1000, Y0), (X0 + 5000, Y0), (X0 + 6000, Y0)], [(X0 + 1000, Y0), (X0 + 1000, Y0 + 300)],
                        [(X0 + 5000, Y0), (X0 + 5000, Y0 + 400)]], crs=CRS, name="streets")
    p = params(line_feed, ACCESS_MODE="network", NETWORK=roads)
    d = demand_rows(run_alg("caremap:accessibility", p))
    assert d[0]["cost_nearest"] == pytest.approx(24.0, abs=1e-6)
    d = demand_rows(run_alg("caremap:accessibility", {**p, "MAX_WALK": 299}))
    assert d[0]["cost_nearest"] == pytest.approx(47.0, abs=1e-6)
    with pytest.raises(QgsProcessingException, match="Road network"):
        run_alg("caremap:accessibility", params(line_feed, ACCESS_MODE="network"))


def test_previous_day_and_frequencies_reach_the_router(caremap_provider, tmp_path):
    """A trip of Monday leaving A at 24:10 (00:10 on Tuesday) serves a Tuesday 00:00
    departure: 24 minutes; a frequency run every 20 min from 08:00 serves 08:05 at 08:20."""
    feed = write_feed(tmp_path / "late", {"A": (1000, 0), "B": (5000, 0)},
                      {"late": [("A", "24:10:00"), ("B", "24:20:00")]})
    d = demand_rows(run_alg("caremap:accessibility", params(feed, DEPARTURE="2024-03-05 00:00")))
    assert d[0]["cost_nearest"] == pytest.approx(24.0, abs=1e-6)
    feed = write_feed(tmp_path / "freq", {"A": (1000, 0), "B": (5000, 0)},
                      {"f": [("A", "06:00:00"), ("B", "06:10:00")]})
    with open(feed + "/frequencies.txt", "w") as f:
        f.write("trip_id,start_time,end_time,headway_secs\nf,08:00:00,09:00:00,1200\n")
    d = demand_rows(run_alg("caremap:accessibility", params(feed, DEPARTURE="2024-03-05 08:05")))
    # at A 08:08, the 08:20 run, at B 08:30, at F 08:34: 29 minutes
    assert d[0]["cost_nearest"] == pytest.approx(29.0, abs=1e-6)


@pytest.mark.parametrize("change, words", [
    ({"GTFS_FEED": None}, "Public transport feed (GTFS zip file or folder)"),
    ({"GTFS_FEED": "/nowhere/feed.zip"}, "does not exist"),
    ({"DEPARTURE": ""}, "YYYY-MM-DD HH:MM"),
    ({"DEPARTURE": "5/3/2024 8h"}, "is not a date and time"),
    ({"DEPARTURE": "2024-02-30 08:00"}, "is not a date and time"),
    ({"DEPARTURE": "2025-03-04 08:00"}, "outside the calendar of the public transport feed gtfs, which runs from "
                                        "2024-01-01 to 2024-12-31"),
    ({"DEPARTURE": "2024-03-09 08:00"}, "has no service on 2024-03-09"),
    ({"COST_UNIT": "meters", "THRESHOLD": 1000}, "'Cost unit'"),
])
def test_bad_input_says_what_to_do(caremap_provider, line_feed, change, words):
    p = params(line_feed)
    for k, v in change.items():
        if v is None:
            p.pop(k)
        else:
            p[k] = v
    with pytest.raises(QgsProcessingException) as err:
        run_alg("caremap:accessibility", p)
    assert words in str(err.value)
    assert "GTFS_FEED" not in str(err.value) and "DEPARTURE" not in str(err.value)


def test_calendar_dates_remove_a_day(caremap_provider, tmp_path):
    feed = write_feed(tmp_path / "gtfs", {"A": (1000, 0), "B": (5000, 0)},
                      {"t1": [("A", "08:10:00"), ("B", "08:20:00")]}, calendar_dates=[("20240305", "2")])
    with pytest.raises(QgsProcessingException, match="no service on 2024-03-05"):
        run_alg("caremap:accessibility", params(feed))


class CancelInRouter(Recorder):
    """Cancels once the walks are logged: the next check is the router's."""

    def pushInfo(self, text):  # noqa: N802
        super().pushInfo(text)
        if "Public transport walks" in str(text):
            self.cancel()


def test_cancel(caremap_provider, line_feed):
    fb = CancelInRouter()
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run_alg("caremap:accessibility", params(line_feed), fb)
    assert not any("Public transport travel times from" in i for i in fb.infos)


def test_siting_and_unpaidcare_take_the_mode(caremap_provider):
    for alg_id in ("caremap:accessibility", "caremap:siting", "caremap:unpaidcare"):
        alg = caremap_provider.algorithm(alg_id.split(":")[1])
        for name in ("GTFS_FEED", "DEPARTURE", "WINDOW", "PERCENTILE", "MAX_WALK", "ACCESS_MODE"):
            assert alg.parameterDefinition(name) is not None, (alg_id, name)
        assert "Public transport (GTFS)" in alg.parameterDefinition("COST_MODE").options()


def test_siting_by_public_transport(caremap_provider, line_feed):
    """One site among two candidates: the one 400 m from B covers O (24 min by bus); the
    other, 5 km west, covers nobody within 30 min."""
    cands = point_layer([(X0 - 5000, Y0), (X0 + 5000, Y0 + 400)], {"n": [1, 2]}, crs=CRS, name="candidates")
    res = run_alg("caremap:siting", {
        "DEMAND": demand(), "DEMAND_FIELD": "pop", "CANDIDATES": cands, "P": 1, "OBJECTIVE": "mclp",
        "THRESHOLD": 30, "COST_MODE": "transit", "COST_UNIT": "minutes", "SPEED": SPEED, "GTFS_FEED": line_feed,
        "DEPARTURE": "2024-03-05 08:00", "OUTPUT_SITES": "TEMPORARY_OUTPUT", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT"})
    sites = rows(res["OUTPUT_SITES"])
    assert [s["n"] for s in sites] == [2]


def test_siting_grid_keeps_the_candidates_a_bus_ride_away(caremap_provider, line_feed):
    """A grid every 500 m at y = 150 over the demand (x 1000 .. 9000): 12 points lie within
    30 minutes' walk (3000 m) of O or of the unit at 9000; by public transport the 3 points
    within the longest walk (1000 m) of stop B (4500, 5000, 5500) are kept too (a ride from
    A away from O); straight lines keep the 12."""
    homes = point_layer([(X0 + 1000, Y0 + 300), (X0 + 9000, Y0)], {"pop": [100.0, 1.0]}, crs=CRS, name="homes")
    base = {"DEMAND": homes, "DEMAND_FIELD": "pop", "P": 1, "OBJECTIVE": "mclp", "THRESHOLD": 30,
            "GRID_SPACING": 500, "COST_UNIT": "minutes", "SPEED": SPEED, "OUTPUT_SITES": "TEMPORARY_OUTPUT",
            "OUTPUT_DEMAND": "TEMPORARY_OUTPUT"}
    said = {}
    for mode, extra in (("straight", {}), ("transit", {"GTFS_FEED": line_feed, "DEPARTURE": "2024-03-05 08:00"})):
        fb = Recorder()
        run_alg("caremap:siting", {**base, "COST_MODE": mode, **extra}, fb)
        said[mode] = [i for i in fb.infos if "grid candidates every" in i]
        feeds = [i for i in fb.infos if i.startswith("Public transport feed")]
    assert said["straight"] == ["12 grid candidates every 500.0 m."], said
    assert said["transit"] == ["15 grid candidates every 500.0 m."], said
    assert len(feeds) == 1, feeds  # the feed is read once in the run (candidates, then costs)


def test_pairs_beyond_the_budget_refused_with_what_the_run_needs(caremap_provider, line_feed, monkeypatch):
    """A budget that holds the walks and one block but no pair of travel times: the pair of
    O is found, the run stops, and the memory the refusal names (the pairs extrapolated to
    every origin, plus the walks held with them) is above the budget it names (was: the
    pairs alone, below the budget, a refusal contradicting its own numbers)."""
    from caremap.processing import costs_io, transit_io

    real_estimate, real_refuse, seen = transit_io._walk_estimate, costs_io.refuse_over_budget, {}

    def no_room_for_pairs(*a, **kw):
        est, _ = real_estimate(*a, **kw)
        return est, est.nbytes

    def spy(est, budget, what=None):
        seen["est"], seen["budget"] = est, budget
        return real_refuse(est, budget, what)
    monkeypatch.setattr(transit_io, "_walk_estimate", no_room_for_pairs)
    monkeypatch.setattr(costs_io, "refuse_over_budget", spy)
    with pytest.raises(QgsProcessingException, match="pairs within reach"):
        run_alg("caremap:accessibility", params(line_feed))
    assert seen["est"].pairs >= 1 and seen["est"].nbytes > seen["budget"], seen


# ------------------------------------------------------------- the other modes are unchanged
def od_table():
    return memory_layer("None", [None, None], {"o": ["u1", "u2"], "d": ["f1", "f1"], "c": [7.0, 12.0]},
                        crs=None, name="od")


@pytest.mark.parametrize("mode, extra, expected", [
    # the second unit is 140 min away, beyond the automatic search limit (4 x 30 = 120 min)
    ("straight", {}, [math.hypot(4000, 100) / 100.0, None]),
    ("network", {"NETWORK": "roads"}, [47.0, None]),
    ("table", {"OD_TABLE": "od", "OD_ORIGIN_FIELD": "o", "OD_DEST_FIELD": "d", "OD_COST_FIELD": "c",
               "DEMAND_ID_FIELD": "uid", "SUPPLY_ID_FIELD": "sid"}, [7.0, 12.0]),
])
def test_other_modes_unchanged(caremap_provider, line_feed, mode, extra, expected):
    """Straight lines, the road network and a table give their own hand values, with or
    without the public-transport parameters, by name or by the index the dialog stores."""
    roads = line_layer([[(X0 - 100, Y0), (X0 + 1000, Y0), (X0 + 5000, Y0), (X0 + 6000, Y0)], [(X0 + 1000, Y0), (X0 + 1000, Y0 + 300)],
                        [(X0 + 5000, Y0), (X0 + 5000, Y0 + 400)]], crs=CRS, name="streets")
    layers = {"roads": roads, "od": od_table()}
    dem = point_layer([(X0 + 1000, Y0 + 300), (X0 - 9000, Y0)], {"pop": [100.0, 50.0], "uid": ["u1", "u2"]},
                      crs=CRS, name="homes")
    sup = point_layer([(X0 + 5000, Y0 + 400)], {"cap": [10.0], "sid": ["f1"]}, crs=CRS, name="nurseries")
    base = {"DEMAND": dem, "DEMAND_FIELD": "pop", "SUPPLY": sup, "CAPACITY_FIELD": "cap", "COST_MODE": mode,
            "COST_UNIT": "minutes", "SPEED": SPEED, "THRESHOLD": 30, "METHOD": "2sfca",
            "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    base.update({k: layers.get(v, v) for k, v in extra.items()})
    got = []
    for p in (base, {**base, "GTFS_FEED": line_feed, "DEPARTURE": "2024-03-05 08:00", "WINDOW": 10,
                     "MAX_WALK": 10}, {**base, "COST_MODE": ("straight", "network", "table").index(mode)}):
        got.append([r["cost_nearest"] for r in demand_rows(run_alg("caremap:accessibility", p))])
    for g in got:
        assert g[0] == pytest.approx(expected[0], abs=1e-6)
        assert g[1] is None if expected[1] is None else g[1] == pytest.approx(expected[1], abs=1e-6)


def test_time_windows_depart_at_their_start(caremap_provider, line_feed):
    """With caregivers' time windows, each window's costs depart at the window's first day and
    start time in the week of the departure: Wednesday 06:00 has no bus in reach (the walk,
    40.0 min, beyond 30); 'morning' (Mo-Fr 08:00-09:00) leaves Monday 08:00 (24 min, covered);
    'late' (Mo-Fr 08:08-09:00) leaves Monday 08:08, after the bus (40.0 min, not covered)."""
    sup = point_layer([(X0 + 5000, Y0 + 400)], {"cap": [10.0], "hours": ["Mo-Fr 07:00-19:00"]}, crs=CRS,
                      name="nurseries")
    fb = Recorder()
    res = run_alg("caremap:accessibility", params(
        line_feed, SUPPLY=sup, DEPARTURE="2024-03-06 06:00", OPENING_HOURS_FIELD="hours",
        TIME_WINDOWS="morning=Mo-Fr 08:00-09:00|late=Mo-Fr 08:08-09:00"), fb)
    d = demand_rows(res)
    assert d[0]["cost_nearest"] == pytest.approx(DIRECT, abs=1e-6) and d[0]["covered"] == 0
    assert d[0]["covered_morning"] == 1 and d[0]["access_morning"] == pytest.approx(10 / 100)
    assert d[0]["covered_late"] == 0 and d[0]["access_late"] == 0
    assert any("2024-03-04" in i and "08:08" in i for i in fb.infos)


@pytest.mark.parametrize("spec, day, minute", [
    ("Mo-Fr 17:00-20:00", "2024-03-04", 17 * 60), ("Sa 09:00-13:00", "2024-03-09", 9 * 60),
    ("Su 22:00-02:00", "2024-03-10", 22 * 60), ("We,Fr 06:00-08:00", "2024-03-06", 6 * 60),
    ("24/7", "2024-03-04", 0),
])
def test_window_departure_by_hand(spec, day, minute):
    import datetime as dt

    from caremap.kernels import opening_hours as kopen

    # the week of Thursday 2024-03-07 runs from Monday 2024-03-04 to Sunday 2024-03-10
    got = kopen.window_departure(kopen.parse_opening_hours(spec).mask, dt.date(2024, 3, 7))
    assert got == (dt.date.fromisoformat(day), float(minute))


def test_exact_limit_caps_the_router_only_where_exact():
    from types import SimpleNamespace

    from caremap.processing import transit_io

    # 55 % of 101 departure minutes: NumPy interpolates with the 56th time (its virtual
    # index is 55.00000000000001), so a cap would turn a cost within the limit into inf
    assert transit_io.exact_limit(SimpleNamespace(percentile=55.0, window=100), 30.0) is None
    assert transit_io.exact_limit(SimpleNamespace(percentile=50.0, window=10), 30.0) == 30.0
