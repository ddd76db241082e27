"""Opening sources: the layer behind a parameter, its label in messages, field checks,
the metric CRS and coordinate transforms (always with the processing context's
transform context)."""
from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDataSourceUri,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameters,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from . import csv_files
from .arrays import tr

TRANSFORM_BATCH = 1_000_000  # points per call of the C++ transform


def get_source(alg, parameters, name, context):
    """The feature source of parameter ``name``; a CSV file path is read as a layer
    (``csv_files``)."""
    parameters = _with_csv(alg, parameters, name, context)
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    return source


def _with_csv(alg, parameters, name, context):
    """``parameters`` with the CSV value of ``name`` replaced by its loaded layer."""
    value = parameters.get(name) if hasattr(parameters, "get") else None
    if not csv_files.is_csv_value(value) or csv_files.project_layer_name(value, context):
        return parameters
    out = dict(parameters)
    out[name] = csv_files.load(value, context)
    return out


def layer_label(alg, name, source):
    """How messages name a source: the dialog label and the user's layer name,
    e.g. ``Demand units (blocks)``."""
    label = source.sourceName() if source is not None else ""
    definition = alg.parameterDefinition(name)
    desc = definition.description() if definition is not None else name
    return f"{desc} ({label})" if label else desc


def source_layer(alg, parameters, name, context):
    """The QgsVectorLayer behind a source parameter, or None (e.g. a feature source
    that is no layer)."""
    definition = alg.parameterDefinition(name)
    if definition is None:
        return None
    try:
        parameters = _with_csv(alg, parameters, name, context)
        layer = QgsProcessingParameters.parameterAsVectorLayer(definition, parameters, context)
        if layer is None:
            layer = definition_layer(parameters.get(name), context)
        return layer
    except Exception:  # noqa: BLE001 - any failure only means "no layer object"
        return None


def definition_layer(value, context):
    """The vector layer of a QgsProcessingFeatureSourceDefinition (selection, limit,
    filter), which parameterAsVectorLayer does not resolve; None otherwise."""
    if not isinstance(value, QgsProcessingFeatureSourceDefinition) or context is None:
        return None
    prop = value.source
    if prop.propertyType() == QgsProperty.Type.StaticProperty:
        text = prop.staticValue()
    else:
        text, _ = prop.valueAsString(context.expressionContext())
    if not isinstance(text, str) or not text:
        return None
    layer = QgsProcessingUtils.mapLayerFromString(text, context)
    return layer if isinstance(layer, QgsVectorLayer) else None


def features(source, request):
    """Features of ``source`` without the context's invalid-geometry filter: CareMap
    checks and repairs polygons itself (QGIS 3.40's abort-on-invalid setting can
    crash the interpreter when it fires inside an algorithm)."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def is_feature_id(layer, fields, name):
    """True when field ``name`` is the layer's primary key / feature id (``fid``)."""
    if name.lower() == "fid":
        return True
    if layer is None:
        return False
    lfields = layer.fields()
    return name in [lfields.at(i).name() for i in layer.primaryKeyAttributes() if 0 <= i < lfields.count()]


def is_text_field(field):
    return field.type() == QMetaType.Type.QString


def check_fields(source, label, numeric=(), text=(), layer=None):
    """Raise a clear error for a missing field, a field that can't hold numbers asked as
    numeric, or the feature id asked as a quantity. Text fields asked as numeric are
    parsed by the readers."""
    fields = source.fields()
    for name in list(numeric) + list(text):
        if name and fields.lookupField(name) < 0:
            raise QgsProcessingException(
                tr("Field '{0}' was not found in layer {1}. Available fields: {2}.").format(
                    name, label, ", ".join(fields.names())
                )
            )
    for name in numeric:
        if not name:
            continue
        fld = fields.field(fields.lookupField(name))
        if not fld.isNumeric() and not is_text_field(fld):
            raise QgsProcessingException(
                tr("Field '{0}' of layer {1} must be numeric (it is {2}).").format(name, label, fld.typeName())
            )
        if is_feature_id(layer, fields, name):
            raise QgsProcessingException(
                tr("Field '{0}' of layer {1} is the feature id, not a quantity: choose the field with the "
                   "population/capacity/cost.").format(name, label)
            )


def metric_crs(crs, extent=None, label="", feedback=None, context=None):
    """The CRS to compute distances in: the layer's own when it is projected in metres,
    else the UTM zone of the data's centre (logged)."""
    if crs is None or not crs.isValid():
        raise QgsProcessingException(tr("Layer {0} has no valid coordinate reference system.").format(label))
    if not crs.isGeographic() and crs.mapUnits() == Qgis.DistanceUnit.Meters:
        return crs
    lon, lat = 0.0, 0.0
    if extent is not None and not extent.isNull():  # a degenerate extent (one point, one row) still has a centre
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        centre = QgsGeometry.fromPointXY(extent.center())
        if crs != wgs84:
            centre.transform(QgsCoordinateTransform(crs, wgs84, transform_context(context)))
        lon, lat = centre.asPoint().x(), centre.asPoint().y()
    zone = int(min(60, max(1, math.floor((lon + 180.0) / 6.0) + 1)))
    epsg = (32600 if lat >= 0 else 32700) + zone
    utm = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    if feedback is not None:
        feedback.pushInfo(
            tr("Layer {0} is in {1}, not in metres: distances are computed in {2} (UTM zone {3}).").format(
                label, crs.authid() or crs.description(), utm.authid(), zone
            )
        )
    return utm


def transform_context(context=None):
    """The processing context's transform context (the project's datum transforms);
    QGIS's defaults when there is no context."""
    if context is not None:
        return context.transformContext()
    return QgsCoordinateTransformContext()


def transform_xy(x, y, src_crs, dst_crs, context=None):
    """Reproject coordinate arrays with QGIS (the context's datum transforms), in
    batches through a line string, so the transform runs in C++."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if src_crs == dst_crs or x.shape[0] == 0:
        return x.copy(), y.copy()
    ct = QgsCoordinateTransform(src_crs, dst_crs, transform_context(context))
    out_x, out_y = np.empty_like(x), np.empty_like(y)
    for start in range(0, x.shape[0], TRANSFORM_BATCH):
        stop = min(x.shape[0], start + TRANSFORM_BATCH)
        line = QgsLineString(x[start:stop].tolist(), y[start:stop].tolist())
        line.transform(ct)
        xy = line_coords(line)
        out_x[start:stop], out_y[start:stop] = xy[:, 0], xy[:, 1]
    return out_x, out_y


def line_coords(line):
    """(n, 2) float array of a QgsLineString's vertices, without a per-vertex Python loop
    where the Qt binding exposes the polygon's buffer."""
    poly = line.asQPolygonF()
    n = poly.size()
    try:
        ptr = poly.data()
        ptr.setsize(n * 16)
        return np.frombuffer(ptr, dtype=np.float64, count=2 * n).reshape(n, 2).copy()
    except (AttributeError, TypeError, ValueError):  # pragma: no cover - other bindings
        return np.array([(p.x(), p.y()) for p in line.points()], dtype=float).reshape(-1, 2)


class FastLocation(NamedTuple):
    """Where GDAL's columnar reader finds a layer's rows: ``path`` (a file, or
    ``PG:<conninfo>``), the layer's ``layer_name`` or ``layer_id``, the ``selected`` feature
    ids or None, ``where`` (the layer's subset string, given to GDAL as its attribute
    filter) or None, the ``open_options`` of the dataset, and for a database table
    ``declared`` = (schema, table, geometry column, SRID of the layer): the column must be
    declared a point column of that SRID (else QGIS filters its rows by type and SRID)."""

    path: str
    layer_name: str
    layer_id: object
    selected: object = None
    where: object = None
    open_options: tuple = ()
    declared: tuple = ()


#: the file formats whose layers GDAL's columnar reader reads with QGIS's feature ids
FAST_FILE_FORMATS = (".gpkg", ".shp", ".fgb", ".sqlite")
#: QGIS field types of a PostgreSQL primary key whose values are QGIS's feature ids
_INTEGER_KEYS = (QMetaType.Type.Int, QMetaType.Type.LongLong)


def fast_path_location(alg, parameters, name, context, numeric=(), text=()):
    """A :class:`FastLocation` when GDAL's columnar reader gives exactly the rows QGIS
    would; else None. It does for a point layer not in edit mode (no edit buffer), with no
    limit or filter expression in the source, and the asked fields all numeric (or text)
    columns of the data itself (no join, no virtual field), that is:

    - a plain OGR file layer (GeoPackage, shapefile, FlatGeobuf, SQLite), its subset
      string (a WHERE clause; not a full SELECT) given to GDAL as the attribute filter;
    - a PostgreSQL/PostGIS table whose primary key is one integer column (QGIS's feature
      ids are then its values), connected without a QGIS authentication configuration
      (GDAL can't read those), its subset string given to the server as the WHERE clause.

    With "selected features only" the selected feature ids come along (the reader keeps
    those rows: QGIS would fetch them one by one)."""
    value = parameters.get(name)
    selected_only = False
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.featureLimit != -1 or value.filterExpression:
            return None
        selected_only = bool(value.selectedFeaturesOnly)
    layer = source_layer(alg, parameters, name, context)
    if layer is None or layer.providerType() not in ("ogr", "postgres"):
        return None
    if layer.isEditable() or layer.editBuffer() is not None:
        return None
    if QgsWkbTypes.flatType(layer.wkbType()) != Qgis.WkbType.Point:
        return None
    fields = layer.fields()
    for n in list(numeric) + list(text):
        i = fields.lookupField(n)
        if i < 0 or fields.fieldOrigin(i) != QgsFields.FieldOrigin.OriginProvider:
            return None
        if n in numeric and not fields.at(i).isNumeric():
            return None
    subset = layer.subsetString().strip() or None
    selected = np.asarray(sorted(layer.selectedFeatureIds()), dtype=np.int64) if selected_only else None
    if layer.providerType() == "postgres":
        return _postgres_location(layer, subset, selected)
    if subset is not None and subset.lower().startswith("select"):
        return None  # a whole SQL statement: only QGIS runs it as QGIS does
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or not path.lower().endswith(FAST_FILE_FORMATS):
        return None
    return FastLocation(path, parts.get("layerName") or "", parts.get("layerId"), selected, subset)


def _postgres_location(layer, subset, selected):
    uri = QgsDataSourceUri(layer.source())
    key, table, geom = uri.keyColumn(), uri.table(), uri.geometryColumn()
    if uri.authConfigId() or not key or not table or not geom or "," in key or '"' in key:
        return None
    if table.lstrip().startswith("("):
        return None  # a query as a layer: QGIS's own key, not a table's
    i = layer.fields().lookupField(key)
    if i < 0 or layer.fields().at(i).type() not in _INTEGER_KEYS:
        return None
    schema = uri.schema() or "public"
    return FastLocation("PG:" + uri.connectionInfo(False), f"{schema}.{table}", None, selected, subset,
                        (f"TABLES={schema}.{table}({geom})",), (schema, table, geom, layer.crs().postgisSrid()))
