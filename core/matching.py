"""Matching table rows to districts by name, one to one, nothing guessed.

Stages, in this order (each on what the earlier ones left): ``exact`` (the text as it is),
``normalized`` (``names.normalize``: case, NFC, spaces, punctuation, ё/е, status words, Russian
adjectival stems; the kinds must agree), ``transliterated`` (Cyrillic romanized, Latin spellings
folded: ``transliterate``), ``alias`` (both names lead to one key of an alias table),
``fuzzy`` (token-aware similarity ≥ ``min_score``).

In every stage the candidate pairs are assigned one to one by
``scipy.optimize.linear_sum_assignment`` (the largest total score), so two districts never take
the same row. A pair is *ambiguous* when another assignment of the same total score exists
without it (two rows equally good for a district, or two districts for a row): its districts
and rows are reported ambiguous and left out of the later stages — never guessed.
"""

from difflib import SequenceMatcher
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

import numpy as np
from scipy.optimize import linear_sum_assignment

from . import QT_TR_NOOP, MethodError, Text
from .names import kinds_agree, normalize, skeleton_keys
from .transliterate import skeletons

STAGES = ("exact", "normalized", "transliterated", "alias", "fuzzy")
EPS = 1e-9
MAX_FUZZY_PAIRS = 250000

Key = Tuple[str, str]  # (key, kind)


class Aliases:
    """name → key pairs; a name's keys are those of the alias names with its skeleton (of its
    own kind when there are such, else of any agreeing kind). Every key is a name of itself."""

    def __init__(self, pairs: Iterable[Tuple[str, str]] = ()):
        self._index: Dict[str, Dict[str, Set[str]]] = {}
        for name, key in pairs:
            if name and key:
                self.add(name, key)
                self.add(key, key)

    def add(self, name: str, key: str) -> None:
        norm = normalize(name)
        for skel in skeleton_keys(norm):
            self._index.setdefault(skel, {}).setdefault(norm.kind, set()).add(key)

    def keys(self, name: str) -> Set[str]:
        norm = normalize(name)
        by_kind = [self._index.get(s, {}) for s in skeleton_keys(norm)]
        same = set().union(*[k.get(norm.kind, set()) for k in by_kind])
        if same:
            return same
        return set().union(*[keys for k in by_kind for kind, keys in k.items() if kinds_agree(kind, norm.kind) > 0])


def stage_keys(stage: str, name: str, aliases: Optional[Aliases]) -> List[Key]:
    if stage == "exact":
        return [(name, "")]
    norm = normalize(name)
    if stage == "normalized":
        return [(norm.text, norm.kind)]
    if stage == "transliterated":
        return [(k, norm.kind) for k in skeleton_keys(norm)]
    return [(k, norm.kind) for k in (aliases.keys(name) if aliases else ())]


def keyed_pairs(d_keys: Dict[int, List[Key]], r_keys: Dict[int, List[Key]]) -> Dict[Tuple[int, int], float]:
    index: Dict[str, List[Tuple[int, str]]] = {}
    for r, keys in r_keys.items():
        for key, kind in keys:
            index.setdefault(key, []).append((r, kind))
    pairs: Dict[Tuple[int, int], float] = {}
    for d, keys in d_keys.items():
        for key, kind in keys:
            for r, r_kind in index.get(key, ()):
                score = kinds_agree(kind, r_kind)
                if score > pairs.get((d, r), 0.0):
                    pairs[(d, r)] = score
    return pairs


def token_similarity(a: str, b: str) -> float:
    """Similarity of two skeletons (0–1): the better of the whole strings compared without
    spaces and the best one-to-one alignment of their words, weighted by length."""
    whole = SequenceMatcher(None, a.replace(" ", ""), b.replace(" ", "")).ratio()
    ta, tb = a.split(), b.split()
    if len(ta) < 2 and len(tb) < 2:
        return whole
    sims = np.array([[SequenceMatcher(None, x, y).ratio() * (len(x) + len(y)) for y in tb] for x in ta])
    rows, cols = linear_sum_assignment(sims, maximize=True)
    aligned = sims[rows, cols].sum() / sum(map(len, ta + tb))
    return max(whole, float(aligned))


def name_similarity(a: str, b: str) -> float:
    na, nb = normalize(a), normalize(b)
    agree = kinds_agree(na.kind, nb.kind)
    if not agree:
        return 0.0
    return agree * max(token_similarity(x, y) for x in skeletons(na.text) for y in skeletons(nb.text))


def fuzzy_pairs(d_names: Dict[int, List[str]], r_names: Dict[int, str], min_score: float):
    pairs: Dict[Tuple[int, int], float] = {}
    for d, names in d_names.items():
        for r, row_name in r_names.items():
            score = max(name_similarity(n, row_name) for n in names)
            if score >= min_score:
                pairs[(d, r)] = round(score, 6)
    return pairs


def _components(pairs: Dict[Tuple[int, int], float]) -> List[List[Tuple[int, int]]]:
    parent: Dict[tuple, tuple] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for d, r in pairs:
        parent[find(("d", d))] = find(("r", r))
    groups: Dict[tuple, List[Tuple[int, int]]] = {}
    for d, r in pairs:
        groups.setdefault(find(("d", d)), []).append((d, r))
    return list(groups.values())


def _solve(edges: Dict[Tuple[int, int], float], ds: List[int], rs: List[int]):
    m = np.zeros((len(ds), len(rs)))
    at_d, at_r = {d: i for i, d in enumerate(ds)}, {r: j for j, r in enumerate(rs)}
    for (d, r), s in edges.items():
        m[at_d[d], at_r[r]] = s
    i, j = linear_sum_assignment(m, maximize=True)
    chosen = {(ds[a], rs[b]) for a, b in zip(i, j) if m[a, b] > 0}
    return chosen, float(sum(edges[p] for p in chosen))


def assign(pairs: Dict[Tuple[int, int], float]):
    """One-to-one assignment of candidate ``pairs`` {(district, row): score}. Returns
    (matched {district: (row, score)}, ambiguous districts {d: rows}, ambiguous rows {r: districts})."""
    matched: Dict[int, Tuple[int, float]] = {}
    amb_d: Dict[int, Set[int]] = {}
    amb_r: Dict[int, Set[int]] = {}
    for comp in _components(pairs):
        edges = {p: pairs[p] for p in comp}
        ds, rs = sorted({d for d, _ in comp}), sorted({r for _, r in comp})
        chosen, total = _solve(edges, ds, rs)
        involved: Set[Tuple[int, int]] = set()
        if len(comp) > 1:
            for pair in sorted(chosen):
                alt, alt_total = _solve({p: s for p, s in edges.items() if p != pair}, ds, rs)
                if alt_total >= total - EPS:
                    involved |= chosen ^ alt
        for d, r in involved:
            amb_d.setdefault(d, set()).add(r)
            amb_r.setdefault(r, set()).add(d)
        for d, r in chosen:
            if d not in amb_d and r not in amb_r:
                matched[d] = (r, edges[(d, r)])
    return matched, amb_d, amb_r


class Result:
    """Per district: ``row`` (index or None), ``method``, ``score``, ``status`` (matched /
    unmatched / ambiguous), ``tied`` (the rows of an ambiguity); per row: ``row_status``
    (matched / unused / ambiguous) and ``row_district``."""

    def __init__(self, n_districts: int, n_rows: int):
        self.row: List[Optional[int]] = [None] * n_districts
        self.method: List[Optional[str]] = [None] * n_districts
        self.score: List[Optional[float]] = [None] * n_districts
        self.status = ["unmatched"] * n_districts
        self.tied: List[List[int]] = [[] for _ in range(n_districts)]
        self.row_status = ["unused"] * n_rows
        self.row_district: List[Optional[int]] = [None] * n_rows
        self.row_tied: List[List[int]] = [[] for _ in range(n_rows)]
        self.notes: List[Text] = []

    def counts(self) -> Dict[str, int]:
        out: Dict[str, int] = {}
        for m, status in zip(self.method, self.status):
            if status == "matched" and m:
                out[m] = out.get(m, 0) + 1
        return {s: out[s] for s in STAGES if s in out}


def match(
    district_names: Sequence[Sequence[Optional[str]]],
    row_names: Sequence[Optional[str]],
    stages: Sequence[str] = STAGES,
    aliases: Optional[Aliases] = None,
    min_score: float = 0.85,
) -> Result:
    """Match rows (one name each) to districts (one or more names each). NULL names take no part."""
    bad = [s for s in stages if s not in STAGES]
    if bad:
        raise MethodError(
            QT_TR_NOOP("Unknown matching stage(s) {stages}: use {known}."),
            stages=", ".join(bad),
            known=", ".join(STAGES),
        )
    res = Result(len(district_names), len(row_names))
    free_d = {d: [str(n) for n in names if n is not None and str(n).strip()] for d, names in enumerate(district_names)}
    free_d = {d: names for d, names in free_d.items() if names}
    free_r = {r: str(n) for r, n in enumerate(row_names) if n is not None and str(n).strip()}
    for stage in [s for s in STAGES if s in stages]:
        if not free_d or not free_r:
            break
        if stage == "fuzzy":
            if len(free_d) * len(free_r) > MAX_FUZZY_PAIRS:
                res.notes.append(
                    Text(
                        QT_TR_NOOP("fuzzy matching skipped: {n_districts} districts × {n_rows} rows left"),
                        n_districts=len(free_d),
                        n_rows=len(free_r),
                    )
                )
                continue
            pairs = fuzzy_pairs(free_d, free_r, min_score)
        else:
            pairs = keyed_pairs(
                {d: [k for n in ns for k in stage_keys(stage, n, aliases)] for d, ns in free_d.items()},
                {r: stage_keys(stage, n, aliases) for r, n in free_r.items()},
            )
        matched, amb_d, amb_r = assign(pairs)
        _record(res, stage, matched, amb_d, amb_r)
        for d in list(matched) + list(amb_d):
            free_d.pop(d, None)
        for r in [r for r, _ in matched.values()] + list(amb_r):
            free_r.pop(r, None)
    return res


def _record(res: Result, stage: str, matched, amb_d, amb_r) -> None:
    for d, (r, score) in matched.items():
        res.row[d], res.method[d], res.score[d], res.status[d] = r, stage, score, "matched"
        res.row_status[r], res.row_district[r] = "matched", d
    for d, rows in amb_d.items():
        res.status[d], res.method[d], res.tied[d] = "ambiguous", stage, sorted(rows)
    for r, ds in amb_r.items():
        res.row_status[r], res.row_tied[r] = "ambiguous", sorted(ds)
