# Sourced by scripts/test.sh (bash, set -euo pipefail): PostgreSQL and MariaDB on loopback for the
# database connector tests (tests/test_db_postgres.py, tests/test_db_mysql.py).
# Idempotent: a server that already accepts connections is left alone; a stopped one is started
# with the machine's own commands (pg_ctlcluster / start-stop-daemon mariadbd), then we wait until
# it accepts connections (PostgreSQL: pg_isready; MariaDB: a real `SELECT 1` as root). A server
# that cannot be started is reported on stderr and the suite goes on: under CI=true the database
# tests then fail with "not reachable" rather than skip.
# Exports PISCAN_TEST_PG_HOST/PORT and PISCAN_TEST_MYSQL_HOST/PORT for reference.
export PISCAN_TEST_PG_HOST=127.0.0.1 PISCAN_TEST_PG_PORT=5432
export PISCAN_TEST_MYSQL_HOST=127.0.0.1 PISCAN_TEST_MYSQL_PORT=3306

_db_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

_db_pg_ready() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h 127.0.0.1 -p "$PISCAN_TEST_PG_PORT" -t 2 >/dev/null 2>&1
  else
    _db_port_open "$PISCAN_TEST_PG_PORT"
  fi
}

_db_my_ready() {
  if command -v mariadb >/dev/null 2>&1; then
    mariadb -h 127.0.0.1 -P "$PISCAN_TEST_MYSQL_PORT" -u root --connect-timeout=2 -e 'SELECT 1' >/dev/null 2>&1
  elif command -v mysql >/dev/null 2>&1; then
    mysql -h 127.0.0.1 -P "$PISCAN_TEST_MYSQL_PORT" -u root --connect-timeout=2 -e 'SELECT 1' >/dev/null 2>&1
  else
    _db_port_open "$PISCAN_TEST_MYSQL_PORT"
  fi
}

# _db_wait NAME CHECK_FUNCTION SECONDS
_db_wait() {
  local i
  for ((i = 0; i < $3 * 2; i++)); do
    if "$2"; then
      return 0
    fi
    sleep 0.5
  done
  echo "databases: $1 did not accept connections within $3 s" >&2
  return 1
}

if ! _db_pg_ready; then
  _db_pg_version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$_db_pg_version" ] && command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "databases: starting PostgreSQL $_db_pg_version/main" >&2
    pg_ctlcluster --skip-systemctl-redirect "$_db_pg_version" main start >&2 || true
    _db_wait PostgreSQL _db_pg_ready 60 || true
  else
    echo "databases: PostgreSQL is down and no cluster was found under /etc/postgresql" >&2
  fi
  unset _db_pg_version
fi

if ! _db_my_ready; then
  if [ -x /usr/sbin/mariadbd ]; then
    echo "databases: starting MariaDB" >&2
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd >&2 || true
    _db_wait MariaDB _db_my_ready 60 || true
  else
    echo "databases: MariaDB is down and /usr/sbin/mariadbd is missing" >&2
  fi
fi

if _db_pg_ready && _db_my_ready; then
  echo "databases: PostgreSQL and MariaDB are up" >&2
fi
unset -f _db_port_open _db_pg_ready _db_my_ready _db_wait
