"""Bulk column reads from plain files with GDAL's Arrow interface (not an algorithm).

QGIS hands features to Python one by one, converting every value to a Python object on
the way; for a million-row table that alone takes seconds. When a layer is a plain OGR
file (GeoPackage, Shapefile, CSV) read as a whole — no selection, feature limit, subset
filter, joined/virtual fields or unsaved edits — GDAL ≥ 3.6 gives its columns as numpy
arrays in one call (``ogr.Layer.GetArrowStreamAsNumPy``). GDAL is the library the QGIS
"ogr" provider reads the file with, so the values are the same; the rows come in the
file's order, which is the order QGIS iterates them in (callers that also hold QGIS
features compare the feature ids before trusting the columns).

Everything here is optional: any doubt (another provider, an old GDAL, a field type not
handled, an error) returns ``None`` and the caller reads through QGIS as before.
"""
from itertools import islice
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from qgis.core import (QgsFields, QgsProcessingFeatureSourceDefinition, QgsProcessingUtils,
                       QgsProviderRegistry, QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant

#: OGR drivers whose reading order and values were checked against the QGIS provider.
DRIVERS = {"GPKG", "ESRI Shapefile", "CSV"}
#: URI parts that keep the whole file layer (anything else, e.g. a subset, disables the path).
_PLAIN_URI_KEYS = {"path", "layerName", "layerId"}


class FileLayer:
    """Where a layer's rows live: the file, the layer in it, and the QGIS fields."""

    def __init__(self, path: str, layer_name: Optional[str], layer_id: Optional[int],
                 fields: QgsFields, encoding: str):
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
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            if value.selectedFeaturesOnly or value.featureLimit not in (-1, None):
                return None
            if getattr(value, "filterExpression", ""):
                return None
            ref = value.source.staticValue()
            layer = QgsProcessingUtils.mapLayerFromString(ref, context) \
                if isinstance(ref, str) else None
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
        return FileLayer(str(path), None if _plain(lname) else str(lname),
                         None if _plain(lid) else int(lid), layer.fields(),
                         layer.dataProvider().encoding() or "")
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
        lookup[:len(uniques)] = uniques
        lookup[len(uniques)] = None
        return lookup[codes].tolist()  # code -1 picks the trailing None


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
        if location.layer_name is not None:
            lyr = ds.GetLayerByName(location.layer_name)
        elif location.layer_id is not None:
            lyr = ds.GetLayer(location.layer_id)
        elif ds.GetLayerCount() == 1:
            lyr = ds.GetLayer(0)
        if lyr is None:
            return None
        utf8 = bool(lyr.TestCapability(ogr.OLCStringsAsUTF8)) or \
            location.encoding.replace("-", "").lower() == "utf8"
        defn = lyr.GetLayerDefn()
        ogr_names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        fid_col = lyr.GetFIDColumn() or "OGC_FID"
        wanted = list(dict.fromkeys(names))
        for n in wanted:
            if n not in ogr_names and n != lyr.GetFIDColumn():
                return None
            idx = location.fields.lookupField(n)
            if idx < 0 or location.fields.fieldOrigin(idx) != QgsFields.OriginProvider:
                return None
        lyr.SetIgnoredFields([n for n in ogr_names if n not in wanted] + ["OGR_GEOMETRY", "OGR_STYLE"])
        lyr.ResetReading()
        stream = lyr.GetArrowStreamAsNumPy(["INCLUDE_FID=YES"])
        if stream is None:
            return None
        batches = list(stream)
        parts: Dict[str, List[np.ndarray]] = {n: [] for n in wanted + [fid_col]}
        for batch in batches:
            for n in parts:
                if n not in batch:
                    return None
                parts[n].append(batch[n])
        arrays = {}
        for n, chunks in parts.items():
            if not chunks:
                arrays[n] = np.empty(0)
                continue
            arr = np.ma.concatenate(chunks) if any(np.ma.isMaskedArray(c) for c in chunks) \
                else np.concatenate(chunks)
            if np.ma.getdata(arr).dtype.kind not in "iufS":  # dates, binary …: not handled here
                return None
            if np.ma.getdata(arr).dtype.kind == "S" and not utf8:
                return None
            arrays[n] = arr
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


# --- bulk writing of a GeoPackage table ------------------------------------------------------
#: Python types SQLite stores as the QGIS writer would (text, integer, real, boolean as 0/1).
_SQL_TYPES = (str, int, float, bool, type(None))
#: Rows per executemany call (between cancel checks).
_INSERT_CHUNK = 50000


class GpkgTable:
    def __init__(self, path: str, layer_name: Optional[str]):
        self.path = path
        self.layer_name = layer_name


def gpkg_table(dest_id) -> Optional[GpkgTable]:
    """The GeoPackage file (and layer) a sink wrote to, when it is a plain local .gpkg file."""
    if not isinstance(dest_id, str) or not dest_id:
        return None
    try:
        parts = QgsProviderRegistry.instance().decodeUri("ogr", dest_id)
    except Exception:  # noqa: BLE001
        return None
    if any(not _plain(v) for k, v in parts.items() if k not in ("path", "layerName")):
        return None
    path = parts.get("path")
    if not path or not str(path).lower().endswith(".gpkg") or "://" in str(path):
        return None
    lname = parts.get("layerName")
    return GpkgTable(str(path), None if _plain(lname) else str(lname))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _drop_triggers(con, table: str, names: Sequence[str]) -> List[Tuple[str, str]]:
    """Drop GDAL's per-row insert triggers ``names`` of ``main.<table>`` (those present);
    returns them (name, SQL) for :func:`_table_written` to put back."""
    triggers = con.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
        f"AND name IN ({', '.join('?' * len(names))})", (table, *names)).fetchall()
    for name, _ in triggers:
        con.execute(f"DROP TRIGGER main.{_quote(name)}")
    return triggers


def _table_written(con, table: str, count: int, triggers: List[Tuple[str, str]],
                   extent: Optional[Sequence[Optional[float]]] = None):
    """After a bulk insert into ``main.<table>``: the triggers back, and what GDAL keeps up to
    date itself — the feature count (gpkg_ogr_contents), the extent (when given) and the time
    of the last change (gpkg_contents)."""
    for _, sql in triggers:
        con.execute(sql)
    if con.execute("SELECT COUNT(*) FROM main.sqlite_master WHERE type = 'table' "
                   "AND name = 'gpkg_ogr_contents'").fetchone()[0]:
        con.execute("UPDATE main.gpkg_ogr_contents SET feature_count = ? "
                    "WHERE lower(table_name) = lower(?)", (count, table))
    if extent is not None:
        con.execute("UPDATE main.gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                    "WHERE lower(table_name) = lower(?)",
                    tuple(None if v is None else float(v) for v in extent) + (table,))
    con.execute("UPDATE main.gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', "
                "'now') WHERE lower(table_name) = lower(?)", (table,))


def _count_trigger(table: str) -> str:
    return f"trigger_insert_feature_count_{table}"


def insert_rows(target: GpkgTable, names: Sequence[str], columns: Sequence[list], feedback,
                progress=(0.0, 100.0)) -> bool:
    """Fill the (empty, attribute-only) table the sink created in ``target`` with the rows
    ``zip(*columns)``, in one SQLite transaction, as GDAL would store them.

    Returns False — having written nothing — when the file does not hold exactly the table
    expected (then write through QGIS); raises QgsProcessingException on Cancel (rolled back).
    """
    from qgis.core import QgsProcessingException
    try:
        import sqlite3
    except ImportError:
        return False
    import os
    if not os.path.isfile(target.path):
        return False
    for col in columns:
        if not set(map(type, col)) <= set(_SQL_TYPES):
            return False  # e.g. dates: let QGIS convert them
    try:
        con = sqlite3.connect(target.path, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        con.execute("BEGIN IMMEDIATE")
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type = 'attributes'")]
        table = target.layer_name
        if table is None:
            if len(tables) != 1:
                con.execute("ROLLBACK")
                return False
            table = tables[0]
        elif table not in tables:
            con.execute("ROLLBACK")
            return False
        info = con.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
        have = [r[1] for r in info if not r[5]]  # all but the primary key (fid)
        empty = con.execute(f"SELECT COUNT(*) FROM {_quote(table)}").fetchone()[0] == 0
        if have != list(names) or not empty:
            con.execute("ROLLBACK")
            return False
        # GDAL's trigger counting features would run once per row: counted once at the end.
        triggers = _drop_triggers(con, table, [_count_trigger(table)])
        sql = (f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, names))}) "
               f"VALUES ({', '.join('?' * len(names))})")
        total = len(columns[0]) if columns else 0
        rows = zip(*columns)
        step = (progress[1] - progress[0]) / total if total else 0
        for start in range(0, total, _INSERT_CHUNK):
            if feedback.isCanceled():
                raise QgsProcessingException("Cancelled.")
            con.executemany(sql, islice(rows, _INSERT_CHUNK))
            feedback.setProgress(progress[0] + start * step)
        _table_written(con, table, total, triggers)
        con.execute("COMMIT")
        return True
    except BaseException as e:
        if con.in_transaction:
            con.execute("ROLLBACK")
        if isinstance(e, sqlite3.Error):
            raise QgsProcessingException(
                f"Could not write the table {target.path}: {e}.") from None
        raise
    finally:
        con.close()


class _ProviderSink:
    """The sink interface the algorithms use, over an existing layer's data provider."""

    def __init__(self, layer):
        self._layer = layer

    def addFeatures(self, features, flags=None):  # noqa: N802
        ok, _ = self._layer.dataProvider().addFeatures(features)
        return ok

    def lastError(self):  # noqa: N802
        return self._layer.dataProvider().lastError()

    def flushBuffer(self):  # noqa: N802
        return True


def provider_sink(dest_id):
    """A sink adding features to the table a closed sink created (fallback of insert_rows)."""
    from qgis.core import QgsProcessingException
    layer = QgsVectorLayer(dest_id, "output", "ogr")
    if not layer.isValid():
        raise QgsProcessingException(f"Could not reopen the output table {dest_id}.")
    return _ProviderSink(layer)


# --- a feature layer copied GeoPackage → GeoPackage in SQL ----------------------------------
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: Switch for the SQL copy (tests compare its output with the QGIS writer's).
SQL_COPY = True


def is_geopackage(path: str) -> bool:
    """A local SQLite file named .gpkg (the rest is checked when it is opened); False when
    the SQL copy is switched off."""
    try:
        import os
        if not SQL_COPY or not str(path).lower().endswith(".gpkg") or not os.path.isfile(path):
            return False
        with open(path, "rb") as fh:
            return fh.read(16) == _SQLITE_MAGIC
    except OSError:
        return False


class _Skip(Exception):
    """The SQL copy does not fit this source/target: roll back and write through QGIS."""


def _geometry_table(con, schema: str, wanted: Optional[str]):
    """(table, geometry column, srs_id, primary key, columns) of a GeoPackage feature table:
    the one named ``wanted``, or the only one."""
    rows = con.execute(
        f"SELECT c.table_name, g.column_name, g.srs_id FROM {schema}.gpkg_contents c "
        f"JOIN {schema}.gpkg_geometry_columns g ON lower(g.table_name) = lower(c.table_name) "
        "WHERE c.data_type = 'features' ORDER BY c.rowid").fetchall()
    if wanted is not None:
        rows = [r for r in rows if r[0] == wanted]
    if len(rows) != 1:
        raise _Skip()
    table, geom, srs_id = rows[0]
    info = con.execute(f"PRAGMA {schema}.table_info({_quote(table)})").fetchall()
    pks = [r[1] for r in info if r[5]]
    if len(pks) != 1:
        raise _Skip()
    return table, geom, srs_id, pks[0], [r[1] for r in info]


def _same_srs(con, src: str, src_srs: int, dst_srs: int) -> bool:
    """The source's and the target's geometry columns use the same CRS under the same id
    (the id is stored in every geometry's header, so it must not change)."""
    if src_srs != dst_srs:
        return False
    if src_srs in (0, -1) or src == "main":
        return True
    rows = [con.execute(f"SELECT organization, organization_coordsys_id, definition FROM "
                        f"{schema}.gpkg_spatial_ref_sys WHERE srs_id = ?", (src_srs,)).fetchone()
            for schema in (src, "main")]
    if rows[0] is None or rows[1] is None:
        return False
    (o1, c1, d1), (o2, c2, d2) = rows
    if str(o1).upper() == str(o2).upper() == "EPSG":
        return c1 == c2
    return d1 == d2


def _envelopes(blobs: List[Tuple[int, bytes]]):
    """Bounding boxes from GeoPackage geometry headers: (ids, minx, maxx, miny, maxy) of the
    non-empty geometries. A geometry without a header envelope → _Skip (GDAL would parse it)."""
    n = len(blobs)
    ids = np.fromiter((b[0] for b in blobs), dtype=np.int64, count=n)
    head = b"".join(bytes(b[1]).ljust(40, b"\x00")[:40] for b in blobs)
    raw = np.frombuffer(head, dtype=np.uint8).reshape(n, 40) if n else np.zeros((0, 40), np.uint8)
    if n and not ((raw[:, 0] == ord("G")) & (raw[:, 1] == ord("P"))).all():
        raise _Skip()
    flags = raw[:, 3]
    empty = (flags >> 4) & 1 == 1
    kind = (flags >> 1) & 7
    if ((kind == 0) & ~empty).any() or (kind > 4).any():
        raise _Skip()
    little = flags & 1 == 1
    env = np.empty((n, 4))
    if n:
        block = np.ascontiguousarray(raw[:, 8:40])
        env[little] = block[little].view("<f8").reshape(-1, 4)
        env[~little] = block[~little].view(">f8").reshape(-1, 4)
    keep = ~empty & ~np.isnan(env).any(axis=1)
    return ids[keep], env[keep]


def copy_features(source: FileLayer, target: GpkgTable, kept: Sequence[str],
                  new_names: Sequence[str], new_columns: Sequence[list], fids: np.ndarray,
                  feedback, progress=(60.0, 95.0)) -> bool:
    """Fill the empty feature table a sink created in ``target`` with the source's features:
    geometry and the ``kept`` fields copied as stored (SQL, GeoPackage → GeoPackage), plus the
    new columns (``new_columns[j][row]`` belongs to the feature ``fids[row]``), in one SQLite
    transaction — what writing every feature through QGIS gives, without decoding a geometry.

    Returns False, having written nothing, whenever the two files are not exactly as expected
    (another format, another CRS, other columns, a non-empty table, a geometry header without
    envelope …): the caller then writes through QGIS. Cancel raises QgsProcessingException.
    """
    from qgis.core import QgsProcessingException
    import os
    try:
        import sqlite3
    except ImportError:
        return False
    if not (is_geopackage(source.path) and is_geopackage(target.path)):
        return False
    n = len(fids)
    if any(len(c) != n for c in new_columns) or len(new_names) != len(new_columns):
        return False
    for col in new_columns:
        if not set(map(type, col)) <= set(_SQL_TYPES):
            return False
    try:
        same_file = os.path.samefile(source.path, target.path)
        con = sqlite3.connect(target.path, isolation_level=None)
    except (OSError, sqlite3.Error):
        return False
    span = progress[1] - progress[0]
    try:
        con.execute("BEGIN IMMEDIATE")
        if same_file:
            src = "main"
        else:
            con.execute("ATTACH DATABASE ? AS src", (source.path,))
            src = "src"
        if source.layer_name is None and source.layer_id not in (None, 0):
            raise _Skip()
        s_table, s_geom, s_srs, s_pk, s_cols = _geometry_table(con, src, source.layer_name)
        d_table, d_geom, d_srs, d_pk, d_cols = _geometry_table(con, "main", target.layer_name)
        if same_file and s_table == d_table:
            raise _Skip()
        rtree = f"rtree_{d_table}_{d_geom}"
        if not con.execute("SELECT COUNT(*) FROM main.sqlite_master WHERE name = ?",
                           (rtree,)).fetchone()[0]:
            raise _Skip()  # a GDAL that makes the index only for written features: let it
        if not _same_srs(con, src, s_srs, d_srs):
            raise _Skip()
        expected = list(kept) + list(new_names)
        written = [c for c in d_cols if c != d_geom and not (c == d_pk and c not in expected)]
        if written != expected or any(k not in s_cols for k in kept) or s_geom in kept:
            raise _Skip()
        if con.execute(f"SELECT COUNT(*) FROM main.{_quote(d_table)}").fetchone()[0]:
            raise _Skip()
        if con.execute(f"SELECT COUNT(*) FROM {src}.{_quote(s_table)}").fetchone()[0] != n:
            raise _Skip()
        # the new values, keyed by the source's feature id
        con.execute("CREATE TEMP TABLE tc_new (tc_fid INTEGER PRIMARY KEY"
                    + "".join(f", c{j}" for j in range(len(new_names))) + ")")
        con.executemany(f"INSERT INTO temp.tc_new VALUES ({', '.join('?' * (len(new_names) + 1))})",
                        zip(np.asarray(fids, dtype=np.int64).tolist(), *new_columns))
        if con.execute("SELECT COUNT(*) FROM temp.tc_new").fetchone()[0] != n:
            raise _Skip()  # repeated ids
        if feedback.isCanceled():
            raise QgsProcessingException("Cancelled.")
        feedback.setProgress(progress[0] + 0.3 * span)
        # GDAL's triggers call GDAL's SQL functions (not in Python's SQLite): the spatial
        # index and the feature count are filled below instead, and the triggers put back.
        triggers = _drop_triggers(con, d_table, [f"{rtree}_insert", _count_trigger(d_table)])
        targets = [d_geom] + expected
        values = [f"s.{_quote(s_geom)}"] + [f"s.{_quote(k)}" for k in kept] + \
            [f"h.c{j}" for j in range(len(new_names))]
        inserted = con.execute(
            f"INSERT INTO main.{_quote(d_table)} ({', '.join(map(_quote, targets))}) "
            f"SELECT {', '.join(values)} FROM {src}.{_quote(s_table)} s "
            f"JOIN temp.tc_new h ON h.tc_fid = s.{_quote(s_pk)} ORDER BY s.{_quote(s_pk)}").rowcount
        if inserted != n:
            raise _Skip()
        if feedback.isCanceled():
            raise QgsProcessingException("Cancelled.")
        feedback.setProgress(progress[0] + 0.7 * span)
        ids, env = _envelopes(con.execute(
            f"SELECT {_quote(d_pk)}, substr({_quote(d_geom)}, 1, 40) FROM main.{_quote(d_table)} "
            f"WHERE {_quote(d_geom)} IS NOT NULL").fetchall())
        if not bulk_load_rtree(con, rtree, ids, env):
            con.executemany(f"INSERT OR REPLACE INTO main.{_quote(rtree)} VALUES (?, ?, ?, ?, ?)",
                            zip(ids.tolist(), *env.T.tolist()))
        extent = (env[:, 0].min(), env[:, 2].min(), env[:, 1].max(), env[:, 3].max()) \
            if len(env) else (None, None, None, None)
        _table_written(con, d_table, n, triggers, extent)
        if feedback.isCanceled():
            raise QgsProcessingException("Cancelled.")
        con.execute("COMMIT")
        feedback.setProgress(progress[1])
        return True
    except (_Skip, sqlite3.Error):
        if con.in_transaction:
            con.execute("ROLLBACK")
        return False
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()


# --- a GeoPackage spatial index written in one go ------------------------------------------
# SQLite's R*-tree inserts one box at a time (~8 µs each: most of the SQL copy's time). An
# empty index can instead be written whole: boxes packed into nodes (Sort-Tile-Recursive),
# the nodes stored as SQLite's rtree module stores them (ext/rtree/rtree.c: a node is a
# blob of 2-byte depth (root only), 2-byte cell count, then cells of a 64-bit id and four
# 32-bit floats, all big-endian; %_rowid maps each box to its leaf, %_parent each node to
# its parent). SQLite's own rtreecheck() then checks the whole index; anything it does not
# accept is rolled back and the boxes inserted one by one instead. (GDAL ≥ 3.7 bulk-loads
# its indexes the same way; the GDAL under QGIS 3.22 on Debian 12 is 3.6.)
_RND_TOWARDS = 1.0 - 1.0 / 8388608.0  # SQLite's rounding of 64-bit bounds to 32-bit floats
_RND_AWAY = 1.0 + 1.0 / 8388608.0


def _float32_down(x: np.ndarray) -> np.ndarray:
    f = x.astype(np.float32)
    over = f.astype(float) > x
    f[over] = (x[over] * np.where(x[over] < 0, _RND_AWAY, _RND_TOWARDS)).astype(np.float32)
    return f


def _float32_up(x: np.ndarray) -> np.ndarray:
    f = x.astype(np.float32)
    under = f.astype(float) < x
    f[under] = (x[under] * np.where(x[under] < 0, _RND_TOWARDS, _RND_AWAY)).astype(np.float32)
    return f


def _str_groups(boxes: np.ndarray, capacity: int) -> List[np.ndarray]:
    """Sort-Tile-Recursive packing: indices of ``boxes`` (minx, maxx, miny, maxy) in groups of
    at most ``capacity``, neighbours together."""
    n = len(boxes)
    pages = -(-n // capacity)
    slices = int(np.ceil(np.sqrt(pages)))
    cx = (boxes[:, 0].astype(float) + boxes[:, 1]) / 2
    cy = (boxes[:, 2].astype(float) + boxes[:, 3]) / 2
    by_x = np.argsort(cx, kind="stable")
    groups = []
    per_slice = slices * capacity
    for start in range(0, n, per_slice):
        part = by_x[start:start + per_slice]
        part = part[np.argsort(cy[part], kind="stable")]
        groups += [part[k:k + capacity] for k in range(0, len(part), capacity)]
    return groups


def bulk_load_rtree(con, rtree: str, ids: np.ndarray, env: np.ndarray) -> bool:
    """Fill the empty rtree ``main.<rtree>`` with ``ids`` and their boxes ``env`` (minx, maxx,
    miny, maxy) in one go. False — nothing changed — when the index is not empty, has
    another layout, or SQLite's rtreecheck() does not pass it."""
    import sqlite3
    q = _quote
    try:
        root = con.execute(f"SELECT data FROM main.{q(rtree + '_node')} WHERE nodeno = 1").fetchone()
        if root is None or con.execute(
                f"SELECT COUNT(*) FROM main.{q(rtree + '_node')}").fetchone()[0] != 1 or \
                con.execute(f"SELECT COUNT(*) FROM main.{q(rtree + '_rowid')}").fetchone()[0]:
            return False
        cols = [r[1] for r in con.execute(f"PRAGMA main.table_info({q(rtree + '_rowid')})")]
        if cols != ["rowid", "nodeno"] or bytes(root[0][:4]) != b"\x00" * 4:
            return False
    except sqlite3.Error:
        return False
    node_size = len(root[0])
    cell = 8 + 4 * 4
    capacity = (node_size - 4) // cell
    if capacity < 4 or len(ids) == 0:
        return len(ids) == 0
    boxes = np.column_stack([_float32_down(env[:, 0]), _float32_up(env[:, 1]),
                             _float32_down(env[:, 2]), _float32_up(env[:, 3])])
    cell_type = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])
    entries = np.asarray(ids, dtype=np.int64)  # ids (leaves) or node numbers (above)
    levels = []  # per level, bottom up: (groups, entries, boxes)
    while True:
        groups = _str_groups(boxes, capacity) if len(entries) > capacity \
            else [np.arange(len(entries))]
        levels.append((groups, entries, boxes))
        if len(groups) == 1:
            break
        boxes = np.array([[boxes[g, 0].min(), boxes[g, 1].max(), boxes[g, 2].min(),
                           boxes[g, 3].max()] for g in groups], dtype=np.float32)
        entries = np.zeros(len(groups), dtype=np.int64)  # numbered below
    # node numbers: the root is 1, the others 2, 3, … from the top down
    numbers = []
    next_no = 1
    for groups, _, _ in reversed(levels):
        numbers.append(np.arange(next_no, next_no + len(groups), dtype=np.int64))
        next_no += len(groups)
    numbers.reverse()
    depth = len(levels) - 1
    nodes, rowids, parents = [], [], []
    for lvl, (groups, entries, boxes) in enumerate(levels):
        if lvl > 0:
            entries = numbers[lvl - 1]  # children: the nodes of the level below
        for k, g in enumerate(groups):
            no = int(numbers[lvl][k])
            cells = np.zeros(len(g), dtype=cell_type)
            cells["id"] = entries[g]
            cells["box"] = boxes[g]
            head = (depth if no == 1 else 0).to_bytes(2, "big") + len(g).to_bytes(2, "big")
            blob = head + cells.tobytes()
            nodes.append((no, blob + b"\x00" * (node_size - len(blob))))
            if lvl == 0:
                rowids.append(np.column_stack([entries[g], np.full(len(g), no)]))
            else:
                parents += [(int(c), no) for c in entries[g]]
    con.execute("SAVEPOINT tc_rtree")
    try:
        con.executemany(f"INSERT OR REPLACE INTO main.{q(rtree + '_node')} VALUES (?, ?)", nodes)
        con.executemany(f"INSERT INTO main.{q(rtree + '_rowid')} VALUES (?, ?)",
                        np.concatenate(rowids).tolist())
        con.executemany(f"INSERT INTO main.{q(rtree + '_parent')} VALUES (?, ?)", parents)
        ok = con.execute("SELECT rtreecheck('main', ?)", (rtree,)).fetchone()[0] == "ok"
    except sqlite3.Error:
        ok = False
    if not ok:
        con.execute("ROLLBACK TO tc_rtree")
    con.execute("RELEASE tc_rtree")
    return ok
