"""The style of the localization coefficient's output: the number of specializations, or one
industry's LQ on a diverging palette centred on 1 (STYLE_INDUSTRY)."""

from typing import Dict, List, Optional

from qgis.core import QgsProcessingException

from ..core import lq_fields
from ..core import naming
from . import styles
from . import Maps

#: Categories of the n_specializations style before it switches to graduated classes.
MAX_CATEGORIES = 12


def style_industry(text: str, industries: List[str]) -> Optional[str]:
    """The industry STYLE_INDUSTRY names — exactly, ignoring case, or by its field suffix
    (``lq_<suffix>`` too) —; None when empty."""
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
    raise QgsProcessingException(
        Maps.tr("STYLE_INDUSTRY '{text}' is not one of the industries: {name_list}.").format(
            text=text, name_list=naming.name_list(industries, 15)
        )
    )


def renderer(result, lq_names: Dict[str, str], industry: Optional[str], breaks, threshold: float):
    """With ``industry``: its LQ (field ``lq_names[industry]``) on ``breaks``; else the
    number of specializations — categories up to MAX_CATEGORIES values, then graduated."""
    if industry is not None:
        field = lq_names[industry]
        values = result.end.lq[industry].tolist()
        undefined = any(v is None or v != v for v in values)
        return styles.diverging(
            field,
            breaks,
            values,
            scheme="RdBu",
            low_is_red=False,
            legend_title=Maps.tr("Localization coefficient: {industry}").format(industry=industry),
            no_data_label=Maps.tr("Undefined") if undefined else None,
        )
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
