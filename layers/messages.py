"""Messages of layers/ that name an algorithm's parameters by key (TOTAL_FIELD, TABLE …):
shown as the dialog names them, «label» [KEY] (``TerritorialAlgorithm.labelled``), so the
templates — and their translations — keep the short keys."""

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication


def label_text(description: str, key: str) -> str:
    """A parameter named as ``TerritorialAlgorithm.label`` names it, from its (translated)
    description, for messages of layers/ that know the parameter but not the algorithm."""
    return QCoreApplication.translate("TerritorialAlgorithm", "«{label}» [{name}]").format(label=description, name=key)


def refused(alg, text: str) -> QgsProcessingException:
    """The error to raise for ``text`` (keys named by their dialog labels)."""
    return QgsProcessingException(alg.labelled(text))


def info(alg, feedback, text: str) -> None:
    feedback.pushInfo(alg.labelled(text))


def warn(alg, feedback, text: str) -> None:
    feedback.pushWarning(alg.labelled(text))
