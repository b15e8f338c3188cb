"""territorialclusters:wardclustering through processing.run."""

import os

import numpy as np
import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from scipy.cluster.hierarchy import fcluster, linkage

from ..conftest import SAMPLE_DIR
from .helpers import as_layer, layer_digest, memory_layer, out_path, rows, run

KAZ_GPKG = os.path.join(SAMPLE_DIR, "kaz_regions.gpkg")
INDICATORS = [
    "air_pollution_index",
    "avg_salary",
    "Population",
    "clearance-rate-divided",
    "crime_amount",
    "Entertainment-places-rate",
    "gdp_per_capita",
    "Population_Age_10_and_older",
    "Postgraduate_Education",
    "Higher_Education",
    "household_spending_per_month",
    "life_expectancy",
    "Med-institution-rate",
    "car-amount-rate",
    "School-number-rate",
    "Transport-quanity-rate",
    "unemployment-rate",
]
CONSTANT = "Population_Age_10_and_older"
OKABE_ITO = ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00"]


def kaz_layer(name="regions"):
    layer = QgsVectorLayer(f"{KAZ_GPKG}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def sample_values(layer):
    """{region name: [17 indicator values or None]}."""
    return {r: [v[c] for c in INDICATORS] for r, v in rows(layer, "name").items()}


def scipy_reference(k):
    """Clusters and linkage by hand: complete rows, constant dropped, z-scores (ddof = 1)."""
    values = {r: v for r, v in sample_values(kaz_layer()).items() if None not in v}
    names = sorted(values)
    keep = [i for i, c in enumerate(INDICATORS) if c != CONSTANT]
    X = np.array([[values[r][i] for i in keep] for r in names])
    Xz = (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
    Z = linkage(Xz, method="ward")
    labels = fcluster(Z, k, criterion="maxclust")
    cent = {c: Xz[labels == c].mean(axis=0) for c in set(labels)}
    dist = {r: float(np.linalg.norm(Xz[i] - cent[labels[i]])) for i, r in enumerate(names)}
    return dict(zip(names, labels)), Z, dist


def partition(labels):
    groups = {}
    for key, c in labels.items():
        if c is not None:
            groups.setdefault(c, set()).add(key)
    return {frozenset(g) for g in groups.values()}


def params(**kw):
    p = {"INPUT": kaz_layer(), "ID_FIELD": "name", "FIELDS": INDICATORS, "N_CLUSTERS": 6, "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def test_registered(provider):
    alg = provider.algorithm("wardclustering")
    assert alg is not None and alg.displayName() == "Ward clustering of regions"
    names = [p.name() for p in alg.parameterDefinitions()]
    assert names == [
        "INPUT",
        "ID_FIELD",
        "FIELDS",
        "STANDARDIZE",
        "N_CLUSTERS",
        "HEIGHT",
        "IMPUTE",
        "SPATIAL_CONSTRAINT",
        "TOLERANCE",
        "OUTPUT",
        "DENDROGRAM",
        "LINKAGE_TABLE",
        "PROFILE_TABLE",
    ]


def test_sample_equals_scipy_with_all_outputs(provider, tmp_path):
    path = out_path(tmp_path)
    svg = str(tmp_path / "dendrogram.svg")
    result, fb, ctx = run(
        "wardclustering",
        params(
            OUTPUT=path,
            DENDROGRAM=svg,
            LINKAGE_TABLE=str(tmp_path / "linkage.csv"),
            PROFILE_TABLE=str(tmp_path / "profiles.csv"),
        ),
    )
    expected, Z, dist = scipy_reference(6)
    got = rows(as_layer(result["OUTPUT"]), "name")
    assert len(got) == 20
    assert got["Shymkent"]["cluster"] is None and got["Shymkent"]["distance_to_centre"] is None
    labels = {r: v["cluster"] for r, v in got.items() if r != "Shymkent"}
    assert partition(labels) == partition(expected)
    assert sorted(set(labels.values())) == [1, 2, 3, 4, 5, 6]
    for region, d in dist.items():
        assert got[region]["distance_to_centre"] == pytest.approx(d, rel=1e-9, abs=1e-12), region
    # input fields and geometries kept
    assert got["Astana"]["name_ru"] == "г.Астана" and got["Astana"]["gdp_per_capita"] == 8053.9
    assert all(f.hasGeometry() for f in as_layer(result["OUTPUT"]).getFeatures())
    # the log lists the policies by name
    assert "Population_Age_10_and_older" in fb.text and "Shymkent: no value for all 17" in fb.text

    link = QgsVectorLayer(result["LINKAGE_TABLE"], "l", "ogr")
    feats = sorted(link.getFeatures(), key=lambda f: int(f["step"]))
    assert len(feats) == 18
    np.testing.assert_allclose([float(f["height"]) for f in feats], Z[:, 2], rtol=1e-9)
    assert [int(f["size"]) for f in feats] == Z[:, 3].astype(int).tolist()
    assert feats[-1]["size"] in (19, "19")

    prof = QgsVectorLayer(result["PROFILE_TABLE"], "p", "ogr")
    profs = {int(f["cluster"]): f for f in prof.getFeatures()}
    assert sorted(profs) == [1, 2, 3, 4, 5, 6]
    names = prof.fields().names()
    assert "mean_unemployment_rate" in names and "zmean_clearance_rate_divided" in names
    assert "mean_population_age_10_and_older" not in names  # dropped constant
    for c, f in profs.items():
        members = [r for r, v in labels.items() if v == c]
        assert int(f["size"]) == len(members)
        assert f["members"] == ", ".join(sorted(members, key=str.casefold))
        salary = np.mean([got[r]["avg_salary"] for r in members])
        assert float(f["mean_avg_salary"]) == pytest.approx(salary)

    with open(svg, "rb") as fh:
        content = fh.read()
    assert content.lstrip().startswith(b"<?xml") and b"<svg" in content[:2000]
    assert b"Kyzylorda Region" in content


@pytest.mark.parametrize("ext, header", [("png", b"\x89PNG\r\n\x1a\n"), ("pdf", b"%PDF-")])
def test_dendrogram_png_pdf(provider, tmp_path, ext, header):
    path = str(tmp_path / f"d.{ext}")
    result, fb, ctx = run("wardclustering", params(DENDROGRAM=path))
    assert result["DENDROGRAM"] == path
    with open(path, "rb") as fh:
        content = fh.read()
    assert content.startswith(header) and len(content) > 1000


def test_style_stored_and_post_processor(provider, tmp_path):
    path = out_path(tmp_path)
    context = QgsProcessingContext()
    context.addLayerToLoadOnCompletion(path, QgsProcessingContext.LayerDetails("Ward", QgsProject.instance(), "OUTPUT"))
    run("wardclustering", params(OUTPUT=path), context=context)
    reopened = QgsVectorLayer(path, "reopened", "ogr")  # keep the layer: it owns the renderer
    renderer = reopened.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "cluster"
    cats = renderer.categories()
    assert [str(c.value()) for c in cats[:6]] == ["1", "2", "3", "4", "5", "6"]
    assert [c.symbol().color().name() for c in cats[:6]] == OKABE_ITO
    assert cats[0].label().startswith("Cluster 1 (")
    assert "missing" in cats[6].label()  # Shymkent: NULL category
    pp = context.layerToLoadOnCompletionDetails(path).postProcessor()
    plain = QgsVectorLayer(path, "plain", "ogr")
    from .helpers import LogFeedback

    pp.postProcessLayer(plain, context, LogFeedback())
    assert plain.renderer().classAttribute() == "cluster"


def permuted_layer(order):
    src = list(kaz_layer().getFeatures())
    feats = [src[i] for i in order]
    spec = [("name", "string")] + [(c, "double") for c in INDICATORS]
    values = sample_values(kaz_layer())
    recs = [[f["name"]] + values[f["name"]] for f in feats]
    return memory_layer(spec, recs, geoms=[f.geometry() for f in feats])


def test_numbering_stable_under_feature_permutation(provider):
    base = None
    rng = np.random.default_rng(7)
    for order in (list(range(20)), list(range(19, -1, -1)), list(rng.permutation(20)), list(rng.permutation(20))):
        result, fb, ctx = run("wardclustering", params(INPUT=permuted_layer(order)))
        got = {
            r: (v["cluster"], v["distance_to_centre"]) for r, v in rows(as_layer(result["OUTPUT"], ctx), "name").items()
        }
        if base is None:
            base = got
        assert got == base
    # numbering rule: cluster 1 holds the first region in ID order (Abay Region)
    assert base["Abay Region"][0] == 1


def test_hand_profiles_and_height_cut(provider):
    layer = memory_layer(
        [("id", "string"), ("x", "double"), ("y", "double")],
        [("e", 13, 10), ("a", 0, 0), ("d", 10, 11), ("b", 0, 2), ("c", 10, 10)],
    )
    result, fb, ctx = run(
        "wardclustering",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "FIELDS": ["x", "y"],
            "STANDARDIZE": 3,
            "HEIGHT": 3.0,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "LINKAGE_TABLE": "TEMPORARY_OUTPUT",
            "PROFILE_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "id")
    assert {k: v["cluster"] for k, v in got.items()} == {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3}
    assert got["a"]["distance_to_centre"] == pytest.approx(1.0)
    assert got["c"]["distance_to_centre"] == pytest.approx(0.5)
    assert got["e"]["distance_to_centre"] == 0
    prof = rows(as_layer(result["PROFILE_TABLE"], ctx), "cluster")
    assert prof[1]["members"] == "a, b" and prof[1]["size"] == 2
    assert (prof[1]["mean_x"], prof[1]["mean_y"]) == (0, 1)
    assert (prof[2]["mean_x"], prof[2]["mean_y"]) == (10, 10.5)
    assert prof[2]["zmean_y"] == 10.5  # STANDARDIZE = none: standardized = raw
    link = rows(as_layer(result["LINKAGE_TABLE"], ctx), "step")
    assert [(link[s]["item_a"], link[s]["item_b"]) for s in (1, 2, 3, 4)] == [
        ("c", "d"),
        ("a", "b"),
        ("e", "step 1"),
        ("step 2", "step 3"),
    ]
    assert [link[s]["cluster"] for s in (1, 2, 3, 4)] == [2, 1, None, None]
    # z-scores by hand: x mean 6.6, sample sd sqrt(151.2 / 4)
    result, fb, ctx = run(
        "wardclustering",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "FIELDS": ["x", "y"],
            "N_CLUSTERS": 2,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "PROFILE_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    prof = rows(as_layer(result["PROFILE_TABLE"], ctx), "cluster")
    assert prof[2]["mean_x"] == pytest.approx(11)
    assert prof[2]["zmean_x"] == pytest.approx((11 - 6.6) / np.sqrt(151.2 / 4))
    assert prof[1]["zmean_y"] == pytest.approx((1 - 6.6) / np.sqrt(107.2 / 4))


def test_impute_and_missing(provider):
    layer = memory_layer(
        [("id", "int"), ("x", "double"), ("y", "double")],
        [(1, 0, 0), (2, 0, 2), (3, 10, None), (4, 10, 11), (5, None, None)],
    )
    result, fb, ctx = run(
        "wardclustering",
        {"INPUT": layer, "ID_FIELD": "id", "FIELDS": ["x", "y"], "N_CLUSTERS": 2, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "id")
    assert got[3]["cluster"] is None and got[5]["cluster"] is None
    assert "3: no value for y" in fb.text and "5: no value for all 2 indicators" in fb.text
    result, fb, ctx = run(
        "wardclustering",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "FIELDS": ["x", "y"],
            "N_CLUSTERS": 2,
            "IMPUTE": True,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "PROFILE_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "id")
    assert got[3]["cluster"] == 2 and got[5]["cluster"] is None
    assert "filled with the indicator mean" in fb.text
    prof = rows(as_layer(result["PROFILE_TABLE"], ctx), "cluster")
    assert prof[2]["mean_y"] == pytest.approx((13 / 3 + 11) / 2)  # y of 3 = mean of 0, 2, 11


def test_default_six_clusters(provider):
    result, fb, ctx = run("wardclustering", params(N_CLUSTERS=None))
    got = rows(as_layer(result["OUTPUT"], ctx), "name")
    assert max(v["cluster"] or 0 for v in got.values()) == 6
    assert "6 clusters (as paper 003)" in fb.text


def test_input_layer_unchanged(provider, tmp_path):
    layer = kaz_layer()
    before = layer_digest(layer)
    run("wardclustering", params(INPUT=layer, DENDROGRAM=str(tmp_path / "d.svg"), LINKAGE_TABLE="TEMPORARY_OUTPUT"))
    assert layer_digest(layer) == before


BAD = [
    ({"N_CLUSTERS": 25}, "25 clusters asked for, but only 19 regions"),
    ({"N_CLUSTERS": 3, "HEIGHT": 2.0}, "Both N_CLUSTERS"),
    ({"FIELDS": ["name"]}, "'name' is of type"),
    ({"FIELDS": [CONSTANT]}, "Every indicator is constant"),
    ({"DENDROGRAM": "/tmp/dendrogram.jpg"}, r"\.svg, \.png or \.pdf"),
    ({"ID_FIELD": "region"}, "ID field 'region' is NULL"),
    ({"FIELDS": ["air_pollution_index"], "STANDARDIZE": 2, "INPUT": "one"}, "at least 2"),
]


@pytest.mark.parametrize("extra, message", BAD)
def test_bad_inputs_give_clear_errors(provider, extra, message):
    p = params(**extra)
    if p["INPUT"] == "one":
        p["INPUT"] = memory_layer([("name", "string"), ("air_pollution_index", "double")], [("a", 1.0), ("b", None)])
        p["N_CLUSTERS"] = 1
    with pytest.raises(QgsProcessingException, match=message):
        run("wardclustering", p)


def test_constant_indicator_warning(provider):
    layer = memory_layer([("id", "string"), ("x", "double"), ("k", "double")], [("a", 1, 5), ("b", 2, 5), ("c", 7, 5)])
    result, fb, ctx = run(
        "wardclustering",
        {"INPUT": layer, "ID_FIELD": "id", "FIELDS": ["x", "k"], "N_CLUSTERS": 2, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert "Constant indicator(s) dropped" in fb.text and ": k." in fb.text
    got = rows(as_layer(result["OUTPUT"], ctx), "id")
    assert [got[i]["cluster"] for i in "abc"] == [1, 1, 2]
