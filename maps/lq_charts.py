"""LQ dynamics bubble charts (issue 16): x = change of the LQ, y = LQ (end period), bubble
area = the value (employment …), the four quadrants (Star, Mature, Emerging, Transforming)
shaded and labelled, one chart per district or one for an industry across districts.

matplotlib's object API (``Figure`` + the Agg canvas, never ``pyplot``: the desktop's
backend is left alone), imported only when a chart is drawn. Okabe–Ito colours
(colour-blind safe). Each file is written by matplotlib into the run's private folder; the
run puts the files in place when it succeeds (``layers.outputs.PendingOutputs``).
"""

import math
import os
from dataclasses import dataclass
from typing import Dict, List, Sequence

from ..core import lq_reliability
from ..core.naming import safe_name
from . import Maps

FORMATS = ("png", "svg", "pdf")
#: Okabe–Ito: Star bluish green, Mature blue, Emerging orange, Transforming reddish purple
COLOURS = {
    lq_reliability.STAR: "#009E73",
    lq_reliability.MATURE: "#0072B2",
    lq_reliability.EMERGING: "#E69F00",
    lq_reliability.TRANSFORMING: "#CC79A7",
}
MAX_LABELS = 25  # up to this many bubbles, every one is labelled with its name
EXTREME_LABELS = 15  # beyond, only the most remote ones


@dataclass
class Chart:
    """One chart: its title, file stem and points (name, change, lq, value, quadrant)."""

    title: str
    stem: str
    names: List[str]
    change: List[float]
    lq: List[float]
    value: List[float]
    quadrant: List[str]


def chart_stem(name: str, used: set) -> str:
    """A file-safe, unique stem for ``name`` ("Appling" → "lq_chart_appling")."""
    stem = "lq_chart_" + (safe_name(str(name), 60).strip("_").lower() or "district")
    out, k = stem, 2
    while out in used:
        out, k = "{}_{}".format(stem, k), k + 1
    used.add(out)
    return out


@dataclass
class Axes:
    """What the axes say: the periods ("2017 → 2021"), the value's name, the threshold (the
    LQ dividing the quadrants) and the tolerance (the change dividing them)."""

    periods: str = ""
    value: str = ""
    threshold: float = 1.0
    tolerance: float = 0.0


def draw(chart: Chart, path: str, fmt: str, labels: Dict[str, str], axes: Axes) -> None:
    """Draw ``chart`` to ``path`` (``fmt``: png, svg or pdf); ``labels``: the quadrants'
    translated names, keyed by the untranslated ones. The quadrants meet at LQ = threshold
    and ΔLQ = tolerance (a change within the tolerance is no growth: the dashed line)."""
    threshold, tol = axes.threshold, axes.tolerance
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    pts = [
        (n, d, q, v, k)
        for n, d, q, v, k in zip(chart.names, chart.change, chart.lq, chart.value, chart.quadrant)
        if k is not None and all(math.isfinite(float(x)) for x in (d, q))
    ]
    with matplotlib.rc_context(
        {"svg.fonttype": "none", "svg.hashsalt": "territorialclusters", "font.family": "DejaVu Sans"}
    ):
        fig = Figure(figsize=(8.0, 6.0))
        FigureCanvasAgg(fig)
        ax = fig.add_subplot(1, 1, 1)
        xs = [p[1] for p in pts] or [0.0]
        ys = [p[2] for p in pts] or [threshold]
        span_x = max(max(abs(x) for x in xs), tol, 0.1) * 1.25
        y_top = max(max(ys) * 1.15, threshold * 2.0)
        ax.set_xlim(-span_x, span_x)
        ax.set_ylim(0.0, y_top)
        # the quadrants, lightly shaded, and their names in the corners
        corners = (
            (lq_reliability.STAR, tol, span_x, threshold, y_top, "right", "top"),
            (lq_reliability.MATURE, -span_x, tol, threshold, y_top, "left", "top"),
            (lq_reliability.EMERGING, tol, span_x, 0.0, threshold, "right", "bottom"),
            (lq_reliability.TRANSFORMING, -span_x, tol, 0.0, threshold, "left", "bottom"),
        )
        for key, x0, x1, y0, y1, ha, va in corners:
            ax.axvspan(x0, x1, ymin=y0 / y_top, ymax=y1 / y_top, color=COLOURS[key], alpha=0.07, linewidth=0)
            tx = x1 - 0.02 * span_x if ha == "right" else x0 + 0.02 * span_x
            ty = y1 - 0.02 * y_top if va == "top" else y0 + 0.02 * y_top
            ax.text(tx, ty, labels[key], ha=ha, va=va, fontsize=11, color=COLOURS[key], fontweight="bold")
        ax.axhline(threshold, color="#4d4d4d", linewidth=0.9)
        ax.axvline(0.0, color="#4d4d4d", linewidth=0.6)
        if tol > 0:
            ax.axvline(tol, color="#4d4d4d", linewidth=0.9, linestyle=(0, (4, 3)))
        values = [max(float(p[3]), 0.0) if p[3] is not None and p[3] == p[3] else 0.0 for p in pts]
        top = max(values) if values and max(values) > 0 else 1.0
        sizes = [30.0 + 1500.0 * v / top for v in values]  # area ∝ value
        order = sorted(range(len(pts)), key=lambda i: -values[i])  # small bubbles drawn on top
        ax.scatter(
            [pts[i][1] for i in order],
            [pts[i][2] for i in order],
            s=[sizes[i] for i in order],
            c=[COLOURS[pts[i][4]] for i in order],
            alpha=0.75,
            edgecolors="#333333",
            linewidths=0.6,
            zorder=3,
        )
        if len(pts) <= MAX_LABELS:
            labelled = order
        else:  # many bubbles: name the most remote from the quadrants' crossing
            remote = [abs(p[1] - tol) / span_x + abs(p[2] - threshold) / y_top for p in pts]
            labelled = sorted(range(len(pts)), key=lambda i: -remote[i])[:EXTREME_LABELS]
        for i in labelled:
            ax.annotate(
                pts[i][0],
                (pts[i][1], pts[i][2]),
                xytext=(4, 4),
                textcoords="offset points",
                fontsize=7,
                color="#222222",
                zorder=4,
            )
        xlabel = Maps.tr("Change of the localization coefficient (ΔLQ)")
        if axes.periods:
            xlabel += ", " + axes.periods
        if tol > 0:
            xlabel += " — " + Maps.tr("dashed: tolerance {tolerance:g}").format(tolerance=tol)
        ax.set_xlabel(xlabel, fontsize=9)
        ax.set_ylabel(Maps.tr("Localization coefficient (LQ), end period"), fontsize=9)
        ax.set_title(chart.title, fontsize=11, loc="left")
        handles = [
            Line2D([0], [0], marker="o", linestyle="", markerfacecolor=COLOURS[k], markeredgecolor="#333333")
            for k in lq_reliability.QUADRANTS
        ]
        ax.legend(
            handles,
            [labels[k] for k in lq_reliability.QUADRANTS],
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            fontsize=8,
            frameon=False,
            title=Maps.tr("Bubble area: {value}").format(value=axes.value or Maps.tr("value")),
            title_fontsize=8,
        )
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        metadata = {"Date": None} if fmt == "svg" else ({"CreationDate": None} if fmt == "pdf" else None)
        fig.savefig(path, format=fmt, dpi=120, bbox_inches="tight", metadata=metadata)


def district_charts(result, quadrant, names: Sequence[str]) -> List[Chart]:
    """One chart per district: its industries (``names``: the districts' display names in
    the order of ``result``'s rows)."""
    end = result.end
    used: set = set()
    charts = []
    industries = [str(c) for c in end.lq.columns]
    for r, name in enumerate(names):
        charts.append(
            Chart(
                title=Maps.tr("LQ dynamics: {district}").format(district=name),
                stem=chart_stem(name, used),
                names=industries,
                change=result.change.iloc[r].tolist(),
                lq=end.lq.iloc[r].tolist(),
                value=end.values.iloc[r].tolist(),
                quadrant=quadrant.iloc[r].tolist(),
            )
        )
    return charts


def industry_chart(result, quadrant, names: Sequence[str], industry: str) -> Chart:
    """One chart of ``industry`` across the districts (``names``)."""
    end = result.end
    return Chart(
        title=Maps.tr("LQ dynamics: {industry}").format(industry=industry),
        stem=chart_stem(industry, set()),
        names=[str(n) for n in names],
        change=result.change[industry].tolist(),
        lq=end.lq[industry].tolist(),
        value=end.values[industry].tolist(),
        quadrant=quadrant[industry].tolist(),
    )
