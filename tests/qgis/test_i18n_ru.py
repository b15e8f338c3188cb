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
    assert plugin.install_translator(language)
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
