"""The one module that turns layers into NumPy arrays and result arrays back into layers.

Every CareMap algorithm reads its inputs and writes its outputs through here, so the
semantics are the same everywhere:

* sources are read through ``QgsProcessingFeatureSource`` so "selected features only",
  feature limits and filters work; a plain point file layer with none of those is read
  with GDAL's columnar (Arrow) reader instead, which gives the same rows much faster;
* coordinates come back in metres: a layer in a geographic CRS (or a projected CRS in
  other units) is reprojected to the local UTM zone of its data, and the log says so;
* polygons are read at their point on surface, with their area in m2;
* features without geometry are skipped and counted in a warning, never guessed;
* numeric fields come back as float64 with NaN for NULL, text fields as object arrays
  with ``None`` for NULL; a missing or non-numeric field is a ``QgsProcessingException``;
* results are written in one pass: every input feature, with all its fields, plus the
  new fields (NULL for the features that had no geometry).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameters,
    QgsProviderRegistry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QMetaType

BATCH = 20000


def tr(text):
    return QCoreApplication.translate("CareMap", text)


# --------------------------------------------------------------------------- results
@dataclass
class PointArrays:
    """Rows are the features that have a geometry, in source order."""

    x: np.ndarray
    y: np.ndarray
    fid: np.ndarray
    numeric: dict = field(default_factory=dict)
    text: dict = field(default_factory=dict)
    area: np.ndarray | None = None
    crs: QgsCoordinateReferenceSystem | None = None
    skipped: int = 0
    layer_name: str = ""
    source: object = None
    geometry_type: str = "point"

    @property
    def n(self):
        return int(self.x.shape[0])

    @property
    def xy(self):
        return np.column_stack([self.x, self.y])


@dataclass
class LineArrays:
    """Vertices of every part (line part or polygon ring) of every feature.

    ``xy[part_offsets[k]:part_offsets[k + 1]]`` are the vertices of part ``k``, which
    belongs to row ``part_row[k]``; rows are features with a geometry, in source order.
    """

    xy: np.ndarray
    part_offsets: np.ndarray
    part_row: np.ndarray
    fid: np.ndarray
    numeric: dict = field(default_factory=dict)
    text: dict = field(default_factory=dict)
    crs: QgsCoordinateReferenceSystem | None = None
    skipped: int = 0
    layer_name: str = ""
    source: object = None

    @property
    def n(self):
        return int(self.fid.shape[0])


@dataclass
class TableArrays:
    numeric: dict
    text: dict
    n: int
    layer_name: str = ""


# --------------------------------------------------------------------------- sources
def get_source(alg, parameters, name, context):
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    return source


def _layer_label(alg, parameters, name, context, source):
    label = source.sourceName() if source is not None else ""
    definition = alg.parameterDefinition(name)
    desc = definition.description() if definition is not None else name
    return f"{desc} ({label})" if label else desc


def check_fields(source, label, numeric=(), text=()):
    """Raise a clear error for a missing field, or a non-numeric one asked as numeric."""
    fields = source.fields()
    for name in list(numeric) + list(text):
        if not name:
            continue
        if fields.lookupField(name) < 0:
            raise QgsProcessingException(
                tr("Field '{0}' was not found in layer {1}. Available fields: {2}.").format(
                    name, label, ", ".join(fields.names())
                )
            )
    for name in numeric:
        if name and not fields.field(fields.lookupField(name)).isNumeric():
            raise QgsProcessingException(
                tr("Field '{0}' of layer {1} must be numeric (it is {2}).").format(
                    name, label, fields.field(fields.lookupField(name)).typeName()
                )
            )


def metric_crs(crs, extent=None, label="", feedback=None):
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
            centre.transform(QgsCoordinateTransform(crs, wgs84, _transform_context()))
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


def _transform_context():
    from qgis.core import QgsProject

    return QgsProject.instance().transformContext()


def _warn_skipped(feedback, label, skipped):
    if skipped and feedback is not None:
        feedback.pushWarning(
            tr("{0} feature(s) of layer {1} have no geometry: they were skipped and get NULL results.").format(
                skipped, label
            )
        )


def _plain_ogr_layer(alg, parameters, name, context):
    """(path, layer name) when the parameter is a plain OGR point file layer with no
    selection, limit, filter or subset, so GDAL's columnar reader gives the same rows."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit != -1 or value.filterExpression:
            return None
    layer = QgsProcessingParameters.parameterAsVectorLayer(alg.parameterDefinition(name), parameters, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    if QgsWkbTypes.flatType(layer.wkbType()) != Qgis.WkbType.Point:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or not path.lower().endswith((".gpkg", ".shp", ".fgb", ".sqlite")):
        return None
    return path, parts.get("layerName") or "", parts.get("layerId")


def _check_nulls(values, name, label, allow_nulls):
    if not allow_nulls:
        bad = int(np.isnan(values).sum())
        if bad:
            raise QgsProcessingException(
                tr("Field '{0}' of layer {1} has {2} NULL value(s); fill or filter them first.").format(
                    name, label, bad
                )
            )


def read_points(alg, parameters, name, context, feedback, numeric=(), text=(),
                allow_nulls=False, target_crs=None, allow_empty=False):
    """Read a point or polygon source into :class:`PointArrays` (see module doc)."""
    source = get_source(alg, parameters, name, context)
    label = _layer_label(alg, parameters, name, context, source)
    numeric = [f for f in numeric if f]
    text = [f for f in text if f]
    check_fields(source, label, numeric, text)
    gtype = QgsWkbTypes.geometryType(source.wkbType())
    if gtype not in (Qgis.GeometryType.Point, Qgis.GeometryType.Polygon):
        raise QgsProcessingException(tr("Layer {0} must be a point or polygon layer.").format(label))
    if source.featureCount() == 0 and not allow_empty:
        raise QgsProcessingException(tr("Layer {0} is empty.").format(label))
    crs = target_crs if target_crs is not None else metric_crs(source.sourceCrs(), source.sourceExtent(), label, feedback)
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(tr("Layer {0} has no valid coordinate reference system.").format(label))

    result = None
    plain = _plain_ogr_layer(alg, parameters, name, context) if gtype == Qgis.GeometryType.Point else None
    if plain is not None:
        result = _read_points_ogr(plain, numeric, text, source.sourceCrs(), crs, feedback)
    if result is None:
        result = _read_points_qgis(source, numeric, text, crs, context, feedback, polygons=gtype == Qgis.GeometryType.Polygon)
    result.crs = crs
    result.layer_name = label
    result.source = source
    result.geometry_type = "polygon" if gtype == Qgis.GeometryType.Polygon else "point"
    _warn_skipped(feedback, label, result.skipped)
    if result.n == 0 and not allow_empty:
        raise QgsProcessingException(tr("Layer {0} has no feature with a geometry.").format(label))
    for f in numeric:
        _check_nulls(result.numeric[f], f, label, allow_nulls)
    return result


def _request(source, names, crs, context, with_geometry=True):
    req = QgsFeatureRequest()
    fields = source.fields()
    req.setSubsetOfAttributes([fields.lookupField(n) for n in names])
    if not with_geometry:
        req.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    elif crs is not None and source.sourceCrs() != crs:
        req.setDestinationCrs(crs, context.transformContext())
    return req


def _is_null(v):
    return v is None or v == NULL_VARIANT


def _text(v):
    if _is_null(v):
        return None
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _columns(rows, names, numeric, text, index=None):
    """Python attribute rows -> float arrays (NaN for NULL) for ``numeric`` names and
    object arrays (None for NULL) for ``text`` names. ``index[k]`` is the position of
    ``names[k]`` in a row (default: k)."""
    out_num, out_text = {}, {}
    for k, name in enumerate(names):
        pos = k if index is None else index[k]
        col = [row[pos] for row in rows]
        if name in numeric:
            try:  # no NULL in the column: one C-level conversion
                out_num[name] = np.array(col, dtype=float)
            except (TypeError, ValueError):
                out_num[name] = np.array([np.nan if _is_null(v) else float(v) for v in col], dtype=float)
        if name in text:
            arr = np.empty(len(col), dtype=object)
            arr[:] = [_text(v) for v in col]
            out_text[name] = arr
    return out_num, out_text


try:  # a NULL QVariant compares equal to None in PyQGIS, but be explicit
    from qgis.core import NULL as NULL_VARIANT
except ImportError:  # pragma: no cover
    NULL_VARIANT = None


def _read_points_qgis(source, numeric, text, crs, context, feedback, polygons):
    names = list(numeric) + [t for t in text if t not in numeric]
    fields = source.fields()
    idx = [fields.lookupField(n) for n in names]
    req = _request(source, names, crs, context)
    total = max(1, source.featureCount())
    xs, ys, areas, fids, rows = [], [], [], [], []
    skipped = 0
    single_points = not polygons and not QgsWkbTypes.isMultiType(source.wkbType())
    for k, f in enumerate(source.getFeatures(req)):
        if k % BATCH == 0:
            if feedback is not None:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Canceled by the user."))
                feedback.setProgress(min(100.0, 100.0 * k / total))
        g = f.geometry()
        if g.isNull():
            skipped += 1
            continue
        if single_points:
            c = g.constGet()
            x, y = c.x(), c.y()
            if x != x:  # POINT EMPTY
                skipped += 1
                continue
        elif polygons:
            if g.isEmpty():
                skipped += 1
                continue
            p = g.pointOnSurface().asPoint()
            areas.append(g.area())
            x, y = p.x(), p.y()
        else:  # multipoints: their centroid
            if g.isEmpty():
                skipped += 1
                continue
            p = g.centroid().asPoint()
            x, y = p.x(), p.y()
        xs.append(x)
        ys.append(y)
        fids.append(f.id())
        rows.append(f.attributes())
    num, txt = _columns(rows, names, set(numeric), set(text), idx)
    return PointArrays(
        x=np.asarray(xs, dtype=float),
        y=np.asarray(ys, dtype=float),
        fid=np.asarray(fids, dtype=np.int64),
        numeric=num,
        text=txt,
        area=np.asarray(areas, dtype=float) if polygons else None,
        skipped=skipped,
    )


def _read_points_ogr(plain, numeric, text, src_crs, dst_crs, feedback):
    """GDAL columnar read of a plain point file layer; None if the file can't be read so."""
    from osgeo import ogr

    path, layer_name, layer_id = plain
    ds = ogr.Open(path)
    if ds is None:
        return None
    lyr = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(int(layer_id or 0))
    if lyr is None or not hasattr(lyr, "GetArrowStreamAsNumPy"):
        return None
    wanted = set(numeric) | set(text)
    defn = lyr.GetLayerDefn()
    lyr.SetIgnoredFields(
        [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount()) if defn.GetFieldDefn(i).GetName() not in wanted]
    )
    fid_name = lyr.GetFIDColumn() or "OGC_FID"
    geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
    stream = lyr.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=YES", "INCLUDE_FID=YES"])
    fids, wkbs = [], []
    cols = {n: [] for n in wanted}
    for batch in stream:
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
        fids.append(np.asarray(batch[fid_name], dtype=np.int64))
        wkbs.append(batch[geom_name])
        for n in wanted:
            cols[n].append(batch[n])
    if not fids:
        return PointArrays(x=np.zeros(0), y=np.zeros(0), fid=np.zeros(0, np.int64))
    fid = np.concatenate(fids)
    wkb = np.concatenate([np.asarray(w, dtype=object) for w in wkbs])
    has_geom = np.array([w is not None and len(w) >= 21 for w in wkb], dtype=bool)
    blobs = wkb[has_geom]
    lengths = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=blobs.shape[0])
    if blobs.shape[0] and (lengths != lengths[0]).any():
        return None
    if blobs.shape[0]:
        size = int(lengths[0])
        raw = np.frombuffer(b"".join(blobs.tolist()), dtype=np.uint8).reshape(-1, size)
        if (raw[:, 0] != 1).any():
            return None  # big-endian WKB: let QGIS read it
        coords = raw[:, 5:21].copy().view("<f8")
        x, y = coords[:, 0].copy(), coords[:, 1].copy()
        empty = np.isnan(x) | np.isnan(y)  # WKB POINT EMPTY is NaN NaN
        if empty.any():
            keep = np.flatnonzero(has_geom)
            has_geom[keep[empty]] = False
            x, y = x[~empty], y[~empty]
    else:
        x = y = np.zeros(0)
    skipped = int((~has_geom).sum())
    numeric_out, text_out = {}, {}
    for n in wanted:
        col = np.ma.concatenate(cols[n]) if cols[n] else np.ma.masked_array(np.zeros(0))
        col = col[has_geom]
        mask = np.ma.getmaskarray(col)
        if n in numeric:
            arr = np.asarray(np.ma.getdata(col), dtype=float).copy()
            arr[mask] = np.nan
            numeric_out[n] = arr
        if n in text:
            data = np.ma.getdata(col)
            out = np.empty(data.shape[0], dtype=object)
            vals = [v.decode("utf-8") if isinstance(v, bytes) else _text(v) for v in data.tolist()]
            out[:] = vals
            out[mask] = None
            text_out[n] = out
    if src_crs != dst_crs and x.shape[0]:
        x, y = transform_xy(x, y, src_crs, dst_crs)
    return PointArrays(x=x, y=y, fid=fid[has_geom], numeric=numeric_out, text=text_out, skipped=skipped)


def transform_xy(x, y, src_crs, dst_crs):
    """Reproject coordinate arrays with GDAL/PROJ in bulk (traditional x=lon, y=lat order)."""
    from osgeo import osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromWkt(src_crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED))
    dst.ImportFromWkt(dst_crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED))
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src, dst)
    out = np.asarray(ct.TransformPoints(np.column_stack([x, y]).tolist()), dtype=float)
    return out[:, 0].copy(), out[:, 1].copy()


def read_lines(alg, parameters, name, context, feedback, numeric=(), text=(), target_crs=None,
               allow_nulls=False, polygons=False):
    """Vertices of a line layer (or polygon rings with ``polygons=True``) as LineArrays."""
    source = get_source(alg, parameters, name, context)
    label = _layer_label(alg, parameters, name, context, source)
    numeric = [f for f in numeric if f]
    text = [f for f in text if f]
    check_fields(source, label, numeric, text)
    want = Qgis.GeometryType.Polygon if polygons else Qgis.GeometryType.Line
    if QgsWkbTypes.geometryType(source.wkbType()) != want:
        raise QgsProcessingException(
            tr("Layer {0} must be a {1} layer.").format(label, tr("polygon") if polygons else tr("line"))
        )
    if source.featureCount() == 0:
        raise QgsProcessingException(tr("Layer {0} is empty.").format(label))
    crs = target_crs if target_crs is not None else metric_crs(source.sourceCrs(), source.sourceExtent(), label, feedback)
    names = list(numeric) + [t for t in text if t not in numeric]
    fields = source.fields()
    idx = [fields.lookupField(n) for n in names]
    req = _request(source, names, crs, context)
    total = max(1, source.featureCount())
    chunks, lengths, part_row, fids, rows = [], [], [], [], []
    skipped = 0
    row = 0
    for k, f in enumerate(source.getFeatures(req)):
        if k % 5000 == 0 and feedback is not None:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Canceled by the user."))
            feedback.setProgress(min(100.0, 100.0 * k / total))
        g = f.geometry()
        if g.isNull() or g.isEmpty():
            skipped += 1
            continue
        geom = g.constGet()
        parts = [geom.geometryN(i) for i in range(geom.numGeometries())] if QgsWkbTypes.isMultiType(geom.wkbType()) else [geom]
        for part in parts:
            rings = [part.exteriorRing()] + [part.interiorRing(i) for i in range(part.numInteriorRings())] if polygons else [part]
            for ring in rings:
                if ring is None:
                    continue
                coords = _ring_coords(ring)
                chunks.append(coords)
                lengths.append(coords.shape[0])
                part_row.append(row)
        fids.append(f.id())
        attrs = f.attributes()
        rows.append([attrs[i] for i in idx])
        row += 1
    _warn_skipped(feedback, label, skipped)
    if row == 0:
        raise QgsProcessingException(tr("Layer {0} has no feature with a geometry.").format(label))
    num, txt = _columns(rows, names, set(numeric), set(text))
    for f in numeric:
        _check_nulls(num[f], f, label, allow_nulls)
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    return LineArrays(
        xy=np.concatenate(chunks) if chunks else np.zeros((0, 2)),
        part_offsets=offsets,
        part_row=np.asarray(part_row, dtype=np.int64),
        fid=np.asarray(fids, dtype=np.int64),
        numeric=num,
        text=txt,
        crs=crs,
        skipped=skipped,
        layer_name=label,
        source=source,
    )


def _ring_coords(ring):
    """(n, 2) float array of a QgsLineString's vertices, without a per-vertex Python loop
    where the Qt binding exposes the polygon's buffer."""
    poly = ring.asQPolygonF()
    n = poly.size()
    try:
        ptr = poly.data()
        ptr.setsize(n * 16)
        return np.frombuffer(ptr, dtype=np.float64, count=2 * n).reshape(n, 2).copy()
    except (AttributeError, TypeError, ValueError):  # pragma: no cover - other bindings
        return np.array([(p.x(), p.y()) for p in ring.points()], dtype=float).reshape(-1, 2)


def read_polygon_rings(alg, parameters, name, context, feedback, numeric=(), text=(), target_crs=None,
                       allow_nulls=False):
    """Polygon rings (exterior and holes) as LineArrays, e.g. for contiguity weights."""
    return read_lines(alg, parameters, name, context, feedback, numeric, text, target_crs, allow_nulls, polygons=True)


def read_table(alg, parameters, name, context, feedback, numeric=(), text=(), allow_nulls=False):
    """Attribute columns of any vector or table layer (CSV included); geometry ignored."""
    source = get_source(alg, parameters, name, context)
    label = _layer_label(alg, parameters, name, context, source)
    numeric = [f for f in numeric if f]
    text = [f for f in text if f]
    check_fields(source, label, numeric, text)
    names = list(numeric) + [t for t in text if t not in numeric]
    fields = source.fields()
    idx = [fields.lookupField(n) for n in names]
    req = _request(source, names, None, context, with_geometry=False)
    rows = []
    for k, f in enumerate(source.getFeatures(req)):
        if k % BATCH == 0 and feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
        attrs = f.attributes()
        rows.append([attrs[i] for i in idx])
    if not rows:
        raise QgsProcessingException(tr("Table {0} is empty.").format(label))
    num, txt = _columns(rows, names, set(numeric), set(text))
    for f in numeric:
        _check_nulls(num[f], f, label, allow_nulls)
    return TableArrays(numeric=num, text=txt, n=len(rows), layer_name=label)


# --------------------------------------------------------------------------- writing
def qgs_field(name, values):
    """A QgsField typed from a NumPy array's dtype."""
    kind = np.asarray(values).dtype.kind
    if kind == "f":
        return QgsField(name, QMetaType.Type.Double)
    if kind in "iub":
        return QgsField(name, QMetaType.Type.LongLong)
    return QgsField(name, QMetaType.Type.QString)


def column_values(values):
    """A NumPy column as a Python list for attributes: NaN/None -> None (NULL)."""
    arr = np.asarray(values)
    if arr.dtype.kind == "f":
        out = arr.astype(object)
        out[np.isnan(arr)] = None
        return out.tolist()
    if arr.dtype.kind == "b":
        return arr.astype(np.int64).tolist()
    if arr.dtype.kind in "iu":
        return arr.tolist()
    return [None if v is None else str(v) for v in arr.tolist()]


def write_with_fields(alg, parameters, output_name, context, feedback, arrays, new_fields):
    """Write every input feature with all its fields plus ``new_fields`` (name -> array
    over ``arrays`` rows) to the sink parameter ``output_name``; returns its dest id.

    A new field whose name the input already has replaces that field's values (logged).
    Features skipped for lack of geometry are written with NULL in the new fields.
    """
    source = arrays.source
    in_fields = source.fields()
    out_fields = QgsFields(in_fields)
    replace = {}
    append_names = []
    for name, values in new_fields.items():
        pos = in_fields.lookupField(name)
        if pos >= 0:
            replace[name] = pos
            if feedback is not None:
                feedback.pushWarning(
                    tr("The input already has a field '{0}': the output replaces its values.").format(name)
                )
        else:
            out_fields.append(qgs_field(name, values))
            append_names.append(name)
    sink, dest_id = alg.parameterAsSink(
        parameters, output_name, context, out_fields, source.wkbType(), source.sourceCrs()
    )
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, output_name))
    n = arrays.n
    append_cols = [column_values(new_fields[name]) for name in append_names]
    replace_cols = [(pos, column_values(new_fields[name])) for name, pos in replace.items()]
    fid_row = dict(zip(arrays.fid.tolist(), range(n)))
    nulls_tail = [None] * len(append_names)
    rows = list(zip(*append_cols)) if append_cols else [()] * n
    total = max(1, source.featureCount())
    batch = []
    for k, f in enumerate(source.getFeatures()):
        r = fid_row.get(f.id())
        attrs = f.attributes()
        if r is None:
            attrs.extend(nulls_tail)
            for pos, _ in replace_cols:
                attrs[pos] = None
        else:
            attrs.extend(rows[r])
            for pos, col in replace_cols:
                attrs[pos] = col[r]
        f.setAttributes(attrs)
        batch.append(f)
        if len(batch) >= BATCH:
            _flush(sink, batch, output_name)
            batch = []
            if feedback is not None:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Canceled by the user."))
                feedback.setProgress(min(100.0, 100.0 * k / total))
    _flush(sink, batch, output_name)
    finish_sink(sink)
    return dest_id


def _flush(sink, batch, output_name):
    if batch and not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
        raise QgsProcessingException(
            tr("Could not write features to output {0}: {1}").format(output_name, sink.lastError())
        )


def finish_sink(sink):
    """Flush buffered features (QGIS >= 3.34 has finalize)."""
    if hasattr(sink, "finalize"):
        sink.finalize()


def make_fields(spec):
    """QgsFields from [(name, numpy-dtype-like or sample array)]."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(qgs_field(name, np.zeros(0, dtype=kind) if not isinstance(kind, np.ndarray) else kind))
    return fields


def create_layer_sink(alg, parameters, output_name, context, fields, wkb_type, crs):
    """A new sink (for layers the algorithm creates: sites, grids, summary tables)."""
    if isinstance(fields, (list, tuple)):
        fields = make_fields(fields)
    sink, dest_id = alg.parameterAsSink(parameters, output_name, context, fields, wkb_type, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, output_name))
    return sink, dest_id


def _rows(columns, n):
    cols = [column_values(v) for v in columns.values()]
    return list(zip(*cols)) if cols else [()] * n


def write_points(sink, x, y, columns, feedback=None, output_name="OUTPUT"):
    """Write point features at (x, y) with attribute ``columns`` (an ordered dict)."""
    points = (QgsGeometry.fromPointXY(QgsPointXY(px, py))
              for px, py in zip(np.asarray(x, float).tolist(), np.asarray(y, float).tolist()))
    write_geometries(sink, points, columns, feedback, output_name, n=len(x))


def write_geometries(sink, geometries, columns, feedback=None, output_name="OUTPUT", n=None):
    """Write features with the given QgsGeometry items (None = no geometry; any
    iterable) and attribute columns, in batches, checking for cancellation."""
    rows = _rows(columns, len(geometries) if n is None else n)
    batch = []
    for g, row in zip(geometries, rows):
        f = QgsFeature()
        if g is not None:
            f.setGeometry(g)
        f.setAttributes(list(row))
        batch.append(f)
        if len(batch) >= BATCH:
            _flush(sink, batch, output_name)
            batch = []
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(tr("Canceled by the user."))
    _flush(sink, batch, output_name)
    finish_sink(sink)


def write_table(sink, columns, feedback=None, output_name="OUTPUT"):
    """Write geometry-less rows (summary tables)."""
    n = len(next(iter(columns.values()))) if columns else 0
    write_geometries(sink, [None] * n, columns, feedback, output_name)
