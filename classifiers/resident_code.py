"""JP_RESIDENT_CODE: 住民票コード, 11 digits whose last digit is a mod-11 check digit (weights 2-7 from the right).

Eleven-digit numbers are common (mobile numbers without hyphens are eleven digits), so the code needs its label
(住民票コード) nearby or in the document; mobile-number look-alikes lose to PHONE_NUMBER in overlap resolution.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import LONG_NUMBER, Pattern, PatternDetector, digits_of
from .context import ContextWords


def resident_check_digit(first10: str) -> int:
    total = sum(int(c) * w for c, w in zip(reversed(first10), (2, 3, 4, 5, 6, 7, 2, 3, 4, 5), strict=True))
    r = total % 11
    return 0 if r <= 1 else 11 - r


def is_valid_resident_code(value: str) -> bool:
    d = digits_of(value)
    return len(d) == 11 and len(set(d)) > 1 and resident_check_digit(d[:10]) == int(d[10])


# eleven digits grouped 3-4-4 right after their label (住民票コード　139 5829 4705): a shape the shared trigger
# (four digits first) does not hold
_LABELLED_344 = re.compile(r"住民票コード[ \t:：]*(?P<v>[0-9]{3}[ -][0-9]{4}[ -][0-9]{4})(?![0-9])")


class ResidentCodeDetector(PatternDetector):
    name = "resident_code"
    pii_type = "JP_RESIDENT_CODE"
    trigger = LONG_NUMBER  # necessary for every pattern; one memoised scan shared by the number detectors
    patterns = (
        Pattern("resident_code", r"(?P<v>[0-9](?<![0-9\-][0-9])(?<![0-9]\.[0-9])(?:[0-9]{10}|[0-9]{3}([- ])[0-9]{4}\2[0-9]{3}|[0-9]{4}[- ][0-9]{6}|[0-9]{5}[- ][0-9]{5}))(?![0-9\-]|\.[0-9])", 0.3),
    )
    context = ContextWords(
        ["住民票コード", "住民票", "住基", "住民基本台帳", "resident code", "resident record code", "juminhyo", "jumin code", "juki_code", "juki code", "jukicode", "juki_no"],
        negative=["電話", "tel", "fax", "携帯", "個人番号", "マイナンバー", "口座"],
        before=45,  # a label may sit a field away in JSON and SQL
    )
    context_bonus = 0.6
    document_bonus = 0.25
    plain_max = 0.3

    def applies(self, text: str) -> bool:
        return super().applies(text) or ("住民票コード" in text and _LABELLED_344.search(text) is not None)

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from super().candidates(text)
        if "住民票コード" in text:
            for m in _LABELLED_344.finditer(text):
                yield m.start("v"), m.end("v"), 0.3

    def validate_result(self, value: str) -> bool | None:
        return True if is_valid_resident_code(value) else False
