"""Comparisons on rounded values (the localization coefficient, :mod:`core.lq_analysis`,
:mod:`core.specialization`)."""

import numpy as np

#: Comparisons (LQ ≥ threshold, trend tolerance, percentiles) are made on values rounded
#: to this many decimals, so that float noise (0.9999999999) does not flip a class.
DECIMALS = 9


def rounded(a):
    """``a`` as floats rounded to :data:`DECIMALS` (for comparisons, see there)."""
    return np.round(np.asarray(a, dtype=float), DECIMALS)
