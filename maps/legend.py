"""The report page's legend: the layer's classes under the legend title (filtered by the
map's content) and the extra layers' entries, sized before the first paint, long labels
wrapped. Part of the page's furniture (:mod:`.furniture`)."""

from typing import List, Tuple

from qgis.core import (
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt

from .page import (
    ID_LEGEND,
    TEXT,
    font,
    wrap_lines,
)
from .style_store import LEGEND_TITLE_PROPERTY


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
