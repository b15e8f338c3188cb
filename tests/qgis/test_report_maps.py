"""Report maps ready to print (issue 18) and in the language asked for (issue 17): the map
fills its frame, labels never overlap, the legend keeps to the margins, the source line
credits the input (carried over into results), ADD_TO_PROJECT adds no layer twice, and
LANGUAGE prints the page's texts in English, Russian or Kazakh whatever the interface."""

import itertools
import subprocess

import pytest
from qgis.core import (
    QgsCoordinateTransform,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProcessingContext,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSizeF

from territorial_clusters.layers.provenance import abstract_credits, layer_credits
from territorial_clusters.maps import Maps, layouts, report
from territorial_clusters.maps.crs import projected_extent
from territorial_clusters.maps.labels import report_clone
from territorial_clusters.maps.page import PAGES

from ..conftest import PACKAGE, SAMPLE_DIR
from .helpers import LogFeedback, out_path, run
from .test_exportmap import needs_poppler
from .test_rank_typology import paper_params

DPI = 72
SAMPLES = {
    # name: (layer, label field, a words of its credit)
    "kazakhstan": ("kaz_regions.gpkg|layername=regions", "name", "OpenStreetMap"),
    "georgia": ("georgia_cbp.gpkg|layername=counties", "name", "us-atlas"),
}


@pytest.fixture(scope="module")
def typology(provider, tmp_path_factory):
    """The paper-004 typology of Aktobe (a result: its credits come from the input)."""
    path = str(tmp_path_factory.mktemp("typology") / "typology.gpkg")
    run("ranktypology", paper_params(path))
    return path


def _sample(name, typology):
    if name == "aktobe":
        layer = QgsVectorLayer(typology, "typology", "ogr")
        layer.loadDefaultStyle()
        return layer, "name_en", "geoBoundaries"
    source, label, credit = SAMPLES[name]
    layer = QgsVectorLayer("{}/{}".format(SAMPLE_DIR, source), name, "ogr")
    assert layer.isValid()
    return layer, label, credit


def _report(layer, label_field, page):
    clone = report_clone(layer, label_field, label_size=8.0)
    spec = layouts.MapSpec(title="Test map " + layer.name(), page=page, credits=report.source_credits(layer, clone))
    project = QgsProject.instance()
    return layouts.build_layout(project, clone, [], spec, project.transformContext()), clone


def _rect(item):
    """(x0, y0, x1, y1) in mm on the page, whatever the item's reference point."""
    pos, rect = item.scenePos(), item.rect()
    return pos.x(), pos.y(), pos.x() + rect.width(), pos.y() + rect.height()


def _labels(map_item):
    """The label boxes QGIS's labeling engine placed on a render of the map item."""
    w, h = map_item.rect().width(), map_item.rect().height()
    size = QSizeF(w / 25.4 * DPI * 2, h / 25.4 * DPI * 2)
    settings = map_item.mapSettings(map_item.extent(), size, DPI * 2, True)
    settings.setFlag(QgsMapSettings.DrawLabeling, True)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return [p for p in job.takeLabelingResults().allLabels() if not p.isUnplaced]


@pytest.mark.parametrize("name, page", list(itertools.product(["aktobe", "kazakhstan", "georgia"], range(4))))
def test_report_page(provider, typology, name, page):
    layer, label_field, credit = _sample(name, typology)
    result, clone = _report(layer, label_field, page)
    lay = result.layout
    map_item = lay.itemById("map")
    # the map fills its frame: the layer's extent takes >= 90 % of its width or height
    ext = projected_extent(clone, map_item.crs(), QgsProject.instance().transformContext())
    shown = map_item.extent()
    cover = max(ext.width() / shown.width(), ext.height() / shown.height())
    assert cover >= 0.9, (name, page, cover)
    # every item within the margins (10 mm on A4, 14 mm on A3), the legend first of all
    _, _, w, h = PAGES[page]
    m = 10.0 * min(w, h) / 210.0
    for item_id in ("legend", "map", "title", "source", "date", "scalebar", "north_arrow", "north_label"):
        x0, y0, x1, y1 = _rect(lay.itemById(item_id))
        assert x0 >= m - 0.5 and y0 >= m - 0.5 and x1 <= w - m + 0.5 and y1 <= h - m + 0.5, (item_id, m)
    # nothing runs into the footer, the legend not into the map
    footer_top = _rect(lay.itemById("source"))[1]
    for item_id in ("legend", "map", "scalebar", "north_arrow"):
        assert _rect(lay.itemById(item_id))[3] <= footer_top + 0.3, item_id
    lx0, ly0, lx1, ly1 = _rect(lay.itemById("legend"))
    mx0, my0, mx1, my1 = _rect(map_item)
    assert lx0 >= mx1 - 0.3 or ly0 >= my1 - 0.3, "legend beside or under the map"
    # labels: placed, and no two boxes overlap
    boxes = [p.labelRect for p in _labels(map_item)]
    assert len(boxes) >= 5, (name, len(boxes))
    if name == "aktobe":  # every district named, Aktobe city (small) beside its district
        assert len(boxes) == 13
    for a, b in itertools.combinations(boxes, 2):
        if a.intersects(b):
            inter = a.intersect(b)
            assert inter.area() <= 0.02 * min(a.area(), b.area()), (name, page)
    # the source line credits the input (for a result too: carried over from its input)
    assert credit in lay.itemById("source").text()
    assert lay.itemById("source").text().startswith("Source: ")


def test_labels_shrunk_not_spilled(provider):
    """Kazakhstan at national scale: long names shrunk (and wrapped) into their regions; the
    three cities, too small for their names, labelled beside them — never over a neighbour's
    label (test_report_page)."""
    layer, label_field, _ = _sample("kazakhstan", None)
    result, _ = _report(layer, label_field, 1)
    assert result.labels_shrunk > 0
    placed = {p.labelText.replace("\n", " ") for p in _labels(result.layout.itemById("map"))}
    assert {"Astana", "Almaty", "Shymkent"} <= placed  # beside their small districts
    assert {"Atyrau Region", "Karaganda Region", "West Kazakhstan Region", "Almaty Region"} <= placed
    assert len(placed) >= 17  # of 20 regions


def test_credits_from_abstract_and_carried_into_results(provider, typology):
    text = (
        "Georgia's 159 counties (fips = code). Boundaries: us-atlas 3.0.1 (ISC licence) from U.S. Census "
        "Bureau cartographic boundaries (public domain). Employment is in the table cbp."
    )
    assert abstract_credits(text) == [
        "Boundaries: us-atlas 3.0.1 (ISC licence) from U.S. Census Bureau cartographic boundaries (public domain)"
    ]
    result = QgsVectorLayer(typology, "t", "ogr")
    result.loadDefaultStyle()
    assert any("geoBoundaries" in c for c in layer_credits(result))
    # a temporary output gets them as metadata rights
    out, _, context = run("ranktypology", paper_params())
    memory = out["OUTPUT"] if isinstance(out["OUTPUT"], QgsVectorLayer) else context.getMapLayer(out["OUTPUT"])
    assert any("geoBoundaries" in r for r in memory.metadata().rights())


def test_add_to_project_adds_no_layer_twice(provider, typology, tmp_path):
    project = QgsProject.instance()
    layer = QgsVectorLayer(typology, "Typology", "ogr")
    layer.loadDefaultStyle()
    project.addMapLayer(layer)
    before = set(project.mapLayers())
    context = QgsProcessingContext()
    context.setProject(project)
    title = "No twin layers"
    try:
        res, fb, _ = run(
            "exportmap",
            {
                "INPUT": layer.id(),
                "TITLE": title,
                "LABEL_FIELD": "name_en",
                "DPI": DPI,
                "OUTPUT": out_path(tmp_path, "m.png"),
                "ADD_TO_PROJECT": True,
            },
            context=context,
        )
        assert set(project.mapLayers()) == before
        kept = project.layoutManager().layoutByName(title)
        map_item = kept.itemById("map")
        assert [lyr.id() for lyr in map_item.layers()] == [layer.id()]
        assert layer.id() in map_item.layerStyleOverrides()  # drawn with the report's labels
        assert not layer.labelsEnabled()  # the project's layer itself is unchanged
    finally:
        lay = project.layoutManager().layoutByName(title)
        if lay is not None:
            project.layoutManager().removeLayout(lay)
        project.removeMapLayer(layer.id())


def _pdf_text(path):
    return " ".join(
        subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout.split()
    )


@needs_poppler
def test_language_of_the_map(provider, typology, tmp_path):
    params = {"INPUT": typology, "TITLE": "Aktobe", "DPI": DPI, "LABEL_FIELD": "name_en"}
    ru = out_path(tmp_path, "ru.pdf")
    run("exportmap", {**params, "LANGUAGE": 2, "OUTPUT": ru})
    text = _pdf_text(ru)
    assert "Источник" in text and "Проекция" in text and "Карта составлена" in text
    assert "Условия формирования кластеров" in text  # the legend title the typology stored, in Russian
    assert "км" in text and "Source" not in text
    en = out_path(tmp_path, "en.pdf")
    run("exportmap", {**params, "LANGUAGE": 1, "OUTPUT": en})
    text = _pdf_text(en)
    assert "Source: " in text and "Conditions for cluster formation" in text and "Источник" not in text
    kk = out_path(tmp_path, "kk.pdf")
    run("exportmap", {**params, "LANGUAGE": 3, "OUTPUT": kk})
    text = _pdf_text(kk)
    assert "Дереккөз" in text and "Кластерлердің қалыптасу жағдайлары" in text  # furniture, legend title
    assert Maps.tr("Source: {credits}") == "Source: {credits}"  # the interface is English again


@needs_poppler
def test_english_map_from_a_russian_interface(provider, tmp_path):
    import importlib

    plugin = importlib.import_module("{}.plugin".format(PACKAGE))
    assert plugin.install_translator("ru")
    try:
        path = out_path(tmp_path, "typ_ru.gpkg")
        run("ranktypology", paper_params(path))
        layer = QgsVectorLayer(path, "t", "ogr")
        layer.loadDefaultStyle()
        assert layer.customProperty("territorialclusters/legend_title") == "Условия формирования кластеров"
        pdf = out_path(tmp_path, "en.pdf")
        _, fb, _ = run(
            "exportmap",
            {"INPUT": path, "TITLE": "Aktobe", "DPI": DPI, "LANGUAGE": 1, "OUTPUT": pdf},
            feedback=LogFeedback(),
        )
        text = _pdf_text(pdf)
        assert "Conditions for cluster formation" in text and "Source: " in text and "Projection" in text
        assert "Источник" not in text
        assert Maps.tr("Source: {credits}").startswith("Источник")  # the interface stays Russian
    finally:
        plugin.remove_translator()


@needs_poppler
def test_typology_model_prints_the_inputs_credit(provider, tmp_path):
    """The shipped "Typology map for a report" model: no SOURCE_NOTE, yet the page credits the
    districts' boundaries (carried from the input through the typology)."""
    from .test_models import TYPOLOGY_MODEL, run_model
    from .test_rank_typology import INDICATORS

    pdf = out_path(tmp_path, "model.pdf")
    run_model(
        TYPOLOGY_MODEL,
        {
            "DISTRICTS": "{}/aktobe_districts.gpkg|layername=districts".format(SAMPLE_DIR),
            "ID_FIELD": "district",
            "POSITIVE_FIELDS": INDICATORS,
            "REFERENCE": 3,
            "REFERENCE_TABLE": "{}/aktobe_districts.gpkg|layername=oblast_reference".format(SAMPLE_DIR),
            "CLASS_BREAKS": "0;-2.5",
            "TITLE": "Typology (model)",
            "DPI": 72,
            "exportmap:Report map": pdf,
            "ranktypology:Typology": "TEMPORARY_OUTPUT",
        },
    )
    text = _pdf_text(pdf)
    assert "Source: 13 districts of Aktobe oblast" in text and "Boundaries: geoBoundaries" in text
    assert "Runfola et al. 2020" in text and "Source: …" not in text


def test_grey_district_stays_visible(provider, tmp_path):
    """Ward's grey "Not clustered" class (Shymkent has no statistics): the district is drawn and
    no label covers more than half of its district on the page (Shymkent's name, too long for
    the small city, goes beside it)."""
    from .test_ward import INDICATORS as WARD_INDICATORS, kaz_layer

    out = out_path(tmp_path, "ward.gpkg")
    run(
        "wardclustering",
        {"INPUT": kaz_layer(), "ID_FIELD": "name", "FIELDS": WARD_INDICATORS, "N_CLUSTERS": 4, "OUTPUT": out},
    )
    layer = QgsVectorLayer(out, "ward", "ogr")
    layer.loadDefaultStyle()
    labels = [c.label() for c in layer.renderer().categories()]
    assert any("Not clustered" in lab for lab in labels)
    result, clone = _report(layer, "name", 1)
    map_item = result.layout.itemById("map")
    tr = QgsCoordinateTransform(clone.crs(), map_item.crs(), QgsProject.instance())
    boxes = {}
    for f in clone.getFeatures():
        geom = f.geometry()
        geom.transform(tr)
        boxes[f["name"]] = geom.boundingBox()
    assert "Shymkent" in boxes
    for pos in _labels(map_item):
        name = pos.labelText.replace("\n", " ")
        box = boxes.get(name)
        assert box is not None, name
        covered = pos.labelRect.intersect(box).area() if pos.labelRect.intersects(box) else 0.0
        assert covered <= 0.5 * box.area(), name  # inside a district, or beside a small one
