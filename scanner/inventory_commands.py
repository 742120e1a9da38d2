"""Commands over the inventory of past scans: `report`, `diff`, `locate`, `baseline create|update`.

None of them scans: they read the inventory the config points at. `report` re-renders
a past scan; `diff` compares two scans (new and resolved mismatches by fingerprint,
locations whose PI types or counts changed); `locate` answers disclosure and deletion
requests by matching the keyed hashes of the values asked for, never printing them
back unmasked; `baseline` writes the file `piscan scan --baseline` accepts. cli.py
imports this module after the `cli` group exists.
"""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any

import click

from .cli import _fail, _formats, _load, _setup_logging, _verbosity_options, cli
from .errors import PiscanError

CONFIG_OPTION = click.option("-c", "--config", "config_path", required=True, type=click.Path(dir_okay=False),
                             help="Configuration file (TOML); the inventory is found through it.")
LOCATE_TYPES = (("email", "EMAIL_ADDRESS"), ("phone", "PHONE_NUMBER"), ("name", "PERSON"),
                ("my_number", "JP_MY_NUMBER"))


def _open_inventory(config):
    from .inventory import Inventory

    path = Path(config.scan.inventory)
    if not path.is_file():
        _fail(f"{path}: no inventory yet (run `piscan scan -c {config.path}` first)")
    return Inventory(path)


def _resolve(inv, ref: str | None, what: str = "scan") -> str:
    scan_id = inv.resolve_scan(ref or "latest")
    if scan_id is None:
        known = [s["id"] for s in inv.list_scans()[:5]]
        if ref in (None, "latest", "previous"):
            need = "two completed scans" if ref == "previous" else "a completed scan"
            _fail(f"{what} {ref or 'latest'}: the inventory {inv.path} needs {need}"
                  + (f" (scans: {', '.join(known)})" if known else " and holds none"))
        _fail(f"{what} {ref!r}: no such scan, or the prefix is ambiguous"
              + (f" (latest scans: {', '.join(known)})" if known else ""))
    info = inv.scan(scan_id) or {}
    if info.get("status") == "running":
        click.echo(f"piscan: warning: scan {scan_id} did not complete; its results are partial", err=True)
    return scan_id


def _scan_format_default() -> str:
    """The --format default of `piscan scan`, so `piscan report` renders the same files by default."""
    for p in cli.commands["scan"].params:
        if p.name == "formats" and isinstance(p.default, str):
            return p.default
    return "json"


def _compared_sources(inv, scan_id: str) -> tuple[set[str], set[tuple[str, str]]]:
    """Sources read fine in a scan, and the (source, container) pairs that failed in it.

    Something absent from a scan counts as removed only where the scan could have seen it.
    """
    from .inventory import container_of

    ok = {s["name"] for s in inv.sources(scan_id) if s["status"] == "ok"}
    failed = {(e["source"], container_of(e["location"])) for e in inv.errors(scan_id)}
    return ok, failed


def _seen(place: tuple[str, str], ok: set[str], failed: set[tuple[str, str]]) -> bool:
    from .inventory import container_of

    return place[0] in ok and (place[0], container_of(place[1])) not in failed


# -- report ----------------------------------------------------------------------------
@cli.command("report")
@CONFIG_OPTION
@click.argument("scan_ref", required=False, default="latest", metavar="[SCAN_ID|latest]")
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False), default=None,
              help="Report folder (default: piscan-report/ in the working directory).")
@click.option("--format", "formats", default=_scan_format_default(), show_default=True,
              help="Comma-separated report formats: json,html,csv,xlsx,sarif,junit,md (or all).")
@_verbosity_options
@click.pass_context
def report_cmd(ctx, config_path, scan_ref, outdir, formats) -> None:
    """Re-render the reports of a past scan from the inventory, without scanning.

    SCAN_ID is a scan id or an unambiguous prefix of one; default: the latest completed scan.
    Locations are shown with the categories and purposes the current config declares.
    """
    from reports import render_all

    from .report_model import build_report

    v = _setup_logging(ctx)
    config = _load(config_path)
    fmts = _formats(formats)
    inv = _open_inventory(config)
    try:
        scan_id = _resolve(inv, scan_ref)
        report = build_report(inv, scan_id, config)
    finally:
        inv.close()
    out = Path(outdir) if outdir else Path.cwd() / "piscan-report"
    try:
        files = render_all(report, out, fmts)
    except OSError as exc:
        _fail(f"{out}: cannot write the reports ({exc.strerror or type(exc).__name__})")
    if not v.quiet:
        click.echo(f"reports of scan {scan_id} written to {out}/ ({', '.join(p.name for p in files)})")


# -- diff ------------------------------------------------------------------------------
def compute_diff(inv, old: str, new: str) -> dict[str, Any]:
    """New and resolved mismatches (by fingerprint) and changed locations between two scans."""
    old_m = {m["fingerprint"]: m for m in inv.mismatches(old)}
    new_m = {m["fingerprint"]: m for m in inv.mismatches(new)}
    ok, failed = _compared_sources(inv, new)
    keys = ("kind", "severity", "source", "location", "pii_type", "category", "message", "fingerprint")

    def slim(m: dict[str, Any]) -> dict[str, Any]:
        return {k: m.get(k) for k in keys} | ({"baselined": True} if m.get("baselined") else {})

    new_list = [slim(m) for fp, m in new_m.items() if fp not in old_m]
    resolved = [slim(m) for fp, m in old_m.items()
                if fp not in new_m and _seen((m["source"], m["location"]), ok, failed)]
    old_f, new_f = inv.findings(old), inv.findings(new)
    added, removed, changed = [], [], []
    for place, types in new_f.items():
        before = old_f.get(place)
        counts = {t: f.count for t, f in types.items()}
        if before is None:
            added.append({"source": place[0], "location": place[1], "pii": counts})
            continue
        before_counts = {t: f.count for t, f in before.items()}
        if before_counts != counts:
            changes = {t: {"old": before_counts.get(t, 0), "new": counts.get(t, 0)}
                       for t in sorted(set(before_counts) | set(counts))
                       if before_counts.get(t) != counts.get(t)}
            changed.append({"source": place[0], "location": place[1], "changes": changes})
    for place, types in old_f.items():
        if place not in new_f and _seen(place, ok, failed):
            removed.append({"source": place[0], "location": place[1], "pii": {t: f.count for t, f in types.items()}})
    not_compared = sorted({s for s, _ in old_f} - ok)
    return {"old": old, "new": new, "new_mismatches": new_list, "resolved_mismatches": resolved,
            "locations": {"added": added, "removed": removed, "changed": changed},
            "not_compared": not_compared,
            "failing": sum(1 for m in new_list if not m.get("baselined"))}


def _print_diff(d: dict[str, Any]) -> None:
    def where(x: dict[str, Any]) -> str:
        return f"{x['source']}:{x['location']}"

    def counts(pii: dict[str, int]) -> str:
        return ", ".join(f"{t} ×{n}" for t, n in sorted(pii.items()))

    click.echo(f"piscan diff {d['old']} → {d['new']}")
    for title, items in (("New mismatches", d["new_mismatches"]), ("Resolved mismatches", d["resolved_mismatches"])):
        click.echo(f"\n{title} ({len(items)})")
        for m in items:
            mark = " [baselined]" if m.get("baselined") else ""
            click.echo(f"  {m['severity']:<8} {m['kind']:<16} {where(m)}  {m.get('pii_type') or ''}{mark}")
            click.echo(f"           {m['message']}")
    locs = d["locations"]
    click.echo(f"\nLocations now holding PI ({len(locs['added'])})")
    for x in locs["added"]:
        click.echo(f"  + {where(x)}  {counts(x['pii'])}")
    click.echo(f"\nLocations no longer holding PI ({len(locs['removed'])})")
    for x in locs["removed"]:
        click.echo(f"  - {where(x)}  {counts(x['pii'])}")
    click.echo(f"\nLocations whose PI changed ({len(locs['changed'])})")
    for x in locs["changed"]:
        parts = [f"{t} {c['old']}→{c['new']}" for t, c in x["changes"].items()]
        click.echo(f"  ~ {where(x)}  {', '.join(parts)}")
    if d["not_compared"]:
        click.echo(f"\nNot checked for removals (not scanned fine in {d['new']}): {', '.join(d['not_compared'])}")


@cli.command("diff")
@CONFIG_OPTION
@click.argument("old_ref", required=False, default="previous", metavar="[OLD]")
@click.argument("new_ref", required=False, default="latest", metavar="[NEW]")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@_verbosity_options
@click.pass_context
def diff_cmd(ctx, config_path, old_ref, new_ref, as_json) -> None:
    """Compare two scans: new and resolved mismatches, locations whose PI changed.

    OLD and NEW default to the previous and the latest completed scan. Exit 1 when NEW
    has mismatches OLD did not (baselined ones excepted), else 0 — useful in CI.
    """
    _setup_logging(ctx)
    config = _load(config_path)
    inv = _open_inventory(config)
    try:
        old = _resolve(inv, old_ref, "OLD")
        new = _resolve(inv, new_ref, "NEW")
        d = compute_diff(inv, old, new)
    finally:
        inv.close()
    if as_json:
        click.echo(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        _print_diff(d)
    sys.exit(1 if d["failing"] else 0)


# -- locate ----------------------------------------------------------------------------
_LOCATE_KINDS = {opt.replace("_", "-"): pii for opt, pii in LOCATE_TYPES} | {opt: pii for opt, pii in LOCATE_TYPES}


def _write_baseline_or_fail(out: str, doc: dict) -> None:
    """Write a baseline file; a write error ends the command with one line naming the file."""
    from .baseline import write_baseline

    try:
        write_baseline(Path(out), doc)
    except PiscanError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{out}: cannot write the baseline ({exc.strerror or type(exc).__name__})")


def _read_locate_values(path: str) -> list[tuple[str, str]]:
    """(PI type, value) pairs from a file of 'KIND VALUE' lines (KIND: email, phone, name, my-number).

    `KIND: VALUE` and `KIND=VALUE` work too; blank lines and lines starting with # are skipped. Errors name the
    file and line, never the value.
    """
    try:
        if path == "-":
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
    except FileNotFoundError:
        _fail(f"{path}: file not found")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{path}: cannot read the values ({type(exc).__name__})")
    where = "<stdin>" if path == "-" else path
    out = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, value = line.replace("\t", " ").partition(" ")
        for sep in (":", "="):
            if sep in kind:  # "email:x@y" / "email=x@y" without a space
                kind, _, rest = line.partition(sep)
                value = rest
                break
        kind = kind.strip().rstrip(":=").lower()
        pii = _LOCATE_KINDS.get(kind)
        if pii is None:
            _fail(f"{where}:{n}: unknown kind '{kind[:20]}' (use email, phone, name or my-number before the value)")
        value = value.strip().lstrip(":=").strip()
        if not value:
            _fail(f"{where}:{n}: no value after '{kind}'")
        out.append((pii, value))
    return out


@cli.command("locate")
@CONFIG_OPTION
@click.option("--email", multiple=True, metavar="X", help="An e-mail address (repeatable).")
@click.option("--phone", multiple=True, metavar="X", help="A phone number, any notation (repeatable).")
@click.option("--name", multiple=True, metavar="X", help="A person's name as written in the data (repeatable).")
@click.option("--my-number", "my_number", multiple=True, metavar="X", help="A My Number (個人番号) (repeatable).")
@click.option("--values-from", "values_from", metavar="FILE",
              help="Read the values from FILE ('-': standard input), one 'KIND VALUE' a line, KIND one of "
                   "email, phone, name, my-number; keeps them out of shell history and process lists.")
@click.option("--scan", "scan_ref", default="latest", show_default=True, help="Scan id (or prefix) to search.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@_verbosity_options
@click.pass_context
def locate_cmd(ctx, config_path, email, phone, name, my_number, values_from, scan_ref, as_json) -> None:
    """Where do we hold this person's data? For disclosure and deletion requests.

    Each value is normalised as the scan does (case, full-width characters, phone
    notation) and matched by its keyed hash; it is printed back only masked.
    Exit 0 when something is found, 1 when nothing is.
    """
    from .hashing import ENV_KEY, Hasher, load_key
    from .masking import mask_value

    _setup_logging(ctx)
    config = _load(config_path)
    given = {"email": email, "phone": phone, "name": name, "my_number": my_number}
    queries = [(pii_type, value) for opt, pii_type in LOCATE_TYPES for value in given[opt]]
    if values_from:
        queries += _read_locate_values(values_from)
    if not queries:
        _fail("locate: give at least one of --email, --phone, --name, --my-number, --values-from")
    for pii_type, value in queries:
        if not value.strip():
            _fail(f"locate: an empty value was given for {pii_type}")
    key_file = Path(config.scan.hmac_key_file)
    if not os.environ.get(ENV_KEY) and not key_file.is_file():
        _fail(f"{key_file}: HMAC key file not found, so no value can be matched "
              f"(set {ENV_KEY} or [scan] hmac_key_file to the key the scans used)")
    hasher = Hasher(load_key(key_file))
    inv = _open_inventory(config)
    try:
        scan_id = _resolve(inv, scan_ref)
        results = []
        for pii_type, value in queries:
            h = hasher(pii_type, value)
            rows = inv.locate({h: pii_type}, scan_id)
            shown = mask_value(pii_type, unicodedata.normalize("NFKC", value))  # full-width shown as ASCII
            results.append({"type": pii_type, "query": shown,
                            "found": len(rows),
                            "locations": [{"source": r["source"], "location": r["location"],
                                           "pii_type": r["pii_type"]} for r in rows]})
    finally:
        inv.close()
    found = any(r["found"] for r in results)
    if as_json:
        click.echo(json.dumps({"scan": scan_id, "found": found, "queries": results}, ensure_ascii=False, indent=2))
    else:
        click.echo(f"piscan locate in scan {scan_id}")
        for r in results:
            if r["found"]:
                n = r["found"]
                click.echo(f"{r['type']} {r['query']}: found in {n} location{'s' if n != 1 else ''}")
                for x in r["locations"]:
                    click.echo(f"  {x['source']}:{x['location']}")
            else:
                click.echo(f"{r['type']} {r['query']}: not found")
    sys.exit(0 if found else 1)


# -- baseline --------------------------------------------------------------------------
@cli.group("baseline")
def baseline_group() -> None:
    """Create or update a baseline file (the mismatches `piscan scan --baseline` accepts)."""


@baseline_group.command("create")
@CONFIG_OPTION
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False), help="Baseline file to write.")
@click.argument("scan_ref", required=False, default="latest", metavar="[SCAN_ID]")
@_verbosity_options
@click.pass_context
def baseline_create(ctx, config_path, out, scan_ref) -> None:
    """Write a baseline accepting every mismatch of a scan (default: the latest)."""
    from .baseline import create_baseline

    v = _setup_logging(ctx)
    config = _load(config_path)
    inv = _open_inventory(config)
    try:
        scan_id = _resolve(inv, scan_ref)
        doc = create_baseline(inv.mismatches(scan_id))
    finally:
        inv.close()
    _write_baseline_or_fail(out, doc)
    if not v.quiet:
        click.echo(f"baseline {out}: {len(doc['mismatches'])} mismatches accepted from scan {scan_id}")


@baseline_group.command("update")
@CONFIG_OPTION
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False),
              help="Baseline file to update in place.")
@click.argument("scan_ref", required=False, default="latest", metavar="[SCAN_ID]")
@_verbosity_options
@click.pass_context
def baseline_update(ctx, config_path, out, scan_ref) -> None:
    """Keep the entries of FILE still present in the latest scan, add its new mismatches.

    Entries of sources the scan did not read fine are kept. Prints how many were
    added and removed.
    """
    from .baseline import read_baseline, update_baseline

    v = _setup_logging(ctx)
    config = _load(config_path)
    try:
        doc = read_baseline(Path(out))
    except PiscanError as exc:
        _fail(f"{exc} (use `piscan baseline create` for a new file)")
    inv = _open_inventory(config)
    try:
        scan_id = _resolve(inv, scan_ref)
        ok, _failed = _compared_sources(inv, scan_id)
        new_doc, added, removed = update_baseline(doc, inv.mismatches(scan_id), ok)
    finally:
        inv.close()
    _write_baseline_or_fail(out, new_doc)
    if not v.quiet:
        click.echo(f"baseline {out}: {added} added, {removed} removed, {len(new_doc['mismatches'])} in all "
                   f"(scan {scan_id})")
