"""Where the test services live (Samba, moto_server, gcp-storage-emulator) and how to react when one is down.

Endpoints come from the environment that `.ci/services.d/*.sh` exports, with the
same defaults those scripts use, so `pytest tests/test_s3.py` works after the
services were started once. A missing service skips on a developer machine and
fails under CI=true. `scan_cli` runs `piscan scan` in a subprocess for the
end-to-end tests.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlparse

import pytest

CI = os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")
REPO = Path(__file__).resolve().parent.parent

S3_ENDPOINT = os.environ.get("PISCAN_TEST_S3_ENDPOINT", "http://127.0.0.1:5000")
GCS_ENDPOINT = os.environ.get("PISCAN_TEST_GCS_ENDPOINT", "http://127.0.0.1:9023")
SMB = {
    "host": os.environ.get("PISCAN_TEST_SMB_HOST", "127.0.0.1"),
    "port": int(os.environ.get("PISCAN_TEST_SMB_PORT", "1445")),
    "share": os.environ.get("PISCAN_TEST_SMB_SHARE", "piscan"),
    "user": os.environ.get("PISCAN_TEST_SMB_USER", "piscansmb"),
    "password": os.environ.get("PISCAN_TEST_SMB_PASSWORD", "piscan-Test-Pw1"),
    "root": Path(os.environ.get("PISCAN_TEST_SMB_ROOT", "/tmp/piscan-samba/share")),
}
# moto accepts any credentials; these only ever reach the loopback moto_server
FAKE_AWS = {"AWS_ACCESS_KEY_ID": "piscan-test", "AWS_SECRET_ACCESS_KEY": "piscan-test",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true"}


def port_open(host: str, port: int, timeout: float = 2.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def require(name: str, url_or_host: str, port: int | None = None, script: str = "") -> None:
    """Skip (or fail under CI=true) when the service does not answer."""
    if port is None:
        u = urlparse(url_or_host)
        host, port = u.hostname or "127.0.0.1", u.port or 80
    else:
        host = url_or_host
    if port_open(host, port):
        return
    msg = f"{name} is not running on {host}:{port} (start it with: source .ci/services.d/{script})"
    if CI:
        pytest.fail(msg + " — CI=true: service tests must not skip")
    pytest.skip(msg)


def unique(tag: str) -> str:
    return f"piscan-{tag}-{uuid.uuid4().hex[:10]}"


def scan_cli(workdir: Path, config_text: str, *args: str, env: dict | None = None) -> tuple[int, dict, str]:
    """Write the config, run `piscan scan`, return (exit code, report.json, stderr)."""
    cfg = workdir / "piscan.toml"
    cfg.write_text(config_text, encoding="utf-8")
    out = workdir / "out"
    r = subprocess.run([sys.executable, "-m", "scanner.cli", "scan", "-c", str(cfg), "-o", str(out), "-q", *args],
                       capture_output=True, text=True, timeout=900, cwd=workdir,
                       env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})
    report = {}
    if (out / "report.json").exists():
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return r.returncode, report, r.stderr + r.stdout


POLICY = """
[policy]
[[policy.purposes]]
id = "support"
description = "Inquiry support"
[[policy.categories]]
id = "customers"
name = "Customer personal information"
purposes = ["support"]
pii_types = ["PERSON", "ADDRESS", "POSTAL_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"]
allowed_regions = ["JP"]
disclosure = "legal"
"""
