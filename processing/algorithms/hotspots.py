"""caremap:hotspots: Getis-Ord Gi* or local Moran's I with knn, distance-band or
contiguity weights, analytic and permutation p-values, FDR and 90/95/99% classes.
Formulas in ``kernels.hotspots`` and ``kernels.weights``."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ...kernels.hotspots import fdr_bh, gi_star, hotspot_classes, local_moran, moran_direction
from ...kernels.weights import (
    contiguity_weights,
    distance_band_weights,
    knn_weights,
    row_standardize,
    weights_report,
)
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..layer_io import read_points, read_polygon_rings, write_with_fields
from ..params import (
    DEFAULT_FIELDS,
    UNIT_TYPES,
    field_param,
    kernel_call,
    number_param,
    progress_callback,
)


class HotspotsAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "hotspots"
    DISPLAY_NAME = "Hot and cold spots"
    GROUP_ID = "gaps"
    TAGS = "hot spot,cold spot,Getis-Ord,Gi*,LISA,local Moran,cluster,FDR"
    HELP = (
        "Local hot and cold spots of a numeric FIELD.\n\n"
        "STATISTIC gi_star: Getis-Ord Gi* (Ord & Getis 1995) with the unit itself included "
        "(self weight 1, binary weights); its z is the same for binary and row-standardised "
        "weights (equal to esda G_Local(star=True, transform='B')). STATISTIC local_moran: "
        "local Moran's I (Anselin 1995) with row-standardised weights (WEIGHT_TRANSFORM=row, "
        "the default) or binary ones; outliers (High-Low, Low-High) are reported in "
        "'quadrant' (1 HH, 2 LH, 3 LL, 4 HL) and get hotspot_class 0.\n"
        "WEIGHTS: knn (K nearest units), distance (all units within DISTANCE metres, "
        "inclusive), queen or rook contiguity (polygons sharing a vertex / an edge; INPUT must "
        "be polygons). Units without a neighbour (islands) get NULL z and p and class 0.\n"
        "p is the two-sided normal p-value; with PERMUTATIONS > 0 (e.g. 999) p_sim is the "
        "folded conditional-permutation pseudo p-value, reproducible with SEED. Classes use "
        "p_sim when permutations were run, else p; with FDR the Benjamini-Hochberg adjusted "
        "values (field p_fdr). hotspot_class: 3/2/1 hot spot at 99/95/90% confidence, 0 not "
        "significant, -1/-2/-3 cold spot at 90/95/99%.\n"
        "Output fields: stat (Gi* or I), z, p, p_sim, p_fdr, hotspot_class, n_neighbors, "
        "quadrant (local Moran). Constant values give z = 0 and no hot spot."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer of units, points or polygons (polygons needed for queen and rook weights). Typical: census blocks with an indicator."),
        "FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field to search for hot and cold spots. Typical: unmet, access or priority."),
        "STATISTIC": QT_TRANSLATE_NOOP("CareMap", "gi_star = Getis-Ord Gi* (hot and cold spots); local_moran = local Moran's I (clusters and outliers). Typical: gi_star."),
        "WEIGHTS": QT_TRANSLATE_NOOP("CareMap", "Who the neighbours of a unit are: knn (the K nearest), distance (within DISTANCE metres), queen or rook contiguity (polygons). Typical: knn for points, queen for polygons."),
        "K": QT_TRANSLATE_NOOP("CareMap", "Number of nearest neighbours for WEIGHTS=knn. Typical: 8."),
        "DISTANCE": QT_TRANSLATE_NOOP("CareMap", "Distance band in metres for WEIGHTS=distance (inclusive). Typical: 1000 m."),
        "WEIGHT_TRANSFORM": QT_TRANSLATE_NOOP("CareMap", "Weights for local_moran: row (row-standardised) or binary; Gi* z is the same either way. Typical: row."),
        "PERMUTATIONS": QT_TRANSLATE_NOOP("CareMap", "Number of conditional permutations for the pseudo p-value p_sim (0 = analytic p only). Typical: 999."),
        "SEED": QT_TRANSLATE_NOOP("CareMap", "Random seed of the permutations, so a run can be reproduced. Typical: 12345."),
        "FDR": QT_TRANSLATE_NOOP("CareMap", "If checked, p-values are corrected for multiple testing (Benjamini-Hochberg false discovery rate) before classing. Typical: checked for many units."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The units with stat, z, p, p_sim, p_fdr, hotspot_class (3 to -3), n_neighbors and, for local_moran, quadrant."),
        "N_HOT": QT_TRANSLATE_NOOP("CareMap", "Number of units in hot spots (hotspot_class 1, 2 or 3: significant at 90, 95 or 99%)."),
        "N_COLD": QT_TRANSLATE_NOOP("CareMap", "Number of units in cold spots (hotspot_class -1, -2 or -3: significant at 90, 95 or 99%)."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", self.tr("Units"), UNIT_TYPES))
        self.addParameter(field_param("FIELD", self.tr("Value field"), default=DEFAULT_FIELDS["unmet"]))
        self.addParameter(self.static_enum("STATISTIC", self.tr("Statistic"),
                                           ["gi_star", "local_moran"], "gi_star"))
        self.addParameter(self.static_enum("WEIGHTS", self.tr("Spatial weights"),
                                           ["knn", "distance", "queen", "rook"], "knn"))
        self.addParameter(number_param("K", self.tr("Number of neighbours (knn)"), 8, 1, integer=True))
        self.addParameter(number_param("DISTANCE", self.tr("Distance band (metres)"), 1000.0, 0.0))
        self.addParameter(self.static_enum("WEIGHT_TRANSFORM", self.tr("Weights transform"),
                                           ["row", "binary"], "row"))
        self.addParameter(number_param("PERMUTATIONS", self.tr("Permutations (0 = analytic only)"),
                                       999, 0, 99999, integer=True))
        self.addParameter(number_param("SEED", self.tr("Random seed"), 12345, 0, integer=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "FDR", self.tr("Correct for multiple testing (Benjamini-Hochberg FDR)"), False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Hot and cold spots"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber("N_HOT", self.tr("Units in hot spots")))
        self.addOutput(QgsProcessingOutputNumber("N_COLD", self.tr("Units in cold spots")))

    def _weights(self, parameters, context, feedback, units, scheme):
        if scheme == "knn":
            k = self.parameterAsInt(parameters, "K", context)
            if k > units.n - 1:
                self.fail(self.tr("{0} is {1}, but layer {2} has only {3} unit(s) ({4} possible neighbours "
                                  "each): give a smaller number.").format(
                    self.label("K"), k, units.layer_name, units.n, max(units.n - 1, 0)))
            return kernel_call(knn_weights, units.x, units.y, k)
        if scheme == "distance":
            d = self.parameterAsDouble(parameters, "DISTANCE", context)
            return kernel_call(distance_band_weights, units.x, units.y, d)
        if units.area is None:
            self.fail(self.tr("{0} '{1}' needs polygons, but layer {2} has points: choose knn or distance.").format(
                self.label("WEIGHTS"), scheme, units.layer_name))
        rings = read_polygon_rings(self, parameters, "INPUT", context, feedback, target_crs=units.crs)
        order = np.argsort(units.fid)
        pos = np.searchsorted(units.fid[order], rings.fid)
        pos = np.clip(pos, 0, units.n - 1)
        ring_unit = order[pos]
        if not np.array_equal(units.fid[ring_unit], rings.fid):
            self.fail(self.tr("Layer {0}: polygon rings and features do not match.").format(units.layer_name))
        return kernel_call(contiguity_weights, rings.xy, rings.part_offsets,
                           ring_unit[rings.part_row], units.n, scheme, 1e-6)

    def processAlgorithm(self, parameters, context, feedback):
        field = self.parameterAsString(parameters, "FIELD", context)
        stat = self.enum_value(parameters, "STATISTIC", context)
        scheme = self.enum_value(parameters, "WEIGHTS", context)
        transform = self.enum_value(parameters, "WEIGHT_TRANSFORM", context)
        perms = self.parameterAsInt(parameters, "PERMUTATIONS", context)
        seed = self.parameterAsInt(parameters, "SEED", context)
        use_fdr = self.parameterAsBoolean(parameters, "FDR", context)
        units = read_points(self, parameters, "INPUT", context, feedback, numeric=[field])
        self.check_canceled(feedback)
        if units.n < 3:
            self.fail(self.tr("Layer {0} has {1} unit(s); local statistics need at least 3.").format(
                units.layer_name, units.n))
        w = self._weights(parameters, context, feedback, units, scheme)
        rep = weights_report(w)
        feedback.pushInfo(self.tr("Weights ({0}): neighbours per unit min {1}, mean {2:.2f}, max {3}; "
                                  "{4} island(s); {5} connected component(s).").format(
            scheme, rep["min"], rep["mean"], rep["max"], rep["islands"].size, rep["n_components"]))
        if rep["islands"].size:
            feedback.pushWarning(self.tr("{0} unit(s) of layer {1} have no neighbour: their z and p are NULL.").format(
                rep["islands"].size, units.layer_name))
        if rep["islands"].size == units.n:
            self.fail(self.tr("No unit of layer {0} has a neighbour with these weights: give a larger {1}, or "
                              "choose knn in {2}.").format(units.layer_name, self.label("DISTANCE"),
                                                            self.label("WEIGHTS")))
        values = units.numeric[field]
        if np.all(values == values[0]):
            feedback.pushWarning(self.tr("No variation: field '{0}' of layer {1} has the same value in every unit, "
                                         "so z = 0 everywhere and there is no hot spot.").format(field, units.layer_name))
        self.check_canceled(feedback)
        progress = progress_callback(feedback, 20.0, 75.0)
        if stat == "gi_star":
            res = kernel_call(gi_star, values, w, 1.0, perms, seed, progress)
            statistic = res["G"]
            direction = res["z"]
        else:
            wt = row_standardize(w) if transform == "row" else w
            res = kernel_call(local_moran, values, wt, perms, seed, progress)
            statistic = res["I"]
            direction = moran_direction(res["quadrant"])
        p_used = res["p_sim"] if perms > 0 else res["p"]
        p_fdr = fdr_bh(p_used)
        cls = hotspot_classes(direction, p_fdr if use_fdr else p_used)
        fields = {"stat": statistic, "z": res["z"], "p": res["p"], "p_sim": res["p_sim"],
                  "p_fdr": p_fdr, "hotspot_class": cls, "n_neighbors": res["n_neighbors"]}
        if stat == "local_moran":
            fields["quadrant"] = res["quadrant"]
        counts = {c: int((cls == c).sum()) for c in (3, 2, 1, -1, -2, -3)}
        feedback.pushInfo(self.tr("Hot spots 99/95/90%: {0}/{1}/{2}; cold spots 90/95/99%: {3}/{4}/{5}.").format(
            counts[3], counts[2], counts[1], counts[-1], counts[-2], counts[-3]))
        return {"OUTPUT": write_with_fields(self, parameters, "OUTPUT", context, feedback, units, fields),
                "N_HOT": counts[3] + counts[2] + counts[1], "N_COLD": counts[-1] + counts[-2] + counts[-3]}
