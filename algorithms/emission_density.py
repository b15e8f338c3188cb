"""Emission density coefficient (paper 000, indicator 3.1; METHODS.md §3)."""

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core import indicators
from ..layers.labels import feature_labels, log_notes, require_features
from ..layers.measure import areas_km2
from ..maps import styles
from .base import TerritorialAlgorithm


class EmissionDensityAlgorithm(TerritorialAlgorithm):
    ALG_ID = "emissiondensity"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("EmissionDensityAlgorithm", "Emission density")
    GROUP = QT_TRANSLATE_NOOP("EmissionDensityAlgorithm", "2 Indicators")
    GROUP_ID = "indicators"
    # pylupdate5 misses a QT_TRANSLATE_NOOP with a trailing comma: not reformatted
    # fmt: off
    HELP = QT_TRANSLATE_NOOP(
        "EmissionDensityAlgorithm",
        "Emission density coefficient of paper 000 (indicator 3.1, after Zhidkikh 2003): "
        "hazardous emissions into the atmosphere A relative to the territory S (km²) and the "
        "population N. Lower is better.\n\n"
        "<b>Formula</b>: 0 = A / √(S·N) (default: the geometric mean of emissions per km² and "
        "per person), 1 = A / (S·N) (the literal reading).\n"
        "<b>Area</b>: the AREA_FIELD in km² if given; otherwise the ellipsoidal area of each "
        "polygon (the project's ellipsoid, WGS84 when none is set), correct for geographic and "
        "projected CRSs alike. Invalid polygons are repaired (makeValid) for the area, with a log "
        "line; the output keeps the original geometry.\n"
        "Output fields: area_km2, emission_per_km2 (A/S), emission_per_capita (A/N), "
        "emission_density, all in the units of A.\n"
        "A missing value or a zero population/area gives NULL and a log line naming the district; "
        "negative emissions, population or area are refused."
    )
    # fmt: on

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    EMISSIONS_FIELD = "EMISSIONS_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    AREA_FIELD = "AREA_FIELD"
    FORMULA = "FORMULA"
    OUTPUT = "OUTPUT"

    FORMULA_TEXT = ("A / √(S·N)", "A / (S·N)")

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Districts"), [QgsProcessing.TypeVectorPolygon]),
            self.tr("District polygons with the emissions and population fields."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD,
                self.tr("District name field (for log lines)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            ),
            self.tr(
                "A name field, used only to name districts in log lines (NULL or repeated names "
                "are fine; without it, districts are named by feature id)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.EMISSIONS_FIELD,
                self.tr("Emissions into the atmosphere, A (e.g. thousand t per year)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
            ),
            self.tr("A: hazardous emissions from stationary sources, numeric (e.g. thousand t per year)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Average annual population, N (persons)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
            ),
            self.tr("N: the average annual population, numeric (persons)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.AREA_FIELD,
                self.tr("Area S in km² (empty: the ellipsoidal area of each polygon)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            ),
            self.tr("S in km². Default: the ellipsoidal area of each polygon."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.FORMULA,
                self.tr("Formula"),
                options=[self.tr("A / √(S·N) (geometric mean of A/S and A/N)"), self.tr("A / (S·N) (literal)")],
                defaultValue=0,
            ),
            self.tr(
                "0: C = A / √(S·N), the geometric mean of emissions per km² and per person "
                "(default); 1: C = A / (S·N), the literal reading of the paper's formula."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Emission density"), QgsProcessing.TypeVectorPolygon
            ),
            self.tr(
                "The districts with the input fields and area_km2 (S as used), emission_per_km2 "
                "(A/S), emission_per_capita (A/N) and emission_density (C), in the units of A."
            ),
        )

    def process(self, parameters, context, feedback):
        source = self.required_source(parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        emissions = self.parameterAsString(parameters, self.EMISSIONS_FIELD, context)
        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        area_field = self.parameterAsString(parameters, self.AREA_FIELD, context)
        formula_no = self.parameterAsEnum(parameters, self.FORMULA, context)
        formula = indicators.EMISSION_FORMULAS[formula_no]
        if id_field:
            self.check_fields(source.fields(), [id_field], self.label(self.ID_FIELD), numeric=False)
        self.check_fields(source.fields(), [emissions], self.label(self.EMISSIONS_FIELD))
        self.check_fields(source.fields(), [population], self.label(self.POPULATION_FIELD))
        if area_field:
            self.check_fields(source.fields(), [area_field], self.label(self.AREA_FIELD))

        needed = [f for f in (id_field, emissions, population, area_field) if f]
        data = self.read(source, feedback, geometry=True, attributes=needed)
        require_features(data, self.tr("no emission density to compute"))
        labels = feature_labels(data, id_field)
        frame = self.numeric_frame(data, [emissions, population], labels, "Indicator")
        if area_field:
            area = self.numeric_frame(data, [area_field], labels, self.label(self.AREA_FIELD))[area_field].to_numpy()
            feedback.pushInfo(self.tr("Areas: from the field '{area_field}' (km²).").format(area_field=area_field))
        else:
            area = areas_km2(data.features, labels, source.sourceCrs(), context, feedback)
        feedback.setProgress(45)

        result = self.method(
            indicators.emission_density,
            frame[emissions].to_numpy(),
            frame[population].to_numpy(),
            area,
            formula=formula,
            names=labels,
        )
        log_notes(result.notes, feedback)
        feedback.pushInfo(
            self.tr("Emission density = {formula_text} (A = {emissions}, N = {population}, S in km²).").format(
                formula_text=self.FORMULA_TEXT[formula_no], emissions=emissions, population=population
            )
        )

        extra = result.values
        dest_id = self.write_output(
            parameters, self.OUTPUT, context, source, data, [(c, "double") for c in extra.columns], extra, feedback
        )

        values = extra["emission_density"].to_numpy()
        defined = values[~np.isnan(values)]
        if defined.size:
            order = np.argsort(values, kind="mergesort")
            lowest, highest = order[0], order[defined.size - 1]
            feedback.pushInfo(
                self.tr("Lowest emission density: {labels} ({values:.4g}); highest: {labels2} ({values2:.4g}).").format(
                    labels=labels[lowest], values=values[lowest], labels2=labels[highest], values2=values[highest]
                )
            )
        renderer = styles.graduated(
            "emission_density",
            defined.tolist(),
            n_classes=5,
            scheme="Reds",
            legend_title=self.tr("Emission density {formula_text} (lower is better)").format(
                formula_text=self.FORMULA_TEXT[formula_no]
            ),
            precision=styles.legend_precision(defined.tolist()),
            no_data_label=self.tr("No data") if defined.size < values.size else None,
        )
        self.attach_style(dest_id, renderer, context, feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}
