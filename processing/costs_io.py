"""The cost parameters shared by every algorithm that needs demand x facility costs
(caremap:accessibility, caremap:catchments, caremap:siting, caremap:unpaidcare): one set of
stable names (COST_MODE, NETWORK, SPEED, SPEED_FIELD, ONEWAY_FIELD, SPEED_CLASS_FIELD,
SPEED_TABLE, OD_TABLE, OD_*_FIELD, COST_UNIT, DETOUR, SNAP_DISTANCE, SEARCH_LIMIT) with one
meaning, and the one entry point per use of a cost:

- :func:`compute_costs`: demand x facility costs (every COST_MODE), the cost to the nearest
  facility up to the search limit, and the unit and speed they are in;
- :func:`site_costs`: the same for candidate sites (caremap:siting, caremap:unpaidcare);
- :func:`reach_areas`: what each facility reaches within thresholds (caremap:catchments);
- :func:`cost_fields` / :func:`read_cost_minutes`: write a cost with its companion fields
  ``cost_unit`` / ``cost_speed_kmh``, and read any cost field back in minutes.

A new cost mode is added here (and in kernels/), and reaches every algorithm. The costs
themselves are computed by kernels/costs.py and kernels/network.py.
"""
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..kernels import costs as kcosts
from ..kernels import fca_methods as kmethods
from ..kernels import network as knet
from . import layer_io, params
from .base import tr

COST_MODES = ("straight", "network", "table")
COST_UNITS = ("meters", "minutes")
#: the companion fields written beside every cost (docs/architecture.md, Units)
COST_UNIT_FIELD = "cost_unit"
COST_SPEED_FIELD = "cost_speed_kmh"

NUMERIC = QgsProcessingParameterField.DataType.Numeric
ANY_FIELD = QgsProcessingParameterField.DataType.Any
DOUBLE = QgsProcessingParameterNumber.Type.Double


def advanced(param):
    param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return param


# --------------------------------------------------------------------------- shared cost parameters
def add_cost_parameters(alg, demand_param="DEMAND", supply_param="SUPPLY", default_unit="minutes",
                        id_fields=False, search_limit=False):
    """Add the cost parameters of caremap:accessibility (stable names) to ``alg``; with
    ``id_fields`` also DEMAND_ID_FIELD / SUPPLY_ID_FIELD (advanced, for COST_MODE=table)
    on the layers ``demand_param`` / ``supply_param``; with ``search_limit`` also
    SEARCH_LIMIT (advanced), for an algorithm that writes the cost to the nearest facility."""
    if id_fields:
        alg.addParameter(advanced(QgsProcessingParameterField(
            "DEMAND_ID_FIELD", tr("Demand id field (for an OD table)"), parentLayerParameterName=demand_param,
            type=ANY_FIELD, optional=True)))
        alg.addParameter(advanced(QgsProcessingParameterField(
            "SUPPLY_ID_FIELD", tr("Facility id field (for an OD table)"), parentLayerParameterName=supply_param,
            type=ANY_FIELD, optional=True)))
    alg.addParameter(alg.static_enum("COST_MODE", tr("Cost: straight line, road network or OD table"),
                                     COST_MODES, "straight"))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "NETWORK", tr("Road network (lines), for COST_MODE=network"),
        [QgsProcessing.SourceType.TypeVectorLine], optional=True))
    alg.addParameter(QgsProcessingParameterNumber(
        "SPEED", tr("Speed (km/h); walking = 5.04"), DOUBLE, defaultValue=kcosts.WALK_SPEED_KMH, minValue=0.01))
    alg.addParameter(QgsProcessingParameterField(
        "SPEED_FIELD", tr("Speed field of the network (km/h)"), parentLayerParameterName="NETWORK",
        type=NUMERIC, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        "ONEWAY_FIELD", tr("One-way field of the network (1/yes = digitised direction, -1 = reverse)"),
        parentLayerParameterName="NETWORK", type=ANY_FIELD, optional=True, defaultValue="oneway"))
    add_speed_class_parameters(alg)
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "OD_TABLE", tr("Origin-destination cost table, for COST_MODE=table"),
        [QgsProcessing.SourceType.TypeVector], optional=True))
    for name, desc, default in (("OD_ORIGIN_FIELD", tr("OD table: origin (demand id) field"), "origin_id"),
                                ("OD_DEST_FIELD", tr("OD table: destination (facility id) field"), "destination_id"),
                                ("OD_COST_FIELD", tr("OD table: cost field"), "cost")):
        alg.addParameter(QgsProcessingParameterField(
            name, desc, parentLayerParameterName="OD_TABLE", type=ANY_FIELD, optional=True, defaultValue=default))
    alg.addParameter(alg.static_enum("COST_UNIT", tr("Cost unit"), COST_UNITS, default_unit))
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "DETOUR", tr("Straight line: detour factor (network / straight distance)"), DOUBLE,
        defaultValue=1.0, minValue=1.0)))
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "SNAP_DISTANCE", tr("Network: largest distance from a point to the network (m)"), DOUBLE,
        defaultValue=500.0, minValue=0.0)))
    if search_limit:
        alg.addParameter(advanced(QgsProcessingParameterNumber(
            "SEARCH_LIMIT", tr("Search limit of the cost to the nearest facility (in COST_UNIT; 0 = automatic)"),
            DOUBLE, defaultValue=0.0, minValue=0.0)))


def add_speed_class_parameters(alg):
    """Optional per-class speeds (e.g. OSM highway), used where SPEED_FIELD gives none."""
    alg.addParameter(advanced(QgsProcessingParameterField(
        "SPEED_CLASS_FIELD", tr("Road class field of the network (e.g. highway)"),
        parentLayerParameterName="NETWORK", type=ANY_FIELD, optional=True, defaultValue="highway")))
    alg.addParameter(advanced(QgsProcessingParameterString(
        "SPEED_TABLE", tr("Speed per road class, km/h (e.g. 'primary:50,residential:30,footway:5')"),
        optional=True)))


def read_network(alg, parameters, context, feedback, crs, speed):
    """Read NETWORK and build the graph with the speed and one-way parameters.
    Returns ``(Network, respect_oneway)``; one-way is ignored when walking."""
    if parameters.get("NETWORK") in (None, ""):
        raise QgsProcessingException(tr("COST_MODE=network needs a NETWORK line layer."))
    speed_field = alg.parameterAsString(parameters, "SPEED_FIELD", context)
    oneway_field = alg.parameterAsString(parameters, "ONEWAY_FIELD", context)
    class_field = alg.parameterAsString(parameters, "SPEED_CLASS_FIELD", context)
    table_text = (alg.parameterAsString(parameters, "SPEED_TABLE", context) or "").strip()
    if table_text and not class_field:
        raise QgsProcessingException(tr("SPEED_TABLE needs a SPEED_CLASS_FIELD on the network."))
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
        net = knet.build_graph(lines.xy, lines.part_offsets, lines.part_row, speed_kmh_per_row=speeds,
                               oneway_per_row=oneway, default_speed_kmh=speed)
    except ValueError as e:
        raise QgsProcessingException(str(e)) from e
    if net.report.get("rows_default_speed"):
        feedback.pushWarning(tr("{0} road(s) have no valid speed: {1} km/h used.").format(
            net.report["rows_default_speed"], speed))
    feedback.pushInfo(tr("Network {0}: {1} nodes, {2} edges, {3} connected component(s).").format(
        lines.layer_name, net.n_nodes, net.n_edges, net.n_components))
    return net, oneway is not None


@dataclass
class CostResult:
    """What :func:`compute_costs` gives: ``costs`` (a kernels ``Costs`` table of the pairs
    within the limit, or ``AllPairs`` for straight lines without a limit), the ``unit``
    ('minutes' or 'meters') and ``speed_kmh`` they are in (the SPEED used; ``None`` for an
    OD table, whose speed is unknown), and, when asked with ``nearest=True``, the cost to
    the nearest facility and its position in the supply rows up to ``search_limit``
    (NaN / -1 beyond it)."""

    costs: object
    unit: str
    speed_kmh: float | None
    cost_nearest: np.ndarray | None = None
    nearest_idx: np.ndarray | None = None
    search_limit: float | None = None


def compute_costs(alg, parameters, context, feedback, demand, supply, max_cost, demand_rows=None,
                  supply_rows=None, demand_ids=None, supply_ids=None, nearest=False, nearest_supply=None,
                  all_pairs=False):
    """Costs between ``demand`` and ``supply`` (layer_io PointArrays in the same metric
    CRS; ``supply`` may also be an (n, 2) array of site coordinates in that CRS) rows
    ``demand_rows``/``supply_rows`` (default all), within ``max_cost`` in COST_UNIT
    (``None`` = no limit), for every COST_MODE. ``demand_ids``/``supply_ids`` (object
    arrays over those rows) are needed for COST_MODE=table. ``all_pairs``: straight lines
    without a limit are given as ``kernels.costs.AllPairs`` (streamed by the kernels).
    ``nearest``: also the cost to the nearest facility (among ``nearest_supply``, a mask
    over the supply rows; default all) up to the search limit
    (``kernels.costs.search_limit`` of ``max_cost`` and SEARCH_LIMIT), independently of
    ``max_cost``. Returns a :class:`CostResult`; logs what it did."""
    mode = alg.enum_value(parameters, "COST_MODE", context)
    unit = alg.enum_value(parameters, "COST_UNIT", context)
    speed = alg.parameterAsDouble(parameters, "SPEED", context)
    if not speed > 0:
        raise QgsProcessingException(tr("The speed must be more than 0 km/h, got {0}.").format(speed))
    drows = np.arange(demand.n) if demand_rows is None else demand_rows
    supply_xy = supply if isinstance(supply, np.ndarray) else supply.xy
    srows = np.arange(len(supply_xy)) if supply_rows is None else supply_rows
    dxy = demand.xy[drows]
    sxy = supply_xy[srows]
    mask = np.ones(len(srows), dtype=bool) if nearest_supply is None else np.asarray(nearest_supply, dtype=bool)
    limit = None
    if nearest:
        given = alg.parameterAsDouble(parameters, "SEARCH_LIMIT", context) \
            if alg.parameterDefinition("SEARCH_LIMIT") is not None else 0.0
        limit = kcosts.search_limit(max_cost, unit, given)
    out = CostResult(None, unit, None if mode == "table" else speed, search_limit=limit)
    progress = params.progress_callback(feedback, 10, 50)
    try:
        if mode == "straight":
            detour = alg.parameterAsDouble(parameters, "DETOUR", context) or 1.0
            to_unit = 1.0 if unit == "meters" else kcosts.minutes_per_meter(speed)
            if max_cost is None and all_pairs:
                out.costs = kcosts.AllPairs(dxy, sxy, detour, to_unit)
                feedback.pushInfo(tr("Straight-line costs (detour factor {0}, {1} km/h): every pair, no limit.").format(
                    detour, speed))
            else:
                limit_m = None if max_cost is None else max_cost / to_unit
                costs = kcosts.straight_line_costs(dxy, sxy, limit_m, detour=detour, feedback=progress)
                out.costs = kcosts.to_minutes(costs, speed) if unit == "minutes" else costs
                feedback.pushInfo(tr("Straight-line costs (detour factor {0}, {1} km/h): {2} pairs within reach.").format(
                    detour, speed, out.costs.n_pairs))
            if nearest:
                c, i = kcosts.straight_line_nearest(dxy, sxy[mask], None if limit is None else limit / to_unit, detour)
                out.cost_nearest, out.nearest_idx = c * to_unit, _unmask(i, mask)
        elif mode == "network":
            out.costs, net, respect_oneway = _network_costs(alg, parameters, context, feedback, demand, dxy, sxy,
                                                            max_cost, unit, speed, progress)
            if nearest:
                c, i = knet.network_nearest(net, dxy, sxy[mask], limit, unit=unit,
                                            max_snap_distance=alg.parameterAsDouble(parameters, "SNAP_DISTANCE", context),
                                            respect_oneway=respect_oneway)
                out.cost_nearest, out.nearest_idx = c, _unmask(i, mask)
        else:
            every = _table_costs(alg, parameters, context, feedback, demand_ids, supply_ids)
            out.costs = every.within(max_cost)
            feedback.pushInfo(tr("OD table: {0} pairs within reach.").format(out.costs.n_pairs))
            if nearest:
                out.cost_nearest, out.nearest_idx = kmethods.nearest(every.within(limit), mask)
    except InterruptedError:
        raise QgsProcessingException(tr("Canceled by the user.")) from None
    except ValueError as e:
        raise QgsProcessingException(str(e)) from e
    return out


def _unmask(idx, mask):
    """Positions in the masked facilities -> positions in all supply rows (-1 kept)."""
    pos = np.flatnonzero(mask)
    return np.where(idx >= 0, pos[np.maximum(idx, 0)] if len(pos) else -1, -1).astype(np.int64)


def _network_costs(alg, parameters, context, feedback, demand, dxy, sxy, max_cost, unit, speed, progress):
    net, respect_oneway = read_network(alg, parameters, context, feedback, demand.crs, speed)
    snap = alg.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
    costs = knet.network_costs(net, dxy, sxy, max_cost, unit=unit, max_snap_distance=snap,
                               respect_oneway=respect_oneway, feedback=progress, block_bytes=40_000_000)
    rep = costs.report
    if len(rep["unsnapped_demand"]) or len(rep["unsnapped_supply"]):
        feedback.pushWarning(tr(
            "{0} demand point(s) and {1} facilit(y/ies) are farther than {2} m from the network: "
            "they reach nothing.").format(len(rep["unsnapped_demand"]), len(rep["unsnapped_supply"]), snap))
    if net.n_components > 1:
        feedback.pushWarning(tr(
            "The network has {0} disconnected parts: {1} demand point(s) and {2} facilit(y/ies) are "
            "outside the largest one.").format(net.n_components, rep["demand_off_main"], rep["supply_off_main"]))
    feedback.pushInfo(tr("Network costs: {0} pairs within reach.").format(costs.n_pairs))
    return costs, net, respect_oneway

def _table_costs(alg, parameters, context, feedback, demand_ids, supply_ids):
    """Every pair of the OD table (no limit: the caller restricts them)."""
    if parameters.get("OD_TABLE") in (None, ""):
        raise QgsProcessingException(tr("COST_MODE=table needs an OD_TABLE."))
    names = [alg.parameterAsString(parameters, n, context)
             for n in ("OD_ORIGIN_FIELD", "OD_DEST_FIELD", "OD_COST_FIELD")]
    if not all(names):
        raise QgsProcessingException(tr("COST_MODE=table needs OD_ORIGIN_FIELD, OD_DEST_FIELD and OD_COST_FIELD."))
    if demand_ids is None or supply_ids is None:
        raise QgsProcessingException(tr("COST_MODE=table needs DEMAND_ID_FIELD and SUPPLY_ID_FIELD."))
    o, d, c = names
    tab = layer_io.read_table(alg, parameters, "OD_TABLE", context, feedback, numeric=[c], text=[o, d],
                              allow_nulls=True)
    costs = kcosts.od_table_costs(tab.text[o], tab.text[d], tab.numeric[c], demand_ids, supply_ids)
    rep = costs.report
    feedback.pushInfo(tr("OD table {0}: {1} rows.").format(tab.layer_name, rep["rows"]))
    if rep["unknown_origin"] or rep["unknown_dest"] or rep["null_cost"]:
        feedback.pushWarning(tr(
            "OD table: {0} row(s) with an origin not in the demand ids, {1} with a destination not in the "
            "facility ids, {2} with a NULL cost were skipped.").format(
            rep["unknown_origin"], rep["unknown_dest"], rep["null_cost"]))
    return costs


def read_ids(layer, field, rows, label_param):
    """Ids of ``rows`` from a text column; NULL ids are an error."""
    ids = layer.text[field][rows]
    nulls = int(sum(v is None for v in ids))
    if nulls:
        raise QgsProcessingException(tr("Field '{0}' ({1}) of layer {2} has {3} NULL id(s).").format(
            field, label_param, layer.layer_name, nulls))
    return ids


# --------------------------------------------------------------------------- catchments
@dataclass
class Reach:
    """What each facility reaches within each threshold (caremap:catchments), by COST_MODE:
    ``radii`` (metres per threshold, straight line) or ``segments`` (``fac, limit_index, x0,
    y0, x1, y1`` of the street pieces reached, network; limit_index into the ascending
    thresholds) with ``snapped`` (False = facility farther than SNAP_DISTANCE)."""

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
        if mode == "straight":
            return Reach(mode, radii=[t / to_unit for t in thresholds])
        if mode != "network":
            raise QgsProcessingException(tr("Catchment areas need COST_MODE straight or network."))
        net, respect_oneway = read_network(alg, parameters, context, feedback, supply.crs, speed)
        snap = alg.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
        segments, ok = knet.service_area_segments(
            net, supply.xy, thresholds, unit=unit, max_snap_distance=snap, respect_oneway=respect_oneway,
            feedback=params.progress_callback(feedback, 10, 50))
    except InterruptedError:
        raise QgsProcessingException(tr("Canceled by the user.")) from None
    except ValueError as e:
        raise QgsProcessingException(str(e)) from e
    if (~ok).any():
        feedback.pushWarning(tr("{0} facilit(y/ies) of layer {1} are farther than {2} m from the network: "
                                "no catchment.").format(int((~ok).sum()), supply.layer_name, snap))
    return Reach(mode, segments=segments, snapped=ok)


# --------------------------------------------------------------------------- siting, unpaid care
def threshold_in_meters(alg, parameters, context, value):
    """A cost in COST_UNIT as a straight-line distance bound in metres."""
    unit = alg.enum_value(parameters, "COST_UNIT", context)
    if unit == "meters":
        return float(value)
    try:
        return kcosts.minutes_to_meters(value, alg.parameterAsDouble(parameters, "SPEED", context))
    except ValueError as e:
        raise QgsProcessingException(str(e)) from e


def site_costs(alg, parameters, context, feedback, demand, site_xy, max_cost, site_ids=None, sites_label=""):
    """Sparse demand x site costs in COST_UNIT, pairs with cost <= max_cost, through
    :func:`compute_costs` (sites as an (n, 2) array; ``site_ids`` for COST_MODE=table,
    ``sites_label`` names their id fields in the error)."""
    demand_ids = None
    if alg.enum_value(parameters, "COST_MODE", context) == "table":
        did = alg.parameterAsString(parameters, "DEMAND_ID_FIELD", context)
        if not did or site_ids is None:
            raise QgsProcessingException(tr(
                "COST_MODE=table needs DEMAND_ID_FIELD and id fields for the sites {0}.").format(sites_label))
        if did not in demand.text:
            raise QgsProcessingException(tr("DEMAND_ID_FIELD '{0}' was not read from the demand layer.").format(did))
        demand_ids = demand.text[did]
    return compute_costs(alg, parameters, context, feedback, demand, np.asarray(site_xy, float), max_cost,
                         demand_ids=demand_ids, supply_ids=site_ids).costs


def source_given(alg, parameters, name, context):
    """True when the optional source parameter ``name`` was given."""
    return alg.parameterAsSource(parameters, name, context) is not None


def demand_weights(alg, pts, field):
    """Demand weights from ``field`` of ``pts`` (ones when no field); negative values are
    refused (params.check_non_negative)."""
    if not field:
        return np.ones(pts.n)
    w = pts.numeric[field]
    params.check_non_negative(w[np.isfinite(w)], field, pts.layer_name)
    return w


# --------------------------------------------------------------------------- a cost's unit
def cost_fields(result, n):
    """The companion fields of a cost written by an output: ``{cost_unit: ..., cost_speed_kmh:
    ...}`` over ``n`` rows, from a :class:`CostResult` (speed NULL when unknown)."""
    speed = np.nan if result.speed_kmh is None else float(result.speed_kmh)
    return {COST_UNIT_FIELD: np.full(n, result.unit, dtype=object), COST_SPEED_FIELD: np.full(n, speed)}


def cost_companions(source):
    """The companion fields a layer (or feature source) holds, as ``(text, numeric)`` lists
    to add to layer_io's ``read_points(..., numeric=..., text=...)`` before
    :func:`read_cost_minutes`."""
    names = set(source.fields().names())
    return ([COST_UNIT_FIELD] if COST_UNIT_FIELD in names else [],
            [COST_SPEED_FIELD] if COST_SPEED_FIELD in names else [])


def read_cost_minutes(arrays, field, feedback, layer_label=None):
    """The cost column ``field`` of ``arrays`` (layer_io arrays) in minutes.

    How to use it (every consumer of a cost field)::

        text, numeric = costs_io.cost_companions(alg.parameterAsSource(parameters, "UNITS", context))
        units = layer_io.read_points(alg, parameters, "UNITS", context, feedback,
                                     numeric=[cost_field, *numeric], text=text, allow_nulls=True)
        minutes = costs_io.read_cost_minutes(units, cost_field, feedback)

    With the companion field ``cost_unit`` (written by caremap:accessibility beside
    cost_nearest), each row is converted with ``kernels.costs.cost_in_minutes`` at its
    ``cost_speed_kmh``; a row in metres without a speed, or with an unknown unit, raises a
    QgsProcessingException saying what to do. Without ``cost_unit`` the values are taken as
    minutes and the log says so. NULL costs stay NaN. ``layer_label`` overrides the layer
    name used in the messages."""
    label = layer_label or arrays.layer_name
    values = np.asarray(arrays.numeric[field], dtype=np.float64)
    units = arrays.text.get(COST_UNIT_FIELD)
    if units is None:
        if arrays.source is not None and COST_UNIT_FIELD in arrays.source.fields().names():
            raise QgsProcessingException(tr(  # a programming error: the caller did not read it
                "Layer {0} has a '{1}' field that was not read: read it with costs_io.cost_companions.").format(
                label, COST_UNIT_FIELD))
        if feedback is not None:
            feedback.pushInfo(tr("Field '{0}' of layer {1} has no '{2}' field beside it: its values are taken "
                                 "as minutes.").format(field, label, COST_UNIT_FIELD))
        return values.copy()
    speeds = np.asarray(arrays.numeric.get(COST_SPEED_FIELD, np.full(len(values), np.nan)), dtype=np.float64)
    unit = np.array([("" if u is None else str(u)).strip().lower() for u in units], dtype=object)
    has = np.isfinite(values)
    out = np.full(len(values), np.nan)
    bad_unit = has & ~np.isin(unit, kcosts.COST_UNITS)
    if bad_unit.any():
        raise QgsProcessingException(tr(
            "Layer {0}: {1} feature(s) have a cost in '{2}' but '{3}' is '{4}' instead of 'minutes' or 'meters'. "
            "Correct '{3}', or compute the costs again with caremap:accessibility.").format(
            label, int(bad_unit.sum()), field, COST_UNIT_FIELD, unit[np.flatnonzero(bad_unit)[0]]))
    mins = has & (unit == "minutes")
    out[mins] = values[mins]
    met = has & (unit == "meters")
    if met.any():
        no_speed = met & ~(speeds > 0)
        if no_speed.any():
            raise QgsProcessingException(tr(
                "Layer {0}: {1} feature(s) have '{2}' in metres and no speed in '{3}', so it cannot be read as "
                "minutes. Fill '{3}' with the travel speed in km/h, or compute the costs again with the cost "
                "unit in minutes.").format(label, int(no_speed.sum()), field, COST_SPEED_FIELD))
        try:
            out[met] = kcosts.cost_in_minutes(values[met], "meters", speeds[met])
        except ValueError as e:
            raise QgsProcessingException(str(e)) from e
        if feedback is not None:
            feedback.pushInfo(tr("Field '{0}' of layer {1}: {2} cost(s) in metres converted to minutes at "
                                 "their speed ({3}).").format(field, label, int(met.sum()), ", ".join(
                                     f"{s:g} km/h" for s in np.unique(speeds[met])[:5])))
    return out
