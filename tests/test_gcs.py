"""The gcs connector driven through real google-cloud-storage against gcp-storage-emulator (.ci/services.d/40-gcs.sh)."""

from __future__ import annotations

import warnings

import pytest

from connectors import make_connector
from extract_helpers import texts_by_member
from fixtures_files import build_tree
from scanner.config import Source
from scanner.errors import ObjectError, SourceError
from scanner.extract import ExtractLimits, extract
from scanner.regions import region_allowed
from service_helpers import GCS_ENDPOINT, POLICY, require, scan_cli, unique

pytestmark = pytest.mark.integration


def _client():
    from google.auth.credentials import AnonymousCredentials
    from google.cloud import storage

    return storage.Client(project="piscan-test", credentials=AnonymousCredentials(),
                          client_options={"api_endpoint": GCS_ENDPOINT})


def _bucket(client, name: str, location: str):
    b = client.create_bucket(name)
    # the emulator ignores the location at creation; a patch sets it like the real service reports it
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        b._patch_property("location", location)
    b.patch()
    return b


@pytest.fixture(scope="module")
def buckets(tmp_path_factory):
    require("gcp-storage-emulator", GCS_ENDPOINT, script="40-gcs.sh")
    client = _client()
    tokyo = _bucket(client, unique("tokyo"), "ASIA-NORTHEAST1")
    asia = _bucket(client, unique("asia"), "ASIA")
    us = _bucket(client, unique("us"), "US-CENTRAL1")
    root = tmp_path_factory.mktemp("gcstree")
    planted = build_tree(root)
    uploaded = set()
    for f in root.rglob("*"):
        if f.is_file():
            key = "share/" + f.relative_to(root).as_posix()
            # octet-stream: the emulator cannot take a message/rfc822 (.eml) body in a multipart upload
            tokyo.blob(key).upload_from_filename(str(f), content_type="application/octet-stream")
            uploaded.add(key)
    asia.blob("notes.txt").upload_from_string("asia@example.jp\n")
    for i in range(30):
        us.blob(f"logs/{i:03d}.txt").upload_from_string(f"user{i}@example.com 090-1234-{i:04d}\n")
    yield {"tokyo": tokyo.name, "asia": asia.name, "us": us.name, "planted": planted, "uploaded": uploaded,
           "client": client}
    client.close()


def source(bucket: str, **opts) -> Source:
    include, exclude = opts.pop("include", []), opts.pop("exclude", [])
    return Source(name="gbucket", kind="gcs", options={"bucket": bucket, "endpoint": GCS_ENDPOINT, **opts},
                  include=include, exclude=exclude)


def test_bucket_location_gives_the_region(buckets):
    regions = {}
    for k in ("tokyo", "asia", "us"):
        with make_connector(source(buckets[k])) as c:
            regions[k] = c.region()
    assert regions["tokyo"].text == "gcp:asia-northeast1" and regions["tokyo"].country == "JP"
    assert regions["asia"].text == "gcp:asia" and regions["asia"].country is None  # multi-region: no country
    assert regions["us"].country == "US"
    assert region_allowed(regions["tokyo"], ["JP"])
    assert not region_allowed(regions["asia"], ["JP"]) and not region_allowed(regions["us"], ["JP"])


def test_listing_with_prefix_and_generations(buckets):
    with make_connector(source(buckets["tokyo"], prefix="share/")) as c:
        refs = list(c.list_objects())
    assert {r.location for r in refs} == buckets["uploaded"]
    assert all(r.version and r.version.isdigit() for r in refs)
    with make_connector(source(buckets["us"], prefix="logs/")) as c:
        c.page_size = 7  # 30 objects: five pages through the emulator's page tokens
        assert len(list(c.list_objects())) == 30
    with make_connector(source(buckets["us"], prefix="logs/", include=["logs/01*"])) as c:
        assert sorted(r.location for r in c.list_objects()) == [f"logs/{i:03d}.txt" for i in range(10, 20)]


def test_generation_changes_on_overwrite(buckets):
    client = buckets["client"]
    blob = client.bucket(buckets["asia"]).blob("notes.txt")
    with make_connector(source(buckets["asia"])) as c:
        before = next(iter(c.list_objects())).version
    blob.upload_from_string("asia2@example.jp\n")
    with make_connector(source(buckets["asia"])) as c:
        ref = next(iter(c.list_objects()))
        with c.read(ref).open() as f:
            assert f.read() == b"asia2@example.jp\n"
    assert ref.version != before


def test_every_planted_value_streams_out_of_the_bucket(buckets):
    planted = buckets["planted"]
    missing = []
    with make_connector(source(buckets["tokyo"], prefix="share/")) as c:
        refs = {r.location: r for r in c.list_objects()}
        for path in sorted({p.path for p in planted}):
            content = c.read(refs["share/" + path])
            with content.open() as stream:
                texts = texts_by_member(extract(content.name, stream, content.size, ExtractLimits()))
            missing += [p for p in planted if p.path == path and p.value not in texts.get(p.member, "")]
    assert not missing


def test_errors(buckets):
    with pytest.raises(SourceError, match="does not exist"):
        make_connector(source(unique("missing"))).check()
    with make_connector(source(buckets["us"], include=["logs/000.txt"])) as c:
        ref = next(iter(c.list_objects()))
        buckets["client"].bucket(buckets["us"]).blob(ref.location).delete()
        with pytest.raises(ObjectError, match="disappeared"):
            with c.read(ref).open() as f:
                f.read()
    with pytest.raises(SourceError, match="cannot reach"):
        make_connector(Source("g", "gcs", {"bucket": "x", "endpoint": "http://127.0.0.1:9"})).check()


def test_scan_of_the_bucket_finds_planted_pi(buckets, tmp_path):
    config = f"""
[[sources]]
name = "tokyo"
kind = "gcs"
bucket = "{buckets['tokyo']}"
prefix = "share/"
endpoint = "{GCS_ENDPOINT}"
include = ["share/tables/**", "share/data/**", "share/mail/**"]

[[sources]]
name = "asia"
kind = "gcs"
bucket = "{buckets['asia']}"
endpoint = "{GCS_ENDPOINT}"

[[register]]
source = "tokyo"
location = "share"
categories = ["customers"]
purposes = ["support"]

[[register]]
source = "asia"
location = "**"
categories = ["customers"]
purposes = ["support"]
""" + POLICY
    code, report, out = scan_cli(tmp_path, config)
    assert code == 1, out  # the ASIA multi-region bucket is not in Japan
    regions = {s["name"]: (s["region"], s["status"]) for s in report["sources"]}
    assert regions == {"tokyo": ("gcp:asia-northeast1", "ok"), "asia": ("gcp:asia", "ok")}
    locs = {l["location"]: l["pii"] for l in report["locations"] if l["source"] == "tokyo"}
    for path in ("share/tables/customers_utf8.csv", "share/data/crm.json", "share/data/export.parquet",
                 "share/mail/inquiry.eml", "share/mail/inquiry.eml!/attendees.csv"):
        assert "EMAIL_ADDRESS" in locs.get(path, {}), (path, sorted(locs))
    assert {m["source"] for m in report["mismatches"] if m["kind"] == "REGION"} == {"asia"}
