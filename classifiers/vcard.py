"""vCard (.vcf) contact cards: the name properties and the postal code of an address, by property name.

A vCard names its fields, so the values need no guessing: `N:family;given;middle;prefix;suffix` (each part a
PERSON span, as an annotator marks the separate fields of a form), `FN:` the formatted name, the phonetic names
phones write (`X-PHONETIC-LAST-NAME:マツウラ`), and in `ADR:` (post office box; extended address; street; locality;
region; postal code; country) the address — street, locality and region as one span, as the card holds them
(芝浦3-4-1 グランパークタワー22F;港区;東京都), the extended address (a building) included when the street follows it
— and the postal code. Telephone numbers, e-mail addresses and BDAY are found by their own detectors. Only text
that contains BEGIN:VCARD is read.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import Detector, Entity

_PROPERTY = re.compile(
    r"(?im)^(?:item\d+\.)?(?P<p>N|FN|X-PHONETIC-(?:LAST|FIRST|MIDDLE)-NAME|ADR)(?:;[^:\n]*)?:(?P<v>[^\n\r]*)"
)
_POSTAL = re.compile(r"[0-9]{3}-?[0-9]{4}|[0-9]{5}(?:-[0-9]{4})?|[A-Z0-9]{2,4} ?[A-Z0-9]{3}")


def _parts(value: str, start: int) -> list[tuple[int, int, str]]:
    """The ;-separated components of a property value: (start, end, text), surrounding spaces trimmed."""
    out, pos = [], start
    for comp in value.split(";"):
        stripped = comp.strip()
        if stripped:
            s = pos + comp.index(stripped)
            out.append((s, s + len(stripped), stripped))
        else:
            out.append((pos, pos, ""))
        pos += len(comp) + 1
    return out


class VCardDetector(Detector):
    name = "vcard"
    pii_types = ("PERSON", "POSTAL_CODE", "ADDRESS")
    languages = ("ja", "en")

    def applies(self, text: str) -> bool:
        return "BEGIN:VCARD" in text or "begin:vcard" in text

    def detect(self, text: str) -> Iterator[Entity]:
        for m in _PROPERTY.finditer(text):
            prop = m.group("p").upper()
            parts = _parts(m.group("v"), m.start("v"))
            if prop == "N":
                for s, e, v in parts[:3]:  # family, given, additional names
                    if v and len(v) <= 40:
                        yield Entity("PERSON", s, e, 0.9, self.name)
            elif prop == "ADR":
                if len(parts) >= 6 and _POSTAL.fullmatch(parts[5][2]):
                    yield Entity("POSTAL_CODE", parts[5][0], parts[5][1], 0.9, self.name)
                # (street, locality, region; the extended address before a street)
                # (a locality or region without a street is no one's address: 港区;東京都 of a work card)
                filled = [p for p in parts[1:5] if p[2]] if len(parts) > 2 and parts[2][2] else []
                if filled and filled[0] is parts[1] and filled[1] is not parts[2]:
                    filled = filled[1:]  # an extended address far from the street: a department, not a place
                if filled and sum(p[1] - p[0] for p in filled) <= 160 and any(
                        c.isalnum() for p in filled for c in p[2]):
                    yield Entity("ADDRESS", filled[0][0], filled[-1][1], 0.9, self.name)
            else:
                v = m.group("v").strip()
                if v and len(v) <= 60 and ";" not in v:
                    s = m.start("v") + m.group("v").index(v)
                    yield Entity("PERSON", s, s + len(v), 0.9, self.name)
