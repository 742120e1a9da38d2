"""Benchmark: scanning a 1,000,000-row table costs about what a 10,000-row table of the same shape does.

Builds throw-away databases on the local PostgreSQL (127.0.0.1:5432, user
postgres) and MariaDB/MySQL (127.0.0.1:3306, root) servers with two tables of
the same shape (`orders_big`: 1,000,000 rows, `orders_small`: 10,000 rows,
synthetic Japanese PI), then times, for each engine and table:
  * `connector`: the connector's read() (sampling) + the classifier engine's
    analyze_table over the sample (the engine is warmed up first), best of N;
  * `piscan scan` (with --scan): the whole CLI on a config that includes just that table,
    best of N.
Prints the times and their ratio, and exits 1 when a 1M/10k ratio reaches 3.

    PYTHONPATH=. .venv/bin/python bench/db_sampling.py [--engines postgres,mysql] [--repeat 3] [--scan]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from db_helpers import (build_mysql, build_pg, drop_mysql, drop_pg, fake_data, pg_url,  # noqa: E402
                        settings, source, unique_name)

from classifiers.engine import EngineOptions, get_engine  # noqa: E402
from connectors.mysql import MysqlConnector  # noqa: E402
from connectors.postgres import PostgresConnector  # noqa: E402

LIMIT = 3.0


def time_connector(make, location: str, repeat: int) -> tuple[float, int]:
    engine = get_engine(EngineOptions())
    best, rows_n = float("inf"), 0
    for _ in range(repeat):
        conn = make()
        ref = next(r for r in conn.list_objects() if r.location == location)
        t0 = time.perf_counter()
        content = conn.read(ref)
        rows = list(content.rows)
        engine.analyze_table([c.name for c in content.columns], rows)
        best = min(best, time.perf_counter() - t0)
        rows_n = len(rows)
        conn.close()
    return best, rows_n


def time_scan(source_toml: str, location: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "bench.toml"
        cfg.write_text(
            "[scan]\nworkers = 1\n" + source_toml + f'include = ["{location}"]\n'
            '[[register]]\nsource = "db"\nlocation = "**"\ncategories = ["c"]\npurposes = ["p"]\n'
            '[policy]\n[[policy.purposes]]\nid = "p"\ndescription = "bench"\n'
            '[[policy.categories]]\nid = "c"\nname = "bench"\npurposes = ["p"]\n'
            'pii_types = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]\nallowed_regions = ["JP"]\n'
            'disclosure = "legal"\n', encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "scanner.cli", "-q", "scan", "-c", str(cfg), "-o",
                               str(Path(tmp) / "out"), "--full"], env=env, capture_output=True, check=False)
        elapsed = time.perf_counter() - t0
        report_file = Path(tmp) / "out" / "report.json"
        rep = json.loads(report_file.read_text(encoding="utf-8")) if report_file.exists() else {}
        scanned = sum(s.get("objects_scanned", 0) for s in rep.get("sources", []))
        if proc.returncode != 0 or scanned != 1:
            raise SystemExit(f"piscan scan of {location} failed (exit {proc.returncode}, {scanned} objects): "
                             f"{proc.stderr[-500:]}")
        return elapsed


def report(engine: str, results: dict[str, tuple[float, int]], what: str) -> bool:
    big, small = results["orders_big"], results["orders_small"]
    ratio = big[0] / small[0] if small[0] > 0 else float("inf")
    detail = (lambda r: f" ({r[1]} rows sampled)") if what == "connector" else (lambda r: "")
    print(f"{engine:9} {what:10} 1,000,000 rows: {big[0]:7.3f}s{detail(big)}   "
          f"10,000 rows: {small[0]:7.3f}s{detail(small)}   ratio {ratio:.2f}"
          f"  {'OK' if ratio < LIMIT else 'TOO SLOW'}")
    return ratio < LIMIT


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--engines", default="postgres,mysql")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scan", action="store_true", help="also time the whole `piscan scan`")
    args = ap.parse_args()
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    data = fake_data()
    ok = True
    get_engine(EngineOptions()).analyze_table(["email"], [["warm.up@example.jp"]])
    if "postgres" in engines:
        db = unique_name("bench")
        t0 = time.perf_counter()
        build_pg(db, data)
        print(f"postgres: built {db} in {time.perf_counter() - t0:.1f}s")
        try:
            url = pg_url("postgres", db)

            def make():
                return PostgresConnector(source("postgres", url, name="db"), settings())
            res = {t: time_connector(make, f"{db}.sales.{t}", args.repeat) for t in ("orders_big", "orders_small")}
            ok &= report("postgres", res, "connector")
            if args.scan:
                toml = f'[[sources]]\nname = "db"\nkind = "postgres"\nurl = {json.dumps(url)}\nregion = "JP"\n'
                res = {t: (min(time_scan(toml, f"{db}.sales.{t}") for _ in range(args.repeat)), 0)
                       for t in ("orders_big", "orders_small")}
                ok &= report("postgres", res, "piscan")
        finally:
            drop_pg(db)
    if "mysql" in engines:
        prefix = unique_name("bench")
        t0 = time.perf_counter()
        dbs = build_mysql(prefix, data)
        sales = dbs["sales"]
        print(f"mysql: built {prefix}_* in {time.perf_counter() - t0:.1f}s")
        try:
            url = "mysql://root@127.0.0.1:3306/"

            def make():
                return MysqlConnector(source("mysql", url, name="db", databases=[sales]), settings())
            res = {t: time_connector(make, f"{sales}.{sales}.{t}", args.repeat)
                   for t in ("orders_big", "orders_small")}
            ok &= report("mysql", res, "connector")
            if args.scan:
                toml = (f'[[sources]]\nname = "db"\nkind = "mysql"\nurl = {json.dumps(url)}\nregion = "JP"\n'
                        f'databases = [{json.dumps(sales)}]\n')
                res = {t: (min(time_scan(toml, f"{sales}.{sales}.{t}") for _ in range(args.repeat)), 0)
                       for t in ("orders_big", "orders_small")}
                ok &= report("mysql", res, "piscan")
        finally:
            drop_mysql(list(dbs.values()))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
