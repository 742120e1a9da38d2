"""JP_BANK_ACCOUNT: Japanese bank account numbers (7 digits) next to a bank, branch or account-type label.

A seven-digit number counts only when the nearest label is about an account: 普通 / 当座 / 貯蓄 (預金), 口座番号,
口座, 振込先, a bank or branch name (…銀行, …信用金庫, …支店), or "account". Japan Post Bank's 記号-番号 form
(12345-1234567 or 12345-12345671) is recognised with its ゆうちょ context. Postal codes (〒1234567) and other
seven-digit numbers with order or management labels are not reported. The span is the account number.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import PatternDetector
from .context import ContextWords

_NUM = re.compile(r"(?P<v>[0-9](?<![0-9\-.,][0-9])(?:[0-9]{6}|(?<=1)[0-9]{4}-[0-9]{7,8}))(?![0-9\-]|[.,][0-9])")
_BANKISH = re.compile(r"(?:銀行|信用金庫|信金|信用組合|労働金庫|農協|JA|支店|出張所|営業部|本店|bank|branch)", re.IGNORECASE)


class BankAccountDetector(PatternDetector):
    name = "bank_account"
    pii_type = "JP_BANK_ACCOUNT"
    trigger = r"\d{5}"
    context = ContextWords(
        [("普通", 12), ("当座", 12), ("貯蓄", 12), "普通預金", "当座預金", "口座番号", "口座", "振込先", "振込口座", "振込",
         "預金", "銀行", "信用金庫", "支店", "ゆうちょ", "account", "acct", "a/c", "bank", "口座no"],
        negative=["郵便", "〒", "zip", "電話", "tel", "fax", "会員", "受付"],
        before=30, after=6,
    )

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        for m in _NUM.finditer(text):
            yield m.start("v"), m.end("v"), 0.2

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        pol = self.context.evaluate(text, start, end)
        if pol > 0:
            return 0.9
        if pol < 0:
            return 0.0
        # a bank or branch name shortly before (e.g. みずほ銀行 渋谷支店 1234567) without an explicit type
        lo = max(0, start - 20)
        if _BANKISH.search(text, lo, start):
            return 0.7
        return base
