"""A long statistics table (a row per district, industry [and year]) read as columns.

Used by the localization coefficient (``layers.lq_inputs``): the table is read once — by
GDAL as columns when it is a plain file (``arrow_read``), else through QGIS
(``read.read_columns``) — and its key, industry and year cells become text keys by the one
rule of ``core.naming.key_text``; one period's rows are then picked and checked.
"""

from typing import Dict, Optional

import numpy as np
import pandas as pd
from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QVariant

from ..core import naming
from ..core.naming import key_text
from . import arrow_read
from .read import read_columns
from . import Layers, messages


def cell_text(value) -> Optional[str]:
    """A table cell as a key: NULL (a QVariant) → None, a date → its year ("yyyy"),
    anything else by ``core.naming.key_text``."""
    if isinstance(value, QVariant):
        return None
    if hasattr(value, "toString") and hasattr(value, "isValid"):  # QDate / QDateTime
        return value.toString("yyyy") if value.isValid() else None
    return key_text(value)


def keys(column: list) -> np.ndarray:
    """A column of keys (text, numbers, NULL) as an object array of text / None, converting
    each distinct value once (million-row tables have few distinct keys)."""
    values = np.empty(len(column), dtype=object)
    values[:] = column
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    return keys_factorized(codes, list(uniques))


def keys_factorized(codes: np.ndarray, uniques: list) -> np.ndarray:
    """Like :func:`keys` for a column already factorized (``arrow_read.Columns.factorized``):
    :func:`cell_text` once per distinct value."""
    mapped = np.empty(len(uniques) + 1, dtype=object)
    mapped[: len(uniques)] = [cell_text(v) for v in uniques]
    mapped[len(uniques)] = None
    return mapped[codes]  # code -1 (NULL) picks the trailing None


def numbers(column: list) -> np.ndarray:
    """A numeric column as floats, NULL → NaN."""
    try:
        return np.array(column, dtype=float)
    except (TypeError, ValueError):
        return np.array([np.nan if v is None or isinstance(v, QVariant) else v for v in column], dtype=float)


def feature_id(src, position: int):
    """The id of the feature at ``position`` in reading order (for error messages only)."""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setNoAttributes()
    for n, f in enumerate(src.getFeatures(request)):
        if n == position:
            return f.id()
    return position


def load(alg, src, what: str, spec, feedback, progress, location=None) -> Dict:
    """The columns of table ``src`` (``what`` names it in messages) for ``spec`` = (key,
    industry, value, year field; year may be ""). ``alg``: the running algorithm, for its
    ``check_fields``. ``location``: ``arrow_read.file_layer`` of the table."""
    key_f, ind_f, val_f, year_f = spec
    fields = src.fields()
    missing = [f for f in (key_f, ind_f, val_f, year_f) if f and fields.lookupField(f) < 0]
    if missing:
        raise messages.refused(
            alg,
            Layers.tr(
                "{what} has no field(s) {missing} (it needs the fields named by "
                "TABLE_ID_FIELD, TABLE_INDUSTRY_FIELD, TABLE_VALUE_FIELD and TABLE_YEAR_FIELD)."
            ).format(what=what, missing=', '.join(missing)),
        )
    alg.check_fields(fields, [val_f], Layers.tr("{} value field").format(what))
    names = [key_f, ind_f, val_f] + ([year_f] if year_f else [])
    fast = arrow_read.read_columns(location, names)
    expected = src.featureCount()
    if fast is not None and (expected is None or expected < 0 or expected == len(fast)):
        # the whole file layer, read by GDAL as columns (see layers.arrow_read)
        n_rows = len(fast)
        feedback.setProgress(progress[1])
        if not n_rows:
            raise messages.refused(alg, Layers.tr("{what} has no rows.").format(what=what))
        return {
            "what": what,
            "spec": spec,
            "source": src,
            "positions": np.arange(n_rows),
            "keys": keys_factorized(*fast.factorized(key_f)),
            "industries": keys_factorized(*fast.factorized(ind_f)),
            "values": fast.floats(val_f),
            "years": keys_factorized(*fast.factorized(year_f)) if year_f else None,
        }
    n_rows, cols = read_columns(src, names, feedback, progress)
    if not n_rows:
        raise messages.refused(alg, Layers.tr("{what} has no rows.").format(what=what))
    return {
        "what": what,
        "spec": spec,
        "source": src,
        "positions": np.arange(n_rows),
        "keys": keys(cols[key_f]),
        "industries": keys(cols[ind_f]),
        "values": numbers(cols[val_f]),
        "years": keys(cols[year_f]) if year_f else None,
    }


def select(alg, loaded: Dict, year: Optional[int], year_param: str, feedback) -> Dict:
    """The rows of one period of a :func:`load`-ed table (all rows without a year field;
    ``year`` None: the latest), checked for NULL keys and infinite values."""
    key_f, ind_f, val_f, year_f = loaded["spec"]
    label = loaded["what"]
    ks, inds, vals = loaded["keys"], loaded["industries"], loaded["values"]
    positions = loaded["positions"]
    chosen = None
    if year_f:
        years = loaded["years"]
        present = naming.natural_order([y for y in pd.unique(years) if y is not None])
        if year is None:
            if not present:
                raise messages.refused(
                    alg, Layers.tr("{label}: the year field '{year_f}' is empty.").format(label=label, year_f=year_f)
                )
            chosen = present[-1]
            messages.info(
                alg,
                feedback,
                Layers.tr("{label}: no {year_param} given, using the latest year in '{year_f}': {chosen}.").format(
                    label=label, year_param=year_param, year_f=year_f, chosen=chosen
                ),
            )
        else:
            chosen = str(year)
        mask = years == chosen
        if not mask.any():
            raise messages.refused(
                alg,
                Layers.tr(
                    "{label} has no rows for {year_param} {chosen} in '{year_f}' (years present: {present})."
                ).format(
                    label=label, year_param=year_param, chosen=chosen, year_f=year_f, present=', '.join(present[:20])
                ),
            )
        ks, inds, vals, positions = ks[mask], inds[mask], vals[mask], positions[mask]
        messages.info(
            alg,
            feedback,
            Layers.tr("{label}: {sum} of {n_mask} rows are of {chosen}.").format(
                label=label, sum=int(mask.sum()), n_mask=len(mask), chosen=chosen
            ),
        )
    for arr, field, role in ((ks, key_f, Layers.tr("district key")), (inds, ind_f, Layers.tr("industry"))):
        empty = np.flatnonzero(pd.isna(arr))
        if empty.size:
            fid = feature_id(loaded["source"], int(positions[empty[0]]))
            raise messages.refused(
                alg,
                Layers.tr(
                    "{label}: feature {fid} has no {role} (field '{field}' is NULL or "
                    "empty; {size} such row(s)). Fill it or delete the row."
                ).format(label=label, fid=fid, role=role, field=field, size=empty.size),
            )
    if np.isinf(vals).any():
        k = int(np.flatnonzero(np.isinf(vals))[0])
        raise messages.refused(
            alg,
            Layers.tr("{label}: infinite value in '{val_f}' for district '{ks}', industry '{inds}'.").format(
                label=label, val_f=val_f, ks=ks[k], inds=inds[k]
            ),
        )
    shown = f"{label} ({chosen})" if chosen else label
    return {"keys": ks, "industries": inds, "values": vals, "year": chosen, "what": shown}


def log_pivot(alg, pivot, what: str, feedback):
    """The log lines of ``core.localization.pivot_long``'s counts and left-out districts."""
    if pivot.only_in_table:
        messages.warn(
            alg,
            feedback,
            Layers.tr(
                "{what}: {n_only_in_table} district(s) are not in the layer and are left "
                "out of the region: {name_list}."
            ).format(
                what=what, n_only_in_table=len(pivot.only_in_table), name_list=naming.name_list(pivot.only_in_table, 20)
            ),
        )
    if pivot.without_rows:
        messages.warn(
            alg,
            feedback,
            Layers.tr(
                "{what}: {n_without_rows} district(s) of the layer have no row: their quotients are NULL: {name_list}."
            ).format(
                what=what, n_without_rows=len(pivot.without_rows), name_list=naming.name_list(pivot.without_rows, 20)
            ),
        )
    if pivot.n_absent:
        messages.info(
            alg,
            feedback,
            Layers.tr("{what}: {n_absent} (district, industry) pair(s) have no row and count as 0.").format(
                what=what, n_absent=pivot.n_absent
            ),
        )
    if pivot.n_null:
        messages.info(
            alg,
            feedback,
            Layers.tr("{what}: {n_null} row(s) have a NULL value: unknown, not 0 (quotient NULL).").format(
                what=what, n_null=pivot.n_null
            ),
        )
    if pivot.n_zero:
        messages.info(
            alg,
            feedback,
            Layers.tr(
                "{what}: {n_zero} value(s) are exactly 0. If the table comes from County "
                "Business Patterns, suppressed cells may be stored as 0 (2017: employees = 0 with "
                "payroll = 0 and 3+ establishments); set those cells to NULL before the run."
            ).format(what=what, n_zero=pivot.n_zero),
        )
