"""Log lines of Potential clusters: favourable classes without districts, LQ table keys that
match no district, favourable districts without rows, undefined quotients, each favourable
district's industries and the run's summary. Messages in the context "Layers"."""

from . import Layers


def log_result(result, ids, classes, class_labels, favourable, threshold, id_field, feedback) -> int:
    """Log ``result`` (``core.potential.potential_clusters``) for the districts ``ids`` of
    ``classes`` (class_index by key; ``class_labels`` their names); the number of favourable
    districts."""
    if result.missing_classes:
        feedback.pushWarning(
            Layers.tr("No district is in favourable class(es) {str}.").format(
                str=', '.join(map(str, result.missing_classes))
            )
        )
    if result.unmatched:
        feedback.pushWarning(
            Layers.tr(
                "{n_unmatched} key(s) of the LQ table match no district of the typology "
                "(field '{id_field}') and are ignored: {unmatched}."
            ).format(n_unmatched=len(result.unmatched), id_field=id_field, unmatched=', '.join(result.unmatched))
        )
    if result.no_rows:
        feedback.pushWarning(
            Layers.tr(
                "Favourable district(s) without any row in the LQ table: "
                "{no_rows} — no industries can be listed for them."
            ).format(no_rows=', '.join(result.no_rows))
        )
    if result.undefined:
        shown = "; ".join(f"{d} / {i}" for d, i in result.undefined[:10])
        feedback.pushInfo(
            Layers.tr("{n_undefined} undefined (NULL) quotient(s) skipped: {shown}{value}.").format(
                n_undefined=len(result.undefined), shown=shown, value=' …' if len(result.undefined) > 10 else ''
            )
        )
    tab = result.table
    for key in ids:
        if tab.at[key, "favourable"]:
            cls = int(classes[key])
            text = tab.at[key, "cluster_potential"] or Layers.tr("no industry with LQ ≥ {threshold:g}").format(
                threshold=threshold
            )
            class_name = class_labels.get(cls, Layers.tr("class {}").format(cls))
            feedback.pushInfo("{} ({}): {}".format(key, class_name, text))
    n_fav = int(tab["favourable"].sum())
    feedback.pushInfo(
        Layers.tr(
            "{n_fav} of {n_ids} districts are in the favourable classes "
            "{str}; {sum} "
            "of them have industries with LQ ≥ {threshold:g}."
        ).format(
            n_fav=n_fav,
            n_ids=len(ids),
            str=';'.join(map(str, favourable)),
            sum=int((tab['n_potential_industries'] > 0).sum()),
            threshold=threshold,
        )
    )
    return n_fav
