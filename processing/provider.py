"""The ``caremap`` Processing provider."""
import importlib
import inspect
import os
import pkgutil

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .base import CareMapAlgorithm

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def algorithm_classes():
    """Every concrete CareMapAlgorithm in ``processing/algorithms``, sorted by id."""
    from . import algorithms as pkg

    found = {}
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(obj, CareMapAlgorithm)
                and obj is not CareMapAlgorithm
                and obj.__module__ == module.__name__
                and not inspect.isabstract(obj)
                and getattr(obj, "ALGORITHM_ID", None)
            ):
                found[obj.ALGORITHM_ID] = obj
    return [found[k] for k in sorted(found)]


class CareMapProvider(QgsProcessingProvider):
    """Provider id ``caremap``. Must not touch ``iface``: qgis_process loads it headless."""

    def id(self):
        return "caremap"

    def name(self):
        return "CareMap"

    def longName(self):
        return QCoreApplication.translate("CareMap", "CareMap: care supply, demand and gaps")

    def icon(self):
        return QIcon(os.path.join(PLUGIN_DIR, "icons", "caremap.svg"))

    def svgIconPath(self):
        return os.path.join(PLUGIN_DIR, "icons", "caremap.svg")

    def loadAlgorithms(self):
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
