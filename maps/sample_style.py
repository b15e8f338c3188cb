"""How the bundled sample layers look when loaded: districts outlined and labelled by name,
centres as dots, instead of QGIS's random colours."""

from qgis.core import QgsFillSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer, QgsVectorLayer, QgsWkbTypes

from .labels import set_labels

#: the label field of a sample layer: the first of these it has
LABEL_FIELDS = ("name_en", "name", "district", "region", "local_name", "name_ru")


def label_field(layer: QgsVectorLayer) -> str:
    names = {f.name().lower(): f.name() for f in layer.fields()}
    return next((names[n] for n in LABEL_FIELDS if n in names), "")


def style_sample(layer: QgsVectorLayer) -> None:
    """Give a sample layer its style (tables are left as they are)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isSpatial():
        return
    gtype = layer.geometryType()
    if gtype == QgsWkbTypes.PolygonGeometry:
        symbol = QgsFillSymbol.createSimple(
            {"color": "246,243,233,255", "outline_color": "90,90,90,255", "outline_width": "0.35"}
        )
    elif gtype == QgsWkbTypes.PointGeometry:
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "178,34,34,255", "outline_color": "255,255,255,255", "size": "2.4"}
        )
    else:
        return
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    field = label_field(layer)
    if field:
        set_labels(layer, field, 8.0 if gtype == QgsWkbTypes.PolygonGeometry else 7.5)
    layer.triggerRepaint()
