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

Order independence. Rows are sorted by ID first (:func:`id_order`: numeric order when every
ID is a number, else case-insensitive text order), so the statistics, the linkage and the
breaking of ties between equal distances are the same whatever the order of the features
(results are identical to the last bit). Clusters are
numbered by their first member in that ID order: cluster 1 holds the first region, cluster
2 the first region not in cluster 1, and so on.

Standardization (statistics over the rows that are clustered):

* ``zscore`` — ``(x − mean) / sd`` with the *sample* standard deviation (ddof = 1), as
  GeoDa's "Standardize (Z)" (GenUtils::StandardizeData divides by n − 1) and R's
  ``scale()``. With ddof = 0 every distance and merge height would be multiplied by
  sqrt(n / (n − 1)); the tree and the clusters are the same.
* ``minmax`` — ``(x − min) / (max − min)``, in [0, 1].
* ``robust`` — ``(x − median) / (1.4826 · MAD)``, MAD = median |x − median| (scaled to match
  the sd of normal data, as R's ``mad()``). An indicator whose MAD is 0 (more than half the
  regions share one value) is refused: use z-scores or min–max for it.
* ``none`` — the raw values.
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from . import QT_TR_NOOP, MethodError, Text, constrained_ward, ward_chain

#: Standardizations, in the order of the algorithm's STANDARDIZE parameter.
STANDARDIZATIONS = ("zscore", "minmax", "robust", "none")
STANDARDIZATION_NAMES = {
    "zscore": Text(QT_TR_NOOP("z-score (sample sd)")),
    "minmax": Text(QT_TR_NOOP("min–max")),
    "robust": Text(QT_TR_NOOP("robust (median / MAD)")),
    "none": Text(QT_TR_NOOP("none (raw values)")),
}
MAD_SCALE = 1.4826
#: Relative tolerance under which an indicator's range counts as constant.
CONSTANT_TOL = 1e-12


@dataclass
class Prepared:
    raw: pd.DataFrame  # rows clustered × indicators kept, raw values (imputed filled in)
    standardized: pd.DataFrame  # the same, standardized: the matrix the linkage sees
    centre: pd.Series  # per indicator: value subtracted
    scale: pd.Series  # per indicator: divisor
    method: str
    dropped: List[str] = field(default_factory=list)  # constant indicators
    excluded: Dict[object, List[str]] = field(default_factory=dict)  # id -> indicators lacking
    imputed: Dict[object, List[str]] = field(default_factory=dict)  # id -> indicators filled


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


def id_order(ids: Sequence) -> np.ndarray:
    """Positions that sort ``ids``: numerically when all are numbers, else as text
    (case-insensitive, ties by exact text). The order defines numbering and tie-breaking."""
    keys = [str(i) for i in ids]
    if not keys:
        return np.zeros(0, dtype=int)
    try:
        nums = np.array([float(k) for k in keys])
        if np.isfinite(nums).all():
            return np.lexsort((np.array(keys), nums))
    except ValueError:
        pass
    folded = np.array([k.casefold() for k in keys])
    return np.lexsort((np.array(keys), folded))


def standardize(frame: pd.DataFrame, method: str = "zscore"):
    """``(standardized, centre, scale)``: ``standardized = (frame − centre) / scale``.

    Every column must vary (drop constant ones first, see :func:`prepare`).
    """
    if method not in STANDARDIZATIONS:
        raise MethodError(
            QT_TR_NOOP("Unknown standardization {method!r}; use one of {STANDARDIZATIONS}."),
            method=method,
            STANDARDIZATIONS=', '.join(STANDARDIZATIONS),
        )
    values = frame.to_numpy(dtype=float)
    if method == "zscore":
        if len(frame) < 2:
            raise MethodError(QT_TR_NOOP("z-scores need at least 2 regions."))
        centre = values.mean(axis=0)
        scale = values.std(axis=0, ddof=1)
    elif method == "minmax":
        centre = values.min(axis=0)
        scale = values.max(axis=0) - centre
    elif method == "robust":
        centre = np.median(values, axis=0)
        scale = MAD_SCALE * np.median(np.abs(values - centre), axis=0)
        zero = [c for c, s in zip(frame.columns, scale) if not s > 0]
        if zero:
            raise MethodError(
                QT_TR_NOOP(
                    "Robust standardization is impossible for {zero}: more than half of the regions "
                    "share one value, so the median absolute deviation is 0. Use z-scores or min–max "
                    "(STANDARDIZE 0 or 1), or leave that indicator out."
                ),
                zero=', '.join(map(str, zero)),
            )
    else:
        centre = np.zeros(values.shape[1])
        scale = np.ones(values.shape[1])
    bad = [c for c, s in zip(frame.columns, scale) if not s > 0]
    if bad:
        raise MethodError(
            QT_TR_NOOP("Indicator(s) {bad} are constant: they cannot be standardized; leave them out."),
            bad=', '.join(map(str, bad)),
        )
    out = pd.DataFrame((values - centre) / scale, index=frame.index, columns=frame.columns)
    return out, pd.Series(centre, index=frame.columns), pd.Series(scale, index=frame.columns)


def constant_columns(frame: pd.DataFrame) -> List[str]:
    """Columns whose values do not vary (range ≤ 1e-12 × their magnitude)."""
    values = frame.to_numpy(dtype=float)
    if values.shape[0] == 0:
        return []
    lo, hi = np.nanmin(values, axis=0), np.nanmax(values, axis=0)
    mag = np.maximum(np.maximum(np.abs(lo), np.abs(hi)), 1.0)
    return [c for c, const in zip(frame.columns, (hi - lo) <= CONSTANT_TOL * mag) if const]


def prepare(frame: pd.DataFrame, method: str = "zscore", impute: bool = False) -> Prepared:
    """Missing values, constant indicators and standardization (see the module doc).

    ``frame``: regions × indicators (index = IDs), NaN for missing values.
    """
    if frame.shape[1] == 0:
        raise MethodError(QT_TR_NOOP("No indicator fields: choose at least one in FIELDS."))
    if frame.shape[0] == 0:
        raise MethodError(QT_TR_NOOP("No regions: the layer has no features to cluster."))
    # ID order first, so that every statistic (and its rounding) ignores the feature order
    frame = frame.iloc[id_order(list(frame.index))]
    empty = [c for c in frame.columns if frame[c].isna().all()]
    if empty:
        raise MethodError(
            QT_TR_NOOP("Indicator(s) {empty} are NULL for every region: leave them out of FIELDS."),
            empty=', '.join(map(str, empty)),
        )
    missing = frame.isna()
    lacking_rows = missing.any(axis=1).to_numpy()
    names = np.array(frame.columns, dtype=object)

    def lacking(i):
        return [str(c) for c in names[missing.to_numpy()[i]]]

    excluded, imputed = {}, {}
    if impute:
        nothing = missing.all(axis=1).to_numpy()
        for i in np.flatnonzero(nothing):
            excluded[frame.index[i]] = lacking(i)
        for i in np.flatnonzero(lacking_rows & ~nothing):
            imputed[frame.index[i]] = lacking(i)
        data = frame[~nothing]
        data = data.fillna(data.mean())
    else:
        for i in np.flatnonzero(lacking_rows):
            excluded[frame.index[i]] = lacking(i)
        data = frame[~lacking_rows]
    if len(data) < 2:
        worst = missing.sum().sort_values(ascending=False, kind="mergesort")
        worst = [Text(QT_TR_NOOP("{field} ({n} missing)"), field=c, n=n) for c, n in worst.items() if n > 0][:3]
        hint = (
            Text(
                QT_TR_NOOP(
                    "set IMPUTE to fill gaps with the indicator's mean, or leave out the indicators with most gaps: "
                    "{fields}."
                ),
                fields=Text.joined(", ", worst),
            )
            if worst and not impute
            else Text(QT_TR_NOOP("add regions."))
        )
        raise MethodError(
            QT_TR_NOOP(
                "Only {n} region(s) have values to cluster ({n2} excluded for missing values); Ward "
                "clustering needs at least 2: {hint}"
            ),
            n=len(data),
            n2=len(excluded),
            hint=hint,
        )
    dropped = constant_columns(data)
    kept = [c for c in data.columns if c not in dropped]
    if not kept:
        raise MethodError(
            QT_TR_NOOP(
                "Every indicator is constant over the regions clustered ({dropped}): there is "
                "nothing to tell the regions apart. Choose indicators that vary."
            ),
            dropped=', '.join(map(str, dropped)),
        )
    raw = data[kept].astype(float)
    std, centre, scale = standardize(raw, method)
    return Prepared(
        raw=raw,
        standardized=std,
        centre=centre,
        scale=scale,
        method=method,
        dropped=[str(c) for c in dropped],
        excluded=excluded,
        imputed=imputed,
    )


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
