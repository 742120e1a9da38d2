"""JP_HEALTH_INSURANCE: the symbol (記号) and number (番号) of a health-insurance card (健康保険被保険者証).

Recognised forms: 記号 1234 番号 56, 記号：12-34・番号：567, 記号・番号 1234・567, 被保険者番号 12345678, and
保険者番号 06123456 beside them. Each of the symbol and the number is reported as its own span. The
記号/番号 pair is specific, but Japan Post Bank accounts use the same words, so bank labels (ゆうちょ, 口座,
銀行) veto it; a health-insurance label (保険証, 被保険者, 健康保険, 国民健康保険 …) nearby or in the document
makes it confident.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import PatternDetector
from .context import ContextWords

_SEP = r"[ \t]*[:：]?[ \t]*"
_PAIR = re.compile(
    r"記号" + _SEP + r"(?P<sym>[0-9A-Za-z][0-9A-Za-z\-]{0,11})[ \t,、・/]*(?:[）)])?[ \t]*番号" + _SEP + r"(?P<num>\d{1,10})(?![\d])"
)
_SLASHED = re.compile(
    r"記号[・･/／]番号" + _SEP + r"(?P<sym>[0-9A-Za-z][0-9A-Za-z\-]{0,11})[ \t]*[・･/／,、][ \t]*(?P<num>\d{1,10})(?![\d])"
)
_INSURED = re.compile(
    r"(?P<label>被保険者番号|被保険者証番号|保険証番号|保険者番号|被保険者記号)" + _SEP + r"(?P<num>[0-9A-Za-z][0-9A-Za-z\-]{2,11})(?![0-9A-Za-z])"
)


class HealthInsuranceDetector(PatternDetector):
    name = "health_insurance"
    pii_type = "JP_HEALTH_INSURANCE"
    trigger = r"記号|保険者"
    context = ContextWords(
        ["保険証", "被保険者", "健康保険", "国民健康保険", "国保", "社会保険", "社保", "協会けんぽ", "健保", "共済", "組合員証",
         "資格確認書", "保険者", "insurance"],
        negative=["ゆうちょ", "口座", "銀行", "振込", "貯金"],
        before=60, after=0, common_negative=False,
    )

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        for rx in (_SLASHED, _PAIR):
            for m in rx.finditer(text):
                yield m.start("sym"), m.end("sym"), 0.55
                yield m.start("num"), m.end("num"), 0.55
        for m in _INSURED.finditer(text):
            yield m.start("num"), m.end("num"), 0.85 if m.group("label") != "保険者番号" else 0.6

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        pol = self.context.evaluate(text, start, end)
        if pol < 0:
            return 0.0
        if pol > 0:
            return min(1.0, base + 0.35)
        if self.context.in_document(text):
            return min(1.0, base + 0.2)
        return base
