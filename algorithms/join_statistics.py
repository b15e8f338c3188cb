"""Join a statistics table to the districts by name (issue 14; docs/algorithms/joinstatistics.md)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import matching, numbers
from ..layers import join_report, join_table
from ..layers.field_aliases import persist_aliases
from .base import TerritorialAlgorithm

OUT_FIELDS = [("match_name", "string"), ("match_method", "string"), ("match_score", "double")]
RESERVED = ("fid", "geom", "geometry", "ogc_fid")
as_text = numbers.cell_text


#: The dialog's names of the matching stages (the stage keys of core.matching.STAGES).
STAGE_LABELS = {
    "exact": QT_TRANSLATE_NOOP("JoinStatisticsAlgorithm", "exact"),
    "normalized": QT_TRANSLATE_NOOP("JoinStatisticsAlgorithm", "normalized"),
    "transliterated": QT_TRANSLATE_NOOP("JoinStatisticsAlgorithm", "transliterated"),
    "alias": QT_TRANSLATE_NOOP("JoinStatisticsAlgorithm", "alias"),
    "fuzzy": QT_TRANSLATE_NOOP("JoinStatisticsAlgorithm", "fuzzy"),
}


class JoinStatisticsAlgorithm(TerritorialAlgorithm):
    REQUIRES = ("scipy",)
    ALG_ID = "joinstatistics"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("JoinStatisticsAlgorithm", "Join statistics table by district name")
    GROUP = QT_TRANSLATE_NOOP("JoinStatisticsAlgorithm", "1 Statistics in")
    GROUP_ID = "data"
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "JoinStatisticsAlgorithm",
        "Joins a statistics table (CSV/TSV in any encoding and separator, XLSX/ODS, any QGIS table) "
        "to the districts by name, one row per district, and cleans its numbers.\n\n"
        "<b>Matching</b>, in this order: exact → normalized (case, spaces, punctuation, ё/е, "
        "'г.', 'city', 'region', 'oblast', 'область', 'облысы', 'район', 'ауданы', 'District', "
        "Russian adjectival endings) → transliterated (Russian and Kazakh Cyrillic: BGN/PCGN, "
        "Kazakh Latin 2021, ISO 9) → alias (ALIASES and the shipped Kazakhstan names, historic "
        "ones included) → fuzzy (≥ MIN_SCORE). Rows are assigned one to one; equal best "
        "candidates are reported as ambiguous, never guessed.\n"
        "<b>Numbers</b>: a text column becomes numbers when every value that is not a missing-data "
        "marker parses with DECIMAL and THOUSANDS; markers and empty cells become NULL (counted in "
        "the log); other columns stay text (named in the log).\n"
        "Every district is kept (table columns NULL where unmatched), with match_name, "
        "match_method and match_score. MATCH_REPORT lists every district and every unused row; "
        "UNUSED_ROWS holds the rows no district took (e.g. the oblast's row, a REFERENCE_TABLE "
        "for the rank-score typology)."
    )
    # fmt: on

    INPUT, NAME_FIELDS, TABLE, TABLE_NAME_FIELD, FIELDS = "INPUT", "NAME_FIELDS", "TABLE", "TABLE_NAME_FIELD", "FIELDS"
    ALIASES, MATCHING, MIN_SCORE, DECIMAL, THOUSANDS = "ALIASES", "MATCHING", "MIN_SCORE", "DECIMAL", "THOUSANDS"
    MISSING_MARKERS, FIELD_PREFIX, OUTPUT = "MISSING_MARKERS", "FIELD_PREFIX", "OUTPUT"
    MATCH_REPORT, UNUSED_ROWS = "MATCH_REPORT", "UNUSED_ROWS"

    def initAlgorithm(self, config=None):
        vec = [QgsProcessing.TypeVector]
        self.add(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Districts"), vec),
            self.tr("The district polygons (or a table): every feature is kept in the output."),
        )
        self.add(
            QgsProcessingParameterField(
                self.NAME_FIELDS,
                self.tr("District name fields (a row may match any of them)"),
                parentLayerParameterName=self.INPUT,
                allowMultiple=True,
            ),
            self.tr(
                "One or more name fields of the districts, e.g. name, name_ru, local_name; the first is the "
                "district key of the report."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.TABLE, self.tr("Statistics table (CSV/TSV, XLSX/ODS or any table)"), vec
            ),
            self.tr(
                "A CSV/TSV file (any encoding: UTF-8 with or without BOM, Windows-1251; any separator: "
                "detected), an XLSX/ODS sheet or any QGIS table. A CSV is read as text, then cleaned."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.TABLE_NAME_FIELD, self.tr("Table column of district names"), parentLayerParameterName=self.TABLE
            ),
            self.tr("The table's column of district names."),
        )
        self.add(
            QgsProcessingParameterField(
                self.FIELDS,
                self.tr("Table columns to bring (default: all)"),
                parentLayerParameterName=self.TABLE,
                allowMultiple=True,
                optional=True,
            ),
            self.tr("The table columns to join; empty: all but the name column."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.ALIASES, self.tr("Alias table (columns name, key)"), vec, optional=True
            ),
            self.tr(
                "Renames you know: a table with columns name and key (else its first two columns). A row and "
                "a district match when their names lead to the same key; a key is also a name of itself. "
                "Added to the aliases shipped with the plugin."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.MATCHING,
                self.tr("Matching stages"),
                options=[self.tr(STAGE_LABELS[stage]) for stage in matching.STAGES],
                allowMultiple=True,
                defaultValue=list(range(len(matching.STAGES))),
            ),
            self.tr("The stages to use, always run in this order: exact, normalized, transliterated, alias, fuzzy."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_SCORE,
                self.tr("Lowest fuzzy score (0–1)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=0.85,
                minValue=0.0,
                maxValue=1.0,
            ),
            self.tr("The lowest similarity a fuzzy pair needs (1 = the same letters)."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.DECIMAL,
                self.tr("Decimal separator"),
                options=[self.tr("Auto"), self.tr("Point"), self.tr("Comma")],
                defaultValue=0,
            ),
            self.tr("How the table writes decimals; Auto: what each column (else the table) shows."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.THOUSANDS,
                self.tr("Thousands separator"),
                options=[
                    self.tr("Auto"),
                    self.tr("Space (also no-break space)"),
                    self.tr("Comma"),
                    self.tr("Point"),
                    self.tr("None"),
                ],
                defaultValue=0,
            ),
            self.tr(
                "How the table groups thousands; Auto: spaces, and the separator that is "
                "not the decimal one, between groups of three digits."
            ),
        )
        self.add(
            QgsProcessingParameterString(
                self.MISSING_MARKERS,
                self.tr("Missing-data markers (separated by ;)"),
                defaultValue=numbers.DEFAULT_MISSING,
                optional=True,
            ),
            self.tr("Cells that mean no data; they, and empty cells, become NULL (counted in the log)."),
        )
        self.add(
            QgsProcessingParameterString(
                self.FIELD_PREFIX, self.tr("Prefix of the table's field names"), optional=True
            ),
            self.tr("Put before every joined column's name, e.g. stat_."),
        )
        join_report.add_outputs(self)

    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        name_fields = self.parameterAsFields(parameters, self.NAME_FIELDS, context)
        if not name_fields:
            raise QgsProcessingException(
                self.tr("{label}: choose at least one name field of the districts.").format(
                    label=self.label(self.NAME_FIELDS)
                )
            )
        self.check_fields(source.fields(), name_fields, self.label(self.NAME_FIELDS), numeric=False)
        table, name_field, bring, decimal, thousands = join_table.table_columns(self, parameters, context, feedback)

        data = self.read(source, feedback, geometry=True, progress=(0.0, 30.0))
        rows = self.read(table, feedback, geometry=False, attributes=[name_field] + bring, progress=(30.0, 40.0))
        district_names = list(zip(*[list(map(as_text, data.raw_column(f))) for f in name_fields])) if len(data) else []
        row_names = list(map(as_text, rows.raw_column(name_field)))
        stages = [matching.STAGES[i] for i in self.parameterAsEnums(parameters, self.MATCHING, context)]
        result = self.method(
            matching.match,
            district_names,
            row_names,
            stages=stages,
            aliases=join_table.aliases(self, parameters, context, feedback),
            min_score=self.parameterAsDouble(parameters, self.MIN_SCORE, context),
        )
        feedback.setProgress(50)
        columns = join_table.clean_columns(self, rows, bring, decimal, thousands, parameters, context, feedback)
        specs = join_table.output_specs(
            bring,
            columns,
            self.parameterAsString(parameters, self.FIELD_PREFIX, context) or "",
            list(source.fields().names()) + [n for n, _ in OUT_FIELDS] + list(RESERVED),
            feedback,
        )
        joined = join_report.joined_columns(result, columns, row_names)
        renamed = {n: a for n, _, a in specs if n != a}
        dest_id = join_report.write_joined(
            self, parameters, context, source, data, [(n, k) for n, k, _ in specs] + OUT_FIELDS, joined, feedback
        )
        persist_aliases(dest_id, renamed, source.wkbType(), context, feedback)
        results = {self.OUTPUT: dest_id}
        fields, report = join_report.report_table(result, district_names, row_names)
        results[self.MATCH_REPORT] = self.write_table(
            parameters, self.MATCH_REPORT, context, fields, report, len(report), feedback, (85.0, 92.0)
        )
        fields, rows = join_report.unused_table(result, name_field, row_names, specs, columns)
        results[self.UNUSED_ROWS] = self.write_table(
            parameters, self.UNUSED_ROWS, context, fields, rows, len(rows), feedback, (92.0, 99.0)
        )
        persist_aliases(results[self.UNUSED_ROWS], renamed, QgsWkbTypes.NoGeometry, context, feedback)
        feedback.pushInfo(join_report.summary(result, district_names, row_names))
        feedback.setProgress(100)
        return results
