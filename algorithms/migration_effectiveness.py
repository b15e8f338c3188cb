"""Migration effectiveness (paper 000, indicator 2.2; METHODS.md §4)."""

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import indicators
from ..layers.labels import feature_labels, log_notes, require_features
from ..maps import styles
from ..maps.styles import symmetric_breaks
from .base import TerritorialAlgorithm


class MigrationEffectivenessAlgorithm(TerritorialAlgorithm):
    ALG_ID = "migrationeffectiveness"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("MigrationEffectivenessAlgorithm", "Migration effectiveness")
    GROUP = QT_TRANSLATE_NOOP("MigrationEffectivenessAlgorithm", "2 Indicators")
    GROUP_ID = "indicators"
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "MigrationEffectivenessAlgorithm",
        "Migration effectiveness of paper 000 (indicator 2.2, after Kozeva 2007): how much of "
        "the migration turnover ends up as net gain or loss.\n\n"
        "<b>Formula</b>: 0 = (I − O) / (I + O) · 100 (default, the standard demographic "
        "definition, −100 … 100); 1 = (I − O) / I · 100 (paper 000 as printed: net migration over "
        "arrivals). I = arrivals, O = departures (both counts of people, ≥ 0).\n"
        "Output fields: net_migration (I − O), migration_turnover (I + O), "
        "migration_effectiveness (%).\n"
        "A missing count or a zero denominator (no migration; no arrivals for formula 1) gives "
        "NULL and a log line naming the district; negative counts are refused. Attributes only: "
        "geometries are copied as they are (invalid ones too); tables without geometry work."
    )
    # fmt: on

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    ARRIVALS_FIELD = "ARRIVALS_FIELD"
    DEPARTURES_FIELD = "DEPARTURES_FIELD"
    FORMULA = "FORMULA"
    OUTPUT = "OUTPUT"

    FORMULA_TEXT = ("(I − O) / (I + O) · 100", "(I − O) / I · 100")

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Districts (layer or table)"), [QgsProcessing.TypeVector]
            ),
            self.tr("The districts: a layer or a table without geometry."),
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
                self.ARRIVALS_FIELD,
                self.tr("Arrivals, I (persons)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
            ),
            self.tr("I: the numeric count of arrivals (persons, 0 or more)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.DEPARTURES_FIELD,
                self.tr("Departures, O (persons)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
            ),
            self.tr("O: the numeric count of departures (persons, 0 or more, counted positive)."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.FORMULA,
                self.tr("Formula"),
                options=[
                    self.tr("(I − O) / (I + O) · 100 (standard)"),
                    self.tr("(I − O) / I · 100 (paper 000 as printed)"),
                ],
                defaultValue=0,
            ),
            self.tr("0: the standard demographic definition (default); 1: paper 000 as printed."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Migration effectiveness"), QgsProcessing.TypeVectorAnyGeometry
            ),
            self.tr(
                "The districts with the input fields and net_migration (I − O), migration_turnover "
                "(I + O) and migration_effectiveness (%)."
            ),
        )

    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        arrivals = self.parameterAsString(parameters, self.ARRIVALS_FIELD, context)
        departures = self.parameterAsString(parameters, self.DEPARTURES_FIELD, context)
        formula_no = self.parameterAsEnum(parameters, self.FORMULA, context)
        formula = indicators.MIGRATION_FORMULAS[formula_no]
        if id_field:
            self.check_fields(source.fields(), [id_field], self.label(self.ID_FIELD), numeric=False)
        self.check_fields(source.fields(), [arrivals], self.label(self.ARRIVALS_FIELD))
        self.check_fields(source.fields(), [departures], self.label(self.DEPARTURES_FIELD))
        if arrivals == departures:
            raise QgsProcessingException(
                self.tr(
                    "{arrivals_label} and {departures_label} are the same field '{arrivals}': choose the "
                    "field of arrivals and the field of departures."
                ).format(
                    arrivals_label=self.label(self.ARRIVALS_FIELD),
                    departures_label=self.label(self.DEPARTURES_FIELD),
                    arrivals=arrivals,
                )
            )

        needed = [f for f in (id_field, arrivals, departures) if f]
        data = self.read(source, feedback, geometry=True, attributes=needed)
        require_features(data, self.tr("no migration effectiveness to compute"))
        labels = feature_labels(data, id_field)
        frame = self.numeric_frame(data, [arrivals, departures], labels, "Migration")
        result = self.method(
            indicators.migration_effectiveness,
            frame[arrivals].to_numpy(),
            frame[departures].to_numpy(),
            formula=formula,
            names=labels,
        )
        log_notes(result.notes, feedback)
        feedback.pushInfo(
            self.tr("Migration effectiveness = {formula_text} (I = {arrivals}, O = {departures}).").format(
                formula_text=self.FORMULA_TEXT[formula_no], arrivals=arrivals, departures=departures
            )
        )

        extra = result.values
        dest_id = self.write_output(
            parameters, self.OUTPUT, context, source, data, [(c, "double") for c in extra.columns], extra, feedback
        )

        values = extra["migration_effectiveness"].to_numpy()
        defined = values[~np.isnan(values)].tolist()
        n_gain = sum(v > 0 for v in defined)
        n_loss = sum(v < 0 for v in defined)
        feedback.pushInfo(
            self.tr("%n district(s) gain population by migration,", "", n_gain)
            + " "
            + self.tr("%n lose it.", "", n_loss)
        )
        if source.wkbType() != QgsWkbTypes.NoGeometry and defined:  # a table gets no style
            renderer = styles.diverging(
                "migration_effectiveness",
                symmetric_breaks(defined),
                defined,
                scheme="RdBu",
                legend_title=self.tr(
                    "Migration effectiveness {formula_text}, % (red: net loss, blue: net gain)"
                ).format(formula_text=self.FORMULA_TEXT[formula_no]),
                low_is_red=True,
                precision=1,
                no_data_label=self.tr("No data") if len(defined) < len(values) else None,
            )
            self.attach_style(dest_id, renderer, context, feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}
