"""Configuration loading and validation.

One TOML file holds `[scan]`, `[[sources]]`, `[[register]]` and the policy
(inline `[policy]` or `policy = "policy.toml"`). Every problem raises ConfigError
naming the file, the key (`sources[2].kind`) and what is wrong.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import PII_TYPES, SEVERITIES
from .errors import ConfigError
from .regions import parse_region

COMMON_SOURCE_KEYS = {"name": str, "kind": str, "include": list, "exclude": list, "region": str,
                      "enabled": bool, "max_object_bytes": int, "description": str}
SOURCE_KINDS: dict[str, dict[str, type]] = {
    "filesystem": {"path": str, "follow_symlinks": bool},
    "smb": {"server": str, "port": int, "share": str, "path": str, "username": str,
            "password_env": str, "domain": str, "encrypt": bool},
    "postgres": {"url": str, "password_env": str, "sslmode": str, "sslrootcert": str,
                 "connect_timeout": int, "statement_timeout_ms": int, "sample_rows": int,
                 "databases": list, "metadata_only": bool},
    "mysql": {"url": str, "password_env": str, "ssl_ca": str, "ssl_disabled": bool,
              "connect_timeout": int, "statement_timeout_ms": int, "sample_rows": int,
              "databases": list, "metadata_only": bool},
    "sqlite": {"path": str, "sample_rows": int, "metadata_only": bool},
    "s3": {"bucket": str, "prefix": str, "endpoint_url": str, "profile": str, "max_keys": int},
    "gcs": {"bucket": str, "prefix": str, "project": str, "endpoint": str},
}
REQUIRED_SOURCE_KEYS = {
    "filesystem": ("path",), "smb": ("server", "share"), "postgres": ("url",), "mysql": ("url",),
    "sqlite": ("path",), "s3": ("bucket",), "gcs": ("bucket",),
}
PATH_KEYS = {"filesystem": ("path",), "sqlite": ("path",)}

SCAN_KEYS = {"inventory": str, "hmac_key_file": str, "max_object_bytes": int, "max_text_chars": int,
             "sample_rows": int, "examples_per_type": int, "workers": int, "fail_on": str,
             "recognizers": list, "archive_max_depth": int, "archive_max_bytes": int,
             "archive_max_ratio": int, "archive_max_members": int, "min_score": float}
REGISTER_KEYS = {"source": str, "location": str, "categories": list, "purposes": list,
                 "description": str, "owner": str}
CATEGORY_KEYS = {"id": str, "name": str, "purposes": list, "pii_types": list,
                 "allowed_regions": list, "disclosure": str, "description": str}
PURPOSE_KEYS = {"id": str, "description": str}


class TableList(list):
    """Schema marker: an array of tables ([[x]]), checked by its own loader."""


POLICY_KEYS = {"name": str, "source": str, "require_known_region": bool,
               "categories": TableList, "purposes": TableList}
DISCLOSURES = ("legal", "not_disclosed")
TOP_KEYS = {"scan", "sources", "register", "policy"}


@dataclass
class ScanSettings:
    inventory: Path
    hmac_key_file: Path
    max_object_bytes: int = 200 * 1024 * 1024
    max_text_chars: int = 20_000_000
    sample_rows: int = 1000
    examples_per_type: int = 3
    workers: int = 1
    fail_on: str = "high"
    recognizers: list[Path] = field(default_factory=list)
    archive_max_depth: int = 3
    archive_max_bytes: int = 512 * 1024 * 1024
    archive_max_ratio: int = 200
    archive_max_members: int = 10_000
    min_score: float = 0.5
    custom_types: set[str] = field(default_factory=set)  # entity types of user recognizers


@dataclass
class Source:
    name: str
    kind: str
    options: dict[str, Any]
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    region: str | None = None
    enabled: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "options": dict(self.options),
                "include": list(self.include), "exclude": list(self.exclude),
                "region": self.region, "enabled": self.enabled}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Source":
        return cls(**d)


@dataclass
class RegisterEntry:
    source: str
    location: str
    categories: list[str]
    purposes: list[str]
    description: str = ""
    owner: str = ""


@dataclass
class Category:
    id: str
    name: str
    purposes: list[str]
    pii_types: list[str]
    allowed_regions: list[str]
    disclosure: str
    description: str = ""


@dataclass
class Purpose:
    id: str
    description: str


@dataclass
class Policy:
    name: str
    categories: dict[str, Category]
    purposes: dict[str, Purpose]
    require_known_region: bool = True


@dataclass
class Config:
    path: Path
    scan: ScanSettings
    sources: list[Source]
    register: list[RegisterEntry]
    policy: Policy

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def source(self, name: str) -> Source:
        for s in self.sources:
            if s.name == name:
                return s
        raise KeyError(name)


class _Checker:
    """Type checks one table against a key schema, reporting `file: key: problem`."""

    def __init__(self, path: str):
        self.path = path

    def fail(self, key: str, problem: str) -> None:
        raise ConfigError(self.path, key, problem)

    def table(self, value: Any, key: str) -> dict:
        if not isinstance(value, dict):
            self.fail(key, f"expected a table, got {_type_name(value)}")
        return value

    def keys(self, table: dict, schema: dict[str, type], prefix: str) -> None:
        for k, v in table.items():
            if k not in schema:
                self.fail(f"{prefix}.{k}" if prefix else k,
                          f"unknown key (expected one of: {', '.join(sorted(schema))})")
            want = schema[k]
            if want is TableList:
                if not isinstance(v, list):
                    self.fail(f"{prefix}.{k}" if prefix else k, f"expected an array of tables, got {_type_name(v)}")
                continue
            ok = isinstance(v, want) and not (want is int and isinstance(v, bool))
            if want is float and isinstance(v, int) and not isinstance(v, bool):
                ok = True
            if not ok:
                self.fail(f"{prefix}.{k}" if prefix else k,
                          f"expected {_type_word(want)}, got {_type_name(v)}")
            if want is list:
                for i, item in enumerate(v):
                    if not isinstance(item, str):
                        self.fail(f"{prefix}.{k}[{i}]", f"expected a string, got {_type_name(item)}")

    def required(self, table: dict, names: tuple[str, ...], prefix: str) -> None:
        for n in names:
            if n not in table or (isinstance(table[n], str) and not table[n].strip()):
                self.fail(f"{prefix}.{n}", "missing required key")


def _type_name(v: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
            list: "a list", dict: "a table"}.get(type(v), type(v).__name__)


def _type_word(t: type) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
            list: "a list of strings", dict: "a table"}[t]


def _read_toml(path: Path, shown: str) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(shown, "", "file not found") from None
    except PermissionError:
        raise ConfigError(shown, "", "permission denied") from None
    except IsADirectoryError:
        raise ConfigError(shown, "", "is a directory, expected a TOML file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(shown, "", f"invalid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(shown, "", "not UTF-8 text") from None


def load_config(path: str | os.PathLike) -> Config:
    """Load and validate a configuration file (and the policy file it names)."""
    p = Path(path)
    shown = str(path)
    raw = _read_toml(p, shown)
    ck = _Checker(shown)
    base = p.resolve().parent
    for k in raw:
        if k not in TOP_KEYS:
            ck.fail(k, f"unknown key (expected one of: {', '.join(sorted(TOP_KEYS))})")

    scan = _load_scan(ck, raw.get("scan", {}), base)

    policy_raw = raw.get("policy")
    policy_ck, policy_prefix = ck, "policy"
    if policy_raw is None:
        ck.fail("policy", "missing: give a [policy] table or policy = \"policy.toml\"")
    if isinstance(policy_raw, str):
        ppath = (base / policy_raw)
        policy_ck = _Checker(str(ppath) if not Path(policy_raw).is_absolute() else policy_raw)
        policy_raw = _read_toml(ppath, policy_ck.path)
        policy_raw = policy_raw.get("policy", policy_raw)
        policy_prefix = "policy"
    policy = _load_policy(policy_ck, policy_ck.table(policy_raw, "policy"), policy_prefix, scan.custom_types)

    sources_raw = raw.get("sources", [])
    if not isinstance(sources_raw, list):
        ck.fail("sources", "expected an array of tables ([[sources]])")
    sources: list[Source] = []
    seen: set[str] = set()
    for i, s in enumerate(sources_raw):
        src = _load_source(ck, s, f"sources[{i}]", base)
        if src.name in seen:
            ck.fail(f"sources[{i}].name", f"duplicate source name {src.name!r}")
        seen.add(src.name)
        sources.append(src)

    register_raw = raw.get("register", [])
    if not isinstance(register_raw, list):
        ck.fail("register", "expected an array of tables ([[register]])")
    register = [_load_register(ck, r, f"register[{i}]", seen, policy) for i, r in enumerate(register_raw)]
    return Config(path=p.resolve(), scan=scan, sources=sources, register=register, policy=policy)


def _load_scan(ck: _Checker, raw: Any, base: Path) -> ScanSettings:
    t = ck.table(raw, "scan")
    ck.keys(t, SCAN_KEYS, "scan")
    inv = base / t.get("inventory", ".piscan/inventory.sqlite")
    key = Path(t["hmac_key_file"]) if "hmac_key_file" in t else inv.parent / "hmac.key"
    if not key.is_absolute():
        key = base / key
    s = ScanSettings(inventory=inv, hmac_key_file=key)
    for k in ("max_object_bytes", "max_text_chars", "sample_rows", "examples_per_type", "workers",
              "archive_max_depth", "archive_max_bytes", "archive_max_ratio", "archive_max_members"):
        if k in t:
            if t[k] < (0 if k == "examples_per_type" else 1):
                ck.fail(f"scan.{k}", f"must be positive, got {t[k]}")
            setattr(s, k, t[k])
    if "min_score" in t:
        if not 0.0 <= float(t["min_score"]) <= 1.0:
            ck.fail("scan.min_score", "must be between 0 and 1")
        s.min_score = float(t["min_score"])
    if "fail_on" in t:
        if t["fail_on"] not in SEVERITIES:
            ck.fail("scan.fail_on", f"unknown severity {t['fail_on']!r} (expected one of: {', '.join(SEVERITIES)})")
        s.fail_on = t["fail_on"]
    for i, r in enumerate(t.get("recognizers", [])):
        rp = Path(r) if Path(r).is_absolute() else base / r
        if not rp.is_file():
            ck.fail(f"scan.recognizers[{i}]", f"file not found: {r}")
        s.custom_types |= _check_recognizer_file(rp)
        s.recognizers.append(rp)
    return s


def _check_recognizer_file(path: Path) -> set[str]:
    """A user recognizer file (Presidio YAML) must load now, not fail every object at scan time.

    Returns the entity types it detects: the policy may allow them like the built-in types.
    """
    from classifiers.presidio_integration import RecognizerFileError, load_recognizer_files

    try:
        return {t for d in load_recognizer_files([str(path)]) for t in d.pii_types}
    except RecognizerFileError as exc:
        raise ConfigError(str(path), exc.key, exc.problem) from None


def _load_source(ck: _Checker, raw: Any, prefix: str, base: Path) -> Source:
    t = ck.table(raw, prefix)
    ck.required(t, ("name", "kind"), prefix)
    if not isinstance(t["kind"], str):
        ck.fail(f"{prefix}.kind", f"expected a string, got {_type_name(t['kind'])}")
    kind = t["kind"]
    if kind not in SOURCE_KINDS:
        ck.fail(f"{prefix}.kind", f"unknown kind {kind!r} (expected one of: {', '.join(SOURCE_KINDS)})")
    ck.keys(t, {**COMMON_SOURCE_KEYS, **SOURCE_KINDS[kind]}, prefix)
    ck.required(t, REQUIRED_SOURCE_KEYS[kind], prefix)
    if "region" in t:
        try:
            parse_region(t["region"])
        except ValueError as exc:
            ck.fail(f"{prefix}.region", str(exc))
    opts = {k: v for k, v in t.items() if k not in COMMON_SOURCE_KEYS}
    for k in PATH_KEYS.get(kind, ()):
        if not Path(opts[k]).is_absolute():
            opts[k] = str(base / opts[k])
    for k in ("sslrootcert", "ssl_ca"):
        if k in opts and not Path(opts[k]).is_absolute():
            opts[k] = str(base / opts[k])
    if "url" in opts:
        _check_url(ck, opts["url"], f"{prefix}.url")
    if "max_object_bytes" in t:
        opts["max_object_bytes"] = t["max_object_bytes"]
    return Source(name=t["name"], kind=kind, options=opts, include=list(t.get("include", [])),
                  exclude=list(t.get("exclude", [])), region=t.get("region"),
                  enabled=t.get("enabled", True))


def _check_url(ck: _Checker, url: str, key: str) -> None:
    from urllib.parse import urlsplit
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        ck.fail(key, f"not a valid URL: {exc}")
    if parts.password:
        ck.fail(key, "the URL holds a password: put it in an environment variable named by password_env")
    if not parts.scheme or not parts.hostname:
        ck.fail(key, "expected a URL such as postgresql://user@host:5432/db")


def _load_register(ck: _Checker, raw: Any, prefix: str, sources: set[str], policy: Policy) -> RegisterEntry:
    t = ck.table(raw, prefix)
    ck.keys(t, REGISTER_KEYS, prefix)
    ck.required(t, ("source", "location", "categories"), prefix)
    if t["source"] not in sources:
        ck.fail(f"{prefix}.source", f"unknown source {t['source']!r} (defined: {', '.join(sorted(sources)) or 'none'})")
    for i, c in enumerate(t["categories"]):
        if c not in policy.categories:
            ck.fail(f"{prefix}.categories[{i}]",
                    f"unknown category {c!r} (defined: {', '.join(policy.categories)})")
    for i, pu in enumerate(t.get("purposes", [])):
        if pu not in policy.purposes:
            ck.fail(f"{prefix}.purposes[{i}]", f"unknown purpose {pu!r} (not in [[policy.purposes]])")
    return RegisterEntry(source=t["source"], location=t["location"], categories=list(t["categories"]),
                         purposes=list(t.get("purposes", [])), description=t.get("description", ""),
                         owner=t.get("owner", ""))


def _load_policy(ck: _Checker, t: dict, prefix: str, custom_types: set[str] = frozenset()) -> Policy:
    ck.keys(t, POLICY_KEYS, prefix)
    purposes: dict[str, Purpose] = {}
    for i, p in enumerate(t.get("purposes", [])):
        key = f"{prefix}.purposes[{i}]"
        p = ck.table(p, key)
        ck.keys(p, PURPOSE_KEYS, key)
        ck.required(p, ("id", "description"), key)
        if p["id"] in purposes:
            ck.fail(f"{key}.id", f"duplicate purpose id {p['id']!r}")
        purposes[p["id"]] = Purpose(p["id"], p["description"])
    categories: dict[str, Category] = {}
    for i, c in enumerate(t.get("categories", [])):
        key = f"{prefix}.categories[{i}]"
        c = ck.table(c, key)
        ck.keys(c, CATEGORY_KEYS, key)
        ck.required(c, ("id", "name", "purposes", "pii_types", "disclosure"), key)
        if c["id"] in categories:
            ck.fail(f"{key}.id", f"duplicate category id {c['id']!r}")
        for j, pu in enumerate(c["purposes"]):
            if pu not in purposes:
                ck.fail(f"{key}.purposes[{j}]", f"unknown purpose {pu!r} (not in [[policy.purposes]])")
        for j, ty in enumerate(c["pii_types"]):
            if ty not in PII_TYPES and ty not in custom_types:
                extra = f"; recognizers add: {', '.join(sorted(custom_types))}" if custom_types else ""
                ck.fail(f"{key}.pii_types[{j}]",
                        f"unknown PI type {ty!r} (expected one of: {', '.join(PII_TYPES)}{extra})")
        for j, rg in enumerate(c.get("allowed_regions", [])):
            try:
                parse_region(rg)
            except ValueError as exc:
                ck.fail(f"{key}.allowed_regions[{j}]", str(exc))
        if c["disclosure"] not in DISCLOSURES:
            ck.fail(f"{key}.disclosure", f"unknown disclosure {c['disclosure']!r} (expected one of: {', '.join(DISCLOSURES)})")
        categories[c["id"]] = Category(id=c["id"], name=c["name"], purposes=list(c["purposes"]),
                                       pii_types=list(c["pii_types"]),
                                       allowed_regions=list(c.get("allowed_regions", [])),
                                       disclosure=c["disclosure"], description=c.get("description", ""))
    if not categories:
        ck.fail(f"{prefix}.categories", "the policy declares no category")
    return Policy(name=t.get("name", ""), categories=categories, purposes=purposes,
                  require_known_region=t.get("require_known_region", True))
