"""The district graph: who neighbours whom, as index arrays (no QGIS needed).

A :class:`Neighbours` holds the districts' rows (in the layer's feature order) and one
entry per (district, neighbour) pair with its weight. Contiguity graphs are symmetric
(both (a, b) and (b, a) are present, weight 1); k nearest neighbours are not (b may be
among a's k nearest without a being among b's). A district without neighbours is an
*island*: it has no entry and a zero row in :func:`sparse`, so nothing downstream divides
by its (zero) number of neighbours.

The nearest-neighbour helpers work on points given as Earth-centred x, y, z in metres
(:func:`lonlat_to_xyz`): the straight chord between two points is never longer than the
ellipsoidal distance along the surface, so a k-d tree on the chords gives every candidate
the ellipsoidal distances (measured by the caller) can select from, exactly.
"""

from dataclasses import dataclass
from typing import Callable, Optional, Tuple

import numpy as np

from . import QT_TR_NOOP, MethodError

# scipy is imported where it is used: modules that only build or read graphs (and the
# algorithms importing them, e.g. potentialclusters) still load in a QGIS without scipy.

WGS84_A = 6378137.0
WGS84_F = 1 / 298.257223563


@dataclass
class Neighbours:
    """The district graph: ``n`` districts, pairs ``(i[k], j[k])`` with weight ``w[k]``."""

    n: int  # number of districts (rows, in the layer's feature order)
    i: np.ndarray  # int64 row of a district
    j: np.ndarray  # int64 row of its neighbour (i != j)
    w: np.ndarray  # float64 weight

    def __len__(self) -> int:
        return int(self.i.size)

    def neighbours_of(self, row: int) -> np.ndarray:
        """The rows neighbouring ``row`` (sorted)."""
        return np.sort(self.j[self.i == row])


def from_pairs(n: int, i, j, w=None, symmetric: bool = True) -> Neighbours:
    """A graph of ``n`` districts from pairs of rows: self pairs dropped, duplicates removed
    (the first weight kept), with ``symmetric`` each pair also added reversed (same
    weight). The pairs come out sorted by (i, j)."""
    n = int(n)
    i = np.asarray(i, dtype=np.int64).ravel()
    j = np.asarray(j, dtype=np.int64).ravel()
    if i.size != j.size:
        raise MethodError(QT_TR_NOOP("Neighbour pairs: {a} districts but {b} neighbours."), a=i.size, b=j.size)
    w = np.ones(i.size) if w is None else np.asarray(w, dtype=np.float64).ravel()
    if w.size != i.size:
        raise MethodError(QT_TR_NOOP("Neighbour pairs: {a} pairs but {b} weights."), a=i.size, b=w.size)
    if i.size and (min(i.min(), j.min()) < 0 or max(i.max(), j.max()) >= n):
        raise MethodError(QT_TR_NOOP("Neighbour pairs refer to a row outside the {n} districts."), n=n)
    keep = i != j
    i, j, w = i[keep], j[keep], w[keep]
    if symmetric:
        i, j, w = np.concatenate([i, j]), np.concatenate([j, i]), np.concatenate([w, w])
    order = np.lexsort((j, i))  # stable: the first of equal pairs stays first
    i, j, w = i[order], j[order], w[order]
    if i.size:
        first = np.ones(i.size, dtype=bool)
        first[1:] = (i[1:] != i[:-1]) | (j[1:] != j[:-1])
        i, j, w = i[first], j[first], w[first]
    return Neighbours(n, i.copy(), j.copy(), w.copy())


def empty(n: int) -> Neighbours:
    """``n`` districts, no neighbours."""
    return from_pairs(n, np.zeros(0, np.int64), np.zeros(0, np.int64))


def cardinalities(nb: Neighbours) -> np.ndarray:
    """The number of neighbours of each row."""
    return np.bincount(nb.i, minlength=nb.n).astype(np.int64)


def islands(nb: Neighbours) -> np.ndarray:
    """The rows with no neighbour (neither listed as having one nor as being one)."""
    linked = np.zeros(nb.n, dtype=bool)
    linked[nb.i] = True
    linked[nb.j] = True
    return np.flatnonzero(~linked)


def sparse(nb: Neighbours, row_standardised: bool = False):
    """The n × n weights matrix W (w[i, j] = weight) as a ``scipy.sparse.csr_matrix``;
    islands are zero rows. With ``row_standardised`` each non-empty row sums to 1."""
    import scipy.sparse

    w = nb.w
    if row_standardised and w.size:
        sums = np.bincount(nb.i, weights=w, minlength=nb.n)
        w = w / sums[nb.i]
    return scipy.sparse.csr_matrix((w, (nb.i, nb.j)), shape=(nb.n, nb.n))


def components(nb: Neighbours) -> np.ndarray:
    """A connected-component label per row (pairs taken as undirected links), numbered
    0, 1, … in the order of each component's first row."""
    from scipy.sparse.csgraph import connected_components

    if nb.n == 0:
        return np.zeros(0, dtype=np.int64)
    _, labels = connected_components(sparse(nb), directed=False)
    # renumber by first appearance so labels do not depend on scipy's traversal
    _, first = np.unique(labels, return_index=True)
    rank = np.empty(first.size, dtype=np.int64)
    rank[np.argsort(np.argsort(first))] = np.arange(first.size)
    return rank[labels]


def summary(nb: Neighbours) -> Tuple[int, int, float, int, int]:
    """(components, min, mean, max neighbours, islands) for the log."""
    card = cardinalities(nb)
    if nb.n == 0:
        return 0, 0, 0.0, 0, 0
    return int(components(nb).max() + 1), int(card.min()), float(card.mean()), int(card.max()), int(islands(nb).size)


# --- nearest neighbours and distance bands -----------------------------------------


def lonlat_to_xyz(lon, lat) -> np.ndarray:
    """Earth-centred x, y, z (metres, WGS 84 ellipsoid) of longitudes/latitudes in degrees."""
    lon = np.radians(np.asarray(lon, dtype=float))
    lat = np.radians(np.asarray(lat, dtype=float))
    e2 = WGS84_F * (2 - WGS84_F)
    nu = WGS84_A / np.sqrt(1 - e2 * np.sin(lat) ** 2)
    return np.column_stack(
        [nu * np.cos(lat) * np.cos(lon), nu * np.cos(lat) * np.sin(lon), nu * (1 - e2) * np.sin(lat)]
    )


Measure = Callable[[np.ndarray, np.ndarray], np.ndarray]
"""distances (metres) between the points of rows ``i`` and rows ``j`` (arrays)"""


def k_nearest(xyz: np.ndarray, k: int, measure: Optional[Measure] = None) -> Neighbours:
    """Each point's ``k`` nearest other points (weight 1), not symmetric. ``measure``
    gives the true distances (e.g. ellipsoidal); without it the chord (straight line)
    is the distance. Candidates come from a k-d tree on the chords; a row whose k-th true
    distance exceeds the farthest candidate's chord is asked again with more candidates,
    so the result is exact for any distance never shorter than the chord. Ties are
    broken by row order."""
    from scipy.spatial import cKDTree

    xyz = np.asarray(xyz, dtype=float)
    n = xyz.shape[0]
    k = int(k)
    if k < 1:
        raise MethodError(QT_TR_NOOP("The number of nearest neighbours must be at least 1, not {k}."), k=k)
    if n < k + 1:
        raise MethodError(
            QT_TR_NOOP("{k} nearest neighbours need at least {need} districts with a location; the layer has {n}."),
            k=k,
            need=k + 1,
            n=n,
        )
    tree = cKDTree(xyz)
    rows = np.arange(n)
    out_i, out_j = [], []
    m = min(n, 2 * k + 4)
    while rows.size:
        chord, cand = tree.query(xyz[rows], k=m)
        cand = np.asarray(cand).reshape(rows.size, m)
        chord = np.asarray(chord).reshape(rows.size, m)
        ii = np.repeat(rows, m)
        jj = cand.ravel()
        d = chord.ravel() if measure is None else np.asarray(measure(ii, jj), dtype=float)
        d = np.where(ii == jj, np.inf, d).reshape(rows.size, m)
        order = np.lexsort((cand, d), axis=1)[:, :k]  # by distance, then row
        kth = np.take_along_axis(d, order[:, -1:], axis=1)[:, 0]
        done = (kth <= chord[:, -1]) | (m >= n)
        pick = np.take_along_axis(cand, order, axis=1)
        out_i.append(np.repeat(rows[done], k))
        out_j.append(pick[done].ravel())
        rows = rows[~done]
        m = min(n, 2 * m)
    return from_pairs(n, np.concatenate(out_i), np.concatenate(out_j), symmetric=False)


def distance_band(xyz: np.ndarray, band: float, measure: Optional[Measure] = None) -> Neighbours:
    """Every pair of points at most ``band`` metres apart (weight 1), symmetric.
    Candidates: the pairs whose chord is within ``band``; ``measure`` (e.g. ellipsoidal,
    never shorter than the chord) selects among them."""
    from scipy.spatial import cKDTree

    xyz = np.asarray(xyz, dtype=float)
    n = xyz.shape[0]
    if not band > 0:
        raise MethodError(QT_TR_NOOP("The distance band must be a positive distance, not {band}."), band=band)
    if n == 0:
        return empty(0)
    pairs = cKDTree(xyz).query_pairs(float(band), output_type="ndarray")
    i, j = pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)
    if measure is not None and i.size:
        d = np.asarray(measure(i, j), dtype=float)
        keep = d <= band
        i, j = i[keep], j[keep]
    return from_pairs(n, i, j)
