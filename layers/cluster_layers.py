"""The cluster-structure map's layers (``clusterstructure``) as features: a point inside every
district, the centre towns, the links from each cluster's centre to its members and one star
per centre (the clusters themselves: :mod:`maps.cluster_structure`)."""

from typing import Dict, List, Tuple

from qgis.core import QgsCoordinateTransform, QgsFeature, QgsField, QgsFields, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QVariant

from . import Layers

LINK_FIELDS = (
    ("cluster", QVariant.Int),
    ("industry", QVariant.String),
    ("centre", QVariant.String),
    ("district", QVariant.String),
    ("lq", QVariant.Double),
)
CENTRE_FIELDS = (("centre", QVariant.String), ("clusters", QVariant.String), ("industries", QVariant.String))


def fields_of(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def district_points(keys, features, feedback) -> Tuple[Dict, Dict, Dict]:
    """(point inside, area, polygon) of every district with a geometry, by key; invalid
    polygons repaired with makeValid (a log line each)."""
    points, areas, shapes = {}, {}, {}
    for key, feature in zip(keys, features):
        geom = QgsGeometry(feature.geometry())
        if geom.isEmpty():
            continue
        if not geom.isGeosValid():
            geom = geom.makeValid()
            feedback.pushInfo(
                Layers.tr("District {key}: invalid polygon repaired (makeValid) for its point.").format(key=key)
            )
        points[key] = geom.pointOnSurface().asPoint()
        areas[key] = geom.area()
        shapes[key] = geom
    return points, areas, shapes


def centre_towns(source, name_field: str, crs, transform_context) -> List[Tuple[QgsPointXY, str]]:
    """The points of ``source`` in ``crs`` with their names (``name_field``, else the first
    text field)."""
    if not name_field:
        name_field = next((f.name() for f in source.fields() if f.type() == QVariant.String), "")
    tr = QgsCoordinateTransform(source.sourceCrs(), crs, transform_context)
    towns = []
    for f in source.getFeatures():
        geom = QgsGeometry(f.geometry())
        if geom.isEmpty() or geom.transform(tr) != 0:
            continue
        point = geom.asPoint() if not geom.isMultipart() else geom.asMultiPoint()[0]
        towns.append((QgsPointXY(point), str(f[name_field]) if name_field else ""))
    return towns


def centres_of(found, points, shapes, names, towns) -> Dict[int, Tuple[QgsPointXY, str, bool]]:
    """cluster number → (point, name, inside its centre district): the centre town nearest
    to the centre district's inner point, else that point itself."""
    out = {}
    for c in found:
        home = points[c.centre]
        if towns:
            point, name = min(towns, key=lambda t: t[0].sqrDist(home))
            inside = shapes[c.centre].contains(QgsGeometry.fromPointXY(point))
            out[c.number] = (point, name or names[c.centre], inside)
        else:
            out[c.number] = (QgsPointXY(home), names[c.centre], True)
    return out


def link_features(fields: QgsFields, found, centres, points, names) -> List[QgsFeature]:
    """A line from each cluster's centre to each member (the centre district too when the
    centre town lies outside it)."""
    features = []
    for c in found:
        start, centre_name, inside = centres[c.number]
        members = c.links() if inside else [(c.centre, k, lq) for k, lq in c.members.items()]
        for _, member, lq in members:
            f = QgsFeature(fields)
            f.setGeometry(QgsGeometry.fromPolylineXY([start, QgsPointXY(points[member])]))
            f.setAttributes([c.number, c.industry, centre_name, names[member], lq])
            features.append(f)
    return features


def centre_features(fields: QgsFields, found, centres) -> List[QgsFeature]:
    """One point per centre (clusters sharing a centre share the star)."""
    grouped: Dict = {}
    for c in found:
        point, name, _ = centres[c.number]
        grouped.setdefault((round(point.x(), 9), round(point.y(), 9), name), (point, []))[1].append(c)
    features = []
    for (_, _, name), (point, members) in grouped.items():
        f = QgsFeature(fields)
        f.setGeometry(QgsGeometry.fromPointXY(point))
        f.setAttributes([name, ", ".join(str(c.number) for c in members), "\n".join(c.industry for c in members)])
        features.append(f)
    return features
