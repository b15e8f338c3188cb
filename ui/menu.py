"""Desktop side: the "Territorial Clusters" menu (algorithms, sample data, help)."""
import os

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_DIR = os.path.join(PLUGIN_DIR, "resources", "sample")
ICON = os.path.join(PLUGIN_DIR, "resources", "icons", "icon.svg")
DOCS_URL = "https://github.com/territorial-clusters/territorial-clusters#readme"


def tr(text):
    return QCoreApplication.translate("TerritorialClusters", text)


class PluginMenu:
    """Builds and removes the plugin's menu in the main window's menu bar."""

    def __init__(self, iface):
        self.iface = iface
        self.menu = None
        self.actions = []

    def build(self):
        self.menu = QMenu(tr("Territorial Clusters"), self.iface.mainWindow())
        self.menu.setObjectName("territorialClustersMenu")
        provider = QgsApplication.processingRegistry().providerById("territorialclusters")
        if provider is not None:
            for alg in sorted(provider.algorithms(), key=lambda a: (a.group(), a.displayName())):
                self._add(alg.displayName(), lambda _=False, a=alg.id(): self.open_algorithm(a),
                          alg.icon())
        self.menu.addSeparator()
        self._add(tr("Load sample data"), self.load_sample)
        self._add(tr("About / help"), self.open_help)
        bar = self.iface.mainWindow().menuBar()
        bar.insertMenu(self.iface.firstRightStandardMenu().menuAction(), self.menu)

    def _add(self, text, slot, icon=None):
        action = QAction(icon or QIcon(ICON), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.actions.append(action)
        return action

    def remove(self):
        if self.menu is not None:
            self.menu.deleteLater()
            self.menu = None
        self.actions = []

    @staticmethod
    def open_algorithm(alg_id):
        import processing
        processing.execAlgorithmDialog(alg_id)

    @staticmethod
    def open_help():
        local = os.path.join(PLUGIN_DIR, "README.md")
        url = QUrl(DOCS_URL) if not os.path.exists(local) else QUrl.fromLocalFile(local)
        QDesktopServices.openUrl(url)

    def load_sample(self):
        for layer in sample_layers():
            QgsProject.instance().addMapLayer(layer)
        self.iface.messageBar().pushInfo(tr("Territorial Clusters"),
                                         tr("Sample data loaded (see README for credits)."))


def sample_layers():
    """The bundled sample layers (every layer of every GeoPackage in resources/sample)."""
    from osgeo import ogr
    layers = []
    for name in sorted(os.listdir(SAMPLE_DIR)):
        if not name.endswith(".gpkg"):
            continue
        path = os.path.join(SAMPLE_DIR, name)
        ds = ogr.Open(path)
        if ds is None:
            continue
        for i in range(ds.GetLayerCount()):
            lname = ds.GetLayerByIndex(i).GetName()
            lyr = QgsVectorLayer(f"{path}|layername={lname}", lname, "ogr")
            if lyr.isValid():
                layers.append(lyr)
    return layers
