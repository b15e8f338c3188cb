#!/usr/bin/env bash
# README command 2: the whole test suite, headless (Qt offscreen platform).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
# The compiled translations (i18n/*.qm, not committed) when missing or older than their .ts.
for ts in i18n/*.ts; do
  [ -f "$ts" ] || continue
  if [ ! -f "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
    bash scripts/update_translations.sh --qm-only >/dev/null || echo "test.sh: i18n/*.qm not built (lrelease missing?)" >&2
    break
  fi
done
exec .venv/bin/python -m pytest "$@"
