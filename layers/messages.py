"""Messages of layers/ that name an algorithm's parameters by key (TOTAL_FIELD, TABLE …):
shown as the dialog names them, «label» [KEY] (``TerritorialAlgorithm.labelled``), so the
templates — and their translations — keep the short keys."""

from qgis.core import QgsProcessingException


def refused(alg, text: str) -> QgsProcessingException:
    """The error to raise for ``text`` (keys named by their dialog labels)."""
    return QgsProcessingException(alg.labelled(text))


def info(alg, feedback, text: str) -> None:
    feedback.pushInfo(alg.labelled(text))


def warn(alg, feedback, text: str) -> None:
    feedback.pushWarning(alg.labelled(text))
