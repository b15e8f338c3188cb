"""Style builders and the layer post-processor that applies them.

Renderers are built during the run from the result's classes (as QGIS's own
"Categorize using style" does), applied by a post-processor when the layer is
loaded, and stored with file outputs so a layer written by qgis_process or a model
opens styled later.
"""

import math
import os
from typing import List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsProviderRegistry,
    QgsCategorizedSymbolRenderer,
    QgsClassificationJenks,
    QgsClassificationQuantile,
    QgsColorBrewerColorRamp,
    QgsExpression,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ..layers import gpkg_styles
from ..layers.provenance import CREDITS_PROPERTY
from . import Maps

OUTLINE = "#4d4d4d"
NO_DATA = QColor("#d9d9d9")

# ColorBrewer schemes used here are colour-blind safe (YlGn, YlOrRd, Reds, Blues, RdBu,
# PuOr, BrBG); qualitative categories use Okabe–Ito.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"]


def ramp_colors(n: int, scheme: str = "YlGn", best_first_dark: bool = True) -> List[QColor]:
    """``n`` colours of a ColorBrewer scheme, darkest first when ``best_first_dark``."""
    if n <= 0:
        return []
    if n == 1:
        colors = [QgsColorBrewerColorRamp(scheme, 3).color(1.0)]
    elif n <= 9:
        ramp = QgsColorBrewerColorRamp(scheme, max(n, 3))
        if n == 2:
            colors = [ramp.color(0.0), ramp.color(1.0)]
        else:
            colors = [ramp.color(i / (n - 1)) for i in range(n)]
    else:
        stops = QgsColorBrewerColorRamp(scheme, 9)
        grad = QgsGradientColorRamp(stops.color(0.0), stops.color(1.0))
        colors = [grad.color(i / (n - 1)) for i in range(n)]
    if best_first_dark:
        colors = colors[::-1]
    return colors


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


# Paul Tol's "muted" scheme (colour-blind safe), after Okabe–Ito when more classes are needed.
TOL_MUTED = ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499"]


def qualitative_colors(n: int) -> List[QColor]:
    """``n`` distinct colour-blind-safe colours: Okabe–Ito, then Tol's muted; beyond 18 the
    list repeats in lighter tints."""
    base = OKABE_ITO + TOL_MUTED
    out = []
    for i in range(n):
        c = QColor(base[i % len(base)])
        rounds = i // len(base)
        out.append(c.lighter(100 + 25 * rounds) if rounds else c)
    return out


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


def set_legend_title(renderer, title: str):
    """Store the legend title where the report map (exportmap) finds it."""
    # Renderers have no title of their own in 3.22; a custom property on the layer is set
    # by persist_style/post-processor from this attribute.
    renderer._tc_legend_title = title


LEGEND_TITLE_PROPERTY = "territorialclusters/legend_title"


def set_credits(renderer, credits: Sequence[str]):
    """The inputs' credits (``layers.provenance``) go with ``renderer``: metadata rights of
    the layer it styles and a custom property stored with the default style."""
    renderer._tc_credits = [c for c in credits if c]


def _apply_credits(layer, credits):
    if credits:
        layer.setCustomProperty(CREDITS_PROPERTY, "\n".join(credits))
        md = layer.metadata()
        if not md.rights():
            md.setRights(list(credits))
            layer.setMetadata(md)


def set_labeling(renderer, labeling):
    """Attach labels (a QgsAbstractVectorLayerLabeling) to ``renderer``: they are applied and
    stored with it by apply / StylePostProcessor / persist_style."""
    renderer._tc_labeling = labeling


def _apply_labeling(layer, labeling):
    if labeling is not None:
        layer.setLabeling(labeling.clone())
        layer.setLabelsEnabled(True)


def apply(layer, renderer):
    layer.setRenderer(renderer.clone())
    title = getattr(renderer, "_tc_legend_title", "")
    if title:
        layer.setCustomProperty(LEGEND_TITLE_PROPERTY, title)
    _apply_labeling(layer, getattr(renderer, "_tc_labeling", None))
    _apply_credits(layer, getattr(renderer, "_tc_credits", []))
    layer.triggerRepaint()


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a renderer to an output layer when QGIS loads it."""

    _alive = []  # Python references: QGIS holds only a raw pointer

    def __init__(self, renderer):
        super().__init__()
        self.renderer = renderer.clone()
        self.title = getattr(renderer, "_tc_legend_title", "")
        labeling = getattr(renderer, "_tc_labeling", None)
        self.labeling = labeling.clone() if labeling is not None else None
        self.credits = list(getattr(renderer, "_tc_credits", []))

    def postProcessLayer(self, layer, context, feedback):
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            layer.setRenderer(self.renderer.clone())
            if self.title:
                layer.setCustomProperty(LEGEND_TITLE_PROPERTY, self.title)
            _apply_labeling(layer, self.labeling)
            _apply_credits(layer, self.credits)
            layer.triggerRepaint()

    @classmethod
    def create(cls, renderer):
        pp = cls(renderer)
        cls._alive.append(pp)
        del cls._alive[:-50]
        return pp


def persist_style(dest_id: str, renderer, context, feedback) -> bool:
    """Store ``renderer`` with the output: temporary layers get it directly; GeoPackage
    outputs get a default style in layer_styles (written through GDAL); other files a .qml
    beside them. The output is not opened as a QGIS layer (it may still be private)."""
    layer = context.temporaryLayerStore().mapLayer(dest_id) if dest_id else None
    if layer is not None:
        apply(layer, renderer)
        return True
    parts = QgsProviderRegistry.instance().decodeUri("ogr", dest_id)
    path = str(parts.get("path") or "")
    if not path or not os.path.exists(path):
        return False
    from osgeo import gdal, ogr

    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    table = parts.get("layerName") or ""
    ogr_layer = None
    if ds is not None:
        ogr_layer = ds.GetLayerByName(table) if table else ds.GetLayer(0)
    if ogr_layer is None:
        feedback.pushInfo(Maps.tr("Could not reopen {} to store its style.").format(dest_id))
        return False
    table, geometry_column = ogr_layer.GetName(), ogr_layer.GetGeometryColumn()
    geometry = _GEOMETRY_NAMES.get(ogr.GT_Flatten(ogr_layer.GetGeomType()) % 1000, "None")
    driver = ds.GetDriver().ShortName
    ogr_layer = ds = None
    styled = _style_carrier(renderer, geometry)
    if driver == "GPKG":
        doc = QDomDocument("qgis")
        styled.exportNamedStyle(doc)
        if not gpkg_styles.store(path, table, geometry_column, doc.toString()):
            feedback.pushInfo(Maps.tr("Could not store the style in {}.").format(path))
            return False
        return True
    qml = os.path.splitext(path)[0] + ".qml"
    msg, ok = styled.saveNamedStyle(qml)
    if not ok:
        feedback.pushInfo(Maps.tr("Could not write the style file {}: {}").format(qml, msg))
    return bool(ok)


#: OGR's flat geometry type codes (modulo 1000: Z/M variants) → memory-layer geometry names
_GEOMETRY_NAMES = {1: "Point", 4: "Point", 2: "LineString", 5: "LineString", 3: "Polygon", 6: "Polygon"}


def _style_carrier(renderer, geometry: str) -> QgsVectorLayer:
    """A memory layer of the output's geometry type holding ``renderer`` (and its legend
    title and labels), whose QML is what gets stored with an output (QGIS refuses a style
    saved from another geometry type)."""
    layer = QgsVectorLayer(geometry, "style", "memory")
    apply(layer, renderer)
    return layer
