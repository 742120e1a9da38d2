"""Span-level scoring of PI predictions against gold labels: precision, recall, F1 per type.

Matching is one-to-one within a document and a type.  Candidate (gold,
prediction) pairs are ranked by their intersection-over-union (IoU, in
characters) and taken greedily.  Three rules are reported:

* `exact`   -- same type and identical start and end;
* `overlap` -- same type and IoU >= 0.5 (the default, the headline number);
* `lenient` -- same type and any character in common (shows boundary disagreements).

A prediction left unmatched is a false positive, a gold span left unmatched a
false negative.  Duplicate predictions (same type and span) count once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

MODES = {"exact": None, "overlap": 0.5, "lenient": 0.0}


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def match(gold: list[tuple[int, int]], pred: list[tuple[int, int]], mode: str) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Return (matched (gi, pi) pairs, unmatched gold indices, unmatched prediction indices)."""
    thr = MODES[mode]
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if thr is None:
                if g == p:
                    cands.append((1.0, gi, pi))
            else:
                o = iou(g, p)
                if (o > 0) if thr == 0 else (o >= thr):
                    cands.append((o, gi, pi))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs, [i for i in range(len(gold)) if i not in used_g], [i for i in range(len(pred)) if i not in used_p]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None if p is None and r is None else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict:
        rnd = lambda x: None if x is None else round(x, 4)  # noqa: E731
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": rnd(self.precision),
                "recall": rnd(self.recall), "f1": rnd(self.f1)}


@dataclass
class Errors:
    """Per-document error records, for the misses report (overlap mode)."""

    fn: list[dict] = field(default_factory=list)
    fp: list[dict] = field(default_factory=list)


def _group(spans: list[dict], types: tuple[str, ...]) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s in spans:
        if s["type"] in types:
            key = (s["start"], s["end"])
            if key not in out[s["type"]]:
                out[s["type"]].append(key)
    return out


def score(records: list[dict], predictions: list[list[dict]], types: tuple[str, ...]) -> dict:
    """Score predictions for `records` (corpus records); returns metrics plus error lists."""
    counts = {m: {t: Counts() for t in types} for m in MODES}
    errors = {t: Errors() for t in types}
    hn_docs = hn_fp_docs = 0
    hn_by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fp_types_on_hn: dict[str, int] = defaultdict(int)
    for rec, pred in zip(records, predictions):
        g_by, p_by = _group(rec["entities"], types), _group(pred, types)
        if rec.get("hard_negative"):
            hn_docs += 1
            hit = any(p_by.values())
            hn_fp_docs += hit
            hn_by_kind[rec["kind"]][0] += 1
            hn_by_kind[rec["kind"]][1] += hit
            for t, ps in p_by.items():
                fp_types_on_hn[t] += len(ps)
        for t in types:
            g, p = g_by.get(t, []), p_by.get(t, [])
            for m in MODES:
                pairs, ug, up = match(g, p, m)
                c = counts[m][t]
                c.tp += len(pairs)
                c.fn += len(ug)
                c.fp += len(up)
                if m == "overlap":
                    for gi in ug:
                        near = [p[pi] for pi in range(len(p)) if iou(g[gi], p[pi]) > 0]
                        errors[t].fn.append({"id": rec["id"], "kind": rec["kind"], "span": g[gi], "near": near})
                    for pi in up:
                        near = [g[gi] for gi in range(len(g)) if iou(g[gi], p[pi]) > 0]
                        errors[t].fp.append({"id": rec["id"], "kind": rec["kind"], "span": p[pi], "near": near,
                                             "hard_negative": bool(rec.get("hard_negative"))})
    result = {"modes": {}, "hard_negatives": {
        "documents": hn_docs, "documents_with_fp": hn_fp_docs,
        "fp_document_share": round(hn_fp_docs / hn_docs, 4) if hn_docs else None,
        "by_kind": {k: {"documents": a, "with_fp": b} for k, (a, b) in sorted(hn_by_kind.items())},
        "fp_entities_by_type": dict(sorted(fp_types_on_hn.items())),
    }}
    for m in MODES:
        per = {t: counts[m][t].to_json() for t in types}
        total = Counts(sum(c.tp for c in counts[m].values()), sum(c.fp for c in counts[m].values()),
                       sum(c.fn for c in counts[m].values()))
        result["modes"][m] = {"per_type": per, "micro": total.to_json()}
    return {"metrics": result, "errors": errors}
