"""Localization coefficient (location quotient), METHODS.md §2 (papers 001 and 004).

``LQ_ij = (x_ij / x_j) / (X_i / X)`` — x_ij: value (employment, output) of industry i in
district j; x_j: the district's total; X_i: the region's total of industry i; X: the
region's total. The region is the set of districts given (or a wider reference, e.g. the
nation, whose industry totals come from a reference table). LQ ≥ threshold (1 by default)
marks a specialization of the district.

Everything is computed on one district × industry matrix with numpy: the long table is
pivoted once (:mod:`core.pivot`); there is no Python loop over districts × industries.
What the quotients say per district (trends, specializations, strong clusters, the profile)
is :mod:`core.lq_analysis`; the outputs' field names are :mod:`core.lq_fields`.

The inputs' checks and the notes on undefined quotients are :mod:`core.lq_checks`;
comparisons are made on values rounded to :data:`core.rounding.DECIMALS` (re-exported here
with :func:`core.rounding.rounded`: ``core.localization.rounded`` keeps working).

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

from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np
import pandas as pd

from . import QT_TR_NOOP, MethodError, Text
from .lq_checks import check_values, district_totals, undefined_notes
from .naming import name_list
from .rounding import DECIMALS, rounded  # noqa: F401 (DECIMALS re-exported, see the docstring)

TREND_UP, TREND_DOWN, TREND_FLAT = "↑", "↓", "→"


# --- the quotients --------------------------------------------------------------------------
@dataclass
class LQResult:
    values: pd.DataFrame  # x_ij used (NaN = unknown)
    lq: pd.DataFrame  # NaN where undefined
    share: pd.DataFrame  # x_ij / x_j: the industry's share of the district
    share_of_industry: pd.DataFrame  # x_ij / X_i: the district's share of the industry
    district_total: pd.Series  # x_j (NaN = unknown)
    industry_total: pd.Series  # X_i (region or reference)
    region_total: float  # X
    share_of_region: pd.Series  # x_j / X
    lq_ceiling: pd.Series  # X / x_j: the largest LQ the district can reach
    undefined: List[Text] = field(default_factory=list)  # reasons for NULL quotients
    warnings: List[Text] = field(default_factory=list)


def location_quotients(
    values: pd.DataFrame,
    totals: Optional[pd.Series] = None,
    reference: Optional[pd.Series] = None,
    reference_total: Optional[float] = None,
    what: str = "",
) -> LQResult:
    """Location quotients of every district (row) and industry (column) of ``values``.

    ``totals``: the districts' totals (e.g. all employment, incl. industries not listed);
    default: the sum of the known industry values. ``reference``: industry totals X_i of
    a wider reference (see :func:`reference_totals`); ``reference_total``: its X (default:
    the sum of ``reference``). Without a reference the region is the districts given.
    """
    period = f" ({what})" if what else ""
    if values.shape[1] == 0:
        raise MethodError(QT_TR_NOOP("No industries were given."))
    if values.shape[0] == 0:
        raise MethodError(QT_TR_NOOP("There are no districts."))
    x = values.to_numpy(dtype=float)
    districts = values.index
    industries = [str(c) for c in values.columns]
    check_values(x, districts, industries, period)
    known = ~np.isnan(x)
    row_sum = np.where(known, x, 0.0).sum(axis=1)
    undefined: List[Text] = []
    notes: List[Text] = []
    if totals is None:
        xj = np.where(known.any(axis=1), row_sum, np.nan)
    else:
        xj = district_totals(totals, districts, row_sum, period, undefined)
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
            raise MethodError(
                QT_TR_NOOP("The reference has no total for industry {miss}{period}."),
                miss=name_list(miss),
                period=period,
            )
        X = float(np.sum(Xi)) if reference_total is None else float(reference_total)
        whose = "reference"
        over = np.flatnonzero(rounded(own_xi) > rounded(Xi))
        if over.size:
            notes.append(
                Text(
                    QT_TR_NOOP(
                        "the districts' own sum exceeds the reference total for the industries {names}{period}: "
                        "is the reference really wider than the layer (same units, same year)?"
                    ),
                    names=name_list([industries[k] for k in over]),
                    period=period,
                )
            )
    if not np.isfinite(X) or X <= 0:
        if whose == "reference":
            raise MethodError(
                QT_TR_NOOP(
                    "The reference total is {X:g}{period}: every value is 0 or NULL, so no quotient can be "
                    "formed. Check the value field(s) and the year filter."
                ),
                X=X,
                period=period,
            )
        raise MethodError(
            QT_TR_NOOP(
                "The region's total is {X:g}{period}: every value is 0 or NULL, so no quotient can be "
                "formed. Check the value field(s) and the year filter."
            ),
            X=X,
            period=period,
        )
    if reference is not None and reference_total is not None and X < np.sum(Xi) * (1 - 1e-9):
        raise MethodError(
            QT_TR_NOOP(
                "The reference total ({X:g}) is smaller than the sum of its industry totals ({industry_sum:g}){period}."
            ),
            X=X,
            industry_sum=np.sum(Xi),
            period=period,
        )

    xj_pos = np.where(xj > 0, xj, np.nan)
    Xi_pos = np.where(Xi > 0, Xi, np.nan)
    xv = np.where(cells, x, np.nan)
    share = xv / xj_pos[:, None]
    share_ind = xv / Xi_pos[None, :]
    lq = share / (Xi_pos / X)[None, :]

    no_values = ~known.any(axis=1)
    undefined += undefined_notes(
        in_region & (xj == 0), no_values, ~known & ~no_values[:, None], Xi == 0, districts, industries, whose, period
    )

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
        undefined=undefined,
        warnings=notes,
    )
