"""Statistics as published → numbers: decimal and thousands separators, missing-data markers,
and field names fit for a GeoPackage. No QGIS.

A text column becomes numbers when every value that is not a missing-data marker parses with
the stated (or detected) separators; otherwise it stays text and the caller names it.
"""

import re
from typing import Dict, Iterable, List, NamedTuple, Optional, Sequence

DECIMALS = ("auto", "point", "comma")
THOUSANDS = ("auto", "space", "comma", "point", "none")
DEFAULT_MISSING = "-;–;—;…;x;X;н/д;(D);(S);N;NA;n/a;.."
SPACES = " \u00a0\u202f\u2009"  # space, no-break space, narrow no-break space, thin space
_CHAR = {"point": ".", "comma": ",", "space": SPACES, "none": ""}
MAX_NAME = 63  # a PostgreSQL identifier; GeoPackage takes more, people read less


def cell_text(value) -> Optional[str]:
    """A name cell as text (12.0 → "12"); NULL, NaN and blanks → None."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text if text.strip() else None


def missing_markers(text: Optional[str]) -> frozenset:
    """The markers of "no data" in ``text`` (separated by ';'); the empty cell always is one."""
    return frozenset(m.strip() for m in (DEFAULT_MISSING if text is None else text).split(";") if m.strip())


class Column(NamedTuple):
    values: list  # floats / ints with None for missing, or the texts as they were
    numeric: bool
    kind: str  # "int", "double" or "string"
    n_missing: int  # cells that became NULL (markers, empty, NULL)
    bad: List[str]  # for a text column: values that did not parse (the first few)


def _votes(texts: Iterable[str]) -> Dict[str, int]:
    """Evidence for the decimal separator: ',' or '.' (a separator once, not followed by
    exactly three digits, or the last of both)."""
    votes = {",": 0, ".": 0}
    for t in texts:
        t = t.strip()
        has_c, has_p = "," in t, "." in t
        if has_c and has_p:
            votes[max(",", ".", key=t.rfind)] += 1
        elif has_c or has_p:
            sep = "," if has_c else "."
            if t.count(sep) == 1 and not re.search(re.escape(sep) + r"\d{3}$", t):
                votes[sep] += 1
    return votes


def detect_decimal(texts: Iterable[str], default: str = "point") -> str:
    """'comma', 'point', 'mixed' (evidence both ways) or ``default`` (no evidence)."""
    votes = _votes(texts)
    if votes[","] and votes["."]:
        return "mixed"
    if votes[","]:
        return "comma"
    return "point" if votes["."] else default


def table_decimal(columns: Iterable[Sequence]) -> str:
    """The decimal separator most of a table's text cells show ('point' when none shows one)."""
    votes = {",": 0, ".": 0}
    for col in columns:
        for sep, n in _votes(v for v in col if isinstance(v, str)).items():
            votes[sep] += n
    return "comma" if votes[","] > votes["."] else "point"


def _pattern(decimal: str, thousands: str) -> re.Pattern:
    dec = _CHAR[decimal]
    if thousands == "auto":
        seps = SPACES + ("." if decimal == "comma" else ",")
    else:
        seps = _CHAR[thousands]
    number = r"\d+"
    if seps:
        number = r"(?:\d{1,3}(?:[" + re.escape(seps) + r"]\d{3})+|\d+)"
    frac = r"(?:" + re.escape(dec) + r"\d*)?"
    exp = r"(?:[eE][+-]?\d+)?" if decimal == "point" else ""
    return re.compile(r"^[+-]?(?:" + number + frac + "|" + re.escape(dec) + r"\d+)" + exp + "$")


def check_separators(decimal: str, thousands: str) -> Optional[str]:
    if decimal not in DECIMALS or thousands not in THOUSANDS:
        return "DECIMAL must be one of {} and THOUSANDS one of {}.".format(DECIMALS, THOUSANDS)
    if decimal != "auto" and thousands == decimal:
        return "DECIMAL and THOUSANDS are both '{}': the decimal and thousands separators must differ.".format(decimal)
    return None


def parse_column(
    values: Sequence,
    decimal: str = "auto",
    thousands: str = "auto",
    markers: frozenset = missing_markers(None),
    table_decimal: str = "point",
) -> Column:
    """Parse one column. Numbers (int/float) stay numbers; NULL, empty and ``markers`` → None.
    ``decimal='auto'``: the column's evidence, else ``table_decimal``."""
    out: list = []
    texts: List[tuple] = []
    n_missing = 0
    for i, v in enumerate(values):
        t = None if v is None else (v if isinstance(v, str) else None)
        if v is None or (t is not None and (not t.strip() or t.strip() in markers)):
            out.append(None)
            n_missing += 1
        elif t is None:
            out.append(v)
        else:
            out.append(None)
            texts.append((i, t.strip().replace("\u2212", "-")))
    if not texts:
        return Column(out, True, _kind(out, False), n_missing, [])
    dec = decimal
    if dec == "auto" and thousands in ("comma", "point"):
        dec = "point" if thousands == "comma" else "comma"
    if dec == "auto":
        dec = detect_decimal((t for _, t in texts), default=table_decimal)
        if dec == "mixed":
            return Column(list(values), False, "string", 0, ["decimal comma and point both used"])
    pattern = _pattern(dec, thousands)
    bad = [t for _, t in texts if not pattern.match(t)]
    if bad:
        return Column(list(values), False, "string", 0, bad[:3])
    fractional = False
    for i, t in texts:
        clean = re.sub("[" + re.escape(SPACES + ("." if dec == "comma" else ",")) + "]", "", t)
        fractional |= _CHAR[dec] in t or "e" in clean.lower()
        out[i] = float(clean.replace(",", "."))
    return Column(out, True, _kind(out, fractional), n_missing, [])


def _kind(values: list, fractional: bool) -> str:
    nums = [v for v in values if v is not None]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in nums):
        return "string"
    if not fractional and all(float(v).is_integer() and abs(v) < 2**31 for v in nums):
        for i, v in enumerate(values):
            if v is not None:
                values[i] = int(v)
        return "int"
    return "double"


def field_name(header) -> str:
    """A table header as a field name: year headers read as numbers ("2022.0") lose ".0",
    surrounding and doubled spaces go."""
    text = " ".join(str(header).split())
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    return text or "field"


def unique_field_names(
    headers: Sequence, prefix: str = "", taken: Iterable[str] = (), max_length: int = MAX_NAME
) -> List[str]:
    """One unique name per header (case-insensitive, also against ``taken``): ``prefix`` +
    the header, cut to ``max_length`` at a word where it can be, then _2, _3 … on a clash."""
    used = {t.lower() for t in taken}
    out = []
    for header in headers:
        base = prefix + field_name(header)
        if len(base) > max_length:
            cut = base[:max_length]
            base = (cut.rsplit(" ", 1)[0] if " " in cut[max_length // 2 :] else cut).rstrip(" ,.;(-")
        name, k = base, 2
        while name.lower() in used:
            suffix = "_{}".format(k)
            name = base[: max_length - len(suffix)] + suffix
            k += 1
        used.add(name.lower())
        out.append(name)
    return out
