#!/usr/bin/env bash
# README command 2: the whole test suite, headless (Qt offscreen platform).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
