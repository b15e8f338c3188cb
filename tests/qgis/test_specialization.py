"""territorialclusters:specializationindices and :shiftshare through processing.run: the
public parameter names, wide = long, REFERENCE_TABLE, the styles, the Georgia CBP sample
against a direct pandas computation."""

import math
import os

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsRuleBasedRenderer, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ..conftest import SAMPLE_DIR
from .helpers import as_layer, memory_layer, rows, run

GEORGIA = os.path.join(SAMPLE_DIR, "georgia_cbp.gpkg")
INPUTS = {
    "INPUT",
    "ID_FIELD",
    "INDUSTRY_FIELDS",
    "TABLE",
    "TABLE_ID_FIELD",
    "TABLE_INDUSTRY_FIELD",
    "TABLE_VALUE_FIELD",
    "TABLE_YEAR_FIELD",
    "END_YEAR",
    "REFERENCE_TABLE",
}
BASE_INPUTS = {"INDUSTRY_FIELDS_BASE", "BASE_YEAR", "TABLE_BASE"}
IND = ("m", "f", "c")
# the hand-computed matrices of tests/unit/test_specialization.py and test_shiftshare.py
END = {"A": (60, 30, 10), "B": (10, 20, 20), "C": (30, 50, 70)}
BASE = {"A": (50, 40, 10), "B": (10, 20, 20), "C": (40, 40, 70)}


def wide_layer():
    spec = [("id", "string")] + [(i, "double") for i in IND] + [(i + "0", "double") for i in IND]
    return memory_layer(spec, [(d,) + END[d] + BASE[d] for d in "ABC"])


def long_table():
    recs = [(d, i, float(v), 2021) for d in "ABC" for i, v in zip(IND, END[d]) if v]
    recs += [(d, i, float(v), 2017) for d in "ABC" for i, v in zip(IND, BASE[d]) if v]
    spec = [("key", "string"), ("ind", "string"), ("val", "double"), ("yr", "int")]
    return memory_layer(spec, recs[::-1], geometry="None", crs=None)


def long_params(**kw):
    p = {
        "INPUT": wide_layer(),
        "ID_FIELD": "id",
        "TABLE": long_table(),
        "TABLE_ID_FIELD": "key",
        "TABLE_INDUSTRY_FIELD": "ind",
        "TABLE_VALUE_FIELD": "val",
        "TABLE_YEAR_FIELD": "yr",
        "END_YEAR": 2021,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    p.update(kw)
    return p


def table_rows(value, ctx, key):
    tab = as_layer(value, ctx)
    names = tab.fields().names()
    out = {}
    for f in tab.getFeatures():
        rec = {n: (None if isinstance(v, QVariant) else v) for n, v in zip(names, f.attributes())}
        out[tuple(rec[k] for k in key)] = rec
    return out


def test_registered_with_the_public_parameter_names(provider):
    reg = QgsApplication.processingRegistry()
    spec = reg.algorithmById("territorialclusters:specializationindices")
    assert spec.displayName() == "Specialization and concentration indices" and spec.groupId() == "specialization"
    names = {p.name() for p in spec.parameterDefinitions()}
    assert names == INPUTS | {"INDEX_TO_STYLE", "OUTPUT", "OUTPUT_INDUSTRIES"}
    shift = reg.algorithmById("territorialclusters:shiftshare")
    assert shift.displayName() == "Shift-share analysis" and shift.group() == "4 Specialization"
    assert {p.name() for p in shift.parameterDefinitions()} == INPUTS | BASE_INPUTS | {"OUTPUT", "OUTPUT_TABLE"}


# --- specialization indices ---------------------------------------------------------------------
def test_indices_wide_equals_long_and_by_hand(provider):
    wide, _, ctx = run(
        "specializationindices",
        {
            "INPUT": wide_layer(),
            "ID_FIELD": "id",
            "INDUSTRY_FIELDS": list(IND),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_INDUSTRIES": "TEMPORARY_OUTPUT",
        },
    )
    long, _, ctx2 = run("specializationindices", long_params(OUTPUT_INDUSTRIES="TEMPORARY_OUTPUT"))
    w = rows(as_layer(wide["OUTPUT"], ctx), "id")
    lg = rows(as_layer(long["OUTPUT"], ctx2), "id")
    fields = [
        "krugman",
        "hoover_specialization",
        "gini_specialization",
        "hhi",
        "hhi_normalized",
        "entropy",
        "entropy_relative",
        "n_specializations",
    ]
    for d in "ABC":
        for f in fields:
            assert w[d][f] == pytest.approx(lg[d][f], abs=1e-12), (d, f)
    assert [w[d]["krugman"] for d in "ABC"] == pytest.approx([8 / 15, 4 / 15, 4 / 15])
    assert [w[d]["n_specializations"] for d in "ABC"] == [1, 2, 2]
    assert w["A"]["entropy"] == pytest.approx(-(0.6 * math.log(0.6) + 0.3 * math.log(0.3) + 0.1 * math.log(0.1)))
    iw = table_rows(wide["OUTPUT_INDUSTRIES"], ctx, ["industry"])
    il = table_rows(long["OUTPUT_INDUSTRIES"], ctx2, ["industry"])
    assert iw.keys() == il.keys() == {("m",), ("f",), ("c",)}
    for k in iw:
        for f in ("hoover_localization", "gini_localization", "hhi_districts", "top_district", "top_share"):
            assert iw[k][f] == pytest.approx(il[k][f], abs=1e-12), (k, f)
    assert iw[("m",)]["hoover_localization"] == pytest.approx(4 / 15)
    assert (iw[("c",)]["top_district"], iw[("c",)]["top_share"]) == ("C", pytest.approx(0.7))


def test_indices_reference_and_null(provider):
    ref = memory_layer([(i, "double") for i in IND], [(200.0, 100.0, 100.0)], geometry="None", crs=None)
    layer = memory_layer(
        [("id", "string")] + [(i, "double") for i in IND], [(d,) + END[d] for d in "ABC"] + [("D", None, 5.0, 5.0)]
    )
    result, fb, ctx = run(
        "specializationindices",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "INDUSTRY_FIELDS": list(IND),
            "REFERENCE_TABLE": ref,
            "INDEX_TO_STYLE": 7,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    out = as_layer(result["OUTPUT"], ctx)
    got = rows(out, "id")
    assert got["A"]["krugman"] == pytest.approx(0.3)  # against the reference's shares .5 .25 .25
    assert got["D"]["krugman"] is None and got["D"]["n_specializations"] is None
    assert "1 district(s) with NULL values (D)" in fb.text
    renderer = out.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)  # a grey "No data" class for D
    assert [r.label() for r in renderer.rootRule().children()][-1] == "No data"


def test_indices_refuse_two_forms(provider):
    with pytest.raises(QgsProcessingException, match="Both forms"):
        run("specializationindices", long_params(INDUSTRY_FIELDS=list(IND)))


# --- shift-share ----------------------------------------------------------------------------------
def expected_shift(end, base):
    x1 = pd.DataFrame(end, index=list(IND)).T
    x0 = pd.DataFrame(base, index=list(IND)).T
    G = x1.to_numpy().sum() / x0.to_numpy().sum() - 1
    g = x1.sum() / x0.sum() - 1
    return x0, x1, G, g


def test_shiftshare_wide_equals_long_and_by_hand(provider):
    wide, fb, ctx = run(
        "shiftshare",
        {
            "INPUT": wide_layer(),
            "ID_FIELD": "id",
            "INDUSTRY_FIELDS": list(IND),
            "INDUSTRY_FIELDS_BASE": [i + "0" for i in IND],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    long, _, ctx2 = run("shiftshare", long_params(BASE_YEAR=2017, OUTPUT_TABLE="TEMPORARY_OUTPUT"))
    tw = table_rows(wide["OUTPUT_TABLE"], ctx, ["district", "industry"])
    tl = table_rows(long["OUTPUT_TABLE"], ctx2, ["district", "industry"])
    assert len(tw) == len(tl) == 9
    for k in tw:
        for f, v in tw[k].items():
            assert v == pytest.approx(tl[k][f], abs=1e-12), (k, f)
    # G = 0 (300 → 300), g = 0 for every industry: national = mix = 0, competitive = actual
    x0, x1, G, g = expected_shift(END, BASE)
    assert G == 0 and (g == 0).all()
    for (d, i), r in tw.items():
        assert r["actual_change"] == x1.loc[d, i] - x0.loc[d, i]
        assert r["national_effect"] == 0 and r["industry_mix"] == 0
        assert r["competitive_effect"] == pytest.approx(r["actual_change"], abs=1e-12)
        assert r["net_competitive"] + r["allocation_effect"] == pytest.approx(r["competitive_effect"], abs=1e-12)
    got = rows(as_layer(wide["OUTPUT"], ctx), "id")
    assert got["A"]["actual_change"] == 0 and got["A"]["competitive_effect"] == pytest.approx(0, abs=1e-12)
    assert got["C"]["competitive_effect"] == pytest.approx(0, abs=1e-12)
    assert "Reference growth G" in fb.text


def test_shiftshare_reference_table(provider):
    # the nation: base (400, 600, 1000), end (440, 720, 1100) → G = 0.13, g = (0.1, 0.2, 0.1)
    ref = memory_layer(
        [(i, "double") for i in IND] + [(i + "0", "double") for i in IND],
        [(440.0, 720.0, 1100.0, 400.0, 600.0, 1000.0)],
        geometry="None",
        crs=None,
    )
    result, fb, ctx = run(
        "shiftshare",
        {
            "INPUT": wide_layer(),
            "ID_FIELD": "id",
            "INDUSTRY_FIELDS": list(IND),
            "INDUSTRY_FIELDS_BASE": [i + "0" for i in IND],
            "REFERENCE_TABLE": ref,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
        },
    )
    t = table_rows(result["OUTPUT_TABLE"], ctx, ["district", "industry"])
    a = t[("A", "m")]  # x⁰ 50 → x¹ 60
    assert a["national_effect"] == pytest.approx(50 * 0.13)
    assert a["industry_mix"] == pytest.approx(50 * (0.1 - 0.13))
    assert a["competitive_effect"] == pytest.approx(60 - 50 * 1.1)
    # homothetic: A's base total 100 spread as the nation's base structure (0.2, 0.3, 0.5)
    assert a["homothetic_base"] == pytest.approx(20)
    assert a["net_competitive"] == pytest.approx(20 * (0.2 - 0.1))
    assert a["allocation_effect"] == pytest.approx(30 * (0.2 - 0.1))


def test_shiftshare_needs_two_periods(provider):
    with pytest.raises(QgsProcessingException, match="two periods"):
        run("shiftshare", long_params())


# --- the Georgia sample ----------------------------------------------------------------------------
def cbp_frame():
    layer = QgsVectorLayer(f"{GEORGIA}|layername=cbp", "cbp", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    recs = [[None if isinstance(v, QVariant) else v for v in f.attributes()] for f in layer.getFeatures()]
    return pd.DataFrame(recs, columns=names)


def georgia(**kw):
    p = {
        "INPUT": f"{GEORGIA}|layername=counties",
        "ID_FIELD": "fips",
        "TABLE": f"{GEORGIA}|layername=cbp",
        "TABLE_ID_FIELD": "fips",
        "TABLE_INDUSTRY_FIELD": "sector",
        "TABLE_VALUE_FIELD": "employees_known",
        "TABLE_YEAR_FIELD": "year",
        "END_YEAR": 2021,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    p.update(kw)
    return p


def matrix(df, year):
    d = df[df.year == year]
    return d.pivot(index="fips", columns="sector", values="employees_known").astype(float), d


def test_georgia_indices_match_pandas(provider):
    df = cbp_frame()
    result, fb, ctx = run("specializationindices", georgia(OUTPUT_INDUSTRIES="TEMPORARY_OUTPUT"))
    got = rows(as_layer(result["OUTPUT"], ctx), "fips")
    assert len(got) == 159
    x, _ = matrix(df, 2021)
    x = x.fillna(0.0)  # 2021: no suppressed cell; a missing row is 0
    s = x.div(x.sum(axis=1), axis=0)
    si = x.sum() / x.to_numpy().sum()
    krugman = (s - si).abs().sum(axis=1)
    hhi = (s**2).sum(axis=1)
    for fips in x.index:
        assert got[fips]["krugman"] == pytest.approx(krugman[fips], rel=1e-12)
        assert got[fips]["hhi"] == pytest.approx(hhi[fips], rel=1e-12)
    # Fulton County (Atlanta, 13121): Krugman 0.390, below the median county (0.561); DeKalb
    # (13089) the least specialized (0.247), Taliaferro (13265) the most (1.887)
    assert round(got["13121"]["krugman"], 3) == 0.390 and round(np.median(krugman), 3) == 0.561
    assert min(got, key=lambda f: got[f]["krugman"]) == "13089" and round(got["13089"]["krugman"], 3) == 0.247
    assert max(got, key=lambda f: got[f]["krugman"]) == "13265" and round(got["13265"]["krugman"], 3) == 1.887
    ind = table_rows(result["OUTPUT_INDUSTRIES"], ctx, ["industry"])
    share = x.div(x.sum(), axis=1)
    top = share.idxmax()
    for sector in x.columns:
        assert ind[(sector,)]["top_district"] == top[sector]
        assert ind[(sector,)]["top_share"] == pytest.approx(share[sector].max(), rel=1e-12)
        assert ind[(sector,)]["hhi_districts"] == pytest.approx((share[sector] ** 2).sum(), rel=1e-12)


def test_georgia_shiftshare_matches_pandas(provider):
    df = cbp_frame()
    result, fb, ctx = run("shiftshare", georgia(BASE_YEAR=2017, OUTPUT_TABLE="TEMPORARY_OUTPUT"))
    got = rows(as_layer(result["OUTPUT"], ctx), "fips")
    table = table_rows(result["OUTPUT_TABLE"], ctx, ["district", "industry"])
    assert len(got) == 159 and len(table) == 159 * 17
    x1, d1 = matrix(df, 2021)
    x0, d0 = matrix(df, 2017)
    present0 = d0.pivot(index="fips", columns="sector", values="fips").notna().reindex_like(x1)
    x0 = x0.reindex_like(x1).where(present0.fillna(False), 0.0)  # absent rows 0, suppressed NULL
    x1 = x1.fillna(0.0)
    known = x0.notna()
    G = x1[known].sum().sum() / x0[known].sum().sum() - 1
    g = x1[known].sum() / x0[known].sum() - 1
    competitive = x1 - x0 * (1 + g)
    for (fips, sector), r in table.items():
        if known.loc[fips, sector]:
            assert r["national_effect"] == pytest.approx(x0.loc[fips, sector] * G, rel=1e-9, abs=1e-9)
            assert r["competitive_effect"] == pytest.approx(competitive.loc[fips, sector], rel=1e-9, abs=1e-6)
        else:
            assert r["competitive_effect"] is None
    complete = known.all(axis=1)
    for fips in x1.index:
        if complete[fips]:
            assert got[fips]["competitive_effect"] == pytest.approx(competitive.loc[fips].sum(), rel=1e-9, abs=1e-6)
        else:
            assert got[fips]["competitive_effect"] is None
    assert int((~complete).sum()) == 89  # counties with a suppressed 2017 cell: "No data"
    # the districts are the reference: over the known cells the competitive and industry-mix
    # effects sum to 0, the national effect to G · X⁰
    known_rows = [r for r in table.values() if r["competitive_effect"] is not None]
    assert len(known_rows) == 159 * 17 - 118
    assert sum(r["competitive_effect"] for r in known_rows) == pytest.approx(0, abs=1e-6)
    assert sum(r["industry_mix"] for r in known_rows) == pytest.approx(0, abs=1e-6)
    # Cobb County (13067), every cell known in both years: +8,909 employees 2017 → 2021, of
    # which +4,991 competitive (G = +1.53 % over the cells known in both years)
    assert complete["13067"] and round(G, 4) == 0.0153
    assert got["13067"]["actual_change"] == (x1.loc["13067"] - x0.loc["13067"]).sum() == 8909
    assert round(got["13067"]["competitive_effect"]) == 4991
    renderer = as_layer(result["OUTPUT"], ctx).renderer()
    assert [r.label() for r in renderer.rootRule().children()][-1] == "No data"


def test_shiftshare_second_table_and_long_reference(provider):
    """TABLE_BASE instead of a year field, and a long REFERENCE_TABLE (a row per industry and
    year): the same numbers as the wide form with the nation of test_shiftshare_reference_table."""
    spec = [("key", "string"), ("ind", "string"), ("val", "double"), ("yr", "int")]
    end = memory_layer(spec, [(d, i, float(v), 2021) for d in "ABC" for i, v in zip(IND, END[d])], "None", None)
    base = memory_layer(spec, [(d, i, float(v), 2017) for d in "ABC" for i, v in zip(IND, BASE[d])], "None", None)
    nation = [("m", 440.0, 2021), ("f", 720.0, 2021), ("c", 1100.0, 2021), ("other", 5.0, 2021)]
    nation += [("m", 400.0, 2017), ("f", 600.0, 2017), ("c", 1000.0, 2017), ("other", 5.0, 2017)]
    ref = memory_layer([("ind", "string"), ("val", "double"), ("yr", "int")], nation, "None", None)
    result, fb, ctx = run(
        "shiftshare",
        long_params(TABLE=end, TABLE_BASE=base, BASE_YEAR=2017, REFERENCE_TABLE=ref, OUTPUT_TABLE="TEMPORARY_OUTPUT"),
    )
    t = table_rows(result["OUTPUT_TABLE"], ctx, ["district", "industry"])
    a = t[("A", "m")]
    assert a["national_effect"] == pytest.approx(50 * 0.13)  # 'other' left out of the reference
    assert a["competitive_effect"] == pytest.approx(60 - 50 * 1.1)
    assert a["net_competitive"] == pytest.approx(20 * 0.1) and a["allocation_effect"] == pytest.approx(30 * 0.1)
    assert "1 industry not in the data left out of the reference total X: other" in fb.text
