# Sourced by scripts/test.sh: a real Dask scheduler and two workers on loopback for the executor tests.
# Exports PISCAN_TEST_DASK_SCHEDULER. Idempotent: reuses a scheduler already answering on the port.
PISCAN_DASK_PORT=${PISCAN_DASK_PORT:-8786}
export PISCAN_TEST_DASK_SCHEDULER="tcp://127.0.0.1:${PISCAN_DASK_PORT}"
_dask_up() { python - "$PISCAN_TEST_DASK_SCHEDULER" <<'PY' >/dev/null 2>&1
import sys
from distributed import Client
c = Client(sys.argv[1], timeout="3s")
n = len(c.scheduler_info()["workers"])
c.close()
sys.exit(0 if n >= 2 else 1)
PY
}
if ! _dask_up; then
  mkdir -p .ci/logs
  nohup dask scheduler --host 127.0.0.1 --port "$PISCAN_DASK_PORT" --no-dashboard \
    > .ci/logs/dask-scheduler.log 2>&1 &
  sleep 2
  nohup dask worker "$PISCAN_TEST_DASK_SCHEDULER" --nworkers 2 --nthreads 1 --no-dashboard \
    --memory-limit 4GiB --local-directory "${TMPDIR:-/tmp}/piscan-dask" > .ci/logs/dask-worker.log 2>&1 &
  for _ in $(seq 1 60); do _dask_up && break; sleep 1; done
  _dask_up || { echo "dask: scheduler/workers did not come up (see .ci/logs)" >&2; return 1; }
fi
