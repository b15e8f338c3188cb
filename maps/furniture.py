"""The report page's furniture around the map: title and subtitle, source and date line,
legend (sized before the first paint), scale bar in round km, north arrow."""

import datetime
import math
import os
from typing import List, Tuple

from qgis.core import (
    QgsApplication,
    QgsDistanceArea,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPointXY,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt

from . import Maps
from .crs import crs_caption
from .page import (
    ID_DATE,
    ID_LEGEND,
    ID_NORTH,
    ID_NORTH_LABEL,
    ID_SCALEBAR,
    ID_SOURCE,
    ID_SUBTITLE,
    ID_TITLE,
    MUTED,
    TEXT,
    font,
    place,
    text_height,
    text_item,
    wrap_lines,
)
from .styles import LEGEND_TITLE_PROPERTY

NORTH_ARROW = "arrows/NorthArrow_10.svg"  # no letter of its own: the "N" is a text item (translated)
NORTH_LABEL_H = 3.6  # mm on A4: the letter over the arrow


# --- header and footer ----------------------------------------------------------------------
def add_header(layout, title: str, subtitle: str, page_w: float, m: float, s: float) -> float:
    """Title (wrapped when long) and subtitle at the top of the page; returns where the
    content under them starts (mm from the top)."""
    item = text_item(layout, ID_TITLE, title, 16.0 * s, bold=True)
    title_h = text_height(title, 16.0 * s, page_w - 2 * m, bold=True)
    place(item, m, m, page_w - 2 * m, title_h)
    top = m + title_h
    if subtitle:
        sub = text_item(layout, ID_SUBTITLE, subtitle, 10.5 * s, color=MUTED)
        sub_h = text_height(subtitle, 10.5 * s, page_w - 2 * m)
        place(sub, m, top + 0.5 * s, page_w - 2 * m, sub_h)
        top += sub_h + 0.5 * s
    return top + 3.0 * s


def add_footer(
    layout, source_note: str, crs, date_text: str, page_w: float, page_h: float, m: float, gap: float, s: float
) -> float:
    """Source and projection (left, wraps) and the date (right) at the foot of the page;
    returns the footer's top (mm from the top)."""
    date_text = date_text or datetime.date.today().isoformat()
    date_w = 40.0 * s
    src_w = page_w - 2 * m - date_w - gap
    src_text = "\n".join(t for t in (source_note.strip(), Maps.tr("Projection: {}").format(crs_caption(crs))) if t)
    footer_h = text_height(src_text, 7.0 * s, src_w)
    fy = page_h - m - footer_h
    src = text_item(layout, ID_SOURCE, src_text, 7.0 * s, color=MUTED)
    place(src, m, fy, src_w, footer_h)
    date = text_item(
        layout, ID_DATE, Maps.tr("Map drawn {}").format(date_text), 7.0 * s, color=MUTED, halign=Qt.AlignRight
    )
    place(date, page_w - m - date_w, fy, date_w, footer_h)
    return fy


# --- legend ---------------------------------------------------------------------------------
def legend_title_of(layer: QgsVectorLayer, given: str = "") -> str:
    """``given``, else the legend title stored with the layer's style, else its name."""
    return (given or layer.customProperty(LEGEND_TITLE_PROPERTY, "") or layer.name() or "").strip()


def add_legend(
    layout, map_item: QgsLayoutItemMap, layer: QgsVectorLayer, title: str, s: float, extra=()
) -> QgsLayoutItemLegend:
    """A legend of ``layer`` under ``title``, filtered by the map's content; then the
    ``extra`` layers, each under its own legend title (e.g. cluster links and centres)."""
    legend = QgsLayoutItemLegend(layout)
    legend.setId(ID_LEGEND)
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(map_item)
    legend.setTitle(title)
    root = legend.model().rootGroup()
    root.clear()
    node = root.addLayer(layer)
    legend_nodes = legend.model().layerLegendNodes(node) if node is not None else []
    if node is not None and len(legend_nodes) > 1:
        # the classes are listed under the legend title: the layer's own name is not repeated
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    for other in extra:
        other_node = root.addLayer(other)
        if other_node is not None:
            other_node.setUseLayerName(False)
            other_node.setName(legend_title_of(other))
            QgsLegendRenderer.setNodeLegendStyle(other_node, QgsLegendStyle.Subgroup)
    legend.setStyleFont(QgsLegendStyle.Title, font(10.0 * s, bold=True))
    legend.setStyleFont(QgsLegendStyle.Group, font(9.0 * s, bold=True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, font(9.0 * s, bold=True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, font(8.5 * s))
    legend.setSymbolWidth(7.0 * s)
    legend.setSymbolHeight(4.5 * s)
    legend.setFontColor(TEXT)
    legend.setBoxSpace(0.0)
    legend.setBackgroundEnabled(False)
    legend.setFrameEnabled(False)
    legend.setResizeToContents(True)
    legend.setLegendFilterByMapEnabled(True)
    layout.addLayoutItem(legend)
    legend.updateFilterByMap(False)
    return legend


def relink_legend(legend: QgsLayoutItemLegend, layer: QgsVectorLayer):
    """The legend shows ``layer`` instead of the layer it showed (same style of entry)."""
    root = legend.model().rootGroup()
    root.clear()
    node = root.addLayer(layer)
    if node is not None and len(legend.model().layerLegendNodes(node)) > 1:
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)


def in_legend(layer) -> bool:
    """A background layer listed in the legend: points or lines styled by this plugin (with a
    legend title), e.g. cluster centres and links; other background layers are not."""
    return (
        isinstance(layer, QgsVectorLayer)
        and layer.geometryType() in (QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry)
        and bool(layer.customProperty(LEGEND_TITLE_PROPERTY, ""))
    )


def legend_size(legend: QgsLayoutItemLegend, layout) -> Tuple[float, float]:
    """The legend's size in mm. (adjustBoxSize() does nothing before the first paint.)"""
    renderer = QgsLegendRenderer(legend.model(), legend.legendSettings())
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    size = renderer.minimumSize(context)
    return size.width(), size.height()


def legend_labels(legend: QgsLayoutItemLegend, node) -> List[str]:
    """The labels of the legend's entries for the layer (after filtering by map)."""
    if node is None:
        return []
    out = []
    for n in legend.model().layerLegendNodes(node):
        text = n.data(Qt.DisplayRole)
        if text:
            out.append(str(text))
    return out


# --- scale bar and north arrow --------------------------------------------------------------
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


def wrap_legend(legend: QgsLayoutItemLegend, layout, max_w: float):
    """Wrap the legend's title and long class labels so the legend is at most ``max_w`` mm
    wide (a label wider than that gets line breaks as a user label of its entry)."""
    settings = legend.legendSettings()
    title_font = settings.style(QgsLegendStyle.Title).font()
    legend.setTitle("\n".join(wrap_lines(legend.title().replace("\n", " "), title_font, max_w)))
    label_font = settings.style(QgsLegendStyle.SymbolLabel).font()
    room = max_w - settings.symbolSize().width() - 3.0
    model = legend.model()
    for node in model.rootGroup().findLayers():
        changed = False
        for i, legend_node in enumerate(model.layerLegendNodes(node)):
            text = str(legend_node.data(Qt.DisplayRole) or "")
            if text and QgsLayoutUtils.textWidthMM(label_font, text) > room:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, i, "\n".join(wrap_lines(text, label_font, room)))
                changed = True
        if changed:
            model.refreshLayerLegend(node)
