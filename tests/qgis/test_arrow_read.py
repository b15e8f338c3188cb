"""The bulk read path (issue 7) gives exactly what the QGIS feature-by-feature path gives.

* GDAL's Arrow columns (``layers.arrow_read.read_columns``) equal the values QGIS reads, for the
  file formats the fast path accepts (GeoPackage, Shapefile, CSV), with NULLs, non-ASCII
  text, empty strings and gaps in the feature ids; anything it cannot reproduce exactly
  (a selection, a subset filter, pending edits, a memory layer) is refused.
* Algorithms give the same outputs from a GeoPackage input (fast path) and from the same
  data in a memory layer (QGIS path), also when an input field is replaced.
* The localization long table written into a GeoPackage file equals the table written to a
  temporary (memory) output, value by value and type by type.
"""

import csv
import math
import os

import pytest
from osgeo import ogr, osr
from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingFeatureSourceDefinition, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ..conftest import PACKAGE, SAMPLE_DIR
from .helpers import as_layer, memory_layer, run

GEORGIA = os.path.join(SAMPLE_DIR, "georgia_cbp.gpkg")

ROWS = [  # key, name, value, count, big
    ("01001", "Алматы", 1.5, 1, 10**12),
    (None, None, None, None, None),
    ("", "", 2.5, 3, 4),
    ("  x ", "Zürich „quoted“", 0.0, 0, -7),
    ("13001", "Ақтөбе", 1e-300, -2, 0),
]


def _arrow():
    import importlib

    return importlib.import_module(f"{PACKAGE}.layers.arrow_read")


def _write(path, driver, rows=ROWS, geometry=False, delete=(), options=()):
    if os.path.exists(path):
        ogr.GetDriverByName(driver).DeleteDataSource(path)
    ds = ogr.GetDriverByName(driver).CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer("t", srs if geometry else None, ogr.wkbPolygon if geometry else ogr.wkbNone, list(options))
    kinds = [
        ("key", ogr.OFTString),
        ("name", ogr.OFTString),
        ("value", ogr.OFTReal),
        ("count", ogr.OFTInteger),
        ("big", ogr.OFTInteger64 if driver != "ESRI Shapefile" else ogr.OFTReal),
    ]
    for name, kind in kinds:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for n, rec in enumerate(rows):
        f = ogr.Feature(lyr.GetLayerDefn())
        for i, v in enumerate(rec):
            if v is not None:
                f.SetField(i, v)
        if geometry:
            f.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({n} 0,{n + 1} 0,{n + 1} 1,{n} 1,{n} 0))"))
        lyr.CreateFeature(f)
    for fid in delete:
        lyr.DeleteFeature(fid)
    ds = None
    return path


def _qgis_columns(layer, names):
    out = {n: [] for n in names}
    for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
        for n in names:
            v = f[n]
            out[n].append(None if isinstance(v, QVariant) else v)
    return out


def _location(layer):
    fio = _arrow()
    parts = layer.source().split("|layername=")
    return fio.FileLayer(
        parts[0], parts[1] if len(parts) > 1 else None, None, layer.fields(), layer.dataProvider().encoding()
    )


def _same(a, b):
    assert len(a) == len(b)
    for x, y in zip(a, b):
        if isinstance(x, float) and isinstance(y, float) and math.isnan(x) and math.isnan(y):
            continue
        assert x == y and type(x) is type(y), (x, y)


@pytest.mark.parametrize("driver, ext", [("GPKG", "gpkg"), ("ESRI Shapefile", "shp")])
def test_arrow_columns_equal_qgis_values(provider, tmp_path, driver, ext):
    shp = driver == "ESRI Shapefile"
    path = _write(
        os.path.join(str(tmp_path), f"t.{ext}"),
        driver,
        delete=(2,),
        geometry=shp,
        options=["ENCODING=UTF-8"] if shp else [],
    )
    uri = path + ("|layername=t" if driver == "GPKG" else "")
    layer = QgsVectorLayer(uri, "t", "ogr")
    assert layer.isValid()
    names = ["key", "name", "value", "count", "big"]
    cols = _arrow().read_columns(_location(layer), names)
    assert cols is not None, "the fast path should take a plain file"
    expected = _qgis_columns(layer, names)
    ids = [f.id() for f in layer.getFeatures()]
    assert cols.fids.tolist() == ids
    for n in names:
        _same(cols.python(n), expected[n])
        floats = cols.floats(n) if n in ("value", "count", "big") else None
        if floats is not None:
            _same(floats.tolist(), [math.nan if v is None else float(v) for v in expected[n]])


def test_arrow_text_only_in_utf8(provider, tmp_path):
    """A Shapefile in another encoding: QGIS decodes its text itself, so text columns are
    refused (read through QGIS); numbers are the same in any encoding."""
    path = _write(
        os.path.join(str(tmp_path), "t.shp"),
        "ESRI Shapefile",
        geometry=True,
        rows=[r for r in ROWS if r[1] is None or r[1].isascii()],
        options=["ENCODING=ISO-8859-1"],
    )
    layer = QgsVectorLayer(path, "t", "ogr")
    assert layer.isValid()
    fio = _arrow()
    assert fio.read_columns(_location(layer), ["key", "value"]) is None
    cols = fio.read_columns(_location(layer), ["value", "count"])
    assert cols is not None
    expected = _qgis_columns(layer, ["value", "count"])
    for n in ("value", "count"):
        _same(cols.python(n), expected[n])


def test_arrow_columns_csv(provider, tmp_path):
    path = os.path.join(str(tmp_path), "t.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["key", "name"])
        for rec in ROWS:
            w.writerow(["" if v is None else v for v in rec[:2]])
    layer = QgsVectorLayer(path, "t", "ogr")
    assert layer.isValid()
    cols = _arrow().read_columns(_location(layer), ["key", "name"])
    if cols is None:
        pytest.skip("GDAL gives no Arrow stream for CSV here")
    expected = _qgis_columns(layer, ["key", "name"])
    assert cols.fids.tolist() == [f.id() for f in layer.getFeatures()]
    for n in ("key", "name"):
        _same(cols.python(n), expected[n])


def test_file_layer_refuses_what_gdal_would_read_differently(provider, tmp_path):
    fio = _arrow()
    path = _write(os.path.join(str(tmp_path), "t.gpkg"), "GPKG", geometry=True)
    alg = provider.algorithm("ranktypology")
    ctx = QgsProcessingContext()
    uri = path + "|layername=t"
    assert fio.file_layer(alg, {"INPUT": uri}, "INPUT", ctx) is not None
    assert fio.file_layer(alg, {"INPUT": uri + "|subset=\"count\" > 0"}, "INPUT", ctx) is None
    layer = QgsVectorLayer(uri, "t", "ogr")
    ctx.temporaryLayerStore().addMapLayer(layer)
    layer.selectByIds([1])
    assert fio.file_layer(alg, {"INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True)}, "INPUT", ctx) is None
    assert (
        fio.file_layer(alg, {"INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), False)}, "INPUT", ctx)
        is not None
    )
    layer.startEditing()
    layer.changeAttributeValue(1, layer.fields().lookupField("value"), 99.0)
    assert fio.file_layer(alg, {"INPUT": layer}, "INPUT", ctx) is None
    layer.rollBack()
    mem = memory_layer([("key", "string"), ("value", "double")], [("a", 1.0)])
    assert fio.file_layer(alg, {"INPUT": mem}, "INPUT", ctx) is None


def _output_rows(path_or_layer, key):
    layer = path_or_layer if isinstance(path_or_layer, QgsVectorLayer) else QgsVectorLayer(path_or_layer, "o", "ogr")
    names = [n for n in layer.fields().names() if n != "fid"]
    out = {}
    for f in layer.getFeatures():
        rec = tuple((n, None if isinstance(f[n], QVariant) else f[n]) for n in names)
        out[f[key]] = (rec, f.geometry().asWkb() if f.hasGeometry() else b"")
    return out


def test_attribute_algorithms_same_from_file_and_memory(provider, tmp_path):
    """ranktypology on a GeoPackage (GDAL columns) and on a memory copy (QGIS values)."""
    rows = [(f"d{i}", f"n{i}", float((i * 7) % 11), i % 5, (i * 3) % 13) for i in range(40)]
    rows[5] = ("d5", "n5", None, 2, 3)
    path = _write(os.path.join(str(tmp_path), "in.gpkg"), "GPKG", rows=rows, geometry=True, delete=(7,))
    uri = path + "|layername=t"
    mem = QgsVectorLayer(uri, "t", "ogr").materialize(QgsFeatureRequest())
    outs = []
    for k, source in enumerate((uri, mem)):
        params = {
            "INPUT": source,
            "ID_FIELD": "key",
            "POSITIVE_FIELDS": ["value", "big"],
            "NEGATIVE_FIELDS": ["count"],
            "OUTPUT": os.path.join(str(tmp_path), f"o{k}.gpkg"),
        }
        run("ranktypology", params)
        outs.append(_output_rows(params["OUTPUT"], "key"))
    assert len(outs[0]) == 39
    assert outs[0] == outs[1]


def test_replaced_field_same_from_file_and_memory(provider, tmp_path):
    """An input field named like an output field is replaced, on both reading paths."""
    rows = [(f"d{i}", f"n{i}", float(i % 4), i % 3, i) for i in range(12)]
    path = _write(os.path.join(str(tmp_path), "in.gpkg"), "GPKG", rows=rows, geometry=True)
    ds = ogr.Open(path, 1)
    lyr = ds.GetLayer(0)
    lyr.CreateField(ogr.FieldDefn("net_migration", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("after", ogr.OFTString))
    for f in lyr:
        f.SetField("net_migration", "old")
        f.SetField("after", f"a{f.GetFID()}")
        lyr.SetFeature(f)
    ds = None
    uri = path + "|layername=t"
    mem = QgsVectorLayer(uri, "t", "ogr").materialize(QgsFeatureRequest())
    outs = []
    for k, source in enumerate((uri, mem)):
        out = os.path.join(str(tmp_path), f"o{k}.gpkg")
        run(
            "migrationeffectiveness",
            {"INPUT": source, "ID_FIELD": "key", "ARRIVALS_FIELD": "big", "DEPARTURES_FIELD": "value", "OUTPUT": out},
        )
        outs.append(_output_rows(out, "key"))
        layer = QgsVectorLayer(out, "o", "ogr")
        assert layer.fields().names().count("net_migration") == 1
        first = next(layer.getFeatures())
        assert first["after"].startswith("a") and first["net_migration"] != "old"
    assert outs[0] == outs[1]


def test_long_table_gpkg_equals_sink_output(provider, tmp_path):
    """OUTPUT_TABLE into a GeoPackage file = into a temporary (memory) output."""
    params = {
        "INPUT": f"{GEORGIA}|layername=counties",
        "ID_FIELD": "fips",
        "TABLE": f"{GEORGIA}|layername=cbp",
        "TABLE_ID_FIELD": "fips",
        "TABLE_INDUSTRY_FIELD": "sector",
        "TABLE_VALUE_FIELD": "employees_known",
        "TABLE_YEAR_FIELD": "year",
        "BASE_YEAR": 2017,
        "END_YEAR": 2021,
    }
    gpkg = os.path.join(str(tmp_path), "long.gpkg")
    run("localizationcoefficient", dict(params, OUTPUT="TEMPORARY_OUTPUT", OUTPUT_TABLE=gpkg))
    result, _, ctx = run(
        "localizationcoefficient", dict(params, OUTPUT="TEMPORARY_OUTPUT", OUTPUT_TABLE="TEMPORARY_OUTPUT")
    )
    mem = as_layer(result["OUTPUT_TABLE"], ctx)
    fast = QgsVectorLayer(gpkg, "t", "ogr")
    assert fast.isValid()
    assert fast.featureCount() == mem.featureCount() > 1000
    assert [(f.name(), f.type()) for f in fast.fields() if f.name() != "fid"] == [
        (f.name(), f.type()) for f in mem.fields()
    ]
    a = [[None if isinstance(v, QVariant) else v for v in f.attributes()[1:]] for f in fast.getFeatures()]
    b = [[None if isinstance(v, QVariant) else v for v in f.attributes()] for f in mem.getFeatures()]
    assert a == b
    assert [f.id() for f in fast.getFeatures()] == list(range(1, len(a) + 1))
    assert any(v is None for row in a for v in row), "the sample has NULL quotients"
    names = [f.name() for f in mem.fields()]
    for flag in ("strong", "lq_significant"):  # booleans stay booleans (by name, not position)
        assert {type(row[names.index(flag)]) for row in a} <= {bool, type(None)}
    # GDAL sees the rows too (feature count kept by GDAL's own bookkeeping)
    ds = ogr.Open(gpkg)
    assert ds.GetLayer(0).GetFeatureCount() == len(a)
