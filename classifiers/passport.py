"""JP_PASSPORT: passport numbers — Japanese (two capital letters and seven digits, TK1234567) with context, and
other countries' numbers (6-9 letters and digits: 548120937, C4812273, P3381920B) right after a passport label.

The Japanese shape is shared by many product and reference codes, so a passport label (旅券, パスポート, passport)
near the value, or in the same document, is needed for a confident result; numbers starting with the letters
Japanese passports use (T…, M…) score a little higher. Other countries' numbers have no shape of their own, so
they are taken only as the value of a passport label (`Passport No.: 548120937`, `my passport is W8820417`);
passport columns of tables are read by `classifiers.columns`, machine-readable zones by `classifiers.mrz`.
"""

from __future__ import annotations

from .base import Pattern, PatternDetector
from .context import ContextWords

_JP_SHAPE = r"[A-Z](?<![A-Za-z0-9\-][A-Z])[A-Z] ?[0-9]{7}(?![A-Za-z0-9]|-[0-9])"
_LABEL = (
    r"(?:[Pp]assport|PASSPORT|旅券|パスポート)(?:[(（](?:パスポート|旅券|[Pp]assport)[)）])?"  # 旅券（パスポート）番号
    r"(?:[ \t]*(?:[Nn][Oo]\.?|[Nn]umber|NUMBER|#|番号))?"
    r"(?:[ \t]*[(（][^)）\n]{1,20}[)）])?[ \t]*[:：=]?[ \t]*(?:is[ \t]+|：[ \t]*)?"
)


def other_passport_shape(value: str) -> bool:
    """6-9 capital letters and digits, at least five digits and at most three letters (548120937, C01X00T47)."""
    if not 6 <= len(value) <= 9 or not value.isascii() or not value.isalnum() or value.upper() != value:
        return False
    digits = sum(c.isdigit() for c in value)
    return digits >= 5 and len(value) - digits <= 3 and len(set(value)) > 2


class PassportDetector(PatternDetector):
    name = "passport"
    pii_type = "JP_PASSPORT"
    languages = ("ja", "en")
    trigger = r"[A-Z]{2} ?[0-9]{7}"  # the Japanese shape; labelled other shapes: see `applies`
    patterns = (
        Pattern("passport", rf"(?P<v>{_JP_SHAPE})", 0.3),
        Pattern("passport_labelled", rf"{_LABEL}(?P<v>[A-Z0-9]{{6,9}})(?![A-Za-z0-9]|[-.][0-9])", 0.3),
    )
    context = ContextWords(
        ["旅券", "パスポート", "passport", "旅券番号", "passport no", "passport number", "査証", "visa番号", "渡航",
         ("pp", 2, "before")],
        negative=["免許", "個人番号", "電話"],
    )
    gate_extra = r"pp(?<![a-z]pp) [a-z]{2}[0-9]{7}(?![a-z0-9])"  # "PP TR2290417" in booking records (lowered text)
    context_bonus = 0.6
    document_bonus = 0.2
    plain_max = 0.35
    validated_bonus = 0.05

    def applies(self, text: str) -> bool:
        if "assport" in text or "ASSPORT" in text or "旅券" in text or "パスポート" in text:
            return True  # a labelled number of any shape may follow
        return super().applies(text)

    def validate_result(self, value: str) -> bool | None:
        v = value.replace(" ", "")
        if len(v) == 9 and v[:2].isalpha() and v[2:].isdigit():
            return True if v[0] in "TMR" else None  # the Japanese shape
        return None if other_passport_shape(v) else False
