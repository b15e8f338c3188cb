#!/usr/bin/env bash
# Refresh the translation catalogues from the source:
#     bash scripts/update_translations.sh            (catalogues and .qm)
#     bash scripts/update_translations.sh --qm-only  (only compile i18n/*.ts → i18n/*.qm)
#  1. rewrites SOURCES in i18n/territorial_clusters.pro from the tree (every .py under
#     algorithms/ core/ layers/ maps/ ui/, plus plugin.py and __init__.py; core/ has no Qt:
#     its texts are marked with core.QT_TR_NOOP, context "@default"),
#  2. runs pylupdate5 -noobsolete on it: new texts are added to i18n/territorial_clusters_ru.ts
#     and _kk.ts as unfinished, texts gone from the source are dropped, translations kept,
#  3. compiles every .ts to .qm with lrelease (the .qm files are not committed: setup.sh,
#     test.sh and package.sh build them).
# Needs pylupdate5 (Debian: pyqt5-dev-tools) and lrelease (qttools5-dev-tools).
# tests/qgis/test_i18n.py fails when the committed .ts files lag behind the source.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PRO=i18n/territorial_clusters.pro

lrelease_bin() {
  local c
  for c in "${LRELEASE:-}" lrelease-qt5 /usr/lib/qt5/bin/lrelease lrelease; do
    if [ -n "$c" ] && command -v "$c" >/dev/null 2>&1; then echo "$c"; return 0; fi
  done
  return 1
}

if [ "${1:-}" != "--qm-only" ]; then
  command -v pylupdate5 >/dev/null || { echo "pylupdate5 not found (apt install pyqt5-dev-tools)" >&2; exit 1; }
  {
    echo "# Qt Linguist project of Territorial Clusters: written by scripts/update_translations.sh"
    echo "# (SOURCES from the tree; paths relative to this folder)."
    echo "SOURCES = \\"
    find __init__.py plugin.py algorithms core layers maps ui -name '*.py' -not -path '*/__pycache__/*' \
      | LC_ALL=C sort | sed 's|^|    ../|; s|$| \\|' | sed '$ s| \\$||'
    echo
    echo "TRANSLATIONS = \\"
    echo "    territorial_clusters_ru.ts \\"
    echo "    territorial_clusters_kk.ts"
    echo
    echo "CODECFORTR = UTF-8"
  } > "$PRO"
  # pylupdate5 reads the sources in the locale's encoding: force UTF-8
  run_pylupdate() { LC_ALL=C.UTF-8 PYTHONWARNINGS=ignore pylupdate5 -noobsolete "$PRO"; }
  # Every catalogue names its language (from the file name: _ru.ts → ru), which gives its
  # plural forms; a new catalogue is named after its first extraction, then extracted again.
  set_languages() {
    local ts lang changed=1
    for ts in i18n/*.ts; do
      [ -f "$ts" ] || continue
      if ! grep -q '<TS version="[^"]*" language=' "$ts"; then
        lang="$(basename "$ts" .ts)"; lang="${lang##*_}"
        sed -i "s/<TS version=\"\([^\"]*\)\">/<TS version=\"\1\" language=\"$lang\">/" "$ts"
        changed=0
      fi
    done
    return $changed
  }
  set_languages || true
  run_pylupdate
  if set_languages; then run_pylupdate; fi
fi

LRELEASE_BIN="$(lrelease_bin)" || { echo "lrelease not found (apt install qttools5-dev-tools)" >&2; exit 1; }
"$LRELEASE_BIN" -silent i18n/*.ts
echo "i18n: $(ls i18n/*.ts | wc -l) catalogues, $(grep -c '<source>' i18n/territorial_clusters_ru.ts) texts"
