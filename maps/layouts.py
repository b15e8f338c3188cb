"""Print layouts for report maps (used by ``exportmap``; not an algorithm).

A report page holds a title, an optional subtitle, the map fitted to the layer's extent in a
projected CRS (so the scale bar in km is honest), a legend with only the layer's classes, a
scale bar, a north arrow, a source line and the date. The layers drawn are clones: the user's
layers are never modified (labels are set on the clone).

This module arranges the page; the pieces are in :mod:`.page` (sizes, fonts, text items),
:mod:`.crs` (the map's CRS), :mod:`.furniture` (header, footer), :mod:`.legend`,
:mod:`.scale_north` (scale bar, north arrow), :mod:`.labels` (labels, the clone) and
:mod:`.export` (writing the file).

Layouts are not thread-safe: build and export them on the main thread (``exportmap`` has
``FlagNoThreading``).
"""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutItemMap,
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
from .arrange import Items, Page, arrange
from .crs import auto_map_crs, crs_name, fitted_extent
from .furniture import add_footer, add_header
from .label_fit import fit_label_sizes
from .labels import label_settings  # noqa: F401 — imported from here by potential_clusters
from .language import map_language, retranslate, retranslate_renderer
from .legend import add_legend, in_legend, legend_labels, legend_size, legend_title_of, relink_legend
from .page import ID_LEGEND, ID_MAP, MUTED, PAGES, page_scale, place
from .panels import PanelSpec, make_panels
from .report import source_line, style_xml
from .scale_north import add_north_arrow, add_north_label, add_scalebar


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
    panels: Optional[PanelSpec] = None  # chart and membership table beside the map


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
    panels: List[str] = field(default_factory=list)  # ids of the chart / table placed
    dropped: List[str] = field(default_factory=list)  # those left out for want of room (their names)

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
    pg = Page(w, h, s, m=10.0 * s, gap=4.0 * s)
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
    items = Items(map_item, legend, scalebar, arrow, add_north_label(layout, s))
    if spec.panels is not None:
        items.panels = make_panels(layout, layer, spec.panels, s)
    arrange(pg, project, layout, fit, items)
    shrunk = fit_label_sizes(layer, map_item, tc, spec.label_size * s)
    legend.updateFilterByMap(False)
    lw, lh = legend_size(legend, layout)
    legend.attemptResize(QgsLayoutSize(lw, lh, QgsUnitTypes.LayoutMillimeters))
    return ReportLayout(
        layout=layout,
        crs=crs,
        crs_note=note,
        legend_title=legend_title,
        layers=map_layers + [p.rows_layer for p in items.panels if p not in items.dropped and hasattr(p, "rows_layer")],
        layer_id=layer.id(),
        source_line=source,
        labels_shrunk=shrunk,
        panels=[p.item.id() for p in items.panels if p not in items.dropped],
        dropped=[p.title for p in items.dropped],
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


def _add_map(layout, crs, map_layers: List, fit: QgsRectangle, pg: Page) -> QgsLayoutItemMap:
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
