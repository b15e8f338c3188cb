"""Plugin object: registers the Processing provider and, in the desktop, the menu."""

from qgis.core import QgsApplication


class TerritorialClustersPlugin:
    def __init__(self, iface=None):
        self.iface = iface
        self.provider = None
        self.menu = None

    def initProcessing(self):  # noqa: N802
        """Register the provider; works with iface None (qgis_process)."""
        if self.provider is not None:
            return
        from .algorithms.provider import TerritorialClustersProvider

        self.provider = TerritorialClustersProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is not None:
            from .ui.menu import PluginMenu

            self.menu = PluginMenu(self.iface)
            self.menu.build()

    def unload(self):
        if self.menu is not None:
            self.menu.remove()
            self.menu = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
