"""Territorial Clusters — a QGIS plugin for territorial industrial cluster analysis."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """QGIS entry point; ``iface`` is None when loaded by qgis_process."""
    from .plugin import TerritorialClustersPlugin

    return TerritorialClustersPlugin(iface)
