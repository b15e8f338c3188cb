"""One source of help (issue 13): the parameter tables of docs/algorithms/<name>.md are
generated from the algorithms' definitions by scripts/build_docs.py, every parameter has a
help text, and every algorithm's Help button opens its page."""

import importlib.util
import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(ROOT, "scripts", "build_docs.py")


@pytest.fixture(scope="module")
def build_docs():
    spec = importlib.util.spec_from_file_location("build_docs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def algorithms(provider, build_docs):
    algs = build_docs.algorithms(provider)
    assert len(algs) >= 9
    return algs


def test_parameter_tables_match_the_definitions(provider, build_docs):
    stale = [os.path.relpath(p, ROOT) for p in build_docs.check_or_write(provider, write=False)]
    assert stale == [], (
        "parameter tables out of date with the algorithms' definitions: {} — run "
        ".venv/bin/python scripts/build_docs.py and commit the pages".format(", ".join(stale))
    )


def test_every_page_has_the_generated_table(algorithms, build_docs):
    for alg in algorithms:
        path = os.path.join(build_docs.DOCS, alg.name() + ".md")
        assert os.path.exists(path), path
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        assert text.count(build_docs.BEGIN) == 1 and text.count(build_docs.END) == 1, path
        assert "| parameter | meaning |" not in text, "{}: a hand-written table left".format(path)


def test_every_parameter_has_help(algorithms):
    """Every parameter, outputs included (their help says what the output holds), has a
    help text: the dialog shows it as the tooltip, the page in its table. Only the pure
    outputs (addOutput, e.g. exportmap's LAYOUT_NAME) have no help: they are not in the
    dialog. The tooltip is HTML, so the help is plain text without markup."""
    missing, markup = [], []
    for alg in algorithms:
        for param in alg.parameterDefinitions():
            if param.flags() & param.FlagHidden:
                continue
            name = "{}:{}".format(alg.name(), param.name())
            text = param.help().strip()
            if not text:
                missing.append(name)
            if any(c in text for c in "<>`*"):
                markup.append(name)
    assert missing == [], "parameters without setHelp: {}".format(", ".join(missing))
    assert markup == [], "help with markup (plain text only): {}".format(", ".join(markup))


def test_help_url_is_the_doc_page(algorithms, build_docs):
    from territorial_clusters.algorithms.base import metadata

    repository = metadata("repository").rstrip("/")
    assert repository.startswith("https://github.com/")
    for alg in algorithms:
        assert alg.helpUrl() == "{}/blob/main/docs/algorithms/{}.md".format(repository, alg.name())
        assert os.path.exists(os.path.join(build_docs.DOCS, alg.name() + ".md"))
        assert alg.shortHelpString().strip(), alg.name()
