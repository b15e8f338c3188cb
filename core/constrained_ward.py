"""Spatially constrained Ward: only clusters joined by an edge of a contiguity graph merge.

GeoDa's spatially constrained hierarchical clustering and
``sklearn.cluster.AgglomerativeClustering(connectivity=W, linkage="ward")``: at every step
the pair of *neighbouring* clusters with the smallest Ward cost merges; the merged cluster
neighbours every cluster either part neighboured. Each cluster is therefore one contiguous
set of regions. The cost of merging A and B is sklearn's

    Δ(A, B) = |A||B| / (|A| + |B|) · ‖c_A − c_B‖²       (c: centroids from the sums),

and the height of the merge ``sqrt(2·Δ)``, scipy's Ward height (for two regions their
Euclidean distance). Ties are broken as sklearn's heap does: by the pair
``(newer node, older node)`` in node numbers (a region's row, or n + step for a merged
cluster). Because only neighbours may merge the heights need not grow: a merge can be lower
than an earlier one (an *inversion*). The tree is given in merge order, so cutting it into
k clusters undoes its last k − 1 merges, as sklearn does.

Several parts (islands, an archipelago): the constrained merges stop when every part is one
cluster. The parts are then joined by unconstrained Ward merges (smallest cost first) at the
top of the tree (the nearest-neighbour chain of :mod:`core.ward_chain` on the parts'
centroids), so the linkage is complete; a cut into at least as many clusters as there
are parts undoes all of those, so every cluster stays contiguous and an island is a cluster
of its own. Fewer clusters than parts are refused (:func:`check_clusters`). sklearn joins
the parts differently (it adds edges between nearest points in feature space, breaking the
contiguity): the two agree when the graph is connected.

Pure numpy and heapq on index arrays; memory grows with the regions and the edges.
"""

import heapq
from typing import Callable, List, Optional, Tuple

import numpy as np

from . import QT_TR_NOOP, MethodError, ward_chain

REPORT_EVERY = 500


def edges_of(graph) -> Tuple[np.ndarray, np.ndarray]:
    """``(i, j)`` row arrays from a Neighbours-like object (``.i``, ``.j``) or a pair."""
    if hasattr(graph, "i") and hasattr(graph, "j"):
        return np.asarray(graph.i, dtype=np.int64), np.asarray(graph.j, dtype=np.int64)
    i, j = graph
    return np.asarray(i, dtype=np.int64).ravel(), np.asarray(j, dtype=np.int64).ravel()


def components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The connected part (0, 1, …, numbered by their lowest row) of each of ``n`` rows."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(i.size), (i, j)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    _, first = np.unique(labels, return_index=True)  # each label's lowest row
    rank = np.empty(first.size, dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(first.size)
    return rank[labels]


def _ward_cost(m1: np.ndarray, m2: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """sklearn's ``compute_ward_dist``: |A||B|/(|A|+|B|)·‖sum_A/|A| − sum_B/|B|‖²."""
    diff = m2[rows] / m1[rows, None] - m2[cols] / m1[cols, None]
    return (diff * diff).sum(axis=1) * (m1[rows] * m1[cols] / (m1[rows] + m1[cols]))


def linkage(X, graph, callback: Optional[Callable[[int, int], None]] = None) -> Tuple[np.ndarray, int]:
    """The contiguity-constrained Ward tree of the rows of ``X`` (n × d) with neighbour
    pairs ``graph`` (``(i, j)`` or a Neighbours-like object, rows of ``X``; either or both
    directions). Returns ``(Z, parts)``: a scipy-format linkage matrix (n − 1) × 4 in merge
    order — items (smaller first), height, size — and the number of connected parts (the
    last ``parts − 1`` rows of ``Z`` join the parts, see the module doc).

    ``callback(done, total)`` every :data:`REPORT_EVERY` merges (it may raise to stop)."""
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    i, j = edges_of(graph)
    if i.size and (min(i.min(), j.min()) < 0 or max(i.max(), j.max()) >= n):
        raise MethodError(QT_TR_NOOP("Neighbour pairs refer to a row outside the {n} regions."), n=n)
    nodes = max(2 * n - 1, 1)
    m1 = np.zeros(nodes)
    m1[:n] = 1.0
    m2 = np.zeros((nodes, X.shape[1]))
    m2[:n] = X
    # the neighbours of every active cluster (sets of active nodes only)
    neighbours: List[set] = [set() for _ in range(nodes)]
    keep = i != j
    for a, b in zip(i[keep].tolist(), j[keep].tolist()):
        neighbours[a].add(b)
        neighbours[b].add(a)
    # the initial heap as sklearn's: (cost, larger row, smaller row), each pair once
    hi, lo = np.maximum(i[keep], j[keep]), np.minimum(i[keep], j[keep])
    pairs = np.unique(np.column_stack([hi, lo]), axis=0) if hi.size else np.zeros((0, 2), np.int64)
    cost = _ward_cost(m1, m2, pairs[:, 0], pairs[:, 1])
    heap = list(zip(cost.tolist(), pairs[:, 0].tolist(), pairs[:, 1].tolist()))
    heapq.heapify(heap)
    used = [True] * n + [False] * (nodes - n)
    Z = np.zeros((max(n - 1, 0), 4))
    k = n
    while heap and k < nodes:
        cost_ab, a, b = heapq.heappop(heap)
        if not (used[a] and used[b]):
            continue
        _merge(Z, k, n, a, b, cost_ab, m1, m2, used)
        linked = neighbours[a] | neighbours[b]
        linked.discard(a)
        linked.discard(b)
        neighbours[a] = neighbours[b] = set()
        neighbours[k] = linked
        for c in linked:
            nc = neighbours[c]
            nc.discard(a)
            nc.discard(b)
            nc.add(k)
        if linked:
            cols = np.fromiter(linked, dtype=np.int64, count=len(linked))
            new = _ward_cost(m1, m2, np.full(cols.size, k), cols)
            for value, c in zip(new.tolist(), cols.tolist()):
                heapq.heappush(heap, (value, k, c))
        k += 1
        if callback is not None and (k - n) % REPORT_EVERY == 0:
            callback(k - n, n - 1)
    parts = n - (k - n) if n else 0
    k = _join_parts(Z, k, n, m1, m2, used)
    return Z, parts


def _merge(Z, k, n, a, b, cost_ab, m1, m2, used) -> None:
    used[a] = used[b] = False
    used[k] = True
    m1[k] = m1[a] + m1[b]
    m2[k] = m2[a] + m2[b]
    Z[k - n] = (min(a, b), max(a, b), np.sqrt(2.0 * max(cost_ab, 0.0)), m1[k])


def _join_parts(Z, k, n, m1, m2, used) -> int:
    """Join the clusters left (one per connected part) by unconstrained Ward: the
    nearest-neighbour chain on their centroids and sizes (memory grows with the parts)."""
    if k >= 2 * n - 1:
        return k
    alive = np.flatnonzero(np.array(used[:k], dtype=bool))
    c = alive.size
    Zp = ward_chain.linkage(m2[alive] / m1[alive, None], sizes=m1[alive])
    first = k
    for a, b, h, _ in Zp:
        ga = int(alive[int(a)]) if a < c else first + int(a) - c
        gb = int(alive[int(b)]) if b < c else first + int(b) - c
        _merge(Z, k, n, ga, gb, h * h / 2.0, m1, m2, used)
        Z[k - n, 2] = h
        k += 1
    return k


def island_rows(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The rows of ``n`` that have no neighbour (no pair other than with themselves)."""
    keep = i != j
    linked = np.zeros(n, dtype=bool)
    linked[i[keep]] = True
    linked[j[keep]] = True
    return np.flatnonzero(~linked)


def check_clusters(k: int, parts: int, islands: int = 0) -> None:
    """Refuse ``k`` clusters when the graph has more than ``k`` separate parts."""
    if k < parts:
        raise MethodError(
            QT_TR_NOOP(
                "{k} clusters asked for, but the regions form {parts} separate parts with no "
                "neighbour between them ({islands} of them single regions without neighbours): "
                "with the spatial constraint every cluster is contiguous, so there are at least "
                "{parts} clusters. Choose a Number of clusters [N_CLUSTERS] of at least {parts} (or a "
                "lower Cut height [HEIGHT]), a larger Snapping tolerance (metres) [TOLERANCE], or "
                "Spatial constraint [SPATIAL_CONSTRAINT] None."
            ),
            k=k,
            parts=parts,
            islands=islands,
        )


def connected(labels: np.ndarray, i: np.ndarray, j: np.ndarray) -> bool:
    """Whether every cluster (``labels`` per row) is connected by the edges (i, j) inside it."""
    inside = labels[i] == labels[j]
    comp = components(labels.size, i[inside], j[inside])
    per_cluster: dict = {}
    for c, part in zip(labels.tolist(), comp.tolist()):
        per_cluster.setdefault(c, set()).add(part)
    return all(len(p) == 1 for p in per_cluster.values())
