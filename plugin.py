"""Wires the three layers into QGIS: the Processing provider, the menu, the toolbar
button and the dock panel. Everything added in initGui is removed in unload."""
import os

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .processing.provider import CareMapProvider

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
MENU = "&CareMap"


def _log(message):
    """A line in QGIS's log panel (CareMap tab); about translations, so it stays English."""
    QgsMessageLog.logMessage(message, "CareMap", Qgis.MessageLevel.Warning)


def user_locale():
    """The language QGIS itself runs in, which CareMap speaks too.

    First the translation QGIS is running with (``QgsApplication.translation()``): QGIS sets
    it at start-up from ``--lang`` (``qgis --lang es``), else from ``locale/userLocale``
    when ``locale/overrideFlag`` is on, else from the system locale; ``qgis_process`` sets it
    from ``--lang`` or the system locale. When nothing has set it (a Python script or a test
    that creates its own QgsApplication, or ``qgis_process`` under the "C" locale) the
    settings decide as QGIS's start-up does: ``locale/userLocale`` when
    ``locale/overrideFlag`` is set, otherwise the system locale (``QLocale().name()``)."""
    app = QgsApplication.instance()
    running = app.translation() if app is not None else ""
    if running:
        return str(running)
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        value = settings.value("locale/userLocale", "") or ""
        if value:
            return str(value)
    return QLocale().name()


def _language_code(locale_name):
    """``pt_BR.UTF-8`` / ``pt-BR`` -> ``pt_BR``."""
    return (locale_name or "").split(".")[0].split("@")[0].replace("-", "_")


def translation_file(locale_name):
    """The .qm file for a locale: the full locale first (pt_BR), then the language (pt);
    None when the plugin has no translation for it (English, the source language)."""
    name = _language_code(locale_name)
    for candidate in (name, name.split("_")[0]):
        path = os.path.join(PLUGIN_DIR, "i18n", f"caremap_{candidate}.qm")
        if candidate and os.path.exists(path):
            return path
    return None


def translation_source(locale_name):
    """The .ts source of a locale's translation (full locale, then language), or None."""
    name = _language_code(locale_name)
    for candidate in (name, name.split("_")[0]):
        path = os.path.join(PLUGIN_DIR, "i18n", f"caremap_{candidate}.ts")
        if candidate and os.path.exists(path):
            return path
    return None


class CareMapPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.action = None
        self.dock = None
        self.translator = None
        self._install_translator()

    # -- translation ------------------------------------------------------------
    def _install_translator(self):
        """Install the translation of the language QGIS runs in, whole or not at all: the
        compiled .qm files are shipped in i18n/ (a source checkout and the zip both have
        them, no lrelease needed); if one is missing or unreadable CareMap speaks English
        throughout and says why in the log, rather than a mix of two languages."""
        locale_name = user_locale()
        path = translation_file(locale_name)
        if path is None:
            source = translation_source(locale_name)
            if source is not None:  # a translation exists but was not compiled
                _log(f"CareMap: no compiled translation for '{locale_name}' "
                     f"({os.path.basename(source)[:-3]}.qm missing in {os.path.dirname(source)}); "
                     "CareMap speaks English. Run `make i18n` in the source folder to build it.")
            return
        translator = QTranslator()
        if translator.load(path) and not translator.isEmpty():
            QCoreApplication.installTranslator(translator)
            self.translator = translator
        else:
            _log(f"CareMap: the translation {path} could not be read; CareMap speaks English. "
                 "Run `make i18n` in the source folder to rebuild it.")

    @staticmethod
    def tr(text):
        return QCoreApplication.translate("CareMap", text)

    # -- Processing (also what qgis_process calls) ------------------------------
    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            self.provider = CareMapProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # -- GUI --------------------------------------------------------------------
    def initGui(self):  # noqa: N802
        self.initProcessing()
        icon = QIcon(os.path.join(PLUGIN_DIR, "icons", "caremap.svg"))
        self.action = QAction(icon, self.tr("CareMap panel"), self.iface.mainWindow())
        self.action.setObjectName("CareMapPanelAction")
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("Show or hide the CareMap panel"))
        self.action.toggled.connect(self._toggle_dock)
        self.iface.addPluginToMenu(MENU, self.action)
        self.iface.addToolBarIcon(self.action)

    def _ensure_dock(self):
        if self.dock is None:
            from .ui.dock import CareMapDock

            self.dock = CareMapDock(self.iface)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._dock_visibility_changed)
        return self.dock

    def _toggle_dock(self, checked):
        dock = self._ensure_dock()
        dock.setVisible(bool(checked))

    def _dock_visibility_changed(self, visible):
        if self.action is not None and self.action.isChecked() != visible:
            self.action.blockSignals(True)
            self.action.setChecked(visible)
            self.action.blockSignals(False)

    def unload(self):
        if self.dock is not None:
            self.dock.visibilityChanged.disconnect(self._dock_visibility_changed)
            self.dock.close_down()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.action.toggled.disconnect(self._toggle_dock)
            self.iface.removePluginMenu(MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
