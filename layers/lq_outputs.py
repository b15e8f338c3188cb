"""The outputs of the localization coefficient, built from ``core.localization.analyse``'s
result: the log lines of the result, the new columns of the districts (wide) and the rows of
the long table (district × industry). Written by ``TerritorialAlgorithm.write_output`` /
``write_table``; messages in the translation context "Layers".
"""

from typing import Dict, List, Tuple

import numpy as np
import pandas as pd
from qgis.core import QgsField, QgsFields
from qgis.PyQt.QtCore import QVariant

from ..core import lq_fields
from .write import FIELD_TYPES
from . import Layers

#: Districts whose specializations are listed one by one in the log.
MAX_LOG_DISTRICTS = 60

_BOOL_OBJECTS = np.array([False, True, None], dtype=object)


def nullable(series: pd.Series) -> pd.Series:
    """A nullable (Int64 / boolean) column as plain objects with None for NA."""
    out = series.astype(object)
    return out.where(series.notna(), None)


def flat_cells(frame: pd.DataFrame) -> list:
    """A district × industry matrix as one flat list of plain Python values (district-major),
    NaN / NA → None; vectorised (no per-cell type checks)."""
    dtype = frame.dtypes.iloc[0] if frame.shape[1] else np.dtype(float)
    if isinstance(dtype, pd.BooleanDtype):
        na = frame.isna().to_numpy().ravel()
        flags = frame.to_numpy(dtype=bool, na_value=False).ravel().astype(np.int8)
        return _BOOL_OBJECTS[np.where(na, 2, flags)].tolist()
    arr = frame.to_numpy()
    if arr.dtype.kind == "f":
        flat = arr.ravel()
        if np.isnan(flat).any():
            obj = flat.astype(object)
            obj[np.isnan(flat)] = None
            return obj.tolist()
        return flat.tolist()
    return arr.ravel().tolist()


def log_result(result, labels, threshold: float, feedback):
    """Undefined quotients, region totals, strong-cluster cut-offs and the specializations
    of the districts (``labels``: the names of the end and base periods)."""
    periods = [(result.end, labels[0])]
    if result.base is not None:
        periods.append((result.base, labels[1]))
    for res, label in periods:
        for reason in res.undefined:
            feedback.pushWarning(Layers.tr("Undefined quotients: {}.").format(Layers.core_text(reason)))
        for note in res.warnings:
            feedback.pushWarning(Layers.core_text(note) + ".")
        feedback.pushInfo(
            (
                Layers.tr("Region total X ({label}) = {total:g}.")
                if label
                else Layers.tr("Region total X = {total:g}.")
            ).format(label=label, total=res.region_total)
        )
    cut = result.strong.lq_cut
    vcut = result.strong.value_cut
    shown = list(cut.index[:30])
    feedback.pushInfo(
        Layers.tr("Strong-cluster cut-offs (LQ ≥ max(1, LQ percentile), value > value percentile): {}{}").format(
            "; ".join(Layers.tr("{}: LQ {:.3g}, value {:.3g}").format(i, cut[i], vcut[i]) for i in shown),
            " …" if len(cut) > 30 else "",
        )
    )
    prof = result.profile
    n = len(prof)
    feedback.pushInfo(Layers.tr("Specializations (LQ ≥ {threshold:g}), highest first:").format(threshold=threshold))
    for district in prof.index[:MAX_LOG_DISTRICTS]:
        text = prof.at[district, "specializations"]
        shown_text = Layers.tr("undefined") if text is None else (text or Layers.tr("none"))
        feedback.pushInfo(f"  {district}: {shown_text}")
    if n > MAX_LOG_DISTRICTS:
        feedback.pushInfo(Layers.tr("  … and %n more districts (see the output).", "", n - MAX_LOG_DISTRICTS))


def district_columns(
    result, industries: List[str], n_districts: int, protected: List[str], feedback, significant=None
) -> Tuple[List[Tuple[str, str]], pd.DataFrame, Dict[str, Dict[str, str]]]:
    """The new columns of the districts: (name, kind) pairs, the values (a row per district
    in reading order) and the fields of each industry by prefix (``names["lq_"][industry]``).
    ``protected``: input field names the new ones must not take (the key and the fields
    read); ``significant``: the flags of a reliability test (fields lq_sig_<industry>)."""
    two = result.two_periods
    fixed = ["n_specializations", "specializations", "top_industry", "district_total", "share_of_region", "lq_ceiling"]
    if two:
        fixed += ["n_specializations_base", "specializations_base"]
    prefixes = ["lq_"] + (["lq_base_", "lq_change_", "trend_"] if two else [])
    if significant is not None:
        prefixes.append("lq_sig_")
    names = lq_fields.field_names(industries, prefixes, taken=fixed + protected)
    feedback.pushInfo(Layers.tr("Output fields per industry:"))
    for ind in industries:
        others = ", ".join(names[p][ind] for p in prefixes[1:])
        more = " " + Layers.tr("(also {})").format(others) if others else ""
        feedback.pushInfo(f"  {ind} → {names['lq_'][ind]}{more}")

    cols: Dict[str, object] = {}
    kinds: List[Tuple[str, str]] = []
    end = result.end
    for ind in industries:
        cols[names["lq_"][ind]] = end.lq[ind].to_numpy()
        kinds.append((names["lq_"][ind], "double"))
        if two:
            cols[names["lq_base_"][ind]] = result.base.lq[ind].to_numpy()
            cols[names["lq_change_"][ind]] = result.change[ind].to_numpy()
            cols[names["trend_"][ind]] = result.trend[ind].to_numpy()
            kinds += [
                (names["lq_base_"][ind], "double"),
                (names["lq_change_"][ind], "double"),
                (names["trend_"][ind], "string"),
            ]
        if significant is not None:
            cols[names["lq_sig_"][ind]] = nullable(significant[ind]).to_numpy()
            kinds.append((names["lq_sig_"][ind], "bool"))
    prof = result.profile
    cols["n_specializations"] = nullable(prof["n_specializations"]).to_numpy()
    cols["specializations"] = prof["specializations"].to_numpy()
    cols["top_industry"] = prof["top_industry"].to_numpy()
    cols["district_total"] = end.district_total.to_numpy()
    cols["share_of_region"] = end.share_of_region.to_numpy()
    cols["lq_ceiling"] = end.lq_ceiling.to_numpy()
    kinds += [
        ("n_specializations", "int"),
        ("specializations", "string"),
        ("top_industry", "string"),
        ("district_total", "double"),
        ("share_of_region", "double"),
        ("lq_ceiling", "double"),
    ]
    if two:
        cols["n_specializations_base"] = nullable(result.profile_base["n_specializations"]).to_numpy()
        cols["specializations_base"] = result.profile_base["specializations"].to_numpy()
        kinds += [("n_specializations_base", "int"), ("specializations_base", "string")]
    extra = pd.DataFrame(cols, index=pd.RangeIndex(n_districts))
    return kinds, extra, names


def table_rows(result, id_field: str, id_def: QgsField, raw_ids: list, more=()) -> Tuple[QgsFields, object, int]:
    """The long table: its fields (the key ``id_field`` as defined by ``id_def``, renamed
    district_<key> when it clashes with a column; industry, value, share, lq …), its rows (an
    iterator, district-major; ``raw_ids``: each district's key as read) and their number.
    ``more``: further (name, kind, district × industry frame) columns, e.g. lq_low."""
    two = result.two_periods
    end = result.end
    frames = {"value": end.values, "share": end.share, "share_of_industry": end.share_of_industry, "lq": end.lq}
    kinds = [("value", "double"), ("share", "double"), ("share_of_industry", "double"), ("lq", "double")]
    if two:
        frames.update(
            {
                "value_base": result.base.values,
                "lq_base": result.base.lq,
                "lq_change": result.change,
                "trend": result.trend,
            }
        )
        kinds += [("value_base", "double"), ("lq_base", "double"), ("lq_change", "double"), ("trend", "string")]
    frames.update({"specialized": result.specialized, "strong": result.strong.flags})
    kinds += [("specialized", "bool"), ("strong", "bool")]
    for name, kind, frame in more:
        frames[name] = frame
        kinds.append((name, kind))
    own = {"industry"} | {k for k, _ in kinds}
    fields = QgsFields()
    key_def = QgsField(id_def)
    key_def.setName(id_field if id_field.lower() not in own else f"district_{id_field}")
    fields.append(key_def)
    fields.append(QgsField("industry", QVariant.String))
    for name, kind in kinds:
        fields.append(QgsField(name, FIELD_TYPES[kind]))
    n_d, n_i = end.lq.shape
    ids = np.empty(n_d, dtype=object)
    ids[:] = raw_ids
    columns = [np.repeat(ids, n_i).tolist(), [str(c) for c in end.lq.columns] * n_d]
    for name, _ in kinds:
        columns.append(flat_cells(frames[name]))
    return fields, zip(*columns), n_d * n_i
