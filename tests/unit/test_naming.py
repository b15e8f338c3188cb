"""core.naming.key_text: the one rule that turns a cell into a district/industry/year key."""

import math

import numpy as np
import pytest

from territorial_clusters.core.naming import key_text


@pytest.mark.parametrize(
    "value, key",
    [
        ("Хромтау", "Хромтау"),
        (" padded ", " padded "),  # text is kept as it is: keys are matched exactly
        (13001.0, "13001"),  # a code stored as a real number
        (13001, "13001"),
        (2.5, "2.5"),
        (np.int64(7), "7"),
        (True, "True"),
    ],
)
def test_key_text(value, key):
    assert key_text(value) == key


@pytest.mark.parametrize("value", [None, "", "   ", math.nan, float("nan")])
def test_missing_keys(value):
    assert key_text(value) is None
