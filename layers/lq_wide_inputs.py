"""The localization coefficient's inputs in the wide form: a field per industry on the
districts (INDUSTRY_FIELDS), optionally the base period's fields (INDUSTRY_FIELDS_BASE), the
districts' totals (TOTAL_FIELD) and the reference's totals in the first row of
REFERENCE_TABLE. Part of :mod:`.lq_inputs` (which dispatches to it and documents the
``inputs`` dict returned); messages in the translation context "Layers".
"""

from typing import TYPE_CHECKING, Dict

from ..core import pivot
from . import Layers, messages
from .tables import reference_row

if TYPE_CHECKING:
    from .lq_inputs import LqParameters


def wide_form(alg, data, ids, fields, p: "LqParameters", feedback) -> Dict:
    """A field per industry on the districts (``data``, keys ``ids``, ``fields``), the base
    period's fields and the districts' totals optional; long-form parameters are refused."""
    industry_fields, base_fields, total_field = p.industry_fields, p.base_fields, p.total_field
    alg.check_fields(fields, industry_fields, alg.label("INDUSTRY_FIELDS"))
    if len(set(industry_fields)) != len(industry_fields):
        raise messages.refused(alg, Layers.tr("INDUSTRY_FIELDS lists a field twice."))
    if p.table_base is not None:
        raise messages.refused(
            alg,
            Layers.tr(
                "TABLE_BASE belongs to the long form (TABLE); with INDUSTRY_FIELDS give the base "
                "period as INDUSTRY_FIELDS_BASE."
            ),
        )
    for name, year in (("BASE_YEAR", p.base_year), ("END_YEAR", p.end_year)):
        if year is not None:
            raise messages.refused(
                alg,
                Layers.tr(
                    "{name} selects years of a long TABLE (with TABLE_YEAR_FIELD); with "
                    "INDUSTRY_FIELDS give the base period as INDUSTRY_FIELDS_BASE."
                ).format(name=name),
            )
    used = list(industry_fields) + list(base_fields) + ([total_field] if total_field else [])
    out = {"values": alg.numeric_frame(data, industry_fields, ids, alg.label("INDUSTRY_FIELDS")), "used_fields": used}
    if base_fields:
        alg.check_fields(fields, base_fields, alg.label("INDUSTRY_FIELDS_BASE"))
        if len(base_fields) != len(industry_fields):
            raise messages.refused(
                alg,
                Layers.tr(
                    "INDUSTRY_FIELDS_BASE has {n_base_fields} field(s) for "
                    "{n_industry_fields} industry field(s): give one base-period field per "
                    "industry, in the same order."
                ).format(n_base_fields=len(base_fields), n_industry_fields=len(industry_fields)),
            )
        both = [f for f in base_fields if f in industry_fields]
        if both or len(set(base_fields)) != len(base_fields):
            raise messages.refused(
                alg,
                Layers.tr(
                    "INDUSTRY_FIELDS_BASE repeats a field ({value}): the base period needs its own fields."
                ).format(value=", ".join(both) or Layers.tr("twice in the list")),
            )
        if total_field:
            raise messages.refused(
                alg,
                Layers.tr(
                    "TOTAL_FIELD holds one period's totals and cannot serve two periods. Leave it "
                    "empty (totals = sums of the industry fields), or add an 'other industries' "
                    "field to both INDUSTRY_FIELDS and INDUSTRY_FIELDS_BASE."
                ),
            )
        base = alg.numeric_frame(data, base_fields, ids, alg.label("INDUSTRY_FIELDS_BASE"))
        base.columns = industry_fields
        out["values_base"] = base
        out["labels"] = (Layers.tr("end period"), Layers.tr("base period"))
        messages.info(
            alg,
            feedback,
            Layers.tr("Base-period fields: {}").format(
                ", ".join(f"{e} ← {b}" for e, b in zip(industry_fields, base_fields))
            ),
        )
    if total_field:
        if total_field in industry_fields:
            raise messages.refused(
                alg,
                Layers.tr(
                    "TOTAL_FIELD '{total_field}' is also an industry field; choose the field "
                    "holding the district's total of all industries."
                ).format(total_field=total_field),
            )
        alg.check_fields(fields, [total_field], alg.label("TOTAL_FIELD"))
        out["totals"] = alg.numeric_frame(data, [total_field], ids, alg.label("TOTAL_FIELD"))[total_field]
        messages.info(
            alg, feedback, Layers.tr("District totals x_j: field '{total_field}'.").format(total_field=total_field)
        )
    else:
        messages.info(
            alg,
            feedback,
            Layers.tr(
                "No TOTAL_FIELD: each district's total x_j is the sum of its industry fields "
                "({n_industry_fields} industries), so shares are of these industries only."
            ).format(n_industry_fields=len(industry_fields)),
        )
    if p.reference is not None:
        row = reference_row(
            p.reference,
            used,
            missing=Layers.tr(
                "REFERENCE_TABLE has no field(s) {fields}: in the wide form its first "
                "row holds the reference's totals under the same field names as the "
                "districts."
            ),
            empty=Layers.tr("REFERENCE_TABLE is empty: it needs one row."),
            not_number=Layers.tr("REFERENCE_TABLE: field '{field}' of the first row is not a number; fill it in."),
        )
        out["reference"], _ = pivot.reference_totals(
            industry_fields, [row[f] for f in industry_fields], industry_fields
        )
        if base_fields:
            out["reference_base"], _ = pivot.reference_totals(
                industry_fields, [row[f] for f in base_fields], industry_fields, what="REFERENCE_TABLE (base period)"
            )
        if total_field:
            out["reference_total"] = row[total_field]
            if row[total_field] != row[total_field] or row[total_field] <= 0:
                raise messages.refused(
                    alg,
                    Layers.tr("REFERENCE_TABLE: the total '{total_field}' of its first row must be > 0.").format(
                        total_field=total_field
                    ),
                )
        messages.info(alg, feedback, Layers.tr("Reference: industry totals X_i from the first row of REFERENCE_TABLE."))
    return out
