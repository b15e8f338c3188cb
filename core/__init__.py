"""Territorial Clusters methods as plain numpy/pandas functions.

Nothing in this package imports QGIS or Qt: every function takes and returns numpy
arrays or pandas objects, so the methods can be unit-tested (and reused) outside
QGIS. Errors are raised as :class:`MethodError` with a message meant for the user.

Texts for the user are written in English and marked with :func:`QT_TR_NOOP`, Qt's own
marker name, so pylupdate5 extracts them into the catalogues (i18n/*.ts, context
"@default"); the algorithm layer translates them when it shows them
(``TerritorialAlgorithm.core_text``). A message with values is a template with named
fields, the values passed apart, so the template is what the catalogue holds::

    raise MethodError(QT_TR_NOOP("Field '{field}' has {n} NULL values."), field=name, n=count)
"""

#: the catalogue context of core's texts (pylupdate5's name for texts outside any class)
CONTEXT = "@default"


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (Qt's name: what pylupdate5 looks for)
    """Mark ``text`` for translation; returns it unchanged (core translates nothing)."""
    return text


class MethodError(ValueError):
    """Bad input for a method; the message says what is wrong and what to do.

    ``MethodError(template, **values)``: ``str(error)`` is the English message,
    ``error.translated(translate)`` the message in the user's language, where ``translate``
    looks the template up (the values are filled in after)."""

    def __init__(self, template: str, **values):
        self.template = template
        self.values = values
        super().__init__(template.format(**values) if values else template)

    def translated(self, translate) -> str:
        text = translate(self.template)
        return text.format(**self.values) if self.values else text
