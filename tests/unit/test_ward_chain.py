"""Ward's nearest-neighbour chain (core.ward_chain) against scipy's linkage(method="ward")."""

import numpy as np
import pandas as pd
import pytest
from scipy.cluster.hierarchy import fcluster, linkage

from territorial_clusters.core import MethodError
from territorial_clusters.core import clustering as cl
from territorial_clusters.core import ward_chain as wc


def partition_after(Z, n, k):
    """The clusters (sets of rows) after the first n − k merges of linkage ``Z``."""
    parent = list(range(2 * n - 1))
    for s in range(n - k):
        a, b = int(Z[s, 0]), int(Z[s, 1])
        parent[a] = parent[b] = n + s

    def root(x):
        while parent[x] != x:
            x = parent[x]
        return x

    groups = {}
    for x in range(n):
        groups.setdefault(root(x), set()).add(x)
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("n,d,seed", [(2, 1, 0), (3, 2, 1), (17, 1, 2), (250, 4, 3), (1200, 14, 4), (3000, 4, 5)])
def test_equals_scipy_on_continuous_data(n, d, seed):
    X = np.random.default_rng(seed).normal(size=(n, d)) * np.arange(1, d + 1)
    Z_ref = linkage(X, method="ward")
    Z = wc.linkage(X)
    assert Z.shape == (n - 1, 4)
    np.testing.assert_allclose(Z[:, 2], Z_ref[:, 2], rtol=1e-9, atol=0)
    np.testing.assert_array_equal(Z[:, [0, 1, 3]], Z_ref[:, [0, 1, 3]])
    for k in sorted({1, 2, 3, 6, n // 2, n - 1, n} - {0}):
        assert partition_after(Z, n, k) == partition_after(Z_ref, n, k)
        np.testing.assert_array_equal(fcluster(Z, k, criterion="maxclust"), fcluster(Z_ref, k, criterion="maxclust"))


def test_every_k_on_a_mid_size_matrix():
    n = 400
    X = np.random.default_rng(11).normal(size=(n, 3))
    Z, Z_ref = wc.linkage(X), linkage(X, method="ward")
    for k in range(1, n + 1):
        assert partition_after(Z, n, k) == partition_after(Z_ref, n, k), k


def test_heights_are_ward_distances_of_the_merged_clusters():
    """Each height = sqrt(2|A||B|/(|A|+|B|))·‖cA − cB‖, recomputed from the members (the
    docstring's formula, scipy's convention: two points merge at their distance)."""
    n = 60
    X = np.random.default_rng(7).normal(size=(n, 2))
    Z = wc.linkage(X)
    members = {i: [i] for i in range(n)}
    for s, (a, b, h, size) in enumerate(Z):
        A, B = members.pop(int(a)), members.pop(int(b))
        ca, cb = X[A].mean(axis=0), X[B].mean(axis=0)
        expected = np.sqrt(2 * len(A) * len(B) / (len(A) + len(B))) * np.linalg.norm(ca - cb)
        assert h == pytest.approx(expected, rel=1e-12)
        assert size == len(A) + len(B)
        members[n + s] = A + B
    assert np.all(np.diff(Z[:, 2]) >= 0)
    assert Z[0, 2] == pytest.approx(min(np.linalg.norm(X[i] - X[j]) for i in range(n) for j in range(i)), rel=1e-12)


def test_duplicate_rows_tie_like_scipy():
    """Identical regions (distance exactly 0 in both computations): the heights agree, and
    the partitions agree at every k whose cut does not fall between two equal heights."""
    rng = np.random.default_rng(5)
    n = 300
    X = rng.normal(size=(60, 3))[rng.integers(0, 60, size=n)]
    Z, Z_ref = wc.linkage(X), linkage(X, method="ward")
    np.testing.assert_allclose(Z[:, 2], Z_ref[:, 2], rtol=1e-9, atol=1e-12)
    h = Z_ref[:, 2]
    checked = 0
    for k in range(1, n + 1):
        m = n - k
        if 0 < m < n - 1 and np.isclose(h[m - 1], h[m], rtol=1e-9, atol=1e-12):
            continue
        assert partition_after(Z, n, k) == partition_after(Z_ref, n, k), k
        checked += 1
    assert checked >= 60


def test_clustering_through_the_chain_equals_through_scipy(monkeypatch):
    n = 500
    rng = np.random.default_rng(9)
    frame = pd.DataFrame(rng.normal(size=(n, 4)), index=[f"r{i:03d}" for i in rng.permutation(n)])
    via_scipy = cl.ward(frame, k=7)
    assert via_scipy.engine == "scipy"
    monkeypatch.setattr(wc, "SCIPY_MAX_ROWS", 10)
    via_chain = cl.ward(frame, k=7)
    assert via_chain.engine == "chain"
    pd.testing.assert_series_equal(via_chain.labels, via_scipy.labels)
    np.testing.assert_allclose(via_chain.distance, via_scipy.distance, rtol=1e-12)
    assert via_chain.cut_height == pytest.approx(via_scipy.cut_height, rel=1e-9)
    np.testing.assert_array_equal(via_chain.node_cluster, via_scipy.node_cluster)
    height = float(via_chain.linkage[n - 10, 2])  # its own heights (scipy’s differ by rounding)
    assert cl.ward(frame, height=height).k == 9


def test_engine_choice():
    assert wc.use_scipy(100) and wc.use_scipy(wc.SCIPY_MAX_ROWS)
    assert not wc.use_scipy(wc.SCIPY_MAX_ROWS + 1)
    assert not wc.use_scipy(3000, available=wc.scipy_bytes(3000))  # would take all memory
    # 32,310 × 4: scipy would need 8.4 GB, the chain well under 10 MB
    assert wc.scipy_bytes(32310) == 16 * 32310 * 32309 // 2
    assert wc.chain_bytes(32310, 4) < 10 * 2**20


def test_too_large_is_refused_before_any_work():
    X = np.zeros((50, 3))
    X[:, 0] = np.arange(50)
    with pytest.raises(MethodError) as err:
        cl.ward(pd.DataFrame(X), k=2, available=1000)  # scipy would not fit either: the chain is checked
    assert err.value.values["n"] == 50 and err.value.values["d"] == 3
    assert "50 regions on 3 indicators needs about 1 MB" in str(err.value)
    assert "{n}" in err.value.template  # a template for the catalogue
    wc.check_memory(32310, 4, 2**30)  # 1 GB is plenty for the chain


def test_callback_reports_and_can_stop():
    X = np.random.default_rng(1).normal(size=(1200, 2))
    seen = []
    wc.linkage(X, callback=lambda done, total: seen.append((done, total)))
    assert seen[0] == (wc.REPORT_EVERY, 1199) and len(seen) == 1199 // wc.REPORT_EVERY

    def stop(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        wc.linkage(X, callback=stop)


def test_available_memory_is_a_number_here():
    free = wc.available_memory()
    assert free is None or free > 0
