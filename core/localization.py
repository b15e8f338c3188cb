"""Localization coefficient (location quotient), METHODS.md §2 (papers 001 and 004).

``LQ_ij = (x_ij / x_j) / (X_i / X)`` — x_ij: value (employment, output) of industry i in
district j; x_j: the district's total; X_i: the region's total of industry i; X: the
region's total. The region is the set of districts given (or a wider reference, e.g. the
nation, whose industry totals come from a reference table). LQ ≥ threshold (1 by default)
marks a specialization of the district.

Everything is computed on one district × industry matrix with numpy: the long table is
pivoted once; there is no Python loop over districts × industries.

Policies (the user reads them in docs/algorithms/localizationcoefficient.md)
------------------------------------------------------------------------------
* **NULL values are unknown, not zero.** A NULL cell gets a NULL quotient and is left out
  of every sum (district total, industry total), so the other quotients stay consistent.
* **Undefined quotients are NaN (NULL), never 0 and never infinite**: district total 0 or
  unknown, industry absent from the region/reference (total 0). Each reason is reported.
* **Negative values** (cells, district totals, reference totals) raise :class:`MethodError`
  naming the district and the industry.
* **Long tables** hold one row per (district, industry[, year]). Duplicate rows raise
  :class:`MethodError` — they are never summed, because in statistics tables a repeated key
  almost always means a forgotten year filter or mixed classification levels, and summing
  would double count silently. A (district, industry) pair without a row counts as 0 (County
  Business Patterns and yearbooks omit empty cells); a district without any row is unknown.
  Districts of the table that are not in the layer, and districts of the layer without rows,
  are reported by count and names; table-only districts are not part of the region.
* **County Business Patterns trap**: suppressed cells (disclosure) are not always absent.
  In the 2017 Georgia file, 118 suppressed cells are stored as Employees = 0 with Payroll = 0
  although the sector has 3+ establishments. Read as 0 they give LQ = 0 (a false "no
  activity") and lower the district's total. Set such cells to NULL before the run (the
  Georgia sample's ``employees_known`` field does so); :func:`pivot_long` counts the zeros
  (``Pivot.n_zero``) so the algorithm can remind the user.
"""
import re
import warnings
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from . import MethodError
from .naming import claim, safe_name

TREND_UP, TREND_DOWN, TREND_FLAT = "↑", "↓", "→"
#: Comparisons (LQ ≥ threshold, trend tolerance, percentiles) are made on values rounded
#: to this many decimals, so that float noise (0.9999999999) does not flip a class.
DECIMALS = 9
#: Breaks of the diverging LQ style, centred on 1.
DEFAULT_STYLE_BREAKS = (0.5, 0.8, 1.25, 2.0)
#: Policy for repeated (district, industry[, year]) rows of a long table.
DUPLICATE_POLICY = "error"


def name_list(items: Iterable, limit: int = 10) -> str:
    """Names for messages: "a, b, c and 4 more"."""
    items = [str(i) for i in items]
    more = f" and {len(items) - limit} more" if len(items) > limit else ""
    return ", ".join(items[:limit]) + more


def _round(a):
    return np.round(np.asarray(a, dtype=float), DECIMALS)


def natural_order(values: Iterable) -> List[str]:
    """Distinct industry keys, numbers first in numeric order ("2" < "10"), then text."""
    def key(v):
        try:
            return (0, float(v), str(v))
        except (TypeError, ValueError):
            return (1, 0.0, str(v).lower())
    return sorted({str(v) for v in values}, key=key)


# --- long table → matrix --------------------------------------------------------------------
@dataclass
class Pivot:
    values: pd.DataFrame              # layer districts × industries; NaN = unknown
    only_in_table: List[str]          # district keys of the table that are not in the layer
    without_rows: List[str]           # layer districts that have no row (all NaN)
    n_absent: int                     # pairs without a row, counted as 0
    n_null: int                       # rows whose value is NULL (unknown)
    n_zero: int                       # rows whose value is 0 (see suspicious_zeros)


def pivot_long(districts: Sequence[str], keys: Sequence[str], industries: Sequence[str],
               values: Sequence[float], industry_order: Optional[Sequence[str]] = None,
               what: str = "TABLE") -> Pivot:
    """Pivot a long table (one row per district and industry) to a district × industry matrix.

    ``districts`` are the layer's keys (the rows of the result, in that order); ``keys``,
    ``industries`` and ``values`` are the table's columns (keys and industries as text).
    Duplicates and negative values raise :class:`MethodError` (see the module policies).
    """
    key_arr = np.asarray(keys, dtype=object)
    ind_arr = np.asarray(industries, dtype=object)
    vals = np.asarray(values, dtype=float)
    if not (len(key_arr) == len(ind_arr) == len(vals)):
        raise MethodError(f"{what}: the key, industry and value columns differ in length.")
    d_index = pd.Index(list(districts), dtype=object)
    if not d_index.is_unique:
        dups = d_index[d_index.duplicated()].unique()
        raise MethodError(f"Duplicate district keys in the layer: {name_list(dups)}.")
    order = natural_order(ind_arr) if industry_order is None else [str(i) for i in industry_order]
    i_index = pd.Index(order, dtype=object)
    ii = i_index.get_indexer(ind_arr)
    if (ii < 0).any():
        bad = pd.unique(ind_arr[ii < 0])
        raise MethodError(f"{what}: industries {name_list(bad)} are not among the industries analysed.")

    # duplicates: one integer code per (district, industry) pair
    kd, key_uniques = pd.factorize(key_arr)
    code = kd.astype(np.int64) * len(i_index) + ii
    dup = pd.Series(code).duplicated(keep=False).to_numpy()
    if dup.any():
        pairs = pd.Series(code[dup]).value_counts(sort=False)
        examples = []
        for c, count in list(pairs.items())[:5]:
            examples.append(f"district '{key_uniques[c // len(i_index)]}', industry "
                            f"'{i_index[c % len(i_index)]}' ({count} rows)")
        raise MethodError(
            f"{what}: {len(pairs)} (district, industry) pair(s) have more than one row, e.g. "
            f"{'; '.join(examples)}. Each pair must appear once; rows are never summed. If the "
            "table holds several years, set TABLE_YEAR_FIELD (with BASE_YEAR / END_YEAR); if the "
            "rows are parts of one value, aggregate them first (e.g. Processing 'Aggregate').")

    neg = vals < 0
    if neg.any():
        k = int(np.flatnonzero(neg)[0])
        raise MethodError(
            f"{what}: negative value {vals[k]:g} for district '{key_arr[k]}', industry "
            f"'{ind_arr[k]}' ({int(neg.sum())} negative value(s) in all). Location quotients "
            "need counts or volumes ≥ 0: correct the value or set it to NULL (unknown).")
    if np.isinf(vals).any():
        k = int(np.flatnonzero(np.isinf(vals))[0])
        raise MethodError(f"{what}: infinite value for district '{key_arr[k]}', industry "
                          f"'{ind_arr[k]}'. Replace it with a number or NULL.")

    dpos = d_index.get_indexer(key_arr)
    inside = dpos >= 0
    mat = np.zeros((len(d_index), len(i_index)))
    mat[dpos[inside], ii[inside]] = vals[inside]
    has_rows = np.zeros(len(d_index), dtype=bool)
    has_rows[dpos[inside]] = True
    mat[~has_rows, :] = np.nan
    only = natural_order(pd.unique(key_arr[~inside])) if (~inside).any() else []
    return Pivot(values=pd.DataFrame(mat, index=d_index, columns=i_index),
                 only_in_table=only,
                 without_rows=[d for d, h in zip(d_index, has_rows) if not h],
                 n_absent=int(has_rows.sum()) * len(i_index) - int(inside.sum()),
                 n_null=int(np.isnan(vals[inside]).sum()),
                 n_zero=int((vals[inside] == 0).sum()))


# --- reference totals -----------------------------------------------------------------------
def reference_totals(ref_industries: Sequence[str], ref_values: Sequence[float],
                     industries: Sequence[str], what: str = "REFERENCE_TABLE"
                     ) -> Tuple[pd.Series, List[str]]:
    """Industry totals of a wider reference (e.g. the nation), for ``industries``.

    Returns the totals (indexed like ``industries``) and the reference's other industries
    (left out of the reference total, so that X sums the same industries as the districts).
    Missing, NULL, duplicate and negative totals raise :class:`MethodError`.
    """
    keys = [None if k is None else str(k) for k in ref_industries]
    vals = np.asarray(ref_values, dtype=float)
    if any(k is None for k in keys):
        raise MethodError(f"{what}: a row has no industry; fill it or delete the row.")
    s = pd.Series(vals, index=pd.Index(keys, dtype=object))
    if not s.index.is_unique:
        dups = s.index[s.index.duplicated()].unique()
        raise MethodError(f"{what}: industries {name_list(dups)} appear more than once; give one "
                          "total per industry (per year).")
    wanted = [str(i) for i in industries]
    missing = [i for i in wanted if i not in s.index]
    if missing:
        raise MethodError(f"{what} has no total for industr{'y' if len(missing) == 1 else 'ies'} "
                          f"{name_list(missing)}: add it, or leave the industry out of the analysis.")
    out = s.reindex(wanted)
    null = [i for i, v in out.items() if np.isnan(v)]
    if null:
        raise MethodError(f"{what}: the total of industry {name_list(null)} is NULL; fill it in.")
    neg = [f"{i} ({v:g})" for i, v in out.items() if v < 0]
    if neg:
        raise MethodError(f"{what}: negative total for industry {name_list(neg)}; totals must be ≥ 0.")
    extra = [k for k in s.index if k not in set(wanted)]
    return out.astype(float), extra


# --- the quotients --------------------------------------------------------------------------
@dataclass
class LQResult:
    values: pd.DataFrame            # x_ij used (NaN = unknown)
    lq: pd.DataFrame                # NaN where undefined
    share: pd.DataFrame             # x_ij / x_j: the industry's share of the district
    share_of_industry: pd.DataFrame  # x_ij / X_i: the district's share of the industry
    district_total: pd.Series       # x_j (NaN = unknown)
    industry_total: pd.Series       # X_i (region or reference)
    region_total: float             # X
    share_of_region: pd.Series      # x_j / X
    lq_ceiling: pd.Series           # X / x_j: the largest LQ the district can reach
    undefined: List[str] = field(default_factory=list)   # reasons for NULL quotients
    warnings: List[str] = field(default_factory=list)


def _check_values(x: np.ndarray, districts, industries: List[str], period: str) -> None:
    """Infinite and negative values are refused, naming the first district and industry."""
    if np.isinf(x).any():
        r, c = (int(a[0]) for a in np.nonzero(np.isinf(x)))
        raise MethodError(f"Infinite value for district '{districts[r]}', industry "
                          f"'{industries[c]}'{period}. Replace it with a number or NULL.")
    neg = x < 0
    if neg.any():
        r, c = (int(a[0]) for a in np.nonzero(neg))
        raise MethodError(
            f"Negative value {x[r, c]:g} for district '{districts[r]}', industry "
            f"'{industries[c]}'{period} ({int(neg.sum())} negative value(s) in all). Location "
            "quotients need counts or volumes ≥ 0: correct it or set it to NULL (unknown).")


def _district_totals(totals, districts, row_sum: np.ndarray, period: str,
                     undefined: List[str]) -> np.ndarray:
    """The given district totals, checked (≥ 0, finite, not below the industries' sum);
    a NULL total is noted in ``undefined``."""
    xj = pd.Series(totals).reindex(districts).to_numpy(dtype=float)
    bad = np.flatnonzero(xj < 0)
    if bad.size:
        raise MethodError(f"Negative district total {xj[bad[0]]:g} for district "
                          f"'{districts[bad[0]]}'{period}: totals must be ≥ 0.")
    if np.isinf(xj).any():
        raise MethodError(f"Infinite district total for '{districts[np.isinf(xj).argmax()]}'.")
    short = np.flatnonzero(_round(xj) < _round(row_sum) * (1 - 1e-9))
    if short.size:
        ex = [f"{districts[k]} (total {xj[k]:g} < sum {row_sum[k]:g})" for k in short[:5]]
        raise MethodError(
            f"The district total is smaller than the sum of its industries for "
            f"{len(short)} district(s){period}: {', '.join(ex)}. Check TOTAL_FIELD (it must "
            "include every listed industry) or leave it empty to use the sum.")
    unknown_total = np.isnan(xj)
    if unknown_total.any():
        names = [districts[k] for k in np.flatnonzero(unknown_total)]
        undefined.append(f"the district total is NULL for {len(names)} district(s): "
                         f"{name_list(names)} — their quotients are NULL and they are left out "
                         "of the region's totals")
    return xj


def _undefined_notes(zero_total, no_values, null_cells, absent_industry, districts,
                     industries: List[str], whose: str) -> List[str]:
    """Why quotients are NULL: a zero total, no values, absent industries, NULL cells."""
    undefined: List[str] = []
    if zero_total.any():
        names = [districts[k] for k in np.flatnonzero(zero_total)]
        undefined.append(f"the district total is 0 for {len(names)} district(s): {name_list(names)} "
                         "— their quotients are NULL (undefined, not 0)")
    if np.any(no_values):
        names = [districts[k] for k in np.flatnonzero(no_values)]
        undefined.append(f"no value (NULL, or no row in the table) for {len(names)} district(s): "
                         f"{name_list(names)} — their quotients are NULL")
    absent = np.flatnonzero(absent_industry)
    if absent.size:
        undefined.append(
            f"industr{'y' if absent.size == 1 else 'ies'} {name_list([industries[k] for k in absent])} "
            f"{'is' if absent.size == 1 else 'are'} absent from the {whose} (total 0) — "
            "quotients NULL for every district")
    if null_cells.any():
        r, c = (int(a[0]) for a in np.nonzero(null_cells))
        undefined.append(
            f"{int(null_cells.sum())} value(s) are NULL (e.g. district '{districts[r]}', industry "
            f"'{industries[c]}') — unknown, not 0: their quotients are NULL and the totals are sums "
            "of the known values")
    return undefined


def location_quotients(values: pd.DataFrame, totals: Optional[pd.Series] = None,
                       reference: Optional[pd.Series] = None,
                       reference_total: Optional[float] = None, what: str = "") -> LQResult:
    """Location quotients of every district (row) and industry (column) of ``values``.

    ``totals``: the districts' totals (e.g. all employment, incl. industries not listed);
    default: the sum of the known industry values. ``reference``: industry totals X_i of
    a wider reference (see :func:`reference_totals`); ``reference_total``: its X (default:
    the sum of ``reference``). Without a reference the region is the districts given.
    """
    period = f" ({what})" if what else ""
    if values.shape[1] == 0:
        raise MethodError("No industries were given.")
    if values.shape[0] == 0:
        raise MethodError("There are no districts.")
    x = values.to_numpy(dtype=float)
    districts = values.index
    industries = [str(c) for c in values.columns]
    _check_values(x, districts, industries, period)
    known = ~np.isnan(x)
    row_sum = np.where(known, x, 0.0).sum(axis=1)
    undefined: List[str] = []
    notes: List[str] = []
    if totals is None:
        xj = np.where(known.any(axis=1), row_sum, np.nan)
    else:
        xj = _district_totals(totals, districts, row_sum, period, undefined)
    in_region = ~np.isnan(xj)
    cells = known & in_region[:, None]
    own_xi = np.where(cells, x, 0.0).sum(axis=0)
    if reference is None:
        Xi = own_xi
        X = float(np.nansum(xj))
        whose = "region"
    else:
        Xi = pd.Series(reference).reindex(values.columns).to_numpy(dtype=float)
        if np.isnan(Xi).any():
            miss = [industries[k] for k in np.flatnonzero(np.isnan(Xi))]
            raise MethodError(f"The reference has no total for industry {name_list(miss)}{period}.")
        X = float(np.sum(Xi)) if reference_total is None else float(reference_total)
        whose = "reference"
        over = np.flatnonzero(_round(own_xi) > _round(Xi))
        if over.size:
            notes.append(
                f"the districts' own sum exceeds the reference total for industr"
                f"{'y' if over.size == 1 else 'ies'} {name_list([industries[k] for k in over])}"
                f"{period}: is the reference really wider than the layer (same units, same year)?")
    if not np.isfinite(X) or X <= 0:
        raise MethodError(
            f"The {whose} total is {X:g}{period}: every value is 0 or NULL, so no quotient can be "
            "formed. Check the value field(s) and the year filter.")
    if reference is not None and reference_total is not None and X < np.sum(Xi) * (1 - 1e-9):
        raise MethodError(f"The reference total ({X:g}) is smaller than the sum of its industry "
                          f"totals ({np.sum(Xi):g}){period}.")

    xj_pos = np.where(xj > 0, xj, np.nan)
    Xi_pos = np.where(Xi > 0, Xi, np.nan)
    xv = np.where(cells, x, np.nan)
    share = xv / xj_pos[:, None]
    share_ind = xv / Xi_pos[None, :]
    lq = share / (Xi_pos / X)[None, :]

    no_values = ~known.any(axis=1)
    undefined += _undefined_notes(in_region & (xj == 0), no_values, ~known & ~no_values[:, None],
                                  Xi == 0, districts, industries, whose)
    if period:
        undefined = [u + period for u in undefined]

    idx = districts
    cols = values.columns
    return LQResult(
        values=pd.DataFrame(xv, index=idx, columns=cols),
        lq=pd.DataFrame(lq, index=idx, columns=cols),
        share=pd.DataFrame(share, index=idx, columns=cols),
        share_of_industry=pd.DataFrame(share_ind, index=idx, columns=cols),
        district_total=pd.Series(xj, index=idx),
        industry_total=pd.Series(Xi, index=cols),
        region_total=X,
        share_of_region=pd.Series(xj / X, index=idx),
        lq_ceiling=pd.Series(X / xj_pos, index=idx),
        undefined=undefined, warnings=notes)


# --- dynamics, flags, profile ---------------------------------------------------------------
def lq_change(lq_end: pd.DataFrame, lq_base: pd.DataFrame, tolerance: float = 0.05
              ) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """Change (end − base) and trend ↑ / ↓ / → (|change| ≤ tolerance is →); NULL if either is."""
    if tolerance is None or not np.isfinite(tolerance) or tolerance < 0:
        raise MethodError(f"TREND_TOLERANCE must be a number ≥ 0 (got {tolerance}).")
    base = lq_base.reindex(index=lq_end.index, columns=lq_end.columns)
    change = lq_end - base
    c = _round(change.to_numpy())
    tol = round(float(tolerance), DECIMALS)
    trend = np.full(c.shape, None, dtype=object)
    trend[c > tol] = TREND_UP
    trend[c < -tol] = TREND_DOWN
    trend[np.abs(c) <= tol] = TREND_FLAT
    return change, pd.DataFrame(trend, index=lq_end.index, columns=lq_end.columns)


def specialized(lq: pd.DataFrame, threshold: float = 1.0) -> pd.DataFrame:
    """lq ≥ threshold, as a nullable boolean frame (NA where the quotient is undefined)."""
    L = lq.to_numpy(dtype=float)
    flags = pd.DataFrame(_round(L) >= round(float(threshold), DECIMALS),
                         index=lq.index, columns=lq.columns).astype("boolean")
    return flags.mask(np.isnan(L))


@dataclass
class StrongResult:
    flags: pd.DataFrame      # nullable boolean, NA where the quotient is undefined
    lq_cut: pd.Series        # per industry: the LQ percentile among districts where present
    value_cut: pd.Series     # per industry: the value percentile among districts where present


def strong_flags(lq: pd.DataFrame, values: pd.DataFrame, lq_percentile: float = 75.0,
                 value_percentile: float = 25.0) -> StrongResult:
    """US Cluster Mapping rule: strong when lq ≥ 1, lq ≥ the ``lq_percentile``-th percentile
    of the industry's lq and value > the ``value_percentile``-th percentile of its values,
    both among the districts where the industry is present (value > 0, lq defined).
    Percentiles are numpy's linear interpolation (R type 7, Excel PERCENTILE.INC)."""
    for name, p in (("STRONG_LQ_PERCENTILE", lq_percentile),
                    ("STRONG_VALUE_PERCENTILE", value_percentile)):
        if p is None or not np.isfinite(p) or not 0 <= p <= 100:
            raise MethodError(f"{name} must be between 0 and 100 (got {p}).")
    L = lq.to_numpy(dtype=float)
    V = values.reindex(index=lq.index, columns=lq.columns).to_numpy(dtype=float)
    present = (V > 0) & ~np.isnan(L)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)   # industries present nowhere → NaN
        q_lq = np.nanpercentile(np.where(present, L, np.nan), lq_percentile, axis=0)
        q_v = np.nanpercentile(np.where(present, V, np.nan), value_percentile, axis=0)
    with np.errstate(invalid="ignore"):
        strong = (present & (_round(L) >= 1.0) & (_round(L) >= _round(q_lq)[None, :])
                  & (_round(V) > _round(q_v)[None, :]))
    flags = pd.DataFrame(strong, index=lq.index, columns=lq.columns).astype("boolean")
    return StrongResult(flags=flags.mask(np.isnan(L)),
                        lq_cut=pd.Series(q_lq, index=lq.columns),
                        value_cut=pd.Series(q_v, index=lq.columns))


def specialization_profile(lq: pd.DataFrame, threshold: float = 1.0, decimals: int = 1
                           ) -> pd.DataFrame:
    """Per district: ``n_specializations`` (count of lq ≥ threshold), ``specializations``
    (text like paper 004 Table 3, highest first: "Non-ferrous metallurgy (4.6), Construction
    raw materials (1.2)"; ties in name order) and ``top_industry`` (the specialization with the
    highest lq).

    A district without any defined quotient gets NULL everywhere; one with defined quotients
    but no specialization gets 0, "" and NULL.
    """
    if threshold is None or not np.isfinite(threshold) or threshold <= 0:
        raise MethodError(f"THRESHOLD must be a number > 0 (got {threshold}).")
    L = lq.to_numpy(dtype=float)
    spec = _round(L) >= round(float(threshold), DECIMALS)
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


def analyse(values: pd.DataFrame, values_base: Optional[pd.DataFrame] = None,
            totals: Optional[pd.Series] = None, totals_base: Optional[pd.Series] = None,
            reference: Optional[pd.Series] = None, reference_base: Optional[pd.Series] = None,
            reference_total: Optional[float] = None,
            reference_total_base: Optional[float] = None, threshold: float = 1.0,
            tolerance: float = 0.05, lq_percentile: float = 75.0,
            value_percentile: float = 25.0, labels: Tuple[str, str] = ("", "")) -> Analysis:
    """Quotients of the end period (and the base period when ``values_base`` is given), their
    change and trend, specialization flags, strong flags and the districts' profiles.
    ``labels`` name the periods in messages, e.g. ("2021", "2017")."""
    if threshold is None or not np.isfinite(threshold) or threshold <= 0:
        raise MethodError(f"THRESHOLD must be a number > 0 (got {threshold}).")
    if values_base is not None and reference is not None and reference_base is None:
        raise MethodError("Two periods with a reference need the reference's base-period totals too.")
    end = location_quotients(values, totals=totals, reference=reference,
                             reference_total=reference_total, what=labels[0])
    result = Analysis(end=end, specialized=specialized(end.lq, threshold),
                      strong=strong_flags(end.lq, end.values, lq_percentile, value_percentile),
                      profile=specialization_profile(end.lq, threshold))
    if values_base is not None:
        vb = values_base.reindex(index=values.index, columns=values.columns)
        base = location_quotients(vb, totals=totals_base, reference=reference_base,
                                  reference_total=reference_total_base, what=labels[1])
        result.base = base
        result.change, result.trend = lq_change(end.lq, base.lq, tolerance)
        result.profile_base = specialization_profile(base.lq, threshold)
    return result


# --- output helpers -------------------------------------------------------------------------
def field_suffixes(industries: Sequence[str], max_length: int = 40) -> Dict[str, str]:
    """Field-safe, unique suffixes for industry names: "11" → "11", "Mining, Quarrying" →
    "mining_quarrying" (no "n" before digits: the suffix always follows a prefix)."""
    used: set = set()
    return {name: claim(safe_name("x" + str(name), max_length + 1)[1:].strip("_")
                        or safe_name(name, max_length), used)
            for name in industries}


def field_names(industries: Sequence[str], prefixes: Sequence[str], taken: Iterable[str] = ()
                ) -> Dict[str, Dict[str, str]]:
    """``{prefix: {industry: field name}}`` — unique among themselves and ``taken``."""
    suffix = field_suffixes(industries)
    used = {t.lower() for t in taken}
    out: Dict[str, Dict[str, str]] = {}
    for prefix in prefixes:
        out[prefix] = {name: claim(prefix + suffix[name], used) for name in industries}
    return out


def parse_style_breaks(text: Optional[str]) -> List[float]:
    """"0.5;0.8;1.25;2" → increasing positive breaks; empty → the defaults."""
    if text is None or not str(text).strip():
        return list(DEFAULT_STYLE_BREAKS)
    out = []
    for part in re.split(r"[;\s]+", str(text).strip()):
        if not part:
            continue
        try:
            out.append(float(part.replace(",", ".")))
        except ValueError:
            raise MethodError(
                f"Style break '{part}' is not a number; write e.g. 0.5;0.8;1.25;2.") from None
    if any(b <= 0 for b in out) or any(b2 <= b1 for b1, b2 in zip(out, out[1:])):
        raise MethodError(f"Style breaks {out} must be positive and increasing, e.g. 0.5;0.8;1.25;2.")
    return out
