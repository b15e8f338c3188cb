#!/usr/bin/env bash
# Build the ZIP the QGIS plugin repository (https://plugins.qgis.org/) and
# "Plugins > Manage and Install Plugins > Install from ZIP" accept:
#     bash scripts/package.sh [OUTPUT.zip]      (default: dist/territorial_clusters.zip)
#
# The ZIP holds the committed tree, `git archive` of HEAD (PACKAGE_REF=<commit/tag> for another
# one), not the work tree: what is released is exactly a commit, and untracked or uncommitted
# files (__pycache__, out/, edits in progress) cannot slip in. Commit before packaging.
# Files marked export-ignore in .gitattributes (tests, bench, scripts, docs, hidden files, ...)
# stay out. Everything sits under one folder, territorial_clusters/ (the plugin's Python
# package name). If an i18n/ folder with Qt .ts files exists, lrelease compiles them to .qm
# in the ZIP (the .ts sources stay out; LRELEASE=/path/to/lrelease to choose one); without
# lrelease only committed .qm files ship.
# tests/test_package.py checks the result against the repository's upload rules.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NAME="territorial_clusters"
REF="${PACKAGE_REF:-HEAD}"
OUT="${1:-${PACKAGE_OUT:-$ROOT/dist/$NAME.zip}}"
PYTHON="${PYTHON:-python3}"

command -v git >/dev/null || { echo "package.sh: git is needed" >&2; exit 1; }
git -C "$ROOT" rev-parse --verify -q "$REF^{commit}" >/dev/null \
  || { echo "package.sh: $REF is not a commit of $ROOT" >&2; exit 1; }

mkdir -p "$(dirname "$OUT")"
OUT="$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

# Uncommitted plugin changes are not packaged: say so rather than surprise.
if [ "$REF" = "HEAD" ] && [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null \
      -- metadata.txt LICENSE __init__.py plugin.py algorithms core ui resources i18n README.md)" ]; then
  echo "package.sh: note: uncommitted changes in plugin files are not in the ZIP (it holds $REF)" >&2
fi

git -C "$ROOT" archive --format=tar --prefix="$NAME/" "$REF" | tar -x --no-same-owner -C "$STAGE"
PKG="$STAGE/$NAME"

if [ -d "$PKG/i18n" ]; then
  shopt -s nullglob
  TS=("$PKG"/i18n/*.ts)
  if [ ${#TS[@]} -gt 0 ]; then
    LRELEASE_BIN=""
    for c in "${LRELEASE:-}" lrelease-qt5 /usr/lib/qt5/bin/lrelease lrelease; do
      if [ -n "$c" ] && command -v "$c" >/dev/null 2>&1; then LRELEASE_BIN="$c"; break; fi
    done
    if [ -n "$LRELEASE_BIN" ]; then
      "$LRELEASE_BIN" -silent "${TS[@]}"
    else
      echo "package.sh: warning: lrelease not found; i18n/*.ts not compiled (apt install qttools5-dev-tools)" >&2
    fi
    rm -f "${TS[@]}" "$PKG"/i18n/*.pro
  fi
  shopt -u nullglob
fi

# Zip the staged folder: sorted entries, the commit's timestamps (git archive sets them),
# 0644 files / 0755 folders (the repository's scanner flags executable .py files).
rm -f "$OUT"
"$PYTHON" - "$STAGE" "$NAME" "$OUT" <<'PY'
import os, sys, time, zipfile
stage, name, out = sys.argv[1:]
def entry(path, arc, is_dir):
    info = zipfile.ZipInfo(arc + ("/" if is_dir else ""),
                           time.localtime(max(os.path.getmtime(path), 315532800))[:6])
    info.create_system = 3  # Unix, so the modes below are read
    info.external_attr = ((0o40755 if is_dir else 0o100644) << 16) | (0x10 if is_dir else 0)
    info.compress_type = zipfile.ZIP_STORED if is_dir else zipfile.ZIP_DEFLATED
    return info
with zipfile.ZipFile(out, "w") as z:
    for root, dirs, files in os.walk(os.path.join(stage, name)):
        dirs.sort()
        rel = os.path.relpath(root, stage).replace(os.sep, "/")
        z.writestr(entry(root, rel, True), b"")
        for f in sorted(files):
            p = os.path.join(root, f)
            with open(p, "rb") as fh:
                z.writestr(entry(p, f"{rel}/{f}", False), fh.read())
PY
echo "$OUT ($(( $(wc -c < "$OUT") / 1024 )) KiB, from $(git -C "$ROOT" rev-parse --short "$REF"))"
