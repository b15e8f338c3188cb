"""GeoPackage → GeoPackage outputs copied in SQL (issue 7) equal what the QGIS writer gives.

The attribute algorithms copy a GeoPackage input's rows into the GeoPackage table the
Processing sink created (``_fast_io.copy_features``) and write its spatial index in one go
(``_fast_io.bulk_load_rtree``). Here every such algorithm runs twice on the same awkward
input — SQL copy on, then off (the features written one by one through QGIS) — and the two
outputs must agree field by field, feature by feature, geometry by geometry; the index must
pass SQLite's rtreecheck() and answer window queries like a full scan; anything the SQL copy
does not handle must fall back to the QGIS writer with the same result.
"""
import os
import random
import sqlite3

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import (QgsFeatureRequest, QgsProcessingException, QgsProcessingFeedback,
                       QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant

from ..conftest import PACKAGE
from .helpers import run

N = 260  # features: more than one R-tree node (51 boxes) at two levels


def _fast_io():
    import importlib
    return importlib.import_module(f"{PACKAGE}.algorithms._fast_io")


def _awkward_gpkg(path, n=N, epsg=4326, layer="districts", spatial_index=True, options=(),
                  z=False):
    """Polygons in a grid with: a NULL geometry, an empty one, a self-intersecting bow-tie, a
    multipolygon, gaps in the feature ids, NULL and non-ASCII values, dates and big integers."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path) if not os.path.exists(path) \
        else ogr.Open(path, 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer(layer, srs, ogr.wkbMultiPolygon25D if z else ogr.wkbMultiPolygon,
                         [f"SPATIAL_INDEX={'YES' if spatial_index else 'NO'}", *options])
    for name, kind in [("code", ogr.OFTString), ("name", ogr.OFTString), ("a", ogr.OFTReal),
                       ("b", ogr.OFTReal), ("c", ogr.OFTReal), ("k", ogr.OFTInteger),
                       ("big", ogr.OFTInteger64), ("day", ogr.OFTDate)]:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    rng = np.random.default_rng(7)
    scale = 1.0 if epsg == 4326 else 10000.0
    lyr.StartTransaction()
    for i in range(n):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetFID(3 * i + 5)  # gaps in the ids
        f.SetField("code", f"D{i:04d}")
        f.SetField("name", ["Ақтөбе", "Хромтау", "Zürich „x“", ""][i % 4])
        if i % 17 != 3:
            f.SetField("a", float(rng.lognormal(3, 1)))
        f.SetField("b", float(rng.lognormal(3, 1)))
        f.SetField("c", float(rng.integers(0, 5)))
        f.SetField("k", int(i % 7))
        f.SetField("big", 10 ** 12 + i)
        if i % 5:
            f.SetField("day", f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}")
        x, y = (i % 20) * scale, (i // 20) * scale
        s = 0.9 * scale
        if i == 4:
            pass  # NULL geometry
        elif i == 9:
            f.SetGeometry(ogr.Geometry(ogr.wkbMultiPolygon))  # empty
        elif i == 13:  # bow-tie (invalid)
            f.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(
                f"POLYGON(({x} {y},{x + s} {y + s},{x + s} {y},{x} {y + s},{x} {y}))")))
        elif i == 21:
            f.SetGeometry(ogr.CreateGeometryFromWkt(
                f"MULTIPOLYGON((({x} {y},{x + s / 3} {y},{x + s / 3} {y + s},{x} {y})),"
                f"(({x + s / 2} {y},{x + s} {y},{x + s} {y + s},{x + s / 2} {y})))"))
        else:
            f.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(
                f"POLYGON(({x} {y},{x + s} {y},{x + s} {y + s},{x} {y + s},{x} {y}))")))
        if z and f.GetGeometryRef() is not None:
            g = f.GetGeometryRef().Clone()
            g.Set3D(True)
            f.SetGeometry(g)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    return f"{path}|layername={layer}"


ALGORITHMS = {
    "ranktypology": {"ID_FIELD": "code", "POSITIVE_FIELDS": ["a", "b"], "NEGATIVE_FIELDS": ["c"]},
    "migrationeffectiveness": {"ID_FIELD": "code", "ARRIVALS_FIELD": "a", "DEPARTURES_FIELD": "b"},
    "growthtypology": {"ID_FIELD": "code", "START_FIELD": "b", "END_FIELD": "a", "YEARS": 5},
    "emissiondensity": {"ID_FIELD": "code", "EMISSIONS_FIELD": "a", "POPULATION_FIELD": "b"},
    "wardclustering": {"ID_FIELD": "code", "FIELDS": ["a", "b", "c"], "N_CLUSTERS": 4,
                       "IMPUTE": True},
}


@pytest.fixture
def spy(monkeypatch):
    """Records what each copy_features call returned (True = the SQL copy was taken)."""
    fio = _fast_io()
    calls = []
    real = fio.copy_features

    def wrapped(*args, **kwargs):
        calls.append(real(*args, **kwargs))
        return calls[-1]
    monkeypatch.setattr(fio, "copy_features", wrapped)
    return calls


def _features(path_or_uri):
    layer = QgsVectorLayer(path_or_uri, "o", "ogr")
    assert layer.isValid(), path_or_uri
    fields = [(f.name(), f.type(), f.typeName()) for f in layer.fields()]
    feats = []
    for f in layer.getFeatures():
        attrs = [None if isinstance(v, QVariant) and v.isNull() else v for v in f.attributes()]
        g = f.geometry()
        # a missing geometry may be stored NULL or as an empty geometry (QGIS's writer does
        # either, depending on the target): both read as "no geometry"
        feats.append((f.id(), attrs, None if g.isEmpty() else g.asWkb().data()))
    return layer, fields, feats


def _rtree(path, table, geom="geom"):
    con = sqlite3.connect(path)
    try:
        name = f"rtree_{table}_{geom}"
        check = con.execute("SELECT rtreecheck(?)", (name,)).fetchone()[0]
        count = con.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
        feature_count = con.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE "
                                    "table_name = ?", (table,)).fetchone()[0]
        triggers = sorted(r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)))
        return check, count, feature_count, triggers
    finally:
        con.close()


def _window_ids(layer, rect):
    return sorted(f.id() for f in layer.getFeatures(
        QgsFeatureRequest().setFilterRect(rect).setNoAttributes()))


@pytest.mark.parametrize("alg_id", sorted(ALGORITHMS))
def test_sql_copy_equals_qgis_writer(provider, tmp_path, monkeypatch, spy, alg_id):
    fio = _fast_io()
    uri = _awkward_gpkg(os.path.join(str(tmp_path), "in.gpkg"))
    outs = {}
    for sql in (True, False):
        monkeypatch.setattr(fio, "SQL_COPY", sql)
        out = os.path.join(str(tmp_path), f"out_{sql}.gpkg")
        run(alg_id, dict(ALGORITHMS[alg_id], INPUT=uri, OUTPUT=out))
        outs[sql] = out
    assert spy == [True], "the GeoPackage input took the SQL copy once, and only with it on"
    fast, fast_fields, fast_feats = _features(outs[True])
    slow, slow_fields, slow_feats = _features(outs[False])
    assert fast_fields == slow_fields
    assert len(fast_feats) == N
    assert [f[0] for f in fast_feats] == [3 * i + 5 for i in range(N)]  # the input's ids
    assert fast_feats == slow_feats  # ids, attributes, geometries (the bow-tie as stored)
    assert fast_feats[4][2] is None and fast_feats[9][2] is None  # NULL and empty geometry
    assert fast.extent().toString(6) == slow.extent().toString(6)
    # spatial index: checked by SQLite, one box per non-empty geometry, same answers
    check, boxes, count, triggers = _rtree(outs[True], f"out_{True}")
    assert check == "ok"
    assert boxes == N - 2
    assert count == N
    assert triggers == [t.replace("False", "True") for t in _rtree(outs[False], "out_False")[3]]
    random.seed(3)
    for _ in range(40):
        x, y = random.uniform(-2, 20), random.uniform(-2, 13)
        rect = QgsRectangle(x, y, x + random.uniform(0.1, 6), y + random.uniform(0.1, 6))
        assert _window_ids(fast, rect) == _window_ids(slow, rect)
    # the style is stored in the copied GeoPackage as in the other
    con = sqlite3.connect(outs[True])
    assert con.execute("SELECT COUNT(*) FROM layer_styles").fetchone()[0] == 1
    con.close()


def test_sql_copy_into_the_input_geopackage_and_temporary_output(provider, tmp_path, spy):
    """A new layer in the input's own GeoPackage takes the SQL copy (one connection, no
    second lock on the file); TEMPORARY_OUTPUT is a memory layer, written by QGIS."""
    path = os.path.join(str(tmp_path), "in.gpkg")
    uri = _awkward_gpkg(path)
    params = dict(ALGORITHMS["migrationeffectiveness"], INPUT=uri)
    same = f"ogr:dbname='{path}' table=\"effectiveness\" (geom)"
    run("migrationeffectiveness", dict(params, OUTPUT=same))
    assert spy == [True]
    layer, _, feats = _features(f"{path}|layername=effectiveness")
    assert len(feats) == N and layer.fields().lookupField("migration_effectiveness") >= 0
    assert _rtree(path, "effectiveness")[0] == "ok"
    assert QgsVectorLayer(uri, "in", "ogr").featureCount() == N  # the input is whole
    result, _, _ = run("migrationeffectiveness", dict(params, OUTPUT="TEMPORARY_OUTPUT"))
    tmp = result["OUTPUT"]
    assert isinstance(tmp, QgsVectorLayer) and tmp.providerType() == "memory"
    assert spy == [True]
    got = {f["code"]: f["migration_effectiveness"] for f in tmp.getFeatures()}
    want = {f[1][1]: f[1][layer.fields().lookupField("migration_effectiveness")] for f in feats}
    assert got == want


def test_sql_copy_falls_back(provider, tmp_path, spy):
    """Inputs or outputs the SQL copy does not handle go through the QGIS writer."""
    path = os.path.join(str(tmp_path), "in.gpkg")
    uri = _awkward_gpkg(path)
    params = dict(ALGORITHMS["growthtypology"], INPUT=uri)
    ref = os.path.join(str(tmp_path), "ref.gpkg")
    run("growthtypology", dict(params, OUTPUT=ref))
    _, _, want = _features(ref)
    assert spy == [True]
    # Shapefile output: the sink writes it (copy_features is not even tried)
    shp = os.path.join(str(tmp_path), "out.shp")
    run("growthtypology", dict(params, OUTPUT=shp))
    assert QgsVectorLayer(shp, "s", "ogr").featureCount() == N
    # a subset filter on the input: read through QGIS, written through the sink
    sub = QgsVectorLayer(uri, "sub", "ogr")
    sub.setSubsetString('"k" < 3')
    out = os.path.join(str(tmp_path), "sub.gpkg")
    run("growthtypology", dict(params, INPUT=sub, OUTPUT=out))
    assert QgsVectorLayer(out, "o", "ogr").featureCount() == sum(1 for i in range(N) if i % 7 < 3)
    assert spy == [True]
    # another CRS id in the output than in the input: tried, refused, written by QGIS
    other = _awkward_gpkg(os.path.join(str(tmp_path), "utm.gpkg"), epsg=32642)
    con = sqlite3.connect(os.path.join(str(tmp_path), "utm.gpkg"))
    con.execute("UPDATE gpkg_spatial_ref_sys SET organization = 'NONE', srs_id = 99999 "
                "WHERE srs_id = 32642")
    con.execute("UPDATE gpkg_geometry_columns SET srs_id = 99999 WHERE srs_id = 32642")
    con.execute("UPDATE gpkg_contents SET srs_id = 99999 WHERE srs_id = 32642")
    con.commit()
    con.close()
    out = os.path.join(str(tmp_path), "utm_out.gpkg")
    run("growthtypology", dict(params, INPUT=other, OUTPUT=out))
    assert spy == [True, False]
    layer, _, got = _features(out)
    assert len(got) == N and layer.crs().isValid()
    assert [f[1] for f in got] == [f[1] for f in want]  # same values, written by QGIS
    check, boxes, count, _ = _rtree(out, "utm_out")
    assert check == "ok" and boxes == N - 2
    assert count in (N, None)  # GDAL may leave the count to be taken when asked
    assert ogr.Open(out).GetLayer(0).GetFeatureCount() == N


def test_cancel_during_sql_copy_leaves_no_file(provider, tmp_path):
    uri = _awkward_gpkg(os.path.join(str(tmp_path), "in.gpkg"))

    class CancelWhileWriting(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress >= 60:  # the writing phase
                self.cancel()

    out = os.path.join(str(tmp_path), "out.gpkg")
    with pytest.raises(QgsProcessingException):
        run("migrationeffectiveness", dict(ALGORITHMS["migrationeffectiveness"], INPUT=uri,
                                           OUTPUT=out), feedback=CancelWhileWriting())
    assert not os.path.exists(out)


@pytest.mark.parametrize("n", [0, 1, 51, 52, 2601, 5000])
def test_bulk_loaded_rtree_is_a_valid_sqlite_rtree(tmp_path, n):
    """Boxes packed into an empty rtree: rtreecheck passes, window queries equal a scan,
    every stored box holds its bounds, and SQLite's own inserts and deletes afterwards keep
    it valid. Read back through a new connection, as QGIS and GDAL will."""
    fio = _fast_io()
    rng = np.random.default_rng(n)
    path = os.path.join(str(tmp_path), "rt.sqlite")
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("CREATE VIRTUAL TABLE rt USING rtree(id, minx, maxx, miny, maxy)")
    ids = np.arange(1, n + 1) * 7
    lo = rng.uniform(-1e6, 1e6, (n, 2))
    size = rng.lognormal(5, 2, (n, 2))
    env = np.column_stack([lo[:, 0], lo[:, 0] + size[:, 0], lo[:, 1], lo[:, 1] + size[:, 1]])
    env[: n // 10, 1] = env[: n // 10, 0]  # some points (zero-size boxes)
    con.execute("BEGIN")
    assert fio.bulk_load_rtree(con, "rt", ids, env)
    con.execute("COMMIT")
    con.close()
    con = sqlite3.connect(path, isolation_level=None)
    assert con.execute("SELECT rtreecheck('rt')").fetchone()[0] == "ok"
    assert con.execute("SELECT COUNT(*) FROM rt").fetchone()[0] == n
    for _ in range(30):
        x, y = rng.uniform(-1e6, 1e6, 2)
        w, h = rng.uniform(0, 3e5, 2)
        got = sorted(r[0] for r in con.execute(
            "SELECT id FROM rt WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?",
            (x, x + w, y, y + h)))
        hit = (env[:, 1] >= x) & (env[:, 0] <= x + w) & (env[:, 3] >= y) & (env[:, 2] <= y + h)
        assert got == sorted(ids[hit].tolist())
    # every box contains its own 64-bit bounds (rounded outwards to 32-bit floats)
    stored = {r[0]: r[1:] for r in con.execute("SELECT * FROM rt")}
    for i in rng.choice(n, size=min(n, 200), replace=False):
        b = stored[int(ids[i])]
        assert b[0] <= env[i, 0] and b[1] >= env[i, 1] and b[2] <= env[i, 2] and b[3] >= env[i, 3]
    # SQLite keeps maintaining it
    con.execute("BEGIN")
    con.executemany("DELETE FROM rt WHERE id = ?", [(int(v),) for v in ids[::3]])
    con.executemany("INSERT INTO rt VALUES (?, ?, ?, ?, ?)",
                    [(10 ** 9 + k, float(k), float(k) + 1, 0.0, 1.0) for k in range(300)])
    con.execute("COMMIT")
    assert con.execute("SELECT rtreecheck('rt')").fetchone()[0] == "ok"
    assert con.execute("SELECT COUNT(*) FROM rt").fetchone()[0] == n - len(ids[::3]) + 300
    con.close()


def test_bulk_load_refuses_a_non_empty_rtree(tmp_path):
    fio = _fast_io()
    con = sqlite3.connect(":memory:", isolation_level=None)
    con.execute("CREATE VIRTUAL TABLE rt USING rtree(id, minx, maxx, miny, maxy)")
    con.execute("INSERT INTO rt VALUES (1, 0, 1, 0, 1)")
    assert not fio.bulk_load_rtree(con, "rt", np.array([2]), np.array([[0.0, 1.0, 0.0, 1.0]]))
    assert con.execute("SELECT COUNT(*) FROM rt").fetchone()[0] == 1


@pytest.mark.parametrize("sql", [True, False])
def test_output_over_the_input_table_keeps_the_features(provider, tmp_path, monkeypatch, sql):
    """OUTPUT naming the input's own table: the sink replaces that table, so the features
    must be in memory first — the result holds every feature with its new values."""
    monkeypatch.setattr(_fast_io(), "SQL_COPY", sql)
    path = os.path.join(str(tmp_path), "in.gpkg")
    uri = _awkward_gpkg(path)
    ref = os.path.join(str(tmp_path), "ref.gpkg")
    params = dict(ALGORITHMS["migrationeffectiveness"], INPUT=uri)
    run("migrationeffectiveness", dict(params, OUTPUT=ref))
    _, ref_fields, want = _features(ref)
    run("migrationeffectiveness",
        dict(params, OUTPUT=f"ogr:dbname='{path}' table=\"districts\" (geom)"))
    _, fields, got = _features(uri)
    assert fields == ref_fields
    assert got == want


@pytest.mark.parametrize("options, z", [
    (("FID=ogc_fid", "GEOMETRY_NAME=geometry"), False),  # as ogr2ogr/other tools name them
    ((), True),                                           # 3-D polygons: xyz envelopes
])
def test_sql_copy_other_key_geometry_names_and_3d(provider, tmp_path, monkeypatch, spy, options, z):
    fio = _fast_io()
    uri = _awkward_gpkg(os.path.join(str(tmp_path), "in.gpkg"), options=options, z=z)
    outs = {}
    for sql in (True, False):
        monkeypatch.setattr(fio, "SQL_COPY", sql)
        out = os.path.join(str(tmp_path), f"out_{sql}.gpkg")
        run("growthtypology", dict(ALGORITHMS["growthtypology"], INPUT=uri, OUTPUT=out))
        outs[sql] = _features(out)
    assert spy == [True]
    (fast, fast_fields, fast_feats), (slow, slow_fields, slow_feats) = outs[True], outs[False]
    assert fast_fields == slow_fields and fast_feats == slow_feats
    assert fast.wkbType() == slow.wkbType()
    assert _rtree(os.path.join(str(tmp_path), "out_True.gpkg"), "out_True")[:2] == ("ok", N - 2)
