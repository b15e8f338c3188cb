"""The algorithms' dialog: QGIS's own, with field parameters that start sensibly.

QGIS fills a required field parameter with the layer's first field — in a GeoPackage the
feature id ``fid`` — and does it again whenever the layer is changed. This dialog (what
``TerritorialAlgorithm.createCustomParametersWidget`` returns, as QGIS's GDAL algorithms
return theirs) then sets every single-field parameter that holds a feature-id field, or
that QGIS filled with the first field, to the field its name suggests
(``layers.field_guess``), or empties it so that the dialog asks for it.
"""

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from processing.gui.AlgorithmDialog import AlgorithmDialog

from ..layers import field_guess


def _layer(value, context):
    """The vector layer a parent parameter's widget value names (None when none)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, QgsVectorLayer):
        return value
    if not value or not isinstance(value, str):
        return None
    layer = QgsProcessingUtils.mapLayerFromString(value, context)
    return layer if isinstance(layer, QgsVectorLayer) else None


class FieldGuessingDialog(AlgorithmDialog):
    """QGIS's algorithm dialog; field parameters never start on the feature id."""

    def __init__(self, alg, parent=None):
        super().__init__(alg, parent=parent)
        self._context = QgsProcessingContext()
        self._context.setProject(QgsProject.instance())
        panel = self.mainWidget()
        wrappers = getattr(panel, "wrappers", {})
        for param in alg.parameterDefinitions():
            if not isinstance(param, QgsProcessingParameterField) or param.allowMultiple():
                continue
            child, parent_wrapper = wrappers.get(param.name()), wrappers.get(param.parentLayerParameterName())
            if child is None or parent_wrapper is None:
                continue
            # connected after QGIS's own handler: runs once QGIS has refilled the field
            parent_wrapper.widgetValueHasChanged.connect(
                lambda _w, p=param, c=child, pw=parent_wrapper: self._guess(p, c, pw)
            )
            self._guess(param, child, parent_wrapper)

    def _guess(self, param, child, parent_wrapper):
        try:
            self._set_guess(param, child, parent_wrapper)
        except (RuntimeError, TypeError, ValueError):  # a widget gone, an odd value: QGIS's choice stands
            pass

    def _set_guess(self, param, child, parent_wrapper):
        layer = _layer(parent_wrapper.parameterValue(), self._context)
        if layer is None:
            return
        current = child.parameterValue()
        current = current if isinstance(current, str) else ""
        ids = field_guess.primary_key_names(layer)
        first = next((f.name() for f in layer.fields() if field_guess.acceptable(f, param)), "")
        if current and current not in ids and (current != first or current == param.defaultValue()):
            return  # not what QGIS fills in by itself: a field the parameter's default chose
        if param.flags() & param.FlagOptional and not current:
            return
        child.setParameterValue(field_guess.guess(param, layer), self._context)


def algorithm_dialog(alg, parent=None):
    """The dialog of ``alg`` (None, so QGIS builds its own, if this one cannot be built)."""
    try:
        return FieldGuessingDialog(alg, parent=parent)
    except Exception:  # noqa: BLE001 — QGIS's own dialog rather than none
        return None
