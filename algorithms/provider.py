"""The Territorial Clusters Processing provider.

Algorithms are listed, one module of this package each (:data:`ALGORITHMS`). Shipped
Processing models (resources/models/*.model3) are added too, so they run from the toolbox,
in batch mode and from qgis_process as ``territorialclusters:<model name>``.
"""
import glob
import os

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider

from .base import PLUGIN_DIR, icon, metadata
from .emission_density import EmissionDensityAlgorithm
from .export_map import ExportMapAlgorithm
from .growth_typology import GrowthTypologyAlgorithm
from .join_statistics import JoinStatisticsAlgorithm
from .localization import LocalizationCoefficientAlgorithm
from .migration_effectiveness import MigrationEffectivenessAlgorithm
from .potential_clusters import PotentialClustersAlgorithm
from .rank_typology import RankTypologyAlgorithm
from .regional_accessibility import RegionalAccessibilityAlgorithm
from .ward_clustering import WardClusteringAlgorithm

MODELS_DIR = os.path.join(PLUGIN_DIR, "resources", "models")

# Every algorithm of the provider, in the order they are added (module order, as before).
ALGORITHMS = (
    EmissionDensityAlgorithm,
    ExportMapAlgorithm,
    GrowthTypologyAlgorithm,
    JoinStatisticsAlgorithm,
    LocalizationCoefficientAlgorithm,
    MigrationEffectivenessAlgorithm,
    PotentialClustersAlgorithm,
    RankTypologyAlgorithm,
    RegionalAccessibilityAlgorithm,
    WardClusteringAlgorithm,
)


def algorithm_classes():
    """The algorithm classes of this provider, in :data:`ALGORITHMS` order."""
    return list(ALGORITHMS)


class TerritorialClustersProvider(QgsProcessingProvider):

    def id(self):
        return "territorialclusters"

    def name(self):
        return "Territorial Clusters"

    def longName(self):
        return "Territorial Clusters " + metadata("version")

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

