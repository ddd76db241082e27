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
from ..cost_params import advanced
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
        "How unequally is access to care shared among the people? Are the poorest blocks the worst "
        "served, and does the inequality lie between districts or within them?\n\n"
        "How to read the results (figures in the log, and returned for models):\n"
        "- Mean access: the access of the average person (weighted by the people of each unit).\n"
        "- Gini coefficient: 0 = everyone has the same access; near 1 = all access in one unit.\n"
        "- Palma ratio: the access of the best-served 10% of people over that of the worst-served 40% "
        "(1.0 = they have the same total; 2.0 = the top tenth has twice what the bottom four tenths have).\n"
        "- Theil index: 0 = equality; with districts, split into a part between districts and a part "
        "within them (the two add up to the whole).\n"
        "- With a socio-economic rank field (low = poorest): the concentration index and its Erreygers "
        "correction, negative when access is concentrated among the poor, positive among the better-off.\n"
        "- Lorenz curve: a table of pop_share (cumulative share of people, from the worst served), "
        "access_share (their cumulative share of access) and equality (the line of perfect equality), for "
        "a chart.\n"
        "A figure that cannot be computed (no access anywhere, no rank field) is empty (None).\n\n"
        "Example: four blocks of the same population with access 0, 1, 1 and 2 places per 100 children, "
        "ranked from poorest to richest in that order, in two districts (0, 1) and (1, 2): Gini 0.375, "
        "Palma 1.33, concentration index 0.375 (access favours the better-off), Theil 0.347, of which "
        "0.131 between the districts and 0.216 within them.\n\n"
        "Caveats: all measures weigh units by their people; without a population field every unit counts "
        "once. Access values must be 0 or more; NULL values in the fields used are an error, and so is a "
        "unit outside the district polygons."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer or table of units with an access value and their people. Typical: the demand output of Accessibility to care."),
        "ACCESS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field with the access of each unit (0 or more, no NULL). Typical: access from Accessibility to care."),
        "POPULATION_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field with the people of each unit, used as weights; empty = every unit counts once. Typical: care_demand, or children 0-5."),
        "RANK_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric socio-economic rank (low = poorest), for the concentration and Erreygers indices. Typical: income or estrato."),
        "DISTRICT_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional district field, to split the Theil index into the inequality between districts and within them; without it, district polygons give each unit the district it lies in. Typical: district."),
        "DISTRICT_LAYER": QT_TRANSLATE_NOOP("CareMap", "Optional polygon layer of districts: when the units have no district field, each unit gets the district its point on surface lies in, for the split of the Theil index (a unit in no district is an error). Typical: the localities or communes of the city."),
        "DISTRICT_LAYER_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the district polygons with the district names. Typical: district, or the locality name."),
        "LORENZ_POINTS": QT_TRANSLATE_NOOP("CareMap", "Number of rows of the Lorenz curve table, at equally spaced shares of people (0 = one row per unit). Typical: 101."),
        "OUTPUT_LORENZ": QT_TRANSLATE_NOOP("CareMap", "Lorenz curve table with pop_share, access_share and equality, for a chart. Typical: a temporary layer."),
        "MEAN_ACCESS": QT_TRANSLATE_NOOP("CareMap", "Mean access weighted by people; None when it cannot be computed (no people)."),
        "GINI": QT_TRANSLATE_NOOP("CareMap", "Gini coefficient of access between people (0 = everyone the same access, 1 = all access in one unit); None when undefined."),
        "PALMA": QT_TRANSLATE_NOOP("CareMap", "Palma ratio: access of the best-served 10% of people over that of the worst-served 40%; None when undefined (e.g. the bottom 40% have no access)."),
        "THEIL": QT_TRANSLATE_NOOP("CareMap", "Theil index of access inequality (0 = equality); None when undefined."),
        "THEIL_BETWEEN": QT_TRANSLATE_NOOP("CareMap", "Part of the Theil index due to differences between districts; None without districts or when undefined."),
        "THEIL_WITHIN": QT_TRANSLATE_NOOP("CareMap", "Part of the Theil index due to differences within districts; None without districts or when undefined."),
        "CONCENTRATION": QT_TRANSLATE_NOOP("CareMap", "Concentration index of access by the socio-economic rank (negative = access concentrated among the poorest); None without a rank field or when undefined."),
        "ERREYGERS": QT_TRANSLATE_NOOP("CareMap", "Erreygers-corrected concentration index (for bounded access); None without a rank field or when undefined."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Units"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(field_param("ACCESS_FIELD", self.tr("Access field"), default=DEFAULT_FIELDS["access"]))
        self.addParameter(field_param("POPULATION_FIELD", self.tr("Population (weights) field"), optional=True,
                                      default=DEFAULT_FIELDS["demand"]))
        self.addParameter(field_param("RANK_FIELD", self.tr("Socio-economic rank field (low = poorest)"),
                                      optional=True))
        self.addParameter(field_param("DISTRICT_FIELD", self.tr("District field (to split the Theil index)"),
                                      numeric=False, optional=True, default=DEFAULT_FIELDS["district"]))
        add_district_layer_parameters(self, summary_output=False)
        self.addParameter(advanced(number_param("LORENZ_POINTS", self.tr("Lorenz table rows (0 = one per unit)"),
                                                101, 0, 100000, integer=True)))
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
