"""Contiguity of districts from their polygons (the queen/rook part of :mod:`.adjacency`).

* **queen**: two districts neighbour when their polygons share a vertex (the same
  coordinates); **rook**: when they share an edge (two consecutive vertices) — the
  definitions of libpysal's and GeoDa's contiguity weights, computed vectorised from the
  polygons' WKB (``core.contiguity``), in the layer's own coordinates (any CRS, none needed).
* **TOLERANCE** (metres): with a tolerance > 0, polygons whose boundaries
  do not share vertices but come within the tolerance still neighbour (boundaries digitised
  separately, a vertex lying on the other's edge, slivers, small gaps): queen — the GEOS
  distance between the polygons is at most the tolerance; rook — moreover, the part of one
  polygon's boundary lying within the tolerance of the other is longer than twice the
  tolerance (a corner passing within the tolerance gives at most that much). Candidates come
  from a QgsSpatialIndex of the bounding boxes (grown by the tolerance), each polygon is
  tested through a prepared GEOS engine. The tolerance is measured in metres: a projected
  layer's units are converted (feet …); a geographic layer's polygons are projected, for
  this test only, to an azimuthal equidistant projection centred on the layer's extent
  (distances from the centre exact, others within a few per cent over a country; a snap
  tolerance needs no more). Every pair sharing a vertex is within any tolerance, so a
  tolerance only adds neighbours.
"""

from typing import List, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsSpatialIndex,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ..core import contiguity, graph
from ..core.graph import Neighbours
from . import Layers, messages
from .measure import to_lonlat

_CHECK = 200  # rows per cancel check / progress step
ROOK_TOLERANCE_FACTOR = 2.0  # rook with tolerance: shared stretch longer than this × tolerance


def _tolerance_label() -> str:
    """TOLERANCE as the dialog names it (the description given in ``graph_params``)."""
    return messages.label_text(Layers.tr("Snapping tolerance (metres)"), "TOLERANCE")


def _metric(geoms, crs, tolerance, context, feedback):
    """The geometries and the tolerance in the units of a metric frame (see the module)."""
    if crs is None or not crs.isValid():
        raise QgsProcessingException(
            Layers.tr(
                "The layer has no coordinate reference system, so a snapping tolerance in metres cannot be "
                "measured. Set its CRS (Layer Properties → Source), or set {tolerance} to 0."
            ).format(tolerance=_tolerance_label())
        )
    if not crs.isGeographic():
        factor = QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceMeters, crs.mapUnits())
        if crs.mapUnits() == QgsUnitTypes.DistanceUnknownUnit or not factor > 0:
            factor = 1.0
        return geoms, tolerance * factor
    extent = QgsRectangle()
    extent.setMinimal()
    for g in geoms:
        if g is not None:
            extent.combineExtentWith(g.boundingBox())
    ct_ll = to_lonlat(crs, context)
    try:
        centre = ct_ll.transform(extent.center())
    except QgsCsException:
        centre = extent.center()
    local = QgsCoordinateReferenceSystem.fromProj(
        "+proj=aeqd +lat_0={:.6f} +lon_0={:.6f} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs".format(
            centre.y(), centre.x()
        )
    )
    ct = QgsCoordinateTransform(crs, local, context.transformContext())
    out = []
    for g in geoms:
        if g is None:
            out.append(None)
            continue
        g = QgsGeometry(g)
        try:
            g.transform(ct)
        except QgsCsException:
            g = None
        out.append(g)
    feedback.pushInfo(
        Layers.tr(
            "Tolerance measured in metres in an azimuthal equidistant projection centred on {lat:.3f}°, {lon:.3f}°."
        ).format(lat=centre.y(), lon=centre.x())
    )
    return out, tolerance


def contiguity_graph(geoms, crs, rook: bool, tolerance: float, context, feedback, progress) -> Neighbours:
    n = len(geoms)
    if tolerance < 0:
        raise QgsProcessingException(
            Layers.tr("{tolerance} must be 0 or more metres, not {}.").format(tolerance, tolerance=_tolerance_label())
        )
    if tolerance == 0:
        return _shared(geoms, rook, feedback)
    geoms, tol = _metric(geoms, crs, tolerance, context, feedback)
    index = QgsSpatialIndex()
    boxes: List[Optional[QgsRectangle]] = []
    for r, g in enumerate(geoms):
        box = None if g is None else g.boundingBox().buffered(tol)
        boxes.append(box)
        if box is not None:
            index.addFeature(r, box)
    pi: List[int] = []
    pj: List[int] = []
    step = (progress[1] - progress[0]) / n if n else 0
    for a in range(n):
        if a % _CHECK == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(Layers.tr("Cancelled."))
            feedback.setProgress(progress[0] + a * step)
        if geoms[a] is None:
            continue
        cands = sorted(b for b in index.intersects(boxes[a]) if b > a)
        if cands:
            test = _PairTest(geoms[a], rook, tol)
            for b in cands:
                if test.neighbours(geoms[b].constGet()):
                    pi.append(a)
                    pj.append(b)
    return graph.from_pairs(n, np.array(pi, dtype=np.int64), np.array(pj, dtype=np.int64))


def _shared(geoms, rook: bool, feedback) -> Neighbours:
    """Tolerance 0: polygons sharing a vertex (queen) or an edge (rook), vectorised."""
    wkbs = []
    for g in geoms:
        if g is None:
            wkbs.append(None)
            continue
        if QgsWkbTypes.isCurvedType(g.wkbType()):
            g = QgsGeometry(g.constGet().segmentize())
        wkbs.append(bytes(g.asWkb()))
    if feedback.isCanceled():
        raise QgsProcessingException(Layers.tr("Cancelled."))
    xy, owner, ring = contiguity.vertex_table(wkbs)
    n = len(geoms)
    if rook:
        a, b = contiguity.shared_edge_pairs(n, xy, owner, ring)
    else:
        a, b = contiguity.shared_vertex_pairs(n, xy, owner)
    return graph.from_pairs(n, a, b)


class _PairTest:
    """Is a polygon within the tolerance of the polygon ``geom`` (prepared once)? See the module."""

    def __init__(self, geom: QgsGeometry, rook: bool, tol: float):
        self.geom = geom  # keeps the geometry alive for its engine
        self.engine = QgsGeometry.createGeometryEngine(geom.constGet())
        self.engine.prepareGeometry()
        self.rook = rook
        self.tol = tol
        self._zone = None

    def zone(self):
        """A prepared engine of the polygon buffered by the tolerance (made when first needed)."""
        if self._zone is None:
            self._zone_geom = self.geom.buffer(self.tol, 8)
            self._zone = QgsGeometry.createGeometryEngine(self._zone_geom.constGet())
            self._zone.prepareGeometry()
        return self._zone

    def neighbours(self, other) -> bool:
        if not self.engine.distance(other) <= self.tol:
            return False
        if not self.rook:
            return True
        shared = self.zone().intersection(other.boundary())
        return shared is not None and shared.length() > ROOK_TOLERANCE_FACTOR * self.tol
