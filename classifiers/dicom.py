"""DICOM header dumps (dcmdump, pydicom's print of a dataset): PI read from the attributes that hold it.

A dump writes one attribute a line, its tag first: dcmdump `(0010,0010) PN [SAKAMOTO^KAZUE=坂本^和恵=サカモト^カズエ]`,
pydicom `(0010, 0010) Patient's Name                      PN: 'SAKAMOTO^KAZUE'`. Read:

* every PN (person name) value — the patient, the referring and performing physicians, the operators — each of its
  `=`-separated groups (alphabetic, ideographic, phonetic) a span (`family^given` as written) → PERSON;
* (0010,0030) PatientBirthDate (YYYYMMDD) → DATE_OF_BIRTH;
* (0010,1040) PatientAddress → ADDRESS.

Only a text with a patient-module tag (`(0010,`) and a PN value is read; IDs, dates of the study and the
institution's name are left alone.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import Detector, Entity

# dcmdump: (gggg,eeee) VR [value]; pydicom: (gggg, eeee) Keyword words  VR: 'value'
_ATTR = re.compile(r"(?m)^[ \t]*\((?P<tag>[0-9A-Fa-f]{4}, ?[0-9A-Fa-f]{4})\)[ \t]+(?:(?P<vr>[A-Z]{2})[ \t]+\[(?P<v>[^\]\n]*)\]"
                   r"|[^\n]*?[ \t](?P<vr2>[A-Z]{2}):[ \t]*(?P<q>['\"]?)(?P<v2>[^'\"\n]*)(?P=q))")
_DATE = re.compile(r"(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")
_BIRTH_DATE = "00100030"
_ADDRESS = "00101040"


class DicomDetector(Detector):
    name = "dicom"
    pii_types = ("PERSON", "DATE_OF_BIRTH", "ADDRESS")
    languages = ("ja", "en")

    def applies(self, text: str) -> bool:
        return "(0010," in text and ("PN [" in text or "PN:" in text)

    def detect(self, text: str) -> Iterator[Entity]:
        for m in _ATTR.finditer(text):
            g = "v" if m.group("vr") else "v2"
            vr = m.group("vr") or m.group("vr2")
            pos, value = m.start(g), m.group(g)
            tag = m.group("tag").replace(" ", "").replace(",", "").upper()
            if vr == "PN":
                for group in value.split("="):
                    v = group.strip().strip("^")
                    if v and any(c.isalpha() for c in v):
                        s = pos + group.index(v)
                        yield Entity("PERSON", s, s + len(v), 0.9, self.name)
                    pos += len(group) + 1
            elif tag == _BIRTH_DATE and _DATE.fullmatch(value.strip()):
                s = pos + value.index(value.strip())
                yield Entity("DATE_OF_BIRTH", s, s + 8, 0.9, self.name)
            elif tag == _ADDRESS and value.strip():
                v = value.strip()
                s = pos + value.index(v)
                yield Entity("ADDRESS", s, s + len(v), 0.85, self.name)
