"""GTFS reading: service days, past-midnight runs, interpolation and frequencies, by hand."""
import os
import zipfile

import numpy as np
import pytest
from caremap.kernels import gtfs

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "gtfs")


def write_feed(folder, tables):
    os.makedirs(folder, exist_ok=True)
    for name, rows in tables.items():
        with open(os.path.join(folder, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(",".join(map(str, r)) for r in rows) + "\n")


def tables():
    return {
        "stops": [["stop_id", "stop_name", "stop_lat", "stop_lon", "location_type"],
                  ["A", "a", 1, 1, ""], ["B", "b", 1, 2, "0"], ["C", "c", 1, 3, ""], ["D", "d", 1, 4, ""],
                  ["ST", "station", 1, 1, "1"]],
        "trips": [["route_id", "service_id", "trip_id"], ["r", "WK", "shape"], ["r", "WK", "even"],
                  ["r", "WK", "night"], ["r", "SA", "sat"], ["r", "WK", "freq"], ["r", "X", "extra"],
                  ["r", "WK", "station"]],
        "stop_times": [["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence", "shape_dist_traveled"],
                       # given out of order: sorted by stop_sequence
                       ["shape", "08:10:00", "08:10:00", "C", 3, 1000], ["shape", "08:00:00", "08:00:00", "A", 1, 0],
                       ["shape", "", "", "B", 2, 300],
                       ["even", "09:00:00", "09:00:00", "A", 1, ""], ["even", "", "", "B", 2, ""],
                       ["even", "", "", "C", 3, ""], ["even", "09:09:00", "09:10:00", "D", 4, ""],
                       ["night", "23:50:00", "23:51:00", "A", 1, ""], ["night", "25:10:30", "", "B", 2, ""],
                       ["sat", "10:00:00", "10:00:00", "A", 1, ""], ["sat", "10:05:00", "10:05:00", "B", 2, ""],
                       ["freq", "12:00:00", "12:00:00", "C", 1, ""], ["freq", "12:06:00", "12:07:00", "D", 2, ""],
                       ["extra", "07:00:00", "07:00:00", "D", 1, ""], ["extra", "07:30:00", "07:30:00", "A", 2, ""],
                       ["station", "11:00:00", "11:00:00", "ST", 1, ""], ["station", "11:05:00", "11:05:00", "A", 2, ""],
                       ["station", "11:10:00", "11:10:00", "B", 3, ""]],
        "frequencies": [["trip_id", "start_time", "end_time", "headway_secs"],
                        ["freq", "06:00:00", "07:00:00", 1200], ["freq", "23:30:00", "24:30:00", 1800]],
        "calendar": [["service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                      "start_date", "end_date"],
                     ["WK", 1, 1, 1, 1, 1, 0, 0, 20240101, 20240630], ["SA", 0, 0, 0, 0, 0, 1, 0, 20240101, 20240630]],
        "calendar_dates": [["service_id", "date", "exception_type"],
                           ["WK", 20240313, 2], ["X", 20240313, 1], ["SA", 20240314, 1]],
    }


@pytest.fixture
def feed(tmp_path):
    write_feed(str(tmp_path / "f"), tables())
    return gtfs.read_feed(str(tmp_path / "f"))


def runs(tt):
    """{trip_id: [(stop_id, arr, dep), ...] per run} in minutes."""
    out = {}
    for r in range(tt.n_runs):
        a, b = tt.run_ptr[r], tt.run_ptr[r + 1]
        out.setdefault(tt.trip_ids[tt.run_trip[r]], []).append(
            [(tt.stop_ids[s], x, y) for s, x, y in zip(tt.stop[a:b], tt.arr[a:b], tt.dep[a:b])])
    return out


def test_service_days(feed):
    assert gtfs.service_ids(feed, "2024-03-11") == {"WK"}  # Monday
    assert gtfs.service_ids(feed, "2024-03-16") == {"SA"}  # Saturday
    assert gtfs.service_ids(feed, "20240313") == {"X"}  # Wednesday: WK removed, X added
    assert gtfs.service_ids(feed, "2024-03-14") == {"WK", "SA"}  # SA added on a Thursday
    assert gtfs.service_ids(feed, "2024-07-01") == set()  # after end_date
    assert gtfs.service_ids(feed, "2024-06-28") == {"WK"}  # end_date inclusive


def test_interpolation_by_distance_and_evenly(feed):
    r = runs(gtfs.timetable(feed, "2024-03-11"))
    # B at 300 of 1000 between 08:00 and 08:10 -> 08:03
    assert r["shape"] == [[("A", 480, 480), ("B", 483, 483), ("C", 490, 490)]]
    # evenly between the departure 09:00 and the arrival 09:09: 09:03 and 09:06
    assert r["even"] == [[("A", 540, 540), ("B", 543, 543), ("C", 546, 546), ("D", 549, 550)]]
    tt = gtfs.timetable(feed, "2024-03-11")
    assert tt.report["times_interpolated"] == 3


def test_frequencies_exact_runs_not_the_template(feed):
    r = runs(gtfs.timetable(feed, "2024-03-11"))
    starts = [run[0][2] for run in r["freq"]]
    # 06:00, 06:20, 06:40 (not 07:00), 23:30, 24:00 (not 24:30); Sunday's none; not 12:00
    assert starts == [360, 380, 400, 1410, 1440]
    assert r["freq"][0] == [("C", 360, 360), ("D", 366, 367)]


def test_previous_day_runs_past_midnight(feed):
    r = runs(gtfs.timetable(feed, "2024-03-12"))  # Tuesday: Monday's night runs
    assert r["night"][-1] == [("A", -10, -9), ("B", 70.5, 70.5)]  # 25:10:30 -> 01:10:30 today
    assert r["night"][0] == [("A", 1430, 1431), ("B", 1510.5, 1510.5)]  # today's own
    # Monday's frequency runs: 23:30 ends at 23:36 (not past 24:00, left out); 24:00 is
    # today's 00:00
    assert sorted(run[0][2] for run in r["freq"]) == [0, 360, 380, 400, 1410, 1440]
    tt = gtfs.timetable(feed, "2024-03-12")
    assert tt.report["runs_previous_day"] == 2
    # Monday (Sunday has no service): no previous-day run
    assert gtfs.timetable(feed, "2024-03-11").report["runs_previous_day"] == 0


def test_calendar_exception_day(feed):
    r = runs(gtfs.timetable(feed, "2024-03-13"))  # WK removed, X added
    assert set(r) == {"extra", "night", "freq"}  # night and freq: Tuesday's past midnight
    assert all(run[0][1] < 0 or run[0][1] == 0 for run in r["night"] + r["freq"])
    assert r["extra"] == [[("D", 420, 420), ("A", 450, 450)]]


def test_only_boardable_stops(feed):
    tt = gtfs.timetable(feed, "2024-03-11")
    assert list(tt.stop_ids) == ["A", "B", "C", "D"]
    assert runs(tt)["station"] == [[("A", 665, 665), ("B", 670, 670)]]
    assert tt.report["stop_times_not_boardable"] == 1


def test_zip_equals_folder(tmp_path, feed):
    z = tmp_path / "feed.zip"
    with zipfile.ZipFile(z, "w") as f:
        for name in os.listdir(tmp_path / "f"):
            f.write(tmp_path / "f" / name, "sub/" + name)
    a = gtfs.timetable(gtfs.read_feed(str(z)), "2024-03-12")
    b = gtfs.timetable(feed, "2024-03-12")
    for k in ("run_ptr", "stop", "arr", "dep"):
        np.testing.assert_array_equal(getattr(a, k), getattr(b, k))


def test_bad_feeds(tmp_path):
    t = tables()
    t["stop_times"][1][1] = "8h10"
    write_feed(str(tmp_path / "a"), t)
    with pytest.raises(ValueError, match="8h10"):
        gtfs.timetable(gtfs.read_feed(str(tmp_path / "a")), "2024-03-11")
    t = tables()
    t["stop_times"][1][3] = "ZZ"
    write_feed(str(tmp_path / "b"), t)
    with pytest.raises(ValueError, match="ZZ"):
        gtfs.timetable(gtfs.read_feed(str(tmp_path / "b")), "2024-03-11")
    t = tables()
    del t["stops"]
    write_feed(str(tmp_path / "c"), t)
    with pytest.raises(ValueError, match="stops.txt"):
        gtfs.read_feed(str(tmp_path / "c"))
    with pytest.raises(ValueError, match="neither"):
        gtfs.read_feed(str(tmp_path / "nothing.zip"))
    with pytest.raises(ValueError, match="YYYY-MM-DD HH:MM"):
        gtfs.parse_departure("2024-03-11 8h")
    assert gtfs.parse_departure("2024-03-11 08:05")[1] == 485.0
    assert np.isnan(gtfs.parse_times([""])[0]) and gtfs.parse_times(["25:10:00"])[0] == 90600


def test_real_feed_porto_alegre():
    feed = gtfs.read_feed(os.path.join(DATA, "poa_gtfs.zip"))
    tt = gtfs.timetable(feed, "2019-03-06")  # a Wednesday
    assert tt.n_stops == 212
    # weekday services only; one trip writes 00:02:00 after 23:10:00 and is dropped
    assert tt.report["trips_times_going_back"] >= 1
    assert tt.report["times_interpolated"] > 20000
    # times never go back within a run, and the interpolated ones lie between their neighbours
    same = np.repeat(np.arange(tt.n_runs), np.diff(tt.run_ptr))
    same = same[1:] == same[:-1]
    assert (tt.arr[1:][same] >= tt.dep[:-1][same]).all() and (tt.dep >= tt.arr).all()
    sunday = gtfs.timetable(feed, "2019-03-10")
    assert 0 < sunday.n_runs < tt.n_runs


def test_a_coordinate_or_distance_not_a_number_names_its_file_and_column(tmp_path):
    # as the module docstring says of bad input: the file, the column and the value
    t = tables()
    t["stops"][2][2] = "north"
    write_feed(str(tmp_path / "a"), t)
    with pytest.raises(ValueError, match=r"stops.txt stop_lat 'north' is not a number"):
        gtfs.timetable(gtfs.read_feed(str(tmp_path / "a")), "2024-03-11")
    t = tables()
    t["stop_times"][1][5] = "1km"
    write_feed(str(tmp_path / "b"), t)
    with pytest.raises(ValueError, match=r"stop_times.txt shape_dist_traveled '1km' is not a number"):
        gtfs.timetable(gtfs.read_feed(str(tmp_path / "b")), "2024-03-11")
