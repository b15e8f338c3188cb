"""Localization coefficient / location quotient (papers 001 and 004; METHODS.md §2).

Parameters → read (``layers.lq_inputs``) → ``core.localization.analyse`` → write
(``layers.lq_outputs``) → style (``maps.lq_style``)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import lq_analysis
from ..core import lq_fields
from ..layers import lq_assess, lq_options, lq_outputs, lq_parameters
from ..maps import lq_style
from .base import TerritorialAlgorithm


class LocalizationCoefficientAlgorithm(TerritorialAlgorithm):
    ALG_ID = "localizationcoefficient"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("LocalizationCoefficientAlgorithm", "Localization coefficient")
    GROUP = QT_TRANSLATE_NOOP("LocalizationCoefficientAlgorithm", "4 Specialization")
    GROUP_ID = "specialization"
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "LocalizationCoefficientAlgorithm",
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
        "<b>Reliable quotients</b> (LQ_TEST): for counts (employees, establishments) a confidence "
        "interval of each LQ (lq_low, lq_high at CONFIDENCE, Poisson delta method, Moineddin, Beyene "
        "&amp; Boyle 2003) and lq_significant = the interval lies above THRESHOLD; for values in "
        "money no interval, lq_significant = LQ ≥ THRESHOLD and the cell ≥ MIN_SHARE of the region.\n"
        "<b>Dynamics</b> (two periods): lq_quadrant — Star (LQ ≥ 1, rising), Mature (LQ ≥ 1, not "
        "rising), Emerging (LQ &lt; 1, rising), Transforming (LQ &lt; 1, not rising); rising = change "
        "above TREND_TOLERANCE. CHART_FOLDER: a bubble chart per district (x = change, y = LQ, area "
        "= value).\n"
        "<b>Style</b>: the number of specializations, or with STYLE_INDUSTRY that industry's LQ on "
        "a diverging palette centred on 1 (breaks 0.5 / 0.8 / 1.25 / 2), quotients that are not "
        "significant hatched."
    )
    # fmt: on

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
    LQ_TEST = "LQ_TEST"
    CONFIDENCE = "CONFIDENCE"
    MIN_SHARE = "MIN_SHARE"
    CHART_FOLDER = "CHART_FOLDER"
    CHART_FORMAT = "CHART_FORMAT"
    CHART_INDUSTRY = "CHART_INDUSTRY"
    CHART_NAME_FIELD = "CHART_NAME_FIELD"

    # --- parameters ---------------------------------------------------------------------------
    def initAlgorithm(self, config=None):
        lq_parameters.add_input_parameters(self, periods=2, total_field=True)  # INPUT … REFERENCE_TABLE
        lq_options.add_analysis_parameters(self)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Localization coefficients"), QgsProcessing.TypeVectorPolygon
            ),
            self.tr(
                "The districts with their fields and, per industry, lq_ (and for two periods "
                "lq_base_, lq_change_, trend_) fields, then n_specializations, specializations, "
                "top_industry, district_total, share_of_region and lq_ceiling."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE,
                self.tr("Localization coefficients (long table)"),
                QgsProcessing.TypeVector,
                optional=True,
                createByDefault=True,
            ),
            self.tr(
                "A long table (no geometry), one row per district and industry: the key, "
                "industry, value, share, share_of_industry, lq (two periods: value_base, lq_base, "
                "lq_change, trend), specialized, strong, lq_low, lq_high, lq_significant (LQ_TEST) "
                "and, for two periods, lq_quadrant; the input of Potential clusters."
            ),
        )
        lq_options.add_parameters(self)

    # --- run ------------------------------------------------------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802
        """The base's checks, and STYLE_INDUSTRY / CHART_INDUSTRY of the wide form (the
        industries are the fields) refused before anything is read."""
        ok, msg = super().checkParameterValues(parameters, context)
        fields = list(self.parameterAsFields(parameters, self.INDUSTRY_FIELDS, context) or [])
        if ok and fields:
            try:
                lq_options.style_industries(self, parameters, context, fields)
            except QgsProcessingException as e:
                return False, str(e)
        return ok, msg

    def process(self, parameters, context, feedback):
        industry_fields = list(self.parameterAsFields(parameters, self.INDUSTRY_FIELDS, context) or [])
        if industry_fields:  # the wide form's industries are its fields: checked before reading
            lq_options.style_industries(self, parameters, context, industry_fields)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        tolerance = self.parameterAsDouble(parameters, self.TREND_TOLERANCE, context)
        lq_pct = self.parameterAsDouble(parameters, self.STRONG_LQ_PERCENTILE, context)
        value_pct = self.parameterAsDouble(parameters, self.STRONG_VALUE_PERCENTILE, context)
        style_breaks = self.method(
            lq_fields.parse_style_breaks, self.parameterAsString(parameters, self.STYLE_BREAKS, context)
        )
        options = lq_options.read_options(self, parameters, context)

        source, id_field, data, ids, inputs = lq_parameters.read_district_inputs(
            self, parameters, context, feedback, self.tr("nothing to compute")
        )
        industries = [str(c) for c in inputs["values"].columns]
        style_industry, chart_industry = lq_options.style_industries(self, parameters, context, industries)
        feedback.setProgress(45)

        labels = inputs.get("labels", ("", ""))
        result = self.method(
            lq_analysis.analyse,
            inputs["values"],
            values_base=inputs.get("values_base"),
            totals=inputs.get("totals"),
            reference=inputs.get("reference"),
            reference_base=inputs.get("reference_base"),
            reference_total=inputs.get("reference_total"),
            reference_total_base=inputs.get("reference_total_base"),
            threshold=threshold,
            tolerance=tolerance,
            lq_percentile=lq_pct,
            value_percentile=value_pct,
            labels=labels,
        )
        lq_outputs.log_result(result, labels, threshold, feedback)
        rel, quadrant = lq_assess.assess(self, result, options, threshold, tolerance, feedback)
        feedback.setProgress(50)

        significant = rel.significant if options.test else None
        kinds, extra, names = lq_outputs.district_columns(
            result, industries, len(ids), [id_field] + inputs.get("used_fields", []), feedback, significant
        )
        dest_id = self.write_output(
            parameters, self.OUTPUT, context, source, data, kinds, extra, feedback, progress=(50.0, 65.0)
        )
        out = {self.OUTPUT: dest_id}
        if parameters.get(self.OUTPUT_TABLE) is not None:
            fields, rows, total = lq_outputs.table_rows(
                result,
                id_field,
                source.fields().field(id_field),
                data.raw_column(id_field),
                lq_assess.table_columns(self, rel, quadrant),
            )
            table_id = self.write_table(
                parameters, self.OUTPUT_TABLE, context, fields, rows, total, feedback, progress=(65.0, 90.0)
            )
            feedback.pushInfo(self.tr("Long table: {total} rows (district × industry).").format(total=total))
            if table_id is not None:
                out[self.OUTPUT_TABLE] = table_id
        if options.chart_folder:
            chart_names = lq_assess.chart_names(self, data, source.fields(), id_field, options.name_field)
            value_field = self.parameterAsString(parameters, self.TABLE_VALUE_FIELD, context)
            axes = lq_assess.chart_axes(labels, value_field, threshold, tolerance)
            lq_assess.write_charts(
                self, self._outputs, result, quadrant, options, chart_names, chart_industry, axes, feedback
            )
            out[self.CHART_FOLDER] = options.chart_folder

        renderer = lq_style.renderer(result, names, style_industry, style_breaks, threshold, significant)
        self.attach_style(dest_id, renderer, context, feedback)
        if style_industry is not None and context.willLoadLayerOnCompletion(dest_id):
            context.layerToLoadOnCompletionDetails(dest_id).name = lq_style.legend_title(style_industry)
        feedback.setProgress(100)
        return out
