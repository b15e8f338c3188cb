"""growthtypology's values: START_FIELD and END_FIELD or SERIES_FIELDS (its first and last
fields), checked, and YEARS (the span for the average annual rate)."""

from typing import List, Optional, Tuple

from qgis.core import QgsProcessingException

from . import Layers


def value_fields(alg, parameters, context, source) -> Tuple[str, str, List[str]]:
    """The start and end fields and the series (empty when START_FIELD/END_FIELD are given),
    refused with a message naming the parameters when they do not make a pair."""
    start_field = alg.parameterAsString(parameters, alg.START_FIELD, context)
    end_field = alg.parameterAsString(parameters, alg.END_FIELD, context)
    series = list(alg.parameterAsFields(parameters, alg.SERIES_FIELDS, context))
    keys = dict(start=alg.label(alg.START_FIELD), end=alg.label(alg.END_FIELD))
    keys["series"] = alg.label(alg.SERIES_FIELDS)
    if series and (start_field or end_field):
        raise QgsProcessingException(Layers.tr("Give either {start} and {end} or {series}, not both.").format(**keys))
    if series:
        if len(series) < 2:
            raise QgsProcessingException(
                Layers.tr("{series} needs at least two fields in time order (first = start, last = end).").format(
                    **keys
                )
            )
        if len(set(series)) != len(series):
            raise QgsProcessingException(Layers.tr("{series} lists a field twice.").format(**keys))
        alg.check_fields(source.fields(), series, alg.label(alg.SERIES_FIELDS))
        return series[0], series[-1], series
    if not start_field or not end_field:
        raise QgsProcessingException(
            Layers.tr(
                "No values to compare: choose {start} and {end}, or {series} (several fields in time order)."
            ).format(**keys)
        )
    if start_field == end_field:
        raise QgsProcessingException(
            Layers.tr("{start} and {end} are the same field '{start_field}'.").format(start_field=start_field, **keys)
        )
    alg.check_fields(source.fields(), [start_field], alg.label(alg.START_FIELD))
    alg.check_fields(source.fields(), [end_field], alg.label(alg.END_FIELD))
    return start_field, end_field, series


def years(alg, parameters, context) -> Optional[float]:
    """YEARS: None when left empty, else a positive span (refused otherwise)."""
    raw = parameters.get(alg.YEARS)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    span = alg.parameterAsDouble(parameters, alg.YEARS, context)
    if not span > 0:
        raise QgsProcessingException(
            Layers.tr(
                "{label} must be a positive span in years (got {years:g}), e.g. 14 for 1997–2011; "
                "leave it empty for no annual rate."
            ).format(label=alg.label(alg.YEARS), years=span)
        )
    return span
