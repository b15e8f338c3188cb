"""The spatial constraint of the Ward clustering: the contiguity graph of the regions
clustered (``layers.adjacency``), as neighbour pairs in the rows of the clustered matrix.

Regions left out for missing values are left out of the graph too: two regions neighbour
only when they share a boundary (within the snapping tolerance) themselves. A region
without neighbours among those clustered is an island: a cluster of its own (logged).
"""

import numpy as np
from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterNumber

from ..core import constrained_ward
from . import Layers, adjacency, ward_log

SPATIAL_CONSTRAINT = "SPATIAL_CONSTRAINT"
TOLERANCE = "TOLERANCE"
#: SPATIAL_CONSTRAINT option → layers.adjacency method (0: no constraint)
METHODS = {1: adjacency.QUEEN, 2: adjacency.ROOK}


def add_parameters(alg) -> None:
    """SPATIAL_CONSTRAINT (0 none, 1 queen, 2 rook) and TOLERANCE (metres)."""
    alg.add(
        QgsProcessingParameterEnum(
            SPATIAL_CONSTRAINT,
            Layers.tr("Spatial constraint (clusters of contiguous regions)"),
            options=[
                Layers.tr("None"),
                Layers.tr("Queen contiguity (a shared point)"),
                Layers.tr("Rook contiguity (a shared edge)"),
            ],
            defaultValue=0,
        ),
        Layers.tr(
            "0 none (default): regions anywhere may form a cluster; 1 queen / 2 rook: only neighbouring "
            "clusters merge, so every cluster is one contiguous set of regions (a territorial cluster). "
            "A region without neighbours is a cluster of its own."
        ),
    )
    alg.add(
        QgsProcessingParameterNumber(
            TOLERANCE,
            Layers.tr("Snapping tolerance (metres)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=0.0,
            minValue=0.0,
        ),
        Layers.tr(
            "With a spatial constraint: regions whose boundaries do not touch but come within this many "
            "metres still neighbour (boundaries digitised without shared vertices, small gaps). 0: they must touch."
        ),
        advanced=True,
    )


def constraint(alg, parameters, context):
    """``(method, tolerance)`` asked for; method None without a constraint."""
    option = alg.parameterAsEnum(parameters, SPATIAL_CONSTRAINT, context)
    return METHODS.get(option), alg.parameterAsDouble(parameters, TOLERANCE, context)


def clustered_pairs(data, crs, ids, clustered, method, tolerance, context, feedback):
    """The contiguity pairs ``(i, j)`` between the regions ``clustered`` (IDs, in the rows of
    the matrix clustered), from the polygons of ``data`` (keys ``ids`` per feature); logs
    the islands by name."""
    nb = adjacency.district_graph(
        data.features, crs, method, tolerance, context=context, feedback=feedback, labels=ids, progress=(30.0, 35.0)
    )
    position = {key: k for k, key in enumerate(clustered)}
    row_pos = np.array([position.get(key, -1) for key in ids], dtype=np.int64)
    i, j = row_pos[nb.i], row_pos[nb.j]
    keep = (i >= 0) & (j >= 0)
    i, j = i[keep], j[keep]
    n = len(clustered)
    islands = constrained_ward.island_rows(n, i, j)
    parts = int(constrained_ward.components(n, i, j).max()) + 1 if n else 0
    ward_log.log_islands([str(clustered[r]) for r in islands], parts, feedback)
    return i, j
