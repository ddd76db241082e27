"""caremap:priorityindex: weighted composite of normalised, oriented indicators, with
rank, quintile and each indicator's contribution (formulas in ``kernels.priority``)."""
import re

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ...kernels.priority import NORMALIZATIONS, priority_index
from ...kernels.priority_sensitivity import PRESETS, SENSITIVITY_STEP, sensitivity
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..layer_io import layer_label, read_points, write_with_fields
from ..params import DEFAULT_FIELDS, UNIT_TYPES, field_param, kernel_call


def contribution_name(field):
    return "contrib_" + re.sub(r"\W+", "_", field)


class PriorityIndexAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "priorityindex"
    DISPLAY_NAME = "Care priority index"
    GROUP_ID = "gaps"
    TAGS = "priority,composite index,ranking,quintile,vulnerability"
    HELP = (
        "Which units should come first? The care priority index combines several indicators of need "
        "(unmet demand, low access, poverty, female-headed households...) into one score per unit, ranks "
        "the units and shows how much each indicator adds to each score.\n\n"
        "How to read the results:\n"
        "- Care priority index (one row per unit, with its own fields): priority = the score, from 0 to 1 "
        "with the min-max or rank normalisation (higher = more priority); priority_rank = 1 for the "
        "highest priority (ties share a rank); priority_quintile = 5 for the 20% of units with the highest "
        "priority, down to 1 for the lowest 20%; contrib_ followed by the field name = what that indicator "
        "adds to the score (weight x normalised value), so a score can be explained indicator by "
        "indicator.\n"
        "- With the sensitivity to the weights: rank_best and rank_worst (the best and worst rank when each "
        "weight in turn is 20% lower or 20% higher), rank_move (the most the rank moves) and top_always (1 = "
        "in the top quintile under every one of those weightings: a priority no reasonable change of weights "
        "removes).\n\n"
        "Weights: write them tied to the field names, e.g. 'unmet:2, access:1, poverty:1, fhh_share:1' "
        "(each ticked indicator once; they are rescaled to sum 1). Empty = equal weights. A plain list of "
        "numbers ('2,1,1,1') is still accepted, paired with the indicators in the order they are listed "
        "(in the dialog: the order of the fields in the layer, not the order they were ticked), so the log "
        "shows the weight each indicator got.\n\n"
        "Example: in the demo city of the tutorial, unmet demand (weight 2), access (lower = more "
        "priority), poverty and female-headed households (weight 1 each), normalised by rank: 598 blocks "
        "are in the top quintile, 38% of them in El Porvenir, followed by Las Américas; only 8% of them are "
        "care deserts. By hand: three blocks with unmet demand 10, 50, 30 and access 0.2, 0.1, 0.5, weights "
        "'unmet:2, access:1', min-max: priority 0.25, 1.00 and 0.33, ranks 3, 1 and 2.\n\n"
        "The Bogota preset takes the criteria Bogota's District Care System used to place its care blocks: care "
        "demand (share_under5: share of children under 5; share_80plus: share of people aged 80 or more; "
        "dependency_ratio), caregivers (share_women_unpaid: share of women aged 15 or more who only do unpaid "
        "domestic work; fhh_share: share of (single-parent) households headed by a woman) and poverty, each weight 1 unless "
        "weights are given; the layer needs fields with those names.\n\n"
        "Caveats: the weights are a choice, not a fact: say who chose them. An indicator with the same "
        "value everywhere adds nothing (warned); NULL indicator values are an error."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer of units with the indicator fields. Typical: the Care deserts layer, or the units output of Care map in one run."),
        "PRESET": QT_TRANSLATE_NOOP("CareMap", "Ready-made indicators: none = the indicator fields ticked below; Bogota care blocks = the criteria of Bogota's District Care System (share_under5, share_80plus, dependency_ratio, share_women_unpaid, fhh_share, poverty, read from fields with those names; the ticked fields are then not used). Typical: none."),
        "FIELDS": QT_TRANSLATE_NOOP("CareMap", "Numeric indicator fields to combine (no NULL values). Typical: unmet, access, care_intensity and a poverty rate."),
        "INVERT_FIELDS": QT_TRANSLATE_NOOP("CareMap", "Indicators, among the ticked indicator fields, where a lower value means more need, so they are reversed. Typical: access."),
        "NORMALIZATION": QT_TRANSLATE_NOOP("CareMap", "How each indicator is put on a common scale: min-max (0 to 1), rank (0 to 1, ties share the average rank) or z-score. Typical: min-max, or rank when an indicator has extreme values."),
        "WEIGHTS": QT_TRANSLATE_NOOP("CareMap", "Weight of each indicator as field:weight items separated by commas, one for each ticked indicator, rescaled to sum 1; empty = equal weights. A plain list of numbers is paired with the indicators in the order they are listed (the layer's field order in the dialog). Typical: 'unmet:2, access:1, poverty:1'."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The units with priority, priority_rank, priority_quintile and one contribution field (contrib_ and the field name) per indicator."),
        "N_RANKED": QT_TRANSLATE_NOOP("CareMap", "Number of units with a priority index (a unit with NULL in an indicator gets none)."),
        "SENSITIVITY": QT_TRANSLATE_NOOP("CareMap", "Also rank the units with each weight in turn 20% lower and 20% higher, and flag the units in the top quintile under every one of those weightings. Typical: on, before a ranking decides where money goes."),
        "N_TOP_ALWAYS": QT_TRANSLATE_NOOP("CareMap", "Number of units in the top quintile under every weighting of the sensitivity report; None when the report was not asked for."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", self.tr("Units"), UNIT_TYPES))
        self.addParameter(self.static_enum("PRESET", self.tr("Preset of indicators"), tuple(PRESETS), "none"))
        # default: caregaps' unmet (higher = more need); access is not preselected, since it
        # would need inverting
        self.addParameter(field_param("FIELDS", self.tr("Indicator fields"), multiple=True, optional=True,
                                      default=[DEFAULT_FIELDS["unmet"]]))
        self.addParameter(field_param("INVERT_FIELDS", self.tr("Indicators where lower = more priority"),
                                      multiple=True, optional=True))
        self.addParameter(QgsProcessingParameterString(
            "WEIGHTS", self.tr("Weights (field:weight, separated by commas; empty = equal)"),
            defaultValue="", optional=True))
        self.addParameter(self.static_enum("NORMALIZATION", self.tr("Normalisation"),
                                           NORMALIZATIONS, "minmax"))
        self.addParameter(QgsProcessingParameterBoolean(
            "SENSITIVITY", self.tr("Sensitivity to the weights (each weight {0:.0%} lower and higher)").format(
                SENSITIVITY_STEP), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Care priority index"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber("N_RANKED", self.tr("Units with a priority index")))
        self.addOutput(QgsProcessingOutputNumber("N_TOP_ALWAYS", self.tr("Units in the top quintile under every weighting")))

    def _weights(self, text, fields):
        """The weight of each of ``fields`` (in that order) from the text of the weights
        parameter: 'field:weight' items (each field once, every field named), or plain
        numbers paired with ``fields`` in their order; None when empty (equal weights).
        Errors name the dialog labels and say what to write."""
        items = [t.strip() for t in re.split(r"[;,]", text) if t.strip()]
        if not items:
            return None
        named = [":" in t for t in items]
        example = ", ".join(f"{f}:1" for f in fields)
        if any(named) and not all(named):
            self.fail(self.tr("{0} holds '{1}': give every weight with its field name (e.g. {2}), or only "
                              "numbers.").format(self.label("WEIGHTS"), text, example))
        if not any(named):
            try:
                weights = [float(t) for t in re.split(r"[;,\s]+", text) if t]
            except ValueError:
                self.fail(self.tr("{0} holds '{1}': write field:weight items separated by commas (e.g. {2}), "
                                  "or leave it empty for equal weights.").format(self.label("WEIGHTS"), text, example))
            if len(weights) != len(fields):
                self.fail(self.trn("{0}: %n indicator field(s) chosen in {1} ({2}), but the number of weights "
                                   "given is {3}. Write field:weight items (e.g. {4}), or leave it empty for equal "
                                   "weights.", len(fields)).format(self.label("WEIGHTS"), self.label("FIELDS"),
                                                                   ", ".join(fields), len(weights), example))
            return weights
        given = {}
        for item in items:
            name, _, number = item.rpartition(":")
            name = name.strip().strip("'\"")
            if name not in fields:
                self.fail(self.tr("{0}: '{1}' is not one of the indicator fields chosen in {2} ({3}). Tick it "
                                  "there, or correct the name.").format(self.label("WEIGHTS"), name,
                                                                        self.label("FIELDS"), ", ".join(fields)))
            if name in given:
                self.fail(self.tr("{0}: field '{1}' is given twice; give each indicator one weight.").format(
                    self.label("WEIGHTS"), name))
            try:
                given[name] = float(number)
            except ValueError:
                self.fail(self.tr("{0}: the weight of '{1}' is '{2}', not a number (e.g. {1}:2).").format(
                    self.label("WEIGHTS"), name, number.strip()))
        missing = [f for f in fields if f not in given]
        if missing:
            self.fail(self.trn("{0}: no weight for %n ticked indicator(s): {1}. Give each a weight (e.g. {2}), "
                               "or untick it in {3}.", len(missing)).format(
                self.label("WEIGHTS"), ", ".join(missing), ", ".join(f"{f}:1" for f in missing),
                self.label("FIELDS")))
        return [given[f] for f in fields]

    def processAlgorithm(self, parameters, context, feedback):
        as_list = getattr(self, "parameterAsStrings", None) or self.parameterAsFields  # 3.34 compat
        fields = as_list(parameters, "FIELDS", context)
        invert = set(as_list(parameters, "INVERT_FIELDS", context) or [])
        method = self.enum_value(parameters, "NORMALIZATION", context)
        text = (self.parameterAsString(parameters, "WEIGHTS", context) or "").strip()
        preset = PRESETS.get(self.enum_value(parameters, "PRESET", context))
        if preset:
            fields, invert = [f for _, f, _ in preset], set()
            have = set(self.parameterAsSource(parameters, "INPUT", context).fields().names())
            missing = [f"{f} ({c})" for c, f, _ in preset if f not in have]
            if missing:
                self.fail(self.trn("The preset {0} needs %n field(s) that layer {1} does not have: {2}. Add them (e.g. "
                                   "with the field calculator), or choose no preset and tick your own fields.",
                                   len(missing)).format(self.label("PRESET"), layer_label(
                                       self, "INPUT", self.parameterAsSource(parameters, "INPUT", context)),
                                       "; ".join(missing)))
            if not text:
                text = ", ".join(f"{f}:{w:g}" for _, f, w in preset)
            feedback.pushInfo(self.tr("Preset: indicators {0}; the ticked indicator fields are not used.").format(
                ", ".join(fields)))
        if not fields:
            self.fail(self.tr("Choose at least one field in {0}.").format(self.label("FIELDS")))
        stray = invert - set(fields)
        if stray:
            self.fail(self.trn("%n field(s) chosen in {1} but not in {2}: {0}. Add them to {2}, or untick them "
                               "in {1}.", len(stray)).format(", ".join(f"'{f}'" for f in sorted(stray)),
                                                              self.label("INVERT_FIELDS"), self.label("FIELDS")))
        weights = self._weights(text, fields)
        if weights is not None and ":" not in text and len(set(weights)) > 1:
            feedback.pushWarning(self.tr("{0} are plain numbers, paired with the indicators in the order they are "
                                         "listed: {1}. To tie each weight to its field whatever the order, write "
                                         "{2}.").format(self.label("WEIGHTS"),
                                                        ", ".join(f"{f} {w:g}" for f, w in zip(fields, weights)),
                                                        ", ".join(f"{f}:{w:g}" for f, w in zip(fields, weights))))
        units = read_points(self, parameters, "INPUT", context, feedback, numeric=fields)
        self.check_canceled(feedback)
        X = np.column_stack([units.numeric[f] for f in fields])
        res = kernel_call(priority_index, X, weights, method, [f not in invert for f in fields])
        flat = [f for f in fields if np.all(units.numeric[f] == units.numeric[f][0])]
        if flat:
            feedback.pushWarning(self.trn("No variation: %n indicator(s) of layer {1} with the same value in every "
                                          "unit ({0}), normalised to 0: they do not change the ranking.",
                                          len(flat)).format(", ".join(flat), units.layer_name))
        out = {"priority": res["index"], "priority_rank": res["rank"], "priority_quintile": res["quintile"]}
        for k, f in enumerate(fields):
            out[contribution_name(f)] = res["contributions"][:, k]
        n_top = None
        if self.parameterAsBool(parameters, "SENSITIVITY", context):
            sens = kernel_call(sensitivity, X, weights, method, [f not in invert for f in fields])
            out.update({"rank_best": sens.rank_best, "rank_worst": sens.rank_worst, "rank_move": sens.max_shift,
                        "top_always": sens.top_always.astype(np.int64)})
            n_top = int(sens.top_always.sum())
            feedback.pushInfo(self.trn("Sensitivity: %n unit(s) stay in the top quintile under every weighting",
                                       n_top) + " " + self.trn("(each of the %n weight(s) in turn {0:.0%} lower and "
                                                               "higher); the largest move of a rank is {1}.",
                                                               len(fields)).format(SENSITIVITY_STEP,
                                                                                   int(sens.max_shift.max())))
        for f, w in zip(fields, res["weights"]):
            feedback.pushInfo(self.tr("{0}: weight {1:.3f}{2}").format(
                f, w, self.tr(" (inverted)") if f in invert else ""))
        share = res["contributions"].sum(axis=0)
        total = share.sum()
        if total > 0 and method != "z":
            feedback.pushInfo(self.tr("Share of the total index by indicator: {0}").format(
                ", ".join(f"{f} {s / total:.1%}" for f, s in zip(fields, share))))
        return {"OUTPUT": write_with_fields(self, parameters, "OUTPUT", context, feedback, units, out),
                "N_RANKED": int(np.isfinite(res["index"]).sum()), "N_TOP_ALWAYS": n_top}
