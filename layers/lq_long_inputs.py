"""The localization coefficient's inputs in the long form: a table with a row per district
and industry (TABLE), one or two periods (BASE_YEAR / END_YEAR with TABLE_YEAR_FIELD, or a
second table TABLE_BASE), and the reference's totals as a row per industry [and year] of
REFERENCE_TABLE. Part of :mod:`.lq_inputs` (which dispatches to it and documents the
``inputs`` dict returned); messages in the translation context "Layers".
"""

from typing import TYPE_CHECKING, Dict, Optional

import numpy as np

from ..core import naming, pivot
from . import Layers, long_table, messages
from .read import read_columns

if TYPE_CHECKING:
    from .lq_inputs import LqParameters


def long_form(alg, ids, p: "LqParameters", feedback) -> Dict:
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
