"""The district graph from polygons or from a neighbours table (QGIS glue for ``core.graph``).

:func:`district_graph` builds a :class:`core.graph.Neighbours` from the features' polygons:

* **queen** (METHOD 0) and **rook** (1): polygons sharing a vertex / an edge, with an
  optional snapping **TOLERANCE** in metres — :mod:`.polygon_contiguity`;
* **k nearest** (2) and **distance band** (3): between the polygons' centroids, with
  ellipsoidal distances — :mod:`.distance_graph`.

Invalid polygons are repaired (makeValid) for the graph only, with a log line naming the
district; a district without usable geometry is an island (logged).

:func:`graph_from_table` (defined in :mod:`.neighbours_table`, re-exported here where the
algorithms and tests import it) reads a NEIGHBOURS table shaped like the ``neighbours``
algorithm's OUTPUT_TABLE (``district``, ``neighbour``, ``weight``), districts matched by
their key text (``core.naming.key_text``). :func:`log_graph` logs a graph's islands,
components and neighbour counts.
"""

from typing import List, Optional, Sequence

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProcessingException

from ..core import graph
from ..core.graph import Neighbours
from ..core.naming import name_list
from . import Layers
from .polygon_contiguity import contiguity_graph
from .distance_graph import distance_graph
from .measure import usable_geometry
from .neighbours_table import graph_from_table  # noqa: F401  (re-exported: adjacency.graph_from_table)

QUEEN, ROOK, KNN, BAND = 0, 1, 2, 3
CONTIGUITY = (QUEEN, ROOK)


def method_names() -> List[str]:
    """The METHOD options, translated (index = method)."""
    return [
        Layers.tr("Queen contiguity (a shared point)"),
        Layers.tr("Rook contiguity (a shared edge)"),
        Layers.tr("K nearest neighbours (centroids)"),
        Layers.tr("Distance band (centroids)"),
    ]


def district_graph(
    features: Sequence,
    crs: QgsCoordinateReferenceSystem,
    method: int,
    tolerance: float = 0.0,
    k: int = 6,
    distance: float = 0.0,
    context=None,
    feedback=None,
    labels: Optional[Sequence[str]] = None,
    progress=(30.0, 60.0),
    geometries: Optional[Sequence[Optional[QgsGeometry]]] = None,
) -> Neighbours:
    """The graph of ``features`` (rows in their order) by ``method`` (QUEEN, ROOK, KNN,
    BAND); ``tolerance`` and ``distance`` in metres; ``labels`` name districts in log lines;
    ``geometries``: the features' polygons already repaired (:func:`usable_geometries`)."""
    labels = list(labels) if labels is not None else [Layers.tr("feature {}").format(f.id()) for f in features]
    geoms = list(geometries) if geometries is not None else usable_geometries(features, labels, feedback)
    if method in CONTIGUITY:
        return contiguity_graph(geoms, crs, method == ROOK, float(tolerance or 0.0), context, feedback, progress)
    if method in (KNN, BAND):
        return distance_graph(geoms, crs, method == KNN, int(k), float(distance or 0.0), labels, context, feedback)
    raise QgsProcessingException(Layers.tr("Unknown neighbours method {}.").format(method))


def usable_geometries(features: Sequence, labels: Sequence[str], feedback) -> List[Optional[QgsGeometry]]:
    """Each feature's polygon, repaired (makeValid) when invalid, None without one (logged)."""
    geoms = [
        usable_geometry(f, label, feedback, Layers.tr("district neighbours")) for f, label in zip(features, labels)
    ]
    missing = [labels[r] for r, g in enumerate(geoms) if g is None]
    if missing:
        feedback.pushWarning(
            Layers.tr("%n district(s) without geometry have no neighbours: {names}.", "", len(missing)).format(
                names=name_list(missing)
            )
        )
    return geoms


def log_graph(nb: Neighbours, labels: Sequence[str], feedback, limit: int = 50) -> None:
    """Log lines: islands by name, connected components, min/mean/max neighbours."""
    comps, lo, mean, hi, n_islands = graph.summary(nb)
    isl = graph.islands(nb)
    if isl.size:
        names = [labels[r] for r in isl]
        feedback.pushWarning(
            Layers.tr("%n island(s) (districts without neighbours): {names}.", "", int(isl.size)).format(
                names=name_list(names, limit)
            )
        )
    feedback.pushInfo(
        Layers.tr(
            "{n} districts, {pairs} neighbour pairs; neighbours per district: min {lo}, mean {mean:.2f}, max {hi}."
        ).format(n=nb.n, pairs=len(nb), lo=lo, mean=mean, hi=hi)
    )
    feedback.pushInfo(Layers.tr("%n connected component(s).", "", comps))
