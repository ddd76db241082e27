"""The cost parameters shared by every algorithm that needs demand x facility costs
(caremap:accessibility, caremap:catchments, caremap:siting, caremap:unpaidcare): one set of
stable names (COST_MODE, NETWORK, SPEED, SPEED_FIELD, ONEWAY_FIELD, SPEED_CLASS_FIELD,
SPEED_TABLE, OD_TABLE, OD_*_FIELD, COST_UNIT, DETOUR, SNAP_DISTANCE) with one meaning.

Call :func:`add_cost_parameters` in ``initAlgorithm`` and :func:`compute_costs` in
``processAlgorithm``. The costs themselves are computed by kernels/costs.py and
kernels/network.py.
"""
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
from ..kernels import network as knet
from . import layer_io
from .base import tr

COST_MODES = ("straight", "network", "table")
COST_UNITS = ("meters", "minutes")
WALK_MAX_KMH = 6.0  # at or below this speed (and no speed field) the network is walked: one-way ignored
ONEWAY_FORWARD = {"1", "yes", "y", "true", "t", "ft", "forward", "oneway"}
ONEWAY_BACKWARD = {"-1", "reverse", "backward", "tf", "back"}

NUMERIC = QgsProcessingParameterField.DataType.Numeric
ANY_FIELD = QgsProcessingParameterField.DataType.Any
DOUBLE = QgsProcessingParameterNumber.Type.Double


def advanced(param):
    param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return param


# --------------------------------------------------------------------------- shared cost parameters
def add_cost_parameters(alg, demand_param="DEMAND", supply_param="SUPPLY", default_unit="minutes",
                        id_fields=False):
    """Add the cost parameters of caremap:accessibility (stable names) to ``alg``; with
    ``id_fields`` also DEMAND_ID_FIELD / SUPPLY_ID_FIELD (advanced, for COST_MODE=table)
    on the layers ``demand_param`` / ``supply_param``."""
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
        parentLayerParameterName="NETWORK", type=ANY_FIELD, optional=True))
    add_speed_class_parameters(alg)
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "OD_TABLE", tr("Origin-destination cost table, for COST_MODE=table"),
        [QgsProcessing.SourceType.TypeVector], optional=True))
    for name, desc in (("OD_ORIGIN_FIELD", tr("OD table: origin (demand id) field")),
                       ("OD_DEST_FIELD", tr("OD table: destination (facility id) field")),
                       ("OD_COST_FIELD", tr("OD table: cost field"))):
        alg.addParameter(QgsProcessingParameterField(
            name, desc, parentLayerParameterName="OD_TABLE", type=ANY_FIELD, optional=True))
    alg.addParameter(alg.static_enum("COST_UNIT", tr("Cost unit"), COST_UNITS, default_unit))
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "DETOUR", tr("Straight line: detour factor (network / straight distance)"), DOUBLE,
        defaultValue=1.0, minValue=1.0)))
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "SNAP_DISTANCE", tr("Network: largest distance from a point to the network (m)"), DOUBLE,
        defaultValue=500.0, minValue=0.0)))


def add_speed_class_parameters(alg):
    """Optional per-class speeds (e.g. OSM highway), used where SPEED_FIELD gives none."""
    alg.addParameter(advanced(QgsProcessingParameterField(
        "SPEED_CLASS_FIELD", tr("Road class field of the network (e.g. highway)"),
        parentLayerParameterName="NETWORK", type=ANY_FIELD, optional=True)))
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
        walking = speeds is None and speed <= WALK_MAX_KMH
        oneway = None
        if oneway_field:
            if walking:
                feedback.pushInfo(tr("Walking speed: one-way field '{0}' ignored.").format(oneway_field))
            else:
                oneway = parse_oneway(lines.text[oneway_field])
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


def parse_oneway(values):
    """One-way codes from a text/number column: 1 forward, -1 backward, 0 both."""
    out = np.zeros(len(values), dtype=np.int8)
    for k, v in enumerate(values):  # per road feature, not per pair
        s = "" if v is None else str(v).strip().lower()
        if s in ONEWAY_FORWARD:
            out[k] = 1
        elif s in ONEWAY_BACKWARD:
            out[k] = -1
    return out


def _progress_callback(feedback, start, span):
    def cb(fraction):
        if feedback is None:
            return False
        feedback.setProgress(start + span * fraction)
        return feedback.isCanceled()
    return cb


def compute_costs(alg, parameters, context, feedback, demand, supply, max_cost, demand_rows=None,
                  supply_rows=None, demand_ids=None, supply_ids=None):
    """Costs between ``demand`` and ``supply`` (layer_io PointArrays in the same metric
    CRS; ``supply`` may also be an (n, 2) array of site coordinates in that CRS) rows
    ``demand_rows``/``supply_rows`` (default all), within ``max_cost`` in COST_UNIT
    (``None`` = no limit). ``demand_ids``/``supply_ids`` (object arrays over those rows) are
    needed for COST_MODE=table. Returns ``(Costs, unit)``; logs what it did."""
    mode = alg.enum_value(parameters, "COST_MODE", context)
    unit = alg.enum_value(parameters, "COST_UNIT", context)
    speed = alg.parameterAsDouble(parameters, "SPEED", context)
    if not speed > 0:
        raise QgsProcessingException(tr("SPEED must be > 0 km/h, got {0}.").format(speed))
    drows = np.arange(demand.n) if demand_rows is None else demand_rows
    supply_xy = supply if isinstance(supply, np.ndarray) else supply.xy
    srows = np.arange(len(supply_xy)) if supply_rows is None else supply_rows
    dxy = demand.xy[drows]
    sxy = supply_xy[srows]
    try:
        if mode == "straight":
            detour = alg.parameterAsDouble(parameters, "DETOUR", context) or 1.0
            limit_m = None
            if max_cost is not None:
                limit_m = max_cost if unit == "meters" else kcosts.minutes_to_meters(max_cost, speed)
            costs = kcosts.straight_line_costs(dxy, sxy, limit_m, detour=detour,
                                               feedback=_progress_callback(feedback, 10, 50))
            if unit == "minutes":
                costs = kcosts.to_minutes(costs, speed)
            feedback.pushInfo(tr("Straight-line costs (detour factor {0}, {1} km/h): {2} pairs within reach.").format(
                detour, speed, costs.n_pairs))
        elif mode == "network":
            costs = _network_costs(alg, parameters, context, feedback, demand, dxy, sxy, max_cost, unit, speed)
        else:
            costs = _table_costs(alg, parameters, context, feedback, demand_ids, supply_ids, max_cost)
    except InterruptedError:
        raise QgsProcessingException(tr("Canceled by the user.")) from None
    except ValueError as e:
        raise QgsProcessingException(str(e)) from e
    return costs, unit


def _network_costs(alg, parameters, context, feedback, demand, dxy, sxy, max_cost, unit, speed):
    net, respect_oneway = read_network(alg, parameters, context, feedback, demand.crs, speed)
    snap = alg.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
    costs = knet.network_costs(net, dxy, sxy, max_cost, unit=unit, max_snap_distance=snap,
                               respect_oneway=respect_oneway,
                               feedback=_progress_callback(feedback, 10, 50), block_bytes=40_000_000)
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
    return costs


def _table_costs(alg, parameters, context, feedback, demand_ids, supply_ids, max_cost):
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
    costs = kcosts.od_table_costs(tab.text[o], tab.text[d], tab.numeric[c], demand_ids, supply_ids, max_cost)
    rep = costs.report
    feedback.pushInfo(tr("OD table {0}: {1} rows, {2} pairs within reach.").format(tab.layer_name, rep["rows"], costs.n_pairs))
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


def check_non_negative(values, field, label):
    bad = np.flatnonzero(values < 0)
    if len(bad):
        raise QgsProcessingException(tr(
            "Field '{0}' of layer {1} has {2} negative value(s) (e.g. {3}); demand and capacity must be >= 0.").format(
            field, label, len(bad), values[bad[0]]))
