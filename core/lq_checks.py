"""The checks of the localization coefficient's inputs and the notes on undefined quotients
(:func:`core.localization.location_quotients`; the policies are in its module docstring):
infinite and negative values are refused naming the district and the industry, given
district totals are checked against the industries' sum, and every reason for a NULL
quotient becomes a note."""

from typing import List

import numpy as np
import pandas as pd

from . import QT_TR_NOOP, MethodError, Text
from .naming import name_list
from .rounding import rounded


def check_values(x: np.ndarray, districts, industries: List[str], period: str) -> None:
    """Infinite and negative values are refused, naming the first district and industry."""
    if np.isinf(x).any():
        r, c = (int(a[0]) for a in np.nonzero(np.isinf(x)))
        raise MethodError(
            QT_TR_NOOP(
                "Infinite value for district '{districts}', industry '{industries}'{period}. Replace "
                "it with a number or NULL."
            ),
            districts=districts[r],
            industries=industries[c],
            period=period,
        )
    neg = x < 0
    if neg.any():
        r, c = (int(a[0]) for a in np.nonzero(neg))
        raise MethodError(
            QT_TR_NOOP(
                "Negative value {x:g} for district '{districts}', industry '{industries}'{period} "
                "({n_negative} negative value(s) in all). Location quotients need counts or volumes ≥ 0: "
                "correct it or set it to NULL (unknown)."
            ),
            x=x[r, c],
            districts=districts[r],
            industries=industries[c],
            period=period,
            n_negative=int(neg.sum()),
        )


def district_totals(totals, districts, row_sum: np.ndarray, period: str, undefined: List[Text]) -> np.ndarray:
    """The given district totals, checked (≥ 0, finite, not below the industries' sum);
    a NULL total is noted in ``undefined``."""
    xj = pd.Series(totals).reindex(districts).to_numpy(dtype=float)
    bad = np.flatnonzero(xj < 0)
    if bad.size:
        raise MethodError(
            QT_TR_NOOP("Negative district total {xj:g} for district '{districts}'{period}: totals must be ≥ 0."),
            xj=xj[bad[0]],
            districts=districts[bad[0]],
            period=period,
        )
    if np.isinf(xj).any():
        raise MethodError(
            QT_TR_NOOP("Infinite district total for '{districts}'."), districts=districts[np.isinf(xj).argmax()]
        )
    short = np.flatnonzero(rounded(xj) < rounded(row_sum) * (1 - 1e-9))
    if short.size:
        ex = Text.joined(
            ", ",
            [
                Text(
                    QT_TR_NOOP("{district} (total {total:g} < sum {sum:g})"),
                    district=districts[k],
                    total=xj[k],
                    sum=row_sum[k],
                )
                for k in short[:5]
            ],
        )
        raise MethodError(
            QT_TR_NOOP(
                "The district total is smaller than the sum of its industries for {n} "
                "district(s){period}: {ex}. Check TOTAL_FIELD (it must include every listed "
                "industry) or leave it empty to use the sum."
            ),
            n=len(short),
            period=period,
            ex=ex,
        )
    unknown_total = np.isnan(xj)
    if unknown_total.any():
        names = [districts[k] for k in np.flatnonzero(unknown_total)]
        undefined.append(
            Text(
                QT_TR_NOOP(
                    "the district total is NULL for {n} district(s): {names} — their quotients are NULL "
                    "and they are left out of the region's totals{period}"
                ),
                n=len(names),
                names=name_list(names),
                period=period,
            )
        )
    return xj


def undefined_notes(
    zero_total, no_values, null_cells, absent_industry, districts, industries: List[str], whose: str, period: str
) -> List[Text]:
    """Why quotients are NULL: a zero total, no values, absent industries, NULL cells."""
    undefined: List[Text] = []
    if zero_total.any():
        names = [districts[k] for k in np.flatnonzero(zero_total)]
        undefined.append(
            Text(
                QT_TR_NOOP(
                    "the district total is 0 for {n} district(s): {names} — their quotients are NULL "
                    "(undefined, not 0){period}"
                ),
                n=len(names),
                names=name_list(names),
                period=period,
            )
        )
    if np.any(no_values):
        names = [districts[k] for k in np.flatnonzero(no_values)]
        undefined.append(
            Text(
                QT_TR_NOOP(
                    "no value (NULL, or no row in the table) for {n} district(s): {names} — their "
                    "quotients are NULL{period}"
                ),
                n=len(names),
                names=name_list(names),
                period=period,
            )
        )
    absent = np.flatnonzero(absent_industry)
    if absent.size:
        absent_names = name_list([industries[k] for k in absent])
        if whose == "reference":
            template = QT_TR_NOOP(
                "industries absent from the reference (total 0): {names} — quotients NULL for every district{period}"
            )
        else:
            template = QT_TR_NOOP(
                "industries absent from the region (total 0): {names} — quotients NULL for every district{period}"
            )
        undefined.append(Text(template, names=absent_names, period=period))
    if null_cells.any():
        r, c = (int(a[0]) for a in np.nonzero(null_cells))
        undefined.append(
            Text(
                QT_TR_NOOP(
                    "{n} value(s) are NULL (e.g. district '{district}', industry '{industry}') — unknown, "
                    "not 0: their quotients are NULL and the totals are sums of the known values{period}"
                ),
                n=int(null_cells.sum()),
                district=districts[r],
                industry=industries[c],
                period=period,
            )
        )
    return undefined
