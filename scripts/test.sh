#!/usr/bin/env bash
# The whole test suite: lint, types, then tests (including the ones that load the bundled model).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/quotes ]; then
  bash scripts/setup.sh
fi
bash scripts/install_chromium.sh  # for the browser tests; a no-op when chromium is there
.venv/bin/ruff check quotes tests benchmarks examples
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
