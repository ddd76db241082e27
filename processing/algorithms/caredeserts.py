"""caremap:caredeserts: high demand x low access, the Care Georeferencing rule
(docs/methods.md, care deserts; formula in ``kernels.deserts``)."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ...kernels.deserts import DEMAND_RULES, care_deserts, desert_share, desert_summary
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..costs_io import cost_companions, read_cost_minutes
from ..layer_io import read_points, write_with_fields
from ..params import (
    DEFAULT_FIELDS,
    UNIT_TYPES,
    add_district_layer_parameters,
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
    TAGS = "care,desert,high demand,low access,z-score,type 1,type 2"
    HELP = (
        "Care deserts following the Care Georeferencing Tool: z = (P - mean P) / std P over all "
        "units (population std); the demand threshold is the median (or mean, or mean + std: "
        "DEMAND_RULE) of the positive z values over all units or, with DISTRICT_FIELD, of all the z "
        "values of the unit's district (as the reference tool does); high_demand = z >= threshold and P > 0; low_access = cost > THRESHOLD "
        "(minutes, inclusive boundary) or no facility reachable (NULL cost). With "
        "ADJUST_LARGE_UNITS (polygons), units larger than the AREA_QUANTILE area quantile A_q get "
        "T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(density per km2). "
        "desert = high_demand and low_access. With SECOND_COST_FIELD (e.g. public transport, "
        "SECOND_THRESHOLD 30 min): desert_type 1 = reachable by neither mode, 2 = reachable only "
        "by the second mode; without a second mode desert_type is 1 for every desert.\n\n"
        "Parameters: INPUT, DEMAND_FIELD, COST_FIELD (minutes; a cost written by caremap:accessibility "
        "in metres is converted with its cost_unit and cost_speed_kmh fields), THRESHOLD, "
        "DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, "
        "GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (fields z_demand, "
        "demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), "
        "OUTPUT_SUMMARY (per district: units, deserts, population, population_in_deserts, "
        "share); OUTPUT_DISTRICTS the same summary on DISTRICT_LAYER polygons matched by name "
        "(DISTRICT_LAYER_FIELD, default the DISTRICT_FIELD name); without DISTRICT_FIELD, DISTRICT_LAYER "
        "gives each unit the district its point on surface lies in (written as the field district; a "
        "unit in no district is an error). Constant demand (std 0) gives z = 0 and no desert "
        "(warned). NULL demand or NULL district values are an error. DESERTS and DESERT_SHARE (share of the "
        "demand living in deserts; NULL when there is no demand) are also returned as numbers."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of caremap:accessibility."),
        "DEMAND_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field with the people of the cohort in each unit (no NULL values). Typical: children 0-5, or care_demand."),
        "COST_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field with the cost to the nearest facility in minutes (a cost in metres written by caremap:accessibility is converted with its cost_unit and cost_speed_kmh fields); NULL = no facility reachable. Typical: cost_nearest from caremap:accessibility."),
        "THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "Access threshold T in minutes: a unit whose cost is above T (or NULL) has low access. Typical: 20 minutes."),
        "DEMAND_RULE": QT_TRANSLATE_NOOP("CareMap", "How the high-demand threshold is taken from the z-scores of demand (the positive ones over all units; all of a district's with a district field): median, mean or mean_plus_std. Typical: median (Care Georeferencing Tool)."),
        "DISTRICT_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field naming each unit's district; the high-demand threshold is then the statistic of all the z-scores of the unit's district, and a summary per district is written. Without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: district."),
        "ADJUST_LARGE_UNITS": QT_TRANSLATE_NOOP("CareMap", "If checked (polygon units), units larger than the AREA_QUANTILE area quantile get a higher access threshold, using BETA and GAMMA. Typical: unchecked in cities, checked for rural areas."),
        "BETA": QT_TRANSLATE_NOOP("CareMap", "Minutes added to the threshold of a large unit per unit of log1p(area in m2) above the AREA_QUANTILE area. Typical: 5."),
        "GAMMA": QT_TRANSLATE_NOOP("CareMap", "Minutes added to the threshold of a large unit divided by log1p(population density per km2): sparse units get more. Typical: 10."),
        "AREA_QUANTILE": QT_TRANSLATE_NOOP("CareMap", "Quantile q (0-1) of unit areas above which a unit counts as large for ADJUST_LARGE_UNITS. Typical: 0.8."),
        "SECOND_COST_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field with the cost in minutes by a second mode (e.g. public transport; converted like COST_FIELD); deserts reachable by it get desert_type 2. Typical: empty, or transit minutes."),
        "SECOND_THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "Threshold in minutes for SECOND_COST_FIELD. Typical: 30 minutes by public transport."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The units with z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert and desert_type."),
        "OUTPUT_SUMMARY": QT_TRANSLATE_NOOP("CareMap", "Optional table per district: units, deserts, population, population_in_deserts and share."),
        "DESERTS": QT_TRANSLATE_NOOP("CareMap", "Number of units flagged as care deserts (desert = 1)."),
        "DESERT_SHARE": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the demand living in care deserts; None when there is no demand."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Demand units"), UNIT_TYPES))
        self.addParameter(field_param("DEMAND_FIELD", self.tr("Demand field (people)"), default=DEFAULT_FIELDS["demand"]))
        self.addParameter(field_param("COST_FIELD", self.tr("Cost to the nearest facility (minutes; NULL = unreachable)"),
                                      default=DEFAULT_FIELDS["cost"]))
        self.addParameter(number_param("THRESHOLD", self.tr("Access threshold T (minutes)"), 20.0, 0.0))
        self.addParameter(self.static_enum("DEMAND_RULE", self.tr("High-demand threshold rule"),
                                           DEMAND_RULES, "median"))
        self.addParameter(field_param("DISTRICT_FIELD", self.tr("District field (thresholds per district)"),
                                      numeric=False, optional=True, default=DEFAULT_FIELDS["district"]))
        self.addParameter(QgsProcessingParameterBoolean(
            "ADJUST_LARGE_UNITS", self.tr("Raise the threshold for large units (polygons)"), False))
        self.addParameter(number_param("BETA", self.tr("Beta (minutes per log1p(area) unit)"), 5.0))
        self.addParameter(number_param("GAMMA", self.tr("Gamma (minutes x log1p(density))"), 10.0))
        self.addParameter(number_param("AREA_QUANTILE", self.tr("Area quantile q for large units"),
                                       0.80, 0.01, 0.99))
        self.addParameter(field_param("SECOND_COST_FIELD", self.tr("Cost by a second mode (minutes)"),
                                      optional=True))
        self.addParameter(number_param("SECOND_THRESHOLD", self.tr("Second-mode threshold (minutes)"), 30.0, 0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Care deserts"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SUMMARY", self.tr("Care deserts by district"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=True))
        add_district_layer_parameters(self)
        self.addOutput(QgsProcessingOutputNumber("DESERTS", self.tr("Number of care deserts")))
        self.addOutput(QgsProcessingOutputNumber("DESERT_SHARE", self.tr("Share of demand in care deserts")))

    def processAlgorithm(self, parameters, context, feedback):
        pfield = self.parameterAsString(parameters, "DEMAND_FIELD", context)
        cfield = self.parameterAsString(parameters, "COST_FIELD", context)
        c2field = self.parameterAsString(parameters, "SECOND_COST_FIELD", context)
        district = self.parameterAsString(parameters, "DISTRICT_FIELD", context)
        adjust = self.parameterAsBoolean(parameters, "ADJUST_LARGE_UNITS", context)
        numeric = [pfield, cfield] + ([c2field] if c2field else [])
        unit_text, unit_numeric = cost_companions(self.parameterAsSource(parameters, "INPUT", context))
        units = read_points(self, parameters, "INPUT", context, feedback, numeric=numeric + unit_numeric,
                            text=([district] if district else []) + unit_text, allow_nulls=True)
        self.check_canceled(feedback)
        P = units.numeric[pfield]
        if np.isnan(P).any():
            self.fail(self.tr("Field '{0}' of layer {1} has {2} NULL value(s); fill or filter them first.").format(
                pfield, units.layer_name, int(np.isnan(P).sum())))
        check_non_negative(P, pfield, units.layer_name)
        if adjust and units.area is None:
            self.fail(self.tr("{0} needs polygons (their areas), but layer {1} has points: untick it, or use a "
                              "polygon layer.").format(self.label("ADJUST_LARGE_UNITS"), units.layer_name))
        codes, labels, located = unit_districts(self, parameters, context, feedback, units, nulls="error")
        if codes is None:
            labels = np.array(["all"], dtype=object)
        cost = read_cost_minutes(units, cfield, feedback)
        cost2 = read_cost_minutes(units, c2field, feedback) if c2field else None
        unreachable = int(np.isnan(cost).sum())
        if unreachable:
            feedback.pushInfo(self.tr("{0} unit(s) have a NULL cost: counted as reaching no facility (low access).").format(unreachable))
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
