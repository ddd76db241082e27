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
from ..params import check_non_negative

DEFAULT_MAPPING = "p_0_2:0-2;p_3_5:3-5;p_6_12:6-12;p_13_17:13-17;p_18_64:18-64;p_65_79:65-79;p_80p:80+"
OUTPUT_FIELDS = ("care_demand", "pop_bands", "dep_children", "dep_older", "dependents", "share_children",
                 "share_older", "caregivers", "care_intensity", "pop_density", "demand_density")


class CareDemandAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "caredemand"
    DISPLAY_NAME = "Care demand"
    GROUP_ID = "supply"
    TAGS = "care,demand,age,children,older,dependency,madrid scale,care units,caregivers"
    HELP = (
        "Weighted care demand per unit (census block, tract, grid cell) from age-band fields.\n\n"
        "BAND_MAPPING tells which field holds which ages, as field:band items separated by ';', "
        "with bands in whole years: 'p_0_2:0-2;p_3_5:3-5;...;p_80p:80+'.\n\n"
        "WEIGHTS: 'equal' (1 per person), 'madrid' (M.A. Durán's Madrid scale of care units: "
        "0-4 = 2, 5-14 = 1.5, 15-17 = 1.2, 18-64 = 1, 65-74 = 1.2, 75-84 = 1.7, 85+ = 2) or 'custom' "
        "(CUSTOM_WEIGHTS 'field:weight;...'). Bands that do not align with the scale get the mean weight "
        "of the years they span (people spread evenly within a band); an open band 'a+' is taken as "
        "OPEN_BAND_WIDTH years for this (e.g. 80+ -> 80-89 -> 1.85).\n\n"
        "Outputs: care_demand = sum of weight x persons (care units); pop_bands (persons in the mapped "
        "bands); dep_children (< 15) and dep_older (65+) and their shares; caregivers (CAREGIVER_FIELD, "
        "e.g. women 15-64, or else persons 15-64 from the bands); care_intensity = dependents / "
        "caregivers (NULL where there are no caregivers); for polygons, pop_density and demand_density "
        "per km2. NULL band values give NULL results for that unit (counted in the log)."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer of units (points or polygons) with counts of people per age band. Typical: census blocks or grid cells."),
        "BAND_MAPPING": QT_TRANSLATE_NOOP("CareMap", "Which field holds which ages, as field:band items separated by ';', bands in whole years, 'a+' for an open band. Typical: 'p_0_2:0-2;p_3_5:3-5;p_80p:80+'."),
        "WEIGHTS": QT_TRANSLATE_NOOP("CareMap", "Care weight per person: equal (1 each), madrid (Durán's Madrid scale of care units) or custom (CUSTOM_WEIGHTS). Typical: madrid for total care demand, equal for one cohort."),
        "CUSTOM_WEIGHTS": QT_TRANSLATE_NOOP("CareMap", "Weights for WEIGHTS=custom, as field:weight items separated by ';'. Typical: 'p_0_2:2;p_3_5:1.5;p_80p:2'."),
        "CAREGIVER_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field with the potential caregivers of each unit; empty = persons 15-64 from the bands. Typical: women 15-64."),
        "OPEN_BAND_WIDTH": QT_TRANSLATE_NOOP("CareMap", "Years an open band such as 80+ is taken to span when weighting it. Typical: 10 (80+ read as 80-89)."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The units with care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity and, for polygons, pop_density and demand_density."),
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
        self.addParameter(QgsProcessingParameterNumber(
            "OPEN_BAND_WIDTH", self.tr("Years spanned by an open band such as 80+"),
            QgsProcessingParameterNumber.Type.Integer, demand.OPEN_BAND_WIDTH, minValue=1, maxValue=40))
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
        numeric = fields + ([caregiver_field] if caregiver_field and caregiver_field not in fields else [])
        arr = layer_io.read_points(self, parameters, "INPUT", context, feedback, numeric=numeric, allow_nulls=True)
        counts = np.column_stack([arr.numeric[f] for f in fields])
        for name in numeric:
            check_non_negative(arr.numeric[name], name, arr.layer_name)
        missing = np.isnan(counts)
        n_null = int(missing.any(axis=1).sum())
        if n_null:
            per_field = ", ".join(f"'{f}': {int(c)}" for f, c in zip(fields, missing.sum(axis=0)) if c)
            feedback.pushWarning(self.tr("{0} unit(s) of layer {1} have no value (NULL or not a finite number) in "
                                         "an age-band field ({2}): their care demand and indicators are NULL. "
                                         "Fill in those counts for a complete map.").format(
                n_null, arr.layer_name, per_field))
        if caregiver_field:
            n_care_null = int(np.isnan(arr.numeric[caregiver_field]).sum())
            if n_care_null:
                feedback.pushWarning(self.tr("{0} unit(s) of layer {1} have no value (NULL or not a finite number) "
                                             "in the caregivers field '{2}': their care_intensity is NULL.").format(
                    n_care_null, arr.layer_name, caregiver_field))
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
        if not caregiver_field:
            feedback.pushInfo(self.tr("No caregiver field: potential caregivers are the persons aged 15-64 in the bands."))
        n_no_care = int((~np.isnan(out["dependents"]) & np.isnan(out["care_intensity"])).sum())
        if n_no_care:
            feedback.pushInfo(self.tr("{0} unit(s) have no potential caregiver: care_intensity is NULL there.").format(n_no_care))
        if arr.area is not None:
            n_no_area = int((~np.isnan(out["pop_bands"]) & np.isnan(out["pop_density"])).sum())
            if n_no_area:
                feedback.pushWarning(self.tr("{0} unit(s) of layer {1} have no area (an empty, zero-area or "
                                             "invalid polygon): pop_density and demand_density are NULL there.")
                                     .format(n_no_area, arr.layer_name))
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
