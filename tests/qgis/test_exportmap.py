"""territorialclusters:exportmap through processing.run: PDF / PNG / SVG report pages."""

import os
import re
import shutil
import subprocess

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QImage

from territorial_clusters.maps import layouts

from .helpers import layer_digest, memory_layer, out_path, run, sample_layer
from .test_rank_typology import paper_params

LABELS = ["Favourable", "Less favourable", "Unfavourable"]
TITLE = "Conditions for cluster formation in Aktobe oblast"
SOURCE = "Source: geoBoundaries (Runfola et al. 2020); paper 004, Table 2"
DPI = 72

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfinfo")),
    reason="poppler-utils (pdftotext, pdfinfo) not installed",
)


@pytest.fixture(scope="module")
def typology(provider, tmp_path_factory):
    """The paper-004 typology written to a GeoPackage (styled, as ranktypology stores it)."""
    path = str(tmp_path_factory.mktemp("typology") / "typology.gpkg")
    run("ranktypology", paper_params(path))
    return path


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def pdf_info(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def export(typology_path, output, **kw):
    params = {"INPUT": typology_path, "TITLE": TITLE, "SOURCE_NOTE": SOURCE, "DPI": DPI, "OUTPUT": output}
    params.update(kw)
    return run("exportmap", params)


def test_registered_without_threading_and_in_modeler(provider):
    alg = QgsApplication.processingRegistry().algorithmById("territorialclusters:exportmap")
    assert alg is not None
    assert alg.flags() & QgsProcessingAlgorithm.FlagNoThreading
    assert not alg.flags() & QgsProcessingAlgorithm.FlagHideFromModeler
    assert not alg.flags() & QgsProcessingAlgorithm.FlagHideFromToolbox
    names = {p.name() for p in alg.parameterDefinitions()}
    assert {
        "INPUT",
        "TITLE",
        "SUBTITLE",
        "SOURCE_NOTE",
        "LEGEND_TITLE",
        "LABEL_FIELD",
        "BACKGROUND_LAYERS",
        "PAGE",
        "MAP_CRS",
        "DPI",
        "OUTPUT",
        "ADD_TO_PROJECT",
    } <= names


@needs_poppler
def test_pdf_one_page_with_title_legend_scale_and_source(typology, tmp_path):
    pdf = out_path(tmp_path, "map.pdf")
    result, fb, _ = export(typology, pdf, SUBTITLE="Rank-score typology, 2014–2015", LABEL_FIELD="name_en")
    assert result["OUTPUT"] == pdf and os.path.getsize(pdf) > 1000
    info = pdf_info(pdf)
    assert info["Pages"].strip() == "1"
    w, h = [float(v) for v in re.findall(r"([\d.]+) x ([\d.]+)", info["Page size"])[0]]
    assert "A4" in info["Page size"] and w > h  # A4 landscape
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    assert TITLE in flat
    assert "Rank-score typology, 2014–2015" in flat
    assert "Conditions for cluster formation" in flat  # legend title from the style
    for label in LABELS:  # every class of the legend
        assert re.search(rf"(^|\s){re.escape(label)}(\s|$)", text, re.M), label
    assert re.search(r"\d+\s+km\b", text), "scale bar in km"
    assert SOURCE in flat
    assert "Projection: Lambert azimuthal equal-area" in flat
    for name in ("Khromtau", "Mugalzhar", "Irgiz"):  # labels with a halo
        assert name in text
    assert "Legend 'Conditions for cluster formation': Favourable, Less favourable, Unfavourable" in fb.text
    assert "Lambert azimuthal equal-area" in fb.text


@needs_poppler
def test_page_sizes_and_legend_title(typology, tmp_path):
    pdf = out_path(tmp_path, "a3.pdf")
    export(typology, pdf, PAGE=2, LEGEND_TITLE="Favourability (paper 004)")
    info = pdf_info(pdf)
    assert info["Pages"].strip() == "1" and "A3" in info["Page size"]
    w, h = [float(v) for v in re.findall(r"([\d.]+) x ([\d.]+)", info["Page size"])[0]]
    assert h > w  # portrait
    flat = " ".join(pdf_text(pdf).split())
    assert "Favourability (paper 004)" in flat
    assert "Conditions for cluster formation" not in flat.replace(TITLE, "")


def _region_stats(image, rect_mm, dpi):
    """(mean, variance) of grey levels over a rectangle given in mm on the page."""
    px = dpi / 25.4
    x0, y0 = int(rect_mm[0] * px), int(rect_mm[1] * px)
    x1, y1 = int((rect_mm[0] + rect_mm[2]) * px), int((rect_mm[1] + rect_mm[3]) * px)
    values = []
    for y in range(max(y0, 0), min(y1, image.height()), 2):
        for x in range(max(x0, 0), min(x1, image.width()), 2):
            c = image.pixelColor(x, y)
            values.append(0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue())
    n = len(values)
    mean = sum(values) / n
    return mean, sum((v - mean) ** 2 for v in values) / n


def _item_rect(item):
    pos, size = item.positionWithUnits(), item.sizeWithUnits()
    return pos.x(), pos.y(), size.width(), size.height()


def test_png_not_blank_where_map_and_legend_are_and_layout_added(typology, tmp_path):
    png = out_path(tmp_path, "map.png")
    project = QgsProject.instance()
    title = "PNG test map"
    layers_before = set(project.mapLayers())
    try:
        result, fb, _ = export(typology, png, TITLE=title, ADD_TO_PROJECT=True, DPI=DPI)
        image = QImage(png)
        assert not image.isNull()
        assert abs(image.width() - round(297 / 25.4 * DPI)) <= 1  # A4 landscape at DPI
        layout = project.layoutManager().layoutByName(title)
        assert layout is not None, "ADD_TO_PROJECT keeps the layout, named after the title"
        assert result["LAYOUT_NAME"] == title
        map_item = layout.itemById("map")
        legend = layout.itemById("legend")
        assert isinstance(map_item, QgsLayoutItemMap) and isinstance(legend, QgsLayoutItemLegend)
        assert not map_item.crs().isGeographic()
        mean, var = _region_stats(image, _item_rect(map_item), DPI)
        assert var > 200, f"map region is blank (variance {var:.1f})"
        mean, var = _region_stats(image, _item_rect(legend), DPI)
        assert var > 200, f"legend region is blank (variance {var:.1f})"
        # the page margin is white: the checks above measure something
        mean, var = _region_stats(image, (1, 1, 6, 6), DPI)
        assert mean > 250 and var < 1
        scalebar = layout.itemById("scalebar")
        assert scalebar.units() == QgsUnitTypes.DistanceKilometers
        # the layout's layers belong to the project (in an unchecked group), so it survives saving
        for lyr in map_item.layers():
            assert project.mapLayer(lyr.id()) is not None
        group = project.layerTreeRoot().findGroup(f"{title} (map layers)")
        assert group is not None and not group.itemVisibilityChecked()
        # a second run does not replace the first layout
        result2, _, _ = export(typology, out_path(tmp_path, "map2.png"), TITLE=title, ADD_TO_PROJECT=True, DPI=DPI)
        assert result2["LAYOUT_NAME"] == f"{title} (2)"
    finally:
        for name in (title, f"{title} (2)"):
            lay = project.layoutManager().layoutByName(name)
            if lay is not None:
                project.layoutManager().removeLayout(lay)
            group = project.layerTreeRoot().findGroup(f"{name} (map layers)")
            if group is not None:
                project.layerTreeRoot().removeChildNode(group)
        for lid in set(project.mapLayers()) - layers_before:
            project.removeMapLayer(lid)


def test_svg_written(typology, tmp_path):
    svg = out_path(tmp_path, "map.svg")
    export(typology, svg)
    with open(svg, encoding="utf-8", errors="replace") as fh:
        content = fh.read()
    assert "<svg" in content and "Unfavourable" in content


def test_input_layer_unchanged(typology, tmp_path):
    layer = QgsVectorLayer(typology, "typology", "ogr")
    layer.loadDefaultStyle()
    before = layer_digest(layer)
    renderer_xml = layer.renderer().dump()
    export(layer, out_path(tmp_path, "map.pdf"), LABEL_FIELD="name_en", BACKGROUND_LAYERS=[sample_layer()])
    assert layer_digest(layer) == before
    assert layer.renderer().dump() == renderer_xml
    assert not layer.labelsEnabled()


@needs_poppler
def test_background_layers_not_in_legend(typology, tmp_path):
    outline = memory_layer(
        [("name", "string")], [("oblast",)], geoms=[QgsGeometry.fromRect(QgsRectangle(53, 44.5, 65, 52))]
    )
    outline.setName("zz background outline")
    pdf = out_path(tmp_path, "bg.pdf")
    export(typology, pdf, BACKGROUND_LAYERS=[outline])
    text = pdf_text(pdf)
    assert "zz background outline" not in text
    for label in LABELS:
        assert label in text


def test_map_crs_default_and_given(provider):
    aktobe = sample_layer()
    crs, note = layouts.auto_map_crs(aktobe.crs(), aktobe.extent())
    assert "+proj=laea" in crs.toProj() and not crs.isGeographic()
    assert "Lambert azimuthal equal-area" in note
    georgia = QgsRectangle(-85.61, 30.36, -80.84, 35.0)  # 4.8° wide: one UTM zone
    crs, note = layouts.auto_map_crs(QgsCoordinateReferenceSystem("EPSG:4326"), georgia)
    assert crs.authid() == "EPSG:32617" and "UTM zone 17N" in note
    south = QgsRectangle(18.0, -34.5, 20.0, -33.0)
    crs, _ = layouts.auto_map_crs(QgsCoordinateReferenceSystem("EPSG:4326"), south)
    assert crs.authid() == "EPSG:32734"
    projected = QgsCoordinateReferenceSystem("EPSG:3857")
    crs, note = layouts.auto_map_crs(projected, QgsRectangle(0, 0, 1000, 1000))
    assert crs == projected and "layer's CRS" in note


def test_map_crs_parameter_used(typology, tmp_path):
    result, fb, _ = export(typology, out_path(tmp_path, "m.pdf"), MAP_CRS="EPSG:32640")
    assert "MAP_CRS (EPSG:32640)" in fb.text


@pytest.mark.parametrize(
    "params, message",
    [
        ({"OUTPUT": "map.jpg"}, r"\.pdf, \.png or \.svg"),
    ],
)
def test_bad_output_extension(typology, tmp_path, params, message):
    p = dict(params)
    output = out_path(tmp_path, p.pop("OUTPUT"))
    with pytest.raises(QgsProcessingException, match=message):
        export(typology, output, **p)


def test_empty_layer_refused(provider, tmp_path):
    empty = memory_layer([("id", "string")], [])
    with pytest.raises(QgsProcessingException, match="nothing to map"):
        export(empty, out_path(tmp_path, "e.pdf"))


@needs_poppler
def test_source_line_defaults(provider, tmp_path):
    layer = memory_layer(
        [("name", "string")], [("oblast",)], geoms=[QgsGeometry.fromRect(QgsRectangle(53, 44.5, 65, 52))]
    )
    pdf = out_path(tmp_path, "nosource.pdf")
    result, fb, _ = run("exportmap", {"INPUT": layer, "TITLE": "No source", "DPI": DPI, "OUTPUT": pdf})
    assert "Source: …" in pdf_text(pdf) and "for you to fill in" in fb.text
    md = layer.metadata()
    md.setRights(["Boundaries © geoBoundaries test credit"])
    layer.setMetadata(md)
    pdf = out_path(tmp_path, "rights.pdf")
    run("exportmap", {"INPUT": layer, "TITLE": "Rights", "DPI": DPI, "OUTPUT": pdf})
    assert "Boundaries © geoBoundaries test credit" in pdf_text(pdf)
