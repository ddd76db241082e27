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
    QgsWkbTypes,
)

from ..kernels import checks
from ..kernels.gaps import encode_groups, parse_cohort_targets
from ..kernels.geometry import edge_band, points_in_polygons, straight_reach_m
from .base import tr, trn
from .layer_io import (
    create_optional_sink,
    read_points,
    read_polygon_rings,
    write_table,
    write_with_fields,
)

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
        raise QgsProcessingException(trn(
            "Field '{0}' of layer {1} has %n negative value(s) (e.g. {2}); counts, populations and "
            "capacities must be 0 or more. Correct or filter those features.", n).format(field, label, f"{first:g}"))


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
                trn("District field '{0}' of layer {1} has %n NULL value(s); fill or filter them first.",
                    missing).format(field, units.layer_name))
        feedback.pushWarning(
            trn("District field '{0}' of layer {1}: %n unit(s) with a NULL district, left out of the district "
                "summary.", missing).format(field, units.layer_name))
    return codes, uniq


def districts_by_location(alg, parameters, context):
    """True when the units' districts come from the district polygons by location: no
    district field of the units (DISTRICT_FIELD empty, or its default absent from the
    layer) and a district polygon layer (DISTRICT_LAYER)."""
    if alg.parameterDefinition("DISTRICT_LAYER") is None or parameters.get("DISTRICT_LAYER") in (None, ""):
        return False
    return not alg.parameterAsString(parameters, "DISTRICT_FIELD", context)


def locate_districts(alg, parameters, context, feedback, units, layer="DISTRICT_LAYER",
                     name_field="DISTRICT_LAYER_FIELD", own_field="DISTRICT_FIELD"):
    """The district name of each unit of ``units`` (layer_io PointArrays: polygons at
    their point on surface) by location in the DISTRICT_LAYER polygons, named by
    DISTRICT_LAYER_FIELD: ``(names, polygon layer name)``; ``names`` is an object
    array, None where the unit lies in no polygon (or in one without a name). The rule (borders, holes, overlaps) is
    ``kernels.geometry.points_in_polygons``; overlaps and points on an outer boundary
    are logged here, units left without a district by :func:`unit_districts`.
    ``layer``, ``name_field``, ``own_field``: the parameters playing those roles (the
    batch over municipalities locates municipalities the same way)."""
    field = alg.parameterAsString(parameters, name_field, context)
    if not field:
        raise QgsProcessingException(tr(
            "To give each unit the district it lies in, choose the field with the district names of the district "
            "polygons in {0} (or choose the units' own district field in {1}).").format(
            alg.label(name_field), alg.label(own_field)))
    polys = read_polygon_rings(alg, parameters, layer, context, feedback, text=[field],
                               target_crs=units.crs)
    found = kernel_call(points_in_polygons, units.x, units.y, polys.xy, polys.part_offsets, polys.part_row, polys.n)
    names = np.asarray(polys.text[field], dtype=object)
    located = np.full(units.n, None, dtype=object)
    inside = found.polygon >= 0
    located[inside] = names[found.polygon[inside]]
    feedback.pushInfo(trn("Districts by location: {0} of %n unit(s) of layer {1} lie in a polygon of layer {2} "
                          "(names from '{3}').", units.n).format(int(inside.sum()), units.layer_name,
                                                                polys.layer_name, field))
    unnamed = int((inside & (located == None)).sum())  # noqa: E711
    if unnamed:
        feedback.pushWarning(trn("Layer {0}: %n unit(s) in a polygon of layer {1} with no name (NULL) in "
                                 "'{2}': their district is NULL. Fill the names of those polygons.", unnamed).format(
            units.layer_name, polys.layer_name, field))
    if found.n_multiple:
        feedback.pushWarning(trn("Layer {0}: %n unit(s) in more than one polygon of layer {1} (overlapping "
                                 "districts), each given the first of them in the layer's order. Fix the "
                                 "overlaps to choose.", found.n_multiple).format(units.layer_name, polys.layer_name))
    if found.n_on_boundary:
        feedback.pushInfo(trn("Layer {0}: %n unit(s) exactly on the outer boundary of layer {1}, each given the "
                              "district whose boundary it is on.", found.n_on_boundary).format(
            units.layer_name, polys.layer_name))
    return located, polys.layer_name


def unit_districts(alg, parameters, context, feedback, units, nulls="error"):
    """The districts of ``units``: ``(codes, labels, located)``.

    From the units' district field (DISTRICT_FIELD, as :func:`district_groups`;
    ``located`` is None), or, without one and with district polygons
    (:func:`districts_by_location`), by location (``located``: the name per unit, to
    write as the units' ``district`` field). Without either: ``(None, None, None)``.
    Units in no district: ``nulls="error"`` is a QgsProcessingException, ``"skip"``
    gives them code -1 with a counted warning.
    """
    field = alg.parameterAsString(parameters, "DISTRICT_FIELD", context)
    if field:
        codes, labels = district_groups(units, field, feedback, nulls)
        return codes, labels, None
    if not districts_by_location(alg, parameters, context):
        return None, None, None
    located, where = locate_districts(alg, parameters, context, feedback, units)
    codes, labels = encode_groups(located, missing="code")
    missing = int((codes < 0).sum())
    if missing:
        if nulls == "error":
            raise QgsProcessingException(trn(
                "Layer {0}: %n unit(s) without a district, in no polygon of layer {1} (or in one without a "
                "name). Extend the district polygons to cover them, or filter those units out first.",
                missing).format(units.layer_name, where))
        feedback.pushWarning(trn(
            "Layer {0}: %n unit(s) in no polygon of layer {1} (or in one without a name), with a NULL district "
            "and left out of the district summary.", missing).format(units.layer_name, where))
    return codes, labels, located


def require_unit_geometry(alg, parameters, name, context):
    """Refuse districts by location for a layer ``name`` without points or polygons
    (e.g. a table), saying what to do."""
    source = alg.parameterAsSource(parameters, name, context)
    if source is not None and QgsWkbTypes.geometryType(source.wkbType()) not in (
            Qgis.GeometryType.Point, Qgis.GeometryType.Polygon):
        raise QgsProcessingException(tr(
            "Layer {0} has no points or polygons, so its units cannot be placed in the district polygons: choose "
            "its district field in {1}, or use a point or polygon layer.").format(
            source.sourceName(), alg.label("DISTRICT_FIELD")))


def warn_study_edge(alg, parameters, context, feedback, units, facilities, demand, threshold, unit, speed_kmh):
    """Warn when the facilities stop at the edge of the study area (the rule is
    ``kernels.geometry.edge_band``): on the sides where the facilities' extent goes
    less than the catchment's straight-line reach (``kernels.geometry.straight_reach_m``
    of ``threshold`` in ``unit`` at ``speed_kmh``, divided by DETOUR for straight-line
    costs) beyond the units, the units within that reach may look worse served than
    they are. ``units``: layer_io PointArrays; ``facilities``: the PointArrays of the
    facilities and the rows that offer places; ``demand``: per unit (NULL as 0).
    Returns the kernel's ``EdgeBand`` (None when there is nothing to check)."""
    supply, rows = facilities
    if threshold is None or len(rows) == 0:
        return None
    if unit == "minutes" and speed_kmh is None:
        feedback.pushInfo(tr("Edge of the study area not checked: costs from an OD table in minutes have no speed "
                             "to turn the threshold into a distance."))
        return None
    straight = alg.enum_value(parameters, "COST_MODE", context) == "straight"
    detour = (alg.parameterAsDouble(parameters, "DETOUR", context) or 1.0) if straight else 1.0
    reach = kernel_call(straight_reach_m, threshold, unit, speed_kmh, max(detour, 1.0))
    band = kernel_call(edge_band, units.x, units.y, supply.x[rows], supply.y[rows], reach)
    n = int(band.in_band.sum())
    if band.short_sides and n:
        names = {"west": tr("west"), "east": tr("east"), "south": tr("south"), "north": tr("north")}
        sides = trn("Edge of the study area: on the {0} side(s) the facilities of layer {1} stop less than "
                    "{2:,.0f} m (the straight-line reach of the catchment threshold) beyond the units of layer {3}, "
                    "so facilities just outside the area may be missing.", len(band.short_sides)).format(", ".join(names[s] for s in band.short_sides), supply.layer_name, reach,
                             units.layer_name)
        within = trn("%n unit(s) with {0:,.0f} of demand within {1:,.0f} m of those sides may look worse "
                     "served than they are. Add the facilities around the area (e.g. a wider extract) to be sure.",
                     n).format(float(np.asarray(demand, dtype=float)[band.in_band].sum()), reach)
        feedback.pushWarning(sides + " " + within)
    return band


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


def add_district_layer_parameters(alg, summary_output=True):
    """Optional district polygons: they give each unit its district by location when
    the units have no district field, and (``summary_output``) receive the district
    summary as a layer (OUTPUT_DISTRICTS). That output is created by default (the
    dialog offers a temporary layer, not [Skip output]), so giving district polygons in
    the dialog shows the district map; without district polygons nothing is written
    (``write_district_layer``)."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "DISTRICT_LAYER", tr("District polygons"),
        [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
    alg.addParameter(field_param("DISTRICT_LAYER_FIELD", tr("District name field of the district polygons "
                                                            "(empty = the same name as the district field)"),
                                 parent="DISTRICT_LAYER", numeric=False, optional=True,
                                 default=DEFAULT_FIELDS["district"]))
    if summary_output:
        add_district_output(alg)


def add_district_output(alg):
    """The district summary on the district polygons (OUTPUT_DISTRICTS), created by
    default: the dialog offers a temporary layer rather than [Skip output], so giving
    district polygons shows the district map (issue 19, steps 6-7); it is written only
    when district polygons are given (``write_district_layer``)."""
    alg.addParameter(QgsProcessingParameterFeatureSink(
        "OUTPUT_DISTRICTS", tr("Summary on the district polygons (made when district polygons are given)"),
        QgsProcessing.SourceType.TypeVectorPolygon, optional=True, createByDefault=True))


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
        feedback.pushWarning(trn("%n district(s) not found in the district polygons of layer {0}: {1}",
                                 len(unmatched)).format(polys.layer_name, ", ".join(sorted(unmatched))))
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


def cohort_targets(alg, parameters, context, name="TARGETS"):
    """The targets per age band of parameter ``name`` as [(field, ratio)] ([] when
    empty), parsed by ``kernels.gaps.parse_cohort_targets``; a malformed text is refused
    with the dialog label and an example. Callers check the fields against their layer."""
    text = alg.parameterAsString(parameters, name, context) or ""
    if not text.strip():
        return []
    try:
        return parse_cohort_targets(text)
    except ValueError as exc:
        raise QgsProcessingException(tr(
            "{0}: {1}. Write it as field:ratio items separated by ';', each ratio in places per person of "
            "that band, e.g. 'p_0_3:0.5;p_4_5:1.0' (50% of children 0-3 and 100% of children 4-5).").format(
            alg.label(name), exc)) from None
