"""A layer's default style in a GeoPackage's ``layer_styles`` table, written through GDAL.

The table is the one QGIS itself creates and reads (QGIS's "Save as default" in a
GeoPackage): the same columns, ``useAsDefault`` set on the new row and cleared on the other
rows of that layer (nothing is deleted). Used for private outputs before they are put in
place, where opening them with a QGIS layer would switch them to WAL journaling.
"""

from typing import NamedTuple, Optional

from . import Layers

TABLE = "layer_styles"
#: (name, OGR type name, width, subtype) as QGIS creates them
_COLUMNS = [
    ("f_table_catalog", "String", 256, None),
    ("f_table_schema", "String", 256, None),
    ("f_table_name", "String", 256, None),
    ("f_geometry_column", "String", 256, None),
    ("styleName", "String", 30, None),
    ("styleQML", "String", 0, None),
    ("styleSLD", "String", 0, None),
    ("useAsDefault", "Integer", 0, "Boolean"),
    ("description", "String", 0, None),
    ("owner", "String", 30, None),
    ("ui", "String", 30, None),
    ("update_time", "DateTime", 0, None),
]


class Style(NamedTuple):
    name: str
    geometry_column: str
    qml: str


def _ogr():
    from osgeo import ogr

    return ogr


def _create_table(ds):
    ogr = _ogr()
    layer = ds.CreateLayer(TABLE, geom_type=ogr.wkbNone, options=["FID=id"])
    for name, kind, width, subtype in _COLUMNS:
        defn = ogr.FieldDefn(name, getattr(ogr, "OFT" + kind))
        if width:
            defn.SetWidth(width)
        if subtype:
            defn.SetSubType(getattr(ogr, "OFST" + subtype))
        if name == "update_time":
            defn.SetDefault("CURRENT_TIMESTAMP")
        layer.CreateField(defn)
    return layer


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def store(path: str, table: str, geometry_column: str, qml: str, name: str = "default") -> bool:
    """Add ``qml`` as the default style of ``table`` in the GeoPackage ``path``."""
    from osgeo import gdal

    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    except RuntimeError:  # GDAL with Python exceptions on (QGIS 3.40)
        return False
    if ds is None:
        return False
    try:
        styles = ds.GetLayerByName(TABLE)
        if styles is None:  # (an OGR layer with no rows is falsy: compare with None)
            styles = _create_table(ds)
        if styles is None or ds.StartTransaction() != 0:
            return False
        styles.SetAttributeFilter("f_table_name = {}".format(_quoted(table)))
        for old in list(styles):
            if old.GetField("useAsDefault"):
                old.SetField("useAsDefault", 0)
                styles.SetFeature(old)
        styles.SetAttributeFilter(None)
        row = _ogr().Feature(styles.GetLayerDefn())
        for key, value in (
            ("f_table_catalog", ""),
            ("f_table_schema", ""),
            ("f_table_name", table),
            ("f_geometry_column", geometry_column),
            ("styleName", name[:30]),
            ("styleQML", qml),
            ("styleSLD", ""),
            ("useAsDefault", 1),
            ("description", Layers.tr("Territorial Clusters style")),
            ("owner", ""),
            ("ui", ""),
        ):
            row.SetField(key, value)
        if styles.CreateFeature(row) != 0:
            ds.RollbackTransaction()
            return False
        return ds.CommitTransaction() == 0
    except RuntimeError:  # e.g. the disk is full (GDAL with Python exceptions on)
        try:
            ds.RollbackTransaction()
        except RuntimeError:
            pass
        return False
    finally:
        styles = None
        ds = None


def read_default(ds, table: str) -> Optional[Style]:
    """The default style of ``table`` in the open GeoPackage ``ds`` (or None)."""
    styles = ds.GetLayerByName(TABLE)
    if styles is None:
        return None
    styles.SetAttributeFilter("f_table_name = {} AND useAsDefault = 1".format(_quoted(table)))
    row = styles.GetNextFeature()
    if row is None:
        return None
    return Style(
        row.GetField("styleName") or "default", row.GetField("f_geometry_column") or "", row.GetField("styleQML") or ""
    )
