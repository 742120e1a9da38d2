"""Config validation: every mistake names the file, the key and the problem."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from scanner.config import load_config
from scanner.errors import ConfigError

POLICY = """
[policy]
name = "test"
[[policy.purposes]]
id = "support"
description = "Inquiry support"
[[policy.purposes]]
id = "hr"
description = "Employment management"
[[policy.categories]]
id = "inquirers"
name = "Inquirers"
purposes = ["support"]
pii_types = ["PERSON", "EMAIL_ADDRESS"]
allowed_regions = ["JP"]
disclosure = "legal"
"""


def write(tmp_path: Path, body: str, policy: str = POLICY) -> Path:
    p = tmp_path / "piscan.toml"
    p.write_text(textwrap.dedent(body) + policy, encoding="utf-8")
    return p


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as ei:
        load_config(path)
    return str(ei.value)


def test_valid_config_resolves_paths_relative_to_file(tmp_path):
    cfg = load_config(write(tmp_path, """
        [[sources]]
        name = "share"
        kind = "filesystem"
        path = "data"
        region = "aws:ap-northeast-1"
        [[register]]
        source = "share"
        location = "inquiries/**"
        categories = ["inquirers"]
        purposes = ["support"]
    """))
    assert cfg.sources[0].options["path"] == str(tmp_path.resolve() / "data")
    assert cfg.scan.inventory == tmp_path.resolve() / ".piscan" / "inventory.sqlite"
    assert cfg.register[0].categories == ["inquirers"]
    assert cfg.policy.categories["inquirers"].allowed_regions == ["JP"]


@pytest.mark.parametrize("body, expected", [
    ('[[sources]]\nname="a"\nkind="filesystem"\npath="x"\n[[sources]]\nname="b"\nkind="ftp"\n',
     "sources[1].kind: unknown kind 'ftp' (expected one of: filesystem, smb"),
    ('[[sources]]\nname="a"\nkind="filesystem"\n', "sources[0].path: missing required key"),
    ('[[sources]]\nname="a"\nkind="filesystem"\npath="x"\nbucket="b"\n', "sources[0].bucket: unknown key"),
    ('[[sources]]\nname="a"\nkind="filesystem"\npath=3\n', "sources[0].path: expected a string, got an integer"),
    ('[[sources]]\nname="a"\nkind="filesystem"\npath="x"\nregion="mars"\n', "sources[0].region: 'mars' is not a region"),
    ('[[sources]]\nname="a"\nkind="postgres"\nurl="postgresql://u:secret@h/db"\n', "sources[0].url: the URL holds a password"),
    ('[[sources]]\nname="a"\nkind="filesystem"\npath="x"\n[[register]]\nsource="zz"\nlocation="*"\ncategories=["inquirers"]\n',
     "register[0].source: unknown source 'zz'"),
    ('[[sources]]\nname="a"\nkind="filesystem"\npath="x"\n[[register]]\nsource="a"\nlocation="*"\ncategories=["nope"]\n',
     "register[0].categories[0]: unknown category 'nope'"),
    ('[[sources]]\nname="a"\nkind="filesystem"\npath="x"\n[[register]]\nsource="a"\nlocation="*"\ncategories=["inquirers"]\npurposes=["x"]\n',
     "register[0].purposes[0]: unknown purpose 'x'"),
    ('[scan]\nfail_on="urgent"\n', "scan.fail_on: unknown severity 'urgent'"),
    ('[scan]\nworkers=0\n', "scan.workers: must be positive"),
    ('bogus = 1\n', "bogus: unknown key"),
])
def test_config_errors_name_key_and_problem(tmp_path, body, expected):
    msg = error_of(write(tmp_path, body))
    assert msg.startswith(str(tmp_path / "piscan.toml") + ": ")
    assert expected in msg


def test_policy_errors(tmp_path):
    bad = POLICY.replace('pii_types = ["PERSON", "EMAIL_ADDRESS"]', 'pii_types = ["PERSON", "SSN"]')
    assert "policy.categories[0].pii_types[1]: unknown PI type 'SSN'" in error_of(write(tmp_path, "", bad))
    bad = POLICY.replace('disclosure = "legal"', 'disclosure = "public"')
    assert "policy.categories[0].disclosure: unknown disclosure 'public'" in error_of(write(tmp_path, "", bad))
    bad = POLICY.replace('allowed_regions = ["JP"]', 'allowed_regions = ["aws:moon-1"]')
    assert "policy.categories[0].allowed_regions[0]: unknown aws region" in error_of(write(tmp_path, "", bad))


def test_policy_in_separate_file(tmp_path):
    (tmp_path / "policy.toml").write_text(POLICY, encoding="utf-8")
    p = tmp_path / "c.toml"
    p.write_text('policy = "policy.toml"\n', encoding="utf-8")
    assert "inquirers" in load_config(p).policy.categories
    (tmp_path / "policy.toml").write_text(POLICY.replace('disclosure = "legal"', "disclosure = 1"), encoding="utf-8")
    assert str(tmp_path / "policy.toml") in error_of(p)


def test_invalid_toml_and_missing_file(tmp_path):
    p = tmp_path / "bad.toml"
    p.write_text("[[sources]\nname=", encoding="utf-8")
    assert "invalid TOML" in error_of(p)
    assert "file not found" in error_of(tmp_path / "nope.toml")


def test_cli_config_error_is_one_line_exit_2(tmp_path):
    p = write(tmp_path, '[[sources]]\nname="a"\nkind="ftp"\n')
    r = subprocess.run([sys.executable, "-m", "scanner.cli", "scan", "-c", str(p), "-o", str(tmp_path / "out")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "sources[0].kind: unknown kind 'ftp'" in lines[0]
