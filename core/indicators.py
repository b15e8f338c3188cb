"""Indicators of papers 000 and 003 (METHODS.md §3–5 and P9 of §6).

* :func:`emission_density` — paper 000, indicator 3.1: ``A / √(S·N)`` (default) or
  ``A / (S·N)``, plus the plain densities ``A / S`` and ``A / N``.
* :func:`migration_effectiveness` — paper 000, indicator 2.2: ``(I − O) / (I + O) · 100``
  (standard, default) or ``(I − O) / I · 100`` (paper 000 as printed).
* :func:`growth_typology` — paper 000, Table 2: growth index, average annual rate, growth
  relative to the region's own index, and classes on it.
* :func:`accessibility` — paper 003, P9: ``(dA + dB) / dAB``.

Every function takes plain sequences (one value per district, NaN for a missing value)
and the districts' names (for messages), and returns the values as a DataFrame plus
``notes``: one ``(district, text)`` per district whose result is NULL and why. Zero or
missing denominators give NaN and a note, never an error or an infinity; impossible
inputs (a negative population, area, count) raise :class:`MethodError` naming the
districts. No QGIS here.
"""
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from . import MethodError
from .classify import classify_descending

#: Emission density formulas, in the order of the algorithm's FORMULA parameter.
EMISSION_FORMULAS = ("sqrt", "product")
#: Migration effectiveness formulas, in the order of the algorithm's FORMULA parameter.
MIGRATION_FORMULAS = ("standard", "arrivals")

#: Paper 000, Table 2: lower bounds of the classes (% of the regional growth index), best first.
GROWTH_BREAKS = (110.0, 100.0, 90.0)
#: Paper 000, Table 2: the four types of districts by growth rate, best first.
GROWTH_LABELS = ("High growth rate", "Above-average growth rate", "Below-average growth rate",
                 "Low growth rate")

Notes = List[Tuple[object, str]]


@dataclass
class IndicatorResult:
    values: pd.DataFrame                        # one row per district, NaN where undefined
    notes: Notes = field(default_factory=list)  # (district, why a value is NULL)

    @property
    def undefined(self) -> List[object]:
        """The districts with at least one NULL result (in input order)."""
        return [name for name, _ in self.notes]


@dataclass
class GrowthResult(IndicatorResult):
    regional_index: float = float("nan")  # total end / total start × 100
    n_regional: int = 0                   # districts that entered the regional totals
    class_index: Optional[np.ndarray] = None  # 0 = best class, -1 = NULL
    labels: List[str] = field(default_factory=list)


# --- helpers ---------------------------------------------------------------------------

def _names(names: Optional[Sequence], n: int) -> List[object]:
    if names is None:
        return [f"row {i + 1}" for i in range(n)]
    names = list(names)
    if len(names) != n:
        raise MethodError(f"{len(names)} names given for {n} districts.")
    return names


def _array(values, n: Optional[int], what: str) -> np.ndarray:
    if isinstance(values, np.ndarray) and values.dtype.kind in "fiu":
        arr = values.astype(float)  # already numbers: the conversion below is a no-op
    else:
        try:
            arr = np.asarray(pd.to_numeric(pd.Series(list(values), dtype=object),
                                           errors="raise"), dtype=float)
        except (TypeError, ValueError):
            raise MethodError(f"The {what} values must be numbers (or NULL).") from None
    if n is not None and arr.shape[0] != n:
        raise MethodError(f"{arr.shape[0]} {what} values given for {n} districts.")
    if np.isinf(arr).any():
        raise MethodError(f"The {what} values must be finite numbers; an infinite value was given.")
    return arr


def _refuse_negative(arr: np.ndarray, names: Sequence, what: str, hint: str):
    bad = np.flatnonzero(arr < 0)
    if bad.size:
        listed = ", ".join(f"{names[i]} ({arr[i]:g})" for i in bad[:10])
        more = f" and {bad.size - 10} more" if bad.size > 10 else ""
        raise MethodError(f"Negative {what} for {listed}{more}: {hint}")


def _divide(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den with NaN (not ±inf) where den is 0 or either side is missing."""
    out = np.full(np.broadcast(num, den).shape, np.nan)
    ok = ~np.isnan(num) & ~np.isnan(den) & (den != 0)
    np.divide(num, den, out=out, where=ok)
    return out


def _note(reasons: List[str], nulls: List[str]) -> str:
    return f"{'; '.join(reasons)} → NULL {', '.join(nulls)}."


# --- emission density (§3) -------------------------------------------------------------

def emission_density(emissions, population, area, formula: str = "sqrt",
                     names: Optional[Sequence] = None) -> IndicatorResult:
    """Emission density coefficient of paper 000 (indicator 3.1, after Zhidkikh 2003).

    ``emissions`` A (e.g. thousand t/yr), ``population`` N (average annual population,
    persons), ``area`` S (km²). ``formula`` ``"sqrt"``: C = A / √(S·N) — the geometric mean
    of A/S and A/N, the defensible reading of the printed formula; ``"product"``:
    C = A / (S·N), the literal alternative. Lower is better.

    Returns columns ``area_km2`` (S as used), ``emission_per_km2`` (A/S),
    ``emission_per_capita`` (A/N) and ``emission_density`` (C), in the units of A.
    A zero or missing S or N, or a missing A, gives NaN in the columns that need it.
    Negative A, N or S raise :class:`MethodError`.
    """
    if formula not in EMISSION_FORMULAS:
        raise MethodError(f"Unknown emission density formula {formula!r}; use one of "
                          f"{', '.join(EMISSION_FORMULAS)}.")
    a = _array(emissions, None, "emission")
    n = a.shape[0]
    names = _names(names, n)
    pop = _array(population, n, "population")
    s = _array(area, n, "area")
    _refuse_negative(pop, names, "population",
                     "a population cannot be below 0. Check the POPULATION_FIELD values.")
    _refuse_negative(s, names, "area",
                     "an area cannot be below 0. Check the AREA_FIELD values (km²).")
    _refuse_negative(a, names, "emissions",
                     "emissions cannot be below 0. Check the EMISSIONS_FIELD values.")
    per_km2 = _divide(a, s)
    per_capita = _divide(a, pop)
    if formula == "sqrt":
        density = _divide(a, np.sqrt(s * pop))
    else:
        density = _divide(a, s * pop)
    values = pd.DataFrame({"area_km2": s, "emission_per_km2": per_km2,
                           "emission_per_capita": per_capita, "emission_density": density})
    notes: Notes = []
    flagged = np.isnan(a) | np.isnan(pop) | (pop == 0) | np.isnan(s) | (s == 0)
    for i in np.flatnonzero(flagged).tolist():  # only the districts with a note
        reasons = []
        if np.isnan(a[i]):
            reasons.append("no emissions value (NULL)")
        if np.isnan(pop[i]):
            reasons.append("no population value (NULL)")
        elif pop[i] == 0:
            reasons.append("population is 0")
        if np.isnan(s[i]):
            reasons.append("no area")
        elif s[i] == 0:
            reasons.append("area is 0")
        if reasons:
            nulls = [c for c in ("emission_per_km2", "emission_per_capita", "emission_density")
                     if np.isnan(values.at[i, c])]
            notes.append((names[i], _note(reasons, nulls)))
    return IndicatorResult(values=values, notes=notes)


# --- migration effectiveness (§4) ------------------------------------------------------

def migration_effectiveness(arrivals, departures, formula: str = "standard",
                            names: Optional[Sequence] = None) -> IndicatorResult:
    """Migration effectiveness of paper 000 (indicator 2.2, after Kozeva 2007).

    ``arrivals`` I and ``departures`` O are counts of migrants. ``formula``
    ``"standard"``: E = (I − O) / (I + O) · 100, net migration over migration turnover
    (Shryock et al.), within −100 … 100; ``"arrivals"``: E = (I − O) / I · 100, paper 000 as
    printed (R / N_A · 100 %), ≤ 100 and unbounded below.

    Returns columns ``net_migration`` (I − O), ``migration_turnover`` (I + O) and
    ``migration_effectiveness`` (%). A zero denominator (no migration, or no arrivals for
    ``"arrivals"``) or a missing count gives NaN; negative counts raise MethodError.
    """
    if formula not in MIGRATION_FORMULAS:
        raise MethodError(f"Unknown migration effectiveness formula {formula!r}; use one of "
                          f"{', '.join(MIGRATION_FORMULAS)}.")
    i_ = _array(arrivals, None, "arrivals")
    n = i_.shape[0]
    names = _names(names, n)
    o_ = _array(departures, n, "departures")
    _refuse_negative(i_, names, "arrivals",
                     "arrivals are a count of people and cannot be below 0. If the field holds "
                     "net migration, choose the arrivals and departures fields instead.")
    _refuse_negative(o_, names, "departures",
                     "departures are a count of people and cannot be below 0. Check the "
                     "DEPARTURES_FIELD values (departures are counted as positive numbers).")
    net = i_ - o_
    turnover = i_ + o_
    den = turnover if formula == "standard" else i_
    eff = _divide(net * 100.0, den)
    values = pd.DataFrame({"net_migration": net, "migration_turnover": turnover,
                           "migration_effectiveness": eff})
    notes: Notes = []
    flagged = np.isnan(i_) | np.isnan(o_) | (den == 0)
    for k in np.flatnonzero(flagged).tolist():  # only the districts with a note
        reasons = []
        if np.isnan(i_[k]):
            reasons.append("no arrivals value (NULL)")
        if np.isnan(o_[k]):
            reasons.append("no departures value (NULL)")
        if not reasons:
            if formula == "standard" and turnover[k] == 0:
                reasons.append("no migration at all (arrivals + departures = 0)")
            elif formula == "arrivals" and i_[k] == 0:
                reasons.append("no arrivals (0): (I − O) / I is undefined")
        if reasons:
            nulls = [c for c in values.columns if np.isnan(values.at[k, c])]
            notes.append((names[k], _note(reasons, nulls)))
    return IndicatorResult(values=values, notes=notes)


# --- growth-rate typology (§5) ---------------------------------------------------------

def growth_index(start, end) -> np.ndarray:
    """end / start × 100 (%); NaN where start is 0 or a value is missing."""
    s = _array(start, None, "start")
    e = _array(end, s.shape[0], "end")
    return _divide(e * 100.0, s)


def annual_rate(start, end, years: float) -> np.ndarray:
    """Compound average annual growth rate (%): ((end / start)^(1 / years) − 1) × 100.

    ``years`` is the span between the start and end values (e.g. 2011 − 1997 = 14).
    NaN where start is 0 or a value is missing; end = 0 gives −100.
    """
    if years is None or not np.isfinite(years) or years <= 0:
        raise MethodError(f"The span in years must be a positive number (got {years}); "
                          "e.g. 14 for 1997–2011.")
    ratio = _divide(_array(end, None, "end"), _array(start, None, "start"))
    with np.errstate(invalid="ignore"):
        return (np.power(ratio, 1.0 / float(years)) - 1.0) * 100.0


def regional_index(start, end) -> Tuple[float, int]:
    """The region's own growth index: Σ end / Σ start × 100 over the districts that have
    both values (a district with start 0 still counts: it adds to the region's growth).

    Returns ``(index, number of districts used)``; raises MethodError when no district has
    both values or the region's start total is 0.
    """
    s = _array(start, None, "start")
    e = _array(end, s.shape[0], "end")
    both = ~np.isnan(s) & ~np.isnan(e)
    if not both.any():
        raise MethodError("No district has both a start and an end value: the region's growth "
                          "index cannot be formed. Check the START/END (or SERIES) fields.")
    total_start = float(s[both].sum())
    if total_start == 0:
        raise MethodError("The start values of all districts sum to 0: the region's growth index "
                          "(total end / total start) is undefined, so growth cannot be typed "
                          "relative to it.")
    return float(e[both].sum()) / total_start * 100.0, int(both.sum())


def relative_growth(index, regional: float) -> np.ndarray:
    """growth_index / regional index × 100: 100 = the district grew like the region."""
    if regional is None or not np.isfinite(regional) or regional <= 0:
        raise MethodError(f"The regional growth index must be a positive number (got {regional}).")
    idx = _array(index, None, "growth index")
    return idx / float(regional) * 100.0


def series_endpoints(series: pd.DataFrame) -> Tuple[np.ndarray, np.ndarray]:
    """Start and end of a time series given as columns in time order: the first and the
    last column. Intermediate columns do not enter the growth index or the compound annual
    rate (which depend on the end points only)."""
    if series.shape[1] < 2:
        raise MethodError("A series needs at least two fields in time order (first = start, "
                          "last = end).")
    return (series.iloc[:, 0].to_numpy(dtype=float), series.iloc[:, -1].to_numpy(dtype=float))


def growth_classes(relative: Union[Sequence[float], np.ndarray], breaks: Optional[Sequence[float]] = None,
                   labels: Optional[Sequence[str]] = None) -> Tuple[np.ndarray, List[str]]:
    """Class of each relative growth value (% of the regional index).

    ``breaks`` are lower bounds from the best class to the worst (default paper 000's
    four types: ≥ 110, 100–110, 90–100, < 90); ``labels`` one more than the breaks (default:
    the paper's labels for four classes, "Class 1…" otherwise). Returns
    ``(class index per value, 0 = best and -1 for NaN; labels)``.
    """
    breaks = list(GROWTH_BREAKS if not breaks else breaks)
    if any(later >= earlier for earlier, later in zip(breaks, breaks[1:])):
        raise MethodError(f"Class breaks {breaks} must decrease from the best class to the worst, "
                          "e.g. '110;100;90'.")
    n_classes = len(breaks) + 1
    labels = list(labels or [])
    if not labels:
        labels = list(GROWTH_LABELS) if n_classes == len(GROWTH_LABELS) else \
            [f"Class {k + 1}" for k in range(n_classes)]
    if len(labels) != n_classes:
        raise MethodError(f"{len(labels)} class labels given for {n_classes} classes: give one "
                          "label more than there are class breaks, best class first.")
    if len(set(labels)) != len(labels):
        raise MethodError(f"Class labels must be distinct: {labels}.")
    return classify_descending(np.asarray(relative, dtype=float), breaks), labels


def growth_typology(start, end, years: Optional[float] = None,
                    breaks: Optional[Sequence[float]] = None,
                    labels: Optional[Sequence[str]] = None,
                    names: Optional[Sequence] = None) -> GrowthResult:
    """Growth-rate typology of paper 000, Table 2.

    For each district: ``growth_index`` = end / start × 100; ``annual_rate`` = compound
    average annual rate over ``years`` (NaN everywhere when ``years`` is None);
    ``relative_growth`` = growth_index / regional index × 100, where the regional index is
    Σ end / Σ start × 100 over the districts with both values; ``growth_class`` = the label
    of the class of relative_growth (see :func:`growth_classes`; None when undefined).
    Values must be absolute, non-negative quantities (population, output, …): negative
    values raise MethodError; start 0 or a missing value gives NULL and a note.
    """
    s = _array(start, None, "start")
    n = s.shape[0]
    names = _names(names, n)
    e = _array(end, n, "end")
    hint = ("a growth index needs absolute, non-negative quantities (population, output, "
            "number of enterprises…); signed quantities such as a balance or net migration have "
            "no meaningful growth index.")
    _refuse_negative(s, names, "start value", hint)
    _refuse_negative(e, names, "end value", hint)
    region, n_used = regional_index(s, e)
    if region == 0:
        raise MethodError("The end values of all districts sum to 0: the region's growth index is "
                          "0, so growth cannot be expressed relative to it.")
    index = growth_index(s, e)
    rate = annual_rate(s, e, years) if years is not None else np.full(n, np.nan)
    relative = relative_growth(index, region)
    class_index, labels = growth_classes(relative, breaks, labels)
    values = pd.DataFrame({"growth_index": index, "annual_rate": rate,
                           "relative_growth": relative,
                           "growth_class": [labels[c] if c >= 0 else None for c in class_index]})
    notes: Notes = []
    flagged = np.isnan(s) | np.isnan(e) | (s == 0)
    for k in np.flatnonzero(flagged).tolist():  # only the districts with a note
        reasons = []
        if np.isnan(s[k]):
            reasons.append("no start value (NULL)")
        if np.isnan(e[k]):
            reasons.append("no end value (NULL)")
        if not reasons and s[k] == 0:
            reasons.append(f"start value is 0 (end {e[k]:g}): growth from nothing has no index")
        if reasons:
            nulls = [c for c in ("growth_index", "annual_rate", "relative_growth", "growth_class")
                     if pd.isna(values.at[k, c]) and (years is not None or c != "annual_rate")]
            notes.append((names[k], _note(reasons, nulls)))
    return GrowthResult(values=values, notes=notes, regional_index=region, n_regional=n_used,
                        class_index=class_index, labels=labels)


# --- regional accessibility (P9 of paper 003) ------------------------------------------

def accessibility(dist_a, dist_b, dist_ab: float,
                  names: Optional[Sequence] = None) -> IndicatorResult:
    """Regional accessibility P9 of paper 003: (dA + dB) / dAB.

    ``dist_a``, ``dist_b``: distances (km) from each regional centre to the capitals A and B;
    ``dist_ab``: the distance between the capitals. The value is ≥ 1 (triangle inequality);
    1 means the centre lies on the shortest line between the capitals. Missing distances
    give NaN and a note; a zero distance between the capitals raises MethodError.
    """
    da = _array(dist_a, None, "distance to capital A")
    n = da.shape[0]
    names = _names(names, n)
    db = _array(dist_b, n, "distance to capital B")
    if dist_ab is None or not np.isfinite(dist_ab) or dist_ab <= 0:
        raise MethodError("The two capitals are at the same place (distance 0): accessibility "
                          "(dA + dB) / dAB is undefined. Give two distinct capitals.")
    _refuse_negative(da, names, "distance", "distances cannot be below 0.")
    _refuse_negative(db, names, "distance", "distances cannot be below 0.")
    values = pd.DataFrame({"dist_a_km": da, "dist_b_km": db,
                           "accessibility": (da + db) / float(dist_ab)})
    notes: Notes = [(names[k], _note(["no regional centre"],
                                     [c for c in values.columns if np.isnan(values.at[k, c])]))
                    for k in range(n) if np.isnan(da[k]) or np.isnan(db[k])]
    return IndicatorResult(values=values, notes=notes)
