"""全銀協 (Zengin) transfer files: the account numbers in the fixed-width records banks exchange for payroll and
bulk transfers (総合振込 / 給与振込 / 賞与振込 data files, often left on file shares as .txt or .dat).

A header record (データ区分 1) carries the paying company's own account; each data record (データ区分 2) a
recipient's bank code, bank name, branch code, branch name, clearing-house code, account type and seven-digit
account number (口座振替 / direct-debit files leave the clearing-house code blank; some writers pad it with a space
or two), then the recipient's name
(half-width kana) and the amount. Records are matched by that
sequence of fields rather than by exact columns, so files whose kana fields were re-padded still read. The
recipient's name field of a data record is reported as PERSON too (a bank's kana of a foreign name, ｸﾞｴﾝ ﾃｲ ﾗﾝ,
reads as a name to no dictionary), unless it names a company (ｶ), (ﾕ), ｶﾌﾞｼｷｶﾞｲｼﾔ …). The same records printed as a listing (総合振込明細表: bank code and
name, branch code and name, type, account number in space-separated columns) are read too.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import Detector, Entity

_KANA = r"[^\d\n]"  # bank, branch and company names: kana, letters, brackets, spaces (no digits)
# a file viewer's record column before the raw record (`D001 |2000…`, `H    |121…`)
_VIEWER = r"(?:[A-Z][0-9]{0,4}[ ]*\|[ ]?)?"
_DATA = re.compile(
    rf"(?m)^{_VIEWER}2[0-9]{{4}}{_KANA}{{1,15}}?[ ]*[0-9]{{3}}{_KANA}{{1,15}}?[ ]*(?:(?:[0-9]{{4}})?[ ]{{0,3}}[1249]|0000)"
    rf"(?P<acct>[0-9]{{7}}){_KANA}"  # (a direct-debit file may leave the type out after the 0000: …ﾊﾏﾏﾂ  00001047736ﾔﾏｸﾞﾁ)
)
# … or a compact, space-separated variant without the bank and branch names (a registrar's dividend transfer data:
# `2 0005 251 1 3827104 ｲｿﾍﾞ ﾏｻｵ   000000036000`), read when two records of it stand in the text
_COMPACT = re.compile(
    rf"(?m)^{_VIEWER}2[ ]+[0-9]{{4}}[ ]+[0-9]{{3}}[ ]+[1249][ ]?(?P<acct>[0-9]{{7}})(?=[ ]?[\u30a1-\u30fa\uff66-\uff9f])"
)
_HEADER = re.compile(
    rf"(?m)^{_VIEWER}1(?:11|12|21|71|91)[019][0-9]{{6,12}}{_KANA}{{1,40}}?[ ]*[0-9]{{4}}[ ]?[0-9]{{4,9}}{_KANA}{{1,15}}?[ ]*[0-9]{{3}}"
    rf"{_KANA}{{1,15}}?[ ]*[1249](?P<acct>[0-9]{{7}})(?![0-9])"
)

# The same records printed as a listing (総合振込明細表, 振込依頼明細): a row number, then bank code, bank name, branch
# code, branch name, account type (1 普通 / 2 当座 / 4 貯蓄 / 9 その他, or the word) and the account number, in columns
# separated by spaces
_PRINTED = re.compile(
    rf"(?m)^[ \t]*(?:[0-9]{{1,5}}[ \t]+)?[0-9]{{4}}[ \t]+[^\d\n \t]{_KANA}{{0,19}}?"
    rf"[ \t]+[0-9]{{3}}[ \t]+[^\d\n \t]{_KANA}{{0,19}}?"
    rf"[ \t]+(?:[0-9]{{4}}[ \t]+)?(?:[1249]|普通|当座|貯蓄)[ \t]+(?P<acct>[0-9]{{7}})(?![0-9])"
)
_PRINTED_LINE = re.compile(r"[1249][ \t]+[0-9]{7}(?![0-9])")  # necessary: the type code and the account number
# … or by their codes only, as a ledger's transfer columns print them (ｷﾞﾝｺｳ ｼﾃﾝ ｼｭ ｺｳｻﾞﾊﾞﾝｺﾞｳ: 0138  205  1  1104857)
_CODES = re.compile(r"(?<![0-9,.\-/:])[0-9]{4}[ \t]+[0-9]{3}[ \t]+[1249][ \t]+(?P<acct>[0-9]{7})(?![0-9,.\-/:])")
_BANK_WORDS = re.compile(r"銀行|口座|ｷﾞﾝｺｳ|ｺｳｻﾞ|ギンコウ|コウザ|(?i:bank|acct|account)")


# a line starting with 1 or 2 ("\n1" in text or "\n2" in text, in one faster scan), or a viewer's record column before
# one (`D001 |2…`)
_LINE_12 = re.compile("\n[12]|\\|[12]")


def _printed_possible(text: str) -> bool:
    """口座 / 振込 / 振替 in the title or header, and the type column's header (種目, 種別, 科目)."""
    # (one-character tests, the rarer first: a two-character needle costs several times more to scan for)
    return ("種" in text or ("科" in text and "科目" in text)) and ("振" in text or "座" in text)


# the recipient's name after the account number: kana and spaces up to the ten-digit amount
_NAME_FIELD = re.compile(r"([^\d\n]*?[^\d\n ])[ ]*(?=[0-9]{10})")
# a company or an organisation as the recipient (bank kana: (ｶ) 株式会社, (ﾕ) 有限会社, ｲ) 医療法人 …, or written out)
_COMPANY_KANA = re.compile(r"[()（）]|カブシキ|ユウゲン|ゴウドウ|イリヨウ|ガツコウ|ザイダン|シヤダン|キヨウカイ|クミアイ|ジムシヨ|"
                           r"センタ|ホウジン|ギンコウ|シテン|コウギヨウ|シヨウジ|サンギヨウ")


class ZenginDetector(Detector):
    name = "zengin"
    pii_types = ("JP_BANK_ACCOUNT", "PERSON")

    def applies(self, text: str) -> bool:
        return (text[:1] in "12" or _LINE_12.search(text) is not None or _printed_possible(text)
                or _PRINTED_LINE.search(text) is not None)

    def detect(self, text: str) -> Iterator[Entity]:
        records = text[:1] in "12" or _LINE_12.search(text) is not None
        if _PRINTED_LINE.search(text) is not None:
            banked = _BANK_WORDS.search(text) is not None
            if banked or _printed_possible(text):  # (a listing's bank names say it too: ﾖｺﾊﾏｷﾞﾝｺｳ)
                for m in _PRINTED.finditer(text):
                    if len(set(m.group("acct"))) > 1:  # (0000000: a layout's sample row)
                        yield Entity("JP_BANK_ACCOUNT", m.start("acct"), m.end("acct"), 0.85, self.name)
            if banked:
                for m in _CODES.finditer(text):
                    yield Entity("JP_BANK_ACCOUNT", m.start("acct"), m.end("acct"), 0.8, self.name)
        if not records:
            return
        data = list(_DATA.finditer(text))
        if not data:
            data = list(_COMPACT.finditer(text))
            if len(data) < 2:
                return
        for m in data:
            yield Entity("JP_BANK_ACCOUNT", m.start("acct"), m.end("acct"), 0.9, self.name)
            n = _NAME_FIELD.match(text, m.end("acct"))
            if n is not None and _COMPANY_KANA.search(n.group(1)) is None and any(c.isalpha() for c in n.group(1)):
                yield Entity("PERSON", n.start(1), n.end(1), 0.8, self.name)
        h = _HEADER.search(text)
        if h is not None and h.start() < data[0].start():
            yield Entity("JP_BANK_ACCOUNT", h.start("acct"), h.end("acct"), 0.85, self.name)
