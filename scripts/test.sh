#!/usr/bin/env bash
# README command 2: the whole test suite, headless (Qt offscreen platform).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
# pyproj (geopandas, for the reference libraries in the tests) looks for PROJ's data under the
# venv's prefix, not /usr: name Debian's (QGIS uses the same)
if [ -z "${PROJ_DATA:-}" ] && [ -f /usr/share/proj/proj.db ]; then export PROJ_DATA=/usr/share/proj; fi
# The compiled translations (i18n/*.qm, not committed) when missing or older than their .ts.
for ts in i18n/*.ts; do
  [ -f "$ts" ] || continue
  if [ ! -f "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
    bash scripts/update_translations.sh --qm-only >/dev/null || echo "test.sh: i18n/*.qm not built (lrelease missing?)" >&2
    break
  fi
done
exec .venv/bin/python -m pytest "$@"
