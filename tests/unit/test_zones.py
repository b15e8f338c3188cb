"""Contiguous cluster zones (core.zones) on hand-made graphs."""

import numpy as np
import pytest

from territorial_clusters.core import MethodError, graph, zones

# 0-1-2-3-4 a chain; 5-6 a pair; 7 an island
NB = graph.from_pairs(8, [0, 1, 2, 3, 5], [1, 2, 3, 4, 6])


def run(lq, industry="Food", **kw):
    rows = list(range(len(lq)))
    return zones.cluster_zones(NB, rows, [industry] * len(lq), lq, **kw)


def test_a_chain_is_one_zone():
    res = run([1.5, 2.0, 1.2, 3.0, 1.0, 0.5, 0.2, 0.1])
    assert len(res.zones) == 1
    z = res.zones.iloc[0]
    assert (z["industry"], z["zone"], z["n_districts"], z["rows"]) == ("Food", 1, 5, [0, 1, 2, 3, 4])
    assert z["mean_lq"] == pytest.approx((1.5 + 2.0 + 1.2 + 3.0 + 1.0) / 5)
    assert res.members["row"].tolist() == [0, 1, 2, 3, 4] and set(res.members["zone"]) == {1}


def test_a_break_in_the_chain_makes_two_zones_largest_first():
    res = run([1.5, 2.0, 0.9, 3.0, 1.1, 1.4, 1.3, 0.1])
    assert res.zones["rows"].tolist() == [[0, 1], [3, 4], [5, 6]]
    assert res.zones["zone"].tolist() == [1, 2, 3]
    res = run([1.5, 0.2, 0.9, 3.0, 1.1, 1.4, 1.3, 0.1])
    assert res.zones["rows"].tolist() == [[3, 4], [5, 6]]  # 0 alone is no zone
    assert res.singles == 1


def test_an_island_is_a_zone_only_with_min_districts_1():
    lq = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 4.0]
    assert run(lq).zones.empty and run(lq).singles == 1
    res = run(lq, min_districts=1)
    assert res.zones["rows"].tolist() == [[7]] and res.zones["n_districts"].tolist() == [1]


def test_null_lq_breaks_the_zone_and_is_reported():
    res = run([1.5, 2.0, np.nan, 3.0, 1.1, 0.0, 0.0, 0.0])
    assert res.zones["rows"].tolist() == [[0, 1], [3, 4]]
    assert res.undefined == [(2, "Food")]


def test_threshold_with_float_noise_and_flags():
    res = run([1.0 - 1e-12, 1.0, 0, 0, 0, 0, 0, 0])
    assert res.zones["rows"].tolist() == [[0, 1]]
    flagged = run([2.0, 2.0, 2.0, 0, 0, 0, 0, 0], flags=[True, None, True, False, False, False, False, False])
    assert flagged.zones.empty and flagged.singles == 2  # 1 is not flagged: 0 and 2 are apart
    assert run([2.0, 2.0, 2.0, 0, 0, 0, 0, 0], threshold=2.5).zones.empty


def test_industries_apart_and_in_natural_order():
    rows = [0, 1, 5, 6, 0, 1]
    inds = ["10", "10", "2", "2", "Food", "Food"]
    res = zones.cluster_zones(NB, rows, inds, [2, 2, 3, 3, 0.5, 1.5])
    assert res.zones["industry"].tolist() == ["2", "10"]
    assert res.industries == ["2", "10", "Food"]
    assert res.zones["rows"].tolist() == [[5, 6], [0, 1]]


def test_values_weighted_lq_and_share():
    """Two districts: employment in the industry 30 and 10, LQ 3 and 1 → the districts' total
    sizes are ∝ 30/3 = 10 and 10/1 = 10, so the zone's LQ = 40 / 20 = 2; the industry's total
    over the table is 30 + 10 + 60 = 100 → share 0.4."""
    rows, inds = [0, 1, 3], ["Food"] * 3
    res = zones.cluster_zones(NB, rows, inds, [3.0, 1.0, 0.5], values=[30.0, 10.0, 60.0])
    z = res.zones.iloc[0]
    assert z["weighted_lq"] == pytest.approx(2.0)
    assert z["total_value"] == pytest.approx(40.0) and z["share"] == pytest.approx(0.4)
    assert z["mean_lq"] == pytest.approx(2.0)
    res = zones.cluster_zones(NB, rows, inds, [3.0, 1.5, 0.5], values=[30.0, 30.0, 60.0])
    assert res.zones.iloc[0]["weighted_lq"] == pytest.approx(60 / (10 + 20))
    assert np.isnan(run([2.0, 2.0, 0, 0, 0, 0, 0, 0]).zones.iloc[0]["weighted_lq"])  # no values


def test_refusals():
    with pytest.raises(MethodError, match="same district and industry"):
        zones.cluster_zones(NB, [0, 0], ["a", "a"], [1.0, 2.0])
    with pytest.raises(MethodError, match="negative or infinite"):
        zones.cluster_zones(NB, [0], ["a"], [-1.0])
    with pytest.raises(MethodError, match="threshold"):
        run([1.0] * 8, threshold=float("nan"))
    with pytest.raises(MethodError, match="at least 1"):
        run([1.0] * 8, min_districts=0)
