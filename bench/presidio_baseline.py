"""The comparison baseline: Microsoft Presidio's AnalyzerEngine on GiNZA (`ja_ginza`), as a user would set it up.

Presidio's spaCy NLP engine runs `ja_ginza`; its predefined recognizers
(e-mail, phone, IP, URL, ...) are registered for `ja`, plus the two a fair
Japanese user would add: the credit-card recognizer (not enabled for `ja` by
Presidio's default configuration) and the phone recognizer with `JP` among its
regions, both with Japanese context words.  GiNZA's
Extended-Named-Entity labels are mapped to Presidio entities (Person ->
PERSON; Province, City, County, Postal_Address, GPE_Other, Location_Other,
Domestic_Region, Country -> LOCATION; Date, Time -> DATE_TIME), and Presidio's
entities to piscan's types with `PRESIDIO_TO_PISCAN` (LOCATION -> ADDRESS;
DATE_TIME -> DATE_OF_BIRTH only when asked, since Presidio cannot tell a birth
date from any other date).  tldextract is pinned to its bundled suffix list so
that nothing is fetched from the network.
"""

from __future__ import annotations

import logging
import warnings

GINZA_TO_PRESIDIO = {
    "Person": "PERSON",
    "Province": "LOCATION", "City": "LOCATION", "County": "LOCATION", "Postal_Address": "LOCATION",
    "GPE_Other": "LOCATION", "Location_Other": "LOCATION", "Domestic_Region": "LOCATION", "Country": "LOCATION",
    "Date": "DATE_TIME", "Time": "DATE_TIME",
    "Company": "ORGANIZATION", "Organization_Other": "ORGANIZATION",
}

PRESIDIO_TO_PISCAN = {
    "PERSON": "PERSON",
    "LOCATION": "ADDRESS",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "CREDIT_CARD": "CREDIT_CARD",
    "IP_ADDRESS": "IP_ADDRESS",
}


def _offline_tldextract() -> None:
    try:
        import tldextract
        import tldextract.tldextract as tx

        tx.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    except Exception:  # pragma: no cover - tldextract layout changed; Presidio still works offline, slower
        pass


def build_presidio():
    """An AnalyzerEngine on ja_ginza with Presidio's predefined recognizers for `ja`."""
    _offline_tldextract()
    warnings.filterwarnings("ignore")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    conf = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "ja", "model_name": "ja_ginza"}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": GINZA_TO_PRESIDIO,
            "low_confidence_score_multiplier": 0.4,
            "low_score_entity_names": [],
            "labels_to_ignore": [],
        },
    }
    nlp = NlpEngineProvider(nlp_configuration=conf).create_engine()
    registry = RecognizerRegistry(supported_languages=["ja"])
    registry.load_predefined_recognizers(languages=["ja"], nlp_engine=nlp)
    _complete_for_japanese(registry)
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["ja"])


def _complete_for_japanese(registry) -> None:
    """What a fair user adds: the credit-card recognizer (Presidio's config does not enable it for `ja`)
    and the phone recognizer with Japan among its regions, both with Japanese context words."""
    from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, PhoneRecognizer

    if not any("CREDIT_CARD" in r.supported_entities for r in registry.recognizers):
        registry.add_recognizer(CreditCardRecognizer(supported_language="ja", context=[
            "クレジット", "カード", "カード番号", "card", "visa", "mastercard", "jcb", "amex", "diners"]))
    try:
        registry.remove_recognizer("PhoneRecognizer", language="ja")
    except TypeError:  # older Presidio: no language argument
        registry.remove_recognizer("PhoneRecognizer")
    regions = ("JP",) + tuple(r for r in PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS if r != "JP")
    registry.add_recognizer(PhoneRecognizer(supported_language="ja", supported_regions=regions, context=[
        "電話", "電話番号", "携帯", "TEL", "tel", "phone", "連絡先", "FAX"]))


def presidio_entities(engine, text: str, map_dates: bool = False, threshold: float = 0.0) -> list[dict]:
    """Run Presidio on `text`; return piscan-typed entities `{"type","start","end","score"}`."""
    mapping = dict(PRESIDIO_TO_PISCAN)
    if map_dates:
        mapping["DATE_TIME"] = "DATE_OF_BIRTH"
    out = []
    for r in engine.analyze(text, language="ja", score_threshold=threshold):
        t = mapping.get(r.entity_type)
        if t:
            out.append({"type": t, "start": r.start, "end": r.end, "score": float(r.score)})
    return out
