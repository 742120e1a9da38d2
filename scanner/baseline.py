"""Baseline files: the mismatches a team has accepted, so CI fails only on new ones.

Format (JSON): `{"version": 1, "created_at": …, "mismatches": [{"fingerprint", "kind",
"source", "location", "pii_type", "category"}]}`. Only `fingerprint` decides whether a
mismatch is accepted; the other fields are there for the people reviewing the file,
who may add their own keys to an entry (a `reason`, a ticket): `update` keeps them.
Files are written atomically and sorted by place, so a baseline diffs well in git.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from .errors import PiscanError

BASELINE_VERSION = 1
ENTRY_KEYS = ("fingerprint", "kind", "source", "location", "pii_type", "category")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sort_key(entry: dict[str, Any]) -> tuple:
    return tuple(str(entry.get(k) or "") for k in ("source", "location", "kind", "pii_type", "category",
                                                      "fingerprint"))


def entry(mismatch: dict[str, Any]) -> dict[str, Any]:
    """The baseline entry of a mismatch (a report or inventory mismatch dict)."""
    return {k: mismatch.get(k) for k in ENTRY_KEYS}


def read_baseline(path: Path) -> dict[str, Any]:
    """Read and check a baseline file; errors name the file and what is wrong."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PiscanError(f"{path}: baseline file not found") from None
    except IsADirectoryError:
        raise PiscanError(f"{path}: is a directory, not a baseline file") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise PiscanError(f"{path}: not a valid baseline file (not JSON: {type(exc).__name__})") from None
    if isinstance(data, list):  # a bare list of fingerprints or entries
        data = {"mismatches": data}
    if not isinstance(data, dict):
        raise PiscanError(f"{path}: not a valid baseline file (expected a JSON object)")
    version = data.get("version", BASELINE_VERSION)
    if version != BASELINE_VERSION:
        raise PiscanError(f"{path}: baseline version {version!r} is not supported (expected {BASELINE_VERSION})")
    items = data.get("mismatches", data.get("fingerprints", []))
    if not isinstance(items, list):
        raise PiscanError(f"{path}: 'mismatches' must be a list")
    entries = []
    for i, it in enumerate(items):
        if isinstance(it, str):
            it = {"fingerprint": it}
        if not isinstance(it, dict) or not isinstance(it.get("fingerprint"), str) or not it["fingerprint"]:
            raise PiscanError(f"{path}: mismatches[{i}] has no 'fingerprint' string")
        entries.append(it)
    return {**data, "version": BASELINE_VERSION, "mismatches": entries}


def load_baseline(path: Path | None) -> set[str]:
    """The fingerprints a baseline file accepts (empty without a file)."""
    if path is None:
        return set()
    return {e["fingerprint"] for e in read_baseline(path)["mismatches"]}


def create_baseline(mismatches: Iterable[dict[str, Any]]) -> dict[str, Any]:
    entries: dict[str, dict[str, Any]] = {}
    for m in mismatches:
        entries.setdefault(m["fingerprint"], entry(m))
    return {"version": BASELINE_VERSION, "created_at": _now(),
            "mismatches": sorted(entries.values(), key=_sort_key)}


def update_baseline(doc: dict[str, Any], mismatches: Iterable[dict[str, Any]],
                    scanned_sources: set[str] | None = None) -> tuple[dict[str, Any], int, int]:
    """Keep the entries still present in the scan, add the scan's new ones.

    Entries of sources the scan did not read (`scanned_sources` given and not in it)
    are kept as they are: a partial scan must not empty the baseline. Returns the new
    document and the numbers of entries added and removed.
    """
    current = {m["fingerprint"]: m for m in mismatches}
    kept, removed = [], 0
    for e in doc.get("mismatches", []):
        fp = e["fingerprint"]
        if fp in current or (scanned_sources is not None and e.get("source") not in scanned_sources):
            kept.append(e)
        else:
            removed += 1
    known = {e["fingerprint"] for e in kept}
    added = [entry(m) for fp, m in current.items() if fp not in known]
    out = {k: v for k, v in doc.items() if k != "mismatches"}
    out.setdefault("created_at", _now())
    out["version"] = BASELINE_VERSION
    out["updated_at"] = _now()
    out["mismatches"] = sorted(kept + added, key=_sort_key)
    return out, len(added), removed


def write_baseline(path: Path, doc: dict[str, Any]) -> None:
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise PiscanError(f"{path}: folder {path.parent} does not exist")
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
