"""The options of the localization coefficient (parameters and their values): the
specialization threshold, trend tolerance, strong-cluster percentiles and map style, and the
reliability test and bubble charts of issue 16 (LQ_TEST, CONFIDENCE, MIN_SHARE, CHART_FOLDER,
CHART_FORMAT, CHART_INDUSTRY, CHART_NAME_FIELD). ``alg`` is the algorithm: its constants name
the parameters. Labels and help in the context "Layers".
"""

from dataclasses import dataclass

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import lq_reliability
from . import Layers


def add_analysis_parameters(alg) -> None:
    """THRESHOLD, TREND_TOLERANCE, STRONG_LQ_PERCENTILE, STRONG_VALUE_PERCENTILE,
    STYLE_INDUSTRY and STYLE_BREAKS."""
    alg.add(
        QgsProcessingParameterNumber(
            alg.THRESHOLD,
            Layers.tr("Specialization threshold (LQ ≥)"),
            type=QgsProcessingParameterNumber.Double,
            defaultValue=1.0,
            minValue=0.0,
        ),
        Layers.tr(
            "An industry with LQ ≥ threshold is a specialization of the district (values "
            "within 1e-9 below count: float noise)."
        ),
    )
    alg.add(
        QgsProcessingParameterNumber(
            alg.TREND_TOLERANCE,
            Layers.tr("Trend tolerance (|change| ≤ it is →)"),
            type=QgsProcessingParameterNumber.Double,
            defaultValue=0.05,
            minValue=0.0,
        ),
        Layers.tr(
            "Two periods: a change of the LQ above the tolerance is ↑, below minus the tolerance ↓, otherwise →."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterNumber(
            alg.STRONG_LQ_PERCENTILE,
            Layers.tr("Strong: LQ percentile among districts with the industry"),
            type=QgsProcessingParameterNumber.Double,
            defaultValue=75.0,
            minValue=0.0,
            maxValue=100.0,
        ),
        Layers.tr(
            "Strong specialization (field strong of the long table): LQ ≥ 1 and at or above "
            "this percentile of the industry's LQs among the districts where it is present."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterNumber(
            alg.STRONG_VALUE_PERCENTILE,
            Layers.tr("Strong: value percentile among districts with the industry"),
            type=QgsProcessingParameterNumber.Double,
            defaultValue=25.0,
            minValue=0.0,
            maxValue=100.0,
        ),
        Layers.tr(
            "Strong specialization: also a value above this percentile of the industry's "
            "values among the districts where it is present (filters out the large quotients "
            "of tiny bases)."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterString(
            alg.STYLE_INDUSTRY,
            Layers.tr("Style the map by this industry's LQ (empty: number of specializations)"),
            optional=True,
        ),
        Layers.tr(
            "An industry (its name, case-insensitive, or its field name) to map by its LQ. "
            "Empty: the map shows the number of specializations."
        ),
    )
    alg.add(
        QgsProcessingParameterString(
            alg.STYLE_BREAKS, Layers.tr("LQ style breaks (default 0.5;0.8;1.25;2)"), optional=True
        ),
        Layers.tr(
            "Breaks of the diverging LQ style of STYLE_INDUSTRY, default 0.5;0.8;1.25;2; "
            "districts whose quotient is undefined are drawn grey, Undefined (the classes "
            "are then stored as rules)."
        ),
        advanced=True,
    )


def add_parameters(alg) -> None:
    """The parameters of the test and the charts (names: the algorithm's constants)."""
    alg.add(
        QgsProcessingParameterEnum(
            alg.LQ_TEST,
            Layers.tr("Reliability test of the quotients"),
            options=[
                Layers.tr("None"),
                Layers.tr("Counts (employees, establishments): Poisson interval"),
                Layers.tr("Values (output in money): minimum share of the region"),
            ],
            defaultValue=lq_reliability.TEST_POISSON,
            optional=True,  # with its default: models and scripts written before it keep working
        ),
        Layers.tr(
            "Counts: a confidence interval of each LQ (lq_low, lq_high; delta method for Poisson "
            "counts, Moineddin, Beyene & Boyle 2003) and lq_significant = the whole interval above "
            "the threshold. The values must be counts of persons or establishments (not thousands). "
            "Values that are not counts (money) have no sampling model: lq_significant = LQ ≥ the "
            "threshold and the cell ≥ MIN_SHARE of the region's total; no interval. None: the "
            "fields stay NULL."
        ),
    )
    alg.add(
        QgsProcessingParameterNumber(
            alg.CONFIDENCE,
            Layers.tr("Confidence level of the interval"),
            type=QgsProcessingParameterNumber.Double,
            defaultValue=0.95,
            minValue=0.5,
            maxValue=0.999,
            optional=True,
        ),
        Layers.tr("The interval's confidence level (counts test), e.g. 0.95 or 0.90."),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterNumber(
            alg.MIN_SHARE,
            Layers.tr("Values test: minimum share of the region's total"),
            type=QgsProcessingParameterNumber.Double,
            defaultValue=0.01,
            minValue=0.0,
            maxValue=0.999,
            optional=True,
        ),
        Layers.tr(
            "Values test: a specialization is reliable when the cell is at least this share of the "
            "region's total (0.01 = 1 %)."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterFolderDestination(
            alg.CHART_FOLDER, Layers.tr("Bubble charts of the LQ dynamics (folder)"), optional=True
        ),
        Layers.tr(
            "Two periods: a bubble chart per district (x = change of the LQ, y = LQ, bubble area = "
            "the value, quadrants Star / Mature / Emerging / Transforming) written to this folder as "
            "lq_chart_(district name).png (or .svg, .pdf); files of the same names are replaced, nothing else in "
            "the folder is touched."
        ),
    )
    alg.add(
        QgsProcessingParameterEnum(
            alg.CHART_FORMAT,
            Layers.tr("Chart file format"),
            options=[Layers.tr("PNG image"), Layers.tr("SVG drawing"), Layers.tr("PDF document")],
            defaultValue=0,
            optional=True,
        ),
        Layers.tr("The bubble charts' file format."),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterString(
            alg.CHART_INDUSTRY,
            Layers.tr("One chart of this industry across the districts (empty: a chart per district)"),
            optional=True,
        ),
        Layers.tr(
            "An industry (as in STYLE_INDUSTRY): one chart with a bubble per district instead of one per district."
        ),
        advanced=True,
    )
    alg.add(
        QgsProcessingParameterField(
            alg.CHART_NAME_FIELD,
            Layers.tr("District name field for the charts (empty: the key)"),
            parentLayerParameterName=alg.INPUT,
            optional=True,
        ),
        Layers.tr("The district names shown in the chart titles and file names (default: the district key)."),
        advanced=True,
    )


@dataclass
class Options:
    test: int
    confidence: float
    min_share: float
    chart_folder: str
    chart_format: str
    chart_industry: str
    name_field: str


def read_options(alg, parameters, context) -> Options:
    folder = parameters.get(alg.CHART_FOLDER)
    return Options(
        test=alg.parameterAsEnum(parameters, alg.LQ_TEST, context),
        confidence=alg.parameterAsDouble(parameters, alg.CONFIDENCE, context),
        min_share=alg.parameterAsDouble(parameters, alg.MIN_SHARE, context),
        chart_folder=alg.parameterAsFileOutput(parameters, alg.CHART_FOLDER, context) if folder else "",
        chart_format=("png", "svg", "pdf")[alg.parameterAsEnum(parameters, alg.CHART_FORMAT, context)],
        chart_industry=(alg.parameterAsString(parameters, alg.CHART_INDUSTRY, context) or "").strip(),
        name_field=alg.parameterAsString(parameters, alg.CHART_NAME_FIELD, context) or "",
    )


def style_industries(alg, parameters, context, industries):
    """(STYLE_INDUSTRY, CHART_INDUSTRY) as industries of ``industries`` (None when empty);
    a name that is none of them is refused with the valid names one per line."""
    from ..maps.lq_style import style_industry

    return tuple(
        style_industry(
            alg.parameterAsString(parameters, key, context), industries, alg.parameterDefinition(key).description(), key
        )
        for key in (alg.STYLE_INDUSTRY, alg.CHART_INDUSTRY)
    )
