"""Reading sources into arrays: points (and polygons at their point on surface, with
their area), line vertices and polygon rings, and attribute tables."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsWkbTypes,
)

from . import csv_files
from .arrays import BATCH, LineArrays, PointArrays, TableArrays, tr, trn
from .columns import columns, numeric_column, text_column
from .ogr_fast import read_points_ogr
from .outputs import Progress
from .sources import (
    check_fields,
    fast_path_location,
    features,
    get_source,
    layer_label,
    line_coords,
    metric_crs,
    source_layer,
)


def _open(alg, parameters, name, context, numeric, text, geometry=False):
    """(source, label, numeric, text) with the fields checked; ``geometry``: a CSV file
    without coordinates is refused with the message saying how to name them."""
    source = get_source(alg, parameters, name, context)
    label = layer_label(alg, name, source)
    numeric = [f for f in numeric if f]
    text = [f for f in text if f]
    layer = source_layer(alg, parameters, name, context)
    if geometry and csv_files.csv_path(layer) and csv_files.geometry_of(layer) is None:
        definition = alg.parameterDefinition(name)
        raise QgsProcessingException(csv_files.no_geometry_message(
            layer, definition.description() if definition is not None else name))
    check_fields(source, label, numeric, text, layer)
    return source, label, numeric, text


def _extent_if_needed(source):
    """The source's extent, only when the metric CRS depends on it (a CRS not in metres):
    the extent of a selection is computed by fetching every selected feature."""
    crs = source.sourceCrs()
    if crs.isValid() and not crs.isGeographic() and crs.mapUnits() == Qgis.DistanceUnit.Meters:
        return None
    return source.sourceExtent()


def _warner(feedback):
    return feedback.pushWarning if feedback is not None else None


def _warn_skipped(feedback, label, skipped):
    if skipped and feedback is not None:
        feedback.pushWarning(
            trn("%n feature(s) of layer {0} without geometry: skipped, NULL results.", skipped).format(label)
        )


def _check_nulls(values, name, label, allow_nulls):
    if not allow_nulls:
        bad = int(np.isnan(values).sum())
        if bad:
            raise QgsProcessingException(
                trn("Field '{0}' of layer {1} has %n NULL value(s); fill or filter them first.", bad).format(
                    name, label
                )
            )


READ_END = 10.0  # reading is the first 10 % of an algorithm's progress (docs/architecture.md)


def _cancel_check(feedback, k, total, progress=None):
    if feedback is not None:
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
        if progress is not None:
            progress(k / total)


def read_points(alg, parameters, name, context, feedback, numeric=(), text=(),
                allow_nulls=False, target_crs=None, allow_empty=False):
    """Read a point or polygon source into :class:`PointArrays` (see the package doc)."""
    source, label, numeric, text = _open(alg, parameters, name, context, numeric, text, geometry=True)
    gtype = QgsWkbTypes.geometryType(source.wkbType())
    if gtype not in (Qgis.GeometryType.Point, Qgis.GeometryType.Polygon):
        raise QgsProcessingException(tr("Layer {0} must be a point or polygon layer.").format(label))
    if source.featureCount() == 0 and not allow_empty:
        raise QgsProcessingException(tr("Layer {0} is empty.").format(label))
    crs = target_crs if target_crs is not None else metric_crs(
        source.sourceCrs(), _extent_if_needed(source), label, feedback, context)
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(tr("Layer {0} has no valid coordinate reference system.").format(label))

    result = None
    polygons = gtype == Qgis.GeometryType.Polygon
    location = None if polygons else fast_path_location(alg, parameters, name, context, numeric, text)
    if location is not None:
        result = read_points_ogr(location, numeric, text, source.sourceCrs(), crs, feedback, label, context)
    if result is None:
        result = _read_points_qgis(source, numeric, text, crs, context, feedback, polygons, label)
    result.crs = crs
    result.layer_name = label
    result.source = source
    result.geometry_type = "polygon" if polygons else "point"
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


def _polygon_point_and_area(g, counts):
    """Point on surface and area of a polygon, repaired first when invalid; the area is
    NaN (never 0) when nothing of it is left after repair."""
    if not g.isGeosValid():
        counts["repaired"] += 1
        fixed = g.makeValid()
        if not fixed.isNull() and not fixed.isEmpty():
            g = fixed
    area = g.area()
    if not area > 0:
        counts["zero_area"] += 1
        area = float("nan")
    p = g.pointOnSurface()
    if p.isNull() or p.isEmpty():
        c = g.boundingBox().center()
        return c.x(), c.y(), area
    p = p.asPoint()
    return p.x(), p.y(), area


def _read_points_qgis(source, numeric, text, crs, context, feedback, polygons, label):
    names = list(numeric) + [t for t in text if t not in numeric]
    fields = source.fields()
    idx = [fields.lookupField(n) for n in names]
    req = _request(source, names, crs, context)
    total = max(1, source.featureCount())
    xs, ys, areas, fids, rows = [], [], [], [], []
    skipped = 0
    counts = {"repaired": 0, "zero_area": 0}
    single_points = not polygons and not QgsWkbTypes.isMultiType(source.wkbType())
    progress = Progress(feedback, 0.5, READ_END)
    if single_points:
        return _read_single_points(features(source, req), names, idx, numeric, text, label, feedback, total,
                                   progress)
    for k, f in enumerate(features(source, req)):
        if k % BATCH == 0:
            _cancel_check(feedback, k, total, progress)
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
        elif g.isEmpty():
            skipped += 1
            continue
        elif polygons:
            x, y, area = _polygon_point_and_area(g, counts)
            areas.append(area)
        else:  # multipoints: their centroid
            p = g.centroid().asPoint()
            x, y = p.x(), p.y()
        xs.append(x)
        ys.append(y)
        fids.append(f.id())
        rows.append(f.attributes())
    if feedback is not None and counts["repaired"]:
        feedback.pushWarning(trn(
            "%n polygon(s) of layer {0} invalid (e.g. self-intersecting): repaired (Make Valid); the area is that "
            "of the repaired polygon. Check them with Vector > Geometry Tools > Check Validity.",
            counts["repaired"]).format(label))
    if feedback is not None and counts["zero_area"]:
        feedback.pushWarning(trn(
            "%n polygon(s) of layer {0} with no area (even after repair): area NULL, so no density is computed "
            "there.", counts["zero_area"]).format(label))
    num, txt = columns(rows, names, set(numeric), set(text), label, _warner(feedback), idx)
    return PointArrays(
        x=np.asarray(xs, dtype=float),
        y=np.asarray(ys, dtype=float),
        fid=np.asarray(fids, dtype=np.int64),
        numeric=num,
        text=txt,
        area=np.asarray(areas, dtype=float) if polygons else None,
        skipped=skipped,
    )


def _read_single_points(feats, names, idx, numeric, text, label, feedback, total, progress):
    """The QGIS route for single points, with as few Python calls per feature as it
    takes: the point's coordinates, the id, and only the asked attributes."""
    xs, ys, fids = [], [], []
    cols = [[] for _ in idx]
    pairs = list(zip([c.append for c in cols], idx))
    x_add, y_add, fid_add = xs.append, ys.append, fids.append
    skipped = k = 0
    for f in feats:
        if k % BATCH == 0:
            _cancel_check(feedback, k, total, progress)
        k += 1
        try:
            p = f.geometry().asPoint()  # cheaper than constGet() + x()/y() through sip
        except ValueError:  # no geometry
            skipped += 1
            continue
        x = p.x()
        if x != x:  # POINT EMPTY
            skipped += 1
            continue
        x_add(x)
        y_add(p.y())
        fid_add(f.id())
        attrs = f.attributes()  # one list: f.attribute(i) resolves its overload each call
        for add, i in pairs:
            add(attrs[i])
    num, txt = {}, {}
    warn = _warner(feedback)
    for name, col in zip(names, cols):
        if name in numeric:
            num[name] = numeric_column(col, name, label, warn)
        if name in text:
            txt[name] = text_column(col)
    return PointArrays(x=np.asarray(xs, dtype=float), y=np.asarray(ys, dtype=float),
                       fid=np.asarray(fids, dtype=np.int64), numeric=num, text=txt, skipped=skipped)


def read_lines(alg, parameters, name, context, feedback, numeric=(), text=(), target_crs=None,
               allow_nulls=False, polygons=False):
    """Vertices of a line layer (or polygon rings with ``polygons=True``) as LineArrays."""
    source, label, numeric, text = _open(alg, parameters, name, context, numeric, text, geometry=True)
    want = Qgis.GeometryType.Polygon if polygons else Qgis.GeometryType.Line
    if QgsWkbTypes.geometryType(source.wkbType()) != want:
        raise QgsProcessingException(
            tr("Layer {0} must be a {1} layer.").format(label, tr("polygon") if polygons else tr("line"))
        )
    if source.featureCount() == 0:
        raise QgsProcessingException(tr("Layer {0} is empty.").format(label))
    crs = target_crs if target_crs is not None else metric_crs(
        source.sourceCrs(), _extent_if_needed(source), label, feedback, context)
    names = list(numeric) + [t for t in text if t not in numeric]
    fields = source.fields()
    idx = [fields.lookupField(n) for n in names]
    req = _request(source, names, crs, context)
    total = max(1, source.featureCount())
    chunks, lengths, part_row, fids, rows = [], [], [], [], []
    skipped = repaired = 0
    row = 0
    progress = Progress(feedback, 0.5, READ_END)
    for k, f in enumerate(features(source, req)):
        if k % 5000 == 0:
            _cancel_check(feedback, k, total, progress)
        g = f.geometry()
        if g.isNull() or g.isEmpty():
            skipped += 1
            continue
        if polygons and not g.isGeosValid():
            repaired += 1
            fixed = g.makeValid()
            if fixed.convertGeometryCollectionToSubclass(Qgis.GeometryType.Polygon) and not fixed.isEmpty():
                g = fixed
        geom = g.constGet()
        parts = [geom.geometryN(i) for i in range(geom.numGeometries())] if QgsWkbTypes.isMultiType(geom.wkbType()) else [geom]
        for part in parts:
            rings = [part.exteriorRing()] + [part.interiorRing(i) for i in range(part.numInteriorRings())] if polygons else [part]
            for ring in rings:
                if ring is None:
                    continue
                coords = line_coords(ring)
                chunks.append(coords)
                lengths.append(coords.shape[0])
                part_row.append(row)
        fids.append(f.id())
        attrs = f.attributes()
        rows.append([attrs[i] for i in idx])
        row += 1
    _warn_skipped(feedback, label, skipped)
    if repaired and feedback is not None:
        feedback.pushWarning(trn(
            "%n polygon(s) of layer {0} invalid (e.g. self-intersecting): their repaired outline (Make Valid) "
            "used. Check them with Vector > Geometry Tools > Check Validity.", repaired).format(label))
    if row == 0:
        raise QgsProcessingException(tr("Layer {0} has no feature with a geometry.").format(label))
    num, txt = columns(rows, names, set(numeric), set(text), label, _warner(feedback))
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


def read_polygon_rings(alg, parameters, name, context, feedback, numeric=(), text=(), target_crs=None,
                       allow_nulls=False):
    """Polygon rings (exterior and holes) as LineArrays, e.g. for contiguity weights."""
    return read_lines(alg, parameters, name, context, feedback, numeric, text, target_crs, allow_nulls, polygons=True)


def read_table(alg, parameters, name, context, feedback, numeric=(), text=(), allow_nulls=False):
    """Attribute columns of any vector or table layer (CSV included); geometry ignored."""
    source, label, numeric, text = _open(alg, parameters, name, context, numeric, text)
    names = list(numeric) + [t for t in text if t not in numeric]
    fields = source.fields()
    idx = [fields.lookupField(n) for n in names]
    req = _request(source, names, None, context, with_geometry=False)
    rows = []
    for k, f in enumerate(features(source, req)):
        if k % BATCH == 0 and feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
        attrs = f.attributes()
        rows.append([attrs[i] for i in idx])
    if not rows:
        raise QgsProcessingException(tr("Table {0} is empty.").format(label))
    num, txt = columns(rows, names, set(numeric), set(text), label, _warner(feedback))
    for f in numeric:
        _check_nulls(num[f], f, label, allow_nulls)
    return TableArrays(numeric=num, text=txt, n=len(rows), layer_name=label)


def row_attributes(arrays, feedback=None):
    """{row: every attribute of the input feature} of what a reader returned (for
    outputs that copy the input's fields onto new geometries, e.g. catchments)."""
    row_of = dict(zip(arrays.fid.tolist(), range(arrays.n)))
    out = {}
    for k, f in enumerate(features(arrays.source, QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry))):
        if k % BATCH == 0 and feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
        r = row_of.get(f.id())
        if r is not None:
            out[r] = f.attributes()
    return out
