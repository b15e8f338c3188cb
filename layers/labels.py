"""Feature labels for log lines, and the checks on the features read (not an algorithm)."""

from typing import List, Optional

from qgis.core import QgsProcessingException

from ..core.naming import key_text
from . import Layers


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
            key = Layers.tr("feature {}").format(fids[row])
        out.append(key)
    return out


def log_notes(notes, feedback, limit: int = 200):
    """One warning per district whose result is NULL (core's ``notes``), then a count."""
    for name, text in notes[:limit]:
        feedback.pushWarning("{}: {}".format(name, Layers.core_text(text)))
    if len(notes) > limit:
        feedback.pushWarning(Layers.tr("… and %n more districts with NULL results.", "", len(notes) - limit))
    if notes:
        feedback.pushInfo(Layers.tr("%n district(s) with NULL results (see the lines above).", "", len(notes)))


def require_features(data, what: str = ""):
    """Refuse an empty input; ``what`` (translated by the caller) says what cannot be done."""
    if len(data) == 0:
        raise QgsProcessingException(
            Layers.tr("The input layer has no features: {}.").format(what or Layers.tr("nothing to compute"))
        )
