"""The plugin as QGIS loads it: metadata, provider, GUI lifecycle, nothing left behind."""
import os
import shutil
import subprocess
from collections import Counter
from unittest import mock

import pytest
from layers import ROOT, qgis_process_env
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtWidgets import QAction

EXPECTED_KEYS = {
    "name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about", "version",
    "author", "email", "repository", "tracker", "homepage", "tags", "category", "icon",
    "changelog", "hasProcessingProvider", "supportsQt6",
}


def test_metadata_is_complete_and_true(metadata):
    assert EXPECTED_KEYS <= set(metadata), EXPECTED_KEYS - set(metadata)
    assert metadata["name"] == "CareMap"
    assert metadata["hasProcessingProvider"] == "yes"
    assert metadata["supportsQt6"] == "True"
    # QgsField(name, QMetaType.Type...) exists only from QGIS 3.38: the declared minimum is the real one
    assert metadata["qgisMinimumVersion"] == "3.38"
    for key in ("author", "email", "homepage", "tracker", "repository"):
        assert metadata[key].strip(), key
        assert "edit me" not in metadata[key].lower(), key
    assert metadata["author"] == "CareMap contributors"
    for key in ("homepage", "tracker", "repository"):
        assert metadata[key].startswith("https://") and "caremap" in metadata[key].lower(), key
    assert metadata["tracker"].startswith(metadata["repository"])
    assert os.path.exists(os.path.join(ROOT, metadata["icon"]))
    assert metadata["version"] in metadata["changelog"], "the changelog must mention the current version"
    for tag in ("care", "gender", "accessibility", "planning", "SDG 5.4"):
        assert tag in metadata["tags"]


def test_running_qgis_is_within_declared_range(metadata):
    lo = [int(p) for p in metadata["qgisMinimumVersion"].split(".")]
    hi = [int(p) for p in metadata["qgisMaximumVersion"].split(".")]
    running = Qgis.versionInt()
    assert lo[0] * 10000 + lo[1] * 100 <= running <= hi[0] * 10000 + hi[1] * 100 + 99


def test_provider_registered_with_algorithms(caremap_provider):
    assert caremap_provider.id() == "caremap"
    assert caremap_provider.name() == "CareMap"
    assert not caremap_provider.icon().isNull()
    for alg in caremap_provider.algorithms():
        assert alg.id().startswith("caremap:")
        assert alg.name() == alg.name().lower(), "algorithm ids are lowercase and stable"
        assert alg.displayName() and alg.group() and alg.shortHelpString()
        for p in alg.parameterDefinitions():
            assert p.name() == p.name().upper(), f"{alg.id()}: parameter {p.name()} is not UPPER_CASE"


def test_init_processing_is_idempotent(caremap_plugin):
    before = len(QgsApplication.processingRegistry().providers())
    caremap_plugin.initProcessing()
    assert len(QgsApplication.processingRegistry().providers()) == before


class RecordingIface:
    """Wraps the test iface and records what a plugin adds and removes."""

    def __init__(self, iface):
        self._iface = iface
        self.calls = Counter()
        self.currentLayerChanged = mock.MagicMock()

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def _record(self, name, *args):
        self.calls[name] += 1

    def addPluginToMenu(self, *a):  # noqa: N802
        self._record("addPluginToMenu")

    def removePluginMenu(self, *a):  # noqa: N802
        self._record("removePluginMenu")

    def addToolBarIcon(self, *a):  # noqa: N802
        self._record("addToolBarIcon")

    def removeToolBarIcon(self, *a):  # noqa: N802
        self._record("removeToolBarIcon")

    def addDockWidget(self, area, dock):  # noqa: N802
        self._record("addDockWidget")
        self.dock = dock

    def removeDockWidget(self, dock):  # noqa: N802
        self._record("removeDockWidget")


def test_gui_lifecycle_leaves_nothing_behind(qgis_app, qgis_iface, caremap_plugin):
    import caremap

    iface = RecordingIface(qgis_iface)
    registry = QgsApplication.processingRegistry()
    had_provider = registry.providerById("caremap")
    if had_provider is not None:  # the session fixture's provider: take it out for this test
        registry.removeProvider(had_provider)
    try:
        plugin = caremap.classFactory(iface)
        plugin.initGui()
        assert registry.providerById("caremap") is not None
        assert iface.calls["addPluginToMenu"] == 1 and iface.calls["addToolBarIcon"] == 1
        action = plugin.action
        assert isinstance(action, QAction) and not action.icon().isNull()
        action.setChecked(True)  # opens the dock
        assert plugin.dock is not None and plugin.dock.objectName() == "CareMapDock"
        assert iface.calls["addDockWidget"] == 1
        assert iface.currentLayerChanged.connect.call_count == 1
        plugin.unload()
        assert registry.providerById("caremap") is None
        assert iface.calls["removePluginMenu"] == 1 and iface.calls["removeToolBarIcon"] == 1
        assert iface.calls["removeDockWidget"] == 1
        assert iface.currentLayerChanged.disconnect.call_count == 1
        assert plugin.dock is None and plugin.action is None and plugin.provider is None
    finally:
        if registry.providerById("caremap") is None:  # give the session its provider back
            caremap_plugin.provider = None
            caremap_plugin.initProcessing()


@pytest.mark.skipif(shutil.which("qgis_process") is None, reason="qgis_process not installed")
def test_qgis_process_lists_the_provider(tmp_path):
    env = qgis_process_env(tmp_path)
    listing = subprocess.run(["qgis_process", "list"], env=env, capture_output=True, text=True, timeout=300)
    assert listing.returncode == 0, listing.stderr
    assert "CareMap" in listing.stdout
