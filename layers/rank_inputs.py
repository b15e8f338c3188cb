"""ranktypology's inputs: the indicator fields (positive and negative, each once) and the
region's reference row from REFERENCE_TABLE (REFERENCE = 3)."""

from qgis.core import QgsProcessingException

from . import Layers
from .tables import reference_row


def indicator_fields(alg, parameters, context):
    """The positive and negative fields and the indicators (positive first, each once);
    a field in both lists, or none at all, is refused."""
    positive = alg.parameterAsFields(parameters, alg.POSITIVE_FIELDS, context)
    negative = alg.parameterAsFields(parameters, alg.NEGATIVE_FIELDS, context)
    indicators = list(positive) + [f for f in negative if f not in positive]
    both = sorted(set(positive) & set(negative))
    if both:
        raise QgsProcessingException(
            Layers.tr("Fields {both} are both positive and negative indicators; list each once.").format(both=both)
        )
    if not indicators:
        raise QgsProcessingException(
            Layers.tr("No indicator fields: choose at least one in {positive} or {negative}.").format(
                positive=alg.label(alg.POSITIVE_FIELDS), negative=alg.label(alg.NEGATIVE_FIELDS)
            )
        )
    return positive, negative, indicators


def reference_table_row(alg, parameters, context, indicators):
    """The first row of REFERENCE_TABLE: a value per indicator (``layers.tables.reference_row``)."""
    ref_source = alg.table_source(parameters, alg.REFERENCE_TABLE, context)
    if ref_source is None:
        raise QgsProcessingException(
            Layers.tr("{reference} is 'first row of a reference table' but no {table} is given.").format(
                reference=alg.label(alg.REFERENCE), table=alg.label(alg.REFERENCE_TABLE)
            )
        )
    return reference_row(
        ref_source,
        indicators,
        missing=Layers.tr(
            "The reference table has no field(s) {fields}: it needs the same field names as the indicators."
        ),
        empty=Layers.tr("The reference table is empty: it needs one row."),
        not_number=Layers.tr("The reference table's first row has no numeric value for '{field}': fill it in."),
        refuse_nan=True,
    )
