"""Charts for the report page (exportmap's CHART), drawn by matplotlib (Agg) to SVG and placed
as layout pictures: text stays text, colours are the map's.

* :func:`grades_chart` — a bar per district, best first, coloured by its class on the map, like
  paper 004's Table 2 beside the typology map (complex grades by district).
* :func:`profile_chart` — the Ward clusters' profiles: the mean standardized value (z-score)
  of every indicator, one line per cluster in its map colour.
"""

from typing import Sequence

import numpy as np

from . import Maps

PT_PER_MM = 72.0 / 25.4


def _figure(width_mm: float, height_mm: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_mm / 25.4, height_mm / 25.4))
    FigureCanvasAgg(fig)
    return fig


def _save(fig, path: str):
    import matplotlib

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "territorialclusters"}):
        fig.savefig(path, format="svg", transparent=True)


def _style(ax, font_pt: float):
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=font_pt, length=2, width=0.5)
    for spine in ax.spines.values():
        spine.set_linewidth(0.5)


def grades_chart(
    path: str,
    names: Sequence[str],
    values: Sequence[float],
    colors: Sequence[str],
    width_mm: float,
    height_mm: float,
    font_pt: float = 7.0,
    title: str = "",
) -> int:
    """Horizontal bars of ``values`` by district (largest on top), in ``colors``; a zero line.
    NULL values are left out. Returns the number of bars drawn."""
    import matplotlib

    rows = [(n, float(v), c) for n, v, c in zip(names, values, colors) if v is not None and v == v]
    rows.sort(key=lambda r: (-r[1], r[0]))
    with matplotlib.rc_context({"font.family": "DejaVu Sans", "font.size": font_pt}):
        fig = _figure(width_mm, height_mm)
        ax = fig.add_subplot(1, 1, 1)
        y = np.arange(len(rows))[::-1]
        ax.barh(y, [r[1] for r in rows], color=[r[2] for r in rows], edgecolor="#4d4d4d", linewidth=0.3, height=0.7)
        ax.set_yticks(y)
        ax.set_yticklabels([r[0] for r in rows], fontsize=font_pt)
        ax.axvline(0.0, color="#1a1a1a", linewidth=0.6)
        ax.set_xlabel(title or Maps.tr("Complex grade"), fontsize=font_pt)
        for yi, r in zip(y, rows):
            ax.annotate(
                "{:.1f}".format(r[1]).replace("-", "−"),
                (r[1], yi),
                xytext=(2 if r[1] >= 0 else -2, 0),
                textcoords="offset points",
                ha="left" if r[1] >= 0 else "right",
                va="center",
                fontsize=font_pt * 0.85,
            )
        lo, hi = min([0.0] + [r[1] for r in rows]), max([0.0] + [r[1] for r in rows])
        pad = 0.18 * (hi - lo or 1.0)
        ax.set_xlim(lo - pad, hi + pad)
        _style(ax, font_pt)
        fig.tight_layout(pad=0.3)
        _save(fig, path)
    return len(rows)


def profile_chart(
    path: str,
    clusters: Sequence[str],
    indicators: Sequence[str],
    zmeans: np.ndarray,
    colors: Sequence[str],
    width_mm: float,
    height_mm: float,
    font_pt: float = 7.0,
) -> int:
    """One line per cluster over the indicators (mean z-score), in ``colors``; the zero line is
    the regions' mean. Returns the number of clusters drawn."""
    import matplotlib

    with matplotlib.rc_context({"font.family": "DejaVu Sans", "font.size": font_pt}):
        fig = _figure(width_mm, height_mm)
        ax = fig.add_subplot(1, 1, 1)
        x = np.arange(len(indicators))
        for row, name, color in zip(np.asarray(zmeans, dtype=float), clusters, colors):
            ax.plot(x, row, marker="o", markersize=2.5, linewidth=1.0, color=color, label=name)
        ax.axhline(0.0, color="#1a1a1a", linewidth=0.6)
        ax.set_xticks(x)
        ax.set_xticklabels(indicators, rotation=60, ha="right", fontsize=font_pt * 0.9)
        ax.set_ylabel(Maps.tr("Mean z-score"), fontsize=font_pt)
        ax.legend(fontsize=font_pt * 0.85, frameon=False, ncol=2 if len(clusters) > 4 else 1)
        _style(ax, font_pt)
        fig.tight_layout(pad=0.3)
        _save(fig, path)
    return len(clusters)
