"""Helpers shared by the algorithm adapters (parameters, checks with the one wording,
progress callbacks for kernels, the kernel call with the error and cancel contracts,
district groups and the optional summary outputs). No formula lives here: rules are
in ``kernels``."""
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

from ..kernels import checks
from ..kernels.gaps import encode_groups
from .base import tr
from .layer_io import create_optional_sink, read_points, write_table, write_with_fields

UNIT_TYPES = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]

# Default field names: QGIS preselects a field parameter's default when the layer has a
# field of that name, so a CareMap output feeds the next algorithm without choosing
# (and the first numeric field, often fid, is not taken as a quantity).
DEFAULT_FIELDS = {
    "demand": "care_demand",
    "cost": "cost_nearest",
    "access": "access",
    "unmet": "unmet",
    "district": "district",
    "priority": "priority",
}


def check_non_negative(values, field, label):
    """The one non-negative check of the adapters: raise a QgsProcessingException naming
    the user's layer ``label`` and ``field`` when ``values`` has a negative entry."""
    n, first, _row = checks.negative_values(values)
    if n:
        raise QgsProcessingException(tr(
            "Field '{0}' of layer {1} has {2} negative value(s) (e.g. {3}); counts, populations and "
            "capacities must be 0 or more. Correct or filter those features.").format(field, label, n, f"{first:g}"))


def progress_callback(feedback, start, span):
    """A kernel's ``feedback=`` callable (the cancel contract of docs/architecture.md):
    ``progress(fraction)`` sets the progress in [start, start + span] and returns True
    when the user cancelled (the kernel then raises ``InterruptedError``)."""
    def progress(fraction):
        if feedback is None:
            return False
        feedback.setProgress(start + span * float(fraction))
        return feedback.isCanceled()
    return progress


def kernel_call(fn, *args, **kwargs):
    """Call a kernel under the contracts of docs/architecture.md: its ``ValueError``
    becomes a QgsProcessingException with its message, its ``InterruptedError`` (the
    one cancel signal) becomes "Canceled by the user."."""
    try:
        return fn(*args, **kwargs)
    except ValueError as err:
        raise QgsProcessingException(str(err)) from err
    except InterruptedError as err:
        raise QgsProcessingException(tr("Canceled by the user.")) from err


def field_param(name, description, parent="INPUT", numeric=True, optional=False,
                multiple=False, default=None):
    """A field parameter of ``parent``; ``default`` is a field name QGIS preselects when
    the layer has it (see DEFAULT_FIELDS)."""
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
    """Integer codes and labels of a district field over ``units`` rows
    (``kernels.gaps.encode_groups``).

    ``nulls="error"``: a NULL district is a QgsProcessingException naming the layer,
    field and count; ``nulls="skip"``: NULL rows get code -1 and a counted warning
    (callers exclude them).
    """
    codes, uniq = encode_groups(units.text[field], missing="code")
    missing = int((codes < 0).sum())
    if missing:
        if nulls == "error":
            raise QgsProcessingException(
                tr("District field '{0}' of layer {1} has {2} NULL value(s); fill or filter them first.").format(
                    field, units.layer_name, missing))
        feedback.pushWarning(
            tr("District field '{0}' of layer {1}: {2} unit(s) with NULL district are left out of the district "
               "summary.").format(field, units.layer_name, missing))
    return codes, uniq


def write_optional_table(alg, parameters, name, context, feedback, columns, crs):
    """Write ``columns`` (ordered dict name -> array) to the optional table sink ``name``;
    returns its dest id, or None when the user skipped that output."""
    sink, dest = create_optional_sink(alg, parameters, name, context,
                                      [(k, np.asarray(v)) for k, v in columns.items()],
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
                                                            "(empty = the same name as the district field)"),
                                 parent="DISTRICT_LAYER", numeric=False, optional=True,
                                 default=DEFAULT_FIELDS["district"]))
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
        raise QgsProcessingException(tr("Mapping the summary on district polygons needs a district field: "
                                        "choose one, and the district name field of the polygons."))
    polys = read_points(alg, parameters, "DISTRICT_LAYER", context, feedback, text=[field])
    names = np.asarray(polys.text[field], dtype=object)
    index = {str(v): k for k, v in enumerate(np.asarray(labels, dtype=object).tolist())}
    pos = np.array([index.get(None if v is None else str(v), -1) for v in names.tolist()], dtype=np.int64)
    found = pos >= 0
    unmatched = set(index) - {str(v) for v in names[found].tolist()}
    if unmatched:
        feedback.pushWarning(tr("District(s) not found in the district polygons of layer {0}: {1}").format(
            polys.layer_name, ", ".join(sorted(unmatched))))
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
