"""Desktop side: the "Territorial Clusters" menu (algorithms, sample data, help)."""

import functools
import os

from qgis.core import QgsApplication, QgsCoordinateTransform, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from . import Menu

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_DIR = os.path.join(PLUGIN_DIR, "resources", "sample")
ICON = os.path.join(PLUGIN_DIR, "resources", "icons", "icon.svg")
DOCS_URL = "https://github.com/territorial-clusters/territorial-clusters#readme"


class PluginMenu:
    """Builds and removes the plugin's menu in the main window's menu bar."""

    def __init__(self, iface):
        self.iface = iface
        self.menu = None
        self.actions = []

    def build(self):
        self.menu = QMenu(Menu.tr("Territorial Clusters"), self.iface.mainWindow())
        self.menu.setObjectName("territorialClustersMenu")
        provider = QgsApplication.processingRegistry().providerById("territorialclusters")
        if provider is not None:
            for title, algs in menu_sections(provider.algorithms()):
                section = self.menu.addSection(title)
                self.actions.append(section)
                for alg in algs:
                    self._add(alg.displayName(), functools.partial(self.open_algorithm, alg.id()), alg.icon())
        self.menu.addSeparator()
        self._add(Menu.tr("Load sample data"), self.load_sample)
        self._add(Menu.tr("About / help"), self.open_help)
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
    def open_algorithm(alg_id, *_checked):
        import processing

        processing.execAlgorithmDialog(alg_id)

    @staticmethod
    def open_help():
        local = os.path.join(PLUGIN_DIR, "README.md")
        url = QUrl(DOCS_URL) if not os.path.exists(local) else QUrl.fromLocalFile(local)
        QDesktopServices.openUrl(url)

    def load_sample(self):
        from ..maps.sample_style import style_sample

        root = QgsProject.instance().layerTreeRoot()
        first = None
        groups = sample_groups()
        for n, (title, layers) in enumerate(groups):
            group = root.insertGroup(n, title)
            group.setItemVisibilityChecked(n == 0)  # the other samples are elsewhere on Earth
            for layer in layers:
                style_sample(layer)
                QgsProject.instance().addMapLayer(layer, False)
                group.addLayer(layer)
                if first is None and layer.isSpatial():
                    first = layer
        if first is not None:
            zoom_to_layer(self.iface.mapCanvas(), first)
        self.iface.messageBar().pushInfo(
            Menu.tr("Territorial Clusters"), Menu.tr("Sample data loaded (see README for credits).")
        )


def zoom_to_layer(canvas, layer):
    """Show ``layer``'s extent on ``canvas`` now, and again once QGIS has set the canvas up
    for the first layers of a project (it then zooms to all of them, in the first layer's
    CRS, on the next turn of the event loop): the view ends on ``layer``."""

    def zoom(*_args):
        if layer.isValid() and QgsProject.instance().mapLayer(layer.id()) is not None:
            ct = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
            extent = ct.transformBoundingBox(layer.extent())
            extent.scale(1.05)
            canvas.setExtent(extent)
            canvas.refresh()

    def once_rendered(*_args):
        canvas.mapCanvasRefreshed.disconnect(once_rendered)
        zoom()

    zoom()
    QTimer.singleShot(0, zoom)
    canvas.mapCanvasRefreshed.connect(once_rendered)


#: Toolbox groups in the order of a study (their names are numbered so: the toolbox sorts
#: groups by name): statistics in → indicators → typology → specialization → spatial
#: structure → Ward grouping → potential clusters → report maps; models last.
SECTION_ORDER = ["data", "indicators", "typology", "specialization", "spatial", "ward", "clusters", "maps"]


def menu_sections(algorithms):
    """[(section title, [algorithms])] in the order of a study."""
    groups = {}
    for alg in algorithms:
        groups.setdefault(alg.groupId() or "", []).append(alg)
    keys = sorted(groups, key=lambda g: (SECTION_ORDER.index(g) if g in SECTION_ORDER else 99, g))
    out = []
    for key in keys:
        algs = sorted(groups[key], key=lambda a: a.displayName())
        title = algs[0].group() if key in SECTION_ORDER else Menu.tr("Models")
        out.append((title, algs))
    return out


SAMPLE_TITLES = {
    "aktobe_districts.gpkg": QT_TRANSLATE_NOOP("Menu", "Sample: Aktobe oblast (paper 004)"),
    "kaz_regions.gpkg": QT_TRANSLATE_NOOP("Menu", "Sample: Kazakhstan regions 2022"),
    "georgia_cbp.gpkg": QT_TRANSLATE_NOOP("Menu", "Sample: Georgia County Business Patterns"),
}


def sample_groups():
    """[(group title, layers)] for each bundled GeoPackage, Aktobe first."""
    layers = sample_layers()
    out = []
    for name in SAMPLE_TITLES:
        members = [lyr for lyr in layers if os.path.basename(lyr.source().split("|")[0]) == name]
        if members:
            out.append((Menu.tr(SAMPLE_TITLES[name]), members))
    return out


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
