"""MySQL/MariaDB connector against the real server on 127.0.0.1:3306 (fresh databases per module).

Locations `database.database.table`, enumeration with odd names and views,
include/exclude, cells as text, read-only sessions, primary-key-range sampling
of a 1,000,000-row table, schema-only reads, password from `password_env`, and
the per-table failures: missing privilege, revoked privilege, statement
timeout, killed connection, unreachable host, wrong password.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import pymysql
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from db_helpers import MyEnv, my_admin, my_env, settings, source  # noqa: E402,F401

from connectors.mysql import MysqlConnector  # noqa: E402
from scanner.errors import ObjectError, SourceError  # noqa: E402

pytestmark = [pytest.mark.integration]


def make(env: MyEnv, user: str | None = None, password_env: str | None = "", databases=None,
         include=(), exclude=(), **opts) -> MysqlConnector:
    pw = env.password_env if password_env == "" else password_env
    if pw:
        opts["password_env"] = pw
    src = source("mysql", env.url(user), include=include, exclude=exclude,
                 databases=databases if databases is not None else env.databases, **opts)
    return MysqlConnector(src, settings())


def refs_by_location(conn) -> dict:
    return {r.location: r for r in conn.list_objects()}


def loc(env: MyEnv, role: str, table: str) -> str:
    db = env.dbs[role]
    return f"{db}.{db}.{table}"


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_enumerates_tables_views_and_odd_names(my_env):
    with make(my_env) as c:
        refs = refs_by_location(c)
    expected = {loc(my_env, "sales", t) for t in ("customers", "customer_contacts", "orders_big", "orders_small")}
    expected |= {loc(my_env, "hr", t) for t in ("employees", "salaries")}
    expected |= {loc(my_env, "odd", t) for t in ("a;DROP", "顧客", "empty_new", "slow_view", "odd`name%{0}")}
    assert set(refs) == expected
    assert refs[loc(my_env, "sales", "customer_contacts")].meta["type"] == "view"
    assert refs[loc(my_env, "sales", "customers")].meta["type"] == "table"


def test_all_visible_databases_without_system_schemas(my_env):
    with make(my_env, databases=[]) as c:
        dbs = c.databases()
    # the scanner account sees exactly the databases it was granted (information_schema aside)
    assert sorted(dbs) == sorted(my_env.databases)
    assert not {"mysql", "sys", "performance_schema", "information_schema"} & {d.lower() for d in dbs}


def test_include_exclude_globs(my_env):
    sales = my_env.dbs["sales"]
    with make(my_env, include=[f"{sales}.*"], exclude=["*.orders_*"]) as c:
        assert set(refs_by_location(c)) == {loc(my_env, "sales", "customers"),
                                            loc(my_env, "sales", "customer_contacts")}
    # the same glob shape as for PostgreSQL: database.<schema>.table
    with make(my_env, include=[f"{sales}.*.customers", "*.顧客"]) as c:
        assert set(refs_by_location(c)) == {loc(my_env, "sales", "customers"), loc(my_env, "odd", "顧客")}


def test_reads_columns_comments_and_cells(my_env):
    with make(my_env) as c:
        tc = c.read(refs_by_location(c)[loc(my_env, "sales", "customers")])
    assert [col.name for col in tc.columns] == ["id", "氏名", "フリガナ", "email", "phone", "address",
                                                "postal_code", "birth_date", "note", "profile", "photo"]
    cols = {col.name: col for col in tc.columns}
    assert cols["email"].comment == "連絡先メールアドレス"
    assert cols["photo"].type == "blob" and cols["birth_date"].type == "date"
    assert tc.comment == "顧客マスタ"
    rows = list(tc.rows)
    assert len(rows) == len(my_env.data.customers)
    assert all(isinstance(v, str) or v is None for r in rows for v in r)
    assert {r[3] for r in rows} == {d["email"] for d in my_env.data.customers}
    assert my_env.data.customers[0]["profile"]["name"] in rows[0][9]  # JSON as text
    assert rows[0][10] == my_env.data.customers[0]["email"]  # UTF-8 blob decoded
    assert rows[1][10] is None  # binary blob skipped
    assert rows[0][7] == my_env.data.customers[0]["birth"]


def test_odd_identifiers_are_quoted(my_env):
    with make(my_env) as c:
        refs = refs_by_location(c)
        assert len(list(c.read(refs[loc(my_env, "odd", "a;DROP")]).rows)) == 20
        kokyaku = c.read(refs[loc(my_env, "odd", "顧客")])
        odd = c.read(refs[loc(my_env, "odd", "odd`name%{0}")])
    assert [col.name for col in kokyaku.columns] == ["氏名", "電話番号"] and len(list(kokyaku.rows)) == 30
    assert [col.name for col in odd.columns] == ["id", "e`mail%"] and len(list(odd.rows)) == 60
    assert ("1", "odd1@example.jp") in list(odd.rows)
    with make(my_env, sample_rows=5) as c:  # the key-range path with the same odd names
        small = c.read(refs_by_location(c)[loc(my_env, "odd", "odd`name%{0}")])
    assert 1 <= len(list(small.rows)) <= 5 and small.sampled
    assert any("primary-key ranges" in n for n in small.notes)
    assert all(r[1] == f"odd{r[0]}@example.jp" for r in small.rows)
    with my_admin(my_env.dbs["odd"]) as admin, admin.cursor() as cur:
        cur.execute("SELECT count(*) FROM `a;DROP`")
        assert cur.fetchone()[0] == 20


def test_sessions_are_read_only(my_env):
    sales = my_env.dbs["sales"]
    for user, pw in ((my_env.scanner, my_env.password_env), ("root", None)):
        with make(my_env, user=user, password_env=pw) as c:
            conn = c.connection()
            with conn.cursor() as cur:
                cur.execute("SELECT @@session.transaction_read_only" if c.mariadb is False
                            else "SELECT @@session.tx_read_only")
                assert cur.fetchone()[0] == 1
                with pytest.raises(pymysql.err.OperationalError) as err:
                    cur.execute(f"INSERT INTO `{sales}`.customers (email) VALUES ('x@example.jp')")
                assert err.value.args[0] in (1792, 1142)
                with pytest.raises((pymysql.err.OperationalError, pymysql.err.ProgrammingError)):
                    cur.execute(f"CREATE TABLE `{sales}`.should_not_exist (id INT)")
                with pytest.raises(pymysql.err.OperationalError):
                    cur.execute(f"DELETE FROM `{sales}`.customers")
    with my_admin(sales) as admin, admin.cursor() as cur:
        cur.execute("SELECT count(*) FROM customers")
        assert cur.fetchone()[0] == len(my_env.data.customers)
        cur.execute("SHOW TABLES LIKE 'should_not_exist'")
        assert cur.fetchall() == ()


def handler_reads(c: MysqlConnector) -> int:
    """Rows the session's handlers stepped through (index ranges + table scans)."""
    with c.connection().cursor() as cur:
        cur.execute("SHOW SESSION STATUS WHERE Variable_name IN ('Handler_read_next', 'Handler_read_rnd_next')")
        return sum(int(v) for _, v in cur.fetchall())


def test_sampling_big_table_by_key_ranges(my_env):
    with make(my_env, sample_rows=500) as c:
        ref = refs_by_location(c)[loc(my_env, "sales", "orders_big")]
        before = handler_reads(c)
        t0 = time.perf_counter()
        tc = c.read(ref)
        elapsed = time.perf_counter() - t0
        read_next = handler_reads(c) - before
    rows = list(tc.rows)
    assert 250 <= len(rows) <= 500 and tc.sampled
    assert 500_000 <= tc.estimated_rows <= 2_000_000
    assert elapsed < 3.0, f"sampling took {elapsed:.2f}s"
    ids = sorted(int(r[0]) for r in rows)
    assert ids[0] < 250_000 and ids[-1] > 750_000 and len(set(ids)) == len(ids)
    assert len({i // 100_000 for i in ids}) >= 7  # rows from all over the table, not a few clumps
    assert read_next < 50_000, f"{read_next} index rows read: looks like a full scan"
    assert any("primary-key ranges" in n for n in tc.notes)


def test_view_and_small_table_use_limit(my_env):
    with make(my_env, sample_rows=50) as c:
        refs = refs_by_location(c)
        view = c.read(refs[loc(my_env, "sales", "customer_contacts")])
        emp = c.read(refs[loc(my_env, "hr", "employees")])
    assert len(list(view.rows)) == 50 and view.estimated_rows is None
    assert len(list(emp.rows)) == 50


def test_metadata_only_reads_no_rows(my_env):
    for c in (make(my_env, metadata_only=True),
              MysqlConnector(source("mysql", my_env.url(), password_env=my_env.password_env,
                                    databases=my_env.databases), settings(metadata_only=True))):
        with c:
            tc = c.read(refs_by_location(c)[loc(my_env, "sales", "customers")])
        assert tc.metadata_only and list(tc.rows) == [] and tc.columns[1].name == "氏名"


def test_empty_table_gives_columns_only(my_env):
    with make(my_env) as c:
        tc = c.read(refs_by_location(c)[loc(my_env, "odd", "empty_new")])
    assert [col.name for col in tc.columns] == ["氏名", "email", "phone"] and list(tc.rows) == []


def test_missing_and_revoked_privileges_fail_only_those_tables(my_env):
    user = my_env.scanner[:26] + "_r"
    sales, hr = my_env.dbs["sales"], my_env.dbs["hr"]
    with my_admin() as admin, admin.cursor() as cur:
        cur.execute(f"CREATE USER '{user}'@'%%' IDENTIFIED BY %s", (my_env.password,))
        cur.execute(f"GRANT SELECT ON `{sales}`.customers TO '{user}'@'%'")
        cur.execute(f"GRANT SELECT ON `{hr}`.employees TO '{user}'@'%'")
        cur.execute(f"GRANT INSERT ON `{hr}`.salaries TO '{user}'@'%'")  # visible, not readable
    try:
        with make(my_env, user=user, databases=[sales, hr]) as c:
            refs = refs_by_location(c)
            assert set(refs) == {loc(my_env, "sales", "customers"), loc(my_env, "hr", "employees"),
                                 loc(my_env, "hr", "salaries")}
            with pytest.raises(ObjectError, match="denied"):
                c.read(refs[loc(my_env, "hr", "salaries")])
            assert len(list(c.read(refs[loc(my_env, "hr", "employees")]).rows)) == len(my_env.data.employees)
            # revoked between listing and reading
            with my_admin() as admin, admin.cursor() as cur:
                cur.execute(f"REVOKE SELECT ON `{sales}`.customers FROM '{user}'@'%'")
            with pytest.raises(ObjectError):
                c.read(refs[loc(my_env, "sales", "customers")])
            assert len(list(c.read(refs[loc(my_env, "hr", "employees")]).rows)) == len(my_env.data.employees)
    finally:
        with my_admin() as admin, admin.cursor() as cur:
            cur.execute(f"DROP USER IF EXISTS '{user}'@'%'")


def test_statement_timeout_fails_the_table_and_the_scan_goes_on(my_env):
    with make(my_env, statement_timeout_ms=1000) as c:
        refs = refs_by_location(c)
        t0 = time.perf_counter()
        with pytest.raises(ObjectError, match="timeout"):
            c.read(refs[loc(my_env, "odd", "slow_view")])
        assert time.perf_counter() - t0 < 2.8
        assert len(list(c.read(refs[loc(my_env, "sales", "customers")]).rows)) == len(my_env.data.customers)


def kill(thread_id: int) -> None:
    with my_admin() as admin, admin.cursor() as cur:
        cur.execute(f"KILL CONNECTION {int(thread_id)}")


def test_connection_killed_mid_query_then_reconnects(my_env):
    with make(my_env) as c:
        refs = refs_by_location(c)
        tid = c.connection().thread_id()
        killer = threading.Timer(0.7, kill, (tid,))
        killer.start()
        t0 = time.perf_counter()
        try:
            with pytest.raises(ObjectError):
                c.read(refs[loc(my_env, "odd", "slow_view")])  # SLEEP(3), killed after 0.7 s
        finally:
            killer.join()
        assert time.perf_counter() - t0 < 2.8
        tc = c.read(refs[loc(my_env, "sales", "customers")])
        assert len(list(tc.rows)) == len(my_env.data.customers)
        assert c.connection().thread_id() != tid


def test_connection_killed_between_tables_is_transparent(my_env):
    with make(my_env) as c:
        refs = refs_by_location(c)
        c.read(refs[loc(my_env, "hr", "employees")])
        tid = c.connection().thread_id()
        kill(tid)
        time.sleep(0.2)
        assert len(list(c.read(refs[loc(my_env, "sales", "customers")]).rows)) == len(my_env.data.customers)
        assert c.connection().thread_id() != tid


def test_unreachable_host_is_a_fast_source_error(monkeypatch):
    monkeypatch.setenv("PISCAN_TEST_MY_PW", "s3cret-Value-42")
    port = closed_port()
    c = MysqlConnector(source("mysql", f"mysql://scanner@127.0.0.1:{port}/crm",
                              password_env="PISCAN_TEST_MY_PW", connect_timeout=2), settings())
    t0 = time.perf_counter()
    with pytest.raises(SourceError) as err:
        c.check()
    assert time.perf_counter() - t0 < 5
    assert f"127.0.0.1:{port}" in str(err.value) and "s3cret-Value-42" not in str(err.value)


def test_wrong_password_and_missing_password_env(my_env, monkeypatch):
    monkeypatch.setenv("PISCAN_TEST_WRONG_PW", "wrong-Password-77")
    with pytest.raises(SourceError, match="Access denied") as err:
        make(my_env, password_env="PISCAN_TEST_WRONG_PW").check()
    assert "wrong-Password-77" not in str(err.value)
    monkeypatch.delenv("PISCAN_UNSET_PW", raising=False)
    with pytest.raises(SourceError, match="PISCAN_UNSET_PW"):
        make(my_env, password_env="PISCAN_UNSET_PW").check()


def test_missing_database_is_recorded_against_it(my_env):
    with make(my_env, databases=["piscan_no_such_db", my_env.dbs["hr"]]) as c:
        refs = refs_by_location(c)
        # a database the account cannot see simply has no tables; the others are listed
        assert loc(my_env, "hr", "employees") in refs


def test_url_scheme_is_checked():
    with pytest.raises(SourceError, match="mysql://"):
        MysqlConnector(source("mysql", "postgresql://a@b:5432/x"), settings())
