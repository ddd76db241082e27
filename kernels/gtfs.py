"""GTFS feeds to the arrays of a public-transport router (:mod:`transit`).

:func:`read_feed` reads a GTFS zip or folder (the text tables as columns of strings);
:func:`timetable` turns it into the runs of one service day, as NumPy arrays:

- **Stops.** Only stops with ``location_type`` 0 or empty are boarded; stop times at any
  other stop are dropped and counted (``report["stop_times_not_boardable"]``).
- **Times.** ``H:MM:SS`` with hours past 24 (``25:10:00`` is 1:10 the next morning of the
  same service day), as minutes after the service day's midnight (float, never rounded).
  Where one of arrival/departure is blank it takes the other. Blank intermediate times are
  interpolated between the timed stops around them, by ``shape_dist_traveled`` where it is
  given for the three stops, else evenly by position; a trip whose first or last stop has
  no time is dropped and counted (``report["trips_without_end_times"]``), and so is a trip
  whose times go back (``report["trips_times_going_back"]``: arrival before the previous
  departure, as ``00:02:00`` written after ``23:10:00`` for ``24:02:00``).
- **Service day** of a date: the ``service_id`` active in calendar.txt on that weekday
  between start_date and end_date inclusive, plus calendar_dates.txt exceptions
  (``exception_type`` 1 added, 2 removed). The timetable holds that day's trips and the
  previous service day's trips whose times pass 24:00, shifted by -24 h (-1440 minutes).
- **frequencies.txt**: a template trip runs at ``start_time``, ``start_time + headway_secs``,
  ... up to but not including ``end_time``, exactly at those times (``exact_times`` is not
  read, and no randomisation as in r5); each run keeps the template's stop_times offsets
  from its first stop's departure_time. The template's own times are not an extra run.

The :class:`Timetable` is what :func:`caremap.kernels.transit.travel_times` reads: one
*run* per vehicle journey, its stops in order in ``stop``/``arr``/``dep`` between
``run_ptr[r]`` and ``run_ptr[r + 1]``. Bad input (no stops.txt, a time not ``H:MM:SS``, a
stop time at an unknown stop...) raises ``ValueError`` with the file, column and value.

Reference: GTFS Schedule reference, https://gtfs.org/documentation/schedule/reference/
"""
import csv
import datetime as _dt
import io
import os
import zipfile
from dataclasses import dataclass, field

import numpy as np

#: the tables read (others in the feed are ignored)
TABLES = ("stops", "routes", "trips", "stop_times", "calendar", "calendar_dates", "frequencies")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_MINUTES = 1440.0


@dataclass
class Feed:
    """The text tables of a GTFS feed: ``tables[name][column]`` is an array of str (blank
    cells are ``""``); a missing file is a missing key."""

    tables: dict
    source: str = ""

    def column(self, table, name, default=None):
        t = self.tables.get(table)
        if t is None:
            raise ValueError(f"GTFS feed {self.source!r} has no {table}.txt")
        if name in t:
            return t[name]
        if default is not None:
            n = len(next(iter(t.values()))) if t else 0
            return np.full(n, default, dtype=object)
        raise ValueError(f"GTFS {table}.txt of {self.source!r} has no column {name!r}")

    def n_rows(self, table):
        t = self.tables.get(table)
        return len(next(iter(t.values()))) if t else 0


@dataclass
class Timetable:
    """The runs of one service day. Times in minutes after the service day's midnight.

    ``stop``, ``arr``, ``dep`` have one entry per stop time, run after run in stop order;
    ``run_ptr`` (n_runs + 1) are the offsets; ``run_trip`` the index in ``trip_ids`` of the
    GTFS trip of each run. ``stop`` indexes ``stop_ids``/``stop_lat``/``stop_lon`` (the
    boardable stops only). ``report`` counts what was interpolated, expanded or dropped."""

    stop_ids: np.ndarray
    stop_lat: np.ndarray
    stop_lon: np.ndarray
    trip_ids: np.ndarray
    run_ptr: np.ndarray
    run_trip: np.ndarray
    stop: np.ndarray
    arr: np.ndarray
    dep: np.ndarray
    report: dict = field(default_factory=dict)

    @property
    def n_stops(self):
        return len(self.stop_ids)

    @property
    def n_runs(self):
        return len(self.run_ptr) - 1


# ----------------------------------------------------------------------------- reading
def _read_csv(data, name):
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return {}
    header = [h.strip() for h in rows[0]]
    body = [r for r in rows[1:] if any(c.strip() for c in r)]
    cols = {}
    for j, h in enumerate(header):
        cols[h] = np.array([r[j].strip() if j < len(r) else "" for r in body], dtype=object)
    return cols


def read_feed(path):
    """Read the GTFS tables of a zip file or a folder (files may sit in one sub-folder of
    the zip). Raises ValueError if the path is neither, or stops/trips/stop_times is missing."""
    path = os.fspath(path)
    raw = {}
    if os.path.isdir(path):
        for name in TABLES:
            p = os.path.join(path, name + ".txt")
            if os.path.exists(p):
                with open(p, "rb") as f:
                    raw[name] = f.read()
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                base = os.path.basename(info.filename)
                stem = base[:-4] if base.endswith(".txt") else None
                if stem in TABLES and stem not in raw:
                    raw[stem] = z.read(info)
    else:
        raise ValueError(f"GTFS {path!r} is neither a zip file nor a folder")
    missing = [n for n in ("stops", "trips", "stop_times") if n not in raw]
    if missing:
        raise ValueError(f"GTFS {path!r} has no {', '.join(n + '.txt' for n in missing)}")
    if "calendar" not in raw and "calendar_dates" not in raw:
        raise ValueError(f"GTFS {path!r} has neither calendar.txt nor calendar_dates.txt")
    return Feed({name: _read_csv(data, name) for name, data in raw.items()}, source=path)


def parse_times(values, what="time"):
    """``H:MM:SS`` strings (hours may pass 24) to seconds, float; blank is NaN. Raises
    ValueError naming ``what`` on anything else."""
    values = np.asarray(values, dtype=object)
    out = np.full(len(values), np.nan)
    for i, v in enumerate(values):
        if v == "" or v is None:
            continue
        parts = v.split(":")
        try:
            if len(parts) != 3:
                raise ValueError
            h, m, s = (int(p) for p in parts)
            if h < 0 or not 0 <= m < 60 or not 0 <= s < 61:
                raise ValueError
        except ValueError:
            raise ValueError(f"GTFS {what} {v!r} is not a time H:MM:SS") from None
        out[i] = h * 3600 + m * 60 + s
    return out


def parse_date(value):
    """A ``datetime.date`` from a date, 'YYYY-MM-DD' or 'YYYYMMDD'."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"date {value!r} is not YYYY-MM-DD")


def parse_departure(text):
    """'YYYY-MM-DD HH:MM' -> (date, minutes after midnight). Raises ValueError otherwise."""
    try:
        d = _dt.datetime.strptime(str(text).strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValueError(f"departure {text!r} is not 'YYYY-MM-DD HH:MM'") from None
    return d.date(), d.hour * 60.0 + d.minute


# ----------------------------------------------------------------------------- service
def service_ids(feed, date):
    """The set of ``service_id`` running on ``date`` (calendar.txt, then calendar_dates.txt:
    exception_type 1 adds, 2 removes)."""
    date = parse_date(date)
    key = date.strftime("%Y%m%d")
    active = set()
    if "calendar" in feed.tables:
        sid = feed.column("calendar", "service_id")
        day = feed.column("calendar", WEEKDAYS[date.weekday()])
        start = feed.column("calendar", "start_date")
        end = feed.column("calendar", "end_date")
        for s, d, a, b in zip(sid, day, start, end):
            if d == "1" and a <= key <= b:
                active.add(s)
    if "calendar_dates" in feed.tables:
        sid = feed.column("calendar_dates", "service_id")
        dates = feed.column("calendar_dates", "date")
        exc = feed.column("calendar_dates", "exception_type")
        for s, d, e in zip(sid, dates, exc):
            if d != key:
                continue
            if e == "1":
                active.add(s)
            elif e == "2":
                active.discard(s)
            else:
                raise ValueError(f"GTFS calendar_dates.txt exception_type {e!r} is not 1 or 2")
    return active


# ----------------------------------------------------------------------------- timetable
def _floats(values, what):
    """Numbers from text cells (blank is NaN); ValueError naming ``what`` and the value."""
    out = np.full(len(values), np.nan)
    for i, v in enumerate(values):
        if v:
            try:
                out[i] = float(v)
            except ValueError:
                raise ValueError(f"GTFS {what} {v!r} is not a number") from None
    return out


def _stop_table(feed):
    ids = feed.column("stops", "stop_id")
    lt = feed.column("stops", "location_type", default="")
    boardable = (lt == "") | (lt == "0")
    lat = _floats(feed.column("stops", "stop_lat", default=""), "stops.txt stop_lat")
    lon = _floats(feed.column("stops", "stop_lon", default=""), "stops.txt stop_lon")
    return ids, boardable, lat, lon


def _interpolate(trip, t_arr, t_dep, dist, report):
    """Fill blank times in place (rows sorted by trip then sequence). Returns the mask of
    the rows of trips kept (first and last stop timed)."""
    n = len(trip)
    only_dep = np.isnan(t_arr) & ~np.isnan(t_dep)
    t_arr[only_dep] = t_dep[only_dep]
    only_arr = np.isnan(t_dep) & ~np.isnan(t_arr)
    t_dep[only_arr] = t_arr[only_arr]
    timed = ~np.isnan(t_arr)
    first = np.r_[True, trip[1:] != trip[:-1]]
    last = np.r_[trip[1:] != trip[:-1], True]
    bad_trip = np.zeros(trip.max() + 1 if n else 0, dtype=bool)
    bad_trip[trip[(first | last) & ~timed]] = True
    keep = ~bad_trip[trip] if n else np.zeros(0, bool)
    report["trips_without_end_times"] = int(bad_trip.sum())
    blank = keep & ~timed
    report["times_interpolated"] = int(blank.sum())
    if blank.any():
        idx = np.arange(n)
        prev = np.maximum.accumulate(np.where(timed, idx, -1))
        nxt = np.minimum.accumulate(np.where(timed, idx, n)[::-1])[::-1]
        b = np.flatnonzero(blank)
        p, q = prev[b], nxt[b]
        frac = (b - p) / (q - p)
        if dist is not None:
            dp, dq, db = dist[p], dist[q], dist[b]
            ok = ~(np.isnan(dp) | np.isnan(dq) | np.isnan(db)) & (dq > dp)
            frac = np.where(ok, (db - dp) / np.where(ok, dq - dp, 1.0), frac)
        t = t_dep[p] + (t_arr[q] - t_dep[p]) * frac
        t_arr[b] = t
        t_dep[b] = t
    return keep


def timetable(feed, date):
    """The :class:`Timetable` of the service day ``date`` (see the module docstring)."""
    date = parse_date(date)
    report = {}
    stop_ids_all, boardable, lat, lon = _stop_table(feed)
    stop_index = {s: i for i, s in enumerate(stop_ids_all)}
    if len(stop_index) != len(stop_ids_all):
        raise ValueError("GTFS stops.txt has a stop_id twice")
    board_idx = np.full(len(stop_ids_all), -1, dtype=np.int64)
    board_idx[boardable] = np.arange(int(boardable.sum()))

    trip_ids = feed.column("trips", "trip_id")
    trip_index = {t: i for i, t in enumerate(trip_ids)}
    trip_service = feed.column("trips", "service_id")

    st_trip_id = feed.column("stop_times", "trip_id")
    st_stop_id = feed.column("stop_times", "stop_id")
    trip = np.array([trip_index.get(t, -1) for t in st_trip_id], dtype=np.int64)
    stop_all = np.array([stop_index.get(s, -1) for s in st_stop_id], dtype=np.int64)
    if (trip < 0).any():
        bad = st_trip_id[np.flatnonzero(trip < 0)[0]]
        raise ValueError(f"GTFS stop_times.txt names trip_id {bad!r}, which trips.txt does not have")
    if (stop_all < 0).any():
        bad = st_stop_id[np.flatnonzero(stop_all < 0)[0]]
        raise ValueError(f"GTFS stop_times.txt names stop_id {bad!r}, which stops.txt does not have")
    try:
        seq = np.array([int(v) for v in feed.column("stop_times", "stop_sequence")], dtype=np.int64)
    except ValueError:
        raise ValueError("GTFS stop_times.txt has a stop_sequence that is not a whole number") from None
    t_arr = parse_times(feed.column("stop_times", "arrival_time"), "stop_times.txt arrival_time")
    t_dep = parse_times(feed.column("stop_times", "departure_time"), "stop_times.txt departure_time")
    dist = None
    if "shape_dist_traveled" in feed.tables["stop_times"]:
        dist = _floats(feed.column("stop_times", "shape_dist_traveled"), "stop_times.txt shape_dist_traveled")
    order = np.lexsort((seq, trip))
    trip, stop_all, t_arr, t_dep = trip[order], stop_all[order], t_arr[order], t_dep[order]
    if dist is not None:
        dist = dist[order]
    keep = _interpolate(trip, t_arr, t_dep, dist, report)
    board = board_idx[stop_all] >= 0
    report["stop_times_not_boardable"] = int((keep & ~board).sum())
    keep &= board
    trip, stop, t_arr, t_dep = trip[keep], board_idx[stop_all[keep]], t_arr[keep], t_dep[keep]
    # a trip whose times go back (e.g. 00:02:00 written after 23:10:00 instead of 24:02:00)
    # is dropped and counted, never guessed
    back = np.r_[False, (t_arr[1:] < t_dep[:-1]) & (trip[1:] == trip[:-1])] | (t_dep < t_arr)
    bad_trip = np.zeros(len(trip_ids), dtype=bool)
    bad_trip[trip[back]] = True
    report["trips_times_going_back"] = int(bad_trip.sum())
    ok = ~bad_trip[trip]
    trip, stop, t_arr, t_dep = trip[ok], stop[ok], t_arr[ok], t_dep[ok]

    # rows of each GTFS trip
    n_trips = len(trip_ids)
    counts = np.bincount(trip, minlength=n_trips)
    start = np.r_[0, np.cumsum(counts)]

    # frequencies: template trip -> runs (first-stop departure times, seconds)
    freq_runs = {}
    if feed.n_rows("frequencies"):
        f_trip = feed.column("frequencies", "trip_id")
        f_start = parse_times(feed.column("frequencies", "start_time"), "frequencies.txt start_time")
        f_end = parse_times(feed.column("frequencies", "end_time"), "frequencies.txt end_time")
        try:
            f_head = np.array([float(v) for v in feed.column("frequencies", "headway_secs")])
        except ValueError:
            raise ValueError("GTFS frequencies.txt has a headway_secs that is not a number") from None
        if (f_head <= 0).any() or np.isnan(f_start).any() or np.isnan(f_end).any():
            raise ValueError("GTFS frequencies.txt needs start_time, end_time and headway_secs > 0")
        for t, a, b, h in zip(f_trip, f_start, f_end, f_head):
            if t not in trip_index:
                raise ValueError(f"GTFS frequencies.txt names trip_id {t!r}, which trips.txt does not have")
            k = int(np.ceil((b - a) / h)) if b > a else 0
            runs = a + h * np.arange(k)
            runs = runs[runs < b]
            freq_runs.setdefault(trip_index[t], []).append(runs)

    today = service_ids(feed, date)
    yesterday = service_ids(feed, date - _dt.timedelta(days=1))
    run_trip, run_shift, run_prev = [], [], []  # per run: trip, seconds added, previous day
    for day_shift, active in ((0.0, today), (-86400.0, yesterday)):
        act = np.array([s in active for s in trip_service], dtype=bool) & (counts > 0)
        for t in np.flatnonzero(act):
            if t in freq_runs:
                first = t_dep[start[t]]
                for runs in freq_runs[t]:
                    run_trip.extend([t] * len(runs))
                    run_shift.extend((runs - first + day_shift).tolist())
                    run_prev.extend([day_shift < 0] * len(runs))
            else:
                run_trip.append(t)
                run_shift.append(day_shift)
                run_prev.append(day_shift < 0)
    run_trip = np.asarray(run_trip, dtype=np.int64)
    run_shift = np.asarray(run_shift, dtype=np.float64)
    run_prev = np.asarray(run_prev, dtype=bool)
    # the previous day's runs only if their times pass 24:00 (last arrival at or after
    # today's midnight once shifted)
    last_arr = t_arr[start[run_trip + 1] - 1] + run_shift if len(run_trip) else np.zeros(0)
    keep_run = ~run_prev | (last_arr >= 0)
    report["runs_previous_day"] = int((run_prev & keep_run).sum())
    run_trip, run_shift = run_trip[keep_run], run_shift[keep_run]
    report["runs_from_frequencies"] = int(sum(1 for t in run_trip if t in freq_runs))
    report["services_active"] = len(today)
    n = counts[run_trip]
    run_ptr = np.r_[0, np.cumsum(n)].astype(np.int64)
    rows = np.repeat(start[run_trip] - run_ptr[:-1], n) + np.arange(run_ptr[-1])
    shift = np.repeat(run_shift, n)
    return Timetable(
        stop_ids=stop_ids_all[boardable], stop_lat=lat[boardable], stop_lon=lon[boardable],
        trip_ids=trip_ids, run_ptr=run_ptr, run_trip=run_trip,
        stop=stop[rows].astype(np.int64),
        arr=(t_arr[rows] + shift) / 60.0, dep=(t_dep[rows] + shift) / 60.0, report=report)
