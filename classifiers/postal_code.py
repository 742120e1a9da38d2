"""POSTAL_CODE: Japanese postal codes (〒151-0051, 151-0051, 〒1510051) in an address context.

A code preceded by 〒 is reported with confidence; without 〒 it must be labelled (郵便番号, 住所, zip …) or be
followed by the start of an address (a prefecture, or a city/ward/town/village name). The reported span is the
number itself, without 〒. Seven-digit codes without a hyphen need 〒 or a label. Phone-number fragments are
excluded by the surrounding-digit guards.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import PatternDetector
from .address import municipalities
from .context import PREFECTURES, PREFECTURES_ROMAJI, ContextWords

_CODE = re.compile(r"[0-9](?<![0-9\-][0-9])(?<![0-9]\.[0-9])(?:[0-9]{2}-[0-9]{4}|[0-9]{6}|(?<=〒[0-9])[0-9]{2} [0-9]{4}"
                   r"|(?<=〒 [0-9])[0-9]{2} [0-9]{4})(?![0-9\-]|\.[0-9])")  # 〒420 0852: a space for the hyphen
# no postal code starts with 000; runs of one digit and 123-4567 are the usual dummies
_DUMMIES = frozenset([d * 3 + "-" + d * 4 for d in "0123456789"] + [d * 7 for d in "0123456789"] + ["123-4567", "1234567"])
_EXAMPLE_BEFORE = re.compile(r"(?:例|e\.g\.|eg\.|ex\.|sample)[:：)）]?\s?[(（]?$", re.I)


def _example_before(text: str, s: int) -> bool:
    w = text[max(0, s - 6):s]
    return ("例" in w or "." in w or "mple" in w) and _EXAMPLE_BEFORE.search(w) is not None


_MARK = re.compile(r"[〒〶][ ]?$")
_KANA_NAME = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
# the address may follow in the next field of a CSV row or SQL tuple: "556-0011","大阪府… / '630-8213', '奈良県…
_ADDRESS_AFTER = re.compile(
    r"[\s,、:，\"'”’“‘]{0,5}(?:" + "|".join(PREFECTURES) + r"|[\u4e00-\u9fff]{1,6}[都道府県市区町村郡]"
    # cities written with kana (さいたま市, 南あわじ市, 茅ヶ崎市), from the gazetteer
    + "|" + "|".join(sorted((m for m in municipalities() if _KANA_NAME.search(m)), key=len, reverse=True))
    + r"|[A-Z][a-z]+(?:-shi|-ku|-cho|-machi| City| Ward))"
)


class PostalCodeDetector(PatternDetector):
    name = "postal_code"
    pii_type = "POSTAL_CODE"
    trigger = r"[0-9]{3}[- ]?[0-9]{4}"
    context = ContextWords(
        ["〒", "郵便番号", "郵便", "住所", "所在地", "送付先", "届け先", "お届け先", "配送先", "郵便番号:", "zip", "postal",
         # address labels that contain a negative word (請求, 配送, 発送): 請求先: 460-0008 名古屋市…
         "請求先", "ご請求先", "発送先", "送り先", "返送先", "納品先", "配達先", "宛先", "連絡先住所", "勤務先住所",
         "post code", "postcode", "postal code", "zip code", "address", "住まい", "現住所", "本籍", "japan", "-ku,", "-shi,",
         *[(p, 3, "before") for p in PREFECTURES_ROMAJI]],
        negative=["電話", "tel", "fax", "携帯", "口座", "普通", "当座", "番号札"],
        before=16, after=4,
    )

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        for m in _CODE.finditer(text):
            s, e = m.span()
            g = m.group()
            if g.startswith("000") or g in _DUMMIES or _example_before(text, s):
                continue  # 000-0000, 123-4567, (例: 100-0001): a format example, not a code
            hyphen = text[s + 3] in "- "
            if s and _MARK.search(text, max(0, s - 2), s):
                yield s, e, 0.95 if hyphen else 0.9
                continue
            after = _ADDRESS_AFTER.match(text, e)
            if after is not None:
                yield s, e, 0.7 if hyphen else 0.4
            else:
                yield s, e, 0.3 if hyphen else 0.1

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        if base >= 0.9:
            return base  # 〒 is the strongest possible context
        pol = self.context.evaluate(text, start, end)
        if pol < 0:
            return 0.0
        if pol > 0:
            return min(1.0, base + 0.5)
        return base
