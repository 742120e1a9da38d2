"""Google Cloud Storage through google-cloud-storage.

Options: `bucket`, `prefix`, `project`, `endpoint` (an emulator such as
gcp-storage-emulator; `STORAGE_EMULATOR_HOST` is honoured too, and with an
emulator the client is anonymous). Otherwise credentials come from the standard
chain (Application Default Credentials). The bucket's location and location type
give the region for the REGION rule: a single region maps to its country, a
multi- or dual-region such as `ASIA` to none. Listing pages through the JSON API;
an object's version is its generation. Reads stream the object in chunks
(BlobReader), never the whole object at once.
"""

from __future__ import annotations

import os
import posixpath
from typing import Any, BinaryIO, Iterator

from scanner.errors import ObjectError, SourceError
from scanner.records import ObjectRef
from scanner.regions import Region, parse_region, region_from_provider

from .base import Connector, FileContent, ForwardStream

CHUNK = 1024 * 1024


class GcsConnector(Connector):
    kind = "gcs"

    def __init__(self, source, settings=None):
        super().__init__(source, settings)
        o = self.options
        self.bucket_name: str = o["bucket"]
        self.prefix: str = str(o.get("prefix", "") or "").lstrip("/")
        self.project: str | None = o.get("project") or None
        self.endpoint: str | None = o.get("endpoint") or os.environ.get("STORAGE_EMULATOR_HOST") or None
        if self.endpoint and "://" not in self.endpoint:
            self.endpoint = "http://" + self.endpoint
        self.page_size = 1000
        self._client = None
        self._bucket = None
        self._region: Region | None = None
        self.location: str | None = None
        self.location_type: str | None = None

    @property
    def client(self):
        if self._client is None:
            try:
                from google.cloud import storage

                if self.endpoint:
                    from google.auth.credentials import AnonymousCredentials

                    self._client = storage.Client(project=self.project or "piscan-emulator",
                                                  credentials=AnonymousCredentials(),
                                                  client_options={"api_endpoint": self.endpoint})
                else:
                    self._client = storage.Client(project=self.project)
            except Exception as exc:
                if type(exc).__name__ == "DefaultCredentialsError":
                    raise SourceError("no Google Cloud credentials found (Application Default Credentials)") from None
                raise SourceError(f"cannot create the Google Cloud Storage client ({type(exc).__name__})") from None
        return self._client

    def _translate(self, exc: BaseException, what: str) -> SourceError:
        name = type(exc).__name__
        code = getattr(exc, "code", None)
        if name == "NotFound" or code == 404:
            return SourceError(f"bucket {self.bucket_name} does not exist")
        if name in ("Forbidden", "Unauthorized") or code in (401, 403):
            return SourceError(f"access denied to bucket {self.bucket_name} ({what})")
        if name in ("ConnectionError", "ConnectTimeout", "ReadTimeout", "RetryError", "TransportError",
                    "ServiceUnavailable"):
            return SourceError(f"cannot reach Google Cloud Storage{' at ' + self.endpoint if self.endpoint else ''} "
                               f"({name})")
        if name == "DefaultCredentialsError" or name == "RefreshError":
            return SourceError("Google Cloud credentials missing or rejected")
        return SourceError(f"GCS {what} failed for bucket {self.bucket_name} ({name})")

    def _get_bucket(self):
        if self._bucket is None:
            from google.api_core.retry import Retry

            try:
                self._bucket = self.client.get_bucket(self.bucket_name, timeout=30,
                                                      retry=Retry(initial=0.5, maximum=2, timeout=8))
            except SourceError:
                raise
            except Exception as exc:
                raise self._translate(exc, "get bucket") from None
            self.location = (self._bucket.location or "").lower() or None
            self.location_type = self._bucket.location_type
        return self._bucket

    def check(self) -> None:
        self._get_bucket()

    def region(self) -> Region:
        if self._region is None:
            try:
                self._get_bucket()
            except SourceError:
                return parse_region(self.source.region)
            if self.location:
                self._region = region_from_provider("gcp", self.location)
            else:
                self._region = parse_region(self.source.region)
        return self._region

    def list_objects(self) -> Iterator[ObjectRef]:
        self.check()
        try:
            for blob in self.client.list_blobs(self.bucket_name, prefix=self.prefix or None, page_size=self.page_size,
                                               timeout=60):
                name = blob.name
                if name.endswith("/") and not blob.size:
                    continue  # folder placeholder
                if not self.selected(name):
                    continue
                meta: dict[str, Any] = {}
                if blob.storage_class:
                    meta["storage_class"] = blob.storage_class
                yield self.ref(name, size=blob.size, version=str(blob.generation) if blob.generation else None,
                               meta=meta)
        except SourceError:
            raise
        except Exception as exc:
            raise self._translate(exc, "list objects") from None

    def read(self, ref: ObjectRef) -> FileContent:
        bucket = self._get_bucket()

        def opener() -> BinaryIO:
            try:
                generation = int(ref.version) if ref.version and ref.version.isdigit() else None
                blob = bucket.blob(ref.location, generation=generation)
                reader = blob.open("rb", chunk_size=CHUNK)
                first = reader.read(CHUNK)  # BlobReader is lazy: fail here, not inside extraction
                return ForwardStream(reader, first)
            except Exception as exc:
                name = type(exc).__name__
                if name == "NotFound":
                    raise ObjectError("object disappeared before it could be read") from None
                if name == "Forbidden":
                    raise ObjectError("access denied") from None
                raise ObjectError(f"cannot read object ({name})") from None

        return FileContent(name=posixpath.basename(ref.location) or ref.location, open=opener, size=ref.size)

    def close(self) -> None:
        if self._client is not None:
            try:
                self._client.close()
            except Exception:
                pass
            self._client = None
            self._bucket = None
