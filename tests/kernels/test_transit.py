"""The public-transport router against a brute-force reference written here from the
semantics (kernels/transit.py docstring), on hand cases, generated timetables and feeds
(transfers, frequencies, past-midnight runs, calendar exceptions) and a real feed."""
import math
import os

import numpy as np
import pytest
from caremap.kernels import gtfs, transit
from caremap.kernels.gtfs import Timetable
from caremap.kernels.transit import percentile_minutes, straight_walks, travel_times
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "gtfs")
INF = math.inf


# ----------------------------------------------------------------------------- reference
def brute(tt, t0, window, access, egress, transfers=None, direct=None, n_origins=1,
          n_destinations=1, mt=0.0, bp=0.0, max_transfers=None, max_minutes=None):
    """For each origin and departure minute, rounds over every run of the timetable until
    nothing improves: a stop can be boarded when an access walk or (a ride's arrival there
    or at a stop one transfer walk away) reaches it by the departure; every later stop of
    a boarded run is reached. Plain Python, no shared code with the kernel."""
    runs = []
    for r in range(len(tt.run_ptr) - 1):
        a, b = tt.run_ptr[r], tt.run_ptr[r + 1]
        runs.append(list(zip(tt.stop[a:b].tolist(), tt.arr[a:b].tolist(), tt.dep[a:b].tolist())))
    walk_in = {s: {s: 0.0} for s in range(tt.n_stops)}
    if transfers is not None:
        for a, b, w in zip(*transfers):
            walk_in[int(b)][int(a)] = min(walk_in[int(b)].get(int(a), INF), float(w))
    out = np.full((n_origins, n_destinations, window + 1), INF)
    for o in range(n_origins):
        acc = {}
        for oo, s, w in zip(*access):
            if oo == o:
                acc[int(s)] = min(acc.get(int(s), INF), float(w))
        for m in range(window + 1):
            t = t0 + m
            best = {}  # stop -> earliest arrival by a ride
            rides = 0
            while max_transfers is None or rides <= max_transfers:
                rides += 1
                ready = {}
                for s in range(tt.n_stops):
                    cands = [t + acc[s]] if s in acc else []
                    cands += [(best[a] + w) + mt for a, w in walk_in[s].items() if a in best]
                    if cands:
                        ready[s] = min(cands)
                new = dict(best)
                for run in runs:
                    boarded = False
                    for s, a, d in run:
                        if boarded and a < new.get(s, INF):
                            new[s] = a
                        if not boarded and s in ready and ready[s] + bp <= d:
                            boarded = True
                if new == best:
                    break
                best = new
            for d in range(n_destinations):
                v = INF
                if direct is not None:
                    v = float(direct[o, d])
                for s, dd, w in zip(*egress):
                    if dd == d and int(s) in best:
                        v = min(v, (best[int(s)] + w) - t)
                if max_minutes is not None and v > max_minutes:
                    v = INF
                out[o, d, m] = v
    return out


def ref_percentile(values, q):
    """np.percentile's linear rule with inf sorting last, one pair at a time."""
    v = sorted(values)
    pos = q / 100.0 * (len(v) - 1)
    lo = int(math.floor(pos))
    frac = pos - lo
    if frac == 0:
        return v[lo]
    if math.isinf(v[lo + 1]):
        return INF
    return float(np.percentile(v, q))


def make_tt(runs, n_stops):
    """Timetable from a list of runs [(stop, arr, dep), ...]."""
    stop = [s for r in runs for s, _, _ in r]
    arr = [a for r in runs for _, a, _ in r]
    dep = [d for r in runs for _, _, d in r]
    ptr = np.r_[0, np.cumsum([len(r) for r in runs])]
    return Timetable(stop_ids=np.array([f"s{i}" for i in range(n_stops)], dtype=object),
                     stop_lat=np.zeros(n_stops), stop_lon=np.zeros(n_stops),
                     trip_ids=np.array(["t"], dtype=object), run_ptr=ptr.astype(np.int64),
                     run_trip=np.zeros(len(runs), np.int64), stop=np.array(stop, np.int64),
                     arr=np.array(arr, float), dep=np.array(dep, float))


def check_against_brute(tt, t0, window, q=50.0, **kw):
    res = travel_times(tt, t0, window, keep_minutes=True, percentile=q, **kw)
    ref = brute(tt, t0, window, kw["access"], kw["egress"], kw.get("transfers"), _dense(kw),
                kw["n_origins"], kw["n_destinations"], kw.get("min_transfer_minutes", 0.0),
                kw.get("boarding_minutes", 0.0), kw.get("max_transfers"), kw.get("max_minutes"))
    np.testing.assert_array_equal(res.minutes, ref)
    for o in range(kw["n_origins"]):
        for d in range(kw["n_destinations"]):
            assert res.cost[o, d] == ref_percentile(ref[o, d].tolist(), q), (o, d)
    return res, ref


def _dense(kw):
    direct = kw.get("direct")
    if direct is None or not isinstance(direct, tuple):
        return direct
    out = np.full((kw["n_origins"], kw["n_destinations"]), INF)
    for o, d, w in zip(*direct):
        out[o, d] = min(out[o, d], w)
    return out


def one_line(headway=10.0, ride=5.0, first=0.0, last=100.0):
    deps = np.arange(first, last + 1e-9, headway)
    return make_tt([[(0, d, d), (1, d + ride, d + ride)] for d in deps], 2)


# ----------------------------------------------------------------------------- hand cases
def test_one_line_ten_minute_headway_median_is_known():
    """Runs every 10 minutes at :00, ride 5: leaving at minute m waits (10 - m) % 10; over
    minutes 0..10 the times are 5, 14, 13, ..., 6, 5, whose median is 9."""
    res = travel_times(one_line(), 0, 10, access=([0], [0], [0.0]), egress=([1], [0], [0.0]),
                       n_origins=1, n_destinations=1, keep_minutes=True)
    assert res.minutes[0, 0].tolist() == [5, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5]
    assert res.cost[0, 0] == 9.0
    res = travel_times(one_line(), 0, 10, access=([0], [0], [0.0]), egress=([1], [0], [0.0]),
                       n_origins=1, n_destinations=1, percentile=25)
    assert res.cost[0, 0] == 6.5  # sorted 5,5,6,7,...: position 2.5 -> 6.5
    # a single minute: the window 0
    res = travel_times(one_line(), 3, 0, access=([0], [0], [0.0]), egress=([1], [0], [0.0]),
                       n_origins=1, n_destinations=1)
    assert res.cost[0, 0] == 12.0


def test_walks_and_fractional_minutes_are_not_rounded():
    """Access 2.5 min, the run at 10 rides 5, egress 1.25: leaving at 0 arrives 16.25."""
    res = travel_times(one_line(), 0, 0, access=([0], [0], [2.5]), egress=([1], [0], [1.25]),
                       n_origins=1, n_destinations=1)
    assert res.cost[0, 0] == 16.25  # at the stop at 2.5, the run at 0 is gone: the one at 10
    res = travel_times(one_line(), 7.5, 0, access=([0], [0], [2.5]), egress=([1], [0], [1.25]),
                       n_origins=1, n_destinations=1)
    assert res.cost[0, 0] == 8.75  # reaches the stop at exactly 10.0: boards (inclusive)


def test_direct_walk_has_no_cap_and_wins_when_shorter():
    kw = dict(access=([0], [0], [0.0]), egress=([1], [0], [0.0]), n_origins=1, n_destinations=1)
    assert travel_times(one_line(), 1, 0, direct=np.array([[200.0]]), **kw).cost[0, 0] == 14.0
    assert travel_times(one_line(), 1, 0, direct=np.array([[11.0]]), **kw).cost[0, 0] == 11.0
    # no access walk: only the direct walk
    res = travel_times(one_line(), 1, 0, access=None, egress=([1], [0], [0.0]), direct=([0], [0], [300.0]),
                       n_origins=1, n_destinations=1)
    assert res.cost[0, 0] == 300.0


def test_transfer_walk_one_only_and_no_chaining():
    """Line A 0->1, line B 2->3. Stops 1 and 2 are a 3-minute walk apart; 1 -> 4 -> 2 would
    be two walks (not allowed) if only those were given."""
    runs = [[(0, 0.0, 0.0), (1, 10.0, 10.0)], [(2, 13.0, 13.0), (3, 20.0, 20.0)], [(2, 30.0, 30.0), (3, 37.0, 37.0)]]
    tt = make_tt(runs, 5)
    kw = dict(access=([0], [0], [0.0]), egress=([3], [0], [0.0]), n_origins=1, n_destinations=1)
    assert travel_times(tt, 0, 0, transfers=([1], [2], [3.0]), **kw).cost[0, 0] == 20.0
    assert travel_times(tt, 0, 0, transfers=([1], [2], [3.5]), **kw).cost[0, 0] == 37.0
    chained = ([1, 4], [4, 2], [1.0, 1.0])
    assert travel_times(tt, 0, 0, transfers=chained, **kw).cost[0, 0] == INF
    # minimum transfer time and boarding time, optional
    assert travel_times(tt, 0, 0, transfers=([1], [2], [3.0]), min_transfer_minutes=0.5, **kw).cost[0, 0] == 37.0
    # the boarding time counts at every boarding, the first too
    assert travel_times(tt, 0, 0, transfers=([1], [2], [2.0]), boarding_minutes=1.0, **kw).cost[0, 0] == INF
    assert travel_times(tt, -1, 0, transfers=([1], [2], [2.0]), boarding_minutes=1.0, **kw).cost[0, 0] == 21.0
    assert travel_times(tt, 0, 0, transfers=([1], [2], [2.0]), max_transfers=0, **kw).cost[0, 0] == INF
    # access then egress walk without a ride is not a journey (walks do not chain)
    assert travel_times(tt, 0, 0, access=([0], [1], [1.0]), egress=([1], [0], [1.0]),
                        n_origins=1, n_destinations=1).cost[0, 0] == INF


def test_max_minutes_caps_and_percentile_with_unreachable_minutes():
    tt = one_line(last=50.0)  # last run at 50
    kw = dict(access=([0], [0], [0.0]), egress=([1], [0], [0.0]), n_origins=1, n_destinations=1, keep_minutes=True)
    res = travel_times(tt, 45, 10, **kw)
    assert res.minutes[0, 0].tolist() == [10, 9, 8, 7, 6, 5] + [INF] * 5
    assert res.cost[0, 0] == 10.0  # sorted 5..10, inf x 5: the median is the 6th value
    assert travel_times(tt, 45, 10, percentile=40, **kw).cost[0, 0] == 9.0
    assert travel_times(tt, 45, 10, percentile=55, **kw).cost[0, 0] == INF  # between 10 and inf
    assert travel_times(tt, 45, 10, percentile=60, **kw).cost[0, 0] == INF
    res = travel_times(tt, 40, 10, max_minutes=12, **kw)
    assert res.minutes[0, 0].tolist() == [5, INF, INF, 12, 11, 10, 9, 8, 7, 6, 5]


def test_percentile_minutes_matches_numpy_when_finite():
    rng = np.random.default_rng(1)
    x = rng.random((4, 7, 13)) * 50
    for q in (0, 10, 50, 83.3, 100):
        np.testing.assert_array_equal(percentile_minutes(x, q), np.percentile(x, q, axis=-1))


def test_bad_input_and_cancel():
    tt = one_line()
    kw = dict(access=([0], [0], [0.0]), egress=([1], [0], [0.0]), n_origins=1, n_destinations=1)
    with pytest.raises(ValueError, match="window"):
        travel_times(tt, 0, -1, **kw)
    with pytest.raises(ValueError, match="window"):
        travel_times(tt, 0, 2.5, **kw)
    with pytest.raises(ValueError, match="percentile"):
        travel_times(tt, 0, 0, percentile=101, **kw)
    with pytest.raises(ValueError, match="out of range"):
        travel_times(tt, 0, 0, access=([0], [5], [0.0]), egress=([1], [0], [0.0]), n_origins=1, n_destinations=1)
    with pytest.raises(ValueError, match=">= 0"):
        travel_times(tt, 0, 0, access=([0], [0], [-1.0]), egress=([1], [0], [0.0]), n_origins=1, n_destinations=1)
    with pytest.raises(ValueError, match="dense"):
        travel_times(tt, 0, 0, direct=np.zeros((2, 2)), **kw)
    with pytest.raises(InterruptedError):
        travel_times(tt, 0, 10, feedback=lambda f: True, **kw)
    seen = []
    travel_times(tt, 0, 10, feedback=lambda f: seen.append(f) or False, **kw)
    assert seen and seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)


def test_straight_walks():
    i, j, m = straight_walks([[0, 0], [1000, 0]], [[0, 0], [600, 0], [0, 1001]], 1000, 6.0, detour=1.2)
    got = sorted(zip(i.tolist(), j.tolist(), np.round(m, 9).tolist()))
    # 6 km/h = 100 m/min; 600 m x 1.2 = 720 m -> 7.2 min; (1000,0)->(600,0): 480 m -> 4.8
    assert got == [(0, 0, 0.0), (0, 1, 7.2), (1, 1, 4.8)]


# ----------------------------------------------------------------------------- generated
def random_network(rng, n_stops=10, n_lines=4, n_runs=6, n_origins=3, n_dest=4, frac=True):
    xy = rng.random((n_stops, 2)) * 3000
    runs = []
    for _ in range(n_lines):
        k = int(rng.integers(2, min(6, n_stops) + 1))
        stops = rng.choice(n_stops, size=k, replace=False)
        hops = rng.integers(0, 6, size=k - 1).astype(float)  # zero-minute hops too
        if frac:
            hops += np.round(rng.random(k - 1), 2)
        dwell = rng.integers(0, 2, size=k).astype(float)
        start = float(rng.integers(0, 30))
        headway = float(rng.integers(3, 15))
        for r in range(n_runs):
            t = start + r * headway
            run = []
            for i, s in enumerate(stops):
                run.append((int(s), t, t + dwell[i]))
                t = t + dwell[i] + (hops[i] if i < k - 1 else 0)
            runs.append(run)
    tt = make_tt(runs, n_stops)
    oxy = rng.random((n_origins, 2)) * 3000
    dxy = rng.random((n_dest, 2)) * 3000
    speed = 5.0
    access = straight_walks(oxy, xy, 900, speed)
    egress = straight_walks(xy, dxy, 900, speed)
    transfers = straight_walks(xy, xy, 700, speed)
    direct = np.hypot(*(oxy[:, None, :] - dxy[None, :, :]).transpose(2, 0, 1)) / (speed * 1000 / 60)
    return tt, dict(access=access, egress=egress, transfers=transfers, direct=direct,
                    n_origins=n_origins, n_destinations=n_dest)


@pytest.mark.parametrize("seed", range(8))
def test_generated_networks_equal_brute_force(seed):
    rng = np.random.default_rng(seed)
    tt, kw = random_network(rng)
    for t0, window, q in ((0, 0, 50), (5, 20, 50), (12, 15, 80), (3, 30, 10)):
        check_against_brute(tt, t0, window, q=q, **kw)
    check_against_brute(tt, 4, 12, q=50, max_transfers=1, **kw)
    check_against_brute(tt, 4, 12, q=50, min_transfer_minutes=1.5, boarding_minutes=0.5, **kw)
    check_against_brute(tt, 4, 12, q=50, max_minutes=20, **kw)
    # blocks of origins give the same result as all at once
    one = travel_times(tt, 2, 9, block_cells=1, **kw).cost
    np.testing.assert_array_equal(one, travel_times(tt, 2, 9, **kw).cost)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), n_stops=st.integers(2, 8), n_lines=st.integers(1, 4),
       window=st.integers(0, 12), q=st.sampled_from([0, 25, 50, 90, 100]))
def test_random_feeds_router_equals_brute_force(seed, n_stops, n_lines, window, q):
    rng = np.random.default_rng(seed)
    tt, kw = random_network(rng, n_stops=n_stops, n_lines=n_lines, n_runs=4, n_origins=2, n_dest=3)
    check_against_brute(tt, float(rng.integers(0, 25)), window, q=q, **kw)


# ----------------------------------------------------------------------------- feeds
def write_feed(folder, tables):
    os.makedirs(folder, exist_ok=True)
    for name, rows in tables.items():
        with open(os.path.join(folder, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(",".join(map(str, r)) for r in rows) + "\n")


def feed_tables():
    """Two lines crossing at a transfer pair, a frequency line, a run past midnight on
    weekdays, a line removed on 2024-03-12 and one added that day only."""
    stops = [["stop_id", "stop_lat", "stop_lon", "location_type"],
             ["A", 0.0, 0.0, ""], ["B", 0.0, 0.03, 0], ["C", 0.0, 0.06, ""],
             ["D", 0.005, 0.03, ""], ["E", 0.03, 0.03, ""], ["F", 0.0, 0.09, ""],
             ["ST", 0.0, 0.0, 1]]
    trips = [["route_id", "service_id", "trip_id"]]
    st_rows = [["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"]]

    def add(trip, service, times):
        trips.append(["r", service, trip])
        for i, (stop, a, d) in enumerate(times):
            st_rows.append([trip, a, d, stop, i + 1])

    for h in (6, 7, 23):
        for mm in (0, 15, 30, 45):
            add(f"ab{h}{mm}", "WK", [("A", f"{h:02d}:{mm:02d}:00", f"{h:02d}:{mm:02d}:00"),
                                     ("B", "", ""), ("C", f"{h:02d}:{mm + 8:02d}:00", f"{h:02d}:{mm + 8:02d}:30")])
    add("night", "WK", [("C", "23:50:00", "23:50:00"), ("F", "24:20:00", "24:20:00"), ("E", "25:10:00", "25:10:00")])
    add("freq", "WK", [("D", "10:00:00", "10:00:00"), ("E", "10:04:00", "10:05:00"), ("F", "10:12:00", "10:12:00")])
    add("gone", "G", [("E", "06:20:00", "06:20:00"), ("F", "06:31:00", "06:31:00")])
    add("extra", "X", [("B", "06:05:00", "06:05:00"), ("F", "06:17:00", "06:17:00")])
    freqs = [["trip_id", "start_time", "end_time", "headway_secs"],
             ["freq", "05:50:00", "07:50:00", 600], ["freq", "23:40:00", "24:40:00", 1200]]
    cal = [["service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "start_date", "end_date"],
           ["WK", 1, 1, 1, 1, 1, 0, 0, 20240101, 20241231],
           ["G", 1, 1, 1, 1, 1, 1, 1, 20240101, 20241231]]
    cal_dates = [["service_id", "date", "exception_type"], ["X", 20240312, 1], ["G", 20240312, 2]]
    return {"stops": stops, "routes": [["route_id", "route_type"], ["r", 3]], "trips": trips,
            "stop_times": st_rows, "frequencies": freqs, "calendar": cal, "calendar_dates": cal_dates}


def feed_walks(tt, n_origins=4, n_dest=5, max_walk=900.0, seed=0):
    lat0 = np.nanmean(tt.stop_lat)
    xy = np.c_[tt.stop_lon * 111320.0 * np.cos(np.radians(lat0)), tt.stop_lat * 110540.0]
    rng = np.random.default_rng(seed)
    # near stops (within about 400 m), so that the rides matter
    oxy = xy[rng.choice(len(xy), n_origins)] + (rng.random((n_origins, 2)) - 0.5) * 560
    dxy = xy[rng.choice(len(xy), n_dest)] + (rng.random((n_dest, 2)) - 0.5) * 560
    speed = 4.5
    direct = np.hypot(*(oxy[:, None, :] - dxy[None, :, :]).transpose(2, 0, 1)) * 1.3 / (speed * 1000 / 60)
    return dict(access=straight_walks(oxy, xy, max_walk, speed, 1.3),
                egress=straight_walks(xy, dxy, max_walk, speed, 1.3),
                transfers=straight_walks(xy, xy, max_walk, speed, 1.3),
                direct=direct, n_origins=n_origins, n_destinations=n_dest)


@pytest.mark.parametrize("date,t0,window", [("2024-03-11", 5 * 60 + 55, 40), ("2024-03-12", 5 * 60 + 55, 40),
                                             ("2024-03-12", 0, 30), ("2024-03-11", 23 * 60 + 30, 45)])
def test_generated_feed_equals_brute_force(tmp_path, date, t0, window):
    write_feed(str(tmp_path / "feed"), feed_tables())
    tt = gtfs.timetable(gtfs.read_feed(str(tmp_path / "feed")), date)
    kw = feed_walks(tt, seed=window)
    for q in (50, 75):
        res, ref = check_against_brute(tt, t0, window, q=q, **kw)
    assert np.isfinite(ref).any() and (ref < kw["direct"][:, :, None]).any()  # the feed matters
    if t0 == 355:  # the morning: some pairs need a transfer
        no_transfer = travel_times(tt, t0, window, max_transfers=0, **kw).cost
        assert (no_transfer > res.cost).any()


def test_generated_feed_past_midnight_reaches_after_midnight(tmp_path):
    """Tuesday 00:00: Monday's night run C 23:50 -> F 24:20 -> E 25:10 is today's 00:20 at
    F and 01:10 at E; boarding at F at minute 20 gives E at 70."""
    write_feed(str(tmp_path / "feed"), feed_tables())
    tt = gtfs.timetable(gtfs.read_feed(str(tmp_path / "feed")), "2024-03-12")
    f, e = list(tt.stop_ids).index("F"), list(tt.stop_ids).index("E")
    res = travel_times(tt, 15, 0, access=([0], [f], [0.0]), egress=([e], [0], [0.0]),
                       n_origins=1, n_destinations=1)
    assert res.cost[0, 0] == 55.0
    # Saturday 00:00: Friday's night run is there too
    tt = gtfs.timetable(gtfs.read_feed(str(tmp_path / "feed")), "2024-03-16")
    res = travel_times(tt, 15, 0, access=([0], [f], [0.0]), egress=([e], [0], [0.0]),
                       n_origins=1, n_destinations=1)
    assert res.cost[0, 0] == 55.0
    # Sunday 00:00: Saturday has no night run
    tt = gtfs.timetable(gtfs.read_feed(str(tmp_path / "feed")), "2024-03-17")
    res = travel_times(tt, 15, 0, access=([0], [f], [0.0]), egress=([e], [0], [0.0]),
                       n_origins=1, n_destinations=1)
    assert res.cost[0, 0] == INF


def test_real_feed_porto_alegre_equals_brute_force():
    tt = gtfs.timetable(gtfs.read_feed(os.path.join(DATA, "poa_gtfs.zip")), "2019-03-06")
    assert tt.n_runs > 100
    kw = feed_walks(tt, n_origins=3, n_dest=4, max_walk=800.0, seed=3)
    check_against_brute(tt, 7 * 60 + 30, 0, q=50, max_minutes=90, **kw)
    res, ref = check_against_brute(tt, 7 * 60 + 30, 10, q=50, max_minutes=90, **kw)
    assert (res.cost < kw["direct"]).any()  # some pairs ride
    check_against_brute(tt, 17 * 60, 6, q=80, max_minutes=90, **kw)


# ----------------------------------------------------------------------------- speed paths
def test_threads_and_blocks_give_the_same_minutes_as_the_brute_force():
    """Two threads over blocks of one origin each (workers=2, block_cells=1) give the brute
    force's minutes bit for bit, as one thread does."""
    rng = np.random.default_rng(21)
    tt, kw = random_network(rng, n_stops=12, n_lines=5, n_runs=6, n_origins=5, n_dest=4)
    ref = brute(tt, 3, 14, kw["access"], kw["egress"], kw["transfers"], kw["direct"], 5, 4)
    for workers in (1, 2):
        res = travel_times(tt, 3, 14, keep_minutes=True, workers=workers, block_cells=1, **kw)
        assert res.report["workers"] == workers
        np.testing.assert_array_equal(res.minutes, ref)
        for o in range(5):
            for d in range(4):
                assert res.cost[o, d] == ref_percentile(ref[o, d].tolist(), 50.0)
    seen = []
    travel_times(tt, 3, 14, workers=2, block_cells=1, feedback=lambda f: seen.append(f) or False, **kw)
    assert seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)
    with pytest.raises(InterruptedError):
        travel_times(tt, 3, 14, workers=2, block_cells=1, feedback=lambda f: True, **kw)


@pytest.mark.parametrize("n", [1, 2, 7, 61])
def test_percentile_rows_equal_numpy_bit_for_bit(n):
    """The partition at the two order statistics read gives np.percentile exactly, for
    percentiles whose weight is 0, below and above 0.5, rows of one value and inf rows."""
    rng = np.random.default_rng(n)
    x = np.round(rng.random((40, 9, n)) * 97.3, 3)
    x[0] = 5.25  # rows of one value
    x[1, :, : n // 2] = 7.0
    for q in (0, 10, 25, 33.3, 50, 66.6, 75, 87.5, 90, 99.9, 100):
        np.testing.assert_array_equal(percentile_minutes(x, q), np.percentile(x, q, axis=-1))
    y = x.copy()
    y[2, :, :] = INF
    y[3, :, -1] = INF
    for q in (0, 50, 90, 100):
        got = percentile_minutes(y, q)
        for i in (2, 3, 4):
            for j in range(9):
                assert got[i, j] == ref_percentile(y[i, j].tolist(), q)


def test_scatter_max_with_repeated_indices():
    from caremap.kernels.transit import _scatter_max

    rng = np.random.default_rng(4)
    flat = rng.integers(0, 50, 30)
    idx = rng.integers(0, 30, 500)
    val = rng.integers(0, 100, 500)
    want = flat.copy()
    np.maximum.at(want, idx, val)
    _scatter_max(flat, idx, val)
    np.testing.assert_array_equal(flat, want)


def test_exact_max_minutes_only_where_no_time_beyond_the_limit_is_read():
    # the cap is exact iff the capped times (beyond the limit: inf) give the same percentile
    # as the full ones wherever it is within the limit; 55 % of 101 minutes has the virtual
    # index 55.00000000000001 in NumPy: it interpolates with the 56th time, so no cap
    assert transit.exact_max_minutes(30.0, 55, 100) is None
    assert transit.exact_max_minutes(30.0, 50, 10) == 30.0
    assert transit.exact_max_minutes(30.0, 50, 1) is None
    assert transit.exact_max_minutes(None, 50, 10) is None
    for W in range(0, 61):
        for q in (0, 10, 25, 30, 50, 55, 70, 75, 90, 95, 100):
            if transit.exact_max_minutes(1.0, q, W) is None:
                continue
            x = np.arange(W + 1, dtype=float)
            for k in range(W + 1):  # the times above x[k] beyond the limit
                capped = np.where(x > k, np.inf, x)
                full = np.percentile(x, q)
                got = transit.percentile_minutes(capped, q)
                assert got == full if full <= k else got == np.inf, (W, q, k)


@pytest.mark.parametrize("workers, limit", [(1, None), (1, 25.0), (2, 25.0), (2, 0.0)])
def test_as_pairs_equals_the_dense_table(workers, limit):
    """as_pairs never holds the dense table: blocks of one origin each keep their pairs
    within the limit; the same pairs and costs (bit for bit) as the dense result's."""
    rng = np.random.default_rng(5)
    tt, kw = random_network(rng, n_stops=12, n_lines=5, n_runs=6, n_origins=7, n_dest=5)
    dense = travel_times(tt, 3, 10, **kw)
    res = travel_times(tt, 3, 10, as_pairs=True, pair_limit=limit, workers=workers, block_cells=1, **kw)
    assert res.cost is None
    want, got = dense.to_costs(limit), res.to_costs(limit)
    order_w = np.lexsort((want.supply_idx, want.demand_idx))
    order_g = np.lexsort((got.supply_idx, got.demand_idx))
    assert got.n_pairs == want.n_pairs and (got.n_demand, got.n_supply) == (7, 5)
    np.testing.assert_array_equal(got.demand_idx[order_g], want.demand_idx[order_w])
    np.testing.assert_array_equal(got.supply_idx[order_g], want.supply_idx[order_w])
    np.testing.assert_array_equal(got.cost[order_g], want.cost[order_w])
    # a tighter limit read from the pairs equals the dense table's
    if limit:
        assert res.to_costs(10.0).n_pairs == dense.to_costs(10.0).n_pairs


def test_as_pairs_stops_beyond_max_pairs():
    rng = np.random.default_rng(5)
    tt, kw = random_network(rng, n_stops=12, n_lines=5, n_runs=6, n_origins=7, n_dest=5)
    n = travel_times(tt, 3, 10, **kw).to_costs().n_pairs
    assert n > 3
    with pytest.raises(transit.TooManyPairs) as err:
        travel_times(tt, 3, 10, as_pairs=True, max_pairs=3, workers=1, block_cells=1, **kw)
    assert err.value.pairs > 3 and 1 <= err.value.origins_done <= 7 and err.value.n_origins == 7
    # at the limit itself it goes through
    assert travel_times(tt, 3, 10, as_pairs=True, max_pairs=n, **kw).to_costs().n_pairs == n
    with pytest.raises(ValueError, match="keep_minutes"):
        travel_times(tt, 3, 10, as_pairs=True, keep_minutes=True, **kw)


def test_too_many_pairs_estimate_extrapolates_and_adds_what_is_held():
    from caremap.kernels.chunks import BYTES_PER_PAIR

    err = transit.TooManyPairs(pairs=10, origins_done=2, n_origins=8)
    est = err.estimate(1000.0)
    assert est.pairs == 40.0 and est.nbytes == 40 * BYTES_PER_PAIR + 1000.0
    assert transit.TooManyPairs(3, 0, 5).estimate().pairs == 15.0  # no origin done: no division by 0
