"""The shipped Processing models (resources/models/*.model3): load in the provider, run headless."""

import glob
import os
import shutil
import subprocess

import pytest
from qgis.core import QgsApplication, QgsGeometry, QgsProcessingContext, QgsProcessingModelAlgorithm, QgsVectorLayer

from ..conftest import AKTOBE_GPKG, ROOT
from .helpers import LogFeedback, memory_layer, out_path, rows
from .test_rank_typology import INDICATORS, TABLE2

TYPOLOGY_MODEL = "territorialclusters:Report: typology map (paper 004)"
POTENTIAL_MODEL = "territorialclusters:Study: potential clusters (paper 004)"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def registry():
    return QgsApplication.processingRegistry()


def run_model(model_id, params):
    import processing

    feedback = LogFeedback()
    context = QgsProcessingContext()
    result = processing.run(model_id, params, context=context, feedback=feedback)
    return result, feedback, context


@pytest.mark.parametrize(
    "model_id, outputs",
    [
        (TYPOLOGY_MODEL, {"exportmap:Report map", "ranktypology:Typology"}),
        (
            POTENTIAL_MODEL,
            {"exportmap:Report map", "potentialclusters:Potential clusters", "localization:Localization coefficients"},
        ),
    ],
)
def test_models_load_in_provider(provider, model_id, outputs):
    alg = registry().algorithmById(model_id)
    assert isinstance(alg, QgsProcessingModelAlgorithm), model_id
    assert alg.provider().id() == "territorialclusters"
    assert alg.group() == "Territorial Clusters"
    # the children resolve, so the model has its outputs (the provider reloads once registered)
    assert all(c.algorithm() is not None for c in alg.childAlgorithms().values())
    assert {d.name() for d in alg.destinationParameterDefinitions()} == outputs
    ok, issues = alg.validate()
    assert ok, issues


@pytest.mark.parametrize("path", sorted(glob.glob(os.path.join(ROOT, "resources", "models", "*.model3"))))
def test_model_parameters_in_study_order(provider, path):
    """The dialog lists a model's parameters in the file's parameter order (a study's:
    districts, key, indicators, … map), not alphabetically by internal name."""
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(path), path
    order = [p.parameterName() for p in model.orderedParameters()]
    assert len(order) == len(model.parameterComponents()) >= 10
    assert order[:3] == ["DISTRICTS", "ID_FIELD", "POSITIVE_FIELDS"]
    assert order != sorted(order)
    alg = registry().algorithmById(f"territorialclusters:{model.name()}")
    shown = [d.name() for d in alg.parameterDefinitions() if not d.isDestination()]
    assert shown == order
    # a model of a whole study or report, not to be taken for one of the algorithms
    assert model.name().startswith(("Study: ", "Report: "))
    assert model.name() not in {a.displayName() for a in provider.algorithms() if a.id() != alg.id()}


def test_model_refuses_the_feature_id_as_an_indicator(provider, tmp_path):
    """A model runs its steps without their parameter checks: the step itself refuses fid."""
    import processing
    from qgis.core import QgsProcessingException

    feedback = LogFeedback()
    params = {
        "DISTRICTS": f"{AKTOBE_GPKG}|layername=districts",
        "ID_FIELD": "district",
        "POSITIVE_FIELDS": ["fid"] + INDICATORS,
        "PAGE": 0,
        "DPI": 72,
        "exportmap:Report map": out_path(tmp_path, "fid.pdf"),
        "ranktypology:Typology": "TEMPORARY_OUTPUT",
    }
    with pytest.raises(QgsProcessingException):
        processing.run(TYPOLOGY_MODEL, params, context=QgsProcessingContext(), feedback=feedback)
    assert "Indicators where higher is better» [POSITIVE_FIELDS]: 'fid' is the layer's feature id" in feedback.text
    assert not os.path.exists(out_path(tmp_path, "fid.pdf"))


def test_typology_model_runs(provider, tmp_path):
    pdf = out_path(tmp_path, "typology.pdf")
    gpkg = out_path(tmp_path, "typology.gpkg")
    result, fb, ctx = run_model(
        TYPOLOGY_MODEL,
        {
            "DISTRICTS": f"{AKTOBE_GPKG}|layername=districts",
            "ID_FIELD": "district",
            "POSITIVE_FIELDS": INDICATORS,
            "REFERENCE": 3,
            "REFERENCE_TABLE": f"{AKTOBE_GPKG}|layername=oblast_reference",
            "CLASS_BREAKS": "0;-2.5",
            "CLASS_LABELS": "Favourable;Less favourable;Unfavourable",
            "LABEL_FIELD": "name_en",
            "TITLE": "Typology (model)",
            "PAGE": 1,
            "DPI": 72,
            "exportmap:Report map": pdf,
            "ranktypology:Typology": gpkg,
        },
    )
    assert result["exportmap:Report map"] == pdf and os.path.getsize(pdf) > 1000
    got = rows(QgsVectorLayer(gpkg, "t", "ogr"), "district")
    for cls_index, members in TABLE2.items():
        assert {d for d, r in got.items() if r["class_index"] == cls_index} == members
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        assert "Typology (model)" in text and "Less favourable" in text and "km" in text


def _square(i, j):
    return QgsGeometry.fromWkt(f"POLYGON(({i} {j}, {i + 1} {j}, {i + 1} {j + 1}, {i} {j + 1}, {i} {j}))")


def test_potential_model_runs(provider, tmp_path):
    if registry().algorithmById("territorialclusters:localizationcoefficient") is None:
        pytest.skip("localizationcoefficient is not available")
    # six districts; x = 10, 9, 8, 3, 2, 1 against their mean 5.5 → grades 3, 2, 1, -1, -2, -3;
    # breaks 0;-2.5 → a, b, c favourable (class 0)
    names = "abcdef"
    districts = memory_layer(
        [("id", "string"), ("x", "double")],
        list(zip(names, [10, 9, 8, 3, 2, 1])),
        geoms=[_square(i % 3, i // 3) for i in range(6)],
    )
    # employment: each district 100, each industry 200 of 600 → LQ = share in district × 3
    shares = {
        "a": (80, 10, 10),
        "b": (10, 80, 10),
        "c": (10, 10, 80),
        "d": (50, 25, 25),
        "e": (25, 50, 25),
        "f": (25, 25, 50),
    }
    industries = ["Manufacturing", "Finance", "Services"]
    table = memory_layer(
        [("county", "string"), ("sector", "string"), ("employees", "double")],
        [(d, ind, float(v)) for d, vals in shares.items() for ind, v in zip(industries, vals)],
        geometry="None",
        crs=None,
    )
    hub = memory_layer(
        [("name", "string")], [("Hubtown",)], geometry="Point", geoms=[QgsGeometry.fromWkt("POINT(0.5 0.5)")]
    )
    pdf = out_path(tmp_path, "clusters.pdf")
    pot = out_path(tmp_path, "potential.gpkg")
    result, fb, ctx = run_model(
        POTENTIAL_MODEL,
        {
            "DISTRICTS": districts,
            "ID_FIELD": "id",
            "POSITIVE_FIELDS": ["x"],
            "REFERENCE": 0,
            "CLASS_BREAKS": "0;-2.5",
            "TABLE": table,
            "TABLE_ID_FIELD": "county",
            "TABLE_INDUSTRY_FIELD": "sector",
            "TABLE_VALUE_FIELD": "employees",
            "FAVOURABLE_CLASSES": "0",
            "THRESHOLD": 1.0,
            "CENTRES": hub,
            "MIN_MEMBERS": 1,
            "TITLE": "Clusters (model)",
            "PAGE": 1,
            "DPI": 72,
            "exportmap:Report map": pdf,
            "potentialclusters:Potential clusters": pot,
            "localization:Localization coefficients": "TEMPORARY_OUTPUT",
        },
    )
    assert os.path.getsize(pdf) > 1000
    got = rows(QgsVectorLayer(pot, "p", "ogr"), "id")
    assert got["a"]["cluster_potential"] == "Manufacturing (2.4)"
    assert got["b"]["cluster_potential"] == "Finance (2.4)"
    assert got["c"]["cluster_potential"] == "Services (2.4)"
    for d in "def":  # LQ 1.5 somewhere, but not favourable
        assert got[d]["cluster_potential"] is None and not got[d]["favourable"]
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout.split())
        # the cluster structure: one cluster per industry (MIN_MEMBERS 1), all centred on Hubtown
        for piece in ("Clusters (model)", "Manufacturing (2.4)", "Hubtown (1, 2, 3)", "1. Finance", "km"):
            assert piece in text, piece


def _env():
    """qgis_process with the user's default profile (where scripts/install_plugin.sh enables
    the plugin), not the test profile pytest-qgis points QGIS to."""
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _qgis_process_has(model_id):
    if not os.path.exists(QGIS_PROCESS):
        return False
    out = subprocess.run([QGIS_PROCESS, "list"], capture_output=True, text=True, env=_env())
    return model_id in out.stdout


def test_typology_model_runs_in_qgis_process(provider, tmp_path):
    if not _qgis_process_has(TYPOLOGY_MODEL):
        pytest.skip("the plugin is not installed for qgis_process (scripts/install_plugin.sh)")
    pdf = out_path(tmp_path, "qp.pdf")
    args = [
        QGIS_PROCESS,
        "run",
        TYPOLOGY_MODEL,
        "--",
        f"DISTRICTS={AKTOBE_GPKG}|layername=districts",
        "ID_FIELD=district",
    ]
    args += [f"POSITIVE_FIELDS={f}" for f in INDICATORS]
    args += [
        "REFERENCE=3",
        f"REFERENCE_TABLE={AKTOBE_GPKG}|layername=oblast_reference",
        "CLASS_BREAKS=0;-2.5",
        "TITLE=qgis_process map",
        "PAGE=0",
        "DPI=72",
        f"exportmap:Report map={pdf}",
        "ranktypology:Typology=TEMPORARY_OUTPUT",
    ]
    proc = subprocess.run(args, capture_output=True, text=True, env=_env(), cwd=ROOT)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "Model processed OK" in proc.stdout
    assert os.path.getsize(pdf) > 1000
