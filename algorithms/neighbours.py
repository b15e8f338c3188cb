"""District neighbours: the district graph as a table (issue 15; METHODS.md, spatial structure)."""

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QVariant

from ..layers import adjacency
from ..layers.graph_params import add_graph_parameters, build_graph
from ..layers.labels import require_features
from .base import TerritorialAlgorithm


class NeighboursAlgorithm(TerritorialAlgorithm):
    ALG_ID = "neighbours"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("NeighboursAlgorithm", "District neighbours")
    GROUP = QT_TRANSLATE_NOOP("NeighboursAlgorithm", "5 Spatial structure")
    GROUP_ID = "spatial"
    REQUIRES = ("scipy",)  # the graph's components, nearest neighbours (core.graph)
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "NeighboursAlgorithm",
        "Which districts neighbour which: the district graph that territorial clusters, spatial "
        "autocorrelation and contiguous zones are built on, as a table.\n\n"
        "<b>Neighbours</b>: 0 queen contiguity (a shared boundary vertex), 1 rook contiguity (a "
        "shared boundary edge), 2 k nearest (the K nearest centroids), 3 distance band "
        "(centroids within DISTANCE metres). Distances are ellipsoidal whatever the layer's CRS.\n"
        "<b>Snapping tolerance</b> (metres, queen/rook): boundaries that do not share vertices or "
        "leave small gaps still neighbour when they come this close; 0 (default): they must share "
        "vertices, as in GeoDa and libpysal.\n"
        "<b>Output table</b>: one row per district and neighbour with district, neighbour (the ID "
        "field's values) and weight (1); contiguity lists each pair both ways, k nearest only "
        "from each district to its neighbours. Give it to the algorithms that take a NEIGHBOURS "
        "table, or edit it by hand (add a ferry link, remove a mountain ridge).\n"
        "The log names the islands (districts without neighbours), the number of connected "
        "components and the minimum, mean and maximum number of neighbours. Invalid polygons are "
        "repaired (makeValid) for the graph and named in the log; a district without geometry is "
        "an island."
    )
    # fmt: on

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Districts"), [QgsProcessing.TypeVectorPolygon]),
            self.tr("The district polygons."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD, self.tr("District ID field"), parentLayerParameterName=self.INPUT
            ),
            self.tr("A field with a unique key per district (a code or a name): the table's district and neighbour."),
        )
        add_graph_parameters(self)
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, self.tr("Neighbours table"), QgsProcessing.TypeVector),
            self.tr("One row per district and neighbour: district, neighbour, weight."),
        )

    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        self.check_fields(source.fields(), [id_field], "District ID field [ID_FIELD]", numeric=False)
        data = self.read(source, feedback, geometry=True)
        require_features(data, self.tr("no neighbours to find"))
        keys = self.id_values(data, id_field)
        nb = build_graph(self, parameters, context, feedback, data.features, source.sourceCrs(), keys)
        adjacency.log_graph(nb, keys, feedback)

        fields = QgsFields()
        fields.append(QgsField("district", QVariant.String))
        fields.append(QgsField("neighbour", QVariant.String))
        fields.append(QgsField("weight", QVariant.Double))
        rows = zip([keys[r] for r in nb.i.tolist()], [keys[r] for r in nb.j.tolist()], nb.w.tolist())
        dest = self.write_table(parameters, self.OUTPUT_TABLE, context, fields, rows, len(nb), feedback)
        feedback.setProgress(100)
        return {self.OUTPUT_TABLE: dest}
