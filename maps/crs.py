"""The CRS a report map is drawn in (projected, so the scale bar in km is honest), its note
on the page, and the layer's extent in it."""

import math
from typing import Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)

from . import Maps

#: widest extent (degrees of longitude) still drawn in one UTM zone
UTM_MAX_WIDTH = 8.0


def auto_map_crs(
    layer_crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, transform_context=None
) -> Tuple[QgsCoordinateReferenceSystem, str]:
    """The CRS a report map of ``extent`` (in ``layer_crs``) is drawn in, and why.

    A projected layer CRS is kept. A geographic one is replaced: by the UTM zone of the
    extent's centre when the extent spans at most ``UTM_MAX_WIDTH`` degrees of longitude,
    else by a Lambert azimuthal equal-area CRS centred on the extent — so that distances on
    the scale bar are true (in degrees they are not).
    """
    if not layer_crs.isValid():
        return layer_crs, Maps.tr("the layer has no CRS: drawn as is, the scale bar may be wrong")
    if not layer_crs.isGeographic():
        return layer_crs, Maps.tr("the layer's CRS ({})").format(crs_name(layer_crs))
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    geo = extent
    if layer_crs != wgs84:
        try:
            tr = QgsCoordinateTransform(layer_crs, wgs84, transform_context or QgsCoordinateTransformContext())
            geo = tr.transformBoundingBox(extent)
        except Exception:  # noqa: BLE001 — a datum shift of a few metres does not matter here
            geo = extent
    lon = (geo.xMinimum() + geo.xMaximum()) / 2.0
    lat = (geo.yMinimum() + geo.yMaximum()) / 2.0
    width = geo.width()
    if width <= UTM_MAX_WIDTH and -80.0 <= lat <= 84.0:
        zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
        code = (32600 if lat >= 0 else 32700) + zone
        crs = QgsCoordinateReferenceSystem(f"EPSG:{code}")
        if crs.isValid():
            return crs, Maps.tr(
                "UTM zone {zone}{hemisphere} (EPSG:{code}), the zone of the extent's centre: the layer "
                "is in degrees, the extent spans {width:.1f}° of longitude"
            ).format(zone=zone, hemisphere=north_south(lat), code=code, width=width)
    proj = f"+proj=laea +lat_0={lat:.4f} +lon_0={lon:.4f} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    crs = QgsCoordinateReferenceSystem.fromProj(proj)
    return crs, Maps.tr(
        "Lambert azimuthal equal-area centred on {lon:.2f}°{ew} {lat:.2f}°{ns}: the layer is in "
        "degrees and the extent spans {width:.1f}° of longitude (more than one UTM zone)"
    ).format(lon=abs(lon), ew=east_west(lon), lat=abs(lat), ns=north_south(lat), width=width)


def north_south(lat: float) -> str:
    """N or S (a latitude's hemisphere, translated)."""
    return Maps.tr("N", "latitude") if lat >= 0 else Maps.tr("S", "latitude")


def east_west(lon: float) -> str:
    """E or W (a longitude's hemisphere, translated)."""
    return Maps.tr("E", "longitude") if lon >= 0 else Maps.tr("W", "longitude")


def crs_name(crs: QgsCoordinateReferenceSystem) -> str:
    return crs.authid() or crs.description() or Maps.tr("custom CRS")


def crs_caption(crs: QgsCoordinateReferenceSystem) -> str:
    """A short projection note for the page."""
    desc = crs.description()
    if crs.authid() and not crs.authid().upper().startswith("USER"):
        return f"{desc} ({crs.authid()})" if desc else crs.authid()
    proj = crs.toProj()
    if "+proj=laea" in proj:
        parts = dict(p.lstrip("+").split("=", 1) for p in proj.split() if "=" in p)
        lon, lat = float(parts.get("lon_0", 0)), float(parts.get("lat_0", 0))
        return Maps.tr("Lambert azimuthal equal-area, centre {lon:.1f}°{ew} {lat:.1f}°{ns}").format(
            lon=abs(lon), ew=east_west(lon), lat=abs(lat), ns=north_south(lat)
        )
    return desc or Maps.tr("custom projection")


#: above this many features the extent is projected as a box (densified edges), not feature by feature
EXACT_EXTENT_MAX = 5000


def projected_extent(layer: QgsVectorLayer, crs: QgsCoordinateReferenceSystem, transform_context) -> QgsRectangle:
    """The extent of ``layer``'s geometries in ``crs``: every geometry projected (a box
    projected whole is too large for a wide region — its edges are parallels and meridians,
    curved in the map CRS), a projected box for a very large layer."""
    if not (layer.crs().isValid() and crs.isValid() and layer.crs() != crs):
        return QgsRectangle(layer.extent())
    tr = QgsCoordinateTransform(layer.crs(), crs, transform_context)
    if layer.featureCount() > EXACT_EXTENT_MAX:
        return tr.transformBoundingBox(layer.extent())
    out = QgsRectangle()
    out.setMinimal()
    request = QgsFeatureRequest().setNoAttributes()
    for feature in layer.getFeatures(request):
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            continue
        geom = QgsGeometry(geom)
        if geom.transform(tr) == 0:
            out.combineExtentWith(geom.boundingBox())
    return out if not out.isNull() and math.isfinite(out.width()) else tr.transformBoundingBox(layer.extent())


def fitted_extent(layer: QgsVectorLayer, crs: QgsCoordinateReferenceSystem, transform_context) -> QgsRectangle:
    """The layer's extent in ``crs``, padded by 2 % of its larger side (what the map shows)."""
    try:
        extent = projected_extent(layer, crs, transform_context)
    except Exception as e:  # noqa: BLE001
        raise QgsProcessingException(
            Maps.tr("The layer's extent cannot be projected to {crs}: {error}. Choose another MAP_CRS.").format(
                crs=crs_name(crs), error=e
            )
        ) from None
    if extent.width() == 0 and extent.height() == 0:
        extent.grow(1000.0 if not crs.isGeographic() else 0.01)
    pad = 0.02 * max(extent.width(), extent.height())
    fit = QgsRectangle(extent)
    fit.grow(pad)
    return fit
