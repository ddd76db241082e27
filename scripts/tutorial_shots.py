"""Screenshots for the workshop tutorial (docs/tutorial.md, docs/tutorial.es.md), taken
headless from the real plugin.

Runs the tutorial's steps (tests/qgis/tutorial_steps.py, the same code the tutorial test
runs), then
- opens each algorithm dialog pre-filled with the tutorial's values
  (``processing.createAlgorithmDialog``), shows it off screen and grabs it;
- renders the styled result layers (the plugin's own QML styles) with
  ``QgsMapRendererParallelJob``, with a small legend drawn from the renderer.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/tutorial_shots.py [--lang es]

Writes docs/img/tutorial_*.png (about 800 px wide). With ``--lang es`` the dialogs are
shown with the Spanish translation (files tutorial_es_*.png) when it exists.
"""
import argparse
import os
import shutil
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# a throwaway QGIS profile: the language set below must not change the user's own QGIS
os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="caremap-shots-profile-"))
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
IMG = os.path.join(ROOT, "docs", "img")
WIDTH = 800


def start_qgis(lang):
    from qgis.core import QgsApplication, QgsSettings

    app = QgsApplication([], True)
    app.initQgis()
    if lang:
        QgsSettings().setValue("locale/overrideFlag", True)
        QgsSettings().setValue("locale/userLocale", lang)
    import qgis.utils
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtWidgets import QMainWindow

    class Iface:  # the few iface calls the Processing dialogs make
        def __init__(self):
            self._main = QMainWindow()
            self._canvas = QgsMapCanvas(self._main)

        def mainWindow(self):  # noqa: N802
            return self._main

        def mapCanvas(self):  # noqa: N802
            return self._canvas

        def messageBar(self):  # noqa: N802
            from qgis.gui import QgsMessageBar

            return QgsMessageBar()

        def __getattr__(self, name):
            return lambda *a, **k: None

    qgis.utils.iface = Iface()
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    import _path  # noqa: F401  (caremap importable; Processing and the provider ready)

    _path.qgis_app()
    if lang:  # the plugin's translator, as QGIS would install it
        from caremap.plugin import CareMapPlugin

        app.caremap_plugin = CareMapPlugin(qgis.utils.iface)  # keeps its QTranslator alive
    return app


def save_small(image, path, indexed=False):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QImage

    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    if indexed:  # few colours: 8-bit PNGs are a third of the size
        image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    image.save(path, "PNG", 0)
    print(path, os.path.getsize(path) // 1024, "KB")


# ----------------------------------------------------------------------- dialogs
def shot_dialog(app, alg_id, params, path, height=None, focus=None):
    from qgis.core import QgsProject, QgsVectorLayer

    import processing

    shown = {}
    for key, value in params.items():
        if isinstance(value, QgsVectorLayer):
            QgsProject.instance().addMapLayer(value)
            value = value.id()
        elif isinstance(value, list):
            value = [v.id() if isinstance(v, QgsVectorLayer) else v for v in value]
        shown[key] = value
    dlg = processing.createAlgorithmDialog(alg_id, shown)
    dlg.resize(900, height or 760)
    dlg.show()
    for _ in range(5):
        app.processEvents()
    if focus:  # scroll the parameter list so that this parameter is in view
        from qgis.PyQt.QtWidgets import QScrollArea

        wrapper = dlg.mainWidget().wrappers.get(focus)
        widget = wrapper.wrappedWidget() if wrapper is not None else None
        for area in dlg.findChildren(QScrollArea):
            if widget is not None and area.isAncestorOf(widget):
                area.ensureWidgetVisible(widget, 0, 40)
        for _ in range(5):
            app.processEvents()
    save_small(dlg.grab().toImage(), path, indexed=True)
    dlg.close()
    dlg.deleteLater()
    app.processEvents()


# ----------------------------------------------------------------------- maps
def _legend(painter, layer, x, y, title):
    from qgis.core import QgsSymbolLayerUtils
    from qgis.PyQt.QtCore import QRectF, QSize, Qt
    from qgis.PyQt.QtGui import QColor, QFont

    layers = layer if isinstance(layer, list) else [layer]
    items = [i for lyr in layers for i in lyr.renderer().legendSymbolItems() if i.symbol() is not None]
    font = QFont("DejaVu Sans", 9)
    painter.setFont(font)
    line = 20
    width = 560
    box = QRectF(x, y, width, line * (len(items) + 1) + 10)
    painter.fillRect(box, QColor(255, 255, 255, 225))
    painter.setPen(QColor(60, 60, 60))
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QRectF(x + 8, y + 4, width - 16, line), Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(font)
    for k, item in enumerate(items):
        yy = y + 4 + line * (k + 1)
        pix = QgsSymbolLayerUtils.symbolPreviewPixmap(item.symbol(), QSize(16, 16))
        painter.drawPixmap(int(x + 8), int(yy + 2), pix)
        painter.drawText(QRectF(x + 30, yy, width - 38, line), Qt.AlignmentFlag.AlignVCenter, item.label())


def render_map(layers, path, legend_layer=None, title="", extent_layer=None):
    """Render ``layers`` (top first) to ``path`` with a legend of ``legend_layer``."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QImage, QPainter

    ext = (extent_layer or layers[-1]).extent()
    ext.scale(1.03)
    h = int(WIDTH * ext.height() / ext.width())
    ms = QgsMapSettings()
    ms.setLayers(layers)
    ms.setDestinationCrs(layers[-1].crs())
    ms.setOutputSize(QSize(WIDTH, h))
    ms.setExtent(ext)
    ms.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    img = job.renderedImage()
    if legend_layer is not None:  # the legend in a band above the map
        legends = legend_layer if isinstance(legend_layer, list) else [legend_layer]
        n = sum(len([i for i in lyr.renderer().legendSymbolItems() if i.symbol() is not None]) for lyr in legends)
        band = 20 * (n + 1) + 20
        full = QImage(WIDTH, h + band, QImage.Format.Format_RGB32)
        full.fill(QColor(255, 255, 255))
        p = QPainter(full)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.drawImage(0, band, img)
        _legend(p, legend_layer, 10, 4, title)
        p.end()
        img = full
    save_small(img, path, indexed=True)


def _outline(layer, color="#9a9a9a", width=0.1, fill=None):
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    sym = QgsFillSymbol.createSimple({
        "color": fill or "255,255,255,0", "style": "solid" if fill else "no",
        "outline_color": color, "outline_width": str(width)})
    layer.setRenderer(QgsSingleSymbolRenderer(sym))
    return layer


def _points(layer, attribute, colors, size=1.8):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsMarkerSymbol, QgsRendererCategory

    cats = []
    for value, (color, label) in colors.items():
        sym = QgsMarkerSymbol.createSimple({"name": "circle", "color": color, "size": str(size),
                                            "outline_color": "40,40,40", "outline_width": "0.15"})
        cats.append(QgsRendererCategory(value, sym, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer(attribute, cats))
    return layer


ES = {
    'Care demand (care units)': 'Demanda de cuidado (unidades de cuidado)',
    'registry': 'registro',
    'community survey': 'encuesta comunitaria',
    'crowd map': 'mapeo colaborativo',
    'Care supply inventory, by source': 'Inventario de la oferta de cuidado, por fuente',
    'Access, children 0-5 (10 min walk)': 'Acceso, niñas y niños de 0-5 años (10 min a pie)',
    'Access, people 80+ (15 min walk)': 'Acceso, personas de 80+ años (15 min a pie)',
    'Places: surplus (+) / shortfall (-)': 'Cupos: superávit (+) / déficit (-)',
    'Care deserts, children 0-5': 'Desiertos de cuidado, niñas y niños de 0-5 años',
    'Hot spots of unmet demand (Gi*)': 'Puntos calientes de demanda no atendida (Gi*)',
    'Care priority index': 'Índice de prioridad de cuidado',
    'new site 1 (largest gain)': 'nuevo sitio 1 (mayor ganancia)',
    'new site 2': 'nuevo sitio 2',
    'new site 3': 'nuevo sitio 3',
    'existing (public)': 'existente (público)',
    'existing (private)': 'existente (privado)',
    'existing (community)': 'existente (comunitario)',
    'existing (other)': 'existente (otro)',
    'Three new care blocks (MCLP, greedy)': 'Tres nuevas manzanas del cuidado (MCLP, voraz)',
}
ES.update({
    "Care demand children 0-5": "Demanda 0-5", "Care supply inventory": "Inventario",
    "Access children": "Acceso 0-5", "Care gaps": "Brechas", "Care deserts": "Desiertos",
    "Priority": "Prioridad", "Inventory (children)": "Inventario (niñez)", "New sites": "Nuevos sitios",
})
LANG = [""]


def T(text):  # noqa: N802  map titles and legend labels in the screenshot language
    return ES.get(text, text) if LANG[0] == "es" else text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="", help="dialog language, e.g. es")
    args = parser.parse_args()
    LANG[0] = args.lang
    app = start_qgis(args.lang)
    sys.path.insert(0, os.path.join(ROOT, "tests", "qgis"))
    import tutorial_steps as steps

    # work on a copy of the demo data: a GUI QGIS may switch a GeoPackage it opens to WAL
    # mode, and the committed demo files must stay byte-identical
    demo_copy = os.path.join(tempfile.mkdtemp(prefix="caremap-shots-data-"), "demo")
    shutil.copytree(steps.DEMO, demo_copy)
    steps.DEMO = demo_copy
    steps.GPKG = os.path.join(demo_copy, "caremap_demo.gpkg")
    steps.CROWD_CSV = os.path.join(demo_copy, "crowd_facilities.csv")
    steps.TIME_USE_CSV = os.path.join(demo_copy, "time_use.csv")
    steps.POP_TIF = os.path.join(demo_copy, "population.tif")
    from caremap.processing.styling import apply_style
    from qgis.core import QgsVectorLayer

    os.makedirs(IMG, exist_ok=True)
    prefix = "tutorial_es_" if args.lang == "es" else "tutorial_"
    out = lambda name: os.path.join(IMG, prefix + name + ".png")  # noqa: E731
    r = steps.run_all(tempfile.mkdtemp(prefix="caremap_tutorial_"))
    P = steps.PARAMS

    # dialogs, pre-filled with the tutorial's values
    dialogs = [
        ("caremap:supplyinventory", "caremap:supplyinventory", "02_inventory_dialog", 900, "NAME_THRESHOLD"),
        ("caremap:caredemand", "caredemand_madrid", "03_demand_dialog", 720, None),
        ("caremap:accessibility", "accessibility_children", "04_access_dialog", 1000, "TARGET_GROUP"),
        ("caremap:caregaps", "caremap:caregaps", "06_gaps_dialog", 900, "DISTRICT_FIELD"),
        ("caremap:caredeserts", "caremap:caredeserts", "07_deserts_dialog", 900, "DISTRICT_FIELD"),
        ("caremap:hotspots", "caremap:hotspots", "08_hotspots_dialog", 900, "FDR"),
        ("caremap:priorityindex", "caremap:priorityindex", "09_priority_dialog", 720, None),
        ("caremap:siting", "siting_greedy", "10_siting_dialog", 1000, "OBJECTIVE"),
        ("caremap:unpaidcare", "caremap:unpaidcare", "11_unpaid_dialog", 1000, "SUBSTITUTION"),
        ("caremap:report", "caremap:report", "12_report_dialog", 1000, "MODE_LABEL"),
    ]
    # the layer names the tutorial gives the results (right-click > Rename Layer)
    for lyr, title in ((r["demand"]["children"], "Care demand children 0-5"),
                       (r["supply"]["inventory"], "Care supply inventory"),
                       (r["children"]["demand"], "Access children"), (r["gaps"]["units"], "Care gaps"),
                       (r["deserts"]["units"], "Care deserts"), (r["priority"]["units"], "Priority"),
                       (r["siting"]["existing"], "Inventory (children)"), (r["siting"]["sites"], "New sites")):
        if isinstance(lyr, QgsVectorLayer):
            lyr.setName(T(title))
    for alg_id, key, name, height, focus in dialogs:
        params = {k: v for k, v in P[key].items() if not str(k).startswith("OUTPUT")}
        shot_dialog(app, alg_id, params, out(name), height, focus)

    demo = lambda n: QgsVectorLayer(steps.layer(n), n, "ogr")  # noqa: E731
    blocks = _outline(demo("blocks"), "#c8c8c8", 0.05)
    districts = _outline(demo("districts"), "#303030", 0.5)

    # 1: the demo city, coloured by care demand (Madrid scale)
    madrid = r["demand"]["madrid"]
    apply_style(madrid)
    render_map([districts, madrid], out("01_city"), madrid, T("Care demand (care units)"))

    # 2: the inventory by source
    inv = r["supply"]["inventory"]
    _points(inv, "source", {T("registry"): ("#0072B2", T("registry")), "community": ("#E69F00", T("community survey")),
                            "crowd": ("#CC79A7", T("crowd map"))})
    render_map([inv, districts, blocks], out("02_inventory_map"), inv, T("Care supply inventory, by source"),
               extent_layer=blocks)

    # 4 and 5: accessibility
    for key, name, title in (("children", "04_access_children", T("Access, children 0-5 (10 min walk)")),
                             ("older", "05_access_older", T("Access, people 80+ (15 min walk)"))):
        d = r[key]["demand"]
        apply_style(d)
        render_map([districts, d], out(name), d, title)

    # 6 gaps, 7 deserts, 8 hot spots, 9 priority
    for lyr, name, title in ((r["gaps"]["units"], "06_gaps_map", T("Places: surplus (+) / shortfall (-)")),
                             (r["deserts"]["units"], "07_deserts_map", T("Care deserts, children 0-5")),
                             (r["hotspots"]["units"], "08_hotspots_map", T("Hot spots of unmet demand (Gi*)")),
                             (r["priority"]["units"], "09_priority_map", T("Care priority index"))):
        apply_style(lyr)
        render_map([districts, lyr], out(name), lyr, title)

    # 10: the new sites over the children's accessibility
    sites = r["siting"]["sites"]
    _points(sites, "rank", {1: ("#6A3D9A", T("new site 1 (largest gain)")), 2: ("#8E63B5", T("new site 2")),
                            3: ("#B59AD0", T("new site 3"))}, size=4.5)
    existing = r["siting"]["existing"]
    _points(existing, "sphere", {"public": ("#0072B2", T("existing (public)")),
                                 "private": ("#56B4E9", T("existing (private)")),
                                 "community": ("#E69F00", T("existing (community)")),
                                 None: ("#999999", T("existing (other)"))}, size=1.2)
    cover = r["deserts"]["units"]
    render_map([sites, existing, districts, cover], out("10_siting_map"), [sites, existing, cover],
               T("Three new care blocks (MCLP, greedy)"), extent_layer=blocks)
    sys.stdout.flush()
    os._exit(0)  # QGIS can crash tearing down the offscreen widgets; the files are written


if __name__ == "__main__":
    main()
