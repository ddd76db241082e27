"""QGIS-side fixtures: the real plugin, loaded as QGIS loads it (classFactory, then
initProcessing), and checked against metadata.txt and the running QGIS."""
import configparser
import os
import sys

import pytest
from qgis.core import Qgis, QgsApplication

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:  # so tests can `from layers import point_layer`
    sys.path.insert(0, HERE)

from postgis_server import postgis  # noqa: E402, F401 - the scratch PostGIS server fixture


def read_metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    with open(os.path.join(ROOT, "metadata.txt"), encoding="utf-8") as fh:
        parser.read_file(fh)
    return dict(parser["general"])


def version_int(text):
    parts = [int(p) for p in text.split(".")[:3]] + [0, 0]
    return parts[0] * 10000 + parts[1] * 100 + parts[2]


@pytest.fixture(scope="session")
def metadata():
    return read_metadata()


@pytest.fixture(scope="session")
def caremap_plugin(qgis_app, qgis_processing, qgis_iface):
    """The plugin object, created by classFactory with the test iface, processing only."""
    meta = read_metadata()
    running = Qgis.versionInt()
    assert version_int(meta["qgisMinimumVersion"]) <= running <= version_int(meta["qgisMaximumVersion"]) + 99, (
        f"metadata.txt declares QGIS {meta['qgisMinimumVersion']}..{meta['qgisMaximumVersion']}, running {Qgis.version()}"
    )
    import caremap

    plugin = caremap.classFactory(qgis_iface)
    plugin.initProcessing()
    yield plugin
    registry = QgsApplication.processingRegistry()
    if registry.providerById("caremap") is not None:
        registry.removeProvider("caremap")
    plugin.provider = None


def ensure_provider(plugin):
    """The live caremap provider, registered again through the plugin if a test (GUI
    lifecycle, dock) removed it: a removed provider's Python wrapper is dead."""
    registry = QgsApplication.processingRegistry()
    if registry.providerById("caremap") is None:
        plugin.provider = None
        plugin.initProcessing()
    provider = registry.providerById("caremap")
    assert provider is not None
    return provider


@pytest.fixture(scope="module")
def caremap_provider(caremap_plugin):
    """Module-scoped so every test module starts from a live provider."""
    return ensure_provider(caremap_plugin)


@pytest.fixture
def budget():
    """Set the memory budget (MB, the QGIS setting caremap/memory_budget_mb) for one test,
    restored after."""
    from caremap.processing import costs_io
    from qgis.core import QgsSettings

    s = QgsSettings()
    old = s.value(costs_io.MEMORY_BUDGET_SETTING, None)
    yield lambda mb: s.setValue(costs_io.MEMORY_BUDGET_SETTING, mb)
    if old is None:
        s.remove(costs_io.MEMORY_BUDGET_SETTING)
    else:
        s.setValue(costs_io.MEMORY_BUDGET_SETTING, old)


@pytest.fixture(autouse=True, scope="module")
def _release_outputs():
    """Each test module's memory outputs are freed while QGIS is still up."""
    yield
    from layers import release_outputs

    release_outputs()


@pytest.fixture(scope="session")
def demo_gpkg():
    path = os.path.join(ROOT, "data", "demo", "caremap_demo.gpkg")
    if not os.path.exists(path):
        pytest.skip("demo city not generated yet")
    return path
