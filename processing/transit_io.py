"""Public-transport costs for processing/costs_io.py (the cost mode ``transit``): read the
public-transport parameters (processing/cost_params.add_transit_parameters: GTFS_FEED,
DEPARTURE, WINDOW, PERCENTILE, MAX_WALK, ACCESS_MODE, with SPEED, DETOUR and NETWORK), the
feed (kernels/gtfs.py), the walks to, from and between stops (straight line x DETOUR at
SPEED with ``kernels.transit.straight_walks``, or on the road network with
``kernels.network.network_costs`` in metres, within MAX_WALK inclusive) and the walk of the
whole way (no cap in the semantics; only the walks that can change a cost the caller reads
are computed, ``kernels.transit.direct_walk_cap``), logged with their memory before the work
and refused beyond the memory budget, and call the router ``kernels.transit.travel_times``. The semantics
(one departure minute, the window, the percentile) are the router's: see its docstring
and docs/methods.md, "Public transport".

Messages name the user's feed file and the dialog labels of the parameters
(``alg.label``), never their ids.
"""
import os
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
)

from ..kernels import chunks as kchunks
from ..kernels import costs as kcosts
from ..kernels import gtfs as kgtfs
from ..kernels import network as knet
from ..kernels import opening_hours as kopen
from ..kernels import transit as ktransit
from .base import tr, trn
from .network_io import read_network


@dataclass
class TransitSetup:
    """The public-transport parameters of one run, read and checked: the feed's name and
    its :class:`kernels.gtfs.Feed`, the service date and departure minute (minutes after
    the date's midnight), the window (whole minutes), the percentile, the longest walk (m)
    and how walks are measured ('straight' or 'network')."""

    name: str
    feed: object
    date: object
    minute: float
    window: int
    percentile: float
    max_walk: float
    access_mode: str


def _cached(alg, key, make):
    """``make()`` once per run of ``alg`` (the algorithm instance of one run) and ``key``: a
    run that reads the same feed and service day twice (siting's candidate grid, then its
    costs; catchments' cells, then their times) parses them once."""
    cache = alg.__dict__.setdefault("_caremap_transit_cache", {}) if hasattr(alg, "__dict__") else {}
    if key not in cache:
        cache[key] = make()
    return cache[key]


def _stamp(path):
    """(modification time, size) of a feed file or folder: a feed changed on disk during a
    run is read again."""
    try:
        st = os.stat(path)
        return st.st_mtime_ns, st.st_size
    except OSError:
        return None, None


def read_setup(alg, parameters, context):
    """Read and check the public-transport parameters (without the timetable)."""
    path = (alg.parameterAsFile(parameters, "GTFS_FEED", context) or "").strip()
    if not path:
        raise QgsProcessingException(tr(
            "Public transport costs need a timetable in the GTFS format (a zip file or a folder): choose it in {0} "
            "(CareMap's synthetic public transport feed makes one from bus routes and stops).").format(
            alg.label("GTFS_FEED")))
    name = os.path.basename(os.path.normpath(path)) or path
    if not os.path.exists(path):
        raise QgsProcessingException(tr("The public transport feed {0} does not exist: choose a GTFS zip file or "
                                        "folder in {1}.").format(path, alg.label("GTFS_FEED")))
    text = (alg.parameterAsString(parameters, "DEPARTURE", context) or "").strip()
    if not text:
        raise QgsProcessingException(tr(
            "Public transport costs need the date and time of leaving: write it in {0} as YYYY-MM-DD HH:MM, e.g. "
            "2024-03-05 07:30.").format(alg.label("DEPARTURE")))
    try:
        date, minute = kgtfs.parse_departure(text)
    except ValueError:
        raise QgsProcessingException(tr(
            "{0} is '{1}', which is not a date and time: write it as YYYY-MM-DD HH:MM (24-hour clock), e.g. "
            "2024-03-05 07:30.").format(alg.label("DEPARTURE"), text)) from None
    window = alg.parameterAsDouble(parameters, "WINDOW", context) \
        if alg.parameterDefinition("WINDOW") is not None else 0.0
    percentile = alg.parameterAsDouble(parameters, "PERCENTILE", context) \
        if alg.parameterDefinition("PERCENTILE") is not None else ktransit.DEFAULT_PERCENTILE
    max_walk = alg.parameterAsDouble(parameters, "MAX_WALK", context) \
        if alg.parameterDefinition("MAX_WALK") is not None else ktransit.DEFAULT_MAX_WALK_M
    access_mode = alg.enum_value(parameters, "ACCESS_MODE", context) \
        if alg.parameterDefinition("ACCESS_MODE") is not None else "straight"
    if not (window >= 0 and float(window).is_integer()):
        raise QgsProcessingException(tr("{0} must be whole minutes, 0 or more; got {1:g}.").format(
            alg.label("WINDOW"), window))
    if not 0 <= percentile <= 100:
        raise QgsProcessingException(tr("{0} must be between 0 and 100; got {1:g}.").format(
            alg.label("PERCENTILE"), percentile))
    if not max_walk >= 0:
        raise QgsProcessingException(tr("{0} must be 0 m or more; got {1:g}.").format(
            alg.label("MAX_WALK"), max_walk))
    try:
        feed = _cached(alg, ("feed", path) + _stamp(path), lambda: kgtfs.read_feed(path))
    except (ValueError, OSError) as e:
        raise QgsProcessingException(tr("The public transport feed {0} cannot be read: {1}. Choose a GTFS zip file "
                                        "or folder in {2}.").format(name, e, alg.label("GTFS_FEED"))) from e
    return TransitSetup(name, feed, date, minute, int(window), percentile, max_walk, access_mode or "straight")


def _calendar_range(feed):
    """(first, last) 'YYYYMMDD' of the feed's calendar.txt periods and of the dates
    calendar_dates.txt adds; (None, None) when it has neither."""
    days = []
    if feed.n_rows("calendar"):
        days += [d for d in feed.column("calendar", "start_date") if d]
        days += [d for d in feed.column("calendar", "end_date") if d]
    if feed.n_rows("calendar_dates"):
        exc = feed.column("calendar_dates", "exception_type")
        days += [d for d, e in zip(feed.column("calendar_dates", "date"), exc) if d and e == "1"]
    return (min(days), max(days)) if days else (None, None)


def _day(yyyymmdd):
    return f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}"


def timetable(alg, setup, feedback, date=None):
    """The :class:`kernels.gtfs.Timetable` of the service day of ``date`` (default the
    departure's), with a clear error for a date outside the feed's calendar or a day with
    no service."""
    date = setup.date if date is None else date
    first, last = _calendar_range(setup.feed)
    key = date.strftime("%Y%m%d")
    if first is not None and not first <= key <= last:
        raise QgsProcessingException(tr(
            "{0}: the date {1} is outside the calendar of the public transport feed {2}, which runs from {3} to "
            "{4}. Choose a date within it.").format(alg.label("DEPARTURE"), date.isoformat(), setup.name,
                                                    _day(first), _day(last)))
    cache_key = ("timetable", id(setup.feed), key)
    known = cache_key in alg.__dict__.get("_caremap_transit_cache", {}) if hasattr(alg, "__dict__") else False
    try:
        tt = _cached(alg, cache_key, lambda: kgtfs.timetable(setup.feed, date))
    except ValueError as e:
        raise QgsProcessingException(tr("The public transport feed {0} cannot be read: {1}.").format(
            setup.name, e)) from e
    if known:
        return tt  # read and logged once in this run
    if tt.n_runs == 0:
        raise QgsProcessingException(tr(
            "The public transport feed {0} has no service on {1} ({2}): no bus or train runs that day. Choose "
            "another date in {3}.").format(setup.name, date.isoformat(), date.strftime("%A"),
                                           alg.label("DEPARTURE")))
    rep = tt.report
    feedback.pushInfo(tr("Public transport feed {0}, {1}: {2} stops, {3} vehicle runs ({4} from frequencies, {5} "
                         "of the day before past midnight).").format(
        setup.name, date.isoformat(), tt.n_stops, tt.n_runs, rep.get("runs_from_frequencies", 0),
        rep.get("runs_previous_day", 0)))
    dropped = rep.get("trips_without_end_times", 0) + rep.get("trips_times_going_back", 0)
    if dropped:
        feedback.pushWarning(trn("Public transport feed {0}: %n trip(s) left out (no time at the first or last "
                                 "stop, or times going back).", dropped).format(setup.name))
    return tt


def stop_points(tt, crs, context, feedback, name):
    """The stops' coordinates in ``crs`` (from WGS 84); stops without coordinates are NaN
    (no walk reaches them), counted in a warning."""
    lon = np.asarray(tt.stop_lon, dtype=float)
    lat = np.asarray(tt.stop_lat, dtype=float)
    xy = np.full((len(lon), 2), np.nan)
    ok = np.isfinite(lon) & np.isfinite(lat)
    tr_ = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, context.transformContext())
    for i in np.flatnonzero(ok):
        p = tr_.transform(QgsPointXY(float(lon[i]), float(lat[i])))
        xy[i] = (p.x(), p.y())
    if (~ok).any():
        feedback.pushWarning(trn("Public transport feed {0}: %n stop(s) without coordinates, which no walk "
                                 "reaches.", int((~ok).sum())).format(name))
    return xy


def _walks_straight(a_xy, b_xy, max_walk, speed, detour):
    """Straight-line walks within max_walk (NaN points left out)."""
    a_ok, b_ok = np.flatnonzero(np.isfinite(a_xy).all(1)), np.flatnonzero(np.isfinite(b_xy).all(1))
    i, j, m = ktransit.straight_walks(a_xy[a_ok], b_xy[b_ok], max_walk, speed, detour)
    return a_ok[i], b_ok[j], m


def _walks_network(net, a_xy, b_xy, max_walk, speed, snap, respect_oneway):
    """Network walks within max_walk metres (None: no cap), as minutes at ``speed``."""
    a_ok, b_ok = np.flatnonzero(np.isfinite(a_xy).all(1)), np.flatnonzero(np.isfinite(b_xy).all(1))
    c = knet.network_costs(net, a_xy[a_ok], b_xy[b_ok], max_walk, unit="meters", max_snap_distance=snap,
                           connector_speed_kmh=speed, respect_oneway=respect_oneway)
    return a_ok[c.demand_idx], b_ok[c.supply_idx], c.cost * kcosts.minutes_per_meter(speed)


def _direct_cap_m(setup, limit, speed):
    """The longest walk of the whole way (metres walked) that can change a cost the caller
    reads (``limit`` minutes; None: no cap), ``kernels.transit.direct_walk_cap``: the longer
    ones are left out with the same results, so the walks of the whole way are the pairs
    within reach, never every demand unit x facility."""
    cap = ktransit.direct_walk_cap(limit, setup.percentile, setup.window)
    return None if cap is None else cap / kcosts.minutes_per_meter(speed)


def _walk_estimate(feedback, setup, dxy, sxy, stops, cap_m, detour, cells=False, dense=True):
    """Log, before the walks and the router, the walks estimated (``kernels.chunks``) and
    the memory they and the router's table of every demand unit x facility need (with
    ``dense`` False, one block of the router's instead: the pairs are kept as they come);
    refuse (``costs_io.refuse_over_budget``) when that does not fit the memory budget. On
    the road network the walks are counted along straight lines (never more than on the
    streets). Returns ``(estimate, budget)``."""
    from . import costs_io  # the budget and its messages (costs_io imports this module)

    det = detour if setup.access_mode != "network" else 1.0
    on = stops[np.isfinite(stops).all(1)] if len(stops) else np.empty((0, 2))
    w = setup.max_walk
    est = kchunks.combine_estimates(
        [kchunks.estimate_pairs(dxy, on, w, det), kchunks.estimate_pairs(on, sxy, w, det),
         kchunks.estimate_pairs(on, on, w, det), kchunks.estimate_pairs(dxy, sxy, cap_m, det)],
        dense_cells=len(dxy) * len(sxy) if dense else min(len(dxy) * len(sxy), ktransit.BLOCK_CELLS))
    budget = costs_io.memory_budget()
    if cells:
        said = tr("Public transport: about {0:,.0f} walks to, from and between stops and of the whole way, and the "
                  "travel times of {1:,} grid cells x {2:,} facilities: about {3} of memory.")
        what = tr("About {0:,.0f} walks and the public transport travel times of {1:,} grid cells x {2:,} "
                  "facilities")
    elif not dense:  # the router keeps only the pairs within reach, block by block
        said = tr("Public transport: about {0:,.0f} walks to, from and between stops and of the whole way, and the "
                  "travel times of {1:,} demand units x {2:,} facilities computed block by block, only the pairs "
                  "within reach kept: about {3} of memory for the walks and one block, plus the pairs kept.")
        what = tr("About {0:,.0f} walks and the public transport travel times of {1:,} demand units x {2:,} "
                  "facilities")
    else:
        said = tr("Public transport: about {0:,.0f} walks to, from and between stops and of the whole way, and the "
                  "travel times of {1:,} demand units x {2:,} facilities: about {3} of memory.")
        what = tr("About {0:,.0f} walks and the public transport travel times of {1:,} demand units x {2:,} "
                  "facilities")
    feedback.pushInfo(said.format(est.pairs, len(dxy), len(sxy), costs_io._size(est.nbytes)))
    if not est.fits(budget):
        costs_io.refuse_over_budget(est, budget, what.format(est.pairs, len(dxy), len(sxy)))
    return est, budget


def exact_limit(setup, limit):
    """``limit`` (minutes) when the router may drop the times above it without changing
    any percentile at or below it (the percentile falls on one of the window's minutes:
    no interpolation with a time beyond it), else None (every time counts):
    ``kernels.transit.exact_max_minutes``."""
    return ktransit.exact_max_minutes(limit, setup.percentile, setup.window)


def travel_times(alg, parameters, context, feedback, crs, dxy, sxy, speed, limit, progress, setup=None,
                 departure=None, tt=None, cells=False, as_pairs=False):
    """Public-transport travel times (minutes) from the points ``dxy`` to ``sxy`` (both in
    the metric ``crs``): a ``kernels.transit.TransitResult`` whose ``cost`` is the
    percentile over the window of each pair (inf: not reachable). ``limit`` (minutes or
    None): the largest cost the caller reads (the router may skip the runs beyond it when
    that is exact, :func:`exact_limit`). ``departure``: an optional ``(date, minute)``
    replacing the DEPARTURE parameter's (a time window's start). ``progress``: the
    cancel-contract callable. ``tt``: the timetable of that date when the caller has
    read it already (:func:`timetable`). ``cells``: the points are the cells of a
    catchment grid, not demand units (the log says so). ``as_pairs``: the router keeps
    only the pairs within ``limit`` (every finite one when None), block by block, never
    the whole demand x facility table (``TransitResult.pairs``; ``cost`` is None), and
    stops with the budget's refusal as soon as they would not fit the memory budget."""
    setup = setup or read_setup(alg, parameters, context)
    date, minute = (setup.date, setup.minute) if departure is None else departure
    tt = tt if tt is not None else timetable(alg, setup, feedback, date)
    stops = stop_points(tt, crs, context, feedback, setup.name)
    detour = alg.parameterAsDouble(parameters, "DETOUR", context) or 1.0 \
        if alg.parameterDefinition("DETOUR") is not None else 1.0
    dxy_all = np.asarray(dxy, dtype=float).reshape(-1, 2)
    sxy_all = np.asarray(sxy, dtype=float).reshape(-1, 2)
    # points without a geometry reach nothing (their costs stay inf)
    d_ok, s_ok = np.isfinite(dxy_all).all(1), np.isfinite(sxy_all).all(1)
    dxy, sxy = dxy_all[d_ok], sxy_all[s_ok]
    w = setup.max_walk
    cap_m = _direct_cap_m(setup, limit, speed)
    est, budget = _walk_estimate(feedback, setup, dxy, sxy, stops, cap_m, detour, cells, dense=not as_pairs)
    max_pairs = int(max(0, budget - est.nbytes) // kchunks.BYTES_PER_PAIR) if as_pairs else None
    try:
        if setup.access_mode == "network":
            net, respect_oneway, net_name = read_network(alg, parameters, context, feedback, crs, speed)
            snap = alg.parameterAsDouble(parameters, "SNAP_DISTANCE", context) \
                if alg.parameterDefinition("SNAP_DISTANCE") is not None else 500.0
            access = _walks_network(net, dxy, stops, w, speed, snap, respect_oneway)
            egress = _walks_network(net, stops, sxy, w, speed, snap, respect_oneway)
            transfers = _walks_network(net, stops, stops, w, speed, snap, respect_oneway)
            direct = _walks_network(net, dxy, sxy, cap_m, speed, snap, respect_oneway)
            how = tr("on the road network {0}").format(net_name)
        else:
            access = _walks_straight(dxy, stops, w, speed, detour)
            egress = _walks_straight(stops, sxy, w, speed, detour)
            transfers = _walks_straight(stops, stops, w, speed, detour)
            direct = kcosts.to_minutes(kcosts.straight_line_costs(dxy, sxy, cap_m, detour=detour), speed)
            direct = (direct.demand_idx, direct.supply_idx, direct.cost)
            how = tr("along straight lines x {0:g}").format(detour)
        walks = tr("Public transport walks {0} at {1:g} km/h, each at most {2:g} m: {3} from the grid cells to "
                   "stops, {4} from stops to the facilities, {5} between stops.") if cells else \
            tr("Public transport walks {0} at {1:g} km/h, each at most {2:g} m: {3} from the demand to stops, {4} "
               "from stops to the facilities, {5} between stops.")
        feedback.pushInfo(walks.format(how, speed, w, len(access[0]), len(egress[0]), len(transfers[0])))
        no_stop = len(dxy) - len(np.unique(access[0]))
        if no_stop:
            feedback.pushInfo((trn("%n grid cell(s) with no stop within {0:g} m: they can only walk the whole way.",
                                   no_stop) if cells else
                               trn("%n demand point(s) with no stop within {0:g} m: they can only walk the whole "
                                   "way.", no_stop)).format(w))
        res = ktransit.travel_times(tt, minute, setup.window, access, egress, transfers=transfers, direct=direct,
                                    n_origins=len(dxy), n_destinations=len(sxy), percentile=setup.percentile,
                                    max_minutes=exact_limit(setup, limit), feedback=progress, as_pairs=as_pairs,
                                    pair_limit=limit if as_pairs else None, max_pairs=max_pairs)
    except ktransit.TooManyPairs as e:  # extrapolated from the origins done: refused before any output
        from . import costs_io

        costs_io.refuse_over_budget(e.estimate(est.nbytes), budget)  # with the walks held: above the budget
    except InterruptedError:
        raise QgsProcessingException(tr("Canceled by the user.")) from None
    except ValueError as e:
        raise QgsProcessingException(tr("Public transport feed {0}: {1}").format(setup.name, e)) from e
    if as_pairs:  # rows and columns of every point given, those without a geometry reach nothing
        from ..kernels.costs import Costs

        rows, cols = np.flatnonzero(d_ok), np.flatnonzero(s_ok)
        p = res.pairs
        res.pairs = Costs(rows[p.demand_idx], cols[p.supply_idx], p.cost, len(dxy_all), len(sxy_all), p.report)
    elif not (d_ok.all() and s_ok.all()):
        full = np.full((len(dxy_all), len(sxy_all)), np.inf)
        full[np.ix_(d_ok, s_ok)] = res.cost
        res.cost = full
    when = f"{date.isoformat()} {int(minute) // 60:02d}:{int(minute) % 60:02d}"
    feedback.pushInfo(trn("Public transport travel times from {0}, {1}: percentile {2:g} of %n departure "
                          "minute(s) from then on.", setup.window + 1).format(when, setup.name, setup.percentile))
    return res


def window_departures(alg, parameters, context, feedback, labels, masks):
    """The departure ``(date, minute)`` of each time window (labels, weekly minute masks of
    ``kernels.opening_hours.parse_time_windows``) with public-transport costs: the window's
    first day at its start time, in the week of DEPARTURE
    (``kernels.opening_hours.window_departure``); ``None`` for each window with another
    cost mode. Call it after the costs of DEPARTURE (which checked it)."""
    if not len(labels) or alg.enum_value(parameters, "COST_MODE", context) != "transit":
        return [None] * len(labels)
    try:
        date, _ = kgtfs.parse_departure(alg.parameterAsString(parameters, "DEPARTURE", context))
        out = [kopen.window_departure(mask, date) for mask in masks]
    except ValueError as e:
        raise QgsProcessingException(str(e)) from e
    for label, (d, m) in zip(labels, out):
        feedback.pushInfo(tr("Window '{0}': public transport leaves on {1} ({2}) at {3:02d}:{4:02d}, the window's "
                             "first day and start time in the week of {5}.").format(
            label, d.isoformat(), d.strftime("%A"), int(m) // 60, int(m) % 60, alg.label("DEPARTURE")))
    return out
