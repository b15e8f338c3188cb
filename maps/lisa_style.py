"""The LISA cluster map's style: GeoDa's colours for the classes of ``core.moran``."""

from typing import Callable, Dict, Sequence

from qgis.PyQt.QtGui import QColor

from ..core import moran
from . import Maps, styles

#: GeoDa's LISA cluster map colours (Not significant, High-High, Low-Low, Low-High,
#: High-Low, Neighborless, Undefined)
COLORS = {
    moran.NOT_SIGNIFICANT: "#eeeeee",
    moran.HIGH_HIGH: "#ff0000",
    moran.LOW_LOW: "#0000ff",
    moran.LOW_HIGH: "#a7adf9",
    moran.HIGH_LOW: "#f4ada8",
    moran.ISLAND: "#999999",
    moran.UNDEFINED: "#464646",
}


def lisa_renderer(classes: Sequence[str], label_of: Callable[[str], str], field: str, title: str):
    """A categorized renderer on ``field`` (which holds the translated class texts) with the
    classes present in ``classes`` (core texts), in GeoDa's order, each labelled with its
    count."""
    counts: Dict[str, int] = {}
    for c in classes:
        counts[c] = counts.get(c, 0) + 1
    present = [c for c in moran.CLASSES if c in counts]
    values = [label_of(c) for c in present]
    labels = [Maps.tr("{label} ({n})").format(label=label_of(c), n=counts[c]) for c in present]
    colors = [QColor(COLORS[c]) for c in present]
    return styles.categorized(field, values, labels, colors, legend_title=title)
