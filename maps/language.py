"""The language a report map is printed in (exportmap's LANGUAGE), independent of the
interface language: a Russian user can print an English map for a journal, and the reverse.

While a page is built, :func:`map_language` puts the plugin's catalogue for that language in
front of the interface's (English: the plugin's translator is taken out), so every
``Maps.tr`` of the furniture («Источник», «Проекция», «км», the north arrow's letter) reads
in it; the interface language is back afterwards. Texts stored with a layer's style by the
algorithm that made it (legend title, default class labels) were translated when it ran:
:func:`retranslate` finds their source text in the plugin's catalogues (the ``.qm`` files
keep each message's context and source) and translates it again into the map's language.
"""

import contextlib
import os
import struct
from typing import Dict, Optional, Tuple

from qgis.core import QgsCategorizedSymbolRenderer, QgsGraduatedSymbolRenderer, QgsRuleBasedRenderer
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QTranslator

#: LANGUAGE options, in order: (label, code); '' = the interface language
LANGUAGES = [
    (QT_TRANSLATE_NOOP("Maps", "Interface language"), ""),
    (QT_TRANSLATE_NOOP("Maps", "English"), "en"),
    (QT_TRANSLATE_NOOP("Maps", "Russian"), "ru"),
    (QT_TRANSLATE_NOOP("Maps", "Kazakh"), "kk"),
]
LANGUAGE_LABELS = [lab for lab, _ in LANGUAGES]  # English; shown through Maps.tr
CATALOGUE_LANGUAGES = ("ru", "kk")


def _plugin():
    from .. import plugin

    return plugin


def language_code(option: int) -> str:
    """The two-letter code of LANGUAGE option ``option`` ('' = the interface language)."""
    return LANGUAGES[option][1] if 0 <= option < len(LANGUAGES) else ""


def current_language() -> str:
    """The language the plugin speaks now: that of its installed catalogue, else English."""
    return _plugin().installed_language() or "en"


_TRANSLATORS: Dict[str, Optional[QTranslator]] = {}


def _translator(code: str) -> Optional[QTranslator]:
    """The plugin's catalogue for ``code`` (None for English or a language without one)."""
    if code not in _TRANSLATORS:
        path = _plugin().translation_file(code) if code and code != "en" else ""
        translator = QTranslator() if path else None
        _TRANSLATORS[code] = translator if translator is not None and translator.load(path) else None
    return _TRANSLATORS[code]


@contextlib.contextmanager
def map_language(code: str):
    """Speak ``code`` ('en', 'ru', 'kk'; '' = as now) inside the block, the interface
    language again after it. Main thread only (exportmap runs there)."""
    if not code or code == current_language():
        yield code or current_language()
        return
    plugin = _plugin()
    before = plugin.installed_language()
    if code == "en":
        plugin.remove_translator()
    else:
        plugin.install_translator(code)  # with its fallback (Kazakh: Russian underneath)
    try:
        yield code
    finally:
        if before:
            plugin.install_translator(before)
        else:
            plugin.remove_translator()


# --- texts stored with a style: back to their source, then into the map's language -----------
_INDEX: Dict[str, Dict[str, Tuple[str, str, str]]] = {}


def _messages(path: str):
    """(context, source, comment, translations) of every message of a compiled Qt catalogue
    (``.qm``: tagged blocks; lrelease keeps the source texts)."""
    with open(path, "rb") as fh:
        data = fh.read()
    pos = 16  # the magic number
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        block = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
        if tag == 0x69:  # the messages
            yield from _message_records(block)


def _message_records(block: bytes):
    pos, record = 0, {"translations": []}
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == 1:  # end of a message
            yield record.get(7, ""), record.get(6, ""), record.get(8, ""), record["translations"]
            record = {"translations": []}
            continue
        if tag in (3, 6, 7, 8):
            length = struct.unpack(">I", block[pos : pos + 4])[0]
            pos += 4
            if length == 0xFFFFFFFF:
                continue
            raw = block[pos : pos + length]
            pos += length
            if tag == 3:
                record["translations"].append(raw.decode("utf-16-be", "replace"))
            else:
                record[tag] = raw.decode("utf-8", "replace")
        elif tag == 5:  # obsolete: 4 bytes
            pos += 4
        elif tag == 9:  # obsolete: nothing
            pass
        else:  # unknown: stop rather than misread
            return


def _index() -> Dict[str, Tuple[str, str, str]]:
    """translated text (any catalogue) → (context, source, comment)."""
    if "all" not in _INDEX:
        index: Dict[str, Tuple[str, str, str]] = {}
        for code in CATALOGUE_LANGUAGES:
            path = _plugin().translation_file(code)
            if not path or not os.path.isfile(path):
                continue
            try:
                for context, source, comment, translations in _messages(path):
                    if source and "%n" not in source:
                        for text in translations:
                            index.setdefault(text, (context, source, comment))
                        index.setdefault(source, (context, source, comment))
            except (OSError, struct.error):
                continue
        _INDEX["all"] = index
    return _INDEX["all"]


def retranslate(text: str, code: str) -> str:
    """``text`` (a plugin text in any of its languages, e.g. a default class label) in
    language ``code``; unchanged when it is not a plugin text (a user's own label)."""
    if not text or not code:
        return text
    found = _index().get(text)
    if found is None:
        return text
    context, source, comment = found
    if code == "en":
        return source
    translator = _translator(code)
    if translator is None:
        return text
    # a catalogue lookup of a text found at run time (not a source text for pylupdate5);
    # PyQt passes str to a const char* as ASCII: the UTF-8 bytes are what the catalogue holds
    lookup = translator.translate
    translated = lookup(context.encode("utf-8"), source.encode("utf-8"), (comment or "").encode("utf-8"))
    return translated or text


def retranslate_renderer(renderer, code: str) -> None:
    """The class labels of ``renderer`` (a report clone's) in language ``code``."""
    if renderer is None or not code:
        return
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for i, cat in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, retranslate(cat.label(), code))
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for i, rng in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(i, retranslate(rng.label(), code))
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            rule.setLabel(retranslate(rule.label(), code))
