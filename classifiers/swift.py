"""SWIFT MT103-style payment messages (a bank's remittance records): PI read from the fields that hold it.

A message's text block writes one field a line group, its tag first (`:50K:`, `:59:`). Read the ordering customer
(50K / 50F) and the beneficiary (59 / 59F):

* the account on the field's first line (`:59:/0721449305`) → JP_BANK_ACCOUNT (an account at any bank: the type
  covers accounts abroad too, as it does for IBANs);
* the next line, the customer's name (`LIM WEI MING`; 50F/59F write it `1/LIM WEI MING`) → PERSON, unless it names a
  company (LTD, LLC, INC, CORP, GMBH, 株式会社 …);
* the lines after it, up to the next tag, the address (`BLK 412 ANG MO KIO AVE 10⏎#08-1135 SINGAPORE 560412`) →
  ADDRESS; a Japanese postal code ending it (`TOKYO JAPAN 107-0062`) is its own POSTAL_CODE.

Options A (a BIC instead of a name) are left alone. Only a text with the message's reference and amount tags
(`:20:` and `:32A:`) is read.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import Detector, Entity

# a party field: its tag, the account line, then the lines up to the next tag (or the block's end)
_PARTY = re.compile(r"(?m)^:(?P<tag>50K|50F|59|59F):(?:/(?P<acct>[A-Z0-9]{4,34})[ \t]*)?\n(?P<body>(?:(?!:[0-9]{2}[A-Z]?:|-\})[^\n]*(?:\n|$)){1,5})")
_COMPANY = re.compile(r"(?i)\b(?:LTD|LIMITED|LLC|L\.L\.C|INC|CORP|CORPORATION|CO\.?|COMPANY|GMBH|AG|SA|S\.A|PLC|PTE|BV|"
                      r"KK|K\.K|HOLDINGS|TRADING|TRADE|BANK|UNIVERSITY|SCHOOL|FOUNDATION)\b|株式会社|有限会社|合同会社|学校|大学")
_POSTAL_TAIL = re.compile(r"[ \t]+([0-9]{3}-[0-9]{4})[ \t]*$")
_STRUCTURED = re.compile(r"[1-8]/")


class SwiftDetector(Detector):
    name = "swift"
    pii_types = ("PERSON", "ADDRESS", "POSTAL_CODE", "JP_BANK_ACCOUNT")
    languages = ("ja", "en")

    def applies(self, text: str) -> bool:
        return ":20:" in text and ":32A:" in text and (":59" in text or ":50" in text)

    def detect(self, text: str) -> Iterator[Entity]:
        for m in _PARTY.finditer(text):
            if m.group("acct") and any(c.isdigit() for c in m.group("acct")):
                yield Entity("JP_BANK_ACCOUNT", m.start("acct"), m.end("acct"), 0.9, self.name)
            lines = []  # (start, end) of each non-empty line of the body, its structured prefix (1/, 2/) left out
            pos = m.start("body")
            for raw in m.group("body").split("\n"):
                s, e = pos, pos + len(raw.rstrip())
                pos += len(raw) + 1
                if e <= s:
                    continue
                if _STRUCTURED.match(text, s):
                    s += 2
                lines.append((s, e))
            if not lines:
                continue
            ns, ne = lines[0]
            name = text[ns:ne]
            if _COMPANY.search(name) is None and any(c.isalpha() for c in name):
                yield Entity("PERSON", ns, ne, 0.85, self.name)
            if len(lines) > 1:
                a, b = lines[1][0], lines[-1][1]
                t = _POSTAL_TAIL.search(text, a, b)
                if t is not None:
                    yield Entity("POSTAL_CODE", t.start(1), t.end(1), 0.85, self.name)
                    b = t.start()
                yield Entity("ADDRESS", a, b, 0.85, self.name)
