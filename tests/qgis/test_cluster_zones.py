"""territorialclusters:clusterzones: hand cases through processing.run, and the Georgia sample
(every zone connected in the neighbours graph, every member passing the threshold, the zones'
weighted LQ equal to the LQ of the merged districts)."""

import os
from collections import defaultdict

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsProcessingContext, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from territorial_clusters.core import graph
from territorial_clusters.layers import adjacency

from ..conftest import SAMPLE_DIR
from .helpers import LogFeedback, as_layer, memory_layer, run

S = os.path.join(SAMPLE_DIR, "georgia_cbp.gpkg")
COUNTIES = S + "|layername=counties"


def square(x0, y0=0, size=1000):
    x1, y1 = x0 + size, y0 + size
    return QgsGeometry.fromWkt(f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))")


def districts():
    """a b c d e in a row (each touching the next), f far away."""
    geoms = [square(1000 * i) for i in range(5)] + [square(20000)]
    return memory_layer([("key", "string")], [(k,) for k in "abcdef"], crs="EPSG:32642", geoms=geoms)


def lq_table(rows):
    return memory_layer(
        [("key", "string"), ("industry", "string"), ("lq", "double"), ("value", "double"), ("strong", "string")],
        rows,
        geometry="None",
        crs=None,
    )


ROWS = [  # key, industry, lq, value
    ("a", "Food", 1.5, 30.0, "yes"),
    ("b", "Food", 2.0, 40.0, ""),
    ("c", "Food", None, 5.0, ""),  # NULL breaks the chain
    ("d", "Food", 1.2, 12.0, "yes"),
    ("e", "Food", 1.1, 11.0, "yes"),
    ("f", "Food", 5.0, 50.0, "yes"),  # an island
    ("a", "Metals", 0.5, 1.0, ""),
    ("b", "Metals", 1.5, 15.0, ""),
    ("c", "Metals", 1.5, 15.0, ""),
    ("d", "Metals", 1.5, 15.0, ""),
    ("zz", "Metals", 9.0, 1.0, ""),  # no such district
]


def zones_of(result, ctx):
    layer = as_layer(result["OUTPUT"], ctx)
    return layer, {(f["industry"], f["zone"]): f for f in layer.getFeatures()}


def test_hand_cases(provider):
    params = {"INPUT": districts(), "ID_FIELD": "key", "LQ_TABLE": lq_table(ROWS), "VALUE_FIELD": "value"}
    params.update(OUTPUT="TEMPORARY_OUTPUT", MEMBERS="TEMPORARY_OUTPUT")
    result, fb, ctx = run("clusterzones", params)
    layer, zones = zones_of(result, ctx)
    assert sorted(zones) == [("Food", 1), ("Food", 2), ("Metals", 1)]
    assert layer.wkbType() == QgsWkbTypes.MultiPolygon
    z = zones[("Food", 1)]
    assert (z["n_districts"], z["members"]) == (2, "a, b")  # equal size: the zone of the earlier row first
    assert z["mean_lq"] == pytest.approx(1.75)
    assert z["total_value"] == pytest.approx(70.0) and z["share"] == pytest.approx(70 / 148)
    assert z["weighted_lq"] == pytest.approx(70 / (30 / 1.5 + 40 / 2.0))
    assert z.geometry().area() == pytest.approx(2e6) and z.geometry().constGet().numGeometries() == 1
    assert zones[("Food", 2)]["members"] == "d, e"
    m = zones[("Metals", 1)]
    assert (m["members"], m["n_districts"]) == ("b, c, d", 3) and m.geometry().area() == pytest.approx(3e6)
    members = as_layer(result["MEMBERS"], ctx)
    got = sorted((f["district"], f["industry"], f["zone"]) for f in members.getFeatures())
    assert got == [("a", "Food", 1), ("b", "Food", 1), ("b", "Metals", 1), ("c", "Metals", 1)] + [
        ("d", "Food", 2),
        ("d", "Metals", 1),
        ("e", "Food", 2),
    ]
    assert "1 undefined (NULL) quotient(s), never a specialization: c / Food." in fb.text
    assert "1 key(s) of the LQ table match no district (field 'key') and are ignored: zz." in fb.text
    assert "Food, zone 1: 2 district(s) (a, b), mean LQ 1.75." in fb.text


def test_min_districts_threshold_and_flag(provider):
    base = {"INPUT": districts(), "ID_FIELD": "key", "LQ_TABLE": lq_table(ROWS), "OUTPUT": "TEMPORARY_OUTPUT"}
    result, _, ctx = run("clusterzones", dict(base, MIN_DISTRICTS=1))
    _, zones = zones_of(result, ctx)
    assert zones[("Food", 3)]["members"] == "f"  # the island, alone
    assert isinstance(zones[("Food", 1)]["weighted_lq"], QVariant)  # NULL without VALUE_FIELD
    result, _, ctx = run("clusterzones", dict(base, THRESHOLD=1.4))
    _, zones = zones_of(result, ctx)
    assert sorted(zones) == [("Food", 1), ("Metals", 1)] and zones[("Food", 1)]["members"] == "a, b"
    table = lq_table([r[:4] + ("true" if r[4] == "yes" else "false",) for r in ROWS])
    result, fb, ctx = run("clusterzones", dict(base, LQ_TABLE=table, FLAG_FIELD="strong"))
    _, zones = zones_of(result, ctx)
    assert sorted(zones) == [("Food", 1)] and zones[("Food", 1)]["members"] == "d, e"


def test_refuses_a_missing_field(provider):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=r"\[LQ_FIELD\]"):
        run(
            "clusterzones",
            {
                "INPUT": districts(),
                "ID_FIELD": "key",
                "LQ_TABLE": lq_table(ROWS),
                "LQ_FIELD": "nope",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


@pytest.fixture(scope="module")
def georgia_lq(provider, tmp_path_factory):
    out = str(tmp_path_factory.mktemp("lq") / "lq.gpkg")
    params = {
        "INPUT": COUNTIES,
        "ID_FIELD": "fips",
        "TABLE": S + "|layername=cbp",
        "TABLE_ID_FIELD": "fips",
        "TABLE_INDUSTRY_FIELD": "sector",
        "TABLE_VALUE_FIELD": "employees_known",
        "TABLE_YEAR_FIELD": "year",
        "END_YEAR": 2021,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_TABLE": out,
    }
    result, _, _ = run("localizationcoefficient", params)
    return result["OUTPUT_TABLE"]


def test_georgia_zones_are_connected_and_specialised(provider, georgia_lq, tmp_path):
    out = os.path.join(str(tmp_path), "zones.gpkg")
    params = {"INPUT": COUNTIES, "ID_FIELD": "fips", "LQ_TABLE": georgia_lq, "VALUE_FIELD": "value"}
    params.update(OUTPUT=out, MEMBERS=os.path.join(str(tmp_path), "members.gpkg"))
    result, fb, ctx = run("clusterzones", params)
    counties = as_layer(COUNTIES)
    keys = [str(f["fips"]) for f in counties.getFeatures()]
    row_of = {k: r for r, k in enumerate(keys)}
    nb = adjacency.district_graph(
        list(counties.getFeatures()), counties.crs(), 0, context=QgsProcessingContext(), feedback=LogFeedback()
    )
    lq = {}
    for f in QgsVectorLayer(georgia_lq).getFeatures():
        lq[(f["fips"], f["industry"])] = (f["lq"], f["value"], f["share"])
    zones = QgsVectorLayer(result["OUTPUT"])
    assert zones.featureCount() > 20
    assert zones.renderer().type() == "categorizedSymbol"  # the style stored in the GeoPackage
    seen = defaultdict(set)
    for z in zones.getFeatures():
        members = z["members"].split(", ")
        assert len(members) == z["n_districts"] >= 2
        rows = np.array([row_of[m] for m in members])
        sub = graph.from_pairs(len(rows), *_restrict(nb, rows))
        assert graph.components(sub).max() == 0, (z["industry"], z["zone"])  # one connected zone
        values = [lq[(m, z["industry"])] for m in members]
        assert all(v[0] is not None and v[0] >= 1.0 - 1e-9 for v in values)
        assert z["mean_lq"] == pytest.approx(np.mean([v[0] for v in values]), rel=1e-12)
        # the zone's LQ as one region: (Σ x_iz / Σ x_z) / (X_i / X), with x_z = value / share
        # and X_i / X = share / lq of any district
        total_z = sum(v[1] / v[2] for v in values)
        national = values[0][2] / values[0][0]
        assert z["weighted_lq"] == pytest.approx(sum(v[1] for v in values) / total_z / national, rel=1e-9)
        assert not (seen[z["industry"]] & set(members))  # an industry's zones are disjoint
        seen[z["industry"]] |= set(members)
        # maximal: no specialised neighbour outside the zone
        outside = {keys[j] for r in rows for j in nb.neighbours_of(r)} - set(members)
        assert not [k for k in outside if _lq(lq, k, z["industry"]) >= 1.0 - 1e-9]
    assert "zone(s) of at least 2 contiguous districts with LQ ≥ 1" in fb.text
    members = QgsVectorLayer(result["MEMBERS"])
    assert members.featureCount() == sum(len(s) for s in seen.values())


def _lq(lq, key, industry):
    value = lq.get((key, industry), (None,))[0]
    return -1.0 if value is None or isinstance(value, QVariant) else value


def _restrict(nb, rows):
    pos = {r: k for k, r in enumerate(rows.tolist())}
    pairs = [(pos[a], pos[b]) for a, b in zip(nb.i.tolist(), nb.j.tolist()) if a in pos and b in pos]
    return [p[0] for p in pairs], [p[1] for p in pairs]
