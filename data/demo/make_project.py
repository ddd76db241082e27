"""Write data/demo/caremap_demo.qgz: the demo city as a QGIS project that opens ready for
step 1 of the workshop (docs/tutorial.md): the layers named as the tutorial names them
("blocks", not "caremap_demo — blocks"), points above lines above polygons, blocks
semi-transparent so the facilities show through, facilities coloured by source
(registry, community survey, crowd map), and the crowd-mapped CSV loaded as points from
its lon/lat columns.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 data/demo/make_project.py [output.qgz]

Layer sources are relative to the project file, so the folder can be copied anywhere.
Headless (PyQGIS, no QGIS window); the same run on the same data gives the same project.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.join(HERE, "caremap_demo.qgz")

# top of the Layers panel first: (layer name, source, provider, style)
SOURCE_COLOURS = {"facilities_registry": "#0072b2", "facilities_community": "#e69f00", "crowd_facilities": "#009e73"}
LAYERS = [
    ("facilities_registry", "caremap_demo.gpkg|layername=facilities_registry", "ogr"),
    ("facilities_community", "caremap_demo.gpkg|layername=facilities_community", "ogr"),
    ("crowd_facilities", "crowd_facilities.csv", "delimitedtext"),
    ("roads", "caremap_demo.gpkg|layername=roads", "ogr"),
    ("districts", "caremap_demo.gpkg|layername=districts", "ogr"),
    ("blocks", "caremap_demo.gpkg|layername=blocks", "ogr"),
]


def csv_uri(path):
    from qgis.PyQt.QtCore import QUrl

    url = QUrl.fromLocalFile(path)
    url.setQuery("type=csv&delimiter=,&xField=lon&yField=lat&crs=EPSG:4326&detectTypes=yes"
                 "&spatialIndex=no&subsetIndex=no&watchFile=no")
    return url.toString()


def label_districts(layer):
    """District names in dark text with a white halo, readable over any fill."""
    from qgis.core import (
        QgsPalLayerSettings,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    text = QgsTextFormat()
    font = QFont()
    font.setBold(True)
    text.setFont(font)
    text.setSize(9)
    text.setColor(QColor("#222222"))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(1.0)
    halo.setColor(QColor("#ffffff"))
    text.setBuffer(halo)
    settings = QgsPalLayerSettings()
    settings.fieldName = "district"
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def style(layer, name):
    from qgis.core import QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer

    if name in SOURCE_COLOURS:
        symbol = QgsMarkerSymbol.createSimple({
            "name": "circle", "color": SOURCE_COLOURS[name], "size": "2.4", "outline_color": "#ffffff",
            "outline_width": "0.3"})
    elif name == "roads":
        symbol = QgsLineSymbol.createSimple({"color": "#9a9a9a", "width": "0.2"})
    elif name == "districts":
        symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#333333", "outline_width": "0.6"})
        label_districts(layer)
    else:  # blocks: light and half transparent, the facilities show through
        symbol = QgsFillSymbol.createSimple({"color": "#f2e6d0", "outline_color": "#c8b89a",
                                             "outline_width": "0.1"})
        layer.setOpacity(0.5)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def build(path=PROJECT):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

    folder = os.path.dirname(os.path.abspath(path))
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32618"))
    project.setTitle("CareMap demo city")
    project.writeEntry("Paths", "/Absolute", False)  # relative sources: the folder can move
    root = project.layerTreeRoot()
    for name, source, provider in LAYERS:
        uri = csv_uri(os.path.join(folder, source)) if provider == "delimitedtext" else os.path.join(folder, source)
        layer = QgsVectorLayer(uri, name, provider)
        if not layer.isValid():
            raise RuntimeError(f"{name}: cannot read {uri}")
        style(layer, name)
        project.addMapLayer(layer, False)
        root.addLayer(layer)  # appended: LAYERS is top first
    if not project.write(path):
        raise RuntimeError(f"cannot write {path}: {project.error()}")
    return path


def main(argv):
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        out = build(os.path.abspath(argv[1]) if len(argv) > 1 else PROJECT)
        print(out)
    finally:
        app.exitQgis()


if __name__ == "__main__":
    main(sys.argv)
