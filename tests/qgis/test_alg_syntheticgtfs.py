"""caremap:syntheticgtfs through processing.run: a 2 km route with 3 stops by hand (the
zip read back with kernels.gtfs, the stop times and frequencies), names, one-way, stops
and routes left out (counted), a layer in degrees, bad input, null geometry, cancel."""
import csv
import io
import zipfile

import pytest
from caremap.kernels import gtfs
from layers import Recorder, line_layer, point_layer, run_alg
from qgis.core import QgsProcessingException, QgsProcessingFeedback

LINE = [(0.0, 0.0), (2000.0, 0.0)]


def routes(crs="EPSG:32618", lines=(LINE,), **fields):
    return line_layer(list(lines), fields or None, crs=crs, name="bus_lines")


def stops(crs="EPSG:32618", xy=((1000.0, 10.0), (2000.0, 0.0), (0.0, -30.0), (500.0, 45.0)), **fields):
    return point_layer(list(xy), fields or None, crs=crs, name="bus_stops")


def run(tmp_path, params=None, feedback=None):
    base = {"ROUTES": routes(), "STOPS": stops(), "OUTPUT": str(tmp_path / "feed.zip")}
    base.update(params or {})
    return run_alg("caremap:syntheticgtfs", base, feedback)


def table(path, name):
    with zipfile.ZipFile(path) as z:
        return list(csv.DictReader(io.StringIO(z.read(name + ".txt").decode("utf-8"))))


def test_hand_case(caremap_provider, tmp_path):
    fb = Recorder()
    res = run(tmp_path, {}, fb)
    path = tmp_path / "feed.zip"  # run_alg turns outputs into layers: a zip is none
    assert (res["ROUTES_WRITTEN"], res["STOPS_WRITTEN"], res["STOPS_ON_NO_ROUTE"], res["ROUTES_SKIPPED"]) == (1, 3, 1, 0)
    # the stop at 45 m (feature id 4) is left out, counted and named by its layer
    assert any("bus_stops" in w and "1 stop " in w and "40 m" in w for w in fb.warnings), fb.warnings
    st = [(r["trip_id"], r["stop_id"], r["arrival_time"], r["departure_time"]) for r in table(path, "stop_times")]
    assert st == [("route_1_0", "stop_3", "05:00:00", "05:00:00"), ("route_1_0", "stop_1", "05:03:45", "05:04:10"),
                  ("route_1_0", "stop_2", "05:07:55", "05:07:55"), ("route_1_1", "stop_2", "05:00:00", "05:00:00"),
                  ("route_1_1", "stop_1", "05:03:45", "05:04:10"), ("route_1_1", "stop_3", "05:07:55", "05:07:55")]
    freq = table(path, "frequencies")
    assert [(f["start_time"], f["end_time"], f["headway_secs"], f["exact_times"]) for f in freq] == [
        ("05:00:00", "23:00:00", "900", "1")] * 2
    # stops in WGS84: EPSG:32618 x = 0 is 500 km west of the zone's meridian (-75)
    s = {r["stop_id"]: r for r in table(path, "stops")}
    assert -80.0 < float(s["stop_3"]["stop_lon"]) < -79.0 and abs(float(s["stop_3"]["stop_lat"])) < 0.01
    # the zip is a feed the reader takes: 72 runs each way on any day
    tt = gtfs.timetable(gtfs.read_feed(path), "2026-01-04")
    assert tt.n_runs == 144


def test_parameters_names_and_one_way(caremap_provider, tmp_path):
    lay = routes(lines=(LINE, [(0.0, 0.0), (0.0, 1000.0)]), ref=["A1", "B2"], oneway=["yes", None])
    pts = stops(xy=((0.0, 0.0), (2000.0, 0.0), (0.0, 1000.0)))
    res = run(tmp_path, {"ROUTES": lay, "STOPS": pts, "ROUTE_NAME_FIELD": "ref", "ONEWAY_FIELD": "oneway",
                         "SPEED": 20.0, "DWELL": 0.0, "HEADWAY": 10.0, "START": "06:30", "END": "00:30"})
    path = tmp_path / "feed.zip"  # run_alg turns outputs into layers: a zip is none
    assert [(r["route_id"], r["route_short_name"]) for r in table(path, "routes")] == [("route_1", "A1"),
                                                                                       ("route_2", "B2")]
    assert [t["trip_id"] for t in table(path, "trips")] == ["route_1_0", "route_2_0", "route_2_1"]
    # 2000 m at 20 km/h = 360 s; 1000 m = 180 s
    st = {(r["trip_id"], r["stop_sequence"]): r["arrival_time"] for r in table(path, "stop_times")}
    assert st[("route_1_0", "2")] == "06:36:00" and st[("route_2_1", "2")] == "06:33:00"
    assert {(f["start_time"], f["end_time"], f["headway_secs"]) for f in table(path, "frequencies")} == {
        ("06:30:00", "24:30:00", "600")}
    assert res["STOPS_WRITTEN"] == 3 and res["STOPS_ON_NO_ROUTE"] == 0


def test_route_with_one_stop_is_left_out_and_counted(caremap_provider, tmp_path):
    lay = routes(lines=(LINE, [(5000.0, 0.0), (6000.0, 0.0)]))
    fb = Recorder()
    res = run(tmp_path, {"ROUTES": lay, "STOPS": stops(xy=((0, 0), (2000, 0), (5500, 0)))}, fb)
    assert res["ROUTES_SKIPPED"] == 1 and res["ROUTES_WRITTEN"] == 1 and res["STOPS_ON_NO_ROUTE"] == 1
    assert any("1 route " in w and "bus_lines" in w for w in fb.warnings), fb.warnings


def test_layers_in_degrees_are_reprojected(caremap_provider, tmp_path):
    deg = 1 / 111_320  # about a metre at the equator
    line = [(-75.0, 0.0), (-75.0 + 2000 * deg, 0.0)]
    pts = [(-75.0 + x * deg, y * deg) for x, y in ((1000, 10), (2000, 0), (0, -30), (500, 45))]
    fb = Recorder()
    res = run(tmp_path, {"ROUTES": routes("EPSG:4326", (line,)), "STOPS": stops("EPSG:4326", pts)}, fb)
    assert any("bus_lines" in i and "UTM" in i for i in fb.infos), fb.infos
    assert (res["ROUTES_WRITTEN"], res["STOPS_WRITTEN"], res["STOPS_ON_NO_ROUTE"]) == (1, 3, 1)
    st = table(tmp_path / "feed.zip", "stop_times")
    assert [r["arrival_time"] for r in st[:3]] == ["05:00:00", "05:03:45", "05:07:55"]
    s = {r["stop_id"]: r for r in table(tmp_path / "feed.zip", "stops")}
    assert float(s["stop_3"]["stop_lon"]) == pytest.approx(-75.0, abs=1e-7)


def test_null_geometry_is_counted(caremap_provider, tmp_path):
    fb = Recorder()
    lay = routes(lines=(LINE, None))
    pts = stops(xy=((0, 0), None, (2000, 0)))
    res = run(tmp_path, {"ROUTES": lay, "STOPS": pts}, fb)
    assert any("bus_lines" in w and "without geometry" in w for w in fb.warnings), fb.warnings
    assert any("bus_stops" in w and "without geometry" in w for w in fb.warnings), fb.warnings
    assert res["ROUTES_WRITTEN"] == 1 and res["STOPS_WRITTEN"] == 2
    assert {r["stop_id"] for r in table(tmp_path / "feed.zip", "stops")} == {"stop_1", "stop_3"}


@pytest.mark.parametrize("params, words", [
    ({"STOPS": stops(xy=((0, 500), (2000, 500)))}, ["bus_lines", "bus_stops", "40 m", "Largest distance"]),
    ({"ROUTES": line_layer([], crs="EPSG:32618", name="bus_lines")}, ["bus_lines", "empty"]),
    ({"STOPS": point_layer([], crs="EPSG:32618", name="bus_stops")}, ["bus_stops", "empty"]),
    ({"START": "5 am"}, ["First bus", "HH:MM"]),
    ({"END": "25:99"}, ["End of service", "HH:MM"]),
    ({"START": "07:00", "END": "07:00"}, ["First bus", "End of service"]),
    ({"ROUTE_NAME_FIELD": "nope"}, ["nope", "bus_lines"]),
    ({"ROUTES": routes(oneway=["sometimes"]), "ONEWAY_FIELD": "oneway"}, ["oneway", "bus_lines", "sometimes"]),
    ({"ROUTES": stops()}, ["line"]),
])
def test_bad_input_says_what_to_do(caremap_provider, tmp_path, params, words):
    with pytest.raises(QgsProcessingException) as err:
        run(tmp_path, params)
    msg = str(err.value)
    for w in words:
        assert w in msg, (w, msg)
    for pid in ("SNAP_DISTANCE", "START", "END", "ONEWAY_FIELD", "ROUTE_NAME_FIELD"):
        assert pid not in msg, msg
    assert not (tmp_path / "feed.zip").exists()


def test_missing_layer(caremap_provider, tmp_path):
    with pytest.raises(QgsProcessingException):
        run_alg("caremap:syntheticgtfs", {"STOPS": stops(), "OUTPUT": str(tmp_path / "feed.zip")})
    assert not (tmp_path / "feed.zip").exists()


def test_cancel(caremap_provider, tmp_path):
    fb = QgsProcessingFeedback()
    fb.cancel()
    with pytest.raises(QgsProcessingException, match="[Cc]anceled"):
        run(tmp_path, {}, fb)
    assert not (tmp_path / "feed.zip").exists()
