"""Amazon S3 (and S3-compatible stores) through boto3.

Options: `bucket`, `prefix`, `endpoint_url` (MinIO, moto, other S3 APIs), `profile`
(a named profile; otherwise the SDK's standard credential chain: environment,
shared files, SSO, instance / task roles), `max_keys` (listing page size). The
bucket's own region comes from GetBucketLocation (no constraint means us-east-1)
and is what the REGION rule checks. Listing pages through ListObjectsV2; an
object's version is its ETag. Reads stream the GetObject body (never buffered
whole); objects over the size cap are not downloaded. Throttling and 5xx answers
are retried with backoff by botocore's adaptive retry mode.
"""

from __future__ import annotations

import posixpath
from typing import Any, BinaryIO, Iterator

from scanner.errors import ObjectError, SourceError
from scanner.records import ObjectRef
from scanner.regions import Region, parse_region, region_from_provider

from .base import Connector, FileContent, ForwardStream

ARCHIVED_CLASSES = {"GLACIER", "DEEP_ARCHIVE"}
DEFAULT_CAP = 200 * 1024 * 1024


def _code(exc: BaseException) -> str:
    resp = getattr(exc, "response", None) or {}
    return str(resp.get("Error", {}).get("Code", "")) or type(exc).__name__


def _status(exc: BaseException) -> int | None:
    resp = getattr(exc, "response", None) or {}
    return resp.get("ResponseMetadata", {}).get("HTTPStatusCode")


class S3Connector(Connector):
    kind = "s3"

    def __init__(self, source, settings=None):
        super().__init__(source, settings)
        o = self.options
        self.bucket: str = o["bucket"]
        self.prefix: str = str(o.get("prefix", "") or "").lstrip("/")
        self.endpoint_url: str | None = o.get("endpoint_url") or None
        self.profile: str | None = o.get("profile") or None
        self.page_size: int = int(o.get("max_keys", 1000))
        self.cap: int = int(o.get("max_object_bytes") or getattr(settings, "max_object_bytes", 0) or DEFAULT_CAP)
        self._session = None
        self._client = None
        self._region: Region | None = None
        self._bucket_region_name: str | None = None

    # -- clients ---------------------------------------------------------------------------
    def _boto_session(self):
        if self._session is None:
            import boto3

            try:
                self._session = boto3.session.Session(profile_name=self.profile)
            except Exception as exc:
                raise SourceError(f"AWS profile {self.profile!r} cannot be used ({type(exc).__name__})") from None
        return self._session

    def _make_client(self, region_name: str | None):
        from botocore.config import Config

        cfg = Config(retries={"max_attempts": 6, "mode": "adaptive"}, connect_timeout=10, read_timeout=60,
                     user_agent_extra="piscan", s3={"addressing_style": "path"} if self.endpoint_url else None)
        session = self._boto_session()
        return session.client("s3", endpoint_url=self.endpoint_url,
                              region_name=region_name or session.region_name or "us-east-1", config=cfg)

    @property
    def client(self):
        if self._client is None:
            self._client = self._make_client(None)
            name = self._location()
            if name and not self.endpoint_url and name != self._client.meta.region_name:
                self._client = self._make_client(name)  # talk to the bucket's own region directly
        return self._client

    def _translate(self, exc: BaseException, what: str) -> SourceError:
        from botocore import exceptions as bx

        if isinstance(exc, bx.NoCredentialsError):
            return SourceError("no AWS credentials found (standard credential chain: environment, "
                               "~/.aws, SSO, instance role)")
        if isinstance(exc, (bx.EndpointConnectionError, bx.ConnectTimeoutError, bx.ConnectionClosedError)):
            return SourceError(f"cannot reach the S3 endpoint {self.endpoint_url or '(AWS)'} ({type(exc).__name__})")
        if isinstance(exc, bx.ClientError):
            code, status = _code(exc), _status(exc)
            if code in ("NoSuchBucket", "404", "NotFound") or status == 404:
                return SourceError(f"bucket {self.bucket} does not exist")
            if code in ("AccessDenied", "403", "Forbidden", "AllAccessDisabled") or status == 403:
                return SourceError(f"access denied to bucket {self.bucket} ({what})")
            if code in ("InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken", "InvalidToken"):
                return SourceError(f"AWS credentials rejected ({code})")
            return SourceError(f"S3 {what} failed for bucket {self.bucket} ({code})")
        return SourceError(f"S3 {what} failed for bucket {self.bucket} ({type(exc).__name__})")

    def _location(self) -> str | None:
        if self._bucket_region_name is None:
            try:
                resp = self._client.get_bucket_location(Bucket=self.bucket)
                self._bucket_region_name = resp.get("LocationConstraint") or "us-east-1"
                if self._bucket_region_name == "EU":  # legacy alias
                    self._bucket_region_name = "eu-west-1"
            except Exception as exc:
                err = self._translate(exc, "GetBucketLocation")
                if "access denied" in str(err):
                    self._bucket_region_name = ""  # allowed to read but not to ask: fall back to config
                else:
                    raise err from None
        return self._bucket_region_name or None

    # -- Connector --------------------------------------------------------------------------
    def check(self) -> None:
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except SourceError:
            raise
        except Exception as exc:
            raise self._translate(exc, "HeadBucket") from None

    def region(self) -> Region:
        if self._region is None:
            try:
                _ = self.client
                name = self._location()
            except SourceError:
                name = None
            if name:
                self._region = region_from_provider("aws", name)
            else:
                self._region = parse_region(self.source.region)
        return self._region

    def list_objects(self) -> Iterator[ObjectRef]:
        self.check()
        paginator = self.client.get_paginator("list_objects_v2")
        pages = paginator.paginate(Bucket=self.bucket, Prefix=self.prefix,
                                   PaginationConfig={"PageSize": self.page_size})
        try:
            for page in pages:
                for obj in page.get("Contents", ()) or ():
                    key = obj["Key"]
                    if key.endswith("/") and not obj.get("Size"):
                        continue  # folder marker
                    if not self.selected(key):
                        continue
                    etag = str(obj.get("ETag", "")).strip('"') or None
                    meta: dict[str, Any] = {}
                    storage_class = obj.get("StorageClass")
                    if storage_class in ARCHIVED_CLASSES:
                        yield self.ref(key, kind="error", size=obj.get("Size"), version=etag,
                                       meta={"error": f"object is archived in {storage_class}: restore it to scan it"})
                        continue
                    if storage_class:
                        meta["storage_class"] = storage_class
                    yield self.ref(key, size=obj.get("Size"), version=etag, meta=meta)
        except SourceError:
            raise
        except Exception as exc:
            raise self._translate(exc, "ListObjectsV2") from None

    def read(self, ref: ObjectRef) -> FileContent:
        client, bucket, cap = self.client, self.bucket, self.cap

        def opener() -> BinaryIO:
            from botocore import exceptions as bx

            kw: dict[str, Any] = {"Bucket": bucket, "Key": ref.location}
            if ref.size is not None and ref.size > cap:
                kw["Range"] = f"bytes=0-{cap - 1}"  # never pull more than the cap
            try:
                return ForwardStream(client.get_object(**kw)["Body"])
            except bx.ClientError as exc:
                code = _code(exc)
                if code in ("NoSuchKey", "404"):
                    raise ObjectError("object disappeared before it could be read") from None
                if code in ("AccessDenied", "403"):
                    raise ObjectError("access denied") from None
                if code == "InvalidObjectState":
                    raise ObjectError("object is archived: restore it to scan it") from None
                raise ObjectError(f"cannot read object ({code})") from None
            except Exception as exc:
                raise ObjectError(f"cannot read object ({type(exc).__name__})") from None

        return FileContent(name=posixpath.basename(ref.location) or ref.location, open=opener, size=ref.size)

    def close(self) -> None:
        if self._client is not None:
            try:
                self._client.close()
            except Exception:
                pass
            self._client = None
