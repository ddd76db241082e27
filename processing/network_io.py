"""Road networks for the costs of processing/costs_io.py: read the network layer with the
shared cost parameters (processing/cost_params.py) into a kernels.network graph, say which
points are off it, and what each facility reaches within thresholds (caremap:catchments).
The graph and the paths are computed by kernels/network.py, where points join it by
kernels/network_snap.py, the service areas by kernels/network_reach.py. Messages name the
user's layers and the dialog labels of the parameters (``alg.label``), never their ids.
"""
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingException

from ..kernels import chunks as kchunks
from ..kernels import costs as kcosts
from ..kernels import network as knet
from ..kernels import network_reach as kreach
from ..kernels import network_snap as ksnap
from . import layer_io, params
from .base import tr, trn

#: how many feature ids a log line lists
FEW_IDS = 20


def read_network(alg, parameters, context, feedback, crs, speed):
    """Read NETWORK and build the graph with the speed and one-way parameters.
    Returns ``(Network, respect_oneway, layer name)``; one-way is ignored when walking.
    Lines join at shared vertices only, unless NETWORK_TOLERANCE (when the algorithm has it)
    asks to merge vertices closer than it."""
    if parameters.get("NETWORK") in (None, ""):
        raise QgsProcessingException(tr(
            "Costs by road network need a line layer of roads: choose it in {0}.").format(alg.label("NETWORK")))
    speed_field = alg.parameterAsString(parameters, "SPEED_FIELD", context)
    oneway_field = alg.parameterAsString(parameters, "ONEWAY_FIELD", context)
    class_field = alg.parameterAsString(parameters, "SPEED_CLASS_FIELD", context)
    table_text = (alg.parameterAsString(parameters, "SPEED_TABLE", context) or "").strip()
    if table_text and not class_field:
        raise QgsProcessingException(tr(
            "A speed per road class ({0}) needs the field of the network that holds the road class: choose it "
            "in {1}, or leave {0} empty.").format(alg.label("SPEED_TABLE"), alg.label("SPEED_CLASS_FIELD")))
    text = [f for f in (oneway_field, class_field if table_text else "") if f]
    lines = layer_io.read_lines(alg, parameters, "NETWORK", context, feedback,
                                numeric=[speed_field] if speed_field else [], text=text,
                                target_crs=crs, allow_nulls=True)
    speeds = lines.numeric[speed_field].copy() if speed_field else None
    try:
        if table_text:
            by_class = knet.speeds_from_classes(lines.text[class_field], knet.parse_speed_table(table_text))
            speeds = by_class if speeds is None else np.where(speeds > 0, speeds, by_class)
        walking = kcosts.is_walking(speed, speed_per_road=speeds is not None)
        oneway = None
        if oneway_field:
            if walking:
                feedback.pushInfo(tr("Walking speed: one-way field '{0}' ignored.").format(oneway_field))
            else:
                oneway = knet.parse_oneway(lines.text[oneway_field])
        tolerance = alg.parameterAsDouble(parameters, "NETWORK_TOLERANCE", context) \
            if alg.parameterDefinition("NETWORK_TOLERANCE") is not None else 0.0
        net = knet.build_graph(lines.xy, lines.part_offsets, lines.part_row, speed_kmh_per_row=speeds,
                               oneway_per_row=oneway, default_speed_kmh=speed, tolerance=tolerance)
        parts = ksnap.component_summary(net)
    except ValueError as e:
        raise QgsProcessingException(tr("Road network {0}: {1}").format(lines.layer_name, e)) from e
    if net.report.get("rows_default_speed"):
        feedback.pushWarning(trn("Layer {0}: no valid speed on %n road(s), {1} km/h used.",
                                 net.report["rows_default_speed"]).format(lines.layer_name, speed))
    feedback.pushInfo(tr("Network {0}: {1} nodes, {2} edges, {3}, the largest with {4:.1%} of the length; points "
                         "join {5} with at least {6:.0%} of its length.").format(
        lines.layer_name, net.n_nodes, net.n_edges, trn("%n connected component(s)", net.n_components),
        parts["largest_share"], trn("the %n component(s)", parts["n_used"]), parts["min_share"]))
    return net, oneway is not None, lines.layer_name


def warn_off_network(feedback, rows, names, fids, snap, what, snap_label, near=()):
    """One counted warning per layer for the points ``rows`` (positions into ``names`` /
    ``fids``, the user's layer name and feature id of each point) off the network (farther
    than ``snap`` metres from every part of it large enough to join), naming the layer;
    their feature ids (the first few) in the log. ``near`` (positions too) are those of them
    within ``snap`` of a piece too small to join, counted in the same warning. ``what`` says
    what they are: "demand" (demand units) or "supply" (facilities); ``snap_label`` is the
    dialog label of the largest
    distance (``alg.label("SNAP_DISTANCE")``)."""
    rows = np.asarray(rows, dtype=np.int64)
    if len(rows) == 0:
        return
    is_near = np.isin(rows, np.asarray(near, dtype=np.int64))
    names = np.asarray(names, dtype=object)[rows]
    fids = np.asarray(fids)[rows]
    for name in dict.fromkeys(names.tolist()):
        ids = fids[names == name]
        n_near = int(is_near[names == name].sum())
        if what == "demand":
            text = trn("%n demand unit(s) of layer {0} farther than {1:g} m from the road network: unreachable by "
                       "road. Move such points onto the network, add the missing roads, or raise {2}.", len(ids))
        else:
            text = trn("%n facilit(y/ies) of layer {0} farther than {1:g} m from the road network: unreachable by "
                       "road. Move such points onto the network, add the missing roads, or raise {2}.", len(ids))
        feedback.pushWarning(text.format(name, snap, snap_label) + (tr(
            " Near a small piece of road that is not connected to the network (not used: connect it, or delete "
            "it): {0} of them.").format(n_near) if n_near else ""))
        more = len(ids) - FEW_IDS
        feedback.pushInfo(trn("Off the road network in layer {0}: %n feature(s), ids {1}{2}", len(ids)).format(
            name, ", ".join(str(int(f)) for f in ids[:FEW_IDS]),
            tr(" and {0} more").format(more) if more > 0 else ""))


def snap_fields(snap_m):
    """The fields that flag points off the network, from their distance to it (metres, NaN
    when off it): ``snapped_m`` (NULL when off it) and ``off_network`` (1 when off it, else 0)."""
    d = np.asarray(snap_m, dtype=np.float64)
    return {"snapped_m": d, "off_network": (~np.isfinite(d)).astype(np.int64)}


@dataclass
class NetworkCosts:
    """What :func:`network_costs` gives ``costs_io.compute_costs``: ``costs`` (a kernels
    ``Costs`` table, or the ``kernels.network.NetworkPairs`` stream itself when the caller
    takes pairs in chunks), ``demand_snap_m`` / ``supply_snap_m`` (metres from each demand
    point used / every supply row to the network, NaN off it) and, when asked, the cost to
    the nearest facility and its position among the facilities given (``nearest``)."""

    costs: object
    demand_snap_m: np.ndarray
    supply_snap_m: np.ndarray
    nearest: tuple | None = None


def network_costs(alg, parameters, context, feedback, demand, dxy, sxy, supply_xy, srows, max_cost, unit, speed,
                  origins, progress, all_pairs=False, nearest=False, nearest_limit=None, nearest_mask=None):
    """Costs by road network for ``costs_io.compute_costs``: read the network, join the
    demand points ``dxy`` and facilities ``sxy`` (rows ``srows`` of ``supply_xy``) to it
    once (``kernels.network.NetworkPairs``), warn about the points off it (``origins``:
    the ``costs_io.Origin`` of each side), log the estimate of the pairs (from a sample of
    the searches) against the memory budget, and give the pairs within ``max_cost`` as a
    table (``progress`` from the adapter's range), or, when ``all_pairs`` and the table
    would not fit the budget or hold more than one chunk (``kernels.chunks.stream_pairs``),
    as the stream (the kernel's passes report progress from 60 to 90 %). ``nearest``: also
    the cost to the nearest facility among ``nearest_mask`` within ``nearest_limit``."""
    from . import costs_io  # the budget and the estimate's log (costs_io imports this module)

    net, respect_oneway, net_name = read_network(alg, parameters, context, feedback, demand.crs, speed)
    snap = alg.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
    budget = costs_io.memory_budget()
    stream = knet.NetworkPairs(net, dxy, sxy, max_cost, unit=unit, max_snap_distance=snap,
                               connector_speed_kmh=kcosts.walk_to_street_kmh(speed), respect_oneway=respect_oneway,
                               budget=budget)
    rep = stream.report
    for side, origin in (("demand", origins[0]), ("supply", origins[1])):
        warn_off_network(feedback, rep[f"unsnapped_{side}"], origin.names, origin.fids, snap, side,
                         alg.label("SNAP_DISTANCE"), rep[f"{side}_near_fragment"])
    if net.n_components > 1:
        feedback.pushWarning(tr(
            "The road network {0} has {1} disconnected parts; outside the largest one: {2} and {3}.").format(
            net_name, net.n_components, trn("%n demand point(s)", rep["demand_off_main"]),
            trn("%n facilit(y/ies)", rep["supply_off_main"])))
    est = stream.estimate()
    chunked = bool(all_pairs and max_cost is not None and kchunks.stream_pairs(est, budget))
    costs_io._log_estimate(feedback, est, budget, chunked)
    if chunked:
        stream.feedback = costs_io.forward_progress(feedback, 60, 30)
        costs = stream
        feedback.pushInfo(tr("Network costs: computed in chunks of at most {0:,} pairs.").format(
            kchunks.chunk_pairs(budget)))
    else:
        costs = stream.table(progress)
        feedback.pushInfo(tr("Network costs: {0} pairs within reach.").format(costs.n_pairs))
    supply_snap_m = np.full(len(supply_xy), np.nan)
    supply_snap_m[srows] = stream.snap_m("supply")
    rest = np.setdiff1d(np.arange(len(supply_xy)), srows)
    if len(rest):
        supply_snap_m[rest] = ksnap.snap_points(net, supply_xy[rest], snap).dist
    near = stream.nearest_within(nearest_limit, nearest_mask) if nearest else None
    return NetworkCosts(costs, stream.snap_m("demand"), supply_snap_m, near)


@dataclass
class Reach:
    """What each facility reaches within each threshold (caremap:catchments), by COST_MODE:
    ``radii`` (metres per threshold, straight line) or ``segments`` (``fac, limit_index, x0,
    y0, x1, y1`` of the street pieces reached, network; limit_index into the ascending
    thresholds) with ``snapped`` (False = facility off the network: farther than SNAP_DISTANCE
    from every part of it large enough to join)."""

    mode: str
    radii: list | None = None
    segments: tuple | None = None
    snapped: np.ndarray | None = None


def reach_areas(alg, parameters, context, feedback, supply, thresholds):
    """The reach of every facility of ``supply`` (layer_io PointArrays) within each of
    ``thresholds`` (COST_UNIT), through the shared cost parameters; see :class:`Reach`."""
    mode = alg.enum_value(parameters, "COST_MODE", context)
    unit = alg.enum_value(parameters, "COST_UNIT", context)
    speed = alg.parameterAsDouble(parameters, "SPEED", context)
    try:
        to_unit = 1.0 if unit == "meters" else kcosts.minutes_per_meter(speed)
        if mode == "straight":  # the distance whose cost (distance x DETOUR) is the threshold
            detour = (alg.parameterAsDouble(parameters, "DETOUR", context) or 1.0) \
                if alg.parameterDefinition("DETOUR") is not None else 1.0
            return Reach(mode, radii=[t / to_unit / detour for t in thresholds])
        if mode != "network":
            raise QgsProcessingException(tr(
                "Catchment areas are drawn from straight lines or a road network: choose one of them in {0}.").format(
                alg.label("COST_MODE")))
        net, respect_oneway, _ = read_network(alg, parameters, context, feedback, supply.crs, speed)
        snap = alg.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
        segments, ok = kreach.service_area_segments(
            net, supply.xy, thresholds, unit=unit, connector_speed_kmh=kcosts.walk_to_street_kmh(speed),
            max_snap_distance=snap, respect_oneway=respect_oneway,
            feedback=params.progress_callback(feedback, 10, 50))
    except InterruptedError:
        raise QgsProcessingException(tr("Canceled by the user.")) from None
    except ValueError as e:
        raise QgsProcessingException(str(e)) from e
    off = np.flatnonzero(~ok)
    near = off[ksnap.snap_points(net, supply.xy[off], snap).near_fragment] if len(off) else off
    warn_off_network(feedback, off, np.full(supply.n, supply.layer_name, dtype=object), supply.fid,
                     snap, "supply", alg.label("SNAP_DISTANCE"), near)
    return Reach(mode, segments=segments, snapped=ok)
