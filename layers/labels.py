"""Feature labels for log lines, and the checks on the features read (not an algorithm)."""

from typing import List, Optional

from qgis.core import QgsProcessingException

from ..core.naming import key_text


def feature_labels(data, id_field: Optional[str]) -> List[str]:
    """A name per feature for log lines: the ID field's value, else 'feature <fid>'.

    Keys as ``core.naming.key_text`` makes them. Unlike ``layers.fields.id_values`` nothing
    is refused: the names only label log lines, so NULL or repeated names are allowed (NULL
    falls back to the feature id).
    """
    values = data.raw_column(id_field) if id_field else [None] * len(data)
    fids = None
    out = []
    for row, v in enumerate(values):
        key = key_text(v)
        if key is None:
            if fids is None:
                fids = data.fids()
            key = f"feature {fids[row]}"
        out.append(key)
    return out


def log_notes(notes, feedback, limit: int = 200):
    """One warning per district whose result is NULL (core's ``notes``), then a count."""
    for name, text in notes[:limit]:
        feedback.pushWarning(f"{name}: {text}")
    if len(notes) > limit:
        feedback.pushWarning(f"… and {len(notes) - limit} more districts with NULL results.")
    if notes:
        feedback.pushInfo(f"{len(notes)} district(s) with NULL results (see the lines above).")


def require_features(data, what: str = "nothing to compute"):
    if len(data) == 0:
        raise QgsProcessingException(f"The input layer has no features: {what}.")
