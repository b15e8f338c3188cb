"""Opening a statistics table given as a layer or a path — CSV/TSV in any encoding and with any
separator (detected), XLSX/ODS sheets and every other table QGIS opens.

A CSV/TSV path is opened through QGIS's delimitedtext provider with the detected encoding
(UTF-8 with or without BOM, UTF-16, Windows-1251 for Cyrillic, else Windows-1252) and
separator (; , tab |), every column as text (``types=False``: the caller cleans numbers in the
format the user states) or with QGIS's type detection (``types=True``: what the desktop does
when a CSV is added, so ``TABLE=data.csv`` works from qgis_process as it does in QGIS).
Everything else goes to QGIS as it is (GDAL opens XLSX/ODS as ordinary layers).
"""

import codecs
import csv
import io
import os
from typing import NamedTuple, Optional

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QUrl, QUrlQuery
from . import Layers

DELIMITED = (".csv", ".tsv", ".tab", ".txt")
SAMPLE = 1 << 16
SEPARATORS = (";", "\t", ",", "|")


class CsvFormat(NamedTuple):
    encoding: str
    delimiter: str


def detect_encoding(raw: bytes, complete: bool = True) -> str:
    """The encoding of the first bytes of a text file (``complete``: the whole file)."""
    if raw.startswith(codecs.BOM_UTF8):
        return "UTF-8"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    try:
        raw.decode("utf-8")
        return "UTF-8"
    except UnicodeDecodeError as e:
        if not complete and e.start >= len(raw) - 3:  # a character cut by the sample's end
            return "UTF-8"
    high = [b for b in raw if b >= 0x80]
    cyrillic = sum(1 for b in high if b >= 0xC0 or b in (0xA8, 0xB8, 0xAA, 0xBA, 0xAF, 0xBF, 0xB2, 0xB3))
    return "windows-1251" if high and cyrillic / len(high) > 0.6 else "windows-1252"


def detect_delimiter(text: str) -> str:
    """The separator that splits the first lines into the same number (≥ 2) of fields, the
    most fields first; ',' when none does."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:50]
    best, best_n = ",", 1
    for sep in SEPARATORS:
        counts = {len(r) for r in csv.reader(io.StringIO("\n".join(lines)), delimiter=sep)}
        if len(counts) == 1 and min(counts) > best_n:
            best, best_n = sep, min(counts)
    return best


def detect_format(path: str) -> CsvFormat:
    with open(path, "rb") as fh:
        raw = fh.read(SAMPLE + 1)
    complete = len(raw) <= SAMPLE
    raw = raw[:SAMPLE]
    encoding = detect_encoding(raw, complete)
    text = raw.decode("utf-16" if encoding == "UTF-16" else encoding, errors="replace")
    if not complete:
        text = text.rsplit("\n", 1)[0]
    return CsvFormat(encoding, detect_delimiter(text.lstrip("\ufeff")))


def delimited_uri(path: str, fmt: CsvFormat, types: bool = False) -> str:
    url = QUrl.fromLocalFile(os.path.abspath(path))
    query = QUrlQuery()
    for key, value in (
        ("type", "csv"),
        ("delimiter", "\\t" if fmt.delimiter == "\t" else fmt.delimiter),
        ("quote", '"'),
        ("escape", '"'),
        ("encoding", fmt.encoding),
        ("detectTypes", "yes" if types else "no"),
        ("geomType", "none"),
        ("subsetIndex", "no"),
        ("spatialIndex", "no"),
        ("watchFile", "no"),
    ):
        query.addQueryItem(key, value)
    url.setQuery(query)
    return url.toString(QUrl.FullyEncoded)


def delimited_path(value) -> Optional[str]:
    """The local path of a CSV/TSV given as text (a plain path or file:// URL), else None."""
    if not isinstance(value, str):
        return None
    path = value[7:] if value.startswith("file://") else value
    path = path.split("|")[0]
    if path.lower().endswith(DELIMITED) and os.path.isfile(path):
        return path
    return None


def static_value(value):
    """The layer reference inside a parameter value (a source definition, a property)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    return value


def with_layer(value, layer: QgsVectorLayer):
    """The parameter ``value`` pointing at ``layer`` (kept in the context's temporary store)
    instead of its file: a source definition keeps its feature limit, filter and flags."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        out = QgsProcessingFeatureSourceDefinition(value)
        out.source = QgsProperty.fromValue(layer.id())
        return out
    return layer.id()


def open_table(value, context, types: bool = False, name: str = "table") -> Optional[QgsVectorLayer]:
    """The table ``value`` (a layer, a layer id/name of the project, a path or a URI) as a
    vector layer; a CSV/TSV path through delimitedtext with its detected encoding and
    separator. The layer is kept in ``context``'s temporary store. None for no value;
    a value that does not open raises."""
    value = static_value(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, QgsVectorLayer):
        return value
    path = delimited_path(value)
    if path is not None:
        fmt = detect_format(path)
        layer = QgsVectorLayer(delimited_uri(path, fmt, types), os.path.basename(path), "delimitedtext")
        if layer.isValid():
            context.temporaryLayerStore().addMapLayer(layer)  # kept alive for the run
    else:
        layer = QgsProcessingUtils.mapLayerFromString(str(value), context)
        if layer is not None and not isinstance(layer, QgsVectorLayer):
            layer = None
    if layer is None or not layer.isValid():
        raise QgsProcessingException(
            Layers.tr(
                "{}: '{}' could not be opened as a table. Give a CSV/TSV, XLSX/ODS or GeoPackage file, "
                "or a layer of the project."
            ).format(name, value)
        )
    return layer


def open_source(value, context, types: bool = False, name: str = "table") -> Optional[QgsProcessingFeatureSource]:
    """:func:`open_table` as a feature source for ``layers.read`` (None for no value)."""
    layer = open_table(value, context, types, name)
    return None if layer is None else QgsProcessingFeatureSource(layer, context)
