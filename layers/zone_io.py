"""Contiguous cluster zones: reading the long LQ table, writing the dissolved zones and the
members table (QGIS glue for ``core.zones``; messages in the translation context "Layers")."""

from typing import Dict, List, Optional, Sequence

import numpy as np
from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsProcessingException
from qgis.PyQt.QtCore import QVariant

from ..core.naming import name_list
from . import Layers
from .long_table import keys as key_column, numbers
from .read import read_columns
from .write import CHUNK

ZONE_FIELDS = [
    ("industry", QVariant.String),
    ("zone", QVariant.Int),
    ("n_districts", QVariant.Int),
    ("members", QVariant.String),
    ("mean_lq", QVariant.Double),
    ("weighted_lq", QVariant.Double),
    ("total_value", QVariant.Double),
    ("share", QVariant.Double),
]
MEMBER_FIELDS = [
    ("district", QVariant.String),
    ("industry", QVariant.String),
    ("zone", QVariant.Int),
    ("lq", QVariant.Double),
]


def fields_of(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def read_lq_table(source, spec: Dict[str, str], keys: Sequence[str], feedback, progress=(30.0, 40.0)) -> Dict:
    """The LQ table's rows that belong to the layer's districts: ``rows`` (the district's row),
    ``industries``, ``lq`` (NaN = NULL), ``values`` and ``flags`` (None when not asked for),
    and the table's ``unmatched`` keys. ``spec``: what → field (id, industry, lq, value, flag;
    empty = not used), ``what`` keyed by the parameter's label for messages."""
    names = [spec[k] for k in ("id", "industry", "lq", "value", "flag") if spec.get(k)]
    n_rows, cols = read_columns(source, names, feedback, progress)
    if not n_rows:
        raise QgsProcessingException(Layers.tr("{what} has no rows.").format(what=spec["what"]))
    district = key_column(cols[spec["id"]])
    industry = key_column(cols[spec["industry"]])
    if any(i is None for i in industry):
        raise QgsProcessingException(
            Layers.tr("{what}: the industry field '{field}' is NULL in some rows: fill or remove them.").format(
                what=spec["what"], field=spec["industry"]
            )
        )
    row_of = {k: r for r, k in enumerate(keys)}
    rows = np.array([row_of.get(d, -1) if d is not None else -1 for d in district], dtype=np.int64)
    unmatched = sorted({str(d) for d, r in zip(district, rows) if r < 0})
    keep = rows >= 0
    out = {
        "rows": rows[keep],
        "industries": [i for i, k in zip(industry, keep) if k],
        "lq": numbers(cols[spec["lq"]])[keep],
        "values": numbers(cols[spec["value"]])[keep] if spec.get("value") else None,
        "flags": None,
        "unmatched": unmatched,
    }
    if spec.get("flag"):
        flags = [flag(v) for v in cols[spec["flag"]]]
        out["flags"] = [f for f, k in zip(flags, keep) if k]
    return out


TRUE_TEXTS = {"true", "t", "yes", "y", "1", "да"}


def flag(value) -> Optional[bool]:
    """A yes/no cell: NULL → None; text true/yes/1 (any case) → True, other text → False."""
    if value is None or isinstance(value, QVariant):
        return None
    if isinstance(value, str):
        return value.strip().lower() in TRUE_TEXTS
    return bool(value)


def log_table(table: Dict, result, keys: Sequence[str], id_field: str, feedback) -> None:
    if table["unmatched"]:
        feedback.pushWarning(
            Layers.tr(
                "%n key(s) of the LQ table match no district (field '{id_field}') and are ignored: {names}.",
                "",
                len(table["unmatched"]),
            ).format(id_field=id_field, names=name_list(table["unmatched"]))
        )
    if result.undefined:
        shown = name_list(["{} / {}".format(keys[r], i) for r, i in result.undefined])
        feedback.pushInfo(
            Layers.tr(
                "%n undefined (NULL) quotient(s), never a specialization: {shown}.", "", len(result.undefined)
            ).format(shown=shown)
        )


def zone_features(result, keys: Sequence[str], geoms: Sequence[Optional[QgsGeometry]], fields: QgsFields, feedback):
    """One feature per zone: the union of its members' polygons and the zone's values."""
    out: List[QgsFeature] = []
    for t, z in enumerate(result.zones.itertuples(index=False)):
        if t % CHUNK == 0 and feedback.isCanceled():
            raise QgsProcessingException(Layers.tr("Cancelled."))
        parts = [geoms[r] for r in z.rows if geoms[r] is not None]
        geom = QgsGeometry.unaryUnion(parts) if parts else QgsGeometry()
        if not geom.isNull():
            geom.convertToMultiType()
        f = QgsFeature(fields)
        f.setGeometry(geom)
        f.setAttributes(
            [
                z.industry,
                int(z.zone),
                int(z.n_districts),
                ", ".join(keys[r] for r in z.rows),
                _num(z.mean_lq),
                _num(z.weighted_lq),
                _num(z.total_value),
                _num(z.share),
            ]
        )
        out.append(f)
    return out


def zones_renderer(result, legend_title: str):
    """The zones drawn one colour per industry (those that have a zone); None without zones."""
    from ..maps import styles

    industries = [i for i in result.industries if i in set(result.zones["industry"])]
    if not industries:
        return None
    colors = styles.qualitative_colors(len(industries))
    return styles.categorized("industry", industries, industries, colors, legend_title=legend_title)


def member_rows(result, keys: Sequence[str]):
    m = result.members
    return zip([keys[r] for r in m["row"].tolist()], m["industry"].tolist(), m["zone"].tolist(), m["lq"].tolist())


def log_zones(result, keys: Sequence[str], threshold: float, min_districts: int, feedback, limit: int = 100) -> None:
    for z in result.zones.head(limit).itertuples(index=False):
        feedback.pushInfo(
            Layers.tr(
                "{industry}, zone {zone}: %n district(s) ({names}), mean LQ {mean:.2f}.", "", int(z.n_districts)
            ).format(industry=z.industry, zone=z.zone, names=name_list([keys[r] for r in z.rows]), mean=z.mean_lq)
        )
    if len(result.zones) > limit:
        feedback.pushInfo(Layers.tr("… and %n more zones.", "", len(result.zones) - limit))
    feedback.pushInfo(
        Layers.tr(
            "{zones} zone(s) of at least {min} contiguous districts with LQ ≥ {threshold:g} in {industries} of "
            "{all} industries; {pairs} (district, industry) specializations, {singles} group(s) too small to be zones."
        ).format(
            zones=len(result.zones),
            min=min_districts,
            threshold=threshold,
            industries=result.zones["industry"].nunique(),
            all=len(result.industries),
            pairs=result.specialised,
            singles=result.singles,
        )
    )


def _num(x):
    return None if x is None or x != x else float(x)
