"""localizationcoefficient's reliable quotients, dynamics quadrants and bubble charts (issue 16),
and STYLE_INDUSTRY refused before computing (issue 18), through processing.run."""

import math
import os

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsRuleBasedRenderer, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from .helpers import LogFeedback, out_path, run
from .test_localization import (
    ALG,
    _cbp_frame,
    _expected_lq,
    georgia_params,
    outputs,
    wide_layer,
    wide_params,
)

Z95 = 1.959963984540054


def test_interval_fields_match_the_formula(provider):
    # hand data (see test_localization): X = 300, X_i = 100; district A, industry m: 60 of 100
    result, fb, ctx = run(ALG, wide_params())
    _, long = outputs(result, ctx)
    row = long[("A", "m")]
    lq = 1.8
    se = math.sqrt(1 / 60 - 1 / 100 - 1 / 100 + (2 * lq - 1) / 300)
    assert row["lq_low"] == pytest.approx(lq * math.exp(-Z95 * se))
    assert row["lq_high"] == pytest.approx(lq * math.exp(Z95 * se))
    assert row["lq_significant"] is True  # 1.8 · e^(−1.96·0.097) = 1.49 > 1
    assert long[("B", "f")]["lq_significant"] is False  # LQ 1.2 on 20 counts: [0.80, 1.80]
    assert long[("A", "c")]["lq_significant"] is False
    assert "lq_quadrant" not in row  # one period
    assert "Poisson interval at 95 %: 2 quotient(s) significantly above 1" in fb.text
    # 90 %: narrower
    result90, _, ctx90 = run(ALG, wide_params(CONFIDENCE=0.9))
    _, long90 = outputs(result90, ctx90)
    assert long90[("A", "m")]["lq_low"] > row["lq_low"] and long90[("A", "m")]["lq_high"] < row["lq_high"]
    # no test: the fields are there, NULL
    result0, _, ctx0 = run(ALG, wide_params(LQ_TEST=0))
    _, long0 = outputs(result0, ctx0)
    assert all(r["lq_low"] is None and r["lq_significant"] is None for r in long0.values())


def test_share_test_and_fractional_counts_warning(provider):
    layer = wide_layer(extra=[("D", "district D", 0.5, 1, 1, 1, 1, 1, 2.5)])
    result, fb, ctx = run(ALG, wide_params(INPUT=layer))
    assert "1 value(s) are not whole numbers (e.g. 0.5 for district 'D', industry 'm')" in fb.text
    result, fb, ctx = run(ALG, wide_params(LQ_TEST=2, MIN_SHARE=0.1))
    _, long = outputs(result, ctx)
    # cells ≥ 10 % of X = 300 (30) and LQ ≥ 1: A/m (60, 1.8), C/f (50, 1.0), C/c (70, 1.4)
    assert {k for k, r in long.items() if r["lq_significant"]} == {("A", "m"), ("C", "f"), ("C", "c")}
    assert all(r["lq_low"] is None for r in long.values())


def test_not_significant_quotients_are_hatched_and_the_layer_names_the_industry(provider, tmp_path):
    path = out_path(tmp_path)
    result, _, ctx = run(ALG, wide_params(OUTPUT=path, STYLE_INDUSTRY="f"))
    layer = QgsVectorLayer(path, "x", "ogr")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = renderer.rootRule().children()
    assert [r.label() for r in rules][-1] == "Not significant (hatched)"
    hatched = {f["id"] for f in layer.getFeatures(rules[-1].filterExpression())}
    # f: A 0.9 [..], B 1.2 on 20, C 1.0 on 50 — none significantly above 1
    assert hatched == {"A", "B", "C"}
    assert {f["id"]: f["lq_sig_f"] for f in layer.getFeatures()} == {"A": False, "B": False, "C": False}
    # the layer loaded in the Layers panel names the mapped industry
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsProject

    loaded = QgsProcessingOutputLayerDefinition(out_path(tmp_path, "loaded.gpkg"), QgsProject.instance())
    result, _, ctx = run(ALG, wide_params(OUTPUT=loaded, STYLE_INDUSTRY="m"))
    details = ctx.layersToLoadOnCompletion()
    assert details[result["OUTPUT"]].name == "Localization coefficient: m"


def test_style_industry_refused_before_computing_with_names_one_per_line(provider):
    alg_params = georgia_params(STYLE_INDUSTRY="Constructoin", BASE_YEAR=None, END_YEAR=2021)
    fb = LogFeedback()
    with pytest.raises(QgsProcessingException) as err:
        run(ALG, alg_params, feedback=fb)
    text = str(err.value)
    assert "[STYLE_INDUSTRY]: 'Constructoin' is not one of the industries" in text
    lines = text.split("\n")
    assert "  Construction" in lines and "  Mining, Quarrying, and Oil and Gas Extraction" in lines
    assert len([ln for ln in lines if ln.startswith("  ")]) == 17
    assert "Region total" not in fb.text  # refused before the quotients were computed
    # the wide form: refused by the parameter check, before anything is read
    from qgis.core import QgsApplication, QgsProcessingContext

    alg = QgsApplication.processingRegistry().algorithmById(f"territorialclusters:{ALG}")
    ok, msg = alg.checkParameterValues(wide_params(STYLE_INDUSTRY="oil"), QgsProcessingContext())
    assert not ok and msg.endswith(":\n  m\n  f\n  c")


def test_georgia_quadrants_match_a_direct_computation(provider, tmp_path):
    df = _cbp_frame()
    folder = str(tmp_path / "charts")
    result, fb, ctx = run(
        ALG,
        georgia_params(CHART_FOLDER=folder, CHART_INDUSTRY="Construction", CHART_NAME_FIELD="name", CHART_FORMAT=1),
    )
    _, long = outputs(result, ctx, key="fips")
    # a (county, sector) without a row counts as 0 (LQ 0); a NULL value stays unknown
    grid = pd.MultiIndex.from_tuples(sorted(long), names=["fips", "sector"])
    e21, e17 = (_expected_lq(df, y).reindex(grid, fill_value=0.0) for y in (2021, 2017))
    change = (e21 - e17).dropna()
    tol = 0.05
    expected = {}
    for key, d in change.items():
        high = e21[key] >= 1
        growing = round(d, 9) > tol
        expected[key] = ("Star" if growing else "Mature") if high else ("Emerging" if growing else "Transforming")
    assert len(expected) == 2585  # of 159 × 17 = 2,703 pairs: 118 suppressed in 2017 (NULL) have none
    got = {k: r["lq_quadrant"] for k, r in long.items() if r["lq_quadrant"] is not None}
    assert got == expected
    counts = {q: sum(1 for v in expected.values() if v == q) for q in ("Star", "Mature", "Emerging", "Transforming")}
    assert counts == {"Star": 342, "Mature": 446, "Emerging": 265, "Transforming": 1532}
    assert (
        "LQ dynamics quadrants: Star {Star}, Mature {Mature}, Emerging {Emerging}, Transforming {Transforming}".format(
            **counts
        )
        in fb.text
    )
    # one chart: construction across the 159 counties, SVG holding the title and county names
    files = os.listdir(folder)
    assert files == ["lq_chart_construction.svg"]
    svg = open(os.path.join(folder, files[0]), encoding="utf-8").read()
    assert "LQ dynamics: Construction" in svg and "Star" in svg and "Transforming" in svg
    assert "<path" in svg or "<use" in svg


def test_a_chart_per_district_png_non_blank_with_the_name(provider, tmp_path):
    folder = tmp_path / "charts"
    folder.mkdir()
    (folder / "keep_me.txt").write_text("a file of the user's")
    result, fb, ctx = run(
        ALG,
        wide_params(
            INDUSTRY_FIELDS_BASE=["m0", "f0", "c0"], CHART_FOLDER=str(folder), CHART_NAME_FIELD="name", CHART_FORMAT=0
        ),
    )
    files = sorted(os.listdir(folder))
    assert files == ["keep_me.txt", "lq_chart_district_a.png", "lq_chart_district_b.png", "lq_chart_district_c.png"]
    assert (folder / "keep_me.txt").read_text() == "a file of the user's"
    image = QImage(str(folder / "lq_chart_district_a.png"))
    assert not image.isNull() and image.width() > 400
    ptr = image.convertToFormat(QImage.Format_RGB32).bits()
    ptr.setsize(image.width() * image.height() * 4)
    pixels = np.frombuffer(ptr, dtype=np.uint8)
    assert (pixels < 200).mean() > 0.01  # not blank: axes, bubbles, text
    assert "3 bubble chart(s) written to" in fb.text
    # the SVG of the same chart names the district
    svg_folder = tmp_path / "svg"
    run(
        ALG,
        wide_params(
            INDUSTRY_FIELDS_BASE=["m0", "f0", "c0"],
            CHART_FOLDER=str(svg_folder),
            CHART_NAME_FIELD="name",
            CHART_FORMAT=1,
        ),
    )
    assert "LQ dynamics: district A" in (svg_folder / "lq_chart_district_a.svg").read_text(encoding="utf-8")
    # one period: charts refused, no file left
    empty = tmp_path / "one_period"
    with pytest.raises(QgsProcessingException, match=r"\[CHART_FOLDER\] need two periods"):
        run(ALG, wide_params(CHART_FOLDER=str(empty)))
    assert not empty.exists() or not os.listdir(empty)


def test_potential_clusters_can_require_significance(provider, tmp_path):
    from .helpers import as_layer, memory_layer

    table_path = out_path(tmp_path, "lq_table.gpkg")
    run(ALG, wide_params(OUTPUT_TABLE=table_path))
    typology = memory_layer(
        [("id", "string"), ("class_index", "int"), ("typology_class", "string")],
        [(d, 0, "Favourable") for d in "ABC"],
    )
    base = {"TYPOLOGY": typology, "ID_FIELD": "id", "LQ_TABLE": table_path, "OUTPUT": "TEMPORARY_OUTPUT"}
    every, _, ctx = run("potentialclusters", base)
    got = {f["id"]: f["cluster_potential"] for f in as_layer(every["OUTPUT"], ctx).getFeatures()}
    assert got == {"A": "m (1.8)", "B": "f (1.2), c (1.2)", "C": "c (1.4), f (1.0)"}
    # only the quotients whose 95 % interval lies above 1: A/m [1.49, 2.18] and C/c [1.24, 1.58]
    sig, fb, ctx = run("potentialclusters", dict(base, REQUIRE_SIGNIFICANT=True))
    got = {f["id"]: f["cluster_potential"] for f in as_layer(sig["OUTPUT"], ctx).getFeatures()}
    assert got["A"] == "m (1.8)" and got["C"] == "c (1.4)" and got["B"] in (None, "")
    assert "Only significant quotients: 2 of 9 rows of LQ_TABLE kept" in fb.text
    # a table without the flag is refused, naming the option
    plain = memory_layer([("id", "string"), ("industry", "string"), ("lq", "double")], [("A", "m", 1.8)], "None", None)
    with pytest.raises(
        QgsProcessingException, match=r"\[REQUIRE_SIGNIFICANT\]: «.*» \[LQ_TABLE\] has no field 'lq_significant'"
    ):
        run("potentialclusters", dict(base, LQ_TABLE=plain, REQUIRE_SIGNIFICANT=True))
