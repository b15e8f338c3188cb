"""Growth-rate typology (paper 000, Table 2; METHODS.md §5)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import classify as cls
from ..core import growth
from ..layers import Layers, growth_inputs, growth_log
from ..layers.labels import feature_labels, log_notes, require_features
from ..maps import styles
from .base import TerritorialAlgorithm


class GrowthTypologyAlgorithm(TerritorialAlgorithm):
    ALG_ID = "growthtypology"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("GrowthTypologyAlgorithm", "Growth-rate typology")
    GROUP = QT_TRANSLATE_NOOP("GrowthTypologyAlgorithm", "3 Typology")
    GROUP_ID = "typology"
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "GrowthTypologyAlgorithm",
        "Types districts by the growth of an absolute indicator relative to the region's own "
        "growth, as paper 000 does in its Table 2 (1997–2011: high, above-average, below-average "
        "and low growth rate).\n\n"
        "<b>Values</b>: START_FIELD and END_FIELD, or SERIES_FIELDS (several fields in time "
        "order: the first is the start and the last the end; the fields between do not change "
        "the result). Values must be absolute and ≥ 0 (population, output, …).\n"
        "<b>YEARS</b>: the span between start and end (e.g. 14 for 1997–2011), for the compound "
        "average annual rate; leave empty for no annual rate.\n"
        "growth_index = end / start × 100; annual_rate = ((end / start)^(1/YEARS) − 1) × 100; "
        "the regional index = total end / total start × 100 over the districts with both values; "
        "relative_growth = growth_index / regional index × 100.\n"
        "<b>Class breaks</b> on relative_growth, lower bounds best to worst; default 110;100;90: "
        "≥ 110 high, 100–110 above-average, 90–100 below-average, < 90 low growth rate.\n"
        "A missing value or a start of 0 gives NULL and a log line naming the district. "
        "Attributes only: geometries are copied as they are (invalid ones too)."
    )
    # fmt: on

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    START_FIELD = "START_FIELD"
    END_FIELD = "END_FIELD"
    SERIES_FIELDS = "SERIES_FIELDS"
    YEARS = "YEARS"
    CLASS_BREAKS = "CLASS_BREAKS"
    CLASS_LABELS = "CLASS_LABELS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Districts (layer or table)"), [QgsProcessing.TypeVector]
            ),
            self.tr("The districts: a layer or a table."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD,
                self.tr("District name field (for log lines)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            ),
            self.tr("A name field, used only to name districts in log lines."),
        )
        self.add(
            QgsProcessingParameterField(
                self.START_FIELD,
                self.tr("Value at the start"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr("The value at the start (with END_FIELD; or give SERIES_FIELDS instead)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.END_FIELD,
                self.tr("Value at the end"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr("The value at the end (with START_FIELD; or give SERIES_FIELDS instead)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.SERIES_FIELDS,
                self.tr("Or: a series of fields in time order (first = start, last = end)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
                allowMultiple=True,
                optional=True,
            ),
            self.tr(
                "Instead of START_FIELD and END_FIELD: several fields in time order. The first is "
                "the start and the last the end; the fields between do not change the result (the "
                "index and the compound rate depend on the end points only)."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.YEARS,
                self.tr("Span in years, for the average annual rate (e.g. 14 for 1997–2011)"),
                type=QgsProcessingParameterNumber.Double,
                optional=True,
            ),
            self.tr(
                "The span in years between start and end (e.g. 14 for 1997–2011). Empty: "
                "annual_rate is NULL (log line)."
            ),
        )
        self.add(
            QgsProcessingParameterString(
                self.CLASS_BREAKS,
                self.tr("Class breaks, % of the regional growth index: lower bounds, best to worst"),
                defaultValue="110;100;90",
                optional=True,
            ),
            self.tr(
                "Lower bounds of the classes on relative_growth (% of the regional index, inclusive), best to worst."
            ),
        )
        self.add(
            QgsProcessingParameterString(
                self.CLASS_LABELS,
                self.tr("Class labels, best to worst (default for 4 classes: paper 000's growth types)"),
                optional=True,
            ),
            self.tr(
                "Labels of the classes, best to worst. Default for four classes: High growth "
                "rate;Above-average growth rate;Below-average growth rate;Low growth rate "
                "(paper 000), otherwise Class 1, Class 2 …"
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Growth typology"), QgsProcessing.TypeVectorAnyGeometry
            ),
            self.tr(
                "The districts with the input fields and growth_index, annual_rate, relative_growth and growth_class."
            ),
        )

    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        if id_field:
            self.check_fields(source.fields(), [id_field], self.label(self.ID_FIELD), numeric=False)
        start_field, end_field, series = growth_inputs.value_fields(self, parameters, context, source)
        years = growth_inputs.years(self, parameters, context)
        breaks = self.method(cls.parse_breaks, self.parameterAsString(parameters, self.CLASS_BREAKS, context))
        labels = cls.parse_labels(self.parameterAsString(parameters, self.CLASS_LABELS, context))

        needed = [f for f in (id_field, start_field, end_field) if f]
        data = self.read(source, feedback, geometry=True, attributes=needed)
        require_features(data, self.tr("nothing to type"))
        names = feature_labels(data, id_field)
        frame = self.numeric_frame(data, [start_field, end_field], names, "Growth")
        result = self.method(
            growth.growth_typology,
            frame[start_field].to_numpy(),
            frame[end_field].to_numpy(),
            years=years,
            breaks=breaks or None,
            labels=labels or None,
            names=names,
        )
        result.labels = Layers.core_labels(result.labels)  # paper 000's types in the user's language
        result.values["growth_class"] = [result.labels[c] if c >= 0 else None for c in result.class_index]
        if series:
            feedback.pushInfo(
                self.tr(
                    "Series of {n_series} fields: start = '{start_field}', end = '{end_field}' "
                    "(the growth index and the compound annual rate depend on the end points only)."
                ).format(n_series=len(series), start_field=start_field, end_field=end_field)
            )
        log_notes(result.notes, feedback)
        if years is None:
            feedback.pushInfo(
                self.tr(
                    "No {years} given: annual_rate is NULL. Give the span in "
                    "years (e.g. 14 for 1997–2011) for the average annual rate."
                ).format(years=self.label(self.YEARS))
            )
        growth_log.log_result(result, start_field, end_field, breaks, names, feedback)

        extra = result.values
        kinds = [
            ("growth_index", "double"),
            ("annual_rate", "double"),
            ("relative_growth", "double"),
            ("growth_class", "string"),
        ]
        dest_id = self.write_output(parameters, self.OUTPUT, context, source, data, kinds, extra, feedback)

        if source.wkbType() != QgsWkbTypes.NoGeometry:  # a table gets no style
            renderer = styles.categorized(
                "growth_class",
                result.labels,
                result.labels,
                styles.ramp_colors(len(result.labels), "BrBG", best_first_dark=True),
                no_data_label=self.tr("No data") if result.notes else None,
                legend_title=self.tr("Growth rate relative to the region"),
            )
            self.attach_style(dest_id, renderer, context, feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}
