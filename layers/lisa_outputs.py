"""The outputs of spatial autocorrelation, built from ``core.moran.autocorrelation``'s result:
the districts' new columns, the global table's row and the log lines. Written by
``TerritorialAlgorithm.write_output`` / ``write_table``; messages in the context "Layers"."""

import pandas as pd
from qgis.core import QgsField, QgsFields
from qgis.PyQt.QtCore import QVariant

from ..core import moran
from . import Layers

#: the districts' new fields (name, kind)
KINDS = [
    ("lisa_i", "double"),
    ("lisa_z", "double"),
    ("lisa_p", "double"),
    ("lisa_quadrant", "string"),
    ("lisa_class", "string"),
]
GLOBAL_NUMBERS = ("moran_i", "expected_i", "z_norm", "p_norm", "z_rand", "p_rand", "p_sim")


def district_columns(result, label_of) -> pd.DataFrame:
    """lisa_i, lisa_z, lisa_p, lisa_quadrant (HH/LH/LL/HL, NULL for islands and NULL values)
    and lisa_class (the class text, translated by ``label_of``), one row per district."""
    local = result.local
    return pd.DataFrame(
        {
            "lisa_i": local.i,
            "lisa_z": local.z_sim,
            "lisa_p": local.p_sim,
            "lisa_quadrant": [moran.QUADRANTS.get(int(q)) for q in local.q],
            "lisa_class": [label_of(c) for c in local.classes],
        }
    )


def global_fields() -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("field", QVariant.String))
    for name in GLOBAL_NUMBERS:
        fields.append(QgsField(name, QVariant.Double))
    fields.append(QgsField("n", QVariant.Int))
    return fields


def global_row(result, field: str) -> list:
    """The global table's one row (NaN → NULL), in :func:`global_fields`' order."""
    g = result.global_
    row = [field, g.i, g.expected, g.z_norm, g.p_norm, g.z_rand, g.p_rand, g.p_sim, g.n]
    return [None if isinstance(v, float) and v != v else v for v in row]


def log_global(result, field: str, feedback, label_of) -> None:
    """Global Moran's I, its tests and the count of each LISA class, in the log."""
    g = result.global_
    feedback.pushInfo(
        Layers.tr("Global Moran's I of {field} = {i:.4f} (expected {e:.4f}, n = {n}).").format(
            field=field, i=g.i, e=g.expected, n=g.n
        )
    )
    if g.z_norm == g.z_norm and g.z_rand == g.z_rand:
        feedback.pushInfo(
            Layers.tr("Normality: z = {zn:.3f}, p = {pn:.4g}; randomisation: z = {zr:.3f}, p = {pr:.4g}.").format(
                zn=g.z_norm, pn=g.p_norm, zr=g.z_rand, pr=g.p_rand
            )
        )
    else:
        feedback.pushWarning(
            Layers.tr(
                "Moran's I has no variance on this graph (e.g. every district neighbours every other): "
                "z and p are undefined (NULL)."
            )
        )
    if g.permutations:
        feedback.pushInfo(
            Layers.tr("Permutations: pseudo p = {p:.4g} ({perms} permutations).").format(
                p=g.p_sim, perms=g.permutations
            )
        )
    counts = {c: result.local.classes.count(c) for c in moran.CLASSES}
    feedback.pushInfo(
        Layers.tr("LISA classes (significant at p ≤ {cutoff:.4g}): {counts}.").format(
            cutoff=result.local.cutoff,
            counts=", ".join("{} {}".format(label_of(c), k) for c, k in counts.items() if k),
        )
    )
