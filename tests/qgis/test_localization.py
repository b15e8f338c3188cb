"""territorialclusters:localizationcoefficient through processing.run."""

import os
import random

import numpy as np
import pandas as pd
import pytest
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsProcessingException,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..conftest import SAMPLE_DIR
from .helpers import as_layer, layer_digest, memory_layer, out_path, rows, rule_labels, run

ALG = "localizationcoefficient"
GEORGIA = os.path.join(SAMPLE_DIR, "georgia_cbp.gpkg")
PARAMETERS = {
    "INPUT",
    "ID_FIELD",
    "INDUSTRY_FIELDS",
    "TOTAL_FIELD",
    "INDUSTRY_FIELDS_BASE",
    "TABLE",
    "TABLE_ID_FIELD",
    "TABLE_INDUSTRY_FIELD",
    "TABLE_VALUE_FIELD",
    "TABLE_YEAR_FIELD",
    "BASE_YEAR",
    "END_YEAR",
    "TABLE_BASE",
    "REFERENCE_TABLE",
    "THRESHOLD",
    "TREND_TOLERANCE",
    "STRONG_LQ_PERCENTILE",
    "STRONG_VALUE_PERCENTILE",
    "STYLE_INDUSTRY",
    "STYLE_BREAKS",
    "OUTPUT",
    "OUTPUT_TABLE",
    "LQ_TEST",
    "CONFIDENCE",
    "MIN_SHARE",
    "CHART_FOLDER",
    "CHART_FORMAT",
    "CHART_INDUSTRY",
    "CHART_NAME_FIELD",
}

# Hand-computed (see tests/unit/test_localization.py): X = 300, X_i = 100 each, LQ = 3·x_ij/x_j
#        m   f   c  | base m0 f0 c0 | LQ end          | LQ base         | trend
#   A   60  30  10  |     50 40 10  | 1.8  0.9  0.3   | 1.5  1.2  0.3   | ↑ ↓ →
#   B   10  20  20  |     10 20 20  | 0.6  1.2  1.2   | 0.6  1.2  1.2   | → → →
#   C   30  50  70  |     40 40 70  | 0.6  1.0  1.4   | 0.8  0.8  1.4   | ↓ ↑ →
END = {"A": (60, 30, 10), "B": (10, 20, 20), "C": (30, 50, 70)}
BASE = {"A": (50, 40, 10), "B": (10, 20, 20), "C": (40, 40, 70)}
LQ = {"A": (1.8, 0.9, 0.3), "B": (0.6, 1.2, 1.2), "C": (0.6, 1.0, 1.4)}
TREND = {"A": ("↑", "↓", "→"), "B": ("→", "→", "→"), "C": ("↓", "↑", "→")}
IND = ("m", "f", "c")


def wide_layer(extra=()):
    spec = (
        [("id", "string"), ("name", "string")]
        + [(i, "double") for i in IND]
        + [(i + "0", "double") for i in IND]
        + [("tot", "double")]
    )
    recs = [(d, f"district {d}") + END[d] + BASE[d] + (sum(END[d]),) for d in "ABC"]
    return memory_layer(spec, recs + list(extra))


def table(records, year=True):
    spec = [("key", "string"), ("ind", "string"), ("val", "double")] + ([("yr", "int")] if year else [])
    return memory_layer(spec, records, geometry="None", crs=None)


def long_records(values, year=None, drop_zero=True):
    out = []
    for d, vals in values.items():
        for i, v in zip(IND, vals):
            if v or not drop_zero:
                out.append((d, i, float(v)) + ((year,) if year is not None else ()))
    return out


def two_year_table():
    recs = long_records(END, 2012) + long_records(BASE, 2008)
    random.Random(7).shuffle(recs)
    return table(recs)


def wide_params(**kw):
    p = {
        "INPUT": wide_layer(),
        "ID_FIELD": "id",
        "INDUSTRY_FIELDS": list(IND),
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
    }
    p.update(kw)
    return p


def long_params(tab=None, **kw):
    p = {
        "INPUT": wide_layer(),
        "ID_FIELD": "id",
        "TABLE": tab if tab is not None else two_year_table(),
        "TABLE_ID_FIELD": "key",
        "TABLE_INDUSTRY_FIELD": "ind",
        "TABLE_VALUE_FIELD": "val",
        "TABLE_YEAR_FIELD": "yr",
        "END_YEAR": 2012,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
    }
    p.update(kw)
    return p


def outputs(result, ctx, key="id"):
    """(districts by key, long-table rows by (key, industry))."""
    districts = rows(as_layer(result["OUTPUT"], ctx), key)
    table_rows = {}
    if "OUTPUT_TABLE" in result:
        tab = as_layer(result["OUTPUT_TABLE"], ctx)
        names = tab.fields().names()
        for f in tab.getFeatures():
            rec = {n: (None if isinstance(v, QVariant) else v) for n, v in zip(names, f.attributes())}
            table_rows[(rec[key], rec["industry"])] = rec
    return districts, table_rows


NEW_FIELDS = ["n_specializations", "specializations", "top_industry", "district_total", "share_of_region", "lq_ceiling"]


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return a == pytest.approx(b, abs=1e-12)
    return a == b


# --- registration -----------------------------------------------------------------------------
def test_registered_with_the_public_parameter_names(provider):
    alg = QgsApplication.processingRegistry().algorithmById(f"territorialclusters:{ALG}")
    assert alg is not None and alg.displayName() == "Localization coefficient"
    assert {p.name() for p in alg.parameterDefinitions()} == PARAMETERS
    defaults = {p.name(): p.defaultValue() for p in alg.parameterDefinitions()}
    assert defaults["THRESHOLD"] == 1.0 and defaults["TREND_TOLERANCE"] == 0.05
    assert defaults["STRONG_LQ_PERCENTILE"] == 75 and defaults["STRONG_VALUE_PERCENTILE"] == 25


# --- values -----------------------------------------------------------------------------------
def test_wide_form_hand_computed(provider, tmp_path):
    result, fb, ctx = run(ALG, wide_params(OUTPUT=out_path(tmp_path), OUTPUT_TABLE=out_path(tmp_path, "long.gpkg")))
    got, long = outputs(result, ctx)
    for d in "ABC":
        assert [got[d][f"lq_{i}"] for i in IND] == pytest.approx(LQ[d], abs=1e-12), d
        assert got[d]["name"] == f"district {d}"  # input fields kept
    assert got["A"]["specializations"] == "m (1.8)" and got["A"]["n_specializations"] == 1
    assert got["B"]["specializations"] == "c (1.2), f (1.2)" and got["B"]["top_industry"] == "c"
    assert got["C"]["specializations"] == "c (1.4), f (1.0)"
    assert [got[d]["share_of_region"] for d in "ABC"] == pytest.approx([1 / 3, 1 / 6, 1 / 2])
    assert [got[d]["lq_ceiling"] for d in "ABC"] == pytest.approx([3, 6, 2])
    assert [got[d]["district_total"] for d in "ABC"] == [100, 50, 150]
    # the long table: ID column named as the ID field, one row per district × industry
    tab = as_layer(result["OUTPUT_TABLE"])
    assert tab.fields().names()[1:4] == ["id", "industry", "value"]  # (fid first in a GeoPackage)
    assert tab.wkbType() == 100  # NoGeometry
    assert len(long) == 9
    bf = long[("B", "f")]
    assert (bf["value"], bf["share"], bf["lq"], bf["specialized"]) == (20, pytest.approx(0.4), pytest.approx(1.2), True)
    assert long[("C", "f")]["specialized"] is True  # LQ exactly 1.0
    # strong (US Cluster Mapping): m: P75 of LQ = 1.2, P25 of values = 20 → A (1.8, 60);
    # c: P75 = 1.3, P25 = 15 → C (1.4, 70); f: P75 = 1.1, P25 = 25 → B has 1.2 but only 20
    assert {k for k, r in long.items() if r["strong"]} == {("A", "m"), ("C", "c")}
    assert "[TOTAL_FIELD]: each district's total x_j is the sum" in fb.text
    assert "m → lq_m" in fb.text


def test_long_form_gives_identical_results(provider):
    r1, _, c1 = run(ALG, wide_params(INDUSTRY_FIELDS_BASE=["m0", "f0", "c0"]))
    r2, fb, c2 = run(ALG, long_params(BASE_YEAR=2008))
    (w_d, w_t), (l_d, l_t) = outputs(r1, c1), outputs(r2, c2)
    fields = NEW_FIELDS + [f"{p}{i}" for p in ("lq_", "lq_base_", "lq_change_", "trend_") for i in IND]
    for d in "ABC":
        for f in fields:
            assert same(w_d[d][f], l_d[d][f]), (d, f, w_d[d][f], l_d[d][f])
    assert w_t.keys() == l_t.keys()
    for k in w_t:
        for f in (
            "value",
            "share",
            "share_of_industry",
            "lq",
            "value_base",
            "lq_base",
            "lq_change",
            "trend",
            "specialized",
            "strong",
        ):
            assert same(w_t[k][f], l_t[k][f]), (k, f)
    assert "TABLE (2012): 1 (district, industry) pair(s) have no row and count as 0" not in fb.text


def test_two_periods_three_ways(provider):
    r1, _, c1 = run(ALG, wide_params(INDUSTRY_FIELDS_BASE=["m0", "f0", "c0"]))
    r2, _, c2 = run(ALG, long_params(BASE_YEAR=2008))
    r3, _, c3 = run(
        ALG,
        long_params(
            tab=table(long_records(END), year=False),
            TABLE_YEAR_FIELD="",
            END_YEAR=None,
            TABLE_BASE=table(long_records(BASE), year=False),
        ),
    )
    for result, ctx in ((r1, c1), (r2, c2), (r3, c3)):
        got, long = outputs(result, ctx)
        for d in "ABC":
            assert tuple(got[d][f"trend_{i}"] for i in IND) == TREND[d]
            assert [got[d][f"lq_base_{i}"] for i in IND] == pytest.approx([3 * v / sum(BASE[d]) for v in BASE[d]])
        assert got["A"]["lq_change_m"] == pytest.approx(0.3)
        assert got["A"]["n_specializations_base"] == 2
        assert got["A"]["specializations_base"] == "m (1.5), f (1.2)"
        assert long[("C", "m")]["trend"] == "↓" and long[("C", "m")]["lq_change"] == pytest.approx(-0.2)
    # a wider tolerance: |±0.2| becomes →
    got, _ = outputs(*run(ALG, long_params(BASE_YEAR=2008, TREND_TOLERANCE=0.25))[::2])
    assert got["C"]["trend_m"] == "→" and got["A"]["trend_m"] == "↑"


def test_end_year_defaults_to_the_latest(provider):
    result, fb, ctx = run(ALG, long_params(END_YEAR=None))
    got, _ = outputs(result, ctx)
    assert got["A"]["lq_m"] == pytest.approx(1.8)
    assert "table)» [END_YEAR] given, using the latest year in 'yr': 2012" in fb.text


def test_total_field_and_threshold(provider):
    layer = wide_layer()
    # tot = x_j here; with a total of 200 for A the region has 100 more "other" employment
    result, fb, ctx = run(ALG, wide_params(INPUT=layer, TOTAL_FIELD="tot", THRESHOLD=1.3))
    got, long = outputs(result, ctx)
    assert got["A"]["lq_m"] == pytest.approx(1.8)
    assert got["B"]["specializations"] == "" and got["B"]["n_specializations"] == 0
    assert got["B"]["top_industry"] is None
    assert got["C"]["specializations"] == "c (1.4)"
    assert long[("A", "m")]["specialized"] is True and long[("C", "f")]["specialized"] is False
    assert "District totals x_j: field 'tot'" in fb.text


def test_reference_table_wide_and_long(provider):
    # X = 2000 over the analysed industries: LQ_Am = (60/100) / (1000/2000) = 1.2
    ref_wide = memory_layer(
        [(i, "double") for i in IND] + [(i + "0", "double") for i in IND],
        [(1000, 500, 500, 1000, 500, 500)],
        geometry="None",
        crs=None,
    )
    got_w, _ = outputs(*run(ALG, wide_params(REFERENCE_TABLE=ref_wide))[::2])
    ref_long = table(
        [
            ("US", "m", 1000.0, 2012),
            ("US", "f", 500.0, 2012),
            ("US", "c", 500.0, 2012),
            ("US", "oil", 9000.0, 2012),
            ("US", "m", 1.0, 2008),
            ("US", "f", 1.0, 2008),
            ("US", "c", 1.0, 2008),
        ]
    )
    result, fb, ctx = run(ALG, long_params(REFERENCE_TABLE=ref_long))
    got_l, _ = outputs(result, ctx)
    for got in (got_w, got_l):
        assert got["A"]["lq_m"] == pytest.approx(1.2)
        assert got["C"]["lq_c"] == pytest.approx((70 / 150) / (500 / 2000))
        assert got["A"]["share_of_region"] == pytest.approx(100 / 2000)
    assert "1 industry not in the data left out of the reference total X: oil" in fb.text
    # two periods: the base year's reference rows are used for the base period
    got, _ = outputs(*run(ALG, long_params(REFERENCE_TABLE=ref_long, BASE_YEAR=2008))[::2])
    assert got["A"]["lq_base_m"] == pytest.approx((50 / 100) / (1 / 3))


def test_undefined_quotients_and_missing_districts(provider):
    layer = wide_layer(
        extra=[("Z", "zero", 0, 0, 0, 0, 0, 0, 0), ("D", "no rows", None, None, None, None, None, None, None)]
    )
    recs = long_records(END, 2012) + [
        ("Z", "m", 0.0, 2012),
        ("Q", "m", 5.0, 2012),
        ("R", "f", 1.0, 2012),
        ("A", "x", None, 2012),
    ]
    result, fb, ctx = run(ALG, long_params(INPUT=layer, tab=table(recs)))
    got, long = outputs(result, ctx)
    assert got["A"]["lq_m"] == pytest.approx(1.8)  # Q, R are not part of the region
    for d in "ZD":
        assert all(got[d][f"lq_{i}"] is None for i in IND)
        assert got[d]["n_specializations"] is None and got[d]["lq_ceiling"] is None
    assert long[("A", "x")]["lq"] is None and long[("A", "x")]["value"] is None
    assert long[("A", "x")]["specialized"] is None and long[("A", "x")]["strong"] is None
    assert long[("B", "x")]["lq"] is None  # industry x absent from the region
    text = fb.text
    assert "2 district(s) are not in the layer and are left out of the region: Q, R" in text
    assert "1 district(s) of the layer have no row: their quotients are NULL: D" in text
    assert "district total is 0 for 1 district(s): Z" in text
    assert "industries absent from the region (total 0): x" in text
    assert "1 row(s) have a NULL value: unknown, not 0" in text


def test_integer_keys_keep_their_type_and_match_text_keys(provider):
    layer = memory_layer([("code", "int"), ("m", "double"), ("f", "double")], [(13001, 6.0, 4.0), (13003, 2.0, 8.0)])
    # keys stored as real numbers (13003.0) match the integer keys of the layer
    tab = memory_layer(
        [("key", "double"), ("ind", "string"), ("val", "double")],
        [(13001.0, "m", 6.0), (13001.0, "f", 4.0), (13003.0, "m", 2.0), (13003.0, "f", 8.0)],
        geometry="None",
        crs=None,
    )
    r1, _, c1 = run(
        ALG,
        {
            "INPUT": layer,
            "ID_FIELD": "code",
            "INDUSTRY_FIELDS": ["m", "f"],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    r2, _, c2 = run(
        ALG,
        {
            "INPUT": layer,
            "ID_FIELD": "code",
            "TABLE": tab,
            "TABLE_ID_FIELD": "key",
            "TABLE_INDUSTRY_FIELD": "ind",
            "TABLE_VALUE_FIELD": "val",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    for result, ctx in ((r1, c1), (r2, c2)):
        got, long = outputs(result, ctx, key="code")
        # X = 20, X_m = 8: LQ(13001, m) = 0.6 / 0.4 = 1.5
        assert got[13001]["lq_m"] == pytest.approx(1.5)
        assert long[(13001, "m")]["lq"] == pytest.approx(1.5)
        tab_out = as_layer(result["OUTPUT_TABLE"], ctx)
        assert tab_out.fields().field("code").type() == QVariant.Int


def test_input_layers_unchanged(provider):
    layer, tab = wide_layer(), two_year_table()
    before = (layer_digest(layer), layer_digest(tab))
    run(ALG, long_params(INPUT=layer, tab=tab, BASE_YEAR=2008))
    run(ALG, wide_params(INPUT=layer, INDUSTRY_FIELDS_BASE=["m0", "f0", "c0"]))
    assert (layer_digest(layer), layer_digest(tab)) == before


# --- errors -----------------------------------------------------------------------------------
def _dup_table():
    return table(long_records(END, 2012) + [("B", "f", 1.0, 2012)])


def _neg_table():
    return table([("A", "m", 1.0, 2012), ("C", "f", -4.0, 2012)])


def _null_key_table():
    return table([("A", "m", 1.0, 2012), (None, "f", 2.0, 2012)])


@pytest.mark.parametrize(
    "kind, params, message",
    [
        ("wide", {"TABLE": "table"}, "Both forms were given"),
        (
            "wide",
            {"INDUSTRY_FIELDS": []},
            r"No data: give «Wide form: a field per industry \(end period\)» \[INDUSTRY_FIELDS\]",
        ),
        ("wide", {"INDUSTRY_FIELDS": ["name"]}, "field 'name' is of type"),
        ("wide", {"INDUSTRY_FIELDS_BASE": ["m0", "f0"]}, "2 field\\(s\\) for 3 industry field"),
        (
            "wide",
            {"INDUSTRY_FIELDS_BASE": ["m0", "f0", "c0"], "TOTAL_FIELD": "tot"},
            r"\[TOTAL_FIELD\] holds one period's totals",
        ),
        ("wide", {"TOTAL_FIELD": "m0"}, "total is smaller than the sum of its industries .*A \\(total 50"),
        ("wide", {"BASE_YEAR": 2008}, r"\[BASE_YEAR\] selects years of a long «Long form"),
        ("wide", {"STYLE_INDUSTRY": "oil"}, "STYLE_INDUSTRY\\]: 'oil' is not one of the industries.*:\n  m\n  f\n  c$"),
        ("wide", {"STYLE_BREAKS": "2;1"}, "increasing"),
        ("wide", {"REFERENCE_TABLE": "ref_short"}, r"«.*» \[REFERENCE_TABLE\] has no field\(s\) c"),
        ("long", {"TABLE_VALUE_FIELD": ""}, r"\[TABLE_VALUE_FIELD\] is empty"),
        (
            "long",
            {"TABLE_YEAR_FIELD": ""},
            r"\[BASE_YEAR\] / «End year .*» \[END_YEAR\] need «Long form: year field» \[TABLE_YEAR_FIELD\]",
        ),
        (
            "long",
            {"END_YEAR": 2020},
            r"no rows for «End year .*» \[END_YEAR\] 2020 in 'yr' \(years present: 2008, 2012\)",
        ),
        ("long", {"BASE_YEAR": 2012}, "both 2012"),
        ("long", {"TABLE": "dup"}, "district 'B', industry 'f' \\(2 rows\\)"),
        ("long", {"TABLE": "neg"}, "negative value -4 for district 'C', industry 'f'"),
        ("long", {"TABLE": "nullkey"}, "feature 2 has no district key"),
        ("long", {"TOTAL_FIELD": "tot"}, r"\[TOTAL_FIELD\] belongs to the wide form"),
        ("long", {"INDUSTRY_FIELDS_BASE": ["m0"]}, r"\[INDUSTRY_FIELDS_BASE\] belongs to the wide form"),
        ("long", {"REFERENCE_TABLE": "ref_long_short"}, "has no total for industry c"),
        ("long", {"TABLE": "zeros"}, "every value is 0 or NULL"),
    ],
)
def test_bad_inputs_give_clear_errors(provider, kind, params, message):
    p = wide_params() if kind == "wide" else long_params()
    named = {
        "table": two_year_table,
        "dup": _dup_table,
        "neg": _neg_table,
        "nullkey": _null_key_table,
        "zeros": lambda: table([("A", "m", 0.0, 2012)]),
        "ref_short": lambda: memory_layer([("m", "double"), ("f", "double")], [(1, 1)], geometry="None", crs=None),
        "ref_long_short": lambda: table([("US", "m", 5.0, 2012), ("US", "f", 5.0, 2012)]),
    }
    for k, v in params.items():
        p[k] = named[v]() if isinstance(v, str) and v in named else v
    with pytest.raises(QgsProcessingException, match=message):
        run(ALG, p)


def test_negative_wide_value_names_district_and_industry(provider):
    layer = wide_layer(extra=[("N", "neg", 1, -2, 3, 1, 1, 1, 2)])
    with pytest.raises(QgsProcessingException, match="district 'N', industry 'f'"):
        run(ALG, wide_params(INPUT=layer))


# --- styles -----------------------------------------------------------------------------------
def test_styles_stored_with_the_output(provider, tmp_path):
    path = out_path(tmp_path)
    run(ALG, wide_params(OUTPUT=path))
    reopened = QgsVectorLayer(path, "x", "ogr")  # keep the layer alive while using its renderer
    renderer = reopened.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "n_specializations"
    assert [c.label() for c in renderer.categories()][:2] == ["1", "2"]
    path2 = out_path(tmp_path, "styled.gpkg")
    run(ALG, wide_params(OUTPUT=path2, STYLE_INDUSTRY="C", LQ_TEST=0))  # case-insensitive industry
    reopened2 = QgsVectorLayer(path2, "x", "ogr")
    renderer = reopened2.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "lq_c"
    bounds = [r.upperValue() for r in renderer.ranges()][:-1]
    assert bounds == pytest.approx([0.5, 0.8, 1.25, 2.0])
    assert len(renderer.ranges()) == 5
    # a district without any value: its LQ is undefined, drawn grey as "Undefined"
    unknown = ("N", "district N") + (None,) * (2 * len(IND) + 1)
    path3 = out_path(tmp_path, "undefined.gpkg")
    run(ALG, wide_params(INPUT=wide_layer([unknown]), OUTPUT=path3, STYLE_INDUSTRY="c", LQ_TEST=0))
    reopened3 = QgsVectorLayer(path3, "x", "ogr")
    renderer = reopened3.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    labels = rule_labels(reopened3, renderer, "id")
    assert labels == {"A": "≤ 0.50", "B": "0.80 – 1.25", "C": "1.25 – 2.00", "N": "Undefined"}


# --- the Georgia sample (County Business Patterns) ----------------------------------------------
def _cbp_frame():
    layer = QgsVectorLayer(f"{GEORGIA}|layername=cbp", "cbp", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    recs = [[None if isinstance(v, QVariant) else v for v in f.attributes()] for f in layer.getFeatures()]
    return pd.DataFrame(recs, columns=names)


def _expected_lq(df, year, value="employees_known"):
    """LQ by direct pandas sums: NULL cells unknown, absent rows 0."""
    d = df[df.year == year].copy()
    d["v"] = d[value].astype(float)
    xj = d.groupby("fips")["v"].sum()
    xi = d.groupby("sector")["v"].sum()
    total = d["v"].sum()
    d["lq"] = (d["v"] / d["fips"].map(xj)) / (d["sector"].map(xi) / total)
    return d.set_index(["fips", "sector"])["lq"]


def georgia_params(**kw):
    p = {
        "INPUT": f"{GEORGIA}|layername=counties",
        "ID_FIELD": "fips",
        "TABLE": f"{GEORGIA}|layername=cbp",
        "TABLE_ID_FIELD": "fips",
        "TABLE_INDUSTRY_FIELD": "sector",
        "TABLE_VALUE_FIELD": "employees_known",
        "TABLE_YEAR_FIELD": "year",
        "BASE_YEAR": 2017,
        "END_YEAR": 2021,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
    }
    p.update(kw)
    return p


def test_georgia_two_years_match_a_direct_computation(provider):
    df = _cbp_frame()
    result, fb, ctx = run(ALG, georgia_params())
    got, long = outputs(result, ctx, key="fips")
    assert len(got) == 159 and len(long) == 159 * 17
    for year, field in ((2021, "lq"), (2017, "lq_base")):
        expected = _expected_lq(df, year)
        known = expected.dropna()
        assert len(known) == {2021: 1936, 2017: 1897 - 118}[year]
        for (fips, sector), value in known.items():
            assert long[(fips, sector)][field] == pytest.approx(value, rel=1e-12), (year, fips, sector)
        # suppressed 2017 cells (employees_known NULL) stay NULL
        for fips, sector in expected.index[expected.isna()]:
            assert long[(fips, sector)][field] is None
    # a few named values: Appling (13001) construction 2017 → 2021 (2.51 → 1.67 ↓); its
    # utilities, suppressed in 2017 (NULL), have no trend; Fulton (13121), Atlanta's county
    e21, e17 = _expected_lq(df, 2021), _expected_lq(df, 2017)
    appling = got["13001"]
    assert appling["lq_construction"] == pytest.approx(e21[("13001", "Construction")], rel=1e-12)
    assert appling["lq_base_construction"] == pytest.approx(e17[("13001", "Construction")], rel=1e-12)
    assert (round(appling["lq_base_construction"], 2), round(appling["lq_construction"], 2)) == (2.51, 1.67)
    assert appling["trend_construction"] == "↓"
    assert appling["lq_utilities"] == pytest.approx(e21[("13001", "Utilities")], rel=1e-12)
    assert appling["lq_base_utilities"] is None and appling["trend_utilities"] is None
    assert got["13121"]["top_industry"] == "Information"
    assert got["13121"]["specializations"].startswith("Information (1.9), Management of Companies")
    # weighted mean of LQ = 1 for every sector (2021)
    lq = pd.DataFrame([(f, s, r["lq"]) for (f, s), r in long.items()], columns=["fips", "s", "lq"])
    w = pd.Series({k: v["share_of_region"] for k, v in got.items()})
    lq["w"] = lq["fips"].map(w)
    sums = (lq["w"] * lq["lq"]).groupby(lq["s"]).sum()
    assert sums.to_numpy() == pytest.approx(np.ones(17))
    assert "[TABLE] (2017): 118 row(s) have a NULL value" in fb.text


def test_georgia_suppressed_zeros_trap(provider):
    # Published 2017 employees: 118 suppressed cells read as 0 → LQ 0 instead of NULL
    result, fb, ctx = run(ALG, georgia_params(TABLE_VALUE_FIELD="employees", BASE_YEAR=None, END_YEAR=2017))
    _, long = outputs(result, ctx, key="fips")
    df = _cbp_frame()
    sup = df[(df.year == 2017) & df.employees_known.isna()]
    assert len(sup) == 118
    assert all(long[(r.fips, r.sector)]["lq"] == 0 for r in sup.itertuples())
    assert "120 value(s) are exactly 0. If the table comes from County Business Patterns" in fb.text
