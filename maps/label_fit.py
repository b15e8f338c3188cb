"""Labels of a report page shrunk to their districts: once the map's scale is known, each
polygon's label gets the largest size up to LABEL_SIZE at which its text fits the polygon's
extent on the page (not below a readable minimum). QGIS's labeling then places it inside
the polygon or, when it still fits nowhere, leaves it out (``labels.inside_polygon``):
labels never run into each other."""

from typing import Dict, Iterable, List, Tuple

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsLayoutUtils,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedLabeling,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)

from .labels import inside_polygon

WRAP = 13  # characters: longer labels are wrapped at a space
MIN_LABEL_PT = 4.5  # smaller labels are left out rather than drawn unreadable
MAX_LABEL_SHARE = 0.35  # a label taking more of its polygon's area goes beside it
#: how much of a polygon's extent on the page a label may take (width, height)
FILL_W, FILL_H = 0.9, 0.6


def _settings(layer: QgsVectorLayer) -> List[Tuple[QgsPalLayerSettings, str, object]]:
    """(settings, filter expression, owner) of every label rule of ``layer``."""
    labeling = layer.labeling() if layer.labelsEnabled() else None
    if isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return [(labeling.settings(), "", labeling)]
    if isinstance(labeling, QgsRuleBasedLabeling):
        return [(r.settings(), r.filterExpression(), r) for r in labeling.rootRule().descendants() if r.settings()]
    return []


def _text_size_mm(text: str, pal: QgsPalLayerSettings, size_pt: float) -> Tuple[float, float]:
    font = pal.format().font()
    font.setPointSizeF(size_pt)
    lines = text.split("\n") if text else [""]
    width = max(QgsLayoutUtils.textWidthMM(font, line) for line in lines)
    return width, QgsLayoutUtils.fontHeightMM(font) * 1.2 * len(lines)


def _page_boxes(layer: QgsVectorLayer, map_item, transform_context, filter_expr: str) -> Iterable:
    """(feature, width mm, height mm, area mm²) of the polygons on the page."""
    mm_per_unit = map_item.rect().width() / map_item.extent().width() if map_item.extent().width() else 0
    tr = None
    if layer.crs().isValid() and map_item.crs().isValid() and layer.crs() != map_item.crs():
        tr = QgsCoordinateTransform(layer.crs(), map_item.crs(), transform_context)
    request = QgsFeatureRequest()
    if filter_expr:
        request.setFilterExpression(filter_expr)
    for feature in layer.getFeatures(request):
        geom = QgsGeometry(feature.geometry())
        if geom.isEmpty() or (tr is not None and geom.transform(tr) != 0):
            continue
        box = geom.boundingBox()
        yield feature, box.width() * mm_per_unit, box.height() * mm_per_unit, geom.area() * mm_per_unit**2


def fit_label_sizes(layer: QgsVectorLayer, map_item, transform_context, max_pt: float) -> int:
    """Shrink the polygon labels of ``layer`` (a report clone) to their polygons at the scale
    of ``map_item``; returns how many labels were shrunk."""
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        return 0
    shrunk = 0
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    for pal, filter_expr, owner in _settings(layer):
        pal = QgsPalLayerSettings(pal)
        inside_polygon(pal)
        if isinstance(owner, QgsVectorLayerSimpleLabeling):  # long names on two lines
            text = pal.fieldName if pal.isExpression else QgsExpression.quotedColumnRef(pal.fieldName)
            pal.fieldName, pal.isExpression = "wordwrap(to_string({}), {})".format(text, WRAP), True
        size = min(max_pt, pal.format().size()) if pal.format().sizeUnit() == QgsUnitTypes.RenderPoints else max_pt
        expr = QgsExpression(pal.fieldName if pal.isExpression else QgsExpression.quotedColumnRef(pal.fieldName))
        sizes: Dict[int, float] = {}
        tiny: List[int] = []  # polygons too small for their name even at MIN_LABEL_PT
        for feature, w_mm, h_mm, area_mm2 in _page_boxes(layer, map_item, transform_context, filter_expr):
            context.setFeature(feature)
            value = expr.evaluate(context)
            text = "" if value is None else str(value)
            tw, th = _text_size_mm(text, pal, size)
            factor = min(1.0, FILL_W * w_mm / tw if tw else 1.0, FILL_H * h_mm / th if th else 1.0)
            sizes[feature.id()] = round(max(MIN_LABEL_PT, size * factor), 2)
            shrunk += factor < 1.0
            small_w, small_h = _text_size_mm(text, pal, max(MIN_LABEL_PT, size * factor))
            if size * factor < MIN_LABEL_PT or small_w * small_h > MAX_LABEL_SHARE * area_mm2:
                tiny.append(feature.id())
        fmt = pal.format()
        fmt.setSize(size)
        pal.setFormat(fmt)
        if sizes:
            pairs = ", ".join("'{}', {}".format(fid, v) for fid, v in sizes.items())
            pal.dataDefinedProperties().setProperty(
                QgsPalLayerSettings.Size,
                QgsProperty.fromExpression("coalesce(map_get(map({}), to_string($id)), {})".format(pairs, size)),
            )
        if tiny and isinstance(owner, QgsVectorLayerSimpleLabeling):
            layer.setLabeling(_with_beside_labels(pal, tiny))
        else:
            owner.setSettings(pal)
    layer.triggerRepaint()
    return shrunk


def _with_beside_labels(inside: QgsPalLayerSettings, tiny: List[int]) -> QgsRuleBasedLabeling:
    """Labels inside their polygons, except for the ``tiny`` polygons (a city district at the
    scale of a region): their names beside them, as a town's name beside its point, at
    MIN_LABEL_PT + 1 — still never over another label."""
    ids = ", ".join(str(i) for i in tiny)
    beside = QgsPalLayerSettings(inside)
    beside.placement = QgsPalLayerSettings.AroundPoint
    beside.fitInPolygonOnly = False
    beside.centroidInside = True
    beside.dist = 0.6
    beside.dataDefinedProperties().setProperty(QgsPalLayerSettings.Size, QgsProperty())
    fmt = beside.format()
    fmt.setSize(MIN_LABEL_PT + 1.0)
    beside.setFormat(fmt)
    root = QgsRuleBasedLabeling.Rule(None)
    for settings, expression in ((inside, "NOT ($id IN ({}))".format(ids)), (beside, "$id IN ({})".format(ids))):
        rule = QgsRuleBasedLabeling.Rule(settings)
        rule.setFilterExpression(expression)
        root.appendChild(rule)
    return QgsRuleBasedLabeling(root)
