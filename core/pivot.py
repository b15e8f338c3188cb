"""Long statistics tables → the district × industry matrix, and reference totals (METHODS.md §2).

The policies (duplicates refused, absent pairs 0, NULL unknown, the County Business Patterns
trap) are those of :mod:`core.localization`'s docstring.
"""

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from . import MethodError, QT_TR_NOOP
from .naming import name_list, natural_order

#: Policy for repeated (district, industry[, year]) rows of a long table.
DUPLICATE_POLICY = "error"


@dataclass
class Pivot:
    values: pd.DataFrame  # layer districts × industries; NaN = unknown
    only_in_table: List[str]  # district keys of the table that are not in the layer
    without_rows: List[str]  # layer districts that have no row (all NaN)
    n_absent: int  # pairs without a row, counted as 0
    n_null: int  # rows whose value is NULL (unknown)
    n_zero: int  # rows whose value is 0 (see suspicious_zeros)


def pivot_long(
    districts: Sequence[str],
    keys: Sequence[str],
    industries: Sequence[str],
    values: Sequence[float],
    industry_order: Optional[Sequence[str]] = None,
    what: str = "TABLE",
) -> Pivot:
    """Pivot a long table (one row per district and industry) to a district × industry matrix.

    ``districts`` are the layer's keys (the rows of the result, in that order); ``keys``,
    ``industries`` and ``values`` are the table's columns (keys and industries as text).
    Duplicates and negative values raise :class:`MethodError` (see the module policies).
    """
    key_arr = np.asarray(keys, dtype=object)
    ind_arr = np.asarray(industries, dtype=object)
    vals = np.asarray(values, dtype=float)
    if not (len(key_arr) == len(ind_arr) == len(vals)):
        raise MethodError(QT_TR_NOOP("{what}: the key, industry and value columns differ in length."), what=what)
    d_index = pd.Index(list(districts), dtype=object)
    if not d_index.is_unique:
        dups = d_index[d_index.duplicated()].unique()
        raise MethodError(QT_TR_NOOP("Duplicate district keys in the layer: {dups}."), dups=name_list(dups))
    order = natural_order(ind_arr) if industry_order is None else [str(i) for i in industry_order]
    i_index = pd.Index(order, dtype=object)
    ii = i_index.get_indexer(ind_arr)
    if (ii < 0).any():
        bad = pd.unique(ind_arr[ii < 0])
        raise MethodError(
            QT_TR_NOOP("{what}: industries {bad} are not among the industries analysed."), what=what, bad=name_list(bad)
        )

    # duplicates: one integer code per (district, industry) pair
    kd, key_uniques = pd.factorize(key_arr)
    code = kd.astype(np.int64) * len(i_index) + ii
    dup = pd.Series(code).duplicated(keep=False).to_numpy()
    if dup.any():
        pairs = pd.Series(code[dup]).value_counts(sort=False)
        examples = []
        for c, count in list(pairs.items())[:5]:
            examples.append(
                f"district '{key_uniques[c // len(i_index)]}', industry '{i_index[c % len(i_index)]}' ({count} rows)"
            )
        raise MethodError(
            QT_TR_NOOP(
                "{what}: {n} (district, industry) pair(s) have more than one row, e.g. {examples}. "
                "Each pair must appear once; rows are never summed. If the table holds several "
                "years, set TABLE_YEAR_FIELD (with BASE_YEAR / END_YEAR); if the rows are parts of "
                "one value, aggregate them first (e.g. Processing 'Aggregate')."
            ),
            what=what,
            n=len(pairs),
            examples='; '.join(examples),
        )

    neg = vals < 0
    if neg.any():
        k = int(np.flatnonzero(neg)[0])
        raise MethodError(
            QT_TR_NOOP(
                "{what}: negative value {vals:g} for district '{key_arr}', industry '{ind_arr}' "
                "({n_negative} negative value(s) in all). Location quotients need counts or volumes ≥ 0: "
                "correct the value or set it to NULL (unknown)."
            ),
            what=what,
            vals=vals[k],
            key_arr=key_arr[k],
            ind_arr=ind_arr[k],
            n_negative=int(neg.sum()),
        )
    if np.isinf(vals).any():
        k = int(np.flatnonzero(np.isinf(vals))[0])
        raise MethodError(
            QT_TR_NOOP(
                "{what}: infinite value for district '{key_arr}', industry '{ind_arr}'. Replace it "
                "with a number or NULL."
            ),
            what=what,
            key_arr=key_arr[k],
            ind_arr=ind_arr[k],
        )

    dpos = d_index.get_indexer(key_arr)
    inside = dpos >= 0
    mat = np.zeros((len(d_index), len(i_index)))
    mat[dpos[inside], ii[inside]] = vals[inside]
    has_rows = np.zeros(len(d_index), dtype=bool)
    has_rows[dpos[inside]] = True
    mat[~has_rows, :] = np.nan
    only = natural_order(pd.unique(key_arr[~inside])) if (~inside).any() else []
    return Pivot(
        values=pd.DataFrame(mat, index=d_index, columns=i_index),
        only_in_table=only,
        without_rows=[d for d, h in zip(d_index, has_rows) if not h],
        n_absent=int(has_rows.sum()) * len(i_index) - int(inside.sum()),
        n_null=int(np.isnan(vals[inside]).sum()),
        n_zero=int((vals[inside] == 0).sum()),
    )


def reference_totals(
    ref_industries: Sequence[str], ref_values: Sequence[float], industries: Sequence[str], what: str = "REFERENCE_TABLE"
) -> Tuple[pd.Series, List[str]]:
    """Industry totals of a wider reference (e.g. the nation), for ``industries``.

    Returns the totals (indexed like ``industries``) and the reference's other industries
    (left out of the reference total, so that X sums the same industries as the districts).
    Missing, NULL, duplicate and negative totals raise :class:`MethodError`.
    """
    keys = [None if k is None else str(k) for k in ref_industries]
    vals = np.asarray(ref_values, dtype=float)
    if any(k is None for k in keys):
        raise MethodError(QT_TR_NOOP("{what}: a row has no industry; fill it or delete the row."), what=what)
    s = pd.Series(vals, index=pd.Index(keys, dtype=object))
    if not s.index.is_unique:
        dups = s.index[s.index.duplicated()].unique()
        raise MethodError(
            QT_TR_NOOP("{what}: industries {dups} appear more than once; give one total per industry (per year)."),
            what=what,
            dups=name_list(dups),
        )
    wanted = [str(i) for i in industries]
    missing = [i for i in wanted if i not in s.index]
    if len(missing) == 1:
        raise MethodError(
            QT_TR_NOOP(
                "{what} has no total for industry {missing}: add it, or leave the industry out of the analysis."
            ),
            what=what,
            missing=name_list(missing),
        )
    if missing:
        raise MethodError(
            QT_TR_NOOP(
                "{what} has no total for the industries {missing}: add them, or leave them out of the analysis."
            ),
            what=what,
            missing=name_list(missing),
        )
    out = s.reindex(wanted)
    null = [i for i, v in out.items() if np.isnan(v)]
    if null:
        raise MethodError(
            QT_TR_NOOP("{what}: the total of industry {null} is NULL; fill it in."), what=what, null=name_list(null)
        )
    neg = [f"{i} ({v:g})" for i, v in out.items() if v < 0]
    if neg:
        raise MethodError(
            QT_TR_NOOP("{what}: negative total for industry {neg}; totals must be ≥ 0."), what=what, neg=name_list(neg)
        )
    extra = [k for k in s.index if k not in set(wanted)]
    return out.astype(float), extra
