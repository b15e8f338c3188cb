"""Building output features by field name and writing them to an output sink in chunks."""

from collections import deque
from itertools import islice, repeat
from typing import Iterable, List, Sequence, Tuple

from qgis.core import QgsFeature, QgsField, QgsFields, QgsProcessingException
from qgis.PyQt.QtCore import QVariant
from . import Layers

#: QVariant types of output fields, by the short names the algorithms use.
FIELD_TYPES = {"double": QVariant.Double, "int": QVariant.Int, "string": QVariant.String, "bool": QVariant.Bool}
CHUNK = 2000  # features per addFeatures call and per progress / cancel check


def consume(iterator) -> None:
    """Run an iterator (a ``map`` of C++ calls) to its end, keeping nothing."""
    deque(iterator, maxlen=0)


def output_fields(input_fields: QgsFields, new: Sequence[Tuple[str, str]]) -> Tuple[QgsFields, List[str]]:
    """The input's fields followed by the ``new`` (name, kind) ones; an input field with a
    new field's name (any case) is left out. Returns the fields and the kept input names."""
    new_names = {n.lower() for n, _ in new}
    fields = QgsFields()
    kept = []
    for fld in input_fields:
        if fld.name().lower() in new_names:
            continue
        fields.append(QgsField(fld))
        kept.append(fld.name())
    for name, kind in new:
        fields.append(QgsField(name, FIELD_TYPES[kind]))
    return fields, kept


def features_by_name(
    features: List[QgsFeature], input_fields: QgsFields, fields: QgsFields, kept: Sequence[str], columns: Sequence[list]
) -> List[QgsFeature]:
    """Features for ``fields``: the geometry of ``features``, the values of the input
    fields named ``kept`` (looked up by name in ``input_fields``), then ``columns``. When
    every input field is kept in its place the features read are extended and returned;
    otherwise new features are made (copies share their geometry)."""
    total = len(features)
    if columns and len(columns[0]) != total:
        raise QgsProcessingException(
            Layers.tr("Internal error: {} result rows for {} features.").format(len(columns[0]), total)
        )
    at = [input_fields.lookupField(name) for name in kept]
    if any(i < 0 for i in at):
        missing = [n for n, i in zip(kept, at) if i < 0]
        raise QgsProcessingException(Layers.tr("Internal error: no input field {}.").format(missing))
    if at == list(range(input_fields.count())):
        # every input field kept, in its place: the new values are appended to the features
        # read (C-level loops, no row built in Python). The input's columns keep their
        # indexes, so what was read stays readable (LayerData.values).
        consume(map(QgsFeature.setFields, features, repeat(fields, total), repeat(False, total)))
        if columns:
            consume(map(QgsFeature.padAttributes, features, repeat(len(columns), total)))
        for j, col in enumerate(columns):
            consume(map(QgsFeature.setAttribute, features, repeat(len(at) + j, total), col))
        return features
    olds = map(QgsFeature.attributes, features)
    more = zip(*columns) if columns else repeat((), total)
    rows = [[a[i] for i in at] + list(m) for a, m in zip(olds, more)]
    out = list(map(QgsFeature, features))
    consume(map(QgsFeature.setFields, out, repeat(fields, total), repeat(False, total)))
    consume(map(QgsFeature.setAttributes, out, rows))
    return out


def write_rows(
    sink, fields: QgsFields, rows: Iterable, total: int, feedback, progress: Tuple[float, float] = (60.0, 95.0)
) -> None:
    """Add ``total`` rows (sequences of values in ``fields``' order) from the iterable ``rows``
    to an ``outputs.OutputSink`` as features without geometry, a chunk at a time (a million-row
    table never exists as a million features), honouring Cancel."""
    step = (progress[1] - progress[0]) / total if total else 0
    rows = iter(rows)
    for start in range(0, total, CHUNK):
        if feedback.isCanceled():
            raise QgsProcessingException(Layers.tr("Cancelled."))
        batch = [QgsFeature(fields) for _ in range(min(CHUNK, total - start))]
        consume(map(QgsFeature.setAttributes, batch, map(list, islice(rows, len(batch)))))
        sink.add(batch)
        feedback.setProgress(progress[0] + start * step)


def write_chunks(sink, features: List[QgsFeature], feedback, progress: Tuple[float, float] = (60.0, 95.0)) -> None:
    """Add ``features`` to an ``outputs.OutputSink`` in chunks, honouring Cancel."""
    total = len(features)
    step = (progress[1] - progress[0]) / total if total else 0
    for start in range(0, total, CHUNK):
        if feedback.isCanceled():
            raise QgsProcessingException(Layers.tr("Cancelled."))
        sink.add(features[start : start + CHUNK])
        feedback.setProgress(progress[0] + start * step)
