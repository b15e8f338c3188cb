"""The report page's basics: paper sizes, colours, item ids, fonts, text items and their
measuring, placing items in mm (used by :mod:`.layouts`, :mod:`.furniture`, :mod:`.labels`)."""

from typing import List, Tuple

from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize, QgsLayoutUtils, QgsUnitTypes
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, Qt
from qgis.PyQt.QtGui import QColor, QFont

#: PAGE parameter options, in order: (label, paper, width mm, height mm)
PAGES = [
    (QT_TRANSLATE_NOOP("Maps", "A4 portrait"), "A4", 210.0, 297.0),
    (QT_TRANSLATE_NOOP("Maps", "A4 landscape"), "A4", 297.0, 210.0),
    (QT_TRANSLATE_NOOP("Maps", "A3 portrait"), "A3", 297.0, 420.0),
    (QT_TRANSLATE_NOOP("Maps", "A3 landscape"), "A3", 420.0, 297.0),
]
PAGE_LABELS = [p[0] for p in PAGES]  # English; shown through Maps.tr
TEXT = QColor("#1a1a1a")
MUTED = QColor("#4d4d4d")

# item ids in the layout (tests and users find the items by these)
ID_MAP, ID_LEGEND, ID_SCALEBAR, ID_NORTH = "map", "legend", "scalebar", "north_arrow"
ID_NORTH_LABEL = "north_label"
ID_CHART, ID_TABLE = "chart", "membership"
ID_TITLE, ID_SUBTITLE, ID_SOURCE, ID_DATE = "title", "subtitle", "source", "date"


def page_scale(page: int) -> float:
    """1 for A4, about 1.41 for A3: fonts and spacing grow with the page."""
    _, _, w, h = PAGES[page]
    return min(w, h) / 210.0


def family() -> str:
    """The font family of the page's text (the application's default)."""
    return QFont().family()


def font(size_pt: float, bold: bool = False) -> QFont:
    f = QFont(family())
    f.setPointSizeF(size_pt)
    f.setBold(bold)
    return f


def text_item(
    layout,
    item_id: str,
    text: str,
    size_pt: float,
    bold: bool = False,
    color: QColor = TEXT,
    halign=Qt.AlignLeft,
    valign=Qt.AlignTop,
) -> QgsLayoutItemLabel:
    """A text item added to ``layout`` (not placed yet)."""
    lab = QgsLayoutItemLabel(layout)
    lab.setId(item_id)
    lab.setText(text)
    lab.setFont(font(size_pt, bold))
    lab.setFontColor(color)
    lab.setHAlign(halign)
    lab.setVAlign(valign)
    lab.setMargin(0)
    layout.addLayoutItem(lab)
    return lab


def place(item, x, y, w=None, h=None):
    """Move ``item`` to (x, y) mm, resized to w × h mm first when both are given."""
    # resize before moving: a map item moved while its extent is still empty never gets one
    if w is not None and h is not None:
        item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))


def item_size(item) -> Tuple[float, float]:
    s = item.sizeWithUnits()
    return s.width(), s.height()


def wrap_lines(text: str, fnt: QFont, width_mm: float) -> List[str]:
    """``text`` word-wrapped in ``width_mm`` (its own line breaks kept)."""
    out: List[str] = []
    for para in (text or "").split("\n"):
        line = ""
        for w in para.split():
            trial = f"{line} {w}".strip()
            if line and QgsLayoutUtils.textWidthMM(fnt, trial) > width_mm:
                out.append(line)
                line = w
            else:
                line = trial
        out.append(line)
    return out or [""]


def text_lines(text: str, fnt: QFont, width_mm: float) -> int:
    """How many lines ``text`` takes when word-wrapped in ``width_mm``."""
    return len(wrap_lines(text, fnt, width_mm))


def text_height(text: str, size_pt: float, width_mm: float, bold: bool = False) -> float:
    """The height in mm of ``text`` word-wrapped in ``width_mm``."""
    fnt = font(size_pt, bold)
    return text_lines(text, fnt, width_mm) * QgsLayoutUtils.fontHeightMM(fnt) * 1.2 + 0.5
