"""Putting a run's private outputs in place (see ``layers.outputs``).

* ``verify`` — the private file opens again and holds every feature written;
* ``move_files`` — a new or replaced file: renamed into the destination folder, main file last;
* ``copy_layer`` — a layer of an existing GeoPackage: copied in by ``gdal.VectorTranslate``
  on a dataset opened here, in one dataset transaction;
* ``rekey_load`` — the layer QGIS loads on completion follows the output to its final id.
"""

import os
import tempfile
from typing import List, Optional

from qgis.core import QgsProcessingException, QgsProviderRegistry

from . import gpkg_styles
from .destination import Destination
from . import Layers

PARTIAL_PREFIX = ".tc-partial-"


class PrivateOutput:
    """One output of a run while it is private: where it goes, its folder and file."""

    def __init__(
        self, dest: Destination, folder: str, temp_id: str, temp_path: str, sink, label: str
    ):  # sink: an outputs.OutputSink or None
        self.dest, self.folder, self.temp_id, self.temp_path = dest, folder, temp_id, temp_path
        self.sink, self.label = sink, label
        self.post_processor = None  # a factory: the post-processor is given when placed


def private_folder(path: str, label: str) -> str:
    folder = os.path.dirname(os.path.abspath(path))
    try:
        return tempfile.mkdtemp(prefix=PARTIAL_PREFIX, dir=folder)
    except FileNotFoundError:
        why = Layers.tr("the folder {} does not exist").format(folder)
    except NotADirectoryError:
        why = Layers.tr("{} is not a folder").format(folder)
    except PermissionError:
        why = Layers.tr("the folder {} is not writable").format(folder)
    except OSError as e:
        why = Layers.tr("cannot write in {}: {}").format(folder, e.strerror or e)
    raise QgsProcessingException(Layers.tr("{}: {}. Choose another output file.").format(label, why))


def final_id(item: PrivateOutput) -> str:
    """The id the output has once in place (what QGIS's sink would have returned)."""
    if item.dest.layer is not None:  # a layer of an existing GeoPackage, or a named layer of a new one
        return "{}|layername={}".format(item.dest.path, item.dest.layer)
    if item.temp_id.startswith(item.temp_path):
        return item.dest.path + item.temp_id[len(item.temp_path) :]
    return item.dest.path


def rekey_load(context, temp_id: str, final_id: Optional[str]) -> None:
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


def verify(item: PrivateOutput) -> None:
    """The private file opens and holds every feature written (else: disk full, I/O error)."""
    gdal = _gdal()
    parts = QgsProviderRegistry.instance().decodeUri("ogr", item.temp_id)
    count, check = -1, "ok"
    ds = layer = None
    try:  # GDAL may raise (Python exceptions on, as in QGIS 3.40) or return None
        ds = gdal.OpenEx(item.temp_path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if ds is not None:
            name = parts.get("layerName") or None
            layer = ds.GetLayerByName(name) if name else (ds.GetLayer(0) if ds.GetLayerCount() else None)
        count = layer.GetFeatureCount() if layer is not None else -1
        if ds is not None and ds.GetDriver().ShortName == "GPKG":
            res = ds.ExecuteSQL("PRAGMA quick_check")
            check = res.GetNextFeature().GetField(0) if res is not None else "failed"
            ds.ReleaseResultSet(res)
    except RuntimeError as e:
        check = str(e)
    finally:
        ds = layer = None
    if count != item.sink.added or check != "ok":
        raise QgsProcessingException(
            Layers.tr(
                "{}: the output could not be written completely ({} of {} features readable back; "
                "is the disk full?). Nothing was changed at the destination."
            ).format(item.label, max(count, 0), item.sink.added)
        )


def named_layer_file(item: PrivateOutput) -> None:
    """A new GeoPackage whose layer has a given name: created by GDAL in the private folder,
    the private layer copied into it under that name; it is then moved like any file."""
    gdal = _gdal()
    final = os.path.join(item.folder, "named", os.path.basename(item.dest.path))
    os.makedirs(os.path.dirname(final))
    try:
        ds = gdal.GetDriverByName("GPKG").Create(final, 0, 0, 0, gdal.GDT_Unknown)
    except RuntimeError:
        ds = None
    if ds is None:
        raise QgsProcessingException(Layers.tr("{}: the output could not be created.").format(item.label))
    ds = None
    copy_layer(item, final)
    item.temp_path = final


def move_files(item: PrivateOutput) -> None:
    """Rename the private files into the destination folder, the main file last."""
    folder = os.path.dirname(os.path.abspath(item.dest.path))
    private = os.path.dirname(item.temp_path)  # the output's files (a .shp's sidecars, a .qml)
    main = os.path.basename(item.temp_path)
    names = sorted(
        (n for n in os.listdir(private) if os.path.isfile(os.path.join(private, n))), key=lambda n: (n == main, n)
    )
    try:
        for name in names:
            os.replace(os.path.join(private, name), os.path.join(folder, name))
    except OSError as e:
        raise QgsProcessingException(
            Layers.tr("{}: could not put the output in place: {}").format(item.label, e.strerror or e)
        ) from None


def copy_layer(item: PrivateOutput, target: Optional[str] = None) -> None:
    """Copy the private layer into the existing GeoPackage in one GDAL dataset transaction.

    Inside the transaction: the old layer of that name (if any) is deleted, the new one
    created and filled by GDAL (fields by name), and its feature count, extent and spatial
    index are written (``SyncToDisk`` and a first spatial query: GDAL ≥ 3.7 would otherwise
    write them when the file is closed, after the commit — a kill in between left a layer
    whose rows were there but whose count read 0). A kill or failure leaves the file as it was.
    """
    gdal = _gdal()
    errors: List[str] = []

    def handler(err_class, _no, msg):
        if err_class >= gdal.CE_Failure:
            errors.append(msg)

    target = target or item.dest.path
    src = gdal.OpenEx(item.temp_path, gdal.OF_VECTOR | gdal.OF_READONLY)
    src_layer = src.GetLayer(0) if src is not None and src.GetLayerCount() else None
    if src_layer is not None and src_layer.GetName() == gpkg_styles.TABLE:
        src_layer = src.GetLayer(1)  # the private file holds one layer (and maybe its style)
    if src_layer is None:
        src_layer = src = None
        raise QgsProcessingException(Layers.tr("{}: the output could not be read back.").format(item.label))
    style = gpkg_styles.read_default(src, src_layer.GetName())
    gdal.PushErrorHandler(handler)
    dst = None
    try:
        # Opened here, never named to a tool that might create a file in its place.
        dst = gdal.OpenEx(target, gdal.OF_VECTOR | gdal.OF_UPDATE)
        if dst is None or dst.GetDriver().ShortName != "GPKG":
            errors.append(Layers.tr("it could not be opened for writing"))
        elif dst.StartTransaction() != 0:
            errors.append(Layers.tr("no transaction could be started"))
        elif not _copy_in_transaction(dst, src_layer, item.dest.layer) or errors:
            dst.RollbackTransaction()
        elif dst.CommitTransaction() != 0:
            errors.append(Layers.tr("the transaction could not be committed"))
        dst = None  # closed inside the error handler: a failure here counts too
    except RuntimeError as e:  # GDAL with Python exceptions on (QGIS 3.40): the same failures
        errors.append(str(e))
        try:
            if dst is not None:
                dst.RollbackTransaction()
        except RuntimeError:
            pass
    finally:
        src_layer = src = dst = None  # no handle left open on the private copy or the destination
        gdal.PopErrorHandler()
    if errors:
        locked = any("locked" in e.lower() for e in errors)
        raise QgsProcessingException(
            Layers.tr("{}: could not write the layer '{}' into {}: {}. The file was left as it was.").format(
                item.label,
                item.dest.layer,
                target,
                Layers.tr("the file is locked by another program (close it there and run again)")
                if locked
                else "; ".join(errors) or Layers.tr("GDAL gave no reason"),
            )
        )
    if style is not None:
        gpkg_styles.store(target, item.dest.layer, style.geometry_column, style.qml, style.name)


def _copy_in_transaction(dst, src_layer, name: str) -> bool:
    """Replace layer ``name`` of ``dst`` (in a transaction) by a copy of ``src_layer``."""
    from osgeo import ogr

    same = [i for i in range(dst.GetLayerCount()) if dst.GetLayer(i).GetName().lower() == name.lower()]
    for i in reversed(same):  # the old layer of that name (SQLite names ignore case)
        if dst.DeleteLayer(i) != 0:
            return False
    options = ["FID=" + (src_layer.GetFIDColumn() or "fid"), "SPATIAL_INDEX=YES"]
    if src_layer.GetGeometryColumn():
        options.append("GEOMETRY_NAME=" + src_layer.GetGeometryColumn())
    layer = dst.CreateLayer(name, src_layer.GetSpatialRef(), src_layer.GetGeomType(), options)
    if layer is None:
        return False
    src_defn = src_layer.GetLayerDefn()
    for i in range(src_defn.GetFieldCount()):
        if layer.CreateField(src_defn.GetFieldDefn(i)) != 0:
            return False
    defn = layer.GetLayerDefn()
    src_layer.ResetReading()
    for feature in src_layer:
        out = ogr.Feature(defn)
        if out.SetFrom(feature) != 0:  # fields matched by name
            return False
        out.SetFID(feature.GetFID())
        if layer.CreateFeature(out) != 0:
            return False
    if layer.SyncToDisk() != 0:  # feature count and extent, inside the transaction
        return False
    extent = layer.GetExtent(force=1) if layer.GetFeatureCount() else None
    if extent is not None:  # a first spatial query: GDAL builds a deferred spatial index now
        layer.SetSpatialFilterRect(extent[0], extent[2], extent[1], extent[3])
        layer.GetNextFeature()
        layer.SetSpatialFilter(None)
    return True
