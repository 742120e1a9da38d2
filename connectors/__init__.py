"""Data-store connectors: one module per kind, all implementing connectors.base.Connector."""

from __future__ import annotations

import importlib
from typing import Any

from scanner.config import Source

from .base import Column, Connector, Content, FileContent, TableContent  # noqa: F401

CONNECTORS = {
    "filesystem": "connectors.filesystem:FilesystemConnector",
    "sqlite": "connectors.sqlite:SqliteConnector",
    "postgres": "connectors.postgres:PostgresConnector",
    "mysql": "connectors.mysql:MysqlConnector",
    "s3": "connectors.s3:S3Connector",
    "gcs": "connectors.gcs:GcsConnector",
    "smb": "connectors.smb:SmbConnector",
}


def connector_class(kind: str) -> type[Connector]:
    module, _, name = CONNECTORS[kind].partition(":")
    return getattr(importlib.import_module(module), name)


def make_connector(source: Source, settings: Any = None) -> Connector:
    """Build the connector for a configured source."""
    return connector_class(source.kind)(source, settings)
