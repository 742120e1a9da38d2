"""PostgreSQL connector against the real server on 127.0.0.1:5432 (a fresh database per module).

Enumeration (odd names, views, system schemas skipped), include/exclude,
column metadata, cell conversion, read-only sessions, bounded sampling of a
1,000,000-row table without a full scan, schema-only reads, and the per-table
failures: revoked privilege, data error (message never echoes a value),
statement timeout, terminated backend, unreachable host.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from db_helpers import PgEnv, pg_admin, pg_env, pg_url, settings, source  # noqa: E402,F401

from connectors.postgres import PostgresConnector  # noqa: E402
from scanner.errors import ObjectError, SourceError  # noqa: E402

pytestmark = [pytest.mark.integration]


def make(env: PgEnv, user: str | None = None, db: str | None = "", include=(), exclude=(), **opts):
    src = source("postgres", env.url(user, db), include=include, exclude=exclude, **opts)
    return PostgresConnector(src, settings())


def refs_by_location(conn) -> dict:
    return {r.location: r for r in conn.list_objects()}


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_enumerates_tables_views_and_odd_names(pg_env):
    with make(pg_env) as c:
        refs = refs_by_location(c)
    db = pg_env.dbname
    expected = {f"{db}.sales.customers", f"{db}.sales.customer_contacts", f"{db}.sales.orders_big",
                f"{db}.sales.orders_small", f"{db}.hr.employees", f"{db}.hr.salaries", f"{db}.hr.bad_cast",
                f"{db}.public.a;DROP", f'{db}.public.odd"name%{{0}}', f"{db}.顧客管理.顧客",
                f"{db}.public.empty_new", f"{db}.public.slow_view", f"{db}.sales.never_analysed",
                f"{db}.sales.events", f"{db}.sales.customer_emails_mv", f"{db}.hr.documents"}
    assert expected <= set(refs)
    assert refs[f"{db}.sales.customer_contacts"].meta["type"] == "view"
    assert refs[f"{db}.sales.customers"].meta["type"] == "table"
    assert refs[f"{db}.sales.customers"].kind == "table"
    assert refs[f"{db}.sales.events"].meta["type"] == "partitioned table"
    assert refs[f"{db}.sales.customer_emails_mv"].meta["type"] == "materialized view"
    assert not any("events_202" in loc for loc in refs)  # partitions are scanned through their parent
    assert not any(".pg_catalog." in loc or ".information_schema." in loc or ".pg_toast" in loc
                   for loc in refs)
    assert all(loc.startswith(db + ".") and loc.count(".") >= 2 for loc in refs)


def test_include_exclude_globs(pg_env):
    db = pg_env.dbname
    with make(pg_env, include=[f"{db}.sales.*"], exclude=["*.orders_*"]) as c:
        locs = set(refs_by_location(c))
    assert locs == {f"{db}.sales.customers", f"{db}.sales.customer_contacts", f"{db}.sales.never_analysed",
                    f"{db}.sales.events", f"{db}.sales.customer_emails_mv"}
    with make(pg_env, include=[f"{db}.*.customers", f"{db}.顧客管理.*"]) as c:
        locs = set(refs_by_location(c))
    assert locs == {f"{db}.sales.customers", f"{db}.顧客管理.顧客"}


def test_all_databases_when_url_names_none(pg_env):
    with make(pg_env, db=None) as c:
        assert pg_env.dbname in c.databases()
        assert "template0" not in c.databases() and "template1" not in c.databases()
    with make(pg_env, db=None, databases=[pg_env.dbname]) as c:
        locs = set(refs_by_location(c))
    assert f"{pg_env.dbname}.sales.customers" in locs
    assert all(loc.startswith(pg_env.dbname + ".") for loc in locs)


def test_reads_columns_comments_and_cells(pg_env):
    db = pg_env.dbname
    with make(pg_env) as c:
        ref = refs_by_location(c)[f"{db}.sales.customers"]
        tc = c.read(ref)
    names = [col.name for col in tc.columns]
    assert names == ["id", "氏名", "フリガナ", "email", "phone", "address", "postal_code", "birth_date",
                     "note", "profile", "photo"]
    types = {col.name: col.type for col in tc.columns}
    assert types["profile"] == "jsonb" and types["photo"] == "bytea" and types["birth_date"] == "date"
    assert {col.name: col.comment for col in tc.columns}["email"] == "連絡先メールアドレス"
    assert tc.comment == "顧客マスタ"
    rows = list(tc.rows)
    assert len(rows) == len(pg_env.data.customers)
    assert all(isinstance(v, str) or v is None for r in rows for v in r)
    emails = {r[3] for r in rows}
    assert {d["email"] for d in pg_env.data.customers} == emails
    profile = rows[0][9]
    assert pg_env.data.customers[0]["profile"]["name"] in profile  # JSONB as text, not escaped
    photos = [r[10] for r in rows]
    assert photos[0] == pg_env.data.customers[0]["email"]  # UTF-8 bytea decoded
    assert photos[1] is None  # binary (PNG) bytea skipped
    assert rows[0][7] == pg_env.data.customers[0]["birth"]


def test_large_objects_are_read_as_text_when_they_are_text(pg_env):
    db = pg_env.dbname
    with make(pg_env) as c:
        tc = c.read(refs_by_location(c)[f"{db}.hr.documents"])
    rows = sorted(tc.rows)
    assert [col.type for col in tc.columns] == ["integer", "public.lo"]  # search_path is pg_catalog
    assert pg_env.data.employees[0]["email"] in rows[0][1] and rows[0][1].startswith("履歴書")
    assert rows[1][1] is None and rows[2][1] is None  # binary object skipped, NULL reference


def test_odd_identifiers_are_quoted(pg_env):
    db = pg_env.dbname
    with make(pg_env) as c:
        refs = refs_by_location(c)
        drop = c.read(refs[f"{db}.public.a;DROP"])
        kokyaku = c.read(refs[f"{db}.顧客管理.顧客"])
        odd = c.read(refs[f'{db}.public.odd"name%{{0}}'])
    assert len(list(drop.rows)) == 20
    assert [col.name for col in kokyaku.columns] == ["氏名", "電話番号"]
    assert len(list(kokyaku.rows)) == 30
    assert [col.name for col in odd.columns] == ["id", 'e"mail%'] and len(list(odd.rows)) == 60
    assert ("1", "odd1@example.jp") in list(odd.rows)
    with make(pg_env, sample_rows=5) as c:  # the TABLESAMPLE + TID path with the same odd names
        small = c.read(refs_by_location(c)[f'{db}.public.odd"name%{{0}}'])
    assert 1 <= len(list(small.rows)) <= 5 and small.sampled
    assert all(r[1] == f"odd{r[0]}@example.jp" for r in small.rows)
    with pg_admin(db) as admin:  # nothing was dropped or changed
        assert admin.execute('SELECT count(*) FROM public."a;DROP"').fetchone()[0] == 20


def test_sessions_are_read_only(pg_env):
    db = pg_env.dbname
    # even as the superuser: the connector's own session refuses writes and DDL
    for user in (pg_env.scanner, "postgres"):
        with make(pg_env, user=user) as c:
            conn = c.connection(db)
            assert conn.execute("SHOW transaction_read_only").fetchone()[0] == "on"
            assert conn.execute("SHOW default_transaction_read_only").fetchone()[0] == "on"
            assert conn.execute("SHOW statement_timeout").fetchone()[0] == "1min"
            with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
                conn.execute('INSERT INTO public."a;DROP" VALUES (999, %s)', ("x@example.jp",))
            with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
                conn.execute("CREATE TABLE public.should_not_exist (id int)")
            with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
                conn.execute("BEGIN; DELETE FROM sales.customers; COMMIT")
            conn.execute("ROLLBACK")
    with pg_admin(db) as admin:
        assert admin.execute("SELECT count(*) FROM sales.customers").fetchone()[0] == len(pg_env.data.customers)
        assert admin.execute("SELECT to_regclass('public.should_not_exist')").fetchone()[0] is None


def seq_tup_read(db: str, table: str) -> int:
    with pg_admin(db) as admin:
        admin.execute("SELECT pg_stat_clear_snapshot()")
        row = admin.execute("SELECT coalesce(seq_tup_read, 0) FROM pg_stat_user_tables "
                            "WHERE schemaname = 'sales' AND relname = %s", (table,)).fetchone()
        return int(row[0])


def test_sampling_big_table_is_bounded_fast_and_spread(pg_env):
    db = pg_env.dbname
    before = seq_tup_read(db, "orders_big")
    c = make(pg_env, sample_rows=500)
    ref = refs_by_location(c)[f"{db}.sales.orders_big"]
    t0 = time.perf_counter()
    tc = c.read(ref)
    elapsed = time.perf_counter() - t0
    c.close()  # the backend exits and flushes its statistics
    rows = list(tc.rows)
    assert 250 <= len(rows) <= 500
    assert tc.sampled is True
    assert 800_000 <= tc.estimated_rows <= 1_200_000
    assert elapsed < 3.0, f"sampling took {elapsed:.2f}s"
    ids = sorted(int(r[0]) for r in rows)
    assert ids[0] < 250_000 and ids[-1] > 750_000  # spread over the table, not its head
    assert len({i // 100_000 for i in ids}) >= 7  # rows from all over the table, not a few clumps
    time.sleep(0.5)
    read = seq_tup_read(db, "orders_big") - before
    assert read < 200_000, f"{read} tuples read: looks like a full scan"


def test_sample_rows_from_scan_settings(pg_env):
    db = pg_env.dbname
    src = source("postgres", pg_env.url())
    with PostgresConnector(src, settings(sample_rows=50)) as c:
        tc = c.read(refs_by_location(c)[f"{db}.sales.orders_small"])
    assert len(list(tc.rows)) <= 50 and tc.sampled


def test_never_analysed_table_is_sampled_from_planner_estimate(pg_env):
    db = pg_env.dbname
    with make(pg_env, sample_rows=200) as c:
        tc = c.read(refs_by_location(c)[f"{db}.sales.never_analysed"])
    assert tc.estimated_rows and tc.estimated_rows > 10_000
    assert 0 < len(list(tc.rows)) <= 200


def test_partitioned_table_and_materialized_view(pg_env):
    db = pg_env.dbname
    with make(pg_env, sample_rows=300) as c:
        refs = refs_by_location(c)
        events = c.read(refs[f"{db}.sales.events"])
        mv = c.read(refs[f"{db}.sales.customer_emails_mv"])
    rows = list(events.rows)
    assert events.sampled and 100 <= len(rows) <= 300 and 30_000 <= events.estimated_rows <= 50_000
    assert {r[2][:4] for r in rows} == {"2024", "2025"}  # both partitions sampled
    assert len(list(mv.rows)) == len(pg_env.data.customers)


def test_metadata_only_reads_no_rows(pg_env):
    db = pg_env.dbname
    for c in (make(pg_env, metadata_only=True),
              PostgresConnector(source("postgres", pg_env.url()), settings(metadata_only=True))):
        with c:
            tc = c.read(refs_by_location(c)[f"{db}.sales.customers"])
        assert tc.metadata_only is True
        assert list(tc.rows) == []
        assert [col.name for col in tc.columns][:3] == ["id", "氏名", "フリガナ"]


def test_empty_table_gives_columns_only(pg_env):
    db = pg_env.dbname
    with make(pg_env) as c:
        tc = c.read(refs_by_location(c)[f"{db}.public.empty_new"])
    assert [col.name for col in tc.columns] == ["氏名", "email", "phone"]
    assert list(tc.rows) == [] and tc.metadata_only is False and tc.estimated_rows == 0


def test_revoked_privilege_fails_only_that_table(pg_env):
    db = pg_env.dbname
    role = pg_env.scanner + "_r"
    with pg_admin(db) as admin:
        admin.execute(f'CREATE ROLE "{role}" LOGIN')
        admin.execute(f'GRANT CONNECT ON DATABASE "{db}" TO "{role}"')
        admin.execute(f'GRANT USAGE ON SCHEMA sales, hr TO "{role}"')
        admin.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA sales, hr TO "{role}"')
        admin.execute(f'REVOKE SELECT ON hr.salaries FROM "{role}"')
    try:
        with make(pg_env, user=role, include=[f"{db}.hr.*", f"{db}.sales.customers"]) as c:
            refs = refs_by_location(c)
            assert f"{db}.hr.salaries" in refs  # listed from the catalog
            with pytest.raises(ObjectError, match="permission denied"):
                c.read(refs[f"{db}.hr.salaries"])
            assert len(list(c.read(refs[f"{db}.hr.employees"]).rows)) == len(pg_env.data.employees)
            assert len(list(c.read(refs[f"{db}.sales.customers"]).rows)) == len(pg_env.data.customers)
        # schema-only classification needs no privilege on the table: columns come from the catalog
        with make(pg_env, user=role, include=[f"{db}.hr.salaries"], metadata_only=True) as c:
            tc = c.read(refs_by_location(c)[f"{db}.hr.salaries"])
            assert [col.name for col in tc.columns] == ["id", "employee_id", "note"] and tc.metadata_only
    finally:
        with pg_admin(db) as admin:
            admin.execute(f'DROP OWNED BY "{role}"')
        with pg_admin() as admin:
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_data_error_message_never_echoes_a_value(pg_env):
    db = pg_env.dbname
    with make(pg_env) as c:
        refs = refs_by_location(c)
        with pytest.raises(ObjectError) as err:
            c.read(refs[f"{db}.hr.bad_cast"])  # email::int -> invalid input syntax for type integer: "…"
        msg = str(err.value)
        assert "22P02" in msg
        assert "@" not in msg
        assert not any(v in msg for v in pg_env.data.planted())
        # the session survives a failed statement
        assert len(list(c.read(refs[f"{db}.hr.employees"]).rows)) == len(pg_env.data.employees)


def test_statement_timeout_fails_the_table_and_the_scan_goes_on(pg_env):
    db = pg_env.dbname
    with make(pg_env, statement_timeout_ms=500) as c:
        refs = refs_by_location(c)
        t0 = time.perf_counter()
        with pytest.raises(ObjectError, match="timeout"):
            c.read(refs[f"{db}.public.slow_view"])
        assert time.perf_counter() - t0 < 2.5
        assert len(list(c.read(refs[f"{db}.sales.customers"]).rows)) == len(pg_env.data.customers)


def terminate(db: str, pid: int) -> bool:
    with pg_admin(db) as admin:
        return bool(admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0])


def test_backend_terminated_mid_query_then_reconnects(pg_env):
    db = pg_env.dbname
    with make(pg_env) as c:
        refs = refs_by_location(c)
        pid = c.connection(db).info.backend_pid
        killer = threading.Timer(0.7, terminate, (db, pid))
        killer.start()
        t0 = time.perf_counter()
        try:
            with pytest.raises(ObjectError) as err:
                c.read(refs[f"{db}.public.slow_view"])  # pg_sleep(3), killed after 0.7 s
        finally:
            killer.join()
        assert time.perf_counter() - t0 < 2.8
        assert "SQLSTATE" in str(err.value) or "connection" in str(err.value).lower()
        tc = c.read(refs[f"{db}.sales.customers"])  # next table: a new session
        assert len(list(tc.rows)) == len(pg_env.data.customers)
        assert c.connection(db).info.backend_pid != pid


def test_backend_terminated_between_tables_is_transparent(pg_env):
    db = pg_env.dbname
    with make(pg_env) as c:
        refs = refs_by_location(c)
        c.read(refs[f"{db}.hr.employees"])
        pid = c.connection(db).info.backend_pid
        assert terminate(db, pid)
        time.sleep(0.2)
        tc = c.read(refs[f"{db}.sales.customers"])
        assert len(list(tc.rows)) == len(pg_env.data.customers)
        assert c.connection(db).info.backend_pid != pid


def test_unreachable_host_is_a_fast_source_error(monkeypatch):
    monkeypatch.setenv("PISCAN_TEST_PG_PW", "s3cret-Value-42")
    port = closed_port()
    src = source("postgres", f"postgresql://scanner@127.0.0.1:{port}/crm",
                 password_env="PISCAN_TEST_PG_PW", connect_timeout=2)
    c = PostgresConnector(src, settings())
    t0 = time.perf_counter()
    with pytest.raises(SourceError) as err:
        c.check()
    assert time.perf_counter() - t0 < 5
    msg = str(err.value)
    assert f"127.0.0.1:{port}" in msg and "s3cret-Value-42" not in msg


def test_unknown_role_and_missing_password_env(pg_env, monkeypatch):
    with pytest.raises(SourceError, match="does not exist"):
        make(pg_env, user="piscan_no_such_role").check()
    monkeypatch.delenv("PISCAN_UNSET_PW", raising=False)
    with pytest.raises(SourceError, match="PISCAN_UNSET_PW"):
        make(pg_env, password_env="PISCAN_UNSET_PW").check()


def test_missing_database_is_recorded_against_it(pg_env):
    db = pg_env.dbname
    with make(pg_env, databases=["piscan_no_such_db", db]) as c:
        refs = refs_by_location(c)
        assert "piscan_no_such_db" in refs
        with pytest.raises(ObjectError, match="piscan_no_such_db"):
            c.read(refs["piscan_no_such_db"])
        assert len(list(c.read(refs[f"{db}.sales.customers"]).rows)) == len(pg_env.data.customers)


def test_url_is_validated():
    with pytest.raises(SourceError, match="invalid PostgreSQL URL"):
        PostgresConnector(source("postgres", "postgresql://a@b:5432/x?nonsense_option=1"), settings())
