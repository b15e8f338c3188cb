"""Colour ramps and palettes of the plugin's renderers: ColorBrewer ramps (colour-blind safe
schemes), the Okabe–Ito and Tol "muted" qualitative colours, the outline and no-data grey."""

from typing import List

from qgis.core import QgsColorBrewerColorRamp, QgsGradientColorRamp
from qgis.PyQt.QtGui import QColor

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
