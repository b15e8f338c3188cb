"""Bulk column reads from plain files with GDAL's Arrow interface (read-only).

QGIS hands features to Python one by one, converting every value to a Python object on
the way; for a million-row table that alone takes seconds. When a layer is a plain OGR
file (GeoPackage, Shapefile, CSV) read as a whole — no selection, feature limit, subset
filter, joined/virtual fields or unsaved edits — GDAL ≥ 3.6 gives its columns as numpy
arrays in one call (``ogr.Layer.GetArrowStreamAsNumPy``). GDAL is the library the QGIS
"ogr" provider reads the file with, so the values are the same; the rows come in the
file's order, which is the order QGIS iterates them in (callers that also hold QGIS
features compare the feature ids before trusting the columns).

Used for attribute tables only (the statistics tables of the localization coefficient and
potential clusters), where these columns are the run's only read of the table. Everything
here is optional: any doubt (another provider, an old GDAL, a field type not handled, an
error) returns ``None`` and the caller reads through QGIS.
"""

from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFields,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from . import table_files

#: OGR drivers whose reading order and values were checked against the QGIS provider.
DRIVERS = {"GPKG", "ESRI Shapefile", "CSV"}
#: URI parts that keep the whole file layer (anything else, e.g. a subset, disables the path).
_PLAIN_URI_KEYS = {"path", "layerName", "layerId"}


class FileLayer:
    """Where a layer's rows live: the file, the layer in it, and the QGIS fields."""

    def __init__(self, path: str, layer_name: Optional[str], layer_id: Optional[int], fields: QgsFields, encoding: str):
        self.path = path
        self.layer_name = layer_name
        self.layer_id = layer_id
        self.fields = fields
        self.encoding = encoding


def _plain(v) -> bool:
    return v is None or (isinstance(v, QVariant) and v.isNull()) or v == ""


def file_layer(alg, parameters, name: str, context) -> Optional[FileLayer]:
    """The file behind parameter ``name`` when reading it with GDAL gives exactly the rows
    that ``parameterAsSource`` gives; otherwise None."""
    try:
        value = parameters.get(name)
        if table_files.delimited_path(table_files.static_value(value)) is not None:
            return None  # a CSV/TSV path: read with detected types by delimitedtext (table_source)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            if value.selectedFeaturesOnly or value.featureLimit not in (-1, None):
                return None
            if getattr(value, "filterExpression", ""):
                return None
            ref = value.source.staticValue()
            layer = QgsProcessingUtils.mapLayerFromString(ref, context) if isinstance(ref, str) else None
        else:
            layer = alg.parameterAsVectorLayer(parameters, name, context)
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            return None
        if layer.providerType() != "ogr" or layer.subsetString():
            return None
        if layer.isEditable() or layer.isModified() or layer.vectorJoins():
            return None
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        if any(not _plain(v) for k, v in parts.items() if k not in _PLAIN_URI_KEYS):
            return None
        path = parts.get("path")
        if not path:
            return None
        lname = parts.get("layerName")
        lid = parts.get("layerId")
        return FileLayer(
            str(path),
            None if _plain(lname) else str(lname),
            None if _plain(lid) else int(lid),
            layer.fields(),
            layer.dataProvider().encoding() or "",
        )
    except Exception:  # noqa: BLE001 — only an accelerator: never fail the run because of it
        return None


class Columns:
    """Columns read by GDAL: ``fids`` and, per QGIS field name, a (masked) numpy array."""

    def __init__(self, fids: np.ndarray, arrays: Dict[str, np.ndarray], utf8: bool):
        self.fids = fids
        self.arrays = arrays
        self.utf8 = utf8

    def __len__(self):
        return len(self.fids)

    # --- conversions -------------------------------------------------------------------
    def floats(self, name: str) -> np.ndarray:
        """A numeric column as floats, NULL → NaN."""
        arr = self.arrays[name]
        out = np.asarray(np.ma.getdata(arr), dtype=float).copy()
        mask = np.ma.getmaskarray(arr)
        if mask.any():
            out[mask] = np.nan
        return out

    def factorized(self, name: str):
        """(codes, uniques): codes index ``uniques`` (plain Python values: text, int,
        float); NULL has code -1. Text is decoded once per distinct value."""
        arr = self.arrays[name]
        data = np.ma.getdata(arr)
        mask = np.ma.getmaskarray(arr)
        if data.dtype.kind == "S":
            codes, uniques = pd.factorize(data.astype(object))
            uniques = [u.decode("utf-8", errors="replace") for u in uniques]
        else:
            codes, uniques = pd.factorize(data)
            uniques = np.asarray(uniques).tolist()
        codes = np.asarray(codes, dtype=np.int64)
        if mask.any():
            codes = codes.copy()
            codes[mask] = -1
        return codes, uniques

    def python(self, name: str) -> list:
        """A column as a list of Python values (NULL → None), as the QGIS reader gives them."""
        codes, uniques = self.factorized(name)
        lookup = np.empty(len(uniques) + 1, dtype=object)
        lookup[: len(uniques)] = uniques
        lookup[len(uniques)] = None
        return lookup[codes].tolist()  # code -1 picks the trailing None


def _file_layer(ds, location: FileLayer):
    if location.layer_name is not None:
        return ds.GetLayerByName(location.layer_name)
    if location.layer_id is not None:
        return ds.GetLayer(location.layer_id)
    return ds.GetLayer(0) if ds.GetLayerCount() == 1 else None


def _readable(lyr, location: FileLayer, ogr_names: List[str], wanted: List[str]) -> bool:
    """Every wanted column is a plain provider field (or the FID) of the file layer."""
    for n in wanted:
        if n not in ogr_names and n != lyr.GetFIDColumn():
            return False
        idx = location.fields.lookupField(n)
        if idx < 0 or location.fields.fieldOrigin(idx) != QgsFields.OriginProvider:
            return False
    return True


def _joined(parts: Dict[str, List[np.ndarray]], utf8: bool) -> Optional[Dict[str, np.ndarray]]:
    """The batches of each column in one array; None for a type not handled here."""
    arrays = {}
    for n, chunks in parts.items():
        if not chunks:
            arrays[n] = np.empty(0)
            continue
        arr = np.ma.concatenate(chunks) if any(np.ma.isMaskedArray(c) for c in chunks) else np.concatenate(chunks)
        kind = np.ma.getdata(arr).dtype.kind
        if kind not in "iufS" or (kind == "S" and not utf8):  # dates, binary, non-UTF-8 text
            return None
        arrays[n] = arr
    return arrays


def read_columns(location: Optional[FileLayer], names: Sequence[str]) -> Optional[Columns]:
    """The named columns (QGIS field names) of the file layer, or None when GDAL cannot
    give them faithfully (then read through QGIS)."""
    if location is None:
        return None
    try:
        from osgeo import gdal, ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    ds = stream = lyr = None
    try:
        ds = gdal.OpenEx(location.path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if ds is None or ds.GetDriver().ShortName not in DRIVERS:
            return None
        lyr = _file_layer(ds, location)
        if lyr is None:
            return None
        utf8 = bool(lyr.TestCapability(ogr.OLCStringsAsUTF8)) or location.encoding.replace("-", "").lower() == "utf8"
        defn = lyr.GetLayerDefn()
        ogr_names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        fid_col = lyr.GetFIDColumn() or "OGC_FID"
        wanted = list(dict.fromkeys(names))
        if not _readable(lyr, location, ogr_names, wanted):
            return None
        lyr.SetIgnoredFields([n for n in ogr_names if n not in wanted] + ["OGR_GEOMETRY", "OGR_STYLE"])
        lyr.ResetReading()
        stream = lyr.GetArrowStreamAsNumPy(["INCLUDE_FID=YES"])
        if stream is None:
            return None
        parts: Dict[str, List[np.ndarray]] = {n: [] for n in wanted + [fid_col]}
        for batch in stream:
            if any(n not in batch for n in parts):
                return None
            for n in parts:
                parts[n].append(batch[n])
        arrays = _joined(parts, utf8)
        if arrays is None:
            return None
        fids = np.asarray(np.ma.getdata(arrays.pop(fid_col)), dtype=np.int64)
        if lyr.GetFIDColumn() in wanted:
            arrays[lyr.GetFIDColumn()] = fids
        return Columns(fids, arrays, utf8)
    except Exception:  # noqa: BLE001 — only an accelerator: fall back to the QGIS reader
        return None
    finally:
        stream = None  # the stream must go before its layer and dataset
        lyr = None
        ds = None
