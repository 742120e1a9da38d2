"""Benchmark: a second scan of an unchanged tree must read no file and take < 1/10 of the first.

Builds a tree of N small files (default 10,000) with synthetic PI, scans it twice
with the same config and prints both times, the ratio and the objects re-read.

    python bench/incremental.py [--files 10000] [--workers 2]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scanner.config import load_config  # noqa: E402
from scanner.inventory import Inventory  # noqa: E402
from scanner.pipeline import ScanOptions, run_scan  # noqa: E402

CONFIG = """
[scan]
workers = {workers}
[[sources]]
name = "tree"
kind = "filesystem"
path = "tree"
region = "JP"
[[register]]
source = "tree"
location = "**"
categories = ["c"]
purposes = ["p"]
[policy]
[[policy.purposes]]
id = "p"
description = "bench"
[[policy.categories]]
id = "c"
name = "bench"
purposes = ["p"]
pii_types = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS", "POSTAL_CODE"]
allowed_regions = ["JP"]
disclosure = "legal"
"""


def build(root: Path, n: int) -> int:
    rnd = random.Random(7)
    total = 0
    for i in range(n):
        d = root / f"d{i // 500:03d}"
        d.mkdir(parents=True, exist_ok=True)
        body = (f"顧客番号 {i}\n担当: 山田 太郎 様\nメール: user{i}@example.co.jp\n"
                f"電話: 03-{rnd.randint(1000, 9999)}-{rnd.randint(1000, 9999)}\n"
                + "本文のテキストです。" * rnd.randint(5, 40) + "\n")
        (d / f"f{i:05d}.txt").write_text(body, encoding="utf-8")
        total += len(body.encode())
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        nbytes = build(root / "tree", a.files)
        (root / "piscan.toml").write_text(CONFIG.format(workers=a.workers), encoding="utf-8")
        config = load_config(root / "piscan.toml")
        t0 = time.perf_counter()
        first = run_scan(config, ScanOptions())
        t1 = time.perf_counter()
        second = run_scan(config, ScanOptions())
        t2 = time.perf_counter()
        inv = Inventory(config.scan.inventory)
        reused = inv.sources(second.scan_id)[0]["objects_reused"]
        inv.close()
        first_s, second_s = t1 - t0, t2 - t1
        print(f"files: {a.files}  bytes: {nbytes / 1e6:.1f} MB  workers: {a.workers}")
        print(f"first scan:  {first_s:8.2f} s  ({a.files / first_s:,.0f} files/s, {nbytes / 1e6 / first_s:.2f} MB/s)")
        print(f"second scan: {second_s:8.2f} s  (objects carried over: {reused}, re-read: {a.files - reused})")
        print(f"ratio second/first: {second_s / first_s:.3f}  ({'PASS' if second_s < first_s / 10 else 'FAIL'} < 0.1)")
        print(f"findings identical: {first.report['locations'] == second.report['locations']}")


if __name__ == "__main__":
    main()
