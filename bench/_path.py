"""Make the repository importable as ``caremap`` (never the root itself: its
``processing/`` would shadow QGIS's). Benchmarks do ``import _path  # noqa: F401``."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG_DIR = os.path.join(ROOT, ".pkg")
LINK = os.path.join(PKG_DIR, "caremap")
if not os.path.islink(LINK):
    os.makedirs(PKG_DIR, exist_ok=True)
    try:
        os.symlink(os.path.relpath(ROOT, PKG_DIR), LINK)
    except FileExistsError:
        pass
if PKG_DIR not in sys.path:
    sys.path.insert(0, PKG_DIR)
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.getcwd()) != ROOT]
DATA = os.path.join(ROOT, "bench", "_data")
os.makedirs(DATA, exist_ok=True)


_APP = None
_PROVIDER = None


def qgis_app():
    """A headless QgsApplication with Processing initialised (QGIS venv only)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    global _APP
    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
        _APP = app  # keep it alive: a collected QgsApplication empties the registries
    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("native") is None:
        from qgis.analysis import QgsNativeAlgorithms

        registry.addProvider(QgsNativeAlgorithms())
    global _PROVIDER
    if registry.providerById("caremap") is None:
        from caremap.processing.provider import CareMapProvider

        _PROVIDER = CareMapProvider()  # keep the Python object alive with its overrides
        registry.addProvider(_PROVIDER)
    return app
