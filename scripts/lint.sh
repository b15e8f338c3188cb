#!/usr/bin/env bash
# Lint and type check (run by .ci/run before the tests, and by the pre-commit hook):
# ruff (pycodestyle, pyflakes, complexity ≤ 15, bugbear; settings in pyproject.toml) and mypy on core/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY=.venv/bin
"$PY/ruff" check .
"$PY/mypy"
echo "lint: ruff and mypy passed"
