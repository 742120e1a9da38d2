"""Machine-readable zones of passports (ICAO 9303 TD3): the passport number, the birth date and the name.

A scanned or OCR'd passport ends in two 44-character lines:

    P<JPNKAWABATA<<MIHO<<<<<<<<<<<<<<<<<<<<<<<<<<<
    TK48291636JPN9202036F3207198<<<<<<<<<<<<<<04

The second line carries the document number, the holder's birth date (YYMMDD) and the expiry date, each followed
by a check digit (weights 7, 3, 1; letters count 10-35, the filler `<` 0), so a second line alone is taken only
when the number's and the birth date's check digits are right; under a first line (P<JPN…) the layout itself is
enough, as OCR often misreads a digit. The first line's name field (surname, `<<`, given names) is a PERSON.
Airline records carry the same data as SSR DOCS (`P/JPN/MZ7730418/JPN/02JUN85/M/15AUG29/SUZUKI/HARUTO`), read
here too, also in a passenger name list (`.R/DOCS HK1/P/JPN/…`), whose name elements (`1SHIBATA/NAOKIMR .L/4BB9RT`)
are read as well. Yields JP_PASSPORT (for any issuing country, as the passport detector does for labelled numbers),
DATE_OF_BIRTH and PERSON.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import Detector, Entity

_LINE2 = re.compile(
    r"(?m)^[ \t]*(?P<num>[A-Z0-9<]{9})(?P<nc>[0-9])[A-Z<]{3}(?P<dob>[0-9]{6})(?P<dc>[0-9])[MFX<][0-9]{6}[0-9]"
)
_LINE1 = re.compile(r"(?m)^[ \t]*P[A-Z<][A-Z<]{3}(?P<name>[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)<*[ \t]*$")
# the passport data airline records carry (SSR DOCS … P/JPN/MZ7730418/JPN/02JUN85/M/15AUG29/SUZUKI/HARUTO; a PNL's
# .R/DOCS HK1/P/JPN/…, the status code and a slash before the P)
_DOCS = re.compile(
    r"DOCS[^\n/]{0,24}?(?:/(?=P/))?\bP/[A-Z]{3}/(?P<num>[A-Z0-9]{5,12})/[A-Z]{3}/(?P<dob>[0-9]{2}[A-Z]{3}[0-9]{2})/[MFXU]I?/"
    r"[0-9]{2}[A-Z]{3}[0-9]{2}/(?P<name>[A-Z][A-Z\-]*/[A-Z][A-Z \-]*?)(?=/|\s*$)", re.M
)

# a passenger name list's name element (PNL/ADL: 1MORIOKA/AIRIMISS .L/8NWQ4D, 2KANNO/RYOTAMR/SAKIMRS): the count, then
# SURNAME/GIVEN with the title written on, further names after a slash
_PNL_HEADER = re.compile(r"(?m)^(?:PNL|ADL)[ \t]*$")
_PNL_NAME = re.compile(r"(?m)^[1-9][0-9]?(?=[A-Z]{2,}/[A-Z])")
_PNL_PART = re.compile(r"(?:(?P<sur>[A-Z]{2,})/)?(?P<giv>[A-Z]+?)(?:MRS|MR|MSTR|MISS|MS|DR|CHD|INF)?(?=[ /]|$)", re.M)


def check_digit(field: str) -> int:
    total = 0
    for i, c in enumerate(field):
        v = int(c) if c.isdigit() else (ord(c) - 55 if "A" <= c <= "Z" else 0)
        total += v * (7, 3, 1)[i % 3]
    return total % 10


class MrzDetector(Detector):
    name = "mrz"
    pii_types = ("JP_PASSPORT", "DATE_OF_BIRTH", "PERSON")
    languages = ("ja", "en")

    def applies(self, text: str) -> bool:
        return ("<" in text and "<<" in text) or "DOCS" in text or "PNL" in text or "ADL" in text

    def detect(self, text: str) -> Iterator[Entity]:
        if ("PNL" in text or "ADL" in text) and _PNL_HEADER.search(text) is not None:
            yield from self._pnl_names(text)
        if "DOCS" in text:
            for m in _DOCS.finditer(text):
                if len(set(c for c in m.group("num") if c.isdigit())) <= 1:
                    continue  # P/JPN/XX0000000/JPN/01JAN00/…/NIHON/TARO: a manual's input example, no one's data
                yield Entity("JP_PASSPORT", m.start("num"), m.end("num"), 0.9, self.name)
                yield Entity("DATE_OF_BIRTH", m.start("dob"), m.end("dob"), 0.9, self.name)
                yield Entity("PERSON", m.start("name"), m.end("name"), 0.9, self.name)
        if not (("<" in text and "<<" in text) or "DOCS" in text):
            return  # (a passenger name list alone: no machine-readable zone to read)
        for m in _LINE2.finditer(text):
            num = m.group("num")
            line1 = self._line1(text, m.start())
            if line1 is None and (check_digit(num) != int(m.group("nc")) or
                                  check_digit(m.group("dob")) != int(m.group("dc"))):
                continue  # (after a first MRZ line the layout is proof enough: OCR often misreads a check digit)
            dob = m.group("dob")
            if not (1 <= int(dob[2:4]) <= 12 and 1 <= int(dob[4:6]) <= 31):
                continue
            stripped = num.rstrip("<")
            if len(stripped) >= 6 and "<" not in stripped:
                yield Entity("JP_PASSPORT", m.start("num"), m.start("num") + len(stripped), 0.95, self.name)
            yield Entity("DATE_OF_BIRTH", m.start("dob"), m.end("dob"), 0.9, self.name)
            if line1 is not None:
                yield Entity("PERSON", line1.start("name"), line1.end("name"), 0.9, self.name)

    def _pnl_names(self, text: str) -> Iterator[Entity]:
        """The names of a passenger name list's name elements (1SHIBATA/NAOKIMR → SHIBATA/NAOKI)."""
        for m in _PNL_NAME.finditer(text):
            pos, surname = m.end(), None
            while True:
                p = _PNL_PART.match(text, pos)
                if p is None or (p.group("sur") is None and surname is None):
                    break
                start = p.start("sur") if p.group("sur") else p.start("giv")
                yield Entity("PERSON", start, p.end("giv"), 0.85, self.name)
                surname = p.group("sur") or surname
                pos = p.end()
                if not text.startswith("/", pos):
                    break
                pos += 1

    @staticmethod
    def _line1(text: str, line2_start: int):
        """The first MRZ line (P<JPNSURNAME<<GIVEN…) right above a second line, or None."""
        prev_end = text.rfind("\n", 0, line2_start)
        if prev_end <= 0:
            return None
        return _LINE1.match(text, text.rfind("\n", 0, prev_end) + 1, prev_end)
