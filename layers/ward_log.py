"""Log lines of the Ward clustering: regions left out or filled in, constant indicators,
the clusters' members, islands of the spatial constraint."""

from ..core import clustering
from ..core.naming import name_list
from . import Layers

#: Lines of the log listing excluded / imputed regions one by one.
MAX_LOG_LINES = 100


def log_preparation(prep, n_indicators: int, feedback) -> None:
    """What ``core.clustering.prepare`` dropped, excluded and filled, region by region."""
    if prep.dropped:
        feedback.pushWarning(
            Layers.tr("Constant indicator(s) dropped (same value in every region clustered): {dropped}.").format(
                dropped=", ".join(prep.dropped)
            )
        )
    lacking_lines = (
        (Layers.tr("%n region(s) lacking values excluded (no cluster): {}.", "", len(prep.excluded)), prep.excluded),
        (
            Layers.tr("%n region(s) lacking values filled with the indicator mean: {}.", "", len(prep.imputed)),
            prep.imputed,
        ),
    )
    for line, rows in lacking_lines:
        if not rows:
            continue
        feedback.pushWarning(line.format(", ".join(str(r) for r in rows)))
        for n, (region, lacking) in enumerate(rows.items()):
            if n == MAX_LOG_LINES:
                feedback.pushInfo(Layers.tr("… and {n_more} more.").format(n_more=len(rows) - n))
                break
            listed = (
                Layers.tr("all %n indicators", "", n_indicators) if len(lacking) == n_indicators else ", ".join(lacking)
            )
            feedback.pushInfo(Layers.tr("{region}: no value for {listed}.").format(region=region, listed=listed))


def log_clusters(prof, feedback) -> None:
    """One line per cluster: its number, size and members."""
    for c, size, members in prof.table.itertuples(index=False):
        feedback.pushInfo(
            Layers.tr("Cluster {cluster} ({size}): {members}").format(cluster=c, size=size, members=members)
        )


def log_islands(names, parts: int, feedback) -> None:
    """The spatial constraint's islands (each its own cluster) and separate parts."""
    if names:
        feedback.pushWarning(
            Layers.tr(
                "%n region(s) without neighbours among the regions clustered: each is a cluster of its own "
                "(spatial constraint): {names}.",
                "",
                len(names),
            ).format(names=name_list(names, 50))
        )
    if parts > 1:
        feedback.pushInfo(
            Layers.tr(
                "The regions clustered form %n separate part(s) with no neighbour between them: at least as "
                "many clusters.",
                "",
                parts,
            )
        )


def log_result(result, prep, method, feedback) -> None:
    """The run's summary: size, engine, cut, and a tie at the cut."""
    feedback.pushInfo(
        Layers.tr(
            "Ward clustering of {n_ids} regions on {shape} indicators "
            "({standardization_names}): {k} clusters, cut at height "
            "{cut_height:.4g}."
        ).format(
            n_ids=len(result.ids),
            shape=prep.raw.shape[1],
            standardization_names=Layers.core_text(clustering.STANDARDIZATION_NAMES[method]),
            k=result.k,
            cut_height=result.cut_height,
        )
    )
    if result.engine == "chain":
        feedback.pushInfo(
            Layers.tr(
                "{n_ids} regions: the nearest-neighbour chain computed the tree (the same merges as "
                "scipy's linkage, in memory growing with the regions, not their square)."
            ).format(n_ids=len(result.ids))
        )
    if result.tie_at_cut:
        feedback.pushWarning(
            Layers.tr(
                "Two merges have the same height at the cut into {k} clusters: which one "
                "is undone follows the merge order (regions sorted by ID). Consider another "
                "number of clusters."
            ).format(k=result.k)
        )
