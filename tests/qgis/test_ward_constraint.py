"""wardclustering: the spatial constraint (SPATIAL_CONSTRAINT, TOLERANCE) and the dendrogram
written beside the output by default (issues 15 and 18)."""

import os

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsGeometry, QgsProcessingException

from .helpers import as_layer, memory_layer, out_path, rows, run
from .test_ward import INDICATORS, kaz_layer, params, partition


def square(x, y, size=1.0):
    return QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))")


KM = 1000.0


def grid_layer(values, extra=()):
    """A 4 × 3 grid of 1 km squares (names g00 … g11, EPSG:3857) + ``extra`` squares at
    (x, y) km, value v."""
    records, geoms = [], []
    for r in range(12):
        records.append((f"g{r:02d}", values[r]))
        geoms.append(square((30 + r % 4) * KM, (40 + r // 4) * KM, KM))
    for name, value, (x, y) in extra:
        records.append((name, value))
        geoms.append(square(x * KM, y * KM, KM))
    return memory_layer([("name", "string"), ("v", "double")], records, geoms=geoms, crs="EPSG:3857")


def queen_pairs(layer_rows):
    """Queen neighbours among named squares, by hand: the squares touch (GEOS)."""
    names = list(layer_rows)
    pairs = set()
    for a in names:
        for b in names:
            if a < b and layer_rows[a].intersects(layer_rows[b]):
                pairs.add((a, b))
    return pairs


def connected(members, pairs):
    members = set(members)
    seen, todo = set(), [next(iter(members))]
    while todo:
        m = todo.pop()
        if m in seen:
            continue
        seen.add(m)
        todo += [b for a, b in pairs if a == m and b in members] + [a for a, b in pairs if b == m and a in members]
    return seen == members


def test_constraint_on_the_kazakhstan_sample_gives_contiguous_clusters(provider):
    result, fb, ctx = run("wardclustering", params(SPATIAL_CONSTRAINT=1, N_CLUSTERS=6))
    layer = as_layer(result["OUTPUT"], ctx)
    geoms = {f["name"]: QgsGeometry(f.geometry()) for f in layer.getFeatures()}
    labels = {n: v["cluster"] for n, v in rows(layer, "name").items()}
    assert labels["Shymkent"] is None  # no values: not clustered
    pairs = queen_pairs({n: g for n, g in geoms.items() if labels[n] is not None})
    groups = partition(labels)
    assert len(groups) == 6 and sum(len(g) for g in groups) == 19  # Shymkent lacks values
    for g in groups:
        assert connected(g, pairs), sorted(g)
    free, _, _ = run("wardclustering", params(N_CLUSTERS=6))
    free_labels = {n: v["cluster"] for n, v in rows(as_layer(free["OUTPUT"]), "name").items()}
    assert partition(free_labels) != groups  # the constraint changed the clusters


def test_constraint_equals_sklearn_on_the_sample(provider):
    cluster = pytest.importorskip("sklearn.cluster")
    from scipy.sparse import coo_matrix

    from territorial_clusters.core import clustering

    result, fb, ctx = run("wardclustering", params(SPATIAL_CONSTRAINT=2, N_CLUSTERS=5))
    layer = as_layer(result["OUTPUT"], ctx)
    feats = [f for f in kaz_layer().getFeatures()]
    values = rows(kaz_layer(), "name")
    frame = pd.DataFrame.from_dict(
        {n: [np.nan if v[c] is None else v[c] for c in INDICATORS] for n, v in values.items()},
        orient="index",
        columns=INDICATORS,
    )
    prep = clustering.prepare(frame.astype(float))
    names = list(prep.standardized.index)
    geoms = {f["name"]: QgsGeometry(f.geometry()) for f in feats}
    i, j = [], []
    for a, na in enumerate(names):
        for b, nb in enumerate(names):
            inter = geoms[na].intersection(geoms[nb]) if a != b and geoms[na].intersects(geoms[nb]) else None
            if inter is not None and inter.length() > 0:  # rook: a shared stretch of boundary
                i.append(a)
                j.append(b)
    W = coo_matrix((np.ones(len(i)), (i, j)), shape=(len(names), len(names))).tocsr()
    model = cluster.AgglomerativeClustering(n_clusters=5, connectivity=W, linkage="ward")
    expected = dict(zip(names, model.fit(prep.standardized.to_numpy()).labels_))
    got = {n: v["cluster"] for n, v in rows(layer, "name").items() if v["cluster"] is not None}
    assert partition(got) == partition(expected)


def test_island_is_its_own_cluster_and_named(provider):
    values = [1.0, 1.2, 5.0, 5.1, 1.1, 1.3, 5.2, 5.3, 9.0, 9.1, 9.2, 9.3]
    layer = grid_layer(values, extra=[("Far Isle", 1.0, (80, 80))])
    p = {"INPUT": layer, "ID_FIELD": "name", "FIELDS": ["v"], "N_CLUSTERS": 3, "OUTPUT": "TEMPORARY_OUTPUT"}
    result, fb, ctx = run("wardclustering", dict(p, SPATIAL_CONSTRAINT=1))
    got = rows(as_layer(result["OUTPUT"], ctx), "name")
    isle = got["Far Isle"]["cluster"]
    assert [n for n, v in got.items() if v["cluster"] == isle] == ["Far Isle"]
    assert "Far Isle" in fb.text and "without neighbours" in fb.text
    free, _, ctx2 = run("wardclustering", p)  # without the constraint it joins the low values
    got = rows(as_layer(free["OUTPUT"], ctx2), "name")
    assert got["Far Isle"]["cluster"] == got["g00"]["cluster"]
    with pytest.raises(
        QgsProcessingException,
        match=r"1 clusters asked for, but the regions form 2 separate parts .*1 of them single",
    ):
        run("wardclustering", dict(p, SPATIAL_CONSTRAINT=1, N_CLUSTERS=1))


def test_tolerance_joins_a_gapped_neighbour(provider):
    """A square 5 m off the grid's east side: an island at tolerance 0, a rook neighbour at 10 m."""
    values = [float(v) for v in range(12)]
    layer = grid_layer(values, extra=[("Near", 11.5, (34.005, 42))])
    p = {"INPUT": layer, "ID_FIELD": "name", "FIELDS": ["v"], "SPATIAL_CONSTRAINT": 2, "OUTPUT": "TEMPORARY_OUTPUT"}
    _, fb, _ = run("wardclustering", dict(p, N_CLUSTERS=3))
    assert "without neighbours" in fb.text and "Near" in fb.text
    with pytest.raises(QgsProcessingException, match="separate parts"):
        run("wardclustering", dict(p, N_CLUSTERS=1))
    result, fb, ctx = run("wardclustering", dict(p, N_CLUSTERS=1, TOLERANCE=10.0))
    assert "without neighbours" not in fb.text
    assert {v["cluster"] for v in rows(as_layer(result["OUTPUT"], ctx), "name").values()} == {1}


# --- the dendrogram's default -----------------------------------------------------------
def test_dendrogram_beside_the_output_by_default(provider, tmp_path):
    path = out_path(tmp_path, "clusters.gpkg")
    result, fb, _ = run("wardclustering", params(OUTPUT=path, DENDROGRAM="TEMPORARY_OUTPUT"))
    beside = str(tmp_path / "clusters_dendrogram.svg")
    assert result["DENDROGRAM"] == beside and os.path.getsize(beside) > 1000
    assert beside in fb.text
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".tc-partial")]


def test_dendrogram_beside_a_geopackage_layer(provider, tmp_path):
    gpkg = out_path(tmp_path, "project.gpkg")
    run("wardclustering", params(OUTPUT=gpkg))
    result, _, _ = run(
        "wardclustering", params(OUTPUT=f"ogr:dbname='{gpkg}' table=\"ward 2\"", DENDROGRAM="TEMPORARY_OUTPUT")
    )
    assert result["DENDROGRAM"] == str(tmp_path / "project_ward_2_dendrogram.svg")
    assert os.path.exists(result["DENDROGRAM"])


def test_dendrogram_temporary_when_the_output_is(provider, tmp_path):
    result, _, _ = run("wardclustering", params(DENDROGRAM="TEMPORARY_OUTPUT"))
    path = result["DENDROGRAM"]
    assert path.endswith(".svg") and os.path.exists(path) and not path.startswith(str(tmp_path))


def test_no_dendrogram_when_left_out(provider, tmp_path):
    result, _, _ = run("wardclustering", params(OUTPUT=out_path(tmp_path, "c.gpkg")))
    assert "DENDROGRAM" not in result
    assert os.listdir(tmp_path) == ["c.gpkg"]


def test_failed_run_leaves_no_dendrogram(provider, tmp_path):
    path = out_path(tmp_path, "clusters.gpkg")
    with pytest.raises(QgsProcessingException):
        run("wardclustering", params(OUTPUT=path, DENDROGRAM="TEMPORARY_OUTPUT", N_CLUSTERS=25))
    assert os.listdir(tmp_path) == []


def test_dendrogram_listed_as_an_output(provider):
    alg = provider.algorithm("wardclustering")
    outs = {o.name(): o.type() for o in alg.outputDefinitions()}
    assert outs["DENDROGRAM"] == "outputFile" and outs["OUTPUT"] == "outputVector"


@pytest.mark.parametrize("dendrogram_out", [True, False])
def test_runs_in_a_model(provider, tmp_path, dendrogram_out):
    """In the modeler: the dendrogram as a model output (a path), or not (QGIS gives the child
    a temporary destination); the constraint's parameters are static values."""
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterVectorLayer,
    )

    model = QgsProcessingModelAlgorithm("ward model", "tests")
    model.addModelParameter(
        QgsProcessingParameterVectorLayer("regions", "Regions"), QgsProcessingModelParameter("regions")
    )
    child = QgsProcessingModelChildAlgorithm("territorialclusters:wardclustering")
    child.setChildId("ward")
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("regions")])
    for key, value in (("ID_FIELD", "name"), ("FIELDS", ["avg_salary", "gdp_per_capita"]), ("N_CLUSTERS", 4)):
        child.addParameterSources(key, [static(value)])
    child.addParameterSources("SPATIAL_CONSTRAINT", [static(1)])
    outputs = {}
    for name, child_output in (("clusters", "OUTPUT"), ("dendrogram", "DENDROGRAM")):
        if name == "dendrogram" and not dendrogram_out:
            continue
        out = QgsProcessingModelOutput(name)
        out.setChildId("ward")
        out.setChildOutputName(child_output)
        outputs[name] = out
    child.setModelOutputs(outputs)
    model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    params = {"regions": kaz_layer(), "ward:clusters": out_path(tmp_path, "m.gpkg")}
    if dendrogram_out:
        params["ward:dendrogram"] = str(tmp_path / "m.svg")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    ok, msg = model.checkParameterValues(params, context)
    assert ok, msg
    results, ok = model.run(params, context, feedback)
    assert ok
    assert os.path.exists(out_path(tmp_path, "m.gpkg"))
    if dendrogram_out:
        assert results["ward:dendrogram"] == str(tmp_path / "m.svg") and os.path.getsize(tmp_path / "m.svg") > 1000
