"""caremap:caregaps: coverage, unmet demand, shortfall and surplus per unit, summed by
district. Thin adapter over ``kernels.gaps``; also holds the small helpers shared by the
other gap adapters (caredeserts, hotspots, priorityindex, equity)."""
import numpy as np
from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...kernels.deserts import encode_groups
from ...kernels.gaps import care_gaps, district_gaps
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm, tr
from ..layer_io import make_fields, read_points, write_table, write_with_fields

UNIT_TYPES = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]


# ---- helpers shared by the gap adapters ------------------------------------------
def kernel_call(fn, *args, **kwargs):
    """Call a kernel; its ``ValueError`` becomes a QgsProcessingException."""
    try:
        return fn(*args, **kwargs)
    except ValueError as err:
        raise QgsProcessingException(str(err)) from err
    except RuntimeError as err:
        if str(err) == "canceled":
            raise QgsProcessingException(tr("Canceled by the user.")) from err
        raise


def field_param(name, description, parent="INPUT", numeric=True, optional=False,
                multiple=False, default=None):
    kind = QgsProcessingParameterField.DataType.Numeric if numeric else QgsProcessingParameterField.DataType.Any
    return QgsProcessingParameterField(name, description, defaultValue=default,
                                       parentLayerParameterName=parent, type=kind,
                                       allowMultiple=multiple, optional=optional)


def number_param(name, description, default, minimum=None, maximum=None, integer=False,
                 optional=False):
    kind = QgsProcessingParameterNumber.Type.Integer if integer else QgsProcessingParameterNumber.Type.Double
    param = QgsProcessingParameterNumber(name, description, kind, default, optional)
    if minimum is not None:
        param.setMinimum(minimum)
    if maximum is not None:
        param.setMaximum(maximum)
    return param


def district_groups(units, field, feedback, nulls="error"):
    """Integer codes and labels of a district field over ``units`` rows.

    ``nulls="error"``: a NULL district is a QgsProcessingException naming the field and
    count; ``nulls="skip"``: NULL rows get code -1 and a warning (callers exclude them).
    """
    labels = units.text[field]
    missing = np.asarray((labels == None) | (labels != labels), dtype=bool)  # noqa: E711
    if missing.any():
        if nulls == "error":
            raise QgsProcessingException(
                tr("District field '{0}' of layer {1} has {2} NULL value(s); fill or filter them first.").format(
                    field, units.layer_name, int(missing.sum())))
        feedback.pushWarning(
            tr("District field '{0}': {1} unit(s) with NULL district are left out of the district summary.").format(
                field, int(missing.sum())))
    codes = np.full(labels.size, -1, dtype=np.int64)
    if (~missing).any():
        c, uniq = encode_groups(labels[~missing])
        codes[~missing] = c
    else:
        uniq = np.array([], dtype=object)
    return codes, uniq


def write_optional_table(alg, parameters, name, context, feedback, columns, crs):
    """Write ``columns`` (ordered dict name -> array) to the optional table sink ``name``;
    returns its dest id, or None when the user skipped that output."""
    if parameters.get(name) is None:
        return None
    fields = make_fields([(k, np.asarray(v)) for k, v in columns.items()])
    sink, dest = alg.parameterAsSink(parameters, name, context, fields,
                                     Qgis.WkbType.NoGeometry, crs)
    if sink is None:
        return None
    write_table(sink, columns, feedback, name)
    return dest


def add_district_layer_parameters(alg):
    """Optional district polygons that receive the district summary as a layer."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "DISTRICT_LAYER", tr("District polygons (to map the summary)"),
        [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
    alg.addParameter(field_param("DISTRICT_LAYER_FIELD", tr("District name field of the district polygons "
                                                            "(empty = same as DISTRICT_FIELD)"),
                                 parent="DISTRICT_LAYER", numeric=False, optional=True, default="district"))
    alg.addParameter(QgsProcessingParameterFeatureSink(
        "OUTPUT_DISTRICTS", tr("District summary (polygons)"), QgsProcessing.SourceType.TypeVectorPolygon,
        optional=True, createByDefault=False))


def write_district_layer(alg, parameters, context, feedback, labels, columns):
    """Join the summary ``columns`` (one row per label in ``labels``) onto the district
    polygons by name and write them to OUTPUT_DISTRICTS; returns the dest id or None.
    Districts without units get NULL; summary districts missing from the polygons are
    reported."""
    if parameters.get("DISTRICT_LAYER") in (None, "") or parameters.get("OUTPUT_DISTRICTS") is None:
        return None
    field = (alg.parameterAsString(parameters, "DISTRICT_LAYER_FIELD", context)
             or alg.parameterAsString(parameters, "DISTRICT_FIELD", context))
    if not field:
        raise QgsProcessingException(tr("Mapping the summary needs DISTRICT_FIELD (and DISTRICT_LAYER_FIELD)."))
    polys = read_points(alg, parameters, "DISTRICT_LAYER", context, feedback, text=[field])
    names = np.asarray(polys.text[field], dtype=object)
    index = {str(v): k for k, v in enumerate(np.asarray(labels, dtype=object).tolist())}
    pos = np.array([index.get(None if v is None else str(v), -1) for v in names.tolist()], dtype=np.int64)
    found = pos >= 0
    unmatched = set(index) - {str(v) for v in names[found].tolist()}
    if unmatched:
        feedback.pushWarning(tr("District(s) not found in the district polygons: {0}").format(
            ", ".join(sorted(unmatched))))
    out = {}
    for key, values in columns.items():
        if key == "district":
            continue
        v = np.asarray(values)
        if found.all():
            out[key] = v[pos]
        else:
            col = np.full(pos.size, np.nan)
            col[found] = v[pos[found]].astype(float)
            out[key] = col
    return write_with_fields(alg, parameters, "OUTPUT_DISTRICTS", context, feedback, polys, out)


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
        self.addParameter(field_param("DEMAND_FIELD", self.tr("Demand field (people)"), default="care_demand"))
        self.addParameter(field_param("SUPPLY_FIELD", self.tr("Accessible supply field"), default="access"))
        self.addParameter(self.static_enum(
            "SUPPLY_KIND", self.tr("Supply field holds"), ["places", "access_ratio"], "places"))
        self.addParameter(number_param(
            "TARGET_RATIO", self.tr("Policy target (places per person; 0 = none)"), 1.0 / 3.0, 0.0))
        self.addParameter(field_param("DISTRICT_FIELD", self.tr("District field"), numeric=False,
                                      optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Care gaps"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SUMMARY", self.tr("Care gaps by district"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=True))
        add_district_layer_parameters(self)

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
        supply = units.numeric[sfield]
        if kind == "access_ratio":
            supply = supply * demand
        if (demand < 0).any():
            self.fail(self.tr("Field '{0}' of layer {1} has negative demand (e.g. {2}).").format(
                dfield, units.layer_name, float(demand.min())))
        if (supply < 0).any():
            self.fail(self.tr("Field '{0}' of layer {1} has negative supply (e.g. {2}).").format(
                sfield, units.layer_name, float(supply.min())))
        if not (demand > 0).any():
            feedback.pushWarning(self.tr("Every unit has zero demand: coverage is NULL everywhere."))
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
        total_unmet = float(gaps["unmet"].sum())
        feedback.pushInfo(self.tr("Total demand {0:.0f}, accessible places {1:.0f}, unmet demand {2:.0f}.").format(
            float(demand.sum()), float(supply.sum()), total_unmet))
        return results
