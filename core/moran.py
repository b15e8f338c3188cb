"""Spatial autocorrelation: global Moran's I and local Moran (LISA), after esda 2.5.1.

Weights are the district graph (a ``core.graph.Neighbours``-like object with ``n``, ``i``,
``j``, ``w``, or an n × n scipy sparse matrix), row-standardised here. A district whose value
is NULL/NaN is left out of the computation: the graph is restricted to the districts with a
value and standardised again, so its neighbours average over the others; it gets the class
"Undefined". A district without a neighbour (an island, also one whose neighbours all lack a
value) keeps its value in the mean and variance, has lag 0 and local I 0 (as esda), no z or
pseudo p-value, and the class "Island" — it is never "significant".

:func:`autocorrelation` runs both on one variable and classifies the districts; the parts are
modules of their own, their public names re-exported here (``core.moran.weights`` etc.
keep working):

* :mod:`core.moran_weights` — :func:`weights`, :func:`row_standardise`;
* :mod:`core.moran_global` — :class:`GlobalMoran`, :func:`global_moran` (esda's ``Moran``);
* :mod:`core.moran_local` — :func:`local_moran` (esda's ``Moran_Local``);
* :mod:`core.moran_permutations` — the draws, the pseudo p-values and the significance:
  :data:`DEFAULT_PERMUTATIONS`, :func:`permutation_ids`, :func:`fdr`, :func:`significance`
  (``CHUNK_VALUES``, the permutation chunk size, is read there).
"""

from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np

from . import MethodError, QT_TR_NOOP
from .moran_global import GlobalMoran, global_moran
from .moran_local import local_moran
from .moran_permutations import DEFAULT_PERMUTATIONS, Progress, significance
from .moran_permutations import fdr, permutation_ids  # noqa: F401 (re-exported, see the docstring)
from .moran_weights import row_standardise, weights

#: GeoDa's default seed ("use specified seed"), so that two runs give the same p-values
DEFAULT_SEED = 123456789

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
