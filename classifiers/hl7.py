"""HL7 v2 messages (hospital information systems, lab orders, ADT feeds): PI read from the fields that hold it.

Segments are lines; fields are separated by `|`, components by `^`, repetitions by `~` (the MSH default
delimiters). Read fields, each span one component group as it is written (`筒井^亮介`):

* PID-5 patient name (every repetition: kanji, kana, romaji), NK1-2 next of kin, IN1-16 the insured (15 read too), and the doctors
  in PV1-7/8/9/17, ORC-12 and the operator in EVN-5 (ID^family^given) → PERSON;
* PID-7 and IN1-18 birth dates (YYYYMMDD) → DATE_OF_BIRTH;
* PID-11 address: the postal code component → POSTAL_CODE (the street is left to the ADDRESS detector);
* IN1-10 and IN1-36 (35-37 read: hand-made messages are often one field off), where Japanese (JAHIS) messages
  put the card's 記号 and 番号 → JP_HEALTH_INSURANCE
  (IN1-3, the insurer number, is not personal);
* OBX-5, the result of an observation about the message's patient (a PID before it), when the observation is a
  finding, a judgement, a diagnosis or a blood pressure (所見, 判定, 診断, 血圧), or when OBX-8 flags it abnormal
  (H, L, A …) → SPECIAL_CARE, a health-check or test result being a sensitive record; height, weight, BMI and
  waist alone are not.

Only text with an MSH or PID segment at a line start is read; phone numbers in PID-13/14 are found by the phone
detector.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import Detector, Entity

_SEGMENT = re.compile(r"(?m)^(MSH|EVN|PID|PV1|ORC|NK1|IN1|OBX)\|([^\n]*)")
# observations whose result is a sensitive record whatever it says, and those that are not even when flagged
_OBX_RESULT = re.compile(r"所見|判定|診断|病名|既往|血圧|心電図|(?i:finding|diagnos|impression|judg|blood ?pressure|"
                         r"systolic|diastolic|\bbp\b)")
_OBX_BODY = re.compile(r"身長|体重|腹囲|(?i:bmi|height|weight|waist)")
_ABNORMAL = frozenset(("H", "L", "HH", "LL", "A", "AA", ">", "<", "HU", "LU", "W"))
_DATE = re.compile(r"(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")
_POSTAL = re.compile(r"[0-9]{3}-?[0-9]{4}")
_NAME_PART = re.compile(r"[^\^~&\\0-9<>]{1,20}")  # (not a specification's placeholder: <カナ姓>^<カナ名>)
_CODE = re.compile(r"[A-Z]{2,4}")
# field numbers (1-based, after the segment name) and what they hold
_PERSON_FIELDS = {"PID": (5,), "NK1": (2,), "PV1": (7, 8, 9, 17), "ORC": (12,), "IN1": (15, 16), "EVN": (5,)}
_XCN = {"PV1", "ORC", "EVN"}  # doctor and operator fields start with an ID component


def _fields(line: str, base: int) -> list[tuple[int, str]]:
    out, pos = [], base
    for f in line.split("|"):
        out.append((pos, f))
        pos += len(f) + 1
    return out


class Hl7Detector(Detector):
    name = "hl7"
    pii_types = ("PERSON", "DATE_OF_BIRTH", "POSTAL_CODE", "JP_HEALTH_INSURANCE", "SPECIAL_CARE")
    languages = ("ja", "en")

    def applies(self, text: str) -> bool:
        return "PID|" in text or "MSH|" in text

    def detect(self, text: str) -> Iterator[Entity]:
        patient = False  # a PID segment in the current message
        for m in _SEGMENT.finditer(text):
            seg = m.group(1)
            if seg == "MSH":
                patient = False
                continue
            fields = _fields(m.group(2), m.start(2))  # fields[0] is field 1
            if seg == "OBX":
                if patient:
                    yield from self._result(fields)
                continue
            patient = patient or seg == "PID"
            for n in _PERSON_FIELDS.get(seg, ()):
                if n <= len(fields):
                    yield from self._names(*fields[n - 1], seg in _XCN)
            if seg == "PID":
                if len(fields) >= 7 and _DATE.match(fields[6][1]):
                    yield Entity("DATE_OF_BIRTH", fields[6][0], fields[6][0] + 8, 0.9, self.name)
                if len(fields) >= 11:
                    pos, value = fields[10]
                    comps = value.split("~")[0].split("^")
                    if len(comps) >= 5 and _POSTAL.fullmatch(comps[4]):
                        off = pos + sum(len(c) + 1 for c in comps[:4])
                        yield Entity("POSTAL_CODE", off, off + len(comps[4]), 0.9, self.name)
            elif seg == "IN1":
                for n in (18, 17):  # IN1-18, the insured's birth date (or one field early, as the name may be)
                    if len(fields) >= n and _DATE.match(fields[n - 1][1]):
                        yield Entity("DATE_OF_BIRTH", fields[n - 1][0], fields[n - 1][0] + 8, 0.9, self.name)
                        break
                for n in (10, 35, 36, 37):  # (36 by the standard; writers are often one field off)
                    if n <= len(fields) and fields[n - 1][1].strip():
                        pos, value = fields[n - 1]
                        v = value.split("^")[0].strip()
                        if v and any(c.isdigit() for c in v) and len(v) <= 20:
                            yield Entity("JP_HEALTH_INSURANCE", pos, pos + len(v), 0.85, self.name)

    def _result(self, fields: list[tuple[int, str]]) -> Iterator[Entity]:
        """OBX-5 of a finding, judgement or blood pressure, or of a result flagged abnormal (see above)."""
        if len(fields) < 5:
            return
        name = fields[2][1]
        flag = fields[7][1].strip() if len(fields) >= 8 else ""
        if _OBX_BODY.search(name) or not (_OBX_RESULT.search(name) or flag.split("~")[0] in _ABNORMAL):
            return
        pos, value = fields[4]
        comps = value.split("^")
        if fields[1][1] in ("CE", "CWE", "CNE") and len(comps) >= 2 and comps[1].strip():
            pos += len(comps[0]) + 1  # a coded value: its text
            value = comps[1]
        v = value.strip()
        if v and len(v) <= 200:
            s = pos + value.index(v)
            yield Entity("SPECIAL_CARE", s, s + len(v), 0.85, self.name)

    def _names(self, pos: int, value: str, xcn: bool) -> Iterator[Entity]:
        for rep in value.split("~"):
            comps = rep.split("^")
            first = 1 if xcn else 0
            if len(comps) > first and _NAME_PART.fullmatch(comps[first] or "x") and comps[first] and not _CODE.fullmatch(
                    comps[first]):  # (not a table's code, SEL^本人 of IN1-17)
                start = pos + sum(len(c) + 1 for c in comps[:first])
                end = start + len(comps[first])
                if len(comps) > first + 1 and comps[first + 1] and _NAME_PART.fullmatch(comps[first + 1]):
                    end += 1 + len(comps[first + 1])
                yield Entity("PERSON", start, end, 0.9, self.name)
            pos += len(rep) + 1
