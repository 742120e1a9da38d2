"""JP_MY_NUMBER: 個人番号 (My Number), 12 digits whose last digit is a mod-11 check digit.

Accepted forms: 123456789018, 1234 5678 9018, 1234-5678-9018 (consistent separators). The check digit is
validated (the algorithm of `stdnum.jp.in_`); one random 12-digit number in ten passes it, so a bare number
is not enough: a label (個人番号, マイナンバー, My Number) nearby makes it certain, the label elsewhere in the
same document makes it likely, and order/tracking/corporate-number labels drop it.
"""

from __future__ import annotations

import re

from .base import LONG_NUMBER, Pattern, PatternDetector, digits_of
from .context import ContextWords

MY_NUMBER_WORDS = ["個人番号", "マイナンバー", "my number", "individual number", "個人番号カード", "通知カード", "マイナ",
                   # a form's field for either (支払調書, 源泉徴収票): a 12-digit value is a person's (a corporate
                   # number has 13), so the longer label outranks the 法人番号 inside it
                   "個人番号又は法人番号", "個人番号または法人番号", "個人番号・法人番号", "個人番号/法人番号",
                   "個人番号(法人番号)", "個人番号or法人番号",
                   # romaji field names of database exports (kojin_bango, kojinBangou)
                   "kojin bango", "kojin bangou", "kojin no", "kojin_bango", "kojinbango",
                   # (… and the English keys of JSON and YAML: "my_number": {"value": …})
                   "my_number", "mynumber", "my-number"]


_WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)  # weights of the 11 digits, left to right


def my_number_check_digit(first11: str) -> int:
    """The check digit of a My Number (same algorithm as `stdnum.jp.in_`, without its overhead)."""
    total = sum(map(int.__mul__, map(int, first11), _WEIGHTS))
    r = total % 11
    return 0 if r <= 1 else 11 - r


def is_valid_my_number(value: str) -> bool:
    d = digits_of(value)
    return len(d) == 12 and len(set(d)) > 1 and my_number_check_digit(d[:11]) == int(d[11])


_ID_KEY = re.compile(r"(?<![A-Za-z])(?i:job|request|req|trace|txn|transaction|batch|session|event|run|task|correlation)"
                     r"[_\-]?(?i:id|no)[\"']?[ ]?[=:][ ]?[\"']?$")


# twelve digits in the boxes of a printed form, as a scan or a text export draws them (｜6｜6｜8｜…｜5｜)
_BOXED = re.compile(r"(?<![0-9])[0-9](?:[ ]?[｜|│][ ]?[0-9]){11}(?![ ]?[｜|│]?[ ]?[0-9])")


def _has_boxes(text: str) -> bool:
    return ("｜" in text or "|" in text or "│" in text) and _BOXED.search(text) is not None


_RANGE_END = re.compile(r"[ ]?[〜～~][ ]?[0-9]")
_RANGE_START = re.compile(r"[〜～~][ ]?$")
_SAME_RUN = re.compile(r"([0-9])\1{7}")  # (eight of one digit in a row: a filler, not an issued number)


class MyNumberDetector(PatternDetector):
    name = "my_number"
    pii_type = "JP_MY_NUMBER"
    trigger = LONG_NUMBER  # necessary for every pattern; one memoised scan shared by the number detectors
    scan_from_trigger = True  # (its 4+4+4 digits start with the trigger's 4+4+3)
    in_number_stretches = True  # (4+4+4 digits with one separator kind)
    patterns = (Pattern("my_number", r"(?P<v>[0-9](?<![0-9\-][0-9])(?<![0-9]\.[0-9])[0-9]{3}([- ]?)[0-9]{4}\2[0-9]{4})(?![0-9\-]|\.[0-9])(?!\2[0-9])", 0.45),)
    context = ContextWords(MY_NUMBER_WORDS, negative=["電話", "tel", "fax", "携帯", "免許", "口座", "カード番号", "クレジット", "住民票コード"], before=45)
    # … for twelve digits that do not start with 0, which no Japanese phone number is (本人に電話したら「6556 4711
    # 9014」とのこと: the call it was read out on, not a phone label)
    not_phone_context = ContextWords(MY_NUMBER_WORDS, negative=["免許", "口座", "カード番号", "クレジット", "住民票コード"], before=45)
    context_bonus = 0.5
    document_bonus = 0.15
    plain_max = 0.45

    def validate_result(self, value: str) -> bool | None:
        return True if is_valid_my_number(value) else False

    def applies_many(self, texts):
        out = super().applies_many(texts)
        for k, t in enumerate(texts):
            if not out[k] and _has_boxes(t) and self._labelled(t):
                out[k] = True
        return out

    def applies(self, text: str) -> bool:
        return super().applies(text) or (_has_boxes(text) and self._labelled(text))

    def candidates(self, text: str):
        yield from super().candidates(text)
        if _has_boxes(text):  # a form's twelve boxes, one digit in each (｜6｜6｜8｜2｜…｜5｜)
            for m in _BOXED.finditer(text):
                yield m.start(), m.end(), 0.45

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        if start and text[start - 1].isascii() and text[start - 1].isalpha() and (
                start < 2 or not (text[start - 2].isascii() and text[start - 2].isalnum())):
            return 0.0  # C202400000001: a one-letter prefix makes the digits part of a record's code
        if start > 3 and text[start - 1] in "=:" and _ID_KEY.search(text, max(0, start - 24), start) is not None:
            return 0.0  # jobId=202504010203: a job's, a request's or a session's identifier
        if start and text[start - 1] == "第" and text.startswith("号", end):
            return 0.0  # 第482104339870号: a licence's or a certificate's number, as no My Number is written
        if _RANGE_END.match(text, end) is not None or _RANGE_START.search(text, max(0, start - 2), start) is not None \
                or _SAME_RUN.search(text, start, end) is not None:
            return 0.0  # 990000000000〜999999999999: a range of numbers a specification reserves, no one's number
        return super().score_candidate(text, start, end, base, doc_ctx,
                                       None if text[start] == "0" else self.not_phone_context)
