"""caremap:accessibility: how much care each place can reach (thin adapter; the formulas
live in kernels/costs.py, kernels/network.py and kernels/fca.py; the cost parameters
are the shared ones of processing/costs_io.py)."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...kernels import decay as kdecay
from ...kernels import fca as kfca
from .. import layer_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import ANY_FIELD, DOUBLE, NUMERIC, add_cost_parameters, advanced
from ..costs_io import compute_costs, cost_fields, origin_fields, origin_of, read_ids
from ..network_io import snap_fields
from ..params import check_non_negative, warn_study_edge


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
        "ONEWAY_FIELD unless walking; points join the nearest point of the nearest street of a part of the "
        "network large enough to matter, within SNAP_DISTANCE, with a straight walk); "
        "'table' = an origin-destination table (e.g. from ORS Tools, QNEAT3, r5py, OSRM) joined on "
        "DEMAND_ID_FIELD and SUPPLY_ID_FIELD, in its own unit. COST_UNIT meters or minutes "
        "(minutes = metres / SPEED).\n\n"
        "THRESHOLD: the catchment limit in COST_UNIT, inclusive (0 = no limit, for decaying "
        "methods only). A facility with capacity 0 offers no place: it covers nobody.\n\n"
        "cost_nearest is the cost to the nearest facility (with capacity > 0) whether or not it is "
        "within THRESHOLD, searched up to SEARCH_LIMIT (advanced; 0 = automatic: the larger of 4 x "
        "THRESHOLD and 60 minutes or 5,000 m); it is NULL only where no facility is within the search "
        "limit. n_reachable and covered stay within THRESHOLD. The fields cost_unit ('minutes' or "
        "'meters') and cost_speed_kmh (the SPEED used; NULL for an OD table) say what cost_nearest is in.\n\n"
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
        "Outputs: demand layer with access, access_norm, cost_nearest, cost_unit, cost_speed_kmh, "
        "n_reachable, covered; supply layer with catch_demand and ratio (NULL where no demand is in "
        "reach). With COST_MODE=network both layers also get snapped_m (metres from the point to the "
        "network; NULL when off it) and off_network (1 = farther than SNAP_DISTANCE from every part of the "
        "network large enough to join: it reaches nothing by road). "
        "With no demand at all SHARE_COVERED and MEAN_ACCESS are empty (None), with a warning.\n\n"
        "Edge of the study area: where the facilities stop less than the threshold's straight-line reach "
        "(THRESHOLD in metres, or minutes x SPEED, divided by DETOUR for straight lines) beyond the units' "
        "extent on a side, a warning counts the units (and their demand) within that reach of the side: "
        "facilities just outside the area may be missing, so those units may look worse served than they are."
    )

    PARAM_HELP = {
        "DEMAND": QT_TRANSLATE_NOOP("CareMap", "Layer of demand units, points or polygons (polygons are taken at their centroid), e.g. census blocks or grid cells with their population. Typical: the output of caremap:caredemand."),
        "DEMAND_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field of DEMAND with the people (or weighted care demand) who need the service. Typical: children 0-5, or care_demand from caremap:caredemand."),
        "SUPPLY": QT_TRANSLATE_NOOP("CareMap", "Layer of care facilities, points or polygons. Typical: the output of caremap:supplyinventory."),
        "CAPACITY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field of SUPPLY with the places each facility offers. Typical: capacity_fde from caremap:supplyinventory."),
        "THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "Catchment limit in COST_UNIT, inclusive: facilities farther than this are out of reach (0 = no limit, only for decaying methods). Typical: 15 minutes for walking to childcare."),
        "METHOD": QT_TRANSLATE_NOOP("CareMap", "Accessibility measure: nearest, cumulative, 2sfca, e2sfca, g2sfca, 3sfca, m2sfca or gravity (see the algorithm help). Typical: 2sfca (places per person within THRESHOLD)."),
        "DECAY": QT_TRANSLATE_NOOP("CareMap", "How the weight of a facility falls with cost: step, gaussian, exponential, linear or power. Typical: step for 2sfca, power or exponential for gravity."),
        "DECAY_PARAM": QT_TRANSLATE_NOOP("CareMap", "Parameter of DECAY: sigma for gaussian, beta per cost unit for exponential, cost of zero weight for linear, beta for power; 0 = the default (e.g. sigma = THRESHOLD/2). Typical: 0."),
        "STEPS": QT_TRANSLATE_NOOP("CareMap", "For e2sfca, the zones as limit:weight items separated by commas, limits in COST_UNIT; empty = 10/20/30 minutes with weights 1, 0.68, 0.22. Typical: '10:1,20:0.68,30:0.22'."),
        "TARGET_GROUP_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field of SUPPLY naming the group each facility serves; used with TARGET_GROUP. Typical: target_group from caremap:supplyinventory."),
        "TARGET_GROUP": QT_TRANSLATE_NOOP("CareMap", "Only facilities whose TARGET_GROUP_FIELD equals this value (or 'all') are counted; empty = all facilities. Typical: children, or older."),
        "SEARCH_LIMIT": QT_TRANSLATE_NOOP("CareMap", "How far, in COST_UNIT, the cost to the nearest facility (cost_nearest) is searched beyond THRESHOLD; units with no facility within it get NULL. 0 = automatic: the larger of 4 x THRESHOLD and 60 minutes (5,000 m in metres). Typical: 0."),
        "OUTPUT_DEMAND": QT_TRANSLATE_NOOP("CareMap", "The demand units with the new fields access, access_norm, cost_nearest (to the nearest facility, up to SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable and covered; with network costs also snapped_m and off_network."),
        "OUTPUT_SUPPLY": QT_TRANSLATE_NOOP("CareMap", "The facilities with catch_demand (demand within reach) and ratio (places per person; NULL where no demand is in reach); with network costs also snapped_m and off_network."),
        "SHARE_COVERED": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the demand in covered units (at least one facility within THRESHOLD); None when there is no demand."),
        "MEAN_ACCESS": QT_TRANSLATE_NOOP("CareMap", "Mean of access over the units, weighted by their demand (places per person for the floating-catchment methods); None when there is no demand."),
    }

    def initAlgorithm(self, config=None):
        pts = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource("DEMAND", self.tr("Demand units (points or polygons)"), pts))
        self.addParameter(QgsProcessingParameterField(
            "DEMAND_FIELD", self.tr("Demand field (people, weighted care demand)"), parentLayerParameterName="DEMAND",
            type=NUMERIC, defaultValue="care_demand"))
        self.addParameter(QgsProcessingParameterField(
            "DEMAND_ID_FIELD", self.tr("Demand id field (for an OD table)"), parentLayerParameterName="DEMAND",
            type=ANY_FIELD, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("SUPPLY", self.tr("Care facilities"), pts))
        self.addParameter(QgsProcessingParameterField(
            "CAPACITY_FIELD", self.tr("Capacity field"), parentLayerParameterName="SUPPLY", type=NUMERIC,
            defaultValue="capacity_fde"))
        self.addParameter(QgsProcessingParameterField(
            "SUPPLY_ID_FIELD", self.tr("Facility id field (for an OD table)"), parentLayerParameterName="SUPPLY",
            type=ANY_FIELD, optional=True))
        add_cost_parameters(self, search_limit=True)
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Catchment threshold (in the cost unit, inclusive; 0 = none)"), DOUBLE,
            defaultValue=15.0, minValue=0.0))
        self.addParameter(self.static_enum("METHOD", self.tr("Method"), kfca.METHODS, "2sfca"))
        self.addParameter(self.static_enum("DECAY", self.tr("Distance decay"), kdecay.DECAYS, "step"))
        self.addParameter(QgsProcessingParameterNumber(
            "DECAY_PARAM", self.tr("Decay parameter (0 = default)"), DOUBLE, defaultValue=0.0, minValue=0.0,
            optional=True))
        self.addParameter(advanced(QgsProcessingParameterString(
            "STEPS", self.tr("E2SFCA zone steps 'limit:weight,...' (empty = default)"), optional=True)))
        self.addParameter(QgsProcessingParameterField(
            "TARGET_GROUP_FIELD", self.tr("Target group field of the facilities"), parentLayerParameterName="SUPPLY",
            type=ANY_FIELD, optional=True, defaultValue="target_group"))
        self.addParameter(QgsProcessingParameterString(
            "TARGET_GROUP", self.tr("Target group to measure (e.g. children)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_DEMAND", self.tr("Accessibility (demand)")))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_SUPPLY", self.tr("Catchment ratios (facilities)")))
        self.addOutput(QgsProcessingOutputNumber("SHARE_COVERED", self.tr("Share of demand covered")))
        self.addOutput(QgsProcessingOutputNumber("MEAN_ACCESS", self.tr("Demand-weighted mean access")))

    # ---- parameters ----------------------------------------------------------------
    def _steps(self, parameters, context, unit, threshold):
        try:
            steps = kdecay.parse_zone_steps(self.parameterAsString(parameters, "STEPS", context))
            return steps or kdecay.default_zone_steps(unit, threshold)
        except ValueError as e:
            raise QgsProcessingException(self.tr(
                "E2SFCA zone steps: {0}. Give the zone steps as 'limit:weight,...' (e.g. '10:1,20:0.68,30:0.22') "
                "or a catchment threshold.").format(e)) from None

    def processAlgorithm(self, parameters, context, feedback):
        method = self.enum_value(parameters, "METHOD", context)
        decay = self.enum_value(parameters, "DECAY", context)
        unit = self.enum_value(parameters, "COST_UNIT", context)
        threshold = self.parameterAsDouble(parameters, "THRESHOLD", context)
        threshold = threshold if threshold > 0 else None
        decay_param = self.parameterAsDouble(parameters, "DECAY_PARAM", context) or None
        if threshold is None and decay == "step" and method not in ("e2sfca", "g2sfca"):
            raise QgsProcessingException(self.tr(
                "The {0} method with step decay needs a catchment threshold above 0 (only a decaying weight works "
                "without one): set {1}, e.g. 15 minutes, or choose another {2}.").format(
                method, self.label("THRESHOLD"), self.label("DECAY")))
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
        origin_text, origin_numeric = origin_fields(self.parameterAsSource(parameters, "SUPPLY", context))
        supply = layer_io.read_points(self, parameters, "SUPPLY", context, feedback, numeric=[cap_field, *origin_numeric],
                                      text=[f for f in (sid_field, tg_field) if f] + origin_text, allow_nulls=True,
                                      target_crs=demand.crs)
        self.check_canceled(feedback)
        feedback.setProgress(10)

        P = demand.numeric[demand_field]
        S = supply.numeric[cap_field]
        check_non_negative(P[np.isfinite(P)], demand_field, demand.layer_name)
        check_non_negative(S[np.isfinite(S)], cap_field, supply.layer_name)
        p_null = ~np.isfinite(P)
        if p_null.any():
            feedback.pushWarning(self.tr("{0} unit(s) of layer {1} have a NULL '{2}': they get NULL access and are "
                                         "left out of the totals.").format(int(p_null.sum()), demand.layer_name,
                                                                           demand_field))
        s_use = np.isfinite(S)
        if (~s_use).any():
            feedback.pushWarning(self.tr("{0} facilit(y/ies) of layer {1} have a NULL '{2}': they were left "
                                         "out.").format(int((~s_use).sum()), supply.layer_name, cap_field))
        if tg_value:
            if not tg_field:
                raise QgsProcessingException(self.tr(
                    "To measure the target group '{0}', choose the field of layer {1} that holds each facility's "
                    "target group in {2}.").format(tg_value, supply.layer_name, self.label("TARGET_GROUP_FIELD")))
            groups = np.array([("" if v is None else v.strip().lower()) for v in supply.text[tg_field]], dtype=object)
            match = (groups == tg_value.lower()) | (groups == "all")
            feedback.pushInfo(self.tr("Target group '{0}': {1} of {2} facilities serve it.").format(
                tg_value, int(match.sum()), supply.n))
            s_use &= match
        srows = np.flatnonzero(s_use)
        if len(srows) == 0:
            raise QgsProcessingException(self.tr("No facility of layer {0} can be used (capacity NULL or target group '{1}' not served).").format(
                supply.layer_name, tg_value))

        demand_ids = read_ids(demand, did_field, np.arange(demand.n), self.label("DEMAND_ID_FIELD")) if did_field else None
        supply_ids = read_ids(supply, sid_field, srows, self.label("SUPPLY_ID_FIELD")) if sid_field else None
        P0 = np.where(p_null, 0.0, P)
        S0 = S[srows]
        if not (P0 > 0).any():
            feedback.pushWarning(self.tr(
                "No demand: every value of '{0}' in layer {1} is 0 or NULL, so the share covered and the mean "
                "access have no meaning (left empty).").format(demand_field, demand.layer_name))
        if not (S0 > 0).any():
            feedback.pushWarning(self.tr(
                "No capacity: every facility of layer {0} has 0 in '{1}', so no unit is covered and access "
                "is 0.").format(supply.layer_name, cap_field))
        elif (S0 == 0).any():
            feedback.pushInfo(self.tr(
                "{0} facilit(y/ies) of layer {1} have capacity 0: they offer no place and cover nobody.").format(
                int((S0 == 0).sum()), supply.layer_name))
        cost = compute_costs(self, parameters, context, feedback, demand, supply, threshold, supply_rows=srows,
                             demand_ids=demand_ids, supply_ids=supply_ids, nearest=True, nearest_supply=S0 > 0,
                             all_pairs=True, demand_id_field=did_field,
                             supply_origin=origin_of(supply, sid_field, self.label("SUPPLY_ID_FIELD")))
        self.check_canceled(feedback)
        feedback.setProgress(60)
        try:
            res = kfca.accessibility(cost.costs, P0, S0, method, decay, decay_param, threshold, steps)
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
        if res.share_covered is not None:
            feedback.pushInfo(self.tr(
                "{0}: {1:.1%} of demand ({2:,.0f} of {3:,.0f}) reaches a facility within {4} {5}; "
                "demand-weighted mean access {6:.6g} per unit of demand (total capacity {7:,.0f}).").format(
                method, res.share_covered, res.share_covered * res.total_demand, res.total_demand,
                threshold if threshold else "∞", cost.unit, res.mean_access, res.total_supply))
        far = np.isnan(cost.cost_nearest) & ~p_null
        if far.any() and cost.search_limit is not None:
            feedback.pushInfo(self.tr(
                "{0} demand unit(s) have no facility within the search limit ({1:g} {2}): cost_nearest is NULL.").format(
                int(far.sum()), cost.search_limit, cost.unit))
        warn_study_edge(self, parameters, context, feedback, demand, (supply, srows[S0 > 0]), P0, threshold,
                        cost.unit, cost.speed_kmh)
        empty = int(np.sum(res.catch_demand == 0))
        if empty:
            feedback.pushInfo(self.tr("{0} facilit(y/ies) have no demand in reach: ratio is NULL.").format(empty))

        dest_d = layer_io.write_with_fields(self, parameters, "OUTPUT_DEMAND", context, feedback, demand, {
            "access": access, "access_norm": access_norm, "cost_nearest": cost.cost_nearest,
            **cost_fields(cost, demand.n), "n_reachable": res.n_reachable, "covered": res.covered,
            **(snap_fields(cost.demand_snap_m) if cost.demand_snap_m is not None else {})})
        self.check_canceled(feedback)
        dest_s = layer_io.write_with_fields(self, parameters, "OUTPUT_SUPPLY", context, feedback, supply, {
            "catch_demand": catch, "ratio": ratio,
            **(snap_fields(cost.supply_snap_m) if cost.supply_snap_m is not None else {})})
        feedback.setProgress(100)
        return {"OUTPUT_DEMAND": dest_d, "OUTPUT_SUPPLY": dest_s,
                "SHARE_COVERED": self.figure(res.share_covered), "MEAN_ACCESS": self.figure(res.mean_access)}
