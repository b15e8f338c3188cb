"""Print layouts for report maps (used by ``exportmap``; not an algorithm).

A report page holds a title, an optional subtitle, the map fitted to the layer's extent in a
projected CRS (so the scale bar in km is honest), a legend with only the layer's classes, a
scale bar, a north arrow, a source line and the date. The layers drawn are clones: the user's
layers are never modified (labels are set on the clone).

Layouts are not thread-safe: build and export them on the main thread (``exportmap`` has
``FlagNoThreading``).
"""
import datetime
import math
import os
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsCoordinateTransformContext, QgsDistanceArea, QgsLayoutExporter,
                       QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap,
                       QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutMeasurement,
                       QgsLayoutPoint, QgsLayoutSize, QgsLayoutUtils, QgsLegendRenderer,
                       QgsLegendStyle, QgsPalLayerSettings, QgsPointXY, QgsPrintLayout,
                       QgsProcessingException, QgsRectangle, QgsRenderContext, QgsScaleBarSettings,
                       QgsTextBufferSettings, QgsTextFormat, QgsUnitTypes, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling, QgsWkbTypes)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

from .styles import LEGEND_TITLE_PROPERTY

#: PAGE parameter options, in order: (label, paper, width mm, height mm)
PAGES = [("A4 portrait", "A4", 210.0, 297.0), ("A4 landscape", "A4", 297.0, 210.0),
         ("A3 portrait", "A3", 297.0, 420.0), ("A3 landscape", "A3", 420.0, 297.0)]
PAGE_LABELS = [p[0] for p in PAGES]
FORMATS = (".pdf", ".png", ".svg")
NORTH_ARROW = "arrows/NorthArrow_02.svg"
#: widest extent (degrees of longitude) still drawn in one UTM zone
UTM_MAX_WIDTH = 8.0
TEXT = QColor("#1a1a1a")
MUTED = QColor("#4d4d4d")

# item ids in the layout (tests and users find the items by these)
ID_MAP, ID_LEGEND, ID_SCALEBAR, ID_NORTH = "map", "legend", "scalebar", "north_arrow"
ID_TITLE, ID_SUBTITLE, ID_SOURCE, ID_DATE = "title", "subtitle", "source", "date"


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
    layers: List = field(default_factory=list)   # the clones drawn (kept alive with the layout)

    def legend_labels(self) -> List[str]:
        """The legend's entries for the layer. Filtered by the map's content once the page
        has been drawn (exported); before that, all the renderer's classes."""
        legend = self.layout.itemById(ID_LEGEND)
        if legend is None or not self.layers:
            return []
        layer = next((lyr for lyr in self.layers if lyr.id() == self.layer_id), None)
        node = legend.model().rootGroup().findLayer(layer) if layer is not None else None
        return legend_labels(legend, node)

    layer_id: str = ""


# --- CRS ------------------------------------------------------------------------------------
def auto_map_crs(layer_crs: QgsCoordinateReferenceSystem, extent: QgsRectangle,
                 transform_context=None) -> Tuple[QgsCoordinateReferenceSystem, str]:
    """The CRS a report map of ``extent`` (in ``layer_crs``) is drawn in, and why.

    A projected layer CRS is kept. A geographic one is replaced: by the UTM zone of the
    extent's centre when the extent spans at most ``UTM_MAX_WIDTH`` degrees of longitude,
    else by a Lambert azimuthal equal-area CRS centred on the extent — so that distances on
    the scale bar are true (in degrees they are not).
    """
    if not layer_crs.isValid():
        return layer_crs, "the layer has no CRS: drawn as is, the scale bar may be wrong"
    if not layer_crs.isGeographic():
        return layer_crs, f"the layer's CRS ({_crs_name(layer_crs)})"
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    geo = extent
    if layer_crs != wgs84:
        try:
            tr = QgsCoordinateTransform(layer_crs, wgs84,
                                        transform_context or QgsCoordinateTransformContext())
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
            return crs, (f"UTM zone {zone}{'N' if lat >= 0 else 'S'} (EPSG:{code}), the zone of the "
                         f"extent's centre: the layer is in degrees, the extent spans {width:.1f}° "
                         "of longitude")
    proj = (f"+proj=laea +lat_0={lat:.4f} +lon_0={lon:.4f} +x_0=0 +y_0=0 +datum=WGS84 "
            "+units=m +no_defs")
    crs = QgsCoordinateReferenceSystem.fromProj(proj)
    return crs, (f"Lambert azimuthal equal-area centred on {abs(lon):.2f}°{'E' if lon >= 0 else 'W'} "
                 f"{abs(lat):.2f}°{'N' if lat >= 0 else 'S'}: the layer is in degrees and the extent "
                 f"spans {width:.1f}° of longitude (more than one UTM zone)")


def _crs_name(crs: QgsCoordinateReferenceSystem) -> str:
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
        return (f"Lambert azimuthal equal-area, centre {abs(lon):.1f}°{'E' if lon >= 0 else 'W'} "
                f"{abs(lat):.1f}°{'N' if lat >= 0 else 'S'}")
    return desc or "custom projection"


# --- layers ---------------------------------------------------------------------------------
def halo_format(size_pt: float, bold: bool = False) -> QgsTextFormat:
    fmt = QgsTextFormat()
    font = QFont(_family())
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size_pt)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(TEXT)
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    buf.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    buf.setColor(QColor("white"))
    buf.setOpacity(0.85)
    fmt.setBuffer(buf)
    return fmt


def label_settings(expression: str, is_expression: bool, geometry_type, size_pt: float = 8.0,
                   bold: bool = False, wrap: int = 0) -> QgsPalLayerSettings:
    """Label settings with a white halo; polygons labelled at an inner point, all shown."""
    pal = QgsPalLayerSettings()
    pal.fieldName = expression
    pal.isExpression = is_expression
    pal.setFormat(halo_format(size_pt, bold))
    pal.displayAll = True           # a report map must not drop a district's label
    if wrap:
        pal.autoWrapLength = wrap
    if geometry_type == QgsWkbTypes.PolygonGeometry:
        # free horizontal placement inside the polygon: moves away from other labels and
        # centre stars where it can; labels that fit nowhere are still drawn (displayAll)
        pal.placement = QgsPalLayerSettings.Horizontal
        pal.centroidInside = True
    elif geometry_type == QgsWkbTypes.PointGeometry:
        pal.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
        pal.dist = 1.2
    return pal


def set_labels(layer: QgsVectorLayer, label_field: str, size_pt: float = 8.0):
    """Label ``layer`` with ``label_field`` (a field name) with a white halo."""
    pal = label_settings(label_field, False, layer.geometryType(), size_pt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    layer.setLabelsEnabled(True)


def report_clone(layer: QgsVectorLayer, label_field: str = "", load_default_style: bool = False,
                 label_size: float = 8.0):
    """A copy of ``layer`` for the layout (the user's layer stays untouched), with the style
    stored in its file when asked and labels from ``label_field`` when given."""
    clone = layer.clone()
    if clone is None or not clone.isValid():
        raise QgsProcessingException(f"Could not copy layer '{layer.name()}' for the map.")
    if load_default_style:
        clone.loadDefaultStyle()
    if label_field:
        set_labels(clone, label_field, label_size)
    return clone


def page_scale(page: int) -> float:
    """1 for A4, about 1.41 for A3: fonts and spacing grow with the page."""
    _, _, w, h = PAGES[page]
    return min(w, h) / 210.0


def legend_title_of(layer: QgsVectorLayer, given: str = "") -> str:
    return (given or layer.customProperty(LEGEND_TITLE_PROPERTY, "") or layer.name() or "").strip()


# --- the page -------------------------------------------------------------------------------
def _family() -> str:
    return QFont().family()


def _font(size_pt: float, bold: bool = False) -> QFont:
    f = QFont(_family())
    f.setPointSizeF(size_pt)
    f.setBold(bold)
    return f


def _label(layout, item_id: str, text: str, size_pt: float, bold: bool = False,
           color: QColor = TEXT, halign=Qt.AlignLeft, valign=Qt.AlignTop) -> QgsLayoutItemLabel:
    lab = QgsLayoutItemLabel(layout)
    lab.setId(item_id)
    lab.setText(text)
    lab.setFont(_font(size_pt, bold))
    lab.setFontColor(color)
    lab.setHAlign(halign)
    lab.setVAlign(valign)
    lab.setMargin(0)
    layout.addLayoutItem(lab)
    return lab


def _place(item, x, y, w=None, h=None):
    # resize before moving: a map item moved while its extent is still empty never gets one
    if w is not None and h is not None:
        item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))


def _size(item) -> Tuple[float, float]:
    s = item.sizeWithUnits()
    return s.width(), s.height()


def north_arrow_path() -> str:
    for base in QgsApplication.svgPaths():
        path = os.path.join(base, NORTH_ARROW)
        if os.path.exists(path):
            return path
    return ""


def build_layout(project, layer: QgsVectorLayer, backgrounds: Sequence, spec: MapSpec,
                 transform_context=None) -> ReportLayout:
    """The report page for ``layer`` (already a clone) over ``backgrounds``."""
    layer_extent = layer.extent()
    if layer.featureCount() == 0 or layer_extent.isNull() or not math.isfinite(layer_extent.width()):
        raise QgsProcessingException(
            f"Layer '{layer.name()}' has no features with a geometry: there is nothing to map.")
    _, _, W, H = PAGES[spec.page]
    portrait = H > W
    s = page_scale(spec.page)      # fonts and spacing scale with the page
    m = 10.0 * s                   # page margin
    gap = 4.0 * s

    tc = transform_context if transform_context is not None else project.transformContext()
    if spec.map_crs is not None and spec.map_crs.isValid():
        crs = spec.map_crs
        note = f"the CRS given in MAP_CRS ({_crs_name(crs)})"
    else:
        crs, note = auto_map_crs(layer.crs(), layer.extent(), tc)
    extent = layer.extent()
    if layer.crs().isValid() and crs.isValid() and layer.crs() != crs:
        try:
            extent = QgsCoordinateTransform(layer.crs(), crs, tc).transformBoundingBox(extent)
        except Exception as e:  # noqa: BLE001
            raise QgsProcessingException(
                f"The layer's extent cannot be projected to {_crs_name(crs)}: {e}. Choose another "
                "MAP_CRS.") from None
    if extent.width() == 0 and extent.height() == 0:
        extent.grow(1000.0 if not crs.isGeographic() else 0.01)
    pad = 0.04 * max(extent.width(), extent.height())
    fit = QgsRectangle(extent)
    fit.grow(pad)

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(spec.title or layer.name())
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(W, H, QgsUnitTypes.LayoutMillimeters))

    # header (the title wraps when long)
    title = _label(layout, ID_TITLE, spec.title, 16.0 * s, bold=True)
    title_h = _text_height(spec.title, 16.0 * s, W - 2 * m, bold=True)
    _place(title, m, m, W - 2 * m, title_h)
    top = m + title_h
    if spec.subtitle:
        sub = _label(layout, ID_SUBTITLE, spec.subtitle, 10.5 * s, color=MUTED)
        sub_h = _text_height(spec.subtitle, 10.5 * s, W - 2 * m)
        _place(sub, m, top + 0.5 * s, W - 2 * m, sub_h)
        top += sub_h + 0.5 * s
    top += 3.0 * s

    # footer: source and projection (left, wraps), date (right)
    date_text = spec.date_text or datetime.date.today().isoformat()
    date_w = 40.0 * s
    src_w = W - 2 * m - date_w - gap
    src_text = "\n".join(t for t in (spec.source_note.strip(),
                                      f"Projection: {crs_caption(crs)}") if t)
    footer_h = _text_height(src_text, 7.0 * s, src_w)
    fy = H - m - footer_h
    src = _label(layout, ID_SOURCE, src_text, 7.0 * s, color=MUTED)
    _place(src, m, fy, src_w, footer_h)
    date = _label(layout, ID_DATE, f"Map drawn {date_text}", 7.0 * s, color=MUTED,
                  halign=Qt.AlignRight)
    _place(date, W - m - date_w, fy, date_w, footer_h)

    # layers: polygons and rasters of the background under the layer, points and lines over it
    under, over = [], []
    for bg in backgrounds:
        if isinstance(bg, QgsVectorLayer) and bg.geometryType() in (QgsWkbTypes.PointGeometry,
                                                                     QgsWkbTypes.LineGeometry):
            over.append(bg)
        else:
            under.append(bg)
    map_layers = list(reversed(over)) + [layer] + list(reversed(under))  # top first

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
    _place(map_item, m, top, W - 2 * m, fy - gap - top)
    map_item.zoomToExtent(fit)

    legend_title = legend_title_of(layer, spec.legend_title)
    legend = QgsLayoutItemLegend(layout)
    legend.setId(ID_LEGEND)
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(map_item)
    legend.setTitle(legend_title)
    root = legend.model().rootGroup()
    root.clear()
    node = root.addLayer(layer)
    legend_nodes = legend.model().layerLegendNodes(node) if node is not None else []
    if node is not None and len(legend_nodes) > 1:
        # the classes are listed under the legend title: the layer's own name is not repeated
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    legend.setStyleFont(QgsLegendStyle.Title, _font(10.0 * s, bold=True))
    legend.setStyleFont(QgsLegendStyle.Group, _font(9.0 * s, bold=True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, _font(9.0 * s, bold=True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, _font(8.5 * s))
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
    lw, lh = _legend_size(legend, layout)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId(ID_SCALEBAR)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    fmt = QgsTextFormat()
    fmt.setFont(_font(7.5 * s))
    fmt.setSize(7.5 * s)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(TEXT)
    scalebar.setTextFormat(fmt)
    scalebar.setHeight(2.0 * s)
    layout.addLayoutItem(scalebar)

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
    aw, ah = 8.0 * s, 12.6 * s

    aspect = fit.width() / fit.height() if fit.height() > 0 else 1.0   # width / height
    sb_w = min(60.0 * s, (W - 2 * m) / 3.0)
    if portrait:
        # map across the page, shortened to the extent's shape; legend, north arrow and scale
        # bar in a band under it
        if lh > 0.28 * H and legend.columnCount() < 2:
            legend.setColumnCount(2)
            lw, lh = _legend_size(legend, layout)
        avail_w = W - 2 * m
        band_h = max(lh, ah + gap + 12.0 * s)
        avail_h = max(fy - gap - band_h - gap - top, 0.35 * (H - 2 * m))
        map_w, map_h = avail_w, max(min(avail_h, avail_w / aspect), 0.6 * avail_h)
        _place(map_item, m, top, map_w, map_h)
        map_item.zoomToExtent(fit)
        by = top + map_h + gap
        _place(legend, m, by)
        _fit_scalebar(scalebar, map_item, project, sb_w)
        sw, sh = _size(scalebar)
        beside = lw + 2 * gap + max(sw, aw) <= avail_w
        if beside:
            _place(arrow, W - m - aw, by, aw, ah)
            _place(scalebar, W - m - sw, by + ah + gap)
    else:
        # map on the left, as high as the page allows, narrowed to the extent's shape; the
        # legend at the top of the column on the right, north arrow and scale bar at its foot
        avail_h = fy - gap - top
        if lh > avail_h and legend.columnCount() < 2:
            legend.setColumnCount(2)
            lw, lh = _legend_size(legend, layout)
        col_w = min(max(lw, 50.0 * s), 0.45 * (W - 2 * m))
        avail_w = W - 2 * m - gap - col_w
        map_w, map_h = max(min(avail_w, avail_h * aspect), 0.6 * avail_w), avail_h
        _place(map_item, m, top, map_w, map_h)
        map_item.zoomToExtent(fit)
        cx = m + map_w + gap
        _place(legend, cx, top)
        _fit_scalebar(scalebar, map_item, project, min(col_w, sb_w))
        sw, sh = _size(scalebar)
        bottom = top + map_h
        if sw + 2 * gap + aw <= col_w:
            # scale bar and north arrow side by side at the foot of the column
            beside = lh + 2 * gap + max(ah, sh) <= map_h
            if beside:
                _place(scalebar, cx, bottom - sh)
                _place(arrow, cx + col_w - aw, bottom - ah, aw, ah)
        else:
            beside = lh + 2 * gap + ah + gap + sh <= map_h
            if beside:
                _place(scalebar, cx, bottom - sh)
                _place(arrow, cx, bottom - sh - gap - ah, aw, ah)
    if not beside:
        # no room beside the legend: north arrow and scale bar go inside the map frame
        mx, my = m, top
        _place(arrow, mx + map_w - aw - 3.0 * s, my + 3.0 * s, aw, ah)
        scalebar.setBackgroundEnabled(True)
        scalebar.setBackgroundColor(QColor(255, 255, 255, 220))
        _place(scalebar, mx + 3.0 * s, my + map_h - sh - 3.0 * s)
    legend.updateFilterByMap(False)
    lw, lh = _legend_size(legend, layout)
    legend.attemptResize(QgsLayoutSize(lw, lh, QgsUnitTypes.LayoutMillimeters))
    return ReportLayout(layout=layout, crs=crs, crs_note=note, legend_title=legend_title,
                        layers=map_layers, layer_id=layer.id())


def _fit_scalebar(scalebar: QgsLayoutItemScaleBar, map_item: QgsLayoutItemMap, project,
                  max_width: float):
    """Two to four segments of a round length (1, 2, 2.5 or 5 × 10^k km) filling as much of
    ``max_width`` mm as possible. The map's width is measured as QGIS's scale bar measures
    it (on the project's ellipsoid, or planimetrically in the projected map CRS)."""
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setMapUnitsPerScaleBarUnit(1.0)
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel("km")
    extent = map_item.extent()
    width_mm = map_item.rect().width()
    da = QgsDistanceArea()
    da.setSourceCrs(map_item.crs(), project.transformContext())
    da.setEllipsoid(project.ellipsoid())
    width = da.measureLine(QgsPointXY(extent.xMinimum(), extent.yMinimum()),
                           QgsPointXY(extent.xMaximum(), extent.yMinimum()))
    km = da.convertLengthMeasurement(width, QgsUnitTypes.DistanceKilometers)
    if not (km > 0 and width_mm > 0 and math.isfinite(km)):
        scalebar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
        return
    km_per_mm = km / width_mm
    best = None
    for n in (4, 3, 2):
        seg = _nice_below(max_width / n * km_per_mm)
        bar = seg / km_per_mm * n
        if best is None or bar > best[2] + 1e-6:
            best = (n, seg, bar)
    n, seg, _ = best
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    scalebar.setNumberOfSegments(n)
    scalebar.setUnitsPerSegment(seg)
    scalebar.updateScale()


def _nice_below(x: float) -> float:
    """The largest of 1, 2, 2.5, 5 × 10^k not above ``x``."""
    if not x > 0:
        return 1.0
    k = math.floor(math.log10(x))
    for f in (5.0, 2.5, 2.0, 1.0):
        if f * 10 ** k <= x * (1 + 1e-9):
            return f * 10 ** k
    return 10.0 ** k


def _lines(text: str, font: QFont, width_mm: float) -> int:
    """How many lines ``text`` takes when word-wrapped in ``width_mm``."""
    n = 0
    for para in (text or "").split("\n"):
        words, line = para.split(), ""
        n += 1
        for w in words:
            trial = f"{line} {w}".strip()
            if line and QgsLayoutUtils.textWidthMM(font, trial) > width_mm:
                n += 1
                line = w
            else:
                line = trial
    return max(n, 1)


def _text_height(text: str, size_pt: float, width_mm: float, bold: bool = False) -> float:
    font = _font(size_pt, bold)
    return _lines(text, font, width_mm) * QgsLayoutUtils.fontHeightMM(font) * 1.2 + 0.5


def _legend_size(legend: QgsLayoutItemLegend, layout) -> Tuple[float, float]:
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


# --- export ---------------------------------------------------------------------------------
def export_layout(layout: QgsPrintLayout, path: str, dpi: float):
    """Write the page to ``path`` (.pdf, .png or .svg); text stays text in PDF and SVG."""
    ext = os.path.splitext(path)[1].lower()
    if ext not in FORMATS:
        raise QgsProcessingException(
            f"OUTPUT '{path}' must end in .pdf, .png or .svg (the format follows the extension).")
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise QgsProcessingException(
            f"Cannot write {path}: the folder {folder} does not exist. Create it or choose "
            "another OUTPUT.")
    exporter = QgsLayoutExporter(layout)
    if ext == ".pdf":
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        settings.forceVectorOutput = True
        settings.rasterizeWholeImage = False
        settings.exportMetadata = True
        settings.simplifyGeometries = True
        result = exporter.exportToPdf(path, settings)
    elif ext == ".png":
        # rendered and saved here rather than by exportToImage, which also tries to write
        # georeferencing into the PNG through GDAL (and prints an error doing so)
        image = exporter.renderPageToImage(0, QSize(), dpi)
        if image.isNull():
            result = QgsLayoutExporter.MemoryError
        else:
            dpm = int(round(dpi / 0.0254))
            image.setDotsPerMeterX(dpm)
            image.setDotsPerMeterY(dpm)
            result = QgsLayoutExporter.Success if image.save(path, "PNG") else \
                QgsLayoutExporter.FileError
    else:
        settings = QgsLayoutExporter.SvgExportSettings()
        settings.dpi = dpi
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        settings.forceVectorOutput = True
        settings.exportMetadata = True
        result = exporter.exportToSvg(path, settings)
    if result != QgsLayoutExporter.Success:
        reasons = {QgsLayoutExporter.FileError: f"cannot write {path} (is the folder writable, "
                                                "or is the file open in another program?)",
                   QgsLayoutExporter.MemoryError: "out of memory: try a lower DPI or a smaller page",
                   QgsLayoutExporter.PrintError: "could not create the print device",
                   QgsLayoutExporter.SvgLayerError: "could not write the SVG layers"}
        detail = exporter.errorMessage() or reasons.get(result, f"error code {result}")
        raise QgsProcessingException(f"The map could not be exported: {detail}.")
