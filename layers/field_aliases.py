"""Field aliases kept with an output: QGIS 3.22 neither writes nor reads GDAL's alternative
field names, so a GeoPackage output gets them as a default style of the Fields category only
(``layer_styles``, written through GDAL by ``gpkg_styles``; renderer and labels untouched);
a temporary output gets them set on the layer."""

import os
from typing import Dict

from qgis.core import QgsField, QgsMapLayer, QgsProviderRegistry, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtXml import QDomDocument

from . import Layers, gpkg_styles


def persist_aliases(dest_id: str, aliases: Dict[str, str], wkb_type, context, feedback) -> bool:
    """Give the fields of output ``dest_id`` the ``aliases`` {field name: alias}."""
    if not dest_id or not aliases:
        return False
    layer = context.temporaryLayerStore().mapLayer(dest_id)
    if layer is not None:
        for name, alias in aliases.items():
            i = layer.fields().lookupField(name)
            if i >= 0:
                layer.setFieldAlias(i, alias)
        return True
    parts = QgsProviderRegistry.instance().decodeUri("ogr", dest_id)
    path = str(parts.get("path") or "")
    if not path.lower().endswith(".gpkg") or not os.path.exists(path):
        feedback.pushInfo(Layers.tr("Field aliases (the original column names) are kept only in GeoPackage outputs."))
        return False
    from osgeo import gdal

    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    table = parts.get("layerName") or ""
    ogr_layer = None if ds is None else (ds.GetLayerByName(table) if table else ds.GetLayer(0))
    if ogr_layer is None:
        return False
    table, geometry_column = ogr_layer.GetName(), ogr_layer.GetGeometryColumn()
    ogr_layer = ds = None
    geometry = QgsWkbTypes.displayString(wkb_type) if wkb_type != QgsWkbTypes.NoGeometry else "None"
    carrier = QgsVectorLayer(geometry if geometry != "Unknown" else "None", "aliases", "memory")
    carrier.dataProvider().addAttributes([QgsField(n, QVariant.String) for n in aliases])
    carrier.updateFields()
    for i, alias in enumerate(aliases.values()):
        carrier.setFieldAlias(i, alias)
    doc = QDomDocument("qgis")
    carrier.exportNamedStyle(doc, categories=QgsMapLayer.Fields)
    return gpkg_styles.store(path, table, geometry_column, doc.toString())
