"""Labels for report maps: text with a white halo, label settings by geometry type, and the
labelled copy of a layer a report page draws (the user's layer is never modified)."""

from qgis.core import (
    QgsLabelObstacleSettings,
    QgsPalLayerSettings,
    QgsProcessingException,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

from . import Maps
from .page import TEXT, family


def halo_format(size_pt: float, bold: bool = False) -> QgsTextFormat:
    fmt = QgsTextFormat()
    font = QFont(family())
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size_pt)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(TEXT)
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.6)
    buf.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    buf.setColor(QColor("white"))
    buf.setOpacity(0.7)  # a light grey district still shows under its label
    fmt.setBuffer(buf)
    return fmt


def label_settings(
    expression: str, is_expression: bool, geometry_type, size_pt: float = 8.0, bold: bool = False, wrap: int = 0
) -> QgsPalLayerSettings:
    """Label settings with a white halo. Polygons: horizontal, inside the polygon only, never
    over another label (a label that fits nowhere is left out rather than run into its
    neighbours'; a report page shrinks labels to their districts first, see
    :func:`fit_label_sizes`)."""
    pal = QgsPalLayerSettings()
    pal.fieldName = expression
    pal.isExpression = is_expression
    pal.setFormat(halo_format(size_pt, bold))
    if wrap:
        pal.autoWrapLength = wrap
    if geometry_type == QgsWkbTypes.PolygonGeometry:
        inside_polygon(pal)
    elif geometry_type == QgsWkbTypes.PointGeometry:
        pal.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
        pal.dist = 1.2
    return pal


def inside_polygon(pal: QgsPalLayerSettings) -> QgsPalLayerSettings:
    """Horizontal labels inside their polygon, none over another label or a district
    boundary where it can be avoided."""
    pal.placement = QgsPalLayerSettings.Horizontal
    pal.centroidInside = True
    pal.fitInPolygonOnly = True
    pal.displayAll = False
    obstacle = pal.obstacleSettings()
    obstacle.setType(QgsLabelObstacleSettings.PolygonBoundary)
    pal.setObstacleSettings(obstacle)
    return pal


def set_labels(layer: QgsVectorLayer, label_field: str, size_pt: float = 8.0):
    """Label ``layer`` with ``label_field`` (a field name) with a white halo."""
    pal = label_settings(label_field, False, layer.geometryType(), size_pt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    layer.setLabelsEnabled(True)


def report_clone(
    layer: QgsVectorLayer, label_field: str = "", load_default_style: bool = False, label_size: float = 8.0
):
    """A copy of ``layer`` for the layout (the user's layer stays untouched), with the style
    stored in its file when asked and labels from ``label_field`` when given."""
    clone = layer.clone()
    if clone is None or not clone.isValid():
        raise QgsProcessingException(
            Maps.tr("Could not copy layer '{layer_name}' for the map.").format(layer_name=layer.name())
        )
    if load_default_style:
        clone.loadDefaultStyle()
    if label_field:
        set_labels(clone, label_field, label_size)
    return clone
