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
from typing import Dict, List, Optional

from qgis.core import QgsFeatureSink, QgsProcessingException, QgsProcessingOutputLayerDefinition

from . import destination, placing
from .destination import DIRECT, FILE, LAYER, Destination
from .placing import PrivateOutput

from . import Layers

#: the (never created) destination name of a folder's files (see folder_files)
PARTIAL_FILES = ".tc-files"


class OutputSink:
    """A feature sink of one run that counts what it is given (checked before placing)."""

    def __init__(self, sink, dest_id: str):
        self._sink = sink
        self.dest_id = dest_id
        self.added = 0

    def add(self, features: List) -> None:
        if not self._sink.addFeatures(features, QgsFeatureSink.FastInsert):
            err = self._sink.lastError() if hasattr(self._sink, "lastError") else ""
            raise QgsProcessingException(Layers.tr("Could not write the output: {}").format(err))
        self.added += len(features)

    def close(self) -> None:
        """Flush and close the writer (the file is complete on disk after this)."""
        if self._sink is not None:
            self._sink.flushBuffer()
            self._sink = None  # the writer is owned by this reference: closed here


class PendingOutputs:
    """The file outputs of one run, kept private until :meth:`commit`."""

    def __init__(self, protected_files=()):
        self._items: List[PrivateOutput] = []
        self._protected = [p for p in protected_files if p]

    # --- creating -----------------------------------------------------------------------
    def sink(self, alg, parameters, name: str, context, fields, wkb_type, crs) -> Optional[OutputSink]:
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
        folder = placing.private_folder(dest.path, label)
        base = os.path.basename(dest.path)
        # Always a plain file path: QGIS's file writer (GDAL) writes it and closes it. A layer
        # name (a new layer of a GeoPackage, or a new GeoPackage with a named layer) is given
        # when the private layer is copied into place (placing.copy_layer), never through an
        # ogr: URI here — that would open the private file with QGIS's provider, which keeps it
        # open in WAL mode.
        temp_path = os.path.join(folder, base if dest.layer is None else "layer.gpkg")
        temp_value = temp_path
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            definition = QgsProcessingOutputLayerDefinition(value)
            definition.sink.setStaticValue(temp_value)
            temp_value = definition
        pending = PrivateOutput(dest, folder, "", temp_path, None, label)
        self._items.append(pending)  # from here on, discard() removes the folder
        sink, temp_id = alg.parameterAsSink({**parameters, name: temp_value}, name, context, fields, wkb_type, crs)
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
        folder = placing.private_folder(path, label)
        temp_path = os.path.join(folder, os.path.basename(path))
        self._items.append(PrivateOutput(dest, folder, temp_path, temp_path, None, label))
        return temp_path

    def folder_files(self, folder: str, label: str) -> str:
        """A private folder whose files are renamed into ``folder`` (created when missing)
        when the run succeeds — e.g. one chart per district; nothing else in ``folder`` is
        touched, and a failed run removes only the private folder."""
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as e:
            raise QgsProcessingException(
                Layers.tr("{}: cannot create the folder {}: {}").format(label, folder, e.strerror or e)
            ) from None
        dest = Destination(FILE, os.path.join(folder, PARTIAL_FILES))
        private = placing.private_folder(dest.path, label)
        self._items.append(PrivateOutput(dest, private, private, os.path.join(private, ""), None, label))
        return private

    def _check(self, dest: Destination, label: str) -> None:
        if dest.kind == FILE and any(destination.same_file(dest.path, p) for p in self._protected):
            raise QgsProcessingException(
                Layers.tr(
                    "{}: the output file {} is the file of an input layer; writing it would replace "
                    "the input. Choose another file name, or a new layer in it "
                    "(ogr:dbname='…' table=\"new_name\")."
                ).format(label, dest.path)
            )
        if dest.kind == FILE and dest.path.lower().endswith(".gpkg") and os.path.exists(dest.path + "-wal"):
            raise QgsProcessingException(
                Layers.tr(
                    "{}: {} is open in another program (its -wal file exists), so it cannot be "
                    "replaced safely. Close it there, or choose another file name."
                ).format(label, dest.path)
            )

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
                return placing.final_id(item)
        return temp_id

    def commit(self, results: Dict, context, feedback) -> Dict:
        """Put every private output in place; returns ``results`` with the final ids."""
        for item in self._items:
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(Layers.tr("Cancelled."))
            if item.sink is not None:
                item.sink.close()
                placing.verify(item)
            if item.dest.kind == LAYER:
                placing.copy_layer(item)
            else:
                if item.dest.layer is not None and item.sink is not None:
                    placing.named_layer_file(item)  # a new GeoPackage with a named layer
                placing.move_files(item)
            final = placing.final_id(item)
            placing.rekey_load(context, item.temp_id, final)
            if item.post_processor is not None and context.willLoadLayerOnCompletion(final):
                context.layerToLoadOnCompletionDetails(final).setPostProcessor(item.post_processor())
            shutil.rmtree(item.folder, ignore_errors=True)
            item.folder = ""
        finals = {item.temp_id: placing.final_id(item) for item in self._items}
        self._items = []
        return {k: finals.get(v, v) if isinstance(v, str) else v for k, v in results.items()}

    def discard(self, context=None) -> None:
        """Remove every private folder of this run (nothing else)."""
        for item in self._items:
            if item.sink is not None:
                item.sink.close()
            if context is not None and item.temp_id:
                placing.rekey_load(context, item.temp_id, None)
            if item.folder:
                shutil.rmtree(item.folder, ignore_errors=True)
        self._items = []


def _label(alg, name: str) -> str:
    param = alg.parameterDefinition(name)
    return "{} [{}]".format(param.description(), name) if param is not None else name
