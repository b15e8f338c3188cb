"""The neighbour-graph parameters shared by the algorithms that build a district graph
(METHOD, TOLERANCE, K, DISTANCE): their definitions and the graph they ask for."""

from qgis.core import QgsProcessingException, QgsProcessingParameterEnum, QgsProcessingParameterNumber

from . import Layers
from . import adjacency

METHOD = "METHOD"
TOLERANCE = "TOLERANCE"
K = "K"
DISTANCE = "DISTANCE"


def add_graph_parameters(
    alg, methods=(0, 1, 2, 3), knn_and_band: bool = True, advanced: bool = False, optional: bool = False
) -> None:
    """Add METHOD (the options of ``methods``: 0 queen, 1 rook, 2 k nearest, 3 distance
    band), TOLERANCE and, with ``knn_and_band``, K and DISTANCE to algorithm ``alg``
    (``advanced``: in the dialog's advanced section; ``optional``: for an algorithm that had
    none, so that models saved before still validate)."""
    names = adjacency.method_names()
    alg.add(
        QgsProcessingParameterEnum(
            METHOD, Layers.tr("Neighbours"), options=[names[m] for m in methods], defaultValue=0, optional=optional
        ),
        Layers.tr(
            "Queen: districts sharing at least one boundary vertex; rook: sharing a boundary edge; "
            "k nearest: the K districts with the nearest centroids; distance band: every district whose "
            "centroid is within DISTANCE (ellipsoidal distances)."
        ),
        advanced=advanced,
    )
    alg.add(
        QgsProcessingParameterNumber(
            TOLERANCE,
            Layers.tr("Snapping tolerance (metres)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=0.0,
            minValue=0.0,
            optional=optional,
        ),
        Layers.tr(
            "Queen/rook: districts whose boundaries do not touch but come within this many metres still "
            "neighbour (boundaries digitised without shared vertices, small gaps). 0: they must share vertices."
        ),
        advanced=advanced,
    )
    if not knn_and_band:
        return
    alg.add(
        QgsProcessingParameterNumber(
            K, Layers.tr("Number of nearest neighbours (k)"), QgsProcessingParameterNumber.Integer, 4, minValue=1
        ),
        Layers.tr("K nearest: how many nearest districts each district gets (not symmetric)."),
    )
    alg.add(
        QgsProcessingParameterNumber(
            DISTANCE,
            Layers.tr("Distance band (metres)"),
            QgsProcessingParameterNumber.Double,
            defaultValue=0.0,
            minValue=0.0,
        ),
        Layers.tr("Distance band: districts whose centroids are at most this many metres apart neighbour."),
    )


def graph_settings(alg, parameters, context, methods=(0, 1, 2, 3)):
    """(method, tolerance, k, distance) asked for; a distance band needs DISTANCE > 0."""
    method = methods[alg.parameterAsEnum(parameters, METHOD, context)]
    tolerance = alg.parameterAsDouble(parameters, TOLERANCE, context)
    k = alg.parameterAsInt(parameters, K, context) if alg.parameterDefinition(K) is not None else 4
    distance = (
        alg.parameterAsDouble(parameters, DISTANCE, context) if alg.parameterDefinition(DISTANCE) is not None else 0.0
    )
    if method == adjacency.BAND and not distance > 0:
        raise QgsProcessingException(
            Layers.tr(
                "Distance band (metres) [DISTANCE]: give a distance greater than 0 for the distance band "
                "method (e.g. 50000 for 50 km)."
            )
        )
    return method, tolerance, k, distance


def build_graph(
    alg,
    parameters,
    context,
    feedback,
    features,
    crs,
    labels,
    methods=(0, 1, 2, 3),
    progress=(30.0, 60.0),
    geometries=None,
):
    """The district graph of ``features`` with the settings of ``parameters``."""
    method, tolerance, k, distance = graph_settings(alg, parameters, context, methods)
    return adjacency.district_graph(
        features,
        crs,
        method,
        tolerance,
        k,
        distance,
        context,
        feedback,
        labels=labels,
        progress=progress,
        geometries=geometries,
    )
