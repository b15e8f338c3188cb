"""Where map, legend, panels, scale bar and north arrow go on a report page: the legend in a
column right of the map or in a band under it, whichever draws the map larger; every item
within the page's margins (used by :mod:`.layouts`)."""

from dataclasses import dataclass, field
from typing import List

from qgis.core import (
    QgsLayoutItem,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QColor

from .legend import legend_size, wrap_legend
from .page import item_size, place
from .scale_north import fit_scalebar, place_north

ARROW_W, ARROW_H = 8.0, 14.0  # the north arrow's box (letter and arrow) in mm on A4 (times page_scale)
COLUMN_MAX = 0.36  # the legend column takes at most this share of the page's inner width
SCALEBAR_H = 14.0  # room for the scale bar with its labels, mm on A4


@dataclass
class Page:
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
class Items:
    map: QgsLayoutItemMap
    legend: QgsLayoutItemLegend
    scalebar: QgsLayoutItemScaleBar
    arrow: QgsLayoutItemPicture
    north: object
    lw: float = 0.0  # the legend's size
    lh: float = 0.0
    panels: List = field(default_factory=list)  # charts, tables (maps.panels.Panel) beside the map
    dropped: List = field(default_factory=list)  # panels that found no room


def _scalebar_width(pg: Page) -> float:
    """The widest the scale bar may be."""
    return min(60.0 * pg.s, (pg.w - 2 * pg.m) / 3.0)


def place_right(item, right: float, y: float):
    """Place ``item`` by its top-right corner: a scale bar that grows when drawn (its labels
    are measured then) grows to the left, not past the margin."""
    item.setReferencePoint(QgsLayoutItem.UpperRight)
    item.attemptMove(QgsLayoutPoint(right, y, QgsUnitTypes.LayoutMillimeters))


def _scalebar_within(items: Items, project, allowed: float):
    """The scale bar at most ``allowed`` mm wide, its labels and unit included."""
    target = 0.92 * allowed  # the labels and unit stick out of the bar
    for _ in range(4):
        fit_scalebar(items.scalebar, items.map, project, target)
        sw, _ = item_size(items.scalebar)
        if sw <= allowed:
            return
        target = max(target - (sw - allowed) - 0.5, 0.3 * allowed)


def _legend_fit(items: Items, layout, max_h: float):
    """The legend's size, in two columns when one is taller than ``max_h``."""
    items.legend.setColumnCount(1)
    items.lw, items.lh = legend_size(items.legend, layout)
    if items.lh > max_h:
        items.legend.setColumnCount(2)
        items.lw, items.lh = legend_size(items.legend, layout)


def _frames(pg: Page, layout, items: Items):
    """The map frame (w, h), the legend's column count and the panels' width with the legend
    in a column on the right, and with it in a band under the map."""
    m, gap, s = pg.m, pg.gap, pg.s
    inner_w, avail_h = pg.w - 2 * m, pg.bottom - gap - pg.top
    wrap_legend(items.legend, layout, COLUMN_MAX * inner_w)
    _legend_fit(items, layout, avail_h)
    wanted = max([items.lw, 40.0 * s] + [p.min_w for p in items.panels])
    col_w = max(items.lw, min(wanted, COLUMN_MAX * inner_w))
    column = (inner_w - gap - col_w, avail_h, items.legend.columnCount(), col_w)
    _legend_fit(items, layout, 0.3 * avail_h)
    band_h = max(items.lh, ARROW_H * s + gap + SCALEBAR_H * s)
    pw = 0.0
    if items.panels:
        n = len(items.panels)  # scale bar and north arrow then go inside the map
        pw = (inner_w - items.lw - gap * n) / n
        band_h = min(max([band_h] + [p.height_for(pw) for p in items.panels]), 0.5 * avail_h)
    band = (inner_w, avail_h - gap - band_h, items.legend.columnCount(), pw)
    return column, band


def arrange(pg: Page, project, layout, fit: QgsRectangle, items: Items):
    """Map and legend placed the way that draws the map largest: the legend in a column on
    the right (north arrow and scale bar at its foot) or in a band under the map (north arrow
    and scale bar on the right of it); panels under the legend in the column, or beside it in
    the band. The map frame fills its room; the map is fitted in it."""
    column, band = _frames(pg, layout, items)

    def scale(frame):
        return min(frame[0] / fit.width(), frame[1] / fit.height()) if frame[0] > 0 and frame[1] > 0 else 0

    use_column = scale(column) >= scale(band)
    fw, fh, ncol, panel_w = column if use_column else band
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
        _column_panels(pg, layout, items, pg.m + fw + pg.gap, panel_w, fh)
        beside = _column_furniture(pg, project, items, fw, fh)
    else:
        _band_panels(pg, layout, items, pg.top + fh + pg.gap, panel_w, pg.bottom - pg.gap)
        if items.panels:
            place(items.legend, pg.m, pg.top + fh + pg.gap)
            _scalebar_within(items, project, _scalebar_width(pg))
            beside = False
        else:
            beside = _band_furniture(pg, project, items, fh)
    if not beside:
        _furniture_inside_map(pg, fw, fh, items)


def _column_panels(pg: Page, layout, items: Items, x: float, w: float, map_h: float):
    """Panels stacked under the legend, room kept for scale bar and north arrow at the foot;
    the stack's height becomes the legend's for the furniture's check."""
    gap, s = pg.gap, pg.s
    y = pg.top + items.lh + gap
    limit = pg.top + map_h - (ARROW_H * s + gap + SCALEBAR_H * s) - gap
    for panel in items.panels:
        h = panel.height_for(w)
        if y + h > limit and panel.shrinkable:
            h = limit - y
        if y + h > limit or h < 0.5 * panel.height_for(w) or h < 25.0 * s:
            panel.remove(layout)
            items.dropped.append(panel)
            continue
        panel.place(x, y, w, h)
        y += h + gap
    items.lh = y - gap - pg.top


def _band_panels(pg: Page, layout, items: Items, y: float, w: float, bottom: float):
    """Panels side by side right of the legend in the band; their width counts as the
    legend's for the furniture's check."""
    x = pg.m + items.lw + pg.gap
    for panel in items.panels:
        h = min(panel.height_for(w), bottom - y)
        if w < panel.min_w * 0.8 or h < 25.0 * pg.s or (h < panel.height_for(w) and not panel.shrinkable):
            panel.remove(layout)
            items.dropped.append(panel)
            continue
        panel.place(x, y, w, h)
        x += w + pg.gap
    items.lw = x - pg.gap - pg.m


def _band_furniture(pg: Page, project, items: Items, map_h: float) -> bool:
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


def _column_furniture(pg: Page, project, items: Items, map_w: float, map_h: float) -> bool:
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


def _furniture_inside_map(pg: Page, map_w: float, map_h: float, items: Items):
    """No room beside the legend: north arrow and scale bar go inside the map frame."""
    s = pg.s
    aw, ah = ARROW_W * s, ARROW_H * s
    _, sh = item_size(items.scalebar)
    mx, my = pg.m, pg.top
    place_north(items.arrow, items.north, mx + map_w - aw - 3.0 * s, my + 3.0 * s, aw, ah, s)
    items.scalebar.setBackgroundEnabled(True)
    items.scalebar.setBackgroundColor(QColor(255, 255, 255, 220))
    place(items.scalebar, mx + 3.0 * s, my + map_h - sh - 3.0 * s)
