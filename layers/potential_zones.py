"""Potential clusters as contiguous zones (issue 15): the favourable districts of
potentialclusters grouped, per industry, into connected zones of neighbouring districts
that all reach the threshold (``core.zones`` on the favourable districts only), written as
dissolved polygons like clusterzones' OUTPUT. Glue for ``algorithms/potential_clusters.py``."""

from typing import Dict, Sequence

import pandas as pd
from qgis.core import QgsWkbTypes

from ..core import zones
from . import Layers, adjacency, zone_io
from .graph_params import build_graph
from .write import write_chunks

#: the contiguity methods offered (METHOD 0 queen, 1 rook)
METHODS = (adjacency.QUEEN, adjacency.ROOK)


def write_zones(
    alg,
    parameters,
    name: str,
    context,
    feedback,
    source,
    data,
    ids: Sequence[str],
    lq: pd.DataFrame,
    fav,
    threshold,
) -> Dict[str, str]:
    """Output ``name`` (when asked for): the zones of the favourable districts (``fav``: a
    boolean per district of ``ids``), ``lq`` the long table (district, industry, lq); the
    results entry ({name: id}, or {} when not asked for)."""
    fields = zone_io.fields_of(zone_io.ZONE_FIELDS)
    sink = alg.output_sink(parameters, name, context, fields, QgsWkbTypes.MultiPolygon, source.sourceCrs())
    if sink is None:
        return {}
    geoms = adjacency.usable_geometries(data.features, ids, feedback)
    nb = build_graph(
        alg, parameters, context, feedback, data.features, source.sourceCrs(), ids, METHODS, (85.0, 92.0), geoms
    )
    row_of = {k: r for r, k in enumerate(ids) if fav[r]}
    sel = lq[lq["district"].isin(list(row_of))]
    result = alg.method(
        zones.cluster_zones,
        nb,
        sel["district"].map(row_of).to_numpy(),
        sel["industry"].astype(str).tolist(),
        sel["lq"].to_numpy(dtype=float),
        threshold,
        2,
    )
    zone_io.log_zones(result, ids, threshold, 2, feedback, limit=30)
    write_chunks(sink, zone_io.zone_features(result, ids, geoms, fields, feedback), feedback, (92.0, 95.0))
    sink.close()
    title = Layers.tr("Potential cluster zones (favourable districts, LQ ≥ {threshold:g})").format(threshold=threshold)
    alg.attach_style(sink.dest_id, zone_io.zones_renderer(result, title), context, feedback)
    return {name: sink.dest_id}
