"""Parameter values as TerritorialAlgorithm reads and checks them: the refusals before a run
(a layer that is not polygons where district polygons are expected, the feature id given as
an indicator), optional numbers left empty, tables given by path (CSV/TSV with types)."""

from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSource, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from . import Layers, field_guess, table_files


def polygon_refusal(alg, parameters, context) -> str:
    """Why a layer given where polygons are expected is refused, naming its geometry type
    ('' when every such layer is polygons)."""
    for param in alg.parameterDefinitions():
        if not isinstance(param, QgsProcessingParameterFeatureSource):
            continue
        if list(param.dataTypes()) != [QgsProcessing.TypeVectorPolygon]:
            continue
        if parameters.get(param.name()) is None:
            continue
        source = alg.parameterAsSource(parameters, param.name(), context)
        if source is None:
            continue
        gtype = QgsWkbTypes.geometryType(source.wkbType())
        if gtype != QgsWkbTypes.PolygonGeometry:
            return Layers.tr(
                "{param_name}: the layer has {geometrydisplaystring} "
                "geometry, but this algorithm expects a polygon layer of districts/regions. "
                "Choose the polygon layer (join the statistics to it first if needed)."
            ).format(param_name=alg.label(param.name()), geometrydisplaystring=QgsWkbTypes.geometryDisplayString(gtype))
    return ""


def id_field_refusal(alg, parameters, context) -> str:
    """Why a numeric field parameter may not take the value given: the feature-id field
    (fid, OBJECTID) is no indicator ('' when none is given)."""
    found = field_guess.id_field_as_indicator(alg, parameters, context)
    if found is None:
        return ""
    return Layers.tr(
        "{label}: '{field}' is the layer's feature id (its primary key), which numbers the "
        "features and says nothing about the districts. Choose the field that holds the values "
        "(after 'Select all', untick '{field}')."
    ).format(label=alg.label(found[0]), field=found[1])


def table_source(alg, parameters, name: str, context, required: bool = False):
    """A table parameter as a feature source; a CSV/TSV path opened with detected types
    (``table_files``); None when not given (refused when ``required``)."""
    value = parameters.get(name)
    if table_files.delimited_path(table_files.static_value(value)) is not None:
        layer = table_files.open_table(value, context, types=True, name=alg.label(name))
        parameters = dict(parameters)
        parameters[name] = table_files.with_layer(value, layer)
    if required:
        return alg.required_source(parameters, name, context)
    return alg.parameterAsSource(parameters, name, context)


def optional_number(alg, parameters, name: str, context, integer: bool = True):
    """None when left empty (None, blank text, NULL), else ``parameterAsInt`` / ``parameterAsDouble``."""
    raw = parameters.get(name)
    if raw is None or (isinstance(raw, str) and not raw.strip()) or (isinstance(raw, QVariant) and raw.isNull()):
        return None
    if integer:
        return alg.parameterAsInt(parameters, name, context)
    return alg.parameterAsDouble(parameters, name, context)


def missing_package(name: str, error: ImportError) -> str:
    """The message of a run that needs an optional package (e.g. matplotlib for a chart)."""
    return Layers.tr(
        "{name} needs the Python package '{package}' for this, which this QGIS does not "
        "have (on Debian/Ubuntu install python3-{package})."
    ).format(name=name, package=(error.name or str(error)).split(".")[0])


def out_of_memory(name: str) -> str:
    return Layers.tr("{}: not enough memory for this input. Run it on fewer features or fields.").format(name)


def unexpected(name: str, error: Exception, tag: str) -> str:
    """The message of a bug: no traceback to the user, the details in the log's ``tag`` tab."""
    return Layers.tr(
        "{name} failed unexpectedly ({kind}: {error}). This is a bug in Territorial "
        "Clusters: please report it with the input that caused it (the details are in the "
        "'{tag}' tab of the Log Messages panel)."
    ).format(name=name, kind=type(error).__name__, error=error, tag=tag)
