"""`piscan scan` end to end over real PostgreSQL and MariaDB sources.

One config with a postgres and a mysql source (least-privilege accounts, the
password from `password_env`) and register entries per schema/database:
a clean scan exits 0; an empty new `customers(氏名, email, phone)` table in an
unregistered schema (PostgreSQL) / database (MySQL) makes the scan exit 1 with
an UNDECLARED_STORE naming it, also with `--metadata-only`; an unreachable
source, a revoked table privilege and a failing table each give exit 3 with the
error recorded and the other tables scanned; no planted value reaches the
report or the inventory.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from db_helpers import (MyEnv, PgEnv, my_admin, my_env_small, pg_admin, pg_env_small,  # noqa: E402,F401
                        unique_name)

from scanner import PII_TYPES  # noqa: E402

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent

POLICY = f"""
[policy]
[[policy.purposes]]
id = "crm"
description = "Customer relationship management"
[[policy.categories]]
id = "everything"
name = "Test category allowing every PI type"
purposes = ["crm"]
pii_types = {json.dumps(list(PII_TYPES))}
allowed_regions = ["JP"]
disclosure = "legal"
"""


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def pg_source(env: PgEnv, name: str = "pg", user: str | None = None, include=None,
              exclude=("*.bad_cast", "*.slow_view")) -> str:
    out = (f"[[sources]]\nname = {toml_str(name)}\nkind = \"postgres\"\nurl = {toml_str(env.url(user))}\n"
           f"region = \"JP\"\nconnect_timeout = 3\nsample_rows = 200\nexclude = {json.dumps(list(exclude))}\n")
    if include is not None:
        out += f"include = {json.dumps(include, ensure_ascii=False)}\n"
    return out


def my_source(env: MyEnv, name: str = "my", port: int | None = None) -> str:
    url = env.url() if port is None else f"mysql://{env.scanner}@127.0.0.1:{port}/"
    return (f"[[sources]]\nname = {toml_str(name)}\nkind = \"mysql\"\nurl = {toml_str(url)}\n"
            f"password_env = {toml_str(env.password_env)}\nregion = \"JP\"\nconnect_timeout = 3\n"
            f"sample_rows = 200\nexclude = [\"*.slow_view\"]\n")


def register(source: str, location: str) -> str:
    return (f"[[register]]\nsource = {toml_str(source)}\nlocation = {toml_str(location)}\n"
            f"categories = [\"everything\"]\npurposes = [\"crm\"]\n")


def pg_register(env: PgEnv, name: str = "pg") -> str:
    return "".join(register(name, f"{env.dbname}.{s}.*") for s in ("sales", "hr", "public", "顧客管理"))


def my_register(env: MyEnv, name: str = "my") -> str:
    # `database.*` and `database.*.table` both work: MySQL locations are database.database.table
    return "".join(register(name, f"{db}.*") for db in env.databases)


def run_scan(tmp: Path, config: str, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    cfg = tmp / "piscan.toml"
    cfg.write_text("[scan]\nworkers = 1\n" + config + POLICY, encoding="utf-8")
    out = tmp / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run([sys.executable, "-m", "scanner.cli", "scan", "-c", str(cfg), "-o", str(out),
                           "--format", "json", "--full", *args],
                          capture_output=True, text=True, env=env, timeout=900)
    report_file = out / "report.json"
    report = json.loads(report_file.read_text(encoding="utf-8")) if report_file.exists() else {}
    return proc, report


def describe(proc, report) -> str:
    return (f"exit {proc.returncode}\nstderr: {proc.stderr[-3000:]}\nstdout: {proc.stdout[-2000:]}\n"
            f"mismatches: {json.dumps(report.get('mismatches', []), ensure_ascii=False)[:3000]}\n"
            f"errors: {json.dumps(report.get('errors', []), ensure_ascii=False)[:2000]}")


@pytest.fixture(scope="module")
def envs(pg_env_small, my_env_small):
    # what a CI database's scanner account gets so that new schemas / databases are readable too
    with pg_admin(pg_env_small.dbname) as c:
        c.execute(f'GRANT pg_read_all_data TO "{pg_env_small.scanner}"')
    pattern = my_env_small.prefix.replace("_", "\\_") + "\\_%"
    with my_admin() as c, c.cursor() as cur:
        cur.execute(f"GRANT SELECT ON `{pattern}`.* TO '{my_env_small.scanner}'@'%'")
    return pg_env_small, my_env_small


def test_registered_databases_scan_clean_and_nothing_leaks(envs, tmp_path):
    pg, my = envs
    config = pg_source(pg) + my_source(my) + pg_register(pg) + my_register(my)
    proc, report = run_scan(tmp_path, config)
    assert proc.returncode == 0, describe(proc, report)
    assert {s["name"]: s["status"] for s in report["sources"]} == {"pg": "ok", "my": "ok"}
    locs = {(x["source"], x["location"]): x for x in report["locations"]}
    customers = locs[("pg", f"{pg.dbname}.sales.customers")]
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER"} <= set(customers["pii"])
    sales = my.dbs["sales"]
    assert "EMAIL_ADDRESS" in locs[("my", f"{sales}.{sales}.customers")]["pii"]
    assert "JP_MY_NUMBER" in locs[("pg", f"{pg.dbname}.hr.employees")]["pii"]
    # no raw value in the report, the terminal output or the inventory
    planted = pg.data.planted() | my.data.planted()
    blobs = [(tmp_path / "out" / "report.json").read_text(encoding="utf-8"), proc.stdout, proc.stderr]
    inv = b"".join(p.read_bytes() for p in (tmp_path / ".piscan").glob("inventory.sqlite*"))
    leaked = [v for v in planted if len(v) >= 6 and (any(v in b for b in blobs) or v.encode() in inv)]
    assert leaked == []


def test_empty_table_in_unregistered_schema_fails_the_scan(envs, tmp_path):
    pg, my = envs
    staging_my = f"{my.prefix}_staging"
    with pg_admin(pg.dbname) as c:
        c.execute('CREATE SCHEMA staging; CREATE TABLE staging.customers ("氏名" text, email text, phone text)')
    with my_admin() as c, c.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{staging_my}`")
        cur.execute(f"CREATE TABLE `{staging_my}`.customers (`氏名` VARCHAR(100), email VARCHAR(200), "
                    f"phone VARCHAR(50))")
    try:
        config = (pg_source(pg) + my_source(my).replace("sample_rows", f"databases = {json.dumps(my.databases + [staging_my], ensure_ascii=False)}\nsample_rows")
                  + pg_register(pg) + my_register(my))
        for extra in ((), ("--metadata-only",)):
            proc, report = run_scan(tmp_path, config, *extra)
            assert proc.returncode == 1, describe(proc, report)
            undeclared = {(m["source"], m["location"]) for m in report["mismatches"]
                          if m["kind"] == "UNDECLARED_STORE"}
            assert undeclared == {("pg", f"{pg.dbname}.staging.customers"),
                                  ("my", f"{staging_my}.{staging_my}.customers")}, describe(proc, report)
            msgs = [m["message"] for m in report["mismatches"] if m["kind"] == "UNDECLARED_STORE"]
            assert any(f"{pg.dbname}.staging.customers" in m for m in msgs)
            locs = {(x["source"], x["location"]): x for x in report["locations"]}
            found = set(locs[("pg", f"{pg.dbname}.staging.customers")]["pii"])
            assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"} <= found
            others = [m for m in report["mismatches"] if "staging" not in m["location"]]
            assert others == [], describe(proc, report)
    finally:
        with pg_admin(pg.dbname) as c:
            c.execute("DROP SCHEMA staging CASCADE")
        with my_admin() as c, c.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS `{staging_my}`")


def test_unreachable_source_gives_exit_3(envs, tmp_path):
    pg, my = envs
    config = (pg_source(pg, include=[f"{pg.dbname}.sales.customers"]) + my_source(my, port=closed_port())
              + pg_register(pg) + my_register(my))
    proc, report = run_scan(tmp_path, config)
    assert proc.returncode == 3, describe(proc, report)
    status = {s["name"]: s for s in report["sources"]}
    assert status["pg"]["status"] == "ok" and status["pg"]["objects_scanned"] == 1
    assert status["my"]["status"] == "error" and "cannot connect" in status["my"]["error"]
    assert my.password not in proc.stdout + proc.stderr + json.dumps(report)


def test_revoked_privilege_and_failing_table_give_exit_3(envs, tmp_path):
    pg, my = envs
    role = unique_name("rev")
    db = pg.dbname
    with pg_admin(db) as c:
        c.execute(f'CREATE ROLE "{role}" LOGIN')
        c.execute(f'GRANT CONNECT ON DATABASE "{db}" TO "{role}"')
        c.execute(f'GRANT USAGE ON SCHEMA sales, hr TO "{role}"')
        c.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA sales, hr TO "{role}"')
        c.execute(f'REVOKE SELECT ON hr.salaries FROM "{role}"')
    try:
        config = (pg_source(pg, user=role, include=[f"{db}.hr.*", f"{db}.sales.customers"], exclude=())
                  + pg_register(pg))
        proc, report = run_scan(tmp_path, config)
        assert proc.returncode == 3, describe(proc, report)
        errors = {e["location"]: e["error"] for e in report["errors"]}
        assert "permission denied" in errors[f"{db}.hr.salaries"]
        assert "22P02" in errors[f"{db}.hr.bad_cast"]  # the failing view: no value in the message
        assert not any(v in json.dumps(report, ensure_ascii=False) for v in pg.data.planted())
        scanned = {x["location"] for x in report["locations"]}
        assert {f"{db}.hr.employees", f"{db}.sales.customers"} <= scanned
    finally:
        with pg_admin(db) as c:
            c.execute(f'DROP OWNED BY "{role}"')
        with pg_admin() as c:
            c.execute(f'DROP ROLE IF EXISTS "{role}"')
