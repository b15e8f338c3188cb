"""The district graph read from a neighbours table (the NEIGHBOURS part of :mod:`.adjacency`).

:func:`graph_from_table` reads a table shaped like the ``neighbours`` algorithm's
OUTPUT_TABLE (``district``, ``neighbour``, ``weight``), districts matched by their key text
(``core.naming.key_text``).
"""

from typing import List, Sequence

import numpy as np
from qgis.core import QgsProcessingException

from ..core import graph
from ..core.graph import Neighbours
from ..core.naming import key_text, name_list
from . import Layers
from .read import read_columns


def graph_from_table(
    source,
    keys: Sequence[str],
    feedback,
    what: str = "NEIGHBOURS",
    district_field: str = "district",
    neighbour_field: str = "neighbour",
    weight_field: str = "weight",
    progress=(30.0, 40.0),
) -> Neighbours:
    """The graph of the districts ``keys`` (the layer's key texts, in row order) from a
    table of (district, neighbour[, weight]) rows: pairs as listed (not symmetrised, weight
    1 without a weight field); a listed district that is not among ``keys`` is refused by
    name; a district of the layer the table never lists is an island. ``what`` names the
    parameter in messages (e.g. "Neighbours table [NEIGHBOURS]")."""
    fields = source.fields()
    for name in (district_field, neighbour_field):
        if fields.lookupField(name) < 0:
            raise QgsProcessingException(
                Layers.tr(
                    "{what}: the table has no field '{name}'. Give a table shaped like the output of "
                    "District neighbours (fields district, neighbour, weight)."
                ).format(what=what, name=name)
            )
    has_w = fields.lookupField(weight_field) >= 0
    names = [district_field, neighbour_field] + ([weight_field] if has_w else [])
    n_rows, cols = read_columns(source, names, feedback, progress)
    row_of = {key: r for r, key in enumerate(keys)}
    ii = np.empty(n_rows, dtype=np.int64)
    jj = np.empty(n_rows, dtype=np.int64)
    unknown: List[str] = []
    for t, (a, b) in enumerate(zip(cols[district_field], cols[neighbour_field])):
        ka, kb = _key(a), _key(b)
        if ka is None or kb is None:
            raise QgsProcessingException(
                Layers.tr("{what}: row {row} has an empty district or neighbour. Fill it or delete the row.").format(
                    what=what, row=t + 1
                )
            )
        for kx in (ka, kb):
            if kx not in row_of and kx not in unknown:
                unknown.append(kx)
        ii[t] = row_of.get(ka, -1)
        jj[t] = row_of.get(kb, -1)
    if unknown:
        raise QgsProcessingException(
            Layers.tr(
                "{what}: %n district(s) of the table are not in the layer: {names}. The table's district and "
                "neighbour values must be the layer's ID field values (the same ID field as when the table "
                "was made).",
                "",
                len(unknown),
            ).format(what=what, names=name_list(unknown))
        )
    w = np.ones(n_rows)
    if has_w:
        for t, v in enumerate(cols[weight_field]):
            try:
                x = float(v)
            except (TypeError, ValueError):
                x = float("nan")
            if not np.isfinite(x) or x < 0:
                raise QgsProcessingException(
                    Layers.tr(
                        "{what}: row {row} ({a} – {b}) has weight '{value}'; weights must be numbers ≥ 0."
                    ).format(what=what, row=t + 1, a=keys[ii[t]], b=keys[jj[t]], value=v)
                )
            w[t] = x
    return graph.from_pairs(len(keys), ii, jj, w, symmetric=False)


def _key(value):
    from qgis.PyQt.QtCore import QVariant

    if isinstance(value, QVariant):
        return None
    return key_text(value)
