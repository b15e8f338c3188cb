"""Print layouts for report maps (used by ``exportmap``; not an algorithm).

A report page holds a title, an optional subtitle, the map fitted to the layer's extent in a
projected CRS (so the scale bar in km is honest), a legend with only the layer's classes, a
scale bar, a north arrow, a source line and the date. The layers drawn are clones: the user's
layers are never modified (labels are set on the clone).

This module arranges the page; the pieces are in :mod:`.page` (sizes, fonts, text items),
:mod:`.crs` (the map's CRS), :mod:`.furniture` (header, footer, legend, scale bar, north
arrow), :mod:`.labels` (labels, the clone) and :mod:`.export` (writing the file).

Layouts are not thread-safe: build and export them on the main thread (``exportmap`` has
``FlagNoThreading``).
"""

import math
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProcessingException,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from . import Maps
from .crs import auto_map_crs, crs_name, fitted_extent
from .furniture import (
    add_footer,
    add_header,
    add_legend,
    add_north_arrow,
    add_scalebar,
    fit_scalebar,
    legend_labels,
    legend_size,
    legend_title_of,
)
from .labels import label_settings  # noqa: F401 — imported from here by potential_clusters
from .page import ID_LEGEND, ID_MAP, MUTED, PAGES, item_size, page_scale, place

ARROW_W, ARROW_H = 8.0, 12.6  # the north arrow's size in mm on A4 (times page_scale)


@dataclass
class MapSpec:
    """What goes on the page besides the layers."""

    title: str
    subtitle: str = ""
    source_note: str = ""
    legend_title: str = ""
    page: int = 1
    map_crs: Optional[QgsCoordinateReferenceSystem] = None
    date_text: str = ""


@dataclass
class ReportLayout:
    layout: QgsPrintLayout
    crs: QgsCoordinateReferenceSystem
    crs_note: str
    legend_title: str
    layers: List = field(default_factory=list)  # the clones drawn (kept alive with the layout)
    layer_id: str = ""

    def legend_labels(self) -> List[str]:
        """The legend's entries for the layer. Filtered by the map's content once the page
        has been drawn (exported); before that, all the renderer's classes."""
        legend = self.layout.itemById(ID_LEGEND)
        if legend is None or not self.layers:
            return []
        layer = next((lyr for lyr in self.layers if lyr.id() == self.layer_id), None)
        node = legend.model().rootGroup().findLayer(layer) if layer is not None else None
        return legend_labels(legend, node)


@dataclass
class _Page:
    """The page's geometry in mm: size, scale (fonts and spacing), margin, gap, and the band
    between header (``top``) and footer (``bottom``) where map and legend go."""

    w: float
    h: float
    s: float
    m: float
    gap: float
    top: float = 0.0
    bottom: float = 0.0
    aspect: float = 1.0  # the fitted extent's width / height


@dataclass
class _Items:
    map: QgsLayoutItemMap
    legend: QgsLayoutItemLegend
    scalebar: QgsLayoutItemScaleBar
    arrow: QgsLayoutItemPicture
    lw: float = 0.0  # the legend's size
    lh: float = 0.0


def build_layout(
    project, layer: QgsVectorLayer, backgrounds: Sequence, spec: MapSpec, transform_context=None
) -> ReportLayout:
    """The report page for ``layer`` (already a clone) over ``backgrounds``."""
    _check_mappable(layer)
    _, _, w, h = PAGES[spec.page]
    s = page_scale(spec.page)  # fonts and spacing scale with the page
    pg = _Page(w, h, s, m=10.0 * s, gap=4.0 * s)
    tc = transform_context if transform_context is not None else project.transformContext()
    crs, note = _map_crs(layer, spec, tc)
    fit = fitted_extent(layer, crs, tc)
    pg.aspect = fit.width() / fit.height() if fit.height() > 0 else 1.0

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(spec.title or layer.name())
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    pg.top = add_header(layout, spec.title, spec.subtitle, w, pg.m, s)
    pg.bottom = add_footer(layout, spec.source_note, crs, spec.date_text, w, h, pg.m, pg.gap, s)

    map_layers = _stacked(layer, backgrounds)
    map_item = _add_map(layout, crs, map_layers, fit, pg)
    legend_title = legend_title_of(layer, spec.legend_title)
    legend = add_legend(layout, map_item, layer, legend_title, s)
    lw, lh = legend_size(legend, layout)
    items = _Items(map_item, legend, add_scalebar(layout, map_item, s), add_north_arrow(layout, map_item), lw, lh)
    arrange = _arrange_portrait if h > w else _arrange_landscape
    map_w, map_h, beside = arrange(pg, project, layout, fit, items)
    if not beside:
        _furniture_inside_map(pg, map_w, map_h, items)
    legend.updateFilterByMap(False)
    lw, lh = legend_size(legend, layout)
    legend.attemptResize(QgsLayoutSize(lw, lh, QgsUnitTypes.LayoutMillimeters))
    return ReportLayout(
        layout=layout, crs=crs, crs_note=note, legend_title=legend_title, layers=map_layers, layer_id=layer.id()
    )


def _check_mappable(layer: QgsVectorLayer):
    extent = layer.extent()
    if layer.featureCount() == 0 or extent.isNull() or not math.isfinite(extent.width()):
        raise QgsProcessingException(
            Maps.tr("Layer '{layer_name}' has no features with a geometry: there is nothing to map.").format(
                layer_name=layer.name()
            )
        )


def _map_crs(layer: QgsVectorLayer, spec: MapSpec, tc) -> Tuple[QgsCoordinateReferenceSystem, str]:
    """MAP_CRS when given, else the layer's CRS if projected, else one chosen for the extent."""
    if spec.map_crs is not None and spec.map_crs.isValid():
        return spec.map_crs, Maps.tr("the CRS given in MAP_CRS ({map_crs})").format(map_crs=crs_name(spec.map_crs))
    return auto_map_crs(layer.crs(), layer.extent(), tc)


def _stacked(layer: QgsVectorLayer, backgrounds: Sequence) -> List:
    """The map's layers, top first: polygons and rasters of the background under the layer,
    points and lines over it."""
    under, over = [], []
    for bg in backgrounds:
        if isinstance(bg, QgsVectorLayer) and bg.geometryType() in (
            QgsWkbTypes.PointGeometry,
            QgsWkbTypes.LineGeometry,
        ):
            over.append(bg)
        else:
            under.append(bg)
    return list(reversed(over)) + [layer] + list(reversed(under))


def _add_map(layout, crs, map_layers: List, fit: QgsRectangle, pg: _Page) -> QgsLayoutItemMap:
    map_item = QgsLayoutItemMap(layout)
    map_item.setId(ID_MAP)
    map_item.setCrs(crs)
    map_item.setLayers(map_layers)
    map_item.setKeepLayerSet(True)
    map_item.setKeepLayerStyles(False)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(MUTED)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, QgsUnitTypes.LayoutMillimeters))
    map_item.setBackgroundColor(QColor("white"))
    layout.addLayoutItem(map_item)
    # provisional size; the legend decides the final one
    place(map_item, pg.m, pg.top, pg.w - 2 * pg.m, pg.bottom - pg.gap - pg.top)
    map_item.zoomToExtent(fit)
    return map_item


def _scalebar_width(pg: _Page) -> float:
    """The widest the scale bar may be."""
    return min(60.0 * pg.s, (pg.w - 2 * pg.m) / 3.0)


def _two_columns(items: _Items, layout):
    items.legend.setColumnCount(2)
    items.lw, items.lh = legend_size(items.legend, layout)


def _arrange_portrait(pg: _Page, project, layout, fit: QgsRectangle, items: _Items) -> Tuple[float, float, bool]:
    """Map across the page, shortened to the extent's shape; legend, north arrow and scale bar
    in a band under it. Returns the map's width and height, and whether north arrow and scale
    bar found room beside the legend."""
    m, gap, s = pg.m, pg.gap, pg.s
    aw, ah = ARROW_W * s, ARROW_H * s
    if items.lh > 0.28 * pg.h and items.legend.columnCount() < 2:
        _two_columns(items, layout)
    avail_w = pg.w - 2 * m
    band_h = max(items.lh, ah + gap + 12.0 * s)
    avail_h = max(pg.bottom - gap - band_h - gap - pg.top, 0.35 * (pg.h - 2 * m))
    map_w, map_h = avail_w, max(min(avail_h, avail_w / pg.aspect), 0.6 * avail_h)
    place(items.map, m, pg.top, map_w, map_h)
    items.map.zoomToExtent(fit)
    by = pg.top + map_h + gap
    place(items.legend, m, by)
    fit_scalebar(items.scalebar, items.map, project, _scalebar_width(pg))
    sw, sh = item_size(items.scalebar)
    beside = items.lw + 2 * gap + max(sw, aw) <= avail_w
    if beside:
        place(items.arrow, pg.w - m - aw, by, aw, ah)
        place(items.scalebar, pg.w - m - sw, by + ah + gap)
    return map_w, map_h, beside


def _arrange_landscape(pg: _Page, project, layout, fit: QgsRectangle, items: _Items) -> Tuple[float, float, bool]:
    """Map on the left, as high as the page allows, narrowed to the extent's shape; the legend
    at the top of the column on the right, north arrow and scale bar at its foot. Returns as
    :func:`_arrange_portrait`."""
    m, gap, s = pg.m, pg.gap, pg.s
    aw, ah = ARROW_W * s, ARROW_H * s
    avail_h = pg.bottom - gap - pg.top
    if items.lh > avail_h and items.legend.columnCount() < 2:
        _two_columns(items, layout)
    col_w = min(max(items.lw, 50.0 * s), 0.45 * (pg.w - 2 * m))
    avail_w = pg.w - 2 * m - gap - col_w
    map_w, map_h = max(min(avail_w, avail_h * pg.aspect), 0.6 * avail_w), avail_h
    place(items.map, m, pg.top, map_w, map_h)
    items.map.zoomToExtent(fit)
    cx = m + map_w + gap
    place(items.legend, cx, pg.top)
    fit_scalebar(items.scalebar, items.map, project, min(col_w, _scalebar_width(pg)))
    sw, sh = item_size(items.scalebar)
    bottom = pg.top + map_h
    if sw + 2 * gap + aw <= col_w:
        # scale bar and north arrow side by side at the foot of the column
        beside = items.lh + 2 * gap + max(ah, sh) <= map_h
        if beside:
            place(items.scalebar, cx, bottom - sh)
            place(items.arrow, cx + col_w - aw, bottom - ah, aw, ah)
    else:
        beside = items.lh + 2 * gap + ah + gap + sh <= map_h
        if beside:
            place(items.scalebar, cx, bottom - sh)
            place(items.arrow, cx, bottom - sh - gap - ah, aw, ah)
    return map_w, map_h, beside


def _furniture_inside_map(pg: _Page, map_w: float, map_h: float, items: _Items):
    """No room beside the legend: north arrow and scale bar go inside the map frame."""
    s = pg.s
    aw, ah = ARROW_W * s, ARROW_H * s
    _, sh = item_size(items.scalebar)
    mx, my = pg.m, pg.top
    place(items.arrow, mx + map_w - aw - 3.0 * s, my + 3.0 * s, aw, ah)
    items.scalebar.setBackgroundEnabled(True)
    items.scalebar.setBackgroundColor(QColor(255, 255, 255, 220))
    place(items.scalebar, mx + 3.0 * s, my + map_h - sh - 3.0 * s)
