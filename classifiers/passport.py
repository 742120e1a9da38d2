"""JP_PASSPORT: Japanese passport numbers, two capital letters and seven digits (TK1234567), with context.

The shape is shared by many product and reference codes, so a passport label (旅券, パスポート, passport) near the
value, or in the same document, is needed for a confident result; numbers starting with the letters Japanese
passports use (T…, M…) score a little higher.
"""

from __future__ import annotations

from .base import Pattern, PatternDetector
from .context import ContextWords


class PassportDetector(PatternDetector):
    name = "passport"
    pii_type = "JP_PASSPORT"
    languages = ("ja", "en")
    trigger = r"[A-Z]{2} ?[0-9]{7}"
    patterns = (Pattern("passport", r"(?P<v>[A-Z](?<![A-Za-z0-9\-][A-Z])[A-Z] ?[0-9]{7})(?![A-Za-z0-9]|-[0-9])", 0.3),)
    context = ContextWords(
        ["旅券", "パスポート", "passport", "旅券番号", "passport no", "passport number", "査証", "visa番号", "渡航"],
        negative=["免許", "個人番号", "電話"],
    )
    context_bonus = 0.6
    document_bonus = 0.2
    plain_max = 0.35
    validated_bonus = 0.05

    def validate_result(self, value: str) -> bool | None:
        return True if value[0] in "TMR" else None
