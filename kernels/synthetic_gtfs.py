"""A synthetic GTFS feed from route lines and stop points, for the many municipalities that
publish no feed (issue 13 item 2; the Care Georeferencing Tool builds one the same way).

Rules (the defaults are the Care Georeferencing Tool's):

- **Snapping.** A stop belongs to a route when its distance to the route's line is at most
  ``snap_m`` (inclusive; default 40 m). A stop near several routes serves each of them
  (one stop_id in stops.txt). Where a route passes a stop more than once (a loop), the
  nearest passage counts, and among equally near ones the first along the line.
- **Order.** The stops of a route are ordered by their position along the line (the
  distance from the line's first vertex to the stop's nearest point on it, in metres);
  stops at the same position keep the stops layer's order. A route of several parts is
  measured part after part, in their order, without the gaps between parts. A stop of no
  route is left out of stops.txt and counted; a route with fewer than 2 stops is left out
  and counted.
- **Times.** Between consecutive stops the vehicle runs the distance along the line at
  ``speed_kmh`` (default 16 km/h) and waits ``dwell_s`` (default 25 s) at every stop but the
  first (where the run starts) and the last (where it ends): at the first stop arrival =
  departure = 0; at stop k, arrival = departure at stop k-1 + gap / speed, departure =
  arrival + dwell (the last stop: departure = arrival). GTFS times are whole seconds, and
  each time is rounded once: the dwell to whole seconds (half up), the running time on its
  running total (so the rounding never accumulates), and arrival and departure are their
  sums, so departure - arrival is exactly the whole dwell at every intermediate stop.
  A straight 2 km route with stops at 0, 1000 and 2000 m at 16 km/h, 25 s: 0/0, 225/250,
  475/475 seconds.
- **Directions.** Every route runs both ways (direction_id 0 as the line is drawn, 1 the
  reverse, with the same rules), unless it is marked one-way: then only as drawn.
- **Service.** One template trip per route and direction; frequencies.txt runs it from
  ``start`` (default 05:00) every ``headway_min`` (default 15 min, ``headway_secs`` 900) up
  to ``end`` (default 23:00), ``exact_times=1`` (runs at exactly those times, as
  :mod:`caremap.kernels.gtfs` reads any frequencies). The template's stop_times start at
  ``start``. An ``end`` before ``start`` is read as the next day (05:00-01:00 runs until
  25:00:00, GTFS's way to write 01:00 of the next morning). calendar.txt: one service,
  every day of the week, from 2000-01-01 to 2099-12-31.
- **Tables.** agency, stops (WGS84 coordinates given by the caller), routes (route_type 3,
  bus), trips, stop_times (with shape_dist_traveled in metres), calendar, frequencies;
  :func:`write_zip` writes them as a standard GTFS zip. The agency's time zone is UTC
  unless given: the times are the city's local clock either way, as CareMap reads them.

Reference: GTFS Schedule reference, https://gtfs.org/documentation/schedule/reference/
"""
import csv
import io
import os
import zipfile
from dataclasses import dataclass, field

import numpy as np

from ._lazy import lazy_name

cKDTree = lazy_name("scipy.spatial", "cKDTree")

#: stops farther from a route's line are not its stops, metres (Care Georeferencing Tool)
DEFAULT_SNAP_M = 40.0
#: the vehicle's running speed between stops, km/h
DEFAULT_SPEED_KMH = 16.0
#: the wait at every intermediate stop, seconds
DEFAULT_DWELL_S = 25.0
#: minutes between two runs
DEFAULT_HEADWAY_MIN = 15.0
#: service hours, local time
DEFAULT_START = "05:00"
DEFAULT_END = "23:00"
#: the calendar's date range (every day of the week)
CALENDAR_START = "20000101"
CALENDAR_END = "20991231"
SERVICE_ID = "everyday"
AGENCY_ID = "caremap"
AGENCY_NAME = "Synthetic network (CareMap)"
AGENCY_URL = "https://github.com/caremap/caremap"
DEFAULT_TIMEZONE = "UTC"
ROUTE_TYPE_BUS = "3"
#: words read as one-way (case-insensitive); NULL, empty, 0, no, false as both ways
ONE_WAY_WORDS = ("1", "yes", "true", "y", "t")
BOTH_WAYS_WORDS = ("", "0", "no", "false", "n", "f")
#: cells (stops x segments) of one block of the distance computation
BLOCK_CELLS = 2_000_000

#: the columns of each table, in the order written
COLUMNS = {
    "agency": ("agency_id", "agency_name", "agency_url", "agency_timezone"),
    "stops": ("stop_id", "stop_name", "stop_lat", "stop_lon", "location_type"),
    "routes": ("route_id", "agency_id", "route_short_name", "route_long_name", "route_type"),
    "trips": ("route_id", "service_id", "trip_id", "direction_id"),
    "stop_times": ("trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence", "shape_dist_traveled"),
    "calendar": ("service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                 "start_date", "end_date"),
    "frequencies": ("trip_id", "start_time", "end_time", "headway_secs", "exact_times"),
}


@dataclass
class SyntheticFeed:
    """``tables[name]`` is a list of rows (tuples of str) in the order of ``COLUMNS[name]``.
    ``report``: ``stops_on_no_route`` (indices into the stops given), ``routes_skipped``
    (route indices with fewer than 2 stops), ``route_stops`` (route index -> stop indices in
    order along the line), ``routes_written``, ``stops_written``, ``trips_written``."""

    tables: dict
    report: dict = field(default_factory=dict)

    def column(self, table, name):
        j = COLUMNS[table].index(name)
        return [row[j] for row in self.tables[table]]


def parse_clock(text):
    """'HH:MM' (or 'H:MM', 'HH:MM:SS'; hours 0..47) to seconds after midnight. ValueError
    otherwise."""
    parts = str(text).strip().split(":")
    try:
        if len(parts) not in (2, 3) or any(not p.isdigit() for p in parts):
            raise ValueError
        h, m = int(parts[0]), int(parts[1])
        s = int(parts[2]) if len(parts) == 3 else 0
        if h > 47 or m > 59 or s > 59:
            raise ValueError
    except ValueError:
        raise ValueError(f"{text!r} is not a time of day as HH:MM (e.g. 05:00)") from None
    return h * 3600 + m * 60 + s


def format_clock(seconds):
    """Whole seconds to GTFS 'HH:MM:SS' (hours may pass 24)."""
    s = int(round(seconds))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def service_seconds(start, end):
    """(start, end) seconds of the service hours; an end before the start is the next day.
    ValueError when they are equal."""
    a, b = parse_clock(start), parse_clock(end)
    if b == a:
        raise ValueError(f"the service starts and ends at the same time ({start}): no run would leave")
    if b < a:
        b += 24 * 3600
    return a, b


def parse_one_way(values):
    """Per route, True where the value marks it one-way (1, yes, true, y, t), False for
    NULL, empty, 0, no, false, n, f (case-insensitive). ValueError naming another value."""
    out = np.zeros(len(values), dtype=bool)
    for i, v in enumerate(values):
        text = "" if v is None else str(v).strip().lower()
        if text.endswith(".0"):
            text = text[:-2]
        if text in ONE_WAY_WORDS:
            out[i] = True
        elif text not in BOTH_WAYS_WORDS:
            raise ValueError(f"one-way value {v!r} is neither yes/1 (one way) nor no/0/empty (both ways)")
    return out


def _parts(route):
    """A route as a list of (n, 2) vertex arrays (one per part)."""
    try:
        whole = np.asarray(route, dtype=float)
    except (TypeError, ValueError):  # parts of different lengths
        whole = None
    if whole is not None and whole.ndim == 2 and whole.shape[1] == 2:
        route = [whole]
    parts = []
    for p in route:
        p = np.asarray(p, dtype=float).reshape(-1, 2)
        if not np.isfinite(p).all():
            raise ValueError("a route has a vertex that is not a finite number")
        parts.append(p)
    return parts


def project_on_route(route, points):
    """For each point, ``(position along the route, distance to the route)`` in the units of
    the coordinates: the nearest point of the route's line; among equally near points the
    first along it. ``route``: an (n, 2) vertex array or a list of them (parts measured one
    after the other, gaps not counted). A route of no segment gives inf distances."""
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    seg_a, seg_b, seg_m0 = [], [], []
    run = 0.0
    for p in _parts(route):
        if len(p) == 1:
            p = np.vstack([p, p])
        if len(p) < 2:
            continue
        ln = np.hypot(*(p[1:] - p[:-1]).T)
        seg_a.append(p[:-1])
        seg_b.append(p[1:])
        seg_m0.append(run + np.r_[0.0, np.cumsum(ln)[:-1]])
        run += ln.sum()
    n = len(points)
    pos = np.full(n, np.nan)
    dist = np.full(n, np.inf)
    if not seg_a or n == 0:
        return pos, dist
    a, b, m0 = np.vstack(seg_a), np.vstack(seg_b), np.concatenate(seg_m0)
    d = b - a
    L2 = (d ** 2).sum(axis=1)
    Ls = np.sqrt(L2)
    step = max(1, BLOCK_CELLS // len(a))
    for s in range(0, n, step):
        q = points[s:s + step]
        rel = q[:, None, :] - a[None, :, :]
        t = np.where(L2 > 0, (rel * d[None]).sum(axis=2) / np.where(L2 > 0, L2, 1.0), 0.0)
        t = np.clip(t, 0.0, 1.0)
        near = a[None] + t[..., None] * d[None]
        e = np.hypot(q[:, None, 0] - near[..., 0], q[:, None, 1] - near[..., 1])
        k = np.argmin(e, axis=1)  # first minimum: the first segment along the line
        rows = np.arange(len(q))
        dist[s:s + step] = e[rows, k]
        pos[s:s + step] = m0[k] + t[rows, k] * Ls[k]
    return pos, dist


def whole_dwell(dwell_s):
    """The dwell time in whole seconds as the feed writes it (GTFS times are whole seconds):
    rounded half up, once, so every intermediate stop waits exactly this long."""
    return int(np.floor(float(dwell_s) + 0.5))


def offsets(gaps_m, speed_kmh, dwell_s):
    """Arrival and departure offsets (whole seconds from the first stop's departure) of the
    stops of one trip, from the distances between consecutive stops (see the module rules).

    Rounded once: the running time is rounded on its running total (the sum of gap / speed
    up to the stop), the dwell to whole seconds (:func:`whole_dwell`), and the offsets are
    their sums, so departure - arrival is exactly the whole dwell at every intermediate stop
    (0 at the first and the last), each run between two stops is within 1 s of gap / speed,
    and the trip's total running time within 0.5 s of its length / speed."""
    gaps = np.asarray(gaps_m, dtype=float)
    n = len(gaps) + 1
    running = np.round(np.r_[0.0, np.cumsum(gaps / (speed_kmh / 3.6))]).astype(np.int64)
    dwell = np.full(n, whole_dwell(dwell_s), dtype=np.int64)
    dwell[0] = dwell[-1] = 0
    # arrival at k = the running time up to k + the dwells of the stops strictly between
    arr = running + np.r_[0, np.cumsum(dwell[:-1])]
    return arr, arr + dwell


def build_feed(routes, stops_xy, stops_lonlat, *, snap_m=DEFAULT_SNAP_M, speed_kmh=DEFAULT_SPEED_KMH,
               dwell_s=DEFAULT_DWELL_S, headway_min=DEFAULT_HEADWAY_MIN, start=DEFAULT_START, end=DEFAULT_END,
               one_way=None, route_names=None, route_ids=None, stop_ids=None, stop_names=None, timezone=DEFAULT_TIMEZONE,
               feedback=None):
    """The GTFS tables of a synthetic feed (see the module rules).

    ``routes``: one entry per route, an (n, 2) vertex array or a list of them (parts), in
    metres; ``stops_xy``: (m, 2) stop points in the same metres; ``stops_lonlat``: (m, 2)
    the same stops in WGS84 longitude, latitude (for stops.txt). ``one_way``: per route,
    True = only as drawn. ``route_ids``, ``route_names``, ``stop_ids``, ``stop_names``: per
    route / stop (None or a blank entry: ``route_<k>`` / ``stop_<k>``, k from 1 by position;
    a route's name defaults to k). Trip ids are ``<route_id>_<direction_id>``. ``feedback(fraction) -> True``
    cancels (``InterruptedError``)."""
    stops_xy = np.asarray(stops_xy, dtype=float).reshape(-1, 2)
    stops_lonlat = np.asarray(stops_lonlat, dtype=float).reshape(-1, 2)
    n_routes, n_stops = len(routes), len(stops_xy)
    if len(stops_lonlat) != n_stops:
        raise ValueError("stops: one longitude/latitude per stop point is needed")
    if not np.isfinite(stops_xy).all() or not np.isfinite(stops_lonlat).all():
        raise ValueError("stops: every coordinate must be a finite number")
    if not (np.isfinite(snap_m) and snap_m >= 0):
        raise ValueError(f"the snap distance must be 0 or more metres, got {snap_m!r}")
    if not (np.isfinite(speed_kmh) and speed_kmh > 0):
        raise ValueError(f"the speed must be above 0 km/h, got {speed_kmh!r}")
    if not (np.isfinite(dwell_s) and dwell_s >= 0):
        raise ValueError(f"the dwell time must be 0 or more seconds, got {dwell_s!r}")
    headway_s = int(round(float(headway_min) * 60)) if np.isfinite(headway_min) else 0
    if headway_s < 1:
        raise ValueError(f"the headway must be at least 1 second, got {headway_min!r} minutes")
    t0, t1 = service_seconds(start, end)
    one_way = np.zeros(n_routes, bool) if one_way is None else np.asarray(one_way, dtype=bool)
    if len(one_way) != n_routes:
        raise ValueError("one-way: one value per route is needed")

    def _label(names, i, default):
        v = None if names is None else names[i]
        return default if v is None or str(v).strip() == "" else str(v).strip()

    sid = [_label(stop_ids, i, f"stop_{i + 1}") for i in range(n_stops)]
    if len(set(sid)) != n_stops:
        raise ValueError("stops: two stops have the same id")
    rid = [_label(route_ids, r, f"route_{r + 1}") for r in range(n_routes)]
    if len(set(rid)) != n_routes:
        raise ValueError("routes: two routes have the same id")

    route_stops, skipped = {}, []
    tree = cKDTree(stops_xy) if n_stops else None
    used = np.zeros(n_stops, dtype=bool)
    for r in range(n_routes):
        if feedback is not None and feedback(r / max(1, n_routes)):
            raise InterruptedError("canceled")
        parts = _parts(routes[r])
        pos = np.full(n_stops, np.nan)
        dist = np.full(n_stops, np.inf)
        if parts and n_stops and sum(len(p) for p in parts):
            # candidates: the stops within half a segment + the snap distance of a segment's middle
            a = np.vstack([p[:-1] if len(p) > 1 else p for p in parts])
            b = np.vstack([p[1:] if len(p) > 1 else p for p in parts])
            radius = np.hypot(*(b - a).T) / 2 + snap_m
            hits = tree.query_ball_point((a + b) / 2, radius * (1 + 1e-9) + 1e-9)
            near = np.unique(np.fromiter((i for h in hits for i in h), dtype=np.int64))
            pos[near], dist[near] = project_on_route(parts, stops_xy[near])
        mine = np.flatnonzero(dist <= snap_m)
        if len(mine) < 2:
            skipped.append(r)
            continue
        order = mine[np.lexsort((mine, pos[mine]))]
        route_stops[r] = (order, pos[order])
        used[order] = True

    tables = {name: [] for name in COLUMNS}
    tables["agency"].append((AGENCY_ID, AGENCY_NAME, AGENCY_URL, timezone or DEFAULT_TIMEZONE))
    for i in np.flatnonzero(used):
        tables["stops"].append((sid[i], _label(stop_names, i, sid[i]), f"{stops_lonlat[i, 1]:.7f}",
                                f"{stops_lonlat[i, 0]:.7f}", "0"))
    tables["calendar"].append((SERVICE_ID,) + ("1",) * 7 + (CALENDAR_START, CALENDAR_END))
    for r, (order, pos) in route_stops.items():
        route_id = rid[r]
        name = _label(route_names, r, str(r + 1))
        tables["routes"].append((route_id, AGENCY_ID, name, name, ROUTE_TYPE_BUS))
        ways = [(0, order, pos - pos[0])]
        if not one_way[r]:
            ways.append((1, order[::-1], pos[-1] - pos[::-1]))
        for direction, seq, along in ways:
            trip_id = f"{route_id}_{direction}"
            arr, dep = offsets(np.diff(along), speed_kmh, dwell_s)
            tables["trips"].append((route_id, SERVICE_ID, trip_id, str(direction)))
            for k, s in enumerate(seq):
                tables["stop_times"].append((trip_id, format_clock(t0 + arr[k]), format_clock(t0 + dep[k]), sid[s],
                                             str(k + 1), f"{along[k]:.2f}"))
            tables["frequencies"].append((trip_id, format_clock(t0), format_clock(t1), str(headway_s), "1"))
    if feedback is not None and feedback(1.0):
        raise InterruptedError("canceled")
    report = {
        "stops_on_no_route": np.flatnonzero(~used),
        "routes_skipped": np.asarray(skipped, dtype=np.int64),
        "route_stops": {r: v[0] for r, v in route_stops.items()},
        "routes_written": len(route_stops),
        "stops_written": int(used.sum()),
        "trips_written": len(tables["trips"]),
    }
    return SyntheticFeed(tables, report)


def write_zip(feed, path):
    """Write the feed's tables as a GTFS zip (one ``name.txt`` per table, UTF-8, comma
    separated, header first) at ``path``, through a temporary file beside it so a failed
    write leaves nothing half written."""
    path = os.fspath(path)
    tmp = path + ".part"
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for name, cols in COLUMNS.items():
                buf = io.StringIO()
                w = csv.writer(buf, lineterminator="\n")
                w.writerow(cols)
                w.writerows(feed.tables[name])
                z.writestr(name + ".txt", buf.getvalue())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path
