"""Translations: the committed catalogues (i18n/*.ts) hold exactly the texts pylupdate5
extracts from the source, every translatable text of the source is extracted in the context
it is looked up in at run time, and an installed translation reaches the algorithms.

* extraction: pylupdate5 on the project's sources into a fresh catalogue gives the same
  (context, source) pairs as each committed .ts (a new text not added by
  scripts/update_translations.sh fails; so does a text gone from the source), and the
  catalogues hold no obsolete/vanished entries;
* every literal given to ``tr`` / ``translate`` / ``QT_TRANSLATE_NOOP`` (found by an AST scan)
  is in the extraction under the context the call translates in at run time (pylupdate5
  skips some forms silently, e.g. a trailing comma after QT_TRANSLATE_NOOP's text);
* a tiny catalogue compiled with lrelease and installed changes displayName() (a
  QT_TRANSLATE_NOOP in a subclass), a message of TerritorialAlgorithm itself, a ``Layers.tr``
  message and a plural form;
* English stays the default for en or an unknown language.
"""

import ast
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsField, QgsFields, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QTranslator, QVariant

from .. import test_i18n_static as static

ROOT = static.ROOT
I18N = os.path.join(ROOT, "i18n")
PRO = os.path.join(I18N, "territorial_clusters.pro")
CATALOGUES = [os.path.join(I18N, "territorial_clusters_{}.ts".format(lang)) for lang in ("ru", "kk")]


def _tool(*names):
    for name in names:
        if name and shutil.which(name):
            return shutil.which(name)
    return None


PYLUPDATE = _tool("pylupdate5")
LRELEASE = _tool(os.environ.get("LRELEASE", ""), "lrelease-qt5", "/usr/lib/qt5/bin/lrelease", "lrelease")
needs_pylupdate = pytest.mark.skipif(PYLUPDATE is None, reason="pylupdate5 not installed (pyqt5-dev-tools)")
needs_lrelease = pytest.mark.skipif(LRELEASE is None, reason="lrelease not installed (qttools5-dev-tools)")


def pairs(ts_path):
    """{(context, source)} of a catalogue, and the entries marked obsolete or vanished."""
    root = ET.parse(ts_path).getroot()
    out, stale = set(), []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            out.add(key)
            kind = message.find("translation").get("type", "")
            if kind in ("obsolete", "vanished"):
                stale.append(key)
    return out, stale


def tree_sources():
    return [os.path.join(ROOT, rel) for rel in static.plugin_files()]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """pylupdate5 on every plugin source, into a fresh catalogue."""
    if PYLUPDATE is None:
        pytest.skip("pylupdate5 not installed (pyqt5-dev-tools)")
    tmp = tmp_path_factory.mktemp("i18n")
    pro = tmp / "fresh.pro"
    pro.write_text(
        "SOURCES = " + " \\\n    ".join(tree_sources()) + "\nTRANSLATIONS = fresh.ts\nCODECFORTR = UTF-8\n",
        encoding="utf-8",
    )
    env = dict(os.environ, LC_ALL="C.UTF-8", PYTHONWARNINGS="ignore")
    proc = subprocess.run([PYLUPDATE, "-noobsolete", str(pro)], cwd=tmp, capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    got, _ = pairs(tmp / "fresh.ts")
    assert got, "pylupdate5 extracted nothing"
    return got


def test_project_file_lists_every_source():
    with open(PRO, encoding="utf-8") as f:
        listed = {
            os.path.normpath(os.path.join(I18N, w.strip("\\")))
            for w in f.read().split("TRANSLATIONS")[0].split()
            if w.endswith(".py")
        }
    assert listed == set(tree_sources()), "run bash scripts/update_translations.sh"


@needs_pylupdate
@pytest.mark.parametrize("ts", CATALOGUES, ids=os.path.basename)
def test_catalogue_matches_the_source(ts, extracted):
    have, stale = pairs(ts)
    missing = sorted(extracted - have)
    gone = sorted(have - extracted)
    assert not missing, "texts not in {} (run bash scripts/update_translations.sh): {}".format(
        os.path.basename(ts), missing[:10]
    )
    assert not gone, "texts no longer in the source: {}".format(gone[:10])
    assert not stale, stale[:10]


def runtime_context(node, classes):
    """The context a translation call with a literal text is looked up in at run time."""
    name = static.call_name(node)
    if name == "QT_TR_NOOP":
        return "@default"  # core's texts, looked up by TerritorialAlgorithm.core_text
    if name in ("translate", "QT_TRANSLATE_NOOP"):
        return node.args[0].value if static.is_literal(node.args[0]) else None
    receiver = node.func.value if hasattr(node.func, "value") else None
    if isinstance(receiver, ast.Name) and receiver.id == "self":
        return classes.get(id(node))
    if isinstance(receiver, ast.Name):
        return receiver.id  # Layers.tr, Maps.tr, Menu.tr, Provider.tr
    return None


@needs_pylupdate
def test_every_literal_is_extracted_in_its_runtime_context(extracted):
    missing = []
    for rel in static.plugin_files():
        _, tree = static.parse(rel)
        wrappers = static.inside_wrapper(tree)
        classes = {}
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for n in ast.walk(cls):
                classes.setdefault(id(n), cls.name)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and static.call_name(node) in static.TR_NAMES) or id(node) in wrappers:
                continue
            arg = static.text_argument(node)
            if not static.is_literal(arg):
                continue
            context = runtime_context(node, classes)
            if (context, arg.value) not in extracted:
                missing.append("{}:{} ({}) {!r}".format(rel, node.lineno, context, arg.value[:60]))
    assert not missing, "\n".join(missing)


# --- an installed translation reaches the algorithms --------------------------------------
FAKE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context><name>MigrationEffectivenessAlgorithm</name>
<message><source>Migration effectiveness</source><translation>Эффективность миграции</translation></message>
</context>
<context><name>TerritorialAlgorithm</name>
<message><source>@BASE@</source>
<translation>Поле «{}» называется как выходное поле.</translation></message>
</context>
<context><name>Layers</name>
<message><source>The input layer has no features: {}.</source>
<translation>Во входном слое нет объектов: {}.</translation></message>
<message numerus="yes"><source>%n district(s) with NULL results (see the lines above).</source>
<translation><numerusform>%n район с NULL</numerusform><numerusform>%n района с NULL</numerusform>
<numerusform>%n районов с NULL</numerusform></translation></message>
</context>
</TS>
""".replace(
    "@BASE@",
    "Input field '{}' has the name of an output field: it is replaced by the new values in the output "
    "(the input layer is unchanged).",
)


class Feedback:
    def __init__(self):
        self.lines = []

    def pushInfo(self, text):  # noqa: N802
        self.lines.append(text)

    pushWarning = pushInfo  # noqa: N815


@pytest.fixture
def fake_translation(tmp_path, provider):
    if LRELEASE is None:
        pytest.skip("lrelease not installed (qttools5-dev-tools)")
    ts = tmp_path / "fake_ru.ts"
    ts.write_text(FAKE_TS, encoding="utf-8")
    qm = tmp_path / "fake_ru.qm"
    proc = subprocess.run([LRELEASE, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    assert proc.returncode == 0 and qm.exists(), proc.stdout + proc.stderr
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_installed_translation_is_used(fake_translation, provider):
    from territorial_clusters.algorithms.migration_effectiveness import MigrationEffectivenessAlgorithm
    from territorial_clusters.layers import labels

    alg = MigrationEffectivenessAlgorithm()
    # a QT_TRANSLATE_NOOP class constant, translated in the subclass's context
    assert alg.displayName() == "Эффективность миграции"
    assert provider.algorithm("migrationeffectiveness").displayName() == "Эффективность миграции"
    # a text written in TerritorialAlgorithm, looked up through the subclass
    fields = QgsFields()
    fields.append(QgsField("net_migration", QVariant.Double))
    fb = Feedback()
    alg.output_fields(fields, [("net_migration", "double")], fb)
    assert fb.lines == ["Поле «net_migration» называется как выходное поле."]
    # a Layers.tr text
    with pytest.raises(QgsProcessingException, match="Во входном слое нет объектов: nothing to map"):
        labels.require_features([], "nothing to map")
    # plural forms (Russian: 1 / 2–4 / 5+)
    for n, want in ((1, "1 район с NULL"), (3, "3 района с NULL"), (5, "5 районов с NULL"), (21, "21 район с NULL")):
        fb = Feedback()
        labels.log_notes([("d", "x")] * n, fb)
        assert fb.lines[-1] == want
    # other texts stay English
    assert alg.group() == "2 Indicators"


def test_untranslated_plural_fills_n(provider):
    from territorial_clusters.layers import labels

    fb = Feedback()
    labels.log_notes([("a", "no value"), ("b", "no value"), ("c", "no value")], fb)
    assert fb.lines == [
        "a: no value",
        "b: no value",
        "c: no value",
        "3 district(s) with NULL results (see the lines above).",
    ]


def test_english_is_the_default(provider, monkeypatch):
    from territorial_clusters import plugin

    assert plugin.translation_file("en") == ""
    assert plugin.translation_file("xx") == ""
    assert plugin.install_translator("en") is False and plugin._translators == []
    ru = os.path.join(I18N, "territorial_clusters_ru.qm")
    if not os.path.exists(ru):
        pytest.skip("i18n/*.qm not built (scripts/update_translations.sh --qm-only)")
    assert plugin.translation_file("ru") == ru
    monkeypatch.setattr(plugin, "interface_language", lambda: "ru")
    try:
        assert plugin.install_translator() is True and len(plugin._translators) == 1
    finally:
        plugin.remove_translator()
    assert plugin._translators == []
