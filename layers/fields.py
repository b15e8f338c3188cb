"""Checks and columns of the fields a run reads: present and numeric, as floats, as keys.

The messages name the field (in the dialog's words given by the caller, ``what``) and the
feature, and say what to do (messages in the translation context "Layers").
"""

from typing import Iterable, List, Sequence

import numpy as np
import pandas as pd
from qgis.core import QgsFields, QgsProcessingException

from ..core.naming import key_text
from . import values
from .read import LayerData
from . import Layers


def check_fields(source_fields: QgsFields, names: Iterable[str], what: str, numeric: bool) -> None:
    """Refuse a field missing from ``source_fields``, or a non-numeric one when ``numeric``."""
    for name in names:
        idx = source_fields.lookupField(name)
        if idx < 0:
            raise QgsProcessingException(
                Layers.tr("{what}: the layer has no field '{name}'.").format(what=what, name=name)
            )
        fld = source_fields.at(idx)
        if numeric and not fld.isNumeric():
            raise QgsProcessingException(
                Layers.tr(
                    "{what}: field '{name}' is of type {typename}, not a number. "
                    "Numbers stored as text (e.g. '1 234,5') are not parsed: convert the field with "
                    "the Field calculator, e.g. to_real(replace(replace(\"{name}\", ' ', ''), ',', '.')), "
                    "and run again."
                ).format(what=what, name=name, typename=fld.typeName())
            )


def numeric_frame(data: LayerData, names: Sequence[str], index: Sequence, what: str) -> pd.DataFrame:
    """Numeric columns as float (NULL → NaN). Infinite values are refused by feature."""
    cols = {}
    data.load(names)
    for name in names:
        arr = values.floats(data.values(data.fields.lookupField(name)))
        bad = np.isinf(arr)
        if bad.any():
            where = [str(index[i]) for i in np.flatnonzero(bad)[:5]]
            raise QgsProcessingException(
                Layers.tr(
                    "{what}: field '{name}' holds an infinite value for {where}. Replace it with a real number or NULL."
                ).format(what=what, name=name, where=', '.join(where))
            )
        cols[name] = arr
    return pd.DataFrame(cols, index=pd.Index(index))


def id_values(data: LayerData, id_field: str) -> List[str]:
    """The district keys as text; NULL or duplicate keys are refused."""
    values = data.raw_column(id_field)
    out = []
    for row, v in enumerate(values):
        key = key_text(v)
        if key is None:
            raise QgsProcessingException(
                Layers.tr(
                    "ID field '{id_field}' is NULL or empty for feature {fid}. "
                    "Every district needs a key: fill it or choose another ID field."
                ).format(id_field=id_field, fid=data.fid(row))
            )
        out.append(key)
    seen, dups = set(), []
    for v in out:
        if v in seen and v not in dups:
            dups.append(v)
        seen.add(v)
    if dups:
        raise QgsProcessingException(
            Layers.tr(
                "ID field '{id_field}' has duplicate values: {dups}. "
                "Each district must have a unique key; dissolve or rename the duplicates."
            ).format(id_field=id_field, dups=', '.join(dups[:10]))
        )
    return out
