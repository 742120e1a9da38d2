# Sourced by scripts/test.sh (bash, set -euo pipefail): moto_server on loopback, a real S3 API for the s3 tests.
# moto comes from the project's dev extra. Idempotent: reuses a moto_server already answering.
# Exports PISCAN_TEST_S3_ENDPOINT (and fake AWS credentials only for the test processes: moto accepts any).
PISCAN_MOTO_PORT=${PISCAN_MOTO_PORT:-5000}
export PISCAN_TEST_S3_ENDPOINT="http://127.0.0.1:${PISCAN_MOTO_PORT}"
_moto_up() { python - "$PISCAN_TEST_S3_ENDPOINT" <<'PY' >/dev/null 2>&1
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1] + "/moto-api/data.json", timeout=2) as r:
    sys.exit(0 if r.status == 200 else 1)
PY
}
if ! _moto_up; then
  mkdir -p .ci/logs
  _moto=$(command -v moto_server || echo "$PWD/.venv/bin/moto_server")
  nohup "$_moto" -H 127.0.0.1 -p "$PISCAN_MOTO_PORT" > .ci/logs/moto.log 2>&1 &
  for _ in $(seq 1 60); do _moto_up && break; sleep 0.5; done
  _moto_up || { echo "moto: moto_server did not start on port $PISCAN_MOTO_PORT (see .ci/logs/moto.log)" >&2; return 1; }
  unset _moto
fi
