"""The tables of a Ward clustering (paper 003; METHODS.md §6): the agglomeration schedule and
the cluster profiles, from a :class:`core.clustering.WardResult`."""

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd

from .clustering import WardResult


@dataclass
class Profiles:
    table: pd.DataFrame  # cluster, size, members (IDs in ID order, ", "-joined)
    raw_means: pd.DataFrame  # cluster × indicator, mean of the values clustered
    std_means: pd.DataFrame  # cluster × indicator, mean of the standardized values (centroid)


def node_name(node: int, ids: Sequence) -> str:
    """A leaf's ID, or ``step <s>`` for the group formed at merge step ``s``."""
    n = len(ids)
    return (
        str(ids[node]) if node < n else "step {}".format(node - n + 1)
    )  # a merge table key (English, like the field names)


def schedule(result: WardResult) -> pd.DataFrame:
    """The agglomeration schedule: one row per merge, in order.

    ``step`` 1..n−1; ``item_a``/``item_b`` the merged items — a region's ID, or ``step <s>`` for
    the group formed at step ``s``; ``height`` the Ward merge distance; ``size`` the regions in
    the new group; ``cluster`` the final cluster it lies in (None above the cut).
    """
    Z, ids = result.linkage, result.ids
    n = len(ids)
    a = Z[:, 0].astype(np.int64).tolist()
    b = Z[:, 1].astype(np.int64).tolist()
    clusters = result.node_cluster[n:]
    return pd.DataFrame(
        {
            "step": np.arange(1, n, dtype=np.int64),
            "item_a": [node_name(x, ids) for x in a],
            "item_b": [node_name(x, ids) for x in b],
            "height": Z[:, 2].astype(float),
            "size": Z[:, 3].astype(np.int64),
            "cluster": pd.Series([int(c) if c > 0 else None for c in clusters], dtype=object),
        }
    )


def profiles(result: WardResult, raw: pd.DataFrame, standardized: pd.DataFrame) -> Profiles:
    """Per cluster: size, members (ID order) and the means of ``raw`` and ``standardized``
    (both indexed by ID; means over the values clustered, imputed values included)."""
    labels = result.labels
    raw = raw.reindex(labels.index)
    std = standardized.reindex(labels.index)
    groups = labels.to_numpy()
    clusters = np.arange(1, result.k + 1)
    members = [", ".join(str(i) for i in labels.index[groups == c]) for c in clusters]
    sizes = np.bincount(groups, minlength=result.k + 1)[1:]
    raw_means = raw.groupby(groups).mean().reindex(clusters)
    std_means = std.groupby(groups).mean().reindex(clusters)
    raw_means.index.name = std_means.index.name = "cluster"
    table = pd.DataFrame({"cluster": clusters, "size": sizes.astype(np.int64), "members": members})
    return Profiles(table=table, raw_means=raw_means, std_means=std_means)
