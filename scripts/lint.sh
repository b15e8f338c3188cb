#!/usr/bin/env bash
# Lint and type check (run by .ci/run before the tests, and by the pre-commit hook):
# ruff lint (pycodestyle, pyflakes, complexity ≤ 15, bugbear) and format (settings in pyproject.toml),
# and mypy on core/. Format the tree with: .venv/bin/ruff format .
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY=.venv/bin
"$PY/ruff" check .
"$PY/ruff" format --check .
"$PY/mypy"
echo "lint: ruff and mypy passed"
