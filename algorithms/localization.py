"""Localization coefficient / location quotient (papers 001 and 004; METHODS.md §2)."""
from itertools import islice
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from qgis.core import (QgsFeature, QgsFeatureRequest, QgsField,
                       QgsFields, QgsProcessing, QgsProcessingException, QgsProcessingFeatureSource,
                       QgsProcessingParameterDefinition, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)
from qgis.PyQt.QtCore import QVariant

from ..core import localization as loc
from ..layers import arrow_read
from ..layers.read import READ_CHUNK
from ..maps import styles
from .base import FIELD_TYPES, TerritorialAlgorithm

#: Districts whose specializations are listed one by one in the log.
MAX_LOG_DISTRICTS = 60
#: Categories of the n_specializations style before it switches to graduated classes.
MAX_CATEGORIES = 12


def _key(v) -> Optional[str]:
    """A table cell as a key: text; 13001.0 → "13001"; NULL / empty → None."""
    if v is None:
        return None
    if type(v) is str:
        return v if v.strip() else None
    if isinstance(v, float):
        if v != v:
            return None
        if v.is_integer():
            return str(int(v))
    if hasattr(v, "toString") and hasattr(v, "isValid"):  # QDate / QDateTime
        return v.toString("yyyy") if v.isValid() else None
    s = str(v)
    return s if s.strip() else None


def _keys(column: list) -> np.ndarray:
    """A column of keys (text, numbers, NULL) as an object array of text / None, converting
    each distinct value once (million-row tables have few distinct keys)."""
    values = np.empty(len(column), dtype=object)
    values[:] = column
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    mapped = np.array([None if isinstance(v, QVariant) else _key(v) for v in uniques] + [None],
                      dtype=object)
    return mapped[codes]  # code -1 (None) picks the trailing None


def _keys_factorized(codes: np.ndarray, uniques: list) -> np.ndarray:
    """Like :func:`_keys` for a column already factorized (``layers.arrow_read.Columns``)."""
    mapped = np.empty(len(uniques) + 1, dtype=object)
    mapped[:len(uniques)] = [_key(v) for v in uniques]
    mapped[len(uniques)] = None
    return mapped[codes]  # code -1 (NULL) picks the trailing None


def _numbers(column: list) -> np.ndarray:
    """A numeric column as floats, NULL → NaN."""
    try:
        return np.array(column, dtype=float)
    except (TypeError, ValueError):
        return np.array([np.nan if v is None or isinstance(v, QVariant) else v for v in column],
                        dtype=float)


def _nullable(series: pd.Series) -> pd.Series:
    """A nullable (Int64 / boolean) column as plain objects with None for NA."""
    out = series.astype(object)
    return out.where(series.notna(), None)


_BOOL_OBJECTS = np.array([False, True, None], dtype=object)


def _column(frame: pd.DataFrame) -> list:
    """A district × industry matrix as one flat list of plain Python values (district-major),
    NaN / NA → None; vectorised (no per-cell type checks)."""
    dtype = frame.dtypes.iloc[0] if frame.shape[1] else np.dtype(float)
    if isinstance(dtype, pd.BooleanDtype):
        na = frame.isna().to_numpy().ravel()
        flags = frame.to_numpy(dtype=bool, na_value=False).ravel().astype(np.int8)
        return _BOOL_OBJECTS[np.where(na, 2, flags)].tolist()
    arr = frame.to_numpy()
    if arr.dtype.kind == "f":
        flat = arr.ravel()
        if np.isnan(flat).any():
            obj = flat.astype(object)
            obj[np.isnan(flat)] = None
            return obj.tolist()
        return flat.tolist()
    return arr.ravel().tolist()


class LocalizationCoefficientAlgorithm(TerritorialAlgorithm):
    ALG_ID = "localizationcoefficient"
    DISPLAY_NAME = "Localization coefficient"
    GROUP = "Specialization"
    GROUP_ID = "specialization"
    HELP = (
        "Location quotients (localization coefficients, papers 001 and 004): "
        "LQ = (x<sub>ij</sub> / x<sub>j</sub>) / (X<sub>i</sub> / X) — the industry's share of the "
        "district divided by its share of the region. LQ ≥ THRESHOLD (1) marks a specialization.\n\n"
        "<b>Data</b>, one of two forms: <i>wide</i> — a numeric field per industry on the districts "
        "(INDUSTRY_FIELDS; TOTAL_FIELD optional, default the sum of the industry fields); "
        "<i>long</i> — a table with one row per district and industry (TABLE, with its key, industry "
        "and value fields; TABLE_YEAR_FIELD picks the years). Rows of a long table are never summed: "
        "a repeated (district, industry, year) is an error. A missing row counts as 0.\n"
        "<b>Two periods</b>: INDUSTRY_FIELDS_BASE (wide), or BASE_YEAR / END_YEAR with the year "
        "field, or a second table TABLE_BASE (long): LQ in both years, change and trend ↑ ↓ → "
        "(|change| ≤ TREND_TOLERANCE is →), as in paper 001.\n"
        "<b>Reference</b> (optional): the industry totals of a wider area (e.g. the nation) instead "
        "of the layer's districts — same field names as the input (wide: first row; long: a row per "
        "industry [and year]).\n"
        "<b>Output</b>: lq_&lt;industry&gt; per industry (mapping in the log), n_specializations, "
        "specializations (\"Non-ferrous metallurgy (4.6), Construction raw materials (1.2)\"), "
        "top_industry, district_total, share_of_region and lq_ceiling (= X / x<sub>j</sub>, the "
        "largest LQ the district can reach: a huge LQ on a tiny base shows here). "
        "<b>Output table</b>: one row per district and industry with value, share, lq, specialized "
        "and strong (US Cluster Mapping: LQ ≥ 1, LQ ≥ the 75th percentile and value above the 25th "
        "percentile of the districts where the industry is present).\n"
        "NULL values are unknown (not 0); undefined quotients (district total 0, industry absent) "
        "are NULL with the reason in the log. County Business Patterns 2017 stores suppressed cells "
        "as 0: set them to NULL first (see the documentation).\n"
        "<b>Style</b>: the number of specializations, or with STYLE_INDUSTRY that industry's LQ on "
        "a diverging palette centred on 1 (breaks 0.5 / 0.8 / 1.25 / 2).")

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    INDUSTRY_FIELDS = "INDUSTRY_FIELDS"
    TOTAL_FIELD = "TOTAL_FIELD"
    INDUSTRY_FIELDS_BASE = "INDUSTRY_FIELDS_BASE"
    TABLE = "TABLE"
    TABLE_ID_FIELD = "TABLE_ID_FIELD"
    TABLE_INDUSTRY_FIELD = "TABLE_INDUSTRY_FIELD"
    TABLE_VALUE_FIELD = "TABLE_VALUE_FIELD"
    TABLE_YEAR_FIELD = "TABLE_YEAR_FIELD"
    BASE_YEAR = "BASE_YEAR"
    END_YEAR = "END_YEAR"
    TABLE_BASE = "TABLE_BASE"
    REFERENCE_TABLE = "REFERENCE_TABLE"
    THRESHOLD = "THRESHOLD"
    TREND_TOLERANCE = "TREND_TOLERANCE"
    STRONG_LQ_PERCENTILE = "STRONG_LQ_PERCENTILE"
    STRONG_VALUE_PERCENTILE = "STRONG_VALUE_PERCENTILE"
    STYLE_INDUSTRY = "STYLE_INDUSTRY"
    STYLE_BREAKS = "STYLE_BREAKS"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    # --- parameters ---------------------------------------------------------------------------
    def initAlgorithm(self, config=None):
        tr = self.tr
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Districts"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, tr("District key field"), parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.INDUSTRY_FIELDS, tr("Wide form: a field per industry (end period)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric,
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TOTAL_FIELD, tr("Wide form: district total (empty: sum of the industry fields)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INDUSTRY_FIELDS_BASE,
            tr("Wide form: base-period fields, in the same order as the industry fields"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric,
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TABLE, tr("Long form: table with a row per district and industry"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TABLE_ID_FIELD, tr("Long form: district key field of the table"),
            parentLayerParameterName=self.TABLE, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TABLE_INDUSTRY_FIELD, tr("Long form: industry field"),
            parentLayerParameterName=self.TABLE, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TABLE_VALUE_FIELD, tr("Long form: value field (employment, output …)"),
            parentLayerParameterName=self.TABLE, type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TABLE_YEAR_FIELD, tr("Long form: year field"),
            parentLayerParameterName=self.TABLE, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BASE_YEAR, tr("Base year (two periods)"),
            type=QgsProcessingParameterNumber.Integer, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.END_YEAR, tr("End year (empty: the latest year of the table)"),
            type=QgsProcessingParameterNumber.Integer, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TABLE_BASE, tr("Long form: base-period table (same fields as the table)"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REFERENCE_TABLE, tr("Reference industry totals (e.g. the nation; empty: the districts)"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, tr("Specialization threshold (LQ ≥)"),
            type=QgsProcessingParameterNumber.Double, defaultValue=1.0, minValue=0.0))
        more = [
            QgsProcessingParameterNumber(
                self.TREND_TOLERANCE, tr("Trend tolerance (|change| ≤ it is →)"),
                type=QgsProcessingParameterNumber.Double, defaultValue=0.05, minValue=0.0),
            QgsProcessingParameterNumber(
                self.STRONG_LQ_PERCENTILE, tr("Strong: LQ percentile among districts with the industry"),
                type=QgsProcessingParameterNumber.Double, defaultValue=75.0, minValue=0.0,
                maxValue=100.0),
            QgsProcessingParameterNumber(
                self.STRONG_VALUE_PERCENTILE,
                tr("Strong: value percentile among districts with the industry"),
                type=QgsProcessingParameterNumber.Double, defaultValue=25.0, minValue=0.0,
                maxValue=100.0),
            QgsProcessingParameterString(
                self.STYLE_INDUSTRY, tr("Style the map by this industry's LQ (empty: number of "
                                        "specializations)"), optional=True),
            QgsProcessingParameterString(
                self.STYLE_BREAKS, tr("LQ style breaks (default 0.5;0.8;1.25;2)"), optional=True),
        ]
        for p in more:
            if p.name() in (self.TREND_TOLERANCE, self.STRONG_LQ_PERCENTILE,
                            self.STRONG_VALUE_PERCENTILE, self.STYLE_BREAKS):
                p.setFlags(p.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Localization coefficients"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, tr("Localization coefficients (long table)"),
            QgsProcessing.TypeVector, optional=True, createByDefault=True))

    # --- run ------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        self.check_fields(source.fields(), [id_field], "ID_FIELD", numeric=False)
        industry_fields = list(self.parameterAsFields(parameters, self.INDUSTRY_FIELDS, context) or [])
        table = self.parameterAsSource(parameters, self.TABLE, context)
        if industry_fields and table is not None:
            raise QgsProcessingException(self.tr(
                "Both forms were given: INDUSTRY_FIELDS (a field per industry) and TABLE (a row per "
                "district and industry). Give exactly one of them."))
        if not industry_fields and table is None:
            raise QgsProcessingException(self.tr(
                "No data: give INDUSTRY_FIELDS (a numeric field per industry on the districts) or "
                "TABLE (a table with a row per district and industry, with TABLE_ID_FIELD, "
                "TABLE_INDUSTRY_FIELD and TABLE_VALUE_FIELD)."))
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        tolerance = self.parameterAsDouble(parameters, self.TREND_TOLERANCE, context)
        lq_pct = self.parameterAsDouble(parameters, self.STRONG_LQ_PERCENTILE, context)
        value_pct = self.parameterAsDouble(parameters, self.STRONG_VALUE_PERCENTILE, context)
        style_breaks = self.method(loc.parse_style_breaks,
                                   self.parameterAsString(parameters, self.STYLE_BREAKS, context))

        data = self.read(source, feedback, geometry=True, progress=(0.0, 10.0))
        if len(data) == 0:
            raise QgsProcessingException(self.tr("The input layer has no features: nothing to compute."))
        ids = self.id_values(data, id_field)
        if industry_fields:
            inputs = self._wide(parameters, context, source, data, ids, industry_fields, feedback)
        else:
            inputs = self._long(parameters, context, table, ids, feedback)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))
        feedback.setProgress(45)

        result = self.method(
            loc.analyse, inputs["values"], values_base=inputs.get("values_base"),
            totals=inputs.get("totals"), reference=inputs.get("reference"),
            reference_base=inputs.get("reference_base"),
            reference_total=inputs.get("reference_total"),
            reference_total_base=inputs.get("reference_total_base"), threshold=threshold,
            tolerance=tolerance, lq_percentile=lq_pct, value_percentile=value_pct,
            labels=inputs.get("labels", ("", "")))
        self._log_result(result, inputs, threshold, feedback)
        feedback.setProgress(50)

        industries = [str(c) for c in inputs["values"].columns]
        style_industry = self._style_industry(
            self.parameterAsString(parameters, self.STYLE_INDUSTRY, context), industries)
        dest_id, lq_names = self._write_output(parameters, context, source, data, ids, id_field,
                                               industries, inputs, result, feedback)
        table_id = self._write_table(parameters, context, source, data, id_field, result, feedback)

        renderer = self._renderer(result, lq_names, style_industry, style_breaks, threshold)
        self.attach_style(dest_id, renderer, context, feedback)
        feedback.setProgress(100)
        out = {self.OUTPUT: dest_id}
        if table_id is not None:
            out[self.OUTPUT_TABLE] = table_id
        return out

    # --- wide form ------------------------------------------------------------------------------
    def _wide(self, parameters, context, source, data, ids, industry_fields, feedback) -> Dict:
        fields = source.fields()
        self.check_fields(fields, industry_fields, "INDUSTRY_FIELDS")
        if len(set(industry_fields)) != len(industry_fields):
            raise QgsProcessingException(self.tr("INDUSTRY_FIELDS lists a field twice."))
        base_fields = list(self.parameterAsFields(parameters, self.INDUSTRY_FIELDS_BASE, context) or [])
        total_field = self.parameterAsString(parameters, self.TOTAL_FIELD, context)
        self._refuse_long_only(parameters, context)
        used = list(industry_fields) + list(base_fields) + ([total_field] if total_field else [])
        out = {"values": self.numeric_frame(data, industry_fields, ids, "INDUSTRY_FIELDS"),
               "used_fields": used}
        if base_fields:
            self.check_fields(fields, base_fields, "INDUSTRY_FIELDS_BASE")
            if len(base_fields) != len(industry_fields):
                raise QgsProcessingException(self.tr(
                    f"INDUSTRY_FIELDS_BASE has {len(base_fields)} field(s) for "
                    f"{len(industry_fields)} industry field(s): give one base-period field per "
                    "industry, in the same order."))
            both = [f for f in base_fields if f in industry_fields]
            if both or len(set(base_fields)) != len(base_fields):
                raise QgsProcessingException(self.tr(
                    f"INDUSTRY_FIELDS_BASE repeats a field ({', '.join(both) or 'twice in the list'}): "
                    "the base period needs its own fields."))
            if total_field:
                raise QgsProcessingException(self.tr(
                    "TOTAL_FIELD holds one period's totals and cannot serve two periods. Leave it "
                    "empty (totals = sums of the industry fields), or add an 'other industries' "
                    "field to both INDUSTRY_FIELDS and INDUSTRY_FIELDS_BASE."))
            base = self.numeric_frame(data, base_fields, ids, "INDUSTRY_FIELDS_BASE")
            base.columns = industry_fields
            out["values_base"] = base
            out["labels"] = ("end period", "base period")
            feedback.pushInfo(self.tr("Base-period fields: " + ", ".join(
                f"{e} ← {b}" for e, b in zip(industry_fields, base_fields))))
        if total_field:
            if total_field in industry_fields:
                raise QgsProcessingException(self.tr(
                    f"TOTAL_FIELD '{total_field}' is also an industry field; choose the field "
                    "holding the district's total of all industries."))
            self.check_fields(fields, [total_field], "TOTAL_FIELD")
            out["totals"] = self.numeric_frame(data, [total_field], ids, "TOTAL_FIELD")[total_field]
            feedback.pushInfo(self.tr(f"District totals x_j: field '{total_field}'."))
        else:
            feedback.pushInfo(self.tr(
                "No TOTAL_FIELD: each district's total x_j is the sum of its industry fields "
                f"({len(industry_fields)} industries), so shares are of these industries only."))
        ref = self.parameterAsSource(parameters, self.REFERENCE_TABLE, context)
        if ref is not None:
            needed = list(industry_fields) + list(base_fields) + ([total_field] if total_field else [])
            row = self._first_row(ref, needed)
            out["reference"], _ = self.method(loc.reference_totals, industry_fields,
                                              [row[f] for f in industry_fields], industry_fields)
            if base_fields:
                out["reference_base"], _ = self.method(
                    loc.reference_totals, industry_fields, [row[f] for f in base_fields],
                    industry_fields, what="REFERENCE_TABLE (base period)")
            if total_field:
                out["reference_total"] = row[total_field]
                if row[total_field] != row[total_field] or row[total_field] <= 0:
                    raise QgsProcessingException(self.tr(
                        f"REFERENCE_TABLE: the total '{total_field}' of its first row must be > 0."))
            feedback.pushInfo(self.tr(
                "Reference: industry totals X_i from the first row of REFERENCE_TABLE."))
        return out

    def _first_row(self, ref, needed: Sequence[str]) -> Dict[str, float]:
        missing = [f for f in needed if ref.fields().lookupField(f) < 0]
        if missing:
            raise QgsProcessingException(self.tr(
                f"REFERENCE_TABLE has no field(s) {', '.join(missing)}: in the wide form its first "
                "row holds the reference's totals under the same field names as the districts."))
        req = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setLimit(1)
        feat = next(iter(ref.getFeatures(req)), None)
        if feat is None:
            raise QgsProcessingException(self.tr("REFERENCE_TABLE is empty: it needs one row."))
        out = {}
        for f in needed:
            v = feat[f]
            if isinstance(v, QVariant) or v is None or isinstance(v, bool) \
                    or not isinstance(v, (int, float)):
                raise QgsProcessingException(self.tr(
                    f"REFERENCE_TABLE: field '{f}' of the first row is not a number; fill it in."))
            out[f] = float(v)
        return out

    def _refuse_long_only(self, parameters, context):
        for name in (self.TABLE_BASE,):
            if self.parameterAsSource(parameters, name, context) is not None:
                raise QgsProcessingException(self.tr(
                    f"{name} belongs to the long form (TABLE); with INDUSTRY_FIELDS give the base "
                    "period as INDUSTRY_FIELDS_BASE."))
        for name in (self.BASE_YEAR, self.END_YEAR):
            if self._optional_int(parameters, name, context) is not None:
                raise QgsProcessingException(self.tr(
                    f"{name} selects years of a long TABLE (with TABLE_YEAR_FIELD); with "
                    "INDUSTRY_FIELDS give the base period as INDUSTRY_FIELDS_BASE."))

    def _optional_int(self, parameters, name, context) -> Optional[int]:
        v = parameters.get(name)
        if v is None or v == "" or (isinstance(v, QVariant) and v.isNull()):
            return None
        return self.parameterAsInt(parameters, name, context)

    # --- long form ------------------------------------------------------------------------------
    def _long(self, parameters, context, table, ids, feedback) -> Dict:
        names = {}
        for param in (self.TABLE_ID_FIELD, self.TABLE_INDUSTRY_FIELD, self.TABLE_VALUE_FIELD):
            names[param] = self.parameterAsString(parameters, param, context)
            if not names[param]:
                raise QgsProcessingException(self.tr(
                    f"TABLE is given but {param} is empty: choose the table's district key, "
                    "industry and value fields (TABLE_ID_FIELD, TABLE_INDUSTRY_FIELD, "
                    "TABLE_VALUE_FIELD)."))
        key_f = names[self.TABLE_ID_FIELD]
        ind_f = names[self.TABLE_INDUSTRY_FIELD]
        val_f = names[self.TABLE_VALUE_FIELD]
        year_f = self.parameterAsString(parameters, self.TABLE_YEAR_FIELD, context) or ""
        if self.parameterAsFields(parameters, self.INDUSTRY_FIELDS_BASE, context):
            raise QgsProcessingException(self.tr(
                "INDUSTRY_FIELDS_BASE belongs to the wide form; with TABLE give the base period as "
                "BASE_YEAR (with TABLE_YEAR_FIELD) or as TABLE_BASE."))
        if self.parameterAsString(parameters, self.TOTAL_FIELD, context):
            raise QgsProcessingException(self.tr(
                "TOTAL_FIELD belongs to the wide form. In the long form a district's total is the "
                "sum of its rows: if the table lacks industries, add a row per district for the rest "
                "(e.g. industry 'Other')."))
        base_year = self._optional_int(parameters, self.BASE_YEAR, context)
        end_year = self._optional_int(parameters, self.END_YEAR, context)
        table_base = self.parameterAsSource(parameters, self.TABLE_BASE, context)
        if not year_f and (base_year is not None or end_year is not None):
            raise QgsProcessingException(self.tr(
                "BASE_YEAR / END_YEAR need TABLE_YEAR_FIELD: choose the table's year field."))
        if year_f and base_year is not None and end_year is not None and base_year == end_year:
            raise QgsProcessingException(self.tr(
                f"BASE_YEAR and END_YEAR are both {end_year}: choose two different years."))
        two = table_base is not None or base_year is not None
        spec = (key_f, ind_f, val_f, year_f)

        loaded = self._load_table(table, "TABLE", spec, feedback, (10.0, 25.0 if two else 40.0),
                                  self.file_layer(parameters, self.TABLE, context))
        end_rows = self._select(loaded, end_year, "END_YEAR", feedback)
        base_rows = None
        if two:
            if table_base is not None:
                loaded = self._load_table(table_base, "TABLE_BASE", spec, feedback, (25.0, 40.0),
                                          self.file_layer(parameters, self.TABLE_BASE, context))
            base_rows = self._select(loaded, base_year, "BASE_YEAR", feedback)
            if end_rows["year"] is not None and end_rows["year"] == base_rows["year"]:
                raise QgsProcessingException(self.tr(
                    f"The base and end periods are both {end_rows['year']}: set BASE_YEAR and END_YEAR."))
        industries = loc.natural_order(list(end_rows["industries"]) +
                                       (list(base_rows["industries"]) if base_rows else []))
        labels = (end_rows["year"] or "end period", (base_rows["year"] or "base period") if two else "")
        pivot = self.method(loc.pivot_long, ids, end_rows["keys"], end_rows["industries"],
                            end_rows["values"], industries, what=end_rows["what"])
        self._log_pivot(pivot, end_rows["what"], feedback)
        out = {"values": pivot.values, "labels": labels}
        if two:
            pb = self.method(loc.pivot_long, ids, base_rows["keys"], base_rows["industries"],
                             base_rows["values"], industries, what=base_rows["what"])
            self._log_pivot(pb, base_rows["what"], feedback)
            out["values_base"] = pb.values
        feedback.pushInfo(self.tr(
            f"Long form: {len(industries)} industries from '{ind_f}', values from '{val_f}'; each "
            "district's total x_j is the sum of its rows."))

        ref = self.parameterAsSource(parameters, self.REFERENCE_TABLE, context)
        if ref is not None:
            rf = ref.fields()
            missing = [f for f in (ind_f, val_f) if rf.lookupField(f) < 0]
            if missing:
                raise QgsProcessingException(self.tr(
                    f"REFERENCE_TABLE has no field(s) {', '.join(missing)}: in the long form it "
                    f"holds a row per industry with the same industry field ('{ind_f}') and value "
                    f"field ('{val_f}') as TABLE."))
            ref_year = year_f if year_f and rf.lookupField(year_f) >= 0 else ""
            if two and not ref_year:
                raise QgsProcessingException(self.tr(
                    "Two periods with a REFERENCE_TABLE need its totals for both years: give "
                    "TABLE_YEAR_FIELD and a year field of that name in REFERENCE_TABLE."))
            self.check_fields(rf, [val_f], "REFERENCE_TABLE")
            _, rcols = self._read_columns(ref, [ind_f, val_f] + ([ref_year] if ref_year else []),
                                          feedback, (40.0, 44.0))
            r_inds = _keys(rcols[ind_f]).tolist()
            r_vals = _numbers(rcols[val_f])
            r_years = _keys(rcols[ref_year]).tolist() if ref_year else None
            for period, rows in (("reference", end_rows), ("reference_base", base_rows)):
                if rows is None:
                    continue
                if r_years is not None and rows["year"] is not None:
                    mask = np.array([y == rows["year"] for y in r_years], dtype=bool)
                    if not mask.any():
                        raise QgsProcessingException(self.tr(
                            f"REFERENCE_TABLE has no rows for year {rows['year']} in '{ref_year}'."))
                else:
                    mask = np.ones(len(r_inds), dtype=bool)
                what = "REFERENCE_TABLE" + (f" ({rows['year']})" if rows["year"] else "")
                totals, extra = self.method(
                    loc.reference_totals, [i for i, m in zip(r_inds, mask) if m], r_vals[mask],
                    industries, what=what)
                out[period] = totals
                if extra:
                    feedback.pushInfo(self.tr(
                        f"{what}: {len(extra)} industr{'y' if len(extra) == 1 else 'ies'} not in the "
                        f"data left out of the reference total X: {', '.join(extra[:10])}"
                        f"{' …' if len(extra) > 10 else ''}."))
            feedback.pushInfo(self.tr("Reference: industry totals X_i from REFERENCE_TABLE."))
        return out

    def _read_columns(self, src, names: Sequence[str], feedback, progress
                      ) -> Tuple[int, Dict[str, list]]:
        """The number of rows and the named columns (raw values; NULL may be a QVariant) of a
        table, read once without geometry. Leaner than ``read`` for million-row tables: one
        reused QgsFeature, no per-row objects but the attribute lists."""
        fields = src.fields()
        idx = [fields.lookupField(n) for n in names]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(idx)
        request.setFeedback(feedback)
        total = src.featureCount()
        step = (progress[1] - progress[0]) / total if total and total > 0 else 0
        it = src.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        cols: Dict[int, list] = {i: [] for i in idx}
        n_rows = 0
        while True:
            chunk = list(islice(it, READ_CHUNK))       # C-level loops, no Python per row
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))
            if not chunk:
                break
            rows = list(map(QgsFeature.attributes, chunk))
            for i, col in enumerate(zip(*rows)):
                if i in cols:
                    cols[i].extend(col)
            n_rows += len(chunk)
            feedback.setProgress(progress[0] + n_rows * step)
        return n_rows, {name: cols[i] for name, i in zip(names, idx)}

    @staticmethod
    def _feature_id(src, position: int):
        """The id of the feature at ``position`` in reading order (for error messages only)."""
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setNoAttributes()
        for n, f in enumerate(src.getFeatures(request)):
            if n == position:
                return f.id()
        return position

    def _load_table(self, src, what, spec, feedback, progress, location=None) -> Dict:
        key_f, ind_f, val_f, year_f = spec
        fields = src.fields()
        missing = [f for f in (key_f, ind_f, val_f, year_f) if f and fields.lookupField(f) < 0]
        if missing:
            raise QgsProcessingException(self.tr(
                f"{what} has no field(s) {', '.join(missing)} (it needs the fields named by "
                "TABLE_ID_FIELD, TABLE_INDUSTRY_FIELD, TABLE_VALUE_FIELD and TABLE_YEAR_FIELD)."))
        self.check_fields(fields, [val_f], f"{what} value field")
        names = [key_f, ind_f, val_f] + ([year_f] if year_f else [])
        fast = arrow_read.read_columns(location, names)
        expected = src.featureCount()
        if fast is not None and (expected is None or expected < 0 or expected == len(fast)):
            # the whole file layer, read by GDAL as columns (see layers.arrow_read)
            n_rows = len(fast)
            feedback.setProgress(progress[1])
            if not n_rows:
                raise QgsProcessingException(self.tr(f"{what} has no rows."))
            return {"what": what, "spec": spec, "source": src, "positions": np.arange(n_rows),
                    "keys": _keys_factorized(*fast.factorized(key_f)),
                    "industries": _keys_factorized(*fast.factorized(ind_f)),
                    "values": fast.floats(val_f),
                    "years": _keys_factorized(*fast.factorized(year_f)) if year_f else None}
        n_rows, cols = self._read_columns(src, names, feedback, progress)
        if not n_rows:
            raise QgsProcessingException(self.tr(f"{what} has no rows."))
        return {"what": what, "spec": spec, "source": src, "positions": np.arange(n_rows),
                "keys": _keys(cols[key_f]), "industries": _keys(cols[ind_f]),
                "values": _numbers(cols[val_f]),
                "years": _keys(cols[year_f]) if year_f else None}

    def _select(self, loaded, year, year_param, feedback) -> Dict:
        """The rows of one period (all rows without a year field), checked for NULL keys."""
        key_f, ind_f, val_f, year_f = loaded["spec"]
        label = loaded["what"]
        keys, inds, vals = loaded["keys"], loaded["industries"], loaded["values"]
        positions = loaded["positions"]
        chosen = None
        if year_f:
            years = loaded["years"]
            present = loc.natural_order([y for y in pd.unique(years) if y is not None])
            if year is None:
                if not present:
                    raise QgsProcessingException(self.tr(f"{label}: the year field '{year_f}' is empty."))
                chosen = present[-1]
                feedback.pushInfo(self.tr(
                    f"{label}: no {year_param} given, using the latest year in '{year_f}': {chosen}."))
            else:
                chosen = str(year)
            mask = years == chosen
            if not mask.any():
                raise QgsProcessingException(self.tr(
                    f"{label} has no rows for {year_param} {chosen} in '{year_f}' (years present: "
                    f"{', '.join(present[:20])})."))
            keys, inds, vals, positions = keys[mask], inds[mask], vals[mask], positions[mask]
            feedback.pushInfo(self.tr(f"{label}: {int(mask.sum())} of {len(mask)} rows are of {chosen}."))
        for arr, field, role in ((keys, key_f, "district key"), (inds, ind_f, "industry")):
            empty = np.flatnonzero(pd.isna(arr))
            if empty.size:
                fid = self._feature_id(loaded["source"], int(positions[empty[0]]))
                raise QgsProcessingException(self.tr(
                    f"{label}: feature {fid} has no {role} (field '{field}' is NULL or "
                    f"empty; {empty.size} such row(s)). Fill it or delete the row."))
        if np.isinf(vals).any():
            k = int(np.flatnonzero(np.isinf(vals))[0])
            raise QgsProcessingException(self.tr(
                f"{label}: infinite value in '{val_f}' for district '{keys[k]}', industry '{inds[k]}'."))
        shown = f"{label} ({chosen})" if chosen else label
        return {"keys": keys, "industries": inds, "values": vals, "year": chosen, "what": shown}

    def _log_pivot(self, pivot, what, feedback):
        if pivot.only_in_table:
            feedback.pushWarning(self.tr(
                f"{what}: {len(pivot.only_in_table)} district(s) are not in the layer and are left "
                f"out of the region: {loc.name_list(pivot.only_in_table, 20)}."))
        if pivot.without_rows:
            feedback.pushWarning(self.tr(
                f"{what}: {len(pivot.without_rows)} district(s) of the layer have no row: their "
                f"quotients are NULL: {loc.name_list(pivot.without_rows, 20)}."))
        if pivot.n_absent:
            feedback.pushInfo(self.tr(
                f"{what}: {pivot.n_absent} (district, industry) pair(s) have no row and count as 0."))
        if pivot.n_null:
            feedback.pushInfo(self.tr(
                f"{what}: {pivot.n_null} row(s) have a NULL value: unknown, not 0 (quotient NULL)."))
        if pivot.n_zero:
            feedback.pushInfo(self.tr(
                f"{what}: {pivot.n_zero} value(s) are exactly 0. If the table comes from County "
                "Business Patterns, suppressed cells may be stored as 0 (2017: employees = 0 with "
                "payroll = 0 and 3+ establishments); set those cells to NULL before the run."))

    # --- logging --------------------------------------------------------------------------------
    def _log_result(self, result, inputs, threshold, feedback):
        periods = [(result.end, inputs.get("labels", ("", ""))[0])]
        if result.base is not None:
            periods.append((result.base, inputs["labels"][1]))
        for res, label in periods:
            for reason in res.undefined:
                feedback.pushWarning(self.tr("Undefined quotients: " + reason + "."))
            for note in res.warnings:
                feedback.pushWarning(self.tr(note + "."))
            feedback.pushInfo(self.tr(
                f"Region total X{' (' + label + ')' if label else ''} = {res.region_total:g}."))
        cut = result.strong.lq_cut
        vcut = result.strong.value_cut
        shown = list(cut.index[:30])
        feedback.pushInfo(self.tr("Strong-cluster cut-offs (LQ ≥ max(1, LQ percentile), value > "
                                  "value percentile): " + "; ".join(
                                      f"{i}: LQ {cut[i]:.3g}, value {vcut[i]:.3g}" for i in shown)
                                  + (" …" if len(cut) > 30 else "")))
        prof = result.profile
        n = len(prof)
        feedback.pushInfo(self.tr(f"Specializations (LQ ≥ {threshold:g}), highest first:"))
        for district in prof.index[:MAX_LOG_DISTRICTS]:
            text = prof.at[district, "specializations"]
            shown_text = "undefined" if text is None else (text or "none")
            feedback.pushInfo(f"  {district}: {shown_text}")
        if n > MAX_LOG_DISTRICTS:
            feedback.pushInfo(self.tr(f"  … and {n - MAX_LOG_DISTRICTS} more districts (see the output)."))

    # --- writing --------------------------------------------------------------------------------
    def _write_output(self, parameters, context, source, data, ids, id_field, industries, inputs,
                      result, feedback) -> Tuple[str, Dict[str, str]]:
        two = result.two_periods
        fixed = ["n_specializations", "specializations", "top_industry", "district_total",
                 "share_of_region", "lq_ceiling"]
        if two:
            fixed += ["n_specializations_base", "specializations_base"]
        prefixes = ["lq_"] + (["lq_base_", "lq_change_", "trend_"] if two else [])
        protected = [id_field] + list(inputs.get("used_fields", []))
        names = loc.field_names(industries, prefixes, taken=fixed + protected)
        feedback.pushInfo(self.tr("Output fields per industry:"))
        for ind in industries:
            more = f" (also {', '.join(names[p][ind] for p in prefixes[1:])})" if two else ""
            feedback.pushInfo(f"  {ind} → {names['lq_'][ind]}{more}")

        cols: Dict[str, object] = {}
        kinds: List[Tuple[str, str]] = []
        end = result.end
        for col in industries:
            ind = col
            cols[names["lq_"][ind]] = end.lq[col].to_numpy()
            kinds.append((names["lq_"][ind], "double"))
            if two:
                cols[names["lq_base_"][ind]] = result.base.lq[col].to_numpy()
                cols[names["lq_change_"][ind]] = result.change[col].to_numpy()
                cols[names["trend_"][ind]] = result.trend[col].to_numpy()
                kinds += [(names["lq_base_"][ind], "double"), (names["lq_change_"][ind], "double"),
                          (names["trend_"][ind], "string")]
        prof = result.profile
        cols["n_specializations"] = _nullable(prof["n_specializations"]).to_numpy()
        cols["specializations"] = prof["specializations"].to_numpy()
        cols["top_industry"] = prof["top_industry"].to_numpy()
        cols["district_total"] = end.district_total.to_numpy()
        cols["share_of_region"] = end.share_of_region.to_numpy()
        cols["lq_ceiling"] = end.lq_ceiling.to_numpy()
        kinds += [("n_specializations", "int"), ("specializations", "string"),
                  ("top_industry", "string"), ("district_total", "double"),
                  ("share_of_region", "double"), ("lq_ceiling", "double")]
        if two:
            cols["n_specializations_base"] = _nullable(result.profile_base["n_specializations"]).to_numpy()
            cols["specializations_base"] = result.profile_base["specializations"].to_numpy()
            kinds += [("n_specializations_base", "int"), ("specializations_base", "string")]
        extra = pd.DataFrame(cols, index=pd.RangeIndex(len(ids)))
        dest_id = self.write_output(parameters, self.OUTPUT, context, source, data,
                                   kinds, extra, feedback, progress=(50.0, 65.0))
        return dest_id, names["lq_"]

    def _write_table(self, parameters, context, source, data, id_field, result, feedback):
        if parameters.get(self.OUTPUT_TABLE) is None:
            return None
        two = result.two_periods
        end = result.end
        frames = {"value": end.values, "share": end.share, "share_of_industry": end.share_of_industry,
                  "lq": end.lq}
        kinds = [("value", "double"), ("share", "double"), ("share_of_industry", "double"),
                 ("lq", "double")]
        if two:
            frames.update({"value_base": result.base.values, "lq_base": result.base.lq,
                           "lq_change": result.change, "trend": result.trend})
            kinds += [("value_base", "double"), ("lq_base", "double"), ("lq_change", "double"),
                      ("trend", "string")]
        frames.update({"specialized": result.specialized, "strong": result.strong.flags})
        kinds += [("specialized", "bool"), ("strong", "bool")]
        own = {"industry"} | {k for k, _ in kinds}
        id_name = id_field if id_field.lower() not in own else f"district_{id_field}"
        fields = QgsFields()
        id_def = QgsField(source.fields().field(id_field))
        id_def.setName(id_name)
        fields.append(id_def)
        fields.append(QgsField("industry", QVariant.String))
        for name, kind in kinds:
            fields.append(QgsField(name, FIELD_TYPES[kind]))
        n_d, n_i = end.lq.shape
        raw_ids = np.empty(n_d, dtype=object)
        raw_ids[:] = data.raw_column(id_field)
        columns = [np.repeat(raw_ids, n_i).tolist(), [str(c) for c in end.lq.columns] * n_d]
        for name, _ in kinds:
            columns.append(_column(frames[name]))
        total = n_d * n_i
        table_id = self.write_table(parameters, self.OUTPUT_TABLE, context, fields,
                                    zip(*columns), total, feedback, progress=(65.0, 98.0))
        feedback.pushInfo(self.tr(f"Long table: {total} rows (district × industry)."))
        return table_id

    # --- style ------------------------------------------------------------------------------------
    def _style_industry(self, text: str, industries: List[str]) -> Optional[str]:
        text = (text or "").strip()
        if not text:
            return None
        if text in industries:
            return text
        lower = {i.lower(): i for i in industries}
        if text.lower() in lower:
            return lower[text.lower()]
        suffix = loc.field_suffixes(industries)
        for ind, suf in suffix.items():
            if text.lower() in (suf, "lq_" + suf):
                return ind
        raise QgsProcessingException(self.tr(
            f"STYLE_INDUSTRY '{text}' is not one of the industries: "
            f"{loc.name_list(industries, 15)}."))

    def _renderer(self, result, lq_names, style_industry, breaks, threshold):
        if style_industry is not None:
            field = lq_names[style_industry]
            values = result.end.lq[style_industry].tolist()
            undefined = any(v is None or v != v for v in values)
            return styles.diverging(field, breaks, values, scheme="RdBu", low_is_red=False,
                                    legend_title=self.tr(f"Localization coefficient: {style_industry}"),
                                    no_data_label=self.tr("Undefined") if undefined else None)
        all_n = result.profile["n_specializations"]
        n = all_n.dropna().astype(int)
        title = self.tr(f"Number of specialization industries (LQ ≥ {threshold:g})")
        distinct = sorted(set(n.tolist()))
        if not distinct:
            return None
        if len(distinct) <= MAX_CATEGORIES:
            colors = styles.ramp_colors(len(distinct), "YlGn", best_first_dark=False)
            return styles.categorized("n_specializations", distinct, [str(v) for v in distinct],
                                      colors, no_data_label=self.tr("Undefined"),
                                      legend_title=title)
        return styles.graduated("n_specializations", n.tolist(), n_classes=5, scheme="YlGn",
                                legend_title=title, precision=0,
                                no_data_label=self.tr("Undefined") if len(n) < len(all_n) else None)
