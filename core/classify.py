"""Classes from thresholds: lower bounds from the best class to the worst."""

from typing import List, Optional, Sequence, Union

import numpy as np

from . import QT_TR_NOOP, MethodError, Text


def parse_breaks(text: str) -> List[float]:
    """Parse ``"0;-2.5"`` (also with commas as decimal marks: ``"0;-2,5"``)."""
    if text is None or not str(text).strip():
        return []
    out = []
    for part in str(text).split(";"):
        part = part.strip()
        if not part:
            continue
        try:
            out.append(float(part.replace(",", ".").replace("\u2212", "-")))
        except ValueError:
            raise MethodError(
                QT_TR_NOOP(
                    "Class break '{part}' is not a number. Write the lower bounds of the classes "
                    "from best to worst separated by ';', e.g. '0;-2.5'."
                ),
                part=part,
            ) from None
    if any(later >= earlier for earlier, later in zip(out, out[1:])):
        raise MethodError(
            QT_TR_NOOP("Class breaks {out} must decrease from the best class to the worst, e.g. '0;-2.5'."), out=out
        )
    return out


def parse_labels(text: str) -> List[str]:
    if text is None or not str(text).strip():
        return []
    return [p.strip() for p in str(text).split(";")]


def largest_gap_breaks(values: Sequence[float]) -> List[float]:
    """Paper 004's rule: favourable = CG ≥ 0; the rest are cut at their largest gap.

    Returns two lower bounds ``[0, b]`` where ``b`` is the lowest value above the
    largest gap among the negative values (so three classes), or ``[0]`` when fewer
    than two distinct negative values exist.
    """
    v = np.asarray(values, dtype=float)
    neg = np.unique(np.round(v[(v < 0) & ~np.isnan(v)], 9))[::-1]  # descending
    if neg.size < 2:
        return [0.0]
    gaps = neg[:-1] - neg[1:]
    i = int(np.argmax(gaps))  # first (highest) of the largest gaps
    return [0.0, float(neg[i])]


def classify_descending(values: Union[Sequence[float], np.ndarray], breaks: Sequence[float]) -> np.ndarray:
    """Class index per value: 0 when value ≥ breaks[0], 1 when ≥ breaks[1], …

    ``breaks`` are lower bounds in decreasing order; values below the last bound
    fall in class ``len(breaks)``; NaN gives -1.
    """
    v = np.round(np.asarray(values, dtype=float), 9)
    b = np.asarray(breaks, dtype=float)
    idx = np.sum(v[:, None] < b[None, :], axis=1)
    idx[np.isnan(v)] = -1
    return idx.astype(int)


def default_labels(n_classes: int) -> List[Text]:
    """Paper 004's class names for 3 (and 2) classes, else "Class 1", "Class 2" …"""
    if n_classes == 3:
        return [Text(QT_TR_NOOP("Favourable")), Text(QT_TR_NOOP("Less favourable")), Text(QT_TR_NOOP("Unfavourable"))]
    if n_classes == 2:
        return [Text(QT_TR_NOOP("Favourable")), Text(QT_TR_NOOP("Unfavourable"))]
    return [Text(QT_TR_NOOP("Class {number}"), number=i + 1) for i in range(n_classes)]


def resolve_labels(
    labels: Optional[Sequence[Union[str, Text]]], n_classes: int, defaults: Optional[Sequence[Text]] = None
) -> List[Union[str, Text]]:
    """The user's ``labels`` checked (one per class, distinct), or ``defaults`` when none are
    given (default: :func:`default_labels`)."""
    labels = list(labels or [])
    if not labels:
        return list(defaults) if defaults is not None else list(default_labels(n_classes))
    if len(labels) != n_classes:
        raise MethodError(
            QT_TR_NOOP(
                "{n} class labels given for {n_classes} classes: give one label more than there are "
                "class breaks, best class first."
            ),
            n=len(labels),
            n_classes=n_classes,
        )
    if len(set(labels)) != len(labels):
        raise MethodError(QT_TR_NOOP("Class labels must be distinct: {labels}."), labels=labels)
    return labels
