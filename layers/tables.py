"""Small attribute tables beside the input layer: the single reference row of a table."""

from typing import Dict, Sequence

from qgis.core import QgsFeatureRequest, QgsProcessingException


def reference_row(
    source, names: Sequence[str], missing: str, empty: str, not_number: str, refuse_nan: bool = False
) -> Dict[str, float]:
    """The numbers under ``names`` in the first row of ``source`` — a reference table holding
    a region's (a nation's) values under the same field names as the input layer.

    Refused with the caller's messages: fields not in the table (``missing``, formatted with
    ``fields`` = the missing names), a table without rows (``empty``), a cell that is not a
    number — NULL, text, a boolean; NaN too with ``refuse_nan`` — (``not_number``, formatted
    with ``field``).
    """
    fields = source.fields()
    absent = [f for f in names if fields.lookupField(f) < 0]
    if absent:
        raise QgsProcessingException(missing.format(fields=", ".join(absent)))
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setLimit(1)
    feature = next(iter(source.getFeatures(request)), None)
    if feature is None:
        raise QgsProcessingException(empty)
    out = {}
    for name in names:
        v = feature[name]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or (refuse_nan and v != v):
            raise QgsProcessingException(not_number.format(field=name))
        out[name] = float(v)
    return out
