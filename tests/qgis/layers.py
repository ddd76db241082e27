"""Small generated layers for algorithm tests (memory layers unless a path is given)."""
import os

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QMetaType

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_TYPES = {float: ("double", QMetaType.Type.Double), int: ("integer", QMetaType.Type.LongLong), str: ("string", QMetaType.Type.QString)}


def _field_type(values):
    for v in values:
        if v is None:
            continue
        if isinstance(v, str):
            return str
        if isinstance(v, float):
            return float
    return int if any(isinstance(v, int) for v in values if v is not None) else float


def memory_layer(geometry, geometries, fields=None, crs="EPSG:32618", name="test"):
    """A memory layer. ``geometries`` is a list of QgsGeometry (or None for a null
    geometry); ``fields`` maps name -> list of values (None = NULL)."""
    fields = fields or {}
    uri = f"{geometry}?crs={crs}" if crs else f"{geometry}?"
    for fname, values in fields.items():
        uri += f"&field={fname}:{_TYPES[_field_type(values)][0]}"
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid(), uri
    feats = []
    names = list(fields)
    for i, g in enumerate(geometries):
        f = QgsFeature(layer.fields())
        if g is not None:
            f.setGeometry(g)
        f.setAttributes([fields[n][i] for n in names])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def point_layer(xy, fields=None, crs="EPSG:32618", name="points"):
    geoms = [None if p is None else QgsGeometry.fromPointXY(QgsPointXY(float(p[0]), float(p[1]))) for p in xy]
    return memory_layer("Point", geoms, fields, crs, name)


def square(x, y, size):
    return QgsGeometry.fromWkt(
        f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"
    )


def polygon_layer(polygons, fields=None, crs="EPSG:32618", name="polygons"):
    """``polygons``: QgsGeometry, WKT strings, or (x, y, size) squares; None = null geometry."""
    geoms = []
    for p in polygons:
        if p is None or isinstance(p, QgsGeometry):
            geoms.append(p)
        elif isinstance(p, str):
            geoms.append(QgsGeometry.fromWkt(p))
        else:
            geoms.append(square(*p))
    return memory_layer("Polygon", geoms, fields, crs, name)


def line_layer(lines, fields=None, crs="EPSG:32618", name="lines"):
    """``lines``: lists of (x, y) vertices, or WKT strings."""
    geoms = []
    for line in lines:
        if line is None:
            geoms.append(None)
        elif isinstance(line, str):
            geoms.append(QgsGeometry.fromWkt(line))
        else:
            geoms.append(QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in line]))
    return memory_layer("LineString", geoms, fields, crs, name)


def save_gpkg(layer, path, layer_name=None):
    """Write a layer to a GeoPackage and return the file layer."""
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = layer_name or layer.name()
    err = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), opts)
    assert err[0] == QgsVectorFileWriter.WriterError.NoError, err
    out = QgsVectorLayer(f"{path}|layername={opts.layerName}", opts.layerName, "ogr")
    assert out.isValid()
    return out


def add_to_project(layer):
    QgsProject.instance().addMapLayer(layer)
    return layer


# ----------------------------------------------------------------- running algorithms
_CONTEXTS = []  # memory outputs live as long as their processing context


def run_alg(alg_id, params, feedback=None):
    """processing.run with a context kept alive, output layer ids resolved to layers."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingUtils

    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(alg_id, params, feedback=feedback or QgsProcessingFeedback(), context=context)
    _CONTEXTS.append(context)
    return {k: QgsProcessingUtils.mapLayerFromString(v, context)
            if isinstance(v, str) and k.startswith("OUTPUT") else v for k, v in res.items()}


def release_outputs():
    """Drop the kept contexts (and their memory layers) while QGIS is still up."""
    import gc

    _CONTEXTS.clear()
    gc.collect()


def is_null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull())


def rows(layer, geometry=False):
    """Features as dicts (NULL -> None); with ``geometry`` the key ``_geom`` too."""
    names = layer.fields().names()
    out = []
    for f in layer.getFeatures():
        row = dict(zip(names, [None if is_null(v) else v for v in f.attributes()]))
        if geometry:
            row["_geom"] = f.geometry()
        out.append(row)
    return out


class Recorder(QgsProcessingFeedback):
    """A feedback that keeps what an algorithm reports: ``warnings``, ``infos`` and
    ``errors`` (lists of str), and still passes them on."""

    def __init__(self):
        super().__init__()
        self.warnings, self.infos, self.errors = [], [], []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(str(text))
        super().pushWarning(text)

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(str(text))
        super().pushInfo(text)

    def reportError(self, text, fatalError=False):  # noqa: N802, N803
        self.errors.append(str(text))
        super().reportError(text, fatalError)


def qgis_process_env(tmp_path):
    """Environment for running ``qgis_process`` on this checkout: a plugin folder holding
    the repository as ``caremap``, a throwaway profile, the plugin enabled."""
    import subprocess

    plugins = tmp_path / "plugins"
    plugins.mkdir()
    os.symlink(ROOT, plugins / "caremap")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    enable = subprocess.run(["qgis_process", "plugins", "enable", "caremap"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert enable.returncode == 0, enable.stdout + enable.stderr
    return env
