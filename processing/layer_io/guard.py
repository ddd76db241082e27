"""Inputs are never modified: an output whose destination is one of the algorithm's
own input layers is refused before anything is written.

Destinations QGIS can be given (dialogs, ``processing.run``, ``qgis_process``, models):
``/path/file.gpkg`` (the whole file is created anew, so every layer in it is lost),
``ogr:dbname='/path/file.gpkg' table="name" (geom)`` (one layer of the file is created
or replaced), ``/path/file.gpkg|layername=name``, and the same in a
``QgsProcessingOutputLayerDefinition``. A file format that holds one layer (.shp,
.csv, .tif, ...) is replaced whole whatever layer name is given.
"""
from __future__ import annotations

import os
import re

from qgis.core import (
    QgsProcessing,
    QgsProcessingDestinationParameter,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameters,
    QgsProperty,
    QgsProviderRegistry,
)

from . import csv_files
from .arrays import tr
from .sources import definition_layer

MULTI_LAYER_FORMATS = (".gpkg", ".sqlite", ".db", ".gdb", ".kml", ".gml", ".ods", ".xlsx")
INPUT_TYPES = ("source", "vector", "raster", "layer", "multilayer", "mesh", "pointcloud")
_DBNAME = re.compile(r"""dbname\s*=\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\S+))""")
_TABLE = re.compile(r"""table\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")


def _norm(path):
    return os.path.normcase(os.path.realpath(os.path.expanduser(path)))


def _first(match):
    return next((g for g in match.groups() if g is not None), None) if match else None


def destination_location(value, definition, context):
    """(file path, layer name or None) an output parameter's value writes to; None
    for temporary, memory and database outputs."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        sink = value.sink
        if sink.propertyType() == QgsProperty.Type.StaticProperty:
            value = sink.staticValue()
        else:
            value, _ = sink.valueAsString(context.expressionContext())
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or text == QgsProcessing.TEMPORARY_OUTPUT or text.startswith("memory:"):
        return None
    m = re.match(r"^(\w+):(.*)$", text)
    if m and len(m.group(1)) > 1:  # provider:uri (a drive letter C: has one character)
        provider, uri = m.group(1).lower(), m.group(2)
        if provider not in ("ogr", "spatialite"):
            return None
        path = _first(_DBNAME.search(uri))
        return (path, _first(_TABLE.search(uri))) if path else None
    path, layer_name = text, None
    if "|layername=" in text:
        path, rest = text.split("|layername=", 1)
        layer_name = rest.split("|", 1)[0]
    if not os.path.splitext(path)[1] and isinstance(definition, QgsProcessingDestinationParameter):
        ext = definition.defaultFileExtension()
        if ext:
            path = f"{path}.{ext}"
    return path, layer_name


def _input_layers(alg, definition, parameters, context):
    if parameters.get(definition.name()) is None:
        return []
    try:
        parameters = csv_files.with_layers(alg, parameters, context)
        if definition.type() == "multilayer":
            return [lyr for lyr in QgsProcessingParameters.parameterAsLayerList(definition, parameters, context) if lyr]
        layer = QgsProcessingParameters.parameterAsLayer(definition, parameters, context)
        if layer is None:  # "selected features only" and other source definitions
            layer = definition_layer(parameters.get(definition.name()), context)
    except Exception:  # noqa: BLE001 - an unreadable input is reported by the algorithm itself
        return []
    return [layer] if layer is not None else []


def _input_location(layer):
    """(file path, layer name or None) of a layer read from a file; None otherwise."""
    if csv_files.csv_path(layer):
        return csv_files.csv_path(layer), None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path")
    if not path or not os.path.exists(path):
        return None
    name = parts.get("layerName")
    if not name and path.lower().endswith(MULTI_LAYER_FORMATS):
        name = _ogr_layer_name(path, parts.get("layerId"))
    return path, name


def _ogr_layer_name(path, layer_id):
    try:
        from osgeo import ogr

        ds = ogr.Open(path)
        lyr = ds.GetLayer(int(layer_id or 0)) if ds is not None else None
        return lyr.GetName() if lyr is not None else None
    except Exception:  # noqa: BLE001 - unknown name: the comparison falls back to the file
        return None


def _overwrites(dest, src):
    dest_path, dest_layer = dest
    src_path, src_layer = src
    if _norm(dest_path) != _norm(src_path):
        return False
    if dest_layer is None or not dest_path.lower().endswith(MULTI_LAYER_FORMATS):
        return True  # the whole file is written anew
    return src_layer is None or dest_layer.lower() == src_layer.lower()


def output_overwrites_input(alg, parameters, context):
    """The message refusing the first output that would overwrite one of ``alg``'s
    input layers, or None when no output does."""
    destinations = []
    for d in alg.destinationParameterDefinitions():
        loc = destination_location(parameters.get(d.name()), d, context)
        if loc is not None:
            destinations.append((d, loc))
    if not destinations:
        return None
    for d in alg.parameterDefinitions():
        if d.isDestination() or d.type() not in INPUT_TYPES:
            continue
        for layer in _input_layers(alg, d, parameters, context):
            src = _input_location(layer)
            if src is None:
                continue
            for out_def, dest in destinations:
                if _overwrites(dest, src):
                    where = dest[0] + (f" (layer {dest[1]})" if dest[1] else "")
                    return tr(
                        "Output '{0}' would be written to {1}, which holds the input layer {2} ({3}): CareMap never "
                        "overwrites its inputs. Choose another file or another layer name for the output."
                    ).format(out_def.description(), where, layer.name(), d.description())
    return None
