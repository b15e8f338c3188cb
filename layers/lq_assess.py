"""The localization coefficient's reliable quotients, dynamics quadrants and bubble charts
(issue 16): the parameters (LQ_TEST, CONFIDENCE, MIN_SHARE, CHART_FOLDER, CHART_FORMAT,
CHART_INDUSTRY, CHART_NAME_FIELD), the calls of ``core.lq_reliability``, their log lines,
the long table's columns and the chart files (drawn by ``maps.lq_charts`` into the run's
private folder, put in place when the run succeeds). Messages in the context "Layers".
"""

import os
from dataclasses import dataclass
from typing import List, Optional, Tuple

import pandas as pd
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import lq_reliability
from .labels import feature_labels
from . import Layers


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
            "lq_chart_<district>.<format>; files of the same names are replaced, nothing else in "
            "the folder is touched."
        ),
    )
    alg.add(
        QgsProcessingParameterEnum(
            alg.CHART_FORMAT, Layers.tr("Chart file format"), options=["PNG", "SVG", "PDF"], defaultValue=0
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


def log_notes(alg, notes, feedback) -> None:
    for note in notes:
        feedback.pushWarning(alg.core_text(note.template, **note.values))


def assess(alg, result, options: Options, threshold: float, tolerance: float, feedback):
    """(reliability, quadrants or None) of ``result`` (``core.lq_analysis.Analysis``); the
    quadrants are core's untranslated labels (see :func:`table_columns`)."""
    rel = alg.method(
        lq_reliability.reliability, result.end, options.test, options.confidence, threshold, options.min_share
    )
    log_notes(alg, rel.notes, feedback)
    if options.test == lq_reliability.TEST_POISSON:
        n = int(rel.significant.sum().sum())
        feedback.pushInfo(
            Layers.tr(
                "Poisson interval at {level:g} %: {n} quotient(s) significantly above {threshold:g} "
                "(lq_significant), of {total} defined."
            ).format(
                level=100 * options.confidence, n=n, threshold=threshold, total=int(result.end.lq.notna().sum().sum())
            )
        )
    quadrant = None
    if result.two_periods:
        quadrant = alg.method(lq_reliability.quadrants, result.end.lq, result.change, threshold, tolerance)
        counts = lq_reliability.quadrant_counts(quadrant)
        feedback.pushInfo(
            Layers.tr("LQ dynamics quadrants: {}.").format(
                ", ".join("{} {}".format(alg.core_text(q), counts[q]) for q in lq_reliability.QUADRANTS)
            )
        )
    elif options.chart_folder:
        raise QgsProcessingException(
            Layers.tr(
                "Bubble charts of the LQ dynamics [CHART_FOLDER] need two periods: give the base period "
                "(INDUSTRY_FIELDS_BASE, BASE_YEAR or TABLE_BASE), or leave the folder empty."
            )
        )
    return rel, quadrant


def table_columns(alg, rel, quadrant) -> List[Tuple[str, str, pd.DataFrame]]:
    """The long table's new columns: (name, kind, district × industry frame); the quadrants
    in the user's language."""
    cols = [("lq_low", "double", rel.low), ("lq_high", "double", rel.high), ("lq_significant", "bool", rel.significant)]
    if quadrant is not None:
        labels = {q: alg.core_text(q) for q in lq_reliability.QUADRANTS}
        cols.append(("lq_quadrant", "string", quadrant.apply(lambda col: col.map(lambda v: labels.get(v)))))
    return cols


def write_charts(alg, outputs, result, quadrant_keys, options: Options, names, industry: Optional[str], feedback):
    """The bubble charts into a private folder of the run (``outputs``: its PendingOutputs);
    returns the number of files. ``quadrant_keys``: the untranslated quadrants."""
    from ..maps import lq_charts

    label = "{} [{}]".format(alg.parameterDefinition(alg.CHART_FOLDER).description(), alg.CHART_FOLDER)
    private = outputs.folder_files(options.chart_folder, label)
    labels = {q: alg.core_text(q) for q in lq_reliability.QUADRANTS}
    if industry is not None:
        charts = [lq_charts.industry_chart(result, quadrant_keys, names, industry)]
    else:
        charts = lq_charts.district_charts(result, quadrant_keys, names)
    for k, chart in enumerate(charts):
        if feedback.isCanceled():
            raise QgsProcessingException(Layers.tr("Cancelled."))
        lq_charts.draw(
            chart, os.path.join(private, chart.stem + "." + options.chart_format), options.chart_format, labels
        )
        feedback.setProgress(90 + 9 * (k + 1) / len(charts))
    feedback.pushInfo(
        Layers.tr("%n bubble chart(s) written to {folder}.", "", len(charts)).format(folder=options.chart_folder)
    )
    return len(charts)


def chart_names(alg, data, fields, id_field: str, name_field: str) -> List[str]:
    """The districts' names in the charts: CHART_NAME_FIELD's values, else the keys."""
    if name_field:
        alg.check_fields(fields, [name_field], "CHART_NAME_FIELD", numeric=False)
    return feature_labels(data, name_field or id_field)
