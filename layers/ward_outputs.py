"""The Ward clustering's outputs besides the regions: where the dendrogram goes, the
agglomeration schedule and the cluster profiles as tables (``core.ward_tables``).

The dendrogram's default. The dialog offers the file output as "[Save to temporary file]"
(the value ``TEMPORARY_OUTPUT``): then the dendrogram is written **beside the clusters
output**, ``<output name>_dendrogram.svg`` (``<file>_<layer>_dendrogram.svg`` for a layer in
a GeoPackage), and only when that output is itself temporary (or a memory layer or a
database) in a temporary file. A path is used as given; no value (the dialog's "Skip
output", or DENDROGRAM left out in qgis_process / processing.run) draws none. The file is
private until the run succeeds, as every output (``layers.outputs``).
"""

import os
import re

import pandas as pd
from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
)

from ..core import ward_tables
from ..core.naming import unique_names
from . import Layers, destination, values
from .write import FIELD_TYPES

OUTPUT, DENDROGRAM, LINKAGE_TABLE, PROFILE_TABLE = "OUTPUT", "DENDROGRAM", "LINKAGE_TABLE", "PROFILE_TABLE"
SUFFIX = "_dendrogram.svg"
SCHEDULE_KINDS = [
    ("step", "int"),
    ("item_a", "string"),
    ("item_b", "string"),
    ("height", "double"),
    ("size", "int"),
    ("cluster", "int"),
]


def add_parameters(alg) -> None:
    """The outputs: OUTPUT (the regions), DENDROGRAM, LINKAGE_TABLE, PROFILE_TABLE."""
    alg.add(
        QgsProcessingParameterFeatureSink(OUTPUT, Layers.tr("Ward clusters"), QgsProcessing.TypeVectorPolygon),
        Layers.tr("The regions with all input fields plus cluster and distance_to_centre."),
    )
    alg.add(
        QgsProcessingParameterFileDestination(
            DENDROGRAM,
            Layers.tr("Dendrogram"),
            fileFilter=Layers.tr("SVG files (*.svg);;PNG files (*.png);;PDF files (*.pdf)"),
            optional=True,
            createByDefault=True,
        ),
        Layers.tr(
            "Optional file: .svg, .png or .pdf (another extension is refused). The default "
            "(temporary file, TEMPORARY_OUTPUT) writes it beside the Ward clusters output as "
            "the output's name + _dendrogram.svg (clusters.gpkg: clusters_dendrogram.svg) — in a temporary "
            "file only when that output is "
            "temporary; skipped or left out: no dendrogram."
        ),
    )
    alg.add(
        QgsProcessingParameterFeatureSink(
            LINKAGE_TABLE,
            Layers.tr("Agglomeration schedule"),
            QgsProcessing.TypeVector,
            optional=True,
            createByDefault=True,
        ),
        Layers.tr(
            "Optional table: the agglomeration schedule, one row per merge (step, item_a, "
            "item_b, height, size, cluster)."
        ),
    )
    alg.add(
        QgsProcessingParameterFeatureSink(
            PROFILE_TABLE,
            Layers.tr("Cluster profiles"),
            QgsProcessing.TypeVector,
            optional=True,
            createByDefault=True,
        ),
        Layers.tr("Optional table: one row per cluster (cluster, size, members, mean_ and zmean_ of every indicator)."),
    )


def beside(output_value) -> str:
    """The dendrogram's path beside the output ``output_value`` names ('' when that output
    is no file: temporary, memory, database)."""
    dest = destination.plan_layer(output_value)
    if dest.kind == destination.DIRECT or not dest.path:
        return ""
    stem = os.path.splitext(dest.path)[0]
    if dest.layer:
        stem += "_" + re.sub(r"[^\w.-]+", "_", dest.layer)
    return stem + SUFFIX


def dendrogram_parameters(parameters: dict, name: str, output: str) -> dict:
    """``parameters`` with the dendrogram's default resolved: ``TEMPORARY_OUTPUT`` becomes
    the path beside the output ``output`` when it is a file (see the module doc)."""
    if destination.sink_value(parameters.get(name)) != "TEMPORARY_OUTPUT":
        return parameters
    path = beside(parameters.get(output))
    return {**parameters, name: path} if path else parameters


def write_schedule(alg, parameters, name, context, result, feedback):
    """The agglomeration schedule table (one row per merge); None when not asked for."""
    return write_frame(alg, parameters, name, context, ward_tables.schedule(result), SCHEDULE_KINDS, feedback)


def profile_frame(prof, raw: pd.DataFrame):
    """``(frame, kinds)``: cluster, size, members, then mean_ and zmean_ of every indicator
    (names made unique against each other and the first three)."""
    fixed = ["cluster", "size", "members"]
    mean_names = unique_names(list(raw.columns), prefix="mean_", taken=fixed)
    zmean_names = unique_names(list(raw.columns), prefix="zmean_", taken=list(mean_names.values()) + fixed)
    profile = prof.table.copy()
    for col in raw.columns:
        profile[mean_names[col]] = prof.raw_means[col].to_numpy()
    for col in raw.columns:
        profile[zmean_names[col]] = prof.std_means[col].to_numpy()
    kinds = [("cluster", "int"), ("size", "int"), ("members", "string")]
    kinds += [(col, "double") for col in profile.columns[3:]]
    return profile, kinds


def write_profiles(alg, parameters, name, context, prof, raw, feedback):
    """The cluster profiles table; None when not asked for."""
    frame, kinds = profile_frame(prof, raw)
    return write_frame(alg, parameters, name, context, frame, kinds, feedback)


def write_frame(alg, parameters, name, context, frame, kinds, feedback):
    """Write ``frame``'s columns ``kinds`` to the optional table output ``name``."""
    if parameters.get(name) is None:
        return None
    fields = QgsFields()
    for fname, kind in kinds:
        fields.append(QgsField(fname, FIELD_TYPES[kind]))
    rows = values.python_rows(frame[[k for k, _ in kinds]])
    return alg.write_table(parameters, name, context, fields, rows, len(frame), feedback)
