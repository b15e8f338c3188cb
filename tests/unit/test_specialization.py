"""Specialization and concentration indices (core.specialization): hand computations, REAT's
published examples, properties."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from territorial_clusters.core import MethodError
from territorial_clusters.core import specialization as sp

# Region X = 300, X_i = 100 each: s_i = 1/3, LQ = 3 · x_ij / x_j.
#        m   f   c   | s_ij            | LQ            | Krugman | Gini(LQ) | HHI  | LQ ≥ 1
#   A   60  30  10   | .6  .3   .1     | 1.8 0.9 0.3   | 8/15    | 1/3      | .46  | 1
#   B   10  20  20   | .2  .4   .4     | 0.6 1.2 1.2   | 4/15    | 2/15     | .36  | 2
#   C   30  50  70   | .2  1/3  7/15   | 0.6 1.0 1.4   | 4/15    | 8/45     | 0.3422 | 2
VALUES = pd.DataFrame({"m": [60, 10, 30], "f": [30, 20, 50], "c": [10, 20, 70]}, index=["A", "B", "C"], dtype=float)


def entropy(shares):
    return -sum(s * math.log(s) for s in shares if s > 0)


def test_district_indices_by_hand():
    r = sp.district_indices(VALUES)
    d = r.districts
    assert list(d.columns) == list(sp.DISTRICT_FIELDS)
    assert d["krugman"].tolist() == pytest.approx([8 / 15, 4 / 15, 4 / 15])
    assert d["hoover_specialization"].tolist() == pytest.approx([4 / 15, 2 / 15, 2 / 15])
    assert d["gini_specialization"].tolist() == pytest.approx([1 / 3, 2 / 15, 8 / 45])
    hhi_c = 0.04 + 1 / 9 + 49 / 225
    assert d["hhi"].tolist() == pytest.approx([0.46, 0.36, hhi_c])
    assert d["hhi_normalized"].tolist() == pytest.approx([(h - 1 / 3) / (2 / 3) for h in (0.46, 0.36, hhi_c)])
    e = [entropy([0.6, 0.3, 0.1]), entropy([0.2, 0.4, 0.4]), entropy([0.2, 1 / 3, 7 / 15])]
    assert d["entropy"].tolist() == pytest.approx(e)
    assert d["entropy"]["A"] == pytest.approx(0.897946, abs=1e-6)
    assert d["entropy_relative"].tolist() == pytest.approx([v / math.log(3) for v in e])
    assert d["n_specializations"].tolist() == [1, 2, 2]  # C's LQ 1.0 counts
    assert r.notes == []


def test_industry_indices_by_hand():
    ind = sp.district_indices(VALUES).industries
    # m: shares of the industry (.6, .1, .3) against the districts' shares (1/3, 1/6, 1/2)
    assert ind.loc["m", "hoover_localization"] == pytest.approx(4 / 15)
    assert ind.loc["m", "gini_localization"] == pytest.approx(4 / 15)  # Gini of LQ (1.8, .6, .6)
    assert ind.loc["m", "hhi_districts"] == pytest.approx(0.46)
    assert (ind.loc["m", "top_district"], ind.loc["m", "top_share"]) == ("A", pytest.approx(0.6))
    # c: (.1, .2, .7) against (1/3, 1/6, 1/2); LQ (.3, 1.2, 1.4)
    assert ind.loc["c", "hoover_localization"] == pytest.approx(0.5 * (7 / 30 + 1 / 30 + 0.2))
    # Σ_a Σ_b |LQ_a − LQ_b| = 2 · (0.9 + 1.1 + 0.2), n = 3, mean 2.9 / 3
    assert ind.loc["c", "gini_localization"] == pytest.approx(2 * 2.2 / (2 * 9 * 2.9 / 3))
    assert ind.loc["c", "top_district"] == "C"
    assert list(ind.columns) == list(sp.INDUSTRY_FIELDS[1:])


def test_reat_published_examples():
    """REAT's documented examples (Farhauer & Kröll 2013): gini.spec 0.6222222, gini.conc 0.4068966."""
    region = pd.DataFrame([[700, 600, 500, 10000, 40000]], index=["R"], columns=list("abcde"), dtype=float)
    nation = pd.Series([30000, 15000, 10000, 60000, 50000], index=list("abcde"), dtype=float)
    got = sp.district_indices(region, reference=nation).districts
    assert got.loc["R", "gini_specialization"] == pytest.approx(0.6222222, abs=1e-7)
    # the industry in five regions, and the rest of each region's employment
    e_ij = np.array([500, 500, 1000, 7000, 1000.0])
    e_j = np.array([20000, 15000, 20000, 40000, 5000.0])
    m = pd.DataFrame({"i": e_ij, "rest": e_j - e_ij}, index=list("12345"))
    assert sp.district_indices(m).industries.loc["i", "gini_localization"] == pytest.approx(0.4068966, abs=1e-7)


def test_reference_changes_the_region_shares():
    nation = pd.Series({"m": 200.0, "f": 100.0, "c": 100.0})  # s_i = .5 .25 .25
    d = sp.district_indices(VALUES, reference=nation).districts
    assert d.loc["A", "krugman"] == pytest.approx(0.1 + 0.05 + 0.15)
    assert d.loc["A", "n_specializations"] == 2  # LQ m 1.2, f 1.2, c 0.4
    # the industry indices describe the layer's districts: the reference does not enter
    pd.testing.assert_frame_equal(
        sp.district_indices(VALUES, reference=nation).industries, sp.district_indices(VALUES).industries
    )


def test_null_district_left_out_of_the_region():
    v = VALUES.copy()
    v.loc["D"] = [np.nan, 5.0, 5.0]
    r = sp.district_indices(v)
    assert r.districts.loc["D"].isna().all()
    pd.testing.assert_frame_equal(r.districts.loc[["A", "B", "C"]], sp.district_indices(VALUES).districts)
    pd.testing.assert_frame_equal(r.industries, sp.district_indices(VALUES).industries)
    assert "D" in r.notes[0][1]["names"] and "{n} district(s) with NULL values" in r.notes[0][0]


def test_zero_district_and_absent_industry():
    v = VALUES.copy()
    v["z"] = 0.0
    v.loc["E"] = 0.0
    r = sp.district_indices(v)
    assert r.districts.loc["E"].isna().all()
    assert r.districts.loc["A", "krugman"] == pytest.approx(8 / 15)  # z: 0 = 0
    assert r.industries.loc["z"].drop("top_district").isna().all() and r.industries.loc["z", "top_district"] is None
    assert r.industries.loc["m", "hoover_localization"] == pytest.approx(4 / 15)
    texts = " ".join(t for t, _ in r.notes)
    assert "total of 0" in texts and "absent from the region" in texts


def test_one_industry():
    r = sp.district_indices(VALUES[["m"]])
    assert r.districts["krugman"].tolist() == [0, 0, 0]
    assert r.districts["hhi"].tolist() == [1, 1, 1]
    assert r.districts["hhi_normalized"].isna().all() and r.districts["entropy_relative"].isna().all()


@pytest.mark.parametrize("bad", [-1.0, np.inf])
def test_bad_values_refused(bad):
    v = VALUES.copy()
    v.loc["B", "f"] = bad
    with pytest.raises(MethodError) as e:
        sp.district_indices(v)
    assert "district 'B', industry 'f'" in str(e.value)
    assert "{" in e.value.template  # a template with named values


def test_all_zero_refused():
    with pytest.raises(MethodError, match="total is 0"):
        sp.district_indices(VALUES * 0)


matrices = st.integers(2, 6).flatmap(
    lambda n_ind: st.lists(
        st.lists(st.floats(1e-6, 1e6) | st.just(0.0), min_size=n_ind, max_size=n_ind), min_size=1, max_size=8
    )
)


@settings(max_examples=150, deadline=None)
@given(matrices, st.floats(1e-3, 1e3))
def test_properties(rows, factor):
    v = pd.DataFrame(rows, columns=[f"i{k}" for k in range(len(rows[0]))], index=[f"d{k}" for k in range(len(rows))])
    if v.to_numpy().sum() <= 0:
        return
    r = sp.district_indices(v)
    d = r.districts.dropna(subset=["krugman"])
    n = v.shape[1]
    assert ((d["krugman"] >= -1e-12) & (d["krugman"] <= 2 + 1e-12)).all()
    assert ((d["hoover_specialization"] >= -1e-12) & (d["hoover_specialization"] <= 1 + 1e-12)).all()
    assert (d["entropy"] <= math.log(n) + 1e-9).all() and (d["entropy"] >= -1e-12).all()
    assert ((d["hhi"] >= 1 / n - 1e-12) & (d["hhi"] <= 1 + 1e-12)).all()
    assert ((d["gini_specialization"] >= 0) & (d["gini_specialization"] <= (n - 1) / n + 1e-9)).all()
    ind = r.industries.dropna(subset=["hoover_localization"])
    assert ((ind["hoover_localization"] >= -1e-12) & (ind["hoover_localization"] <= 1 + 1e-12)).all()
    assert ((ind["top_share"] > 0) & (ind["top_share"] <= 1 + 1e-12)).all()
    # every index is unchanged when all values are scaled
    scaled = sp.district_indices(v * factor)
    num = [c for c in sp.DISTRICT_FIELDS if c != "n_specializations"]
    np.testing.assert_allclose(
        scaled.districts[num].to_numpy(dtype=float), r.districts[num].to_numpy(dtype=float), rtol=1e-7, atol=1e-9
    )
    np.testing.assert_allclose(
        scaled.industries[["hoover_localization", "gini_localization", "hhi_districts", "top_share"]].to_numpy(float),
        r.industries[["hoover_localization", "gini_localization", "hhi_districts", "top_share"]].to_numpy(float),
        rtol=1e-7,
        atol=1e-9,
    )


def test_every_district_incomplete_refused():
    v = VALUES.copy()
    v["m"] = np.nan
    with pytest.raises(MethodError, match="Every district has a NULL value"):
        sp.district_indices(v)
