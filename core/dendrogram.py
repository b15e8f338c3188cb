"""Dendrogram of a Ward clustering drawn to an SVG, PNG or PDF file (matplotlib, Agg).

Uses matplotlib's object API (``Figure`` + the Agg canvas), never ``pyplot``, so the QGIS
GUI's matplotlib backend is left alone. Leaves are labelled with the region IDs, branches
below the cut take their cluster's colour (the map's colours), branches above it are grey,
the cut is a dashed line and the y axis is the merge height.

Readability: the figure widens with the number of leaves (0.14 in per leaf, small font for
many leaves, labels cut to 32 characters). Above :data:`MAX_LEAVES` regions only the last
:data:`TRUNCATED_LEAVES` groups are drawn (scipy's ``truncate_mode="lastp"``); a leaf that
stands for several regions is labelled with their count in parentheses.
"""

import os
from typing import Optional, Sequence

import numpy as np

from . import MethodError, QT_TR_NOOP

FORMATS = ("svg", "png", "pdf")
MAX_LEAVES = 300
TRUNCATED_LEAVES = 200
LABEL_CHARS = 32
ABOVE_CUT = "#7f7f7f"
LEAF_WIDTH_IN = 0.14
MAX_PIXELS = 30000


def _label(text: str) -> str:
    text = str(text)
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _font_size(leaves: int) -> float:
    if leaves <= 40:
        return 9
    if leaves <= 100:
        return 8
    if leaves <= 200:
        return 7
    return 6


def file_format(path: str) -> str:
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if ext not in FORMATS:
        raise MethodError(QT_TR_NOOP("The dendrogram file must end in .svg, .png or .pdf, not '{path}'."), path=path)
    return ext


def draw(
    result,
    path: str,
    colors: Sequence[str],
    title: str = "",
    ylabel: str = "Merge height (Ward distance)",
    cluster_names: Optional[Sequence[str]] = None,
    cut_label: str = "",
):
    """Draw ``result`` (a :class:`core.clustering.WardResult`) to ``path``.

    ``colors``: one colour (hex) per cluster 1..k; ``cut_label`` the legend's text for the
    cut (default English "cut: k clusters at height h"). Returns the number of leaves drawn.
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from scipy.cluster.hierarchy import dendrogram

    fmt = file_format(path)
    n = len(result.ids)
    if len(colors) < result.k:
        raise MethodError(QT_TR_NOOP("{n} colours for {k} clusters."), n=len(colors), k=result.k)
    node_cluster = result.node_cluster

    def link_color(node):
        c = node_cluster[node]
        return colors[c - 1] if c > 0 else ABOVE_CUT

    truncated = n > MAX_LEAVES
    kwargs = dict(truncate_mode="lastp", p=TRUNCATED_LEAVES, show_contracted=False) if truncated else {}
    info = dendrogram(
        result.linkage, no_plot=True, labels=[_label(i) for i in result.ids], link_color_func=link_color, **kwargs
    )
    leaves = len(info["ivl"])
    font = _font_size(leaves)
    width = max(6.0, LEAF_WIDTH_IN * leaves + 1.5)
    height = 5.0 + min(leaves, 300) / 100.0

    with matplotlib.rc_context(
        {"svg.fonttype": "none", "svg.hashsalt": "territorialclusters", "font.family": "DejaVu Sans"}
    ):
        fig = Figure(figsize=(width, height))
        FigureCanvasAgg(fig)
        ax = fig.add_subplot(1, 1, 1)
        segments = [np.column_stack([xs, ys]) for xs, ys in zip(info["icoord"], info["dcoord"])]
        ax.add_collection(LineCollection(segments, colors=info["color_list"], linewidths=1.2))
        ax.set_xlim(0, 10 * leaves)
        top = max(float(result.linkage[:, 2].max()), result.cut_height)
        ax.set_ylim(0, top * 1.05 if top > 0 else 1.0)
        ax.set_xticks(np.arange(leaves) * 10 + 5)
        ax.set_xticklabels(info["ivl"], rotation=90, fontsize=font)
        ax.tick_params(axis="x", length=0, pad=3)
        ax.tick_params(axis="y", labelsize=8)
        ax.set_ylabel(ylabel, fontsize=9)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.axhline(result.cut_height, color="#000000", linestyle=(0, (5, 3)), linewidth=0.9)
        # a square per leaf in its cluster's colour (singleton clusters have no branch)
        leaf_clusters = node_cluster[np.asarray(info["leaves"])]
        ax.scatter(
            np.arange(leaves) * 10 + 5,
            np.zeros(leaves),
            c=[colors[c - 1] if c > 0 else ABOVE_CUT for c in leaf_clusters],
            marker="s",
            s=min(30.0, (LEAF_WIDTH_IN * 72 * 0.7) ** 2),
            clip_on=False,
            zorder=3,
            linewidths=0.3,
            edgecolors="#4d4d4d",
        )
        # legend outside the tree: the cut, then the clusters
        handles = [Line2D([0], [0], color="#000000", linestyle=(0, (5, 3)), linewidth=0.9)]
        names = [cut_label or "cut: {} cluster(s) at height {:.3g}".format(result.k, result.cut_height)]
        if result.k <= 30:
            handles += [Line2D([0], [0], color=colors[c], linewidth=2.5) for c in range(result.k)]
            names += list(cluster_names or [f"Cluster {c}" for c in range(1, result.k + 1)])
        ax.legend(
            handles,
            names,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            fontsize=8,
            frameon=False,
            ncol=1 if len(handles) <= 16 else 2,
        )
        if title:
            ax.set_title(
                title + (f" — last {leaves} groups of {n} regions" if truncated else ""), fontsize=10, loc="left"
            )
        dpi = min(150.0 if fmt == "png" else 100.0, MAX_PIXELS / width)
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        metadata = {"Date": None} if fmt == "svg" else ({"CreationDate": None} if fmt == "pdf" else None)
        fig.savefig(path, format=fmt, dpi=dpi, bbox_inches="tight", metadata=metadata)
    return leaves
