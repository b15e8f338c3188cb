"""Statistics as published → numbers (core.numbers): separators, markers, field names."""

import pytest

from territorial_clusters.core import numbers as nb


@pytest.mark.parametrize(
    "text, decimal, thousands, expected",
    [
        ("1 234,5", "auto", "auto", 1234.5),
        ("1\u00a0234,5", "auto", "auto", 1234.5),
        ("1\u202f234,5", "comma", "space", 1234.5),
        ("1,234.5", "auto", "auto", 1234.5),
        ("12,5", "auto", "auto", 12.5),
        ("12.5", "point", "none", 12.5),
        ("1.234,5", "comma", "point", 1234.5),
        ("-2,1", "auto", "auto", -2.1),
        ("\u22123,5", "auto", "auto", -3.5),
        ("1.5e3", "point", "auto", 1500.0),
        ("218", "auto", "auto", 218),
        (",5", "comma", "auto", 0.5),
    ],
)
def test_one_number(text, decimal, thousands, expected):
    col = nb.parse_column([text], decimal, thousands)
    assert col.numeric and col.values == [expected] and col.n_missing == 0


def test_missing_markers_and_empty_become_null_and_are_counted():
    col = nb.parse_column(["-", "(D)", "", "  ", None, "н/д", "3", "…", "x", "NA"])
    assert col.numeric and col.kind == "int"
    assert col.values == [None] * 6 + [3] + [None] * 3 and col.n_missing == 9
    custom = nb.parse_column(["-", "*"], markers=nb.missing_markers("*"))
    assert not custom.numeric and custom.bad == ["-"]
    assert nb.missing_markers("") == frozenset()


def test_a_column_that_does_not_parse_stays_text():
    col = nb.parse_column(["12", "A1", "7"])
    assert not col.numeric and col.kind == "string" and col.bad == ["A1"] and col.values == ["12", "A1", "7"]
    assert not nb.parse_column(["1 234,5", "1,234.5"]).numeric  # decimal comma and point: ask
    assert not nb.parse_column(["1 234,5"], thousands="none").numeric
    assert not nb.parse_column(["12,5"], decimal="point", thousands="none").numeric


def test_ambiguous_groups_follow_the_table():
    assert nb.parse_column(["1,234"]).values == [1234]  # no evidence: point decimal
    assert nb.parse_column(["1,234"], table_decimal="comma").values == [1.234]
    assert nb.parse_column(["1,234", "2,5"]).values == [1.234, 2.5]
    assert nb.table_decimal([["4,0", "218"], ["1"], [None, 3.0]]) == "comma"
    assert nb.table_decimal([["12"]]) == "point"


def test_kinds_and_numbers_kept():
    assert nb.parse_column(["4,0", "1"]).kind == "double"
    assert nb.parse_column([1, 2.0, None]).kind == "int"
    assert nb.parse_column([1.5, None]).values == [1.5, None]


def test_separator_checks():
    assert nb.check_separators("auto", "auto") is None
    assert "differ" in nb.check_separators("comma", "comma")
    assert nb.parse_column(["1,234"], "auto", "comma").values == [1234]


def test_field_names():
    long = "Интегральный индекс развития социально-производственной инфраструктуры за 2014-2015 гг., баллы"
    names = nb.unique_field_names(
        ["2022.0", "2022", long, long, "Region", " a  b ", "fid"], prefix="", taken=["region", "fid"]
    )
    assert names[0] == "2022" and names[1] == "2022_2"
    assert names[2] == "Интегральный индекс развития социально-производственной"
    assert names[3] == names[2] + "_2" and all(len(n) <= nb.MAX_NAME for n in names)
    assert names[4:] == ["Region_2", "a b", "fid_2"]
    assert nb.unique_field_names(["x"], prefix="stat_") == ["stat_x"]
    assert nb.cell_text(12.0) == "12" and nb.cell_text("  ") is None and nb.cell_text(float("nan")) is None
