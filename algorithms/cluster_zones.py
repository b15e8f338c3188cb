"""Contiguous cluster zones (issue 15): connected groups of specialised neighbouring districts."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import zones
from ..layers import adjacency, zone_io
from ..layers.graph_params import add_graph_parameters, build_graph
from ..layers.labels import require_features
from ..layers.write import write_chunks
from .base import TerritorialAlgorithm


class ClusterZonesAlgorithm(TerritorialAlgorithm):
    ALG_ID = "clusterzones"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ClusterZonesAlgorithm", "Contiguous cluster zones")
    GROUP = QT_TRANSLATE_NOOP("ClusterZonesAlgorithm", "5 Spatial structure")
    GROUP_ID = "spatial"
    REQUIRES = ("scipy",)  # the graph's components, nearest neighbours (core.graph)
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "ClusterZonesAlgorithm",
        "A territorial cluster covers not only one district but its neighbours too (paper 000): "
        "for each industry, the groups of contiguous districts that all specialise in it.\n\n"
        "<b>LQ table</b>: one row per district and industry — the long table output of "
        "Localization coefficient (fields: the district key, industry, lq, value, strong …). A "
        "district specialises when its LQ ≥ THRESHOLD (default 1) and, with a flag field (e.g. "
        "strong), the flag is set; a NULL quotient never does (logged). <b>Neighbours</b>: queen "
        "or rook contiguity with a snapping tolerance in metres, as in District neighbours. A zone "
        "is a connected group of specialised districts (each linked to the others through "
        "specialised neighbours) of at least MIN_DISTRICTS (default 2).\n"
        "<b>Output</b>: one polygon per zone (the members' polygons dissolved) with industry, zone "
        "(1, 2, … within the industry, largest first), n_districts, members (the keys), mean_lq and, "
        "with a value field (e.g. value: employment), total_value, share (of the industry over the "
        "table's districts) and weighted_lq (the zone's LQ as one region: Σ value / Σ (value / LQ)); "
        "styled by industry. <b>Members</b>: district, industry, zone, lq."
    )
    # fmt: on

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    LQ_TABLE = "LQ_TABLE"
    LQ_TABLE_ID_FIELD = "LQ_TABLE_ID_FIELD"
    INDUSTRY_FIELD = "INDUSTRY_FIELD"
    LQ_FIELD = "LQ_FIELD"
    VALUE_FIELD = "VALUE_FIELD"
    FLAG_FIELD = "FLAG_FIELD"
    THRESHOLD = "THRESHOLD"
    MIN_DISTRICTS = "MIN_DISTRICTS"
    OUTPUT = "OUTPUT"
    MEMBERS = "MEMBERS"
    METHODS = (adjacency.QUEEN, adjacency.ROOK)

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Districts"), [QgsProcessing.TypeVectorPolygon]),
            self.tr("The district polygons."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD, self.tr("District key field"), parentLayerParameterName=self.INPUT
            ),
            self.tr("The districts' unique key, as in the LQ table."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.LQ_TABLE, self.tr("Localization coefficients (long table)"), [QgsProcessing.TypeVector]
            ),
            self.tr("One row per district and industry: the long table output of Localization coefficient."),
        )
        for name, label, default, numeric, help_text in (
            (
                self.LQ_TABLE_ID_FIELD,
                self.tr("LQ table: district key field (empty: same name as ID_FIELD)"),
                None,
                False,
                self.tr("The LQ table's district key (default: the field named like ID_FIELD)."),
            ),
            (self.INDUSTRY_FIELD, self.tr("LQ table: industry field"), "industry", False, self.tr("The industry.")),
            (self.LQ_FIELD, self.tr("LQ table: localization coefficient field"), "lq", True, self.tr("The quotient.")),
            (
                self.VALUE_FIELD,
                self.tr("LQ table: value field (e.g. value)"),
                None,
                True,
                self.tr("The district's value of the industry (e.g. employment): total_value, share, weighted_lq."),
            ),
            (
                self.FLAG_FIELD,
                self.tr("LQ table: flag a specialization must have (e.g. strong)"),
                None,
                False,
                self.tr("A yes/no field: only rows where it is true count (e.g. strong, the strong clusters)."),
            ),
        ):
            self.add(
                QgsProcessingParameterField(
                    name,
                    label,
                    defaultValue=default,
                    parentLayerParameterName=self.LQ_TABLE,
                    type=QgsProcessingParameterField.Numeric if numeric else QgsProcessingParameterField.Any,
                    optional=True,
                ),
                help_text,
            )
        self.add(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                self.tr("Threshold (LQ ≥ threshold)"),
                QgsProcessingParameterNumber.Double,
                1.0,
                minValue=0.0,
            ),
            self.tr("A district specialises in an industry when its LQ reaches this (default 1)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_DISTRICTS,
                self.tr("Minimum districts per zone"),
                QgsProcessingParameterNumber.Integer,
                2,
                minValue=1,
            ),
            self.tr("Smaller groups of specialised districts are not zones (1: single districts too)."),
        )
        add_graph_parameters(self, methods=self.METHODS, knn_and_band=False)
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Cluster zones"), QgsProcessing.TypeVectorPolygon),
            self.tr(
                "One polygon per zone: industry, zone, n_districts, members, mean_lq, weighted_lq, total_value, share."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.MEMBERS, self.tr("Zone members"), QgsProcessing.TypeVector, optional=True, createByDefault=True
            ),
            self.tr("One row per zone member: district, industry, zone, lq."),
        )

    def label(self, name: str) -> str:
        """The dialog's label of parameter ``name`` and its key, for messages."""
        return "{} [{}]".format(self.parameterDefinition(name).description(), name)

    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        table_source = self.table_source(parameters, self.LQ_TABLE, context, required=True)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        text = lambda name: self.parameterAsString(parameters, name, context)  # noqa: E731
        spec = {
            "what": self.tr("Localization coefficients [LQ_TABLE]"),
            "id": text(self.LQ_TABLE_ID_FIELD) or id_field,
            "industry": text(self.INDUSTRY_FIELD) or "industry",
            "lq": text(self.LQ_FIELD) or "lq",
            "value": text(self.VALUE_FIELD),
            "flag": text(self.FLAG_FIELD),
        }
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        min_districts = self.parameterAsInt(parameters, self.MIN_DISTRICTS, context)
        self.check_fields(source.fields(), [id_field], self.label(self.ID_FIELD), numeric=False)
        tfields = table_source.fields()
        self.check_fields(tfields, [spec["id"]], self.label(self.LQ_TABLE_ID_FIELD), numeric=False)
        self.check_fields(tfields, [spec["industry"]], self.label(self.INDUSTRY_FIELD), numeric=False)
        self.check_fields(tfields, [spec["lq"]], self.label(self.LQ_FIELD))
        if spec["value"]:
            self.check_fields(tfields, [spec["value"]], self.label(self.VALUE_FIELD))
        if spec["flag"]:
            self.check_fields(tfields, [spec["flag"]], self.label(self.FLAG_FIELD), numeric=False)

        data = self.read(source, feedback, geometry=True, progress=(0.0, 20.0))
        require_features(data, self.tr("no zones to find"))
        keys = self.id_values(data, id_field)
        table = zone_io.read_lq_table(table_source, spec, keys, feedback, progress=(20.0, 30.0))
        geoms = adjacency.usable_geometries(data.features, keys, feedback)
        nb = build_graph(
            self, parameters, context, feedback, data.features, source.sourceCrs(), keys, self.METHODS, geometries=geoms
        )
        result = self.method(
            zones.cluster_zones,
            nb,
            table["rows"],
            table["industries"],
            table["lq"],
            threshold,
            min_districts,
            table["values"],
            table["flags"],
        )
        zone_io.log_table(table, result, keys, id_field, feedback)
        zone_io.log_zones(result, keys, threshold, min_districts, feedback)

        fields = zone_io.fields_of(zone_io.ZONE_FIELDS)
        sink = self.output_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, source.sourceCrs())
        write_chunks(sink, zone_io.zone_features(result, keys, geoms, fields, feedback), feedback, (65.0, 85.0))
        sink.close()
        results = {self.OUTPUT: sink.dest_id}
        title = self.tr("Contiguous cluster zones (LQ ≥ {threshold:g})").format(threshold=threshold)
        self.attach_style(sink.dest_id, zone_io.zones_renderer(result, title), context, feedback)
        mfields = zone_io.fields_of(zone_io.MEMBER_FIELDS)
        rows = zone_io.member_rows(result, keys)
        results[self.MEMBERS] = self.write_table(
            parameters, self.MEMBERS, context, mfields, rows, len(result.members), feedback, (85.0, 98.0)
        )
        feedback.setProgress(100)
        return results
