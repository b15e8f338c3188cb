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


class Text:
    """A text for the user (a note, a label, a part of a message): an English template
    marked with :func:`QT_TR_NOOP` and its values by name. ``str(text)`` is the English
    text; ``text.translated(translate)`` the user's language. Values may be Texts too
    (translated in turn); other values are filled in as they are (format specs apply)."""

    def __init__(self, template: str, **values):
        self.template = template
        self.values = values

    @classmethod
    def joined(cls, separator: str, texts) -> "Text":
        """Texts one after the other (the joining template itself is not translated)."""
        texts = list(texts)
        template = separator.replace("{", "{{").replace("}", "}}").join("{{t{}}}".format(k) for k in range(len(texts)))
        return cls(template, **{"t{}".format(k): t for k, t in enumerate(texts)})

    def translated(self, translate) -> str:
        values = {k: v.translated(translate) if isinstance(v, Text) else v for k, v in self.values.items()}
        text = translate(self.template)
        return text.format(**values) if values else text

    def __str__(self) -> str:
        return self.translated(lambda template: template)

    def __repr__(self) -> str:
        return "Text({!r})".format(str(self))

    def __eq__(self, other) -> bool:
        return isinstance(other, Text) and (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash(self.template)


class MethodError(ValueError):
    """Bad input for a method; the message says what is wrong and what to do.

    ``MethodError(template, **values)`` (a :class:`Text`'s arguments): ``str(error)`` is the
    English message, ``error.translated(translate)`` the message in the user's language."""

    def __init__(self, template: str, **values):
        self.text = Text(template, **values)
        super().__init__(str(self.text))

    @property
    def template(self) -> str:
        return self.text.template

    @property
    def values(self) -> dict:
        return self.text.values

    def translated(self, translate) -> str:
        return self.text.translated(translate)
