"""Preparing the matrix of Ward clustering (:mod:`core.clustering`, step 1): the rows in ID
order, missing values, constant indicators and the standardization.

:func:`prepare` — rows lacking a value are excluded (or, with ``impute``, filled with the
column mean; rows with no value at all are excluded even then), constant indicators are
dropped, and the rest is standardized (:func:`standardize`).

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
from typing import Dict, List, Sequence

import numpy as np
import pandas as pd

from . import QT_TR_NOOP, MethodError, Text

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
