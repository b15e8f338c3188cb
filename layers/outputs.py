"""Outputs that appear only when complete: written under temporary names, put in place at the end.

Every byte of an output layer is written by GDAL: through QGIS's own writer (the sink
``parameterAsSink`` makes) into a private folder beside the destination, then

* a new or replaced file (``out.gpkg``, ``out.shp``, ``map.pdf``) is renamed into place
  (a kill before that leaves the destination absent or as it was);
* a layer in an existing GeoPackage is copied in by ``gdal.VectorTranslate`` in one dataset
  transaction (a kill or failure leaves the file exactly as it was; writing over the
  input's own layer works because every input was read before).

Before anything is placed, the private file is opened again and must hold as many features
as the run wrote (a full disk or a failed commit is caught here). A failed or cancelled run
removes only its private folders. Memory layers, databases and appends with field mapping
are written by QGIS's sink directly (``destination.DIRECT``).
"""
import os
import shutil
import tempfile
from typing import Dict, List, Optional

from qgis.core import (QgsFeatureSink, QgsProcessingException, QgsProcessingOutputLayerDefinition,
                       QgsProviderRegistry)
from qgis.PyQt.QtCore import QCoreApplication

from . import destination, gpkg_styles
from .destination import DIRECT, FILE, LAYER, Destination

PARTIAL_PREFIX = ".tc-partial-"


def tr(text: str) -> str:
    return QCoreApplication.translate("Outputs", text)


class OutputSink:
    """A feature sink of one run that counts what it is given (checked before placing)."""

    def __init__(self, sink, dest_id: str):
        self._sink = sink
        self.dest_id = dest_id
        self.added = 0

    def add(self, features: List) -> None:
        if not self._sink.addFeatures(features, QgsFeatureSink.FastInsert):
            err = self._sink.lastError() if hasattr(self._sink, "lastError") else ""
            raise QgsProcessingException(tr("Could not write the output: {}").format(err))
        self.added += len(features)

    def close(self) -> None:
        """Flush and close the writer (the file is complete on disk after this)."""
        if self._sink is not None:
            self._sink.flushBuffer()
            self._sink = None  # the writer is owned by this reference: closed here


class _Pending:
    def __init__(self, dest: Destination, folder: str, temp_id: str, temp_path: str,
                 sink: Optional[OutputSink], label: str):
        self.dest, self.folder, self.temp_id, self.temp_path = dest, folder, temp_id, temp_path
        self.sink, self.label = sink, label
        self.post_processor = None  # a factory: the post-processor is given when placed


class PendingOutputs:
    """The file outputs of one run, kept private until :meth:`commit`."""

    def __init__(self, protected_files=()):
        self._items: List[_Pending] = []
        self._protected = [p for p in protected_files if p]

    # --- creating -----------------------------------------------------------------------
    def sink(self, alg, parameters, name: str, context, fields, wkb_type, crs
             ) -> Optional[OutputSink]:
        """The sink for output ``name``: private unless the destination is DIRECT; None when
        an optional output is not asked for."""
        value = parameters.get(name)
        if value is None:
            return None
        dest = destination.plan_layer(value)
        if dest.kind == DIRECT:
            sink, dest_id = alg.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
            if sink is None:
                raise QgsProcessingException(alg.invalidSinkError(parameters, name))
            return OutputSink(sink, dest_id)
        label = _label(alg, name)
        self._check(dest, label)
        folder = _private_folder(dest.path, label)
        base = os.path.basename(dest.path)
        temp_path = os.path.join(folder, base if dest.kind == FILE else "layer.gpkg")
        layer = dest.layer if dest.layer is not None else None
        temp_value = temp_path if layer is None else \
            "ogr:dbname='{}' table=\"{}\" (geom)".format(
                temp_path.replace("'", "\\'"), layer.replace('"', '\\"'))
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            definition = QgsProcessingOutputLayerDefinition(value)
            definition.sink.setStaticValue(temp_value)
            temp_value = definition
        pending = _Pending(dest, folder, "", temp_path, None, label)
        self._items.append(pending)  # from here on, discard() removes the folder
        sink, temp_id = alg.parameterAsSink({**parameters, name: temp_value}, name, context,
                                            fields, wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(alg.invalidSinkError(parameters, name))
        pending.temp_id = temp_id
        pending.sink = OutputSink(sink, temp_id)
        return pending.sink

    def file(self, alg, parameters, name: str, context) -> str:
        """A private path for file output ``name`` (PDF, PNG, SVG …), or '' when not asked."""
        path = alg.parameterAsFileOutput(parameters, name, context)
        if not path:
            return ""
        dest = Destination(FILE, path)
        label = _label(alg, name)
        self._check(dest, label)
        folder = _private_folder(path, label)
        temp_path = os.path.join(folder, os.path.basename(path))
        self._items.append(_Pending(dest, folder, temp_path, temp_path, None, label))
        return temp_path

    def _check(self, dest: Destination, label: str) -> None:
        if dest.kind == FILE and any(destination.same_file(dest.path, p) for p in self._protected):
            raise QgsProcessingException(tr(
                "{}: the output file {} is the file of an input layer; writing it would replace "
                "the input. Choose another file name, or a new layer in it "
                "(ogr:dbname='…' table=\"new_name\").").format(label, dest.path))
        if dest.kind == FILE and dest.path.lower().endswith(".gpkg") and \
                os.path.exists(dest.path + "-wal"):
            raise QgsProcessingException(tr(
                "{}: {} is open in another program (its -wal file exists), so it cannot be "
                "replaced safely. Close it there, or choose another file name.").format(
                    label, dest.path))

    def post_process_on_load(self, temp_id: str, factory) -> bool:
        """Have the layer loaded on completion post-processed by ``factory()`` once it is in
        place (False when ``temp_id`` is not a private output of this run). QGIS deletes a
        post-processor whose entry is renamed, so it is attached only after :meth:`commit`
        has moved the entry to the final id."""
        for item in self._items:
            if item.temp_id == temp_id:
                item.post_processor = factory
                return True
        return False

    # --- placing ------------------------------------------------------------------------
    def final_id(self, temp_id: str) -> str:
        for item in self._items:
            if item.temp_id == temp_id:
                return _final_id(item)
        return temp_id

    def commit(self, results: Dict, context, feedback) -> Dict:
        """Put every private output in place; returns ``results`` with the final ids."""
        for item in self._items:
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            if item.sink is not None:
                item.sink.close()
                _verify(item)
            if item.dest.kind == LAYER:
                _copy_layer(item)
            else:
                _move_files(item)
            final = _final_id(item)
            _rekey_load(context, item.temp_id, final)
            if item.post_processor is not None and context.willLoadLayerOnCompletion(final):
                context.layerToLoadOnCompletionDetails(final).setPostProcessor(item.post_processor())
            shutil.rmtree(item.folder, ignore_errors=True)
            item.folder = ""
        finals = {item.temp_id: _final_id(item) for item in self._items}
        self._items = []
        return {k: finals.get(v, v) if isinstance(v, str) else v for k, v in results.items()}

    def discard(self, context=None) -> None:
        """Remove every private folder of this run (nothing else)."""
        for item in self._items:
            if item.sink is not None:
                item.sink.close()
            if context is not None and item.temp_id:
                _rekey_load(context, item.temp_id, None)
            if item.folder:
                shutil.rmtree(item.folder, ignore_errors=True)
        self._items = []


def _label(alg, name: str) -> str:
    param = alg.parameterDefinition(name)
    return "{} [{}]".format(param.description(), name) if param is not None else name


def _private_folder(path: str, label: str) -> str:
    folder = os.path.dirname(os.path.abspath(path))
    try:
        return tempfile.mkdtemp(prefix=PARTIAL_PREFIX, dir=folder)
    except FileNotFoundError:
        why = tr("the folder {} does not exist").format(folder)
    except NotADirectoryError:
        why = tr("{} is not a folder").format(folder)
    except PermissionError:
        why = tr("the folder {} is not writable").format(folder)
    except OSError as e:
        why = tr("cannot write in {}: {}").format(folder, e.strerror or e)
    raise QgsProcessingException(tr("{}: {}. Choose another output file.").format(label, why))


def _final_id(item: _Pending) -> str:
    if item.dest.kind == LAYER:
        return "{}|layername={}".format(item.dest.path, item.dest.layer)
    if item.temp_id.startswith(item.temp_path):
        return item.dest.path + item.temp_id[len(item.temp_path):]
    return item.dest.path


def _rekey_load(context, temp_id: str, final_id: Optional[str]) -> None:
    """Move the layer-to-load entry of ``temp_id`` to ``final_id`` (or drop it). The entry
    has no post-processor yet (see ``post_process_on_load``): nothing is deleted."""
    if not temp_id or not context.willLoadLayerOnCompletion(temp_id):
        return
    layers = context.layersToLoadOnCompletion()
    details = layers.pop(temp_id)
    if final_id is not None:
        layers[final_id] = details
    context.setLayersToLoadOnCompletion(layers)


def _gdal():
    from osgeo import gdal
    return gdal


def _verify(item: _Pending) -> None:
    """The private file opens and holds every feature written (else: disk full, I/O error)."""
    gdal = _gdal()
    parts = QgsProviderRegistry.instance().decodeUri("ogr", item.temp_id)
    ds = gdal.OpenEx(item.temp_path, gdal.OF_VECTOR | gdal.OF_READONLY)
    layer = None
    if ds is not None:
        name = parts.get("layerName") or None
        layer = ds.GetLayerByName(name) if name else (ds.GetLayer(0) if ds.GetLayerCount() else None)
    count = layer.GetFeatureCount() if layer is not None else -1
    check = "ok"
    if ds is not None and ds.GetDriver().ShortName == "GPKG":
        res = ds.ExecuteSQL("PRAGMA quick_check")
        check = res.GetNextFeature().GetField(0) if res is not None else "failed"
        ds.ReleaseResultSet(res)
    ds = layer = None
    if count != item.sink.added or check != "ok":
        raise QgsProcessingException(tr(
            "{}: the output could not be written completely ({} of {} features readable back; "
            "is the disk full?). Nothing was changed at the destination.").format(
                item.label, max(count, 0), item.sink.added))


def _move_files(item: _Pending) -> None:
    """Rename the private files into the destination folder, the main file last."""
    folder = os.path.dirname(os.path.abspath(item.dest.path))
    main = os.path.basename(item.temp_path)
    names = sorted(os.listdir(item.folder), key=lambda n: (n == main, n))
    try:
        for name in names:
            os.replace(os.path.join(item.folder, name), os.path.join(folder, name))
    except OSError as e:
        raise QgsProcessingException(tr("{}: could not put the output in place: {}").format(
            item.label, e.strerror or e)) from None


def _copy_layer(item: _Pending) -> None:
    """Copy the private layer into the existing GeoPackage in one GDAL transaction."""
    gdal = _gdal()
    errors: List[str] = []

    def handler(err_class, _no, msg):
        if err_class >= gdal.CE_Failure:
            errors.append(msg)

    src = gdal.OpenEx(item.temp_path, gdal.OF_VECTOR | gdal.OF_READONLY)
    src_layer = src.GetLayerByName(item.dest.layer) if src is not None else None
    if src_layer is None:
        raise QgsProcessingException(tr("{}: the output could not be read back.").format(item.label))
    lco = ["FID=" + (src_layer.GetFIDColumn() or "fid")]
    if src_layer.GetGeometryColumn():
        lco.append("GEOMETRY_NAME=" + src_layer.GetGeometryColumn())
    options = gdal.VectorTranslateOptions(
        accessMode="overwrite", layerName=item.dest.layer, layers=[src_layer.GetName()],
        layerCreationOptions=lco, options=["-preserve_fid", "-gt", "unlimited", "-ds_transaction"])
    src_layer = None
    gdal.PushErrorHandler(handler)
    try:
        # Opened here, not named: given a path it cannot open (e.g. locked), VectorTranslate
        # would create a new file in its place — every other layer of it lost.
        dst = gdal.OpenEx(item.dest.path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        if dst is None or dst.GetDriver().ShortName != "GPKG":
            errors.append(tr("it could not be opened for writing"))
            out = None
        else:
            out = gdal.VectorTranslate(dst, src, options=options)
        ok = out is not None and not errors
        out = dst = None  # closed inside the error handler: a failure here counts too
        ok = ok and not errors
    finally:
        gdal.PopErrorHandler()
    if not ok:
        locked = any("locked" in e.lower() for e in errors)
        raise QgsProcessingException(tr(
            "{}: could not write the layer '{}' into {}: {}. The file was left as it was.").format(
                item.label, item.dest.layer, item.dest.path,
                tr("the file is locked by another program (close it there and run again)")
                if locked else "; ".join(errors) or tr("GDAL gave no reason")))
    style = gpkg_styles.read_default(src, item.dest.layer)
    src = None
    if style is not None:
        gpkg_styles.store(item.dest.path, item.dest.layer, style.geometry_column, style.qml,
                          style.name)
