"""K nearest neighbours and distance bands between districts (the KNN/BAND part of :mod:`.adjacency`).

Distances are measured between the polygons' centroids (a point on the surface when the
centroid falls outside the polygon), ellipsoidal (QgsDistanceArea on the context's
ellipsoid, WGS 84 by default) whatever the layer's CRS; candidates come from a k-d tree of
Earth-centred coordinates (``core.graph``), exact.
"""

import numpy as np
from qgis.core import QgsCsException, QgsPointXY, QgsProcessingException, QgsUnitTypes

from ..core import graph
from ..core.graph import Neighbours
from . import Layers
from .measure import lonlat_distance_area, to_lonlat


def distance_graph(geoms, crs, nearest: bool, k: int, distance, labels, context, feedback) -> Neighbours:
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
    if nearest:
        sub = graph.k_nearest(xyz, k, measure)
    else:
        sub = graph.distance_band(xyz, distance, measure)
    feedback.pushInfo(
        Layers.tr("Distances between centroids: ellipsoidal ({ellipsoid}).").format(ellipsoid=da.ellipsoid())
    )
    return graph.from_pairs(n, rows[sub.i], rows[sub.j], sub.w, symmetric=False)
