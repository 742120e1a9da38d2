"""Numbers read out on a call, as a transcript writes them: phone and card numbers in digit words and groups.

A call-centre transcript or a voice bot's log writes what the caller said: digits as katakana words (ゼロキューゼロ,
ナナ, ハチ), groups joined by の or a comma (ゼロハチゼロ、6621、7409; 4983の5478の3897の5046), which no pattern for
written numbers reads. A run of such groups is turned into its digits: ten or eleven digits that make a valid
Japanese phone number are a PHONE_NUMBER, 14 to 19 digits with a card's issuer prefix and a valid Luhn check a
CREDIT_CARD. A run needs a digit word or an の between groups (a number written with hyphens is the phone and card
detectors' own), and a phone or card word in the 80 characters before it (電話, 番号, 携帯, カード …): read-out
numbers are answers to a question. Hiragana digit words are left out (に, さん, ご are particles and honorifics).
"""

from __future__ import annotations

import re
from typing import Iterator

import phonenumbers

from .base import Detector, Entity
from .credit_card import is_valid_card

# katakana digit words, longest first where one is a prefix of another (キュウ before キュ, ニー before ニ)
_WORDS = {
    "ゼロ": "0", "レイ": "0", "マル": "0", "イチ": "1", "ワン": "1", "ニー": "2", "ニ": "2", "サン": "3", "ヨン": "4",
    "ゴー": "5", "ゴ": "5", "ロク": "6", "ナナ": "7", "シチ": "7", "ハチ": "8", "キュウ": "9", "キュー": "9", "キュ": "9",
}
# kanji digits, as a transcript or a memo writes a number read out (〇九〇の、四一七二の、三八五五)
_KANJI_DIGITS = {"〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_WORDS.update(_KANJI_DIGITS)
_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_TOKEN = rf"(?:[0-9]{{1,4}}|(?:{_WORD})+)"
_SEP = r"(?:の[、,]?|[、,]|[ \u3000])?"
_RUN = re.compile(rf"(?<![0-9\u30a1-\u30fa\u30fc〇一二三四五六七八九十百千万]){_TOKEN}(?:{_SEP}{_TOKEN}){{1,8}}"
                  rf"(?![0-9\u30a1-\u30fa\u30fc〇一二三四五六七八九十百千万年月日])")
_WORD_RX = re.compile(_WORD)
_PHONE_CUE = re.compile(r"電話|番号|携帯|連絡先|TEL|Tel|tel|ケータイ")
_CARD_CUE = re.compile(r"カード|card|Card")
_POSTAL_CUE = re.compile(r"郵便番号|〒|ゆうびん")
_CUE_REACH = 80
# (two digit words in a row, or groups of digits joined by の: what every run that can be read holds)
_GATE_WORDS = re.compile(rf"(?:ゼロ|レイ|マル)(?:{_WORD})")
_GATE_DIGITS = re.compile(r"[0-9][0-9]{2,3}の[0-9]{3,4}")  # (one digit first: a scan for digits)
_GATE_KANJI = re.compile(r"[〇一二三四五六七八九]{3}(?:の[、,]?|[、,]|[ \u3000])[〇一二三四五六七八九]{2}")


def _digits(run: str) -> str:
    out = []
    i = 0
    while i < len(run):
        c = run[i]
        if "0" <= c <= "9":
            out.append(c)
            i += 1
            continue
        m = _WORD_RX.match(run, i)
        if m is not None:
            out.append(_WORDS[m.group()])
            i = m.end()
        else:
            i += 1  # (a separator)
    return "".join(out)


def _separated(run: str) -> bool:
    """Two groups of a postal code read out (二二三の〇〇六二), not a run of seven digit words in one."""
    return any(c in run for c in "の、, \u3000")


def _jp_phone(d: str) -> bool:
    if not (10 <= len(d) <= 11 and d[0] == "0"):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(d, "JP"))
    except phonenumbers.NumberParseException:
        return False


class SpokenNumberDetector(Detector):
    name = "spoken"
    pii_types = ("PHONE_NUMBER", "CREDIT_CARD", "POSTAL_CODE")
    languages = ("ja",)

    def applies(self, text: str) -> bool:
        # (a read-out phone number starts with ゼロ, レイ or マル; digits joined by の need an の: literals first)
        return (("ゼロ" in text or "レイ" in text or "マル" in text) and _GATE_WORDS.search(text) is not None) or (
            "の" in text and _GATE_DIGITS.search(text) is not None) or (
            ("〇" in text or "四" in text or "五" in text) and _GATE_KANJI.search(text) is not None)

    def detect(self, text: str) -> Iterator[Entity]:
        for m in _RUN.finditer(text):
            run = m.group()
            if _WORD_RX.search(run) is None and "の" not in run:
                continue  # (digits and commas or spaces alone: the written forms' detectors read those)
            d = _digits(run)
            before = text[max(0, m.start() - _CUE_REACH):m.start()]
            if len(d) == 7 and _POSTAL_CUE.search(before) is not None and _separated(run):
                yield Entity("POSTAL_CODE", m.start(), m.end(), 0.8, self.name)
            elif _jp_phone(d) and _PHONE_CUE.search(before) is not None:
                yield Entity("PHONE_NUMBER", m.start(), m.end(), 0.85, self.name)
            elif 14 <= len(d) <= 19 and is_valid_card(d) and _CARD_CUE.search(before) is not None:
                yield Entity("CREDIT_CARD", m.start(), m.end(), 0.9, self.name)
