"""caremap:equity: population-weighted Gini, Palma, concentration index (standard and
Erreygers), Theil T with between/within decomposition, Lorenz table
(formulas and references in ``kernels.equity``)."""
import math

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ...kernels.equity import equity_measures, lorenz_curve
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..layer_io import read_points, read_table
from ..params import (
    DEFAULT_FIELDS,
    add_district_layer_parameters,
    check_non_negative,
    districts_by_location,
    field_param,
    kernel_call,
    number_param,
    require_unit_geometry,
    unit_districts,
    write_optional_table,
)

MEASURES = [
    ("MEAN_ACCESS", "mean", "Population-weighted mean access"),
    ("GINI", "gini", "Gini coefficient"),
    ("PALMA", "palma", "Palma ratio (top 10% / bottom 40%)"),
    ("THEIL", "theil", "Theil T"),
    ("THEIL_BETWEEN", "theil_between", "Theil T between districts"),
    ("THEIL_WITHIN", "theil_within", "Theil T within districts"),
    ("CONCENTRATION", "concentration", "Concentration index"),
    ("ERREYGERS", "erreygers", "Erreygers-corrected concentration index"),
]


class EquityAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "equity"
    DISPLAY_NAME = "Equity of access"
    GROUP_ID = "gaps"
    TAGS = "equity,inequality,Gini,Palma,Theil,concentration index,Lorenz"
    HELP = (
        "How unequally access (ACCESS_FIELD, >= 0, e.g. 'access' from caremap:accessibility) is "
        "spread over the population (POPULATION_FIELD; empty = every unit counts once).\n\n"
        "Outputs (numbers, also in the log): MEAN_ACCESS; GINI (0 = equal, 1 - 1/n = one unit "
        "has everything); PALMA = share of access of the best-served 10% of people / share of "
        "the worst-served 40%; THEIL (Theil T) and, with DISTRICT_FIELD (or, without it, DISTRICT_LAYER: "
        "each unit in the district polygon its point on surface lies in), THEIL_BETWEEN + "
        "THEIL_WITHIN = THEIL; with RANK_FIELD (a socio-economic rank, low = poorest, e.g. "
        "income or estrato) CONCENTRATION (2 cov(access, fractional rank) / mean; negative = "
        "access concentrated among the poor) and ERREYGERS (8 cov / (max - min), bounds 0 and "
        "the maximum access). All are population-weighted. A NULL output means undefined "
        "(e.g. no access anywhere, or no rank field). OUTPUT_LORENZ: the Lorenz curve as a "
        "table (pop_share, access_share, equality) at LORENZ_POINTS equally spaced population "
        "shares (0 = one row per unit). NULL values in the fields used are an error."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer or table of units with an access value and their population. Typical: the demand output of caremap:accessibility."),
        "ACCESS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field with the access of each unit (>= 0, no NULL). Typical: access from caremap:accessibility."),
        "POPULATION_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field with the people of each unit, used as weights; empty = every unit counts once. Typical: the demand field (e.g. children 0-5)."),
        "RANK_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric socio-economic rank (low = poorest), for the concentration and Erreygers indices. Typical: income or estrato."),
        "DISTRICT_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional district field, to split Theil T into THEIL_BETWEEN and THEIL_WITHIN districts; without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: locality."),
        "DISTRICT_LAYER": QT_TRANSLATE_NOOP("CareMap", "Optional polygon layer of districts: when INPUT has no district field, each unit gets the district its point on surface lies in, for the Theil decomposition (a unit in no district is an error). Typical: the localities or communes of the city."),
        "DISTRICT_LAYER_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of DISTRICT_LAYER with the district names. Typical: the locality name."),
        "LORENZ_POINTS": QT_TRANSLATE_NOOP("CareMap", "Number of rows of the Lorenz curve table, at equally spaced population shares (0 = one row per unit). Typical: 101."),
        "OUTPUT_LORENZ": QT_TRANSLATE_NOOP("CareMap", "Optional Lorenz curve table with pop_share, access_share and equality, for a chart."),
        "MEAN_ACCESS": QT_TRANSLATE_NOOP("CareMap", "Mean access weighted by population; None when it cannot be computed (no population)."),
        "GINI": QT_TRANSLATE_NOOP("CareMap", "Gini coefficient of access between people (0 = everyone the same access, 1 = all access in one unit); None when undefined."),
        "PALMA": QT_TRANSLATE_NOOP("CareMap", "Palma ratio: access of the best-served 10% of people over that of the worst-served 40%; None when undefined (e.g. the bottom 40% have no access)."),
        "THEIL": QT_TRANSLATE_NOOP("CareMap", "Theil T index of access inequality (0 = equality); None when undefined."),
        "THEIL_BETWEEN": QT_TRANSLATE_NOOP("CareMap", "Part of Theil T due to differences between districts; None without districts or when undefined."),
        "THEIL_WITHIN": QT_TRANSLATE_NOOP("CareMap", "Part of Theil T due to differences within districts; None without districts or when undefined."),
        "CONCENTRATION": QT_TRANSLATE_NOOP("CareMap", "Concentration index of access by RANK_FIELD (negative = access concentrated among the lower ranks); None without RANK_FIELD or when undefined."),
        "ERREYGERS": QT_TRANSLATE_NOOP("CareMap", "Erreygers-corrected concentration index (for bounded access); None without RANK_FIELD or when undefined."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Units"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(field_param("ACCESS_FIELD", self.tr("Access field"), default=DEFAULT_FIELDS["access"]))
        self.addParameter(field_param("POPULATION_FIELD", self.tr("Population (weights) field"), optional=True,
                                      default=DEFAULT_FIELDS["demand"]))
        self.addParameter(field_param("RANK_FIELD", self.tr("Socio-economic rank field (low = poorest)"),
                                      optional=True))
        self.addParameter(field_param("DISTRICT_FIELD", self.tr("District field (Theil decomposition)"),
                                      numeric=False, optional=True, default=DEFAULT_FIELDS["district"]))
        add_district_layer_parameters(self, summary_output=False)
        self.addParameter(number_param("LORENZ_POINTS", self.tr("Lorenz table rows (0 = one per unit)"),
                                       101, 0, 100000, integer=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_LORENZ", self.tr("Lorenz curve"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=True))
        for name, _, label in MEASURES:
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    def processAlgorithm(self, parameters, context, feedback):
        afield = self.parameterAsString(parameters, "ACCESS_FIELD", context)
        pfield = self.parameterAsString(parameters, "POPULATION_FIELD", context)
        rfield = self.parameterAsString(parameters, "RANK_FIELD", context)
        district = self.parameterAsString(parameters, "DISTRICT_FIELD", context)
        npts = self.parameterAsInt(parameters, "LORENZ_POINTS", context)
        numeric = [f for f in (afield, pfield, rfield) if f]
        if districts_by_location(self, parameters, context):  # the units' places are needed
            require_unit_geometry(self, parameters, "INPUT", context)
            tab = read_points(self, parameters, "INPUT", context, feedback, numeric=numeric)
        else:
            tab = read_table(self, parameters, "INPUT", context, feedback, numeric=numeric,
                             text=[district] if district else [])
        tab.layer_name = tab.layer_name or "INPUT"
        self.check_canceled(feedback)
        x = tab.numeric[afield]
        check_non_negative(x, afield, tab.layer_name)
        w = tab.numeric[pfield] if pfield else np.ones(tab.n)
        if pfield:
            check_non_negative(w, pfield, tab.layer_name)
        if not w.sum() > 0:
            feedback.pushWarning(self.tr("No demand: field '{0}' of layer {1} is 0 in every unit, so there is no "
                                         "population to weigh access by and every measure is NULL. Choose the "
                                         "population field, or leave it empty to count every unit once.").format(
                pfield, tab.layer_name))
            return {name: None for name, _, _ in MEASURES}
        codes, _, _ = unit_districts(self, parameters, context, feedback, tab, nulls="error")
        m = kernel_call(equity_measures, x, w, tab.numeric[rfield] if rfield else None, codes)
        results = {}
        for name, key, label in MEASURES:
            v = m[key]
            results[name] = float(v) if math.isfinite(v) else None
            shown = f"{v:.4f}" if math.isfinite(v) else ("inf" if v == math.inf else self.tr("undefined"))
            feedback.pushInfo(f"{self.tr(label)}: {shown}")
        if x.any() and np.all(x == x[0]):
            feedback.pushWarning(self.tr("No variation: access in '{0}' of layer {1} is the same in every unit "
                                         "(perfect equality).").format(afield, tab.layer_name))
        if not x.any():
            feedback.pushWarning(self.tr("No capacity: access in '{0}' of layer {1} is 0 everywhere, so the inequality "
                                         "measures are undefined (NULL).").format(afield, tab.layer_name))
        else:
            P, L = kernel_call(lorenz_curve, x, w, npts if npts > 1 else None)
            cols = {"pop_share": P, "access_share": L, "equality": P.copy()}
            dest = write_optional_table(self, parameters, "OUTPUT_LORENZ", context, feedback, cols,
                                        QgsCoordinateReferenceSystem())
            if dest is not None:
                results["OUTPUT_LORENZ"] = dest
        return results
