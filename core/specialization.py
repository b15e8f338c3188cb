"""Specialization and concentration indices on a district × industry matrix (docs/METHODS-indices.md).

``values``: a DataFrame, districts as index, industries as columns (employment, output …,
≥ 0; NaN = unknown). With x_ij the value of industry i in district j, x_j = Σ_i x_ij the
district's total, X_i the region's (or the reference's) total of industry i and X = Σ_i X_i:

* shares: s_ij = x_ij / x_j (the district's structure), s_i = X_i / X (the region's);
  LQ_ij = s_ij / s_i.

Per district (:func:`district_indices`):

* ``krugman`` = Σ_i |s_ij − s_i| — Krugman (1991) dissimilarity (specialization) index against
  the region, 0 (the region's structure) … 2 (disjoint structures); EconGeo ``krugman_index``,
  REAT ``krugman.spec``. Some authors halve it (0 … 1): that is ``hoover_specialization``.
* ``hoover_specialization`` = ½ Σ_i |s_ij − s_i| — Hoover (1936) coefficient of specialization,
  0 … 1 (REAT ``hoover``, EconGeo ``Hoover_index``).
* ``gini_specialization`` — REAT's ``gini.spec`` (Farhauer & Kröll 2013): the Gini coefficient of
  the district's quotients LQ_ij over the industries (each industry counted once,
  G = Σ_a Σ_b |v_a − v_b| / (2 n² v̄)), 0 … (n − 1)/n. The Lorenz-curve (localization-curve)
  form, weighted by the region's shares, gives other numbers (see the methods page).
* ``hhi`` = Σ_i s_ij² (Herfindahl–Hirschman), 1/n … 1; ``hhi_normalized`` = (hhi − 1/n) / (1 − 1/n),
  0 … 1 (NULL for one industry).
* ``entropy`` = −Σ_i s_ij ln s_ij (Shannon, natural logarithm; 0 · ln 0 = 0), 0 … ln n;
  ``entropy_relative`` = entropy / ln n, 0 … 1 (independent of the logarithm's base).
* ``n_specializations``: industries with LQ_ij ≥ 1 (compared rounded to 9 decimals).

Per industry, over the districts (:func:`industry_indices`; the reference does not enter:
these describe how the industry is spread over the layer's districts):

* ``hoover_localization`` = ½ Σ_j |x_ij / Σ_j x_ij − x_j / Σ_j x_j| — Hoover's coefficient of
  localization, 0 … 1.
* ``gini_localization`` — REAT's ``gini.conc``: the Gini coefficient of the industry's quotients
  over the districts with a total > 0.
* ``hhi_districts`` = Σ_j (x_ij / Σ_j x_ij)²; ``top_district`` and ``top_share``: the district
  with the largest value (the first in the layer's order on a tie) and its share.

NULL policy (complete cases): a district with a NULL value has NULL indices and is left out of
the region (its values are in no total, so the region's shares and the industry indices are
those of the complete districts); a district whose total is 0 has NULL indices (its shares are
undefined) but stays in the region; an industry absent from every complete district has NULL
industry indices. Each case is reported in ``notes`` as (template, values). Negative values are
refused. Every index is unchanged when all values are multiplied by the same factor.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd

from . import MethodError, QT_TR_NOOP
from .localization import rounded
from .naming import name_list

DISTRICT_FIELDS = (
    "krugman",
    "hoover_specialization",
    "gini_specialization",
    "hhi",
    "hhi_normalized",
    "entropy",
    "entropy_relative",
    "n_specializations",
)
INDUSTRY_FIELDS = ("industry", "hoover_localization", "gini_localization", "hhi_districts", "top_district", "top_share")

Note = Tuple[str, Dict[str, object]]


@dataclass
class SpecializationResult:
    districts: pd.DataFrame  # index: the districts; columns DISTRICT_FIELDS
    industries: pd.DataFrame  # index: the industries; columns INDUSTRY_FIELDS[1:]
    notes: List[Note] = field(default_factory=list)  # (QT_TR_NOOP template, its values)


def check_values(values: pd.DataFrame, what: str = "") -> np.ndarray:
    """The matrix as floats; no industries, no districts, infinite or negative values refused."""
    if values.shape[1] == 0:
        raise MethodError(QT_TR_NOOP("No industries were given."))
    if values.shape[0] == 0:
        raise MethodError(QT_TR_NOOP("There are no districts."))
    x = values.to_numpy(dtype=float)
    bad = np.isinf(x) | (x < 0)
    if bad.any():
        r, c = (int(a[0]) for a in np.nonzero(bad))
        raise MethodError(
            QT_TR_NOOP(
                "Value {value} for district '{district}', industry '{industry}'{what}: the indices "
                "need counts or volumes ≥ 0 ({n} such value(s) in all). Correct it or set it to NULL "
                "(unknown)."
            ),
            value=f"{x[r, c]:g}",
            district=values.index[r],
            industry=values.columns[c],
            what=f" ({what})" if what else "",
            n=int(bad.sum()),
        )
    return x


def gini(v: np.ndarray, axis: int = -1) -> np.ndarray:
    """The Gini coefficient of the non-negative values along ``axis`` (NaN ignored):
    Σ_a Σ_b |v_a − v_b| / (2 n² mean); NaN where fewer than one value or the sum is 0."""
    v = np.moveaxis(np.asarray(v, dtype=float), axis, -1)
    ok = ~np.isnan(v)
    n = ok.sum(axis=-1)
    s = np.sort(np.where(ok, v, np.inf), axis=-1)  # NaN last
    s = np.where(np.isinf(s), 0.0, s)
    rank = np.arange(1, v.shape[-1] + 1, dtype=float)
    total = s.sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        g = 2.0 * (rank * s).sum(axis=-1) / (n * total) - (n + 1.0) / n
    return np.where((n > 0) & (total > 0), np.maximum(g, 0.0), np.nan)


def district_indices(
    values: pd.DataFrame, reference: Optional[pd.Series] = None, what: str = ""
) -> SpecializationResult:
    """The per-district and per-industry indices (module docstring). ``reference``: the
    industry totals X_i of a wider area (e.g. the nation) for the region's shares s_i."""
    x = check_values(values, what)
    districts = values.index
    industries = [str(c) for c in values.columns]
    notes: List[Note] = []
    complete = ~np.isnan(x).any(axis=1)
    if not complete.any():
        r, c = (int(a[0]) for a in np.nonzero(np.isnan(x)))
        raise MethodError(
            QT_TR_NOOP(
                "Every district has a NULL value (e.g. district '{district}', industry '{industry}'"
                "{what}): no district's industry structure is known. Fill the values in, or leave the "
                "industry out."
            ),
            district=districts[r],
            industry=industries[c],
            what=f", {what}" if what else "",
        )
    if not complete.all():
        names = list(districts[~complete])
        notes.append(
            (
                QT_TR_NOOP(
                    "{n} district(s) with NULL values ({names}): their indices are NULL and they "
                    "are left out of the region's totals."
                ),
                {"n": len(names), "names": name_list(names)},
            )
        )
    xc = np.where(complete[:, None], x, 0.0)
    if reference is None:
        Xi = xc.sum(axis=0)
    else:
        Xi = pd.Series(reference).reindex(values.columns).to_numpy(dtype=float)
        if np.isnan(Xi).any() or (Xi < 0).any() or np.isinf(Xi).any():
            bad = [industries[k] for k in np.flatnonzero(~(Xi >= 0) | np.isinf(Xi))]
            raise MethodError(
                QT_TR_NOOP("The reference has no valid total (a number ≥ 0) for industry {names}."),
                names=name_list(bad),
            )
    X = float(Xi.sum())
    if not np.isfinite(X) or X <= 0:
        raise MethodError(
            QT_TR_NOOP(
                "The region's total is 0{what}: every value is 0 or NULL, so no share can be formed. "
                "Check the value field(s) and the year filter."
            ),
            what=f" ({what})" if what else "",
        )
    si = Xi / X
    xj = x.sum(axis=1)  # NaN for incomplete districts
    zero = complete & (xj == 0)
    if zero.any():
        names = list(districts[zero])
        notes.append(
            (
                QT_TR_NOOP("{n} district(s) with a total of 0 ({names}): their shares and indices are NULL."),
                {"n": len(names), "names": name_list(names)},
            )
        )
    ok = complete & (xj > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        s = np.where(ok[:, None], x / xj[:, None], np.nan)
        lq = np.where(si[None, :] > 0, s / si[None, :], np.nan)
        plogp = np.where(s > 0, s * np.log(np.where(s > 0, s, 1.0)), 0.0)
    n = len(industries)
    krugman = np.abs(s - si[None, :]).sum(axis=1)
    hhi = (s**2).sum(axis=1)
    entropy = -plogp.sum(axis=1)
    out = pd.DataFrame(index=districts)
    out["krugman"] = np.where(ok, krugman, np.nan)
    out["hoover_specialization"] = out["krugman"] / 2.0
    out["gini_specialization"] = np.where(ok, gini(lq, axis=1), np.nan)
    out["hhi"] = np.where(ok, hhi, np.nan)
    out["hhi_normalized"] = np.where(ok, (hhi - 1.0 / n) / (1.0 - 1.0 / n), np.nan) if n > 1 else np.nan
    out["entropy"] = np.where(ok, entropy + 0.0, np.nan)
    out["entropy_relative"] = np.where(ok, entropy / np.log(n), np.nan) if n > 1 else np.nan
    n_spec = (rounded(np.where(np.isnan(lq), 0.0, lq)) >= 1.0).sum(axis=1)
    out["n_specializations"] = pd.Series(n_spec, index=districts).astype("Int64").mask(~ok)
    if n == 1:
        notes.append((QT_TR_NOOP("One industry only: hhi_normalized and entropy_relative are NULL."), {}))
    absent = [industries[k] for k in np.flatnonzero(si == 0)]
    if absent:
        notes.append(
            (
                QT_TR_NOOP(
                    "Industry {names} is absent from the region (total 0): it has no quotient and no industry indices."
                ),
                {"names": name_list(absent)},
            )
        )
    return SpecializationResult(districts=out, industries=industry_indices(values, complete), notes=notes)


def industry_indices(values: pd.DataFrame, complete: Optional[np.ndarray] = None) -> pd.DataFrame:
    """Per industry, over the complete districts (all values known; default: every district
    without NaN): hoover_localization, gini_localization, hhi_districts, top_district, top_share."""
    x = values.to_numpy(dtype=float)
    if complete is None:
        complete = ~np.isnan(x).any(axis=1)
    xc = x[complete]
    names = np.asarray(values.index[complete], dtype=object)
    xi = xc.sum(axis=0)  # per industry
    xj = xc.sum(axis=1)  # per district
    X = xc.sum()
    present = xi > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(present[None, :], xc / xi[None, :], np.nan)  # district's share of the industry
        base = xj / X if X > 0 else np.full(len(xj), np.nan)
        lq = np.where((xj > 0)[:, None], share / base[:, None], np.nan)
    out = pd.DataFrame(index=pd.Index([str(c) for c in values.columns], name="industry"))
    out["hoover_localization"] = np.where(present, 0.5 * np.abs(share - base[:, None]).sum(axis=0), np.nan)
    out["gini_localization"] = np.where(present, gini(lq, axis=0), np.nan)
    out["hhi_districts"] = np.where(present, (share**2).sum(axis=0), np.nan)
    if len(names):
        top = np.argmax(np.where(np.isnan(share), -1.0, share), axis=0)
        out["top_district"] = [names[t] if p else None for t, p in zip(top, present)]
        out["top_share"] = [share[t, k] if p else np.nan for k, (t, p) in enumerate(zip(top, present))]
    else:
        out["top_district"] = [None] * len(out)
        out["top_share"] = np.nan
    return out
