"""Indicators of papers 000 and 003 (core.indicators), checked by hand."""

import math

import numpy as np
import pytest

from territorial_clusters.core import MethodError
from territorial_clusters.core import growth
from territorial_clusters.core import indicators as ind

NAN = float("nan")


# --- emission density -------------------------------------------------------------------


def test_emission_density_both_formulas_by_hand():
    # A = 36 t, S = 4 km², N = 9 persons: A/S = 9, A/N = 4, A/√(S·N) = 36/6 = 6 = √(9·4),
    # A/(S·N) = 36/36 = 1
    res = ind.emission_density([36.0], [9.0], [4.0], formula="sqrt", names=["d"])
    row = res.values.iloc[0]
    assert row["area_km2"] == 4.0
    assert row["emission_per_km2"] == 9.0
    assert row["emission_per_capita"] == 4.0
    assert row["emission_density"] == 6.0
    assert row["emission_density"] == math.sqrt(row["emission_per_km2"] * row["emission_per_capita"])
    assert res.notes == []
    lit = ind.emission_density([36.0], [9.0], [4.0], formula="product")
    assert lit.values.at[0, "emission_density"] == 1.0
    assert lit.values.at[0, "emission_per_km2"] == 9.0


def test_emission_density_aktobe_2022_by_hand():
    # kaz_regions sample, Aktobe region: A = 136.5 thousand t, N = 928 185, S ≈ 300 959 km²
    a, n, s = 136.5, 928185.0, 300959.0
    res = ind.emission_density([a], [n], [s])
    assert res.values.at[0, "emission_density"] == pytest.approx(136.5 / math.sqrt(s * n), rel=1e-12)
    assert res.values.at[0, "emission_density"] == pytest.approx(2.5826e-4, rel=1e-4)


def test_emission_density_zero_and_missing_denominators_give_nan_and_notes():
    res = ind.emission_density(
        [10, 10, NAN, 10, 0],
        [0, 5, 5, NAN, 5],
        [2, 0, 2, 2, 2],
        names=["zero pop", "zero area", "no A", "no N", "clean air"],
    )
    v = res.values
    # zero population: A/N and the density undefined; A/S is fine
    assert v.at[0, "emission_per_km2"] == 5 and np.isnan(v.at[0, "emission_per_capita"])
    assert np.isnan(v.at[0, "emission_density"])
    # zero area: A/S and the density undefined; A/N fine
    assert np.isnan(v.at[1, "emission_per_km2"]) and v.at[1, "emission_per_capita"] == 2
    assert np.isnan(v.at[1, "emission_density"])
    assert v.iloc[2, 1:].isna().all() and v.at[2, "area_km2"] == 2
    assert v.at[3, "emission_per_km2"] == 5 and np.isnan(v.at[3, "emission_density"])
    assert v.at[4, "emission_density"] == 0  # no emissions is a real 0, not undefined
    assert not np.isinf(v.to_numpy(dtype=float)).any()
    notes = dict(res.notes)
    assert res.undefined == ["zero pop", "zero area", "no A", "no N"]
    assert "population is 0" in str(notes["zero pop"]) and "emission_density" in str(notes["zero pop"])
    assert "emission_per_km2" not in str(notes["zero pop"])
    assert "area is 0" in str(notes["zero area"])
    assert "no emissions value" in str(notes["no A"])
    assert "no population value" in str(notes["no N"])


@pytest.mark.parametrize(
    "args, message",
    [
        (([1, 2], [10, -5], [1, 1]), "Negative population for b"),
        (([1, 2], [10, 5], [-1, 1]), "Negative area for a"),
        (([-1, 2], [10, 5], [1, 1]), "Negative emissions for a"),
    ],
)
def test_emission_density_negative_inputs_refused(args, message):
    with pytest.raises(MethodError, match=message):
        ind.emission_density(*args, names=["a", "b"])


def test_emission_density_unknown_formula():
    with pytest.raises(MethodError, match="Unknown emission density formula"):
        ind.emission_density([1], [1], [1], formula="log")


# --- migration effectiveness ------------------------------------------------------------


def test_migration_effectiveness_by_hand():
    # I = 300, O = 100: net 200, turnover 400; standard 200/400·100 = 50; paper 200/300·100
    res = ind.migration_effectiveness([300, 100, 50], [100, 300, 50], names=["in", "out", "even"])
    v = res.values
    assert list(v["net_migration"]) == [200, -200, 0]
    assert list(v["migration_turnover"]) == [400, 400, 100]
    assert list(v["migration_effectiveness"]) == [50, -50, 0]
    paper = ind.migration_effectiveness([300, 100, 50], [100, 300, 50], formula="arrivals")
    assert paper.values["migration_effectiveness"].tolist() == pytest.approx([200 / 3, -200, 0])
    # both formulas order the districts the same way here
    assert (
        np.argsort(v["migration_effectiveness"]).tolist()
        == np.argsort(paper.values["migration_effectiveness"]).tolist()
    )


def test_migration_standard_is_bounded():
    rng = np.random.default_rng(4)
    i, o = rng.integers(0, 1000, 200), rng.integers(0, 1000, 200)
    e = ind.migration_effectiveness(i, o).values["migration_effectiveness"].dropna()
    assert (e.abs() <= 100).all()


def test_migration_zero_denominators_and_missing():
    res = ind.migration_effectiveness([0, 0, NAN, 5], [0, 7, 3, 5], names=["none", "only out", "?", "x"])
    v = res.values
    assert np.isnan(v.at[0, "migration_effectiveness"]) and v.at[0, "net_migration"] == 0
    assert v.at[1, "migration_effectiveness"] == -100  # (0 − 7)/(0 + 7)
    assert np.isnan(v.at[2, "net_migration"])
    assert res.undefined == ["none", "?"]
    assert "no migration at all" in str(dict(res.notes)["none"])
    paper = ind.migration_effectiveness([0, 0], [0, 7], formula="arrivals", names=["none", "only out"])
    assert paper.values["migration_effectiveness"].isna().all()
    assert paper.undefined == ["none", "only out"]
    assert "no arrivals" in str(dict(paper.notes)["only out"])


def test_migration_negative_counts_refused():
    with pytest.raises(MethodError, match="Negative departures for b"):
        ind.migration_effectiveness([1, 2], [3, -4], names=["a", "b"])
    with pytest.raises(MethodError, match="Negative arrivals for a"):
        ind.migration_effectiveness([-1, 2], [3, 4], names=["a", "b"])


# --- growth -------------------------------------------------------------------------------


def test_growth_index_and_annual_rate_by_hand():
    assert growth.growth_index([100, 50, 0], [121, 25, 5]).tolist()[:2] == [121, 50]
    assert np.isnan(growth.growth_index([0], [5])[0])
    # 100 → 121 in 2 years: 10 % a year; 50 → 25 in 1 year: −50 %; end 0: −100 %
    assert growth.annual_rate([100, 50, 10], [121, 25, 0], 2).tolist() == pytest.approx([10, -29.2893219, -100])
    assert growth.annual_rate([50], [25], 1)[0] == pytest.approx(-50)
    # paper 000's span 1997–2011: doubling over 14 years is 2^(1/14) − 1 ≈ 5.076 % a year
    assert growth.annual_rate([1], [2], 14)[0] == pytest.approx((2 ** (1 / 14) - 1) * 100)
    with pytest.raises(MethodError, match="positive"):
        growth.annual_rate([1], [2], 0)


def test_regional_index_is_total_end_over_total_start():
    # 100 → 150 and 300 → 250: region 400 → 400 = 100 %; a district missing a value is out,
    # a district starting at 0 is in (it adds to the region's end total)
    idx, n = growth.regional_index([100, 300, NAN, 0], [150, 250, 80, 40])
    assert n == 3
    assert idx == pytest.approx(440 / 400 * 100)
    with pytest.raises(MethodError, match="sum to 0"):
        growth.regional_index([0, 0], [1, 2])
    with pytest.raises(MethodError, match="both a start and an end"):
        growth.regional_index([NAN, 1], [1, NAN])


def test_relative_growth():
    assert growth.relative_growth([132, 120, NAN], 120).tolist()[:2] == pytest.approx([110, 100])
    with pytest.raises(MethodError, match="positive"):
        growth.relative_growth([1], 0)


def test_growth_typology_paper000_classes_by_hand():
    # region: 1000 → 1200 = 120 %; relative = growth index / 120 × 100
    start = [100, 100, 100, 100, 100, 100, 400]
    end = [132, 120, 108, 107.999, 144, 100, 488.001]
    res = growth.growth_typology(start, end, years=14, names=list("abcdefg"))
    assert res.regional_index == pytest.approx(120)
    rel = res.values["relative_growth"].tolist()
    assert rel == pytest.approx([110, 100, 90, 89.99917, 120, 83.3333, 101.66688], rel=1e-5)
    assert [None if c is None else str(c) for c in res.values["growth_class"]] == [
        "High growth rate",
        "Above-average growth rate",
        "Below-average growth rate",
        "Low growth rate",
        "High growth rate",
        "Low growth rate",
        "Above-average growth rate",
    ]
    assert res.labels == list(growth.GROWTH_LABELS)
    assert res.class_index.tolist() == [0, 1, 2, 3, 0, 3, 1]
    assert res.values.at[0, "annual_rate"] == pytest.approx((1.32 ** (1 / 14) - 1) * 100)
    assert res.notes == []


def test_growth_typology_custom_breaks_labels_and_undefined():
    res = growth.growth_typology(
        [10, 0, NAN, 10], [20, 5, 3, 5], breaks=[100], labels=["Faster", "Slower"], names=["a", "zero", "none", "b"]
    )
    # region: 20 → 30 (the zero start counts, the NULL row does not) = 150 %
    assert res.regional_index == pytest.approx(150) and res.n_regional == 3
    assert [None if c is None else str(c) for c in res.values["growth_class"]] == ["Faster", None, None, "Slower"]
    assert res.values["annual_rate"].isna().all()  # no years: no annual rate
    assert res.undefined == ["zero", "none"]
    assert "start value is 0" in str(dict(res.notes)["zero"])
    assert "annual_rate" not in str(dict(res.notes)["zero"])
    three = growth.growth_typology([1, 1], [1, 2], breaks=[110, 90])
    assert list(map(str, three.labels)) == ["Class 1", "Class 2", "Class 3"]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"start": [1, -1], "end": [1, 1]}, "Negative start value for b"),
        ({"start": [1, 1], "end": [-2, 1]}, "Negative end value for a"),
        ({"start": [1, 1], "end": [1, 1], "breaks": [90, 100]}, "must decrease"),
        ({"start": [1, 1], "end": [1, 1], "labels": ["x", "y"]}, "2 class labels given for 4 classes"),
        ({"start": [1, 1], "end": [0, 0]}, "end values of all districts sum to 0"),
    ],
)
def test_growth_typology_bad_inputs(kwargs, message):
    with pytest.raises(MethodError, match=message):
        growth.growth_typology(names=["a", "b"], **kwargs)


def test_series_endpoints_first_and_last():
    import pandas as pd

    frame = pd.DataFrame({"y1997": [1.0, 2.0], "y2004": [9.0, 9.0], "y2011": [3.0, 4.0]})
    s, e = growth.series_endpoints(frame)
    assert s.tolist() == [1, 2] and e.tolist() == [3, 4]
    with pytest.raises(MethodError, match="at least two"):
        growth.series_endpoints(frame[["y1997"]])


# --- accessibility --------------------------------------------------------------------------


def test_accessibility_by_hand():
    # on the line between the capitals: 1; at capital A: 1; 300 + 900 over 970
    res = ind.accessibility([400, 0, 300, NAN], [570, 970, 900, 10], 970, names=["between", "A", "off", "no centre"])
    v = res.values["accessibility"].tolist()
    assert v[:3] == pytest.approx([1, 1, 1200 / 970])
    assert math.isnan(v[3])
    assert res.undefined == ["no centre"]
    with pytest.raises(MethodError, match="same place"):
        ind.accessibility([1], [1], 0)
    with pytest.raises(MethodError, match="Negative distance"):
        ind.accessibility([-1], [1], 2)
