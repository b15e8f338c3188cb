"""Where the Ward clustering's tree is cut: the number of clusters (N_CLUSTERS) or the cut
height (HEIGHT), one of them; neither gives DEFAULT_CLUSTERS (paper 003 has 6 groups)."""

from qgis.core import QgsProcessingException, QgsProcessingParameterNumber

from . import Layers

N_CLUSTERS = "N_CLUSTERS"
HEIGHT = "HEIGHT"
#: Clusters made when neither N_CLUSTERS nor HEIGHT is given (paper 003 has 6 groups).
DEFAULT_CLUSTERS = 6


def add_parameters(alg) -> None:
    """N_CLUSTERS (an integer ≥ 1) and HEIGHT (a height ≥ 0), both optional."""
    alg.add(
        QgsProcessingParameterNumber(
            N_CLUSTERS,
            Layers.tr("Number of clusters (empty: 6, or from the cut height)"),
            type=QgsProcessingParameterNumber.Integer,
            optional=True,
            minValue=1,
        ),
        Layers.tr(
            "The number of clusters k (1 … number of regions clustered). Give it or HEIGHT, "
            "not both; neither gives 6 clusters, as in paper 003."
        ),
    )
    alg.add(
        QgsProcessingParameterNumber(
            HEIGHT,
            Layers.tr("Cut height (instead of the number of clusters)"),
            type=QgsProcessingParameterNumber.Double,
            optional=True,
            minValue=0.0,
        ),
        Layers.tr(
            "A cut height instead of k: every merge at a height ≤ HEIGHT is kept (the number of clusters is logged)."
        ),
    )


def cut(alg, parameters, context, feedback):
    """(k, height) asked for: one of them; neither gives DEFAULT_CLUSTERS."""
    k = alg.optional_number(parameters, N_CLUSTERS, context, integer=True)
    height = alg.optional_number(parameters, HEIGHT, context, integer=False)
    if k is not None and height is not None:
        raise QgsProcessingException(
            Layers.tr(
                "Both N_CLUSTERS ({k}) and HEIGHT ({height:g}) are given: the tree is cut either "
                "into a number of clusters or at a height — leave one of them empty."
            ).format(k=k, height=height)
        )
    if k is None and height is None:
        k = DEFAULT_CLUSTERS
        feedback.pushInfo(
            Layers.tr("Neither N_CLUSTERS nor HEIGHT given: {default_clusters} clusters (as paper 003).").format(
                default_clusters=DEFAULT_CLUSTERS
            )
        )
    return k, height
