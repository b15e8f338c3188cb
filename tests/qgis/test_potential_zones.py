"""potentialclusters' ZONES_OUTPUT (issue 15): the favourable districts of paper 004 grouped
into contiguous zones per industry, checked against a breadth-first search on the queen graph."""

from collections import defaultdict

from qgis.core import QgsProcessingContext, QgsVectorLayer

from territorial_clusters.layers import adjacency

from .helpers import LogFeedback, as_layer, out_path, run, sample_layer
from .test_potential_clusters import SIX, params, typology  # noqa: F401 (the fixture)


def expected_zones(layer, lq_rows, members, threshold=1.0):
    """{(industry, frozenset of districts)} by breadth-first search over queen neighbours."""
    keys = [f["district"] for f in layer.getFeatures()]
    nb = adjacency.district_graph(
        list(layer.getFeatures()), layer.crs(), 0, context=QgsProcessingContext(), feedback=LogFeedback()
    )
    near = defaultdict(set)
    for a, b in zip(nb.i.tolist(), nb.j.tolist()):
        near[keys[a]].add(keys[b])
    special = defaultdict(set)
    for d, ind, v in lq_rows:
        if d in members and v is not None and v >= threshold:
            special[ind].add(d)
    out = set()
    for ind, ds in special.items():
        todo = set(ds)
        while todo:
            seen, stack = set(), [todo.pop()]
            while stack:
                d = stack.pop()
                seen.add(d)
                stack += [x for x in near[d] & ds if x not in seen and x not in stack]
            todo -= seen
            if len(seen) >= 2:
                out.add((ind, frozenset(seen)))
    return out


def test_zones_of_favourable_districts(typology, tmp_path):  # noqa: F811
    path = out_path(tmp_path, "zones.gpkg")
    result, fb, _ = run("potentialclusters", params(typology, ZONES_OUTPUT=path))
    zones = QgsVectorLayer(result["ZONES_OUTPUT"])
    got = {(f["industry"], frozenset(f["members"].split(", "))) for f in zones.getFeatures()}
    lq = [(f["district"], f["industry"], f["lq"]) for f in sample_layer("lq_paper004_table3").getFeatures()]
    want = expected_zones(as_layer(typology), lq, SIX)
    assert got == want and len(got) >= 1
    assert all(m <= SIX for _, m in got)
    for f in zones.getFeatures():
        assert f["n_districts"] == len(f["members"].split(", ")) >= 2
    assert zones.renderer().type() == "categorizedSymbol"
    assert "zone(s) of at least 2 contiguous districts" in fb.text


def test_no_zones_unless_asked(typology):  # noqa: F811
    result, _, _ = run("potentialclusters", params(typology))
    assert "ZONES_OUTPUT" not in result or result["ZONES_OUTPUT"] is None
