"""Russian and Kazakh Cyrillic to Latin, and the Latin "skeleton" names are compared by.

Three romanizations are kept as letter tables (no dependency):
* BGN/PCGN — Russian (1947) with the Kazakh letters of BGN/PCGN Kazakh (1979);
* KAZ2021 — the Kazakh Latin alphabet of 2021 (Decree of the President, 2021 revision);
* ISO 9 — ISO 9:1995 (system A), Kazakh letters as in its extended table.

A name may have been romanized by any of them (or by hand: "Aktobe", "Aqtöbe", "Aqtobe"), so
names are compared by their *skeleton*: romanized, accents dropped and the usual spelling
variants folded (kh/h, x/ks, zh/j/ž, q/k, y/i, yu/iu/û …). The skeleton is for comparing, not for
reading.
"""

import re
import unicodedata
from typing import Dict, List, Set

_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_KZ = "әғқңөұүһі"
_LETTERS = _RU + _KZ


def letter_table(letters: str, romanized: str) -> Dict[str, str]:
    """``letters`` → the space-separated ``romanized`` forms, in order ("·" for no letter)."""
    forms = romanized.split()
    if len(forms) != len(letters):
        raise ValueError("{} letters, {} romanized forms".format(len(letters), len(forms)))
    return {letter: "" if form == "·" else form for letter, form in zip(letters, forms)}


# The three romanizations, letter by letter in the order of _LETTERS:
#   а б в г д е ё ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я | ә ғ қ ң ө ұ ү һ і
BGN_PCGN = letter_table(
    _LETTERS, "a b v g d e ë zh z i y k l m n o p r s t u f kh ts ch sh shch · y · e yu ya ä gh q ng ö ū ü h ī"
)
KAZ2021 = letter_table(
    _LETTERS, "a b v g d e io j z i i k l m n o p r s t u f h ts ch ş şş · y · e iu ia ä ğ q ñ ö ū ü h ı"
)
ISO9 = letter_table(_LETTERS, "a b v g d e ë ž z i j k l m n o p r s t u f h c č š ŝ · y · è û â a̋ ġ ķ ṅ ô u̇ ù ḩ ì")

SCHEMES = {"bgn_pcgn": BGN_PCGN, "kaz2021": KAZ2021, "iso9": ISO9}

# Folding of romanized spellings to one skeleton, longest first.
_FOLD = [
    ("shch", "s"),
    ("dzh", "z"),
    ("sch", "s"),
    ("kh", "h"),
    ("zh", "z"),
    ("sh", "s"),
    ("ch", "c"),
    ("ts", "c"),
    ("gh", "g"),
    ("ng", "n"),
    ("yu", "u"),
    ("iu", "u"),
    ("ya", "a"),
    ("ia", "a"),
    ("yo", "o"),
    ("io", "o"),
    ("ye", "e"),
    ("q", "k"),
    ("x", "ks"),
    ("j", "z"),
    ("w", "v"),
    ("y", "i"),
    ("ı", "i"),
]
_FOLD_RE = re.compile("|".join(re.escape(a) for a, _ in _FOLD))
_FOLD_MAP = dict(_FOLD)
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def romanize(text: str, scheme: Dict[str, str]) -> str:
    """``text`` (lower case) with every Cyrillic letter replaced by ``scheme``'s Latin."""
    return "".join(scheme.get(ch, ch) for ch in text)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i")


def fold(latin: str) -> str:
    """The skeleton of a lower-case Latin spelling (accents dropped, variants folded,
    doubled letters single)."""
    s = _FOLD_RE.sub(lambda m: _FOLD_MAP[m.group(0)], strip_accents(latin))
    s = re.sub(r"[^a-z0-9 ]", "", s)
    return re.sub(r"([a-z])\1+", r"\1", s)


def skeletons(text: str) -> Set[str]:
    """The skeletons of a lower-case name: one per romanization when it is Cyrillic."""
    if not has_cyrillic(text):
        return {fold(text)}
    return {fold(romanize(text, scheme)) for scheme in SCHEMES.values()}


def variants(text: str) -> List[str]:
    """Readable romanizations of ``text`` (for logs and tests), one per scheme."""
    return [romanize(text, scheme) for scheme in SCHEMES.values()]
