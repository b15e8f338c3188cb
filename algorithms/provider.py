"""The Territorial Clusters Processing provider.

Algorithms are found, not listed: every module of this package that defines a subclass of
:class:`TerritorialAlgorithm` with an ``ALG_ID`` contributes it. Shipped Processing models
(resources/models/*.model3) are added too, so they run from the toolbox, in batch mode and
from qgis_process as ``territorialclusters:<model name>``.
"""
import glob
import importlib
import inspect
import os
import pkgutil

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider

from .base import PLUGIN_DIR, TerritorialAlgorithm, icon

MODELS_DIR = os.path.join(PLUGIN_DIR, "resources", "models")
_NOT_ALGORITHMS = {"base", "provider", "styles", "layouts"}


def algorithm_classes():
    """The algorithm classes of this package, in module order."""
    found = []
    here = os.path.dirname(os.path.abspath(__file__))
    for info in sorted(pkgutil.iter_modules([here]), key=lambda m: m.name):
        if info.name in _NOT_ALGORITHMS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f".{info.name}", __package__)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if (issubclass(obj, TerritorialAlgorithm) and obj is not TerritorialAlgorithm
                    and obj.__module__ == module.__name__ and obj.ALG_ID):
                found.append(obj)
    return found


class TerritorialClustersProvider(QgsProcessingProvider):

    def id(self):
        return "territorialclusters"

    def name(self):
        return "Territorial Clusters"

    def longName(self):
        return "Territorial Clusters " + _version()

    def icon(self):
        return icon()

    def svgIconPath(self):
        return os.path.join(PLUGIN_DIR, "resources", "icons", "icon.svg")

    def loadAlgorithms(self):
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        for path in sorted(glob.glob(os.path.join(MODELS_DIR, "*.model3"))):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(path):
                self.addAlgorithm(model)


def _version():
    from configparser import ConfigParser
    cp = ConfigParser()
    cp.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return cp.get("general", "version", fallback="")
