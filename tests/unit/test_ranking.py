"""Rank-score typology (core.ranking), checked against paper 004 and by hand."""

import numpy as np
import pandas as pd
import pytest

from territorial_clusters.core import MethodError
from territorial_clusters.core import classify as cls
from territorial_clusters.core import ranking

COLS = ["density", "infra", "industry", "n_spec", "innov"]
TABLE1 = {  # paper 004, Table 1 (METHODS.md §1)
    "Aktobe": [218, 4.0, 8809.8, 10, 1.1],
    "Alga": [6.3, 1.1, 347.7, 1, -2.1],
    "Aitekebi": [0.7, 0.1, 42.4, 0, -3.2],
    "Baiganin": [0.4, -1.4, 2767.8, 2, -0.8],
    "Kargaly": [3.3, 0.9, 160, 0, -3.6],
    "Khobda": [1.2, -0.1, 93.9, 2, -2.3],
    "Martuk": [5.1, 1.5, 176.7, 2, -2.5],
    "Mugalzhar": [2.6, 2.2, 6779.9, 3, 1.3],
    "Uil": [1.6, -1.3, 129.1, 0, -3.6],
    "Temir": [3.3, -0.6, 4742.4, 1, -0.9],
    "Khromtau": [3.3, 1.3, 8960.6, 1, -1.8],
    "Shalkar": [0.8, -0.4, 231.2, 2, -1.4],
    "Irgiz": [0.4, -2.4, 20.9, 0, -3.1],
}
OBLAST = pd.Series([3, 1, 2040.1, 13, 1], index=COLS, dtype=float)
PAPER_CG = {
    "Aktobe": 2.6,
    "Mugalzhar": 1.2,
    "Khromtau": 0.0,
    "Alga": -1.2,
    "Martuk": -1.6,
    "Temir": -1.6,
    "Baiganin": -3.2,
    "Shalkar": -3.2,
    "Kargaly": -3.8,
    "Khobda": -4.2,
    "Aitekebi": -5.6,
    "Uil": -5.6,
    "Irgiz": -7.0,
}


def table1():
    return pd.DataFrame(TABLE1, index=COLS, dtype=float).T


def test_paper004_complex_grades():
    res = ranking.rank_score(table1(), OBLAST, ties="dense")
    for district, cg in PAPER_CG.items():
        assert res.complex_grade[district] == pytest.approx(cg, abs=1e-12), district
    assert res.rank["Aktobe"] == 1 and res.rank["Irgiz"] == 13
    assert res.rank["Martuk"] == res.rank["Temir"] == 5  # tie shares the smaller rank
    assert (res.n_indicators == 5).all()


def test_paper004_classes_and_largest_gap_rule():
    res = ranking.rank_score(table1(), OBLAST)
    idx = cls.classify_descending(res.complex_grade.to_numpy(), [0, -2.5])
    got = dict(zip(res.complex_grade.index, idx))
    assert {d for d, c in got.items() if c == 0} == {"Aktobe", "Mugalzhar", "Khromtau"}
    assert {d for d, c in got.items() if c == 1} == {"Alga", "Martuk", "Temir"}
    assert {d for d, c in got.items() if c == 2} == set(PAPER_CG) - {
        "Aktobe",
        "Mugalzhar",
        "Khromtau",
        "Alga",
        "Martuk",
        "Temir",
    }
    # paper 004's own rule finds the same three groups
    breaks = cls.largest_gap_breaks(res.complex_grade)
    assert breaks == [0.0, -1.6]
    assert list(cls.classify_descending(res.complex_grade.to_numpy(), breaks)) == list(idx)


def test_per_indicator_grades_of_the_leaders():
    """Printed table: Kargaly, Temir and Khromtau tie on density (3.3), so Aktobe city's
    density grade is 4. With Kargaly's unrounded density a little lower (METHODS.md section 1),
    the paper's own ends 2.8 / 0.2 / -1.0 / -1.4 and grades come out exactly."""
    res = ranking.rank_score(table1(), OBLAST)
    assert list(res.grades.loc["Aktobe"]) == [4, 5, 4, -1, 1]
    unrounded = table1()
    unrounded.loc["Kargaly", "density"] = 3.29
    res = ranking.rank_score(unrounded, OBLAST)
    assert list(res.grades.loc["Aktobe"]) == [5, 5, 4, -1, 1]
    assert list(res.grades.loc["Mugalzhar"]) == [-1, 4, 3, -2, 2]
    assert list(res.grades.loc["Khromtau"]) == [2, 2, 5, -4, -4]
    cg = res.complex_grade.round(10)
    assert (cg["Aktobe"], cg["Khromtau"], cg["Alga"], cg["Temir"]) == (2.8, 0.2, -1.0, -1.4)


@pytest.mark.parametrize(
    "ties, expected",
    [
        # values 10, 8, 8, 5 with reference 8 (higher is better)
        ("dense", [1, 0, 0, -1]),  # ranks 1,2,2,3; ref 2
        ("min", [1, 0, 0, -3]),  # ranks 1,2,2,2(ref),5 → ref 2
        ("average", [2, 0, 0, -2]),  # ranks 1,3,3,3,5 → ref 3
        ("max", [3, 0, 0, -1]),  # ranks 1,4,4,4,5 → ref 4
    ],
)
def test_ties_hand_computed(ties, expected):
    data = pd.DataFrame({"x": [10.0, 8.0, 8.0, 5.0]}, index=list("abcd"))
    res = ranking.rank_score(data, pd.Series({"x": 8.0}), ties=ties)
    assert list(res.grades["x"]) == expected


def test_negative_indicator_lower_is_better():
    data = pd.DataFrame({"unemp": [3.0, 5.0, 9.0]}, index=list("abc"))
    res = ranking.rank_score(data, pd.Series({"unemp": 5.0}), negative=["unemp"])
    # joint ascending ranks: a 1, b/ref 2 (dense), c 3
    assert list(res.grades["unemp"]) == [1, 0, -1]


def test_negating_a_negative_indicator_gives_the_same_grades():
    rng = np.random.default_rng(1)
    data = pd.DataFrame({"x": rng.normal(size=9).round(1)}, index=[f"d{i}" for i in range(9)])
    ref = pd.Series({"x": 0.1})
    pos = ranking.rank_score(data, ref)
    neg = ranking.rank_score(-data, -ref, negative=["x"])
    pd.testing.assert_frame_equal(pos.grades, neg.grades)


def test_groups_and_missing_values():
    data = pd.DataFrame({"a": [3.0, 1.0, 2.0], "b": [1.0, np.nan, 3.0], "c": [5.0, 6.0, 4.0]}, index=["x", "y", "z"])
    ref = pd.Series({"a": 2.0, "b": 2.0, "c": 5.0})
    groups = ranking.parse_groups("econ: a, b; env: c", ["a", "b", "c"])
    res = ranking.rank_score(data, ref, negative=["c"], groups=groups)
    # a (dense): x 1, ref/z 2, y 3 → x 1, y -1, z 0
    # b: z 1, ref 2, x 3 (y missing) → x -1, z 1
    # c (lower better): z 1, x/ref 2, y 3 → x 0, y -1, z 1
    assert res.grades.loc["x"].tolist() == [1, -1, 0]
    assert res.grades.loc["y", "a"] == -1 and np.isnan(res.grades.loc["y", "b"])
    assert res.n_indicators.tolist() == [3, 2, 3]
    assert res.complex_grade["y"] == pytest.approx(-1.0)  # (-1 + -1) / 2
    assert res.complex_grade["z"] == pytest.approx(2 / 3)
    assert res.group_grades.loc["x", "econ"] == pytest.approx(0.0)
    assert res.group_grades.loc["y", "econ"] == pytest.approx(-1.0)  # graded on a only
    assert res.group_grades.loc["z", "env"] == pytest.approx(1.0)
    assert res.missing == {"y": ["b"]}


def test_reference_modes():
    data = pd.DataFrame({"x": [1.0, 2.0, 6.0]}, index=list("abc"))
    assert ranking.reference_values(data, "mean")["x"] == pytest.approx(3.0)
    assert ranking.reference_values(data, "median")["x"] == pytest.approx(2.0)
    w = pd.Series([1.0, 1.0, 2.0], index=list("abc"))
    assert ranking.reference_values(data, "weighted_mean", weights=w)["x"] == pytest.approx(15 / 4)
    assert ranking.reference_values(data, "table", table={"x": 7})["x"] == 7.0
    with pytest.raises(MethodError, match="'x'"):
        ranking.reference_values(data, "table", table={"y": 1})


def test_reference_own_grade_is_zero_when_a_district_equals_it():
    data = pd.DataFrame({"x": [1.0, 2.0, 6.0]}, index=list("abc"))
    res = ranking.rank_score(data, pd.Series({"x": 2.0}))
    assert res.grades.loc["b", "x"] == 0


def test_bad_inputs():
    data = pd.DataFrame({"x": [np.nan, np.nan]}, index=["a", "b"])
    with pytest.raises(MethodError, match="'x' is empty"):
        ranking.rank_score(data, pd.Series({"x": 1.0}))
    with pytest.raises(MethodError, match="no ':'"):
        ranking.parse_groups("econ a, b", ["a", "b"])
    with pytest.raises(MethodError, match="not one of the indicator"):
        ranking.parse_groups("econ: a, q", ["a", "b"])
    with pytest.raises(MethodError, match="two groups"):
        ranking.parse_groups("econ: a; soc: a", ["a", "b"])
    with pytest.raises(MethodError, match="decrease"):
        cls.parse_breaks("-2.5;0")
    with pytest.raises(MethodError, match="not a number"):
        cls.parse_breaks("0;abc")
    assert cls.parse_breaks("0; -2,5") == [0.0, -2.5]
    with pytest.raises(MethodError, match="labels"):
        cls.resolve_labels(["a", "b"], 3)
