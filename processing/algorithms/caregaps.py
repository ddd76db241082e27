"""caremap:caregaps: coverage, unmet demand, shortfall and surplus per unit, summed by
district. Thin adapter over ``kernels.gaps``; the helpers it shares with the other gap
adapters live in ``processing/params.py``."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ...kernels.gaps import care_gaps, district_gaps, places_from_access
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..layer_io import read_points, write_with_fields
from ..params import (
    DEFAULT_FIELDS,
    UNIT_TYPES,
    add_district_layer_parameters,
    check_non_negative,
    district_groups,
    field_param,
    kernel_call,
    number_param,
    write_district_layer,
    write_optional_table,
)


class CareGapsAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "caregaps"
    DISPLAY_NAME = "Care gaps"
    GROUP_ID = "gaps"
    TAGS = "care,gap,unmet demand,coverage,shortfall,target,district"
    HELP = (
        "Per unit (e.g. the demand output of Accessibility to care): coverage = places per 100 "
        "people of the cohort, unmet demand = max(0, demand - accessible places), and, against a "
        "policy target of TARGET_RATIO places per person (e.g. 0.333 = one place per 3 children "
        "0-2), required places, shortfall = max(0, required - places), surplus and below_target "
        "(0/1).\n\n"
        "Parameters: INPUT units (points or polygons); DEMAND_FIELD people of the cohort; "
        "SUPPLY_FIELD accessible supply; SUPPLY_KIND 'places' (the field holds places) or "
        "'access_ratio' (the field holds places per person, like the 'access' field of "
        "caremap:accessibility, so places = ratio x demand); TARGET_RATIO places per person "
        "(0 = no target); DISTRICT_FIELD optional district; OUTPUT the units with the new "
        "fields coverage, unmet, required, shortfall, surplus, below_target; OUTPUT_SUMMARY a "
        "table per district (one row 'all' without a district field): units, demand, places, "
        "coverage, unmet, required, shortfall, surplus, units_below_target, "
        "people_below_target. With DISTRICT_LAYER (polygons with the same district names, in "
        "DISTRICT_LAYER_FIELD) the summary is also written onto those polygons (OUTPUT_DISTRICTS). "
        "Units with a NULL district keep their fields but are left out "
        "of the summary (warned). NULL demand or supply values are an error."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of caremap:accessibility."),
        "DEMAND_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field with the people of the cohort in each unit (no NULL values). Typical: children 0-5, or care_demand."),
        "SUPPLY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field with the accessible supply of each unit, read as SUPPLY_KIND says. Typical: access from caremap:accessibility."),
        "SUPPLY_KIND": QT_TRANSLATE_NOOP("CareMap", "What SUPPLY_FIELD holds: places (a number of places) or access_ratio (places per person, so places = ratio x demand). Typical: access_ratio with the access field."),
        "TARGET_RATIO": QT_TRANSLATE_NOOP("CareMap", "Policy target in places per person, used for required places and shortfall (0 = no target). Typical: 0.333 (one place per 3 children 0-2)."),
        "DISTRICT_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field naming each unit's district, for the summary per district (without it, one row 'all'). Typical: locality."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The units with coverage, unmet, required, shortfall, surplus and below_target."),
        "OUTPUT_SUMMARY": QT_TRANSLATE_NOOP("CareMap", "Optional table per district (one row 'all' without DISTRICT_FIELD): demand, places, coverage, unmet, shortfall and people below the target."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Demand units"), UNIT_TYPES))
        self.addParameter(field_param("DEMAND_FIELD", self.tr("Demand field (people)"),
                                      default=DEFAULT_FIELDS["demand"]))
        self.addParameter(field_param("SUPPLY_FIELD", self.tr("Accessible supply field"),
                                      default=DEFAULT_FIELDS["access"]))
        # the default field is accessibility's 'access' (places per person), so the
        # default kind is access_ratio: the defaults together give the right numbers
        self.addParameter(self.static_enum(
            "SUPPLY_KIND", self.tr("Supply field holds"), ["places", "access_ratio"], "access_ratio"))
        self.addParameter(number_param(
            "TARGET_RATIO", self.tr("Policy target (places per person; 0 = none)"), 1.0 / 3.0, 0.0))
        self.addParameter(field_param("DISTRICT_FIELD", self.tr("District field"), numeric=False,
                                      optional=True, default=DEFAULT_FIELDS["district"]))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Care gaps"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SUMMARY", self.tr("Care gaps by district"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=True))
        add_district_layer_parameters(self)
        self.addOutput(QgsProcessingOutputNumber("TOTAL_DEMAND", self.tr("Total demand")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_UNMET", self.tr("Total unmet demand")))
        self.addOutput(QgsProcessingOutputNumber("COVERAGE", self.tr("Coverage (places per 100 people)")))

    def processAlgorithm(self, parameters, context, feedback):
        dfield = self.parameterAsString(parameters, "DEMAND_FIELD", context)
        sfield = self.parameterAsString(parameters, "SUPPLY_FIELD", context)
        kind = self.enum_value(parameters, "SUPPLY_KIND", context)
        target = self.parameterAsDouble(parameters, "TARGET_RATIO", context)
        district = self.parameterAsString(parameters, "DISTRICT_FIELD", context)
        units = read_points(self, parameters, "INPUT", context, feedback,
                            numeric=[dfield, sfield], text=[district] if district else [])
        self.check_canceled(feedback)
        demand = units.numeric[dfield]
        check_non_negative(demand, dfield, units.layer_name)
        check_non_negative(units.numeric[sfield], sfield, units.layer_name)
        supply = (kernel_call(places_from_access, units.numeric[sfield], demand) if kind == "access_ratio"
                  else units.numeric[sfield])
        if not (demand > 0).any():
            feedback.pushWarning(self.tr("No demand: every unit of layer {0} has zero demand in '{1}', so coverage "
                                         "is NULL everywhere.").format(units.layer_name, dfield))
        if not (supply > 0).any():
            feedback.pushWarning(self.tr("No capacity: no unit of layer {0} has accessible supply in '{1}'.").format(
                units.layer_name, sfield))
        gaps = kernel_call(care_gaps, demand, supply, target if target > 0 else None)
        new = {"places": supply} if kind == "access_ratio" else {}
        new.update(gaps)
        dest = write_with_fields(self, parameters, "OUTPUT", context, feedback, units, new)
        results = {"OUTPUT": dest}

        if district:
            codes, labels = district_groups(units, district, feedback, nulls="skip")
        else:
            codes, labels = np.zeros(units.n, dtype=np.int64), np.array(["all"], dtype=object)
        keep = codes >= 0
        sub = {k: v[keep] for k, v in gaps.items()}
        summary = kernel_call(district_gaps, demand[keep], supply[keep], sub, codes[keep],
                              len(labels))
        columns = {"district": np.asarray(labels, dtype=object)}
        columns.update(summary)
        sdest = write_optional_table(self, parameters, "OUTPUT_SUMMARY", context, feedback,
                                     columns, units.crs)
        if sdest is not None:
            results["OUTPUT_SUMMARY"] = sdest
        ddest = write_district_layer(self, parameters, context, feedback, labels, columns)
        if ddest is not None:
            results["OUTPUT_DISTRICTS"] = ddest
        total = kernel_call(district_gaps, demand, supply, gaps, np.zeros(units.n, dtype=np.int64), 1)
        coverage = float(total["coverage"][0])
        results.update({"TOTAL_DEMAND": float(total["demand"][0]), "TOTAL_UNMET": float(total["unmet"][0]),
                        "COVERAGE": coverage if np.isfinite(coverage) else None})
        feedback.pushInfo(self.tr("Total demand {0:.0f}, accessible places {1:.0f}, unmet demand {2:.0f}.").format(
            float(total["demand"][0]), float(total["places"][0]), float(total["unmet"][0])))
        return results
