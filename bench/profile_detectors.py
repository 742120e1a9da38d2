"""Where classification time goes: CPU seconds per detector (applies + detect), normalisation and finishing.

Runs the same detector-major batches as `Engine.analyze_many` on the throughput text (or `--corpus FILE`
in the inline-markup format), timing each stage with `time.process_time`. A tool for speed work, not a
benchmark: the per-call timing adds a little overhead, so the total is slightly above analyze_many's.

Usage: python -m bench.profile_detectors [--mb 2] [--corpus bench/heldout_f.txt]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.throughput import build_texts  # noqa: E402
from classifiers.base import batch_facts  # noqa: E402
from classifiers.engine import BATCH_DOCS, _fewer_collections, get_engine  # noqa: E402
from classifiers.normalize import normalize  # noqa: E402


def profile(texts: list[str]) -> dict[str, float]:
    eng = get_engine()
    eng.analyze_many(texts[:50])  # warm-up: models and lazy tables
    cost: dict[str, float] = defaultdict(float)
    clock = time.process_time
    with _fewer_collections():
        for i in range(0, len(texts), BATCH_DOCS):
            batch = texts[i:i + BATCH_DOCS]
            t0 = clock()
            norms = [normalize(t) for t in batch]
            cost["(normalize)"] += clock() - t0
            ntexts = [n.text for n in norms]
            raws: list[list] = [[] for _ in ntexts]
            with batch_facts(ntexts):
                for d in eng.detectors:
                    t0 = clock()
                    for k, nt in enumerate(ntexts):
                        if d.applies(nt):
                            raws[k].extend(d.detect(nt))
                    cost[d.name or type(d).__name__] += clock() - t0
            t0 = clock()
            for k in range(len(batch)):
                eng._finish(norms[k], raws[k])
            cost["(tables, overlaps, offsets)"] += clock() - t0
    return cost


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--corpus", help="an inline-markup .txt set instead of generated text")
    a = ap.parse_args(argv)
    if a.corpus:
        from bench.corpus import parse_marked  # noqa: PLC0415

        texts = [d["text"] for d in parse_marked(Path(a.corpus).read_text(encoding="utf-8"))]
    else:
        texts = build_texts(a.mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    cost = profile(texts)
    total = sum(cost.values())
    print(f"{len(texts)} docs, {mb:.2f} MB, {total:.2f} CPU s, {mb / total:.3f} MB/cpu-s")
    for name, secs in sorted(cost.items(), key=lambda kv: -kv[1]):
        print(f"  {name:32s} {secs:7.3f} s  {100 * secs / total:5.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
