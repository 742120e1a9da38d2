"""Accuracy benchmark: piscan and Presidio + GiNZA scored per PI type on the labelled corpus.

Generates the corpus with `bench.corpus` (or reads `--corpus FILE`), runs
piscan through the path `piscan detect` uses (`classifiers.get_engine()
.analyze_many(texts)` in batches of 256) -- or any JSONL-in/JSONL-out command
with `--cmd "piscan detect"` -- and Presidio's AnalyzerEngine on `ja_ginza` on a
seeded subset (`--presidio-docs`, default 300; `--no-presidio` to skip).
Scores precision/recall/F1 per type under the exact, overlap (IoU >= 0.5,
headline) and lenient rules of `bench.scoring`, plus the share of hard-negative
documents with any false positive.  Prints a table, writes
`bench/out/accuracy.json` and, with `--misses`, `bench/out/misses.md`.

Usage: python -m bench.accuracy [--docs 2000] [--seed N] [--corpus FILE]
       [--cmd "piscan detect"] [--presidio-docs 300 | --no-presidio] [--misses [--misses-per-type N]]
"""

from __future__ import annotations

import argparse
import json
import random
import shlex
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import DEFAULT_DOCS, DEFAULT_SEED, HANDMADE, PI_TYPES, generate, parse_marked  # noqa: E402
from bench.scoring import score  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "out"
BATCH = 256


def load_corpus(path: str | None, docs: int, seed: int) -> list[dict]:
    """Generated corpus; or a JSONL file; or `handmade` / a `.txt` file in the inline-markup format."""
    if not path:
        return list(generate(docs, seed))
    if path == "handmade" or path.endswith(".txt"):
        src = HANDMADE if path == "handmade" else Path(path)
        return parse_marked(src.read_text(encoding="utf-8"), src.stem)
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_piscan(texts: list[str]) -> tuple[list[list[dict]], dict]:
    """In-process, as `piscan detect` does it; model load timed apart."""
    t0 = time.perf_counter()
    from classifiers import get_engine

    engine = get_engine(None)
    engine.analyze_many(["ウォームアップ：山田太郎 東京都渋谷区神南1-2-3 03-1234-5678"])
    load = time.perf_counter() - t0
    t1 = time.perf_counter()
    preds: list[list[dict]] = []
    failed = 0
    for i in range(0, len(texts), BATCH):
        batch = texts[i:i + BATCH]
        try:
            results = engine.analyze_many(batch)
        except Exception:  # an engine bug on one document must not hide the scores of the others
            results = []
            for t in batch:
                try:
                    results.append(engine.analyze_many([t])[0])
                except Exception as exc:
                    failed += 1
                    if failed <= 3:
                        print(f"engine error ({type(exc).__name__}) on document {len(preds) + len(results)}", file=sys.stderr)
                    results.append([])
        for ents in results:
            preds.append([{"type": e.type, "start": e.start, "end": e.end, "score": e.score} for e in ents])
    return preds, {"load_seconds": round(load, 2), "seconds": round(time.perf_counter() - t1, 2), "failed_docs": failed}


def run_cmd(cmd: str, texts: list[str]) -> tuple[list[list[dict]], dict]:
    """Any command reading JSONL `{"text"}` on stdin and writing JSONL `{"entities"}` on stdout."""
    data = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    t0 = time.perf_counter()
    proc = subprocess.run(shlex.split(cmd), input=data.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    secs = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace")[-2000:])
        raise SystemExit(f"command failed with exit code {proc.returncode}: {cmd}")
    lines = [ln for ln in proc.stdout.decode("utf-8").splitlines() if ln.strip()]
    if len(lines) != len(texts):
        raise SystemExit(f"command returned {len(lines)} records for {len(texts)} inputs: {cmd}")
    return [json.loads(ln).get("entities", []) for ln in lines], {"seconds": round(secs, 2), "includes_process_start": True}


def run_presidio(texts: list[str], map_dates: bool, threshold: float) -> tuple[list[list[dict]], dict]:
    from bench.presidio_baseline import build_presidio, presidio_entities

    t0 = time.perf_counter()
    engine = build_presidio()
    engine.analyze("ウォームアップ：山田太郎", language="ja")
    load = time.perf_counter() - t0
    t1 = time.perf_counter()
    preds = [presidio_entities(engine, t, map_dates, threshold) for t in texts]
    return preds, {"load_seconds": round(load, 2), "seconds": round(time.perf_counter() - t1, 2)}


def _fmt(x) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def print_table(systems: dict[str, dict], gold_counts: Counter) -> None:
    names = list(systems)
    head = f"{'type':22s} {'gold':>5s} " + " ".join(f"{n[:26]:>26s}" for n in names)
    print(head)
    print(f"{'':22s} {'':5s} " + " ".join(f"{'P':>8s}{'R':>9s}{'F1':>9s}" for _ in names))
    for t in PI_TYPES:
        row = f"{t:22s} {gold_counts.get(t, 0):5d} "
        for n in names:
            m = systems[n]["metrics"]["modes"]["overlap"]["per_type"][t]
            row += f"{_fmt(m['precision']):>8s} {_fmt(m['recall']):>8s} {_fmt(m['f1']):>8s}"
        print(row)
    row = f"{'micro (all types)':22s} {sum(gold_counts.values()):5d} "
    for n in names:
        m = systems[n]["metrics"]["modes"]["overlap"]["micro"]
        row += f"{_fmt(m['precision']):>8s} {_fmt(m['recall']):>8s} {_fmt(m['f1']):>8s}"
    print(row)
    row = f"{'hard-neg docs with FP':28s} "
    for n in names:
        h = systems[n]["metrics"]["hard_negatives"]
        row += f"{(str(h['documents_with_fp']) + '/' + str(h['documents'])):>17s} ({_fmt(h['fp_document_share'])})"
    print(row)
    for mode in ("exact", "lenient"):
        row = f"{'micro F1, ' + mode:28s} "
        for n in names:
            row += f"{_fmt(systems[n]['metrics']['modes'][mode]['micro']['f1']):>26s}"
        print(row)
    for n in names:
        tm = systems[n]["timing"]
        if tm.get("seconds"):
            print(f"{n}: {tm.get('chars', 0) / tm['seconds']:,.0f} chars/s over {tm['docs']} docs"
                  + (f" (model load {tm['load_seconds']} s)" if "load_seconds" in tm else ""))


def write_misses(path: Path, records: list[dict], errors: dict, system: str, per_type: int = 12,
                 corpus: str = "the generated corpus") -> None:
    """Top false negatives / false positives per type, with a little context (synthetic data)."""
    by_id = {r["id"]: r for r in records}

    def ctx(rid: str, span: tuple[int, int]) -> str:
        text = by_id[rid]["text"]
        a, b = span
        s = text[max(0, a - 18):a] + "⟦" + text[a:b] + "⟧" + text[b:b + 18]
        return s.replace("\n", "⏎").replace("|", "¦")

    lines = [f"# Misses of `{system}` on {corpus} (overlap rule, IoU >= 0.5)", "",
             "Synthetic data. ⟦…⟧ marks the span; ⏎ is a line break. "
             "'near' lists the other side's spans that overlap it (boundary disagreements).", ""]
    for t in PI_TYPES:
        e = errors[t]
        if not e.fn and not e.fp:
            continue
        lines.append(f"## {t}: {len(e.fn)} false negatives, {len(e.fp)} false positives")
        for label, items in (("False negatives (missed gold)", e.fn), ("False positives", e.fp)):
            if not items:
                continue
            kinds = Counter(i["kind"] for i in items).most_common(6)
            lines.append(f"**{label}** by document kind: " + ", ".join(f"{k} {c}" for k, c in kinds))
            lines.append("")
            # spread the examples over kinds, boundary cases last
            seen: Counter = Counter()
            picked = []
            for it in sorted(items, key=lambda i: (bool(i["near"]), i["id"])):
                if seen[it["kind"]] < max(2, per_type // max(1, len(kinds))) and len(picked) < per_type:
                    seen[it["kind"]] += 1
                    picked.append(it)
            picked += [i for i in items if i["near"] and i not in picked][: max(0, per_type // 3)]
            for it in picked:
                near = ""
                if it["near"]:
                    txt = by_id[it["id"]]["text"]
                    near = "  — near: " + ", ".join(repr(txt[a:b]) for a, b in it["near"])
                hn = " (hard negative)" if it.get("hard_negative") else ""
                lines.append(f"- `{it['kind']}`{hn}: {ctx(it['id'], it['span'])}{near}")
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--corpus", help="read this JSONL corpus instead of generating one")
    ap.add_argument("--cmd", help='score a JSONL-in/JSONL-out command instead of the in-process engine, e.g. "piscan detect"')
    ap.add_argument("--presidio-docs", type=int, default=300, help="documents for Presidio + GiNZA (default %(default)s)")
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--presidio-dates", action="store_true", help="count Presidio DATE_TIME as DATE_OF_BIRTH")
    ap.add_argument("--presidio-threshold", type=float, default=0.0, help="Presidio score threshold (default: its default, 0)")
    ap.add_argument("--misses", action="store_true", help="also write bench/out/misses.md")
    ap.add_argument("--misses-per-type", type=int, default=12, metavar="N",
                    help="examples listed per type and side in the misses file (default %(default)s)")
    ap.add_argument("--out", default=str(OUT_DIR / "accuracy.json"))
    a = ap.parse_args(argv)

    records = load_corpus(a.corpus, a.docs, a.seed)
    texts = [r["text"] for r in records]
    gold = Counter(e["type"] for r in records for e in r["entities"])
    chars = sum(map(len, texts))
    systems: dict[str, dict] = {}
    name = f"cmd: {a.cmd}" if a.cmd else "piscan"
    preds, timing = run_cmd(a.cmd, texts) if a.cmd else run_piscan(texts)
    res = score(records, preds, PI_TYPES)
    systems[name] = {"metrics": res["metrics"], "timing": {**timing, "docs": len(texts), "chars": chars}}
    errors = res["errors"]

    if not a.no_presidio and a.presidio_docs > 0:
        idx = sorted(random.Random(a.seed).sample(range(len(records)), min(a.presidio_docs, len(records))))
        sub = [records[i] for i in idx]
        sub_texts = [r["text"] for r in sub]
        p_preds, p_timing = run_presidio(sub_texts, a.presidio_dates, a.presidio_threshold)
        sub_chars = sum(map(len, sub_texts))
        systems[f"{name} @subset"] = {"metrics": score(sub, [preds[i] for i in idx], PI_TYPES)["metrics"],
                                      "timing": {"docs": len(sub)}}
        systems["presidio+ginza @subset"] = {"metrics": score(sub, p_preds, PI_TYPES)["metrics"],
                                             "timing": {**p_timing, "docs": len(sub), "chars": sub_chars}}

    print(f"corpus: {len(records)} documents, {chars:,} chars, {sum(r.get('hard_negative', False) for r in records)} hard negatives"
          + (f" (subset of {a.presidio_docs} for Presidio)" if len(systems) > 1 else ""))
    print("rule: same type and IoU >= 0.5, one-to-one (see bench/README.md)\n")
    print_table(systems, gold)

    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = {"corpus": {"source": a.corpus or "generated", "docs": len(records), "seed": a.seed, "chars": chars,
                      "gold_by_type": dict(gold)},
           "rule": {"headline": "overlap", "overlap": "same type, IoU >= 0.5, one-to-one greedy",
                    "exact": "same type and span", "lenient": "same type, any overlap"},
           "presidio": {"dates_as_birth_dates": a.presidio_dates, "threshold": a.presidio_threshold},
           "systems": systems}
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nwrote {out}")
    if a.misses:
        mp = out.parent / (out.stem.replace("accuracy", "misses") + ".md")
        write_misses(mp, records, errors, name, per_type=a.misses_per_type, corpus=a.corpus or f"the generated corpus ({a.docs} docs, seed {a.seed})")
        print(f"wrote {mp}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
