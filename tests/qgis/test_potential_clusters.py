"""territorialclusters:potentialclusters through processing.run (paper 004, Table 3)."""

import shutil
import subprocess

import pytest
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsRuleBasedLabeling,
    QgsSimpleMarkerSymbolLayerBase,
    QgsVectorLayer,
)

from .helpers import as_layer, layer_digest, memory_layer, out_path, rows, run, sample_layer
from .test_rank_typology import paper_params

SIX = {"Aqtobe", "Mugalzharskiy", "Khromtauskiy", "Alginskiy", "Martukskiy", "Temirskiy"}
KHROMTAU = "Non-ferrous metallurgy (4.6), Extraction of construction raw materials (1.2)"
AQTOBE = (
    "Ferrous metallurgy and metalworking (3.6), Construction materials industry (3.1), "
    "Hydromineral industry (3.0), Food industry (2.6), Heat and power engineering (2.6), "
    "Woodworking and pulp-and-paper industry (2.5), Chemical and petrochemical industry "
    "(2.3), Light industry (2.0), Machine building (1.9)"
)
# cluster centre towns of paper 004 (Aktobe, Khromtau, Kandyagash), lon/lat
CENTRES = [("Aktobe", 57.207, 50.283), ("Khromtau", 58.445, 50.252), ("Kandyagash", 57.42, 49.47)]


@pytest.fixture(scope="module")
def typology(provider, tmp_path_factory):
    """Stage 1: ranktypology with CLASS_BREAKS 0;-2.5 and the oblast's row as reference."""
    path = str(tmp_path_factory.mktemp("pc") / "typology.gpkg")
    run("ranktypology", paper_params(path))
    return path


def params(typology, output="TEMPORARY_OUTPUT", **kw):
    p = {
        "TYPOLOGY": typology,
        "ID_FIELD": "district",
        "NAME_FIELD": "name_en",
        "FAVOURABLE_CLASSES": "0;1",
        "LQ_TABLE": sample_layer("lq_paper004_table3"),
        "LQ_ID_FIELD": "district",
        "LQ_INDUSTRY_FIELD": "industry",
        "LQ_FIELD": "lq",
        "THRESHOLD": 1.0,
        "OUTPUT": output,
    }
    p.update(kw)
    return p


def centres_layer():
    return memory_layer(
        [("name", "string")],
        [(n,) for n, _, _ in CENTRES],
        geometry="Point",
        geoms=[QgsGeometry.fromPointXY(QgsPointXY(x, y)) for _, x, y in CENTRES],
    )


def lq_table(records):
    return memory_layer(
        [("district", "string"), ("industry", "string"), ("lq", "double")], records, geometry="None", crs=None
    )


def test_paper004_table3_six_districts(typology, tmp_path):
    path = out_path(tmp_path, "potential.gpkg")
    result, fb, _ = run("potentialclusters", params(typology, path))
    got = rows(as_layer(result["OUTPUT"]), "district")
    assert len(got) == 13
    listed = {d for d, r in got.items() if r["cluster_potential"]}
    assert listed == SIX  # exactly the two best classes
    assert got["Khromtauskiy"]["cluster_potential"] == KHROMTAU
    assert got["Aqtobe"]["cluster_potential"] == AQTOBE
    assert got["Temirskiy"]["cluster_potential"] == "Oil extraction (2.5)"
    assert got["Martukskiy"]["cluster_potential"].startswith(
        "Woodworking and pulp-and-paper industry (155.0), Light industry (14.0)"
    )
    assert {d: r["n_potential_industries"] for d, r in got.items() if d in SIX} == {
        "Aqtobe": 9,
        "Mugalzharskiy": 3,
        "Khromtauskiy": 2,
        "Alginskiy": 5,
        "Martukskiy": 5,
        "Temirskiy": 1,
    }
    for d, r in got.items():
        assert bool(r["favourable"]) == (d in SIX)
        if d not in SIX:
            assert r["cluster_potential"] is None and r["n_potential_industries"] == 0
    # the typology's fields are kept
    assert got["Khromtauskiy"]["typology_class"] == "Favourable"
    assert got["Alginskiy"]["class_index"] == 1
    assert got["Aqtobe"]["complex_grade"] == pytest.approx(2.6)
    assert f"Khromtauskiy (Favourable): {KHROMTAU}" in fb.text
    assert "6 of 13 districts are in the favourable classes 0;1" in fb.text


def test_style_stored_cluster_map(typology, tmp_path):
    path = out_path(tmp_path, "potential.gpkg")
    run("potentialclusters", params(typology, path))
    layer = QgsVectorLayer(path, "reopened", "ogr")
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol"
    cats = renderer.categories()
    labels = [c.label() for c in cats]
    # one key entry per favourable district, in its class colour, with its industries
    assert len(cats) == 7 and labels[-1] == "Other districts"
    khromtau = next(c for c in cats if c.value() == "Khromtauskiy")
    assert khromtau.label().startswith("Khromtau (favourable)\nNon-ferrous metallurgy (4.6),")
    alga = next(c for c in cats if c.value() == "Alginskiy")
    assert alga.label().startswith("Alga (less favourable)")
    grey = cats[-1].symbol().color()
    assert grey.red() == grey.green() == grey.blue()  # others grey
    assert khromtau.symbol().color().lightness() < alga.symbol().color().lightness()
    assert layer.customProperty("territorialclusters/legend_title").startswith("Potential territorial clusters")
    assert layer.labelsEnabled() and isinstance(layer.labeling(), QgsRuleBasedLabeling)
    # every feature falls in a category
    expr_values = {c.value() for c in cats}
    assert len(expr_values) == 7


def test_post_processor_applies_style_and_labels(typology):
    context = QgsProcessingContext()
    result, fb, ctx = run("potentialclusters", params(typology), context=context)
    layer = as_layer(result["OUTPUT"], ctx)
    assert layer.renderer().type() == "categorizedSymbol"
    assert layer.labelsEnabled()


def test_centres_drawn_as_stars(typology, tmp_path):
    centres_out = out_path(tmp_path, "centres.gpkg")
    result, fb, _ = run("potentialclusters", params(typology, CENTRES=centres_layer(), CENTRES_OUTPUT=centres_out))
    assert result["CENTRES_OUTPUT"] == centres_out
    layer = QgsVectorLayer(centres_out, "centres", "ogr")
    assert layer.featureCount() == 3
    sym = layer.renderer().symbol()
    assert sym.symbolLayer(0).shape() == QgsSimpleMarkerSymbolLayerBase.Star
    assert layer.labelsEnabled()
    assert "3 cluster centre(s)" in fb.text


def test_no_centres_no_second_output(typology):
    result, _, _ = run("potentialclusters", params(typology))
    assert not result.get("CENTRES_OUTPUT")


def test_unmatched_keys_reported_by_name_and_nulls(typology):
    table = lq_table(
        [
            ("Khromtauskiy", "Non-ferrous metallurgy", 4.6),
            ("Atlantis", "Fishing", 3.0),
            ("Lemuria", "Tourism", 2.0),
            ("Aqtobe", "Gold mining", None),
        ]
    )
    result, fb, ctx = run("potentialclusters", params(typology, LQ_TABLE=table))
    assert "match no district" in fb.text and "Atlantis, Lemuria" in fb.text
    assert "1 undefined (NULL) quotient(s) skipped: Aqtobe / Gold mining" in fb.text
    assert "without any row in the LQ table" in fb.text and "Temirskiy" in fb.text
    got = rows(as_layer(result["OUTPUT"], ctx), "district")
    assert got["Khromtauskiy"]["cluster_potential"] == "Non-ferrous metallurgy (4.6)"
    assert got["Aqtobe"]["cluster_potential"] is None


def test_threshold_and_favourable_classes(typology):
    result, fb, ctx = run("potentialclusters", params(typology, FAVOURABLE_CLASSES="0", THRESHOLD=2.0))
    got = rows(as_layer(result["OUTPUT"], ctx), "district")
    assert {d for d, r in got.items() if r["cluster_potential"]} == {"Aqtobe", "Khromtauskiy"}
    assert got["Khromtauskiy"]["cluster_potential"] == "Non-ferrous metallurgy (4.6)"
    assert got["Mugalzharskiy"]["favourable"] and got["Mugalzharskiy"]["n_potential_industries"] == 0
    assert not got["Alginskiy"]["favourable"]


def test_default_lq_key_is_id_field_name(typology):
    p = params(typology)
    del p["LQ_ID_FIELD"], p["LQ_INDUSTRY_FIELD"], p["LQ_FIELD"]
    result, fb, ctx = run("potentialclusters", p)
    got = rows(as_layer(result["OUTPUT"], ctx), "district")
    assert got["Khromtauskiy"]["cluster_potential"] == KHROMTAU


def test_many_favourable_districts_legend_shows_classes(provider):
    n = 14
    typ = memory_layer(
        [("id", "string"), ("class_index", "int"), ("typology_class", "string")],
        [(f"d{i}", 0 if i < n else 1, "Good" if i < n else "Poor") for i in range(n + 1)],
    )
    table = lq_table([(f"d{i}", "Industry A", 1.5 + i) for i in range(n + 1)])
    result, fb, ctx = run(
        "potentialclusters",
        {
            "TYPOLOGY": typ,
            "ID_FIELD": "id",
            "FAVOURABLE_CLASSES": "0",
            "LQ_TABLE": table,
            "LQ_ID_FIELD": "district",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    layer = as_layer(result["OUTPUT"], ctx)
    assert [c.label() for c in layer.renderer().categories()] == ["Good", "Other districts"]
    assert "more than 12" in fb.text


def test_input_layers_unchanged(typology):
    typ = QgsVectorLayer(typology, "typ", "ogr")
    lq = sample_layer("lq_paper004_table3")
    before = (layer_digest(typ), layer_digest(lq))
    run("potentialclusters", params(typ, LQ_TABLE=lq))
    assert (layer_digest(typ), layer_digest(lq)) == before


@pytest.mark.parametrize(
    "change, message",
    [
        ({"FAVOURABLE_CLASSES": "best"}, "not a class index"),
        ({"FAVOURABLE_CLASSES": "7"}, "No district is in the favourable classes 7"),
        ({"LQ_ID_FIELD": "industry", "LQ_INDUSTRY_FIELD": "district"}, "match no district"),
    ],
)
def test_bad_parameters(typology, change, message):
    if message == "match no district":
        # keys that match nothing are reported, not fatal: every favourable district lacks rows
        result, fb, _ = run("potentialclusters", params(typology, **change))
        assert message in fb.text
        return
    with pytest.raises(QgsProcessingException, match=message):
        run("potentialclusters", params(typology, **change))


@pytest.mark.parametrize(
    "records, message",
    [
        ([("Aqtobe", "x", 2.0), ("Aqtobe", "x", 3.0)], "more than one row for Aqtobe / x"),
        ([("Aqtobe", "x", -1.0)], "cannot be negative: Aqtobe / x"),
        ([(None, "x", 1.0)], "NULL"),
    ],
)
def test_bad_tables(typology, records, message):
    with pytest.raises(QgsProcessingException, match=message):
        run("potentialclusters", params(typology, LQ_TABLE=lq_table(records)))


def test_typology_without_class_index_refused(provider):
    layer = sample_layer()
    with pytest.raises(QgsProcessingException, match="no field 'class_index'"):
        run("potentialclusters", params(layer, TYPOLOGY=layer))


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext not installed")
def test_cluster_map_exported(typology, tmp_path):
    pot = out_path(tmp_path, "potential.gpkg")
    centres = out_path(tmp_path, "centres.gpkg")
    run("potentialclusters", params(typology, pot, CENTRES=centres_layer(), CENTRES_OUTPUT=centres))
    pdf = out_path(tmp_path, "clusters.pdf")
    run(
        "exportmap",
        {"INPUT": pot, "BACKGROUND_LAYERS": [centres], "TITLE": "Potential clusters", "DPI": 72, "OUTPUT": pdf},
    )
    text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout.split())
    for piece in (
        "Potential clusters",
        "Khromtau (favourable)",
        "Non-ferrous metallurgy (4.6)",
        "Oil extraction (2.5)",
        "Other districts",
        "Kandyagash",
        "km",
    ):
        assert piece in text, piece
