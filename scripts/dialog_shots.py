"""Screenshots of every CareMap algorithm dialog and of the dock, in English, Spanish,
Portuguese and French, to look at what a planner sees (issue 18). Nothing here is
committed by itself: the docs copy the images they use.

    xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python scripts/dialog_shots.py [OUT] [--lang en|es|pt|fr|all]

(or ``QT_QPA_PLATFORM=offscreen``: the same widgets, drawn with larger fonts). OUT
defaults to /tmp/caremap_shots; each language gets a folder:

- ``OUT/<lang>/dialog_<algorithm>.png``: the Processing dialog as it opens
  (``processing.createAlgorithmDialog``), with the demo city's layers in the project
  so that layer and field boxes are filled, tall enough to show every parameter;
  ``dialog_<algorithm>_advanced.png`` with the Advanced group opened, where there is one;
- ``OUT/<lang>/dock.png``: the QGIS-like window of scripts/screenshot.py, the dock at
  the width it asks for; ``dock_<tab>.png`` the dock alone on each chart tab;
  ``dock_empty.png`` the dock with no CareMap layer.

The language is fixed when QGIS starts (``QgsApplication.setTranslation``, as
``qgis --lang es`` does; the plugin follows it), so ``--lang all`` (the default) runs
this script once per language.
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ("en", "es", "pt", "fr")
DEFAULT_OUT = "/tmp/caremap_shots"
#: the number locale of each language's shots (a planner's system locale: Colombia, Brazil, France)
SHOT_LOCALES = {"es": "es_CO", "pt": "pt_BR", "fr": "fr_FR"}


def start_qgis(lang):
    """QGIS in ``lang`` (its own translation and the plugin's), Processing and the
    CareMap provider ready, an ``iface`` stub for the dialogs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # a throwaway profile: the language set here must not change the user's own QGIS
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="caremap-shots-profile-"))
    from qgis.core import QgsApplication, QgsSettings

    if lang != "en":
        QgsApplication.setTranslation(lang)  # before the application: QGIS loads qgis_<lang>.qm
    app = QgsApplication([], True)
    app.initQgis()
    if lang != "en":
        QgsSettings().setValue("locale/overrideFlag", True)
        QgsSettings().setValue("locale/userLocale", lang)
        # QGIS's and Qt's own translations ('Parámetros avanzados', 'Ejecutar'...): setTranslation
        # alone does not find qgis_<lang>.qm from a Python-made application
        sys.path.insert(0, HERE)
        from tutorial_shots import _install_translators

        _install_translators(app, lang)
        from qgis.PyQt.QtCore import QLocale

        QLocale.setDefault(QLocale(SHOT_LOCALES.get(lang, lang)))  # as QGIS does at start: numbers as the user reads them
    import qgis.utils
    from qgis.gui import QgsMapCanvas, QgsMessageBar
    from qgis.PyQt.QtWidgets import QMainWindow

    class Iface:  # the few iface calls the Processing dialogs make
        def __init__(self):
            self._main = QMainWindow()
            self._canvas = QgsMapCanvas(self._main)
            self._bar = QgsMessageBar()

        def mainWindow(self):  # noqa: N802
            return self._main

        def mapCanvas(self):  # noqa: N802
            return self._canvas

        def messageBar(self):  # noqa: N802
            return self._bar

        def __getattr__(self, name):
            return lambda *a, **k: None

    qgis.utils.iface = Iface()
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    import _path  # noqa: F401  (caremap importable; Processing and the provider ready)

    _path.qgis_app()
    from caremap.plugin import CareMapPlugin

    app.caremap_plugin = CareMapPlugin(qgis.utils.iface)  # its translator, as QGIS installs it
    return app


def settle(app, n=8):
    for _ in range(n):
        app.processEvents()


def save(image, path):
    assert image.save(path, "PNG"), path
    print(path, f"{image.width()}x{image.height()}")


def load_demo_layers():
    """The demo city's layers in the project (on a copy: a GUI QGIS may switch a
    GeoPackage to WAL mode and the committed file must stay byte-identical)."""
    import shutil

    from qgis.core import QgsProject, QgsVectorLayer

    src = os.path.join(ROOT, "data", "demo", "caremap_demo.gpkg")
    gpkg = os.path.join(tempfile.mkdtemp(prefix="caremap-shots-data-"), "caremap_demo.gpkg")
    shutil.copyfile(src, gpkg)
    layers = []
    for name in ("blocks", "facilities_registry", "districts"):
        lyr = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if lyr.isValid():
            layers.append(lyr)
    QgsProject.instance().addMapLayers(layers)
    return layers


def shot_dialog(app, alg_id, folder):
    """The dialog as it opens, as tall as its parameters (up to 1600 px); again with the
    Advanced group opened when there is one."""
    from qgis.PyQt.QtWidgets import QGroupBox, QScrollArea, QToolButton

    import processing

    name = alg_id.split(":")[1]
    dlg = processing.createAlgorithmDialog(alg_id, {})
    if dlg is None:
        print(f"no dialog for {alg_id}", file=sys.stderr)
        return
    dlg.resize(1000, 700)
    dlg.show()
    settle(app)

    def fit():
        areas = [a for a in dlg.findChildren(QScrollArea) if a.widget() is not None and a.isVisible()]
        need = max((a.widget().sizeHint().height() - a.viewport().height() for a in areas), default=0)
        dlg.resize(1000, max(500, min(1600, dlg.height() + need + 8)))
        settle(app)

    fit()
    save(dlg.grab().toImage(), os.path.join(folder, f"dialog_{name}.png"))
    # Processing's "Advanced Parameters" group (a QgsCollapsibleGroupBox, seen as a
    # QGroupBox): opened with its own collapse button, as a click on its title does
    box = dlg.findChild(QGroupBox, "grpAdvanced")
    buttons = box.findChildren(QToolButton) if box is not None and box.isVisible() else []
    if buttons:
        buttons[0].click()
        settle(app)
        fit()
        save(dlg.grab().toImage(), os.path.join(folder, f"dialog_{name}_advanced.png"))
    dlg.close()
    dlg.deleteLater()
    settle(app, 3)


def shot_dock(app, folder):
    """The window of scripts/screenshot.py with the dock at its own width, each chart tab
    of the dock alone, and the dock with no CareMap layer."""
    sys.path.insert(0, HERE)
    import screenshot

    def tabs(app, window, dock):
        for i, key in enumerate(dock.charts):
            if hasattr(dock.tabs, "isTabVisible") and not dock.tabs.isTabVisible(i):
                continue  # a tab the layer has no data for is hidden: never shown to a user
            dock.tabs.setCurrentIndex(i)
            settle(app)
            save(dock.grab().toImage(), os.path.join(folder, f"dock_{key}.png"))

    screenshot.main(os.path.join(folder, "dock.png"), dock_width=None, extra=tabs)

    from caremap.ui.dock import CareMapDock
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QMainWindow, QWidget

    window = QMainWindow()
    window.setCentralWidget(QWidget())
    dock = CareMapDock(None, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(1200, 900)
    window.show()
    settle(app)
    save(dock.grab().toImage(), os.path.join(folder, "dock_empty.png"))
    dock.close_down()
    window.close()


def run_one(lang, out):
    folder = os.path.join(out, lang)
    os.makedirs(folder, exist_ok=True)
    app = start_qgis(lang)
    from qgis.core import QgsApplication, QgsProject

    load_demo_layers()
    provider = QgsApplication.processingRegistry().providerById("caremap")
    assert provider is not None, "the CareMap provider is not registered"
    for alg in sorted(provider.algorithms(), key=lambda a: a.id()):
        shot_dialog(app, alg.id(), folder)
    QgsProject.instance().removeAllMapLayers()
    shot_dock(app, folder)
    sys.stdout.flush()
    os._exit(0)  # QGIS can crash tearing down offscreen widgets; the files are written


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", default=DEFAULT_OUT, help=f"folder for the PNGs (default {DEFAULT_OUT})")
    parser.add_argument("--lang", default="all", choices=LANGS + ("all",), help="en, es, pt, fr or all (default)")
    args = parser.parse_args()
    out = os.path.abspath(args.out)
    if args.lang != "all":
        run_one(args.lang, out)
        return
    failed = [lang for lang in LANGS
              if subprocess.call([sys.executable, os.path.abspath(__file__), out, "--lang", lang]) != 0]
    if failed:
        sys.exit(f"dialog shots failed for: {', '.join(failed)}")
    print(f"screenshots in {out}/{{{','.join(LANGS)}}}/")


if __name__ == "__main__":
    main()
