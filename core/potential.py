"""Potential territorial industrial clusters (paper 004, stages 1–2; METHODS.md §7).

Stage 1 (the rank-score typology) gives each district a class; the districts of the
favourable classes are the candidates. Stage 2 lists, for each candidate, its industries with
a localization coefficient (LQ) at or above the threshold, highest first, as in paper 004
Table 3: ``"Non-ferrous metallurgy (4.6), Extraction of construction raw materials (1.2)"``.
Stage 3 (raw materials, enterprises, exports) is the expert's: the output is a map to draw on.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Sequence, Tuple

import numpy as np
import pandas as pd

from . import MethodError, QT_TR_NOOP

#: LQs within this of the threshold count as reaching it (float noise of computed quotients)
TOLERANCE = 1e-9


def parse_classes(text) -> List[int]:
    """``"0;1"`` → ``[0, 1]`` (class indices of the typology, 0 = best)."""
    if text is None or not str(text).strip():
        raise MethodError(
            QT_TR_NOOP(
                "No favourable classes given: list the class indices treated as favourable, e.g. "
                "'0;1' for the two best classes of the typology."
            )
        )
    out = []
    for part in str(text).replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        try:
            value = float(part)
        except ValueError:
            raise MethodError(
                QT_TR_NOOP(
                    "Favourable class '{part}' is not a class index. Give the class_index values of "
                    "the typology (0 = best class), separated by ';', e.g. '0;1'."
                ),
                part=part,
            ) from None
        if not value.is_integer() or value < 0:
            raise MethodError(
                QT_TR_NOOP("Favourable class '{part}' is not a class index (0, 1, 2, …; 0 = best class)."), part=part
            )
        if int(value) not in out:
            out.append(int(value))
    return out


@dataclass
class PotentialResult:
    table: pd.DataFrame  # per district: favourable, cluster_potential, n_potential_industries
    industries: Dict[str, List[Tuple[str, float]]]  # favourable district -> [(industry, lq)], highest first
    unmatched: List[str] = field(default_factory=list)  # LQ-table keys that are no district
    no_rows: List[str] = field(default_factory=list)  # favourable districts absent from the table
    undefined: List[Tuple[str, str]] = field(default_factory=list)  # (district, industry) with NULL lq
    missing_classes: List[int] = field(default_factory=list)  # favourable classes no district is in


def format_industries(items: Sequence[Tuple[str, float]], decimals: int = 1) -> str:
    """``[("Non-ferrous metallurgy", 4.6), …]`` → ``"Non-ferrous metallurgy (4.6), …"``."""
    return ", ".join(f"{name} ({value:.{decimals}f})" for name, value in items)


def potential_clusters(
    classes: pd.Series, lq: pd.DataFrame, favourable: Sequence[int], threshold: float = 1.0, decimals: int = 1
) -> PotentialResult:
    """Industries with LQ ≥ ``threshold`` of the districts in the ``favourable`` classes.

    ``classes``: class index per district (index = district key as text; -1 or NaN = no class).
    ``lq``: long table with columns ``district``, ``industry``, ``lq`` (one row per district and
    industry; NaN lq = undefined quotient, skipped and reported). Districts outside the
    favourable classes get no list, whatever their quotients (paper 004 lists only the
    candidates of stage 1).
    """
    if threshold is None or not np.isfinite(threshold) or threshold < 0:
        raise MethodError(
            QT_TR_NOOP("THRESHOLD must be a number ≥ 0 (1.0 = specialization); got {threshold}."), threshold=threshold
        )
    favourable = list(favourable)
    if not favourable:
        raise MethodError(QT_TR_NOOP("No favourable classes given (e.g. '0;1')."))
    cls = pd.to_numeric(pd.Series(classes), errors="coerce")
    is_fav = cls.isin(favourable)
    if not is_fav.any():
        present = sorted(int(c) for c in cls.dropna().unique() if c >= 0)
        raise MethodError(
            QT_TR_NOOP(
                "No district is in the favourable classes {favourable} (classes present: {present}). "
                "Check FAVOURABLE_CLASSES against the typology's class_index (0 = best class)."
            ),
            favourable=';'.join(map(str, favourable)),
            present=', '.join(map(str, present)) or '-',
        )
    missing = [c for c in favourable if c not in set(cls.dropna().astype(int))]

    for col in ("district", "industry", "lq"):
        if col not in lq.columns:
            raise MethodError(QT_TR_NOOP("The LQ table needs a column '{col}'."), col=col)
    table = lq[["district", "industry", "lq"]].copy()
    table["district"] = table["district"].astype(str)
    names = table["industry"]
    blank = names.isna() | (names.astype(str).str.strip() == "")
    if blank.any():
        where = table.loc[blank, "district"].head(5).tolist()
        raise MethodError(
            QT_TR_NOOP(
                "The LQ table has rows without an industry name (districts {where}): fill the "
                "industry field or remove those rows."
            ),
            where=', '.join(where),
        )
    table["industry"] = names.astype(str).str.strip()
    values = pd.to_numeric(table["lq"], errors="coerce")
    if np.isinf(values).any():
        bad = table.loc[np.isinf(values), ["district", "industry"]].head(5)
        raise MethodError(
            QT_TR_NOOP(
                "The LQ table holds infinite quotients for {pairs}. An undefined quotient must be NULL, not infinite."
            ),
            pairs="; ".join("{} / {}".format(d, i) for d, i in bad.itertuples(index=False)),
        )
    negative = values < 0
    if negative.any():
        bad = table.loc[negative, ["district", "industry"]].head(5)
        raise MethodError(
            QT_TR_NOOP("Localization coefficients cannot be negative: {pairs}. Check the LQ field."),
            pairs="; ".join(
                "{} / {} = {:g}".format(d, i, v)
                for (d, i), v in zip(bad.itertuples(index=False), values[negative].head(5))
            ),
        )
    table["lq"] = values
    dup = table.duplicated(["district", "industry"], keep=False)
    if dup.any():
        pairs = table.loc[dup, ["district", "industry"]].drop_duplicates().head(5)
        raise MethodError(
            QT_TR_NOOP(
                "The LQ table has more than one row for {pairs}. Give one quotient per district and "
                "industry (for two periods, use the end year's lq column, or filter the table to one year)."
            ),
            pairs="; ".join("{} / {}".format(d, i) for d, i in pairs.itertuples(index=False)),
        )

    keys = pd.Index(cls.index.astype(str))
    in_layer = table["district"].isin(keys)
    unmatched = list(dict.fromkeys(table.loc[~in_layer, "district"]))
    table = table[in_layer]
    undefined_mask = table["lq"].isna()
    undefined = list(table.loc[undefined_mask, ["district", "industry"]].itertuples(index=False, name=None))
    fav_keys = set(keys[is_fav.to_numpy()])
    selected = table[(~undefined_mask) & table["district"].isin(fav_keys) & (table["lq"] >= threshold - TOLERANCE)]
    # highest first; equal quotients keep the table's order (stable sort)
    selected = selected.iloc[np.argsort(-selected["lq"].to_numpy(), kind="mergesort")]
    industries: Dict[str, List[Tuple[str, float]]] = {k: [] for k in keys[is_fav.to_numpy()]}
    for district, group in selected.groupby("district", sort=False):
        industries[district] = list(zip(group["industry"], group["lq"].astype(float)))
    in_table = set(table["district"])
    no_rows = [k for k in keys[is_fav.to_numpy()] if k not in in_table]

    out = pd.DataFrame(index=keys)
    out["favourable"] = is_fav.to_numpy()
    out["cluster_potential"] = [
        format_industries(industries[k], decimals) if k in industries and industries[k] else None for k in keys
    ]
    out["n_potential_industries"] = [len(industries.get(k, [])) for k in keys]
    return PotentialResult(
        table=out,
        industries=industries,
        unmatched=unmatched,
        no_rows=no_rows,
        undefined=undefined,
        missing_classes=missing,
    )
