"""The Moran scatter plot (matplotlib's object API, Agg canvas: the GUI's backend is left
alone): the standardised value against its spatial lag, the districts in their LISA class
colours, the quadrants split at 0 and the line through the origin of slope Σ z·Wz / Σ z²
(Moran's I when no district is an island)."""

import os

import numpy as np

from qgis.core import QgsProcessingException

from ..core import moran
from . import Maps
from .lisa_style import COLORS

FORMATS = ("svg", "png")


def file_format(path: str) -> str:
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if ext not in FORMATS:
        raise QgsProcessingException(
            Maps.tr("The Moran scatter plot file must end in .svg or .png, not '{path}'.").format(path=path)
        )
    return ext


def draw(path: str, result, field: str, class_text) -> None:
    """Draw ``result`` (``core.moran.autocorrelation``'s) of the variable ``field`` to
    ``path`` (.svg or .png); ``class_text`` translates the class texts of core."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fmt = file_format(path)
    z = np.asarray(result.local.z, dtype=float)
    lag = np.asarray(result.local.lag, dtype=float)
    classes = result.local.classes
    texts = {
        "title": Maps.tr("Moran scatter plot of {field}: I = {i:.4f}").format(field=field, i=result.global_.i),
        "xlabel": Maps.tr("{field}, standardised").format(field=field),
        "ylabel": Maps.tr("Spatial lag (mean of the neighbours), standardised"),
        "HH": class_text(moran.HIGH_HIGH),
        "LH": class_text(moran.LOW_HIGH),
        "LL": class_text(moran.LOW_LOW),
        "HL": class_text(moran.HIGH_LOW),
    }
    shown = ~np.isnan(z) & ~np.isnan(lag)
    with matplotlib.rc_context(
        {"svg.fonttype": "none", "svg.hashsalt": "territorialclusters", "font.family": "DejaVu Sans"}
    ):
        fig = Figure(figsize=(6.5, 6.0))
        FigureCanvasAgg(fig)
        ax = fig.add_subplot(1, 1, 1)
        classes = np.asarray(classes, dtype=object)
        for c, color in COLORS.items():
            rows = shown & (classes == c)
            if rows.any():
                ax.scatter(
                    z[rows],
                    lag[rows],
                    s=22,
                    c=color,
                    edgecolors="#4d4d4d",
                    linewidths=0.4,
                    label="{} ({})".format(class_text(c), int(rows.sum())),
                    zorder=3,
                )
        span = max(float(np.abs(z[shown]).max(initial=1.0)), float(np.abs(lag[shown]).max(initial=1.0))) * 1.1
        ax.set_xlim(-span, span)
        ax.set_ylim(-span, span)
        ax.axhline(0, color="#7f7f7f", linewidth=0.8, zorder=1)
        ax.axvline(0, color="#7f7f7f", linewidth=0.8, zorder=1)
        denominator = float((z[shown] ** 2).sum())
        slope = float((z[shown] * lag[shown]).sum()) / denominator if denominator else 0.0
        ax.plot([-span, span], [-span * slope, span * slope], color="#000000", linewidth=1.1, zorder=2)
        for key, x, y, ha, va in (
            ("HH", 0.98, 0.98, "right", "top"),
            ("LH", 0.02, 0.98, "left", "top"),
            ("LL", 0.02, 0.02, "left", "bottom"),
            ("HL", 0.98, 0.02, "right", "bottom"),
        ):
            ax.text(x, y, texts[key], transform=ax.transAxes, ha=ha, va=va, fontsize=9, color="#4d4d4d")
        ax.set_xlabel(texts["xlabel"], fontsize=9)
        ax.set_ylabel(texts["ylabel"], fontsize=9)
        ax.set_title(texts["title"], fontsize=10, loc="left")
        ax.set_aspect("equal")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        metadata = {"Date": None} if fmt == "svg" else None
        fig.savefig(path, format=fmt, dpi=150 if fmt == "png" else 100, bbox_inches="tight", metadata=metadata)
