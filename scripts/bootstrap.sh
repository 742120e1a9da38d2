#!/usr/bin/env bash
# Create .venv and install piscan with its dev extra; a no-op when pyproject.toml is unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.piscan-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || ! .venv/bin/python -c "import scanner, classifiers" 2>/dev/null; then
  echo "bootstrap: installing piscan and its dependencies into .venv (first run takes a few minutes)" >&2
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]' 2>&1 \
    | grep -v -E "^(WARNING: Location|  |!!)" >&2 || true
  .venv/bin/python -c "import scanner, classifiers, connectors, reports, sudachipy, spacy" >/dev/null
  echo "$want" > "$stamp"
fi
# Byte-compile the project's own packages (cheap when unchanged): start-up stays fast even where
# PYTHONDONTWRITEBYTECODE is set, which would otherwise recompile every module at each `piscan` start.
.venv/bin/python -m compileall -q -j 0 scanner classifiers connectors reports >/dev/null || true
# The regex compiler's output for the classifiers' patterns, written once per install (classifiers/regex_cache.py):
# each new process then skips ~0.25 s of pattern compilation. A missing or stale cache only costs that time.
.venv/bin/python -c "from classifiers import regex_cache; regex_cache.build()" >/dev/null 2>&1 || true
