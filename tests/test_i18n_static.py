"""Static checks of the translatable texts (no QGIS needed): every text given to a
translation call is a constant string literal that Qt's tools can extract and a catalogue
can match at run time.

* ``tr`` / ``translate`` / ``QT_TRANSLATE_NOOP``: the text is a string literal — never an
  f-string, a concatenation with a variable, ``"…".format(…)`` or a variable — except the
  names marked for extraction: ``self.tr(self.DISPLAY_NAME)`` where every algorithm class
  assigns DISPLAY_NAME with ``QT_TRANSLATE_NOOP("<its class>", "…")``, and ``X.tr(NAME)`` /
  ``X.tr(NAME[…])`` for a module-level NAME built from ``QT_TRANSLATE_NOOP`` calls.
* No bare ``tr("…")`` call (pylupdate5 files it under "@default", which no run-time lookup
  uses) and no module-level ``def tr`` in layers/ maps/ ui/: those packages translate in one
  context each (``Layers.tr``, ``Maps.tr``, ``Menu.tr``).
* ``translate`` and ``QT_TRANSLATE_NOOP`` calls end without a trailing comma (pylupdate5
  silently skips such a call).
* ``QT_TRANSLATE_NOOP`` in a class body names that class as its context.
* core/ (no Qt) marks its texts with ``core.QT_TR_NOOP`` (pylupdate5's "@default" context,
  which ``TerritorialAlgorithm.core_text`` looks up), and only there; every ``MethodError``
  raised in core is given such a marked template, its values passed by name.
"""

import ast
import os
import re

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRANSLATED_DIRS = ("algorithms", "core", "layers", "maps", "ui")
TR_NAMES = ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP")
#: class constants translated by TerritorialAlgorithm (displayName, group, shortHelpString)
ALGORITHM_CONSTANTS = ("DISPLAY_NAME", "GROUP", "HELP")
#: a package's context class and its name
CONTEXTS = {"layers": "Layers", "maps": "Maps", "ui": "Menu"}


def plugin_files():
    out = ["__init__.py", "plugin.py"]
    for d in TRANSLATED_DIRS:
        for base, dirs, files in os.walk(os.path.join(ROOT, d)):
            dirs[:] = [x for x in dirs if x != "__pycache__"]
            out += [os.path.relpath(os.path.join(base, f), ROOT) for f in files if f.endswith(".py")]
    return sorted(out)


def parse(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        source = f.read()
    return source, ast.parse(source, rel)


def call_name(node):
    f = node.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return None


def text_argument(node):
    """The argument holding the source text (translate/NOOP: after the context)."""
    index = 0 if call_name(node) in ("tr", "QT_TR_NOOP") else 1
    return node.args[index] if len(node.args) > index else None


def is_literal(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def noop_calls(node):
    return [
        n
        for n in ast.walk(node)
        if isinstance(n, ast.Call) and call_name(n) == "QT_TRANSLATE_NOOP" and all(map(is_literal, n.args))
    ]


def marked_names(tree):
    """Module-level names whose value is built from QT_TRANSLATE_NOOP calls (or from such a
    name, e.g. ``PAGE_LABELS = [p[0] for p in PAGES]``)."""
    marked = set()
    for _ in range(3):
        for stmt in tree.body:
            if isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets):
                uses = {n.id for n in ast.walk(stmt.value) if isinstance(n, ast.Name)}
                if noop_calls(stmt.value) or uses & marked:
                    marked |= {t.id for t in stmt.targets}
    return marked


def imported_marked_names():
    """Marked names by module, for names imported from another plugin module."""
    out = set()
    for rel in plugin_files():
        out |= marked_names(parse(rel)[1])
    return out


def algorithm_constant_ok():
    """Every class assigning DISPLAY_NAME/GROUP/HELP does it with QT_TRANSLATE_NOOP in its
    own context (empty values aside: the base class's defaults)."""
    bad = []
    for rel in plugin_files():
        if not rel.startswith("algorithms"):
            continue
        for cls in [n for n in ast.walk(parse(rel)[1]) if isinstance(n, ast.ClassDef)]:
            for stmt in cls.body:
                if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
                    continue
                target = stmt.targets[0]
                if not (isinstance(target, ast.Name) and target.id in ALGORITHM_CONSTANTS):
                    continue
                v = stmt.value
                if is_literal(v) and v.value == "":
                    continue
                ok = (
                    isinstance(v, ast.Call)
                    and call_name(v) == "QT_TRANSLATE_NOOP"
                    and len(v.args) == 2
                    and all(map(is_literal, v.args))
                    and v.args[0].value == cls.name
                )
                if not ok:
                    bad.append("{}:{} {}.{}".format(rel, stmt.lineno, cls.name, target.id))
    return bad


def comprehension_targets(tree, marked):
    """Names bound by a comprehension over a marked name (``[Maps.tr(p) for p in LABELS]``)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.comprehension) and isinstance(node.target, ast.Name):
            if isinstance(node.iter, ast.Name) and node.iter.id in marked:
                out.add(node.target.id)
    return out


def allowed_variable(arg, marked, loop_names):
    """``self.X`` (X an algorithm constant), ``NAME`` / ``NAME[…]`` (a marked name), or a
    comprehension variable over a marked name."""
    if isinstance(arg, ast.Subscript):
        arg = arg.value
    if isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name) and arg.value.id == "self":
        return arg.attr in ALGORITHM_CONSTANTS
    if isinstance(arg, ast.Name):
        return arg.id in marked or arg.id in loop_names
    return False


def inside_wrapper(tree):
    """The calls inside the wrappers that pass their argument on: the contexts' ``tr``,
    ``TerritorialAlgorithm.core_text`` and ``MethodError.translated``."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in ("tr", "core_text", "translated"):
            out |= {id(n) for n in ast.walk(node)}
    return out


@pytest.mark.parametrize("rel", plugin_files())
def test_translated_texts_are_literals(rel):
    source, tree = parse(rel)
    marked = marked_names(tree) | imported_marked_names()
    loops = comprehension_targets(tree, marked)
    wrappers = inside_wrapper(tree)
    bad = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and call_name(node) in TR_NAMES) or id(node) in wrappers:
            continue
        where = "{}:{}".format(rel, node.lineno)
        if any(isinstance(n, ast.JoinedStr) for n in ast.walk(node)):
            bad.append(where + " f-string inside " + call_name(node))
            continue
        arg = text_argument(node)
        if arg is None:
            bad.append(where + " no text")
        elif not is_literal(arg) and not allowed_variable(arg, marked, loops):
            bad.append("{} non-constant text {}".format(where, ast.unparse(arg)[:80]))
        if call_name(node) == "QT_TR_NOOP" and not rel.startswith("core" + os.sep):
            bad.append(where + " QT_TR_NOOP outside core/ (use the package's context)")
        if call_name(node) in ("translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"):
            segment = ast.get_source_segment(source, node) or ""
            if re.search(r",\s*\)\Z", segment):
                bad.append(where + " trailing comma (pylupdate5 skips the call)")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("rel", plugin_files())
def test_no_bare_tr(rel):
    """``tr("…")`` without a receiver lands in pylupdate5's "@default" context."""
    _, tree = parse(rel)
    bare = [
        "{}:{}".format(rel, n.lineno)
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "tr"
    ]
    assert not bare, bare


@pytest.mark.parametrize("package", sorted(CONTEXTS))
def test_one_context_per_package(package):
    """No module-level ``def tr`` in layers/ maps/ ui/ but the package's context class, and
    its modules translate through it (``Layers.tr``), not through an algorithm's ``tr``."""
    context = CONTEXTS[package]
    init_source, init_tree = parse(os.path.join(package, "__init__.py"))
    classes = {n.name: n for n in init_tree.body if isinstance(n, ast.ClassDef)}
    assert context in classes, "{}/__init__.py defines no class {}".format(package, context)
    assert '"{}"'.format(context) in (ast.get_source_segment(init_source, classes[context]) or "")
    bad = []
    for rel in plugin_files():
        if not rel.startswith(package + os.sep):
            continue
        _, tree = parse(rel)
        bad += [
            "{}:{} def tr".format(rel, n.lineno)
            for n in tree.body
            if isinstance(n, ast.FunctionDef) and n.name in ("tr", "_tr")
        ]
        for n in ast.walk(tree):
            if isinstance(n, ast.Call) and call_name(n) == "tr" and isinstance(n.func, ast.Attribute):
                receiver = n.func.value
                if not (isinstance(receiver, ast.Name) and receiver.id == context) and rel != os.path.join(
                    package, "__init__.py"
                ):
                    bad.append("{}:{} {}.tr".format(rel, n.lineno, ast.unparse(receiver)))
    assert not bad, "\n".join(bad)


CORE_FILES = [rel for rel in plugin_files() if rel.startswith("core" + os.sep)]


@pytest.mark.parametrize("rel", CORE_FILES)
def test_core_errors_are_marked_templates(rel):
    """``raise MethodError(QT_TR_NOOP("… {name} …"), name=…)``: the template is what the
    catalogue holds; a formatted or f-string message could never be looked up."""
    _, tree = parse(rel)
    bad = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and call_name(n) == "MethodError":
            first = n.args[0] if n.args else None
            ok = (
                isinstance(first, ast.Call)
                and call_name(first) == "QT_TR_NOOP"
                and len(first.args) == 1
                and is_literal(first.args[0])
                and len(n.args) == 1
            )
            if ok:
                fields = set(re.findall(r"{(\w+)[^{}]*}", first.args[0].value))
                given = sorted(k.arg for k in n.keywords)
                if fields != set(given):
                    bad.append("{}:{} fields {} vs values {}".format(rel, n.lineno, sorted(fields), given))
            else:
                bad.append("{}:{} not MethodError(QT_TR_NOOP(\"…\"), name=…)".format(rel, n.lineno))
    assert not bad, "\n".join(bad)


def test_algorithm_constants_marked_in_their_class():
    bad = algorithm_constant_ok()
    assert not bad, "\n".join(bad)


def test_self_tr_only_in_classes():
    """``self.tr("…")`` is recorded in the context of the class pylupdate5 last saw: only
    inside a class body does that match the run-time context."""
    bad = []
    for rel in plugin_files():
        _, tree = parse(rel)
        in_class = set()
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            in_class |= {id(n) for n in ast.walk(cls)}
        for n in ast.walk(tree):
            if (
                isinstance(n, ast.Call)
                and call_name(n) == "tr"
                and isinstance(n.func, ast.Attribute)
                and isinstance(n.func.value, ast.Name)
                and n.func.value.id == "self"
                and id(n) not in in_class
            ):
                bad.append("{}:{}".format(rel, n.lineno))
    assert not bad, bad


def test_the_checks_see_the_bad_forms(tmp_path):
    """The scan itself: the forms it must refuse are refused."""
    sample = (
        "class A:\n"
        "    def f(self, x):\n"
        "        self.tr(f'a {x}')\n"
        "        self.tr('a' + x)\n"
        "        self.tr(x)\n"
        "        tr('bare')\n"
        "        QCoreApplication.translate('A', 'long',\n)\n"
    )
    tree = ast.parse(sample)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and call_name(n) in TR_NAMES]
    kinds = []
    for n in calls:
        arg = text_argument(n)
        if any(isinstance(m, ast.JoinedStr) for m in ast.walk(n)):
            kinds.append("f-string")
        elif not is_literal(arg) and not allowed_variable(arg, set(), set()):
            kinds.append("variable")
        elif call_name(n) == "translate" and re.search(r",\s*\)\Z", ast.get_source_segment(sample, n)):
            kinds.append("comma")
        elif isinstance(n.func, ast.Name):
            kinds.append("bare")
    assert sorted(kinds) == ["bare", "comma", "f-string", "variable", "variable"]
