"""Local Moran (LISA) (:mod:`core.moran`), after esda 2.5.1.

Local Moran (esda's ``Moran_Local``): I_i = (n−1) z_i (Wz)_i / Σ z², z standardised with the
population standard deviation; conditional permutations: for each district, its value held,
the neighbours' values drawn without replacement from the other n − 1 districts. The draws
are esda's: a ``RandomState(seed)``, one permutation of n − 1 ids per replication, its first
``max cardinality`` ids used by every district (so a seed gives esda's own p-values). Pseudo p
(folded), z_sim = (I_i − mean(sim)) / std(sim); quadrants as esda's q: 1 HH, 2 LH, 3 LL, 4 HL
(z > 0 is "high", for the value and for the lag). Significant when p ≤ LEVEL (no correction),
p ≤ LEVEL / n (Bonferroni, n = districts tested) or p < esda's ``fdr`` cut-off
(Benjamini–Hochberg).
"""

from typing import Optional

import numpy as np
from scipy import sparse

from . import moran_permutations
from .moran_permutations import DEFAULT_PERMUTATIONS, TIE, Progress, fold, permutation_ids


def local_moran(
    y,
    w: sparse.csr_matrix,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: Optional[int] = None,
    progress: Progress = None,
):
    """Local Moran I_i, quadrant q and (with permutations) the folded pseudo p-value and
    z_sim of each district, as esda's ``Moran_Local`` on the row-standardised ``w``.
    Returns ``(Is, q, p_sim, z_sim)``; islands get p_sim/z_sim NaN."""
    y = np.asarray(y, dtype=float)
    n = len(y)
    z = y - y.mean()
    z = z / y.std()
    den = (z * z).sum()
    zl = w @ z
    Is = (n - 1) * z * zl / den
    q = np.where(z > 0, np.where(zl > 0, 1, 4), np.where(zl > 0, 2, 3))
    card = np.diff(w.indptr)
    p_sim = np.full(n, np.nan)
    z_sim = np.full(n, np.nan)
    if not permutations or not card.any():
        return Is, q, p_sim, z_sim
    scaling = (n - 1) / den
    z_max = float(np.abs(z).max())
    ids = permutation_ids(n, int(card.max()), permutations, seed)
    # z without district i, at permuted id k: z[k] below i, z[k + 1] from i on
    low = np.ascontiguousarray(z[ids].T)  # (max_card, P)
    high = np.ascontiguousarray(z[np.minimum(ids + 1, n - 1)].T)
    idt = np.ascontiguousarray(ids.T)
    order = np.argsort(card, kind="stable")
    order = order[card[order] > 0]
    total = len(order)
    start = 0
    rows_per_chunk = max(1, moran_permutations.CHUNK_VALUES // permutations)
    while start < total:
        c = card[order[start]]
        stop = start
        while stop < total and card[order[stop]] == c:
            stop += 1
        for a in range(start, stop, rows_per_chunk):
            rows = order[a : min(stop, a + rows_per_chunk)]
            offsets = w.indptr[rows]
            lag = np.zeros((len(rows), permutations))
            for j in range(c):  # the j-th neighbour's weight times the drawn value, summed in order
                drawn = np.where(idt[j][None, :] < rows[:, None], low[j][None, :], high[j][None, :])
                drawn *= w.data[offsets + j][:, None]
                lag += drawn
            sim = z[rows][:, None] * lag * scaling
            observed = Is[rows][:, None]
            tol = (TIE * scaling * z_max) * np.abs(z[rows])[:, None]  # the size of the terms of I_i
            upper = (sim >= observed - tol).sum(axis=1)
            lower = (sim <= observed + tol).sum(axis=1)
            p_sim[rows] = fold(upper, lower, permutations)
            mean = sim.mean(axis=1)
            sd = sim.std(axis=1)
            with np.errstate(divide="ignore", invalid="ignore"):
                z_sim[rows] = np.where(sd > 0, (Is[rows] - mean) / sd, np.nan)
            if progress is not None:
                progress(min(stop, a + rows_per_chunk) / total)
        start = stop
    return Is, q, p_sim, z_sim
