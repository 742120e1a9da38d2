"""Fixtures for the database connector tests: fresh databases full of synthetic Japanese PI.

Each test module gets its own uniquely named PostgreSQL database (or set of
MariaDB/MySQL databases, since there a schema is a database) holding several
schemas and tables of Faker ja_JP data, odd identifiers (`a;DROP`, `顧客`),
views, an empty table, a table whose view fails on a cast (to prove error
messages never echo a cell), a slow view (timeouts, killed connections), and a
1,000,000-row table generated server-side (`generate_series` on PostgreSQL, a
recursive-CTE cross join on MySQL/MariaDB). Tests connect as a least-privilege
scanner account created with the GRANTs that docs/databases.md documents.
Everything is dropped at teardown. When a server is unreachable the tests skip,
except under CI=true where they fail.
"""

from __future__ import annotations

import json
import os
import random
import re
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pytest

from scanner.config import ScanSettings, Source

CI = os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")
# .ci/services.d/10-databases.sh exports these; the defaults are the machine's servers
PG_ADMIN = {"host": os.environ.get("PISCAN_TEST_PG_HOST", "127.0.0.1"),
            "port": int(os.environ.get("PISCAN_TEST_PG_PORT", "5432")), "user": "postgres"}
MY_ADMIN = {"host": os.environ.get("PISCAN_TEST_MYSQL_HOST", "127.0.0.1"),
            "port": int(os.environ.get("PISCAN_TEST_MYSQL_PORT", "3306")), "user": "root", "password": ""}
BIG_ROWS = 1_000_000
SMALL_ROWS = 10_000
SEED_ROWS = 1000


def server_unavailable(what: str, exc: BaseException) -> None:
    """Skip when a server is missing on a developer machine; fail under CI=true."""
    msg = f"{what} is not reachable ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
    if CI:
        pytest.fail(msg + " — CI=true: database tests must run (.ci/services.d/10-databases.sh starts the servers)")
    pytest.skip(msg)


def unique_name(tag: str) -> str:
    """`piscan_<tag>_<pid>_<random>`: the pid lets a later run drop what a killed run left behind."""
    return f"piscan_{tag}_{os.getpid()}_{uuid.uuid4().hex[:6]}"


_OURS = re.compile(r"piscan_[a-z]+_(\d+)_[0-9a-f]{6}")


def _stale(name: str) -> bool:
    """A name made by unique_name() in a process that no longer runs."""
    m = _OURS.match(name)
    if not m:
        return False
    try:
        os.kill(int(m.group(1)), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False
    return False


def drop_stale_pg() -> None:
    with pg_admin() as admin:
        for (db,) in admin.execute("SELECT datname FROM pg_database WHERE datname LIKE 'piscan\\_%'").fetchall():
            if _stale(db):
                drop_pg(db)
        for (role,) in admin.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'piscan\\_%'").fetchall():
            if _stale(role):
                try:
                    admin.execute(f"DROP ROLE IF EXISTS {_pg_q(role)}")
                except Exception:  # noqa: BLE001 - still owns objects in a live database
                    pass


def drop_stale_mysql() -> None:
    with my_admin() as conn, conn.cursor() as cur:
        cur.execute("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'piscan\\_%'")
        stale_dbs = [r[0] for r in cur.fetchall() if _stale(r[0])]
        cur.execute("SELECT User FROM mysql.user WHERE User LIKE 'piscan\\_%'")
        stale_users = [r[0] for r in cur.fetchall() if _stale(r[0])]
    if stale_dbs or stale_users:
        drop_mysql(stale_dbs, stale_users)


def settings(tmp: Path | None = None, **kw: Any) -> ScanSettings:
    tmp = tmp or Path("/tmp")
    s = ScanSettings(inventory=tmp / "inventory.sqlite", hmac_key_file=tmp / "hmac.key")
    for k, v in kw.items():
        setattr(s, k, v)
    return s


def source(kind: str, url: str, name: str = "db", include=(), exclude=(), **options: Any) -> Source:
    return Source(name=name, kind=kind, options={"url": url, **options}, include=list(include),
                  exclude=list(exclude), region="JP")


# -- synthetic data -------------------------------------------------------------------

def my_number(rng: random.Random) -> str:
    """A 12-digit 個人番号 with a valid check digit (synthetic)."""
    digits = [rng.randrange(10) for _ in range(11)]
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    return "".join(map(str, digits)) + str(check)


@dataclass
class FakeData:
    customers: list[dict] = field(default_factory=list)
    employees: list[dict] = field(default_factory=list)
    seed: list[dict] = field(default_factory=list)

    def planted(self) -> set[str]:
        """Every raw PI string planted (for leak checks)."""
        out: set[str] = set()
        for rows in (self.customers, self.employees, self.seed):
            for r in rows:
                for k, v in r.items():
                    if k in ("name", "kana", "email", "phone", "address", "my_number", "salary_note") and v:
                        out.add(str(v))
        return out


def fake_data(seed: int = 20240401, customers: int = 200, employees: int = 60) -> FakeData:
    from faker import Faker
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    data = FakeData()
    for i in range(customers):
        data.customers.append({
            "name": fake.name(), "kana": fake.kana_name(), "email": fake.unique.email(),
            "phone": fake.phone_number(), "address": fake.address(), "postal": fake.zipcode(),
            "birth": fake.date_of_birth(minimum_age=18, maximum_age=90).isoformat(),
            "note": f"{fake.name()}様より問い合わせ。連絡先 {fake.phone_number()}",
            "profile": {"name": fake.name(), "mail": fake.email(), "tags": ["vip"] if i % 7 == 0 else []},
        })
    for _ in range(employees):
        data.employees.append({"name": fake.name(), "email": fake.unique.email(),
                               "my_number": my_number(rng), "address": fake.address(),
                               "salary_note": f"{fake.name()} 基本給"})
    for i in range(SEED_ROWS):
        data.seed.append({"i": i, "name": fake.name(), "email": f"u{i}.{fake.user_name()}@example.jp",
                          "phone": fake.phone_number()})
    return data


# -- PostgreSQL -----------------------------------------------------------------------

def pg_admin(dbname: str = "postgres"):
    import psycopg
    return psycopg.connect(dbname=dbname, autocommit=True, connect_timeout=5, **PG_ADMIN)


def pg_url(user: str, dbname: str | None = None) -> str:
    return f"postgresql://{user}@{PG_ADMIN['host']}:{PG_ADMIN['port']}/{dbname or ''}"


def pg_scanner_grants(role: str, dbname: str, schemas: list[str]) -> list[str]:
    """The least-privilege GRANTs from docs/databases.md (PostgreSQL)."""
    q = _pg_q
    sch = ", ".join(q(s) for s in schemas)
    return [
        f"GRANT CONNECT ON DATABASE {q(dbname)} TO {q(role)}",
        f"GRANT USAGE ON SCHEMA {sch} TO {q(role)}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {sch} TO {q(role)}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {sch} GRANT SELECT ON TABLES TO {q(role)}",
        f"ALTER ROLE {q(role)} SET default_transaction_read_only = on",
    ]


def _pg_q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


PG_SCHEMAS = ["public", "sales", "hr", "顧客管理"]


def build_pg(dbname: str, data: FakeData, big_rows: int = BIG_ROWS, small_rows: int = SMALL_ROWS) -> None:
    """Create and fill the test database (as the superuser)."""
    with pg_admin() as admin:
        admin.execute(f"CREATE DATABASE {_pg_q(dbname)} ENCODING 'UTF8' TEMPLATE template0")
    with pg_admin(dbname) as c:
        c.execute("CREATE SCHEMA sales; CREATE SCHEMA hr; CREATE SCHEMA \"顧客管理\"")
        c.execute("""
            CREATE TABLE sales.customers (
                id serial PRIMARY KEY, "氏名" text, "フリガナ" text, email text, phone text,
                address text, postal_code text, birth_date date, note text, profile jsonb, photo bytea);
            COMMENT ON TABLE sales.customers IS '顧客マスタ';
            COMMENT ON COLUMN sales.customers.email IS '連絡先メールアドレス';
            CREATE VIEW sales.customer_contacts AS SELECT "氏名", email, phone FROM sales.customers;
            CREATE TABLE hr.employees (id serial PRIMARY KEY, "氏名" text, email text, my_number text,
                                       "住所" text);
            CREATE TABLE hr.salaries (id serial PRIMARY KEY, employee_id int, note text);
            CREATE VIEW hr.bad_cast AS SELECT email::int AS broken FROM hr.employees;
            CREATE TABLE public."a;DROP" (id int, email text);
            CREATE TABLE public."odd""name%{0}" (id int, "e""mail%" text);
            INSERT INTO public."odd""name%{0}" SELECT g, 'odd' || g || '@example.jp' FROM generate_series(1, 60) g;
            CREATE TABLE "顧客管理"."顧客" ("氏名" text, "電話番号" text);
            CREATE TABLE public.empty_new ("氏名" text, email text, phone text);
            CREATE VIEW public.slow_view AS SELECT pg_sleep(3)::text AS s, 'x'::text AS t;
            CREATE TABLE sales.never_analysed (id int, email text) WITH (autovacuum_enabled = false);
            CREATE TABLE sales.events (id bigint, email text, at date) PARTITION BY RANGE (at);
            CREATE TABLE sales.events_2024 PARTITION OF sales.events
                FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE sales.events_2025 PARTITION OF sales.events
                FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
        """)
        with c.cursor() as cur:
            cur.executemany(
                'INSERT INTO sales.customers ("氏名","フリガナ",email,phone,address,postal_code,birth_date,'
                'note,profile,photo) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)',
                [(r["name"], r["kana"], r["email"], r["phone"], r["address"], r["postal"], r["birth"],
                  r["note"], json.dumps(r["profile"], ensure_ascii=False),
                  (b"\x89PNG\r\n\x1a\n\x00\x00" if i % 2 else r["email"].encode()))
                 for i, r in enumerate(data.customers)])
            cur.executemany('INSERT INTO hr.employees ("氏名",email,my_number,"住所") VALUES (%s,%s,%s,%s)',
                            [(r["name"], r["email"], r["my_number"], r["address"]) for r in data.employees])
            cur.executemany("INSERT INTO hr.salaries (employee_id, note) VALUES (%s,%s)",
                            [(i, r["salary_note"]) for i, r in enumerate(data.employees)])
            cur.executemany('INSERT INTO public."a;DROP" VALUES (%s,%s)',
                            [(i, r["email"]) for i, r in enumerate(data.customers[:20])])
            cur.executemany('INSERT INTO "顧客管理"."顧客" VALUES (%s,%s)',
                            [(r["name"], r["phone"]) for r in data.customers[:30]])
            c.execute("CREATE TABLE public.seed (i int PRIMARY KEY, name text, email text, phone text)")
            cur.executemany("INSERT INTO public.seed VALUES (%s,%s,%s,%s)",
                            [(r["i"], r["name"], r["email"], r["phone"]) for r in data.seed])
        for table, n in (("orders_big", big_rows), ("orders_small", small_rows)):
            c.execute(f"""
                CREATE TABLE sales.{table} (id bigint PRIMARY KEY, customer_name text, email text,
                                            phone text, amount int, note text);
                INSERT INTO sales.{table}
                SELECT g, s.name, s.email, s.phone, (g % 10000)::int, '注文 ' || g || ' ' || s.name
                FROM generate_series(1, {int(n)}) g JOIN public.seed s ON s.i = g % {SEED_ROWS};
            """)
        c.execute("INSERT INTO sales.never_analysed SELECT g, 'n' || g || '@example.jp' "
                  "FROM generate_series(1, 50000) g")
        c.execute("INSERT INTO sales.events SELECT g, 'ev' || g || '@example.jp', "
                  "date '2024-01-01' + (g % 700) FROM generate_series(1, 40000) g")
        c.execute("ANALYZE sales.events")
        c.execute("CREATE MATERIALIZED VIEW sales.customer_emails_mv AS SELECT email FROM sales.customers")
        # large objects referenced through the lo extension's type: one text document, one binary
        c.execute("CREATE EXTENSION IF NOT EXISTS lo SCHEMA public")
        c.execute("CREATE TABLE hr.documents (id int PRIMARY KEY, body public.lo)")
        c.execute("INSERT INTO hr.documents VALUES "
                  "(1, lo_from_bytea(0, convert_to(%s, 'UTF8'))::public.lo), "
                  "(2, lo_from_bytea(0, '\\x89504e470d0a1a0a00'::bytea)::public.lo), (3, NULL)",
                  (f"履歴書 氏名: {data.employees[0]['name']} メール: {data.employees[0]['email']}",))
        c.execute(f"GRANT SELECT ON LARGE OBJECT "
                  f"{', '.join(str(r[0]) for r in c.execute('SELECT body FROM hr.documents WHERE body IS NOT NULL'))} "
                  f"TO PUBLIC")
        c.execute("DROP TABLE public.seed")
        c.execute("ANALYZE sales.customers; ANALYZE sales.orders_big; ANALYZE sales.orders_small; "
                  "ANALYZE hr.employees")


def drop_pg(dbname: str, roles: list[str] = ()) -> None:
    with pg_admin() as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (dbname,))
        admin.execute(f"DROP DATABASE IF EXISTS {_pg_q(dbname)}")
        for r in roles:
            admin.execute(f"DROP ROLE IF EXISTS {_pg_q(r)}")


@dataclass
class PgEnv:
    dbname: str
    scanner: str  # least-privilege role
    data: FakeData

    def url(self, user: str | None = None, db: str | None = "") -> str:
        return pg_url(user or self.scanner, self.dbname if db == "" else db)

    def admin(self):
        return pg_admin(self.dbname)


def pg_available() -> None:
    try:
        pg_admin().close()
    except Exception as exc:  # noqa: BLE001
        server_unavailable(f"PostgreSQL on {PG_ADMIN['host']}:{PG_ADMIN['port']}", exc)
    drop_stale_pg()


@contextmanager
def pg_environment(big_rows: int = BIG_ROWS) -> Iterator[PgEnv]:
    """A fresh PostgreSQL test database and scanner role, dropped on exit."""
    pg_available()
    data = fake_data()
    dbname = unique_name("pg")
    scanner = unique_name("scan")
    try:
        build_pg(dbname, data, big_rows=big_rows)
        with pg_admin(dbname) as c:
            c.execute(f"CREATE ROLE {_pg_q(scanner)} LOGIN")
            for stmt in pg_scanner_grants(scanner, dbname, PG_SCHEMAS):
                c.execute(stmt)
        yield PgEnv(dbname, scanner, data)
    finally:
        drop_pg(dbname, [scanner])


@pytest.fixture(scope="module")
def pg_env() -> Iterator[PgEnv]:
    """One database per test module, with the 1,000,000-row table."""
    with pg_environment() as env:
        yield env


@pytest.fixture(scope="module")
def pg_env_small() -> Iterator[PgEnv]:
    """The same shape with a 20,000-row "big" table (end-to-end scans)."""
    with pg_environment(big_rows=20_000) as env:
        yield env


# -- MySQL / MariaDB ------------------------------------------------------------------

def my_admin(database: str | None = None):
    import pymysql
    return pymysql.connect(database=database, charset="utf8mb4", autocommit=True, connect_timeout=5,
                           **MY_ADMIN)


def _my_q(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def my_scanner_grants(user: str, databases: list[str]) -> list[str]:
    """The least-privilege GRANTs from docs/databases.md (MySQL/MariaDB)."""
    return [f"GRANT SELECT ON {_my_q(db)}.* TO '{user}'@'%'" for db in databases]


def my_exec(cur, sql: str, args: Any = None) -> None:
    cur.execute(sql, args)


def build_mysql(prefix: str, data: FakeData, big_rows: int = BIG_ROWS,
                small_rows: int = SMALL_ROWS) -> dict[str, str]:
    """Create the databases `<prefix>_sales`, `<prefix>_hr`, `<prefix>_顧客管理`; return role -> name."""
    dbs = {"sales": f"{prefix}_sales", "hr": f"{prefix}_hr", "odd": f"{prefix}_顧客管理"}
    q = _my_q
    with my_admin() as conn, conn.cursor() as cur:
        for db in dbs.values():
            cur.execute(f"CREATE DATABASE {q(db)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        s, h, o = (q(dbs[k]) for k in ("sales", "hr", "odd"))
        cur.execute(f"""CREATE TABLE {s}.customers (
            id INT AUTO_INCREMENT PRIMARY KEY, `氏名` VARCHAR(100), `フリガナ` VARCHAR(100),
            email VARCHAR(200) COMMENT '連絡先メールアドレス', phone VARCHAR(50), address TEXT,
            postal_code VARCHAR(10), birth_date DATE, note LONGTEXT, profile JSON, photo BLOB
        ) COMMENT='顧客マスタ'""")
        cur.execute(f"CREATE VIEW {s}.customer_contacts AS SELECT `氏名`, email, phone FROM {s}.customers")
        cur.execute(f"CREATE TABLE {h}.employees (id INT AUTO_INCREMENT PRIMARY KEY, `氏名` VARCHAR(100), "
                    f"email VARCHAR(200), my_number CHAR(12), `住所` TEXT)")
        cur.execute(f"CREATE TABLE {h}.salaries (id INT AUTO_INCREMENT PRIMARY KEY, employee_id INT, note TEXT)")
        cur.execute(f"CREATE TABLE {o}.`a;DROP` (id INT, email VARCHAR(200))")
        cur.execute(f"CREATE TABLE {o}.`顧客` (`氏名` VARCHAR(100), `電話番号` VARCHAR(50))")
        cur.execute(f"CREATE TABLE {o}.`odd``name%{{0}}` (id INT PRIMARY KEY, `e``mail%` VARCHAR(200))")
        cur.executemany(f"INSERT INTO {o}.`odd``name%%{{0}}` VALUES (%s, %s)",
                        [(i, f"odd{i}@example.jp") for i in range(1, 61)])
        cur.execute(f"ANALYZE TABLE {o}.`odd``name%{{0}}`")
        cur.execute(f"CREATE TABLE {o}.empty_new (`氏名` VARCHAR(100), email VARCHAR(200), phone VARCHAR(50))")
        cur.execute(f"CREATE VIEW {o}.slow_view AS SELECT SLEEP(3) AS s, 'x' AS t")
        cur.executemany(
            f"INSERT INTO {s}.customers (`氏名`,`フリガナ`,email,phone,address,postal_code,birth_date,note,"
            f"profile,photo) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
            [(r["name"], r["kana"], r["email"], r["phone"], r["address"], r["postal"], r["birth"], r["note"],
              json.dumps(r["profile"], ensure_ascii=False),
              (b"\x89PNG\r\n\x1a\n\x00\x00" if i % 2 else r["email"].encode()))
             for i, r in enumerate(data.customers)])
        cur.executemany(f"INSERT INTO {h}.employees (`氏名`,email,my_number,`住所`) VALUES (%s,%s,%s,%s)",
                        [(r["name"], r["email"], r["my_number"], r["address"]) for r in data.employees])
        cur.executemany(f"INSERT INTO {h}.salaries (employee_id, note) VALUES (%s,%s)",
                        [(i, r["salary_note"]) for i, r in enumerate(data.employees)])
        cur.executemany(f"INSERT INTO {o}.`a;DROP` VALUES (%s,%s)",
                        [(i, r["email"]) for i, r in enumerate(data.customers[:20])])
        cur.executemany(f"INSERT INTO {o}.`顧客` VALUES (%s,%s)",
                        [(r["name"], r["phone"]) for r in data.customers[:30]])
        cur.execute(f"CREATE TEMPORARY TABLE {s}.seed (i INT PRIMARY KEY, name VARCHAR(100), "
                    f"email VARCHAR(200), phone VARCHAR(50))")
        cur.executemany(f"INSERT INTO {s}.seed VALUES (%s,%s,%s,%s)",
                        [(r["i"], r["name"], r["email"], r["phone"]) for r in data.seed])
        for table, n in (("orders_big", big_rows), ("orders_small", small_rows)):
            cur.execute(f"CREATE TABLE {s}.{table} (id BIGINT PRIMARY KEY, customer_name VARCHAR(100), "
                        f"email VARCHAR(200), phone VARCHAR(50), amount INT, note VARCHAR(200))")
            # a recursive CTE of ten digits, cross-joined six times: 1,000,000 keys server-side
            cur.execute(f"""
                INSERT INTO {s}.{table}
                WITH RECURSIVE d(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM d WHERE x < 9)
                SELECT k.n, sd.name, sd.email, sd.phone, MOD(k.n, 10000), CONCAT('注文 ', k.n, ' ', sd.name)
                FROM (SELECT a.x + 10*b.x + 100*c.x + 1000*e.x + 10000*f.x + 100000*g.x + 1 AS n
                      FROM d a, d b, d c, d e, d f, d g) k
                JOIN {s}.seed sd ON sd.i = MOD(k.n, {SEED_ROWS})
                WHERE k.n <= %s""", (int(n),))
            cur.execute(f"ANALYZE TABLE {s}.{table}")
        cur.execute(f"DROP TEMPORARY TABLE {s}.seed")
        cur.execute(f"ANALYZE TABLE {s}.customers")
    return dbs


def drop_mysql(databases: list[str], users: list[str] = ()) -> None:
    with my_admin() as conn, conn.cursor() as cur:
        for db in databases:
            cur.execute(f"DROP DATABASE IF EXISTS {_my_q(db)}")
        for u in users:
            cur.execute(f"DROP USER IF EXISTS '{u}'@'%'")


@dataclass
class MyEnv:
    dbs: dict[str, str]
    scanner: str
    password: str
    password_env: str
    data: FakeData
    prefix: str = ""

    def url(self, user: str | None = None, db: str | None = None) -> str:
        return f"mysql://{user or self.scanner}@{MY_ADMIN['host']}:{MY_ADMIN['port']}/{db or ''}"

    @property
    def databases(self) -> list[str]:
        return list(self.dbs.values())


def my_available() -> None:
    try:
        my_admin().close()
    except Exception as exc:  # noqa: BLE001
        server_unavailable(f"MariaDB/MySQL on {MY_ADMIN['host']}:{MY_ADMIN['port']}", exc)
    drop_stale_mysql()


@contextmanager
def my_environment(big_rows: int = BIG_ROWS) -> Iterator[MyEnv]:
    """Fresh MariaDB/MySQL test databases and scanner account, dropped on exit."""
    my_available()
    data = fake_data()
    prefix = unique_name("my")
    scanner = unique_name("scan")[:32]
    password = "pw-" + uuid.uuid4().hex
    env_var = "PISCAN_TEST_MYSQL_PASSWORD"
    dbs: dict[str, str] = {}
    old = os.environ.get(env_var)
    os.environ[env_var] = password
    try:
        dbs = build_mysql(prefix, data, big_rows=big_rows)
        with my_admin() as conn, conn.cursor() as cur:
            cur.execute(f"CREATE USER '{scanner}'@'%%' IDENTIFIED BY %s", (password,))
            for stmt in my_scanner_grants(scanner, list(dbs.values())):
                cur.execute(stmt)
        yield MyEnv(dbs, scanner, password, env_var, data, prefix)
    finally:
        if old is None:
            os.environ.pop(env_var, None)
        else:
            os.environ[env_var] = old
        drop_mysql(list(dbs.values()) or [f"{prefix}_sales", f"{prefix}_hr", f"{prefix}_顧客管理"], [scanner])


@pytest.fixture(scope="module")
def my_env() -> Iterator[MyEnv]:
    """Databases per test module, with the 1,000,000-row table."""
    with my_environment() as env:
        yield env


@pytest.fixture(scope="module")
def my_env_small() -> Iterator[MyEnv]:
    """The same shape with a 20,000-row "big" table (end-to-end scans)."""
    with my_environment(big_rows=20_000) as env:
        yield env
