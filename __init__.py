"""Territorial Clusters — a QGIS plugin for territorial industrial cluster analysis."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """QGIS entry point; ``iface`` is None when loaded by qgis_process. The plugin's
    translation for QGIS's interface language is installed first (also for qgis_process),
    so the provider, algorithms and menu are created in that language."""
    from .plugin import TerritorialClustersPlugin, install_translator

    install_translator()
    return TerritorialClustersPlugin(iface)
