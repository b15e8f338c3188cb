"""Charts and tables beside the map (issue 18): the complex grades of paper 004's Table 2 as
bars in the map's class colours, the Ward clusters' profiles, and the class membership as a
layout attribute table — within the page's margins, in the PDF's text."""

import os
import subprocess

import pytest
from qgis.core import QgsLayoutItemPicture, QgsProcessingException, QgsVectorLayer

from .helpers import out_path, run
from .test_exportmap import needs_poppler
from .test_rank_typology import paper_params
from .test_ward import INDICATORS, kaz_layer


@pytest.fixture(scope="module")
def typology(provider, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("panels") / "typology.gpkg")
    run("ranktypology", paper_params(path))
    return path


def _text(pdf):
    return " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout.split())


@needs_poppler
@pytest.mark.parametrize("page, chart, fits", [(0, 1, True), (1, 0, True), (1, 1, False)])
def test_membership_table(typology, tmp_path, page, chart, fits):
    """The table is whole or left out (with a warning), never cut: A4 portrait holds chart and
    table side by side under the map, A4 landscape the table alone under the legend."""
    pdf = out_path(tmp_path, "panels.pdf")
    _, fb, _ = run(
        "exportmap",
        {
            "INPUT": typology,
            "TITLE": "Aktobe",
            "LABEL_FIELD": "name_en",
            "CHART": chart,
            "MEMBERSHIP_TABLE": True,
            "PAGE": page,
            "DPI": 72,
            "OUTPUT": pdf,
        },
    )
    text = _text(pdf)
    if fits:
        assert "No room" not in fb.text
        words = text.split()
        assert "District" in words and "Class" in words
        # every district's class in the table (the order: test_panels_in_the_layout) besides the
        # legend's entry: 3 favourable, 3 less favourable, 7 unfavourable districts
        assert (words.count("Favourable"), words.count("favourable"), words.count("Unfavourable")) == (4, 4, 8)
    else:
        assert "No room on the page for: the class membership table" in fb.text and "District Class" not in text


def test_panels_in_the_layout(provider, typology, tmp_path):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    title = "Panels kept"
    try:
        run(
            "exportmap",
            {
                "INPUT": typology,
                "TITLE": title,
                "LABEL_FIELD": "name_en",
                "CHART": 1,
                "MEMBERSHIP_TABLE": True,
                "DPI": 48,
                "PAGE": 0,
                "OUTPUT": out_path(tmp_path, "p.png"),
                "ADD_TO_PROJECT": True,
            },
        )
        layout = project.layoutManager().layoutByName(title)
        chart = layout.itemById("chart")
        assert isinstance(chart, QgsLayoutItemPicture) and os.path.isfile(chart.picturePath())
        with open(chart.picturePath(), encoding="utf-8") as fh:
            svg = fh.read()
        assert "Aktobe city" in svg and "Irgiz" in svg  # every district a bar
        table = layout.itemById("membership")
        assert table is not None
        for item in (chart, table):
            pos, rect = item.scenePos(), item.rect()
            assert pos.x() >= 9.5 and pos.y() >= 9.5
            assert pos.x() + rect.width() <= 210 - 9.5 and pos.y() + rect.height() <= 297 - 9.5
        # the table's rows live in a layer of the project (the layout survives saving it), by
        # class (best first), then by name
        rows = next(lyr for lyr in project.mapLayers().values() if lyr.name() == "Class membership")
        got = [(f["district"], f["class"]) for f in rows.getFeatures()]
        assert len(got) == 13 and got[:4] == [
            ("Aktobe city", "Favourable"),
            ("Khromtau", "Favourable"),
            ("Mugalzhar", "Favourable"),
            ("Alga", "Less favourable"),
        ]
        assert got[-1] == ("Uil", "Unfavourable")
    finally:
        lay = project.layoutManager().layoutByName(title)
        if lay is not None:
            project.layoutManager().removeLayout(lay)
        group = project.layerTreeRoot().findGroup(f"{title} (map layers)")
        for lyr in list(group.findLayers()) if group else []:
            project.removeMapLayer(lyr.layerId())
        if group is not None:
            project.layerTreeRoot().removeChildNode(group)


def test_profile_chart_from_ward(provider, tmp_path):
    clusters, profiles = out_path(tmp_path, "ward.gpkg"), out_path(tmp_path, "profiles.gpkg")
    run(
        "wardclustering",
        {
            "INPUT": kaz_layer(),
            "ID_FIELD": "name",
            "FIELDS": INDICATORS,
            "N_CLUSTERS": 4,
            "OUTPUT": clusters,
            "PROFILE_TABLE": profiles,
        },
    )
    png = out_path(tmp_path, "profile.png")
    _, fb, _ = run(
        "exportmap",
        {"INPUT": clusters, "TITLE": "Kazakhstan", "CHART": 2, "PROFILE_TABLE": profiles, "DPI": 48, "OUTPUT": png},
    )
    assert os.path.getsize(png) > 1000 and "No room" not in fb.text
    with pytest.raises(QgsProcessingException, match=r"\[PROFILE_TABLE\]"):
        run("exportmap", {"INPUT": clusters, "CHART": 2, "DPI": 48, "OUTPUT": out_path(tmp_path, "x.png")})
    with pytest.raises(QgsProcessingException, match="complex_grade"):
        run("exportmap", {"INPUT": clusters, "CHART": 1, "DPI": 48, "OUTPUT": out_path(tmp_path, "y.png")})
    assert QgsVectorLayer(profiles, "p", "ogr").featureCount() == 4
