"""The smb connector against a real Samba server on loopback (.ci/services.d/20-samba.sh)."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from connectors import make_connector
from extract_helpers import texts_by_member
from fixtures_files import build_tree
from scanner.config import Source
from scanner.errors import ObjectError, SourceError
from scanner.extract import ExtractLimits, extract
from service_helpers import POLICY, SMB, require, scan_cli, unique

pytestmark = pytest.mark.integration
PW_ENV = "PISCAN_TEST_SMB_PW_FOR_CONNECTOR"


@pytest.fixture(scope="module")
def share_dir():
    require("Samba (smbd)", SMB["host"], SMB["port"], "20-samba.sh")
    name = unique("smb")
    d = SMB["root"] / name
    d.mkdir(parents=True)
    planted = build_tree(d / "tree")
    (d / "locked").mkdir()
    (d / "locked" / "secret.txt").write_text("locked@example.jp\n", encoding="utf-8")
    os.chmod(d / "locked" / "secret.txt", 0)
    (d / "noentry").mkdir()
    (d / "noentry" / "x.txt").write_text("hidden@example.jp\n", encoding="utf-8")
    os.chmod(d / "noentry", 0)
    os.symlink("/etc", d / "tree" / "etc-link")
    yield name, d, planted
    os.chmod(d / "noentry", 0o755)
    shutil.rmtree(d, ignore_errors=True)


def source(folder: str, **kw) -> Source:
    opts = {"server": SMB["host"], "port": SMB["port"], "share": SMB["share"], "path": folder,
            "username": SMB["user"], "password_env": PW_ENV}
    include, exclude = kw.pop("include", []), kw.pop("exclude", [])
    opts.update(kw)
    return Source(name="fileserver", kind="smb", options=opts, include=include, exclude=exclude, region="JP")


@pytest.fixture(autouse=True)
def password(monkeypatch):
    monkeypatch.setenv(PW_ENV, SMB["password"])


def test_lists_every_file_with_a_version(share_dir):
    name, d, planted = share_dir
    with make_connector(source(name)) as c:
        refs = {r.location: r for r in c.list_objects()}
    local = {p.relative_to(d).as_posix() for p in (d / "tree").rglob("*") if p.is_file() and not p.is_symlink()}
    assert local <= set(refs)
    assert not any(loc.startswith("tree/etc-link") for loc in refs)  # symlinks are not followed
    ref = refs["tree/tables/customers_sjis.csv"]
    st = (d / "tree" / "tables" / "customers_sjis.csv").stat()
    assert ref.size == st.st_size and ref.version.startswith(f"{st.st_size}:")
    assert refs["noentry"].kind == "error" and "access denied" in refs["noentry"].meta["error"]


def test_every_planted_value_is_read_through_smb(share_dir):
    name, d, planted = share_dir
    missing = []
    with make_connector(source(name + "/tree")) as c:
        refs = {r.location: r for r in c.list_objects()}
        for path in sorted({p.path for p in planted}):
            content = c.read(refs[path])
            with content.open() as stream:
                texts = texts_by_member(extract(content.name, stream, content.size, ExtractLimits()))
            missing += [p for p in planted if p.path == path and p.value not in texts.get(p.member, "")]
    assert not missing


def test_unreadable_file_is_an_object_error(share_dir):
    name, _, _ = share_dir
    with make_connector(source(name, include=["locked/**"])) as c:
        refs = list(c.list_objects())
        assert [r.location for r in refs] == ["locked/secret.txt"]
        content = c.read(refs[0])
        with pytest.raises(ObjectError, match="access denied"):
            content.open()


def test_version_changes_when_the_file_changes(share_dir):
    name, d, _ = share_dir
    f = d / "tree" / "text" / "utf8.txt"
    with make_connector(source(name + "/tree", include=["text/utf8.txt"])) as c:
        before = next(iter(c.list_objects())).version
    time.sleep(0.05)
    f.write_bytes(f.read_bytes() + b"\n")
    with make_connector(source(name + "/tree", include=["text/utf8.txt"])) as c:
        after = next(iter(c.list_objects())).version
    assert before != after


@pytest.mark.parametrize("opts,message", [
    ({"port": 1}, "cannot reach SMB server"),
    ({"share": "no-such-share"}, "not found"),
    ({"path": "no/such/folder"}, "not found"),
    ({"password_env": "PISCAN_TEST_UNSET_VARIABLE"}, "is not set"),
])
def test_source_errors(share_dir, opts, message):
    with pytest.raises(SourceError, match=message):
        with make_connector(source(share_dir[0], **opts)) as c:
            list(c.list_objects())


def test_wrong_password_is_a_source_error(share_dir, monkeypatch):
    monkeypatch.setenv(PW_ENV, "not-the-password")
    with pytest.raises(SourceError, match="logon") as exc:
        make_connector(source(share_dir[0])).check()
    assert "not-the-password" not in str(exc.value)


def test_session_is_closed(share_dir):
    c = make_connector(source(share_dir[0]))
    c.check()
    assert c._registered and c._cache
    c.close()
    assert not c._registered and not c._cache


def test_scan_of_the_share_finds_planted_pi(share_dir, tmp_path):
    name, _, planted = share_dir
    config = f"""
[[sources]]
name = "fileserver"
kind = "smb"
server = "{SMB['host']}"
port = {SMB['port']}
share = "{SMB['share']}"
path = "{name}/tree"
username = "{SMB['user']}"
password_env = "{PW_ENV}"
include = ["tables/**", "office/**", "archive/export.zip"]

[[register]]
source = "fileserver"
location = "tables"
categories = ["customers"]
purposes = ["support"]
""" + POLICY
    code, report, out = scan_cli(tmp_path, config, env={PW_ENV: SMB["password"]})
    assert code in (0, 1), out
    assert SMB["password"] not in out
    src = report["sources"][0]
    assert src["status"] == "ok" and src["objects_scanned"] >= 8
    locs = {l["location"]: l["pii"] for l in report["locations"]}
    for path in ("tables/customers_sjis.csv", "tables/staff.tsv", "office/list.xlsx", "office/letter.docx",
                 "archive/export.zip!/list.csv"):
        assert "EMAIL_ADDRESS" in locs.get(path, {}), (path, sorted(locs))
    assert locs["tables/customers_sjis.csv"]["EMAIL_ADDRESS"]["count"] == 4
    # office/ and archive/ are not registered: undeclared stores
    kinds = {(m["kind"], m["location"].split("/")[0]) for m in report["mismatches"]}
    assert ("UNDECLARED_STORE", "office") in kinds
    text = (tmp_path / "out" / "report.json").read_text(encoding="utf-8")
    assert not [p.value for p in planted if p.value in text]
