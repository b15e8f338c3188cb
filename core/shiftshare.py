"""Shift-share analysis of two periods (docs/METHODS-indices.md).

``base`` and ``end``: district × industry DataFrames (same index and columns; ≥ 0, NaN =
unknown). x⁰_ij, x¹_ij: the value of industry i in district j in the base and end periods;
the reference (the districts' total by default, or a wider area such as the nation) has the
totals X⁰_i, X¹_i and X⁰ = Σ_i X⁰_i, X¹ = Σ_i X¹_i. Growth rates: G = X¹/X⁰ − 1 (the
reference's), g_i = X¹_i/X⁰_i − 1 (the reference's in industry i), r_ij = x¹_ij/x⁰_ij − 1
(the district's).

Classic shift-share (Dunn 1960; REAT ``shift``, ``shifti``), per district × industry:

* ``actual_change`` = x¹_ij − x⁰_ij
* ``national_effect`` = x⁰_ij · G (the reference's growth, "national share")
* ``industry_mix`` = x⁰_ij · (g_i − G) (the industry's growth against the reference's)
* ``competitive_effect`` = x¹_ij − x⁰_ij · (1 + g_i) = x⁰_ij · (r_ij − g_i) (the district's own
  part, "regional shift"); the three sum to the actual change exactly, by construction.

Esteban-Marquillas (1972): the homothetic value x̂⁰_ij = x⁰_j · X⁰_i / X⁰ — the district's
base total distributed as the reference's structure — splits the competitive effect:

* ``net_competitive`` = x̂⁰_ij · (r_ij − g_i) (the competitive advantage freed of the structure)
* ``allocation_effect`` = (x⁰_ij − x̂⁰_ij) · (r_ij − g_i) (positive when the district is
  specialized in the industries where it is competitive)
* ``homothetic_change`` = x̂⁰_ij · r_ij (the change of the homothetic value at the district's
  own growth rate: what the district would have gained with the reference's structure)

so net_competitive + allocation_effect = competitive_effect. They need r_ij, so they are NULL
where x⁰_ij = 0 < x¹_ij (an industry new in the district: the classic effects are defined,
competitive_effect = x¹_ij). An industry the district has in neither period (0 → 0) has no
competitive effect to split: r_ij is taken as g_i (net_competitive = allocation_effect = 0,
homothetic_change = x̂⁰_ij · g_i).

Policies: a cell with a NULL value in either period has NULL effects; the district totals
(sums over the industries) are NULL when any of the district's cells is NULL. Without a
reference, the reference's totals are the sums over the cells known in both periods. An
industry absent from the reference's base period (X⁰_i = 0) has g_i undefined: its effects are
NULL where x⁰_ij > 0 (0 where x⁰_ij = 0, as every term is a multiple of x⁰_ij). Negative values
are refused.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd

from . import MethodError, QT_TR_NOOP
from .naming import name_list
from .specialization import check_values

EFFECTS = (
    "actual_change",
    "national_effect",
    "industry_mix",
    "competitive_effect",
    "homothetic_change",
    "net_competitive",
    "allocation_effect",
)

Note = Tuple[str, Dict[str, object]]


@dataclass
class ShiftShareResult:
    cells: Dict[str, pd.DataFrame]  # effect name → district × industry frame (NaN = undefined)
    districts: pd.DataFrame  # index: the districts; columns EFFECTS (sums over the industries)
    homothetic: pd.DataFrame  # x̂⁰_ij
    reference_growth: float  # G
    industry_growth: pd.Series  # g_i
    notes: List[Note] = field(default_factory=list)


def shift_share(
    base: pd.DataFrame,
    end: pd.DataFrame,
    reference_base: Optional[pd.Series] = None,
    reference_end: Optional[pd.Series] = None,
    labels: Tuple[str, str] = ("", ""),
) -> ShiftShareResult:
    """Classic and Esteban-Marquillas shift-share of every district × industry (module
    docstring). ``labels`` name the (base, end) periods in messages."""
    end = end.reindex(index=base.index, columns=base.columns)
    x0 = check_values(base, labels[0])
    x1 = check_values(end, labels[1])
    industries = [str(c) for c in base.columns]
    notes: List[Note] = []
    known = ~np.isnan(x0) & ~np.isnan(x1)
    if (reference_base is None) != (reference_end is None):
        raise MethodError(QT_TR_NOOP("A reference needs its totals for both periods."))
    if reference_base is None:
        R0 = np.where(known, x0, 0.0).sum(axis=0)
        R1 = np.where(known, x1, 0.0).sum(axis=0)
    else:
        R0 = _reference(reference_base, base.columns, labels[0])
        R1 = _reference(reference_end, base.columns, labels[1])
    X0, X1 = float(R0.sum()), float(R1.sum())
    if not X0 > 0:
        raise MethodError(
            QT_TR_NOOP(
                "The reference's base-period total is 0{what}: no growth rate can be formed. Check "
                "the base period's values and the year filter."
            ),
            what=f" ({labels[0]})" if labels[0] else "",
        )
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        G = X1 / X0 - 1.0
        growth = np.where(R0 > 0, R1 / R0, 1.0)
    if not np.isfinite(G) or not np.isfinite(growth).all():
        raise MethodError(
            QT_TR_NOOP(
                "The reference's growth from the base to the end period is too large to compute "
                "(base-period totals close to 0): check the values and their units."
            )
        )
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        g = np.where(R0 > 0, R1 / R0 - 1.0, np.nan)
        r = np.where(x0 > 0, x1 / x0 - 1.0, np.nan)
    none = (x0 == 0) & (x1 == 0)  # an industry the district has in neither period
    absent = [industries[k] for k in np.flatnonzero(~(R0 > 0))]
    if absent:
        notes.append(
            (
                QT_TR_NOOP(
                    "Industry {names} has a base-period total of 0 in the reference (without "
                    "REFERENCE_TABLE: over the cells known in both periods): its growth rate is "
                    "undefined (effects NULL where a district had it in the base period)."
                ),
                {"names": name_list(absent)},
            )
        )
    nan = np.full(x0.shape, np.nan)
    zero0 = x0 == 0
    with np.errstate(invalid="ignore", over="ignore"):
        national = np.where(known, x0 * G, nan)
        mix = np.where(known, np.where(zero0, 0.0, x0 * (g[None, :] - G)), nan)
        actual = np.where(known, x1 - x0, nan)
        competitive = np.where(known, np.where(zero0, x1, x1 - x0 * (1.0 + g[None, :])), nan)
        # Esteban-Marquillas: the district's base total over its complete base row
        xj0 = np.where(~np.isnan(x0).any(axis=1), np.nan_to_num(x0).sum(axis=1), np.nan)
        hom = xj0[:, None] * (R0 / X0)[None, :]
        # 0 → 0: no competitive effect to split; the homothetic value grows at the reference's rate
        diff = np.where(none, 0.0, r - g[None, :])
        rate = np.where(none, g[None, :], r)
        net = np.where(known, np.where(hom == 0, 0.0, hom * diff), nan)
        net = np.where(np.isnan(diff), nan, net)
        # = (x⁰ − x̂⁰)(r − g), computed as the rest of the competitive effect: exact sum, no
        # cancellation when x⁰ is tiny and r huge
        alloc = np.where(np.isnan(net), nan, competitive - net)
        hom_change = np.where(known, np.where(hom == 0, 0.0, hom * rate), nan)
    n_new = int((known & zero0 & (x1 > 0)).sum())
    if n_new:
        notes.append(
            (
                QT_TR_NOOP(
                    "{n} district × industry cell(s) are 0 in the base period and not in the end "
                    "period (new industries): their growth rate is undefined, so their "
                    "Esteban-Marquillas effects are NULL (the classic effects are defined)."
                ),
                {"n": n_new},
            )
        )
    if (~known).any():
        rows = np.flatnonzero((~known).any(axis=1))
        notes.append(
            (
                QT_TR_NOOP(
                    "{n_cells} cell(s) have a NULL value in one of the periods: their effects are "
                    "NULL, and so are the totals of {n} district(s) ({names})."
                ),
                {"n_cells": int((~known).sum()), "n": len(rows), "names": name_list(base.index[rows])},
            )
        )
    frames = dict(
        zip(
            EFFECTS,
            (
                pd.DataFrame(a, index=base.index, columns=base.columns)
                for a in (actual, national, mix, competitive, hom_change, net, alloc)
            ),
        )
    )
    totals = pd.DataFrame({k: v.sum(axis=1, skipna=False) for k, v in frames.items()}, index=base.index)
    return ShiftShareResult(
        cells=frames,
        districts=totals,
        homothetic=pd.DataFrame(hom, index=base.index, columns=base.columns),
        reference_growth=G,
        industry_growth=pd.Series(g, index=base.columns),
        notes=notes,
    )


def _reference(totals: pd.Series, industries, what: str) -> np.ndarray:
    """The reference's industry totals for ``industries``: a number ≥ 0 for each."""
    R = pd.Series(totals).reindex(industries).to_numpy(dtype=float)
    bad = ~(R >= 0) | np.isinf(R)
    if bad.any():
        raise MethodError(
            QT_TR_NOOP("The reference has no valid total (a number ≥ 0) for industry {names}{what}."),
            names=name_list([str(industries[k]) for k in np.flatnonzero(bad)]),
            what=f" ({what})" if what else "",
        )
    return R
