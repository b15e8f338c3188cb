"""The style of the potential clusters' outputs: a cluster-structure map — favourable
districts shaded by class and labelled, the others grey — and the cluster centres as stars."""

import textwrap

from qgis.core import (
    QgsExpression,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRuleBasedLabeling,
    QgsSingleSymbolRenderer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP
from qgis.PyQt.QtGui import QColor

from ..core import potential
from . import styles
from .labels import label_settings
from . import Maps

OTHER = -1  # map class of the districts outside the favourable classes
OTHER_KEY = "~other"  # the same, when the legend keys each favourable district
MAX_KEYED = 12  # up to this many favourable districts get their own legend entry
KEY_WIDTH = 46  # characters per line of a legend entry
OTHER_LABEL = QT_TRANSLATE_NOOP("Maps", "Other districts")
CENTRE_COLOR = "#D55E00"  # Okabe–Ito vermillion


def district_renderer(
    favourable, class_labels, n_classes, classes, result, names, id_field, class_field, threshold, keyed
):
    """Favourable districts shaded by class, the others grey. With few favourable districts
    (``keyed``) the legend is the key of the cluster map — one entry per favourable district,
    in its class colour, with its industries (paper 004 Table 3 beside the map)."""
    colors = styles.ramp_colors(max(n_classes, 2), "YlGn")
    present = {int(c) for c in classes if c == c}
    shown = [c for c in sorted(favourable) if c in present]
    title = Maps.tr("Potential territorial clusters (industries with LQ ≥ {threshold:g})").format(threshold=threshold)

    def color(c):
        return colors[min(c, len(colors) - 1)]

    if keyed:
        values, labels, fills = [], [], []
        for c in shown:
            for key in [k for k in classes.index if classes[k] == c]:
                items = result.industries.get(key, [])
                text = (
                    potential.format_industries(items)
                    if items
                    else Maps.tr("no industry with LQ ≥ {threshold:g}").format(threshold=threshold)
                )
                class_name = class_labels.get(c, Maps.tr("class {}").format(c + 1)).lower()
                label = "{} ({})\n".format(names.get(key, key), class_name) + "\n".join(textwrap.wrap(text, KEY_WIDTH))
                values.append(key)
                labels.append(label)
                fills.append(color(c))
        values.append(OTHER_KEY)
        labels.append(Maps.tr(OTHER_LABEL))
        fills.append(styles.NO_DATA)
        key = QgsExpression.quotedColumnRef(id_field)
        expression = f'if("favourable", to_string({key}), \'{OTHER_KEY}\')'
        return styles.categorized(expression, values, labels, fills, legend_title=title)
    values = shown + [OTHER]
    labels = [class_labels.get(c, Maps.tr("Class {}").format(c + 1)) for c in shown] + [Maps.tr(OTHER_LABEL)]
    fills = [color(c) for c in shown] + [styles.NO_DATA]
    expression = f'if("favourable", {QgsExpression.quotedColumnRef(class_field)}, {OTHER})'
    return styles.categorized(expression, values, labels, fills, legend_title=title)


def district_labeling(name_field, keyed):
    """District names on the map (favourable ones bold); with many favourable districts
    their top industry too (the legend then shows only the classes)."""
    name = QgsExpression.quotedColumnRef(name_field)
    if keyed:
        text = name
    else:
        cp = '"cluster_potential"'
        top = f"if(strpos({cp}, '), ') > 0, left({cp}, strpos({cp}, '), ')), {cp})"
        more = "if(\"n_potential_industries\" > 1, ' +' || (\"n_potential_industries\" - 1), '')"
        text = f"{name} || if({cp} IS NULL, '', '\\n' || {top} || {more})"
    fav = label_settings(text, True, QgsWkbTypes.PolygonGeometry, size_pt=7.5, bold=True)
    fav.multilineAlign = QgsPalLayerSettings.MultiCenter
    other = label_settings(name, True, QgsWkbTypes.PolygonGeometry, size_pt=6.5)
    fmt = other.format()
    fmt.setColor(QColor("#595959"))
    other.setFormat(fmt)
    root = QgsRuleBasedLabeling.Rule(None)
    r1 = QgsRuleBasedLabeling.Rule(fav)
    r1.setFilterExpression('"favourable"')
    r1.setDescription(Maps.tr("Favourable districts"))
    r2 = QgsRuleBasedLabeling.Rule(other)
    r2.setFilterExpression('NOT "favourable"')
    r2.setDescription(Maps.tr(OTHER_LABEL))
    root.appendChild(r1)
    root.appendChild(r2)
    return QgsRuleBasedLabeling(root)


def centres_renderer(name_field: str):
    """Stars in vermillion, labelled with ``name_field`` (none when empty)."""
    symbol = QgsMarkerSymbol.createSimple(
        {"name": "star", "color": CENTRE_COLOR, "outline_color": "#ffffff", "outline_width": "0.4", "size": "5.5"}
    )
    renderer = QgsSingleSymbolRenderer(symbol)
    styles.set_legend_title(renderer, Maps.tr("Cluster centres"))
    if name_field:
        pal = label_settings(
            QgsExpression.quotedColumnRef(name_field), True, QgsWkbTypes.PointGeometry, size_pt=8.5, bold=True
        )
        pal.dist = 2.0
        styles.set_labeling(renderer, QgsVectorLayerSimpleLabeling(pal))
    return renderer
