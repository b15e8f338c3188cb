"""What the location quotients say per district (METHODS.md §2): change and trend between two
periods, specializations (LQ ≥ threshold), strong clusters, the specialization profile, and
:func:`analyse`, which runs the whole method for one or two periods."""

import warnings
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
import pandas as pd

from . import MethodError, QT_TR_NOOP
from .naming import natural_order
from .localization import DECIMALS, TREND_DOWN, TREND_FLAT, TREND_UP, LQResult, location_quotients, rounded


def lq_change(
    lq_end: pd.DataFrame, lq_base: pd.DataFrame, tolerance: float = 0.05
) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Change (end − base) and trend ↑ / ↓ / → (|change| ≤ tolerance is →); NULL if either is."""
    if tolerance is None or not np.isfinite(tolerance) or tolerance < 0:
        raise MethodError(QT_TR_NOOP("TREND_TOLERANCE must be a number ≥ 0 (got {tolerance})."), tolerance=tolerance)
    base = lq_base.reindex(index=lq_end.index, columns=lq_end.columns)
    change = lq_end - base
    c = rounded(change.to_numpy())
    tol = round(float(tolerance), DECIMALS)
    trend = np.full(c.shape, None, dtype=object)
    trend[c > tol] = TREND_UP
    trend[c < -tol] = TREND_DOWN
    trend[np.abs(c) <= tol] = TREND_FLAT
    return change, pd.DataFrame(trend, index=lq_end.index, columns=lq_end.columns)


def specialized(lq: pd.DataFrame, threshold: float = 1.0) -> pd.DataFrame:
    """lq ≥ threshold, as a nullable boolean frame (NA where the quotient is undefined)."""
    L = lq.to_numpy(dtype=float)
    flags = pd.DataFrame(rounded(L) >= round(float(threshold), DECIMALS), index=lq.index, columns=lq.columns).astype(
        "boolean"
    )
    return flags.mask(np.isnan(L))


@dataclass
class StrongResult:
    flags: pd.DataFrame  # nullable boolean, NA where the quotient is undefined
    lq_cut: pd.Series  # per industry: the LQ percentile among districts where present
    value_cut: pd.Series  # per industry: the value percentile among districts where present


def strong_flags(
    lq: pd.DataFrame, values: pd.DataFrame, lq_percentile: float = 75.0, value_percentile: float = 25.0
) -> StrongResult:
    """US Cluster Mapping rule: strong when lq ≥ 1, lq ≥ the ``lq_percentile``-th percentile
    of the industry's lq and value > the ``value_percentile``-th percentile of its values,
    both among the districts where the industry is present (value > 0, lq defined).
    Percentiles are numpy's linear interpolation (R type 7, Excel PERCENTILE.INC)."""
    for name, p in (("STRONG_LQ_PERCENTILE", lq_percentile), ("STRONG_VALUE_PERCENTILE", value_percentile)):
        if p is None or not np.isfinite(p) or not 0 <= p <= 100:
            raise MethodError(QT_TR_NOOP("{name} must be between 0 and 100 (got {p})."), name=name, p=p)
    L = lq.to_numpy(dtype=float)
    V = values.reindex(index=lq.index, columns=lq.columns).to_numpy(dtype=float)
    present = (V > 0) & ~np.isnan(L)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # industries present nowhere → NaN
        q_lq = np.nanpercentile(np.where(present, L, np.nan), lq_percentile, axis=0)
        q_v = np.nanpercentile(np.where(present, V, np.nan), value_percentile, axis=0)
    with np.errstate(invalid="ignore"):
        strong = (
            present
            & (rounded(L) >= 1.0)
            & (rounded(L) >= rounded(q_lq)[None, :])
            & (rounded(V) > rounded(q_v)[None, :])
        )
    flags = pd.DataFrame(strong, index=lq.index, columns=lq.columns).astype("boolean")
    return StrongResult(
        flags=flags.mask(np.isnan(L)),
        lq_cut=pd.Series(q_lq, index=lq.columns),
        value_cut=pd.Series(q_v, index=lq.columns),
    )


def specialization_profile(lq: pd.DataFrame, threshold: float = 1.0, decimals: int = 1) -> pd.DataFrame:
    """Per district: ``n_specializations`` (count of lq ≥ threshold), ``specializations``
    (text like paper 004 Table 3, highest first: "Non-ferrous metallurgy (4.6), Construction
    raw materials (1.2)"; ties in name order) and ``top_industry`` (the specialization with the
    highest lq).

    A district without any defined quotient gets NULL everywhere; one with defined quotients
    but no specialization gets 0, "" and NULL.
    """
    if threshold is None or not np.isfinite(threshold) or threshold <= 0:
        raise MethodError(QT_TR_NOOP("THRESHOLD must be a number > 0 (got {threshold})."), threshold=threshold)
    L = lq.to_numpy(dtype=float)
    spec = rounded(L) >= round(float(threshold), DECIMALS)
    defined = ~np.isnan(L).all(axis=1)
    n = pd.Series(spec.sum(axis=1), index=lq.index).astype("Int64").mask(~defined)
    text = pd.Series(np.where(defined, "", None), index=lq.index, dtype=object)  # type: ignore[call-overload]
    top = pd.Series([None] * len(lq.index), index=lq.index, dtype=object)
    rows, cols = np.nonzero(spec)
    if rows.size:
        v = L[rows, cols]
        # by district, highest lq first, ties by industry name (same text for wide and long input)
        name_rank = pd.Index(natural_order(lq.columns)).get_indexer([str(c) for c in lq.columns])
        order = np.lexsort((name_rank[cols], -v, rows))
        rows, cols, v = rows[order], cols[order], v[order]
        labels = np.asarray([str(c) for c in lq.columns], dtype=object)[cols]
        fmt = f"{{:.{int(decimals)}f}}".format
        pieces = pd.Series(labels) + " (" + pd.Series(v).map(fmt) + ")"
        joined = pieces.groupby(rows, sort=True).agg(", ".join)
        firsts = pd.Series(labels).groupby(rows, sort=True).first()
        text.iloc[joined.index.to_numpy()] = joined.to_numpy()
        top.iloc[firsts.index.to_numpy()] = firsts.to_numpy()
    return pd.DataFrame({"n_specializations": n, "specializations": text, "top_industry": top})


# --- the whole analysis ---------------------------------------------------------------------


@dataclass
class Analysis:
    end: LQResult
    specialized: pd.DataFrame
    strong: StrongResult
    profile: pd.DataFrame
    base: Optional[LQResult] = None
    change: Optional[pd.DataFrame] = None
    trend: Optional[pd.DataFrame] = None
    profile_base: Optional[pd.DataFrame] = None

    @property
    def two_periods(self) -> bool:
        return self.base is not None


def analyse(
    values: pd.DataFrame,
    values_base: Optional[pd.DataFrame] = None,
    totals: Optional[pd.Series] = None,
    totals_base: Optional[pd.Series] = None,
    reference: Optional[pd.Series] = None,
    reference_base: Optional[pd.Series] = None,
    reference_total: Optional[float] = None,
    reference_total_base: Optional[float] = None,
    threshold: float = 1.0,
    tolerance: float = 0.05,
    lq_percentile: float = 75.0,
    value_percentile: float = 25.0,
    labels: Tuple[str, str] = ("", ""),
) -> Analysis:
    """Quotients of the end period (and the base period when ``values_base`` is given), their
    change and trend, specialization flags, strong flags and the districts' profiles.
    ``labels`` name the periods in messages, e.g. ("2021", "2017")."""
    if threshold is None or not np.isfinite(threshold) or threshold <= 0:
        raise MethodError(QT_TR_NOOP("THRESHOLD must be a number > 0 (got {threshold})."), threshold=threshold)
    if values_base is not None and reference is not None and reference_base is None:
        raise MethodError(QT_TR_NOOP("Two periods with a reference need the reference's base-period totals too."))
    end = location_quotients(
        values, totals=totals, reference=reference, reference_total=reference_total, what=labels[0]
    )
    result = Analysis(
        end=end,
        specialized=specialized(end.lq, threshold),
        strong=strong_flags(end.lq, end.values, lq_percentile, value_percentile),
        profile=specialization_profile(end.lq, threshold),
    )
    if values_base is not None:
        vb = values_base.reindex(index=values.index, columns=values.columns)
        base = location_quotients(
            vb, totals=totals_base, reference=reference_base, reference_total=reference_total_base, what=labels[1]
        )
        result.base = base
        result.change, result.trend = lq_change(end.lq, base.lq, tolerance)
        result.profile_base = specialization_profile(base.lq, threshold)
    return result
