"""Panels beside the map on a report page (exportmap's CHART and MEMBERSHIP_TABLE): a chart
(matplotlib SVG as a layout picture) and the class membership as a layout attribute table.
Each panel is sized once the page knows how wide it may be (:meth:`Panel.height_for`) and
then placed (:meth:`Panel.place`); colours and classes are the map's."""

import os
import tempfile
from dataclasses import dataclass
from typing import Dict, List, Optional

import numpy as np
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsFeature,
    QgsField,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemPicture,
    QgsLayoutUtils,
    QgsProcessingUtils,
    QgsRenderContext,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QVariant

from . import Maps, charts
from .page import ID_CHART, ID_TABLE, font, place

#: CHART options, in order
CHART_NONE, CHART_GRADES, CHART_PROFILE = 0, 1, 2
CHART_LABELS = [
    QT_TRANSLATE_NOOP("Maps", "No chart"),
    QT_TRANSLATE_NOOP("Maps", "Complex grades by district (bar chart)"),
    QT_TRANSLATE_NOOP("Maps", "Cluster profiles (Ward's profile table)"),
]
GRADE_FIELD = "complex_grade"
MAX_TABLE_ROWS = 40  # a longer membership table would not fit beside the map


@dataclass
class PanelSpec:
    chart: int = CHART_NONE
    profile_table: Optional[QgsVectorLayer] = None  # Ward's cluster profiles (zmean_ columns)
    membership: bool = False
    name_field: str = ""


def name_field_of(layer: QgsVectorLayer, given: str = "") -> str:
    """``given``, else the layer's first text field."""
    if given:
        return given
    return next((f.name() for f in layer.fields() if f.typeName().lower() in ("string", "text")), "")


def feature_colors(layer: QgsVectorLayer) -> Dict[int, str]:
    """Each feature's fill colour on the map (its renderer's symbol)."""
    renderer = layer.renderer().clone() if layer.renderer() else None
    if renderer is None:
        return {}
    context = QgsRenderContext()
    context.setExpressionContext(QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer)))
    renderer.startRender(context, layer.fields())
    out = {}
    for f in layer.getFeatures():
        context.expressionContext().setFeature(f)
        symbol = renderer.originalSymbolForFeature(f, context)
        out[f.id()] = symbol.color().name() if symbol is not None else "#d9d9d9"
    renderer.stopRender(context)
    return out


def class_expression(layer: QgsVectorLayer) -> str:
    """The classes' field (or expression) of the layer's renderer; '' when it has none."""
    renderer = layer.renderer()
    attr = getattr(renderer, "classAttribute", None) if renderer is not None else None
    return attr() if callable(attr) else ""


class Panel:
    """A picture or table beside the map."""

    shrinkable = True  # may be drawn lower than it asks (a chart); a table may not: rows would be lost

    def __init__(self, item, min_w: float):
        self.item = item
        self.min_w = min_w

    def height_for(self, width: float) -> float:
        raise NotImplementedError

    def place(self, x: float, y: float, w: float, h: float):
        place(self.item, x, y, w, h)

    def remove(self, layout):
        layout.removeLayoutItem(self.item)


class ChartPanel(Panel):
    """A chart drawn to an SVG of exactly the room it gets."""

    def __init__(self, layout, draw, rows: int, s: float, folder: str):
        picture = QgsLayoutItemPicture(layout)
        picture.setId(ID_CHART)
        picture.setResizeMode(QgsLayoutItemPicture.Stretch)
        layout.addLayoutItem(picture)
        super().__init__(picture, 60.0 * s)
        self.title = Maps.tr("the chart")
        self.draw, self.rows, self.s = draw, rows, s
        self.path = os.path.join(folder, "chart.svg")

    def height_for(self, width: float) -> float:
        return min(max(self.rows * 3.2 * self.s + 12.0 * self.s, 40.0 * self.s), 1.1 * width)

    def place(self, x, y, w, h):
        self.draw(self.path, w, h)
        self.item.setPicturePath(self.path)
        super().place(x, y, w, h)


def _text_format(size_pt: float, bold: bool = False) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(font(size_pt, bold))
    fmt.setSize(size_pt)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    return fmt


class TablePanel(Panel):
    """The class membership: name and class of every feature, by class then name. The rows
    are a small table layer of their own (sorted as written, headings from its field aliases):
    PyQGIS 3.22 corrupts memory when a table's columns are built in Python."""

    shrinkable = False

    def __init__(self, layout, layer: QgsVectorLayer, name_field: str, class_expr: str, s: float):
        self.rows_layer = membership_layer(layer, name_field, class_expr)
        table = QgsLayoutItemAttributeTable.create(layout)
        layout.addMultiFrame(table)  # first: the layout owns the table
        table.setVectorLayer(self.rows_layer)
        table.setHeaderTextFormat(_text_format(7.0 * s, bold=True))
        table.setContentTextFormat(_text_format(7.0 * s))
        table.setCellMargin(0.8 * s)
        table.setShowGrid(False)
        table.setMaximumNumberOfFeatures(MAX_TABLE_ROWS)
        self.n_rows = min(self.rows_layer.featureCount(), MAX_TABLE_ROWS)
        frame = QgsLayoutFrame(layout, table)
        frame.setId(ID_TABLE)
        table.addFrame(frame)
        # the layout owns table and frame (PyQGIS 3.22 would also delete them with their wrappers)
        sip.transferto(table, layout)
        sip.transferto(frame, table)
        super().__init__(frame, 45.0 * s)
        self.title = Maps.tr("the class membership table")
        self.table, self.s = table, s

    def remove(self, layout):
        for frame in list(self.table.frames()):
            layout.removeLayoutItem(frame)
        layout.removeMultiFrame(self.table)

    def height_for(self, width: float) -> float:
        row = QgsLayoutUtils.fontHeightMM(font(7.0 * self.s)) + 2 * 0.8 * self.s
        return (self.n_rows + 1) * row * 1.12 + 1.0


def membership_layer(layer: QgsVectorLayer, name_field: str, class_expr: str) -> QgsVectorLayer:
    """A table layer (district, class) sorted by the renderer's class order, then by name; the
    class as the legend reads it."""
    out = QgsVectorLayer("None", Maps.tr("Class membership"), "memory")
    out.dataProvider().addAttributes([QgsField("district", QVariant.String), QgsField("class", QVariant.String)])
    out.updateFields()
    out.setFieldAlias(0, Maps.tr("District"))
    out.setFieldAlias(1, Maps.tr("Class"))
    renderer = layer.renderer()
    order, labels = {}, {}
    for i, cat in enumerate(getattr(renderer, "categories", lambda: [])()):
        order[str(cat.value())], labels[str(cat.value())] = i, cat.label().replace("\n", " ")
    expr = QgsExpression(class_expr)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    rows = []
    for f in layer.getFeatures():
        context.setFeature(f)
        value = expr.evaluate(context)
        key = "" if value is None else str(value)
        name = f[name_field] if name_field else f.id()
        rows.append((order.get(key, len(order)), str(name), labels.get(key, key)))
    rows.sort()
    feats = []
    for _, name, label in rows:
        feat = QgsFeature(out.fields())
        feat.setAttributes([name, label])
        feats.append(feat)
    out.dataProvider().addFeatures(feats)
    return out


def make_panels(layout, layer: QgsVectorLayer, spec: PanelSpec, s: float) -> List[Panel]:
    """The panels asked for in ``spec`` for ``layer`` (a report clone)."""
    panels: List[Panel] = []
    # Processing's temporary folder (removed when QGIS exits; a layout kept in the project
    # then shows the chart until then)
    folder = tempfile.mkdtemp(prefix="chart-", dir=QgsProcessingUtils.tempFolder())
    name_field = name_field_of(layer, spec.name_field)
    if spec.chart == CHART_GRADES:
        colors = feature_colors(layer)
        feats = list(layer.getFeatures(QgsFeatureRequest()))
        names = [str(f[name_field]) if name_field else str(f.id()) for f in feats]
        values = [f[GRADE_FIELD] for f in feats]
        fill = [colors.get(f.id(), "#d9d9d9") for f in feats]

        def draw(path, w, h):
            charts.grades_chart(
                path, names, [v if isinstance(v, (int, float)) else None for v in values], fill, w, h, 6.5 * s
            )

        panels.append(ChartPanel(layout, draw, len(feats), s, folder))
    elif spec.chart == CHART_PROFILE and spec.profile_table is not None:
        prof = spec.profile_table
        zcols = [f.name() for f in prof.fields() if f.name().startswith("zmean_")]
        rows = list(prof.getFeatures())
        cluster_colors = _cluster_colors(layer)
        clusters = [str(r["cluster"]) for r in rows]
        zmeans = np.array([[float(r[c]) if r[c] is not None else np.nan for c in zcols] for r in rows])
        colors = [cluster_colors.get(c, "#999999") for c in clusters]
        labels = [Maps.tr("Cluster {}").format(c) for c in clusters]
        indicators = [c[len("zmean_") :] for c in zcols]

        def draw(path, w, h):
            charts.profile_chart(path, labels, indicators, zmeans, colors, w, h, 4.8 * s)

        panels.append(ChartPanel(layout, draw, max(len(indicators), 8), s, folder))
    if spec.membership and class_expression(layer):
        panels.append(TablePanel(layout, layer, name_field, class_expression(layer), s))
    return panels


def _cluster_colors(layer: QgsVectorLayer) -> Dict[str, str]:
    """cluster value (as text) → its colour in the layer's categorized renderer."""
    renderer = layer.renderer()
    out = {}
    for cat in getattr(renderer, "categories", lambda: [])():
        if cat.symbol() is not None:
            out[str(cat.value())] = cat.symbol().color().name()
    return out
