"""The detector interface every PI type implements, the Entity it yields, and a data-driven pattern detector.

A `Detector` finds one PI type (or a tightly related family) in text. The engine calls `detect` with the
*normalised* text (see `classifiers.normalize`; same indices as the normalised string) and maps the spans
back to the original text itself. `applies` is a cheap prefilter (a substring or tiny regex test) so that a
detector costs nothing on text that cannot hold its type. `PatternDetector` is the Presidio-style building
block most identifier detectors use: compiled patterns with a base score, a `validate_result` hook
(checksum, calendar, issuer-prefix checks: True raises the score, False drops the candidate) and context
words (`classifiers.context.ContextWords`) that raise or lower the score. Scores below `min_score` are
filtered by the engine, not here.
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from .context import ContextWords


class Entity(NamedTuple):
    """A PI span: Python string offsets into the analysed text, and a confidence in [0, 1].

    (An immutable named tuple: detectors create hundreds of thousands of these, and a tuple is built about
    twice as fast as a frozen dataclass.)"""

    type: str
    start: int
    end: int
    score: float
    detector: str = ""

    def to_json(self) -> dict:
        return {"type": self.type, "start": self.start, "end": self.end, "score": round(self.score, 2)}


_local = threading.local()


def doc_facts(text: str) -> dict:
    """Per-document memo shared by all detectors on this thread (the lowered text, trigger results …).

    A one-slot cache keyed on the text object's identity avoids lowering the same document or re-running the
    same trigger regex many times when detectors run one document after another; while the engine runs each
    detector over a whole batch (`batch_facts`), every text of the batch keeps its own memo.
    """
    batch = getattr(_local, "batch", None)
    if batch is not None:  # the engine is running detector by detector over a batch (see `batch_facts`)
        entry = batch.get(id(text))
        if entry is not None and entry[0] is text:
            return entry[1]
    facts = getattr(_local, "facts", None)
    if facts is None or facts[0] is not text:
        facts = (text, {})
        _local.facts = facts
    return facts[1]


@contextmanager
def batch_facts(texts: Iterable[str]):
    """Keep one `doc_facts` memo per text of a batch while the engine runs each detector over all of them."""
    previous = getattr(_local, "batch", None)
    _local.batch = {id(t): (t, {}) for t in texts}
    try:
        yield
    finally:
        _local.batch = previous


def lowered(text: str) -> str:
    f = doc_facts(text)
    low = f.get("lower")
    if low is None:
        low = f["lower"] = text.lower()
    return low


def has_match(text: str, rx: "re.Pattern", lower: bool = False) -> bool:
    """`rx.search(text) is not None` (on the lowered text with `lower`), memoised per document."""
    f = doc_facts(text)
    # keyed by identity: hashing a compiled pattern hashes its whole code array on every call (slow for the big
    # trigger patterns); patterns are module constants, and re.compile returns the cached object for equal
    # sources, so detectors sharing a trigger still share the result
    key = (id(rx), lower)
    hit = f.get(key)
    if hit is None:
        if lower:
            low = f.get("lower")
            if low is None:
                low = f["lower"] = text.lower()
            hit = f[key] = rx.search(low) is not None
        else:
            hit = f[key] = rx.search(text) is not None
    return hit


# A number of at least 11 digits in groups (dddd-dddd-ddd, dddd dddddd …): a necessary condition shared by
# the my-number, resident-code, driver's-licence and card patterns, so one memoised scan gates all four.
LONG_NUMBER = r"[0-9]{4}(?:[- ]?[0-9]{4}[- ]?[0-9]{3}|[- ][0-9]{6})"


class Detector(ABC):
    """One PI type (or a tightly related family). `detect` must be pure and thread-safe."""

    name: str = ""
    pii_types: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("ja",)  # Presidio languages this detector is registered for

    def applies(self, text: str) -> bool:
        """Cheap test: can `text` hold this detector's types at all? (Default: always run.)"""
        return True

    @abstractmethod
    def detect(self, text: str) -> Iterable[Entity]:
        """Yield entities found in `text` (normalised text; offsets index it)."""


@dataclass(frozen=True)
class Pattern:
    """One regex with the score a bare match gets. A named group `v`, if present, is the reported span."""

    name: str
    regex: str
    score: float
    flags: int = 0


class PatternDetector(Detector):
    """Regex candidates -> `validate_result` -> context scoring. Subclasses set the class attributes."""

    pii_type: str = ""
    patterns: tuple[Pattern, ...] = ()
    context: "ContextWords | None" = None
    trigger: str | None = None  # regex that must occur somewhere in the text (prefilter)
    validated_bonus: float = 0.0  # added when validate_result returns True
    context_bonus: float = 0.35  # added when the nearest context word is positive
    document_bonus: float = 0.0  # added when a positive context word occurs anywhere in the document
    negative_drop: bool = True  # a negative nearest context word drops the candidate
    plain_max: float = 1.0  # best score a candidate can get when no positive context word is in the document
    # a value that fails `validate_result` is still reported, at this score, when `fallback_ok` accepts its shape and a
    # positive label stands right before it (運転免許証 第981504226719号: a person wrote it as one); 0 disables it
    labelled_fallback: float = 0.0
    gate_words: tuple[str, ...] = ()  # substrings (lower case) that, like a context word in the document, let it run
    gate_extra: str | None = None  # the same as a regex (lower case), for what substrings cannot say
    min_score: float = 0.0  # set by the engine: below plain_max, unlabelled documents are skipped entirely

    def __init__(self) -> None:
        if not self.pii_types:
            self.pii_types = (self.pii_type,)
        if not self.name:
            self.name = type(self).__name__
        self._compiled = [(p, re.compile(p.regex, p.flags)) for p in self.patterns]
        self._trigger = re.compile(self.trigger) if self.trigger else None
        # matched against the lowered document: write gate patterns in lower case
        self._gate_extra = re.compile(self.gate_extra) if self.gate_extra else None

    def applies(self, text: str) -> bool:
        if self.plain_max < self.min_score and self.context is not None and not self._labelled(text):
            return False  # nothing can reach min_score without a label (tested first: labels are rarer)
        return self._trigger is None or has_match(text, self._trigger)

    def _labelled(self, text: str) -> bool:
        """A positive context word, a gate word or the gate regex occurs somewhere in `text`."""
        if self.context.in_document(text):
            return True
        if self.gate_words:
            low = lowered(text)
            if any(w in low for w in self.gate_words):
                return True
        return self._gate_extra is not None and has_match(text, self._gate_extra, lower=True)

    def validate_result(self, value: str) -> bool | None:
        """True: the value passes a validity check (score raised); False: invalid (dropped); None: no check."""
        return None

    def fallback_ok(self, text: str, start: int, end: int) -> bool:
        """May an invalid value still be reported right after its label (see `labelled_fallback`)?"""
        return False

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        """(start, end, base score) for every regex match (overridable for non-regex candidates)."""
        for pat, rx in self._compiled:
            has_v = "v" in rx.groupindex  # (groupindex builds a new mapping on every access)
            score = pat.score
            for m in rx.finditer(text):
                if has_v and m.group("v") is not None:
                    s, e = m.span("v")
                else:
                    s, e = m.span()
                yield s, e, score

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        """Apply validation and context to one candidate; 0 means drop."""
        valid = self.validate_result(text[start:end])
        if valid is False:
            if self.labelled_fallback and self.context is not None and self.fallback_ok(text, start, end):
                pol, dist = self.context.nearest(text, start, end)
                if pol > 0 and 0 <= dist <= 3:
                    return self.labelled_fallback
            return 0.0
        score = base + (self.validated_bonus if valid else 0.0)
        if self.context is not None:
            verdict = self.context.evaluate(text, start, end)
            if verdict < 0:
                if self.negative_drop:
                    return 0.0
                score -= 0.4
            elif verdict > 0:
                score += self.context_bonus
            elif doc_ctx:
                score += self.document_bonus
        return max(0.0, min(1.0, score))

    def detect(self, text: str) -> Iterator[Entity]:
        seen: set[tuple[int, int]] = set()
        doc_ctx: bool | None = None
        for s, e, base in self.candidates(text):
            if (s, e) in seen:
                continue
            seen.add((s, e))
            if doc_ctx is None:
                doc_ctx = bool(self.document_bonus and self.context and self.context.in_document(text))
            score = self.score_candidate(text, s, e, base, doc_ctx)
            if score > 0:
                yield Entity(self.pii_type, s, e, score, self.name)


def entities_in_original(norm, spans: Iterable[tuple[int, int, float]], pii_type: str, name: str) -> list[Entity]:
    """Entities for (start, end, score) spans of `norm.text`, with offsets mapped back to the original text."""
    out = []
    for s, e, score in spans:
        os_, oe = norm.span_to_original(s, e)
        out.append(Entity(pii_type, os_, oe, score, name))
    return out


_NON_DIGITS = re.compile(r"[^0-9]+")


def digits_of(value: str) -> str:
    """The ASCII digits of `value`, separators removed."""
    if value.isascii() and value.isdigit():
        return value
    return _NON_DIGITS.sub("", value)
