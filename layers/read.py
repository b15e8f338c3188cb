"""Reading a source once: its features, and its attribute columns taken from those features.

A run reads its input layer exactly once (``read``): every column it computes from and
every column it keeps in the output come from the same features, so nothing can change in
between. Attribute tables may instead be read as columns by GDAL (``arrow_read``), which is
then the table's only read. No geometry validity checks: real boundary files have invalid
shapes and attribute-only algorithms must still run.
"""

from itertools import islice, repeat
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import QgsFeature, QgsFeatureRequest, QgsFields, QgsProcessingException, QgsProcessingFeatureSource
from qgis.PyQt.QtCore import QVariant

from . import arrow_read
from . import Layers

READ_CHUNK = 10000  # features read per progress / cancel check
_GET = QgsFeature.__getitem__


class LayerData:
    """A source read once: its ``fields``, its features (when read with them) and its
    attribute columns, taken from the features when first asked for and cached."""

    def __init__(
        self, fields: QgsFields, features: Optional[List[QgsFeature]], columns: Optional[arrow_read.Columns] = None
    ):
        self.fields = fields
        self._features = features
        self._columns: Dict[int, list] = {}
        self._fids: Optional[np.ndarray] = None
        if columns is not None:  # a table read by GDAL: no features at all
            self._fids = columns.fids
            for name in columns.arrays:
                i = fields.lookupField(name)
                if i >= 0:
                    self._columns[i] = columns.python(name)

    @property
    def features(self) -> List[QgsFeature]:
        if self._features is None:
            raise QgsProcessingException(Layers.tr("Internal error: the table was read without features."))
        return self._features

    def __len__(self):
        return len(self._features) if self._features is not None else len(self._fids)

    def values(self, index: int) -> list:
        """The raw values of field ``index`` (NULL as a QVariant), cached."""
        col = self._columns.get(index)
        if col is None:
            features = self.features
            col = list(map(_GET, features, repeat(index, len(features))))
            self._columns[index] = col
        return col

    def load(self, names: Iterable[str]) -> None:
        """Take the columns ``names`` in the cheaper of two ways: a call per value of each
        column, or (for many columns) one conversion of every row."""
        todo = {i for i in (self.fields.lookupField(n) for n in names) if i >= 0 and i not in self._columns}
        # A value fetched on its own costs ~3× a value of a whole row converted at once.
        if todo and len(todo) * 3 > self.fields.count() and self._features:
            rows = list(map(QgsFeature.attributes, self._features))
            for i, col in enumerate(zip(*rows)):
                self._columns.setdefault(i, list(col))

    def raw_column(self, name: str) -> list:
        """Field ``name`` as Python values, NULL → None."""
        col = self.values(self.fields.lookupField(name))
        if QVariant in set(map(type, col)):
            return [None if isinstance(v, QVariant) else v for v in col]
        return list(col)

    def fid_array(self) -> np.ndarray:
        if self._fids is None:
            self._fids = np.fromiter(map(QgsFeature.id, self.features), dtype=np.int64, count=len(self.features))
        return self._fids

    def fid(self, row: int) -> int:
        return int(self.fid_array()[row])

    def fids(self) -> List[int]:
        return self.fid_array().tolist()


def read(
    source,
    feedback,
    geometry: bool = True,
    attributes: Optional[Sequence[str]] = None,
    progress: Tuple[float, float] = (0.0, 30.0),
    location=None,
) -> LayerData:
    """Read every feature of ``source`` once.

    With ``geometry=True`` the features are read whole (geometry and every attribute: the
    output keeps them). With ``geometry=False`` only ``attributes`` are fetched; when
    ``location`` names a plain file (``arrow_read.file_layer``), GDAL gives them as columns
    and no feature is built at all.
    """
    if source is None:
        raise QgsProcessingException(Layers.tr("The input layer could not be opened."))
    if not geometry and attributes and location is not None:
        columns = arrow_read.read_columns(location, list(attributes))
        if columns is not None:
            feedback.setProgress(progress[1])
            return LayerData(source.fields(), None, columns)
    request = QgsFeatureRequest()
    if not geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
        if attributes is not None:
            request.setSubsetOfAttributes(list(attributes), source.fields())
    return LayerData(source.fields(), read_features(source, feedback, request, progress))


def read_features(
    source, feedback, request: QgsFeatureRequest, progress: Tuple[float, float] = (0.0, 30.0)
) -> List[QgsFeature]:
    """All features of ``source`` for ``request``, in chunks, honouring Cancel."""
    features: List[QgsFeature] = []
    for chunk in _chunks(source, feedback, request, progress):
        features += chunk
    return features


def read_columns(
    source, names: Sequence[str], feedback, progress: Tuple[float, float] = (0.0, 30.0)
) -> Tuple[int, Dict[str, list]]:
    """The number of rows and the named columns (raw values; NULL may be a QVariant) of a
    table, read once without geometry. Leaner than :func:`read` for million-row tables:
    only the attribute lists are kept, no feature."""
    fields = source.fields()
    idx = [fields.lookupField(n) for n in names]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(idx)
    cols: Dict[int, list] = {i: [] for i in idx}
    n_rows = 0
    for chunk in _chunks(source, feedback, request, progress):
        rows = list(map(QgsFeature.attributes, chunk))
        for i, col in enumerate(zip(*rows)):
            if i in cols:
                cols[i].extend(col)
        n_rows += len(chunk)
    return n_rows, {name: cols[i] for name, i in zip(names, idx)}


def _chunks(source, feedback, request: QgsFeatureRequest, progress: Tuple[float, float]):
    """The features of ``source`` for ``request`` in lists of READ_CHUNK, with progress;
    Cancel raises."""
    request.setFeedback(feedback)  # Cancel stops the iterator (checked below)
    total = source.featureCount()
    step = (progress[1] - progress[0]) / total if total and total > 0 else 0
    it = source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    n = 0
    while True:
        chunk = list(islice(it, READ_CHUNK))  # the loop runs in C: no Python per feature
        if feedback.isCanceled():
            raise QgsProcessingException(Layers.tr("Cancelled."))
        if not chunk:
            break
        yield chunk
        n += len(chunk)
        feedback.setProgress(progress[0] + n * step)
