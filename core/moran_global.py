"""Global Moran's I (:mod:`core.moran`), after esda 2.5.1.

Global Moran (esda's ``Moran``): I = n / S0 · Σ z_i (Wz)_i / Σ z_i², E[I] = −1/(n−1), the
variance under normality and under randomisation (Cliff and Ord), z and two-sided p of
both, and a permutation pseudo p-value ``p_sim`` = (larger + 1)/(permutations + 1), where
``larger`` counts the simulated I ≥ observed, folded to the smaller tail (esda's rule; a
simulated value equal to the observed one up to rounding counts in both tails, see
:func:`core.moran_permutations.fold`).
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np
from scipy import sparse
from scipy.special import ndtr

from . import moran_permutations
from .moran_permutations import TIE, Progress, fold


@dataclass
class GlobalMoran:
    i: float
    expected: float
    var_norm: float
    z_norm: float
    p_norm: float
    var_rand: float
    z_rand: float
    p_rand: float
    p_sim: float  # NaN without permutations
    n: int
    permutations: int


def _two_sided(z: float) -> float:
    return float(2.0 * ndtr(-abs(z)))


def global_moran(
    y, w: sparse.csr_matrix, permutations: int = 0, seed: Optional[int] = None, progress: Progress = None
) -> GlobalMoran:
    """Global Moran's I of ``y`` on the row-standardised ``w`` (as esda's ``Moran``: the
    permutations are ``RandomState(seed).permutation(z)`` in turn, esda's draws after
    ``numpy.random.seed(seed)``)."""
    y = np.asarray(y, dtype=float)
    n = len(y)
    z = y - y.mean()
    z2ss = (z * z).sum()
    s0 = w.sum()
    wt = w.T.tocsr()
    s1 = 0.5 * (w + wt).power(2).sum()
    s2 = float(((np.asarray(w.sum(axis=1)).ravel() + np.asarray(w.sum(axis=0)).ravel()) ** 2).sum())

    def calc(v):
        return n / s0 * (v * (w @ v)).sum() / z2ss

    value = calc(z)
    ei = -1.0 / (n - 1)
    n2, s02 = n * n, s0 * s0
    var_norm = (n2 * s1 - n * s2 + 3 * s02) / ((n - 1) * (n + 1) * s02) - (1.0 / (n - 1)) ** 2
    k = ((z**4).sum() / n) / ((z**2).sum() / n) ** 2
    a = n * ((n2 - 3 * n + 3) * s1 - n * s2 + 3 * s02)
    b = k * ((n2 - n) * s1 - 2 * n * s2 + 6 * s02)
    var_rand = (a - b) / ((n - 1) * (n - 2) * (n - 3) * s02) - ei * ei
    # a graph where I cannot vary (e.g. every district neighbours every other: I = E[I]
    # always) has no variance: z and p are undefined, not infinite
    tiny = 1e-12 * max(abs(ei), 1.0) ** 2
    z_norm = (value - ei) / var_norm**0.5 if var_norm > tiny else float("nan")
    z_rand = (value - ei) / var_rand**0.5 if var_rand > tiny else float("nan")
    p_sim = float("nan")
    if permutations:
        rs = np.random.RandomState(seed)
        upper = lower = 0
        tol = TIE * max(abs(value), 1.0)
        step = max(1, moran_permutations.CHUNK_VALUES // max(n, 1))
        for start in range(0, permutations, step):
            count = min(step, permutations - start)
            zp = np.empty((count, n))
            for r in range(count):
                zp[r] = rs.permutation(z)
            lag = np.ascontiguousarray((w @ zp.T).T)
            sim = n / s0 * (zp * lag).sum(axis=1) / z2ss
            upper += int((sim >= value - tol).sum())
            lower += int((sim <= value + tol).sum())
            if progress is not None:
                progress((start + count) / permutations)
        p_sim = float(fold(upper, lower, permutations))
    return GlobalMoran(
        i=float(value),
        expected=ei,
        var_norm=float(var_norm),
        z_norm=float(z_norm),
        p_norm=_two_sided(z_norm) if z_norm == z_norm else float("nan"),
        var_rand=float(var_rand),
        z_rand=float(z_rand),
        p_rand=_two_sided(z_rand) if z_rand == z_rand else float("nan"),
        p_sim=p_sim,
        n=n,
        permutations=int(permutations),
    )
