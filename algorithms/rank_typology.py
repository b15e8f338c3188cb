"""Rank-score typology (paper 004, stage 1; METHODS.md §1)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import classify as cls
from ..core import ranking
from ..layers import Layers, rank_inputs, rank_outputs
from ..layers.labels import require_features
from ..maps import styles
from .base import TerritorialAlgorithm


class RankTypologyAlgorithm(TerritorialAlgorithm):
    REQUIRES = ("scipy",)
    ALG_ID = "ranktypology"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("RankTypologyAlgorithm", "Rank-score typology")
    GROUP = QT_TRANSLATE_NOOP("RankTypologyAlgorithm", "3 Typology")
    GROUP_ID = "typology"
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "RankTypologyAlgorithm",
        "Grades districts by the rank-score method (papers 000 and 004): for each indicator the "
        "districts are ranked together with the region's reference value, best first; a district's "
        "grade is rank(region) − rank(district), so positive means better than the region. The "
        "complex grade is the mean grade over the indicators the district has; districts are then "
        "typed by class breaks on it.\n\n"
        "<b>Positive / negative fields</b>: higher is better / lower is better.\n"
        "<b>Groups</b>: e.g. <i>economic: gdp, wage; social: unemployment; environmental: emissions</i> "
        "— a grade per group is output too.\n"
        "<b>Reference</b>: mean, median, weighted mean (by the weight field) of the districts, or the "
        "first row of a reference table with the same field names (e.g. the oblast's published row).\n"
        "<b>Ties</b>: dense (default, reproduces paper 004), min, average or max ranks.\n"
        "<b>Class breaks</b>: lower bounds of the classes from best to worst, e.g. <i>0;-2.5</i>. "
        "Empty: paper 004's rule — CG ≥ 0 is favourable, the rest is cut at its largest gap.\n"
        "Districts lacking a value are graded on the rest (n_indicators, log). Text fields are "
        "refused, not parsed. Invalid geometries are copied as they are."
    )
    # fmt: on

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    POSITIVE_FIELDS = "POSITIVE_FIELDS"
    NEGATIVE_FIELDS = "NEGATIVE_FIELDS"
    GROUPS = "GROUPS"
    REFERENCE = "REFERENCE"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    REFERENCE_TABLE = "REFERENCE_TABLE"
    TIES = "TIES"
    CLASS_BREAKS = "CLASS_BREAKS"
    CLASS_LABELS = "CLASS_LABELS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Districts"), [QgsProcessing.TypeVectorPolygon]),
            self.tr(
                "District polygons with the indicator fields (invalid geometries are accepted and copied as they are)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD, self.tr("District key / name field"), parentLayerParameterName=self.INPUT
            ),
            self.tr("The district key or name; NULL or duplicate keys are refused."),
        )
        self.add(
            QgsProcessingParameterField(
                self.POSITIVE_FIELDS,
                self.tr("Indicators where higher is better"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
                allowMultiple=True,
                optional=True,
            ),
            self.tr("Numeric indicators where a higher value is better (e.g. income, density)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.NEGATIVE_FIELDS,
                self.tr("Indicators where lower is better"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
                allowMultiple=True,
                optional=True,
            ),
            self.tr("Numeric indicators where a lower value is better (unemployment, emission density)."),
        )
        self.add(
            QgsProcessingParameterString(
                self.GROUPS, self.tr("Indicator groups (name: field, field; name: field …)"), optional=True
            ),
            self.tr(
                "A grade per group of indicators, e.g. economic: gdp, wage; social: unemployment; "
                "environmental: emission."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.REFERENCE,
                self.tr("Reference value of the region"),
                options=[
                    self.tr("Mean of districts"),
                    self.tr("Median of districts"),
                    self.tr("Weighted mean (weight field)"),
                    self.tr("First row of a reference table"),
                ],
                defaultValue=0,
            ),
            self.tr(
                "The region's value every district is ranked with: 0 the mean of the districts, "
                "1 their median, 2 their mean weighted by WEIGHT_FIELD, 3 the first row of "
                "REFERENCE_TABLE."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.WEIGHT_FIELD,
                self.tr("Weight field (for the weighted mean, e.g. population)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr("The weights for REFERENCE = 2 (weighted mean), e.g. population."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.REFERENCE_TABLE,
                self.tr("Reference table (first row = the region)"),
                [QgsProcessing.TypeVector],
                optional=True,
            ),
            self.tr(
                "For REFERENCE = 3: a table or layer whose first row holds the indicator fields (e.g. the oblast row)."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.TIES,
                self.tr("Ties"),
                options=[self.tr("Dense (paper 004)"), self.tr("Min"), self.tr("Average"), self.tr("Max")],
                defaultValue=0,
            ),
            self.tr("The rank of equal values: 0 dense (reproduces paper 004), 1 min, 2 average, 3 max."),
        )
        self.add(
            QgsProcessingParameterString(
                self.CLASS_BREAKS, self.tr("Class breaks: lower bounds, best to worst (e.g. 0;-2.5)"), optional=True
            ),
            self.tr(
                "Lower bounds of the classes on the complex grade, best to worst, e.g. 0;-2.5. "
                "Empty: paper 004's rule: a complex grade of 0 or more is the first class, the "
                "rest is cut at its largest gap (three classes)."
            ),
        )
        self.add(
            QgsProcessingParameterString(
                self.CLASS_LABELS,
                self.tr("Class labels, best to worst (e.g. Favourable;Less favourable;Unfavourable)"),
                optional=True,
            ),
            self.tr(
                "Labels of the classes, best to worst. Default: Favourable;Less "
                "favourable;Unfavourable (for 2 classes: Favourable;Unfavourable)."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Typology"), QgsProcessing.TypeVectorPolygon),
            self.tr(
                "The districts with the input fields and grade_ per indicator, group_ per group, "
                "complex_grade, rank, n_indicators, class_index (0 = best class) and "
                "typology_class, styled by class."
            ),
        )

    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        positive, negative, indicators = rank_inputs.indicator_fields(self, parameters, context)
        self.check_fields(source.fields(), [id_field], self.label(self.ID_FIELD), numeric=False)
        self.check_fields(source.fields(), indicators, "Indicator")
        groups = self.method(ranking.parse_groups, self.parameterAsString(parameters, self.GROUPS, context), indicators)
        ties = ranking.TIE_METHODS[self.parameterAsEnum(parameters, self.TIES, context)]
        mode = ranking.REFERENCE_MODES[self.parameterAsEnum(parameters, self.REFERENCE, context)]
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context)
        if mode == "weighted_mean":
            if not weight_field:
                raise QgsProcessingException(
                    self.tr(
                        "{reference} is the weighted mean but no {weight} is given: choose one (e.g. population)."
                    ).format(reference=self.label(self.REFERENCE), weight=self.label(self.WEIGHT_FIELD))
                )
            self.check_fields(source.fields(), [weight_field], self.label(self.WEIGHT_FIELD))
        breaks = self.method(cls.parse_breaks, self.parameterAsString(parameters, self.CLASS_BREAKS, context))
        labels = cls.parse_labels(self.parameterAsString(parameters, self.CLASS_LABELS, context))

        needed = [id_field] + indicators + ([weight_field] if mode == "weighted_mean" else [])
        data = self.read(source, feedback, geometry=True, attributes=needed)
        require_features(data, self.tr("nothing to grade"))
        ids = self.id_values(data, id_field)
        frame = self.numeric_frame(data, indicators, ids, "Indicator")
        weights = None
        if mode == "weighted_mean":
            weights = self.numeric_frame(data, [weight_field], ids, self.label(self.WEIGHT_FIELD))[weight_field]
        table = None
        if mode == "table":
            table = rank_inputs.reference_table_row(self, parameters, context, indicators)

        reference = self.method(ranking.reference_values, frame, mode, weights=weights, table=table)
        result = self.method(ranking.rank_score, frame, reference, negative=negative, ties=ties, groups=groups)
        rank_outputs.log_grading(result, reference, len(indicators), feedback)

        auto = not breaks
        if auto:
            breaks = cls.largest_gap_breaks(result.complex_grade)
            feedback.pushInfo(
                self.tr(
                    "No {class_breaks} given: paper 004's rule (CG ≥ 0 favourable, the rest cut at its "
                    "largest gap) gives breaks {value}."
                ).format(class_breaks=self.label(self.CLASS_BREAKS), value=';'.join((f'{b:g}' for b in breaks)))
            )
        labels = Layers.core_labels(self.method(cls.resolve_labels, labels, len(breaks) + 1))
        class_index = cls.classify_descending(result.complex_grade.to_numpy(), breaks)

        extra, kinds = rank_outputs.grade_columns(result, frame.index, indicators, groups, class_index, labels)
        dest_id = self.write_output(parameters, self.OUTPUT, context, source, data, kinds, extra, feedback)

        rank_outputs.log_classes(result.complex_grade, class_index, labels, feedback)
        renderer = styles.categorized(
            "typology_class",
            labels,
            labels,
            styles.ramp_colors(len(labels), "YlGn"),
            legend_title=self.tr("Conditions for cluster formation"),
        )
        self.attach_style(dest_id, renderer, context, feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}
