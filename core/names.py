"""Normalizing territory names for matching: case, Unicode, punctuation, status words, stems.

``normalize("г. Астана")`` → ``Name("астана", "city")``: the words that only say what kind of
territory a name is ("г.", "city", "oblast", "область", "облысы", "район", "ауданы",
"District" …) are taken off and kept as its *kind* (city / region / district / country), so
"Almaty" the city and "Almaty Region" stay apart while "г.Астана" and "Astana city" meet.
Russian adjectival forms are cut to their stem ("Актюбинская" → "актюбин", "Алгинский" →
"алгин"; romanized "Alginskiy" → "algin").
"""

import csv
import os
import re
import unicodedata
from typing import List, NamedTuple, Set, Tuple

from . import transliterate

ALIAS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "aliases")

# status words → kind (compared after lower-casing, ё → е and punctuation → spaces)
KIND_WORDS = {
    "city": (
        "г",
        "гор",
        "город",
        "city",
        "town",
        "қ",
        "қаласы",
        "qalasy",
        "kalasy",
        "shahar",
        "городская администрация",
        "городской администрации",
        "городская администрации",
        "г а",
        "city administration",
        "akimat",
        "акимат",
    ),
    "region": ("region", "oblast", "oblys", "oblysy", "province", "обл", "область", "области", "облысы"),
    "district": ("district", "rayon", "raion", "audany", "audan", "район", "района", "р н", "рн", "ауданы", "аудан"),
    "country": ("республика", "republic", "respublikasy", "республикасы"),
}
# words left out without saying anything about the kind
NOISE_WORDS = ("территория", "территории", "territory", "the", "of")

# Russian adjectival endings: the suffix -ск-/-цк- with its case ending goes, the stem stays
_RU_ADJ = re.compile(r"(?<=[а-яәғқңөұүһі]{3})(?:[сц]к(?:ая|ий|ое|ой|ие|их|им|ую|ими|ого|ому|ом))$")
_LAT_ADJ = re.compile(r"(?<=[a-z]{3})(?:[st]?sk(?:aya|aja|iy|ii|ij|y|oye|oe|oy|oj|ie|ikh))$")


class Name(NamedTuple):
    text: str  # normalized words, single spaces
    kind: str  # "city", "region", "district", "country" or "" (not said)


def _phrases():
    table = []
    for kind, words in KIND_WORDS.items():
        table += [(w, kind) for w in words]
    table += [(w, "") for w in NOISE_WORDS]
    return sorted(table, key=lambda p: -len(p[0]))


_PHRASES = _phrases()


def clean(text) -> str:
    """Lower case, NFC, ё → е, punctuation and dashes → spaces, single spaces."""
    s = unicodedata.normalize("NFC", str(text)).lower().replace("ё", "е")
    s = "".join(ch if (ch.isalnum() or ch.isspace()) else " " for ch in s)
    return " ".join(s.split())


def stem(word: str) -> str:
    """A word without a Russian (or romanized Russian) adjectival ending."""
    if transliterate.has_cyrillic(word):
        return _RU_ADJ.sub("", word)
    return _LAT_ADJ.sub("", word)


def normalize(text) -> Name:
    s = " " + clean(text) + " "
    kinds: Set[str] = set()
    for phrase, kind in _PHRASES:
        pattern = " " + phrase + " "
        while pattern in s:
            s = s.replace(pattern, " ")
            if kind:
                kinds.add(kind)
    words = [stem(w) for w in s.split()]
    if not words:  # a name that is only a status word ("Район") stays what it is
        return Name(clean(text), "")
    kind = kinds.pop() if len(kinds) == 1 else ""
    return Name(" ".join(words), kind)


def kinds_agree(a: str, b: str) -> float:
    """1 for the same kind (or both unsaid), 0.95 when one is unsaid, 0 when they differ."""
    if a == b:
        return 1.0
    return 0.95 if not a or not b else 0.0


def skeleton_keys(name: Name) -> Set[str]:
    """The transliterated keys of a normalized name (spaces dropped: "Әйтеке би" = "Aytekebiy")."""
    return {k.replace(" ", "") for k in transliterate.skeletons(name.text)}


def read_alias_csv(path: str) -> List[Tuple[str, str]]:
    """(name, key) pairs of an alias CSV (UTF-8, header ``name,key[,note]``)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [
            (row["name"].strip(), row["key"].strip())
            for row in csv.DictReader(fh)
            if row.get("name") and row.get("key")
        ]


def shipped_aliases() -> List[Tuple[str, str]]:
    """The aliases shipped with the plugin (resources/aliases/*.csv)."""
    pairs: List[Tuple[str, str]] = []
    for name in sorted(os.listdir(ALIAS_DIR)) if os.path.isdir(ALIAS_DIR) else []:
        if name.endswith(".csv"):
            pairs += read_alias_csv(os.path.join(ALIAS_DIR, name))
    return pairs
