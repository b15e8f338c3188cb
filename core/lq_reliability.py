"""Reliable location quotients and LQ dynamics quadrants (METHODS.md §2; issue 16).

Which quotients can be trusted
------------------------------
A location quotient on a small base is noisy: Martuk (paper 004) makes 0.65 % of the Aktobe
oblast's output and gets LQ = 155 for woodworking. Two tests (``LQ_TEST``):

* **Counts** (:data:`TEST_POISSON`; employees, establishments, enterprises): the cells are
  taken as Poisson counts (equivalently, a multinomial table given its total), as in
  Moineddin, Beyene & Boyle (2003), "On the location quotient confidence interval",
  *Geographical Analysis* 35(3), 249–256, and Beyene & Moineddin (2005), "Methods for
  confidence interval estimation of a ratio parameter with application to location
  quotients", *BMC Medical Research Methodology* 5:32. The interval is the delta-method
  interval of ln LQ, ``LQ · exp(±z·se)``, with the variance of ln LQ for counts that are
  nested (the cell x_ij is part of the district's total x_j, of the industry's total X_i
  and of the region's total X)::

      Var(ln LQ) ≈ 1/x_ij − 1/x_j − 1/X_i + (2·LQ − 1)/X

  (``ln LQ = ln x_ij − ln x_j − ln X_i + ln X``; the covariances of nested Poisson sums
  are the variance of their common part; the same holds for a multinomial table of fixed
  X). It is 0 when the district is the whole region or the industry its only one — the
  quotient is then 1 by construction — and about 1/x_ij for a small cell. A zero cell
  (LQ = 0) has the exact Poisson upper bound ``−ln(α/2) · X / (x_j · X_i)`` and lower
  bound 0. **Assumptions**: the values are counts of independent units (persons, not
  thousands of persons: the log warns when values are not whole numbers); clustering of
  units (one big employer) makes the real uncertainty larger (over-dispersion); a
  reference table (the nation) enters with its totals as if they were counted the same
  way. ``lq_significant``: the whole interval lies above the threshold (1), i.e. the
  specialization is significant at the level 1 − CONFIDENCE (one-sided α/2).
* **Values that are not counts** (output in money, :data:`TEST_SHARE`): there is no
  sampling model, so no interval (``lq_low``/``lq_high`` are NULL). A specialization is
  counted as reliable when the cell is at least MIN_SHARE of the region's total
  (x_ij / X ≥ MIN_SHARE): the quotient of a tiny cell says little however large it is.
* :data:`TEST_NONE`: neither (the fields stay NULL).

Dynamics quadrants (two periods)
--------------------------------
Cluster-mapping reports class every district × industry by its LQ and its change:
Star (LQ ≥ 1, ΔLQ > 0), Mature (LQ ≥ 1, ΔLQ ≤ 0), Emerging (LQ < 1, ΔLQ > 0) and
Transforming (LQ < 1, ΔLQ ≤ 0). "ΔLQ > 0" uses the trend's tolerance (``TREND_TOLERANCE``,
the ↑ of :func:`core.lq_analysis.lq_change`): a change within the tolerance counts as
no growth. "LQ ≥ 1" is the specialization threshold (THRESHOLD, 1 by default).
"""

from dataclasses import dataclass, field
from statistics import NormalDist
from typing import List

import numpy as np
import pandas as pd

from . import MethodError, QT_TR_NOOP, Text
from .localization import DECIMALS, LQResult, rounded

TEST_NONE, TEST_POISSON, TEST_SHARE = 0, 1, 2
TESTS = (TEST_NONE, TEST_POISSON, TEST_SHARE)

STAR = QT_TR_NOOP("Star")
MATURE = QT_TR_NOOP("Mature")
EMERGING = QT_TR_NOOP("Emerging")
TRANSFORMING = QT_TR_NOOP("Transforming")
#: the quadrants in the order of the charts' legend
QUADRANTS = (STAR, MATURE, EMERGING, TRANSFORMING)

#: an LQ this large is reported with its base (the district's share, the ceiling)
TINY_BASE_LQ = 10.0


@dataclass
class Reliability:
    low: pd.DataFrame  # lower bound of the interval (NaN: none)
    high: pd.DataFrame  # upper bound
    significant: pd.DataFrame  # nullable boolean (NA where undefined or no test)
    notes: List[Text] = field(default_factory=list)  # for the log


def _check_confidence(confidence: float) -> None:
    if confidence is None or not np.isfinite(confidence) or not 0.5 <= confidence < 1:
        raise MethodError(
            QT_TR_NOOP("Confidence level [CONFIDENCE] must be at least 0.5 and below 1, e.g. 0.95 (got {value})."),
            value=confidence,
        )


def poisson_interval(result: LQResult, confidence: float = 0.95):
    """(low, high) of every quotient of ``result`` for counts (see the module's text)."""
    _check_confidence(confidence)
    a = result.values.to_numpy(dtype=float)
    lq = result.lq.to_numpy(dtype=float)
    b = result.district_total.to_numpy(dtype=float)[:, None]
    c = result.industry_total.to_numpy(dtype=float)[None, :]
    X = float(result.region_total)
    alpha = 1.0 - float(confidence)
    z = NormalDist().inv_cdf(1.0 - alpha / 2.0)  # the standard library's: no scipy needed
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        var = 1.0 / a - 1.0 / b - 1.0 / c + (2.0 * lq - 1.0) / X
        se = np.sqrt(np.clip(var, 0.0, None))
        low = lq * np.exp(-z * se)
        high = lq * np.exp(z * se)
        zero_upper = -np.log(alpha / 2.0) * (X / b) / c
    zero = (a == 0) & ~np.isnan(lq)
    low = np.where(zero, 0.0, low)
    high = np.where(zero, np.broadcast_to(zero_upper, a.shape), high)
    # undefined quotients, and bounds beyond floats (values near 1e±300): no interval
    undefined = np.isnan(lq) | ~np.isfinite(low) | ~np.isfinite(high)
    low[undefined] = np.nan
    high[undefined] = np.nan
    return (
        pd.DataFrame(low, index=result.lq.index, columns=result.lq.columns),
        pd.DataFrame(high, index=result.lq.index, columns=result.lq.columns),
    )


def _flags(condition: np.ndarray, lq: pd.DataFrame) -> pd.DataFrame:
    flags = pd.DataFrame(condition, index=lq.index, columns=lq.columns).astype("boolean")
    return flags.mask(np.isnan(lq.to_numpy(dtype=float)))


def reliability(
    result: LQResult,
    test: int = TEST_POISSON,
    confidence: float = 0.95,
    threshold: float = 1.0,
    min_share: float = 0.01,
) -> Reliability:
    """The intervals and flags of the end period's quotients by ``test`` (TEST_NONE,
    TEST_POISSON, TEST_SHARE), with notes for the log (non-integer counts, tiny bases)."""
    if test not in TESTS:
        raise MethodError(QT_TR_NOOP("Unknown LQ test [LQ_TEST] {test}: choose 0, 1 or 2."), test=test)
    lq = result.lq
    L = lq.to_numpy(dtype=float)
    nan = pd.DataFrame(np.nan, index=lq.index, columns=lq.columns)
    notes = tiny_base_notes(result)
    thr = round(float(threshold), DECIMALS)
    if test == TEST_POISSON:
        low, high = poisson_interval(result, confidence)
        with np.errstate(invalid="ignore"):
            significant = _flags(rounded(low.to_numpy()) > thr, lq).mask(low.isna())
        x = result.values.to_numpy(dtype=float)
        fractional = np.isfinite(x) & (np.abs(x - np.round(x)) > 1e-9)
        if fractional.any():
            r, k = (int(v[0]) for v in np.nonzero(fractional))
            notes.insert(
                0,
                Text(
                    QT_TR_NOOP(
                        "{n} value(s) are not whole numbers (e.g. {value:g} for district '{district}', "
                        "industry '{industry}'): the Poisson interval assumes counts of persons or "
                        "establishments. For thousands of persons multiply by 1000 first; for money "
                        "choose the share test or none."
                    ),
                    **dict(
                        n=int(fractional.sum()),
                        value=x[r, k],
                        district=str(lq.index[r]),
                        industry=str(lq.columns[k]),
                    ),
                ),
            )
        return Reliability(low, high, significant, notes)
    if test == TEST_SHARE:
        if min_share is None or not np.isfinite(min_share) or not 0 <= min_share < 1:
            raise MethodError(
                QT_TR_NOOP("Minimum share of the region [MIN_SHARE] must be between 0 and 1 (got {value})."),
                value=min_share,
            )
        cell_share = result.values.to_numpy(dtype=float) / float(result.region_total)
        with np.errstate(invalid="ignore"):
            ok = (rounded(L) >= thr) & (rounded(cell_share) >= round(float(min_share), DECIMALS))
        return Reliability(nan, nan.copy(), _flags(ok, lq), notes)
    none = pd.DataFrame(pd.NA, index=lq.index, columns=lq.columns, dtype="boolean")
    return Reliability(nan, nan.copy(), none, notes)


def tiny_base_notes(result: LQResult, limit: float = TINY_BASE_LQ, shown: int = 5) -> List[Text]:
    """A note naming the quotients ≥ ``limit`` with the district's share of the region and
    its ceiling X / x_j (such a quotient comes from a tiny base, METHODS.md §2)."""
    L = result.lq.to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        big = np.nan_to_num(L, nan=0.0) >= limit
    if not big.any():
        return []
    rows, cols = np.nonzero(big)
    order = np.argsort(-L[rows, cols], kind="stable")[:shown]
    notes = [
        Text(
            QT_TR_NOOP(
                "{n} quotient(s) are {limit:g} or more — tiny bases (lq_ceiling = X / x_j is the "
                "largest LQ a district can reach). Read them with the interval (lq_low, lq_high) "
                "or the district's share, not as strong specializations; the largest:"
            ),
            **dict(n=int(big.sum()), limit=limit),
        )
    ]
    for k in order:
        r, c = int(rows[k]), int(cols[k])
        notes.append(
            Text(
                QT_TR_NOOP(
                    "  {district} / {industry}: LQ {lq:.1f}, the district makes {share:.2f} % of the "
                    "region's total, ceiling {ceiling:.1f}"
                ),
                **dict(
                    district=str(result.lq.index[r]),
                    industry=str(result.lq.columns[c]),
                    lq=float(L[r, c]),
                    share=100.0 * float(result.share_of_region.iloc[r]),
                    ceiling=float(result.lq_ceiling.iloc[r]),
                ),
            )
        )
    return notes


def quadrants(
    lq_end: pd.DataFrame, change: pd.DataFrame, threshold: float = 1.0, tolerance: float = 0.05
) -> pd.DataFrame:
    """Star / Mature / Emerging / Transforming (the untranslated labels) per district ×
    industry; None where the end LQ or the change is undefined."""
    if tolerance is None or not np.isfinite(tolerance) or tolerance < 0:
        raise MethodError(QT_TR_NOOP("Trend tolerance [TREND_TOLERANCE] must be ≥ 0 (got {value})."), value=tolerance)
    L = rounded(lq_end.to_numpy(dtype=float))
    d = rounded(change.reindex(index=lq_end.index, columns=lq_end.columns).to_numpy(dtype=float))
    high = L >= round(float(threshold), DECIMALS)
    growing = d > round(float(tolerance), DECIMALS)
    labels = np.where(high, np.where(growing, STAR, MATURE), np.where(growing, EMERGING, TRANSFORMING)).astype(object)
    labels[np.isnan(L) | np.isnan(d)] = None
    return pd.DataFrame(labels, index=lq_end.index, columns=lq_end.columns)


def quadrant_counts(quadrant: pd.DataFrame) -> dict:
    """How many district × industry pairs each quadrant holds (for the log)."""
    flat = pd.Series(quadrant.to_numpy().ravel())
    return {q: int((flat == q).sum()) for q in QUADRANTS}
