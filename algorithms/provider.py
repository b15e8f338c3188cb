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
        unresolved = False
        for path in sorted(glob.glob(os.path.join(MODELS_DIR, "*.model3"))):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(path):
                self.addAlgorithm(model)
                unresolved |= any(c.algorithm() is None for c in model.childAlgorithms().values())
        if unresolved:
            # The models' children are this provider's own algorithms, which the registry
            # only knows once this provider is added: until then a model lacks its outputs
            # (e.g. 'exportmap:Report map'). Load again as soon as the provider is registered.
            _reload_when_registered(self)


def _reload_when_registered(provider):
    from qgis.core import QgsApplication
    registry = QgsApplication.processingRegistry()

    def added(provider_id):
        if provider_id != provider.id():
            return
        try:
            registry.providerAdded.disconnect(added)
        except TypeError:
            pass
        provider.refreshAlgorithms()

    if not getattr(provider, "_tc_waiting", False):
        provider._tc_waiting = True
        registry.providerAdded.connect(added)


def _version():
    from configparser import ConfigParser
    cp = ConfigParser()
    cp.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return cp.get("general", "version", fallback="")
