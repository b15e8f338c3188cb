"""Potential clusters (core.potential) on paper 004 Table 3 and hand-made cases."""

import numpy as np
import pandas as pd
import pytest

from territorial_clusters.core import MethodError
from territorial_clusters.core import potential

# paper 004, Table 2 classes (0 favourable, 1 less favourable, 2 unfavourable)
CLASSES = pd.Series(
    {
        "Aqtobe": 0,
        "Mugalzharskiy": 0,
        "Khromtauskiy": 0,
        "Alginskiy": 1,
        "Martukskiy": 1,
        "Temirskiy": 1,
        "Bayganinskiy": 2,
        "Shalkarskiy": 2,
        "Kargalinskiy": 2,
        "Khobdinskiy": 2,
        "Aytekebiyskiy": 2,
        "Uilskiy": 2,
        "Irgizskiy": 2,
    }
)
TABLE3 = [  # paper 004, Table 3, in the paper's order
    ("Aqtobe", "Ferrous metallurgy and metalworking", 3.6),
    ("Aqtobe", "Construction materials industry", 3.1),
    ("Aqtobe", "Hydromineral industry", 3.0),
    ("Aqtobe", "Food industry", 2.6),
    ("Aqtobe", "Heat and power engineering", 2.6),
    ("Aqtobe", "Woodworking and pulp-and-paper industry", 2.5),
    ("Aqtobe", "Chemical and petrochemical industry", 2.3),
    ("Aqtobe", "Light industry", 2.0),
    ("Aqtobe", "Machine building", 1.9),
    ("Mugalzharskiy", "Oil extraction", 1.8),
    ("Mugalzharskiy", "Machine building", 1.3),
    ("Mugalzharskiy", "Chemical and petrochemical industry", 1.2),
    ("Khromtauskiy", "Non-ferrous metallurgy", 4.6),
    ("Khromtauskiy", "Extraction of construction raw materials", 1.2),
    ("Alginskiy", "Food industry", 16.3),
    ("Alginskiy", "Hydromineral industry", 5.1),
    ("Alginskiy", "Woodworking and pulp-and-paper industry", 2.0),
    ("Alginskiy", "Construction materials industry", 1.9),
    ("Alginskiy", "Chemical and petrochemical industry", 1.4),
    ("Martukskiy", "Woodworking and pulp-and-paper industry", 155.0),
    ("Martukskiy", "Light industry", 14.0),
    ("Martukskiy", "Extraction of construction raw materials", 8.0),
    ("Martukskiy", "Food industry", 6.3),
    ("Martukskiy", "Hydromineral industry", 4.8),
    ("Temirskiy", "Oil extraction", 2.5),
]


def table(rows):
    return pd.DataFrame(rows, columns=["district", "industry", "lq"])


def test_paper004_table3_reproduced():
    shuffled = table(TABLE3).sample(frac=1.0, random_state=4)  # order of rows does not matter
    res = potential.potential_clusters(CLASSES, shuffled, [0, 1])
    t = res.table
    listed = set(t.index[t["cluster_potential"].notna()])
    assert listed == {"Aqtobe", "Mugalzharskiy", "Khromtauskiy", "Alginskiy", "Martukskiy", "Temirskiy"}
    assert (
        t.at["Khromtauskiy", "cluster_potential"]
        == "Non-ferrous metallurgy (4.6), Extraction of construction raw materials (1.2)"
    )
    assert t.at["Martukskiy", "cluster_potential"].startswith(
        "Woodworking and pulp-and-paper industry (155.0), Light industry (14.0), "
    )
    assert t.at["Temirskiy", "cluster_potential"] == "Oil extraction (2.5)"
    assert t["n_potential_industries"].to_dict()["Aqtobe"] == 9
    assert t["n_potential_industries"].sum() == 25
    assert t.loc[~t["favourable"], "n_potential_industries"].eq(0).all()
    assert not res.unmatched and not res.no_rows and not res.undefined


def test_ties_keep_table_order():
    # Aqtobe: Food industry (2.6) before Heat and power engineering (2.6), as printed
    res = potential.potential_clusters(CLASSES, table(TABLE3), [0])
    assert "Food industry (2.6), Heat and power engineering (2.6)" in res.table.at["Aqtobe", "cluster_potential"]
    rev = table([r for r in TABLE3 if r[0] == "Aqtobe"][::-1])
    res = potential.potential_clusters(CLASSES, rev, [0])
    assert "Heat and power engineering (2.6), Food industry (2.6)" in res.table.at["Aqtobe", "cluster_potential"]


def test_only_favourable_classes_and_threshold():
    rows = TABLE3 + [("Irgizskiy", "Cattle breeding", 7.0)]
    res = potential.potential_clusters(CLASSES, table(rows), [0], threshold=2.0)
    t = res.table
    assert t.at["Irgizskiy", "cluster_potential"] is None  # not favourable: never listed
    assert t.at["Alginskiy", "cluster_potential"] is None  # class 1 not asked for
    assert t.at["Khromtauskiy", "cluster_potential"] == "Non-ferrous metallurgy (4.6)"
    assert t.at["Mugalzharskiy", "cluster_potential"] is None  # favourable, nothing ≥ 2
    assert bool(t.at["Mugalzharskiy", "favourable"]) and t.at["Mugalzharskiy", "n_potential_industries"] == 0
    # the threshold itself counts (≥), with float noise tolerated
    res = potential.potential_clusters(pd.Series({"a": 0}), table([("a", "x", 1.0 - 1e-12), ("a", "y", 0.99)]), [0])
    assert res.table.at["a", "cluster_potential"] == "x (1.0)"


def test_unmatched_missing_and_undefined_reported():
    rows = [
        ("Khromtauskiy", "Non-ferrous metallurgy", 4.6),
        ("Atlantis", "Fishing", 3.0),
        ("Khromtauskiy", "Gold", np.nan),
        ("Atlantis", "Tourism", 2.0),
    ]
    res = potential.potential_clusters(CLASSES, table(rows), [0])
    assert res.unmatched == ["Atlantis"]
    assert set(res.no_rows) == {"Aqtobe", "Mugalzharskiy"}
    assert res.undefined == [("Khromtauskiy", "Gold")]
    res = potential.potential_clusters(CLASSES, table(rows), [0, 5])
    assert res.missing_classes == [5]


@pytest.mark.parametrize(
    "rows, kwargs, message",
    [
        ([("Aqtobe", "x", 2.0), ("Aqtobe", "x", 3.0)], {}, "more than one row for Aqtobe / x"),
        ([("Aqtobe", "x", -2.0)], {}, "cannot be negative: Aqtobe / x = -2"),
        ([("Aqtobe", "x", np.inf)], {}, "infinite"),
        ([("Aqtobe", None, 2.0)], {}, "without an industry name"),
        ([("Aqtobe", "x", 2.0)], {"favourable": [7]}, "No district is in the favourable classes 7"),
        ([("Aqtobe", "x", 2.0)], {"threshold": -1.0}, "THRESHOLD"),
    ],
)
def test_bad_tables(rows, kwargs, message):
    fav = kwargs.pop("favourable", [0, 1])
    with pytest.raises(MethodError, match=message):
        potential.potential_clusters(CLASSES, table(rows), fav, **kwargs)


@pytest.mark.parametrize(
    "text, expected", [("0;1", [0, 1]), (" 0 ; 1 ; 1 ", [0, 1]), ("2", [2]), ("0,1", [0, 1]), ("1.0", [1])]
)
def test_parse_classes(text, expected):
    assert potential.parse_classes(text) == expected


@pytest.mark.parametrize("text", ["", None, "best", "-1", "0.5"])
def test_parse_classes_refuses(text):
    with pytest.raises(MethodError):
        potential.parse_classes(text)


def test_format_one_decimal():
    assert potential.format_industries([("A", 155), ("B", 14), ("C", 1.25)]) == "A (155.0), B (14.0), C (1.2)"
