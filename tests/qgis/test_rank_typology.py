"""territorialclusters:ranktypology through processing.run."""

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from .helpers import LogFeedback, as_layer, layer_digest, memory_layer, out_path, rows, run, sample_layer

INDICATORS = ["density_2025", "infra_index", "industry_index", "n_spec_industries", "innovation_index"]
PAPER_CG = {
    "Aqtobe": 2.6,
    "Mugalzharskiy": 1.2,
    "Khromtauskiy": 0.0,
    "Alginskiy": -1.2,
    "Martukskiy": -1.6,
    "Temirskiy": -1.6,
    "Bayganinskiy": -3.2,
    "Shalkarskiy": -3.2,
    "Kargalinskiy": -3.8,
    "Khobdinskiy": -4.2,
    "Aytekebiyskiy": -5.6,
    "Uilskiy": -5.6,
    "Irgizskiy": -7.0,
}
LABELS = ["Favourable", "Less favourable", "Unfavourable"]
TABLE2 = {
    0: {"Aqtobe", "Mugalzharskiy", "Khromtauskiy"},
    1: {"Alginskiy", "Martukskiy", "Temirskiy"},
    2: {"Bayganinskiy", "Shalkarskiy", "Kargalinskiy", "Khobdinskiy", "Aytekebiyskiy", "Uilskiy", "Irgizskiy"},
}


def paper_params(output="TEMPORARY_OUTPUT", **kw):
    p = {
        "INPUT": sample_layer(),
        "ID_FIELD": "district",
        "POSITIVE_FIELDS": INDICATORS,
        "REFERENCE": 3,
        "REFERENCE_TABLE": sample_layer("oblast_reference"),
        "TIES": 0,
        "CLASS_BREAKS": "0;-2.5",
        "CLASS_LABELS": ";".join(LABELS),
        "OUTPUT": output,
    }
    p.update(kw)
    return p


def test_provider_loads_like_qgis_process(provider):
    assert provider.id() == "territorialclusters"
    assert provider.name() == "Territorial Clusters"
    ids = {a.id() for a in provider.algorithms()}
    assert "territorialclusters:ranktypology" in ids
    assert not provider.icon().isNull()


def test_paper004_table2_through_processing(provider, tmp_path):
    path = out_path(tmp_path)
    result, fb, ctx = run("ranktypology", paper_params(path))
    layer = as_layer(result["OUTPUT"])
    got = rows(layer, "district")
    assert len(got) == 13
    for district, cg in PAPER_CG.items():
        assert got[district]["complex_grade"] == pytest.approx(cg, abs=1e-9), district
        assert got[district]["n_indicators"] == 5
    for cls_index, members in TABLE2.items():
        assert {d for d, r in got.items() if r["class_index"] == cls_index} == members
        assert {r["typology_class"] for d, r in got.items() if d in members} == {LABELS[cls_index]}
    assert got["Aqtobe"]["rank"] == 1 and got["Irgizskiy"]["rank"] == 13
    assert [got["Aqtobe"][f"grade_{f}"] for f in INDICATORS] == [4, 5, 4, -1, 1]
    # input fields are kept, geometry too
    assert got["Aqtobe"]["name_en"] == "Aktobe city"
    assert all(f.hasGeometry() for f in layer.getFeatures())
    assert "Aqtobe: complex grade 2.60" in fb.text


def test_default_breaks_follow_paper004_rule(provider):
    params = paper_params(CLASS_BREAKS="", CLASS_LABELS="")
    result, fb, ctx = run("ranktypology", params)
    got = rows(as_layer(result["OUTPUT"], ctx), "district")
    for cls_index, members in TABLE2.items():
        assert {d for d, r in got.items() if r["class_index"] == cls_index} == members
    assert "largest gap" in fb.text


def test_style_persisted_in_geopackage_and_post_processor(provider, tmp_path):
    path = out_path(tmp_path)
    context = QgsProcessingContext()
    context.addLayerToLoadOnCompletion(
        path, QgsProcessingContext.LayerDetails("Typology", QgsProject.instance(), "OUTPUT")
    )
    run("ranktypology", paper_params(path), context=context)
    # stored with the file: a fresh layer opens styled
    reopened = QgsVectorLayer(path, "reopened", "ogr")
    renderer = reopened.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "typology_class"
    assert [c.label() for c in renderer.categories()] == LABELS
    colors = [c.symbol().color().lightness() for c in renderer.categories()]
    assert colors == sorted(colors), "best class darkest"
    # the post-processor (what the GUI runs on completion), run by hand
    details = context.layerToLoadOnCompletionDetails(path)
    pp = details.postProcessor()
    assert pp is not None
    plain = QgsVectorLayer(path, "plain", "ogr")
    pp.postProcessLayer(plain, context, LogFeedback())
    assert plain.renderer().type() == "categorizedSymbol"
    assert [c.label() for c in plain.renderer().categories()] == LABELS


def test_input_layer_unchanged(provider):
    layer = sample_layer()
    before = layer_digest(layer)
    run("ranktypology", paper_params(INPUT=layer))
    assert layer_digest(layer) == before


def test_hand_computed_modes_and_ties(provider):
    layer = memory_layer(
        [("id", "string"), ("x", "double"), ("u", "double"), ("w", "double")],
        [("a", 10, 1, 1), ("b", 8, 2, 1), ("c", 8, 3, 2), ("d", 5, None, 0)],
    )
    # mean of x = 7.75 → joint dense ranks 10,8,8,7.75,5 → 1,2,2,3,4 → grades 2,1,1,-1
    # u (lower better), mean of 1,2,3 = 2 → ranks 1, 2(b, ref), 3 → grades 1,0,-1; d missing
    result, fb, ctx = run(
        "ranktypology",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "POSITIVE_FIELDS": ["x"],
            "NEGATIVE_FIELDS": ["u"],
            "GROUPS": "size: x; cost: u",
            "REFERENCE": 0,
            "TIES": 0,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "id")
    assert [got[k]["grade_x"] for k in "abcd"] == [2, 1, 1, -1]
    assert [got[k]["grade_u"] for k in "abc"] == [1, 0, -1] and got["d"]["grade_u"] is None
    assert got["d"]["n_indicators"] == 1 and got["d"]["complex_grade"] == -1
    assert got["a"]["complex_grade"] == 1.5 and got["a"]["group_size"] == 2
    assert got["c"]["group_cost"] == -1
    assert "d: no value for u" in fb.text
    # weighted mean of x by w: (10 + 8 + 16 + 0) / 4 = 8.5; min ties: 10→1, ref 2, 8,8 → 3, 5 → 5
    result, fb, ctx = run(
        "ranktypology",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "POSITIVE_FIELDS": ["x"],
            "REFERENCE": 2,
            "WEIGHT_FIELD": "w",
            "TIES": 1,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "id")
    assert [got[k]["grade_x"] for k in "abcd"] == [1, -1, -1, -3]
    # median (8) with average ties: 10→1, 8,8,ref→3, 5→5
    result, fb, ctx = run(
        "ranktypology",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "POSITIVE_FIELDS": ["x"],
            "REFERENCE": 1,
            "TIES": 2,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "id")
    assert [got[k]["grade_x"] for k in "abcd"] == [2, 0, 0, -2]


@pytest.mark.parametrize(
    "records, params, message",
    [
        ([("a", "1"), ("b", "2")], {"POSITIVE_FIELDS": ["t"]}, "'t' is of type"),
        ([], {"POSITIVE_FIELDS": ["x"]}, "no features"),
        ([("a", None), ("b", None)], {"POSITIVE_FIELDS": ["x"]}, "'x' is empty"),
        ([("a", 1.0), ("a", 2.0)], {"POSITIVE_FIELDS": ["x"]}, "duplicate values: a"),
        ([("a", 1.0), ("b", 2.0)], {"POSITIVE_FIELDS": ["x"], "REFERENCE": 3}, "REFERENCE_TABLE"),
        ([("a", 1.0), ("b", 2.0)], {"POSITIVE_FIELDS": ["x"], "REFERENCE": 2}, "WEIGHT_FIELD"),
        ([("a", 1.0), ("b", 2.0)], {}, "No indicator fields"),
        ([("a", 1.0), ("b", 2.0)], {"POSITIVE_FIELDS": ["x"], "CLASS_BREAKS": "-1;0"}, "decrease"),
        (
            [("a", 1.0), ("b", 2.0)],
            {"POSITIVE_FIELDS": ["x"], "CLASS_BREAKS": "0", "CLASS_LABELS": "A;B;C"},
            "3 class labels given for 2 classes",
        ),
    ],
)
def test_bad_inputs_give_clear_errors(provider, records, params, message):
    fields = (
        [("id", "string"), ("t", "string")]
        if params.get("POSITIVE_FIELDS") == ["t"]
        else [("id", "string"), ("x", "double")]
    )
    layer = memory_layer(fields, records)
    p = {"INPUT": layer, "ID_FIELD": "id", "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(params)
    with pytest.raises(QgsProcessingException, match=message):
        run("ranktypology", p)


def test_missing_reference_value(provider):
    ref = memory_layer([("density_2025", "double")], [(None,)], geometry="None", crs=None)
    with pytest.raises(QgsProcessingException, match="no field"):
        run("ranktypology", paper_params(REFERENCE_TABLE=ref))
    ref = memory_layer([(f, "double") for f in INDICATORS], [(3, 1, None, 13, 1)], geometry="None", crs=None)
    with pytest.raises(QgsProcessingException, match="no numeric value for 'industry_index'"):
        run("ranktypology", paper_params(REFERENCE_TABLE=ref))


def test_invalid_geometry_is_not_refused(provider):
    from qgis.core import QgsGeometry

    bowtie = QgsGeometry.fromWkt("POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))")
    assert not bowtie.isGeosValid()
    layer = memory_layer([("id", "string"), ("x", "double")], [("a", 1.0), ("b", 2.0)], geoms=[bowtie, bowtie])
    context = QgsProcessingContext()
    from qgis.core import QgsFeatureRequest

    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    result, fb, ctx = run(
        "ranktypology",
        {"INPUT": layer, "ID_FIELD": "id", "POSITIVE_FIELDS": ["x"], "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context,
    )
    assert as_layer(result["OUTPUT"], ctx).featureCount() == 2
