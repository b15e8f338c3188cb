"""Helpers for running the plugin's algorithms through processing.run in tests."""

import hashlib
import os

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..conftest import AKTOBE_GPKG


class LogFeedback(QgsProcessingFeedback):
    """Feedback that keeps every message, to assert on the log."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803
        self.lines.append(error)
        super().reportError(error, fatalError)

    @property
    def text(self):
        return "\n".join(self.lines)


def run(alg_id, params, context=None, feedback=None):
    import processing

    feedback = feedback or LogFeedback()
    context = context or QgsProcessingContext()
    result = processing.run(f"territorialclusters:{alg_id}", params, context=context, feedback=feedback)
    return result, feedback, context


def sample_layer(name="districts"):
    layer = QgsVectorLayer(f"{AKTOBE_GPKG}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def as_layer(value, context=None):
    if isinstance(value, QgsVectorLayer):
        return value
    if context is not None:
        layer = context.getMapLayer(value)
        if layer is not None:
            return layer
    layer = QgsVectorLayer(value, "out", "ogr")
    assert layer.isValid(), value
    return layer


def rows(layer, key):
    """{key value: {field: value}} with NULL as None."""
    out = {}
    names = layer.fields().names()
    for f in layer.getFeatures():
        rec = {}
        for n, v in zip(names, f.attributes()):
            rec[n] = None if isinstance(v, QVariant) else v
        out[rec[key]] = rec
    return out


def memory_layer(spec_fields, records, geometry="Polygon", crs="EPSG:4326", geoms=None):
    """A memory layer from [(name, 'double'|'int'|'string')] and rows of values."""
    types = {"double": QVariant.Double, "int": QVariant.Int, "string": QVariant.String, "date": QVariant.Date}
    uri = f"{geometry}?crs={crs}" if crs else geometry
    layer = QgsVectorLayer(uri, "test", "memory")
    fields = QgsFields()
    for name, kind in spec_fields:
        fields.append(QgsField(name, types[kind]))
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    feats = []
    for i, rec in enumerate(records):
        f = QgsFeature(layer.fields())
        f.setAttributes(list(rec))
        if geoms is not None:
            f.setGeometry(geoms[i])
        elif geometry == "Polygon":
            x = i * 1.0
            f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 0, {x + 1} 0, {x + 1} 1, {x} 1, {x} 0))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def layer_digest(layer):
    """A digest of a layer's fields, attributes and geometries (to prove it is unchanged)."""
    h = hashlib.sha256()
    for fld in layer.fields():
        h.update(f"{fld.name()}:{fld.typeName()};".encode())
    for f in layer.getFeatures():
        h.update(repr(f.attributes()).encode())
        h.update(f.geometry().asWkb() if f.hasGeometry() else b"")
    return h.hexdigest()


def file_digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def out_path(tmp_path, name="out.gpkg"):
    return os.path.join(str(tmp_path), name)


def rule_labels(layer, renderer, key):
    """{feature's ``key`` value: label of the rule it is drawn with}, for a rule-based renderer
    with one level of rules; asserts that every feature matches exactly one rule."""
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    rules = renderer.rootRule().children()
    expressions = [QgsExpression(r.filterExpression()) for r in rules]
    out = {}
    for f in layer.getFeatures():
        context.setFeature(f)
        hits = [r.label() for r, e in zip(rules, expressions) if e.evaluate(context)]
        assert len(hits) == 1, (f[key], hits)
        out[f[key]] = hits[0]
    return out
