"""Style builders: a graduated map with NULL values keeps its classes and gains "No data".

QGIS's graduated renderer draws no feature whose value is NULL (the region vanishes from the
map). ``styles.with_no_data`` turns the classes into rules with the same bounds, symbols and
labels, plus a grey rule for NULL. The rules must put every value in the class the graduated
renderer puts it in — also values on a class bound (the lower class wins) and values far
below 1e-6, which QGIS's own conversion to rules (6 decimals) would misplace.
"""

import importlib

import pytest
from qgis.core import QgsRuleBasedRenderer

from ..conftest import PACKAGE
from .helpers import memory_layer, rule_labels


def _styles():
    return importlib.import_module(f"{PACKAGE}.maps.styles")


def _graduated_label(renderer, value):
    """The graduated renderer's class for ``value``: the first range holding it."""
    for r in renderer.ranges():
        if r.lowerValue() <= value <= r.upperValue():
            return r.label()
    return None


@pytest.mark.parametrize("scale", [1.0, 1e-7, 1e9])
def test_rules_place_every_value_like_the_graduated_renderer(provider, scale):
    styles = _styles()
    base = [0.5, 1.0, 1.0, 2.0, 2.5, 3.0, 7.0, 7.25, 10.0, 40.0, 41.0, 100.0]
    values = [v * scale for v in base]
    plain = styles.graduated("v", values, n_classes=4, scheme="Reds")
    bounds = [r.upperValue() for r in plain.ranges()]
    rows = (
        [(f"f{i}", v) for i, v in enumerate(values)] + [(f"b{i}", b) for i, b in enumerate(bounds)] + [("null", None)]
    )
    layer = memory_layer([("id", "string"), ("v", "double")], rows)
    ruled = styles.graduated("v", values, n_classes=4, scheme="Reds", no_data_label="No data", legend_title="T")
    assert isinstance(ruled, QgsRuleBasedRenderer)
    assert ruled._tc_legend_title == "T"
    rules = ruled.rootRule().children()
    assert [r.label() for r in rules] == [r.label() for r in plain.ranges()] + ["No data"]
    assert [r.symbol().color().name() for r in rules[:-1]] == [r.symbol().color().name() for r in plain.ranges()]
    got = rule_labels(layer, ruled, "id")  # exactly one rule per feature
    for key, v in rows:
        want = "No data" if v is None else _graduated_label(plain, v)
        assert got[key] == want, (key, v)


def test_diverging_with_no_data(provider):
    styles = _styles()
    values = [0.2, 0.5, 0.8, 1.0, 1.25, 2.0, 3.5]
    ruled = styles.diverging("lq", [0.5, 0.8, 1.25, 2], values, no_data_label="Undefined")
    plain = styles.diverging("lq", [0.5, 0.8, 1.25, 2], values)
    layer = memory_layer([("id", "string"), ("lq", "double")], [(str(v), v) for v in values] + [("null", None)])
    got = rule_labels(layer, ruled, "id")
    assert got["null"] == "Undefined"
    assert all(got[str(v)] == _graduated_label(plain, v) for v in values)
    assert got["0.5"] == "≤ 0.50" and got["2.0"] == "1.25 – 2.00"  # bounds go to the lower class
    assert got["3.5"] == "> 2.00" and got["0.2"] == "≤ 0.50"
