"""Field names of the localization coefficient's outputs, and its style breaks."""

import re
from typing import Dict, Iterable, List, Optional, Sequence

from . import MethodError, QT_TR_NOOP
from .naming import claim, safe_name

#: Breaks of the diverging LQ style, centred on 1.
DEFAULT_STYLE_BREAKS = (0.5, 0.8, 1.25, 2.0)


def field_suffixes(industries: Sequence[str], max_length: int = 40) -> Dict[str, str]:
    """Field-safe, unique suffixes for industry names: "11" → "11", "Mining, Quarrying" →
    "mining_quarrying" (no "n" before digits: the suffix always follows a prefix)."""
    used: set = set()
    return {
        name: claim(safe_name("x" + str(name), max_length + 1)[1:].strip("_") or safe_name(name, max_length), used)
        for name in industries
    }


def field_names(
    industries: Sequence[str], prefixes: Sequence[str], taken: Iterable[str] = ()
) -> Dict[str, Dict[str, str]]:
    """``{prefix: {industry: field name}}`` — unique among themselves and ``taken``."""
    suffix = field_suffixes(industries)
    used = {t.lower() for t in taken}
    out: Dict[str, Dict[str, str]] = {}
    for prefix in prefixes:
        out[prefix] = {name: claim(prefix + suffix[name], used) for name in industries}
    return out


def parse_style_breaks(text: Optional[str]) -> List[float]:
    """ "0.5;0.8;1.25;2" → increasing positive breaks; empty → the defaults."""
    if text is None or not str(text).strip():
        return list(DEFAULT_STYLE_BREAKS)
    out = []
    for part in re.split(r"[;\s]+", str(text).strip()):
        if not part:
            continue
        try:
            out.append(float(part.replace(",", ".")))
        except ValueError:
            raise MethodError(
                QT_TR_NOOP("Style break '{part}' is not a number; write e.g. 0.5;0.8;1.25;2."), part=part
            ) from None
    if any(b <= 0 for b in out) or any(b2 <= b1 for b1, b2 in zip(out, out[1:])):
        raise MethodError(
            QT_TR_NOOP("Style breaks {out} must be positive and increasing, e.g. 0.5;0.8;1.25;2."), out=out
        )
    return out
