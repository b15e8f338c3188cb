"""The style of the cluster-structure map's layers: links as arrows from the centre to each
member, one colour per cluster with a numbered legend ("1. Ferrous metallurgy"), parallel
links of several clusters side by side; centres as stars labelled with their clusters'
numbers. Both carry a legend title, so exportmap lists them in the legend when they are
given as background layers."""

from typing import Sequence

from qgis.core import (
    QgsArrowSymbolLayer,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsRendererCategory,
    QgsUnitTypes,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from . import Maps, styles
from .labels import label_settings
from .potential_style import centres_renderer

LINK_WIDTH = 0.7  # mm
LINK_GAP = 1.0  # mm between the links of two clusters that join the same districts


def link_symbol(color: QColor, offset: float = 0.0) -> QgsLineSymbol:
    """A straight arrow, head at the member district."""
    arrow = QgsArrowSymbolLayer()
    arrow.setIsCurved(False)
    arrow.setIsRepeated(False)
    arrow.setArrowWidth(LINK_WIDTH)
    arrow.setArrowStartWidth(LINK_WIDTH)
    arrow.setHeadLength(2.6)
    arrow.setHeadThickness(1.6)
    for setter in (arrow.setArrowWidthUnit, arrow.setArrowStartWidthUnit):
        setter(QgsUnitTypes.RenderMillimeters)
    arrow.setHeadLengthUnit(QgsUnitTypes.RenderMillimeters)
    arrow.setHeadThicknessUnit(QgsUnitTypes.RenderMillimeters)
    arrow.setOffset(offset)
    arrow.setOffsetUnit(QgsUnitTypes.RenderMillimeters)
    fill = QgsFillSymbol.createSimple({"color": color.name(), "outline_color": "#ffffff", "outline_width": "0.15"})
    arrow.setSubSymbol(fill)
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, arrow)
    return symbol


def links_renderer(numbers: Sequence[int], industries: Sequence[str]) -> QgsCategorizedSymbolRenderer:
    """Arrows categorized by the ``cluster`` field, numbered legend entries."""
    colors = styles.qualitative_colors(len(numbers))
    n = len(numbers)
    cats = []
    for i, (number, industry, color) in enumerate(zip(numbers, industries, colors)):
        offset = (i - (n - 1) / 2.0) * LINK_GAP if n > 1 else 0.0
        cats.append(QgsRendererCategory(number, link_symbol(color, offset), "{}. {}".format(number, industry), True))
    renderer = QgsCategorizedSymbolRenderer("cluster", cats)
    styles.set_legend_title(renderer, Maps.tr("Potential clusters (links from the centre)"))
    return renderer


def centre_stars():
    """Stars labelled with the centre's name and its clusters' numbers."""
    renderer = centres_renderer("")
    styles.set_legend_title(renderer, Maps.tr("Cluster centres"))
    pal = label_settings(
        "\"centre\" || ' (' || \"clusters\" || ')'", True, QgsWkbTypes.PointGeometry, size_pt=8.0, bold=True
    )
    pal.dist = 2.0
    styles.set_labeling(renderer, QgsVectorLayerSimpleLabeling(pal))
    return renderer
