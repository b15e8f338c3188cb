"""The papers' cluster-structure map (paper 000 Figs. 3–6, paper 004 Fig. 4), drawn from the
potential clusters' output: one cluster per industry found (LQ at or above the threshold) in
enough favourable districts, its centre, and a link from the centre to every other member.

Pure Python on the output's values (no geometry): :func:`parse_industries` reads the
``cluster_potential`` text ("Ferrous metallurgy (8.0), Food industry (6.3)"), :func:`clusters`
groups the districts by industry and picks each cluster's centre district. The algorithm
``clusterstructure`` turns them into lines and points; :mod:`.cluster_style` styles them.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

#: "name (4.6)" items of cluster_potential, separated by ", " (a name may hold commas itself)
_ITEM = re.compile(r"\s*(.+?)\s\((-?\d+(?:\.\d+)?)\)\s*(?:,|$)")

#: how a cluster's centre district is chosen (CENTRE_DISTRICT options, in order)
HIGHEST_LQ, LARGEST = 0, 1


@dataclass
class Cluster:
    """One potential cluster: an industry, its member districts (key → LQ, highest first)
    and its centre district."""

    number: int
    industry: str
    members: Dict[str, float] = field(default_factory=dict)
    centre: str = ""

    def links(self) -> List[Tuple[str, str, float]]:
        """(centre, member, LQ) for every member but the centre itself."""
        return [(self.centre, key, lq) for key, lq in self.members.items() if key != self.centre]


def parse_industries(text: Optional[str]) -> List[Tuple[str, float]]:
    """The (industry, LQ) pairs of a ``cluster_potential`` value; [] for NULL or empty."""
    if not text:
        return []
    out, pos = [], 0
    text = str(text).strip()
    while pos < len(text):
        m = _ITEM.match(text, pos)
        if m is None:
            break
        out.append((m.group(1).strip(), float(m.group(2))))
        pos = m.end()
    return out


def clusters(
    potentials: Mapping[str, Optional[str]],
    areas: Mapping[str, float],
    min_members: int = 2,
    centre_rule: int = HIGHEST_LQ,
    industries: Sequence[str] = (),
) -> List[Cluster]:
    """The clusters of ``potentials`` (district key → cluster_potential text): one per
    industry listed for at least ``min_members`` districts (only ``industries`` when given,
    matched case-insensitively), numbered by size (most members first, then by name). The
    centre is the member with the highest LQ (``HIGHEST_LQ``) or the largest by ``areas``
    (``LARGEST``); ties go to the first key in sorted order."""
    wanted = {i.strip().lower() for i in industries if i.strip()}
    by_industry: Dict[str, Dict[str, float]] = {}
    for key in sorted(potentials):
        for industry, lq in parse_industries(potentials[key]):
            if wanted and industry.lower() not in wanted:
                continue
            by_industry.setdefault(industry, {})[key] = lq
    chosen = [(ind, m) for ind, m in by_industry.items() if len(m) >= max(1, min_members)]
    chosen.sort(key=lambda item: (-len(item[1]), item[0].lower()))
    out = []
    for number, (industry, members) in enumerate(chosen, start=1):
        ordered = dict(sorted(members.items(), key=lambda kv: (-kv[1], kv[0])))
        if centre_rule == LARGEST:
            centre = min(ordered, key=lambda k: (-float(areas.get(k, 0.0)), k))
        else:
            centre = next(iter(ordered))
        out.append(Cluster(number, industry, ordered, centre))
    return out


def unknown_industries(potentials: Mapping[str, Optional[str]], industries: Sequence[str]) -> List[str]:
    """The names in ``industries`` that no district lists (to refuse a typo by name)."""
    listed = {name.lower() for text in potentials.values() for name, _ in parse_industries(text)}
    return [i for i in industries if i.strip() and i.strip().lower() not in listed]
