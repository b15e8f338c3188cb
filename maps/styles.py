"""Style builders: renderers (categorized, graduated, diverging, the graduated classes as
rules with a "no data" class), class breaks and legend precision.

Renderers are built during the run from the result's classes (as QGIS's own
"Categorize using style" does), applied by a post-processor when the layer is
loaded, and stored with file outputs so a layer written by qgis_process or a model
opens styled later (:mod:`.style_store`). Colours come from :mod:`.colors`.

Re-exported from here, where the algorithms and maps/ import them: ``NO_DATA``,
``ramp_colors``, ``qualitative_colors`` (:mod:`.colors`); ``set_credits``, ``set_labeling``,
``set_legend_title`` (:mod:`.style_store`).
"""

import math
from typing import Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsClassificationJenks,
    QgsClassificationQuantile,
    QgsExpression,
    QgsGraduatedSymbolRenderer,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from .colors import NO_DATA, OUTLINE, qualitative_colors, ramp_colors  # noqa: F401
from .style_store import set_credits, set_labeling, set_legend_title  # noqa: F401


def fill_symbol(color: QColor, geometry_type=QgsWkbTypes.PolygonGeometry) -> QgsSymbol:
    sym = QgsSymbol.defaultSymbol(geometry_type)
    sym.setColor(color)
    if geometry_type == QgsWkbTypes.PolygonGeometry:
        layer = sym.symbolLayer(0)
        if hasattr(layer, "setStrokeColor"):
            layer.setStrokeColor(QColor(OUTLINE))
            layer.setStrokeWidth(0.2)
    return sym


def categorized(
    field: str,
    values: Sequence,
    labels: Sequence[str],
    colors: Sequence[QColor],
    geometry_type=QgsWkbTypes.PolygonGeometry,
    no_data_label: Optional[str] = None,
    legend_title: str = "",
) -> QgsCategorizedSymbolRenderer:
    """A categorized renderer in the given order (best → worst for typologies)."""
    cats = [
        QgsRendererCategory(v, fill_symbol(c, geometry_type), str(lab), True)
        for v, lab, c in zip(values, labels, colors)
    ]
    if no_data_label:
        cats.append(QgsRendererCategory(None, fill_symbol(NO_DATA, geometry_type), no_data_label, True))
    renderer = QgsCategorizedSymbolRenderer(field, cats)
    if legend_title:
        set_legend_title(renderer, legend_title)
    return renderer


def graduated(
    field: str,
    values: Sequence[float],
    n_classes: int = 5,
    scheme: str = "Reds",
    method: str = "jenks",
    geometry_type=QgsWkbTypes.PolygonGeometry,
    legend_title: str = "",
    precision: int = 2,
    no_data_label: Optional[str] = None,
):
    """Graduated renderer with breaks from QGIS's own classification methods. With
    ``no_data_label`` (the layer has NULL values), the same classes as rules plus a grey
    "no data" class (see :func:`with_no_data`)."""
    clean = sorted(float(v) for v in values if v is not None and math.isfinite(float(v)))
    if clean and max(abs(clean[0]), abs(clean[-1])) > 1e100:
        method = "quantile"  # QGIS's Jenks squares the values: 1e300 overflows (and crashes 3.22)
    klass = QgsClassificationJenks() if method == "jenks" else QgsClassificationQuantile()
    klass.setLabelPrecision(precision)
    n = max(1, min(n_classes, len(set(clean))))
    ranges_def = klass.classes(clean, n) if clean else []
    colors = ramp_colors(len(ranges_def), scheme, best_first_dark=False)
    ranges = []
    for r, c in zip(ranges_def, colors):
        label = klass.labelForRange(r.lowerBound(), r.upperBound())
        ranges.append(QgsRendererRange(r.lowerBound(), r.upperBound(), fill_symbol(c, geometry_type), label))
    renderer = QgsGraduatedSymbolRenderer(field, ranges)
    renderer.setClassificationMethod(klass)
    if no_data_label:
        renderer = with_no_data(renderer, no_data_label, geometry_type)
    if legend_title:
        set_legend_title(renderer, legend_title)
    return renderer


def diverging(
    field: str,
    breaks: Sequence[float],
    values: Sequence[float],
    scheme: str = "RdBu",
    geometry_type=QgsWkbTypes.PolygonGeometry,
    legend_title: str = "",
    low_is_red: bool = True,
    precision: int = 2,
    no_data_label: Optional[str] = None,
):
    """Graduated renderer on fixed ``breaks`` (e.g. 0.5/0.8/1.25/2 around 1) with a
    diverging palette; the outer classes reach the data's min and max. A value on a break
    belongs to the class below it (QGIS's graduated rule), hence the labels "≤ first break"
    and "> last break". ``no_data_label``: as in :func:`graduated`."""
    clean = [float(v) for v in values if v is not None and v == v]
    lo = min(clean + [min(breaks)]) if clean else min(breaks)
    hi = max(clean + [max(breaks)]) if clean else max(breaks)
    edges = [lo] + sorted(breaks) + [hi]
    n = len(edges) - 1
    colors = ramp_colors(n, scheme, best_first_dark=False)
    if not low_is_red:
        colors = colors[::-1]
    fmt = f"{{:.{precision}f}}"
    ranges = []
    for i in range(n):
        a, b = edges[i], edges[i + 1]
        if i == 0:
            label = f"≤ {fmt.format(b)}"
        elif i == n - 1:
            label = f"> {fmt.format(a)}"
        else:
            label = f"{fmt.format(a)} – {fmt.format(b)}"
        ranges.append(QgsRendererRange(a, b, fill_symbol(colors[i], geometry_type), label))
    renderer = QgsGraduatedSymbolRenderer(field, ranges)
    if no_data_label:
        renderer = with_no_data(renderer, no_data_label, geometry_type)
    if legend_title:
        set_legend_title(renderer, legend_title)
    return renderer


def symmetric_breaks(values, per_side: int = 2):
    """Class breaks centred on 0: 0 and ``per_side`` round steps on each side, the outer
    break inside the data's range (e.g. -50;-25;0;25;50 for values up to ±100)."""
    finite = [abs(v) for v in values if v == v and not math.isinf(v)]
    top = max(finite) if finite else 0.0
    if top == 0:
        return [0.0]
    raw = top / (per_side + 0.5)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = max(m * magnitude for m in (1, 2, 2.5, 5) if m * magnitude <= raw)
    side = [step * k for k in range(1, per_side + 1)]
    return [-s for s in reversed(side)] + [0.0] + side


def _number(value: float) -> str:
    """A number as an expression literal, exact and without exponent (QGIS's own conversion
    to rules keeps 6 decimals: 1e-7 would become 0)."""
    return np.format_float_positional(float(value), unique=True, trim="-")


def with_no_data(
    renderer: QgsGraduatedSymbolRenderer, label: str, geometry_type=QgsWkbTypes.PolygonGeometry
) -> QgsRuleBasedRenderer:
    """The graduated classes as rules (same bounds, symbols, labels and order: the first
    class includes its lower bound, the others only their upper bound, as the graduated
    renderer assigns a value on a bound to the lower class) plus a grey ``label`` class for
    NULL: a graduated renderer draws no feature whose value is NULL, and a region missing
    from a report map reads as an error, not as "no data"."""
    column = QgsExpression.quotedColumnRef(renderer.classAttribute())
    rules = as_rules(renderer)
    root = rules.rootRule()
    root.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(NO_DATA, geometry_type), 0, 0, f"{column} IS NULL", label))
    return rules


def as_rules(renderer: QgsGraduatedSymbolRenderer) -> QgsRuleBasedRenderer:
    """The graduated classes as rules (see :func:`with_no_data`), with exact bounds."""
    column = QgsExpression.quotedColumnRef(renderer.classAttribute())
    root = QgsRuleBasedRenderer.Rule(None)
    for i, r in enumerate(renderer.ranges()):
        low = f"{column} {'>=' if i == 0 else '>'} {_number(r.lowerValue())}"
        root.appendChild(
            QgsRuleBasedRenderer.Rule(
                r.symbol().clone(), 0, 0, f"{low} AND {column} <= {_number(r.upperValue())}", r.label()
            )
        )
    return QgsRuleBasedRenderer(root)


def legend_precision(values: Sequence[float], significant: int = 3) -> int:
    """Decimals so that the largest absolute value shows ``significant`` digits (0–10)."""
    finite = [abs(v) for v in values if v is not None and v == v and not math.isinf(v) and v != 0]
    if not finite:
        return 2
    top = max(finite)
    return int(min(10, max(0, significant - 1 - math.floor(math.log10(top)))))
