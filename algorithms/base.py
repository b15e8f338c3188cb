"""Shared glue for the Territorial Clusters algorithms.

Every algorithm goes through these helpers: read the input's attributes into a
DataFrame (no geometry validity checks: real boundary files have invalid shapes),
call a ``core`` function, write the sink in bulk, and attach + persist a style.
No method logic lives here.
"""
import functools
import gc
import math
import os
import traceback
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from qgis.core import (Qgis, QgsFeature, QgsMessageLog, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterVectorDestination,
                       QgsProcessingParameterFeatureSource, QgsWkbTypes, QgsFeatureRequest, QgsFeatureSink, QgsField, QgsFields,
                       QgsProcessing, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingFeatureSource, QgsProcessingLayerPostProcessorInterface,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..core import MethodError

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICON_DIR = os.path.join(PLUGIN_DIR, "resources", "icons")

#: QVariant types of output fields, by the short names the algorithms use.
FIELD_TYPES = {"double": QVariant.Double, "int": QVariant.Int, "string": QVariant.String,
               "bool": QVariant.Bool}

CHUNK = 2000  # features per addFeatures call and per progress / cancel check


def icon(name: str = "icon.svg") -> QIcon:
    return QIcon(os.path.join(ICON_DIR, name))


class LayerData:
    """A source read once: its features (with geometry unless asked not to) and attributes."""

    def __init__(self, fields: QgsFields, features: List[QgsFeature], attributes: List[list]):
        self.fields = fields
        self.features = features
        self.attributes = attributes

    def __len__(self):
        return len(self.attributes)

    def raw_column(self, name: str) -> list:
        i = self.fields.lookupField(name)
        return [None if isinstance(row[i], QVariant) else row[i] for row in self.attributes]

    def fid(self, row: int) -> int:
        return self.features[row].id() if self.features else row


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
    def read(self, source, feedback, geometry: bool = True, attributes: Optional[Sequence[str]] = None,
             progress: Tuple[float, float] = (0.0, 30.0)) -> LayerData:
        """Read all features of ``source`` once, skipping geometry validity checks.

        With ``geometry=False`` only the named ``attributes`` are fetched (faster).
        """
        if source is None:
            raise QgsProcessingException(self.tr("The input layer could not be opened."))
        request = QgsFeatureRequest()
        if not geometry:
            request.setFlags(QgsFeatureRequest.NoGeometry)
            if attributes is not None:
                request.setSubsetOfAttributes(list(attributes), source.fields())
        total = source.featureCount()
        step = (progress[1] - progress[0]) / total if total and total > 0 else 0
        features, attrs = [], []
        it = source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        for n, f in enumerate(it):
            if n % CHUNK == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Cancelled."))
                feedback.setProgress(progress[0] + n * step)
            if geometry:
                features.append(f)
            else:
                features.append(_Id(f.id()))
            attrs.append(f.attributes())
        return LayerData(source.fields(), features, attrs)

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
        for name in names:
            arr = np.array(data.raw_column(name), dtype=float)
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

    def write(self, sink, data: LayerData, fields: QgsFields, kept: List[int],
              extra: pd.DataFrame, feedback, progress: Tuple[float, float] = (60.0, 95.0),
              geometry: bool = True):
        """Write every input feature with its kept attributes plus the ``extra`` columns.

        The features read by :meth:`read` are reused (their fields reset), so nothing is
        copied twice; ``data`` must not be used for output after this call.
        """
        rows = _python_rows(extra)
        total = len(rows)
        step = (progress[1] - progress[0]) / total if total else 0
        all_kept = len(kept) == data.fields.count()
        batch = []
        for n, (attrs, more) in enumerate(zip(data.attributes, rows)):
            if geometry and data.features:
                f = data.features[n]           # reuse the feature read (a copy): keeps its geometry
                f.setFields(fields, False)
            else:
                f = QgsFeature(fields)
            base = attrs if all_kept else [attrs[i] for i in kept]
            f.setAttributes(base + more)
            batch.append(f)
            if len(batch) >= CHUNK:
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Cancelled."))
                self._add(sink, batch)
                batch = []
                feedback.setProgress(progress[0] + n * step)
        if batch:
            self._add(sink, batch)

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


def _guarded(impl):
    @functools.wraps(impl)
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        created = _new_output_files(self, parameters, context)
        try:
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


def _new_output_files(alg, parameters, context):
    """Paths of the file outputs of this run that do not exist yet."""
    paths = []
    for param in alg.destinationParameterDefinitions():
        value = parameters.get(param.name())
        if value is None:
            continue
        if hasattr(value, "sink"):  # QgsProcessingOutputLayerDefinition
            value = value.sink.staticValue()
        if not isinstance(value, str) or not value or value == "TEMPORARY_OUTPUT":
            continue
        value = value[len("ogr:"):] if value.startswith("ogr:") else value
        path = value.split("|")[0]
        if "://" in path or path.startswith(("memory:", "postgres:", "postgis:", "spatialite:")):
            continue
        if not os.path.exists(path):
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


class _Id:
    """Stand-in for a feature read without geometry: keeps only the id."""
    __slots__ = ("_id",)

    def __init__(self, fid):
        self._id = fid

    def id(self):
        return self._id

    def hasGeometry(self):
        return False


def _python_rows(frame: pd.DataFrame) -> List[list]:
    """DataFrame rows as lists of plain Python values, NaN/NA → None (NULL)."""
    if frame.shape[1] == 0:
        return [[] for _ in range(frame.shape[0])]
    cols = []
    for col in frame.columns:
        s = frame[col]
        if s.dtype.kind == "f":
            vals = s.to_numpy(dtype=float)
            lst = vals.tolist()
            if np.isnan(vals).any():
                lst = [None if math.isnan(v) else v for v in lst]
        elif s.dtype.kind in "iub":
            lst = s.to_numpy().tolist()
        else:
            lst = [None if (v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA)
                   else (v.item() if hasattr(v, "item") else v) for v in s.tolist()]
        cols.append(lst)
    return [list(r) for r in zip(*cols)]
