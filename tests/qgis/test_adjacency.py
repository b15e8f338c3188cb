"""The district graph from polygons (layers.adjacency) against libpysal's contiguity
weights on the bundled samples; the snapping tolerance; islands; k nearest and distance
bands against brute-force ellipsoidal distances; a neighbours table read back."""

import os

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsVectorLayer,
)

from territorial_clusters.core import graph
from territorial_clusters.layers import adjacency

from ..conftest import SAMPLE_DIR
from .helpers import LogFeedback, memory_layer

GEORGIA = (os.path.join(SAMPLE_DIR, "georgia_cbp.gpkg"), "counties")
KAZ = (os.path.join(SAMPLE_DIR, "kaz_regions.gpkg"), "regions")


def sample(path, layer):
    lyr = QgsVectorLayer(f"{path}|layername={layer}", layer, "ogr")
    assert lyr.isValid()
    return lyr


def build(layer, method, tolerance=0.0, k=4, distance=0.0, labels=None):
    feedback = LogFeedback()
    nb = adjacency.district_graph(
        list(layer.getFeatures()),
        layer.crs(),
        method,
        tolerance,
        k,
        distance,
        QgsProcessingContext(),
        feedback,
        labels=labels,
    )
    return nb, feedback


def pair_set(nb):
    return set(zip(nb.i.tolist(), nb.j.tolist()))


@pytest.mark.parametrize("path,name", [GEORGIA, KAZ], ids=["georgia", "kazakhstan"])
@pytest.mark.parametrize("method", [adjacency.QUEEN, adjacency.ROOK], ids=["queen", "rook"])
def test_contiguity_equals_libpysal(path, name, method):
    gpd = pytest.importorskip("geopandas", reason="geopandas (python3-geopandas) is the reference reader")
    weights = pytest.importorskip("libpysal.weights", reason="libpysal (python3-libpysal) is the reference")
    frame = gpd.read_file(path, layer=name)
    cls = weights.Queen if method == adjacency.QUEEN else weights.Rook
    w = cls.from_dataframe(frame, ids=list(range(len(frame))))
    theirs = {(a, b) for a, ns in w.neighbors.items() for b in ns}
    layer = sample(path, name)
    assert layer.featureCount() == len(frame)
    nb, _ = build(layer, method)
    assert nb.n == len(frame)
    assert pair_set(nb) == theirs
    assert graph.cardinalities(nb).tolist() == [w.cardinalities[r] for r in range(len(frame))]
    assert graph.islands(nb).tolist() == list(w.islands)
    assert len(theirs) > 2 * len(frame)  # a real graph, not an empty one


def test_georgia_known_counts():
    """Georgia's 159 counties: 862 queen and 832 rook pairs (libpysal gives the same,
    checked above); one connected component; no island."""
    layer = sample(*GEORGIA)
    queen, _ = build(layer, adjacency.QUEEN)
    rook, _ = build(layer, adjacency.ROOK)
    assert (len(queen), len(rook)) == (862, 832)
    assert pair_set(rook) < pair_set(queen)
    assert graph.summary(queen)[0] == 1 and graph.islands(queen).size == 0


def square(x0, y0, size):
    x1, y1 = x0 + size, y0 + size
    return QgsGeometry.fromWkt(f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))")


def squares_layer(geoms, crs="EPSG:32642"):
    names = [("d{}".format(r),) for r in range(len(geoms))]
    layer = memory_layer([("name", "string")], names, crs=crs, geoms=geoms)
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())
        assert not layer.crs().isValid()
    return layer


def test_gapped_boundary_found_with_tolerance_only():
    """a | 10 m gap | b, and c touching b at a corner only; d far away (an island)."""
    geoms = [square(0, 0, 1000), square(1010, 0, 1000), square(2010, 1000, 1000), square(9000, 9000, 100)]
    layer = squares_layer(geoms)
    labels = ["a", "b", "c", "d"]
    queen0, fb = build(layer, adjacency.QUEEN, labels=labels)
    assert pair_set(queen0) == {(1, 2), (2, 1)}
    rook0, _ = build(layer, adjacency.ROOK)
    assert pair_set(rook0) == set()  # a corner is not an edge
    queen, fb = build(layer, adjacency.QUEEN, tolerance=20, labels=labels)
    assert pair_set(queen) == {(0, 1), (1, 0), (1, 2), (2, 1)}
    rook, _ = build(layer, adjacency.ROOK, tolerance=20)
    assert pair_set(rook) == {(0, 1), (1, 0)}  # the gapped edge, not the corner
    too_small, _ = build(layer, adjacency.QUEEN, tolerance=5)
    assert pair_set(too_small) == {(1, 2), (2, 1)}
    assert graph.islands(queen).tolist() == [3]
    adjacency.log_graph(queen, labels, fb)
    assert "1 island(s) (districts without neighbours): d." in fb.text
    assert "2 connected component(s)." in fb.text
    assert "min 0, mean 1.00, max 2" in fb.text


def test_tolerance_in_feet_is_converted():
    """EPSG:2236 (Florida East, US feet): a 30 ft (9.1 m) gap is within 10 m, not within 8 m."""
    geoms = [square(500000, 500000, 3000), square(503030, 500000, 3000)]
    layer = squares_layer(geoms, crs="EPSG:2236")
    assert pair_set(build(layer, adjacency.QUEEN, tolerance=10)[0]) == {(0, 1), (1, 0)}
    assert pair_set(build(layer, adjacency.QUEEN, tolerance=8)[0]) == set()


def test_gapped_georgia_county_found_with_tolerance():
    """A Georgia county shrunk by ~50 m loses all its neighbours; a 200 m tolerance (measured in
    metres on the geographic layer) gives them back."""
    layer = sample(*GEORGIA)
    features = list(layer.getFeatures())
    row = 10
    queen, _ = build(layer, adjacency.QUEEN)
    before = set(queen.neighbours_of(row).tolist())
    shrunk = features[row].geometry().buffer(-0.0005, 8)  # ≈ 46–55 m at 31–35° N
    features[row].setGeometry(shrunk)
    ctx, fb = QgsProcessingContext(), LogFeedback()
    gapped = adjacency.district_graph(features, layer.crs(), adjacency.QUEEN, 0, context=ctx, feedback=fb)
    assert row in graph.islands(gapped).tolist() and len(before) >= 3
    snapped = adjacency.district_graph(features, layer.crs(), adjacency.QUEEN, 200, context=ctx, feedback=fb)
    assert set(snapped.neighbours_of(row).tolist()) > before
    # ... exactly those within 200 m of the county as it was
    original = adjacency.district_graph(list(layer.getFeatures()), layer.crs(), 0, 200, context=ctx, feedback=fb)
    assert set(snapped.neighbours_of(row).tolist()) == set(original.neighbours_of(row).tolist())
    tight = adjacency.district_graph(features, layer.crs(), adjacency.QUEEN, 20, context=ctx, feedback=fb)
    assert row in graph.islands(tight).tolist()
    assert "azimuthal equidistant" in fb.text


def test_tolerance_without_crs_refused():
    layer = squares_layer([square(0, 0, 10), square(11, 0, 10)], crs="")
    assert pair_set(build(layer, adjacency.QUEEN)[0]) == set()
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        build(layer, adjacency.QUEEN, tolerance=5)
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        build(layer, adjacency.KNN, k=1)


def test_invalid_geometry_repaired_and_logged():
    bowtie = QgsGeometry.fromWkt("POLYGON((1000 0, 2000 1000, 2000 0, 1000 1000, 1000 0))")
    assert not bowtie.isGeosValid()
    layer = squares_layer([square(0, 0, 1000), bowtie, QgsGeometry()])
    nb, fb = build(layer, adjacency.QUEEN, labels=["west", "bowtie", "nothing"])
    assert pair_set(nb) == {(0, 1), (1, 0)}
    assert "bowtie: invalid geometry repaired (makeValid)" in fb.text
    assert "nothing" in fb.text and graph.islands(nb).tolist() == [2]


def ellipsoidal_matrix(layer):
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProcessingContext().transformContext())
    da.setEllipsoid("WGS84")
    pts = []
    for f in layer.getFeatures():
        g = f.geometry()
        c = g.centroid()
        if not g.intersects(c):
            c = g.pointOnSurface()
        pts.append(QgsPointXY(c.asPoint()))
    n = len(pts)
    return np.array([[da.measureLine(pts[a], pts[b]) if a != b else np.inf for b in range(n)] for a in range(n)])


def test_k_nearest_equals_brute_force_ellipsoidal():
    layer = sample(*KAZ)  # 20 regions, EPSG:4326
    d = ellipsoidal_matrix(layer)
    nb, fb = build(layer, adjacency.KNN, k=3)
    want = {(a, int(b)) for a in range(len(d)) for b in np.argsort(d[a], kind="stable")[:3]}
    assert pair_set(nb) == want
    assert graph.cardinalities(nb).tolist() == [3] * len(d)
    assert "ellipsoidal (WGS84)" in fb.text


def test_distance_band_equals_brute_force_ellipsoidal():
    layer = sample(*GEORGIA)
    d = ellipsoidal_matrix(layer)
    nb, _ = build(layer, adjacency.BAND, distance=40000)
    want = {(a, b) for a in range(len(d)) for b in range(len(d)) if d[a, b] <= 40000}
    assert pair_set(nb) == want and 100 < len(want) < 2000
    assert np.all(nb.w == 1.0)


def table_layer(rows, weight=True, spec=None):
    if spec is None:
        spec = [("district", "string"), ("neighbour", "string")] + ([("weight", "double")] if weight else [])
    layer = memory_layer(spec, rows, geometry="None", crs=None)
    _KEEP.append(layer)  # the source does not own the layer
    return QgsProcessingFeatureSource(layer, QgsProcessingContext())


_KEEP = []


def test_graph_from_table():
    keys = ["a", "b", "c", "13001"]
    table = table_layer([("a", "b", 1.0), ("b", "a", 1.0), ("b", "c", 0.5), ("13001", "a", 2.0)])
    nb = adjacency.graph_from_table(table, keys, LogFeedback())
    assert sorted(zip(nb.i.tolist(), nb.j.tolist(), nb.w.tolist())) == [
        (0, 1, 1.0),
        (1, 0, 1.0),
        (1, 2, 0.5),
        (3, 0, 2.0),
    ]
    assert graph.islands(nb).tolist() == []
    unweighted = adjacency.graph_from_table(table_layer([("a", "b")], weight=False), keys, LogFeedback())
    assert pair_set(unweighted) == {(0, 1)} and graph.islands(unweighted).tolist() == [2, 3]


def test_graph_from_table_refuses_unknown_districts_and_bad_weights():
    keys = ["a", "b"]
    with pytest.raises(QgsProcessingException, match=r"2 district\(s\) of the table are not in the layer: x, y"):
        adjacency.graph_from_table(table_layer([("a", "x", 1.0), ("y", "b", 1.0)]), keys, LogFeedback())
    with pytest.raises(QgsProcessingException, match="row 1 .* has weight"):
        adjacency.graph_from_table(table_layer([("a", "b", -1.0)]), keys, LogFeedback())
    with pytest.raises(QgsProcessingException, match="has no field 'district'"):
        adjacency.graph_from_table(
            memory_layer([("from", "string")], [], geometry="None", crs=None), keys, LogFeedback()
        )
