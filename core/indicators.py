"""Indicators of papers 000 and 003 (METHODS.md §3–5 and P9 of §6).

* :func:`emission_density` — paper 000, indicator 3.1: ``A / √(S·N)`` (default) or
  ``A / (S·N)``, plus the plain densities ``A / S`` and ``A / N``.
* :func:`migration_effectiveness` — paper 000, indicator 2.2: ``(I − O) / (I + O) · 100``
  (standard, default) or ``(I − O) / I · 100`` (paper 000 as printed).
* :func:`accessibility` — paper 003, P9: ``(dA + dB) / dAB``.

The growth-rate typology (paper 000, Table 2) is :mod:`core.growth`, on the same helpers.

The helpers (:class:`IndicatorResult`, :func:`as_array`, :func:`divide`, …) are
:mod:`core.indicator_helpers`.

Every function takes plain sequences (one value per district, NaN for a missing value)
and the districts' names (for messages), and returns the values as a DataFrame plus
``notes``: one ``(district, text)`` per district whose result is NULL and why. Zero or
missing denominators give NaN and a note, never an error or an infinity; impossible
inputs (a negative population, area, count) raise :class:`MethodError` naming the
districts. No QGIS here.
"""

from typing import Optional, Sequence

import numpy as np
import pandas as pd

from . import QT_TR_NOOP, MethodError, Text
from .indicator_helpers import IndicatorResult, Notes, as_array, district_names, divide, note_text, refuse_negative

#: Emission density formulas, in the order of the algorithm's FORMULA parameter.
EMISSION_FORMULAS = ("sqrt", "product")
#: Migration effectiveness formulas, in the order of the algorithm's FORMULA parameter.
MIGRATION_FORMULAS = ("standard", "arrivals")

# --- emission density (§3) -------------------------------------------------------------


def emission_density(
    emissions, population, area, formula: str = "sqrt", names: Optional[Sequence] = None
) -> IndicatorResult:
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
        raise MethodError(
            QT_TR_NOOP("Unknown emission density formula {formula!r}; use one of {EMISSION_FORMULAS}."),
            formula=formula,
            EMISSION_FORMULAS=', '.join(EMISSION_FORMULAS),
        )
    a = as_array(emissions, None, Text(QT_TR_NOOP("emission")))
    n = a.shape[0]
    names = district_names(names, n)
    pop = as_array(population, n, Text(QT_TR_NOOP("population")))
    s = as_array(area, n, Text(QT_TR_NOOP("area")))
    refuse_negative(
        pop,
        names,
        Text(QT_TR_NOOP("population")),
        Text(QT_TR_NOOP("a population cannot be below 0. Check the POPULATION_FIELD values.")),
    )
    refuse_negative(
        s,
        names,
        Text(QT_TR_NOOP("area")),
        Text(QT_TR_NOOP("an area cannot be below 0. Check the AREA_FIELD values (km²).")),
    )
    refuse_negative(
        a,
        names,
        Text(QT_TR_NOOP("emissions")),
        Text(QT_TR_NOOP("emissions cannot be below 0. Check the EMISSIONS_FIELD values.")),
    )
    per_km2 = divide(a, s)
    per_capita = divide(a, pop)
    if formula == "sqrt":
        density = divide(a, np.sqrt(s * pop))
    else:
        density = divide(a, s * pop)
    values = pd.DataFrame(
        {"area_km2": s, "emission_per_km2": per_km2, "emission_per_capita": per_capita, "emission_density": density}
    )
    notes: Notes = []
    flagged = np.isnan(a) | np.isnan(pop) | (pop == 0) | np.isnan(s) | (s == 0)
    for i in np.flatnonzero(flagged).tolist():  # only the districts with a note
        reasons = []
        if np.isnan(a[i]):
            reasons.append(Text(QT_TR_NOOP("no emissions value (NULL)")))
        if np.isnan(pop[i]):
            reasons.append(Text(QT_TR_NOOP("no population value (NULL)")))
        elif pop[i] == 0:
            reasons.append(Text(QT_TR_NOOP("population is 0")))
        if np.isnan(s[i]):
            reasons.append(Text(QT_TR_NOOP("no area")))
        elif s[i] == 0:
            reasons.append(Text(QT_TR_NOOP("area is 0")))
        if reasons:
            nulls = [
                c for c in ("emission_per_km2", "emission_per_capita", "emission_density") if np.isnan(values.at[i, c])
            ]
            notes.append((names[i], note_text(reasons, nulls)))
    return IndicatorResult(values=values, notes=notes)


# --- migration effectiveness (§4) ------------------------------------------------------


def migration_effectiveness(
    arrivals, departures, formula: str = "standard", names: Optional[Sequence] = None
) -> IndicatorResult:
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
        raise MethodError(
            QT_TR_NOOP("Unknown migration effectiveness formula {formula!r}; use one of {MIGRATION_FORMULAS}."),
            formula=formula,
            MIGRATION_FORMULAS=', '.join(MIGRATION_FORMULAS),
        )
    i_ = as_array(arrivals, None, Text(QT_TR_NOOP("arrivals")))
    n = i_.shape[0]
    names = district_names(names, n)
    o_ = as_array(departures, n, Text(QT_TR_NOOP("departures")))
    refuse_negative(
        i_,
        names,
        Text(QT_TR_NOOP("arrivals")),
        Text(
            QT_TR_NOOP(
                "arrivals are a count of people and cannot be below 0. If the field holds "
                "net migration, choose the arrivals and departures fields instead."
            )
        ),
    )
    refuse_negative(
        o_,
        names,
        Text(QT_TR_NOOP("departures")),
        Text(
            QT_TR_NOOP(
                "departures are a count of people and cannot be below 0. Check the "
                "DEPARTURES_FIELD values (departures are counted as positive numbers)."
            )
        ),
    )
    net = i_ - o_
    turnover = i_ + o_
    den = turnover if formula == "standard" else i_
    eff = divide(net * 100.0, den)
    values = pd.DataFrame({"net_migration": net, "migration_turnover": turnover, "migration_effectiveness": eff})
    notes: Notes = []
    flagged = np.isnan(i_) | np.isnan(o_) | (den == 0)
    for k in np.flatnonzero(flagged).tolist():  # only the districts with a note
        reasons = []
        if np.isnan(i_[k]):
            reasons.append(Text(QT_TR_NOOP("no arrivals value (NULL)")))
        if np.isnan(o_[k]):
            reasons.append(Text(QT_TR_NOOP("no departures value (NULL)")))
        if not reasons:
            if formula == "standard" and turnover[k] == 0:
                reasons.append(Text(QT_TR_NOOP("no migration at all (arrivals + departures = 0)")))
            elif formula == "arrivals" and i_[k] == 0:
                reasons.append(Text(QT_TR_NOOP("no arrivals (0): (I − O) / I is undefined")))
        if reasons:
            nulls = [c for c in values.columns if np.isnan(values.at[k, c])]
            notes.append((names[k], note_text(reasons, nulls)))
    return IndicatorResult(values=values, notes=notes)


# --- regional accessibility (P9 of §6) ------------------------------------------------


def accessibility(dist_a, dist_b, dist_ab: float, names: Optional[Sequence] = None) -> IndicatorResult:
    """Regional accessibility P9 of paper 003: (dA + dB) / dAB.

    ``dist_a``, ``dist_b``: distances (km) from each regional centre to the capitals A and B;
    ``dist_ab``: the distance between the capitals. The value is ≥ 1 (triangle inequality);
    1 means the centre lies on the shortest line between the capitals. Missing distances
    give NaN and a note; a zero distance between the capitals raises MethodError.
    """
    da = as_array(dist_a, None, Text(QT_TR_NOOP("distance to capital A")))
    n = da.shape[0]
    names = district_names(names, n)
    db = as_array(dist_b, n, Text(QT_TR_NOOP("distance to capital B")))
    if dist_ab is None or not np.isfinite(dist_ab) or dist_ab <= 0:
        raise MethodError(
            QT_TR_NOOP(
                "The two capitals are at the same place (distance 0): accessibility (dA + dB) / dAB "
                "is undefined. Give two distinct capitals."
            )
        )
    refuse_negative(da, names, Text(QT_TR_NOOP("distance")), Text(QT_TR_NOOP("distances cannot be below 0.")))
    refuse_negative(db, names, Text(QT_TR_NOOP("distance")), Text(QT_TR_NOOP("distances cannot be below 0.")))
    values = pd.DataFrame({"dist_a_km": da, "dist_b_km": db, "accessibility": (da + db) / float(dist_ab)})
    notes: Notes = [
        (
            names[k],
            note_text(
                [Text(QT_TR_NOOP("no regional centre"))], [c for c in values.columns if np.isnan(values.at[k, c])]
            ),
        )
        for k in range(n)
        if np.isnan(da[k]) or np.isnan(db[k])
    ]
    return IndicatorResult(values=values, notes=notes)
