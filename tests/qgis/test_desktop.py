"""The desktop as a geographer meets it (issue 18), headless: the samples loaded from the
menu, every algorithm's and model's dialog opened the way the toolbox opens it
(``processing.createAlgorithmDialog``), and a run through the dialog whose result QGIS loads
into the project. Screenshots of the dialogs and the canvas go to out/desktop/ (test
artefacts, not committed).

pytest-qgis's stand-in for the QGIS interface lacks a browser model, which the dialog asks
for: a real one is given; the canvas is tied to the layer tree by QGIS's own bridge, which
zooms to all layers when the first ones are added — the reset the sample loader must survive.
Headless by default (offscreen Qt, as the whole suite); with an X server:
``xvfb-run -a .venv/bin/python -m pytest -o qgis_gui_enabled=true tests/qgis/test_desktop.py``.
"""

import os
import time

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingParameterField,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..conftest import ROOT
from .test_rank_typology import INDICATORS

OUT = os.path.join(ROOT, "out", "desktop")


def spin(seconds=0.3, until=None):
    """Run the event loop (QGIS's deferred work) for ``seconds``, or until ``until()``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.01)
    return until() if until is not None else True


@pytest.fixture(scope="module")
def desktop(plugin, qgis_iface):
    from qgis.core import QgsLayerTreeModel
    from qgis.gui import QgsBrowserGuiModel, QgsLayerTreeMapCanvasBridge, QgsLayerTreeView

    from territorial_clusters.ui.menu import PluginMenu

    model = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: model
    project = QgsProject.instance()
    project.clear()
    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 600)
    bridge = QgsLayerTreeMapCanvasBridge(project.layerTreeRoot(), canvas)  # as QGIS's main window has
    view = QgsLayerTreeView()  # QGIS 3.40 adds the results at the layer tree's current node
    view.setModel(QgsLayerTreeModel(project.layerTreeRoot(), view))
    qgis_iface.layerTreeView = lambda: view
    os.makedirs(OUT, exist_ok=True)
    PluginMenu(qgis_iface).load_sample()
    spin(1.0)
    yield qgis_iface
    del bridge
    project.clear()


def save_map(canvas, name):
    """The canvas's map as QGIS renders it (its settings: layers, extent, CRS) in a PNG."""
    from qgis.core import QgsMapRendererSequentialJob
    from qgis.PyQt.QtCore import QSize

    settings = canvas.mapSettings()
    settings.setOutputSize(QSize(1000, 700))
    settings.setExtent(canvas.extent())
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(os.path.join(OUT, name))


def project_layer(name):
    layers = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == name]
    assert layers, name
    return layers[0]


def test_sample_view_ends_on_aktobe(desktop):
    canvas = desktop.mapCanvas()
    districts = project_layer("districts")
    from qgis.core import QgsCoordinateTransform

    ct = QgsCoordinateTransform(districts.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    aktobe = ct.transformBoundingBox(districts.extent())
    shown = canvas.extent()
    assert shown.contains(aktobe) or shown.intersect(aktobe).area() > 0.95 * aktobe.area()
    # the view is Aktobe oblast, not all three samples (Kazakhstan, Georgia): the oblast
    # fills the canvas's width or height (the other side follows the canvas's shape)
    assert min(shown.width() / aktobe.width(), shown.height() / aktobe.height()) < 1.2
    save_map(canvas, "canvas_samples.png")


def test_samples_load_styled(desktop):
    for name in ("districts", "regions", "counties", "capitals"):
        layer = project_layer(name)
        renderer = layer.renderer()
        assert isinstance(renderer, QgsSingleSymbolRenderer)
        if layer.geometryType() == 2:  # polygons: outlined, a pale fill, not a random colour
            props = renderer.symbol().symbolLayer(0).properties()
            assert props["outline_color"].startswith("90,90,90")
        assert layer.labelsEnabled(), name
        assert layer.labeling().settings().fieldName in {"name_en", "name"}, name


def _pk(layer):
    from territorial_clusters.layers.field_guess import primary_key_names

    return primary_key_names(layer)


def _dialog_algorithms(provider):
    return list(provider.algorithms())


def test_dialogs_never_start_on_the_feature_id(desktop, provider):
    """Every dialog (algorithms and shipped models) on the Aktobe sample: no required
    numeric field parameter, and no key parameter, holds the feature id ``fid``."""
    import processing

    districts = project_layer("districts")
    desktop.setActiveLayer(districts)
    checked = 0
    for alg in _dialog_algorithms(provider):
        dlg = processing.createAlgorithmDialog(alg.id(), {})
        assert dlg is not None, alg.id()
        panel = dlg.mainWidget()
        for param in dlg.algorithm().parameterDefinitions():
            if not isinstance(param, QgsProcessingParameterField):
                continue
            wrapper = panel.wrappers.get(param.name())
            parent = panel.wrappers.get(param.parentLayerParameterName())
            if wrapper is None or parent is None:
                continue
            value = wrapper.parameterValue()
            chosen = value if isinstance(value, list) else [value] if isinstance(value, str) and value else []
            layer = QgsProject.instance().mapLayer(parent.parameterValue() or "") or districts
            ids = _pk(layer)
            assert "fid" in ids
            required = not param.flags() & param.FlagOptional
            if required and (param.dataType() == QgsProcessingParameterField.Numeric or "ID" in param.name()):
                assert not set(chosen) & ids, (alg.id(), param.name(), chosen)
                checked += 1
        dlg.grab().save(os.path.join(OUT, "dialog_{}.png".format(alg.name().replace(" ", "_").replace(":", ""))))
        dlg.close()
        dlg.deleteLater()
    assert checked >= 10


def test_dialog_key_field_guessed(desktop):
    """The key parameter starts on a unique text field named like a district name."""
    import processing

    desktop.setActiveLayer(project_layer("districts"))
    dlg = processing.createAlgorithmDialog("territorialclusters:ranktypology", {})
    panel = dlg.mainWidget()
    assert panel.wrappers["INPUT"].parameterValue() == project_layer("districts").id()
    assert panel.wrappers["ID_FIELD"].parameterValue() == "district"
    dlg.close()


def test_fid_as_indicator_is_refused(desktop):
    alg = QgsApplication.processingRegistry().createAlgorithmById("territorialclusters:ranktypology")
    from qgis.core import QgsProcessingContext

    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    ok, msg = alg.checkParameterValues(
        {
            "INPUT": project_layer("districts").id(),
            "ID_FIELD": "district",
            "POSITIVE_FIELDS": ["fid", "density_2025"],
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        ctx,
    )
    assert not ok
    assert "'fid'" in msg and "[POSITIVE_FIELDS]" in msg and "Indicators where higher is better" in msg


def test_run_from_the_dialog_loads_a_styled_result(desktop):
    """Run rank typology from its dialog: QGIS loads the result into the project (the GUI's
    load path, post-processors and all) and it is styled by class, not a single symbol."""
    import processing

    desktop.setActiveLayer(project_layer("districts"))
    dlg = processing.createAlgorithmDialog(
        "territorialclusters:ranktypology",
        {
            "INPUT": project_layer("districts").id(),
            "ID_FIELD": "district",
            "POSITIVE_FIELDS": INDICATORS,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    before = set(QgsProject.instance().mapLayers())
    finished = []
    dlg.algorithmFinished.connect(lambda ok, results: finished.append((ok, results)))
    dlg.show()
    dlg.runAlgorithm()
    assert spin(60, until=lambda: bool(finished)), "the run did not finish"
    spin(0.5)
    assert finished[0][0], dlg.feedback_dialog
    dlg.grab().save(os.path.join(OUT, "dialog_ranktypology_run.png"))
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    assert len(added) == 1, [lyr.name() for lyr in added]
    result = added[0]
    assert isinstance(result, QgsVectorLayer)
    assert result.renderer().type() != "singleSymbol"
    assert result.renderer().type() == "categorizedSymbol"
    assert result.renderer().classAttribute() in {"typology_class", "class_index"}
    dlg.close()
    save_map(desktop.mapCanvas(), "canvas_result.png")


def test_help_panel_keeps_comparisons_and_bold(desktop, provider):
    """QGIS reads the help as HTML: growth typology's "< 90 low growth rate" stays, the
    <b> headings are bold, not shown as tags."""
    import processing
    from qgis.PyQt.QtWidgets import QTextBrowser

    dlg = processing.createAlgorithmDialog("territorialclusters:growthtypology", {})
    shown = "\n".join(b.toPlainText() for b in dlg.findChildren(QTextBrowser))
    assert "< 90 low growth rate" in shown
    assert "≥ 110 high" in shown
    assert "<b>" not in shown and "Class breaks" in shown
    dlg.close()
    for alg in provider.algorithms():
        if isinstance(alg, QgsProcessingModelAlgorithm):
            continue  # QGIS writes a model's help as HTML itself
        text = alg.shortHelpString()
        stripped = text.replace("<b>", "").replace("</b>", "").replace("<i>", "").replace("</i>", "")
        stripped = stripped.replace("<sub>", "").replace("</sub>", "").replace("<sup>", "").replace("</sup>", "")
        assert "<" not in stripped, alg.id()


def test_no_label_says_optional_itself(desktop, provider):
    """QGIS appends "[optional]" to an optional parameter's label: ours never say it too."""
    for alg in provider.algorithms():
        for param in alg.parameterDefinitions():
            assert "optional" not in param.description().lower(), (alg.id(), param.description())


def test_fields_follow_a_change_of_layer(desktop):
    """Choosing another layer in the dialog: QGIS refills the fields with the first field (the
    feature id); the dialog then guesses again — population on Kazakhstan's regions (a field
    called Population), nothing where no field says it is emissions or population."""
    import processing
    from qgis.core import QgsProcessingContext

    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    desktop.setActiveLayer(project_layer("districts"))
    dlg = processing.createAlgorithmDialog("territorialclusters:emissiondensity", {})
    w = dlg.mainWidget().wrappers
    w["INPUT"].setParameterValue(project_layer("regions").id(), ctx)
    spin(0.1)
    assert w["POPULATION_FIELD"].parameterValue() == "Population"
    assert not w["EMISSIONS_FIELD"].parameterValue()  # air_pollution_index is not emissions
    w["INPUT"].setParameterValue(project_layer("districts").id(), ctx)
    spin(0.1)
    assert not w["POPULATION_FIELD"].parameterValue() and not w["EMISSIONS_FIELD"].parameterValue()
    dlg.close()
    dlg = processing.createAlgorithmDialog("territorialclusters:wardclustering", {})
    w = dlg.mainWidget().wrappers
    w["INPUT"].setParameterValue(project_layer("regions").id(), ctx)
    spin(0.1)
    assert w["ID_FIELD"].parameterValue() == "name"
    dlg.close()


def test_model_dialogs_list_parameters_in_study_order(desktop, provider):
    """The shipped models' dialogs: districts, key, indicators first (not alphabetical)."""
    import processing

    models = [a for a in provider.algorithms() if isinstance(a, QgsProcessingModelAlgorithm)]
    assert len(models) == 2
    for model in models:
        dlg = processing.createAlgorithmDialog(model.id(), {})
        shown = [n for n in dlg.mainWidget().wrappers if not model.parameterDefinition(n).isDestination()]
        assert shown[:3] == ["DISTRICTS", "ID_FIELD", "POSITIVE_FIELDS"], model.id()
        assert shown.index("TITLE") > shown.index("CLASS_LABELS")
        dlg.close()
