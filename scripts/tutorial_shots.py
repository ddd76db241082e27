"""Screenshots for the workshop tutorial (docs/tutorial.md, docs/tutorial.es.md), taken
headless from the real plugin.

Runs the tutorial's steps (tests/qgis/tutorial_steps.py, the same code the tutorial test
runs), then
- opens each algorithm dialog pre-filled with the tutorial's values
  (``processing.createAlgorithmDialog``), shows it off screen and grabs it;
- renders the styled result layers (the plugin's own QML styles) with
  ``QgsMapRendererParallelJob``, with a small legend drawn from the renderer.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/tutorial_shots.py [--lang es|pt] [--steps 13,14]

``--steps`` shoots only the images of those steps (1-12; 13 = the chapter "Time: opening hours
and the bus", 14 = "Planning care blocks"); the tutorial still runs in full, so that the dialogs
show the project a participant has at that point. The two chapters run through their own tests'
steps (tests/qgis/test_tutorial_time.py, test_tutorial_careblocks.py: same PARAMS record).

The dialogs show what a participant sees at that step: the demo project
(data/demo/caremap_demo.qgz) with every earlier result loaded under the name the tutorial
gives it (per language: docs/tutorial.md, docs/tutorial.es.md), choices as their labels.

Writes docs/img/tutorial_*.png (about 800 px wide, 8-bit). With ``--lang es`` (files
tutorial_es_*.png) QGIS runs as a Spanish QGIS does: QGIS's own translation
(qgis_es.qm), Qt's (qtbase_es.qm, package qttranslations5-l10n) and the plugin's, the latter
compiled from i18n/caremap_es.ts into a temporary .qm so the newest strings show. With
``--lang pt`` (files tutorial_pt_*.png, docs/tutorial.pt.md) QGIS runs in Brazilian Portuguese
(qgis_pt_BR.qm, qtbase_pt_BR.qm, numbers as pt_BR writes them) with i18n/caremap_pt.ts.
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
# the QGIS/Qt locale a language's shots run in (the plugin's own translation is per language)
QT_LOCALE = {"pt": "pt_BR"}


def _install_translators(app, lang):
    """QGIS's own translation and Qt's, as a QGIS started in ``lang`` installs them (QGIS
    widgets, 'Ejecutar', 'Cerrar', 'Parámetros', 'Registro'...). Kept on ``app``."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QLibraryInfo, QLocale, QTranslator

    lang = QT_LOCALE.get(lang, lang)
    QLocale.setDefault(QLocale(lang))  # numbers as a Spanish QGIS writes them (5,04)
    app.shot_translators = []
    qt_dir = QLibraryInfo.location(QLibraryInfo.TranslationsPath)
    for name, folder in ((f"qgis_{lang}", QgsApplication.i18nPath()), (f"qgis_{lang}", "/usr/share/qgis/i18n"),
                         (f"qtbase_{lang}", qt_dir), (f"qt_{lang}", qt_dir)):
        if any(t.objectName() == name for t in app.shot_translators):
            continue
        translator = QTranslator()
        if translator.load(name, folder):
            translator.setObjectName(name)
            app.installTranslator(translator)
            app.shot_translators.append(translator)
        elif name.startswith("qtbase"):
            print(f"warning: {name}.qm not in {folder}: Qt's own buttons stay English "
                  "(install qttranslations5-l10n)", file=sys.stderr)
    if not any(t.objectName().startswith("qgis_") for t in app.shot_translators):
        print(f"warning: qgis_{lang}.qm not found: QGIS's widgets stay English", file=sys.stderr)


def _install_plugin_translation(app, lang):
    """The plugin's translation as QGIS would install it, plus the latest finished strings of
    i18n/caremap_<lang>.ts compiled into a temporary .qm (never into i18n/), installed last so
    it wins: the shots speak the newest translation even before `make i18n` has run."""
    import subprocess

    import qgis.utils
    from caremap.plugin import CareMapPlugin
    from qgis.PyQt.QtCore import QTranslator

    app.caremap_plugin = CareMapPlugin(qgis.utils.iface)  # keeps its QTranslator alive
    ts = os.path.join(ROOT, "i18n", f"caremap_{lang}.ts")
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if not (os.path.exists(ts) and lrelease):
        return
    qm = os.path.join(tempfile.mkdtemp(prefix="caremap-shots-qm-"), f"caremap_{lang}.qm")
    done = subprocess.run([lrelease, "-silent", ts, "-qm", qm], capture_output=True, text=True)
    translator = QTranslator()
    if done.returncode == 0 and translator.load(qm) and not translator.isEmpty():
        app.installTranslator(translator)
        app.shot_translators.append(translator)
    else:
        print(f"warning: could not compile {ts}: {done.stderr.strip()}", file=sys.stderr)


def start_qgis(lang):
    from qgis.core import QgsApplication, QgsSettings

    app = QgsApplication([], True)
    if lang:
        QgsSettings().setValue("locale/overrideFlag", True)
        QgsSettings().setValue("locale/userLocale", QT_LOCALE.get(lang, lang))
        _install_translators(app, lang)
    app.initQgis()
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
    if lang:
        _install_plugin_translation(app, lang)
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
def shot_dialog(app, alg_id, shown, path, height=None, focus=None, advanced=False):
    """Open ``alg_id``'s dialog pre-filled with ``shown`` (layers as project layer ids,
    choices as option indices), grab it to ``path``; ``advanced``: with Processing's
    Advanced Parameters group opened (where the tutorial's values are)."""
    import processing

    dlg = processing.createAlgorithmDialog(alg_id, shown)
    dlg.resize(900, height or 760)
    dlg.show()
    for _ in range(5):
        app.processEvents()
    if advanced:  # the group (a QgsCollapsibleGroupBox) opened with its own button, as a click does
        from qgis.PyQt.QtWidgets import QGroupBox, QToolButton

        box = dlg.findChild(QGroupBox, "grpAdvanced")
        buttons = box.findChildren(QToolButton) if box is not None else []
        if buttons:
            buttons[0].click()
        else:
            print(f"warning: {alg_id}: no Advanced Parameters group to open", file=sys.stderr)
        for _ in range(5):
            app.processEvents()
        from qgis.PyQt.QtWidgets import QScrollArea

        for area in dlg.findChildren(QScrollArea):  # the opened group scrolled itself into view:
            area.verticalScrollBar().setValue(0)  # back to the top, the first parameters in view
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
    items = _legend_items(layers)
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
    for k, (symbol, label) in enumerate(items):
        yy = y + 4 + line * (k + 1)
        pix = QgsSymbolLayerUtils.symbolPreviewPixmap(symbol, QSize(16, 16))
        painter.drawPixmap(int(x + 8), int(yy + 2), pix)
        painter.drawText(QRectF(x + 30, yy, width - 38, line), Qt.AlignmentFlag.AlignVCenter, label)


def _legend_items(layers):
    """(symbol, label) of each legend entry; a single-symbol layer is labelled by its name."""
    items = []
    for lyr in layers:
        for item in lyr.renderer().legendSymbolItems():
            if item.symbol() is not None:
                items.append((item.symbol().clone(), item.label() or lyr.name()))
    return items


def render_map(layers, path, legend_layer=None, title="", extent_layer=None, indexed=True):
    """Render ``layers`` (top first) to ``path`` with a legend of ``legend_layer``;
    ``indexed="frequent"``: 8-bit with the image's own 64 most frequent colours (Qt's default
    palette turns very light greys, e.g. 235, white)."""
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
        n = len(_legend_items(legends))
        band = 20 * (n + 1) + 20
        full = QImage(WIDTH, h + band, QImage.Format.Format_RGB32)
        full.fill(QColor(255, 255, 255))
        p = QPainter(full)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.drawImage(0, band, img)
        _legend(p, legend_layer, 10, 4, title)
        p.end()
        img = full
    if indexed == "frequent":
        img, indexed = _frequent_colours(img), False
    save_small(img, path, indexed=indexed)


def _frequent_colours(image):
    """``image`` in 8 bits with a palette of its 64 most frequent colours (each pixel the
    nearest of them): flat fills keep their exact colour, edges take the nearest."""
    import numpy as np
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QImage

    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    ptr = image.constBits()
    ptr.setsize(image.sizeInBytes())
    pixels = np.frombuffer(ptr, dtype=np.uint32).reshape(image.height(), image.bytesPerLine() // 4)[:, :image.width()]
    colours, counts = np.unique(pixels, return_counts=True)
    table = [int(c) for c in colours[np.argsort(counts)[::-1][:64]]]
    return image.convertToFormat(QImage.Format.Format_Indexed8, table, Qt.ImageConversionFlag.ThresholdDither)


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
    'Care places by source': 'Equipamientos de cuidado por fuente',
    'Children 0-5 and childcare open Mo-Fr 17:00-20:00 (10 min walk)':
        'Cuidado infantil abierto Mo-Fr 17:00-20:00, niñez de 0-5 (10 min a pie)',
    'a place open in the evening within reach': 'un cupo abierto por la tarde al alcance',
    'within reach in office hours, closed in the evening':
        'al alcance en horario de oficina, cerrado por la tarde',
    'no childcare place within reach': 'ningún cupo de cuidado infantil al alcance',
    'Five care blocks (greedy) and their reach (800 m walk)':
        'Cinco manzanas del cuidado (voraz) y su alcance (800 m a pie)',
}
# Brazilian Portuguese, in the terms of docs/workshop/glossary.md and i18n/caremap_pt.ts
PT = {
    'Care demand (care units)': 'Demanda de cuidado (unidades de cuidado)',
    'registry': 'cadastro',
    'community survey': 'levantamento comunitário',
    'crowd map': 'mapeamento colaborativo',
    'Care supply inventory, by source': 'Inventário da oferta de cuidado, por fonte',
    'Access, children 0-5 (10 min walk)': 'Acesso, crianças de 0-5 anos (10 min a pé)',
    'Access, people 80+ (15 min walk)': 'Acesso, pessoas de 80+ anos (15 min a pé)',
    'Places: surplus (+) / shortfall (-)': 'Vagas: excedente (+) / déficit (-)',
    'Care deserts, children 0-5': 'Desertos de cuidado, crianças de 0-5 anos',
    'Hot spots of unmet demand (Gi*)': 'Pontos quentes de demanda não atendida (Gi*)',
    'Care priority index': 'Índice de prioridade de cuidado',
    'new site 1 (largest gain)': 'novo local 1 (maior ganho)',
    'new site 2': 'novo local 2',
    'new site 3': 'novo local 3',
    'existing (public)': 'existente (público)',
    'existing (private)': 'existente (privado)',
    'existing (community)': 'existente (comunitário)',
    'existing (other)': 'existente (outro)',
    'Three new care blocks (MCLP, greedy)': 'Três novas quadras do cuidado (MCLP, guloso)',
    'Care places by source': 'Equipamentos de cuidado por fonte',
    'Children 0-5 and childcare open Mo-Fr 17:00-20:00 (10 min walk)':
        'Educação infantil aberta Mo-Fr 17:00-20:00, crianças de 0-5 (10 min a pé)',
    'a place open in the evening within reach': 'uma vaga aberta à noite ao alcance',
    'within reach in office hours, closed in the evening':
        'ao alcance em horário comercial, fechada à noite',
    'no childcare place within reach': 'nenhuma vaga de educação infantil ao alcance',
    'Five care blocks (greedy) and their reach (800 m walk)':
        'Cinco quadras do cuidado (guloso) e seu alcance (800 m a pé)',
}
LANGS = ("", "es", "pt")  # the columns of RESULT_NAMES and CHAPTER_NAMES
# the names the tutorial gives the result layers (right-click > Rename Layer), per language
# (docs/tutorial.md, docs/tutorial.es.md, docs/tutorial.pt.md); later steps' dialogs pick them
# by these names
RESULT_NAMES = {
    ("demand", "madrid"): ("Care demand (Madrid)", "Demanda (Madrid)", "Demanda (Madri)"),
    ("demand", "children"): ("Care demand children 0-5", "Demanda 0-5", "Demanda 0-5"),
    ("demand", "older"): ("Care demand 80+", "Demanda 80+", "Demanda 80+"),
    ("supply", "inventory"): ("Care supply inventory", "Inventario", "Inventário da oferta"),
    ("children", "demand"): ("Access children", "Acceso 0-5", "Acesso crianças"),
    ("children", "supply"): ("Ratio children", "Razón 0-5", "Razão crianças"),
    ("older", "demand"): ("Access 80+", "Acceso 80+", "Acesso 80+"),
    ("gaps", "units"): ("Care gaps", "Brechas", "Lacunas"),
    ("deserts", "units"): ("Care deserts", "Desiertos", "Desertos"),
    ("hotspots", "units"): ("Hot spots", "Puntos calientes", "Pontos quentes"),
    ("priority", "units"): ("Priority", "Prioridad", "Prioridade"),
    ("siting", "existing"): ("Inventory (children)", "Inventario (niñez)", "Inventário (crianças)"),
    ("siting", "sites"): ("New sites", "Nuevos sitios", "Novos locais"),
}
# the chapters after the appendix (docs/tutorial.md "Time: opening hours and the bus" = 13,
# "Planning care blocks" = 14): the layers their dialogs pick, by the names the chapters give
CHAPTER_NAMES = {
    "childcare": ("Childcare with hours", "Cuidado infantil con horario", "Cuidado infantil com horário"),
    "by_hour": ("Access children by hour", "Acceso 0-5 por hora", "Acesso 0-5 por hora"),
    "criteria": ("Blocks (Bogotá criteria)", "Manzanas (criterios de Bogotá)", "Quadras (critérios de Bogotá)"),
    "priority": ("Priority (care blocks)", "Prioridad (manzanas del cuidado)",
                 "Prioridade (quadras do cuidado)"),
}
LANG = [""]


def T(text):  # noqa: N802  map titles and legend labels in the screenshot language
    return {"es": ES, "pt": PT}.get(LANG[0], {}).get(text, text)


def named(names, lang):
    """A layer's name in ``lang`` from its (English, Spanish, Portuguese) names."""
    return names[LANGS.index(lang) if lang in LANGS else 0]


def _is_polygon(layer):
    from qgis.core import QgsWkbTypes

    return layer.isSpatial() and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry


def open_workshop_project(steps, r, lang):
    """What a participant's QGIS holds at the end of the tutorial: the demo project
    (data/demo/caremap_demo.qgz, its names and styles), the time-use table, and every result
    the tutorial renames, under that name, points above polygons. Returns (project layers
    by name, {id(result object) or source string: project layer id})."""
    from caremap.processing.styling import apply_style
    from qgis.core import QgsProject, QgsVectorLayer

    project = QgsProject.instance()
    qgz = os.path.join(steps.DEMO, "caremap_demo.qgz")
    if not project.read(qgz):
        raise SystemExit(f"could not open {qgz}: {project.error()}")
    by_name = {lyr.name(): lyr for lyr in project.mapLayers().values()}
    lookup = {}
    for name in ("blocks", "roads", "facilities_registry", "facilities_community", "districts"):
        lookup[steps.layer(name)] = by_name[name].id()
    lookup[steps.CROWD_CSV] = by_name["crowd_facilities"].id()
    time_use = QgsVectorLayer(f"file://{steps.TIME_USE_CSV}?type=csv&geomType=none&detectTypes=yes",
                              "time_use", "delimitedtext")
    if not time_use.isValid():
        time_use = QgsVectorLayer(steps.TIME_USE_CSV, "time_use", "ogr")
    project.addMapLayer(time_use)
    lookup[steps.TIME_USE_CSV] = time_use.id()
    results = []
    for (step, key), names in RESULT_NAMES.items():
        value = r[step][key]
        name = named(names, lang)
        if isinstance(value, QgsVectorLayer):
            lyr = value
        else:  # a path or a layer id: load it as the participant sees it
            lyr = project.mapLayer(str(value)) or QgsVectorLayer(str(value), name, "ogr")
        assert lyr.isValid(), (step, key, value)
        lyr.setName(name)
        apply_style(lyr)
        lookup[id(value)] = lookup[id(lyr)] = lyr.id()
        if not isinstance(value, QgsVectorLayer):
            lookup[str(value)] = lyr.id()
        lookup[lyr.source()] = lyr.id()
        results.append(lyr)
    # polygons first, points last: each added layer goes on top of the layer tree
    for lyr in sorted(results, key=lambda lyr: 0 if _is_polygon(lyr) else 1):
        project.addMapLayer(lyr)
        by_name[lyr.name()] = lyr
    return by_name, lookup


def dialog_values(alg_id, params, lookup):
    """The step's parameters as the dialog takes them: every layer as the project layer of
    the name the tutorial gives it, every choice as its option index."""
    from caremap.processing.choices import as_index, values_of
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    alg = QgsApplication.processingRegistry().algorithmById(alg_id)

    def layer_id(value):
        if isinstance(value, QgsVectorLayer):
            if id(value) in lookup:
                return lookup[id(value)]
            if value.source() in lookup:
                return lookup[value.source()]
            print(f"warning: {alg_id}: a layer the tutorial does not name ({value.source()})", file=sys.stderr)
            QgsProject.instance().addMapLayer(value)
            return value.id()
        if isinstance(value, str) and value in lookup:
            return lookup[value]
        if isinstance(value, str) and os.path.sep in value:
            print(f"warning: {alg_id}: the dialog will show a path: {value}", file=sys.stderr)
        return value

    shown = {}
    for key, value in params.items():
        if str(key).startswith("OUTPUT"):  # as the tutorial says: temporary layers, named report files
            if value == "TEMPORARY_OUTPUT":
                shown[key] = value
            elif isinstance(value, str) and value.endswith((".html", ".pdf")):
                shown[key] = "care_map_children" + os.path.splitext(value)[1]
            continue
        definition = alg.parameterDefinition(key) if alg is not None else None
        if definition is not None and definition.type() == "enum" and values_of(definition):
            value = as_index(definition, value)
        elif isinstance(value, list):
            value = [layer_id(v) for v in value]
        else:
            value = layer_id(value)
        shown[key] = value
    return shown


def _add_result(value, key, lang, by_name, lookup):
    """A chapter's result in the project under the name the chapter gives it, styled."""
    from caremap.processing.styling import apply_style
    from qgis.core import QgsProject, QgsVectorLayer

    lyr = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(str(value), "", "ogr")
    assert lyr.isValid(), (key, value)
    lyr.setName(named(CHAPTER_NAMES[key], lang))
    apply_style(lyr)
    QgsProject.instance().addMapLayer(lyr)
    by_name[lyr.name()] = lyr
    lookup[id(value)] = lookup[id(lyr)] = lookup[lyr.source()] = lyr.id()
    if not isinstance(value, QgsVectorLayer):
        lookup[str(value)] = lyr.id()
    return lyr


def shoot_time_chapter(app, steps, r, lang, by_name, lookup, out, outline):
    """13: the accessibility dialog with the opening hours and the time windows (Advanced
    Parameters), and the map of the caregivers' evening window."""
    import test_tutorial_time as time_chapter
    from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory

    childcare = time_chapter.step_t2_hours(r["supply"]["inventory"])
    _add_result(childcare, "childcare", lang, by_name, lookup)
    t3 = time_chapter.step_t3_access(r["demand"]["children"], childcare)
    alg = "caremap:accessibility"
    shot_dialog(app, alg, dialog_values(alg, steps.PARAMS["accessibility_time"], lookup), out("13_time_dialog"),
                1400, "TIME_WINDOWS", advanced=True)
    units = _add_result(t3["OUTPUT_DEMAND"], "by_hour", lang, by_name, lookup).clone()
    # each block: a place open in the evening within reach, only in office hours, or none
    cats = []
    for value, color, label in ((2, "#1b7837", "a place open in the evening within reach"),
                                (1, "#E69F00", "within reach in office hours, closed in the evening"),
                                (0, "#d9d9d9", "no childcare place within reach")):
        sym = QgsFillSymbol.createSimple({"color": color, "outline_color": "255,255,255", "outline_width": "0.05"})
        cats.append(QgsRendererCategory(value, sym, T(label)))
    units.setRenderer(QgsCategorizedSymbolRenderer(
        'CASE WHEN "covered_evening" = 1 THEN 2 WHEN "covered_office" = 1 THEN 1 ELSE 0 END', cats))
    render_map([outline, units], out("13_time_map"), units,
               T("Children 0-5 and childcare open Mo-Fr 17:00-20:00 (10 min walk)"))


def shoot_blocks_chapter(app, steps, lang, by_name, lookup, out, outline):
    """14: the Care blocks dialog as the chapter fills it, and the five blocks with their reach."""
    import test_tutorial_careblocks as blocks_chapter
    from caremap.processing.styling import apply_style

    b1 = blocks_chapter.step_b1_criteria()
    _add_result(b1["units"], "criteria", lang, by_name, lookup)
    b2 = blocks_chapter.step_b2_priority(b1["units"])
    _add_result(b2["units"], "priority", lang, by_name, lookup)
    b3 = blocks_chapter.step_b3_blocks(b2["units"], "greedy")
    alg = "caremap:careblocks"
    shot_dialog(app, alg, dialog_values(alg, steps.PARAMS["careblocks_greedy"], lookup), out("14_blocks_dialog"),
                1000, "SOLVER")
    layers = {}
    for key in ("OUTPUT_ANCHORS", "OUTPUT_ALTERNATES", "OUTPUT_INFLUENCE", "OUTPUT_UNITS"):
        lyr = steps._vlayer(b3[key])
        apply_style(lyr)
        _drop_empty_categories(lyr)  # no block was open before: no "already open" in the legend
        layers[key] = lyr
    anchors, alternates, influence, units = (layers[k] for k in ("OUTPUT_ANCHORS", "OUTPUT_ALTERNATES",
                                                                 "OUTPUT_INFLUENCE", "OUTPUT_UNITS"))
    render_map([anchors, alternates, influence, outline, units], out("14_blocks_map"),
               [anchors, alternates, influence, units], T("Five care blocks (greedy) and their reach (800 m walk)"),
               extent_layer=by_name["blocks"], indexed="frequent")


def _drop_empty_categories(layer):
    """Leave out of ``layer``'s categorized renderer the categories no feature falls in."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsExpression,
        QgsExpressionContext,
        QgsExpressionContextUtils,
    )

    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return
    expression = QgsExpression(renderer.classAttribute())
    if layer.fields().lookupField(renderer.classAttribute()) >= 0:
        expression = QgsExpression(QgsExpression.quotedColumnRef(renderer.classAttribute()))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    seen = set()
    for feature in layer.getFeatures():
        context.setFeature(feature)
        seen.add(str(expression.evaluate(context)))
    for k in reversed(range(len(renderer.categories()))):
        if str(renderer.categories()[k].value()) not in seen:
            renderer.deleteCategory(k)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="", help="dialog language: es or pt (Brazilian Portuguese)")
    parser.add_argument("--steps", default="", help="only the images of these steps, e.g. 13,14 (default: all; "
                        "13 = the time chapter, 14 = the care blocks chapter)")
    args = parser.parse_args()
    wanted = {int(n) for n in args.steps.split(",") if n.strip()} or set(range(1, 15))
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
    from qgis.core import QgsProject

    os.makedirs(IMG, exist_ok=True)
    prefix = f"tutorial_{args.lang}_" if args.lang in ("es", "pt") else "tutorial_"
    out = lambda name: os.path.join(IMG, prefix + name + ".png")  # noqa: E731
    r = steps.run_all(tempfile.mkdtemp(prefix="caremap_tutorial_"))
    P = steps.PARAMS
    by_name, lookup = open_workshop_project(steps, r, args.lang)

    # 1: the demo city as caremap_demo.qgz opens it (before any result): its layers, order, styles
    project = QgsProject.instance()
    demo_names = ("facilities_registry", "facilities_community", "crowd_facilities", "roads", "districts", "blocks")
    order = [lyr for lyr in project.layerTreeRoot().layerOrder() if lyr.name() in demo_names]
    blocks, districts = by_name["blocks"], by_name["districts"]
    if 1 in wanted:
            render_map(order, out("01_city"), [by_name[n] for n in demo_names[:3]],
                   T("Care places by source"), extent_layer=blocks)

    # dialogs, pre-filled with the tutorial's values and the layers by their tutorial names
    dialogs = [
        ("caremap:supplyinventory", "caremap:supplyinventory", "02_inventory_dialog", 1000, "INPUTS"),
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
    for _ in range(5):  # deliver the LanguageChange of the translators now: delivered during the first
        app.processEvents()  # dialog, it resets its buttons to Qt's defaults ('Aceptar', not 'Ejecutar')
    for alg_id, key, name, height, focus in (d for d in dialogs if int(d[2][:2]) in wanted):
        shot_dialog(app, alg_id, dialog_values(alg_id, P[key], lookup), out(name), height, focus)

    # outlines of the districts above each result (a copy: the project's own keeps its style)
    outline = _outline(districts.clone(), "#303030", 0.5)
    outline.setLabelsEnabled(False)
    plain_blocks = _outline(blocks.clone(), "#c8c8c8", 0.05)
    name = lambda step, key: named(RESULT_NAMES[(step, key)], args.lang)  # noqa: E731

    # 2: the inventory by source
    if 2 in wanted:
        inv = by_name[name("supply", "inventory")].clone()
        _points(inv, "source", {"registry": ("#0072B2", T("registry")), "community": ("#E69F00", T("community survey")),
                                "crowd": ("#009E73", T("crowd map"))})
        render_map([inv, outline, plain_blocks], out("02_inventory_map"), inv, T("Care supply inventory, by source"),
                   extent_layer=blocks)

    # 3: care demand with the Madrid scale
    if 3 in wanted:
        madrid = by_name[name("demand", "madrid")]
        render_map([outline, madrid], out("03_demand_map"), madrid, T("Care demand (care units)"))

    # 4 and 5: accessibility
    for key, img, title in (("children", "04_access_children", T("Access, children 0-5 (10 min walk)")),
                            ("older", "05_access_older", T("Access, people 80+ (15 min walk)"))):
        if int(img[:2]) not in wanted:
            continue
        d = by_name[name(key, "demand")]
        render_map([outline, d], out(img), d, title)

    # 6 gaps, 7 deserts, 8 hot spots, 9 priority
    for step, img, title in (("gaps", "06_gaps_map", T("Places: surplus (+) / shortfall (-)")),
                             ("deserts", "07_deserts_map", T("Care deserts, children 0-5")),
                             ("hotspots", "08_hotspots_map", T("Hot spots of unmet demand (Gi*)")),
                             ("priority", "09_priority_map", T("Care priority index"))):
        if int(img[:2]) not in wanted:
            continue
        lyr = by_name[name(step, "units")]
        render_map([outline, lyr], out(img), lyr, title)

    # 10: the new sites above the existing places, above the coverage (top first)
    if 10 in wanted:
        sites = by_name[name("siting", "sites")].clone()
        _points(sites, "rank", {1: ("#6A3D9A", T("new site 1 (largest gain)")), 2: ("#8E63B5", T("new site 2")),
                                3: ("#B59AD0", T("new site 3"))}, size=4.5)
        existing = by_name[name("siting", "existing")].clone()
        _points(existing, "sphere", {"public": ("#0072B2", T("existing (public)")),
                                     "private": ("#56B4E9", T("existing (private)")),
                                     "community": ("#E69F00", T("existing (community)")),
                                     None: ("#999999", T("existing (other)"))}, size=1.2)
        cover = by_name[name("deserts", "units")]
        render_map([sites, existing, outline, cover], out("10_siting_map"), [sites, existing, cover],
                   T("Three new care blocks (MCLP, greedy)"), extent_layer=blocks)

    # the chapters after the appendix, in the tutorial's order (each adds its results to the project)
    if 13 in wanted:
        shoot_time_chapter(app, steps, r, args.lang, by_name, lookup, out, outline)
    if 14 in wanted:
        shoot_blocks_chapter(app, steps, args.lang, by_name, lookup, out, outline)

    sys.stdout.flush()
    os._exit(0)  # QGIS can crash tearing down the offscreen widgets; the files are written


if __name__ == "__main__":
    main()
