"""Render docs/img/dock.png: a QGIS-like main window (layer tree, map canvas, the CareMap
dock) on the demo city, with the blocks styled by an accessibility result computed by
caremap:accessibility and caremap:caredeserts. Run under Xvfb by scripts/screenshot.sh:

    xvfb-run -a .venv/bin/python scripts/screenshot.py docs/img/dock.png

CAREMAP_SCREENSHOT_LANG=es shows the dock in that language (the plugin's translation);
CAREMAP_SCREENSHOT_TAB picks the chart tab.
"""
import os
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import _path  # noqa: E402,F401  the repository as package `caremap`
from qgis.core import (  # noqa: E402
    QgsLayerTreeModel,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsLayerTreeView, QgsMapCanvas  # noqa: E402
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402
from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow  # noqa: E402

# a throwaway copy: a GUI QGIS may switch the GeoPackage it opens to WAL mode, and the
# committed demo data must stay byte-identical
_DEMO_SRC = os.path.join(ROOT, "data", "demo", "caremap_demo.gpkg")
DEMO = os.path.join(tempfile.mkdtemp(prefix="caremap-shot-"), "caremap_demo.gpkg")
shutil.copyfile(_DEMO_SRC, DEMO)
TAB = os.environ.get("CAREMAP_SCREENSHOT_TAB", "districts")
MINUTES = 10.0  # walking time to childcare for the youngest (840 m at 5.04 km/h)


class ScreenshotIface(QObject):
    """The few QgisInterface calls the dock makes."""

    currentLayerChanged = pyqtSignal(object)

    def __init__(self, window, canvas, view):
        super().__init__()
        self.window, self.canvas, self.view = window, canvas, view

    def activeLayer(self):  # noqa: N802
        return self.view.currentLayer()

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def mainWindow(self):  # noqa: N802
        return self.window

    def messageBar(self):  # noqa: N802
        return None


def run(alg, params):
    import processing

    return processing.run(alg, params)


def main(out_path, dock_width=None, extra=None):
    """Write the window to ``out_path``. ``dock_width`` None: the dock opens at the width
    it asks for, as in QGIS; ``extra(app, window, dock)`` runs before the teardown (more
    shots of the same window)."""
    from caremap.processing import styling
    from caremap.ui.chart_base import HIGHLIGHT_COLOUR
    from caremap.ui.dock import CareMapDock

    app = _path.qgis_app()
    lang = os.environ.get("CAREMAP_SCREENSHOT_LANG", "")
    if lang:  # the plugin's shipped translation (i18n/*.qm), found as the plugin finds it
        from caremap.plugin import translation_file
        from qgis.PyQt.QtCore import QCoreApplication, QTranslator

        qm = translation_file(lang)
        translator = QTranslator()
        assert qm and translator.load(qm), f"no compiled translation for {lang!r} in i18n/"
        QCoreApplication.installTranslator(translator)
        main.translator = translator  # keep it alive
    project = QgsProject.instance()
    blocks = QgsVectorLayer(f"{DEMO}|layername=blocks", "blocks", "ogr")
    facilities = QgsVectorLayer(f"{DEMO}|layername=facilities_registry", "facilities", "ogr")
    assert blocks.isValid() and facilities.isValid(), DEMO

    access = run("caremap:accessibility", {
        "DEMAND": blocks, "DEMAND_FIELD": "p_0_2", "SUPPLY": facilities, "CAPACITY_FIELD": "capacity",
        "TARGET_GROUP_FIELD": "target_group", "TARGET_GROUP": "children",
        "COST_MODE": "straight", "COST_UNIT": "minutes", "SPEED": 5.04, "THRESHOLD": MINUTES,
        "METHOD": "2sfca", "DECAY": "step",
        "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"})
    deserts = run("caremap:caredeserts", {
        "INPUT": access["OUTPUT_DEMAND"], "DEMAND_FIELD": "p_0_2", "COST_FIELD": "cost_nearest",
        "THRESHOLD": MINUTES, "DISTRICT_FIELD": "district", "OUTPUT": "TEMPORARY_OUTPUT"})
    result = deserts["OUTPUT"]
    result.setName("Access to childcare 0-2 (2SFCA, 10 min walk)")
    styling.apply_style(result, style="access")
    children = QgsVectorLayer(f"{DEMO}|layername=facilities_registry", "Childcare places", "ogr")
    children.setSubsetString("\"target_group\" = 'children'")
    styling.apply_style(children)
    project.addMapLayers([result, children])
    project.layerTreeRoot().findLayer(children.id()).setItemVisibilityChecked(True)

    window = QMainWindow()
    window.setWindowTitle("QGIS — CareMap demo city")
    canvas = QgsMapCanvas(window)
    canvas.setCanvasColor(QColor("#ffffff"))
    selection = QColor(HIGHLIGHT_COLOUR)  # the charts' selection colour, so map and charts match
    selection.setAlpha(200)
    canvas.setSelectionColor(selection)
    window.setCentralWidget(canvas)
    view = QgsLayerTreeView(window)
    model = QgsLayerTreeModel(project.layerTreeRoot(), window)
    model.setFlag(QgsLayerTreeModel.Flag.AllowNodeChangeVisibility)
    view.setModel(model)
    bridge = QgsLayerTreeMapCanvasBridge(project.layerTreeRoot(), canvas)  # noqa: F841
    layers_dock = QDockWidget("Layers", window)
    layers_dock.setObjectName("Layers")
    layers_dock.setWidget(view)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, layers_dock)

    iface = ScreenshotIface(window, canvas, view)
    dock = CareMapDock(iface, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(1680, 1000)
    widths = [330, dock_width] if dock_width else [330, dock.sizeHint().width()]
    window.resizeDocks([layers_dock, dock], widths, Qt.Orientation.Horizontal)
    canvas.setLayers([children, result])
    canvas.setDestinationCrs(result.crs())
    canvas.setExtent(result.extent().buffered(300))
    view.setCurrentLayer(result)
    view.expandAll()
    iface.currentLayerChanged.emit(result)
    dock.threshold_spin.setValue(MINUTES)
    window.show()
    app.processEvents()

    # link: pick the district with the most demand in the bars; the map and the other
    # charts highlight its blocks
    bars = dock.charts["districts"]
    totals = dock.data.summaries["districts"]
    bars.click_at(0.0, float(totals["demand"].argmax()))
    dock.tabs.setCurrentIndex(list(dock.charts).index(TAB))
    canvas.refresh()  # (refreshAllLayers would reload the layers and drop the selection)
    for _ in range(20):
        app.processEvents()
    canvas.waitWhileRendering()
    app.processEvents()
    image = window.grab()
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    assert image.save(out_path), out_path
    print(f"wrote {out_path} ({image.width()}x{image.height()}); "
          f"{len(result.selectedFeatureIds())} blocks selected from the bar chart")
    charts_dir = os.environ.get("CAREMAP_EXPORT_CHARTS")
    if charts_dir:  # also every chart alone, through the dock's own PNG export
        os.makedirs(charts_dir, exist_ok=True)
        for key in dock.charts:
            dock.export_chart(key, os.path.join(charts_dir, f"chart_{key}.png"))
    if extra is not None:
        extra(app, window, dock)
    dock.close_down()
    project.removeAllMapLayers()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs", "img", "dock.png"))
