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
from ..cost_params import advanced
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
        "Where do high values cluster (hot spots) and where do low values cluster (cold spots)? For "
        "example: are the blocks with much unmet demand scattered, or do they form whole neighbourhoods "
        "that one new service could reach?\n\n"
        "How to read the results:\n"
        "- Hot and cold spots (one row per unit, with its own fields): hotspot_class = 3, 2, 1 for a hot "
        "spot at 99, 95, 90% confidence, 0 not significant, -1, -2, -3 for a cold spot at 90, 95, 99%; "
        "z = how far the unit and its neighbours are above (positive) or below (negative) what chance "
        "would give; p = its two-sided p-value; p_sim = the p-value from random permutations; p_fdr = the "
        "p-value corrected for testing many units (false discovery rate); stat = the statistic itself "
        "(Gi* or local Moran's I); n_neighbors = neighbours of the unit; quadrant (local Moran's I only) = "
        "1 high among high, 2 low among high, 3 low among low, 4 high among low. A unit surrounded by "
        "different values (an outlier, quadrant 2 or 4) gets class 0.\n\n"
        "Example: in the demo city of the tutorial, Getis-Ord Gi* on unmet demand with neighbours sharing "
        "a border (queen) and 99 permutations finds 942 hot-spot blocks (517 at 99% confidence), 36% of "
        "them in El Porvenir, and 1,243 cold-spot blocks around Centro and in the north. By hand: five "
        "blocks in a row with unmet demand 1, 2, 3, 8, 9, each the neighbour of the next: the last block "
        "has z = 1.95 and p = 0.051, a hot spot at 90% confidence but not at 95%.\n\n"
        "Caveats: a unit without any neighbour (an island) gets no z or p and class 0. With thousands of "
        "units, some are 'significant' by chance: tick the multiple-testing correction to be strict. "
        "Values that are the same everywhere give no hot spot. Classes use the permutation p-values when "
        "permutations are run."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer of units, points or polygons (polygons are needed for neighbours that share a border). Typical: census blocks with an indicator, e.g. the Care deserts layer."),
        "FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field to search for hot and cold spots. Typical: unmet, access or priority."),
        "STATISTIC": QT_TRANSLATE_NOOP("CareMap", "Getis-Ord Gi* finds hot and cold spots (a unit together with its neighbours); local Moran's I also finds outliers (a high unit among low ones). Typical: Getis-Ord Gi*."),
        "WEIGHTS": QT_TRANSLATE_NOOP("CareMap", "Who the neighbours of a unit are: its nearest units (as many as 'Number of neighbours'), all units within the distance band, or polygons sharing a corner (queen) or an edge (rook). Typical: queen for polygons, nearest units for points."),
        "K": QT_TRANSLATE_NOOP("CareMap", "Number of nearest units counted as neighbours, with the nearest-units weights. Typical: 8."),
        "DISTANCE": QT_TRANSLATE_NOOP("CareMap", "Distance in metres within which units are neighbours, with the distance-band weights (inclusive). Typical: 1000 m."),
        "WEIGHT_TRANSFORM": QT_TRANSLATE_NOOP("CareMap", "Weights of local Moran's I: row-standardised (each unit's neighbours weigh 1 together) or binary (each neighbour weighs 1); Gi* gives the same z either way. Typical: row-standardised."),
        "PERMUTATIONS": QT_TRANSLATE_NOOP("CareMap", "Number of random permutations for the pseudo p-value p_sim (0 = analytic p-values only). Typical: 999."),
        "SEED": QT_TRANSLATE_NOOP("CareMap", "Random seed of the permutations, so a run can be repeated with the same result. Typical: 12345."),
        "FDR": QT_TRANSLATE_NOOP("CareMap", "If checked, p-values are corrected for testing many units at once (Benjamini-Hochberg false discovery rate) before classing, so fewer units are significant by chance. Typical: checked for many units."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The units with hotspot_class (3 to -3), z, p, p_sim, p_fdr, stat, n_neighbors and, for local Moran's I, quadrant."),
        "N_HOT": QT_TRANSLATE_NOOP("CareMap", "Number of units in hot spots (hotspot_class 1, 2 or 3: significant at 90, 95 or 99%)."),
        "N_COLD": QT_TRANSLATE_NOOP("CareMap", "Number of units in cold spots (hotspot_class -1, -2 or -3: significant at 90, 95 or 99%)."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", self.tr("Units"), UNIT_TYPES))
        self.addParameter(field_param("FIELD", self.tr("Value field"), default=DEFAULT_FIELDS["unmet"]))
        self.addParameter(self.static_enum("STATISTIC", self.tr("Statistic"),
                                           ["gi_star", "local_moran"], "gi_star"))
        self.addParameter(self.static_enum("WEIGHTS", self.tr("Neighbours (spatial weights)"),
                                           ["knn", "distance", "queen", "rook"], "knn"))
        self.addParameter(number_param("K", self.tr("Number of neighbours (nearest units)"), 8, 1, integer=True))
        self.addParameter(number_param("DISTANCE", self.tr("Distance band (metres)"), 1000.0, 0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            "FDR", self.tr("Correct for multiple testing (Benjamini-Hochberg FDR)"), False))
        self.addParameter(advanced(self.static_enum("WEIGHT_TRANSFORM", self.tr("Weights of local Moran's I"),
                                                    ["row", "binary"], "row")))
        self.addParameter(advanced(number_param("PERMUTATIONS", self.tr("Permutations (0 = analytic p-values only)"),
                                                999, 0, 99999, integer=True)))
        self.addParameter(advanced(number_param("SEED", self.tr("Random seed"), 12345, 0, integer=True)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Hot and cold spots"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber("N_HOT", self.tr("Units in hot spots")))
        self.addOutput(QgsProcessingOutputNumber("N_COLD", self.tr("Units in cold spots")))

    def _weights(self, parameters, context, feedback, units, scheme):
        if scheme == "knn":
            k = self.parameterAsInt(parameters, "K", context)
            if k > units.n - 1:
                self.fail(self.trn("{0} is {1}, but layer {2} has only %n unit(s), so at most {3} neighbours "
                                   "each: give a smaller number.", units.n).format(
                    self.label("K"), k, units.layer_name, max(units.n - 1, 0)))
            return kernel_call(knn_weights, units.x, units.y, k)
        if scheme == "distance":
            d = self.parameterAsDouble(parameters, "DISTANCE", context)
            return kernel_call(distance_band_weights, units.x, units.y, d)
        if units.area is None:
            self.fail(self.tr("{0} '{1}' needs polygons, but layer {2} has points: choose the nearest units or a "
                              "distance band.").format(
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
            self.fail(self.trn("Layer {0} has %n unit(s); local statistics need at least 3.", units.n).format(
                units.layer_name))
        w = self._weights(parameters, context, feedback, units, scheme)
        rep = weights_report(w)
        feedback.pushInfo(" ".join([
            self.tr("Weights ({0}): neighbours per unit min {1}, mean {2:.2f}, max {3};").format(
                scheme, rep["min"], rep["mean"], rep["max"]),
            self.trn("%n island(s) (units without a neighbour);", int(rep["islands"].size)),
            self.trn("%n connected component(s).", int(rep["n_components"]))]))
        if rep["islands"].size:
            feedback.pushWarning(self.trn("Layer {0}: %n unit(s) without a neighbour, with NULL z and p.",
                                          int(rep["islands"].size)).format(units.layer_name))
        if rep["islands"].size == units.n:
            self.fail(self.tr("No unit of layer {0} has a neighbour with these weights: give a larger {1}, or "
                              "choose the nearest units in {2}.").format(units.layer_name, self.label("DISTANCE"),
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
