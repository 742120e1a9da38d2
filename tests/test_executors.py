"""The same pipeline on a real Dask scheduler and workers gives the same findings as locally."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from scanner.config import load_config
from scanner.pipeline import ScanOptions, run_scan

SCHEDULER = os.environ.get("PISCAN_TEST_DASK_SCHEDULER")
pytestmark = pytest.mark.integration


def _require_scheduler() -> str:
    if not SCHEDULER:
        if os.environ.get("CI") == "true":
            pytest.fail("PISCAN_TEST_DASK_SCHEDULER is not set: .ci/services.d/50-dask.sh did not run")
        pytest.skip("no Dask scheduler (run via scripts/test.sh)")
    return SCHEDULER


CONFIG = """
[[sources]]
name = "share"
kind = "filesystem"
path = "share"
region = "JP"
[[sources]]
name = "db"
kind = "sqlite"
path = "db.sqlite"
region = "JP"
[policy]
[[policy.purposes]]
id = "p"
description = "x"
[[policy.categories]]
id = "c"
name = "c"
purposes = ["p"]
pii_types = ["EMAIL_ADDRESS"]
allowed_regions = ["JP"]
disclosure = "legal"
"""


def test_dask_executor_matches_local(tmp_path: Path):
    scheduler = _require_scheduler()
    share = tmp_path / "share"
    share.mkdir()
    for i in range(12):
        (share / f"f{i}.txt").write_text(f"担当 user{i}@example.co.jp 090-1234-{5600 + i}\n", encoding="utf-8")
    (share / "broken.xlsx").write_bytes(b"PK\x03\x04broken")
    db = sqlite3.connect(tmp_path / "db.sqlite")
    db.execute("CREATE TABLE t(email TEXT)")
    db.executemany("INSERT INTO t VALUES(?)", [(f"d{i}@example.jp",) for i in range(5)])
    db.commit()
    db.close()
    (tmp_path / "c.toml").write_text(CONFIG, encoding="utf-8")
    config = load_config(tmp_path / "c.toml")
    local = run_scan(config, ScanOptions(full=True))
    dask = run_scan(config, ScanOptions(full=True, executor="dask", scheduler=scheduler))

    def view(rep):
        return (sorted((l["source"], l["location"], json.dumps(l["pii"], sort_keys=True)) for l in rep["locations"]),
                sorted((e["location"], e["error"]) for e in rep["errors"]),
                sorted((m["kind"], m["location"], m["pii_type"]) for m in rep["mismatches"]))

    assert view(local.report) == view(dask.report)
    assert len(dask.report["locations"]) == 13
    assert dask.exit_code == local.exit_code == 1
