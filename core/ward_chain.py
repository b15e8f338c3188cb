"""Ward's linkage in memory proportional to n·d: the nearest-neighbour chain on the vectors.

``scipy.cluster.hierarchy.linkage(X, "ward")`` first builds the condensed matrix of all
n(n − 1)/2 distances and copies it (8·n² bytes: 8.4 GB for 32,310 tracts). Ward's method is
*reducible* (merging two clusters never brings the result closer to a third than the nearer
of the two was), so the nearest-neighbour chain (Murtagh 1983; Müllner 2011, "Modern
hierarchical, agglomerative clustering algorithms", §3) finds the same merges as the
greedy algorithm while keeping only the clusters' centroids and sizes: the distance of a
cluster to all others is computed when it is needed, vectorised, from

    d(A, B) = sqrt(2·|A||B| / (|A| + |B|)) · ‖c_A − c_B‖

which is scipy's height (for two single points, their Euclidean distance; R's ward.D2).
Memory: the n × d centroids and a few n-vectors; time O(n²·d) like scipy's, in numpy.

The output is scipy's linkage matrix (n − 1) × 4 — merged nodes (smaller id first),
height, size, rows sorted by height (stable), the new cluster of step s is node n + s — so
everything that reads a scipy linkage reads this one.

Ties, as scipy's ``nn_chain`` breaks them: the chain's previous element wins a tie with the
current minimum; otherwise the lowest row index among the nearest; of two merged clusters
the higher index carries the merged cluster on. The squared distances of one cluster to all
others come from ``scipy.spatial.distance.cdist`` ("sqeuclidean", one C loop over the
centroids), times the size factor. scipy updates the distances by the
Lance–Williams recurrence, this module recomputes them from the centroids: heights agree to
rounding (≈1e-13 relative) and, when no two candidate distances differ by rounding only,
so do the merges. When they do (exact ties: duplicate rows, lattice data), the two may pick
different ones of the tied pairs; the partitions then agree at every k whose cut does not
fall between two equal heights (``WardResult.tie_at_cut`` flags those).
"""

import os
import sys
from typing import Callable, Optional

import numpy as np

from . import QT_TR_NOOP, MethodError

#: bytes per row and indicator the chain keeps (centroids, one distance temporary, copies)
CHAIN_BYTES_PER_VALUE = 8 * 4
#: bytes per row besides: sizes, ids, positions, chain, linkage row, distances
CHAIN_BYTES_PER_ROW = 8 * 12
#: scipy's linkage: the condensed distance matrix and its copy, 8 bytes each
SCIPY_BYTES_PER_PAIR = 8 * 2
#: rows up to which scipy's linkage is used (faster there: the crossover is ~3,000 × 4–14; its matrices ≤ 72 MB)
SCIPY_MAX_ROWS = 3000
#: merges between two progress callbacks
REPORT_EVERY = 500


def scipy_bytes(n: int) -> int:
    """Memory scipy's ``linkage(X, "ward")`` needs for ``n`` rows (two condensed matrices)."""
    return SCIPY_BYTES_PER_PAIR * n * (n - 1) // 2


def chain_bytes(n: int, d: int) -> int:
    """Memory :func:`linkage` needs for an ``n`` × ``d`` matrix."""
    return n * (CHAIN_BYTES_PER_VALUE * d + CHAIN_BYTES_PER_ROW)


def available_memory() -> Optional[int]:
    """Bytes of memory available to this process now (None when it cannot be told)."""
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/meminfo", encoding="ascii") as f:
                for line in f:
                    if line.startswith("MemAvailable:"):
                        return int(line.split()[1]) * 1024
        if sys.platform == "win32":
            import ctypes

            class MemoryStatus(ctypes.Structure):
                _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong)] + [
                    (name, ctypes.c_ulonglong)
                    for name in (
                        "ullTotalPhys",
                        "ullAvailPhys",
                        "ullTotalPageFile",
                        "ullAvailPageFile",
                        "ullTotalVirtual",
                        "ullAvailVirtual",
                        "ullAvailExtendedVirtual",
                    )
                ]

            status = MemoryStatus()
            status.dwLength = ctypes.sizeof(MemoryStatus)
            if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
                return int(status.ullAvailPhys)
            return None
        pages = os.sysconf("SC_AVPHYS_PAGES")  # macOS, BSD: free pages (cache not counted)
        return int(pages) * int(os.sysconf("SC_PAGE_SIZE"))
    except (OSError, ValueError, AttributeError):
        return None


def use_scipy(n: int, available: Optional[int] = None) -> bool:
    """Whether scipy's linkage is used for ``n`` rows: small inputs (faster, same result),
    and only while its matrix takes less than half the memory available."""
    if n > SCIPY_MAX_ROWS:
        return False
    return available is None or scipy_bytes(n) < available // 2


def check_memory(n: int, d: int, available: Optional[int]) -> None:
    """Refuse, before any work, a matrix whose chain would not fit in ``available`` bytes."""
    need = chain_bytes(n, d)
    if available is not None and need > available:
        raise MethodError(
            QT_TR_NOOP(
                "Ward clustering of {n} regions on {d} indicators needs about {need_mb} MB of "
                "memory, but only {free_mb} MB are available: close other programs, or cluster "
                "fewer regions (e.g. one part of the country at a time) or fewer indicators."
            ),
            n=n,
            d=d,
            need_mb=int(np.ceil(need / 2**20)),
            free_mb=int(available // 2**20),
        )


def _nearest(px: int, prev: int, cent: np.ndarray, size: np.ndarray, active: int, buf: np.ndarray):
    """The nearest active cluster to the one at position ``px`` under scipy's tie rule
    (the chain's previous element ``prev`` wins a tie, else the lowest row: positions are
    in row order): ``(its position, squared Ward distance)``."""
    from scipy.spatial.distance import cdist

    d2 = cdist(cent[px : px + 1], cent[:active], "sqeuclidean")[0]
    s = size[:active]
    f = buf[:active]
    np.add(s, size[px], out=f)
    np.divide(s, f, out=f)
    d2 *= f  # the factor 2·|x| is the same for all: applied to the one chosen
    d2[px] = np.inf
    best = int(np.argmin(d2))
    if prev >= 0 and d2[prev] <= d2[best]:
        best = prev
    return best, float(d2[best]) * (2.0 * size[px])


def linkage(X, callback: Optional[Callable[[int, int], None]] = None, sizes=None) -> np.ndarray:
    """Ward's linkage of the rows of ``X`` (n × d, finite), as scipy's
    ``linkage(X, method="ward")``, in O(n·d) memory.

    ``callback(done, total)`` is called every :data:`REPORT_EVERY` merges (it may raise to
    stop the run, e.g. on Cancel). ``sizes``: the rows are the centroids of clusters of these
    sizes (default 1 each); the merges are Ward's between those clusters."""
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    Z = np.zeros((max(n - 1, 0), 4))
    if n < 2:
        return Z
    # the active clusters at positions 0..active-1, in row order (a merged cluster keeps the
    # higher row's place, the lower one is removed): a row's position is a binary search
    cent = np.array(X, dtype=float, order="C")
    size = np.ones(n) if sizes is None else np.array(sizes, dtype=float)
    ids = np.arange(n)
    buf = np.empty(n)
    active = n
    chain = np.empty(n, dtype=np.int64)  # rows
    length = 0
    for k in range(n - 1):
        if length == 0:
            chain[0] = ids[0]  # scipy starts from the lowest row
            length = 1
        while True:
            x = int(chain[length - 1])
            px = int(np.searchsorted(ids[:active], x))
            prev = int(np.searchsorted(ids[:active], chain[length - 2])) if length > 1 else -1
            y_pos, d2 = _nearest(px, prev, cent, size, active, buf)
            y = int(ids[y_pos])
            if length > 1 and y == chain[length - 2]:
                break
            chain[length] = y
            length += 1
        length -= 2
        px, py = px, y_pos
        if x > y:
            x, y, px, py = y, x, py, px
        nx, ny = size[px], size[py]
        Z[k] = (x, y, np.sqrt(d2), nx + ny)
        cent[py] = (nx * cent[px] + ny * cent[py]) / (nx + ny)
        size[py] = nx + ny
        # remove x (px < py): shift the later positions down by one
        cent[px : active - 1] = cent[px + 1 : active]
        size[px : active - 1] = size[px + 1 : active]
        ids[px : active - 1] = ids[px + 1 : active]
        active -= 1
        if callback is not None and (k + 1) % REPORT_EVERY == 0:
            callback(k + 1, n - 1)
    order = np.argsort(Z[:, 2], kind="mergesort")
    Z = Z[order]
    _relabel(Z, n)
    return Z


def _relabel(Z: np.ndarray, n: int) -> None:
    """Rows → node ids, as scipy's ``label``: each merge's items become the nodes (leaf ids
    or n + step) that hold them, smaller first (union-find, in place)."""
    parent = np.arange(2 * n - 1)
    next_label = n

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for row in Z:
        a, b = find(int(row[0])), find(int(row[1]))
        row[0], row[1] = min(a, b), max(a, b)
        parent[a] = parent[b] = next_label
        next_label += 1
