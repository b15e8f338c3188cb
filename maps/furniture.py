"""The report page's furniture around the map: title and subtitle, source and date line
(here); the legend (sized before the first paint) in :mod:`.legend`; the scale bar in round km
and the north arrow in :mod:`.scale_north`. The legend's, scale bar's and north arrow's
functions stay importable from here (re-exported)."""

import datetime

from qgis.PyQt.QtCore import Qt

from . import Maps
from .crs import crs_caption
from .legend import (  # noqa: F401  (re-exported: furniture.add_legend …)
    add_legend,
    in_legend,
    legend_labels,
    legend_size,
    legend_title_of,
    relink_legend,
    wrap_legend,
)
from .page import (
    ID_DATE,
    ID_SOURCE,
    ID_SUBTITLE,
    ID_TITLE,
    MUTED,
    place,
    text_height,
    text_item,
)
from .scale_north import (  # noqa: F401  (re-exported: furniture.add_scalebar …)
    NORTH_ARROW,
    NORTH_LABEL_H,
    add_north_arrow,
    add_north_label,
    add_scalebar,
    fit_scalebar,
    nice_below,
    north_arrow_path,
    place_north,
)


# --- header and footer ----------------------------------------------------------------------
def add_header(layout, title: str, subtitle: str, page_w: float, m: float, s: float) -> float:
    """Title (wrapped when long) and subtitle at the top of the page; returns where the
    content under them starts (mm from the top)."""
    item = text_item(layout, ID_TITLE, title, 16.0 * s, bold=True)
    title_h = text_height(title, 16.0 * s, page_w - 2 * m, bold=True)
    place(item, m, m, page_w - 2 * m, title_h)
    top = m + title_h
    if subtitle:
        sub = text_item(layout, ID_SUBTITLE, subtitle, 10.5 * s, color=MUTED)
        sub_h = text_height(subtitle, 10.5 * s, page_w - 2 * m)
        place(sub, m, top + 0.5 * s, page_w - 2 * m, sub_h)
        top += sub_h + 0.5 * s
    return top + 3.0 * s


def add_footer(
    layout, source_note: str, crs, date_text: str, page_w: float, page_h: float, m: float, gap: float, s: float
) -> float:
    """Source and projection (left, wraps) and the date (right) at the foot of the page;
    returns the footer's top (mm from the top)."""
    date_text = date_text or datetime.date.today().isoformat()
    date_w = 40.0 * s
    src_w = page_w - 2 * m - date_w - gap
    src_text = "\n".join(t for t in (source_note.strip(), Maps.tr("Projection: {}").format(crs_caption(crs))) if t)
    footer_h = text_height(src_text, 7.0 * s, src_w)
    fy = page_h - m - footer_h
    src = text_item(layout, ID_SOURCE, src_text, 7.0 * s, color=MUTED)
    place(src, m, fy, src_w, footer_h)
    date = text_item(
        layout, ID_DATE, Maps.tr("Map drawn {}").format(date_text), 7.0 * s, color=MUTED, halign=Qt.AlignRight
    )
    place(date, page_w - m - date_w, fy, date_w, footer_h)
    return fy
