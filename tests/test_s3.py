"""The s3 connector driven through real boto3 against moto_server (.ci/services.d/30-moto.sh)."""

from __future__ import annotations

from pathlib import Path

import boto3
import pytest
from botocore.awsrequest import AWSResponse

from connectors import make_connector
from extract_helpers import texts_by_member
from fixtures_files import build_tree
from scanner.config import ScanSettings, Source
from scanner.errors import ObjectError, SourceError
from scanner.extract import ExtractLimits, extract
from scanner.regions import region_allowed
from service_helpers import FAKE_AWS, POLICY, S3_ENDPOINT, require, scan_cli, unique

pytestmark = pytest.mark.integration


@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    for k, v in FAKE_AWS.items():
        monkeypatch.setenv(k, v)
    for k in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3"):
        monkeypatch.delenv(k, raising=False)


@pytest.fixture(scope="module")
def buckets(tmp_path_factory):
    require("moto_server", S3_ENDPOINT, script="30-moto.sh")
    mp = pytest.MonkeyPatch()
    for k, v in FAKE_AWS.items():
        mp.setenv(k, v)
    s3 = boto3.client("s3", endpoint_url=S3_ENDPOINT, region_name="us-east-1")
    tokyo, virginia = unique("tokyo"), unique("virginia")
    s3.create_bucket(Bucket=tokyo, CreateBucketConfiguration={"LocationConstraint": "ap-northeast-1"})
    s3.create_bucket(Bucket=virginia)
    root = tmp_path_factory.mktemp("s3tree")
    planted = build_tree(root)
    uploaded = set()
    for f in root.rglob("*"):
        if f.is_file():
            uploaded.add("share/" + f.relative_to(root).as_posix())
            s3.upload_file(str(f), tokyo, "share/" + f.relative_to(root).as_posix())
    s3.put_object(Bucket=tokyo, Key="share/", Body=b"")  # a folder marker
    s3.put_object(Bucket=tokyo, Key="other/readme.txt", Body=b"outside the prefix\n")
    for i in range(120):
        s3.put_object(Bucket=virginia, Key=f"logs/{i:04d}.txt", Body=f"user{i}@example.com\n".encode())
    s3.put_object(Bucket=virginia, Key="big.txt", Body=b"z@example.com\n" * 100_000)  # 1.4 MB
    yield {"tokyo": tokyo, "virginia": virginia, "planted": planted, "client": s3, "uploaded": uploaded}
    mp.undo()


def source(bucket: str, **opts) -> Source:
    include, exclude = opts.pop("include", []), opts.pop("exclude", [])
    return Source(name="bucket", kind="s3", options={"bucket": bucket, "endpoint_url": S3_ENDPOINT, **opts},
                  include=include, exclude=exclude)


def test_bucket_regions(buckets):
    with make_connector(source(buckets["tokyo"])) as c:
        tokyo = c.region()
    with make_connector(source(buckets["virginia"])) as c:
        virginia = c.region()
    assert tokyo.text == "aws:ap-northeast-1" and tokyo.country == "JP"
    assert virginia.text == "aws:us-east-1" and virginia.country == "US"
    assert region_allowed(tokyo, ["JP"]) and not region_allowed(virginia, ["JP"])


def test_listing_honours_prefix_and_pages(buckets):
    with make_connector(source(buckets["tokyo"], prefix="share/")) as c:
        refs = list(c.list_objects())
    keys = {r.location for r in refs}
    assert keys == buckets["uploaded"] and len(keys) >= 30
    assert "other/readme.txt" not in keys and "share/" not in keys
    assert all(r.version and r.size is not None for r in refs)

    calls = []
    with make_connector(source(buckets["virginia"], prefix="logs/", max_keys=25)) as c:
        c.client.meta.events.register("after-call.s3.ListObjectsV2", lambda **kw: calls.append(1))
        refs = list(c.list_objects())
    assert len(refs) == 120 and len(calls) == 5  # 120 keys, 25 a page


def test_include_exclude(buckets):
    with make_connector(source(buckets["tokyo"], include=["share/tables/**"], exclude=["**/*.tsv"])) as c:
        keys = sorted(r.location for r in c.list_objects())
    assert keys == ["share/tables/customers_sjis.csv", "share/tables/customers_utf8.csv",
                    "share/tables/excel_unicode.txt", "share/tables/no_header.csv"]


def test_every_planted_value_streams_out_of_the_bucket(buckets):
    planted = buckets["planted"]
    missing = []
    with make_connector(source(buckets["tokyo"], prefix="share/")) as c:
        refs = {r.location: r for r in c.list_objects()}
        for path in sorted({p.path for p in planted}):
            content = c.read(refs["share/" + path])
            with content.open() as stream:
                assert not stream.seekable()
                texts = texts_by_member(extract(content.name, stream, content.size, ExtractLimits()))
            missing += [p for p in planted if p.path == path and p.value not in texts.get(p.member, "")]
    assert not missing


def test_size_cap_limits_the_download(buckets):
    settings = ScanSettings(inventory=Path("/nonexistent"), hmac_key_file=Path("/nonexistent"),
                            max_object_bytes=100_000)
    with make_connector(source(buckets["virginia"], include=["big.txt"]), settings) as c:
        ref = next(iter(c.list_objects()))
        with c.read(ref).open() as stream:
            data = stream.read()
    assert ref.size == 1_400_000 and len(data) == 100_000


def test_throttling_and_5xx_are_retried(buckets):
    """Fault injection: the first two GetObject sends answer 503 SlowDown / 500; botocore retries."""
    attempts = []

    def inject(request, **kw):
        attempts.append(1)
        if len(attempts) == 1:
            return AWSResponse(request.url, 503, {}, _Raw(b"<Error><Code>SlowDown</Code></Error>"))
        if len(attempts) == 2:
            return AWSResponse(request.url, 500, {}, _Raw(b"<Error><Code>InternalError</Code></Error>"))
        return None

    with make_connector(source(buckets["tokyo"], include=["share/text/utf8.txt"])) as c:
        ref = next(iter(c.list_objects()))
        c.client.meta.events.register("before-send.s3.GetObject", inject)
        with c.read(ref).open() as stream:
            assert b"@example.jp" in stream.read()
    assert len(attempts) == 3


def test_connection_reset_mid_stream_is_a_clean_problem(buckets):
    """Fault injection: the GetObject body dies after its first bytes; extraction records it without content."""
    body = b"first@example.jp\n" * 10_000

    class Dying:
        def __init__(self):
            self.sent = 0

        def read(self, n=-1, **kw):
            if self.sent:
                raise ConnectionResetError("peer reset while sending first@example.jp")
            self.sent = 1
            return body[:65536]

        def stream(self, **kw):
            yield self.read()

    def inject(request, **kw):
        return AWSResponse(request.url, 200, {"Content-Length": str(len(body))}, Dying())

    with make_connector(source(buckets["tokyo"], include=["share/text/utf8.txt"])) as c:
        ref = next(iter(c.list_objects()))
        c.client.meta.events.register("before-send.s3.GetObject", inject)
        with c.read(ref).open() as stream:
            segs = list(extract("utf8.txt", stream, len(body), ExtractLimits()))
    errors = [s for s in segs if getattr(s, "kind", None) == "error"]
    assert len(errors) == 1 and "ConnectionResetError" in errors[0].message
    assert "first@example.jp" not in errors[0].message


class _Raw:
    def __init__(self, data: bytes):
        self._data = data

    def stream(self, **kw):
        yield self._data

    def read(self, *a, **kw):
        d, self._data = self._data, b""
        return d


def test_missing_object_is_an_object_error(buckets):
    with make_connector(source(buckets["tokyo"], include=["other/**"])) as c:
        ref = next(iter(c.list_objects()))
        buckets["client"].delete_object(Bucket=buckets["tokyo"], Key=ref.location)
        with pytest.raises(ObjectError, match="disappeared"):
            c.read(ref).open()


def test_missing_bucket_and_unreachable_endpoint(buckets):
    with pytest.raises(SourceError, match="does not exist"):
        make_connector(source(unique("missing"))).check()
    with pytest.raises(SourceError, match="cannot reach the S3 endpoint"):
        make_connector(Source("b", "s3", {"bucket": "x", "endpoint_url": "http://127.0.0.1:9"})).check()


def test_scan_flags_the_bucket_outside_japan(buckets, tmp_path):
    config = f"""
[[sources]]
name = "tokyo"
kind = "s3"
bucket = "{buckets['tokyo']}"
prefix = "share/tables/"
endpoint_url = "{S3_ENDPOINT}"

[[sources]]
name = "virginia"
kind = "s3"
bucket = "{buckets['virginia']}"
prefix = "logs/00"
endpoint_url = "{S3_ENDPOINT}"

[[register]]
source = "tokyo"
location = "share/tables"
categories = ["customers"]
purposes = ["support"]

[[register]]
source = "virginia"
location = "logs"
categories = ["customers"]
purposes = ["support"]
""" + POLICY
    code, report, out = scan_cli(tmp_path, config, env=FAKE_AWS)
    assert code == 1, out
    regions = {s["name"]: s["region"] for s in report["sources"]}
    assert regions == {"tokyo": "aws:ap-northeast-1", "virginia": "aws:us-east-1"}
    assert all(s["status"] == "ok" for s in report["sources"])
    region_mm = [m for m in report["mismatches"] if m["kind"] == "REGION"]
    assert region_mm and {m["source"] for m in region_mm} == {"virginia"}
    locs = {(l["source"], l["location"]) for l in report["locations"]}
    assert ("tokyo", "share/tables/customers_sjis.csv") in locs and ("virginia", "logs/0001.txt") in locs
