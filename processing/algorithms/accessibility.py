"""caremap:accessibility: how much care each place can reach (thin adapter; the formulas
live in kernels/costs.py, kernels/network.py and kernels/fca.py).

The cost parameters (COST_MODE, NETWORK, SPEED, SPEED_FIELD, ONEWAY_FIELD, OD_TABLE,
OD_*_FIELD, COST_UNIT) and :func:`compute_costs` are shared with other algorithms that
need demand x facility costs (e.g. caremap:siting): call :func:`add_cost_parameters` in
``initAlgorithm`` and :func:`compute_costs` in ``processAlgorithm``.
"""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...kernels import costs as kcosts
from ...kernels import fca as kfca
from ...kernels import network as knet
from ...kernels.decay import DECAYS
from .. import layer_io
from ..base import CareMapAlgorithm, tr

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
def add_cost_parameters(alg, demand_param="DEMAND", supply_param="SUPPLY", default_unit="minutes"):
    """Add the cost parameters of caremap:accessibility (stable names) to ``alg``."""
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
    """Costs between ``demand`` and ``supply`` (layer_io PointArrays, same metric CRS) rows
    ``demand_rows``/``supply_rows`` (default all), within ``max_cost`` in COST_UNIT
    (``None`` = no limit). ``demand_ids``/``supply_ids`` (object arrays over those rows) are
    needed for COST_MODE=table. Returns ``(Costs, unit)``; logs what it did."""
    mode = alg.enum_value(parameters, "COST_MODE", context)
    unit = alg.enum_value(parameters, "COST_UNIT", context)
    speed = alg.parameterAsDouble(parameters, "SPEED", context)
    if not speed > 0:
        raise QgsProcessingException(tr("SPEED must be > 0 km/h, got {0}.").format(speed))
    drows = np.arange(demand.n) if demand_rows is None else demand_rows
    srows = np.arange(supply.n) if supply_rows is None else supply_rows
    dxy = demand.xy[drows]
    sxy = supply.xy[srows]
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


# --------------------------------------------------------------------------- the algorithm
class AccessibilityAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "accessibility"
    DISPLAY_NAME = "Accessibility to care"
    GROUP_ID = "access"
    TAGS = "access,accessibility,2sfca,e2sfca,g2sfca,3sfca,floating catchment,gravity,network,travel time"
    HELP = (
        "How much care each demand unit can reach.\n\n"
        "Costs (COST_MODE): 'straight' = straight-line distance (optionally times a detour factor); "
        "'network' = shortest paths on a road line layer (speed from SPEED_FIELD or SPEED, one-way from "
        "ONEWAY_FIELD unless walking; points join their nearest network node with a straight walk); "
        "'table' = an origin-destination table (e.g. from ORS Tools, QNEAT3, r5py, OSRM) joined on "
        "DEMAND_ID_FIELD and SUPPLY_ID_FIELD, in its own unit. COST_UNIT meters or minutes "
        "(minutes = metres / SPEED).\n\n"
        "THRESHOLD: the catchment limit in COST_UNIT, inclusive (0 = no limit, for decaying "
        "methods only).\n\n"
        "METHOD: nearest (cost to the nearest facility; access = decay weight of that cost), "
        "cumulative (capacity within reach), 2sfca (Luo & Wang 2003, with DECAY), e2sfca (zone steps, "
        "default 10/20/30 minutes with weights 1, 0.68, 0.22, or thirds of THRESHOLD in metres; "
        "STEPS overrides, e.g. '10:1,20:0.68,30:0.22'), g2sfca (Gaussian, sigma = DECAY_PARAM, default "
        "THRESHOLD/2), 3sfca (Huff selection weights), m2sfca (decay applied twice), gravity (Hansen "
        "potential with DECAY, e.g. power or exponential).\n\n"
        "DECAY: step, gaussian (sigma), exponential (beta per cost unit), linear (cost of zero weight), "
        "power (beta); DECAY_PARAM 0 = default.\n\n"
        "TARGET_GROUP_FIELD / TARGET_GROUP: use only facilities whose target group matches "
        "(or is 'all').\n\n"
        "Outputs: demand layer with access, access_norm, cost_nearest, n_reachable, covered; supply "
        "layer with catch_demand and ratio (NULL where no demand is in reach)."
    )

    def initAlgorithm(self, config=None):
        pts = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource("DEMAND", self.tr("Demand units (points or polygons)"), pts))
        self.addParameter(QgsProcessingParameterField(
            "DEMAND_FIELD", self.tr("Demand field (people, weighted care demand)"), parentLayerParameterName="DEMAND",
            type=NUMERIC))
        self.addParameter(QgsProcessingParameterField(
            "DEMAND_ID_FIELD", self.tr("Demand id field (for an OD table)"), parentLayerParameterName="DEMAND",
            type=ANY_FIELD, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("SUPPLY", self.tr("Care facilities"), pts))
        self.addParameter(QgsProcessingParameterField(
            "CAPACITY_FIELD", self.tr("Capacity field"), parentLayerParameterName="SUPPLY", type=NUMERIC))
        self.addParameter(QgsProcessingParameterField(
            "SUPPLY_ID_FIELD", self.tr("Facility id field (for an OD table)"), parentLayerParameterName="SUPPLY",
            type=ANY_FIELD, optional=True))
        add_cost_parameters(self)
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Catchment threshold (in COST_UNIT, inclusive; 0 = none)"), DOUBLE,
            defaultValue=15.0, minValue=0.0))
        self.addParameter(self.static_enum("METHOD", self.tr("Method"), kfca.METHODS, "2sfca"))
        self.addParameter(self.static_enum("DECAY", self.tr("Distance decay"), DECAYS, "step"))
        self.addParameter(QgsProcessingParameterNumber(
            "DECAY_PARAM", self.tr("Decay parameter (0 = default)"), DOUBLE, defaultValue=0.0, minValue=0.0,
            optional=True))
        self.addParameter(advanced(QgsProcessingParameterString(
            "STEPS", self.tr("E2SFCA zone steps 'limit:weight,...' (empty = default)"), optional=True)))
        self.addParameter(QgsProcessingParameterField(
            "TARGET_GROUP_FIELD", self.tr("Target group field of the facilities"), parentLayerParameterName="SUPPLY",
            type=ANY_FIELD, optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TARGET_GROUP", self.tr("Target group to measure (e.g. children)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_DEMAND", self.tr("Accessibility (demand)")))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_SUPPLY", self.tr("Catchment ratios (facilities)")))
        self.addOutput(QgsProcessingOutputNumber("SHARE_COVERED", self.tr("Share of demand covered")))
        self.addOutput(QgsProcessingOutputNumber("MEAN_ACCESS", self.tr("Demand-weighted mean access")))

    # ---- parameters ----------------------------------------------------------------
    def _steps(self, parameters, context, unit, threshold):
        text = (self.parameterAsString(parameters, "STEPS", context) or "").strip()
        if text:
            try:
                steps = [tuple(float(x) for x in part.split(":")) for part in text.split(",") if part.strip()]
                if not steps or any(len(s) != 2 for s in steps):
                    raise ValueError
            except ValueError:
                raise QgsProcessingException(self.tr("STEPS must look like '10:1,20:0.68,30:0.22', got '{0}'.").format(text)) from None
            return steps
        if unit == "minutes":
            return None  # kernel default 10/20/30 minutes
        if threshold is None:
            raise QgsProcessingException(self.tr("E2SFCA in metres needs a THRESHOLD or STEPS."))
        return [(threshold / 3, 1.0), (2 * threshold / 3, 0.68), (threshold, 0.22)]

    def processAlgorithm(self, parameters, context, feedback):
        method = self.enum_value(parameters, "METHOD", context)
        decay = self.enum_value(parameters, "DECAY", context)
        unit = self.enum_value(parameters, "COST_UNIT", context)
        threshold = self.parameterAsDouble(parameters, "THRESHOLD", context)
        threshold = threshold if threshold > 0 else None
        decay_param = self.parameterAsDouble(parameters, "DECAY_PARAM", context) or None
        if threshold is None and decay == "step" and method not in ("e2sfca", "g2sfca"):
            raise QgsProcessingException(self.tr(
                "METHOD {0} with step decay needs a THRESHOLD > 0 (only decaying methods run without one).").format(method))
        steps = self._steps(parameters, context, unit, threshold) if method == "e2sfca" else None

        demand_field = self.parameterAsString(parameters, "DEMAND_FIELD", context)
        cap_field = self.parameterAsString(parameters, "CAPACITY_FIELD", context)
        did_field = self.parameterAsString(parameters, "DEMAND_ID_FIELD", context)
        sid_field = self.parameterAsString(parameters, "SUPPLY_ID_FIELD", context)
        tg_field = self.parameterAsString(parameters, "TARGET_GROUP_FIELD", context)
        tg_value = (self.parameterAsString(parameters, "TARGET_GROUP", context) or "").strip()

        demand = layer_io.read_points(self, parameters, "DEMAND", context, feedback, numeric=[demand_field],
                                      text=[did_field] if did_field else [], allow_nulls=True)
        self.check_canceled(feedback)
        supply = layer_io.read_points(self, parameters, "SUPPLY", context, feedback, numeric=[cap_field],
                                      text=[f for f in (sid_field, tg_field) if f], allow_nulls=True,
                                      target_crs=demand.crs)
        self.check_canceled(feedback)
        feedback.setProgress(10)

        P = demand.numeric[demand_field]
        S = supply.numeric[cap_field]
        check_non_negative(P[np.isfinite(P)], demand_field, demand.layer_name)
        check_non_negative(S[np.isfinite(S)], cap_field, supply.layer_name)
        p_null = ~np.isfinite(P)
        if p_null.any():
            feedback.pushWarning(self.tr("{0} demand unit(s) have a NULL '{1}': they get NULL access.").format(
                int(p_null.sum()), demand_field))
        s_use = np.isfinite(S)
        if (~s_use).any():
            feedback.pushWarning(self.tr("{0} facilit(y/ies) have a NULL '{1}': they were left out.").format(
                int((~s_use).sum()), cap_field))
        if tg_value:
            if not tg_field:
                raise QgsProcessingException(self.tr("TARGET_GROUP needs a TARGET_GROUP_FIELD on the facilities."))
            groups = np.array([("" if v is None else v.strip().lower()) for v in supply.text[tg_field]], dtype=object)
            match = (groups == tg_value.lower()) | (groups == "all")
            feedback.pushInfo(self.tr("Target group '{0}': {1} of {2} facilities serve it.").format(
                tg_value, int(match.sum()), supply.n))
            s_use &= match
        srows = np.flatnonzero(s_use)
        if len(srows) == 0:
            raise QgsProcessingException(self.tr("No facility of layer {0} can be used (capacity NULL or target group '{1}' not served).").format(
                supply.layer_name, tg_value))

        demand_ids = read_ids(demand, did_field, np.arange(demand.n), "DEMAND_ID_FIELD") if did_field else None
        supply_ids = read_ids(supply, sid_field, srows, "SUPPLY_ID_FIELD") if sid_field else None
        P0 = np.where(p_null, 0.0, P)
        try:
            if threshold is None and self.enum_value(parameters, "COST_MODE", context) == "straight":
                # no cutoff on straight lines: every pair counts, streamed without a pair table
                speed = self.parameterAsDouble(parameters, "SPEED", context)
                res = kfca.accessibility_all_pairs(
                    demand.xy, supply.xy[srows], P0, S[srows], method, decay, decay_param,
                    detour=self.parameterAsDouble(parameters, "DETOUR", context) or 1.0, steps=steps,
                    cost_scale=1.0 if unit == "meters" else 60.0 / (speed * 1000.0))
            else:
                costs, unit = compute_costs(self, parameters, context, feedback, demand, supply, threshold,
                                            supply_rows=srows, demand_ids=demand_ids, supply_ids=supply_ids)
                self.check_canceled(feedback)
                feedback.setProgress(60)
                res = kfca.accessibility(costs, P0, S[srows], method, decay, decay_param, threshold, steps)
        except ValueError as e:
            raise QgsProcessingException(str(e)) from e
        self.check_canceled(feedback)
        access = np.where(p_null, np.nan, res.access)
        access_norm = np.where(p_null, np.nan, res.access_norm)
        catch = np.full(supply.n, np.nan)
        ratio = np.full(supply.n, np.nan)
        catch[srows] = res.catch_demand
        ratio[srows] = res.ratio

        if res.share_covered == 0:
            feedback.pushWarning(self.tr("No demand unit reaches any facility within the threshold."))
        feedback.pushInfo(self.tr(
            "{0}: {1:.1%} of demand ({2:,.0f} of {3:,.0f}) reaches a facility within {4} {5}; "
            "demand-weighted mean access {6:.6g} per unit of demand (total capacity {7:,.0f}).").format(
            method, res.share_covered if np.isfinite(res.share_covered) else 0.0,
            res.share_covered * res.total_demand if np.isfinite(res.share_covered) else 0.0,
            res.total_demand, threshold if threshold else "∞", unit, res.mean_access, res.total_supply))
        empty = int(np.sum(res.catch_demand == 0))
        if empty:
            feedback.pushInfo(self.tr("{0} facilit(y/ies) have no demand in reach: ratio is NULL.").format(empty))

        dest_d = layer_io.write_with_fields(self, parameters, "OUTPUT_DEMAND", context, feedback, demand, {
            "access": access, "access_norm": access_norm, "cost_nearest": res.cost_nearest,
            "n_reachable": res.n_reachable, "covered": res.covered})
        self.check_canceled(feedback)
        dest_s = layer_io.write_with_fields(self, parameters, "OUTPUT_SUPPLY", context, feedback, supply, {
            "catch_demand": catch, "ratio": ratio})
        feedback.setProgress(100)
        return {"OUTPUT_DEMAND": dest_d, "OUTPUT_SUPPLY": dest_s,
                "SHARE_COVERED": res.share_covered, "MEAN_ACCESS": res.mean_access}
