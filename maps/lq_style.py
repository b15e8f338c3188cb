"""The style of the localization coefficient's output: the number of specializations, or one
industry's LQ on a diverging palette centred on 1 (STYLE_INDUSTRY)."""

from typing import Dict, List, Optional

from qgis.core import (
    QgsFillSymbol,
    QgsExpression,
    QgsGraduatedSymbolRenderer,
    QgsLinePatternFillSymbolLayer,
    QgsProcessingException,
    QgsRuleBasedRenderer,
)
from qgis.PyQt.QtGui import QColor

from ..core import lq_fields
from . import styles
from . import Maps

#: Categories of the n_specializations style before it switches to graduated classes.
MAX_CATEGORIES = 12
#: Industries listed in the message refusing an unknown STYLE_INDUSTRY.
MAX_LISTED = 40


def style_industry(text: str, industries: List[str], label: str = "", key: str = "STYLE_INDUSTRY") -> Optional[str]:
    """The industry STYLE_INDUSTRY names — exactly, ignoring case, or by its field suffix
    (``lq_<suffix>`` too) —; None when empty. Refused with the valid names one per line
    (names contain commas: "Mining, Quarrying, and Oil and Gas Extraction"); ``label``: the
    parameter's label in the dialog, ``key`` its name."""
    text = (text or "").strip()
    if not text:
        return None
    if text in industries:
        return text
    lower = {i.lower(): i for i in industries}
    if text.lower() in lower:
        return lower[text.lower()]
    suffix = lq_fields.field_suffixes(industries)
    for ind, suf in suffix.items():
        if text.lower() in (suf, "lq_" + suf):
            return ind
    shown = [str(i) for i in industries[:MAX_LISTED]]
    more = len(industries) - len(shown)
    listed = "\n".join("  " + i for i in shown) + ("\n  " + Maps.tr("… and %n more", "", more) if more > 0 else "")
    raise QgsProcessingException(
        Maps.tr(
            "{label} [{key}]: '{text}' is not one of the industries. Write one of these names "
            "(case does not matter) or its field name (lq_…), or leave it empty:\n{names}"
        ).format(label=label or Maps.tr("Industry"), key=key, text=text, names=listed)
    )


def renderer(
    result, names: Dict[str, Dict[str, str]], industry: Optional[str], breaks, threshold: float, significant=None
):
    """With ``industry``: its LQ (field ``names["lq_"][industry]``) on ``breaks``, the
    quotients that are not significant (``significant``, field ``names["lq_sig_"]``)
    hatched; else the number of specializations — categories up to MAX_CATEGORIES values,
    then graduated."""
    if industry is not None:
        field = names["lq_"][industry]
        values = result.end.lq[industry].tolist()
        undefined = any(v is None or v != v for v in values)
        out = styles.diverging(
            field,
            breaks,
            values,
            scheme="RdBu",
            low_is_red=False,
            legend_title=legend_title(industry),
            no_data_label=Maps.tr("Undefined") if undefined else None,
        )
        flags = None if significant is None else significant[industry]
        if flags is not None and bool((flags == False).any()):  # noqa: E712 (nullable booleans)
            out = hatch_not_significant(out, names["lq_sig_"][industry], field)
        return out
    all_n = result.profile["n_specializations"]
    n = all_n.dropna().astype(int)
    title = Maps.tr("Number of specialization industries (LQ ≥ {threshold:g})").format(threshold=threshold)
    distinct = sorted(set(n.tolist()))
    if not distinct:
        return None
    if len(distinct) <= MAX_CATEGORIES:
        colors = styles.ramp_colors(len(distinct), "YlGn", best_first_dark=False)
        return styles.categorized(
            "n_specializations",
            distinct,
            [str(v) for v in distinct],
            colors,
            no_data_label=Maps.tr("Undefined"),
            legend_title=title,
        )
    return styles.graduated(
        "n_specializations",
        n.tolist(),
        n_classes=5,
        scheme="YlGn",
        legend_title=title,
        precision=0,
        no_data_label=Maps.tr("Undefined") if len(n) < len(all_n) else None,
    )


def legend_title(industry: str) -> str:
    """The legend title of one industry's LQ map (also the layer's name in the Layers panel)."""
    return Maps.tr("Localization coefficient: {industry}").format(industry=industry)


def hatch_symbol() -> QgsFillSymbol:
    """Dark diagonal hatching on a transparent fill: drawn over the class colour."""
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_style": "no"})
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45.0)
    hatch.setDistance(1.8)
    hatch.setLineWidth(0.35)
    hatch.setColor(QColor(40, 40, 40))
    symbol.appendSymbolLayer(hatch)
    return symbol


def hatch_not_significant(renderer, sig_field: str, lq_field: str) -> QgsRuleBasedRenderer:
    """``renderer``'s classes as rules plus a rule drawn over them: the districts whose
    quotient is defined but not significant (``sig_field`` false) hatched."""
    rules = styles.as_rules(renderer) if isinstance(renderer, QgsGraduatedSymbolRenderer) else renderer
    sig = QgsExpression.quotedColumnRef(sig_field)
    lq = QgsExpression.quotedColumnRef(lq_field)
    rules.rootRule().appendChild(
        QgsRuleBasedRenderer.Rule(
            hatch_symbol(),
            0,
            0,
            f"{lq} IS NOT NULL AND NOT coalesce({sig}, false)",
            Maps.tr("Not significant (hatched)"),
        )
    )
    title = getattr(renderer, "_tc_legend_title", "")
    if title:
        styles.set_legend_title(rules, title)
    return rules
