"""caremap:caregaps: coverage, unmet demand, shortfall and surplus per unit, summed by
district. Thin adapter over ``kernels.gaps``; the helpers it shares with the other gap
adapters live in ``processing/params.py``."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ...kernels.gaps import (
    care_gaps,
    cohort_required,
    district_gaps,
    places_from_access,
)
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import advanced
from ..layer_io import get_source, layer_label, read_points, write_with_fields
from ..params import (
    DEFAULT_FIELDS,
    UNIT_TYPES,
    add_district_layer_parameters,
    add_district_output,
    check_non_negative,
    cohort_targets,
    field_param,
    kernel_call,
    number_param,
    unit_districts,
    write_district_layer,
    write_optional_table,
)


class CareGapsAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "caregaps"
    DISPLAY_NAME = "Care gaps"
    GROUP_ID = "gaps"
    TAGS = "care,gap,unmet demand,coverage,shortfall,target,district"
    HELP = (
        "How many children (or older people, or whichever group you count) are left without a care "
        "place within reach, and how many places are missing to meet a policy target, block by block "
        "and district by district?\n\n"
        "How to read the results:\n"
        "- Care gaps (one row per unit, with its own fields): coverage = places within reach per 100 "
        "people; unmet = people without a place (people minus the places they can reach, never below 0); "
        "required = places the target asks for; shortfall = places missing to reach the target; surplus = "
        "places above the target; below_target = 1 where the unit misses the target. With accessibility "
        "ratios, places = the places within reach of the unit. With district polygons and no district "
        "field, the field district says which district each unit lies in.\n"
        "- Care gaps by district: the same sums per district (one row 'all' without districts), with "
        "units_below_target and people_below_target.\n"
        "- Summary on the district polygons: that table joined onto the district polygons by name, to map "
        "it (made when district polygons are given).\n\n"
        "Example: in the demo city of the tutorial, with the 10-minute walking accessibility of children "
        "0-5 and a target of one place per three children (0.33), about 83,800 children have no place "
        "within reach and the city is short of about 19,100 places, 5,100 of them in El Porvenir; "
        "coverage ranges from 139 places per 100 children in Centro to 13 in Las Américas. By hand: 90 "
        "children with access 0.20 reach 18 places: coverage 20, unmet 72; the target asks for 30 "
        "places, so the shortfall is 12.\n\n"
        "Targets per age band: a policy often sets one target per age band, e.g. Brazil's national "
        "education plan (PNE, meta 1): crèche for 50% of children 0-3 and pre-school for 100% of children "
        "4-5. 'Targets per age band' 'p_0_3:0.5;p_4_5:1.0' asks for 0.5 places per child counted in "
        "p_0_3 plus 1 per child in p_4_5, and replaces the single policy target.\n\n"
        "Caveats: the gaps are only as good as the accessibility they read: units near the edge of the "
        "study area may miss facilities just outside it. Units with no district (NULL) keep their fields "
        "but are left out of the district summary (warned); NULL people or supply values are an error."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of Accessibility to care."),
        "DEMAND_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field with the people of the group in each unit (no NULL values). Typical: care_demand, or children 0-5."),
        "SUPPLY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field with the care places each unit can reach, as a number of places or as places per person (see 'Supply field holds'). Typical: access from Accessibility to care."),
        "SUPPLY_KIND": QT_TRANSLATE_NOOP("CareMap", "What the supply field holds: a number of places, or an accessibility ratio in places per person (places = ratio x people). Typical: the accessibility ratio, with the access field."),
        "TARGET_RATIO": QT_TRANSLATE_NOOP("CareMap", "Policy target in places per person, for the required places and the shortfall (0 = no target). Typical: 0.333 (one place per 3 children 0-2)."),
        "TARGETS": QT_TRANSLATE_NOOP("CareMap", "Optional targets per age band, as field:ratio items separated by ';', each field a count of people of that band in the demand units; required places = the sum of ratio x count, replacing the single policy target. Typical: 'p_0_3:0.5;p_4_5:1.0' (Brazil's PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school)."),
        "DISTRICT_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field naming each unit's district, for the summary per district. Without it, district polygons give each unit the district it lies in; without either, the summary has one row 'all'. Typical: district."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The units with coverage, unmet, required, shortfall, surplus and below_target."),
        "OUTPUT_SUMMARY": QT_TRANSLATE_NOOP("CareMap", "Table per district (one row 'all' without districts): people, places, coverage, unmet, shortfall and people below the target. Typical: a temporary layer."),
        "TOTAL_DEMAND": QT_TRANSLATE_NOOP("CareMap", "Sum of the people of all units."),
        "TOTAL_UNMET": QT_TRANSLATE_NOOP("CareMap", "Sum of unmet over the units: the people without a place within reach (one place per person)."),
        "COVERAGE": QT_TRANSLATE_NOOP("CareMap", "Places within reach per 100 people, over all units; None when there are no people."),
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
        self.addParameter(field_param("DISTRICT_FIELD", self.tr("District field"), numeric=False,
                                      optional=True, default=DEFAULT_FIELDS["district"]))
        add_district_layer_parameters(self, summary_output=False)
        self.addParameter(number_param(
            "TARGET_RATIO", self.tr("Policy target (places per person; 0 = none)"), 1.0 / 3.0, 0.0))
        self.addParameter(advanced(QgsProcessingParameterString(
            "TARGETS", self.tr("Targets per age band (field:ratio;...; replaces the policy target)"),
            "", optional=True)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Care gaps"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SUMMARY", self.tr("Care gaps by district"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=True))
        add_district_output(self)
        self.addOutput(QgsProcessingOutputNumber("TOTAL_DEMAND", self.tr("Total demand")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_UNMET", self.tr("Total unmet demand")))
        self.addOutput(QgsProcessingOutputNumber("COVERAGE", self.tr("Coverage (places per 100 people)")))

    def processAlgorithm(self, parameters, context, feedback):
        dfield = self.parameterAsString(parameters, "DEMAND_FIELD", context)
        sfield = self.parameterAsString(parameters, "SUPPLY_FIELD", context)
        kind = self.enum_value(parameters, "SUPPLY_KIND", context)
        target = self.parameterAsDouble(parameters, "TARGET_RATIO", context)
        district = self.parameterAsString(parameters, "DISTRICT_FIELD", context)
        targets = self._targets(parameters, context)
        bands = [f for f, _ in targets]
        units = read_points(self, parameters, "INPUT", context, feedback,
                            numeric=list(dict.fromkeys([dfield, sfield] + bands)), text=[district] if district else [])
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
        if targets:
            for band in bands:
                check_non_negative(units.numeric[band], band, units.layer_name)
            required = kernel_call(cohort_required, np.column_stack([units.numeric[b] for b in bands]),
                                   [r for _, r in targets])
            feedback.pushInfo(self.tr("Targets per age band: {0} places per person; {1} is not used.").format(
                ", ".join(f"{b} {r:g}" for b, r in targets), self.label("TARGET_RATIO")))
            gaps = kernel_call(care_gaps, demand, supply, required=required)
        else:
            gaps = kernel_call(care_gaps, demand, supply, target if target > 0 else None)
        codes, labels, located = unit_districts(self, parameters, context, feedback, units, nulls="skip")
        new = {"places": supply} if kind == "access_ratio" else {}
        new.update(gaps)
        if located is not None:
            new["district"] = located
        dest = write_with_fields(self, parameters, "OUTPUT", context, feedback, units, new)
        results = {"OUTPUT": dest}

        if codes is None:
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
        results.update({"TOTAL_DEMAND": self.figure(total["demand"][0]), "TOTAL_UNMET": self.figure(total["unmet"][0]),
                        "COVERAGE": self.figure(coverage)})
        feedback.pushInfo(self.tr("Total demand {0:.0f}, accessible places {1:.0f}, unmet demand {2:.0f}.").format(
            float(total["demand"][0]), float(total["places"][0]), float(total["unmet"][0])))
        return results

    def _targets(self, parameters, context):
        """The targets per age band as [(field, ratio)] ([] when none), each field
        checked on the input layer; errors name the dialog label, layer and field."""
        targets = cohort_targets(self, parameters, context)
        if not targets:
            return []
        source = get_source(self, parameters, "INPUT", context)
        names = source.fields().names()
        missing = [f for f, _ in targets if f not in names]
        if missing:
            raise QgsProcessingException(self.trn(
                "{0}: %n field(s) not in layer {2}: {1}. Name fields of that layer with the people of each age "
                "band; its fields are: {3}.", len(missing)).format(
                self.label("TARGETS"), ", ".join(f"'{f}'" for f in missing),
                layer_label(self, "INPUT", source), ", ".join(names)))
        return targets
