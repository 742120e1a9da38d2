"""Presidio integration: piscan's detectors as Presidio recognizers, and Presidio YAML recognizers in piscan.

Both directions:

* `PiscanRecognizer` wraps any piscan `Detector` as a Presidio `EntityRecognizer` (registered for `ja`, and
  for `en` when the detector applies to English text); it normalises the text itself, so offsets are into
  the text Presidio was given, and it marks its scores as already context-enhanced so that Presidio's
  lemma-based enhancer leaves them alone. `PiscanTableRecognizer` adds the header-aware text-table results.
  `build_analyzer_engine()` returns an `AnalyzerEngine` whose NLP engine is GiNZA (`ja_ginza`, loaded from
  the installed package, offline; an installed English spaCy model is added for `en`) and whose registry
  holds every piscan recognizer plus any user YAML recognizers.
* `load_recognizer_files(paths)` reads user recognizers written in Presidio's YAML recognizer format
  (`recognizers: [{name, supported_entity, patterns: [{name, regex, score}], context, deny_list, ...}]`),
  builds them with Presidio's own `PatternRecognizer.from_dict`, and returns them as piscan detectors
  (`YamlRecognizerDetector`), which the engine runs in every scan (`[scan] recognizers = [...]` in the
  config). Context words of such a recognizer raise a match's score by 0.35 when one occurs just before or
  after it (substring match, so Japanese compounds work). A malformed file raises `RecognizerFileError`
  naming the file and the entry, never echoing text.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .base import Detector, Entity
from .context import ContextWords
from .normalize import normalize

log = logging.getLogger(__name__)

__all__ = ["PiscanRecognizer", "PiscanTableRecognizer", "YamlRecognizerDetector", "RecognizerFileError",
           "load_recognizer_files", "piscan_recognizers", "build_analyzer_engine"]


class RecognizerFileError(ValueError):
    """A user recognizer file could not be loaded; the message names the file and the entry."""

    def __init__(self, path: str, key: str, problem: str):
        self.path, self.key, self.problem = path, key, problem
        super().__init__(f"{path}: {key}: {problem}" if key else f"{path}: {problem}")


# ------------------------------------------------------------------------------ piscan -> Presidio
def _presidio():
    from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult  # noqa: PLC0415

    return AnalysisExplanation, EntityRecognizer, RecognizerResult


def _make_recognizer_classes():
    AnalysisExplanation, EntityRecognizer, RecognizerResult = _presidio()

    class _PiscanRecognizer(EntityRecognizer):
        """A piscan detector as a Presidio recognizer (offsets into the text Presidio passes in)."""

        def __init__(self, detector: Detector, supported_language: str = "ja"):
            self.detector = detector
            super().__init__(
                supported_entities=list(detector.pii_types),
                name=f"piscan_{detector.name or type(detector).__name__}",
                supported_language=supported_language,
                context=[],
            )

        def load(self) -> None:  # detectors load their resources lazily
            pass

        def _results(self, text: str, entities: Iterable[Entity], norm) -> list:
            out = []
            for e in entities:
                s, t = norm.span_to_original(e.start, e.end)
                explanation = AnalysisExplanation(recognizer=self.name, original_score=e.score,
                                                  textual_explanation=f"piscan detector {self.detector.name}")
                out.append(RecognizerResult(
                    e.type, s, t, e.score, analysis_explanation=explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                    }))
            return out

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:
            norm = normalize(text)
            wanted = set(entities or self.supported_entities)
            try:
                if not self.detector.applies(norm.text):
                    return []
                found = [e for e in self.detector.detect(norm.text) if e.type in wanted]
            except Exception as exc:  # a detector bug must not break the analyzer; never log the text
                log.warning("piscan detector %s failed: %s", self.detector.name, type(exc).__name__)
                return []
            return self._results(text, found, norm)

    class _PiscanTableRecognizer(_PiscanRecognizer):
        """Header-aware entities of delimited tables pasted into text (see `classifiers.texttable`)."""

        def __init__(self, supported_language: str = "ja", min_score: float = 0.5):
            from .engine import NUMBER_TYPES  # noqa: PLC0415

            class _Tables(Detector):
                name = "texttable"
                pii_types = tuple(sorted(NUMBER_TYPES | {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "SPECIAL_CARE"}))

                def detect(self, text: str) -> Iterator[Entity]:
                    from .texttable import may_hold_table, scan_tables  # noqa: PLC0415

                    if may_hold_table(text):
                        yield from scan_tables(text, min_score).entities

            super().__init__(_Tables(), supported_language)

    return _PiscanRecognizer, _PiscanTableRecognizer


_CLASSES: tuple | None = None


def _classes():
    global _CLASSES
    if _CLASSES is None:
        _CLASSES = _make_recognizer_classes()
    return _CLASSES


def PiscanRecognizer(detector: Detector, supported_language: str = "ja"):  # noqa: N802 - factory as a class
    """A Presidio `EntityRecognizer` running `detector` (import of Presidio deferred until used)."""
    return _classes()[0](detector, supported_language)


def PiscanTableRecognizer(supported_language: str = "ja", min_score: float = 0.5):  # noqa: N802
    """A Presidio `EntityRecognizer` for header-aware delimited tables inside text."""
    return _classes()[1](supported_language, min_score)


def piscan_recognizers(languages: Sequence[str] = ("ja", "en"), free_text: bool = True) -> list:
    """One Presidio recognizer per piscan detector and language (a detector joins `en` if it lists it)."""
    from .engine import free_text_detectors, identifier_detectors  # noqa: PLC0415

    detectors = identifier_detectors() + (free_text_detectors() if free_text else [])
    out = []
    for lang in languages:
        for d in detectors:
            if lang in getattr(d, "languages", ("ja",)):
                out.append(PiscanRecognizer(d, lang))
        if lang == "ja":
            out.append(PiscanTableRecognizer(lang))
    return out


def _english_model_name() -> str | None:
    try:
        from spacy.util import is_package  # noqa: PLC0415
    except ImportError:  # pragma: no cover
        return None
    for name in ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf"):
        if is_package(name):
            return name
    return None


def build_analyzer_engine(
    recognizer_files: Sequence[str | Path] = (),
    languages: Sequence[str] | None = None,
    include_predefined: bool = False,
    free_text: bool = True,
):
    """A Presidio `AnalyzerEngine` on GiNZA with every piscan recognizer (and user YAML recognizers).

    `languages` defaults to `ja`, plus `en` when an English spaCy model is installed. With
    `include_predefined`, Presidio's own predefined recognizers are registered too (weaker on Japanese).
    Nothing is downloaded: GiNZA and the English model are loaded from installed packages.
    """
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # noqa: PLC0415
    from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: PLC0415

    en_model = _english_model_name()
    langs = list(languages) if languages else ["ja"] + (["en"] if en_model else [])
    models = []
    for lang in langs:
        if lang == "ja":
            models.append({"lang_code": "ja", "model_name": "ja_ginza"})
        elif lang == "en":
            if not en_model:
                raise RuntimeError("no English spaCy model is installed (pip install en_core_web_sm)")
            models.append({"lang_code": "en", "model_name": en_model})
        else:
            raise ValueError(f"unsupported language {lang!r} (expected ja or en)")
    conf = {
        "nlp_engine_name": "spacy",
        "models": models,
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": {"Person": "PERSON", "PERSON": "PERSON"},
            "low_confidence_score_multiplier": 0.4,
            "low_score_entity_names": [],
            "labels_to_ignore": [],
        },
    }
    nlp = NlpEngineProvider(nlp_configuration=conf).create_engine()
    registry = RecognizerRegistry(supported_languages=langs)
    if include_predefined:
        registry.load_predefined_recognizers(languages=langs, nlp_engine=nlp)
    for rec in piscan_recognizers(langs, free_text=free_text):
        registry.add_recognizer(rec)
    for path in recognizer_files:
        for entry in _read_yaml(path):
            rec = _pattern_recognizer(path, entry[0], entry[1])
            if rec.supported_language in langs:
                registry.add_recognizer(rec)
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=langs)


# ------------------------------------------------------------------------------ YAML -> piscan
def _read_yaml(path: str | Path) -> list[tuple[str, dict]]:
    import yaml  # noqa: PLC0415

    p = str(path)
    try:
        with open(p, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except OSError as exc:
        raise RecognizerFileError(p, "", f"cannot read file ({exc.strerror or type(exc).__name__})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "YAML"
        raise RecognizerFileError(p, where, "invalid YAML") from None
    if not isinstance(data, dict) or not isinstance(data.get("recognizers"), list):
        raise RecognizerFileError(p, "recognizers", "expected a top-level 'recognizers:' list")
    out = []
    for i, entry in enumerate(data["recognizers"]):
        key = f"recognizers[{i}]"
        if not isinstance(entry, dict):
            raise RecognizerFileError(p, key, "expected a mapping")
        if not (entry.get("supported_entity") or entry.get("supported_entities")):
            raise RecognizerFileError(p, key, "missing 'supported_entity'")
        if not entry.get("patterns") and not entry.get("deny_list"):
            raise RecognizerFileError(p, key, "needs 'patterns' or 'deny_list'")
        out.append((key, entry))
    return out


def _pattern_recognizer(path: str | Path, key: str, entry: dict):
    import re  # noqa: PLC0415

    from presidio_analyzer import PatternRecognizer  # noqa: PLC0415

    for j, pat in enumerate(entry.get("patterns") or []):
        if not isinstance(pat, dict) or "regex" not in pat:
            raise RecognizerFileError(str(path), f"{key}.patterns[{j}]", "expected {name, regex, score}")
        try:
            re.compile(pat["regex"])
        except (re.error, TypeError) as exc:
            raise RecognizerFileError(str(path), f"{key}.patterns[{j}].regex", f"invalid regex ({exc})") from None
        score = pat.get("score", 0.5)
        if not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise RecognizerFileError(str(path), f"{key}.patterns[{j}].score", "must be a number in [0, 1]")
    try:
        return PatternRecognizer.from_dict(dict(entry))
    except (TypeError, ValueError, KeyError) as exc:
        raise RecognizerFileError(str(path), key, f"not a valid Presidio pattern recognizer ({type(exc).__name__})") \
            from None


def _substring_regex(words: Sequence[str]):
    """Alternation of `words` as substrings; words that start/end with an ASCII letter or digit get ASCII
    boundaries there (so `Mr` is not found inside `Mrs`), other words match anywhere."""
    import re  # noqa: PLC0415

    alts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w)
        if w[0].isascii() and w[0].isalnum():
            esc = r"(?<![A-Za-z0-9])" + esc
        if w[-1].isascii() and w[-1].isalnum():
            esc += r"(?![A-Za-z0-9])"
        alts.append(esc)
    return re.compile("|".join(alts))


class YamlRecognizerDetector(Detector):
    """A Presidio `PatternRecognizer` loaded from YAML, run as a piscan detector (on normalised text)."""

    context_bonus = 0.35

    def __init__(self, recognizer: Any):
        self.recognizer = recognizer
        self.name = f"yaml:{recognizer.name}"
        self.pii_types = tuple(recognizer.supported_entities)
        self.languages = (recognizer.supported_language,)
        words = list(getattr(recognizer, "context", None) or [])
        self._context = ContextWords(words, common_negative=False, before=30, after=12) if words else None
        deny = [w for w in (getattr(recognizer, "deny_list", None) or []) if w]
        self._deny = _substring_regex(deny) if deny else None
        self._deny_score = float(getattr(recognizer, "deny_list_score", 1.0) or 1.0)

    def detect(self, text: str) -> Iterator[Entity]:
        if self._deny is not None:  # Presidio's deny lists need \W around the word; Japanese has none
            for m in self._deny.finditer(text):
                yield Entity(self.pii_types[0], m.start(), m.end(), self._deny_score, self.name)
        for r in self.recognizer.analyze(text, list(self.pii_types), None) or []:
            score = float(r.score)
            if self._context is not None and self._context.evaluate(text, r.start, r.end) > 0:
                score = min(1.0, score + self.context_bonus)
            yield Entity(r.entity_type, r.start, r.end, score, self.name)


def load_recognizer_files(paths: Sequence[str | Path]) -> list[Detector]:
    """Every recognizer of every YAML file, as piscan detectors; raises `RecognizerFileError` on bad input."""
    out: list[Detector] = []
    for path in paths:
        for key, entry in _read_yaml(path):
            out.append(YamlRecognizerDetector(_pattern_recognizer(path, key, entry)))
    return out
