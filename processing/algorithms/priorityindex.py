"""caremap:priorityindex: weighted composite of normalised, oriented indicators, with
rank, quintile and each indicator's contribution (formulas in ``kernels.priority``)."""
import re

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ...kernels.priority import NORMALIZATIONS, priority_index
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..layer_io import read_points, write_with_fields
from ..params import DEFAULT_FIELDS, UNIT_TYPES, field_param, kernel_call


def contribution_name(field):
    return "contrib_" + re.sub(r"\W+", "_", field)


class PriorityIndexAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "priorityindex"
    DISPLAY_NAME = "Care priority index"
    GROUP_ID = "gaps"
    TAGS = "priority,composite index,ranking,quintile,vulnerability"
    HELP = (
        "A composite care priority index from chosen indicator fields (e.g. unmet demand, low "
        "access, care intensity, poverty, female-headed households).\n\n"
        "Each indicator in FIELDS is normalised (NORMALIZATION: minmax to [0, 1], rank to [0, 1] "
        "with average ranks for ties, or z-score) and oriented so that higher = more priority: "
        "list in INVERT_FIELDS the indicators where a LOWER value means more need (e.g. access). "
        "WEIGHTS is a comma-separated list of non-negative numbers, one per field in FIELDS "
        "order (empty = equal weights); they are rescaled to sum 1. A constant indicator "
        "normalises to 0.\n"
        "Output fields: priority (sum of the contributions), priority_rank (1 = highest "
        "priority; ties share a rank), priority_quintile (5 = the 20% highest-priority units, "
        "1 = the lowest), and contrib_<field> = weight x normalised value for each indicator, "
        "so the index can be explained indicator by indicator. NULL indicator values are an error."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer of units with the indicator fields. Typical: the units output of caremap:carepipeline."),
        "FIELDS": QT_TRANSLATE_NOOP("CareMap", "Numeric indicator fields to combine (no NULL values). Typical: unmet, access, care_intensity and a poverty rate."),
        "INVERT_FIELDS": QT_TRANSLATE_NOOP("CareMap", "Indicators of FIELDS where a lower value means more need, so they are reversed. Typical: access."),
        "NORMALIZATION": QT_TRANSLATE_NOOP("CareMap", "How each indicator is put on a common scale: minmax (0-1), rank (0-1) or z (z-score). Typical: minmax."),
        "WEIGHTS": QT_TRANSLATE_NOOP("CareMap", "Non-negative weights separated by commas, one per field in FIELDS order, rescaled to sum 1; empty = equal weights. Typical: '2,1,1'."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The units with priority, priority_rank, priority_quintile and one contrib_<field> per indicator."),
        "N_RANKED": QT_TRANSLATE_NOOP("CareMap", "Number of units with a priority index (a unit with NULL in an indicator gets none)."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", self.tr("Units"), UNIT_TYPES))
        # default: caregaps' unmet (higher = more need); access is not preselected, since it
        # would need inverting
        self.addParameter(field_param("FIELDS", self.tr("Indicator fields"), multiple=True,
                                      default=[DEFAULT_FIELDS["unmet"]]))
        self.addParameter(field_param("INVERT_FIELDS", self.tr("Indicators where lower = more priority"),
                                      multiple=True, optional=True))
        self.addParameter(self.static_enum("NORMALIZATION", self.tr("Normalisation"),
                                           NORMALIZATIONS, "minmax"))
        self.addParameter(QgsProcessingParameterString(
            "WEIGHTS", self.tr("Weights (comma-separated, one per indicator; empty = equal)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Care priority index"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber("N_RANKED", self.tr("Units with a priority index")))

    def processAlgorithm(self, parameters, context, feedback):
        as_list = getattr(self, "parameterAsStrings", None) or self.parameterAsFields  # 3.34 compat
        fields = as_list(parameters, "FIELDS", context)
        invert = set(as_list(parameters, "INVERT_FIELDS", context) or [])
        method = self.enum_value(parameters, "NORMALIZATION", context)
        text = (self.parameterAsString(parameters, "WEIGHTS", context) or "").strip()
        if not fields:
            self.fail(self.tr("Choose at least one field in {0}.").format(self.label("FIELDS")))
        stray = invert - set(fields)
        if stray:
            self.fail(self.tr("Field(s) {0} are chosen in {1} but not in {2}: add them to {2}, or untick them "
                              "in {1}.").format(", ".join(f"'{f}'" for f in sorted(stray)),
                                                self.label("INVERT_FIELDS"), self.label("FIELDS")))
        weights = None
        if text:
            try:
                weights = [float(t) for t in re.split(r"[;,\s]+", text) if t]
            except ValueError:
                self.fail(self.tr("{0} holds '{1}': write numbers separated by commas, one per indicator field "
                                  "(e.g. 2,1,1), or leave it empty for equal weights.").format(
                    self.label("WEIGHTS"), text))
            if len(weights) != len(fields):
                self.fail(self.tr("{0} holds {1} number(s) but {2} field(s) are chosen in {3} ({4}): give one "
                                  "weight per field, in that order, or leave it empty for equal weights.").format(
                    self.label("WEIGHTS"), len(weights), len(fields), self.label("FIELDS"), ", ".join(fields)))
        units = read_points(self, parameters, "INPUT", context, feedback, numeric=fields)
        self.check_canceled(feedback)
        X = np.column_stack([units.numeric[f] for f in fields])
        res = kernel_call(priority_index, X, weights, method, [f not in invert for f in fields])
        flat = [f for f in fields if np.all(units.numeric[f] == units.numeric[f][0])]
        if flat:
            feedback.pushWarning(self.tr("No variation: indicator(s) {0} of layer {1} have the same value in every "
                                         "unit; they normalise to 0 and do not change the ranking.").format(
                ", ".join(flat), units.layer_name))
        out = {"priority": res["index"], "priority_rank": res["rank"], "priority_quintile": res["quintile"]}
        for k, f in enumerate(fields):
            out[contribution_name(f)] = res["contributions"][:, k]
        for f, w in zip(fields, res["weights"]):
            feedback.pushInfo(self.tr("{0}: weight {1:.3f}{2}").format(
                f, w, self.tr(" (inverted)") if f in invert else ""))
        share = res["contributions"].sum(axis=0)
        total = share.sum()
        if total > 0 and method != "z":
            feedback.pushInfo(self.tr("Share of the total index by indicator: {0}").format(
                ", ".join(f"{f} {s / total:.1%}" for f, s in zip(fields, share))))
        return {"OUTPUT": write_with_fields(self, parameters, "OUTPUT", context, feedback, units, out),
                "N_RANKED": int(np.isfinite(res["index"]).sum())}
