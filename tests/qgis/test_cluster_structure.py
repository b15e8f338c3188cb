"""clusterstructure: the papers' cluster-structure map from the potential clusters of Aktobe
oblast (paper 004, Tables 2–3; Fig. 4's centres Aktobe, Khromtau, Kandyagash)."""

import subprocess

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from territorial_clusters.maps import cluster_structure as structure

from .helpers import memory_layer, out_path, run
from .test_exportmap import needs_poppler
from .test_potential_clusters import params as potential_params
from .test_rank_typology import paper_params


@pytest.fixture(scope="module")
def potential(provider, tmp_path_factory):
    folder = tmp_path_factory.mktemp("structure")
    typology = str(folder / "typology.gpkg")
    run("ranktypology", paper_params(typology))
    path = str(folder / "potential.gpkg")
    run("potentialclusters", potential_params(typology, path))
    return path


def test_parse_industries_with_commas():
    text = "Woodworking, pulp and paper (155.0), Light industry (14.0), Oil extraction (2.5)"
    assert structure.parse_industries(text) == [
        ("Woodworking, pulp and paper", 155.0),
        ("Light industry", 14.0),
        ("Oil extraction", 2.5),
    ]
    assert structure.parse_industries(None) == [] and structure.parse_industries("") == []


def test_clusters_by_hand():
    potentials = {"a": "X (3.0), Y (1.2)", "b": "X (5.0)", "c": "Y (2.0), X (1.1)", "d": None}
    areas = {"a": 10.0, "b": 1.0, "c": 50.0, "d": 99.0}
    found = structure.clusters(potentials, areas, min_members=2)
    assert [(c.number, c.industry, list(c.members), c.centre) for c in found] == [
        (1, "X", ["b", "a", "c"], "b"),  # 3 members, centre: the highest LQ
        (2, "Y", ["c", "a"], "c"),
    ]
    assert found[0].links() == [("b", "a", 3.0), ("b", "c", 1.1)]
    largest = structure.clusters(potentials, areas, min_members=2, centre_rule=structure.LARGEST)
    assert [c.centre for c in largest] == ["c", "c"]
    assert [c.industry for c in structure.clusters(potentials, areas, 3)] == ["X"]
    assert [c.industry for c in structure.clusters(potentials, areas, 1, industries=["y"])] == ["Y"]


def _links(path):
    layer = QgsVectorLayer(path, "links", "ogr")
    out = {}
    for f in layer.getFeatures():
        out.setdefault((f["cluster"], f["industry"], f["centre"]), []).append((f["district"], f["lq"]))
    return {k: sorted(v) for k, v in out.items()}


def test_aktobe_structure(potential, tmp_path):
    links, centres = out_path(tmp_path, "links.gpkg"), out_path(tmp_path, "centres.gpkg")
    base = {"INPUT": potential, "ID_FIELD": "district", "NAME_FIELD": "name_en"}
    _, fb, _ = run("clusterstructure", {**base, "OUTPUT": links, "CENTRES_OUTPUT": centres})
    got = _links(links)
    # nine industries of Table 3 reach LQ >= 1 in two or more favourable districts
    assert len(got) == 9
    # centre = the member with the highest LQ; arrows to the others, with their LQ
    assert got[(1, "Chemical and petrochemical industry", "Aktobe city")] == [("Alga", 1.4), ("Mugalzhar", 1.2)]
    assert got[(9, "Oil extraction", "Temir")] == [("Mugalzhar", 1.8)]
    assert got[(2, "Food industry", "Alga")] == [("Aktobe city", 2.6), ("Martuk", 6.3)]
    stars = {f["centre"]: f["clusters"] for f in QgsVectorLayer(centres, "c", "ogr").getFeatures()}
    assert stars == {"Aktobe city": "1, 5, 8", "Alga": "2, 3", "Martuk": "4, 6, 7", "Temir": "9"}
    assert "Cluster 9: Oil extraction — centre Temir; members: Temir, Mugalzhar." in fb.text
    # styled: one arrow colour per cluster, numbered legend entries
    renderer = QgsVectorLayer(links, "l", "ogr")
    renderer.loadDefaultStyle()
    labels = [c.label() for c in renderer.renderer().categories()]
    assert labels[0] == "1. Chemical and petrochemical industry" and len(labels) == 9


@needs_poppler
def test_centre_towns_and_the_figure(potential, tmp_path):
    towns = memory_layer(
        [("name", "string")],
        [("Aktobe",), ("Khromtau",), ("Kandyagash",)],
        geometry="Point",
        geoms=[
            QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in ((57.207, 50.283), (58.448, 50.252), (57.416, 49.470))
        ],
    )
    links, centres = out_path(tmp_path, "links.gpkg"), out_path(tmp_path, "centres.gpkg")
    run(
        "clusterstructure",
        {
            "INPUT": potential,
            "ID_FIELD": "district",
            "NAME_FIELD": "name_en",
            "CENTRES": towns,
            "CENTRES_NAME_FIELD": "name",
            "MIN_MEMBERS": 3,
            "OUTPUT": links,
            "CENTRES_OUTPUT": centres,
        },
    )
    got = _links(links)
    # three members or more: four industries of Aktobe city and its neighbours, all centred on
    # the town nearest to their best district — Aktobe (paper 004's clusters centred there)
    assert set(got) == {
        (1, "Chemical and petrochemical industry", "Aktobe"),
        (2, "Food industry", "Aktobe"),
        (3, "Hydromineral industry", "Aktobe"),
        (4, "Woodworking and pulp-and-paper industry", "Aktobe"),
    }
    # Aktobe lies outside Alga, the food industry's best district: Alga is linked too
    assert got[(2, "Food industry", "Aktobe")] == [("Aktobe city", 2.6), ("Alga", 16.3), ("Martuk", 6.3)]
    pdf = out_path(tmp_path, "figure.pdf")
    _, fb, _ = run(
        "exportmap",
        {
            "INPUT": potential,
            "BACKGROUND_LAYERS": [links, centres],
            "TITLE": "Cluster structure",
            "DPI": 72,
            "OUTPUT": pdf,
        },
    )
    text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout.split())
    assert "1. Chemical and petrochemical industry" in text and "2. Food industry" in text
    assert "Cluster centres" in text and "Aktobe (1, 2, 3, 4)" in text  # the star and its label


def test_refusals(potential, provider):
    with pytest.raises(
        QgsProcessingException, match=r"Industries \(one per line; empty: all\) \[INDUSTRIES\]: no district lists Steel"
    ):
        run(
            "clusterstructure",
            {
                "INPUT": potential,
                "ID_FIELD": "district",
                "INDUSTRIES": "Steel\nFood industry",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    typology = memory_layer(
        [("district", "string")], [("a",)], geoms=[QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 0))")]
    )
    with pytest.raises(QgsProcessingException, match="cluster_potential"):
        run("clusterstructure", {"INPUT": typology, "ID_FIELD": "district", "OUTPUT": "TEMPORARY_OUTPUT"})
