"""The localization coefficient's reliable quotients, dynamics quadrants and bubble charts
(issue 16): the calls of ``core.lq_reliability`` with the options of ``layers.lq_options``,
their log lines, the long table's columns and the chart files (drawn by ``maps.lq_charts``
into the run's private folder, put in place when the run succeeds). Messages in the context
"Layers".
"""

import os
from typing import List, Optional, Tuple

import pandas as pd
from qgis.core import QgsProcessingException

from ..core import lq_reliability
from .labels import feature_labels
from . import Layers


def log_notes(alg, notes, feedback) -> None:
    for note in notes:
        feedback.pushWarning(alg.core_text(note))


def assess(alg, result, options, threshold: float, tolerance: float, feedback):
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


def write_charts(alg, outputs, result, quadrant_keys, options, names, industry: Optional[str], axes, feedback):
    """The bubble charts into a private folder of the run (``outputs``: its PendingOutputs);
    returns the number of files. ``quadrant_keys``: the untranslated quadrants; ``axes``: a
    ``maps.lq_charts.Axes``."""
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
        name = chart.stem + "." + options.chart_format
        try:
            lq_charts.draw(chart, os.path.join(private, name), options.chart_format, labels, axes)
        except OSError as e:  # a full disk, a folder gone
            raise QgsProcessingException(
                Layers.tr("{label}: could not write the chart {name}: {error}").format(
                    label=label, name=name, error=e.strerror or e
                )
            ) from None
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


def chart_axes(labels, value_field: str, threshold: float, tolerance: float):
    """The charts' axes: ``labels`` name the end and base periods, ``value_field`` the value."""
    from ..maps.lq_charts import Axes

    periods = "{} → {}".format(labels[1], labels[0]) if labels[0] and labels[1] else ""
    return Axes(periods=periods, value=value_field, threshold=threshold, tolerance=tolerance)
