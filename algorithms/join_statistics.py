"""Join a statistics table to the districts by name (issue 14; docs/algorithms/joinstatistics.md)."""

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import matching, names, numbers
from ..layers import table_files, write
from ..layers.field_aliases import persist_aliases
from ..layers.write import FIELD_TYPES
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
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Districts with statistics"), QgsProcessing.TypeVectorAnyGeometry
            ),
            self.tr(
                "Every district with its fields, the table's columns (NULL where unmatched), match_name, "
                "match_method and match_score."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.MATCH_REPORT, self.tr("Match report"), QgsProcessing.TypeVector, optional=True
            ),
            self.tr(
                "One row per district and per unused table row: district, table_name, method, score, status "
                "(matched, unmatched, ambiguous, unused)."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.UNUSED_ROWS,
                self.tr("Unused table rows"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=False,
            ),
            self.tr(
                "The table rows no district took, with cleaned numbers (e.g. the oblast or national row: "
                "a REFERENCE_TABLE for the rank-score typology)."
            ),
        )

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
        table = table_files.open_source(parameters.get(self.TABLE), context, name=self.label(self.TABLE))
        if table is None:
            raise QgsProcessingException(
                self.tr("{label}: give the statistics table.").format(label=self.label(self.TABLE))
            )
        self.log_format(parameters.get(self.TABLE), feedback)
        name_field = self.parameterAsString(parameters, self.TABLE_NAME_FIELD, context)
        self.check_fields(table.fields(), [name_field], self.label(self.TABLE_NAME_FIELD), numeric=False)
        bring = self.parameterAsFields(parameters, self.FIELDS, context) or [
            n for n in table.fields().names() if n != name_field
        ]
        self.check_fields(table.fields(), bring, self.label(self.FIELDS), numeric=False)
        decimal = numbers.DECIMALS[self.parameterAsEnum(parameters, self.DECIMAL, context)]
        thousands = numbers.THOUSANDS[self.parameterAsEnum(parameters, self.THOUSANDS, context)]
        problem = numbers.check_separators(decimal, thousands)
        if problem:
            raise QgsProcessingException(problem)

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
            aliases=self.aliases(parameters, context, feedback),
            min_score=self.parameterAsDouble(parameters, self.MIN_SCORE, context),
        )
        feedback.setProgress(50)
        columns = self.clean_columns(rows, bring, decimal, thousands, parameters, context, feedback)
        out_names = numbers.unique_field_names(
            bring,
            self.parameterAsString(parameters, self.FIELD_PREFIX, context) or "",
            taken=list(source.fields().names()) + [n for n, _ in OUT_FIELDS] + list(RESERVED),
        )
        specs = [(out, col.kind, orig) for out, col, orig in zip(out_names, columns, bring)]
        for out, _, orig in specs:
            if out != orig:
                feedback.pushInfo(
                    self.tr("Table column '{}' is written as '{}' (its alias keeps the original name).").format(
                        orig, out
                    )
                )

        joined = [[None if r is None else col.values[r] for r in result.row] for col in columns]
        joined += [
            [None if r is None else row_names[r] for r in result.row],
            [m if s == "matched" else None for m, s in zip(result.method, result.status)],
            result.score,
        ]
        renamed = {n: a for n, _, a in specs if n != a}
        dest_id = self.write_layer(
            parameters, context, source, data, [(n, k) for n, k, _ in specs] + OUT_FIELDS, joined, feedback
        )
        persist_aliases(dest_id, renamed, source.wkbType(), context, feedback)
        results = {self.OUTPUT: dest_id}
        results[self.MATCH_REPORT] = self.write_report(parameters, context, result, district_names, row_names, feedback)
        results[self.UNUSED_ROWS] = self.write_unused(
            parameters, context, result, name_field, row_names, specs, columns, feedback
        )
        persist_aliases(results[self.UNUSED_ROWS], renamed, QgsWkbTypes.NoGeometry, context, feedback)
        feedback.pushInfo(self.summary(result, district_names, row_names))
        feedback.setProgress(100)
        return results

    # --- steps --------------------------------------------------------------------------
    def log_format(self, value, feedback):
        path = table_files.delimited_path(value if isinstance(value, str) else None)
        if path:
            fmt = table_files.detect_format(path)
            feedback.pushInfo(
                self.tr("{label} read as text with encoding {} and separator '{}'.").format(
                    fmt.encoding, "\\t" if fmt.delimiter == "\t" else fmt.delimiter, label=self.label(self.TABLE)
                )
            )

    def aliases(self, parameters, context, feedback):
        pairs = names.shipped_aliases()
        source = table_files.open_source(parameters.get(self.ALIASES), context, name=self.label(self.ALIASES))
        if source is not None:
            fields = source.fields().names()
            name, key = ("name", "key") if {"name", "key"} <= set(fields) else (fields + ["", ""])[:2]
            if not key:
                raise QgsProcessingException(
                    self.tr("{label}: the table needs two columns, name and key.").format(
                        label=self.label(self.ALIASES)
                    )
                )
            data = self.read(source, feedback, geometry=False, attributes=[name, key], progress=(40.0, 45.0))
            user = [(as_text(a), as_text(b)) for a, b in zip(data.raw_column(name), data.raw_column(key))]
            feedback.pushInfo(
                self.tr("{} aliases read from {label} (columns '{}' → '{}').").format(
                    len(user), name, key, label=self.label(self.ALIASES)
                )
            )
            pairs = user + pairs
        return matching.Aliases(pairs)

    def clean_columns(self, rows, bring, decimal, thousands, parameters, context, feedback):
        markers = numbers.missing_markers(self.parameterAsString(parameters, self.MISSING_MARKERS, context))
        raw = [rows.raw_column(n) for n in bring]
        default = numbers.table_decimal(raw) if decimal == "auto" else decimal
        columns = []
        for name, values in zip(bring, raw):
            col = numbers.parse_column(values, decimal, thousands, markers, default)
            if not col.numeric:
                feedback.pushInfo(
                    self.tr(
                        "Column '{}' stays text: '{}' is not a number ({decimal_label}: {}, {thousands_label}: {})."
                    ).format(
                        name,
                        col.bad[0],
                        decimal,
                        thousands,
                        decimal_label=self.label(self.DECIMAL),
                        thousands_label=self.label(self.THOUSANDS),
                    )
                )
                col = col._replace(values=list(map(as_text, values)))
            elif col.n_missing:
                feedback.pushInfo(
                    self.tr("Column '{}': {} missing value(s) (empty or a missing-data marker) → NULL.").format(
                        name, col.n_missing
                    )
                )
            columns.append(col)
        return columns

    def write_layer(self, parameters, context, source, data, kinds, columns, feedback):
        out, kept = self.output_fields(source.fields(), kinds, feedback)
        sink = self.output_sink(parameters, self.OUTPUT, context, out, source.wkbType(), source.sourceCrs())
        features = write.features_by_name(data.features, data.fields, out, kept, columns)
        write.write_chunks(sink, features, feedback, (60.0, 85.0))
        sink.close()
        return sink.dest_id

    def write_report(self, parameters, context, res, district_names, row_names, feedback):
        fields = QgsFields()
        for name in ("district", "table_name", "method", "score", "status"):
            fields.append(QgsField(name, FIELD_TYPES["double" if name == "score" else "string"]))
        report = []
        for d, dn in enumerate(district_names):
            rows = [res.row[d]] if res.row[d] is not None else res.tied[d]
            report.append(
                [dn[0], " | ".join(row_names[r] for r in rows) or None, res.method[d], res.score[d], res.status[d]]
            )
        for r, status in enumerate(res.row_status):
            if status != "matched":
                report.append(
                    [
                        " | ".join(district_names[d][0] or "" for d in res.row_tied[r]) or None,
                        row_names[r],
                        None,
                        None,
                        status,
                    ]
                )
        return self.write_table(
            parameters, self.MATCH_REPORT, context, fields, report, len(report), feedback, (85.0, 92.0)
        )

    def write_unused(self, parameters, context, res, name_field, row_names, specs, columns, feedback):
        fields = QgsFields()
        with_name = name_field not in [orig for _, _, orig in specs]
        if with_name:
            fields.append(QgsField(name_field, FIELD_TYPES["string"]))
        for out, kind, _ in specs:
            fields.append(QgsField(out, FIELD_TYPES[kind]))
        unused = [r for r, s in enumerate(res.row_status) if s != "matched"]
        rows = [([row_names[r]] if with_name else []) + [c.values[r] for c in columns] for r in unused]
        return self.write_table(parameters, self.UNUSED_ROWS, context, fields, rows, len(rows), feedback, (92.0, 99.0))

    def summary(self, res, district_names, row_names):
        counts = res.counts()
        methods = ", ".join("{} {}".format(n, m) for m, n in counts.items())
        parts = [
            self.tr("{n} of {total} districts matched ({methods})").format(
                n=sum(counts.values()), total=len(district_names), methods=methods or "—"
            )
        ]
        unmatched = [district_names[d][0] or "?" for d, s in enumerate(res.status) if s == "unmatched"]
        ambiguous = [
            "{} ({})".format(district_names[d][0], ", ".join(row_names[r] for r in res.tied[d]))
            for d, s in enumerate(res.status)
            if s == "ambiguous"
        ]
        unused = [row_names[r] or "?" for r, s in enumerate(res.row_status) if s != "matched"]
        if unmatched:
            parts.append(self.tr("unmatched: {}").format(", ".join(unmatched)))
        if ambiguous:
            parts.append(self.tr("ambiguous, equally good rows (give an alias): {}").format("; ".join(ambiguous)))
        if unused:
            parts.append(self.tr("unused table rows: {}").format(", ".join(unused)))
        return "; ".join(parts + [self.core_text(note) for note in res.notes])
