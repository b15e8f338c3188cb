"""The points of regionalaccessibility: the two capitals (exactly two points, named) and the
regional centres joined to the regions by key, all in longitude/latitude."""

from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsProcessingFeatureSource
from qgis.PyQt.QtCore import QVariant

from ..core.naming import key_text
from . import Layers
from .measure import point_to_lonlat, single_point, to_lonlat


def capitals(capitals, label: str, context):
    """Capitals A and B (lon/lat points) and their names; ``label``: how messages name the
    CAPITALS parameter."""
    request = QgsFeatureRequest()
    features = list(capitals.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks))
    if len(features) != 2:
        raise QgsProcessingException(
            Layers.tr(
                "{capitals} must hold exactly two points (e.g. Astana and Almaty); it has "
                "{n_features}. Select or filter the two capitals and run again."
            ).format(capitals=label, n_features=len(features))
        )
    name_idx = _name_field(capitals.fields())
    ct = to_lonlat(capitals.sourceCrs(), context)
    points, names = [], []
    for f in features:
        value = f.attributes()[name_idx] if name_idx >= 0 else None
        name = (
            Layers.tr("capital feature {}").format(f.id())
            if value is None or isinstance(value, QVariant)
            else str(value)
        )
        where = "{}: {}".format(label, name)
        point = single_point(f, where)
        if point is None:
            raise QgsProcessingException(
                Layers.tr("{capitals}: {name} has no geometry; both capitals need a point.").format(
                    capitals=label, name=name
                )
            )
        points.append(point_to_lonlat(point, ct, where))
        names.append(name)
    return points[0], points[1], names


def joined_centres(data, id_field: str, centers, center_key: str, label: str, context, feedback):
    """A lon/lat centre (or None) per feature of ``data``, joined by ``id_field`` =
    ``center_key``; ``label``: how messages name the CENTERS parameter."""
    ct = to_lonlat(centers.sourceCrs(), context)
    key_idx = centers.fields().lookupField(center_key)
    by_key = {}
    for f in centers.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
        key = _key(f.attributes()[key_idx])
        if key is None:
            feedback.pushWarning(
                Layers.tr("{centers}: feature {f_id} has no key ('{center_key}' is NULL); it is ignored.").format(
                    centers=label, f_id=f.id(), center_key=center_key
                )
            )
            continue
        if key in by_key:
            raise QgsProcessingException(
                Layers.tr(
                    "{centers}: the key '{key}' appears twice in '{center_key}'; each region needs "
                    "one centre. Remove or rename the duplicate."
                ).format(centers=label, key=key, center_key=center_key)
            )
        where = "{}: '{}'".format(label, key)
        point = single_point(f, where)
        by_key[key] = None if point is None else point_to_lonlat(point, ct, where)
    points, unmatched, used = [], [], set()
    for value in data.raw_column(id_field):
        key = _key(value)
        point = by_key.get(key) if key is not None else None
        if key in by_key:
            used.add(key)
        if point is None:
            unmatched.append(str(key) if key is not None else "NULL")
        points.append(point)
    if unmatched:
        spare = sorted(k for k in by_key if k not in used)
        text = Layers.tr("No centre (with a point) in {centers} for %n region(s): {}.", "", len(unmatched)).format(
            ", ".join(unmatched[:20]), centers=label
        )
        if spare:
            text += " " + Layers.tr("Centres not matched to any region: {}.").format(", ".join(spare[:20]))
        text += " " + Layers.tr("Keys are compared as text ('{id_field}' = '{center_key}').").format(
            id_field=id_field, center_key=center_key
        )
        feedback.pushWarning(text)
    return points


def _key(value):
    """A join key: ``core.naming.key_text`` of the value, text trimmed (both layers' keys are
    compared, so stray spaces on either side must not break the join)."""
    if isinstance(value, QVariant):
        return None
    return key_text(value.strip() if isinstance(value, str) else value)


def _name_field(fields):
    for i in range(fields.count()):
        if fields.at(i).name().lower() == "name":
            return i
    for i in range(fields.count()):
        if fields.at(i).type() == QVariant.String:
            return i
    return -1
