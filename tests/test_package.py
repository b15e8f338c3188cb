"""scripts/package.sh builds a ZIP the QGIS plugin repository accepts (no QGIS needed).

The rules are those the repository applies on upload, from its source code
(github.com/qgis/QGIS-Plugins-Website, qgis-app/plugins/validator.py and security_scanner.py)
and the PyQGIS cookbook (docs.qgis.org, "Releasing your plugin", "metadata.txt"):
  * validator.py rejects: a ZIP over 25,000,000 bytes; a bad ZIP (testzip); names with '..' or
    a leading '/'; any name containing '.pyc'; a '__MACOSX', '.git' or '__pycache__' folder; no
    top folder; a top folder that is not a Python identifier (new plugins) or not
    [A-Za-z][A-Za-z0-9-_]+; no __init__.py or metadata.txt in it; metadata.txt without a
    [general] section or without name, description, version, qgisMinimumVersion, author,
    email, about, tracker, repository; no LICENSE in the top folder (mandatory since June
    2024); an author with '/'; tracker/repository/homepage that are not URLs (it also requests
    them, which an offline test cannot); several top folders only warn. It reads the icon
    named in metadata.txt from the ZIP (silently none if missing).
  * security_scanner.py reports (without rejecting): hidden files, .exe .dll .so .dylib .bat
    .sh .ps1 .cmd files, and .py files with the executable bit.
  * QGIS itself imports the folder as a package and calls its classFactory(iface).
The ZIP holds HEAD (see scripts/package.sh), so the comparisons below use HEAD's tree
(git ls-tree), not the index (git ls-files), which differs while someone has files staged.
"""

import ast
import configparser
import os
import re
import shutil
import subprocess
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = os.path.join(ROOT, "scripts", "package.sh")
TOP = "territorial_clusters"  # the name scripts/install_plugin.sh and conftest use
MAX_BYTES = 25_000_000  # validator.py PLUGIN_MAX_UPLOAD_SIZE
REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "tracker", "repository")
# What belongs in the plugin; anything else at the top level needs an export-ignore.
ALLOWED_TOP = {
    "metadata.txt",
    "LICENSE",
    "__init__.py",
    "plugin.py",
    "README.md",
    "algorithms",
    "core",
    "layers",
    "maps",
    "ui",
    "resources",
    "i18n",
}
CODE_DIRS = ("algorithms", "core", "layers", "maps", "ui")
FORBIDDEN_EXT = (".pyc", ".pyo", ".pyd", ".so", ".dll", ".dylib", ".exe", ".bat", ".cmd", ".ps1", ".sh")
FORBIDDEN_DIRS = {"__pycache__", "__MACOSX", ".git", "tests", "bench", "scripts", "docs"}


def _git_ok():
    if shutil.which("git") is None:
        return "git is not installed"
    proc = subprocess.run(["git", "-C", ROOT, "rev-parse", "--verify", "-q", "HEAD"], capture_output=True, text=True)
    return None if proc.returncode == 0 else f"{ROOT} is not a git checkout with a commit"


_NO_GIT = _git_ok()
pytestmark = pytest.mark.skipif(_NO_GIT is not None, reason=f"scripts/package.sh packages git HEAD: {_NO_GIT}")


def _build(repo_root, out):
    proc = subprocess.run(
        ["bash", os.path.join(repo_root, "scripts", "package.sh"), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert os.path.isfile(out), proc.stdout + proc.stderr
    return out


@pytest.fixture(scope="module")
def zip_path(tmp_path_factory):
    return _build(ROOT, tmp_path_factory.mktemp("package") / f"{TOP}.zip")


@pytest.fixture(scope="module")
def names(zip_path):
    with zipfile.ZipFile(zip_path) as z:
        return z.namelist()


@pytest.fixture(scope="module")
def files(names):
    """File entries (no folder entries), relative to the top folder."""
    return {n[len(TOP) + 1 :] for n in names if not n.endswith("/")}


def _read(zip_path, rel):
    with zipfile.ZipFile(zip_path) as z:
        return z.read(f"{TOP}/{rel}")


def _head_files(*paths):
    out = subprocess.run(
        ["git", "-C", ROOT, "ls-tree", "-r", "--name-only", "HEAD", "--", *paths],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


def test_zip_is_sound_and_small(zip_path, names):
    assert os.path.getsize(zip_path) < MAX_BYTES
    with zipfile.ZipFile(zip_path) as z:
        assert z.testzip() is None
    for n in names:
        assert ".." not in n and not n.startswith("/") and "\\" not in n, n


def test_one_top_folder_named_as_a_python_package(names):
    assert {n.split("/")[0] for n in names} == {TOP}
    assert "/" in names[0]  # validator.py takes the package name from the first
    assert TOP.isidentifier() and re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", TOP)


def test_only_plugin_files_at_the_top(files):
    top = {f.split("/")[0] for f in files}
    assert top <= ALLOWED_TOP, f"not plugin files, add export-ignore: {sorted(top - ALLOWED_TOP)}"


def test_no_hidden_files_or_folders(names):
    hidden = [n for n in names if any(p.startswith(".") for p in n.split("/") if p)]
    assert not hidden, hidden


def test_no_bytecode_binaries_scripts_or_dev_folders(names):
    bad = [
        n
        for n in names
        if ".pyc" in n or n.rstrip("/").lower().endswith(FORBIDDEN_EXT) or FORBIDDEN_DIRS & set(n.split("/"))
    ]
    assert not bad, bad


def test_no_executable_files(zip_path):
    with zipfile.ZipFile(zip_path) as z:
        for info in z.infolist():
            if not info.is_dir():
                assert not (info.external_attr >> 16) & 0o111, info.filename


def test_license_is_the_gpl2(zip_path, files):
    assert "LICENSE" in files
    text = _read(zip_path, "LICENSE").decode("utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 2, June 1991" in text
    assert "END OF TERMS AND CONDITIONS" in text  # the full text, not a notice


def test_metadata_has_the_required_keys(zip_path, files):
    assert "metadata.txt" in files
    parser = configparser.ConfigParser()  # as validator.py reads it
    parser.optionxform = str
    parser.read_string(_read(zip_path, "metadata.txt").decode("utf-8"))
    assert parser.has_section("general")
    meta = dict(parser.items("general"))
    for key in REQUIRED:
        assert meta.get(key, "").strip(), f"metadata.txt: {key} missing or empty"
    assert "/" not in meta["author"]
    assert re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", meta["email"])
    for key in ("tracker", "repository", "homepage"):
        if key in meta:
            assert re.match(r"^https?://[^/\s]+", meta[key]), f"{key}: {meta[key]}"
    version = tuple(int(p) for p in meta["qgisMinimumVersion"].split("."))
    assert version >= (3, 0)  # below 1.8 the metadata would also be needed in __init__.py
    icon = meta.get("icon", "").strip()
    assert icon, "metadata.txt names no icon"
    icon = icon[2:] if icon.startswith("./") else icon
    assert icon in files, f"icon {icon} is not in the ZIP"
    assert len(_read(zip_path, icon)) > 0


def test_init_defines_class_factory(zip_path, files):
    assert "__init__.py" in files
    tree = ast.parse(_read(zip_path, "__init__.py").decode("utf-8"))
    factories = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "classFactory"]
    assert factories and len(factories[0].args.args) == 1, "no classFactory(iface)"


def test_every_python_file_ships_and_compiles(zip_path, files):
    committed = {p for p in _head_files(*CODE_DIRS) if p.endswith(".py")}
    committed |= {"__init__.py", "plugin.py"}
    shipped = {f for f in files if f.endswith(".py")}
    assert shipped == committed, f"missing: {sorted(committed - shipped)}, extra: {sorted(shipped - committed)}"
    for f in shipped:
        compile(_read(zip_path, f), f"{TOP}/{f}", "exec")


def test_every_committed_plugin_file_ships(files):
    """Resources (icon, models, samples), README (the menu's help opens it) and the rest."""
    committed = _head_files(*CODE_DIRS, "resources", "metadata.txt", "LICENSE", "README.md")
    missing = committed - files
    assert not missing, sorted(missing)


def test_translations_compiled(files):
    ts = {p for p in _head_files("i18n") if p.endswith(".ts")}
    if not ts:
        pytest.skip("no i18n/*.ts in HEAD")
    assert not {f for f in files if f.endswith(".ts")}
    if not any(shutil.which(c) for c in ("lrelease-qt5", "/usr/lib/qt5/bin/lrelease", "lrelease")):
        pytest.skip("lrelease is not installed")
    for t in ts:
        assert t[:-3] + ".qm" in files, t


def _git(cwd, *args):
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context><name>Menu</name>
<message><source>Load sample data</source><translation>Загрузить пример</translation></message>
</context>
</TS>
"""


@pytest.mark.skipif(
    not any(shutil.which(c) for c in ("lrelease-qt5", "/usr/lib/qt5/bin/lrelease", "lrelease")),
    reason="lrelease is not installed",
)
def test_i18n_ts_become_qm(tmp_path):
    """The i18n branch of package.sh, on a throw-away repository (this one has no i18n/ yet)."""
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    (repo / "i18n").mkdir()
    shutil.copy(SCRIPT, repo / "scripts" / "package.sh")
    shutil.copy(os.path.join(ROOT, ".gitattributes"), repo / ".gitattributes")
    (repo / "__init__.py").write_text("def classFactory(iface):\n    return None\n")
    (repo / "metadata.txt").write_text("[general]\nname=x\n")
    (repo / "i18n" / "territorial_clusters_ru.ts").write_text(TS, encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "t")
    out = _build(str(repo), tmp_path / "t.zip")
    with zipfile.ZipFile(out) as z:
        got = set(z.namelist())
    assert f"{TOP}/i18n/territorial_clusters_ru.qm" in got
    assert not any(n.endswith(".ts") for n in got)
    assert not any(n.startswith(f"{TOP}/scripts") for n in got)


def test_build_outputs_and_test_profile_are_not_tracked():
    """dist/ (the default output) and .qgis-settings/ (pytest-qgis' profile) stay out of git."""
    for path in ("dist/territorial_clusters.zip", ".qgis-settings/profiles/default/qgis.db"):
        proc = subprocess.run(["git", "-C", ROOT, "check-ignore", "-q", path])
        assert proc.returncode == 0, f"{path} is not ignored by .gitignore"
    assert not _head_files(".qgis-settings"), ".qgis-settings is committed"
