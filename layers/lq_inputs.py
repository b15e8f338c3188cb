"""The inputs of the localization coefficient: the district × industry values of one or two
periods, in the wide form (a field per industry) or the long form (a table with a row per
district and industry: one table with a year field, or a second table), and the reference
totals (REFERENCE_TABLE).

Each reader returns the ``inputs`` dict that ``core.localization.analyse`` is called with:
``values`` (and ``values_base``), ``totals``, ``reference`` (``reference_base``,
``reference_total``), ``labels`` of the periods and ``used_fields``. ``alg`` is the running
algorithm, for its field checks (``check_fields``, ``numeric_frame``); messages in the
translation context "Layers".

The two forms are read in :mod:`.lq_wide_inputs` (``wide_form``) and :mod:`.lq_long_inputs`
(``long_form``, ``long_reference``); those names stay importable from here.
"""

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from qgis.core import QgsProcessingException

from . import messages
from .lq_long_inputs import long_form, long_reference  # noqa: F401  (re-exported: lq_inputs.long_form …)
from .lq_wide_inputs import wide_form  # noqa: F401  (re-exported: lq_inputs.wide_form)


@dataclass
class LqParameters:
    """The data parameters of a run, as given (empty field names are "")."""

    industry_fields: List[str]  # INDUSTRY_FIELDS (wide form)
    base_fields: List[str]  # INDUSTRY_FIELDS_BASE
    total_field: str  # TOTAL_FIELD
    table: object  # TABLE (long form), a feature source or None
    spec: Tuple[str, str, str, str]  # TABLE_ID / _INDUSTRY / _VALUE / _YEAR_FIELD
    base_year: Optional[int]  # BASE_YEAR
    end_year: Optional[int]  # END_YEAR
    table_base: object  # TABLE_BASE or None
    locations: tuple  # arrow_read.file_layer of TABLE and TABLE_BASE
    reference: object  # REFERENCE_TABLE or None


def read_inputs(alg, data, ids, fields, p: LqParameters, feedback) -> Dict:
    """The inputs of the wide form (``p.industry_fields``) or else of the long form. Errors
    name the parameters by their dialog labels (also those of the shared table readers)."""
    try:
        if p.industry_fields:
            return wide_form(alg, data, ids, fields, p, feedback)
        return long_form(alg, ids, p, feedback)
    except QgsProcessingException as e:
        raise messages.refused(alg, str(e)) from None
