"""The `piscan` command line (click).

User mistakes (bad config, bad arguments) print one line and exit 2, never a
traceback. `-v/--verbose` and `-q/--quiet` are accepted before or after the
command name.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from . import SEVERITIES, __version__
from .config import load_config
from .errors import ConfigError, PiscanError

EXIT_USAGE = 2


class Verbosity:
    def __init__(self) -> None:
        self.verbose = 0
        self.quiet = False


def _verbosity_options(f):
    def set_verbose(ctx, _param, value):
        if value:
            ctx.ensure_object(Verbosity).verbose += value
        return value

    def set_quiet(ctx, _param, value):
        if value:
            ctx.ensure_object(Verbosity).quiet = True
        return value

    f = click.option("-v", "--verbose", count=True, expose_value=False, callback=set_verbose,
                     help="More log output (repeat for debug).")(f)
    f = click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=set_quiet,
                     help="Only errors.")(f)
    return f


def _setup_logging(ctx: click.Context) -> Verbosity:
    root = ctx.find_root()
    v = root.ensure_object(Verbosity)
    sub = ctx.ensure_object(Verbosity)
    if sub is not v:
        v.verbose += sub.verbose
        v.quiet = v.quiet or sub.quiet
    level = logging.ERROR if v.quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(v.verbose, 2)]
    logging.basicConfig(level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger().setLevel(level)
    for noisy in ("botocore", "boto3", "urllib3", "google", "distributed", "smbprotocol", "presidio-analyzer"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    return v


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    click.echo(f"piscan: error: {message}", err=True)
    sys.exit(code)


def _load(config_path: str):
    try:
        return load_config(config_path)
    except ConfigError as exc:
        _fail(str(exc))


def _formats(value: str | None) -> list[str]:
    from reports import ALL_FORMATS, RENDERERS

    if not value:
        return ["json"]
    out = []
    for f in (x.strip().lower() for x in value.split(",")):
        if not f:
            continue
        if f == "all":
            out.extend(k for k in ALL_FORMATS if k in RENDERERS)
            continue
        if f not in ALL_FORMATS:
            _fail(f"--format: unknown format {f!r} (expected one of: {', '.join(ALL_FORMATS)})")
        if f not in RENDERERS:
            _fail(f"--format: format {f!r} is not available in this version (available: {', '.join(RENDERERS)})")
        out.append(f)
    return list(dict.fromkeys(out)) or ["json"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="piscan")
@_verbosity_options
def cli() -> None:
    """piscan: find personal information in file shares, databases and buckets, and check it
    against the company's privacy policy."""


@cli.command()
@click.option("-c", "--config", "config_path", required=True, type=click.Path(dir_okay=False),
              help="Configuration file (TOML).")
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False), default=None,
              help="Report folder (default: piscan-report/ in the working directory).")
@click.option("--format", "formats", default="json,html", show_default=True,
              help="Comma-separated report formats: json,html,csv,xlsx,sarif,junit,md.")
@click.option("--source", "sources", multiple=True, help="Scan only this source (repeatable).")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None,
              help="Baseline file: mismatches it lists do not fail the scan.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Lowest severity that fails the scan (exit 1). Default: [scan] fail_on or high.")
@click.option("--full", is_flag=True, help="Rescan every object, even unchanged ones.")
@click.option("--metadata-only", is_flag=True, help="Databases: classify tables from their schema only, read no rows.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:PORT) for --executor dask.")
@click.option("--workers", type=click.IntRange(1, 256), default=None, help="Worker processes.")
@_verbosity_options
@click.pass_context
def scan(ctx, config_path, outdir, formats, sources, baseline, fail_on, full, metadata_only, executor,
         scheduler, workers) -> None:
    """Crawl the sources, classify, store the inventory, evaluate the policy, write reports.

    Exit codes: 0 clean, 1 mismatches at or above --fail-on, 2 usage/config error,
    3 some sources or objects could not be scanned.
    """
    from rich.console import Console

    from reports.summary import print_summary

    from .pipeline import ScanOptions, run_scan

    v = _setup_logging(ctx)
    config = _load(config_path)
    fmts = _formats(formats)
    out = Path(outdir) if outdir else Path.cwd() / "piscan-report"
    opts = ScanOptions(outdir=out, formats=fmts, sources=list(sources),
                       baseline=Path(baseline) if baseline else None, fail_on=fail_on, full=full,
                       executor=executor, scheduler=scheduler, workers=workers, metadata_only=metadata_only,
                       progress=not v.quiet)
    try:
        outcome = run_scan(config, opts)
    except PiscanError as exc:
        _fail(str(exc))
    if not v.quiet:
        console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)
        print_summary(outcome.report, console)
        console.print(f"reports written to {out}/ ({', '.join(p.name for p in outcome.files)})")
    sys.exit(outcome.exit_code)


_TYPE_JSON: dict[str, str] = {}


def _entities_line(ents) -> str:
    """One `detect` output line, byte-identical to `json.dumps({"entities": [e.to_json() …]})` but built directly
    (a few per cent of a whole `piscan detect` run went into the generic encoder)."""
    parts = []
    for e in ents:
        t = _TYPE_JSON.get(e.type)
        if t is None:
            t = _TYPE_JSON.setdefault(e.type, json.dumps(e.type, ensure_ascii=False))
        parts.append(f'{{"type": {t}, "start": {e.start}, "end": {e.end}, "score": {round(e.score, 2)!r}}}')
    return '{"entities": [' + ", ".join(parts) + "]}\n"


@cli.command()
@click.argument("input_file", required=False, default="-", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--plain", is_flag=True, help="Input is plain text, one document a line.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=None, help="Drop entities scoring below this.")
@click.option("--batch", type=click.IntRange(1, 100000), default=256, show_default=True,
              help="Records classified together.")
@_verbosity_options
@click.pass_context
def detect(ctx, input_file, plain, min_score, batch) -> None:
    """Classify text: JSON Lines in (a `text` field a line, or --plain), JSON Lines out.

    Output, one line per input record in order:
    {"entities": [{"type": "EMAIL_ADDRESS", "start": 10, "end": 31, "score": 0.95}]}
    """
    from classifiers import EngineOptions, get_engine

    _setup_logging(ctx)
    engine = get_engine(EngineOptions(min_score=min_score) if min_score is not None else None)
    stream = sys.stdin if input_file == "-" else open(input_file, encoding="utf-8", errors="replace")
    out = sys.stdout
    texts: list[str] = []
    lineno = 0

    def flush() -> None:
        out.write("".join(map(_entities_line, engine.analyze_many(texts))))
        texts.clear()

    try:
        for line in stream:
            lineno += 1
            if plain:
                texts.append(line.rstrip("\r\n"))
            else:
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except ValueError:
                    _fail(f"{input_file}:{lineno}: not a JSON object (use --plain for plain text)")
                text = rec.get("text") if isinstance(rec, dict) else None
                if not isinstance(text, str):
                    _fail(f"{input_file}:{lineno}: expected an object with a string field 'text'")
                texts.append(text)
            if len(texts) >= batch:
                flush()
        flush()
        out.flush()
    except BrokenPipeError:
        sys.exit(0)
    except FileNotFoundError:
        _fail(f"{input_file}: file not found")
    finally:
        if stream is not sys.stdin:
            stream.close()


@cli.group()
def policy() -> None:
    """Inspect the policy declared in the configuration."""


@policy.command("check")
@click.option("-c", "--config", "config_path", required=True, type=click.Path(dir_okay=False))
@_verbosity_options
@click.pass_context
def policy_check(ctx, config_path) -> None:
    """Validate the config and report declarations that contradict the policy (exit 1 if any)."""
    from .policy import check_policy

    _setup_logging(ctx)
    config = _load(config_path)
    problems = check_policy(config)
    for p in problems:
        click.echo(p)
    if not problems:
        click.echo(f"{config_path}: OK ({len(config.policy.categories)} categories, "
                   f"{len(config.policy.purposes)} purposes, {len(config.sources)} sources, "
                   f"{len(config.register)} register entries)")
    sys.exit(1 if problems else 0)


def _register_more_commands() -> None:
    """Commands over the inventory (report, diff, locate, baseline) live in their own module."""
    import importlib.util

    if importlib.util.find_spec(f"{__package__}.inventory_commands") is not None:
        importlib.import_module(f"{__package__}.inventory_commands")


_register_more_commands()


def main() -> None:
    try:
        cli.main(prog_name="piscan", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("piscan: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    # `python -m scanner.cli`: run the importable module's group, which has every command registered
    from scanner.cli import main as _main

    _main()
