"""joinstatistics' outputs: their parameters, the districts with the joined columns, the match
report (every district and every unused row), the unused table rows with their cleaned
values, and the log's summary line."""

from qgis.core import QgsField, QgsFields, QgsProcessing, QgsProcessingParameterFeatureSink

from . import Layers, write
from .write import FIELD_TYPES


def add_outputs(alg) -> None:
    """OUTPUT (every district with the table's columns), MATCH_REPORT and UNUSED_ROWS."""
    alg.add(
        QgsProcessingParameterFeatureSink(
            alg.OUTPUT, Layers.tr("Districts with statistics"), QgsProcessing.TypeVectorAnyGeometry
        ),
        Layers.tr(
            "Every district with its fields, the table's columns (NULL where unmatched), match_name, "
            "match_method and match_score."
        ),
    )
    alg.add(
        QgsProcessingParameterFeatureSink(
            alg.MATCH_REPORT, Layers.tr("Match report"), QgsProcessing.TypeVector, optional=True
        ),
        Layers.tr(
            "One row per district and per unused table row: district, table_name, method, score, status "
            "(matched, unmatched, ambiguous, unused)."
        ),
    )
    alg.add(
        QgsProcessingParameterFeatureSink(
            alg.UNUSED_ROWS,
            Layers.tr("Unused table rows"),
            QgsProcessing.TypeVector,
            optional=True,
            createByDefault=False,
        ),
        Layers.tr(
            "The table rows no district took, with cleaned numbers (e.g. the oblast or national row: "
            "a REFERENCE_TABLE for the rank-score typology)."
        ),
    )


def write_joined(alg, parameters, context, source, data, kinds, columns, feedback):
    """Every district (OUTPUT) with its fields and the ``columns`` named in ``kinds``; returns its id."""
    out, kept = alg.output_fields(source.fields(), kinds, feedback)
    sink = alg.output_sink(parameters, alg.OUTPUT, context, out, source.wkbType(), source.sourceCrs())
    features = write.features_by_name(data.features, data.fields, out, kept, columns)
    write.write_chunks(sink, features, feedback, (60.0, 85.0))
    sink.close()
    return sink.dest_id


def report_table(res, district_names, row_names):
    """MATCH_REPORT's fields and rows: district, table_name, method, score, status."""
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
    return fields, report


def unused_table(res, name_field, row_names, specs, columns):
    """UNUSED_ROWS' fields (the name column unless brought, then the joined columns) and rows."""
    fields = QgsFields()
    with_name = name_field not in [orig for _, _, orig in specs]
    if with_name:
        fields.append(QgsField(name_field, FIELD_TYPES["string"]))
    for out, kind, _ in specs:
        fields.append(QgsField(out, FIELD_TYPES[kind]))
    unused = [r for r, s in enumerate(res.row_status) if s != "matched"]
    rows = [([row_names[r]] if with_name else []) + [c.values[r] for c in columns] for r in unused]
    return fields, rows


def summary(res, district_names, row_names) -> str:
    """Matched per method, then the unmatched districts, ambiguous ones, unused rows and notes."""
    counts = res.counts()
    methods = ", ".join("{} {}".format(n, m) for m, n in counts.items())
    parts = [
        Layers.tr("{n} of {total} districts matched ({methods})").format(
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
        parts.append(Layers.tr("unmatched: {}").format(", ".join(unmatched)))
    if ambiguous:
        parts.append(Layers.tr("ambiguous, equally good rows (give an alias): {}").format("; ".join(ambiguous)))
    if unused:
        parts.append(Layers.tr("unused table rows: {}").format(", ".join(unused)))
    return "; ".join(parts + [Layers.core_text(note) for note in res.notes])


def joined_columns(res, columns, row_names):
    """The output's new columns per district: the matched row's values, then match_name,
    match_method and match_score."""
    joined = [[None if r is None else col.values[r] for r in res.row] for col in columns]
    return joined + [
        [None if r is None else row_names[r] for r in res.row],
        [m if s == "matched" else None for m, s in zip(res.method, res.status)],
        res.score,
    ]
