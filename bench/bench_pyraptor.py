"""CareMap's public-transport router against pyraptor (a peer Python RAPTOR on PyPI), on
the same GTFS feeds written to disk, the same queries, in one run (issue 13, "Must show"):

    .venv/bin/python bench/bench_pyraptor.py [--quick] [--sides 20 40 60] [--queries 10]
        [--poa-queries 20] [--rounds N] [--pyraptor-python /tmp/pyraptor-venv/bin/python]
    .venv/bin/python bench/bench_pyraptor.py --setup   # make the throwaway venv first

``--quick`` (well under a minute): the 20 x 20 city and Porto Alegre (plain, and with
stations), 5 queries each.
The default (about 3 minutes): cities of side 20 and 30 (400 and 900 stops, 40,000 and
90,000 stop times) with 10 queries each, and Porto Alegre with 20. Larger cities are slow
on pyraptor's side only while it *builds* its timetable, not in its queries: its
``TripStopTimes.add`` hashes each stop time by its trip before ``Trips.add`` gives the trip
an id, so every trip hashes alike and the build is quadratic in trips (``--sides 40``,
160,000 stop times: some 5 minutes of build; pyraptor's own workflow builds it once and
pickles it). The load figures below are each reader's, the ratio is on the queries. ``--setup`` makes pyraptor's throwaway venv at
``--pyraptor-python``'s place (``/usr/bin/python3 -m venv``, then ``pip install
pyraptor==1.3.10 "numpy<2" attrs``: pyraptor pins pandas<2, built against NumPy 1, and
imports attrs without requiring it) and exits.
pyraptor never goes into .venv: it runs in its venv through ``bench/pyraptor_worker.py``,
in a subprocess; without that venv the bench says how to make it and exits 0.

**Feeds.** Generated cities (``bench_transit.city_feed``: a grid of stops 400 m apart, a
bus line along every second row and column both ways, a stop every 400 m at 20 km/h with
a 20 s dwell, a run every 20 min from 05:00, 50 runs a direction) and the real Porto
Alegre feed (tests/data/gtfs/poa_gtfs.zip, service day 2019-03-06). pyraptor's reader
reads only calendar_dates.txt (no calendar.txt), explicit times (no blank times to
interpolate, no frequencies.txt), stops with a parent_station, numeric
trip_short_name, and an agency by name; so each feed is written once as a *plain feed* of
one service day: every run a trip with its times in whole seconds (Porto Alegre's
interpolated times rounded to the second; its runs of the previous day, before midnight,
left out), one service on that date in calendar_dates.txt, each stop with its own parent
station and a name of its own (pyraptor makes a station of each stop name and adds a 2
minute transfer between the stops of one station: one stop a station, no such transfer).
Both routers then read that folder from disk with their own readers. Porto Alegre runs a
second time with its stops within ``--station-m`` (150 m; linked by such steps) grouped as
stations: pyraptor then adds its 2-minute transfer between any two stops of a station, and
CareMap is given the same footpath list (as transfers after a ride, and as a walk ending
the journey at a stop, since pyraptor's label at a stop counts it).

**Queries.** From a stop (no access walk), at one departure minute (07:00 in the cities,
07:30 in Porto Alegre), the earliest arrival at every stop; staying at a stop is the only
transfer and it takes 0 minutes (CareMap: no transfer walks, ``min_transfer_minutes=0``;
pyraptor boards a trip whose departure is at or after the arrival, with no footpaths but
its same-station ones, none here); no other walk but a direct one of 0 minutes from the
origin to its own stop (reached at the departure, as pyraptor's label at the origin);
every run of the day counts (CareMap: no ``max_minutes``). pyraptor runs ``--rounds``
rounds (default: the rounds CareMap's router needed for the same queries, so that
pyraptor's cap removes no journey; it stops earlier when no stop improves). CareMap
answers the queries in one call (its batch over origins) and, for the per-query figure,
in one call per query.

**Figures.** Feed size (stops, stop times), queries, load seconds (each reader on the
plain feed), query seconds each side, the ratio pyraptor / CareMap (how many times faster
CareMap is), and the agreement: the share of (query, stop served that day) earliest
arrivals equal within 1e-6 minutes (both unreached counts as equal), with where they differ, which side is
earlier and the feed's traits that explain it. No asserts on times: a bench prints figures.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time

import _path  # noqa: F401
import numpy as np
from bench_transit import city_feed
from caremap.kernels import gtfs
from caremap.kernels.transit import travel_times

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.dirname(os.path.abspath(__file__))
POA = os.path.join(ROOT, "tests", "data", "gtfs", "poa_gtfs.zip")
POA_DATE = "2019-03-06"
CITY_DATE = "2024-03-06"
AGENCY = "CareMapBench"
PYRAPTOR_TRANSFER_MIN = 2.0  # pyraptor.util.TRANSFER_COST, 120 s between two stops of a station
DEFAULT_PYRAPTOR = "/tmp/pyraptor-venv/bin/python"
PYRAPTOR_PINS = ["pyraptor==1.3.10", "numpy<2", "attrs"]  # pyraptor imports attrs without requiring it
TOLERANCE_MIN = 1e-6


# ----------------------------------------------------------------------------- the plain feed
def _hms(seconds):
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def write_plain_feed(tt, folder, date, station=None):
    """Write the runs of ``tt`` (a kernels.gtfs.Timetable, times in minutes) as a plain GTFS
    folder of the one service day ``date`` that both readers take (see the module
    docstring). ``station``: a group label per stop (its parent station; pyraptor makes a
    station of each stop name, so the stops of a group share one), default one a stop.
    Returns the counts: stops, stop times, runs written and left out."""
    os.makedirs(folder, exist_ok=True)
    sec_arr = np.rint(np.asarray(tt.arr) * 60.0).astype(np.int64)
    sec_dep = np.rint(np.asarray(tt.dep) * 60.0).astype(np.int64)
    ptr = np.asarray(tt.run_ptr)
    ids = [str(s) for s in tt.stop_ids]
    run_min = np.minimum.reduceat(sec_arr, ptr[:-1]) if len(sec_arr) else np.zeros(0, np.int64)
    keep = (run_min >= 0) & (np.diff(ptr) >= 2)  # GTFS writes no time before midnight
    day = date.replace("-", "")

    def table(name, header, rows):
        with open(os.path.join(folder, name + ".txt"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    table("agency", ["agency_id", "agency_name", "agency_url", "agency_timezone"],
          [["A", AGENCY, "https://example.org", "UTC"]])
    lat = np.nan_to_num(np.asarray(tt.stop_lat, dtype=float))
    lon = np.nan_to_num(np.asarray(tt.stop_lon, dtype=float))
    group = ids if station is None else [str(g) for g in station]
    first = {}
    for i, g in enumerate(group):
        first.setdefault(g, i)
    rows = [[f"station:{g}", f"station {g}", "", "", f"{lat[i]:.6f}", f"{lon[i]:.6f}", "1", ""]
            for g, i in first.items()]
    rows += [[s, f"stop {g}", f"C{s}", "1", f"{la:.6f}", f"{lo:.6f}", "0", f"station:{g}"]
             for s, g, la, lo in zip(ids, group, lat, lon)]
    table("stops", ["stop_id", "stop_name", "stop_code", "platform_code", "stop_lat", "stop_lon",
                    "location_type", "parent_station"], rows)
    table("routes", ["route_id", "agency_id", "route_short_name", "route_long_name", "route_type"],
          [["R", "A", "R", "bench runs", "3"]])
    runs = np.flatnonzero(keep)
    table("trips", ["route_id", "service_id", "trip_id", "trip_short_name", "trip_long_name"],
          [["R", "D", f"T{r}", str(r + 1), "run"] for r in runs])
    table("calendar_dates", ["service_id", "date", "exception_type"], [["D", day, "1"]])
    rows = []
    for r in runs:
        for seq, e in enumerate(range(ptr[r], ptr[r + 1])):
            rows.append([f"T{r}", _hms(sec_arr[e]), _hms(sec_dep[e]), ids[tt.stop[e]], seq + 1])
    table("stop_times", ["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"], rows)
    return {"stops": len(ids), "stop_times": len(rows), "runs": int(keep.sum()), "runs_left_out": int((~keep).sum())}


def feed_traits(tt):
    """What can make two correct RAPTORs disagree on this timetable: runs that visit a stop
    twice (pyraptor indexes a trip's and a route's stops by stop, so a loop keeps one
    visit), and overtaking within a stop pattern (pyraptor's route scan keeps the trip it
    rides unless an earlier one can be caught, RAPTOR's FIFO assumption)."""
    ptr = np.asarray(tt.run_ptr)
    pattern = {}
    loops = 0
    for r in range(len(ptr) - 1):
        seq = tuple(np.asarray(tt.stop[ptr[r]:ptr[r + 1]]).tolist())
        loops += len(set(seq)) < len(seq)
        pattern.setdefault(seq, []).append(r)
    overtaking = 0
    for runs in pattern.values():
        if len(runs) < 2:
            continue
        dep = np.array([tt.dep[ptr[r]:ptr[r + 1]] for r in runs])
        arr = np.array([tt.arr[ptr[r]:ptr[r + 1]] for r in runs])
        o = np.argsort(dep[:, 0], kind="stable")
        overtaking += int(((np.diff(dep[o], axis=0) < 0) | (np.diff(arr[o], axis=0) < 0)).any(axis=1).sum())
    return {"patterns": len(pattern), "loop_runs": int(loops), "overtaking_pairs": overtaking}


def near_stations(tt, metres):
    """A station label per stop: the groups of stops linked by steps of at most ``metres``
    (connected components; local metres from latitude and longitude)."""
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    lat0 = np.nanmean(tt.stop_lat)
    xy = np.c_[tt.stop_lon * 111320.0 * np.cos(np.radians(lat0)), tt.stop_lat * 110540.0]
    return connected_components(cKDTree(xy).sparse_distance_matrix(cKDTree(xy), metres), directed=False)[1]


# ----------------------------------------------------------------------------- the two sides
def station_walks(stop_ids, station_of, minutes):
    """The footpaths pyraptor makes of stations: between every two stops of one station
    (``station_of``: stop_id -> label), ``minutes`` each way, as (from, to, minutes)."""
    by = {}
    for j, s in enumerate(stop_ids):
        by.setdefault(station_of[s], []).append(j)
    pairs = [(a, b) for m in by.values() if len(m) > 1 for a in m for b in m if a != b]
    i, j = (np.array(x, dtype=np.int64) for x in zip(*pairs)) if pairs else (np.zeros(0, np.int64),) * 2
    return i, j, np.full(len(i), float(minutes))


def ours(folder, date, origins, t0, station_of=None):
    """CareMap's reader and router on the plain feed: travel minutes (queries x stops).
    ``station_of``: stop_id -> station; then a ride can be followed by pyraptor's walk to
    another stop of its station, both as a transfer and to end the journey (pyraptor's
    label at a stop counts such a walk)."""
    t = time.perf_counter()
    tt = gtfs.timetable(gtfs.read_feed(folder), date)
    load = time.perf_counter() - t
    col = {s: j for j, s in enumerate(tt.stop_ids)}
    o = np.array([col[s] for s in origins])
    n, q = tt.n_stops, len(o)
    egress, transfers = (np.arange(n), np.arange(n), np.zeros(n)), None
    if station_of is not None:
        transfers = station_walks(tt.stop_ids, station_of, PYRAPTOR_TRANSFER_MIN)
        egress = tuple(np.r_[a, b] for a, b in zip(egress, transfers))
    kw = dict(egress=egress, transfers=transfers, n_destinations=n, workers=1)
    t = time.perf_counter()
    res = travel_times(tt, t0, 0, access=(np.arange(q), o, np.zeros(q)), direct=(np.arange(q), o, np.zeros(q)),
                       n_origins=q, **kw)
    batch = time.perf_counter() - t
    t = time.perf_counter()
    single = [travel_times(tt, t0, 0, access=([0], [s], [0.0]), direct=([0], [s], [0.0]), n_origins=1, **kw).cost
              for s in o]
    one_by_one = time.perf_counter() - t
    same = all(np.array_equal(a[0], b, equal_nan=True) for a, b in zip(single, res.cost))
    return dict(tt=tt, cost=res.cost, load=load, batch=batch, one_by_one=one_by_one, rounds=res.report["rounds"],
                batch_equals_single=same, n_transfers=0 if transfers is None else len(transfers[0]))


def theirs(python, folder, date, origins, t0, rounds, stop_ids, work):
    """pyraptor in its venv (bench/pyraptor_worker.py): travel minutes (queries x stops)."""
    job = os.path.join(work, "job.json")
    out = os.path.join(work, "out.npz")
    with open(job, "w") as f:
        json.dump({"agency": AGENCY, "origins": list(origins), "dep_secs": int(round(t0 * 60)), "rounds": int(rounds),
                   "stop_ids": list(stop_ids)}, f)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    t = time.perf_counter()
    proc = subprocess.run([python, os.path.join(HERE, "pyraptor_worker.py"), folder, date.replace("-", ""), job, out],
                          capture_output=True, text=True, env=env, cwd=work)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"pyraptor failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    z = np.load(out)
    minutes = (z["arrival"] - t0 * 60.0) / 60.0
    return dict(cost=minutes, load=float(z["load_seconds"]), queries=float(z["query_seconds"].sum()),
                per_query=z["query_seconds"], process=wall, version=str(z["version"]),
                counts={k: int(z[k]) for k in ("n_stops", "n_trips", "n_routes", "n_stop_times", "n_transfers")})


def agreement(a, b):
    """Share of (query, stop) pairs equal within TOLERANCE_MIN (both unreached: equal), and
    the kinds of difference (b against a)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    both_inf = np.isinf(a) & np.isinf(b)
    both_fin = np.isfinite(a) & np.isfinite(b)
    d = np.where(both_fin, a, 0.0) - np.where(both_fin, b, 0.0)
    close = both_fin & (np.abs(d) <= TOLERANCE_MIN)
    eq = both_inf | close
    diff = np.where(both_fin & ~close, -d, 0.0)
    return {"pairs": int(a.size), "equal": float(eq.mean()) if a.size else 1.0, "reached_by_both": int(both_fin.sum()),
            "b_later": int((diff > 0).sum()), "b_earlier": int((diff < 0).sum()),
            "only_a": int((np.isfinite(a) & np.isinf(b)).sum()), "only_b": int((np.isinf(a) & np.isfinite(b)).sum()),
            "max_abs_minutes": float(np.abs(diff).max()) if diff.size else 0.0}


def bench_feed(name, tt_source, date, t0, n_queries, python, rounds, seed=0, station=None):
    with tempfile.TemporaryDirectory(prefix="caremap-pyraptor-") as work:
        folder = os.path.join(work, "feed")
        counts = write_plain_feed(tt_source, folder, date, station)
        station_of = None if station is None else {str(s): g for s, g in zip(tt_source.stop_ids, station)}
        served = np.unique(np.asarray(tt_source.stop))
        rng = np.random.default_rng(seed)
        origins = [str(tt_source.stop_ids[s]) for s in rng.choice(served, min(n_queries, len(served)), replace=False)]
        mine = ours(folder, date, origins, t0, station_of)
        traits = feed_traits(mine["tt"])
        k = rounds if rounds else mine["rounds"]
        head = (f"{name}: {counts['stops']:,} stops ({len(served):,} served), {counts['stop_times']:,} stop times, {counts['runs']:,} runs"
                + (f" ({counts['runs_left_out']} runs of the day before left out)" if counts["runs_left_out"] else "")
                + f"; {len(origins)} queries from a stop at {int(t0) // 60:02d}:{int(t0) % 60:02d}")
        print(head)
        print(f"  CareMap: load {mine['load']:.2f} s; queries {mine['batch']:.3f} s in one call "
              f"({1000 * mine['batch'] / len(origins):.1f} ms a query), {mine['one_by_one']:.3f} s one call a query "
              f"({1000 * mine['one_by_one'] / len(origins):.1f} ms a query; same results: {mine['batch_equals_single']}); "
              f"{mine['rounds']} rounds, {mine['n_transfers']} station transfers")
        if python is None:
            return None
        other = theirs(python, folder, date, origins, t0, k, mine["tt"].stop_ids, work)
        on = np.isin(mine["tt"].stop_ids, np.asarray(mine["tt"].stop_ids)[np.unique(mine["tt"].stop)])
        ag = agreement(mine["cost"][:, on], other["cost"][:, on])  # the stops served that day
        c = other["counts"]
        print(f"  pyraptor {other['version']}: load {other['load']:.2f} s ({c['n_stops']:,} stops, {c['n_trips']:,} trips, "
              f"{c['n_routes']:,} routes, {c['n_stop_times']:,} stop times, {c['n_transfers']} transfers); queries "
              f"{other['queries']:.2f} s ({1000 * other['queries'] / len(origins):.0f} ms a query), {k} rounds; "
              f"process {other['process']:.1f} s")
        r_batch = other["queries"] / mine["batch"]
        r_single = other["queries"] / mine["one_by_one"]
        print(f"  ratio pyraptor / CareMap, query time: {r_batch:.0f}x (CareMap in one call), {r_single:.0f}x "
              f"(one call a query); load {other['load'] / mine['load']:.1f}x")
        print(f"  agreement: {ag['equal']:.4%} of {ag['pairs']:,} (query, served stop) earliest arrivals equal within "
              f"{TOLERANCE_MIN:g} min ({ag['reached_by_both']:,} reached by both)")
        if ag["equal"] < 1.0:
            print(f"  differences: pyraptor later {ag['b_later']}, earlier {ag['b_earlier']}, reached by CareMap only "
                  f"{ag['only_a']}, by pyraptor only {ag['only_b']}, largest {ag['max_abs_minutes']:.3f} min; feed: "
                  f"{traits['patterns']} stop patterns, {traits['loop_runs']} runs visiting a stop twice, "
                  f"{traits['overtaking_pairs']} overtaking runs in a pattern"
                  + (f"; pyraptor's cap of {k} rounds is below the {mine['rounds']} CareMap needed" if k < mine["rounds"]
                     else ""))
        return dict(name=name, counts=counts, ours=mine, theirs=other, agreement=ag, traits=traits)


# ----------------------------------------------------------------------------- setup and main
def setup(python):
    venv = os.path.dirname(os.path.dirname(python))
    if os.path.realpath(venv).startswith(os.path.realpath(ROOT)):
        sys.exit("the pyraptor venv must be outside the repository")
    r = subprocess.run(["/usr/bin/python3", "-m", "venv", venv])
    if r.returncode != 0:  # Debian without python3-venv: a venv without pip, filled by this pip
        subprocess.run(["/usr/bin/python3", "-m", "venv", "--without-pip", "--clear", venv], check=True)
    subprocess.run([sys.executable, "-m", "pip", "--python", python, "install", *PYRAPTOR_PINS], check=True)
    print(f"pyraptor installed in {venv}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="the 20 x 20 city and Porto Alegre, 5 queries each")
    ap.add_argument("--sides", type=int, nargs="*", default=[20, 30], help="city grid sides (stops a side)")
    ap.add_argument("--queries", type=int, default=10, help="queries a city")
    ap.add_argument("--poa-queries", type=int, default=20, help="queries on Porto Alegre (0: skip it)")
    ap.add_argument("--station-m", type=float, default=150.0,
                    help="Porto Alegre again with its stops within this distance grouped as stations (0: skip)")
    ap.add_argument("--rounds", type=int, default=0, help="pyraptor's rounds (0: those CareMap needed)")
    ap.add_argument("--pyraptor-python", default=DEFAULT_PYRAPTOR, help="the python of pyraptor's venv")
    ap.add_argument("--setup", action="store_true", help="make pyraptor's venv and exit")
    a = ap.parse_args()
    if a.setup:
        setup(a.pyraptor_python)
        return
    if a.quick:
        a.sides, a.queries, a.poa_queries = [20], 5, 5
    python = a.pyraptor_python
    if not os.path.exists(python):
        print(f"no pyraptor venv at {python}: make it with `.venv/bin/python bench/bench_pyraptor.py --setup` "
              f"(pip install {' '.join(PYRAPTOR_PINS)} in a venv outside the repository); CareMap's side only")
        python = None
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; wall-clock seconds, one thread each side")
    results = []
    for side in a.sides:
        tt, _ = city_feed(side=side)
        results.append(bench_feed(f"city {side} x {side}", tt, CITY_DATE, 7 * 60, a.queries, python, a.rounds, seed=side))
    if a.poa_queries:
        tt = gtfs.timetable(gtfs.read_feed(POA), POA_DATE)
        results.append(bench_feed("Porto Alegre (EPTC subset)", tt, POA_DATE, 7 * 60 + 30, a.poa_queries, python,
                                  a.rounds, seed=1))
        if a.station_m > 0:
            results.append(bench_feed(f"Porto Alegre, stops within {a.station_m:g} m as stations (2 min transfers)", tt,
                                      POA_DATE, 7 * 60 + 30, a.poa_queries, python, a.rounds, seed=1,
                                      station=near_stations(tt, a.station_m)))
    results = [r for r in results if r]
    if results:
        print("summary: feed | stops | stop times | queries | CareMap s (one call) | pyraptor s | ratio | equal")
        for r in results:
            m, o = r["ours"], r["theirs"]
            print(f"  {r['name']} | {r['counts']['stops']:,} | {r['counts']['stop_times']:,} | {len(o['per_query'])} | "
                  f"{m['batch']:.3f} | {o['queries']:.2f} | {o['queries'] / m['batch']:.0f}x | "
                  f"{r['agreement']['equal']:.4%}")


if __name__ == "__main__":
    main()
