"""SQLite connector (no server needed) and the SQL helpers shared by every database connector.

The SQLite file is built per test with synthetic data: odd names, a view, an
empty table, a 200,000-row table that must be sampled by rowid probes rather
than read whole, and a read-only handle that refuses writes.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

import psycopg
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from db_helpers import fake_data, my_number, settings  # noqa: E402

from connectors.sql_common import (cell_to_text, database_selected, key_range_starts,  # noqa: E402
                                   mysql_error_message, pg_error_message, quote_backtick, quote_double,
                                   resolve_password, subsample, tablesample_percent)
from connectors.sqlite import SqliteConnector  # noqa: E402
from scanner.config import Source  # noqa: E402
from scanner.errors import ObjectError, SourceError  # noqa: E402


@pytest.fixture(scope="module")
def db_file(tmp_path_factory) -> tuple[Path, object]:
    data = fake_data(customers=50, employees=10)
    path = tmp_path_factory.mktemp("sqlite") / "crm.sqlite"
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE customers (id INTEGER PRIMARY KEY, "氏名" TEXT, email TEXT, phone TEXT, photo BLOB);
        CREATE VIEW customer_emails AS SELECT "氏名", email FROM customers;
        CREATE TABLE "a;DROP" (id INTEGER, email TEXT);
        CREATE TABLE "顧客" ("氏名" TEXT, "電話番号" TEXT);
        CREATE TABLE empty_new ("氏名" TEXT, email TEXT, phone TEXT);
        CREATE TABLE big (id INTEGER PRIMARY KEY, email TEXT);
    """)
    con.executemany('INSERT INTO customers ("氏名", email, phone, photo) VALUES (?,?,?,?)',
                    [(r["name"], r["email"], r["phone"], b"\x89PNG\r\n\x00" if i % 2 else r["email"].encode())
                     for i, r in enumerate(data.customers)])
    con.executemany('INSERT INTO "a;DROP" VALUES (?,?)', [(i, r["email"]) for i, r in enumerate(data.customers)])
    con.executemany('INSERT INTO "顧客" VALUES (?,?)', [(r["name"], r["phone"]) for r in data.customers])
    con.execute("WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < 200000) "
                "INSERT INTO big SELECT i, 'user' || i || '@example.jp' FROM g")
    con.commit()
    con.close()
    return path, data


def make(path: Path, include=(), exclude=(), settings_kw=None, **opts) -> SqliteConnector:
    src = Source(name="lite", kind="sqlite", options={"path": str(path), **opts}, include=list(include),
                 exclude=list(exclude))
    return SqliteConnector(src, settings(**(settings_kw or {})))


def test_lists_tables_and_views(db_file):
    path, _ = db_file
    with make(path) as c:
        refs = {r.location: r for r in c.list_objects()}
    assert set(refs) == {"main.customers", "main.customer_emails", "main.a;DROP", "main.顧客",
                         "main.empty_new", "main.big"}
    assert refs["main.customer_emails"].meta["type"] == "view"
    with make(path, include=["main.c*"], exclude=["*.customer_emails"]) as c:
        assert [r.location for r in c.list_objects()] == ["main.customers"]


def test_reads_cells_as_text(db_file):
    path, data = db_file
    with make(path) as c:
        refs = {r.location: r for r in c.list_objects()}
        tc = c.read(refs["main.customers"])
        odd = c.read(refs["main.a;DROP"])
        kokyaku = c.read(refs["main.顧客"])
        empty = c.read(refs["main.empty_new"])
    rows = list(tc.rows)
    assert [col.name for col in tc.columns] == ["id", "氏名", "email", "phone", "photo"]
    assert rows[0] == ("1", data.customers[0]["name"], data.customers[0]["email"], data.customers[0]["phone"],
                       data.customers[0]["email"])
    assert rows[1][4] is None  # binary blob skipped
    assert len(list(odd.rows)) == 50 and len(list(kokyaku.rows)) == 50
    assert list(empty.rows) == [] and [col.name for col in empty.columns] == ["氏名", "email", "phone"]


def test_big_table_is_sampled_not_scanned(db_file):
    path, _ = db_file
    with make(path, sample_rows=300) as c:
        ref = next(r for r in c.list_objects() if r.location == "main.big")
        t0 = time.perf_counter()
        tc = c.read(ref)
        elapsed = time.perf_counter() - t0
    ids = sorted(int(r[0]) for r in tc.rows)
    assert 100 <= len(ids) <= 300 and tc.sampled and tc.estimated_rows == 200_000
    assert ids[0] < 50_000 and ids[-1] > 150_000  # spread, not the head
    assert elapsed < 1.0


def test_metadata_only_from_option_or_scan_setting(db_file):
    path, _ = db_file
    for c in (make(path, metadata_only=True), make(path, settings_kw={"metadata_only": True})):
        with c:
            tc = c.read(next(r for r in c.list_objects() if r.location == "main.customers"))
        assert tc.metadata_only and list(tc.rows) == [] and tc.columns[1].name == "氏名"


def test_handle_is_read_only(db_file):
    path, _ = db_file
    with make(path) as c:
        conn = c._connect()
        with pytest.raises(sqlite3.OperationalError):
            conn.execute('INSERT INTO "a;DROP" VALUES (1, \'x@example.jp\')')
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("CREATE TABLE t (i)")


def test_missing_and_corrupt_files_are_source_errors(tmp_path):
    with pytest.raises(SourceError, match="not found"):
        make(tmp_path / "nope.sqlite").check()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(SourceError, match="cannot open"):
        make(bad).check()


def test_vanished_table_is_an_object_error(tmp_path):
    path = tmp_path / "x.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (a)")
    con.commit()
    with make(path) as c:
        ref = next(iter(c.list_objects()))
        con.execute("DROP TABLE t")
        con.commit()
        with pytest.raises(ObjectError):
            c.read(ref)
    con.close()


# -- sql_common ------------------------------------------------------------------------

def test_quoting():
    assert quote_double('a"b') == '"a""b"' and quote_double("顧客") == '"顧客"'
    assert quote_backtick("a`b") == "`a``b`"
    with pytest.raises(ValueError):
        quote_double("a\x00b")


def test_cell_to_text():
    assert cell_to_text(None) is None
    assert cell_to_text("山田") == "山田"
    assert cell_to_text("山田 太郎".encode()) == "山田 太郎"
    assert cell_to_text(b"\x89PNG\r\n\x1a\n") is None
    assert cell_to_text(b"abc\x00def") is None
    assert cell_to_text("あいう".encode()[:-1]) == "あい"  # cut inside a character by a server-side limit
    assert cell_to_text({"name": "山田"}) == '{"name": "山田"}'
    assert cell_to_text(True) == "true" and cell_to_text(12) == "12"
    assert cell_to_text("x" * 100, max_chars=10) == "x" * 10


def test_sampling_arithmetic():
    assert tablesample_percent(1_000_000, 1000) == pytest.approx(0.2)
    assert tablesample_percent(100, 1000) == 100.0 and tablesample_percent(0, 10) == 100.0
    starts = key_range_starts(1, 1_000_000, 50)
    assert len(starts) <= 50 and starts == sorted(set(starts)) and 1 <= starts[0] and starts[-1] <= 1_000_000
    assert key_range_starts(5, 7, 50) == [5, 6, 7] and key_range_starts(5, 4, 3) == []
    rows = list(range(100))
    assert len(subsample(rows, 10)) == 10 and subsample(rows, 200) == rows


def test_database_selected():
    assert database_selected("crm", [])
    assert database_selected("crm", ["crm.public.*"]) and database_selected("crm", ["*.customers"])
    assert not database_selected("hr", ["crm.*"])
    assert database_selected("hr", ["**"])


def test_password_env(monkeypatch):
    monkeypatch.setenv("PISCAN_T_PW", "pw")
    assert resolve_password({"password_env": "PISCAN_T_PW"}, "s") == "pw"
    assert resolve_password({}, "s") is None
    monkeypatch.delenv("PISCAN_T_PW")
    with pytest.raises(SourceError, match="PISCAN_T_PW"):
        resolve_password({"password_env": "PISCAN_T_PW"}, "s")


def test_error_messages_withhold_values():
    planted = "taro.yamada@example.co.jp"
    exc = psycopg.errors.InvalidTextRepresentation(f'invalid input syntax for type integer: "{planted}"')
    msg = pg_error_message(exc)
    assert planted not in msg and "message withheld" in msg
    dup = __import__("pymysql").err.IntegrityError(1062, f"Duplicate entry '{planted}' for key 'email'")
    assert planted not in mysql_error_message(dup)
    denied = __import__("pymysql").err.OperationalError(1142, "SELECT command denied to user 'x'@'h' for table `t`")
    assert "SELECT command denied" in mysql_error_message(denied)
    assert "hunter2" not in mysql_error_message(
        __import__("pymysql").err.OperationalError(2003, "Can't connect: password hunter2"), "hunter2")


def test_my_number_helper_has_valid_check_digit():
    import random
    from stdnum.jp import in_
    rng = random.Random(1)
    assert all(in_.is_valid(my_number(rng)) for _ in range(20))
