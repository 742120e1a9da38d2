"""全銀協 (Zengin) transfer files: the account numbers in the fixed-width records banks exchange for payroll and
bulk transfers (総合振込 / 給与振込 / 賞与振込 data files, often left on file shares as .txt or .dat).

A header record (データ区分 1) carries the paying company's own account; each data record (データ区分 2) a
recipient's bank code, bank name, branch code, branch name, clearing-house code, account type and seven-digit
account number (口座振替 / direct-debit files leave the clearing-house code blank), then the recipient's name
(half-width kana) and the amount. Records are matched by that
sequence of fields rather than by exact columns, so files whose kana fields were re-padded still read. Names in
the records are left to the PERSON detector.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import Detector, Entity

_KANA = r"[^\d\n]"  # bank, branch and company names: kana, letters, brackets, spaces (no digits)
_DATA = re.compile(
    rf"(?m)^2[0-9]{{4}}{_KANA}{{1,15}}?[ ]*[0-9]{{3}}{_KANA}{{1,15}}?[ ]*(?:[0-9]{{4}})?[1249](?P<acct>[0-9]{{7}}){_KANA}"
)
_HEADER = re.compile(
    rf"(?m)^1(?:11|12|21|71|91)[019][0-9]{{8,10}}{_KANA}{{1,40}}?[ ]*[0-9]{{4}}[0-9]{{4}}{_KANA}{{1,15}}?[ ]*[0-9]{{3}}"
    rf"{_KANA}{{1,15}}?[ ]*[1249](?P<acct>[0-9]{{7}})(?![0-9])"
)


class ZenginDetector(Detector):
    name = "zengin"
    pii_types = ("JP_BANK_ACCOUNT",)

    def applies(self, text: str) -> bool:
        return text[:1] in "12" or "\n1" in text or "\n2" in text

    def detect(self, text: str) -> Iterator[Entity]:
        data = list(_DATA.finditer(text))
        if not data:
            return
        for m in data:
            yield Entity("JP_BANK_ACCOUNT", m.start("acct"), m.end("acct"), 0.9, self.name)
        h = _HEADER.search(text)
        if h is not None and h.start() < data[0].start():
            yield Entity("JP_BANK_ACCOUNT", h.start("acct"), h.end("acct"), 0.85, self.name)
