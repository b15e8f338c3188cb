"""The inputs of the localization coefficient: the district × industry values of one or two
periods, in the wide form (a field per industry) or the long form (a table with a row per
district and industry: one table with a year field, or a second table), and the reference
totals (REFERENCE_TABLE).

Each reader returns the ``inputs`` dict that ``core.localization.analyse`` is called with:
``values`` (and ``values_base``), ``totals``, ``reference`` (``reference_base``,
``reference_total``), ``labels`` of the periods and ``used_fields``. ``alg`` is the running
algorithm, for its field checks (``check_fields``, ``numeric_frame``); messages in the
translation context "Layers".
"""

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

import numpy as np
from qgis.core import QgsProcessingException

from ..core import pivot
from ..core import naming
from . import long_table
from .read import read_columns
from .tables import reference_row
from . import Layers, messages


@dataclass
class LqParameters:
    """The data parameters of a run, as given (empty field names are "")."""

    industry_fields: List[str]  # INDUSTRY_FIELDS (wide form)
    base_fields: List[str]  # INDUSTRY_FIELDS_BASE
    total_field: str  # TOTAL_FIELD
    table: object  # TABLE (long form), a feature source or None
    spec: Tuple[str, str, str, str]  # TABLE_ID / _INDUSTRY / _VALUE / _YEAR_FIELD
    base_year: Optional[int]  # BASE_YEAR
    end_year: Optional[int]  # END_YEAR
    table_base: object  # TABLE_BASE or None
    locations: tuple  # arrow_read.file_layer of TABLE and TABLE_BASE
    reference: object  # REFERENCE_TABLE or None


def read_inputs(alg, data, ids, fields, p: LqParameters, feedback) -> Dict:
    """The inputs of the wide form (``p.industry_fields``) or else of the long form. Errors
    name the parameters by their dialog labels (also those of the shared table readers)."""
    try:
        if p.industry_fields:
            return wide_form(alg, data, ids, fields, p, feedback)
        return long_form(alg, ids, p, feedback)
    except QgsProcessingException as e:
        raise messages.refused(alg, str(e)) from None


def wide_form(alg, data, ids, fields, p: LqParameters, feedback) -> Dict:
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


def long_form(alg, ids, p: LqParameters, feedback) -> Dict:
    """A table with a row per district and industry (``p.spec``: its key, industry, value
    and year fields; the year field may be ""). Two periods: BASE_YEAR with the year field,
    or a second table TABLE_BASE. Wide-form parameters are refused."""
    key_f, ind_f, val_f, year_f = spec = p.spec
    base_year, end_year, table_base = p.base_year, p.end_year, p.table_base
    for param, name in (("TABLE_ID_FIELD", key_f), ("TABLE_INDUSTRY_FIELD", ind_f), ("TABLE_VALUE_FIELD", val_f)):
        if not name:
            raise messages.refused(
                alg,
                Layers.tr(
                    "TABLE is given but {param} is empty: choose the table's district key, "
                    "industry and value fields (TABLE_ID_FIELD, TABLE_INDUSTRY_FIELD, "
                    "TABLE_VALUE_FIELD)."
                ).format(param=param),
            )
    if p.base_fields:
        raise messages.refused(
            alg,
            Layers.tr(
                "INDUSTRY_FIELDS_BASE belongs to the wide form; with TABLE give the base period as "
                "BASE_YEAR (with TABLE_YEAR_FIELD) or as TABLE_BASE."
            ),
        )
    if p.total_field:
        raise messages.refused(
            alg,
            Layers.tr(
                "TOTAL_FIELD belongs to the wide form. In the long form a district's total is the "
                "sum of its rows: if the table lacks industries, add a row per district for the rest "
                "(e.g. industry 'Other')."
            ),
        )
    if not year_f and (base_year is not None or end_year is not None):
        raise messages.refused(
            alg, Layers.tr("BASE_YEAR / END_YEAR need TABLE_YEAR_FIELD: choose the table's year field.")
        )
    if year_f and base_year is not None and end_year is not None and base_year == end_year:
        raise messages.refused(
            alg,
            Layers.tr("BASE_YEAR and END_YEAR are both {end_year}: choose two different years.").format(
                end_year=end_year
            ),
        )
    two = table_base is not None or base_year is not None

    loaded = long_table.load(
        alg, p.table, alg.label("TABLE"), spec, feedback, (10.0, 25.0 if two else 40.0), p.locations[0]
    )
    end_rows = long_table.select(alg, loaded, end_year, alg.label("END_YEAR"), feedback)
    base_rows = None
    if two:
        if table_base is not None:
            loaded = long_table.load(
                alg, table_base, alg.label("TABLE_BASE"), spec, feedback, (25.0, 40.0), p.locations[1]
            )
        base_rows = long_table.select(alg, loaded, base_year, alg.label("BASE_YEAR"), feedback)
        if end_rows["year"] is not None and end_rows["year"] == base_rows["year"]:
            raise messages.refused(
                alg,
                Layers.tr("The base and end periods are both {end_rows}: set BASE_YEAR and END_YEAR.").format(
                    end_rows=end_rows['year']
                ),
            )
    industries = naming.natural_order(
        list(end_rows["industries"]) + (list(base_rows["industries"]) if base_rows else [])
    )
    labels = (
        end_rows["year"] or Layers.tr("end period"),
        (base_rows["year"] or Layers.tr("base period")) if two else "",
    )
    end_pivot = pivot.pivot_long(
        ids, end_rows["keys"], end_rows["industries"], end_rows["values"], industries, what=end_rows["what"]
    )
    long_table.log_pivot(alg, end_pivot, end_rows["what"], feedback)
    out = {"values": end_pivot.values, "labels": labels}
    if two:
        pb = pivot.pivot_long(
            ids, base_rows["keys"], base_rows["industries"], base_rows["values"], industries, what=base_rows["what"]
        )
        long_table.log_pivot(alg, pb, base_rows["what"], feedback)
        out["values_base"] = pb.values
    messages.info(
        alg,
        feedback,
        Layers.tr(
            "Long form: {n_industries} industries from '{ind_f}', values from '{val_f}'; each "
            "district's total x_j is the sum of its rows."
        ).format(n_industries=len(industries), ind_f=ind_f, val_f=val_f),
    )
    if p.reference is not None:
        out.update(
            long_reference(alg, p.reference, ind_f, val_f, year_f, two, industries, end_rows, base_rows, feedback)
        )
    return out


def long_reference(
    alg,
    ref,
    ind_f: str,
    val_f: str,
    year_f: str,
    two: bool,
    industries,
    end_rows: Dict,
    base_rows: Optional[Dict],
    feedback,
) -> Dict:
    """REFERENCE_TABLE of the long form: a row per industry [and year] with the table's
    industry and value fields; the totals of the periods selected (``end_rows``,
    ``base_rows``) as ``reference`` / ``reference_base``."""
    rf = ref.fields()
    missing = [f for f in (ind_f, val_f) if rf.lookupField(f) < 0]
    if missing:
        raise messages.refused(
            alg,
            Layers.tr(
                "REFERENCE_TABLE has no field(s) {missing}: in the long form it "
                "holds a row per industry with the same industry field ('{ind_f}') and value "
                "field ('{val_f}') as TABLE."
            ).format(missing=', '.join(missing), ind_f=ind_f, val_f=val_f),
        )
    ref_year = year_f if year_f and rf.lookupField(year_f) >= 0 else ""
    if two and not ref_year:
        raise messages.refused(
            alg,
            Layers.tr(
                "Two periods with a REFERENCE_TABLE need its totals for both years: give "
                "TABLE_YEAR_FIELD and a year field of that name in REFERENCE_TABLE."
            ),
        )
    alg.check_fields(rf, [val_f], alg.label("REFERENCE_TABLE"))
    _, rcols = read_columns(ref, [ind_f, val_f] + ([ref_year] if ref_year else []), feedback, (40.0, 44.0))
    r_inds = long_table.keys(rcols[ind_f]).tolist()
    r_vals = long_table.numbers(rcols[val_f])
    r_years = long_table.keys(rcols[ref_year]).tolist() if ref_year else None
    out = {}
    for period, rows in (("reference", end_rows), ("reference_base", base_rows)):
        if rows is None:
            continue
        if r_years is not None and rows["year"] is not None:
            mask = np.array([y == rows["year"] for y in r_years], dtype=bool)
            if not mask.any():
                raise messages.refused(
                    alg,
                    Layers.tr("REFERENCE_TABLE has no rows for year {rows} in '{ref_year}'.").format(
                        rows=rows['year'], ref_year=ref_year
                    ),
                )
        else:
            mask = np.ones(len(r_inds), dtype=bool)
        what = "REFERENCE_TABLE" + (f" ({rows['year']})" if rows["year"] else "")
        totals, extra = pivot.reference_totals(
            [i for i, m in zip(r_inds, mask) if m], r_vals[mask], industries, what=what
        )
        out[period] = totals
        if extra:
            if len(extra) == 1:
                line = Layers.tr("{what}: 1 industry not in the data left out of the reference total X: {extra}{more}.")
            else:
                line = Layers.tr(
                    "{what}: %n industries not in the data left out of the reference total X: {extra}{more}.",
                    "",
                    len(extra),
                )
            messages.info(
                alg, feedback, line.format(what=what, extra=", ".join(extra[:10]), more=" …" if len(extra) > 10 else "")
            )
    messages.info(alg, feedback, Layers.tr("Reference: industry totals X_i from REFERENCE_TABLE."))
    return out
