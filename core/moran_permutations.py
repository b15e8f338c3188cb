"""The permutation inference of Moran's I and LISA (:mod:`core.moran`): esda's conditional
draws, the folded pseudo p-value, and the significance of the local tests (no correction,
Bonferroni, or the false discovery rate of Benjamini and Hochberg).
"""

from typing import Callable, Optional

import numpy as np

DEFAULT_PERMUTATIONS = 999
#: values in one chunk of the permutation arrays (bounded memory: 8 bytes each, a few arrays)
CHUNK_VALUES = 500_000
#: relative tolerance of a tie between a simulated and the observed statistic
TIE = 1e-10

Progress = Optional[Callable[[float], None]]


def fold(upper, lower, permutations: int) -> np.ndarray:
    """The pseudo p-value of the smaller tail, (count + 1) / (permutations + 1): ``upper``
    counts the draws ≥ the observed value, ``lower`` those ≤ it, both counting ties (a draw
    that gives back the observed configuration, equal up to rounding). Without ties
    ``lower`` = permutations − ``upper`` and this is esda's folding rule; with ties esda
    counts them by the rounding of its dot product, here they count on both sides (so a
    district whose value is the mean, where every draw ties, gets p = 1, not 1/(P + 1))."""
    smaller = np.minimum(np.asarray(upper, dtype=np.int64), np.asarray(lower, dtype=np.int64))
    return (smaller + 1.0) / (permutations + 1.0)


def permutation_ids(n: int, max_card: int, permutations: int, seed: Optional[int]) -> np.ndarray:
    """esda's conditional-permutation draws (``crand.vec_permutations`` without numba): per
    replication, ``max_card`` ids of the other n − 1 districts drawn without replacement."""
    rs = np.random.RandomState(seed)
    ids = np.empty((permutations, max_card), dtype=np.int64)
    for k in range(permutations):
        ids[k] = rs.choice(n - 1, size=max_card, replace=False)
    return ids


def fdr(pvalues, alpha: float = 0.05) -> float:
    """The p-value cut-off of the false discovery rate (Benjamini–Hochberg), esda's ``fdr``:
    the largest k·α/n with p_(k) < k·α/n (p sorted ascending); α/n when there is none."""
    p = np.asarray(pvalues, dtype=float)
    n = len(p)
    if n == 0:
        return alpha
    p_sort = np.sort(p)[::-1]
    p_fdr = np.arange(n, 0, -1) * alpha / n
    hits = np.where(p_sort < p_fdr)[0]
    return float(alpha / n if len(hits) == 0 else p_fdr[hits[0]])


def significance(p, level: float, correction: int):
    """``(significant, cutoff)`` of the pseudo p-values ``p`` (NaN: not tested) at ``level``
    with correction 0 none, 1 FDR, 2 Bonferroni."""
    p = np.asarray(p, dtype=float)
    tested = ~np.isnan(p)
    m = int(tested.sum())
    sig = np.zeros(len(p), dtype=bool)
    if correction == 1:
        cutoff = fdr(p[tested], level)
        sig[tested] = p[tested] < cutoff
    else:
        cutoff = level / m if correction == 2 and m else level
        sig[tested] = p[tested] <= cutoff
    return sig, cutoff
