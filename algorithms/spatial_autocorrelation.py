"""Spatial autocorrelation: global Moran's I and local Moran (LISA) (issue 15; core.moran)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import moran
from ..layers import adjacency, lisa_outputs
from ..layers.graph_params import add_graph_parameters, build_graph
from ..layers.labels import require_features
from ..maps import lisa_style, moran_plot
from .base import TerritorialAlgorithm


class SpatialAutocorrelationAlgorithm(TerritorialAlgorithm):
    ALG_ID = "spatialautocorrelation"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("SpatialAutocorrelationAlgorithm", "Spatial autocorrelation (Moran's I, LISA)")
    GROUP = QT_TRANSLATE_NOOP("SpatialAutocorrelationAlgorithm", "5 Spatial structure")
    GROUP_ID = "spatial"
    REQUIRES = ("scipy",)  # the graph's components (scipy.sparse.csgraph)
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "SpatialAutocorrelationAlgorithm",
        "Do high (or low) values of one variable — a location quotient, a development grade — "
        "cluster among neighbouring districts more than chance allows?\n\n"
        "<b>Global Moran's I</b> with its expectation −1/(n−1), z and two-sided p under normality "
        "and under randomisation, and a permutation pseudo p-value: in the log and in the global "
        "table.\n<b>Local Moran (LISA)</b> per district: lisa_i, lisa_z (against the permutations), "
        "lisa_p (pseudo p-value of conditional permutations), lisa_quadrant (HH, LH, LL, HL: the "
        "district's value and its neighbours' mean, above or below the mean) and lisa_class: "
        "High-High, Low-Low (spatial clusters), High-Low, Low-High (outliers) where p ≤ the "
        "significance level (after the correction), else Not significant; Island for a district "
        "without neighbours, Undefined for a NULL value (left out of the computation). Styled "
        "with GeoDa's LISA colours.\nNeighbours: contiguity (queen or rook, with a snapping "
        "tolerance in metres), k nearest or a distance band, or a neighbours table; weights are "
        "row-standardised. The same SEED gives the same p-values (esda's draws: equal to esda's "
        "Moran_Local with that seed)."
    )
    # fmt: on

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    FIELD = "FIELD"
    NEIGHBOURS = "NEIGHBOURS"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    LEVEL = "LEVEL"
    CORRECTION = "CORRECTION"
    OUTPUT = "OUTPUT"
    GLOBAL_TABLE = "GLOBAL_TABLE"
    MORAN_PLOT = "MORAN_PLOT"

    def initAlgorithm(self, config=None):
        number = QgsProcessingParameterNumber
        self.add(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Districts"), [QgsProcessing.TypeVectorPolygon]),
            self.tr("The district polygons with the variable."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD, self.tr("District name field"), parentLayerParameterName=self.INPUT
            ),
            self.tr("Unique district names or codes: log lines, and the keys of a neighbours table."),
        )
        self.add(
            QgsProcessingParameterField(
                self.FIELD,
                self.tr("Variable"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
            ),
            self.tr("One numeric field (e.g. a location quotient or a development grade); NULL: left out."),
        )
        add_graph_parameters(self)  # METHOD, TOLERANCE, K, DISTANCE (as District neighbours)
        self.add(
            QgsProcessingParameterFeatureSource(
                self.NEIGHBOURS, self.tr("Neighbours table"), [QgsProcessing.TypeVector], optional=True
            ),
            self.tr("Optional: a table (district, neighbour, weight) as District neighbours writes; replaces METHOD."),
        )
        self.add(
            number(self.PERMUTATIONS, self.tr("Permutations"), number.Integer, 999, minValue=0, maxValue=99999),
            self.tr("Conditional permutations for the pseudo p-values (999: p down to 0.001; 0: none)."),
        )
        self.add(
            number(self.SEED, self.tr("Random seed"), number.Integer, moran.DEFAULT_SEED, minValue=0),
            self.tr("The same seed gives the same p-values (GeoDa's default seed)."),
        )
        self.add(
            number(self.LEVEL, self.tr("Significance level"), number.Double, 0.05, minValue=0.0001, maxValue=0.5),
            self.tr("A district is significant when its pseudo p-value is at most this (after the correction)."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.CORRECTION,
                self.tr("Multiple-testing correction"),
                options=[
                    self.tr("None"),
                    self.tr("False discovery rate (Benjamini–Hochberg)"),
                    self.tr("Bonferroni"),
                ],
                defaultValue=0,
            ),
            self.tr("Many districts are tested at once: FDR or Bonferroni keep false clusters in check."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("LISA clusters"), QgsProcessing.TypeVectorPolygon),
            self.tr("The districts with lisa_i, lisa_z, lisa_p, lisa_quadrant and lisa_class."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.GLOBAL_TABLE,
                self.tr("Global Moran's I"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=True,
            ),
            self.tr("Optional table, one row: field, moran_i, expected_i, z_norm, p_norm, z_rand, p_rand, p_sim, n."),
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.MORAN_PLOT,
                self.tr("Moran scatter plot"),
                fileFilter=self.tr("SVG files (*.svg);;PNG files (*.png)"),
                optional=True,
                createByDefault=False,
            ),
            self.tr("Optional file: .svg or .png."),
        )

    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        field = self.parameterAsString(parameters, self.FIELD, context)
        self.check_fields(source.fields(), [id_field], self.tr("District name field [ID_FIELD]"), numeric=False)
        self.check_fields(source.fields(), [field], self.tr("Variable [FIELD]"))
        plot_path = self.parameterAsFileOutput(parameters, self.MORAN_PLOT, context)
        if plot_path:
            moran_plot.file_format(plot_path)
        table = self.table_source(parameters, self.NEIGHBOURS, context)

        data = self.read(source, feedback, geometry=True, attributes=[id_field, field])
        require_features(data, self.tr("no spatial autocorrelation to compute"))
        keys = self.id_values(data, id_field)
        values = self.numeric_frame(data, [field], keys, self.tr("Variable [FIELD]"))[field].to_numpy()
        if table is not None:
            what = self.tr("Neighbours table [NEIGHBOURS]")
            nb = adjacency.graph_from_table(table, keys, feedback, what=what)
        else:
            nb = build_graph(self, parameters, context, feedback, data.features, source.sourceCrs(), keys)
        adjacency.log_graph(nb, keys, feedback)

        def progress(fraction):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))
            feedback.setProgress(60 + 25 * fraction)

        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        result = self.method(
            moran.autocorrelation,
            values,
            nb,
            permutations=permutations,
            seed=self.parameterAsInt(parameters, self.SEED, context),
            level=self.parameterAsDouble(parameters, self.LEVEL, context),
            correction=self.parameterAsEnum(parameters, self.CORRECTION, context),
            names=keys,
            progress=progress,
        )
        for template, fills in result.notes:
            feedback.pushWarning(self.core_text(template, **fills))
        lisa_outputs.log_global(result, field, feedback, self.core_text)

        frame = lisa_outputs.district_columns(result, self.core_text)
        kinds = lisa_outputs.KINDS
        dest = self.write_output(parameters, self.OUTPUT, context, source, data, kinds, frame, feedback, (85, 95))
        title = self.tr("LISA clusters of {field} (p ≤ {cutoff:.4g})").format(field=field, cutoff=result.local.cutoff)
        renderer = lisa_style.lisa_renderer(result.local.classes, self.core_text, "lisa_class", title)
        self.attach_style(dest, renderer, context, feedback)
        outputs = {self.OUTPUT: dest}
        row = lisa_outputs.global_row(result, field)
        fields = lisa_outputs.global_fields()
        table_id = self.write_table(parameters, self.GLOBAL_TABLE, context, fields, [row], 1, feedback, (95, 97))
        if table_id:
            outputs[self.GLOBAL_TABLE] = table_id
        if plot_path:
            outputs[self.MORAN_PLOT] = self._plot(parameters, context, feedback, result, field, plot_path)
        feedback.setProgress(100)
        return outputs

    def _plot(self, parameters, context, feedback, result, field, plot_path):
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))
        path = self.output_file(parameters, self.MORAN_PLOT, context)
        try:
            self.method(moran_plot.draw, path, result, field, self.core_text)
        except OSError as e:
            raise QgsProcessingException(
                self.tr("Could not write the Moran scatter plot {path}: {error}").format(
                    path=plot_path, error=e.strerror or e
                )
            ) from None
        feedback.pushInfo(self.tr("Moran scatter plot written to {path}").format(path=plot_path))
        return plot_path
