"""Conversions between QGIS attribute values and numpy / pandas (NULL ↔ None / NaN)."""

import math
from typing import List

import numpy as np
import pandas as pd
from qgis.PyQt.QtCore import QVariant


def floats(values: list) -> np.ndarray:
    """Raw field values as floats, NULL (a QVariant or None) → NaN."""
    try:
        return np.array(values, dtype=float)
    except (TypeError, ValueError):
        return np.array([None if isinstance(v, QVariant) else v for v in values], dtype=float)


def python_columns(frame: pd.DataFrame) -> List[list]:
    """DataFrame columns as lists of plain Python values, NaN/NA → None (NULL); vectorised."""
    cols = []
    for col in frame.columns:
        s = frame[col]
        if s.dtype.kind == "f":
            vals = s.to_numpy(dtype=float)
            nan = np.isnan(vals)
            if nan.any():
                obj = vals.astype(object)
                obj[nan] = None
                lst = obj.tolist()
            else:
                lst = vals.tolist()
        elif s.dtype.kind in "iub":
            lst = s.to_numpy().tolist()
        else:
            lst = [
                None
                if (v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA)
                else (v.item() if hasattr(v, "item") else v)
                for v in s.tolist()
            ]
        cols.append(lst)
    return cols


def python_rows(frame: pd.DataFrame) -> List[list]:
    """DataFrame rows as lists of plain Python values, NaN/NA → None (NULL)."""
    if frame.shape[1] == 0:
        return [[] for _ in range(frame.shape[0])]
    return [list(r) for r in zip(*python_columns(frame))]
