"""The district graph from polygons or from a neighbours table (QGIS glue for ``core.graph``).

:func:`district_graph` builds a :class:`core.graph.Neighbours` from the features' polygons:

* **queen** (METHOD 0): two districts neighbour when their polygons share a vertex (the
  same coordinates); **rook** (1): when they share an edge (two consecutive vertices) — the
  definitions of libpysal's and GeoDa's contiguity weights, computed vectorised from the
  polygons' WKB (``core.contiguity``), in the layer's own coordinates (any CRS, none needed).
* **TOLERANCE** (metres, contiguity only): with a tolerance > 0, polygons whose boundaries
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
* **k nearest** (2) and **distance band** (3): between the polygons' centroids (a point on
  the surface when the centroid falls outside the polygon), with ellipsoidal distances
  (QgsDistanceArea on the context's ellipsoid, WGS 84 by default) whatever the layer's CRS;
  candidates from a k-d tree of Earth-centred coordinates (``core.graph``), exact.

Invalid polygons are repaired (makeValid) for the graph only, with a log line naming the
district; a district without usable geometry is an island (logged).

:func:`graph_from_table` reads a NEIGHBOURS table shaped like the ``neighbours``
algorithm's OUTPUT_TABLE (``district``, ``neighbour``, ``weight``), districts matched by
their key text (``core.naming.key_text``).
"""

from typing import List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRectangle,
    QgsSpatialIndex,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ..core import contiguity, graph
from ..core.graph import Neighbours
from ..core.naming import key_text, name_list
from . import Layers, messages
from .measure import lonlat_distance_area, to_lonlat, usable_geometry
from .read import read_columns

QUEEN, ROOK, KNN, BAND = 0, 1, 2, 3
CONTIGUITY = (QUEEN, ROOK)
_CHECK = 200  # rows per cancel check / progress step
ROOK_TOLERANCE_FACTOR = 2.0  # rook with tolerance: shared stretch longer than this × tolerance


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
        return _contiguity(geoms, crs, method == ROOK, float(tolerance or 0.0), context, feedback, progress)
    if method in (KNN, BAND):
        return _by_distance(geoms, crs, method, int(k), float(distance or 0.0), labels, context, feedback)
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


# --- contiguity --------------------------------------------------------------------


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


def _contiguity(geoms, crs, rook: bool, tolerance: float, context, feedback, progress) -> Neighbours:
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


# --- k nearest, distance band ------------------------------------------------------


def _by_distance(geoms, crs, method, k, distance, labels, context, feedback) -> Neighbours:
    n = len(geoms)
    if crs is None or not crs.isValid():
        raise QgsProcessingException(
            Layers.tr(
                "The layer has no coordinate reference system, so distances between districts cannot be "
                "measured. Set its CRS (Layer Properties → Source) and run again."
            )
        )
    ct = to_lonlat(crs, context)
    lon = np.full(n, np.nan)
    lat = np.full(n, np.nan)
    for r, g in enumerate(geoms):
        if g is None:
            continue
        c = g.centroid()
        if c.isNull() or c.isEmpty() or not g.intersects(c):
            c = g.pointOnSurface()
        if c.isNull() or c.isEmpty():
            continue
        try:
            p = ct.transform(c.asPoint())
        except QgsCsException:
            feedback.pushWarning(
                Layers.tr("{label}: its centre could not be transformed to longitude/latitude; no neighbours.").format(
                    label=labels[r]
                )
            )
            continue
        lon[r], lat[r] = p.x(), p.y()
    rows = np.flatnonzero(~np.isnan(lon))
    ll = [QgsPointXY(lon[r], lat[r]) for r in rows]
    da = lonlat_distance_area(context, feedback)
    to_m = da.convertLengthMeasurement(1.0, QgsUnitTypes.DistanceMeters)
    line = da.measureLine

    def measure(i, j):
        if feedback.isCanceled():
            raise QgsProcessingException(Layers.tr("Cancelled."))
        out = np.fromiter((line(ll[a], ll[b]) for a, b in zip(i.tolist(), j.tolist())), dtype=float, count=len(i))
        return out * to_m

    xyz = graph.lonlat_to_xyz(lon[rows], lat[rows])
    if method == KNN:
        sub = graph.k_nearest(xyz, k, measure)
    else:
        sub = graph.distance_band(xyz, distance, measure)
    feedback.pushInfo(
        Layers.tr("Distances between centroids: ellipsoidal ({ellipsoid}).").format(ellipsoid=da.ellipsoid())
    )
    return graph.from_pairs(n, rows[sub.i], rows[sub.j], sub.w, symmetric=False)


# --- a neighbours table --------------------------------------------------------------


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
