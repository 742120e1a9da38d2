"""Helpers shared by the SQL connectors (PostgreSQL, MySQL/MariaDB, SQLite).

Identifier quoting, turning fetched cells into bounded text, resolving the
password from `password_env`, reading the sampling settings, sizing a
`TABLESAMPLE`, and turning driver exceptions into messages that are safe to
record: the SQLSTATE / error code and the primary message only, never a DETAIL
line, and a generic text for the error classes whose messages can echo a cell
value (data exceptions, integrity violations, user-raised exceptions).
"""

from __future__ import annotations

import math
import os
import random
from typing import Any, Iterable, Sequence

from scanner.errors import SourceError

from .base import Connector

# A cell longer than this is cut (server-side where the engine allows): the head
# of a document is enough to classify it, and the sample stays bounded in memory.
CELL_MAX_CHARS = 65_536
# All the cells of one table's sample together stay under this many characters:
# the per-cell limit shrinks for wide samples (never below CELL_MIN_CHARS).
TABLE_TEXT_BUDGET = 64_000_000
CELL_MIN_CHARS = 2048
DEFAULT_SAMPLE_ROWS = 1000
DEFAULT_CONNECT_TIMEOUT = 10
DEFAULT_STATEMENT_TIMEOUT_MS = 60_000


def quote_double(name: str) -> str:
    """Quote an identifier the SQL-standard way (PostgreSQL, SQLite): `a"b` -> `"a""b"`."""
    if "\x00" in name:
        raise ValueError("identifier contains a NUL character")
    return '"' + name.replace('"', '""') + '"'


def quote_backtick(name: str) -> str:
    """Quote an identifier for MySQL/MariaDB: a`b -> `a``b`."""
    if "\x00" in name:
        raise ValueError("identifier contains a NUL character")
    return "`" + name.replace("`", "``") + "`"


def cell_to_text(value: Any, max_chars: int = CELL_MAX_CHARS) -> str | None:
    """A fetched cell as text for the classifiers, or None when it holds nothing textual.

    Binary values are kept only when they are valid UTF-8 without NUL bytes (a
    blob holding a text document); images and other binary data become None.
    """
    if value is None:
        return None
    if isinstance(value, str):
        return value[:max_chars]
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value[: max_chars * 4])
        if b"\x00" in raw:
            return None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            # a value cut (by the server-side limit) inside a multi-byte character is still text
            if exc.reason != "unexpected end of data":
                return None
            text = raw[: exc.start].decode("utf-8")
        return text[:max_chars]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        import json
        return json.dumps(value, ensure_ascii=False, default=str)[:max_chars]
    return str(value)[:max_chars]


def cell_cap(rows: int, columns: int) -> int:
    """The per-cell character limit for a sample of `rows` x `columns` cells."""
    per_cell = TABLE_TEXT_BUDGET // max(1, rows * columns)
    return max(CELL_MIN_CHARS, min(CELL_MAX_CHARS, per_cell))


def rows_to_text(rows: Iterable[Sequence[Any]], width: int | None = None,
                 max_chars: int = CELL_MAX_CHARS) -> list[tuple[str | None, ...]]:
    """Convert fetched rows to tuples of text (keeping only the first `width` cells)."""
    out = []
    for row in rows:
        cells = row if width is None else row[:width]
        out.append(tuple(cell_to_text(c, max_chars) for c in cells))
    return out


def sample_rows_setting(options: dict, settings: Any) -> int:
    """Rows to sample per table: the source's `sample_rows`, else `[scan] sample_rows`, else 1000."""
    default = getattr(settings, "sample_rows", DEFAULT_SAMPLE_ROWS) if settings is not None else DEFAULT_SAMPLE_ROWS
    n = int(options.get("sample_rows", default) or default)
    return max(1, n)


def metadata_only_setting(options: dict, settings: Any) -> bool:
    """True when the source or the scan (`--metadata-only`) asks for schema-only classification."""
    return bool(options.get("metadata_only", False)) or bool(getattr(settings, "metadata_only", False))


def resolve_password(options: dict, source_name: str) -> str | None:
    """The password from the environment variable named by `password_env` (None when not configured)."""
    var = options.get("password_env")
    if not var:
        return None
    value = os.environ.get(var)
    if value is None:
        raise SourceError(f"source {source_name!r}: environment variable {var} (password_env) is not set")
    return value


def tablesample_percent(estimated_rows: float, want: int, oversample: float = 2.0) -> float:
    """The `TABLESAMPLE SYSTEM (p)` percentage expected to return about `oversample * want` rows."""
    if estimated_rows <= 0:
        return 100.0
    p = 100.0 * oversample * want / estimated_rows
    return float(min(100.0, max(p, 0.0001)))


def subsample(rows: list, n: int, rng: random.Random | None = None) -> list:
    """At most n rows chosen uniformly from `rows` (kept in their original order)."""
    if len(rows) <= n:
        return rows
    rng = rng or random.Random()
    keep = sorted(rng.sample(range(len(rows)), n))
    return [rows[i] for i in keep]


def key_range_starts(lo: int, hi: int, count: int, rng: random.Random | None = None) -> list[int]:
    """`count` random starting keys in [lo, hi], sorted and distinct (fewer when the range is small)."""
    rng = rng or random.Random()
    span = hi - lo + 1
    if span <= 0:
        return []
    if span <= count:
        return list(range(lo, hi + 1))
    return sorted(set(lo + rng.randrange(span) for _ in range(count)))


def chunk_size(want: int, chunks: int, oversample: float = 1.25) -> int:
    return max(1, math.ceil(oversample * want / max(1, chunks)))


def redact(message: str, secret: str | None) -> str:
    """Remove a password from a message, should a driver ever echo it."""
    if secret:
        message = message.replace(secret, "***")
    return message


def one_line(message: str, limit: int = 300) -> str:
    """Collapse a driver message to one line of bounded length."""
    text = " ".join(str(message).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# PostgreSQL SQLSTATE classes whose primary message may quote a value:
# 22 data exception (invalid input syntax for type integer: "…"), 23 integrity
# constraint violation, P0 PL/pgSQL raise (a user function may format anything),
# XX internal error.
_PG_VALUE_CLASSES = ("22", "23", "P0", "XX")


def pg_error_message(exc: BaseException, password: str | None = None) -> str:
    """A safe one-line message for a psycopg error: primary message + SQLSTATE, no DETAIL."""
    sqlstate = getattr(exc, "sqlstate", None)
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    if sqlstate and sqlstate[:2] in _PG_VALUE_CLASSES:
        name = type(exc).__name__
        return f"data error while reading ({name}, SQLSTATE {sqlstate}); message withheld as it may quote a cell value"
    if sqlstate == "57014":
        return f"statement cancelled: statement timeout exceeded (SQLSTATE {sqlstate})"
    text = primary or str(exc).split("\nDETAIL:")[0]
    text = redact(one_line(text), password)
    return f"{text} (SQLSTATE {sqlstate})" if sqlstate else text


# MySQL/MariaDB error codes whose message may quote a value.
_MY_VALUE_CODES = {
    1062,  # Duplicate entry '…' for key
    1264,  # Out of range value
    1265,  # Data truncated
    1292,  # Truncated incorrect … value: '…'
    1366,  # Incorrect string/integer value: '…'
    1367,  # Illegal … value found during parsing
    1411,  # Incorrect … value: '…' for function
    1644,  # SIGNAL from a stored program: user-formatted text
    3140,  # Invalid JSON text
    3141,  # Invalid JSON text in argument
    4038,  # (MariaDB) syntax error in JSON text
}


def mysql_error_message(exc: BaseException, password: str | None = None) -> str:
    """A safe one-line message for a PyMySQL error: `(code) message`, value-echoing codes withheld."""
    args = getattr(exc, "args", ())
    code = args[0] if args and isinstance(args[0], int) else None
    text = args[1] if len(args) > 1 else (str(exc) or type(exc).__name__)
    if code in _MY_VALUE_CODES:
        return f"data error while reading (MySQL error {code}); message withheld as it may quote a cell value"
    if code in (1969, 3024):
        return f"statement cancelled: statement timeout exceeded (MySQL error {code})"
    text = redact(one_line(str(text)), password)
    if code in (0, None) and not text:
        text = "connection lost"
    return f"{text} (MySQL error {code})" if code else text


def database_selected(database: str, include: Sequence[str]) -> bool:
    """Whether any include glob (`db.schema.table`) can match inside `database` (no include: all)."""
    if not include:
        return True
    from .base import glob_regex
    for pattern in include:
        first = pattern.strip().split(".", 1)[0]
        if first.startswith("**") or glob_regex(first).match(database):
            return True
    return False


class ServerSqlConnector(Connector):
    """What the PostgreSQL and MySQL/MariaDB connectors share: the URL, sampling and timeout
    settings, and the password read once from `password_env` (never from the config)."""

    def __init__(self, source, settings=None):
        super().__init__(source, settings)
        self.url = self.options["url"]
        self.sample_rows = sample_rows_setting(self.options, settings)
        self.metadata_only = metadata_only_setting(self.options, settings)
        self.connect_timeout = int(self.options.get("connect_timeout", DEFAULT_CONNECT_TIMEOUT))
        self.statement_timeout_ms = int(self.options.get("statement_timeout_ms", DEFAULT_STATEMENT_TIMEOUT_MS))
        self._password: str | None = None
        self._password_loaded = False
        self._rng = random.Random()

    def _secret(self) -> str | None:
        if not self._password_loaded:
            self._password = resolve_password(self.options, self.source.name)
            self._password_loaded = True
        return self._password
