"""The CRS a report map is drawn in (projected, so the scale bar in km is honest), its note
on the page, and the layer's extent in it."""

import math
from typing import Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)

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
        return layer_crs, "the layer has no CRS: drawn as is, the scale bar may be wrong"
    if not layer_crs.isGeographic():
        return layer_crs, f"the layer's CRS ({crs_name(layer_crs)})"
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
            return crs, (
                f"UTM zone {zone}{'N' if lat >= 0 else 'S'} (EPSG:{code}), the zone of the "
                f"extent's centre: the layer is in degrees, the extent spans {width:.1f}° "
                "of longitude"
            )
    proj = f"+proj=laea +lat_0={lat:.4f} +lon_0={lon:.4f} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    crs = QgsCoordinateReferenceSystem.fromProj(proj)
    return crs, (
        f"Lambert azimuthal equal-area centred on {abs(lon):.2f}°{'E' if lon >= 0 else 'W'} "
        f"{abs(lat):.2f}°{'N' if lat >= 0 else 'S'}: the layer is in degrees and the extent "
        f"spans {width:.1f}° of longitude (more than one UTM zone)"
    )


def crs_name(crs: QgsCoordinateReferenceSystem) -> str:
    return crs.authid() or crs.description() or "custom CRS"


def crs_caption(crs: QgsCoordinateReferenceSystem) -> str:
    """A short projection note for the page."""
    desc = crs.description()
    if crs.authid() and not crs.authid().upper().startswith("USER"):
        return f"{desc} ({crs.authid()})" if desc else crs.authid()
    proj = crs.toProj()
    if "+proj=laea" in proj:
        parts = dict(p.lstrip("+").split("=", 1) for p in proj.split() if "=" in p)
        lon, lat = float(parts.get("lon_0", 0)), float(parts.get("lat_0", 0))
        return (
            f"Lambert azimuthal equal-area, centre {abs(lon):.1f}°{'E' if lon >= 0 else 'W'} "
            f"{abs(lat):.1f}°{'N' if lat >= 0 else 'S'}"
        )
    return desc or "custom projection"


def fitted_extent(layer: QgsVectorLayer, crs: QgsCoordinateReferenceSystem, transform_context) -> QgsRectangle:
    """The layer's extent in ``crs``, padded by 4 % of its larger side (what the map shows)."""
    extent = layer.extent()
    if layer.crs().isValid() and crs.isValid() and layer.crs() != crs:
        try:
            extent = QgsCoordinateTransform(layer.crs(), crs, transform_context).transformBoundingBox(extent)
        except Exception as e:  # noqa: BLE001
            raise QgsProcessingException(
                f"The layer's extent cannot be projected to {crs_name(crs)}: {e}. Choose another MAP_CRS."
            ) from None
    if extent.width() == 0 and extent.height() == 0:
        extent.grow(1000.0 if not crs.isGeographic() else 0.01)
    pad = 0.04 * max(extent.width(), extent.height())
    fit = QgsRectangle(extent)
    fit.grow(pad)
    return fit
