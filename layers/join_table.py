"""joinstatistics' statistics table read: the CSV format detected (logged), the alias table
(the user's renames before the shipped ones) and the table's columns cleaned into numbers
where every value parses (``core.numbers``)."""

from qgis.core import QgsProcessingException

from ..core import matching, names, numbers
from . import Layers, table_files

as_text = numbers.cell_text


def log_format(value, label: str, feedback) -> None:
    """The encoding and separator a CSV/TSV given by path is read with; ``label``: the TABLE parameter's."""
    path = table_files.delimited_path(value if isinstance(value, str) else None)
    if path:
        fmt = table_files.detect_format(path)
        feedback.pushInfo(
            Layers.tr("{label} read as text with encoding {} and separator '{}'.").format(
                fmt.encoding, "\\t" if fmt.delimiter == "\t" else fmt.delimiter, label=label
            )
        )


def aliases(alg, parameters, context, feedback) -> matching.Aliases:
    """The ALIASES table's pairs (columns name and key, else its first two) before the shipped ones."""
    pairs = names.shipped_aliases()
    label = alg.label(alg.ALIASES)
    source = table_files.open_source(parameters.get(alg.ALIASES), context, name=label)
    if source is not None:
        fields = source.fields().names()
        name, key = ("name", "key") if {"name", "key"} <= set(fields) else (fields + ["", ""])[:2]
        if not key:
            raise QgsProcessingException(
                Layers.tr("{label}: the table needs two columns, name and key.").format(label=label)
            )
        data = alg.read(source, feedback, geometry=False, attributes=[name, key], progress=(40.0, 45.0))
        user = [(as_text(a), as_text(b)) for a, b in zip(data.raw_column(name), data.raw_column(key))]
        feedback.pushInfo(
            Layers.tr("{} aliases read from {label} (columns '{}' → '{}').").format(len(user), name, key, label=label)
        )
        pairs = user + pairs
    return matching.Aliases(pairs)


def clean_columns(alg, rows, bring, decimal, thousands, parameters, context, feedback):
    """The ``bring`` columns of ``rows`` parsed with the separators (``core.numbers.parse_column``):
    numbers where every value parses, else text (logged); missing-data markers → NULL (counted)."""
    markers = numbers.missing_markers(alg.parameterAsString(parameters, alg.MISSING_MARKERS, context))
    raw = [rows.raw_column(n) for n in bring]
    default = numbers.table_decimal(raw) if decimal == "auto" else decimal
    columns = []
    for name, values in zip(bring, raw):
        col = numbers.parse_column(values, decimal, thousands, markers, default)
        if not col.numeric:
            feedback.pushInfo(
                Layers.tr(
                    "Column '{}' stays text: '{}' is not a number ({decimal_label}: {}, {thousands_label}: {})."
                ).format(
                    name,
                    col.bad[0],
                    decimal,
                    thousands,
                    decimal_label=alg.label(alg.DECIMAL),
                    thousands_label=alg.label(alg.THOUSANDS),
                )
            )
            col = col._replace(values=list(map(as_text, values)))
        elif col.n_missing:
            feedback.pushInfo(
                Layers.tr("Column '{}': {} missing value(s) (empty or a missing-data marker) → NULL.").format(
                    name, col.n_missing
                )
            )
        columns.append(col)
    return columns


def table_columns(alg, parameters, context, feedback):
    """The TABLE (opened, its CSV format logged), its name column, the columns to bring (FIELDS,
    default all but the name column) and the DECIMAL / THOUSANDS separators, checked."""
    label = alg.label(alg.TABLE)
    table = table_files.open_source(parameters.get(alg.TABLE), context, name=label)
    if table is None:
        raise QgsProcessingException(Layers.tr("{label}: give the statistics table.").format(label=label))
    log_format(parameters.get(alg.TABLE), label, feedback)
    name_field = alg.parameterAsString(parameters, alg.TABLE_NAME_FIELD, context)
    alg.check_fields(table.fields(), [name_field], alg.label(alg.TABLE_NAME_FIELD), numeric=False)
    bring = alg.parameterAsFields(parameters, alg.FIELDS, context) or [
        n for n in table.fields().names() if n != name_field
    ]
    alg.check_fields(table.fields(), bring, alg.label(alg.FIELDS), numeric=False)
    decimal = numbers.DECIMALS[alg.parameterAsEnum(parameters, alg.DECIMAL, context)]
    thousands = numbers.THOUSANDS[alg.parameterAsEnum(parameters, alg.THOUSANDS, context)]
    problem = numbers.check_separators(decimal, thousands)
    if problem:
        raise QgsProcessingException(problem)
    return table, name_field, bring, decimal, thousands


def output_specs(bring, columns, prefix: str, taken, feedback):
    """(output name, kind, table column) per column brought: FIELD_PREFIX put before, names
    made unique against ``taken`` (each renamed column logged)."""
    out_names = numbers.unique_field_names(bring, prefix, taken=taken)
    specs = [(out, col.kind, orig) for out, col, orig in zip(out_names, columns, bring)]
    for out, _, orig in specs:
        if out != orig:
            feedback.pushInfo(
                Layers.tr("Table column '{}' is written as '{}' (its alias keeps the original name).").format(orig, out)
            )
    return specs
