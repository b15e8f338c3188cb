"""Spatially constrained Ward (core.constrained_ward) against sklearn's connectivity Ward."""

import os
import warnings

import numpy as np
import pandas as pd
import pytest

from territorial_clusters.core import MethodError
from territorial_clusters.core import clustering as cl
from territorial_clusters.core import constrained_ward as cw

from ..conftest import SAMPLE_DIR

sklearn_cluster = pytest.importorskip("sklearn.cluster")


def lattice(rows, cols, queen=False):
    """Pairs (i, j) of a rows × cols lattice, both directions (rook, or queen)."""
    idx = np.arange(rows * cols).reshape(rows, cols)
    steps = [(0, 1), (1, 0)] + ([(1, 1), (1, -1)] if queen else [])
    i, j = [], []
    for dr, dc in steps:
        a = idx[max(0, -dr) : rows - max(0, dr), max(0, -dc) : cols - max(0, dc)]
        b = idx[max(0, dr) : rows + min(0, dr) or None, max(0, dc) : cols + min(0, dc) or None]
        i.append(a.ravel())
        j.append(b.ravel())
    i, j = np.concatenate(i), np.concatenate(j)
    return np.concatenate([i, j]), np.concatenate([j, i])


def sparse(n, i, j):
    from scipy.sparse import coo_matrix

    return coo_matrix((np.ones(i.size), (i, j)), shape=(n, n)).tocsr()


def cut(Z, n, k):
    """Labels per row after the first n − k merges (roots numbered by first row)."""
    parent = np.arange(2 * n - 1)
    for s in range(n - k):
        parent[int(Z[s, 0])] = parent[int(Z[s, 1])] = n + s
    roots = []
    for x in range(n):
        while parent[x] != x:
            x = parent[x]
        roots.append(x)
    _, labels = np.unique(roots, return_inverse=True)
    return labels


def same_partition(a, b):
    return len(set(zip(a.tolist(), b.tolist()))) == len(set(a.tolist())) == len(set(b.tolist()))


def sklearn_labels(X, W, k):
    model = sklearn_cluster.AgglomerativeClustering(n_clusters=k, connectivity=W, linkage="ward")
    return model.fit(X).labels_


@pytest.mark.parametrize("shape,queen", [((6, 7), False), ((12, 10), True), ((25, 20), False)])
def test_lattice_equals_sklearn(shape, queen):
    n = shape[0] * shape[1]
    i, j = lattice(*shape, queen=queen)
    X = np.random.default_rng(n).normal(size=(n, 3))
    Z, parts = cw.linkage(X, (i, j))
    assert parts == 1 and Z.shape == (n - 1, 4) and Z[-1, 3] == n
    for k in (1, 2, 3, 5, 8, 13, 30):
        mine = cut(Z, n, k)
        assert same_partition(mine, sklearn_labels(X, sparse(n, i, j), k)), k
        assert cw.connected(mine, i, j)
    full = sklearn_cluster.AgglomerativeClustering(
        n_clusters=None, distance_threshold=0.0, connectivity=sparse(n, i, j), linkage="ward", compute_full_tree=True
    ).fit(X)
    # sklearn's merge distances are sqrt(2·Δ): scipy's Ward heights, in merge order
    np.testing.assert_allclose(Z[:, 2], full.distances_, rtol=1e-12)


def georgia():
    gpd = pytest.importorskip("geopandas")
    weights = pytest.importorskip("libpysal.weights")
    path = os.path.join(SAMPLE_DIR, "georgia_cbp.gpkg")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        counties = gpd.read_file(path, layer="counties")
        cbp = gpd.read_file(path, layer="cbp", ignore_geometry=True)
    wide = cbp.pivot_table(index="fips", columns="naics", values="establishments", aggfunc="sum")
    cols = [c for c in ("44", "62", "72", "23") if c in wide.columns]
    X = np.log1p(wide.reindex(counties["fips"])[cols].fillna(0).to_numpy(float))
    X = (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
    return counties, X, weights


@pytest.mark.parametrize("rook", [False, True])
def test_georgia_contiguity_equals_sklearn(rook):
    counties, X, weights = georgia()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = (weights.Rook if rook else weights.Queen).from_dataframe(counties)
    W = w.sparse.tocoo()
    n = len(counties)
    assert n == 159 and not w.islands
    Z, parts = cw.linkage(X, (W.row, W.col))
    assert parts == 1
    for k in (2, 4, 6, 10, 20):
        mine = cut(Z, n, k)
        assert same_partition(mine, sklearn_labels(X, W.tocsr(), k)), k
        assert cw.connected(mine, W.row, W.col)


def test_islands_are_their_own_clusters():
    """Two lattices and two isolated rows: 4 parts; a cut into ≥ 4 clusters keeps each part
    apart (islands alone), fewer is refused."""
    i1, j1 = lattice(4, 4)
    i2, j2 = lattice(3, 3)
    i, j = np.concatenate([i1, i2 + 16]), np.concatenate([j1, j2 + 16])
    n = 16 + 9 + 2  # rows 25 and 26 have no neighbours
    X = np.random.default_rng(2).normal(size=(n, 2))
    X[25] = X[0]  # an island identical to a mainland region still stays apart
    Z, parts = cw.linkage(X, (i, j))
    assert parts == 4 and Z.shape == (n - 1, 4) and Z[-1, 3] == n
    for k in (4, 5, 9):
        labels = cut(Z, n, k)
        assert cw.connected(labels, i, j)
        assert sum(labels == labels[25]) == 1 and sum(labels == labels[26]) == 1
    assert set(cut(Z, n, 4)[:16]) != set(cut(Z, n, 4)[16:25])
    frame = pd.DataFrame(X, index=[f"d{r:02d}" for r in range(n)])
    result = cl.ward(frame, k=4, connectivity=(i, j))
    assert result.engine == "constrained" and result.parts == 4
    with pytest.raises(MethodError) as err:
        cl.ward(frame, k=3, connectivity=(i, j))
    assert err.value.values == {"k": 3, "parts": 4, "islands": 2}


def test_rows_in_any_order_through_clustering():
    """clustering.ward takes the pairs in the rows as given and sorts by ID itself."""
    n = 48
    i, j = lattice(6, 8)
    X = np.random.default_rng(4).normal(size=(n, 3))
    ids = [f"r{r:02d}" for r in range(n)]
    perm = np.random.default_rng(5).permutation(n)
    inverse = np.argsort(perm)  # row r of the shuffled frame is original row perm[r]
    shuffled = pd.DataFrame(X[perm], index=[ids[p] for p in perm])
    result = cl.ward(shuffled, k=5, connectivity=(inverse[i], inverse[j]))
    expected = sklearn_labels(X, sparse(n, i, j), 5)
    got = result.labels.reindex(ids).to_numpy()
    assert same_partition(got, expected)


def test_neighbours_like_object_and_no_edges():
    class Graph:
        def __init__(self, i, j):
            self.i, self.j = i, j

    i, j = lattice(2, 3)
    X = np.arange(12, dtype=float).reshape(6, 2)
    Z1, _ = cw.linkage(X, Graph(i, j))
    Z2, _ = cw.linkage(X, (i, j))
    np.testing.assert_array_equal(Z1, Z2)
    Z, parts = cw.linkage(X, (np.zeros(0, int), np.zeros(0, int)))
    assert parts == 6 and Z[-1, 3] == 6  # every row an island: unconstrained Ward joins them
    with pytest.raises(MethodError):
        cw.linkage(X, (np.array([0]), np.array([6])))


def test_no_neighbours_at_all_is_plain_ward():
    """Every row an island: the parts are joined by unconstrained Ward, so the tree is
    scipy's (heights and partitions)."""
    from scipy.cluster.hierarchy import linkage

    n = 80
    X = np.random.default_rng(8).normal(size=(n, 3))
    Z, parts = cw.linkage(X, (np.zeros(0, int), np.zeros(0, int)))
    Z_ref = linkage(X, method="ward")
    assert parts == n
    np.testing.assert_allclose(Z[:, 2], Z_ref[:, 2], rtol=1e-9)
    for k in (1, 2, 5, 17, 40, 79):
        assert same_partition(cut(Z, n, k), cut(Z_ref, n, k)), k
