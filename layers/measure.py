"""Ellipsoidal areas and distances for the indicator algorithms (not an algorithm).

Areas are measured with QgsDistanceArea on the context's ellipsoid (WGS84 when none is
set), from the layer's own CRS: the same km² for a geographic and a projected layer.
Points (regional centres, capitals) are taken to WGS 84 longitude/latitude and distances
measured on the same ellipsoid, in km. Invalid geometries are repaired (makeValid) for
these computations only, with a log line naming the feature; the output keeps the
original geometry.
"""

from typing import List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsUnitTypes,
    QgsWkbTypes,
)

from . import Layers

DEFAULT_ELLIPSOID = "WGS84"
LONLAT = "EPSG:4326"
_CHUNK = 2000  # features per cancel check


def ellipsoid_name(context, feedback) -> str:
    """The context's ellipsoid, or WGS84 when none ('' or NONE = planar) is set."""
    name = (context.ellipsoid() or "").strip()
    if not name or name.upper() == "NONE":
        feedback.pushInfo(
            Layers.tr("No ellipsoid set in the project/context: measuring on {default_ellipsoid}.").format(
                default_ellipsoid=DEFAULT_ELLIPSOID
            )
        )
        return DEFAULT_ELLIPSOID
    return name


def distance_area(crs: QgsCoordinateReferenceSystem, context, feedback, what: str = "") -> QgsDistanceArea:
    """A QgsDistanceArea measuring ellipsoidally from ``crs`` (``what``, translated, names
    the layer in messages)."""
    if crs is None or not crs.isValid():
        raise QgsProcessingException(
            Layers.tr(
                "{what} has no coordinate reference system, so areas and distances cannot be "
                "measured. Set its CRS (Layer Properties → Source) and run again."
            ).format(what=what or Layers.tr("the layer"))
        )
    da = QgsDistanceArea()
    da.setSourceCrs(crs, context.transformContext())
    name = ellipsoid_name(context, feedback)
    if not da.setEllipsoid(name) or not da.willUseEllipsoid():
        feedback.pushWarning(
            Layers.tr("Unknown ellipsoid '{name}': measuring on {default_ellipsoid}.").format(
                name=name, default_ellipsoid=DEFAULT_ELLIPSOID
            )
        )
        da.setEllipsoid(DEFAULT_ELLIPSOID)
    if not da.willUseEllipsoid():
        raise QgsProcessingException(Layers.tr("Could not set up ellipsoidal measurement."))
    return da


def usable_geometry(feature, label: str, feedback, purpose: str) -> Optional[QgsGeometry]:
    """The feature's geometry, repaired with makeValid when invalid (logged); None when it
    has none or cannot be repaired."""
    if not feature.hasGeometry():
        return None
    geom = feature.geometry()
    if geom.isNull() or geom.isEmpty():
        return None
    if geom.isGeosValid():
        return geom
    fixed = geom.makeValid()
    if fixed.isNull() or fixed.isEmpty():
        feedback.pushWarning(
            Layers.tr("{label}: invalid geometry that could not be repaired; no {purpose}.").format(
                label=label, purpose=purpose
            )
        )
        return None
    feedback.pushWarning(
        Layers.tr(
            "{label}: invalid geometry repaired (makeValid) for the {purpose}; the output keeps the original geometry."
        ).format(label=label, purpose=purpose)
    )
    return fixed


def areas_km2(features: Sequence, labels: Sequence[str], crs, context, feedback) -> np.ndarray:
    """Ellipsoidal area of each feature's polygon in km² (NaN when it has no geometry).

    Invalid polygons are repaired (makeValid, with a log line) before measuring, as in
    :func:`usable_geometry`; the work runs as C-level loops over chunks of features (map),
    so Python adds next to nothing per polygon.
    """
    da = distance_area(crs, context, feedback, Layers.tr("The input layer"))
    feedback.pushInfo(
        Layers.tr("Areas: ellipsoidal ({ellipsoid}), km², from {value}.").format(
            ellipsoid=da.ellipsoid(), value=crs.authid() or Layers.tr("the layer CRS")
        )
    )
    to_km2 = da.convertAreaMeasurement(1.0, QgsUnitTypes.AreaSquareKilometers)
    out = np.full(len(features), np.nan)
    for start in range(0, len(features), _CHUNK):
        if feedback.isCanceled():
            raise QgsProcessingException(Layers.tr("Cancelled."))
        chunk = features[start : start + _CHUNK]
        geoms = list(map(QgsFeature.geometry, chunk))
        empty = list(map(QgsGeometry.isEmpty, geoms))  # a null geometry is empty too
        if any(empty):
            valid = [e or g.isGeosValid() for e, g in zip(empty, geoms)]
        else:
            valid = list(map(QgsGeometry.isGeosValid, geoms))
        for k in [k for k, ok in enumerate(valid) if not ok]:
            fixed = usable_geometry(chunk[k], labels[start + k], feedback, Layers.tr("area computation"))
            geoms[k] = fixed if fixed is not None else QgsGeometry()
            empty[k] = fixed is None
        areas = np.fromiter(map(da.measureArea, geoms), dtype=float, count=len(geoms))
        areas[np.asarray(empty, dtype=bool)] = np.nan
        out[start : start + len(chunk)] = areas
    return out * to_km2


def to_lonlat(crs, context) -> QgsCoordinateTransform:
    return QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(LONLAT), context.transformContext())


def surface_points(features: Sequence, labels: Sequence[str], crs, context, feedback) -> List[Optional[QgsPointXY]]:
    """A point on each polygon's surface, in WGS 84 lon/lat (None when it has no geometry).

    The point is computed on the polygon in lon/lat, so it does not depend on the layer's CRS.
    """
    if crs is None or not crs.isValid():
        raise QgsProcessingException(
            Layers.tr("The input layer has no coordinate reference system: set its CRS and run again.")
        )
    ct = to_lonlat(crs, context)
    out: List[Optional[QgsPointXY]] = []
    for feature, label in zip(features, labels):
        geom = usable_geometry(feature, label, feedback, Layers.tr("regional centre (point on surface)"))
        if geom is None:
            out.append(None)
            continue
        geom = QgsGeometry(geom)
        try:
            geom.transform(ct)
        except QgsCsException:
            feedback.pushWarning(
                Layers.tr(
                    "{label}: its polygon could not be transformed to longitude/latitude; no regional centre."
                ).format(label=label)
            )
            out.append(None)
            continue
        point = geom.pointOnSurface()
        out.append(None if point.isNull() or point.isEmpty() else point.asPoint())
    return out


def single_point(feature, label: str) -> Optional[QgsPointXY]:
    """The point of a point feature; None without geometry; an error for several points."""
    if not feature.hasGeometry() or feature.geometry().isEmpty():
        return None
    geom = feature.geometry()
    if QgsWkbTypes.geometryType(geom.wkbType()) != QgsWkbTypes.PointGeometry:
        raise QgsProcessingException(Layers.tr("{label} is not a point.").format(label=label))
    if geom.isMultipart():
        parts = geom.asMultiPoint()
        if len(parts) != 1:
            raise QgsProcessingException(
                Layers.tr("{label} has %n points; each feature must be a single point.", "", len(parts)).format(
                    label=label
                )
            )
        return QgsPointXY(parts[0])
    return geom.asPoint()


def point_to_lonlat(point: QgsPointXY, ct: QgsCoordinateTransform, label: str) -> QgsPointXY:
    try:
        return ct.transform(point)
    except QgsCsException:
        raise QgsProcessingException(
            Layers.tr("{label} could not be transformed to longitude/latitude: check its CRS.").format(label=label)
        ) from None


def lonlat_distance_area(context, feedback) -> QgsDistanceArea:
    return distance_area(QgsCoordinateReferenceSystem(LONLAT), context, feedback, "WGS 84")


def distance_km(da: QgsDistanceArea, p1: QgsPointXY, p2: QgsPointXY) -> float:
    return da.convertLengthMeasurement(da.measureLine(p1, p2), QgsUnitTypes.DistanceKilometers)
