"""What an output parameter's value names, decided before anything is created.

Three kinds of destination:

* ``file`` — a file the run creates or replaces (``out.gpkg``, ``out.shp``, ``map.pdf``, or
  ``ogr:dbname='new.gpkg' table="name"`` for a GeoPackage that does not exist yet). It is
  written into a private folder beside it and renamed into place when complete.
* ``layer`` — a layer in an existing GeoPackage (``ogr:dbname='x.gpkg' table="name"``). It is
  written into a private GeoPackage beside it, then copied in by GDAL in one transaction.
* ``direct`` — anything else (a temporary/memory layer, a database, appending with field
  mapping): written by QGIS's own sink, as QGIS does.
"""

import os
import re
from typing import List, Optional

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
    QgsVectorFileWriter,
)

FILE, LAYER, DIRECT = "file", "layer", "direct"

_OGR_URI = re.compile(r"""^\s*dbname='((?:[^'\\]|\\.)*)'(?:\s+table="((?:[^"\\]|\\.)*)")?""")
_NOT_FILES = ("memory:", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:", "hana:")


class Destination:
    """Where an output goes: ``kind`` (FILE, LAYER or DIRECT), the final ``path`` of the
    file and, for a layer in a GeoPackage, the ``layer`` name."""

    def __init__(self, kind: str, path: Optional[str] = None, layer: Optional[str] = None):
        self.kind = kind
        self.path = path
        self.layer = layer

    def __repr__(self):
        return f"Destination({self.kind!r}, {self.path!r}, {self.layer!r})"


def sink_value(value):
    """The text an output parameter's value names (``QgsProcessingOutputLayerDefinition``
    or a plain string), or None when it is not a plain text (an expression)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        if value.sink.propertyType() != value.sink.StaticProperty:
            return None
        value = value.sink.staticValue()
    return value if isinstance(value, str) else None


def plan_layer(value) -> Destination:
    """The destination of a feature-sink parameter's value, as QGIS's sink would read it:
    a plain path without a known extension gets ``.gpkg`` (QGIS's default)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping():
        return Destination(DIRECT)  # appending to an existing layer: QGIS maps the fields
    text = sink_value(value)
    if not text or text == "TEMPORARY_OUTPUT" or "://" in text or text.startswith(_NOT_FILES):
        return Destination(DIRECT)
    if text.startswith("ogr:"):
        match = _OGR_URI.match(text[len("ogr:") :])
        if not match:
            return Destination(DIRECT)
        path = match.group(1).replace("\\'", "'")
        layer = match.group(2).replace('\\"', '"') if match.group(2) is not None else None
        if not os.path.exists(path):
            if layer is not None and not path.lower().endswith(".gpkg"):
                return Destination(DIRECT)  # a named layer of another format: QGIS writes it
            return Destination(FILE, path, layer)
        if layer is not None and is_geopackage(path):
            return Destination(LAYER, path, layer)
        return Destination(DIRECT)  # another kind of database: QGIS writes it
    ext = os.path.splitext(text)[1][1:]
    if not ext or not QgsVectorFileWriter.driverForExtension(ext):
        text = text + ".gpkg"
    return Destination(FILE, text)


def plan_file(value) -> Destination:
    """The destination of a file parameter (a PDF, PNG or SVG the run writes)."""
    text = sink_value(value)
    if not text or text == "TEMPORARY_OUTPUT":
        return Destination(DIRECT)
    return Destination(FILE, text)


def is_geopackage(path: str) -> bool:
    """True for an existing SQLite file named .gpkg (what GDAL's GPKG driver opens)."""
    try:
        with open(path, "rb") as fh:
            return path.lower().endswith(".gpkg") and fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def same_file(a: Optional[str], b: Optional[str]) -> bool:
    try:
        return bool(a and b) and os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)
    except OSError:
        return False


_SOURCES = (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer, QgsProcessingParameterMapLayer)


def input_files(alg, parameters, context) -> List[str]:
    """The local files of the run's input layers (an output must never replace one)."""
    paths = []
    for param in alg.parameterDefinitions():
        if not isinstance(param, _SOURCES) or parameters.get(param.name()) is None:
            continue
        try:
            layer = alg.parameterAsLayer(parameters, param.name(), context)
        except QgsProcessingException:
            layer = None
        if layer is None or layer.providerType() != "ogr":
            continue
        path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path")
        if path:
            paths.append(str(path))
    return paths
