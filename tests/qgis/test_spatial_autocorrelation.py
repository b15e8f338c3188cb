"""spatialautocorrelation through processing.run: the numbers equal core.moran and esda on the
Georgia counties, a NEIGHBOURS table gives the same result as METHOD, islands and NULLs get
their classes, the style, the global table and the Moran scatter plot."""

import os
import warnings

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from .helpers import as_layer, run
from ..conftest import SAMPLE_DIR

GEORGIA = os.path.join(SAMPLE_DIR, "georgia_cbp.gpkg")
pytestmark = pytest.mark.usefixtures("provider")


def georgia_layer():
    """The 159 Georgia counties with a west–east trended value ``y`` (centre x + noise)."""
    src = QgsVectorLayer(f"{GEORGIA}|layername=counties", "counties", "ogr")
    assert src.isValid()
    layer = QgsVectorLayer(f"MultiPolygon?crs={src.crs().authid()}", "georgia", "memory")
    layer.dataProvider().addAttributes([QgsField("fips", QVariant.String), QgsField("y", QVariant.Double)])
    layer.updateFields()
    rng = np.random.default_rng(20)
    feats = []
    for f in src.getFeatures():
        g = QgsFeature(layer.fields())
        box = f.geometry().boundingBox()
        g.setAttributes([str(f["fips"]), (box.xMinimum() + box.xMaximum()) / 2 + float(rng.normal(0, 0.6))])
        g.setGeometry(f.geometry())
        feats.append(g)
    layer.dataProvider().addFeatures(feats)
    return layer


def squares(values, gap_last=False):
    """Unit squares in a row (rook and queen neighbours in a line); the last one far away
    when ``gap_last`` (an island)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:3857", "row", "memory")
    layer.dataProvider().addAttributes([QgsField("name", QVariant.String), QgsField("v", QVariant.Double)])
    layer.updateFields()
    feats = []
    for k, v in enumerate(values):
        x = k * 1000.0 + (50000.0 if gap_last and k == len(values) - 1 else 0.0)
        f = QgsFeature(layer.fields())
        f.setAttributes([f"d{k}", v])
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 0,{x + 1000} 0,{x + 1000} 1000,{x} 1000,{x} 0))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def by_key(layer, key):
    return {f[key]: f for f in layer.getFeatures()}


def test_georgia_equals_esda(tmp_path):
    esda = pytest.importorskip("esda", reason="esda 2.5.1 (tests only) not installed")
    gpd = pytest.importorskip("geopandas", reason="geopandas (tests only) not installed")
    from libpysal.weights import Queen

    layer = georgia_layer()
    params = {
        "INPUT": layer,
        "ID_FIELD": "fips",
        "FIELD": "y",
        "SEED": 7,
        "OUTPUT": str(tmp_path / "lisa.gpkg"),
        "GLOBAL_TABLE": str(tmp_path / "global.csv"),
        "MORAN_PLOT": str(tmp_path / "plot.svg"),
    }
    result, feedback, _ = run("spatialautocorrelation", params)
    out = by_key(as_layer(result["OUTPUT"]), "fips")
    from shapely import wkb

    # the reference weights from the same polygons (shapely from the WKB: no second GDAL)
    polygons = [wkb.loads(bytes(f.geometry().asWkb())) for f in layer.getFeatures()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = Queen.from_dataframe(gpd.GeoDataFrame(geometry=polygons))
    y = np.array([f["y"] for f in layer.getFeatures()])
    fips = [f["fips"] for f in layer.getFeatures()]
    ref = esda.Moran_Local(y, w, transformation="r", permutations=999, seed=7)
    np.random.seed(7)
    glob = esda.Moran(y, w, transformation="r", permutations=999)
    lisa_i = np.array([out[k]["lisa_i"] for k in fips])
    lisa_p = np.array([out[k]["lisa_p"] for k in fips])
    np.testing.assert_allclose(lisa_i, ref.Is, rtol=0, atol=1e-12)
    assert (lisa_p != ref.p_sim).sum() <= 2
    np.testing.assert_allclose(lisa_p, ref.p_sim, atol=0.0011)
    quads = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}
    assert [out[k]["lisa_quadrant"] for k in fips] == [quads[q] for q in ref.q]
    classes = {"HH": "High-High", "LH": "Low-High", "LL": "Low-Low", "HL": "High-Low"}
    for k in fips:
        f = out[k]
        expected = classes[f["lisa_quadrant"]] if f["lisa_p"] <= 0.05 else "Not significant"
        assert f["lisa_class"] == expected
    assert sum(f["lisa_class"] == "High-High" for f in out.values()) >= 5
    table = as_layer(result["GLOBAL_TABLE"])
    (row,) = list(table.getFeatures())
    assert row["field"] == "y" and int(row["n"]) == 159
    assert float(row["moran_i"]) == pytest.approx(glob.I, abs=1e-12)
    assert float(row["z_rand"]) == pytest.approx(glob.z_rand, abs=1e-12)
    assert float(row["p_norm"]) == pytest.approx(glob.p_norm, abs=1e-12)
    assert float(row["p_sim"]) == pytest.approx(glob.p_sim)
    assert "Global Moran's I of y = {:.4f}".format(glob.I) in feedback.text
    with open(result["MORAN_PLOT"], encoding="utf-8") as fh:
        svg = fh.read()
    assert svg.startswith("<?xml") and "High-High" in svg and "{:.4f}".format(glob.I) in svg
    styled = as_layer(result["OUTPUT"])  # the style stored in the GeoPackage (GeoDa's colours)
    renderer = styled.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "lisa_class"
    colors = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    assert (
        colors["High-High"] == "#ff0000" and colors["Low-Low"] == "#0000ff" and colors["Not significant"] == "#eeeeee"
    )


def test_neighbours_table_equals_method(tmp_path):
    layer = squares([1.0, 3.0, 2.0, 5.0, 4.0, 7.0, 6.0, 9.0])
    base = {"INPUT": layer, "ID_FIELD": "name", "FIELD": "v", "PERMUTATIONS": 99, "OUTPUT": "TEMPORARY_OUTPUT"}
    a, _, ctx_a = run("spatialautocorrelation", dict(base, METHOD=1))
    table = QgsVectorLayer("None", "nb", "memory")
    table.dataProvider().addAttributes(
        [
            QgsField("district", QVariant.String),
            QgsField("neighbour", QVariant.String),
            QgsField("weight", QVariant.Double),
        ]
    )
    table.updateFields()
    rows = []
    for k in range(8):
        for j in (k - 1, k + 1):
            if 0 <= j < 8:
                f = QgsFeature(table.fields())
                f.setAttributes([f"d{k}", f"d{j}", 1.0])
                rows.append(f)
    table.dataProvider().addFeatures(rows)
    b, _, ctx_b = run("spatialautocorrelation", dict(base, METHOD=0, NEIGHBOURS=table))
    fa = by_key(as_layer(a["OUTPUT"], ctx_a), "name")
    fb = by_key(as_layer(b["OUTPUT"], ctx_b), "name")
    for k in fa:
        assert fa[k]["lisa_i"] == fb[k]["lisa_i"] and fa[k]["lisa_p"] == fb[k]["lisa_p"]
    # the hand value: values 1 3 2 5 4 7 6 9 on a line; d0 (z < 0, neighbour d1 below the mean too)
    assert fa["d0"]["lisa_quadrant"] == "LL" and fa["d7"]["lisa_quadrant"] == "HH"


def test_island_and_null_classes(tmp_path):
    layer = squares([1.0, 2.0, None, 4.0, 5.0, 6.0, 3.0], gap_last=True)
    result, feedback, ctx = run(
        "spatialautocorrelation",
        {"INPUT": layer, "ID_FIELD": "name", "FIELD": "v", "PERMUTATIONS": 99, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    out = by_key(as_layer(result["OUTPUT"], ctx), "name")
    assert out["d6"]["lisa_class"] == "Island" and out["d2"]["lisa_class"] == "Undefined"
    assert null(out["d6"]["lisa_p"]) and null(out["d6"]["lisa_z"]) and null(out["d6"]["lisa_quadrant"])
    assert out["d6"]["lisa_i"] == 0.0  # no neighbours: lag 0 (as esda)
    assert null(out["d2"]["lisa_i"]) and null(out["d2"]["lisa_p"]) and null(out["d2"]["lisa_quadrant"])
    assert not null(out["d0"]["lisa_p"])
    assert "d6" in feedback.text and "d2" in feedback.text


def test_plot_png_and_bad_extension(tmp_path):
    layer = squares([1.0, 3.0, 2.0, 5.0, 4.0, 7.0])
    base = {"INPUT": layer, "ID_FIELD": "name", "FIELD": "v", "PERMUTATIONS": 9, "OUTPUT": "TEMPORARY_OUTPUT"}
    png = str(tmp_path / "plot.png")
    run("spatialautocorrelation", dict(base, MORAN_PLOT=png))
    with open(png, "rb") as fh:
        assert fh.read(8) == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(QgsProcessingException, match=r"\.svg or \.png"):
        run("spatialautocorrelation", dict(base, MORAN_PLOT=str(tmp_path / "plot.pdf")))
    assert not os.path.exists(str(tmp_path / "plot.pdf"))
