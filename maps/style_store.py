"""The style stored with an output: legend title, labels and credits carried by a renderer,
applied to a layer (:func:`apply`, :class:`StylePostProcessor` when QGIS loads the layer) and
persisted with file outputs (:func:`persist_style`: GeoPackage layer_styles, or a .qml beside
the file) so a layer written by qgis_process or a model opens styled later."""

import os
from typing import Sequence

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt.QtXml import QDomDocument

from ..layers import gpkg_styles
from ..layers.provenance import CREDITS_PROPERTY
from . import Maps


def set_legend_title(renderer, title: str):
    """Store the legend title where the report map (exportmap) finds it."""
    # Renderers have no title of their own in 3.22; a custom property on the layer is set
    # by persist_style/post-processor from this attribute.
    renderer._tc_legend_title = title


LEGEND_TITLE_PROPERTY = "territorialclusters/legend_title"


def set_credits(renderer, credits: Sequence[str]):
    """The inputs' credits (``layers.provenance``) go with ``renderer``: metadata rights of
    the layer it styles and a custom property stored with the default style."""
    renderer._tc_credits = [c for c in credits if c]


def _apply_credits(layer, credits):
    if credits:
        layer.setCustomProperty(CREDITS_PROPERTY, "\n".join(credits))
        md = layer.metadata()
        if not md.rights():
            md.setRights(list(credits))
            layer.setMetadata(md)


def set_labeling(renderer, labeling):
    """Attach labels (a QgsAbstractVectorLayerLabeling) to ``renderer``: they are applied and
    stored with it by apply / StylePostProcessor / persist_style."""
    renderer._tc_labeling = labeling


def _apply_labeling(layer, labeling):
    if labeling is not None:
        layer.setLabeling(labeling.clone())
        layer.setLabelsEnabled(True)


def apply(layer, renderer):
    layer.setRenderer(renderer.clone())
    title = getattr(renderer, "_tc_legend_title", "")
    if title:
        layer.setCustomProperty(LEGEND_TITLE_PROPERTY, title)
    _apply_labeling(layer, getattr(renderer, "_tc_labeling", None))
    _apply_credits(layer, getattr(renderer, "_tc_credits", []))
    layer.triggerRepaint()


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a renderer to an output layer when QGIS loads it."""

    _alive = []  # Python references: QGIS holds only a raw pointer

    def __init__(self, renderer):
        super().__init__()
        self.renderer = renderer.clone()
        self.title = getattr(renderer, "_tc_legend_title", "")
        labeling = getattr(renderer, "_tc_labeling", None)
        self.labeling = labeling.clone() if labeling is not None else None
        self.credits = list(getattr(renderer, "_tc_credits", []))

    def postProcessLayer(self, layer, context, feedback):
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            layer.setRenderer(self.renderer.clone())
            if self.title:
                layer.setCustomProperty(LEGEND_TITLE_PROPERTY, self.title)
            _apply_labeling(layer, self.labeling)
            _apply_credits(layer, self.credits)
            layer.triggerRepaint()

    @classmethod
    def create(cls, renderer):
        pp = cls(renderer)
        cls._alive.append(pp)
        del cls._alive[:-50]
        return pp


def persist_style(dest_id: str, renderer, context, feedback) -> bool:
    """Store ``renderer`` with the output: temporary layers get it directly; GeoPackage
    outputs get a default style in layer_styles (written through GDAL); other files a .qml
    beside them. The output is not opened as a QGIS layer (it may still be private)."""
    layer = context.temporaryLayerStore().mapLayer(dest_id) if dest_id else None
    if layer is not None:
        apply(layer, renderer)
        return True
    parts = QgsProviderRegistry.instance().decodeUri("ogr", dest_id)
    path = str(parts.get("path") or "")
    if not path or not os.path.exists(path):
        return False
    from osgeo import gdal, ogr

    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    table = parts.get("layerName") or ""
    ogr_layer = None
    if ds is not None:
        ogr_layer = ds.GetLayerByName(table) if table else ds.GetLayer(0)
    if ogr_layer is None:
        feedback.pushInfo(Maps.tr("Could not reopen {} to store its style.").format(dest_id))
        return False
    table, geometry_column = ogr_layer.GetName(), ogr_layer.GetGeometryColumn()
    geometry = _GEOMETRY_NAMES.get(ogr.GT_Flatten(ogr_layer.GetGeomType()) % 1000, "None")
    driver = ds.GetDriver().ShortName
    ogr_layer = ds = None
    styled = _style_carrier(renderer, geometry)
    if driver == "GPKG":
        doc = QDomDocument("qgis")
        styled.exportNamedStyle(doc)
        if not gpkg_styles.store(path, table, geometry_column, doc.toString()):
            feedback.pushInfo(Maps.tr("Could not store the style in {}.").format(path))
            return False
        return True
    qml = os.path.splitext(path)[0] + ".qml"
    msg, ok = styled.saveNamedStyle(qml)
    if not ok:
        feedback.pushInfo(Maps.tr("Could not write the style file {}: {}").format(qml, msg))
    return bool(ok)


#: OGR's flat geometry type codes (modulo 1000: Z/M variants) → memory-layer geometry names
_GEOMETRY_NAMES = {1: "Point", 4: "Point", 2: "LineString", 5: "LineString", 3: "Polygon", 6: "Polygon"}


def _style_carrier(renderer, geometry: str) -> QgsVectorLayer:
    """A memory layer of the output's geometry type holding ``renderer`` (and its legend
    title and labels), whose QML is what gets stored with an output (QGIS refuses a style
    saved from another geometry type)."""
    layer = QgsVectorLayer(geometry, "style", "memory")
    apply(layer, renderer)
    return layer
