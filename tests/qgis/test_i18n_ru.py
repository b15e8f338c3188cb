"""The Russian interface is complete and the Kazakh one covers the toolbox: with the plugin's
catalogue installed, every algorithm's name, group and parameter label (and its options)
reads in Cyrillic; English comes back when the translation is removed."""

import re

import pytest

from ..conftest import PACKAGE

CYRILLIC = re.compile("[а-яА-ЯёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _plugin_module():
    import importlib

    return importlib.import_module("{}.plugin".format(PACKAGE))


def _algorithms(provider):
    """Fresh instances: parameter labels are translated when an algorithm is created (as in
    QGIS, where the plugin's translator is installed before its provider loads)."""
    return [a.create() for a in provider.algorithms() if a.__class__.__name__ != "QgsProcessingModelAlgorithm"]


def _texts(provider):
    for alg in _algorithms(provider):
        yield alg.name(), "displayName", alg.displayName()
        yield alg.name(), "group", alg.group()
        for param in alg.parameterDefinitions():
            yield alg.name(), param.name(), param.description()
            if param.type() == "enum":
                for option in param.options():
                    yield alg.name(), param.name() + " option", option


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_toolbox_in_cyrillic(provider, language):
    plugin = _plugin_module()
    if not plugin.translation_file(language):
        pytest.fail(
            "i18n/territorial_clusters_{}.qm is missing: run bash scripts/update_translations.sh --qm-only".format(
                language
            )
        )
    assert plugin.install_translator(language, fallback=False)  # Kazakh's own catalogue, not its Russian fallback
    try:
        english = [t for t in _texts(provider) if not CYRILLIC.search(t[2])]
        assert not english, english[:10]
        if language == "ru":  # Russian complete: the help texts too
            untranslated = [
                (a.name(), p.name())
                for a in _algorithms(provider)
                for p in a.parameterDefinitions()
                if p.help() and not CYRILLIC.search(p.help())
            ]
            assert not untranslated, untranslated[:10]
            alg = provider.algorithm("migrationeffectiveness")
            assert CYRILLIC.search(alg.shortHelpString())
    finally:
        plugin.remove_translator()
    assert provider.algorithm("migrationeffectiveness").displayName() == "Migration effectiveness"


def test_russian_plural_forms(provider):
    plugin = _plugin_module()
    assert plugin.install_translator("ru")
    try:
        alg = provider.algorithm("migrationeffectiveness")
        texts = [alg.tr("%n district(s) gain population by migration,", "", n) for n in (1, 3, 5)]
    finally:
        plugin.remove_translator()
    assert [t.split()[:2] for t in texts] == [["1", "район"], ["3", "района"], ["5", "районов"]], texts


class _Messages:
    """Warnings and errors of a run, apart from the info lines (which may be data only)."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines, self.warnings = [], []

            def pushInfo(self, info):  # noqa: N802
                self.lines.append(info)

            def pushWarning(self, warning):  # noqa: N802
                self.lines.append(warning)
                self.warnings.append(warning)

            def reportError(self, error, fatalError=False):  # noqa: N802,N803
                self.lines.append(error)
                self.warnings.append(error)

        self.feedback = Feedback()


def test_bad_input_battery_speaks_russian(provider, tmp_path):
    """Under the Russian catalogue every refusal and every warning of the bad-input battery
    (tests/qgis/test_battery.py: every algorithm × every case) is Russian: core's messages
    (core.QT_TR_NOOP templates) as much as the algorithms' own."""
    from . import test_battery as battery

    plugin = _plugin_module()
    if not plugin.install_translator("ru"):
        pytest.fail("i18n/territorial_clusters_ru.qm is missing: run bash scripts/update_translations.sh --qm-only")
    english, checked = [], 0
    try:
        for k, (alg_id, case) in enumerate(battery.PAIRS):
            messages = _Messages()
            folder = tmp_path / str(k)
            folder.mkdir()
            outcome, message, _, _ = battery.run_alg(alg_id, battery.CASES[case][0](), folder, messages.feedback)
            texts = ([message] if outcome == "error" else []) + messages.feedback.warnings
            checked += len(texts)
            english += ["{} / {}: {}".format(alg_id, case, t[:160]) for t in texts if not CYRILLIC.search(t)]
    finally:
        plugin.remove_translator()
    assert checked > 100, "the battery gave too few messages to judge"
    assert not english, "\n".join(english[:20])


def test_kazakh_falls_back_to_russian(provider):
    """Kazakh where the Kazakh catalogue has the text, Russian where only the Russian one
    has it (help texts), English only where neither has it."""
    plugin = _plugin_module()
    alg = provider.algorithm("migrationeffectiveness")
    try:
        assert plugin.install_translator("ru")
        ru_name, ru_help = alg.displayName(), alg.shortHelpString()
        assert plugin.install_translator("kk")
        kk_name, kk_help = alg.displayName(), alg.shortHelpString()
    finally:
        plugin.remove_translator()
    assert CYRILLIC.search(kk_name) and kk_name != ru_name  # Kazakh's own
    assert kk_help == ru_help and CYRILLIC.search(kk_help)  # the Russian help, not English
    assert alg.displayName() == "Migration effectiveness"
