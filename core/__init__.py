"""Territorial Clusters methods as plain numpy/pandas functions.

Nothing in this package imports QGIS: every function takes and returns numpy
arrays or pandas objects, so the methods can be unit-tested (and reused) outside
QGIS. Errors are raised as :class:`MethodError` with a message meant for the user.
"""


class MethodError(ValueError):
    """Bad input for a method; the message says what is wrong and what to do."""
