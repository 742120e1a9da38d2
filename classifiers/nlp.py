"""Process-wide, lazily loaded Japanese NLP resources: one SudachiPy dictionary, per-thread tokenizers, models.

SudachiPy (with `sudachidict-core`) is loaded the first time a detector needs it and reused for the life
of the process; tokenizers are kept per thread because a SudachiPy tokenizer must not be shared across
threads. `surface_pos(word)` answers "which parts of speech can this exact string have?" from the
dictionary, cached, which is how detectors check cheaply whether a kanji/kana run can be a surname. GiNZA
(`ja_ginza`) and an English spaCy model (`en_core_web_sm`/`md`/`lg`/`trf`, optional) are loaded on demand
only, offline from the installed packages; `english_model()` returns None when no English model is installed.
Nothing here downloads anything.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import Any

from .base import doc_facts
from .normalize import Normalized, normalize

__all__ = [
    "sudachi_dictionary",
    "tokenize",
    "surface_pos",
    "can_be",
    "ginza_model",
    "english_model",
]

_lock = threading.Lock()
_dictionary: Any = None
_local = threading.local()

# POS tuples are 6-tuples; detectors use the first four fields.
POS = tuple[str, str, str, str]


def sudachi_dictionary() -> Any:
    """The process's SudachiPy Dictionary (sudachidict-core), loaded once."""
    global _dictionary
    if _dictionary is None:
        with _lock:
            if _dictionary is None:
                from sudachipy import Dictionary  # noqa: PLC0415 - heavy import, lazily

                _dictionary = Dictionary(dict="core")
    return _dictionary


def dictionary_stamp() -> str:
    """The installed SudachiPy system dictionary's size and modification time (what tables derived from its
    entries depend on), or "" when it cannot be found."""
    try:
        import sudachidict_core  # noqa: PLC0415

        st = os.stat(os.path.join(os.path.dirname(sudachidict_core.__file__), "resources", "system.dic"))
    except (ImportError, OSError, TypeError):
        return ""
    return f"{st.st_size}-{st.st_mtime_ns}"


def _tokenizer(mode: str) -> tuple[Any, Any]:
    """This thread's SudachiPy tokenizer for `mode`, and the MorphemeList it writes each result into (`_tokenize` reads
    a result out before the next call, so one list is reused: no new one per call)."""
    cache = getattr(_local, "tokenizers", None)
    if cache is None:
        cache = _local.tokenizers = {}
    entry = cache.get(mode)
    if entry is None:
        from sudachipy import SplitMode  # noqa: PLC0415

        split = {"A": SplitMode.A, "B": SplitMode.B, "C": SplitMode.C}[mode]
        tok = sudachi_dictionary().create(split)
        entry = cache[mode] = (tok, tok.tokenize(""))
    return entry


def tokenize(text: str, mode: str = "C") -> list[tuple[str, int, int, POS, bool]]:
    """Tokenise `text` with SudachiPy: (surface, start, end, pos[:4], is_oov) per morpheme.

    Offsets are Python string indices into `text`. Intended for short windows, not whole documents; windows
    of up to 32 characters are cached (names and labels repeat a lot in business documents).
    """
    if len(text) <= 32:
        return list(_tokenize_cached(text, mode))
    return _tokenize(text, mode)


@lru_cache(maxsize=100_000)
def _tokenize_cached(text: str, mode: str) -> tuple:
    return tuple(_tokenize(text, mode))


_POS_BY_ID: dict[int, POS] = {}  # part-of-speech id -> its first four fields (a few hundred ids in all)


def _tokenize(text: str, mode: str) -> list[tuple[str, int, int, POS, bool]]:
    out = []
    append = out.append
    pos_by_id = _POS_BY_ID
    tok, morphemes = _tokenizer(mode)
    for m in tok.tokenize(text, out=morphemes):
        pid = m.part_of_speech_id()
        pos = pos_by_id.get(pid)
        if pos is None:  # building the POS strings per morpheme costs more than the tokenisation itself
            pos = pos_by_id[pid] = tuple(m.part_of_speech()[:4])
        b, e = m.begin(), m.end()
        # the surface is the slice of the input between begin and end (cheaper than a call into the morpheme)
        append((text[b:e], b, e, pos, m.is_oov()))
    return out


@lru_cache(maxsize=200_000)
def surface_pos(word: str) -> frozenset[POS]:
    """Every part of speech (first four fields) the dictionary lists for exactly this surface string."""
    if not word:
        return frozenset()
    out = set()
    for m in sudachi_dictionary().lookup(word):
        pid = m.part_of_speech_id()
        pos = _POS_BY_ID.get(pid)
        if pos is None:
            pos = _POS_BY_ID[pid] = tuple(m.part_of_speech()[:4])
        out.add(pos)
    return frozenset(out)


def common_nouns_only(word: str, min_words: int = 1, suffixes: bool = False, known: bool = False) -> bool:
    """Does the dictionary read `word` as `min_words` or more common nouns and nothing else (トークスクリプト, 通訳兼務)?
    `suffixes`: suffixes may join them (担当者様); `known`: every word must be in the dictionary (no unknown word)."""
    toks = tokenize(word)
    return len(toks) >= min_words and all(
        (pos[:2] == ("名詞", "普通名詞") or (suffixes and pos[0] == "接尾辞")) and not (known and oov)
        for _w, _b, _e, pos, oov in toks)


@lru_cache(maxsize=200_000)  # cached on the call itself: no wrapper frame in front of the cache look-up
def can_be(word: str, *pos_prefix: str) -> bool:
    """True if the dictionary has an entry for `word` whose POS starts with `pos_prefix`."""
    n = len(pos_prefix)
    return any(p[:n] == pos_prefix for p in surface_pos(word))


_ginza: Any = None
_english: Any = False  # False = not tried yet, None = not installed


def ginza_model() -> Any:
    """The GiNZA spaCy pipeline (`ja_ginza`), loaded once; slow (~10 KB/s), use only on short windows."""
    global _ginza
    if _ginza is None:
        with _lock:
            if _ginza is None:
                import spacy  # noqa: PLC0415

                _ginza = spacy.load("ja_ginza")
    return _ginza


def english_model() -> Any:
    """An installed English spaCy NER model, or None. `PISCAN_EN_MODEL` names one; `off` disables it."""
    global _english
    if _english is False:
        with _lock:
            if _english is False:
                _english = _load_english()
    return _english


def _load_english() -> Any:
    wanted = os.environ.get("PISCAN_EN_MODEL", "").strip()
    if wanted.lower() in {"off", "none", "0", "false"}:
        return None
    names = [wanted] if wanted else ["en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf"]
    import importlib.util  # noqa: PLC0415

    if not any(importlib.util.find_spec(n) is not None for n in names if n):
        return None
    try:
        import spacy  # noqa: PLC0415
        from spacy.util import is_package  # noqa: PLC0415
    except ImportError:  # pragma: no cover - spacy is a dependency
        return None
    for name in names:
        if importlib.util.find_spec(name) is None:  # cheap: spaCy itself is imported only if a model exists
            continue
        if is_package(name):
            try:
                return spacy.load(name, disable=["parser", "lemmatizer", "tagger", "attribute_ruler"])
            except (OSError, ValueError):
                continue
    return None


@lru_cache(maxsize=50_000)
def readings(word: str, kind: str) -> frozenset[str]:
    """Katakana readings the dictionary gives `word` as a personal name of `kind` ("姓" or "名")."""
    return frozenset(
        m.reading_form()
        for m in sudachi_dictionary().lookup(word)
        if tuple(m.part_of_speech()[2:4]) == ("人名", kind)
    )


_last_norm = threading.local()


def normalized(text: str, already: bool = False) -> Any:
    """`classifiers.normalize.normalize(text)`, shared by the PERSON/ADDRESS/SPECIAL_CARE detectors.

    The engine hands each detector the same string object; the last result is kept per thread, so the three
    detectors normalise a text once between them instead of three times. `already=True` (the caller
    guarantees normalised input) returns an identity mapping without scanning the text.
    """
    if already:  # one identity mapping per document, shared through the per-document memo
        facts = doc_facts(text)
        norm = facts.get(_SAME_KEY)
        if norm is None:
            norm = facts[_SAME_KEY] = Normalized(text, text)
        return norm
    cached = getattr(_last_norm, "value", None)
    if cached is not None and cached[0] is text:
        return cached[1]
    norm = normalize(text)
    _last_norm.value = (text, norm)
    return norm


_SAME_KEY = ("nlp.normalized", "identity")
