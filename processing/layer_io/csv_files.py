"""Everyday files: a CSV path given where a layer is expected is read as a layer.

A parameter value that is a path to a ``.csv``, ``.txt`` or ``.tsv`` file (as typed in
``qgis_process``, ``processing.run`` or chosen with the dialog's file button) is loaded
here into a memory layer, once per processing context, and every reader sees that layer:

* encoding, separator and numbers (decimal commas, codes with leading zeros): see
  ``csv_parse``, which reads the text into typed columns;
* geometry: columns ``x``/``y``, ``lon``/``lat``, ``lng``/``lat``, ``long``/``lat`` or
  ``longitude``/``latitude`` (any case) make points; a ``wkt``/``geometry``/``geom``
  column of WKT makes points, lines or polygons (it wins over coordinate columns);
  ``|x=col|y=col`` names other columns. A row with an empty or non-number coordinate
  has no geometry (skipped and counted by the readers);
* CRS: ``|crs=EPSG:31983`` after the path, else a ``.prj`` file next to the CSV (same
  name), else EPSG:4326 (longitude/latitude); coordinates outside -180..180 / -90..90
  without a stated CRS are an error asking for it (projected ``x``/``y`` need a CRS).

So ``DEMAND=grid.csv``, ``DEMAND=grid.csv|crs=EPSG:31983`` and
``SUPPLY=schools.csv|decimal=,`` all work; a CSV without coordinate columns where a
geometry is needed is refused with a message naming the file, its columns and the
names to give the coordinates.
"""
from __future__ import annotations

import math
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPoint,
    QgsProcessingException,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from . import csv_parse
from .arrays import tr

EXTENSIONS = (".csv", ".txt", ".tsv")
OPTIONS = ("crs", "x", "y", "decimal", "delimiter", "encoding")
# coordinate column pairs, in order of preference (compared lower-case)
COORDINATE_PAIRS = (("x", "y"), ("lon", "lat"), ("lng", "lat"), ("long", "lat"), ("longitude", "latitude"))
WKT_NAMES = ("wkt", "geometry", "geom", "the_geom")
PROPERTY = "caremap/csv"  # custom property of the loaded layer: the file's path
_KEY = "caremap/csv_key"


# ---- the parameter value ----------------------------------------------------------

def split_value(value):
    """(path, {option: value}) when ``value`` names a CSV file (path, optionally
    followed by ``|key=value`` options), else None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.lower().startswith("file://"):
        text = text[7:]
    parts = text.split("|")
    path = parts[0].strip()
    if not path.lower().endswith(EXTENSIONS):
        return None
    options = {}
    for part in parts[1:]:
        key, sep, val = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in OPTIONS:
            raise QgsProcessingException(tr(
                "Unknown option '{0}' after the file {1}: the options of a CSV file are {2}, e.g. "
                "'{1}|crs=EPSG:31983'.").format(part, os.path.basename(path), ", ".join(k + "=" for k in OPTIONS)))
        options[key] = val.strip()
    return os.path.expanduser(path), options


def is_csv_value(value):
    try:
        return split_value(value) is not None
    except QgsProcessingException:
        return True


def csv_path(layer):
    """The CSV file a layer was loaded from by this module, or None."""
    if not hasattr(layer, "customProperty"):  # None, a layer id or a path
        return None
    path = layer.customProperty(PROPERTY)
    return path or None


# ---- loading ----------------------------------------------------------------------

def load(value, context=None):
    """The memory layer of CSV value ``value`` (loaded once per context: kept in the
    context's temporary layer store). Raises QgsProcessingException with a clear
    message for a missing or unreadable file."""
    path, options = split_value(value)
    name = os.path.basename(path)
    if not os.path.isfile(path):
        raise QgsProcessingException(tr("File {0} was not found.").format(path))
    stat = os.stat(path)
    key = "|".join([os.path.realpath(path), str(stat.st_mtime_ns), str(stat.st_size)]
                   + [f"{k}={options[k]}" for k in sorted(options)])
    store = context.temporaryLayerStore() if context is not None else None
    if store is not None:
        for layer in store.mapLayers().values():
            if layer.customProperty(_KEY) == key:
                return layer
    layer = _build_layer(path, name, options)
    layer.setCustomProperty(PROPERTY, path)
    layer.setCustomProperty(_KEY, key)
    if store is not None:
        store.addMapLayer(layer)
    else:  # no context: the caller keeps the layer alive
        _UNOWNED.append(layer)
    return layer


_UNOWNED = []


def _find(names, wanted):
    lower = {n.lower(): n for n in names}
    return lower.get(wanted.lower())


def _crs(path, name, options):
    """(crs, stated) of the file: the option, else its .prj, else EPSG:4326."""
    text = options.get("crs")
    if text:
        crs = QgsCoordinateReferenceSystem(text)
        if not crs.isValid():
            raise QgsProcessingException(tr(
                "The CRS '{0}' given for file {1} is not known: give it as EPSG:code, e.g. '{1}|crs=EPSG:31983'.")
                .format(text, name))
        return crs, True
    prj = os.path.splitext(path)[0] + ".prj"
    if os.path.isfile(prj):
        with open(prj, encoding="utf-8", errors="replace") as fh:
            crs = QgsCoordinateReferenceSystem.fromWkt(fh.read())
        if not crs.isValid():
            raise QgsProcessingException(tr("The CRS in {0} is not readable.").format(os.path.basename(prj)))
        return crs, True
    return QgsCoordinateReferenceSystem("EPSG:4326"), False


def coordinate_columns(names, options=None):
    """(x column, y column) of a CSV's header, or None."""
    options = options or {}
    if options.get("x") or options.get("y"):
        return options.get("x"), options.get("y")
    for xn, yn in COORDINATE_PAIRS:
        x, y = _find(names, xn), _find(names, yn)
        if x and y:
            return x, y
    return None


def _build_layer(path, name, options):
    names, body, delim = csv_parse.read_rows(path, name, options)
    raw = [[r[k].strip() for r in body] for k in range(len(names))]
    marks, flags = csv_parse.decimal_marks(names, raw, delim, name, options)
    kinds, cols = [], []
    for k in range(len(names)):
        kind, vals = csv_parse.column_kind(raw[k], marks[k], flags[k])
        kinds.append(kind)
        cols.append(vals)
    crs, stated = _crs(path, name, options)
    geoms = None
    wkt = next((_find(names, w) for w in WKT_NAMES if _find(names, w)), None)
    pair = coordinate_columns(names, options)
    if pair is not None:
        for col in pair:
            if not col or _find(names, col) is None:
                raise QgsProcessingException(tr(
                    "Column '{0}' given as a coordinate of file {1} is not in it. Its columns: {2}.").format(
                    col, name, ", ".join(names)))
    base = os.path.splitext(name)[0]
    if wkt:
        geoms = [QgsGeometry.fromWkt(v) if v else None for v in raw[names.index(wkt)]]
        geoms = [g if g is not None and not g.isNull() else None for g in geoms]
        types = {QgsWkbTypes.flatType(g.wkbType()) for g in geoms if g is not None}
        if not types:
            raise QgsProcessingException(tr("Column '{0}' of file {1} holds no readable WKT geometry.").format(wkt, name))
        multi = any(QgsWkbTypes.isMultiType(t) for t in types)
        gtype = QgsWkbTypes.multiType(next(iter(types))) if multi else next(iter(types))
        geom_name = QgsWkbTypes.displayString(gtype)
        _check_range(name, [g.boundingBox() for g in geoms if g is not None], stated, wkt, None)
    elif pair is not None:
        xi, yi = names.index(_find(names, pair[0])), names.index(_find(names, pair[1]))
        for i in (xi, yi):
            bad = next((v for v in raw[i] if v and csv_parse.number(v, marks[i]) is None), None)
            if bad is not None:
                hint = tr(" If its decimal mark is a comma, say so: '{0}|decimal=,'.").format(name) if "," in bad else ""
                raise QgsProcessingException(tr(
                    "Coordinate column '{0}' of file {1} holds '{2}', which is not a number.").format(
                    names[i], name, bad) + hint)
        xs = [csv_parse.number(v, marks[xi]) for v in raw[xi]]
        ys = [csv_parse.number(v, marks[yi]) for v in raw[yi]]
        geoms = [QgsGeometry(QgsPoint(x, y)) if x is not None and y is not None and math.isfinite(x) and math.isfinite(y)
                 else None for x, y in zip(xs, ys)]
        _check_range(name, [(x, y) for x, y in zip(xs, ys) if x is not None and y is not None], stated,
                     names[xi], names[yi])
        geom_name = "Point"
    else:
        geom_name = "None"
    layer = QgsVectorLayer(geom_name, base, "memory")
    if geoms is not None:
        layer.setCrs(crs)
    fields = QgsFields()
    qtypes = {"int": (QMetaType.Type.LongLong, "integer"), "double": (QMetaType.Type.Double, "double"),
              "text": (QMetaType.Type.QString, "string")}
    for n, kind in zip(names, kinds):
        t, tn = qtypes[kind]
        fields.append(QgsField(n, t, tn))
    provider = layer.dataProvider()
    provider.addAttributes(fields.toList())
    layer.updateFields()
    feats = []
    lf = layer.fields()
    for i in range(len(body)):
        f = QgsFeature(lf)
        f.setAttributes([c[i] for c in cols])
        if geoms is not None and geoms[i] is not None:
            f.setGeometry(geoms[i])
        feats.append(f)
    provider.addFeatures(feats)
    layer.updateExtents()
    return layer


def _check_range(name, items, stated, xcol, ycol):
    """Without a stated CRS the coordinates must be longitude/latitude."""
    if stated or not items:
        return
    for it in items:
        if isinstance(it, tuple):
            x, y = it
        else:
            x, y = max(abs(it.xMinimum()), abs(it.xMaximum())), max(abs(it.yMinimum()), abs(it.yMaximum()))
        if abs(x) > 180 or abs(y) > 90:
            where = f"'{xcol}', '{ycol}'" if ycol else f"'{xcol}'"
            raise QgsProcessingException(tr(
                "The coordinates of file {0} (columns {1}, e.g. {2:g}, {3:g}) are not longitude/latitude: give the "
                "file's CRS after its path, e.g. '{0}|crs=EPSG:31983', or in a {4}.prj file next to it.").format(
                name, where, x, y, os.path.splitext(name)[0]))


# ---- parameters -------------------------------------------------------------------

def _wanted_types(definition):
    """Geometry types a source/vector parameter accepts, as Qgis.GeometryType names, or
    None when a table without geometry is fine."""
    from qgis.core import QgsProcessing

    try:
        types = list(definition.dataTypes())
    except AttributeError:
        try:
            types = [definition.layerType()]
        except AttributeError:
            return None
    names = set()
    for t in types:
        t = int(t)
        if t in (int(QgsProcessing.SourceType.TypeVector), int(QgsProcessing.SourceType.TypeMapLayer)):
            return None
        if t == int(QgsProcessing.SourceType.TypeVectorAnyGeometry):
            names |= {"point", "line", "polygon"}
        elif t == int(QgsProcessing.SourceType.TypeVectorPoint):
            names.add("point")
        elif t == int(QgsProcessing.SourceType.TypeVectorLine):
            names.add("line")
        elif t == int(QgsProcessing.SourceType.TypeVectorPolygon):
            names.add("polygon")
    return names or None


def geometry_of(layer):
    from qgis.core import Qgis

    return {Qgis.GeometryType.Point: "point", Qgis.GeometryType.Line: "line",
            Qgis.GeometryType.Polygon: "polygon"}.get(QgsWkbTypes.geometryType(layer.wkbType()))


def no_geometry_message(layer, label):
    """The message for a CSV without coordinates where a geometry is needed."""
    path = csv_path(layer) or layer.name()
    return tr(
        "File {0} ({1}) has no coordinate columns, so it gives no points. Its columns: {2}. Name the coordinate "
        "columns lon and lat (or x and y, longitude and latitude), or add a WKT column, or name them after the "
        "path: '{0}|x=column|y=column' (and '|crs=EPSG:code' when they are not longitude/latitude).").format(
        os.path.basename(path), label, ", ".join(layer.fields().names()))


def check_geometry(definition, layer):
    """None, or the message refusing CSV layer ``layer`` for ``definition``."""
    wanted = _wanted_types(definition)
    if wanted is None:
        return None
    got = geometry_of(layer)
    if got is None:
        return no_geometry_message(layer, definition.description())
    if got not in wanted:
        words = {"point": tr("point"), "line": tr("line"), "polygon": tr("polygon")}
        return tr("File {0} gives {1} geometries, but {2} needs a {3} layer.").format(
            os.path.basename(csv_path(layer) or layer.name()), words.get(got, got), definition.description(),
            " / ".join(words.get(w, w) for w in sorted(wanted)))
    return None


LAYER_TYPES = ("source", "vector", "layer", "multilayer")


def _vector_list(definition):
    from qgis.core import QgsProcessing

    vector = {QgsProcessing.SourceType.TypeVector, QgsProcessing.SourceType.TypeVectorAnyGeometry,
              QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorLine,
              QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeMapLayer}
    return int(definition.layerType()) in {int(t) for t in vector}


def project_layer_name(value, context):
    """True when ``value`` is no file but the name of a layer of the context's project
    (a layer named 'grid.csv')."""
    project = context.project() if context is not None else None
    if project is None or not isinstance(value, str) or os.path.exists(split_value(value)[0]):
        return False
    return bool(project.mapLayersByName(value))


def with_layers(alg, parameters, context, check=False):
    """A copy of ``parameters`` where every CSV value of a layer parameter of ``alg``
    is its loaded layer (``check``: also refuse a CSV without the geometry the
    parameter needs). Raises QgsProcessingException."""
    out = None
    for definition in alg.parameterDefinitions():
        if definition.isDestination() or definition.type() not in LAYER_TYPES:
            continue
        name = definition.name()
        value = parameters.get(name)
        if definition.type() == "multilayer":
            if not _vector_list(definition) or not isinstance(value, (list, tuple, str)):
                continue
            value = [value] if isinstance(value, str) else value
            if not any(is_csv_value(v) for v in value):
                continue
            loaded = [load(v, context) if is_csv_value(v) and not project_layer_name(v, context) else v
                      for v in value]
            for layer in loaded:
                message = check_geometry(definition, layer) if check and csv_path(layer) else None
                if message:
                    raise QgsProcessingException(message)
        elif is_csv_value(value) and not project_layer_name(value, context):
            loaded = load(value, context)
            if check:
                message = check_geometry(definition, loaded)
                if message:
                    raise QgsProcessingException(message)
        else:
            continue
        if out is None:
            out = dict(parameters)
        out[name] = loaded
    return parameters if out is None else out
