"""The detector interface every PI type implements, the Entity it yields, and a data-driven pattern detector.

A `Detector` finds one PI type (or a tightly related family) in text. The engine calls `detect` with the
*normalised* text (see `classifiers.normalize`; same indices as the normalised string) and maps the spans
back to the original text itself. `applies` is a cheap prefilter (a substring or tiny regex test) so that a
detector costs nothing on text that cannot hold its type (`applies_many` answers it for a batch of texts at once).
`PatternDetector` is the Presidio-style building block most identifier detectors use: compiled patterns with a
base score, a `validate_result` hook (checksum, calendar, issuer-prefix checks: True raises the score, False drops
the candidate) and context words (`classifiers.context.ContextWords`) that raise or lower the score. Scores below `min_score` are
filtered by the engine, not here.
"""

from __future__ import annotations

import operator
import re
import threading
from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple, Sequence

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


# `_entity(Entity, (type, start, end, score, detector))` builds the same tuple as `Entity(...)` without the Python-level
# __new__ of a named tuple (a third of the cost; used where detectors build many)
_entity = tuple.__new__

_local = threading.local()


def doc_facts(text: str) -> dict:
    """Per-document memo shared by all detectors on this thread (the lowered text, trigger results …).

    A one-slot cache keyed on the text object's identity avoids lowering the same document or re-running the
    same trigger regex many times when detectors run one document after another; while the engine runs each
    detector over a whole batch (`batch_facts`), every text of the batch keeps its own memo.
    """
    global _last
    last = _last
    if last[0] is text:  # (a detector asks several times about the document it is reading)
        return last[1]
    entry = _batch_get(id(text))  # (the batch started last, on any thread: no thread-local look-up)
    if entry is not None and entry[0] is text:  # (this very text: its facts, whichever thread asks, are the same)
        _last = entry
        return entry[1]
    batch = getattr(_local, "batch", None)
    if batch is not None:  # the engine is running detector by detector over a batch (see `batch_facts`)
        entry = batch.get(id(text))
        if entry is not None and entry[0] is text:
            _last = entry
            return entry[1]
    facts = getattr(_local, "facts", None)
    if facts is None or facts[0] is not text:
        facts = (text, {})
        _local.facts = facts
    _last = facts
    return facts[1]


# The document `doc_facts` was last asked about, and its memo: the same memo as the look-up above gives (a one-slot
# cache in front of it; set anew when a batch starts or ends)
_last: tuple = (None, None)
# `get` of the memo dict of the batch started last (on whichever thread; a text found in it is that very text, whose
# facts are the same for every thread, and a text not found is looked up in this thread's own batch)
_batch_get = {}.get


@contextmanager
def batch_facts(texts: Iterable[str]):
    """Keep one `doc_facts` memo per text of a batch while the engine runs each detector over all of them."""
    global _last, _batch_get
    previous = getattr(_local, "batch", None)
    batch = _local.batch = {id(t): (t, {}) for t in texts}
    _batch_get = batch.get
    _last = (None, None)
    try:
        yield
    finally:
        _local.batch = previous
        _batch_get = {}.get if previous is None else previous.get
        _last = (None, None)
        WORD_LISTS._many = ((), None, [])  # (no batch's texts kept alive by the cache of `present_many`)


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


class WordLists:
    """Which of several word lists have a word in a document's lowered text, found by one scan for all of them.

    `register(words)` gives a list its bit; `present(text)` is the bit mask of the lists with a word in `lowered(text)`
    (the same answer as one `any(w in low for w in words)` per list), memoised per document. The words of all lists
    form one trie-shaped regex: a search finds the next position where a word starts, with the longest word there;
    the lists with a word inside that one are present. The next search starts after it, or at the next position when a
    word could start inside it and run past its end. A list registered after a document was scanned has it scanned
    again (the memo is kept per number of lists)."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, ...], int] = {}
        self._lock = threading.Lock()
        self._compiled: "tuple[tuple, re.Pattern, dict[str, tuple[int, bool]]] | None" = None
        self._last: tuple = (None, None, 0)  # (text, compiled, mask) of the last call: a one-slot cache
        self._many: tuple = ((), None, [])  # (texts, compiled, masks) of the last `present_many`: likewise

    def register(self, words: Iterable[str]) -> int:
        """The bit of the list `words` (a list registered before gets its bit again)."""
        key = tuple(sorted(set(words)))
        if not key:
            raise ValueError("an empty word list")
        with self._lock:
            bit = self._ids.get(key)
            if bit is None:
                bit = self._ids[key] = len(self._ids)
                self._compiled = None
            return bit

    def _build(self) -> "tuple[tuple, re.Pattern, dict[str, tuple[int, bool]]]":
        with self._lock:
            c = self._compiled
            if c is None:
                lists = sorted(self._ids.items(), key=lambda x: x[1])
                # a word holding another word of each of its lists says nothing more (account number: account); the
                # other words in it are looked for on their own
                words = sorted({w for ws, _ in lists for w in ws
                                if not all(any(v != w and v in w for v in ws2) for ws2, _ in lists if w in ws2)})
                info = {}
                for big in words:
                    mask = sum(1 << bit for ws, bit in lists if any(w in big for w in ws))
                    # does a word start inside `big` and run past its end?
                    overlaps = any(w.startswith(big[j:]) and len(w) > len(big) - j
                                   for j in range(1, len(big)) for w in words)
                    info[big] = (mask, overlaps)
                c = self._compiled = (("word lists", len(lists)), re.compile(trie(words)), info)
            return c

    def present(self, text: str) -> int:
        """The bits of the lists that have a word in the lowered `text`."""
        last = self._last
        c = self._compiled
        if last[0] is text and last[1] is c:  # (several detectors ask in turn about the document they read)
            return last[2]
        if c is None:
            c = self._build()
        key, rx, info = c
        f = doc_facts(text)
        mask = f.get(key)
        if mask is None:
            low = f.get("lower")  # (as `lowered`, without a second memo look-up)
            if low is None:
                low = f["lower"] = text.lower()
            mask = 0
            m = rx.search(low)
            while m is not None:
                bits, overlaps = info[m.group()]
                mask |= bits
                m = rx.search(low, m.start() + 1 if overlaps else m.end())
            f[key] = mask
        self._last = (text, c, mask)
        return mask

    def present_many(self, texts: Sequence[str]) -> list[int]:
        """`present` of each of `texts` (kept for the last list asked about: the detectors of a batch ask in turn)."""
        known, c, masks = self._many
        if (c is not None and c is self._compiled and len(known) == len(texts)
                and all(map(operator.is_, known, texts))):
            return masks
        present = self.present
        masks = [present(t) for t in texts]
        self._many = (tuple(texts), self._compiled, masks)
        return masks


#: the word lists of all detectors (context words, gate words …): one scan of each document for all of them
WORD_LISTS = WordLists()


class LoweredWords:
    """`any(w in lowered(text) for w in words)`, answered by the scan of `WORD_LISTS` (the list is registered when
    it is made). For words without cased characters (kanji, kana, digits, symbols) that is `any(w in text …)`: no
    other character lowers to theirs; for others it is a necessary condition of a test on `text` (docs for DOCS).
    Worth it for words a substring test is slow to rule out (two-character needles) and the shared scan seldom
    meets (each occurrence costs it a step)."""

    __slots__ = ("words", "_bit")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        self._bit = WORD_LISTS.register(self.words)

    def __call__(self, text: str) -> bool:
        return bool(WORD_LISTS.present(text) >> self._bit & 1)


def trie(words: "str | Iterable[str]") -> str:
    """A regex alternation of the space-separated `words` (or of a collection of words, which may contain spaces)
    shaped as a trie (A(?:ve(?:nue)?|lameda)|…): a scan tries a handful of first letters at each position instead of
    every word. At a position it matches the longest of the words that start there (the branches of a node start
    with different characters, and an optional tail is greedy)."""
    root: dict = {}
    for w in (words.split() if isinstance(words, str) else words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        r = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{r})?" if "" in node else r

    return "(?:" + emit(root) + ")"


def finditer_at(rx: "re.Pattern", starts: "re.Pattern", text: str, pos: int = 0) -> Iterator["re.Match"]:
    """`rx.finditer(text, pos)` for a pattern every match of which starts with a character of `starts` (a character
    class): the positions are found by a scan for that class, and `rx` is only tried there. For patterns that start
    with a lookbehind or with named groups, which the regex engine cannot scan for (it tries them at every position).
    `rx` must not match the empty string."""
    search, match = starts.search, rx.match
    s = search(text, pos)
    while s is not None:
        m = match(text, s.start())
        if m is not None:
            yield m
            s = search(text, m.end())
        else:
            s = search(text, s.start() + 1)


def matches_before(rx: "re.Pattern", t: str, hint: "re.Pattern", reach: int, starts: str = "", pos: int = 0
                   ) -> Iterator["re.Match"]:
    """`rx.finditer(t, pos)` for a pattern (never matching the empty string) each of whose matches starts at most
    `reach` characters before a place where `hint` matches: `hint` (led by a literal or a rare character, a fast
    scan) is looked for, and `rx` tried only at the `reach` + 1 positions up to each of its matches — not at every
    position of a long document, where a pattern led by a frequent class, a lookbehind or an anchor is tried. The same
    matches in the same order: a match starting before the first place tried would need a hint before it.
    `starts`: the characters a match can start with, if few (only those positions are tried)."""
    h = hint.search(t, pos)
    return () if h is None else _tried_before(rx, t, hint, reach, starts, pos, h.start())


def _tried_before(rx: "re.Pattern", t: str, hint: "re.Pattern", reach: int, starts: str, pos: int, h: int
                  ) -> Iterator["re.Match"]:
    match = rx.match
    while True:
        for s in range(max(pos, h - reach), h + 1):
            if starts and t[s] not in starts:
                continue
            m = match(t, s)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = h + 1
        n = hint.search(t, pos)
        if n is None:
            return
        h = n.start()


def match_start(text: str, rx: "re.Pattern") -> int:
    """Where `rx` first matches in `text` (-1: nowhere), memoised per document; it answers `has_match(text, rx)` too.
    A pattern whose matches each hold a match of a weaker one (`_HOLDS`) is looked for from that one's first match."""
    f = doc_facts(text)
    key = (id(rx), "start")
    start = f.get(key)
    if start is None:
        if f.get((id(rx), False)) is False:
            start = -1
        else:
            held = _HOLDS.get(id(rx))
            pos = 0 if held is None else match_start(text, held[0])
            if pos >= 0 and held is not None:
                pos = max(0, pos - held[1])
            m = rx.search(text, pos) if pos >= 0 else None
            start = -1 if m is None else m.start()
            f[(id(rx), False)] = start >= 0
        f[key] = start
    return start


# A number of at least 11 digits in groups (dddd-dddd-ddd, dddd dddddd …): a necessary condition shared by
# the my-number, resident-code, driver's-licence and card patterns, so one memoised scan gates all four.
# (Both start with one [0-9] before the repeat, [0-9][0-9]{3} for [0-9]{4}: a pattern led by a character class is
# scanned for that class, one led by a repeat is tried at every position of the text.)
LONG_NUMBER = r"[0-9][0-9]{3}(?:[- ]?[0-9]{4}[- ]?[0-9]{3}|[- ][0-9]{6})"
# 3+4 digits (a postal code's shape; the postal code detector's trigger): a match of LONG_NUMBER at s holds one at s + 1
SEVEN_DIGITS = r"[0-9][0-9]{2}[- ]?[0-9]{4}"
# the compiled triggers the detectors share (one object each, so that their memo entries are shared too)
_SHARED = {p: re.compile(p) for p in (LONG_NUMBER, SEVEN_DIGITS)}
# pattern -> (a weaker pattern, k): each match of the pattern at s holds a match of the weaker one at s + k at most
_HOLDS: dict[int, tuple["re.Pattern", int]] = {id(_SHARED[LONG_NUMBER]): (_SHARED[SEVEN_DIGITS], 1)}

# A maximal stretch of digits, separators and dots, from a digit, of 12 characters or more (`number_stretches`)
_NUMBER_STRETCH = re.compile(r"[0-9][0-9 .\-]{11,}")
_STRETCHES_KEY = ("number stretches",)
# the length of text left to scan from which scanning only the stretches pays (in a short text, one scan of the whole
# costs less than finding the stretches and scanning each)
STRETCHED_SCAN_MIN = 4096


def number_stretches(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the maximal stretches of digits, spaces, hyphens and dots of 12 characters or more from
    LONG_NUMBER's first match on, memoised per document (shared by the number detectors). A number pattern made of
    digits and separators, 12 characters or more, whose lookarounds look only at digits, hyphens and dots, matches
    only inside one; the character after a stretch is none of them, so a scan ended there (`finditer(text, s, e)`,
    where a lookahead sees the end of the text) finds the same matches as one over the whole text."""
    f = doc_facts(text)
    spans = f.get(_STRETCHES_KEY)
    if spans is None:
        pos = match_start(text, _SHARED[LONG_NUMBER])
        spans = f[_STRETCHES_KEY] = [] if pos < 0 else [m.span() for m in _NUMBER_STRETCH.finditer(text, pos)]
    return spans


class Detector(ABC):
    """One PI type (or a tightly related family). `detect` must be pure and thread-safe."""

    name: str = ""
    pii_types: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("ja",)  # Presidio languages this detector is registered for

    def applies(self, text: str) -> bool:
        """Cheap test: can `text` hold this detector's types at all? (Default: always run.)"""
        return True

    def applies_many(self, texts: Sequence[str]) -> list[bool]:
        """`applies` for each of `texts` (the engine asks about a batch at once; a detector may answer faster so)."""
        applies = self.applies
        return [applies(t) for t in texts]

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


# one compiled object for each pattern source, and how many detectors use it (my-number and driver's-licence numbers
# share their shape: the spans of such a pattern are found once per document, `_pattern_spans`)
_PATTERN_OBJECTS: dict[tuple[str, int], "re.Pattern"] = {}
_PATTERN_USERS: dict[int, int] = {}


def _pattern_object(regex: str, flags: int) -> "re.Pattern":
    rx = _PATTERN_OBJECTS.get((regex, flags))
    if rx is None:
        rx = _PATTERN_OBJECTS[(regex, flags)] = re.compile(regex, flags)
    _PATTERN_USERS[id(rx)] = _PATTERN_USERS.get(id(rx), 0) + 1
    return rx


def _matches(text: str, rx: "re.Pattern", pos: int, stretched: bool) -> Iterator["re.Match"]:
    """`rx.finditer(text, pos)`; with `stretched`, found only inside the number stretches (`number_stretches`)."""
    if not stretched or len(text) - pos < STRETCHED_SCAN_MIN:
        return rx.finditer(text, pos)
    return (m for s, e in number_stretches(text) if e > pos for m in rx.finditer(text, max(s, pos), e))


def _pattern_spans(text: str, rx: "re.Pattern", has_v: bool, pos: int, stretched: bool) -> list[tuple[int, int]]:
    """The spans `PatternDetector.candidates` takes from `rx.finditer(text, pos)` (group v, else the match),
    memoised per document."""
    f = doc_facts(text)
    key = (id(rx), "spans", pos)
    spans = f.get(key)
    if spans is None:
        spans = f[key] = [m.span("v") if has_v and m.group("v") is not None else m.span()
                          for m in _matches(text, rx, pos, stretched)]
    return spans


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
    # True when every match of the patterns holds a match of `trigger` that starts where it starts: the patterns are
    # then scanned from the trigger's first match on (`match_start`), not from the start of the text
    scan_from_trigger: bool = False
    # True when, besides, the trigger is LONG_NUMBER and every match lies in a number stretch (12 characters or more of
    # digits and separators, lookarounds only at digits, hyphens and dots): the patterns are scanned only inside those
    in_number_stretches: bool = False
    min_score: float = 0.0  # set by the engine: below plain_max, unlabelled documents are skipped entirely

    def __init__(self) -> None:
        if not self.pii_types:
            self.pii_types = (self.pii_type,)
        if not self.name:
            self.name = type(self).__name__
        self._compiled = [(p, _pattern_object(p.regex, p.flags)) for p in self.patterns]
        self._has_v = [("v" in rx.groupindex) for _, rx in self._compiled]  # (groupindex is built on every access)
        self._trigger = (_SHARED.get(self.trigger) or re.compile(self.trigger)) if self.trigger else None
        # matched against the lowered document: write gate patterns in lower case
        self._gate_extra = re.compile(self.gate_extra) if self.gate_extra else None
        # the gate words' and the context's document words' bits in `WORD_LISTS`, registered now (each registration
        # makes the next scan compile the shared regex again: better all of them before the first document)
        self._gate_bit = WORD_LISTS.register(self.gate_words) if self.gate_words else None
        if self.context is not None and (self.plain_max < 1.0 or self.document_bonus):
            self.context.register_document_words()
        # `_labelled` as bits of `WORD_LISTS.present` (the context's document words and the gate words), for
        # `applies` to test without three calls (when a subclass does not answer `_labelled` its own way)
        ctx_bit = getattr(self.context, "_bit", None)
        self._label_mask = ((0 if ctx_bit is None else 1 << ctx_bit)
                            | (0 if self._gate_bit is None else 1 << self._gate_bit))
        self._base_labelled = type(self)._labelled is PatternDetector._labelled

    def applies(self, text: str) -> bool:
        if self.plain_max < self.min_score and self.context is not None:
            # nothing can reach min_score without a label (tested first: labels are rarer)
            if self._base_labelled:  # (`_labelled`, inlined)
                if not WORD_LISTS.present(text) & self._label_mask and (
                        self._gate_extra is None or not has_match(text, self._gate_extra, lower=True)):
                    return False
            elif not self._labelled(text):
                return False
        return self._trigger is None or match_start(text, self._trigger) >= 0  # (also what has_match would answer)

    def applies_many(self, texts: Sequence[str]) -> list[bool]:
        """`applies` for each of `texts`: a detector that needs a label reads the label bits of the whole batch from one
        list (`WordLists.present_many`) instead of asking for each text in turn."""
        if (type(self).applies is not PatternDetector.applies or not self._base_labelled or self.context is None
                or not self.plain_max < self.min_score):
            return super().applies_many(texts)
        label, extra, trigger = self._label_mask, self._gate_extra, self._trigger
        out = []
        for t, mask in zip(texts, WORD_LISTS.present_many(texts)):
            if not mask & label and (extra is None or not has_match(t, extra, lower=True)):
                out.append(False)  # (`applies`, inlined: see there)
            else:
                out.append(trigger is None or match_start(t, trigger) >= 0)
        return out

    def _labelled(self, text: str) -> bool:
        """A positive context word, a gate word or the gate regex occurs somewhere in `text`."""
        if self.context.in_document(text):
            return True
        if self._gate_bit is not None and WORD_LISTS.present(text) >> self._gate_bit & 1:
            return True  # (any(w in lowered(text) for w in self.gate_words), from the shared scan)
        return self._gate_extra is not None and has_match(text, self._gate_extra, lower=True)

    def validate_result(self, value: str) -> bool | None:
        """True: the value passes a validity check (score raised); False: invalid (dropped); None: no check."""
        return None

    def fallback_ok(self, text: str, start: int, end: int) -> bool:
        """May an invalid value still be reported right after its label (see `labelled_fallback`)?"""
        return False

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        """(start, end, base score) for every regex match (overridable for non-regex candidates)."""
        pos = 0
        if self.scan_from_trigger and self._trigger is not None:
            pos = match_start(text, self._trigger)
            if pos < 0:
                return
        for (pat, rx), has_v in zip(self._compiled, self._has_v):
            score = pat.score
            if _PATTERN_USERS[id(rx)] > 1:  # (the same regex in another detector: its spans, found once per document)
                for s, e in _pattern_spans(text, rx, has_v, pos, self.in_number_stretches):
                    yield s, e, score
                continue
            for m in _matches(text, rx, pos, self.in_number_stretches):
                if has_v and m.group("v") is not None:
                    s, e = m.span("v")
                else:
                    s, e = m.span()
                yield s, e, score

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool,
                        context: "ContextWords | None" = None) -> float:
        """Apply validation and context (`context`, or the detector's own) to one candidate; 0 means drop."""
        if context is None:
            context = self.context
        valid = self.validate_result(text[start:end])
        if valid is False:
            if self.labelled_fallback and context is not None and self.fallback_ok(text, start, end):
                pol, dist = context.nearest(text, start, end)
                if pol > 0 and 0 <= dist <= 3:
                    return self.labelled_fallback
            return 0.0
        score = base + (self.validated_bonus if valid else 0.0)
        if context is not None:
            verdict = context.nearest(text, start, end)[0]
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
        score_candidate, pii_type, name = self.score_candidate, self.pii_type, self.name
        for s, e, base in self.candidates(text):
            key = (s, e)
            if key in seen:
                continue
            seen.add(key)
            if doc_ctx is None:
                doc_ctx = bool(self.document_bonus and self.context and self.context.in_document(text))
            score = score_candidate(text, s, e, base, doc_ctx)
            if score > 0:
                yield _entity(Entity, (pii_type, s, e, score, name))


def entities_in_original(norm, spans: Iterable[tuple[int, int, float]], pii_type: str, name: str) -> list[Entity]:
    """Entities for (start, end, score) spans of `norm.text`, with offsets mapped back to the original text."""
    if getattr(norm, "_start", True) is None:  # (an identity mapping: `span_to_original` returns the span itself)
        return [_entity(Entity, (pii_type, s, e, score, name)) for s, e, score in spans]
    out = []
    for s, e, score in spans:
        os_, oe = norm.span_to_original(s, e)
        out.append(_entity(Entity, (pii_type, os_, oe, score, name)))
    return out


_NON_DIGITS = re.compile(r"[^0-9]+")


def digits_of(value: str) -> str:
    """The ASCII digits of `value`, separators removed."""
    if value.isascii():
        if value.isdigit():
            return value
        d = value.replace("-", "").replace(" ", "")  # (the usual separators: several times faster than the regex)
        if d.isdigit():
            return d
    return _NON_DIGITS.sub("", value)
