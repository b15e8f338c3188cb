"""The Territorial Clusters Processing provider."""
import glob
import os

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider

from .base import PLUGIN_DIR, icon
from .rank_typology import RankTypologyAlgorithm

#: One entry per algorithm module; keep in the order they appear in the toolbox.
ALGORITHMS = [
    RankTypologyAlgorithm,
]

MODELS_DIR = os.path.join(PLUGIN_DIR, "resources", "models")


class TerritorialClustersProvider(QgsProcessingProvider):

    def id(self):
        return "territorialclusters"

    def name(self):
        return "Territorial Clusters"

    def longName(self):
        return "Territorial Clusters — " + _version()

    def icon(self):
        return icon()

    def svgIconPath(self):
        return os.path.join(PLUGIN_DIR, "resources", "icons", "icon.svg")

    def loadAlgorithms(self):
        for alg in ALGORITHMS:
            self.addAlgorithm(alg())
        for path in sorted(glob.glob(os.path.join(MODELS_DIR, "*.model3"))):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(path):
                self.addAlgorithm(model)


def _version():
    from configparser import ConfigParser
    cp = ConfigParser()
    cp.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return cp.get("general", "version", fallback="")
