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

from ...kernels import costs as kcosts
from ...kernels import decay as kdecay
from ...kernels import fca as kfca
from ...kernels import opening_hours as kopen
from .. import layer_io, transit_io
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
        "Which places can reach enough care, and which cannot? For each demand unit (a block, a grid cell) "
        "it measures the care places within reach, shared with everyone else who can reach the same "
        "facilities, and the travel to the nearest facility.\n\n"
        "How to read the results:\n"
        "- Accessibility (demand): access = places per person within reach with the two-step floating "
        "catchment method (2SFCA; other methods give their own measure); access_norm = access divided by "
        "the demand-weighted mean (1 = average, below 1 = worse served); cost_nearest = travel to the "
        "nearest facility with places, even beyond the threshold, in cost_unit (minutes or meters; "
        "cost_speed_kmh is the speed used); n_reachable = facilities within the threshold; covered = 1 when "
        "at least one is within it, else 0.\n"
        "- Catchment ratios (facilities): catch_demand = the people within each facility's reach; ratio = "
        "its places per person (NULL when nobody is in reach).\n"
        "- With road network costs, both layers also get snapped_m (metres from the point to the road "
        "network) and off_network (1 = too far from the network: it reaches nothing by road).\n"
        "- With time windows (e.g. a caregivers' evening, Monday to Friday 17:00-20:00), the demand layer also "
        "gets, for each window label, access_<label> = access counting each facility's places times the share "
        "of the window's minutes (over one week) in which it is open, and covered_<label> = 1 when a facility "
        "open at some time in the window is within reach. access and cost_nearest keep their all-hours "
        "meaning.\n"
        "- Figures: the share of demand covered and the demand-weighted mean access.\n\n"
        "Example: in the demo city, children 0-5 walking 10 minutes along the streets at 5.04 km/h with "
        "2SFCA: 90% of the children have at least one childcare facility within reach, and the mean access "
        "is 0.20 places per child (one full-day place for five children); the median cost_nearest is 6.0 "
        "minutes. By hand: block A (100 children) reaches facility X (60 places), block B (200 children) "
        "reaches X and Y (30 places), block C (50) reaches only Y. X's 60 places are shared by 300 children "
        "(0.20 each), Y's 30 by 250 (0.12 each): access is 0.20 in A, 0.32 in B, 0.12 in C. With the window "
        "'evening=Mo-Fr 17:00-20:00', a facility open 'Mo-Fr 08:00-18:00' is open one hour of the three: it "
        "counts a third of its places in access_evening.\n\n"
        "Good to know:\n"
        "- A facility with 0 places covers nobody; a unit with a NULL demand gets NULL access and is left out "
        "of the figures (a warning counts them).\n"
        "- Edge of the study area: when the facilities stop short of the units' extent on a side (less "
        "than the distance the threshold can cover), a warning counts the units near that side: "
        "facilities just outside the area may be missing, so those units may look worse served than they "
        "are.\n"
        "- 'Target group' keeps only the facilities that serve it (or 'all'), read from the facilities' "
        "target group field.\n"
        "- Opening hours are read in OpenStreetMap's common form (e.g. 'Mo-Fr 08:00-12:00,14:00-18:00; Sa "
        "08:00-12:00'); an empty value means always open. Hours CareMap does not understand (e.g. 'sunrise-sunset', "
        "months, 'by appointment') are counted in a warning that quotes them, and that facility is left out "
        "of the time-window fields (it still counts at all hours). Public holiday rules are ignored.\n"
        "- Methods other than 2SFCA (nearest, cumulative places, enhanced, Gaussian, three-step, modified "
        "2SFCA, gravity) and the decay functions are in the methods page."
    )

    PARAM_HELP = {
        "DEMAND": QT_TRANSLATE_NOOP("CareMap", "Layer of demand units, points or polygons (polygons are taken at their centroid), e.g. census blocks or grid cells with the people who need care. Typical: the output of CareMap's care demand (Madrid scale)."),
        "DEMAND_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field of the demand units with the people (or the weighted care demand) who need the service. Typical: children 0-5, or care_demand from CareMap's care demand."),
        "SUPPLY": QT_TRANSLATE_NOOP("CareMap", "Layer of care facilities, points or polygons. Typical: the output of CareMap's supply inventory."),
        "CAPACITY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field of the care facilities with the places each one offers. Typical: capacity_fde from CareMap's supply inventory."),
        "TARGET_GROUP": QT_TRANSLATE_NOOP("CareMap", "Only facilities that serve this group (or 'all') are counted, read from the facilities' target group field; empty = every facility. Typical: children, or older."),
        "TARGET_GROUP_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field of the care facilities naming the group each facility serves; used with 'Target group'. Typical: target_group from CareMap's supply inventory."),
        "THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "How far people go to a facility, in the cost unit, inclusive: facilities farther away are out of reach (0 = no limit, only for a decaying weight). Typical: 10 minutes walking to childcare."),
        "METHOD": QT_TRANSLATE_NOOP("CareMap", "The accessibility measure: the two-step floating catchment (2SFCA: places per person within reach, shared among everyone who reaches them), its enhanced, Gaussian, three-step and modified variants, the cost to the nearest facility, the places within reach (cumulative) or the gravity potential. Typical: 2SFCA."),
        "DECAY": QT_TRANSLATE_NOOP("CareMap", "How the weight of a facility falls with travel: step (1 inside the threshold), gaussian, exponential, linear or power. Typical: step for 2SFCA; power or exponential for gravity."),
        "DECAY_PARAM": QT_TRANSLATE_NOOP("CareMap", "Parameter of the distance decay: sigma for gaussian, beta per cost unit for exponential, the cost of zero weight for linear, beta for power; 0 = the default (e.g. sigma = half the threshold). Typical: 0."),
        "STEPS": QT_TRANSLATE_NOOP("CareMap", "For the enhanced 2SFCA, the travel zones as limit:weight items separated by commas, limits in the cost unit; empty = 10/20/30 minutes with weights 1, 0.68, 0.22 (thirds of the threshold in metres). Typical: '10:1,20:0.68,30:0.22'."),
        "OPENING_HOURS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional text field of the care facilities with their opening hours in OpenStreetMap's form, e.g. 'Mo-Fr 08:00-17:00' or 'Mo-Fr 07:30-12:00,14:00-18:00; Sa 08:00-12:00'; an empty value = always open; used with 'Time windows'. Typical: opening_hours (as OpenStreetMap names it)."),
        "TIME_WINDOWS": QT_TRANSLATE_NOOP("CareMap", "Optional times of the week when care is needed, as label=hours items separated by '|', the hours in the form of opening hours; each label (letters, digits, '_') names two new fields of the demand layer, access_<label> and covered_<label>. Typical: 'morning=Mo-Fr 06:00-08:00|evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00'."),
        "OUTPUT_DEMAND": QT_TRANSLATE_NOOP("CareMap", "The demand units with the new fields access, access_norm, cost_nearest (to the nearest facility, up to the search limit), cost_unit, cost_speed_kmh, n_reachable and covered; with road network costs also snapped_m and off_network; with time windows also access_<label> and covered_<label> per window."),
        "OUTPUT_SUPPLY": QT_TRANSLATE_NOOP("CareMap", "The facilities with catch_demand (demand within reach) and ratio (places per person; NULL where no demand is in reach); with road network costs also snapped_m and off_network."),
        "SHARE_COVERED": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the demand in covered units (at least one facility within the threshold); None when there is no demand."),
        "MEAN_ACCESS": QT_TRANSLATE_NOOP("CareMap", "Mean of access over the units, weighted by their demand (places per person for the floating-catchment methods); None when there is no demand."),
    }

    def initAlgorithm(self, config=None):
        pts = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
        # what: the demand and the facilities; who: the target group; how far: the
        # threshold; how: the method and the costs (the rest is advanced)
        self.addParameter(QgsProcessingParameterFeatureSource("DEMAND", self.tr("Demand units (points or polygons)"), pts))
        self.addParameter(QgsProcessingParameterField(
            "DEMAND_FIELD", self.tr("Demand field (people, weighted care demand)"), parentLayerParameterName="DEMAND",
            type=NUMERIC, defaultValue="care_demand"))
        self.addParameter(QgsProcessingParameterFeatureSource("SUPPLY", self.tr("Care facilities"), pts))
        self.addParameter(QgsProcessingParameterField(
            "CAPACITY_FIELD", self.tr("Capacity field (places)"), parentLayerParameterName="SUPPLY", type=NUMERIC,
            defaultValue="capacity_fde"))
        self.addParameter(QgsProcessingParameterString(
            "TARGET_GROUP", self.tr("Target group (e.g. children; empty = every facility)"), optional=True))
        self.addParameter(advanced(QgsProcessingParameterField(
            "TARGET_GROUP_FIELD", self.tr("Target group field of the facilities"), parentLayerParameterName="SUPPLY",
            type=ANY_FIELD, optional=True, defaultValue="target_group")))
        self.addParameter(advanced(QgsProcessingParameterField(
            "OPENING_HOURS_FIELD", self.tr("Opening hours field of the facilities"), parentLayerParameterName="SUPPLY",
            type=ANY_FIELD, optional=True, defaultValue="opening_hours")))
        self.addParameter(advanced(QgsProcessingParameterString(
            "TIME_WINDOWS", self.tr("Time windows 'label=hours|label=hours' (empty = none)"), optional=True)))
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Catchment threshold (in the cost unit, inclusive; 0 = none)"), DOUBLE,
            defaultValue=kcosts.DEFAULT_THRESHOLD_MINUTES, minValue=0.0))
        self.addParameter(self.static_enum("METHOD", self.tr("Method"), kfca.METHODS, "2sfca"))
        self.addParameter(advanced(self.static_enum("DECAY", self.tr("Distance decay"), kdecay.DECAYS, "step")))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "DECAY_PARAM", self.tr("Decay parameter (0 = default)"), DOUBLE, defaultValue=0.0, minValue=0.0,
            optional=True)))
        self.addParameter(advanced(QgsProcessingParameterString(
            "STEPS", self.tr("Enhanced 2SFCA: travel zones 'limit:weight,...' (empty = default)"), optional=True)))
        add_cost_parameters(self, id_fields=True, search_limit=True)
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
                "{0}: {1}. Give the travel zones as 'limit:weight,...' (e.g. '10:1,20:0.68,30:0.22') "
                "or a catchment threshold.").format(self.label("STEPS"), e)) from None

    def _windows(self, parameters, context):
        """(labels, masks, opening-hours field) of the time windows; ([], None, None) without."""
        try:
            labels, masks = kopen.parse_time_windows(self.parameterAsString(parameters, "TIME_WINDOWS", context))
        except ValueError as e:
            raise QgsProcessingException(self.tr(
                "{0}: {1}. Write each window as label=hours, separated by '|', e.g. "
                "'evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00'.").format(self.label("TIME_WINDOWS"), e)) from None
        if not labels:
            return [], None, None
        field = self.parameterAsString(parameters, "OPENING_HOURS_FIELD", context)
        source = self.parameterAsSource(parameters, "SUPPLY", context)
        if not field or (source is not None and source.fields().lookupField(field) < 0):
            raise QgsProcessingException(self.tr(
                "To measure the time windows, choose the field of layer {0} that holds each facility's opening "
                "hours in {1}{2}.").format(
                    layer_io.layer_label(self, "SUPPLY", source), self.label("OPENING_HOURS_FIELD"),
                    self.tr(" (it has no field '{0}')").format(field) if field else ""))
        return labels, masks, field

    def _open_shares(self, supply, field, masks, feedback):
        """(n_supply, n_windows) open shares, NaN where the hours are not understood (warned)."""
        sched = kopen.weekly_schedules(supply.text[field])
        bad = sched.not_understood
        if len(bad):
            shown = sorted({str(supply.text[field][i]).strip() for i in bad})
            quoted = ", ".join(f"'{t}'" for t in shown[:5]) + (" ..." if len(shown) > 5 else "")
            feedback.pushWarning(self.trn(
                "%n facilit(y/ies) of layer {0} with opening hours in '{1}' that CareMap does not understand: "
                "left out of the time-window fields (still counted at all hours): {2}. Write them like "
                "'Mo-Fr 08:00-17:00; Sa 09:00-12:00', or leave them empty for always open.", len(bad)).format(
                    supply.layer_name, field, quoted))
        if len(sched.holidays_ignored):
            feedback.pushInfo(self.trn(
                "%n facilit(y/ies) of layer {0} with public or school holiday rules in '{1}': those rules are "
                "ignored (no holiday calendar is known), the normal week is used.",
                len(sched.holidays_ignored)).format(supply.layer_name, field))
        return kopen.open_share(sched, masks)

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
                "without one): set {1}, e.g. {3:g} minutes, or choose another {2}.").format(
                method, self.label("THRESHOLD"), self.label("DECAY"), kcosts.DEFAULT_THRESHOLD_MINUTES))
        steps = self._steps(parameters, context, unit, threshold) if method == "e2sfca" else None

        demand_field = self.parameterAsString(parameters, "DEMAND_FIELD", context)
        cap_field = self.parameterAsString(parameters, "CAPACITY_FIELD", context)
        did_field = self.parameterAsString(parameters, "DEMAND_ID_FIELD", context)
        sid_field = self.parameterAsString(parameters, "SUPPLY_ID_FIELD", context)
        tg_field = self.parameterAsString(parameters, "TARGET_GROUP_FIELD", context)
        tg_value = (self.parameterAsString(parameters, "TARGET_GROUP", context) or "").strip()
        windows, window_masks, oh_field = self._windows(parameters, context)

        demand = layer_io.read_points(self, parameters, "DEMAND", context, feedback, numeric=[demand_field],
                                      text=[did_field] if did_field else [], allow_nulls=True)
        self.check_canceled(feedback)
        origin_text, origin_numeric = origin_fields(self.parameterAsSource(parameters, "SUPPLY", context))
        supply = layer_io.read_points(self, parameters, "SUPPLY", context, feedback, numeric=[cap_field, *origin_numeric],
                                      text=[f for f in (sid_field, tg_field, oh_field) if f] + origin_text, allow_nulls=True,
                                      target_crs=demand.crs)
        self.check_canceled(feedback)
        feedback.setProgress(10)

        P = demand.numeric[demand_field]
        S = supply.numeric[cap_field]
        check_non_negative(P[np.isfinite(P)], demand_field, demand.layer_name)
        check_non_negative(S[np.isfinite(S)], cap_field, supply.layer_name)
        p_null = ~np.isfinite(P)
        if p_null.any():
            feedback.pushWarning(self.trn("%n unit(s) of layer {0} with a NULL '{1}': NULL access, left out of the "
                                          "totals.", int(p_null.sum())).format(demand.layer_name, demand_field))
        s_use = np.isfinite(S)
        if (~s_use).any():
            feedback.pushWarning(self.trn("%n facilit(y/ies) of layer {0} with a NULL '{1}': left out.",
                                          int((~s_use).sum())).format(supply.layer_name, cap_field))
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
            feedback.pushInfo(self.trn(
                "%n facilit(y/ies) of layer {0} with capacity 0: no place offered, nobody covered.",
                int((S0 == 0).sum())).format(supply.layer_name))
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
            feedback.pushInfo(self.trn(
                "%n demand unit(s) with no facility within the search limit ({0:g} {1}): cost_nearest is NULL.",
                int(far.sum())).format(cost.search_limit, cost.unit))
        warn_study_edge(self, parameters, context, feedback, demand, (supply, srows[S0 > 0]), P0, threshold,
                        cost.unit, cost.speed_kmh)
        empty = int(np.sum(res.catch_demand == 0))
        if empty:
            feedback.pushInfo(self.trn("%n facilit(y/ies) with no demand in reach: ratio is NULL.", empty))

        window_fields = {}
        if windows:
            share = self._open_shares(supply, oh_field, window_masks, feedback)[srows]
            # by public transport, each window's costs depart at its start (transit_io)
            departs = transit_io.window_departures(self, parameters, context, feedback, windows, window_masks)
            for k, label in enumerate(windows):
                costs_w = cost.costs if departs[k] is None else compute_costs(
                    self, parameters, context, feedback, demand, supply, threshold, supply_rows=srows,
                    demand_ids=demand_ids, supply_ids=supply_ids, demand_id_field=did_field,
                    departure=departs[k]).costs
                # capacity times the open share; closed or not understood: no place in the window
                s_w = np.where(np.isfinite(share[:, k]), S0 * np.nan_to_num(share[:, k]), 0.0)
                try:
                    res_w = kfca.accessibility(costs_w, P0, s_w, method, decay, decay_param, threshold, steps)
                except ValueError as e:
                    raise QgsProcessingException(str(e)) from e
                self.check_canceled(feedback)
                window_fields[f"access_{label}"] = np.where(p_null, np.nan, res_w.access)
                window_fields[f"covered_{label}"] = res_w.covered
                if res_w.share_covered is not None:
                    feedback.pushInfo(self.tr(
                        "Window '{0}': {1:.1%} of demand reaches a facility open then; demand-weighted mean "
                        "access {2:.6g}.").format(label, res_w.share_covered, res_w.mean_access))

        dest_d = layer_io.write_with_fields(self, parameters, "OUTPUT_DEMAND", context, feedback, demand, {
            "access": access, "access_norm": access_norm, "cost_nearest": cost.cost_nearest,
            **cost_fields(cost, demand.n), "n_reachable": res.n_reachable, "covered": res.covered,
            **window_fields,
            **(snap_fields(cost.demand_snap_m) if cost.demand_snap_m is not None else {})})
        self.check_canceled(feedback)
        dest_s = layer_io.write_with_fields(self, parameters, "OUTPUT_SUPPLY", context, feedback, supply, {
            "catch_demand": catch, "ratio": ratio,
            **(snap_fields(cost.supply_snap_m) if cost.supply_snap_m is not None else {})})
        feedback.setProgress(100)
        return {"OUTPUT_DEMAND": dest_d, "OUTPUT_SUPPLY": dest_s,
                "SHARE_COVERED": self.figure(res.share_covered), "MEAN_ACCESS": self.figure(res.mean_access)}
