"""The report page's scale bar (in round km) and north arrow with its letter. Part of the
page's furniture (:mod:`.furniture`)."""

import math
import os

from qgis.core import (
    QgsApplication,
    QgsDistanceArea,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsPointXY,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt

from . import Maps
from .page import (
    ID_NORTH,
    ID_NORTH_LABEL,
    ID_SCALEBAR,
    TEXT,
    font,
    place,
    text_item,
)

NORTH_ARROW = "arrows/NorthArrow_10.svg"  # no letter of its own: the "N" is a text item (translated)
NORTH_LABEL_H = 3.6  # mm on A4: the letter over the arrow


def add_scalebar(layout, map_item: QgsLayoutItemMap, s: float) -> QgsLayoutItemScaleBar:
    """A single-box scale bar of ``map_item`` (its length is set by :func:`fit_scalebar`)."""
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId(ID_SCALEBAR)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    fmt = QgsTextFormat()
    fmt.setFont(font(7.5 * s))
    fmt.setSize(7.5 * s)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(TEXT)
    scalebar.setTextFormat(fmt)
    scalebar.setHeight(2.0 * s)
    layout.addLayoutItem(scalebar)
    return scalebar


def fit_scalebar(scalebar: QgsLayoutItemScaleBar, map_item: QgsLayoutItemMap, project, max_width: float):
    """Two to four segments of a round length (1, 2, 2.5 or 5 × 10^k km) filling as much of
    ``max_width`` mm as possible. The map's width is measured as QGIS's scale bar measures
    it (on the project's ellipsoid, or planimetrically in the projected map CRS)."""
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setMapUnitsPerScaleBarUnit(1.0)
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel(Maps.tr("km", "kilometres on the scale bar"))
    extent = map_item.extent()
    width_mm = map_item.rect().width()
    da = QgsDistanceArea()
    da.setSourceCrs(map_item.crs(), project.transformContext())
    da.setEllipsoid(project.ellipsoid())
    width = da.measureLine(
        QgsPointXY(extent.xMinimum(), extent.yMinimum()), QgsPointXY(extent.xMaximum(), extent.yMinimum())
    )
    km = da.convertLengthMeasurement(width, QgsUnitTypes.DistanceKilometers)
    if not (km > 0 and width_mm > 0 and math.isfinite(km)):
        scalebar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
        return
    km_per_mm = km / width_mm
    best = None
    for n in (4, 3, 2):
        seg = nice_below(max_width / n * km_per_mm)
        bar = seg / km_per_mm * n
        if best is None or bar > best[2] + 1e-6:
            best = (n, seg, bar)
    n, seg, _ = best
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    scalebar.setNumberOfSegments(n)
    scalebar.setUnitsPerSegment(seg)
    scalebar.updateScale()


def nice_below(x: float) -> float:
    """The largest of 1, 2, 2.5, 5 × 10^k not above ``x``."""
    if not x > 0:
        return 1.0
    k = math.floor(math.log10(x))
    for f in (5.0, 2.5, 2.0, 1.0):
        if f * 10**k <= x * (1 + 1e-9):
            return f * 10**k
    return 10.0**k


def north_arrow_path() -> str:
    for base in QgsApplication.svgPaths():
        path = os.path.join(base, NORTH_ARROW)
        if os.path.exists(path):
            return path
    return ""


def add_north_arrow(layout, map_item: QgsLayoutItemMap) -> QgsLayoutItemPicture:
    """A north arrow (grid north of ``map_item``), in the text colour."""
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId(ID_NORTH)
    path = north_arrow_path()
    if path:
        arrow.setPicturePath(path)
        arrow.setSvgFillColor(TEXT)
        arrow.setSvgStrokeColor(TEXT)
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    layout.addLayoutItem(arrow)
    return arrow


def add_north_label(layout, s: float):
    """The north arrow's letter ("N"; «С» in Russian and Kazakh), placed with the arrow."""
    return text_item(layout, ID_NORTH_LABEL, Maps.tr("N", "north arrow"), 8.0 * s, bold=True, halign=Qt.AlignHCenter)


def place_north(arrow, label, x: float, y: float, w: float, h: float, s: float):
    """The letter on top and the arrow under it in the box (x, y, w, h) mm."""
    lh = NORTH_LABEL_H * s
    place(label, x, y, w, lh)
    place(arrow, x, y + lh, w, h - lh)
