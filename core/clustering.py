"""Ward clustering of regions (paper 003; METHODS.md §6).

The steps, each a plain function (no QGIS):

1. :func:`prepare` — rows lacking a value are excluded (or, with ``impute``, filled with the
   column mean; rows with no value at all are excluded even then), constant indicators are
   dropped, and the rest is standardized (:func:`standardize`).
2. :func:`ward` — ``scipy.cluster.hierarchy.linkage(method="ward")`` (Euclidean; = R's
   ``ward.D2``) on the standardized matrix, cut into ``k`` clusters or at a ``height``. Up
   to :data:`core.ward_chain.SCIPY_MAX_ROWS` regions scipy's own linkage runs; above, the
   nearest-neighbour chain of :mod:`core.ward_chain` (the same merges in memory growing
   with n·d instead of n²; a matrix whose chain cannot fit is refused before any work).
   With ``connectivity`` (neighbour pairs) only neighbouring clusters merge
   (:mod:`core.constrained_ward`): every cluster is contiguous.
3. :func:`core.ward_tables.schedule` and :func:`core.ward_tables.profiles` — the
   agglomeration schedule and the cluster profiles (size, members, raw and standardized means).

Step 1 is :mod:`core.standardization` (the ID order, missing values, constant indicators,
the standardizations; read its docstring); its public names are re-exported here, so
``core.clustering.prepare``, ``standardize``, ``id_order``, ``Prepared``,
``STANDARDIZATIONS`` and ``STANDARDIZATION_NAMES`` keep working. This module builds the
tree (:func:`tree`) and cuts it (:func:`ward`).
"""

from dataclasses import dataclass
from typing import Callable, List, Optional

import numpy as np
import pandas as pd

from . import QT_TR_NOOP, MethodError, constrained_ward, ward_chain
from .standardization import id_order
from .standardization import (  # noqa: F401 (re-exported, see the docstring)
    STANDARDIZATION_NAMES,
    STANDARDIZATIONS,
    Prepared,
    prepare,
    standardize,
)


@dataclass
class WardResult:
    ids: List  # the clustered IDs in ID order (= linkage leaf indices)
    linkage: np.ndarray  # scipy linkage matrix (n − 1) × 4, leaves in ID order
    labels: pd.Series  # id -> cluster 1..k, ID order
    distance: pd.Series  # id -> Euclidean distance to the cluster centroid
    centroids: pd.DataFrame  # cluster -> standardized centroid
    k: int
    cut_height: float  # a height between the last merge kept and the first undone
    node_cluster: np.ndarray  # for every node 0..2n−2: its cluster, 0 above the cut
    tie_at_cut: bool = False  # the k-th and (k−1)-th merge heights are equal
    engine: str = "scipy"  # "scipy", "chain" (core.ward_chain) or "constrained"
    parts: int = 1  # connected parts of the contiguity graph (constrained only)


def ward(
    matrix,
    k: Optional[int] = None,
    height: Optional[float] = None,
    connectivity=None,
    callback: Optional[Callable[[int, int], None]] = None,
    available: Optional[int] = -1,
) -> WardResult:
    """Ward's hierarchical clustering of the rows of ``matrix`` (DataFrame indexed by ID, or
    array: IDs 0..n−1), cut into ``k`` clusters or at merge ``height`` (exactly one of them).

    The linkage is ``scipy.cluster.hierarchy.linkage(X, method="ward")`` with the rows in ID
    order (computed by scipy for small inputs, by :func:`core.ward_chain.linkage` above
    :data:`core.ward_chain.SCIPY_MAX_ROWS` rows: the same tree). ``k`` clusters = the tree
    after its first n − k merges (with tied heights at the cut, the merge order decides, and
    ``tie_at_cut`` is set); ``height`` keeps the merges up to the first one higher than
    ``height`` (for Ward's monotone tree: every merge of height ≤ ``height``, as
    ``fcluster(..., criterion="distance")``).

    ``connectivity``: neighbour pairs ``(i, j)`` (or a Neighbours-like object) in the rows of
    ``matrix`` as given; then only neighbouring clusters merge (:mod:`core.constrained_ward`).
    ``callback(done, total)`` reports merges (it may raise to stop). ``available``: bytes of
    memory the run may use (-1: ask the system, None: do not check).
    """
    if (k is None) == (height is None):
        if k is not None:
            raise MethodError(
                QT_TR_NOOP("Give either the number of clusters [N_CLUSTERS] or the cut height [HEIGHT], not both.")
            )
        raise MethodError(
            QT_TR_NOOP("Give the number of clusters [N_CLUSTERS] or the cut height [HEIGHT]: neither is set.")
        )
    if not isinstance(matrix, pd.DataFrame):
        matrix = pd.DataFrame(np.asarray(matrix, dtype=float))
    n = matrix.shape[0]
    if n < 2:
        raise MethodError(QT_TR_NOOP("Ward clustering needs at least 2 regions; {n} can be clustered."), n=n)
    if matrix.shape[1] == 0:
        raise MethodError(QT_TR_NOOP("No indicators to cluster on."))
    order = id_order(list(matrix.index))
    ordered = matrix.iloc[order]
    X = np.ascontiguousarray(ordered.to_numpy(dtype=float))
    if not np.isfinite(X).all():
        raise MethodError(
            QT_TR_NOOP("The matrix to cluster has missing or infinite values; exclude or impute them first.")
        )
    if k is not None:
        if int(k) != k or k < 1:
            raise MethodError(QT_TR_NOOP("The number of clusters must be a whole number ≥ 1, not {k}."), k=k)
        k = int(k)
        if k > n:
            raise MethodError(
                QT_TR_NOOP(
                    "{k} clusters asked for, but only {n} regions can be clustered (regions lacking "
                    "values are excluded): choose N_CLUSTERS ≤ {n}."
                ),
                k=k,
                n=n,
            )
    elif height is None or not height >= 0:
        raise MethodError(QT_TR_NOOP("The cut height must be 0 or more, not {height}."), height=height)

    Z, engine, parts = tree(X, order, connectivity, callback, available)
    heights = Z[:, 2]
    if k is None:
        above = np.flatnonzero(heights > height)
        k = n - (int(above[0]) if above.size else n - 1)
    if connectivity is not None:
        rows_a, rows_b = constrained_ward.edges_of(connectivity)
        constrained_ward.check_clusters(k, parts, constrained_ward.island_rows(n, rows_a, rows_b).size)
    m = n - k  # merges applied

    # top-down: every applied node passes its root (the cluster's top node) to its children
    roots = list(range(n + m))
    pairs = Z[:m, :2].astype(np.int64).tolist()
    for i in range(m - 1, -1, -1):
        r = roots[n + i]
        a, b = pairs[i]
        roots[a] = r
        roots[b] = r
    leaf_root = np.asarray(roots, dtype=np.int64)[:n]
    uniq, first, inverse = np.unique(leaf_root, return_index=True, return_inverse=True)
    rank = np.empty(len(uniq), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(1, len(uniq) + 1)
    labels = rank[inverse]
    root_label = np.zeros(n + m, dtype=np.int64)
    root_label[uniq] = rank
    node_cluster = np.zeros(2 * n - 1, dtype=np.int64)
    node_cluster[: n + m] = root_label[np.asarray(roots, dtype=np.int64)]

    # centroids and distances in standardized space
    counts = np.bincount(labels - 1, minlength=k).astype(float)
    sums = np.zeros((k, X.shape[1]))
    np.add.at(sums, labels - 1, X)
    cent = sums / counts[:, None]
    dist = np.sqrt(((X - cent[labels - 1]) ** 2).sum(axis=1))

    lower = heights[m - 1] if m > 0 else 0.0
    if m < n - 1:
        upper = heights[m]
    else:
        top = float(heights.max())
        upper = top * 1.08 if top > 0 else 1.0
    cut = float(height) if height is not None else float((lower + upper) / 2)
    tie = bool(0 < m < n - 1 and np.isclose(heights[m - 1], heights[m], rtol=1e-12, atol=0))

    ids = list(ordered.index)
    return WardResult(
        ids=ids,
        linkage=Z,
        labels=pd.Series(labels, index=ordered.index, name="cluster"),
        distance=pd.Series(dist, index=ordered.index, name="distance_to_centre"),
        centroids=pd.DataFrame(cent, index=pd.RangeIndex(1, k + 1, name="cluster"), columns=matrix.columns),
        k=k,
        cut_height=cut,
        node_cluster=node_cluster,
        tie_at_cut=tie,
        engine=engine,
        parts=parts,
    )


def tree(X: np.ndarray, order: np.ndarray, connectivity=None, callback=None, available: Optional[int] = -1):
    """``(Z, engine, parts)``: the Ward linkage of ``X`` (rows in ID order; ``order`` maps
    them to the rows as given, in which ``connectivity`` is written), see :func:`ward`."""
    from scipy.cluster.hierarchy import linkage

    n = X.shape[0]
    if connectivity is not None:
        i, j = constrained_ward.edges_of(connectivity)
        rank = np.empty(n, dtype=np.int64)
        rank[order] = np.arange(n)  # row as given -> row in ID order
        Z, parts = constrained_ward.linkage(X, (rank[i], rank[j]), callback)
        return Z, "constrained", parts
    if available == -1:
        available = ward_chain.available_memory()
    if ward_chain.use_scipy(n, available):
        return linkage(X, method="ward", metric="euclidean"), "scipy", 1
    ward_chain.check_memory(n, X.shape[1], available)
    return ward_chain.linkage(X, callback), "chain", 1
