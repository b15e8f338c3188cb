"""Growth-rate typology of districts (paper 000, Table 2; METHODS.md §5): growth index, average
annual rate, growth relative to the region's own index, and classes on it. Same conventions
as :mod:`core.indicators` (plain sequences in, NaN + a note where undefined)."""

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from . import QT_TR_NOOP, MethodError, Text
from .classify import classify_descending, resolve_labels
from .indicator_helpers import IndicatorResult, Notes, as_array, district_names, divide, note_text, refuse_negative

#: Paper 000, Table 2: lower bounds of the classes (% of the regional growth index), best first.
GROWTH_BREAKS = (110.0, 100.0, 90.0)
#: Paper 000, Table 2: the four types of districts by growth rate, best first.
GROWTH_LABELS = (
    Text(QT_TR_NOOP("High growth rate")),
    Text(QT_TR_NOOP("Above-average growth rate")),
    Text(QT_TR_NOOP("Below-average growth rate")),
    Text(QT_TR_NOOP("Low growth rate")),
)


@dataclass
class GrowthResult(IndicatorResult):
    regional_index: float = float("nan")  # total end / total start × 100
    n_regional: int = 0  # districts that entered the regional totals
    class_index: Optional[np.ndarray] = None  # 0 = best class, -1 = NULL
    labels: List[Union[str, Text]] = field(default_factory=list)


def growth_index(start, end) -> np.ndarray:
    """end / start × 100 (%); NaN where start is 0 or a value is missing."""
    s = as_array(start, None, Text(QT_TR_NOOP("start")))
    e = as_array(end, s.shape[0], Text(QT_TR_NOOP("end")))
    return divide(e * 100.0, s)


def annual_rate(start, end, years: float) -> np.ndarray:
    """Compound average annual growth rate (%): ((end / start)^(1 / years) − 1) × 100.

    ``years`` is the span between the start and end values (e.g. 2011 − 1997 = 14).
    NaN where start is 0 or a value is missing; end = 0 gives −100.
    """
    if years is None or not np.isfinite(years) or years <= 0:
        raise MethodError(
            QT_TR_NOOP("The span in years must be a positive number (got {years}); e.g. 14 for 1997–2011."), years=years
        )
    ratio = divide(as_array(end, None, Text(QT_TR_NOOP("end"))), as_array(start, None, Text(QT_TR_NOOP("start"))))
    with np.errstate(invalid="ignore"):
        return (np.power(ratio, 1.0 / float(years)) - 1.0) * 100.0


def regional_index(start, end) -> Tuple[float, int]:
    """The region's own growth index: Σ end / Σ start × 100 over the districts that have
    both values (a district with start 0 still counts: it adds to the region's growth).

    Returns ``(index, number of districts used)``; raises MethodError when no district has
    both values or the region's start total is 0.
    """
    s = as_array(start, None, Text(QT_TR_NOOP("start")))
    e = as_array(end, s.shape[0], Text(QT_TR_NOOP("end")))
    both = ~np.isnan(s) & ~np.isnan(e)
    if not both.any():
        raise MethodError(
            QT_TR_NOOP(
                "No district has both a start and an end value: the region's growth index cannot be "
                "formed. Check the START/END (or SERIES) fields."
            )
        )
    total_start = float(s[both].sum())
    if total_start == 0:
        raise MethodError(
            QT_TR_NOOP(
                "The start values of all districts sum to 0: the region's growth index (total end / "
                "total start) is undefined, so growth cannot be typed relative to it."
            )
        )
    return float(e[both].sum()) / total_start * 100.0, int(both.sum())


def relative_growth(index, regional: float) -> np.ndarray:
    """growth_index / regional index × 100: 100 = the district grew like the region."""
    if regional is None or not np.isfinite(regional) or regional <= 0:
        raise MethodError(
            QT_TR_NOOP("The regional growth index must be a positive number (got {regional})."), regional=regional
        )
    idx = as_array(index, None, Text(QT_TR_NOOP("growth index")))
    return idx / float(regional) * 100.0


def series_endpoints(series: pd.DataFrame) -> Tuple[np.ndarray, np.ndarray]:
    """Start and end of a time series given as columns in time order: the first and the
    last column. Intermediate columns do not enter the growth index or the compound annual
    rate (which depend on the end points only)."""
    if series.shape[1] < 2:
        raise MethodError(QT_TR_NOOP("A series needs at least two fields in time order (first = start, last = end)."))
    return (series.iloc[:, 0].to_numpy(dtype=float), series.iloc[:, -1].to_numpy(dtype=float))


def growth_classes(
    relative: Union[Sequence[float], np.ndarray],
    breaks: Optional[Sequence[float]] = None,
    labels: Optional[Sequence[Union[str, Text]]] = None,
) -> Tuple[np.ndarray, List[Union[str, Text]]]:
    """Class of each relative growth value (% of the regional index).

    ``breaks`` are lower bounds from the best class to the worst (default paper 000's
    four types: ≥ 110, 100–110, 90–100, < 90); ``labels`` one more than the breaks (default:
    the paper's labels for four classes, "Class 1…" otherwise). Returns
    ``(class index per value, 0 = best and -1 for NaN; labels)``.
    """
    breaks = list(GROWTH_BREAKS if not breaks else breaks)
    if any(later >= earlier for earlier, later in zip(breaks, breaks[1:])):
        raise MethodError(
            QT_TR_NOOP("Class breaks {breaks} must decrease from the best class to the worst, e.g. '110;100;90'."),
            breaks=breaks,
        )
    n_classes = len(breaks) + 1
    defaults = (
        list(GROWTH_LABELS)
        if n_classes == len(GROWTH_LABELS)
        else [Text(QT_TR_NOOP("Class {number}"), number=k + 1) for k in range(n_classes)]
    )
    labels = resolve_labels(labels, n_classes, defaults)
    return classify_descending(np.asarray(relative, dtype=float), breaks), labels


def growth_typology(
    start,
    end,
    years: Optional[float] = None,
    breaks: Optional[Sequence[float]] = None,
    labels: Optional[Sequence[str]] = None,
    names: Optional[Sequence] = None,
) -> GrowthResult:
    """Growth-rate typology of paper 000, Table 2.

    For each district: ``growth_index`` = end / start × 100; ``annual_rate`` = compound
    average annual rate over ``years`` (NaN everywhere when ``years`` is None);
    ``relative_growth`` = growth_index / regional index × 100, where the regional index is
    Σ end / Σ start × 100 over the districts with both values; ``growth_class`` = the label
    of the class of relative_growth (see :func:`growth_classes`; None when undefined).
    Values must be absolute, non-negative quantities (population, output, …): negative
    values raise MethodError; start 0 or a missing value gives NULL and a note.
    """
    s = as_array(start, None, Text(QT_TR_NOOP("start")))
    n = s.shape[0]
    names = district_names(names, n)
    e = as_array(end, n, Text(QT_TR_NOOP("end")))
    hint = Text(
        QT_TR_NOOP(
            "a growth index needs absolute, non-negative quantities (population, output, "
            "number of enterprises…); signed quantities such as a balance or net migration have "
            "no meaningful growth index."
        )
    )
    refuse_negative(s, names, Text(QT_TR_NOOP("start value")), hint)
    refuse_negative(e, names, Text(QT_TR_NOOP("end value")), hint)
    region, n_used = regional_index(s, e)
    if region == 0:
        raise MethodError(
            QT_TR_NOOP(
                "The end values of all districts sum to 0: the region's growth index is 0, so growth "
                "cannot be expressed relative to it."
            )
        )
    index = growth_index(s, e)
    rate = annual_rate(s, e, years) if years is not None else np.full(n, np.nan)
    relative = relative_growth(index, region)
    class_index, class_labels = growth_classes(relative, breaks, labels)
    values = pd.DataFrame(
        {
            "growth_index": index,
            "annual_rate": rate,
            "relative_growth": relative,
            "growth_class": [class_labels[c] if c >= 0 else None for c in class_index],
        }
    )
    notes: Notes = []
    flagged = np.isnan(s) | np.isnan(e) | (s == 0)
    for k in np.flatnonzero(flagged).tolist():  # only the districts with a note
        reasons = []
        if np.isnan(s[k]):
            reasons.append(Text(QT_TR_NOOP("no start value (NULL)")))
        if np.isnan(e[k]):
            reasons.append(Text(QT_TR_NOOP("no end value (NULL)")))
        if not reasons and s[k] == 0:
            reasons.append(
                Text(QT_TR_NOOP("start value is 0 (end {end:g}): growth from nothing has no index"), end=e[k])
            )
        if reasons:
            nulls = [
                c
                for c in ("growth_index", "annual_rate", "relative_growth", "growth_class")
                if pd.isna(values.at[k, c]) and (years is not None or c != "annual_rate")
            ]
            notes.append((names[k], note_text(reasons, nulls)))
    return GrowthResult(
        values=values,
        notes=notes,
        regional_index=region,
        n_regional=n_used,
        class_index=class_index,
        labels=class_labels,
    )


# --- regional accessibility (P9 of paper 003) ------------------------------------------
