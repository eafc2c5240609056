#!/usr/bin/env bash
# Create .venv/ at the repository root and install quotes with its test tools.
# torch is installed first from its pinned CPU build: a bare requirement would pull a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e ".[dev,compile]"
# the rule pipeline compiled by Cython (about 1.2x faster rules); without a C compiler it all runs as Python
.venv/bin/quotes compile || echo "quotes: the compiled modules were not built; everything runs as Python" >&2
bash scripts/install_chromium.sh
echo "quotes is installed in .venv/ ($(.venv/bin/quotes --version))" >&2
