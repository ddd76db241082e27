"""caremap:caredemand: weighted care demand, dependency and care intensity per unit from
age-band fields (thin adapter; formulas in kernels/demand.py)."""
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

from ...kernels import demand
from .. import layer_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import advanced
from ..params import check_non_negative

DEFAULT_MAPPING = "p_0_2:0-2;p_3_5:3-5;p_6_12:6-12;p_13_17:13-17;p_18_64:18-64;p_65_79:65-79;p_80p:80+"
OUTPUT_FIELDS = ("care_demand", "pop_bands", "dep_children", "dep_older", "dependents", "share_children",
                 "share_older", "caregivers", "care_intensity", "pop_density", "demand_density",
                 "share_under5", "share_80plus", "dependency_ratio", "share_women_unpaid", "fhh_share")


class CareDemandAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "caredemand"
    DISPLAY_NAME = "Care demand"
    GROUP_ID = "supply"
    TAGS = "care,demand,age,children,older,dependency,madrid scale,care units,caregivers"
    HELP = (
        "How much care do the people of each block need, and who is there to give it? From the "
        "number of people per age band of each unit (census block, tract, grid cell), this tool "
        "computes the care demand, the dependants and the potential caregivers.\n\n"
        "How to read the results (the units, with their own fields and these):\n"
        "- care_demand: people weighted by how much care their age needs (care units). With equal "
        "weights it is simply the number of people in the chosen bands (e.g. children 0-5); with "
        "Durán's Madrid scale a child 0-4 counts 2, an adult 18-64 counts 1 and a person 85+ counts 2.\n"
        "- pop_bands: the people in the chosen age bands.\n"
        "- dep_children (under 15), dep_older (65 and over), dependents and their shares "
        "share_children, share_older (0-1).\n"
        "- caregivers: the potential caregivers (the caregivers field, e.g. women 15-64, or else the "
        "people aged 15-64 of the bands); care_intensity = dependants per caregiver (NULL where there "
        "is no caregiver).\n"
        "- For polygons: pop_density and demand_density, per km2.\n"
        "- The care-block criteria of Bogota (read by the Bogota preset of the care priority index): "
        "share_under5 and share_80plus (children under 5 and people aged 80 or more, shares 0-1 of the people "
        "in the bands) and dependency_ratio (people under 15 and aged 65 or more per person aged 15-64); with "
        "'Women who only do unpaid domestic work', share_women_unpaid (that field over the potential caregivers: "
        "give the women aged 15 or more there for the census definition); with 'Single-parent households headed "
        "by a woman' and 'Households', fhh_share (0-1).\n\n"
        "Example: in the demo city, all seven age bands with the Madrid scale give about 1.53 million "
        "care units for 1.27 million people (1.20 per person), and the median block has 0.94 "
        "dependants per woman aged 15-64; the bands 0-2 and 3-5 with equal weights give 102,803 "
        "children, the care demand of childcare. By hand, a block with 30 children aged 0-2, 30 aged 3-5, 40 aged "
        "6-14, 200 people aged 15-64, 50 aged 65-79 and 20 aged 80 or more (370 people): share_under5 = (30 + "
        "20) / 370 = 0.135 (two of the three years of the band 3-5 are under 5), share_80plus = 20 / 370 = "
        "0.054, dependency_ratio = 170 / 200 = 0.85.\n\n"
        "Caveats: a unit with no value (NULL) in one of its age bands gets no care demand (counted in "
        "the log): fill it in, or it counts as no demand at all. Bands that do not match the scale's "
        "ages get the mean weight of the years they span, and an open band such as 80+ is taken to "
        "span the years set under 'Years spanned by an open band such as 80+' (80-89 by default). The "
        "weights and formulas are in docs/methods.md."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer of units (points or polygons) with counts of people per age band. Typical: census blocks or grid cells."),
        "BAND_MAPPING": QT_TRANSLATE_NOOP("CareMap", "Which field holds which ages, as field:band items separated by ';', bands in whole years, 'a+' for an open band. Typical: 'p_0_2:0-2;p_3_5:3-5' for children 0-5; all bands for the whole population."),
        "WEIGHTS": QT_TRANSLATE_NOOP("CareMap", "Care weight per person: equal (1 each), Durán's Madrid scale of care units (more for small children and the very old), or your own weights per field (given in 'Custom weights'). Typical: the Madrid scale for total care demand, equal for one age group."),
        "CUSTOM_WEIGHTS": QT_TRANSLATE_NOOP("CareMap", "Your own weights, used when the weights are custom, as field:weight items separated by ';'. Typical: 'p_0_2:2;p_3_5:1.5;p_80p:2'."),
        "CAREGIVER_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field with the potential caregivers of each unit; empty = persons 15-64 from the bands. Typical: women 15-64."),
        "UNPAID_WOMEN_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field with the women aged 15 or more who only do unpaid domestic work (census: activity in the last week); gives share_women_unpaid, over the potential caregivers. Typical: empty, or the census count with the women aged 15 or more as potential caregivers."),
        "FHH_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field with the single-parent households headed by a woman; with the households field it gives fhh_share. Typical: empty when the layer already has a share of female-headed households."),
        "HOUSEHOLDS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field with all the households of each unit, the denominator of fhh_share. Typical: the census count of households."),
        "OPEN_BAND_WIDTH": QT_TRANSLATE_NOOP("CareMap", "Years an open band such as 80+ is taken to span when weighting it. Typical: 10 (80+ read as 80-89)."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The units with care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity, the care-block criteria (share_under5, share_80plus, dependency_ratio, and share_women_unpaid and fhh_share when their fields are given) and, for polygons, pop_density and demand_density."),
        "TOTAL_CARE_DEMAND": QT_TRANSLATE_NOOP("CareMap", "Sum of care_demand over the units with all their age-band values (people, or care units with the Madrid scale); None when no unit has them all."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Units with age-band counts"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterString(
            "BAND_MAPPING", self.tr("Age-band fields (field:band;...)"), defaultValue=DEFAULT_MAPPING))
        self.addParameter(self.static_enum("WEIGHTS", self.tr("Weights"), demand.PRESETS, "madrid"))
        self.addParameter(QgsProcessingParameterString(
            "CUSTOM_WEIGHTS", self.tr("Custom weights (field:weight;...)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterField(
            "CAREGIVER_FIELD", self.tr("Potential caregivers field (e.g. women 15-64)"), parentLayerParameterName="INPUT",
            type=QgsProcessingParameterField.DataType.Numeric, optional=True, defaultValue="women_15_64"))
        self.addParameter(QgsProcessingParameterField(
            "UNPAID_WOMEN_FIELD", self.tr("Women who only do unpaid domestic work"),
            parentLayerParameterName="INPUT", type=QgsProcessingParameterField.DataType.Numeric, optional=True, defaultValue="women_unpaid"))
        self.addParameter(QgsProcessingParameterField(
            "FHH_FIELD", self.tr("Single-parent households headed by a woman"),
            parentLayerParameterName="INPUT", type=QgsProcessingParameterField.DataType.Numeric, optional=True, defaultValue="fhh_single_parent"))
        self.addParameter(QgsProcessingParameterField(
            "HOUSEHOLDS_FIELD", self.tr("Households"),
            parentLayerParameterName="INPUT", type=QgsProcessingParameterField.DataType.Numeric, optional=True, defaultValue="households"))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "OPEN_BAND_WIDTH", self.tr("Years spanned by an open band such as 80+"),
            QgsProcessingParameterNumber.Type.Integer, demand.OPEN_BAND_WIDTH, minValue=1, maxValue=40)))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Care demand")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_CARE_DEMAND", self.tr("Total care demand")))

    def processAlgorithm(self, parameters, context, feedback):
        try:
            mapping = demand.parse_band_mapping(self.parameterAsString(parameters, "BAND_MAPPING", context))
        except ValueError as exc:
            raise QgsProcessingException(self.tr("{0}: {1}. Write it as field:band items separated by ';', "
                                                 "e.g. 'p_0_2:0-2;p_3_5:3-5;p_80p:80+'.").format(
                self.label("BAND_MAPPING"), exc)) from None
        fields = [f for f, _ in mapping]
        bands = [b for _, b in mapping]
        preset = self.enum_value(parameters, "WEIGHTS", context)
        open_width = self.parameterAsInt(parameters, "OPEN_BAND_WIDTH", context)
        try:
            if preset == "custom":
                weights = demand.parse_custom_weights(
                    self.parameterAsString(parameters, "CUSTOM_WEIGHTS", context), fields)
            else:
                weights = demand.band_weights(bands, preset, open_width)
        except ValueError as exc:
            raise QgsProcessingException(self.tr("{0}: {1}.").format(
                self.label("CUSTOM_WEIGHTS") if preset == "custom" else self.label("WEIGHTS"), exc)) from None
        caregiver_field = self.parameterAsString(parameters, "CAREGIVER_FIELD", context) or None
        extra = {name: self.parameterAsString(parameters, name, context) or None
                 for name in ("UNPAID_WOMEN_FIELD", "FHH_FIELD", "HOUSEHOLDS_FIELD")}
        if extra["UNPAID_WOMEN_FIELD"] and not caregiver_field:
            raise QgsProcessingException(self.tr(
                "{0} is set but {1} is empty: the share of women in unpaid domestic work is taken over the "
                "potential caregivers. Choose the field of women aged 15 or more (or 15-64) there.").format(
                self.label("UNPAID_WOMEN_FIELD"), self.label("CAREGIVER_FIELD")))
        if bool(extra["FHH_FIELD"]) != bool(extra["HOUSEHOLDS_FIELD"]):
            raise QgsProcessingException(self.tr(
                "{0} and {1} go together (fhh_share is the first over the second): choose both, or "
                "neither.").format(self.label("FHH_FIELD"), self.label("HOUSEHOLDS_FIELD")))
        numeric = list(fields)
        for name in [caregiver_field, *extra.values()]:
            if name and name not in numeric:
                numeric.append(name)
        arr = layer_io.read_points(self, parameters, "INPUT", context, feedback, numeric=numeric, allow_nulls=True)
        counts = np.column_stack([arr.numeric[f] for f in fields])
        for name in numeric:
            check_non_negative(arr.numeric[name], name, arr.layer_name)
        missing = np.isnan(counts)
        n_null = int(missing.any(axis=1).sum())
        if n_null:
            per_field = ", ".join(f"'{f}': {int(c)}" for f, c in zip(fields, missing.sum(axis=0)) if c)
            feedback.pushWarning(self.trn("%n unit(s) of layer {0} without a value (NULL or not a finite number) "
                                          "in an age-band field ({1}): their care demand and indicators are NULL. "
                                          "Fill in those counts for a complete map.", n_null).format(
                arr.layer_name, per_field))
        if caregiver_field:
            n_care_null = int(np.isnan(arr.numeric[caregiver_field]).sum())
            if n_care_null and extra["UNPAID_WOMEN_FIELD"]:
                feedback.pushWarning(self.trn(
                    "%n unit(s) of layer {0} without a value (NULL or not a finite number) in the caregivers "
                    "field '{1}': their care_intensity and share_women_unpaid (the field '{2}' over '{1}') are "
                    "NULL. Fill in '{1}' for those units.", n_care_null).format(
                        arr.layer_name, caregiver_field, extra["UNPAID_WOMEN_FIELD"]))
            elif n_care_null:
                feedback.pushWarning(self.trn(
                    "%n unit(s) of layer {0} without a value (NULL or not a finite number) in the caregivers "
                    "field '{1}': their care_intensity is NULL. Fill in '{1}' for those units.",
                    n_care_null).format(arr.layer_name, caregiver_field))
        feedback.pushInfo(self.tr("Weights ({0}): {1}").format(
            preset, ", ".join(f"{f} = {w:.4g}" for f, w in zip(fields, weights))))
        try:
            out = demand.demand_indicators(
                counts, bands, weights,
                caregivers=arr.numeric[caregiver_field] if caregiver_field else None,
                area_m2=arr.area, open_width=open_width)
        except ValueError as exc:
            raise QgsProcessingException(self.tr("Layer {0}: {1}").format(arr.layer_name, exc)) from None
        out["pop_bands"] = out.pop("pop_total")
        col = {key: (arr.numeric[name] if name else None) for key, name in extra.items()}
        out.update(demand.care_block_criteria(
            counts, bands, caregivers=out["caregivers"], unpaid_women=col["UNPAID_WOMEN_FIELD"],
            fhh=col["FHH_FIELD"], households=col["HOUSEHOLDS_FIELD"], open_width=open_width))
        if not caregiver_field:
            feedback.pushInfo(self.tr("No caregiver field: potential caregivers are the persons aged 15-64 in the bands."))
        # units with their dependants known and no one to care for them: 0 caregivers (the NULL ones
        # are counted above)
        no_care = ~np.isnan(out["dependents"]) & ~np.isnan(out["caregivers"]) & np.isnan(out["care_intensity"])
        n_no_care = int(no_care.sum())
        if n_no_care and caregiver_field:
            feedback.pushWarning(self.trn(
                "%n unit(s) of layer {0} with 0 potential caregivers in the caregivers field '{1}': their "
                "care_intensity (dependants per caregiver) is NULL there.", n_no_care).format(
                    arr.layer_name, caregiver_field))
        elif n_no_care:
            ages = (demand.CHILD_UNTIL + 1, demand.OLDER_FROM - 1)
            involved = demand.band_fraction(bands, *ages, open_width) > 0   # the bands the caregivers come from
            feedback.pushWarning(self.trn(
                "%n unit(s) of layer {0} with no one aged {1}-{2} in the age-band fields ({3}): their "
                "care_intensity (dependants per caregiver) is NULL there. Choose a potential caregivers field "
                "if the caregivers are counted elsewhere.", n_no_care).format(
                    arr.layer_name, *ages,
                    ", ".join(f"'{f}'" for f, used in zip(fields, involved) if used or not involved.any())))
        if arr.area is not None:
            n_no_area = int((~np.isnan(out["pop_bands"]) & np.isnan(out["pop_density"])).sum())
            if n_no_area:
                feedback.pushWarning(self.trn("%n unit(s) of layer {0} without an area (an empty, zero-area or "
                                              "invalid polygon): pop_density and demand_density are NULL there.",
                                              n_no_area).format(arr.layer_name))
        known = ~np.isnan(out["care_demand"])
        total = float(out["care_demand"][known].sum()) if known.any() else None
        if total is None:
            feedback.pushWarning(self.tr("No unit of layer {0} has all its age-band values: the total care "
                                         "demand is left empty.").format(arr.layer_name))
        elif not (out["pop_bands"][known] > 0).any():
            feedback.pushWarning(self.tr("Every age-band count of layer {0} is 0: no one lives in these units, so "
                                         "the care demand is 0 and the shares, care intensity and densities say "
                                         "nothing (shares and care intensity are NULL).").format(arr.layer_name))
        new_fields = {k: out[k] for k in OUTPUT_FIELDS if k in out}
        dest = layer_io.write_with_fields(self, parameters, "OUTPUT", context, feedback, arr, new_fields)
        return {"OUTPUT": dest, "TOTAL_CARE_DEMAND": self.figure(total)}
