"""The helpers of the indicators (:mod:`core.indicators`, :mod:`core.growth`): the result
(values + notes), the districts' names for messages, the checked conversion of the inputs,
the refusal of negative values, the division that gives NaN (not ±inf) and the notes on
NULL results. They keep the indicators' rules (see :mod:`core.indicators`): zero
or missing denominators give NaN and a note, impossible inputs raise :class:`MethodError`
naming the districts.
"""

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from . import QT_TR_NOOP, MethodError, Text


Notes = List[Tuple[object, Text]]


@dataclass
class IndicatorResult:
    values: pd.DataFrame  # one row per district, NaN where undefined
    notes: Notes = field(default_factory=list)  # (district, why a value is NULL)

    @property
    def undefined(self) -> List[object]:
        """The districts with at least one NULL result (in input order)."""
        return [name for name, _ in self.notes]


def district_names(names: Optional[Sequence], n: int) -> List[object]:
    """The districts' names for messages (``row 1``, ``row 2`` … when none are given)."""
    if names is None:
        return [Text(QT_TR_NOOP("row {number}"), number=i + 1) for i in range(n)]
    names = list(names)
    if len(names) != n:
        raise MethodError(QT_TR_NOOP("{n} names given for {n2} districts."), n=len(names), n2=n)
    return names


def as_array(values, n: Optional[int], what: Text) -> np.ndarray:
    """``values`` as a float array (None → NaN) of length ``n`` when given."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "fiu":
        arr = values.astype(float)  # already numbers: the conversion below is a no-op
    else:
        try:
            arr = np.asarray(pd.to_numeric(pd.Series(list(values), dtype=object), errors="raise"), dtype=float)
        except (TypeError, ValueError):
            raise MethodError(QT_TR_NOOP("The {what} values must be numbers (or NULL)."), what=what) from None
    if n is not None and arr.shape[0] != n:
        raise MethodError(
            QT_TR_NOOP("{shape} {what} values given for {n} districts."), shape=arr.shape[0], what=what, n=n
        )
    if np.isinf(arr).any():
        raise MethodError(
            QT_TR_NOOP("The {what} values must be finite numbers; an infinite value was given."), what=what
        )
    return arr


def refuse_negative(arr: np.ndarray, names: Sequence, what: Text, hint: Text):
    """A negative value raises :class:`MethodError` naming the districts and ``hint``."""
    bad = np.flatnonzero(arr < 0)
    if bad.size:
        listed = ", ".join("{} ({:g})".format(names[i], arr[i]) for i in bad[:10])
        more = Text(QT_TR_NOOP(" and {n} more"), n=bad.size - 10) if bad.size > 10 else ""
        raise MethodError(
            QT_TR_NOOP("Negative {what} for {listed}{more}: {hint}"), what=what, listed=listed, more=more, hint=hint
        )


def divide(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den with NaN (not ±inf) where den is 0 or either side is missing."""
    out = np.full(np.broadcast(num, den).shape, np.nan)
    ok = ~np.isnan(num) & ~np.isnan(den) & (den != 0)
    np.divide(num, den, out=out, where=ok)
    return out


def note_text(reasons: List[Text], nulls: List[str]) -> Text:
    """A district's note: why, and which results are NULL."""
    return Text(QT_TR_NOOP("{reasons} → NULL {fields}."), reasons=Text.joined("; ", reasons), fields=", ".join(nulls))
