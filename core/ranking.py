"""Rank-score typology (рангово-балльная оценка), METHODS.md §1.

For each indicator the districts are ranked *together with the region's reference
value* from best to worst; a district's grade is ``rank(reference) - rank(district)``
(positive = better than the region). The complex grade is the mean of a district's
grades over the indicators it has values for.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence

import numpy as np
import pandas as pd
from scipy.stats import rankdata

from . import MethodError, QT_TR_NOOP

#: Tie methods, in the order of the algorithm's TIES parameter.
TIE_METHODS = ("dense", "min", "average", "max")
#: Reference modes, in the order of the algorithm's REFERENCE parameter.
REFERENCE_MODES = ("mean", "median", "weighted_mean", "table")


@dataclass
class RankScoreResult:
    grades: pd.DataFrame  # district x indicator, NaN where the district lacks the value
    group_grades: pd.DataFrame  # district x group (empty frame when no groups)
    complex_grade: pd.Series  # mean grade over the indicators present
    rank: pd.Series  # 1 = best complex grade (ties share the smallest rank)
    n_indicators: pd.Series  # how many indicators each district was graded on
    reference: pd.Series  # the reference value used per indicator
    missing: Dict[object, List[str]] = field(default_factory=dict)  # district -> indicators lacking


def joint_ranks(values: np.ndarray, reference: float, higher_is_better: bool, ties: str = "dense"):
    """Rank ``values`` together with ``reference`` (rank 1 = best).

    NaN values take no part and get a NaN rank. Returns ``(ranks, reference_rank)``.
    """
    if ties not in TIE_METHODS:
        raise MethodError(
            QT_TR_NOOP("Unknown tie method {ties!r}; use one of {TIE_METHODS}."),
            ties=ties,
            TIE_METHODS=', '.join(TIE_METHODS),
        )
    values = np.asarray(values, dtype=float)
    present = ~np.isnan(values)
    pooled = np.append(values[present], float(reference))
    key = -pooled if higher_is_better else pooled
    ranks_all = rankdata(key, method=ties)
    ranks = np.full(values.shape, np.nan)
    ranks[present] = ranks_all[:-1]
    return ranks, float(ranks_all[-1])


def reference_values(
    data: pd.DataFrame, mode: str, weights: Optional[pd.Series] = None, table: Optional[Mapping[str, float]] = None
) -> pd.Series:
    """The region's reference value of every indicator (column of ``data``).

    ``mode`` is one of :data:`REFERENCE_MODES`. Missing district values are ignored
    by the mean, median and weighted mean.
    """
    _require_values(data)
    if mode == "mean":
        ref = data.mean(skipna=True)
    elif mode == "median":
        ref = data.median(skipna=True)
    elif mode == "weighted_mean":
        if weights is None:
            raise MethodError(QT_TR_NOOP("A weighted-mean reference needs a weight field (WEIGHT_FIELD)."))
        w = pd.to_numeric(weights, errors="coerce").reindex(data.index)
        if (w < 0).any():
            bad = list(w.index[w < 0])
            raise MethodError(QT_TR_NOOP("Negative weights for {bad}: weights must be zero or positive."), bad=bad)
        ref = {}
        for col in data.columns:
            ok = data[col].notna() & w.notna()
            total = w[ok].sum()
            if total <= 0:
                raise MethodError(
                    QT_TR_NOOP(
                        "Indicator '{col}': the weights of the districts that have it sum to 0; "
                        "cannot form a weighted mean. Choose another reference or weight field."
                    ),
                    col=col,
                )
            ref[col] = float((data.loc[ok, col] * w[ok]).sum() / total)
        ref = pd.Series(ref)
    elif mode == "table":
        if table is None:
            raise MethodError(QT_TR_NOOP("A table reference needs the reference table (REFERENCE_TABLE)."))
        ref = {}
        for col in data.columns:
            value = table.get(col)
            if value is None or (isinstance(value, float) and np.isnan(value)):
                raise MethodError(
                    QT_TR_NOOP(
                        "The reference table has no value for indicator '{col}': add a field '{col}' "
                        "with the region's value to its first row."
                    ),
                    col=col,
                )
            ref[col] = float(value)
        ref = pd.Series(ref)
    else:
        raise MethodError(
            QT_TR_NOOP("Unknown reference mode {mode!r}; use one of {REFERENCE_MODES}."),
            mode=mode,
            REFERENCE_MODES=', '.join(REFERENCE_MODES),
        )
    empty = [c for c in data.columns if pd.isna(ref.get(c))]
    if empty:
        raise MethodError(
            QT_TR_NOOP("No reference value could be formed for {empty}: no district has a value."), empty=empty
        )
    return ref.astype(float)


def _require_values(data: pd.DataFrame):
    for col in data.columns:
        if data[col].isna().all():
            raise MethodError(
                QT_TR_NOOP("Indicator '{col}' is empty (NULL) for every district; fill it or leave it out."), col=col
            )


def parse_groups(text: str, indicators: Sequence[str]) -> Dict[str, List[str]]:
    """Parse ``"economic: a, b; social: c; environmental: d"`` into a dict.

    Every listed indicator must be one of ``indicators`` and belong to one group only.
    """
    groups: Dict[str, List[str]] = {}
    if not text or not text.strip():
        return groups
    seen: Dict[str, str] = {}
    for part in text.replace("\n", ";").split(";"):
        if not part.strip():
            continue
        if ":" not in part:
            raise MethodError(
                QT_TR_NOOP(
                    "GROUPS entry '{entry}' has no ':'. Write groups as 'economic: field1, field2; social: field3'."
                ),
                entry=part.strip(),
            )
        name, members = part.split(":", 1)
        name = name.strip()
        if not name:
            raise MethodError(QT_TR_NOOP("GROUPS entry '{entry}' has no group name before ':'."), entry=part.strip())
        if name in groups:
            raise MethodError(QT_TR_NOOP("Group '{name}' is named twice in GROUPS."), name=name)
        fields = [m.strip() for m in members.split(",") if m.strip()]
        if not fields:
            raise MethodError(QT_TR_NOOP("Group '{name}' lists no indicator fields."), name=name)
        for f in fields:
            if f not in indicators:
                raise MethodError(
                    QT_TR_NOOP(
                        "Group '{name}' names '{f}', which is not one of the indicator fields "
                        "({indicators}). Add it to POSITIVE_FIELDS or NEGATIVE_FIELDS."
                    ),
                    name=name,
                    f=f,
                    indicators=', '.join(indicators),
                )
            if f in seen:
                raise MethodError(
                    QT_TR_NOOP("Indicator '{f}' is in two groups: '{seen}' and '{name}'."), f=f, seen=seen[f], name=name
                )
            seen[f] = name
        groups[name] = fields
    return groups


def rank_score(
    data: pd.DataFrame,
    reference: pd.Series,
    negative: Sequence[str] = (),
    ties: str = "dense",
    groups: Optional[Mapping[str, Sequence[str]]] = None,
) -> RankScoreResult:
    """Rank-score grades of the districts (rows of ``data``) on its indicator columns.

    ``negative`` lists the columns where lower is better. A district lacking an
    indicator is graded on the others (``n_indicators`` counts them).
    """
    if data.shape[0] == 0:
        raise MethodError(QT_TR_NOOP("There are no districts to grade."))
    if data.shape[1] == 0:
        raise MethodError(QT_TR_NOOP("No indicator fields were given."))
    _require_values(data)
    grades = pd.DataFrame(index=data.index, columns=data.columns, dtype=float)
    lower_is_better = set(negative)
    for col in data.columns:
        ranks, ref_rank = joint_ranks(
            data[col].to_numpy(dtype=float), reference[col], higher_is_better=col not in lower_is_better, ties=ties
        )
        grades[col] = ref_rank - ranks
    n = grades.notna().sum(axis=1)
    if (n == 0).any():
        bad = list(n.index[n == 0])
        raise MethodError(
            QT_TR_NOOP("Districts {bad} have no value for any indicator; they cannot be graded."), bad=bad
        )
    complex_grade = grades.sum(axis=1, skipna=True) / n
    group_grades = pd.DataFrame(index=data.index)
    for name, members in (groups or {}).items():
        group_grades[name] = grades[list(members)].mean(axis=1, skipna=True)
    # Round before ranking so that equal sums of grades compare equal despite float noise.
    rank = rankdata(-np.round(complex_grade.to_numpy(), 9), method="min").astype(int)
    missing = {idx: [c for c in data.columns if pd.isna(data.at[idx, c])] for idx in data.index[n < data.shape[1]]}
    return RankScoreResult(
        grades=grades,
        group_grades=group_grades,
        complex_grade=complex_grade,
        rank=pd.Series(rank, index=data.index),
        n_indicators=n.astype(int),
        reference=reference,
        missing=missing,
    )
