"""Spatial autocorrelation: global Moran's I and local Moran (LISA), after esda 2.5.1.

Weights are the district graph (a ``core.graph.Neighbours``-like object with ``n``, ``i``,
``j``, ``w``, or an n × n scipy sparse matrix), row-standardised here. A district whose value
is NULL/NaN is left out of the computation: the graph is restricted to the districts with a
value and standardised again, so its neighbours average over the others; it gets the class
"Undefined". A district without a neighbour (an island, also one whose neighbours all lack a
value) keeps its value in the mean and variance, has lag 0 and local I 0 (as esda), no z or
pseudo p-value, and the class "Island" — it is never "significant".

Global Moran (esda's ``Moran``): I = n / S0 · Σ z_i (Wz)_i / Σ z_i², E[I] = −1/(n−1), the
variance under normality and under randomisation (Cliff and Ord), z and two-sided p of
both, and a permutation pseudo p-value ``p_sim`` = (larger + 1)/(permutations + 1), where
``larger`` counts the simulated I ≥ observed, folded to the smaller tail (esda's rule; a
simulated value equal to the observed one up to rounding counts in both tails, see ``_fold``).

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

from dataclasses import dataclass, field
from typing import Callable, List, Optional

import numpy as np
from scipy import sparse
from scipy.special import ndtr

from . import MethodError, QT_TR_NOOP

#: GeoDa's default seed ("use specified seed"), so that two runs give the same p-values
DEFAULT_SEED = 123456789
DEFAULT_PERMUTATIONS = 999
#: values in one chunk of the permutation arrays (bounded memory: 8 bytes each, a few arrays)
CHUNK_VALUES = 500_000

CORRECTIONS = ("none", "fdr", "bonferroni")
#: esda's q coding → quadrant text
QUADRANTS = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}

HIGH_HIGH = QT_TR_NOOP("High-High")
LOW_LOW = QT_TR_NOOP("Low-Low")
HIGH_LOW = QT_TR_NOOP("High-Low")
LOW_HIGH = QT_TR_NOOP("Low-High")
NOT_SIGNIFICANT = QT_TR_NOOP("Not significant")
ISLAND = QT_TR_NOOP("Island")
UNDEFINED = QT_TR_NOOP("Undefined")
#: the classes in legend order (GeoDa's LISA cluster map)
CLASSES = (NOT_SIGNIFICANT, HIGH_HIGH, LOW_LOW, LOW_HIGH, HIGH_LOW, ISLAND, UNDEFINED)
QUADRANT_CLASS = {1: HIGH_HIGH, 2: LOW_HIGH, 3: LOW_LOW, 4: HIGH_LOW}

Progress = Optional[Callable[[float], None]]


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


@dataclass
class LocalMoran:
    """Per district of the input (NaN where not defined)."""

    i: np.ndarray
    z_sim: np.ndarray
    p_sim: np.ndarray
    q: np.ndarray  # esda's q (1 HH, 2 LH, 3 LL, 4 HL), 0 for undefined and islands
    significant: np.ndarray  # bool
    classes: List[str]  # one of CLASSES per district (core texts: translate them)
    cutoff: float  # the p-value threshold applied
    z: np.ndarray  # the standardised value (the Moran scatter plot's x)
    lag: np.ndarray  # its spatial lag, W z (the plot's y)


@dataclass
class Autocorrelation:
    global_: GlobalMoran
    local: LocalMoran
    islands: np.ndarray  # bool, per input district
    missing: np.ndarray  # bool, per input district (NULL value)
    notes: List[tuple] = field(default_factory=list)  # (template, values) core texts


def weights(nb) -> sparse.csr_matrix:
    """The raw weights of ``nb`` (a Neighbours-like object or a square sparse matrix) as CSR,
    without self-links, duplicate pairs summed."""
    if sparse.issparse(nb):
        m = sparse.csr_matrix(nb, dtype=float)
    else:
        n = int(nb.n)
        w = np.ones(len(nb.i)) if getattr(nb, "w", None) is None else np.asarray(nb.w, dtype=float)
        m = sparse.csr_matrix((w, (np.asarray(nb.i), np.asarray(nb.j))), shape=(n, n))
    if m.shape[0] != m.shape[1]:
        raise MethodError(
            QT_TR_NOOP("The weights matrix is {rows} × {cols}: it must be square."), rows=m.shape[0], cols=m.shape[1]
        )
    m = m.tolil()
    m.setdiag(0)
    m = m.tocsr()
    m.eliminate_zeros()
    m.sort_indices()
    if m.nnz and (not np.all(np.isfinite(m.data)) or m.data.min() < 0):
        raise MethodError(QT_TR_NOOP("Neighbour weights must be positive numbers."))
    return m


def row_standardise(m: sparse.csr_matrix) -> sparse.csr_matrix:
    """Each row divided by its sum (rows of islands stay zero)."""
    sums = np.asarray(m.sum(axis=1)).ravel()
    scale = np.divide(1.0, sums, out=np.zeros_like(sums), where=sums > 0)
    return sparse.csr_matrix(sparse.diags(scale) @ m)


def _two_sided(z: float) -> float:
    return float(2.0 * ndtr(-abs(z)))


#: relative tolerance of a tie between a simulated and the observed statistic
TIE = 1e-10


def _fold(upper, lower, permutations: int) -> np.ndarray:
    """The pseudo p-value of the smaller tail, (count + 1) / (permutations + 1): ``upper``
    counts the draws ≥ the observed value, ``lower`` those ≤ it, both counting ties (a draw
    that gives back the observed configuration, equal up to rounding). Without ties
    ``lower`` = permutations − ``upper`` and this is esda's folding rule; with ties esda
    counts them by the rounding of its dot product, here they count on both sides (so a
    district whose value is the mean, where every draw ties, gets p = 1, not 1/(P + 1))."""
    smaller = np.minimum(np.asarray(upper, dtype=np.int64), np.asarray(lower, dtype=np.int64))
    return (smaller + 1.0) / (permutations + 1.0)


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
        step = max(1, CHUNK_VALUES // max(n, 1))
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
        p_sim = float(_fold(upper, lower, permutations))
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


def permutation_ids(n: int, max_card: int, permutations: int, seed: Optional[int]) -> np.ndarray:
    """esda's conditional-permutation draws (``crand.vec_permutations`` without numba): per
    replication, ``max_card`` ids of the other n − 1 districts drawn without replacement."""
    rs = np.random.RandomState(seed)
    ids = np.empty((permutations, max_card), dtype=np.int64)
    for k in range(permutations):
        ids[k] = rs.choice(n - 1, size=max_card, replace=False)
    return ids


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
    rows_per_chunk = max(1, CHUNK_VALUES // permutations)
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
            p_sim[rows] = _fold(upper, lower, permutations)
            mean = sim.mean(axis=1)
            sd = sim.std(axis=1)
            with np.errstate(divide="ignore", invalid="ignore"):
                z_sim[rows] = np.where(sd > 0, (Is[rows] - mean) / sd, np.nan)
            if progress is not None:
                progress(min(stop, a + rows_per_chunk) / total)
        start = stop
    return Is, q, p_sim, z_sim


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


def _check(y, raw, permutations: int, level: float):
    n = len(y)
    if raw.shape[0] != n:
        raise MethodError(
            QT_TR_NOOP("The neighbours graph has {graph} districts, the layer {n}."), graph=raw.shape[0], n=n
        )
    if permutations < 0:
        raise MethodError(QT_TR_NOOP("The number of permutations must be 0 or more, not {p}."), p=permutations)
    if not 0 < level < 1:
        raise MethodError(QT_TR_NOOP("The significance level must be between 0 and 1, not {level}."), level=level)
    if np.isinf(y).any():
        raise MethodError(QT_TR_NOOP("The variable has infinite values: fix or remove them."))
    m = int((~np.isnan(y)).sum())
    if m < 4:
        raise MethodError(
            QT_TR_NOOP("Spatial autocorrelation needs at least 4 districts with a value, this input has {m}."),
            m=m,
        )
    yk = y[~np.isnan(y)]
    if np.all(yk == yk[0]) or yk.std() == 0:
        raise MethodError(
            QT_TR_NOOP(
                "The variable has the same value ({value}) in every district: its spatial "
                "autocorrelation is undefined. Choose a variable that varies."
            ),
            value="{:g}".format(yk[0]),
        )


def _listed(mask, names, limit: int = 10) -> dict:
    """``n`` and ``names`` (the first ``limit`` of them) of the districts in ``mask``."""
    picked = np.flatnonzero(mask)
    shown = ", ".join(str(names[k]) for k in picked[:limit])
    return dict(n=len(picked), names=shown + (" …" if len(picked) > limit else ""))


def _classes(missing, islands, significant, q) -> List[str]:
    out = []
    for k in range(len(q)):
        if missing[k]:
            out.append(UNDEFINED)
        elif islands[k]:
            out.append(ISLAND)
        elif significant[k]:
            out.append(QUADRANT_CLASS[int(q[k])])
        else:
            out.append(NOT_SIGNIFICANT)
    return out


def autocorrelation(
    values,
    nb,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: Optional[int] = DEFAULT_SEED,
    level: float = 0.05,
    correction: int = 0,
    names=None,
    progress: Progress = None,
) -> Autocorrelation:
    """Global and local Moran of ``values`` (NaN = NULL, left out) on the graph ``nb``;
    ``correction`` 0 none, 1 FDR, 2 Bonferroni. ``progress(fraction)`` is called during the
    permutations (it may raise to cancel the run)."""
    y = np.asarray(values, dtype=float)
    n = len(y)
    finite = y[np.isfinite(y)]
    if finite.size and np.abs(finite).max() > 0:
        # Moran's I does not depend on the scale: a power of 2 (exact) keeps 1e300 from overflowing
        y = np.ldexp(y, -int(np.frexp(np.abs(finite).max())[1]))
    raw = weights(nb)
    _check(y, raw, permutations, level)
    names = list(names) if names is not None else [str(k) for k in range(n)]
    missing = np.isnan(y)
    keep = np.flatnonzero(~missing)
    notes = []
    if missing.any():
        notes.append(
            (
                QT_TR_NOOP("{n} district(s) without a value are left out (class Undefined): {names}"),
                _listed(missing, names),
            )
        )
    sub = row_standardise(raw[keep][:, keep])
    islands_sub = np.diff(sub.indptr) == 0
    if islands_sub.all():
        raise MethodError(
            QT_TR_NOOP("No two districts with a value are neighbours: check the neighbours (method, tolerance).")
        )
    islands = np.zeros(n, dtype=bool)
    islands[keep[islands_sub]] = True
    if islands.any():
        notes.append(
            (
                QT_TR_NOOP("{n} district(s) have no neighbour with a value (class Island): {names}"),
                _listed(islands, names),
            )
        )

    def part(lo, hi):
        return None if progress is None else (lambda f: progress(lo + (hi - lo) * f))

    share = 0.15  # of the permutation work: the global permutations are cheaper
    g = global_moran(y[keep], sub, permutations, seed, part(0.0, share))
    Is, q, p, zs = local_moran(y[keep], sub, permutations, seed, part(share, 1.0))
    q[islands_sub] = 0
    p[islands_sub] = np.nan
    zs[islands_sub] = np.nan
    sig_sub, cutoff = significance(p, level, correction) if permutations else (np.zeros(len(keep), dtype=bool), level)

    full = {key: np.full(n, np.nan) for key in ("i", "z", "p", "value", "lag")}
    full_q = np.zeros(n, dtype=np.int64)
    sig = np.zeros(n, dtype=bool)
    full["i"][keep], full["z"][keep], full["p"][keep], full_q[keep], sig[keep] = Is, zs, p, q, sig_sub
    yk = y[keep]
    zk = (yk - yk.mean()) / yk.std()
    full["value"][keep], full["lag"][keep] = zk, sub @ zk
    local = LocalMoran(
        i=full["i"],
        z_sim=full["z"],
        p_sim=full["p"],
        q=full_q,
        significant=sig,
        classes=_classes(missing, islands, sig, full_q),
        cutoff=cutoff,
        z=full["value"],
        lag=full["lag"],
    )
    return Autocorrelation(global_=g, local=local, islands=islands, missing=missing, notes=notes)
