# Sourced by scripts/test.sh (bash, set -euo pipefail): gcp-storage-emulator on loopback for the gcs tests.
# The emulator comes from the project's dev extra; in-memory, so every start is empty. Idempotent.
# Exports PISCAN_TEST_GCS_ENDPOINT (tests and the gcs connector's `endpoint` option use it).
PISCAN_GCS_PORT=${PISCAN_GCS_PORT:-9023}
export PISCAN_TEST_GCS_ENDPOINT="http://127.0.0.1:${PISCAN_GCS_PORT}"
_gcs_up() { python - "$PISCAN_TEST_GCS_ENDPOINT" <<'PY' >/dev/null 2>&1
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1] + "/storage/v1/b?project=test", timeout=2) as r:
    sys.exit(0 if r.status == 200 else 1)
PY
}
if ! _gcs_up; then
  mkdir -p .ci/logs
  _gcse=$(command -v gcp-storage-emulator || echo "$PWD/.venv/bin/gcp-storage-emulator")
  nohup "$_gcse" start --host 127.0.0.1 --port "$PISCAN_GCS_PORT" --in-memory > .ci/logs/gcs-emulator.log 2>&1 &
  for _ in $(seq 1 60); do _gcs_up && break; sleep 0.5; done
  _gcs_up || { echo "gcs: gcp-storage-emulator did not start on port $PISCAN_GCS_PORT (see .ci/logs/gcs-emulator.log)" >&2; return 1; }
  unset _gcse
fi
