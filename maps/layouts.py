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
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutItem,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
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
    add_north_label,
    add_scalebar,
    fit_scalebar,
    in_legend,
    legend_labels,
    legend_size,
    legend_title_of,
    place_north,
    relink_legend,
    wrap_legend,
)
from .label_fit import fit_label_sizes
from .labels import label_settings  # noqa: F401 — imported from here by potential_clusters
from .language import map_language, retranslate, retranslate_renderer
from .page import ID_LEGEND, ID_MAP, MUTED, PAGES, item_size, page_scale, place
from .report import source_line, style_xml

ARROW_W, ARROW_H = 8.0, 14.0  # the north arrow's box (letter and arrow) in mm on A4 (times page_scale)
COLUMN_MAX = 0.36  # the legend column takes at most this share of the page's inner width


@dataclass
class MapSpec:
    """What goes on the page besides the layers."""

    title: str
    subtitle: str = ""
    source_note: str = ""  # given by the user: printed as is
    legend_title: str = ""
    page: int = 1
    map_crs: Optional[QgsCoordinateReferenceSystem] = None
    date_text: str = ""
    credits: List[str] = field(default_factory=list)  # the layer's credits, when no source_note
    language: str = ""  # '' = the interface language
    label_size: float = 8.0  # the largest label size (pt, on A4)


@dataclass
class ReportLayout:
    layout: QgsPrintLayout
    crs: QgsCoordinateReferenceSystem
    crs_note: str
    legend_title: str
    layers: List = field(default_factory=list)  # the clones drawn (kept alive with the layout)
    layer_id: str = ""
    source_line: str = ""
    labels_shrunk: int = 0

    def legend_labels(self) -> List[str]:
        """The legend's entries for the layer. Filtered by the map's content once the page
        has been drawn (exported); before that, all the renderer's classes."""
        legend = self.layout.itemById(ID_LEGEND)
        if legend is None or not self.layers:
            return []
        layer = next((lyr for lyr in self.layers if lyr.id() == self.layer_id), None)
        node = legend.model().rootGroup().findLayer(layer) if layer is not None else None
        return legend_labels(legend, node)

    def use_project_layers(self, swaps: Dict[str, object]):
        """Draw the project's own layers instead of their copies (``swaps``: copy id → layer),
        each with its copy's style as a style override of the map item."""
        map_item = self.layout.itemById(ID_MAP)
        legend = self.layout.itemById(ID_LEGEND)
        overrides = dict(map_item.layerStyleOverrides())
        for clone_id, origin in swaps.items():
            clone = next(lyr for lyr in self.layers if lyr.id() == clone_id)
            overrides[origin.id()] = style_xml(clone)
        map_item.setLayers([swaps.get(lyr.id(), lyr) for lyr in map_item.layers()])
        map_item.setKeepLayerStyles(True)
        map_item.setLayerStyleOverrides(overrides)
        if self.layer_id in swaps and legend is not None:
            relink_legend(legend, swaps[self.layer_id])
        self.layers = [swaps.get(lyr.id(), lyr) for lyr in self.layers]
        self.layer_id = swaps[self.layer_id].id() if self.layer_id in swaps else self.layer_id


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


@dataclass
class _Items:
    map: QgsLayoutItemMap
    legend: QgsLayoutItemLegend
    scalebar: QgsLayoutItemScaleBar
    arrow: QgsLayoutItemPicture
    north: object
    lw: float = 0.0  # the legend's size
    lh: float = 0.0


def build_layout(
    project, layer: QgsVectorLayer, backgrounds: Sequence, spec: MapSpec, transform_context=None
) -> ReportLayout:
    """The report page for ``layer`` (already a clone) over ``backgrounds``, its texts in
    ``spec.language``."""
    _check_mappable(layer)
    with map_language(spec.language) as code:
        if spec.language:
            retranslate_renderer(layer.renderer(), code)
        return _build(project, layer, backgrounds, spec, transform_context)


def _build(project, layer, backgrounds, spec: MapSpec, transform_context) -> ReportLayout:
    _, _, w, h = PAGES[spec.page]
    s = page_scale(spec.page)  # fonts and spacing scale with the page
    pg = _Page(w, h, s, m=10.0 * s, gap=4.0 * s)
    tc = transform_context if transform_context is not None else project.transformContext()
    crs, note = _map_crs(layer, spec, tc)
    fit = fitted_extent(layer, crs, tc)

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(spec.title or layer.name())
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    pg.top = add_header(layout, spec.title, spec.subtitle, w, pg.m, s)
    source = spec.source_note or source_line(spec.credits)
    pg.bottom = add_footer(layout, source, crs, spec.date_text, w, h, pg.m, pg.gap, s)

    map_layers = _stacked(layer, backgrounds)
    map_item = _add_map(layout, crs, map_layers, fit, pg)
    legend_title = retranslate(legend_title_of(layer, spec.legend_title), spec.language)
    extra = [bg for bg in backgrounds if in_legend(bg)]
    for bg in extra:
        retranslate_renderer(bg.renderer(), spec.language)
    legend = add_legend(layout, map_item, layer, legend_title, s, extra)
    scalebar, arrow = add_scalebar(layout, map_item, s), add_north_arrow(layout, map_item)
    items = _Items(map_item, legend, scalebar, arrow, add_north_label(layout, s))
    _arrange(pg, project, layout, fit, items)
    shrunk = fit_label_sizes(layer, map_item, tc, spec.label_size * s)
    legend.updateFilterByMap(False)
    lw, lh = legend_size(legend, layout)
    legend.attemptResize(QgsLayoutSize(lw, lh, QgsUnitTypes.LayoutMillimeters))
    return ReportLayout(
        layout=layout,
        crs=crs,
        crs_note=note,
        legend_title=legend_title,
        layers=map_layers,
        layer_id=layer.id(),
        source_line=source,
        labels_shrunk=shrunk,
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


def place_right(item, right: float, y: float):
    """Place ``item`` by its top-right corner: a scale bar that grows when drawn (its labels
    are measured then) grows to the left, not past the margin."""
    item.setReferencePoint(QgsLayoutItem.UpperRight)
    item.attemptMove(QgsLayoutPoint(right, y, QgsUnitTypes.LayoutMillimeters))


def _scalebar_within(items: _Items, project, allowed: float):
    """The scale bar at most ``allowed`` mm wide, its labels and unit included."""
    target = 0.92 * allowed  # the labels and unit stick out of the bar
    for _ in range(4):
        fit_scalebar(items.scalebar, items.map, project, target)
        sw, _ = item_size(items.scalebar)
        if sw <= allowed:
            return
        target = max(target - (sw - allowed) - 0.5, 0.3 * allowed)


def _legend_fit(items: _Items, layout, max_h: float):
    """The legend's size, in two columns when one is taller than ``max_h``."""
    items.legend.setColumnCount(1)
    items.lw, items.lh = legend_size(items.legend, layout)
    if items.lh > max_h:
        items.legend.setColumnCount(2)
        items.lw, items.lh = legend_size(items.legend, layout)


def _frames(pg: _Page, layout, items: _Items):
    """The map frame (w, h) with the legend in a column on the right and with it in a band
    under the map, each with the legend's column count."""
    m, gap, s = pg.m, pg.gap, pg.s
    inner_w, avail_h = pg.w - 2 * m, pg.bottom - gap - pg.top
    wrap_legend(items.legend, layout, COLUMN_MAX * inner_w)
    _legend_fit(items, layout, avail_h)
    col_w = max(items.lw, 40.0 * s)
    column = (inner_w - gap - col_w, avail_h, items.legend.columnCount())
    _legend_fit(items, layout, 0.3 * avail_h)
    band_h = max(items.lh, ARROW_H * s + gap + 8.0 * s)
    band = (inner_w, avail_h - gap - band_h, items.legend.columnCount())
    return column, band


def _arrange(pg: _Page, project, layout, fit: QgsRectangle, items: _Items):
    """Map and legend placed the way that draws the map largest: the legend in a column on
    the right (north arrow and scale bar at its foot) or in a band under the map (north arrow
    and scale bar on the right of it). The map frame fills its room; the map is fitted in it."""
    column, band = _frames(pg, layout, items)

    def scale(frame):
        return min(frame[0] / fit.width(), frame[1] / fit.height()) if frame[0] > 0 and frame[1] > 0 else 0

    use_column = scale(column) >= scale(band)
    fw, fh, ncol = column if use_column else band
    items.legend.setColumnCount(ncol)
    items.lw, items.lh = legend_size(items.legend, layout)
    if not use_column and fh > scale(band) * fit.height() * 1.02:
        # a wide map over a band: the frame as high as the map, the page's spare height
        # split above and below map and band (no blank band under the legend)
        spare = fh - scale(band) * fit.height()
        fh -= spare
        pg.top += spare / 2.0
    place(items.map, pg.m, pg.top, fw, fh)
    items.map.zoomToExtent(fit)
    if use_column:
        beside = _column_furniture(pg, project, items, fw, fh)
    else:
        beside = _band_furniture(pg, project, items, fh)
    if not beside:
        _furniture_inside_map(pg, fw, fh, items)


def _band_furniture(pg: _Page, project, items: _Items, map_h: float) -> bool:
    """Legend under the map on the left, north arrow and scale bar on the right; False when
    they do not fit beside the legend."""
    m, gap, s = pg.m, pg.gap, pg.s
    aw, ah = ARROW_W * s, ARROW_H * s
    by = pg.top + map_h + gap
    place(items.legend, m, by)
    _scalebar_within(items, project, _scalebar_width(pg))
    sw, _ = item_size(items.scalebar)
    beside = items.lw + 2 * gap + max(sw, aw) <= pg.w - 2 * m
    if beside:
        place_north(items.arrow, items.north, pg.w - m - aw, by, aw, ah, s)
        place_right(items.scalebar, pg.w - m, by + ah + gap)
    return beside


def _column_furniture(pg: _Page, project, items: _Items, map_w: float, map_h: float) -> bool:
    """Legend at the top of the column right of the map, north arrow and scale bar at its
    foot; False when they do not fit under the legend."""
    m, gap, s = pg.m, pg.gap, pg.s
    aw, ah = ARROW_W * s, ARROW_H * s
    cx = m + map_w + gap
    col_w = pg.w - m - cx
    place(items.legend, cx, pg.top)
    _scalebar_within(items, project, min(col_w, _scalebar_width(pg)))
    sw, sh = item_size(items.scalebar)
    bottom = pg.top + map_h
    if sw + 2 * gap + aw <= col_w:  # side by side at the foot of the column
        beside = items.lh + 2 * gap + max(ah, sh) <= map_h
        if beside:
            place_right(items.scalebar, cx + col_w, bottom - sh)
            place_north(items.arrow, items.north, cx, bottom - ah, aw, ah, s)
    else:
        beside = items.lh + 2 * gap + ah + gap + sh <= map_h
        if beside:
            place_right(items.scalebar, cx + col_w, bottom - sh)
            place_north(items.arrow, items.north, cx + col_w - aw, bottom - sh - gap - ah, aw, ah, s)
    return beside


def _furniture_inside_map(pg: _Page, map_w: float, map_h: float, items: _Items):
    """No room beside the legend: north arrow and scale bar go inside the map frame."""
    s = pg.s
    aw, ah = ARROW_W * s, ARROW_H * s
    _, sh = item_size(items.scalebar)
    mx, my = pg.m, pg.top
    place_north(items.arrow, items.north, mx + map_w - aw - 3.0 * s, my + 3.0 * s, aw, ah, s)
    items.scalebar.setBackgroundEnabled(True)
    items.scalebar.setBackgroundColor(QColor(255, 255, 255, 220))
    place(items.scalebar, mx + 3.0 * s, my + map_h - sh - 3.0 * s)
