"""Localization coefficient (core.localization): hand computations, identities, papers 001/004."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from territorial_clusters.core import MethodError
from territorial_clusters.core import localization as loc
from territorial_clusters.core import pivot
from territorial_clusters.core import lq_analysis
from territorial_clusters.core import lq_fields
from territorial_clusters.core import naming

# Hand-computed example. Region: X = 300, X_m = X_f = X_c = 100, so LQ = 3 · x_ij / x_j.
#        m   f   c    x_j   LQ m  LQ f  LQ c   ceiling X/x_j
#   A   60  30  10    100   1.8   0.9   0.3    3
#   B   10  20  20     50   0.6   1.2   1.2    6
#   C   30  50  70    150   0.6   1.0   1.4    2
VALUES = pd.DataFrame({"m": [60, 10, 30], "f": [30, 20, 50], "c": [10, 20, 70]}, index=["A", "B", "C"], dtype=float)
LQ = pd.DataFrame({"m": [1.8, 0.6, 0.6], "f": [0.9, 1.2, 1.0], "c": [0.3, 1.2, 1.4]}, index=["A", "B", "C"])
# Base period: same totals; LQ base A 1.5 1.2 0.3 · B 0.6 1.2 1.2 · C 0.8 0.8 1.4
BASE = pd.DataFrame({"m": [50, 10, 40], "f": [40, 20, 40], "c": [10, 20, 70]}, index=["A", "B", "C"], dtype=float)


def test_hand_computed_matrix():
    r = loc.location_quotients(VALUES)
    pd.testing.assert_frame_equal(r.lq, LQ, check_exact=False, atol=1e-12)
    assert r.region_total == 300
    assert r.industry_total.tolist() == [100, 100, 100]
    assert r.district_total.tolist() == [100, 50, 150]
    assert r.share_of_region.tolist() == pytest.approx([1 / 3, 1 / 6, 1 / 2])
    assert r.lq_ceiling.tolist() == pytest.approx([3, 6, 2])
    assert r.share.loc["B", "f"] == pytest.approx(0.4)  # 20 / 50
    assert r.share_of_industry.loc["C", "c"] == pytest.approx(0.7)  # 70 / 100
    assert r.undefined == [] and r.warnings == []


def test_unequal_industry_totals_by_hand():
    # X = 200; X_a = 150, X_b = 50. District P: 100 of a, 0 of b (x_j = 100)
    # LQ_Pa = (100/100) / (150/200) = 4/3; LQ_Pb = 0; Q: a 50, b 50 → a (0.5)/(0.75) = 2/3, b 2
    v = pd.DataFrame({"a": [100.0, 50.0], "b": [0.0, 50.0]}, index=["P", "Q"])
    r = loc.location_quotients(v)
    assert r.lq.loc["P"].tolist() == pytest.approx([4 / 3, 0.0])
    assert r.lq.loc["Q"].tolist() == pytest.approx([2 / 3, 2.0])


def _identity(result):
    w = (result.district_total / result.region_total).to_numpy()[:, None]
    return np.nansum(w * result.lq.to_numpy(), axis=0)


def test_weighted_mean_of_lq_is_one_for_every_industry():
    assert _identity(loc.location_quotients(VALUES)) == pytest.approx([1, 1, 1])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 10_000), min_size=4, max_size=4), min_size=2, max_size=12), st.integers(0, 47))
def test_identity_and_ceiling_hold_for_random_tables(rows, null_cell):
    v = pd.DataFrame(rows, columns=list("abcd"), dtype=float)
    if v.to_numpy().sum() == 0:
        return
    # a NULL cell is unknown: left out of every sum, the identity still holds
    r_, c_ = divmod(null_cell % v.size, 4)
    v.iat[r_, c_] = np.nan
    if np.nansum(v.to_numpy()) == 0:
        return
    r = loc.location_quotients(v)
    present = r.industry_total.to_numpy() > 0
    assert _identity(r)[present] == pytest.approx(np.ones(present.sum()))
    lq = r.lq.to_numpy()
    assert not np.isinf(lq).any()
    ok = ~np.isnan(lq)
    ceiling = np.broadcast_to(r.lq_ceiling.to_numpy()[:, None], lq.shape)
    assert (lq[ok] <= ceiling[ok] * (1 + 1e-12)).all()  # CL ≤ X / x_j (METHODS §2)
    assert np.isnan(lq[r_, c_])


def test_tiny_base_gives_huge_lq_up_to_the_ceiling():
    # Martuk-like: a district with 0.645 % of the region holding all of a small industry
    v = pd.DataFrame({"wood": [10.0, 0.0], "other": [0.0, 1540.0]}, index=["Martuk", "Rest"])
    r = loc.location_quotients(v)
    assert r.lq.loc["Martuk", "wood"] == pytest.approx(155.0)
    assert r.lq_ceiling["Martuk"] == pytest.approx(155.0)
    assert r.share_of_region["Martuk"] == pytest.approx(1 / 155)


def test_undefined_quotients_are_nan_with_reasons():
    v = pd.DataFrame(
        {"m": [5.0, 0.0, np.nan, 3.0], "f": [5.0, 0.0, np.nan, np.nan], "z": [0.0, 0.0, np.nan, 0.0]},
        index=["ok", "zero", "none", "holey"],
    )
    r = loc.location_quotients(v)
    lq = r.lq
    assert lq.loc["zero"].isna().all() and lq.loc["none"].isna().all()
    assert lq["z"].isna().all()
    # known cells: X_m = 8, X = 10 + 0 + 3 = 13; holey's total is its known 3 → (3/3) / (8/13)
    assert np.isnan(lq.loc["holey", "f"]) and lq.loc["holey", "m"] == pytest.approx(13 / 8)
    assert not np.isinf(lq.to_numpy()).any()
    text = "\n".join(map(str, r.undefined))
    assert "district total is 0 for 1 district(s): zero" in text
    assert "no value (NULL, or no row in the table) for 1 district(s): none" in text
    assert "industries absent from the region (total 0): z" in text
    assert "1 value(s) are NULL (e.g. district 'holey', industry 'f')" in text
    assert np.isnan(r.lq_ceiling["zero"]) and np.isnan(r.lq_ceiling["none"])


def test_negative_values_name_district_and_industry():
    v = VALUES.copy()
    v.loc["B", "f"] = -3
    with pytest.raises(MethodError, match="district 'B', industry 'f'"):
        loc.location_quotients(v)
    with pytest.raises(MethodError, match="district 'C', industry 'm'"):
        pivot.pivot_long(["A", "C"], ["A", "C"], ["m", "m"], [1.0, -1.0])


def test_totals_field_and_its_checks():
    totals = pd.Series([200.0, 50.0, 150.0], index=VALUES.index)  # A has 100 of other industries
    r = loc.location_quotients(VALUES, totals=totals)
    # X = 400, X_m = 100 → LQ_Am = (60/200) / (100/400) = 1.2
    assert r.lq.loc["A", "m"] == pytest.approx(1.2)
    assert r.region_total == 400
    with pytest.raises(MethodError, match="smaller than the sum of its industries .* B \\(total 40"):
        loc.location_quotients(VALUES, totals=pd.Series([100.0, 40.0, 150.0], index=VALUES.index))
    with pytest.raises(MethodError, match="Negative district total -1 for district 'C'"):
        loc.location_quotients(VALUES, totals=pd.Series([100.0, 50.0, -1.0], index=VALUES.index))
    r = loc.location_quotients(VALUES, totals=pd.Series([100.0, np.nan, 150.0], index=VALUES.index))
    assert r.lq.loc["B"].isna().all() and r.region_total == 250
    assert "district total is NULL for 1 district(s): B" in str(r.undefined[0])


def test_reference_totals_by_hand():
    ref, extra = pivot.reference_totals(["m", "f", "c", "oil"], [1000, 500, 500, 3000], ["m", "f", "c"])
    assert extra == ["oil"] and ref.tolist() == [1000, 500, 500]
    r = loc.location_quotients(VALUES, reference=ref)
    # X = 2000 (the analysed industries); LQ_Am = (60/100) / (1000/2000) = 1.2
    assert r.lq.loc["A", "m"] == pytest.approx(1.2)
    assert r.lq.loc["C", "c"] == pytest.approx((70 / 150) / (500 / 2000))
    r = loc.location_quotients(VALUES, reference=ref, reference_total=4000.0)
    assert r.lq.loc["A", "m"] == pytest.approx(0.6 / 0.25)
    with pytest.raises(MethodError, match="no total for industry c"):
        pivot.reference_totals(["m", "f"], [1, 2], ["m", "f", "c"])
    with pytest.raises(MethodError, match="negative total for industry f"):
        pivot.reference_totals(["m", "f"], [1, -2], ["m", "f"])
    with pytest.raises(MethodError, match="appear more than once"):
        pivot.reference_totals(["m", "m"], [1, 2], ["m"])
    small, _ = pivot.reference_totals(["m", "f", "c"], [50, 500, 500], ["m", "f", "c"])
    r = loc.location_quotients(VALUES, reference=small)
    assert "exceeds the reference total for the industries m" in str(r.warnings[0])


def test_pivot_long_policies():
    p = pivot.pivot_long(
        ["A", "B", "Z"], ["A", "A", "B", "C", "C"], ["m", "f", "m", "m", "x"], [1.0, 2.0, np.nan, 4.0, 0.0]
    )
    assert list(p.values.columns) == ["f", "m", "x"]
    assert p.values.loc["A"].tolist() == [2.0, 1.0, 0.0]  # absent pair → 0
    assert np.isnan(p.values.loc["B", "m"]) and p.values.loc["B", "f"] == 0
    assert p.values.loc["Z"].isna().all()  # no row → unknown
    assert p.only_in_table == ["C"] and p.without_rows == ["Z"]
    assert p.n_absent == 3 and p.n_null == 1 and p.n_zero == 0
    assert naming.natural_order(["10", "9", "b", "A", "2.5"]) == ["2.5", "9", "10", "A", "b"]


def test_duplicates_are_an_error_naming_the_pair():
    with pytest.raises(MethodError, match="district 'A', industry 'm' \\(2 rows\\)") as e:
        pivot.pivot_long(["A", "B"], ["A", "A", "B"], ["m", "m", "m"], [1.0, 2.0, 3.0])
    assert "never summed" in str(e.value) and "TABLE_YEAR_FIELD" in str(e.value)


def test_wide_and_long_give_identical_results():
    long = VALUES.reset_index().melt(id_vars="index", var_name="industry", value_name="v")
    long = long[long.v != 0].sample(frac=1.0, random_state=3)  # shuffled, zeros dropped
    p = pivot.pivot_long(
        list(VALUES.index), long["index"], long["industry"], long["v"], industry_order=list(VALUES.columns)
    )
    a = lq_analysis.analyse(VALUES, values_base=BASE)
    b = lq_analysis.analyse(p.values, values_base=BASE)
    pd.testing.assert_frame_equal(a.end.lq, b.end.lq)
    pd.testing.assert_frame_equal(a.profile, b.profile)
    pd.testing.assert_frame_equal(a.trend, b.trend)


def test_two_periods_change_and_trend():
    a = lq_analysis.analyse(VALUES, values_base=BASE, tolerance=0.05)
    assert a.base.lq.loc["A"].tolist() == pytest.approx([1.5, 1.2, 0.3])
    assert a.change.loc["A"].tolist() == pytest.approx([0.3, -0.3, 0.0], abs=1e-12)
    assert a.trend.loc["A"].tolist() == ["↑", "↓", "→"]
    assert a.trend.loc["C"].tolist() == ["↓", "↑", "→"]
    assert a.profile_base.loc["A", "specializations"] == "m (1.5), f (1.2)"
    # a bigger tolerance flattens C's ±0.2
    assert lq_analysis.analyse(VALUES, values_base=BASE, tolerance=0.2).trend.loc["C"].tolist() == ["→"] * 3


def test_paper001_tables_3_and_4_directions():
    # Karaganda and East Kazakhstan, 2008 → 2012 (METHODS.md §2)
    industries = [
        "metallurgy",
        "manufacturing",
        "machine building",
        "electric power",
        "chemical",
        "construction materials",
    ]
    lq08 = pd.DataFrame(
        [[3.1, 2.0, 0.4, 0.9, 0.9, 0.2], [2.6, 1.8, 1.4, 0.9, 1.1, 0.7]],
        index=["Karaganda", "East Kazakhstan"],
        columns=industries,
    )
    lq12 = pd.DataFrame(
        [[4.0, 2.4, 0.3, 0.7, 1.2, 0.4], [3.2, 2.6, 1.5, 0.7, 0.9, 0.5]], index=lq08.index, columns=industries
    )
    _, trend = lq_analysis.lq_change(lq12, lq08, tolerance=0.05)
    assert "".join(trend.loc["Karaganda"]) == "↑↑↓↓↑↑"
    assert "".join(trend.loc["East Kazakhstan"]) == "↑↑↑↓↓↓"


def test_paper004_table3_specialization_text():
    t3 = {
        "Khromtauskiy": {"Non-ferrous metallurgy": 4.6, "Extraction of construction raw materials": 1.2},
        "Martukskiy": {
            "Woodworking and pulp-and-paper industry": 155.0,
            "Light industry": 14.0,
            "Extraction of construction raw materials": 8.0,
            "Food industry": 6.3,
            "Hydromineral industry": 4.8,
        },
    }
    lq = pd.DataFrame(t3).T
    lq = lq.fillna(0.4)  # the industries a district lacks: below 1
    lq.loc["Khromtauskiy", "Food industry"] = 0.99999999999  # float noise below 1 counts as 1.0
    prof = lq_analysis.specialization_profile(lq)
    assert prof.loc["Khromtauskiy", "specializations"] == (
        "Non-ferrous metallurgy (4.6), Extraction of construction raw materials (1.2), Food industry (1.0)"
    )
    assert prof.loc["Khromtauskiy", "n_specializations"] == 3
    assert prof.loc["Martukskiy", "specializations"] == (
        "Woodworking and pulp-and-paper industry (155.0), Light industry (14.0), Extraction of "
        "construction raw materials (8.0), Food industry (6.3), Hydromineral industry (4.8)"
    )
    assert prof.loc["Martukskiy", "top_industry"] == "Woodworking and pulp-and-paper industry"


def test_profile_none_and_undefined():
    lq = pd.DataFrame({"a": [0.5, np.nan, 1.0], "b": [0.9, np.nan, 2.0]}, index=["low", "undef", "two"])
    prof = lq_analysis.specialization_profile(lq, threshold=1.0)
    assert prof.loc["low"].tolist() == [0, "", None]
    assert prof.loc["undef", "specializations"] is None
    assert pd.isna(prof.loc["undef", "n_specializations"])
    assert prof.loc["two"].tolist() == [2, "b (2.0), a (1.0)", "b"]
    assert lq_analysis.specialization_profile(lq, threshold=1.5).loc["two", "specializations"] == "b (2.0)"
    with pytest.raises(MethodError, match="THRESHOLD"):
        lq_analysis.specialization_profile(lq, threshold=0)


def test_strong_flag_on_a_constructed_case():
    # Present (value > 0): d1..d5. LQs 2.0 1.5 1.2 0.5 4.0 → P75 = 2.0; values 100 10 50 40 2 → P25 = 10.
    # d1: lq 2.0 ≥ 2.0, 100 > 10 → strong. d5: lq 4.0 but value 2 (tiny base) → not strong.
    lq = pd.DataFrame({"a": [2.0, 1.5, 1.2, 0.5, 4.0, 0.0, np.nan]}, index=["d1", "d2", "d3", "d4", "d5", "d6", "d7"])
    values = pd.DataFrame({"a": [100.0, 10.0, 50.0, 40.0, 2.0, 0.0, np.nan]}, index=lq.index)
    s = lq_analysis.strong_flags(lq, values)
    assert s.lq_cut["a"] == pytest.approx(2.0) and s.value_cut["a"] == pytest.approx(10.0)
    assert s.flags["a"].tolist()[:6] == [True, False, False, False, False, False]
    assert pd.isna(s.flags.loc["d7", "a"])
    # percentiles are parameters: P50 of lq = 1.5, P0 of values = 2 → d1 and d2
    s = lq_analysis.strong_flags(lq, values, lq_percentile=50, value_percentile=0)
    flags = s.flags["a"].fillna(False).astype(bool)
    assert list(flags.index[flags]) == ["d1", "d2"]
    # lq ≥ 1 is always required
    low = pd.DataFrame({"a": [0.9, 0.8, 0.7]}, index=["x", "y", "z"])
    assert (
        not lq_analysis.strong_flags(
            low, pd.DataFrame({"a": [9.0, 8.0, 7.0]}, index=low.index), lq_percentile=0, value_percentile=0
        )
        .flags["a"]
        .any()
    )
    with pytest.raises(MethodError, match="STRONG_LQ_PERCENTILE"):
        lq_analysis.strong_flags(lq, values, lq_percentile=101)


def test_specialized_flag_and_validation():
    flags = lq_analysis.specialized(LQ, threshold=1.0)
    assert flags.loc["C"].tolist() == [False, True, True]
    with pytest.raises(MethodError, match="TREND_TOLERANCE"):
        lq_analysis.lq_change(LQ, LQ, tolerance=-1)
    with pytest.raises(MethodError, match="THRESHOLD"):
        lq_analysis.analyse(VALUES, threshold=-1)
    with pytest.raises(MethodError, match="every value is 0 or NULL"):
        loc.location_quotients(VALUES * 0)


def test_field_names_and_style_breaks():
    names = lq_fields.field_names(
        ["11", "Mining, Quarrying", "mining quarrying", "Ақтөбе"], ["lq_", "trend_"], taken=["lq_11"]
    )
    assert names["lq_"] == {
        "11": "lq_11_2",
        "Mining, Quarrying": "lq_mining_quarrying",
        "mining quarrying": "lq_mining_quarrying_2",
        "Ақтөбе": "lq_aqtobe",
    }
    assert names["trend_"]["11"] == "trend_11"
    assert lq_fields.parse_style_breaks("") == [0.5, 0.8, 1.25, 2.0]
    assert lq_fields.parse_style_breaks("0,5; 1; 3") == [0.5, 1.0, 3.0]
    with pytest.raises(MethodError, match="increasing"):
        lq_fields.parse_style_breaks("2;1")


def test_cbp_suppressed_zero_trap():
    # Suppressed cell stored as 0 vs NULL: the 0 reads as "no activity" and lowers the total
    zero = pd.DataFrame({"a": [0.0, 50.0], "b": [100.0, 50.0]}, index=["sup", "other"])
    null = zero.copy()
    null.loc["sup", "a"] = np.nan
    assert loc.location_quotients(zero).lq.loc["sup", "a"] == 0.0
    assert np.isnan(loc.location_quotients(null).lq.loc["sup", "a"])
    assert pivot.pivot_long(["sup"], ["sup", "sup"], ["a", "b"], [0.0, 100.0]).n_zero == 1
