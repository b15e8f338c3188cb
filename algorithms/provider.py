"""The Territorial Clusters Processing provider.

Algorithms are listed, one module of this package each (:data:`ALGORITHMS`); one whose
Python dependency is missing is left out with a log message, the others load. Shipped
Processing models (resources/models/*.model3) are added too, so they run from the toolbox,
in batch mode and from qgis_process as ``territorialclusters:<model name>``.
"""

import glob
import importlib
import importlib.util
import os

from qgis.core import Qgis, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication

from .base import LOG_TAG, PLUGIN_DIR, icon, metadata

MODELS_DIR = os.path.join(PLUGIN_DIR, "resources", "models")


class Provider:
    """The translation context "Provider" (the provider's own messages)."""

    @staticmethod
    def tr(text: str, disambiguation=None, n: int = -1) -> str:
        return QCoreApplication.translate("Provider", text, disambiguation, int(n))


#: Every algorithm of the provider, in the order they are added: (module, class) in this package.
ALGORITHMS = (
    ("cluster_zones", "ClusterZonesAlgorithm"),
    ("emission_density", "EmissionDensityAlgorithm"),
    ("export_map", "ExportMapAlgorithm"),
    ("cluster_structure", "ClusterStructureAlgorithm"),
    ("growth_typology", "GrowthTypologyAlgorithm"),
    ("join_statistics", "JoinStatisticsAlgorithm"),
    ("localization", "LocalizationCoefficientAlgorithm"),
    ("migration_effectiveness", "MigrationEffectivenessAlgorithm"),
    ("neighbours", "NeighboursAlgorithm"),
    ("potential_clusters", "PotentialClustersAlgorithm"),
    ("rank_typology", "RankTypologyAlgorithm"),
    ("regional_accessibility", "RegionalAccessibilityAlgorithm"),
    ("shift_share", "ShiftShareAlgorithm"),
    ("spatial_autocorrelation", "SpatialAutocorrelationAlgorithm"),
    ("specialization_indices", "SpecializationIndicesAlgorithm"),
    ("ward_clustering", "WardClusteringAlgorithm"),
)


def algorithm_classes():
    """The algorithm classes of :data:`ALGORITHMS` that can be imported. An algorithm whose
    module needs a Python package this QGIS lacks (scipy for ranks, Ward and the one-to-one
    name matching, matplotlib for the dendrogram) is left out with a message in the log;
    the others still load."""
    classes = []
    for module_name, class_name in ALGORITHMS:
        try:
            cls = getattr(importlib.import_module("." + module_name, __package__), class_name)
            missing = [p for p in cls.REQUIRES if not _importable(p)]
        except ImportError as e:
            missing = [(e.name or str(e)).split(".")[0]]
        if missing:
            QgsMessageLog.logMessage(
                Provider.tr(
                    "The algorithm module '{module}' is left out: it needs the Python package "
                    "'{package}', which this QGIS does not have (on Debian/Ubuntu install "
                    "python3-{package}; the QGIS installers for Windows and macOS include it)."
                ).format(module=module_name, package=missing[0]),
                LOG_TAG,
                Qgis.Warning,
            )
            continue
        classes.append(cls)
    return classes


def _importable(package: str) -> bool:
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):
        return False


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
