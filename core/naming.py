"""Names and keys — no QGIS needed: field-safe names for outputs (industries, groups), the
text of a key, lists of names for messages, the natural order of industry codes."""

import re
import unicodedata
from typing import Dict, Iterable, List, Optional

from .transliterate import letter_table

# Cyrillic (Russian + Kazakh letters) to Latin, so "Ақтөбе" gives "aqtobe", not "_".
_CYR = letter_table(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch · y · e yu ya a g q ng o u u h i",
)


def safe_name(text: str, max_length: int = 40) -> str:
    """Lower-case ASCII letters, digits and underscores; never empty; not starting with a digit."""
    s = "".join(_CYR.get(ch, ch) for ch in str(text).lower())
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    if not s:
        s = "x"
    if s[0].isdigit():
        s = "n" + s
    return s[:max_length].rstrip("_")


def unique_names(
    names: Iterable[str], prefix: str = "", taken: Iterable[str] = (), max_length: int = 40
) -> Dict[str, str]:
    """Map each original name to a unique field-safe ``prefix + safe_name(name)``.

    Collisions (after making names safe, or with ``taken``) get ``_2``, ``_3``, …
    """
    used = {t.lower() for t in taken}
    return {name: claim(prefix + safe_name(name, max_length), used) for name in names}


def claim(base: str, used: set) -> str:
    """``base``, or ``base_2``, ``base_3``, … — the first not in ``used`` (case-insensitive);
    the name returned is added to ``used``."""
    candidate, k = base, 2
    while candidate.lower() in used:
        candidate = f"{base}_{k}"
        k += 1
    used.add(candidate.lower())
    return candidate


def join_names(items: List[str]) -> str:
    return ", ".join(items)


def key_text(value) -> Optional[str]:
    """A cell as a key (district, industry, year): text as it is, 13001.0 → "13001", other
    values by ``str``; NULL (None), NaN and blank text → None."""
    if value is None:
        return None
    if type(value) is str:
        return value if value.strip() else None
    if isinstance(value, float):
        if value != value:
            return None
        if value.is_integer():
            return str(int(value))
    text = str(value)
    return text if text.strip() else None


def name_list(items: Iterable, limit: int = 10) -> str:
    """Names for messages: "a, b, c and 4 more"."""
    items = [str(i) for i in items]
    more = f" and {len(items) - limit} more" if len(items) > limit else ""
    return ", ".join(items[:limit]) + more


def natural_order(values: Iterable) -> List[str]:
    """Distinct industry keys, numbers first in numeric order ("2" < "10"), then text."""

    def key(v):
        try:
            return (0, float(v), str(v))
        except (TypeError, ValueError):
            return (1, 0.0, str(v).lower())

    return sorted({str(v) for v in values}, key=key)
