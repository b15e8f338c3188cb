"""The Ward clustering's map style (a colour per cluster, Okabe–Ito) and its dendrogram
drawn in the same colours (``core.dendrogram``, matplotlib)."""

from qgis.core import QgsProcessingException

from ..core import clustering, dendrogram
from ..layers import Layers
from . import Maps, styles


def cluster_names(sizes):
    """Legend labels: "Cluster 1 (3 regions)" per cluster 1..k."""
    return [
        (Maps.tr("Cluster {} (1 region)") if s == 1 else Maps.tr("Cluster {} (%n regions)", "", int(s))).format(c)
        for c, s in enumerate(sizes, start=1)
    ]


def cluster_renderer(k: int, names, with_excluded: bool):
    """``(renderer, colours)``: categorized on ``cluster`` 1..k, a grey class for the
    regions left out when ``with_excluded``."""
    colors = styles.qualitative_colors(k)
    renderer = styles.categorized(
        "cluster",
        list(range(1, k + 1)),
        names,
        colors,
        no_data_label=Maps.tr("Not clustered (missing values)") if with_excluded else None,
        legend_title=Maps.tr("Ward cluster"),
    )
    return renderer, colors


def draw_dendrogram(alg, result, path: str, shown_path: str, colors, names, method: str, feedback) -> None:
    """Draw ``result``'s dendrogram to ``path`` (the private file of the output shown to the
    user as ``shown_path``), in the map's colours."""
    if feedback.isCanceled():
        raise QgsProcessingException(Maps.tr("Cancelled."))
    try:
        drawn = alg.method(
            dendrogram.draw,
            result,
            path,
            [c.name() for c in colors],
            title=Maps.tr("Ward clustering of {n_ids} regions").format(n_ids=len(result.ids)),
            ylabel=Maps.tr("Merge height (Ward distance, {standardization_names})").format(
                standardization_names=Layers.core_text(clustering.STANDARDIZATION_NAMES[method])
            ),
            cluster_names=names,
            cut_label=Maps.tr("cut: %n cluster(s) at height {height:.3g}", "", result.k).format(
                height=result.cut_height
            ),
        )
    except OSError as e:
        raise QgsProcessingException(
            Maps.tr("Could not write the dendrogram {dendro_path}: {value}").format(
                dendro_path=shown_path, value=e.strerror or e
            )
        ) from None
    if drawn < len(result.ids):
        feedback.pushInfo(
            Maps.tr(
                "Dendrogram: {n_ids} regions are too many to label; the last "
                "{drawn} groups are drawn, labelled with their size in parentheses."
            ).format(n_ids=len(result.ids), drawn=drawn)
        )
    feedback.pushInfo(Maps.tr("Dendrogram written to {dendro_path}").format(dendro_path=shown_path))
