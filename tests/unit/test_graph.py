"""The district graph (core.graph): pairs, islands, components, weights matrices, k nearest
and distance bands against brute force."""

import numpy as np
import pytest

from territorial_clusters.core import MethodError
from territorial_clusters.core import graph


def pairs(nb):
    return sorted(zip(nb.i.tolist(), nb.j.tolist()))


def test_from_pairs_dedups_drops_self_and_symmetrises():
    nb = graph.from_pairs(5, [0, 1, 1, 2, 3], [1, 0, 1, 3, 2])
    assert pairs(nb) == [(0, 1), (1, 0), (2, 3), (3, 2)]
    assert nb.w.tolist() == [1.0] * 4
    assert nb.i.dtype == np.int64 and nb.w.dtype == np.float64


def test_from_pairs_asymmetric_keeps_first_weight():
    nb = graph.from_pairs(3, [0, 0, 2], [1, 1, 0], [2.0, 5.0, 3.0], symmetric=False)
    assert pairs(nb) == [(0, 1), (2, 0)]
    assert nb.w.tolist() == [2.0, 3.0]


def test_from_pairs_refuses_rows_outside():
    with pytest.raises(MethodError, match="outside the 3 districts"):
        graph.from_pairs(3, [0], [3])
    with pytest.raises(MethodError):
        graph.from_pairs(3, [0, 1], [1])


def test_cardinalities_islands_components():
    # 0-1-2 chain, 3-4 pair, 5 island
    nb = graph.from_pairs(6, [0, 1, 3], [1, 2, 4])
    assert graph.cardinalities(nb).tolist() == [1, 2, 1, 1, 1, 0]
    assert graph.islands(nb).tolist() == [5]
    assert graph.components(nb).tolist() == [0, 0, 0, 1, 1, 2]
    assert graph.summary(nb) == (3, 0, pytest.approx(1.0), 2, 1)


def test_components_numbered_by_first_row():
    nb = graph.from_pairs(4, [3, 0], [1, 2])
    assert graph.components(nb).tolist() == [0, 1, 0, 1]


def test_empty_graph():
    nb = graph.empty(3)
    assert graph.islands(nb).tolist() == [0, 1, 2]
    assert graph.components(nb).tolist() == [0, 1, 2]
    assert graph.sparse(nb).nnz == 0
    assert graph.summary(graph.empty(0)) == (0, 0, 0.0, 0, 0)


def test_sparse_row_standardised_with_island():
    nb = graph.from_pairs(4, [0, 0, 1], [1, 2, 2])
    w = graph.sparse(nb, row_standardised=True).toarray()
    assert w[0].tolist() == [0, 0.5, 0.5, 0]
    assert w[1].tolist() == [0.5, 0, 0.5, 0]
    assert w[3].tolist() == [0, 0, 0, 0]  # island: zero row, no NaN
    assert np.allclose(w[:3].sum(axis=1), 1.0)
    assert graph.sparse(nb).toarray()[0].tolist() == [0, 1, 1, 0]


def test_lonlat_to_xyz():
    xyz = graph.lonlat_to_xyz([0, 90, 0], [0, 0, 90])
    assert xyz[0] == pytest.approx([6378137.0, 0, 0])
    assert xyz[1] == pytest.approx([0, 6378137.0, 0], abs=1e-6)
    assert xyz[2] == pytest.approx([0, 0, 6356752.314245], abs=1e-3)


def brute_knn(pts, k, dist):
    n = len(pts)
    out = set()
    for a in range(n):
        d = [(dist(a, b), b) for b in range(n) if b != a]
        for _, b in sorted(d)[:k]:
            out.add((a, b))
    return sorted(out)


@pytest.mark.parametrize("k", [1, 3, 7])
def test_k_nearest_equals_brute_force(k):
    rng = np.random.default_rng(1)
    pts = rng.uniform(0, 1000, size=(60, 3))
    nb = graph.k_nearest(pts, k)
    assert pairs(nb) == brute_knn(pts, k, lambda a, b: float(np.linalg.norm(pts[a] - pts[b])))
    assert graph.cardinalities(nb).tolist() == [k] * 60


def test_k_nearest_with_a_longer_measure_is_exact():
    """A measure never shorter than the chord (here: the chord plus a large per-point
    penalty) changes who is nearest; the candidates are widened until the result is exact."""
    rng = np.random.default_rng(2)
    pts = rng.uniform(0, 100, size=(50, 3))
    extra = rng.uniform(0, 300, size=50)

    def dist(a, b):
        return float(np.linalg.norm(pts[a] - pts[b])) + extra[a] + extra[b]

    nb = graph.k_nearest(pts, 3, lambda i, j: np.array([dist(a, b) for a, b in zip(i, j)]))
    assert pairs(nb) == brute_knn(pts, 3, dist)


def test_k_nearest_ties_by_row():
    pts = np.array([[0, 0, 0], [1, 0, 0], [-1, 0, 0], [0, 5, 0]], dtype=float)
    nb = graph.k_nearest(pts, 1)
    assert pairs(nb) == [(0, 1), (1, 0), (2, 0), (3, 0)]


def test_k_nearest_refuses():
    with pytest.raises(MethodError, match="at least 1"):
        graph.k_nearest(np.zeros((3, 3)), 0)
    with pytest.raises(MethodError, match="at least 4 districts"):
        graph.k_nearest(np.zeros((3, 3)), 3)


def test_distance_band_equals_brute_force():
    rng = np.random.default_rng(3)
    pts = rng.uniform(0, 1000, size=(80, 3))
    nb = graph.distance_band(pts, 250.0)
    want = sorted((a, b) for a in range(80) for b in range(80) if a != b and np.linalg.norm(pts[a] - pts[b]) <= 250.0)
    assert pairs(nb) == want and len(want) > 0
    # a measure 10 % longer than the chord keeps fewer pairs
    nb2 = graph.distance_band(pts, 250.0, lambda i, j: 1.1 * np.linalg.norm(pts[i] - pts[j], axis=1))
    want2 = [(a, b) for a, b in want if 1.1 * np.linalg.norm(pts[a] - pts[b]) <= 250.0]
    assert pairs(nb2) == want2 and len(want2) < len(want)


def test_distance_band_refuses_non_positive():
    with pytest.raises(MethodError, match="positive"):
        graph.distance_band(np.zeros((3, 3)), 0)
