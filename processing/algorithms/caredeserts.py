"""caremap:caredeserts: high demand x low access, the Care Georeferencing rule
(docs/methods.md, care deserts; formula in ``kernels.deserts``)."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ...kernels import costs as kcosts
from ...kernels import fca_methods as kmethods
from ...kernels.costs import DEFAULT_THRESHOLD_MINUTES
from ...kernels.deserts import DEMAND_RULES, care_deserts, desert_share, desert_summary
from ...kernels.opening_hours import temporal_deserts
from ...kernels.time_figures import flag_faults
from .. import transit_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import DOUBLE, add_transit_parameters, advanced
from ..costs_io import cost_companions, forward_progress, read_cost_minutes
from ..layer_io import read_points, write_with_fields
from ..params import (
    DEFAULT_FIELDS,
    UNIT_TYPES,
    add_district_layer_parameters,
    add_district_output,
    check_non_negative,
    field_param,
    kernel_call,
    number_param,
    unit_districts,
    write_district_layer,
    write_optional_table,
)


class CareDesertsAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "caredeserts"
    DISPLAY_NAME = "Care deserts"
    GROUP_ID = "gaps"
    TAGS = "care,desert,high demand,low access,z-score,type 1,type 2,public transport,GTFS,bus"
    HELP = (
        "Which units have many people who need care and no care service close enough? A care desert "
        "(the rule of the Care Georeferencing Tool) is a unit with high demand and low access.\n\n"
        "How to read the results:\n"
        "- Care deserts (one row per unit, with its own fields): z_demand = how far the unit's demand is "
        "above or below the average, in standard deviations; demand_threshold = the z-score from which "
        "demand counts as high (the median of the positive z-scores of the city, or of all the z-scores of "
        "the unit's district with districts); high_demand (0/1); adj_threshold = the access threshold used "
        "for the unit, in minutes; low_access (0/1) = the nearest facility is farther than the threshold, "
        "or none is reachable; desert (0/1) = high demand and low access; desert_type = 1 reachable by "
        "neither mode, 2 reachable only by the second mode (always 1 without a second mode); with a public "
        "transport feed and the care facilities, cost_transit = the travel time by public transport to the "
        "nearest facility in minutes (walking to the stop, waiting, riding, changing, walking to the facility; "
        "NULL when none is within four times the second threshold, and at least 60 minutes); with a "
        "caregivers' window, temporal_desert (0/1) = high demand and care within reach at some hour, but "
        "none open within reach in that window (a temporal care desert).\n"
        "- Care deserts by district: units, deserts, population, population_in_deserts and share (0 to 1) "
        "per district.\n"
        "- Summary on the district polygons: that table on the district polygons, to map it (made when "
        "district polygons are given).\n\n"
        "Example: in the demo city of the tutorial, with the 10-minute walk to childcare and the median rule "
        "per district, 209 blocks are care deserts, home to 7,720 children 0-5 (7.5% of them); Los Rosales "
        "has the most, 1,581 children (20.9% of its children). By hand: six blocks with 10, 20, 60, 80, 90 "
        "and 40 children, the nearest facility at 5, 25, none, 25, 12 and 30 minutes, a 20-minute "
        "threshold: only the block of 80 children is a desert (the block of 60 reaches nothing but its "
        "demand is not high; the block of 90 has a facility at 12 minutes). If the facility 12 minutes from "
        "the block of 90 closes at 17:00 and the window is Monday to Friday 17:00-20:00 (covered_evening = 0), "
        "that block is a temporal care desert. With a second mode, a desert whose nearest facility is 40 "
        "minutes away on foot but 24 minutes away by bus (a 3-minute walk to the stop, 7 minutes waiting, 10 "
        "minutes riding, a 4-minute walk) has desert_type 2 with the 30-minute threshold; at 35 minutes by bus "
        "it has desert_type 1.\n\n"
        "The second mode is usually public transport: either a field of travel times you bring, or CareMap "
        "computes it from a public transport feed (GTFS), the care facilities, a departure date and time, "
        "and optionally a window of departure minutes (see Accessibility to care for the same options). "
        "Measure the walks of public transport (to, from and between stops, and walking the whole way) the way "
        "the first travel time was measured: if it came from the road network (e.g. cost_nearest of Accessibility "
        "to care run on the road network), choose the road network in 'Public transport: walks measured along' and "
        "give the same road network; otherwise the bus is compared with a different walk. In the demo city, "
        "walks along straight lines times 1.3 are shorter than the winding streets: the 209 deserts seemed 9.6 "
        "minutes from childcare by bus (median) against 11.4 on foot, while with the walks on the streets the bus "
        "is quicker than walking for 3 of them only, by half a minute at most.\n\n"
        "Caveats: a unit that reaches no facility at all counts as low access (the reference tool counts it "
        "as accessible). Units near the edge of the study area may look farther from care than they are. "
        "Demand that is the same everywhere gives no desert (warned). NULL people or NULL districts are an "
        "error."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of Accessibility to care, or the Care gaps layer."),
        "DEMAND_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field with the people of the group in each unit (no NULL values). Typical: care_demand, or children 0-5."),
        "COST_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field with the travel time to the nearest facility in minutes (a distance in metres written by Accessibility to care is turned into minutes with its cost_unit and cost_speed_kmh fields); NULL = no facility reachable. Typical: cost_nearest from Accessibility to care."),
        "THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "Access threshold in minutes: a unit whose nearest facility is farther (or that reaches none) has low access; a unit exactly at the threshold has access. Typical: 10 minutes walking to childcare, as in the accessibility run."),
        "DEMAND_RULE": QT_TRANSLATE_NOOP("CareMap", "How the high-demand cut-off is taken from the z-scores of demand (the positive ones of the city; all of a district's with districts): the median, the mean, or the mean plus one standard deviation (stricter). Typical: the median (Care Georeferencing Tool)."),
        "DISTRICT_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field naming each unit's district: the high-demand cut-off is then taken within each district, and a summary per district is written. Without it, district polygons give each unit the district it lies in. Typical: district."),
        "ADJUST_LARGE_UNITS": QT_TRANSLATE_NOOP("CareMap", "If checked (polygon units only), units larger than most get a longer access threshold, the more so the larger and the emptier they are (see the three large-unit settings). Typical: unchecked in cities, checked for rural areas."),
        "BETA": QT_TRANSLATE_NOOP("CareMap", "Minutes added to the threshold of a large unit per step of log1p(area in m2) above the large-unit area. Typical: 5."),
        "GAMMA": QT_TRANSLATE_NOOP("CareMap", "Minutes added to the threshold of a large unit, divided by log1p(people per km2): sparse units get more. Typical: 10."),
        "AREA_QUANTILE": QT_TRANSLATE_NOOP("CareMap", "Share of units (0-1) smaller than a large unit: units with an area above this quantile of all areas count as large. Typical: 0.8."),
        "SECOND_COST_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field with the travel time in minutes by a second mode (e.g. public transport; converted like the first cost); deserts reachable by it get desert_type 2. Leave it empty to compute public transport times from a feed instead. Typical: empty, or transit minutes."),
        "SUPPLY": QT_TRANSLATE_NOOP("CareMap", "Optional layer of the care facilities, points or polygons: with a public transport feed, the second mode's travel time is computed from each unit to its nearest facility by public transport. Typical: the same facilities as in the accessibility run (e.g. only those of the target group)."),
        "SPEED": QT_TRANSLATE_NOOP("CareMap", "Walking speed in km/h of the walks to, from and between stops, and of walking the whole way. Typical: 5.04 km/h."),
        "DETOUR": QT_TRANSLATE_NOOP("CareMap", "How much longer the walks to, from and between stops are than the straight line (route length / straight distance, at least 1). Typical: 1.3 in a city grid."),
        "ACCESS_MODE": QT_TRANSLATE_NOOP("CareMap", "How the walks of public transport are measured (to, from and between stops, and walking the whole way): along the straight line times the detour factor, or along the road network. Choose the road network when the first travel time was measured on it, so that both modes walk the same streets. Typical: the road network, as in the accessibility run."),
        "NETWORK": QT_TRANSLATE_NOOP("CareMap", "Road or footpath line layer for the walks of public transport, when they are measured along the road network. Typical: the same streets as in the accessibility run."),
        "SECOND_THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "Access threshold in minutes for the second mode. Typical: 30 minutes by public transport."),
        "WINDOW_COVERED_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional 0/1 field saying whether a facility open in a caregivers' time window is within reach, as Accessibility to care writes it for each time window (covered_<label>); units with high demand and care within reach at some hour but none open in the window get temporal_desert = 1. Typical: covered_evening."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The units with z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert and desert_type; with a caregivers' window also temporal_desert."),
        "OUTPUT_SUMMARY": QT_TRANSLATE_NOOP("CareMap", "Table per district (one row 'all' without districts): units, deserts, population, population_in_deserts and share. Typical: a temporary layer."),
        "DESERTS": QT_TRANSLATE_NOOP("CareMap", "Number of units flagged as care deserts (desert = 1)."),
        "DESERT_SHARE": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the demand living in care deserts; None when there is no demand."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Demand units"), UNIT_TYPES))
        self.addParameter(field_param("DEMAND_FIELD", self.tr("Demand field (people)"), default=DEFAULT_FIELDS["demand"]))
        self.addParameter(field_param("COST_FIELD", self.tr("Travel time to the nearest facility (minutes; NULL = unreachable)"),
                                      default=DEFAULT_FIELDS["cost"]))
        self.addParameter(number_param("THRESHOLD", self.tr("Access threshold (minutes)"),
                                       DEFAULT_THRESHOLD_MINUTES, 0.0))
        self.addParameter(self.static_enum("DEMAND_RULE", self.tr("High-demand threshold rule"),
                                           DEMAND_RULES, "median"))
        self.addParameter(field_param("DISTRICT_FIELD", self.tr("District field (high demand judged per district)"),
                                      numeric=False, optional=True, default=DEFAULT_FIELDS["district"]))
        add_district_layer_parameters(self, summary_output=False)
        self.addParameter(advanced(QgsProcessingParameterBoolean(
            "ADJUST_LARGE_UNITS", self.tr("Longer threshold for large units (polygons)"), False)))
        self.addParameter(advanced(number_param(
            "BETA", self.tr("Large units: minutes added per step of log1p(area) (beta)"), 5.0)))
        self.addParameter(advanced(number_param(
            "GAMMA", self.tr("Large units: minutes added for low density (gamma)"), 10.0)))
        self.addParameter(advanced(number_param(
            "AREA_QUANTILE", self.tr("Large units: area quantile above which a unit is large (0-1)"),
            0.80, 0.01, 0.99)))
        self.addParameter(advanced(field_param(
            "SECOND_COST_FIELD", self.tr("Travel time by a second mode (minutes)"), optional=True)))
        self.addParameter(advanced(number_param(
            "SECOND_THRESHOLD", self.tr("Access threshold of the second mode (minutes)"), 30.0, 0.0)))
        # the second mode by public transport from a feed: the facilities, the feed and the walks
        self.addParameter(advanced(QgsProcessingParameterFeatureSource(
            "SUPPLY", self.tr("Care facilities (for the times by public transport)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon], optional=True)))
        add_transit_parameters(self, access_mode=True)
        self.addParameter(advanced(QgsProcessingParameterFeatureSource(
            "NETWORK", self.tr("Road network (lines)"), [QgsProcessing.SourceType.TypeVectorLine], optional=True)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "SPEED", self.tr("Public transport: walking speed (km/h)"), DOUBLE, defaultValue=kcosts.WALK_SPEED_KMH,
            minValue=0.01)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "DETOUR", self.tr("Public transport: detour factor of the walks (route / straight distance)"), DOUBLE,
            defaultValue=1.0, minValue=1.0)))
        self.addParameter(advanced(field_param(
            "WINDOW_COVERED_FIELD", self.tr("Covered in a caregivers' time window (0/1, e.g. covered_evening)"),
            optional=True)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Care deserts"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SUMMARY", self.tr("Care deserts by district"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=True))
        add_district_output(self)
        self.addOutput(QgsProcessingOutputNumber("DESERTS", self.tr("Number of care deserts")))
        self.addOutput(QgsProcessingOutputNumber("DESERT_SHARE", self.tr("Share of demand in care deserts")))

    def processAlgorithm(self, parameters, context, feedback):
        pfield = self.parameterAsString(parameters, "DEMAND_FIELD", context)
        cfield = self.parameterAsString(parameters, "COST_FIELD", context)
        c2field = self.parameterAsString(parameters, "SECOND_COST_FIELD", context)
        district = self.parameterAsString(parameters, "DISTRICT_FIELD", context)
        adjust = self.parameterAsBoolean(parameters, "ADJUST_LARGE_UNITS", context)
        wfield = self.parameterAsString(parameters, "WINDOW_COVERED_FIELD", context)
        numeric = [pfield, cfield] + ([c2field] if c2field else []) + ([wfield] if wfield else [])
        unit_text, unit_numeric = cost_companions(self.parameterAsSource(parameters, "INPUT", context))
        units = read_points(self, parameters, "INPUT", context, feedback, numeric=numeric + unit_numeric,
                            text=([district] if district else []) + unit_text, allow_nulls=True)
        self.check_canceled(feedback)
        P = units.numeric[pfield]
        if np.isnan(P).any():
            self.fail(self.trn("Field '{0}' of layer {1} has %n NULL value(s); fill or filter them first.",
                               int(np.isnan(P).sum())).format(pfield, units.layer_name))
        check_non_negative(P, pfield, units.layer_name)
        if adjust and units.area is None:
            self.fail(self.tr("{0} needs polygons (their areas), but layer {1} has points: untick it, or use a "
                              "polygon layer.").format(self.label("ADJUST_LARGE_UNITS"), units.layer_name))
        codes, labels, located = unit_districts(self, parameters, context, feedback, units, nulls="error")
        if codes is None:
            labels = np.array(["all"], dtype=object)
        cost = read_cost_minutes(units, cfield, feedback)
        cost2 = read_cost_minutes(units, c2field, feedback) if c2field else None
        transit = self._transit_minutes(parameters, context, feedback, units, c2field)
        if transit is not None:
            cost2 = transit
        unreachable = int(np.isnan(cost).sum())
        if unreachable:
            feedback.pushInfo(self.trn("%n unit(s) with a NULL cost, counted as reaching no facility (low access).",
                                       unreachable))
        if not (P > 0).any():
            feedback.pushWarning(self.tr("No demand: every unit of layer {0} has zero demand in '{1}'; no unit is "
                                         "high demand and the desert share is NULL.").format(units.layer_name, pfield))
        elif not P.std() > 0:
            feedback.pushWarning(self.tr("No variation: demand in '{0}' of layer {1} is the same in every unit (std 0), "
                                         "so z = 0 and no unit is high demand.").format(pfield, units.layer_name))
        out = kernel_call(
            care_deserts, P, cost,
            threshold=self.parameterAsDouble(parameters, "THRESHOLD", context),
            rule=self.enum_value(parameters, "DEMAND_RULE", context),
            district_codes=codes, area_m2=units.area, adjust_large_units=adjust,
            beta=self.parameterAsDouble(parameters, "BETA", context),
            gamma=self.parameterAsDouble(parameters, "GAMMA", context),
            area_quantile=self.parameterAsDouble(parameters, "AREA_QUANTILE", context),
            second_cost=cost2,
            second_threshold=self.parameterAsDouble(parameters, "SECOND_THRESHOLD", context))
        self.check_canceled(feedback)
        fields = {k: out[k] for k in ("z_demand", "demand_threshold", "high_demand",
                                      "adj_threshold", "low_access", "desert", "desert_type")}
        if located is not None:
            fields["district"] = located
        if transit is not None:
            fields["cost_transit"] = transit
        if wfield:
            fields["temporal_desert"] = self._temporal(units, wfield, out, feedback)
        results = {"OUTPUT": write_with_fields(self, parameters, "OUTPUT", context, feedback, units, fields)}
        summ = desert_summary(P, out["desert"], codes, len(labels))
        columns = {"district": np.asarray(labels, dtype=object)}
        columns.update(summ)
        sdest = write_optional_table(self, parameters, "OUTPUT_SUMMARY", context, feedback,
                                     columns, units.crs)
        if sdest is not None:
            results["OUTPUT_SUMMARY"] = sdest
        ddest = write_district_layer(self, parameters, context, feedback, labels, columns)
        if ddest is not None:
            results["OUTPUT_DISTRICTS"] = ddest
        share, n_des, pop_des = desert_share(P, out["desert"])
        feedback.pushInfo(self.tr("{0} of {1} units are care deserts, home to {2:.0f} people ({3} of demand).").format(
            n_des, units.n, pop_des, self.tr("no demand") if share is None else f"{share:.1%}"))
        if adjust:
            feedback.pushInfo(self.tr("Large-unit cut-off A_q = {0:.0f} m2.").format(out["area_cutoff"]))
        results["DESERTS"] = n_des
        results["DESERT_SHARE"] = self.figure(share)
        return results

    def _transit_minutes(self, parameters, context, feedback, units, c2field):
        """The second mode by public transport (processing/transit_io.py): minutes from each
        unit to its nearest facility up to the automatic search limit of the second threshold
        (NaN beyond, or without a geometry); None when no feed is given."""
        if not (self.parameterAsFile(parameters, "GTFS_FEED", context) or "").strip():
            return None
        if c2field:
            self.fail(self.tr("The second mode is either a field of travel times ({0}) or computed from a public "
                              "transport feed ({1}): choose one of them.").format(
                self.label("SECOND_COST_FIELD"), self.label("GTFS_FEED")))
        if self.parameterAsSource(parameters, "SUPPLY", context) is None:
            self.fail(self.tr("Travel times by public transport need the care facilities they lead to: choose "
                              "them in {0}.").format(self.label("SUPPLY")))
        supply = read_points(self, parameters, "SUPPLY", context, feedback, target_crs=units.crs)
        if self.enum_value(parameters, "ACCESS_MODE", context) != "network":
            # the cost field does not say how it was measured: say how these walks are
            feedback.pushWarning(self.tr(
                "Public transport: the walks to, from and between stops, and walking the whole way, are measured "
                "along straight lines times the detour factor. If '{0}' of layer {1} was measured on the road "
                "network, choose the road network in {2} and give it in {3}: otherwise the two modes measure "
                "walking differently and cost_transit can be shorter than walking along the streets without any "
                "bus.").format(self.parameterAsString(parameters, "COST_FIELD", context), units.layer_name,
                               self.label("ACCESS_MODE"), self.label("NETWORK")))
        speed = self.parameterAsDouble(parameters, "SPEED", context)
        try:
            limit = kcosts.search_limit(self.parameterAsDouble(parameters, "SECOND_THRESHOLD", context), "minutes")
        except ValueError as e:
            raise QgsProcessingException(str(e)) from e
        res = transit_io.travel_times(self, parameters, context, feedback, units.crs, units.xy, supply.xy, speed,
                                      limit, forward_progress(feedback, 10, 70))
        cost, _ = kmethods.nearest(res.to_costs(limit))
        far = int(np.isnan(cost).sum())
        if far:
            feedback.pushInfo(self.trn("%n unit(s) with no facility of layer {0} within {1:g} minutes by public "
                                       "transport: cost_transit is NULL.", far).format(supply.layer_name, limit))
        return cost

    def _temporal(self, units, wfield, out, feedback):
        """temporal_desert from the window's covered field (kernels.opening_hours)."""
        covered = units.numeric[wfield]
        faults = flag_faults({wfield: covered})  # the 0/1 rule of the report and the dock
        if faults:
            self.fail(self.trn("Field '{0}' of layer {1} has %n value(s) other than 0 and 1; choose the covered "
                               "field that Accessibility to care writes for a time window.",
                               faults[0][1]).format(wfield, units.layer_name))
        nulls = int(np.isnan(covered).sum())
        if nulls:
            feedback.pushWarning(self.trn("%n unit(s) of layer {0} with a NULL '{1}': temporal_desert is NULL.",
                                          nulls).format(units.layer_name, wfield))
        temporal = temporal_deserts(out["high_demand"], out["low_access"], covered)
        feedback.pushInfo(self.trn("%n unit(s) with high demand reach care at some hour but none open in the "
                                   "window of '{0}': temporal care deserts.", int(np.nansum(temporal))).format(wfield))
        return temporal
