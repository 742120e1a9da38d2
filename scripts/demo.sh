#!/usr/bin/env bash
# Scan the bundled demo data with config.example.toml and write the reports to ./piscan-report/.
# Exits like `piscan scan`: 1 here, because the demo holds policy violations on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/piscan scan -c config.example.toml -o piscan-report --format "${PISCAN_FORMATS:-json,html,csv,xlsx,sarif,junit,md}" "$@"
