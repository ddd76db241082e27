"""The synthetic GTFS kernel by hand: a straight 2 km route with stops at 0, 1000 and 2000 m
(16 km/h, 25 s dwell: 1000 m take 225 s), snapping, ordering along the line, one-way, the
tables, and a round trip through the zip, kernels.gtfs and kernels.transit."""
import csv
import io
import zipfile

import numpy as np
import pytest
from caremap.kernels import gtfs
from caremap.kernels import synthetic_gtfs as sg
from caremap.kernels.transit import travel_times

LINE = np.array([[0.0, 0.0], [2000.0, 0.0]])
# given out of order, off the line by 10, 0 and 30 m; the last one 41 m away
STOPS = np.array([[1000.0, 10.0], [2000.0, 0.0], [0.0, -30.0], [500.0, 41.0]])
LONLAT = np.array([[-74.0 + i * 0.001, 4.6] for i in range(4)])


def feed(**kw):
    return sg.build_feed([LINE], STOPS, LONLAT, **kw)


def rows(f, table):
    return [dict(zip(sg.COLUMNS[table], r)) for r in f.tables[table]]


def test_snapping_and_order_along_the_line():
    f = feed()
    assert f.report["route_stops"][0].tolist() == [2, 0, 1]  # 0 m, 1000 m, 2000 m
    assert f.report["stops_on_no_route"].tolist() == [3]  # 41 m > 40 m
    assert f.report["stops_written"] == 3 and f.report["routes_written"] == 1
    assert sorted(r["stop_id"] for r in rows(f, "stops")) == ["stop_1", "stop_2", "stop_3"]
    # 41 m is in with 41 m (inclusive)
    assert sg.build_feed([LINE], STOPS, LONLAT, snap_m=41.0).report["route_stops"][0].tolist() == [2, 3, 0, 1]


def test_stop_times_by_hand_both_directions():
    f = feed()
    st = rows(f, "stop_times")
    out = [(r["trip_id"], r["stop_id"], r["arrival_time"], r["departure_time"], r["stop_sequence"]) for r in st]
    # 05:00:00 start; 1000 m at 16 km/h = 225 s; 25 s dwell at the middle stop only
    assert out == [
        ("route_1_0", "stop_3", "05:00:00", "05:00:00", "1"),
        ("route_1_0", "stop_1", "05:03:45", "05:04:10", "2"),
        ("route_1_0", "stop_2", "05:07:55", "05:07:55", "3"),
        ("route_1_1", "stop_2", "05:00:00", "05:00:00", "1"),
        ("route_1_1", "stop_1", "05:03:45", "05:04:10", "2"),
        ("route_1_1", "stop_3", "05:07:55", "05:07:55", "3"),
    ]
    assert [r["shape_dist_traveled"] for r in st] == ["0.00", "1000.00", "2000.00"] * 2
    arr, dep = sg.offsets([1000.0, 1000.0], 16.0, 25.0)
    assert arr.tolist() == [0, 225, 475] and dep.tolist() == [0, 250, 475]
    trips = rows(f, "trips")
    assert [(t["trip_id"], t["direction_id"], t["route_id"]) for t in trips] == [
        ("route_1_0", "0", "route_1"), ("route_1_1", "1", "route_1")]


def test_uneven_gaps_reverse_direction_and_rounding():
    # stops at 0, 300 and 2000 m: 300 m = 67.5 s, 1700 m = 382.5 s
    stops = np.array([[0.0, 0.0], [300.0, 0.0], [2000.0, 0.0]])
    f = sg.build_feed([LINE], stops, np.zeros((3, 2)), dwell_s=10.0)
    by_trip = {}
    for r in rows(f, "stop_times"):
        by_trip.setdefault(r["trip_id"], []).append((r["arrival_time"], r["departure_time"]))
    # forward: 67.5 -> 68 (arr), 77.5 -> 78 (dep), 77.5 + 382.5 = 460
    assert by_trip["route_1_0"] == [("05:00:00", "05:00:00"), ("05:01:08", "05:01:18"), ("05:07:40", "05:07:40")]
    # reverse: 382.5 -> 382 (round half to even), 392.5 -> 392, 392.5 + 67.5 = 460
    assert by_trip["route_1_1"] == [("05:00:00", "05:00:00"), ("05:06:22", "05:06:32"), ("05:07:40", "05:07:40")]


def test_frequencies_calendar_agency_routes():
    f = feed(route_names=["Line A"])
    assert rows(f, "frequencies") == [
        {"trip_id": "route_1_0", "start_time": "05:00:00", "end_time": "23:00:00", "headway_secs": "900",
         "exact_times": "1"},
        {"trip_id": "route_1_1", "start_time": "05:00:00", "end_time": "23:00:00", "headway_secs": "900",
         "exact_times": "1"}]
    cal = rows(f, "calendar")[0]
    assert [cal[d] for d in gtfs.WEEKDAYS] == ["1"] * 7
    assert cal["start_date"] <= "20240101" and cal["end_date"] >= "20401231"
    assert rows(f, "routes")[0]["route_short_name"] == "Line A" and rows(f, "routes")[0]["route_type"] == "3"
    assert rows(f, "agency")[0]["agency_timezone"] == "UTC"
    s = {r["stop_id"]: r for r in rows(f, "stops")}
    assert s["stop_3"]["stop_lon"] == "-73.9980000" and s["stop_3"]["stop_lat"] == "4.6000000"
    # service past midnight and another headway
    g = feed(start="06:30", end="01:00", headway_min=7.5)
    assert rows(g, "frequencies")[0]["start_time"] == "06:30:00"
    assert rows(g, "frequencies")[0]["end_time"] == "25:00:00"
    assert rows(g, "frequencies")[0]["headway_secs"] == "450"
    assert rows(g, "stop_times")[1]["arrival_time"] == "06:33:45"


def test_one_way_route_runs_as_drawn_only():
    f = feed(one_way=[True])
    assert [t["trip_id"] for t in rows(f, "trips")] == ["route_1_0"]
    assert len(rows(f, "frequencies")) == 1
    assert sg.parse_one_way(["yes", None, "0", "1", "TRUE", "", 1.0]).tolist() == [
        True, False, False, True, True, False, True]
    with pytest.raises(ValueError, match="maybe"):
        sg.parse_one_way(["maybe"])


def test_routes_with_fewer_than_two_stops_are_skipped_and_stops_shared():
    far = np.array([[0.0, 5000.0], [100.0, 5000.0]])  # no stop near it
    cross = np.array([[1000.0, -500.0], [1000.0, 500.0]])  # only the stop at 1000 m ... and none else
    bend = [np.array([[0.0, 0.0], [1000.0, 0.0]]), np.array([[1000.0, 0.0], [2000.0, 0.0]])]  # two parts
    f = sg.build_feed([far, cross, bend], STOPS, LONLAT)
    assert f.report["routes_skipped"].tolist() == [0, 1]
    assert f.report["route_stops"][2].tolist() == [2, 0, 1]
    assert [r["route_id"] for r in rows(f, "routes")] == ["route_3"]
    # a stop near two routes serves both, listed once
    g = sg.build_feed([LINE, LINE[::-1]], STOPS, LONLAT)
    assert g.report["route_stops"][1].tolist() == [1, 0, 2]
    assert len(rows(g, "stops")) == 3 and len(rows(g, "trips")) == 4


def test_projection_of_a_loop_takes_the_nearest_passage():
    loop = np.array([[0.0, 0.0], [100.0, 0.0], [100.0, 100.0], [0.0, 100.0], [0.0, 2.0]])
    pos, dist = sg.project_on_route(loop, [[50.0, 1.0], [1.0, 3.0], [100.0, 50.0]])
    assert dist.tolist() == pytest.approx([1.0, 1.0, 0.0])
    # (1, 3): 3 m from the first segment, 1 m from the last one (at 300 + 97 m along)
    assert pos.tolist() == pytest.approx([50.0, 397.0, 150.0])


@pytest.mark.parametrize("kw, words", [
    ({"speed_kmh": 0.0}, "speed"), ({"dwell_s": -1.0}, "dwell"), ({"headway_min": 0.0}, "headway"),
    ({"start": "5h"}, "HH:MM"), ({"end": "05:00"}, "same time"), ({"snap_m": -1.0}, "snap"),
    ({"one_way": [True, False]}, "one-way"), ({"stop_ids": ["a", "a", "b", "c"]}, "same id"),
])
def test_bad_input(kw, words):
    with pytest.raises(ValueError, match=words):
        feed(**kw)


def test_cancel():
    with pytest.raises(InterruptedError):
        feed(feedback=lambda fraction: True)


def test_zip_round_trip_through_the_reader_and_the_router(tmp_path):
    path = tmp_path / "synthetic.zip"
    sg.write_zip(feed(), path)
    with zipfile.ZipFile(path) as z:
        assert sorted(z.namelist()) == sorted(n + ".txt" for n in sg.COLUMNS)
        head = next(csv.reader(io.StringIO(z.read("frequencies.txt").decode())))
        assert head == ["trip_id", "start_time", "end_time", "headway_secs", "exact_times"]
    assert not (tmp_path / "synthetic.zip.part").exists()
    tt = gtfs.timetable(gtfs.read_feed(path), "2025-03-12")  # a Wednesday
    # runs every 15 min from 05:00 up to but not including 23:00, both ways: 72 x 2
    assert tt.n_runs == 144
    ids = list(tt.stop_ids)
    s0, s2 = ids.index("stop_3"), ids.index("stop_2")  # the stops at 0 m and 2000 m
    for dep_min, expected in [(7 * 60 + 3, 12 + 475 / 60), (7 * 60 + 15, 475 / 60), (22 * 60 + 31, 14 + 475 / 60)]:
        res = travel_times(tt, dep_min, 0, access=([0], [s0], [0.0]), egress=([s2], [0], [0.0]),
                           n_origins=1, n_destinations=1, direct=([0], [0], [24.0]))
        assert res.cost[0, 0] == pytest.approx(expected, abs=1e-9)
    # after the last run (22:45) only the 24-minute walk is left
    res = travel_times(tt, 22 * 60 + 47, 0, access=([0], [s0], [0.0]), egress=([s2], [0], [0.0]),
                       n_origins=1, n_destinations=1, direct=([0], [0], [24.0]))
    assert res.cost[0, 0] == 24.0
    # a window of 14 minutes from 07:01: waits 14..0, median 7 + ride
    res = travel_times(tt, 7 * 60 + 1, 14, access=([0], [s0], [0.0]), egress=([s2], [0], [0.0]),
                       n_origins=1, n_destinations=1)
    assert res.cost[0, 0] == pytest.approx(7 + 475 / 60)
