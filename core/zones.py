"""Contiguous cluster zones (issue 15): for each industry, the connected groups of
neighbouring districts that specialise in it.

A district specialises in an industry when its localization coefficient reaches the
threshold (LQ ≥ THRESHOLD; values within 1e-9 below count, as in ``core.potential``) and,
when a flag column is given, the flag is set (e.g. localizationcoefficient's ``strong``).
The zones of an industry are the connected components of the district graph restricted to
its specialised districts (two specialised districts in one zone are linked by a chain of
specialised neighbours); components of fewer than ``min_districts`` are not zones. A NULL
(undefined) LQ never specialises: it is reported, not guessed.

Per zone: the number of districts, their rows, the mean LQ and — with the districts' values
of the industry (e.g. employment) — the total value, the zone's share of the industry (over
every district of the table that is in the layer) and the zone's LQ as one region,
Σ value / Σ (value / LQ): the district quotients weighted by the districts' total size
(LQ_zone = (Σ x_iz / Σ x_z) / (X_i / X), and x_z = x_iz / (LQ · X_i / X)).
"""

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from . import QT_TR_NOOP, MethodError
from .graph import Neighbours
from .naming import natural_order

#: LQs within this of the threshold count as reaching it (float noise of computed quotients)
TOLERANCE = 1e-9


@dataclass
class ZonesResult:
    zones: pd.DataFrame  # industry, zone, n_districts, rows (list), mean_lq, weighted_lq, total_value, share
    members: pd.DataFrame  # row, industry, zone, lq
    specialised: int = 0  # (district, industry) pairs passing the threshold
    singles: int = 0  # specialised groups smaller than min_districts (not zones)
    undefined: List[Tuple[int, str]] = field(default_factory=list)  # (row, industry) with NULL lq
    industries: List[str] = field(default_factory=list)  # every industry of the table, in natural order


def cluster_zones(
    nb: Neighbours,
    rows: Sequence[int],
    industries: Sequence[str],
    lq: Sequence[float],
    threshold: float = 1.0,
    min_districts: int = 2,
    values: Optional[Sequence[float]] = None,
    flags: Optional[Sequence[Optional[bool]]] = None,
) -> ZonesResult:
    """The zones of the long table (``rows``: the district's row in ``nb``; ``industries``;
    ``lq``, NaN = undefined; optional ``values`` of the industry and ``flags``), one entry per
    (district, industry) — duplicates refused. Zones are numbered 1, 2, … within each
    industry, largest first (ties: the zone holding the earlier row first)."""
    if threshold is None or not np.isfinite(threshold) or threshold < 0:
        raise MethodError(
            QT_TR_NOOP("The threshold must be a number ≥ 0 (1 = specialization), not {threshold}."),
            threshold=threshold,
        )
    if int(min_districts) < 1:
        raise MethodError(
            QT_TR_NOOP("The minimum number of districts in a zone must be at least 1, not {n}."), n=min_districts
        )
    frame = pd.DataFrame(
        {
            "row": np.asarray(rows, dtype=np.int64),
            "industry": [str(i) for i in industries],
            "lq": np.asarray(lq, dtype=float),
        }
    )
    frame["value"] = np.nan if values is None else np.asarray(values, dtype=float)
    frame["flag"] = True if flags is None else [bool(f) if f is not None else False for f in flags]
    dup = frame.duplicated(["row", "industry"], keep=False)
    if dup.any():
        first = frame[dup].iloc[0]
        raise MethodError(
            QT_TR_NOOP("The LQ table has {n} rows for the same district and industry (industry '{industry}')."),
            n=int(dup.sum()),
            industry=first["industry"],
        )
    if (frame["lq"] < 0).any() or np.isinf(frame["lq"]).any():
        raise MethodError(QT_TR_NOOP("The LQ table holds a negative or infinite quotient: quotients are ≥ 0."))
    undefined = [
        (int(r), str(i)) for r, i in frame.loc[frame["lq"].isna(), ["row", "industry"]].itertuples(index=False)
    ]
    passing = frame[(frame["lq"] >= threshold - TOLERANCE) & frame["flag"]]
    order = natural_order(frame["industry"].unique())
    totals = frame.groupby("industry")["value"].sum(min_count=1)
    zone_rows, member_rows = [], []
    singles = 0
    for industry in order:
        sub = passing[passing["industry"] == industry]
        if sub.empty:
            continue
        comp = _components(nb, sub["row"].to_numpy())
        groups = [np.sort(sub["row"].to_numpy()[comp == c]) for c in range(comp.max() + 1)]
        small = [g for g in groups if g.size < min_districts]
        singles += len(small)
        groups = sorted((g for g in groups if g.size >= min_districts), key=lambda g: (-g.size, g[0]))
        by_row = sub.set_index("row")
        for z, g in enumerate(groups, start=1):
            part = by_row.loc[g]
            zone_rows.append(_zone(industry, z, g, part, totals.get(industry, np.nan)))
            member_rows += [(int(r), industry, z, float(part.at[r, "lq"])) for r in g]
    zones = pd.DataFrame(
        zone_rows,
        columns=["industry", "zone", "n_districts", "rows", "mean_lq", "weighted_lq", "total_value", "share"],
    )
    members = pd.DataFrame(member_rows, columns=["row", "industry", "zone", "lq"])
    return ZonesResult(zones, members, len(passing), singles, undefined, order)


def _components(nb: Neighbours, rows: np.ndarray) -> np.ndarray:
    """Component labels of ``rows`` in the graph restricted to them (links both ways)."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    pos = np.full(nb.n, -1, dtype=np.int64)
    pos[rows] = np.arange(rows.size)
    keep = (pos[nb.i] >= 0) & (pos[nb.j] >= 0)
    a, b = pos[nb.i[keep]], pos[nb.j[keep]]
    m = csr_matrix((np.ones(a.size), (a, b)), shape=(rows.size, rows.size))
    _, labels = connected_components(m, directed=False)
    return labels


def _zone(industry: str, z: int, g: np.ndarray, part: pd.DataFrame, total: float) -> tuple:
    lqs = part["lq"].to_numpy()
    v = part["value"].to_numpy()
    weighted = total_value = share = np.nan
    if not np.isnan(v).any():
        total_value = float(v.sum())
        share = total_value / total if total and total > 0 else np.nan
        pos = v > 0
        if pos.any():
            weighted = float(v[pos].sum() / (v[pos] / lqs[pos]).sum())
    return (industry, z, int(g.size), [int(r) for r in g], float(lqs.mean()), weighted, total_value, share)
