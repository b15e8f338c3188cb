"""Shared glue for the Territorial Clusters algorithms.

Every algorithm goes through these helpers: read the input's attributes into a
DataFrame (no geometry validity checks: real boundary files have invalid shapes),
call a ``core`` function, write the sink in bulk, and attach + persist a style.
No method logic lives here.
"""
import contextlib
import functools
import gc
import math
import os
import re
import threading
import traceback
from collections import deque
from itertools import islice, repeat
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from qgis.core import (Qgis, QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsField, QgsFields,
                       QgsMessageLog, QgsProcessing, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingFeatureSource, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterVectorDestination, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..core import MethodError
from . import _fast_io

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICON_DIR = os.path.join(PLUGIN_DIR, "resources", "icons")

#: QVariant types of output fields, by the short names the algorithms use.
FIELD_TYPES = {"double": QVariant.Double, "int": QVariant.Int, "string": QVariant.String,
               "bool": QVariant.Bool}

CHUNK = 2000  # features per addFeatures call and per progress / cancel check
READ_CHUNK = 10000  # features read per progress / cancel check


def icon(name: str = "icon.svg") -> QIcon:
    return QIcon(os.path.join(ICON_DIR, name))


class LayerData:
    """A source read once: its features (with geometry unless asked not to).

    Attribute columns are taken when first asked for (``raw_column``): from GDAL's columns
    when ``read`` got them (``adopt``), else from the features — a C++ call per value of
    that field, or one conversion of whole rows when many fields are needed (``load``).
    """

    def __init__(self, fields: QgsFields, features: Optional[List[QgsFeature]],
                 fids: Optional[np.ndarray] = None, loader=None, location=None):
        self.fields = fields
        self._features = features
        self._fids = fids
        self._loader = loader  # request → features (when only the columns were read)
        self._geometry_features: Optional[List[QgsFeature]] = None
        #: the plain file read (``_fast_io.FileLayer``), when the columns came from GDAL
        self.location = location
        self._columns: Dict[int, list] = {}
        self._moved: Dict[int, int] = {}  # field index → its place after write()

    @property
    def features(self) -> List[QgsFeature]:
        """The features (with geometry and every attribute). Read on first use when only
        the columns were read (see :meth:`TerritorialAlgorithm.read`)."""
        if self._features is None:
            features = self._loader(QgsFeatureRequest())
            self._check_ids(features)
            self._features, self._loader, self._geometry_features = features, None, None
        return self._features

    def geometry_features(self) -> List[QgsFeature]:
        """Features for measuring their geometry: :attr:`features` when read, else the
        features read with geometry but no attributes (cheaper; not kept for writing)."""
        if self._features is not None or self._loader is None:
            return self.features
        if self._geometry_features is None:
            features = self._loader(QgsFeatureRequest().setSubsetOfAttributes([]))
            self._check_ids(features)
            self._geometry_features = features
        return self._geometry_features

    def _check_ids(self, features):
        ids = np.fromiter(map(QgsFeature.id, features), dtype=np.int64, count=len(features))
        if self._fids is not None and not np.array_equal(ids, self._fids):
            raise QgsProcessingException(
                "The input layer changed while it was being read: run the algorithm again.")

    def __len__(self):
        return len(self._fids) if self._features is None else len(self._features)

    def values(self, index: int) -> list:
        """The raw values of field ``index`` (NULL as a QVariant), cached."""
        col = self._columns.get(index)
        if col is None:
            at = self._moved.get(index, index)  # where write() put the field
            col = list(map(_GET, self.features, repeat(at, len(self.features))))
            self._columns[index] = col
        return col

    def load(self, names: Iterable[str]):
        """Take the columns ``names`` from the features, in the cheaper of two ways: a call
        per value of each column, or (for many columns) one conversion of every row."""
        todo = {i for i in (self.fields.lookupField(n) for n in names)
                if i >= 0 and i not in self._columns}
        # A value fetched on its own costs ~3× a value of a whole row converted at once.
        if todo and len(todo) * 3 > self.fields.count() and self.features and not self._moved:
            rows = list(map(QgsFeature.attributes, self.features))
            for i, col in enumerate(zip(*rows)):
                self._columns.setdefault(i, list(col))

    def adopt(self, columns) -> bool:
        """Take columns read by GDAL (``_fast_io.Columns``) when they are the rows of these
        features (same ids, same order)."""
        if columns is None or len(columns) != len(self.features):
            return False
        ids = np.fromiter(map(QgsFeature.id, self.features), dtype=np.int64,
                          count=len(self.features))
        if not np.array_equal(ids, columns.fids):
            return False
        self._take(columns)
        return True

    def _take(self, columns):
        for name in columns.arrays:
            i = self.fields.lookupField(name)
            if i >= 0:
                self._columns[i] = columns.python(name)

    @classmethod
    def from_columns(cls, fields: QgsFields, columns, location, loader) -> "LayerData":
        """A source known by its GDAL columns only; ``loader`` reads the features if asked."""
        data = cls(fields, None, fids=columns.fids, loader=loader, location=location)
        data._take(columns)
        return data

    def raw_column(self, name: str) -> list:
        i = self.fields.lookupField(name)
        col = self.values(i)
        if QVariant in set(map(type, col)):
            return [None if isinstance(v, QVariant) else v for v in col]
        return list(col)

    def fid(self, row: int) -> int:
        if self._fids is not None:
            return int(self._fids[row])
        return self.features[row].id() if self.features else row

    def fids(self) -> List[int]:
        """Every feature's id, in reading order."""
        if self._fids is not None:
            return self._fids.tolist()
        return list(map(QgsFeature.id, self.features))

    def fid_array(self) -> np.ndarray:
        if self._fids is None:
            self._fids = np.fromiter(map(QgsFeature.id, self.features), dtype=np.int64,
                                     count=len(self.features))
        return self._fids


_GET = QgsFeature.__getitem__


class TerritorialAlgorithm(QgsProcessingAlgorithm):
    """Base class: names, help, icons, reading, writing and styling helpers.

    Every subclass's ``processAlgorithm`` is guarded (see :func:`_guarded`): a
    ``core.MethodError`` becomes a ``QgsProcessingException``; an unexpected Python
    error becomes a short, clear ``QgsProcessingException`` (its traceback goes to the
    QGIS message log, never to the user's processing log); and on any failure or
    cancellation the output files this run created are removed, so no partial file
    is left behind.
    """

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        impl = cls.__dict__.get("processAlgorithm")
        if impl is not None and not getattr(impl, "_tc_guarded", False):
            cls.processAlgorithm = _guarded(impl)

    #: set by subclasses
    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP = ""
    GROUP_ID = ""
    HELP = ""

    # --- identity -------------------------------------------------------------
    def tr(self, string: str) -> str:
        return QCoreApplication.translate("TerritorialClusters", string)

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.ALG_ID

    def displayName(self):
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP)

    def groupId(self):
        return self.GROUP_ID

    def shortHelpString(self):
        return self.tr(self.HELP)

    def icon(self):
        return icon()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS's checks, plus: a layer given where polygons are expected is refused with a
        message naming its geometry type (processing.run and qgis_process do not check it)."""
        ok, msg = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, msg
        for param in self.parameterDefinitions():
            if not isinstance(param, QgsProcessingParameterFeatureSource):
                continue
            if list(param.dataTypes()) != [QgsProcessing.TypeVectorPolygon]:
                continue
            if parameters.get(param.name()) is None:
                continue
            source = self.parameterAsSource(parameters, param.name(), context)
            if source is None:
                continue
            gtype = QgsWkbTypes.geometryType(source.wkbType())
            if gtype != QgsWkbTypes.PolygonGeometry:
                return False, self.tr(
                    f"{param.name()}: the layer has {QgsWkbTypes.geometryDisplayString(gtype)} "
                    "geometry, but this algorithm expects a polygon layer of districts/regions. "
                    "Choose the polygon layer (join the statistics to it first if needed).")
        return True, ""

    # --- reading ---------------------------------------------------------------
    def required_source(self, parameters, name: str, context):
        """``parameterAsSource``, refusing a source that cannot be opened (QGIS's message)."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def read(self, source, feedback, geometry: bool = True, attributes: Optional[Sequence[str]] = None,
             progress: Tuple[float, float] = (0.0, 30.0), location=None) -> LayerData:
        """Read all features of ``source`` once, skipping geometry validity checks.

        With ``geometry=False`` only the named ``attributes`` are fetched (faster).
        ``location`` (from :meth:`file_layer`): when the source is a plain file, the named
        ``attributes`` are taken as columns by GDAL instead of value by value from the
        features (the feature ids are compared first; any mismatch falls back). From a
        GeoPackage only those columns and the ids are read: the features are read when
        asked for (``data.features``, ``data.geometry_features()``), and ``write_output``
        may copy them in SQL without reading them at all.
        """
        if source is None:
            raise QgsProcessingException(self.tr("The input layer could not be opened."))
        if geometry and attributes and location is not None and \
                _fast_io.is_geopackage(location.path):
            # A GeoPackage is copied to a GeoPackage output in SQL (write_output): the
            # columns are enough, the features are read only if something asks for them.
            columns = _fast_io.read_columns(location, list(attributes))
            if columns is not None:
                feedback.setProgress(progress[1])
                return LayerData.from_columns(
                    source.fields(), columns, location,
                    lambda request: self._read_features(source, feedback, request, progress))
        request = QgsFeatureRequest()
        if not geometry:
            request.setFlags(QgsFeatureRequest.NoGeometry)
            if attributes is not None:
                request.setSubsetOfAttributes(list(attributes), source.fields())
        features = self._read_features(source, feedback, request, progress)
        data = LayerData(source.fields(), features)
        if location is not None and attributes:
            if data.adopt(_fast_io.read_columns(location, list(attributes))):
                data.location = location
        return data

    def _read_features(self, source, feedback, request: QgsFeatureRequest,
                       progress: Tuple[float, float]) -> List[QgsFeature]:
        request.setFeedback(feedback)  # Cancel stops the iterator (checked below)
        total = source.featureCount()
        step = (progress[1] - progress[0]) / total if total and total > 0 else 0
        it = source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        features: List[QgsFeature] = []
        while True:
            chunk = list(islice(it, READ_CHUNK))  # the loop runs in C: no Python per feature
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))
            if not chunk:
                break
            features += chunk
            feedback.setProgress(progress[0] + len(features) * step)
        return features

    def file_layer(self, parameters, name, context):
        """The plain file behind a source parameter (or None): see ``_fast_io``."""
        return _fast_io.file_layer(self, parameters, name, context)

    def check_fields(self, source_fields: QgsFields, names: Iterable[str], what: str,
                     numeric: bool = True):
        for name in names:
            idx = source_fields.lookupField(name)
            if idx < 0:
                raise QgsProcessingException(self.tr(f"{what}: the layer has no field '{name}'."))
            fld = source_fields.at(idx)
            if numeric and not fld.isNumeric():
                raise QgsProcessingException(self.tr(
                    f"{what}: field '{name}' is of type {fld.typeName()}, not a number. "
                    "Numbers stored as text (e.g. '1 234,5') are not parsed: convert the field with "
                    f"the Field calculator, e.g. to_real(replace(replace(\"{name}\", ' ', ''), ',', '.')), "
                    "and run again."))

    def numeric_frame(self, data: LayerData, names: Sequence[str], index: Sequence,
                      what: str) -> pd.DataFrame:
        """Numeric columns as float (NULL → NaN). Infinite values are refused by feature."""
        cols = {}
        data.load(names)
        for name in names:
            arr = _floats(data.values(data.fields.lookupField(name)))
            bad = np.isinf(arr)
            if bad.any():
                where = [str(index[i]) for i in np.flatnonzero(bad)[:5]]
                raise QgsProcessingException(self.tr(
                    f"{what}: field '{name}' holds an infinite value for {', '.join(where)}. "
                    "Replace it with a real number or NULL."))
            cols[name] = arr
        return pd.DataFrame(cols, index=pd.Index(index))

    def id_values(self, data: LayerData, id_field: str) -> List[str]:
        """The district keys as text; NULL or duplicate keys are refused."""
        values = data.raw_column(id_field)
        out = []
        for row, v in enumerate(values):
            if v is None or (isinstance(v, str) and not v.strip()):
                raise QgsProcessingException(self.tr(
                    f"ID field '{id_field}' is NULL or empty for feature {data.fid(row)}. "
                    "Every district needs a key: fill it or choose another ID field."))
            if isinstance(v, float) and v.is_integer():
                v = int(v)
            out.append(str(v))
        seen, dups = set(), []
        for v in out:
            if v in seen and v not in dups:
                dups.append(v)
            seen.add(v)
        if dups:
            raise QgsProcessingException(self.tr(
                f"ID field '{id_field}' has duplicate values: {', '.join(dups[:10])}. "
                "Each district must have a unique key; dissolve or rename the duplicates."))
        return out

    # --- writing ---------------------------------------------------------------
    def output_fields(self, source_fields: QgsFields, new: Sequence[Tuple[str, str]],
                      feedback) -> Tuple[QgsFields, List[int]]:
        """Input fields followed by the new ones; input fields with a new name are replaced."""
        new_names = {n.lower() for n, _ in new}
        fields = QgsFields()
        kept = []
        for i in range(source_fields.count()):
            fld = source_fields.at(i)
            if fld.name().lower() in new_names:
                feedback.pushInfo(self.tr(
                    f"Input field '{fld.name()}' has the name of an output field: it is replaced "
                    "by the new values in the output (the input layer is unchanged)."))
                continue
            fields.append(QgsField(fld))
            kept.append(i)
        for name, kind in new:
            fields.append(QgsField(name, FIELD_TYPES[kind]))
        return fields, kept

    def write_output(self, parameters, name: str, context, source, data: LayerData,
                     kinds: Sequence[Tuple[str, str]], extra: pd.DataFrame, feedback,
                     progress: Tuple[float, float] = (60.0, 95.0), fields=None) -> str:
        """Create the sink ``name`` (input fields + ``kinds``), write every feature with the
        ``extra`` columns, and close it (so it can be styled or read back). Returns dest_id.
        ``fields``: the input fields when they are not ``source.fields()``."""
        out_fields, kept = self.output_fields(source.fields() if fields is None else fields,
                                              kinds, feedback)
        if data.location is not None and _same_file(destination_path(parameters.get(name)),
                                                    data.location.path):
            # the output goes into the input's own file (maybe over the input's table, which
            # the sink would drop): read the features before the sink is created
            _ = data.features
        sink, dest_id = self.parameterAsSink(parameters, name, context, out_fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        # GeoPackage → GeoPackage: the sink creates the table (schema, CRS, layer name, the
        # layer to load), then its rows are copied in SQL (_fast_io.copy_features) — the
        # geometry is never decoded. Anything unexpected falls back to writing through QGIS.
        value = parameters.get(name)
        remapped = hasattr(value, "useRemapping") and value.useRemapping()
        target = None
        if fields is None and data.location is not None and not remapped and \
                _fast_io.is_geopackage(data.location.path):
            target = _fast_io.gpkg_table(dest_id)
        if target is not None:
            sink.flushBuffer()
            del sink
            if _fast_io.copy_features(data.location, target,
                                      [out_fields.at(i).name() for i in range(len(kept))],
                                      [n for n, _ in kinds], _python_columns(extra),
                                      data.fid_array(), feedback, progress):
                return dest_id
            sink = _fast_io.provider_sink(dest_id)
        self.write(sink, data, out_fields, kept, extra, feedback, progress=progress)
        sink.flushBuffer()
        del sink
        return dest_id

    def write(self, sink, data: LayerData, fields: QgsFields, kept: List[int],
              extra: pd.DataFrame, feedback, progress: Tuple[float, float] = (60.0, 95.0),
              geometry: bool = True):
        """Write every input feature with its kept attributes plus the ``extra`` columns.

        The features read by :meth:`read` are reused (their fields reset), so nothing is
        copied twice; ``data`` must not be written again after this call (its columns can
        still be read).
        """
        columns = _python_columns(extra)
        total = len(data)
        if columns and len(columns[0]) != total:
            raise QgsProcessingException(self.tr(
                f"Internal error: {len(columns[0])} result rows for {total} features."))
        n = len(data.fields)
        keep = set(kept)
        dropped = [i for i in range(n) if i not in keep]
        # write() changes the features it reuses: keep what the caller may still ask for
        for i in dropped:
            data.values(i)
        moved = {old: new for new, old in enumerate(kept)}
        # Two ways to put the values on the features read (reused: they keep their geometry):
        # append the new values column by column with C-level loops (map) — the kept values
        # stay as the provider gave them — or, when the new columns far outnumber the kept
        # ones (e.g. a field per industry), set whole rows (a value costs less there).
        by_rows = len(columns) > 4 * len(kept)
        if geometry and data.features and not by_rows:
            features = data.features
            data._moved = moved
            for i in reversed(dropped):
                _consume(map(QgsFeature.deleteAttribute, features, repeat(i, total)))
            _consume(map(QgsFeature.setFields, features, repeat(fields, total), repeat(False, total)))
            if columns:
                _consume(map(QgsFeature.padAttributes, features, repeat(len(columns), total)))
            first = n - len(dropped)
            for j, col in enumerate(columns):
                _consume(map(QgsFeature.setAttribute, features, repeat(first + j, total), col))
        else:
            more = list(zip(*columns)) if columns else [()] * total
            if kept:
                olds = map(QgsFeature.attributes, data.features)
                if len(kept) == n:
                    rows = [a + list(m) for a, m in zip(olds, more)]
                else:
                    rows = [[a[i] for i in kept] + list(m) for a, m in zip(olds, more)]
            else:
                rows = list(map(list, more))
            if geometry and data.features:
                features = data.features
                data._moved = moved
                _consume(map(QgsFeature.setFields, features, repeat(fields, total),
                             repeat(False, total)))
            else:
                features = [QgsFeature(fields) for _ in range(total)]
            _consume(map(QgsFeature.setAttributes, features, rows))
        step = (progress[1] - progress[0]) / total if total else 0
        for start in range(0, total, CHUNK):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))
            self._add(sink, features[start:start + CHUNK])
            feedback.setProgress(progress[0] + start * step)

    def _add(self, sink, batch):
        if not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
            err = sink.lastError() if hasattr(sink, "lastError") else ""
            raise QgsProcessingException(self.tr(f"Could not write the output: {err}"))

    def method(self, func, *args, **kwargs):
        """Call a ``core`` function; its MethodError becomes a QgsProcessingException."""
        try:
            return func(*args, **kwargs)
        except MethodError as e:
            raise QgsProcessingException(str(e)) from None

    # --- styling ---------------------------------------------------------------
    def attach_style(self, dest_id: str, renderer, context, feedback, name: str = ""):
        """Style the output: post-processor for layers loaded on completion, and a default
        style stored with file outputs (GeoPackage layer_styles or a .qml beside the file)."""
        from .styles import StylePostProcessor, persist_style
        if renderer is None or not dest_id:
            return
        if context.willLoadLayerOnCompletion(dest_id):
            details = context.layerToLoadOnCompletionDetails(dest_id)
            details.setPostProcessor(StylePostProcessor.create(renderer))
        persist_style(dest_id, renderer, context, feedback)


LOG_TAG = "Territorial Clusters"


_GC_LOCK = threading.Lock()
_GC_STATE = {"depth": 0, "was_enabled": False}


@contextlib.contextmanager
def _gc_paused():
    """Python's cyclic garbage collector paused while an algorithm runs (nested and
    concurrent runs counted): reading tens of thousands of features creates enough objects
    to start a full collection several times per run, each walking every object of QGIS's
    Python — a tenth of a run's time for nothing (the algorithms make no reference cycles
    to speak of). Reference counting still frees everything as usual."""
    with _GC_LOCK:
        if _GC_STATE["depth"] == 0:
            _GC_STATE["was_enabled"] = gc.isenabled()
            gc.disable()
        _GC_STATE["depth"] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_STATE["depth"] -= 1
            if _GC_STATE["depth"] == 0 and _GC_STATE["was_enabled"]:
                gc.enable()


def _guarded(impl):
    @functools.wraps(impl)
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        created = _new_output_files(self, parameters, context)
        try:
            with _gc_paused():
                return impl(self, parameters, context, feedback)
        except QgsProcessingException:
            _discard(created)
            raise
        except MethodError as e:
            _discard(created)
            raise QgsProcessingException(str(e)) from None
        except MemoryError:
            _discard(created)
            raise QgsProcessingException(self.tr(
                f"{self.displayName()}: not enough memory for this input. Run it on fewer "
                "features or fields.")) from None
        except Exception as e:  # noqa: BLE001 — last line of defence: no traceback to the user
            QgsMessageLog.logMessage(f"{self.id()} failed:\n{traceback.format_exc()}", LOG_TAG,
                                     Qgis.Critical)
            _discard(created)
            raise QgsProcessingException(self.tr(
                f"{self.displayName()} failed unexpectedly ({type(e).__name__}: {e}). This is a bug "
                "in Territorial Clusters: please report it with the input that caused it (the "
                f"details are in the '{LOG_TAG}' tab of the Log Messages panel).")) from None
    processAlgorithm._tc_guarded = True
    return processAlgorithm


_DESTINATIONS = (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination,
                 QgsProcessingParameterFileDestination, QgsProcessingParameterRasterDestination)


def destination_path(value) -> Optional[str]:
    """The local file an output parameter's value names (a path, ``path|layername=…`` or
    ``ogr:dbname='path' table=…``), or None (temporary, memory, database, URL)."""
    if hasattr(value, "sink"):  # QgsProcessingOutputLayerDefinition
        value = value.sink.staticValue()
    if not isinstance(value, str) or not value or value == "TEMPORARY_OUTPUT":
        return None
    value = value[len("ogr:"):] if value.startswith("ogr:") else value
    match = re.match(r"""\s*dbname='((?:[^'\\]|\\.)*)'""", value)
    path = match.group(1).replace("\\'", "'") if match else value.split("|")[0]
    if not path or "://" in path or \
            path.startswith(("memory:", "postgres:", "postgis:", "spatialite:")):
        return None
    return path


def _new_output_files(alg, parameters, context):
    """Paths of the file outputs of this run that do not exist yet."""
    paths = []
    for param in alg.destinationParameterDefinitions():
        path = destination_path(parameters.get(param.name()))
        if path is not None and not os.path.exists(path):
            paths.append(path)
    return paths


def _discard(paths):
    if not paths:
        return
    gc.collect()  # close writers still referenced by the failed frame
    for path in paths:
        stem = os.path.splitext(path)[0]
        for p in (path, path + "-wal", path + "-shm", path + "-journal", stem + ".qml"):
            try:
                if os.path.isfile(p):
                    os.remove(p)
            except OSError:
                pass


def _same_file(a: Optional[str], b: Optional[str]) -> bool:
    try:
        return bool(a and b) and os.path.exists(a) and os.path.samefile(a, b)
    except OSError:
        return False


def _consume(iterator):
    """Run an iterator (a ``map`` of C++ calls) to its end, keeping nothing."""
    deque(iterator, maxlen=0)


def _floats(values: list) -> np.ndarray:
    """Raw field values as floats, NULL (a QVariant) → NaN."""
    try:
        return np.array(values, dtype=float)
    except (TypeError, ValueError):
        return np.array([None if isinstance(v, QVariant) else v for v in values], dtype=float)


def _python_columns(frame: pd.DataFrame) -> List[list]:
    """DataFrame columns as lists of plain Python values, NaN/NA → None (NULL); vectorised."""
    cols = []
    for col in frame.columns:
        s = frame[col]
        if s.dtype.kind == "f":
            vals = s.to_numpy(dtype=float)
            nan = np.isnan(vals)
            if nan.any():
                obj = vals.astype(object)
                obj[nan] = None
                lst = obj.tolist()
            else:
                lst = vals.tolist()
        elif s.dtype.kind in "iub":
            lst = s.to_numpy().tolist()
        else:
            lst = [None if (v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA)
                   else (v.item() if hasattr(v, "item") else v) for v in s.tolist()]
        cols.append(lst)
    return cols


def _python_rows(frame: pd.DataFrame) -> List[list]:
    """DataFrame rows as lists of plain Python values, NaN/NA → None (NULL)."""
    if frame.shape[1] == 0:
        return [[] for _ in range(frame.shape[0])]
    return [list(r) for r in zip(*_python_columns(frame))]
