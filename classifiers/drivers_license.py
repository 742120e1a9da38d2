"""JP_DRIVERS_LICENSE: 運転免許証番号, 12 digits whose first two digits name the issuing public safety commission.

The commission codes are 10-14 (Hokkaido's five areas), 20-25 (Tohoku), 30 (Tokyo), 40-49 (Kanto), 50-55
(Chubu), 60-65 (Kinki), 70-74 (Chugoku), 80-83 (Shikoku) and 90-97 (Kyushu, Okinawa); anything else is not a
licence number. The number is twelve digits like a My
Number, so a label (運転免許, 免許証, 免許番号, driver's license) near it, or the printed form 第…号, is needed.
A public safety commission also issues other permits (古物商許可 神奈川県公安委員会 第452760008812号, 探偵業届出,
警備業認定): a permit word on the line before the number, after any licence label there, makes it no licence;
so does a column header above it that names a permit (a shop list's 古物商許可番号 column of 第…号 cells).
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import LONG_NUMBER, Pattern, PatternDetector, digits_of
from .context import ContextWords
from .texttable import _display_columns

COMMISSION_CODES = frozenset(
    [10, 11, 12, 13, 14, 20, 21, 22, 23, 24, 25, 30] + list(range(40, 50)) + list(range(50, 56))
    + list(range(60, 66)) + list(range(70, 75)) + list(range(80, 84)) + list(range(90, 98))
)


def is_plausible_license(value: str) -> bool:
    d = digits_of(value)
    return len(d) == 12 and int(d[:2]) in COMMISSION_CODES and len(set(d)) > 2


_LICENCE_LABEL = re.compile(r"免許|(?i:licen[cs]e)")
# the other permits a public safety commission numbers (second-hand dealers, detectives, security firms, bars)
# (permit in any case, written from its P / p: every branch starts with a character the engine scans for)
_PERMIT = re.compile(r"古物|許可|認定番号|認定証|届出番号|届出証明|探偵業|警備業|風俗営業|P(?i:ermit)|p(?i:ermit)")
_PERMIT_REACH = 60
_HEADER_REACH = 12  # lines above a number searched for its column's header
_CELL_GAP = re.compile(r"[ ]{2,}|[\u3000\t|｜]+")


def _column_header_permit(text: str, start: int, end: int) -> bool:
    """True when the header cell above the number (by display column) names a permit, not a licence."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    cols = _display_columns(text[ls:le if le >= 0 else len(text)])
    a, b = cols[start - ls], cols[end - ls]
    hi = ls - 1
    for _ in range(_HEADER_REACH):
        if hi <= 0:
            return False
        lo = text.rfind("\n", 0, hi) + 1
        line = text[lo:hi]
        hcols = _display_columns(line)
        pos = 0
        for gap in [*_CELL_GAP.finditer(line), None]:
            cell_end = gap.start() if gap else len(line)
            cell = line[pos:cell_end]
            if cell.strip() and hcols[pos] < b and hcols[cell_end] > a and not any(c.isdigit() for c in cell):
                if _LICENCE_LABEL.search(cell):
                    return False
                if _PERMIT.search(cell) and "番号" in cell:
                    return True
            if gap is None:
                break
            pos = gap.end()
        hi = lo - 1
    return False


# twelve digits spaced as a person groups them between 第 and 号 (第 43 1502 8841 30 号, 第 30 15 774021 83 号)
_SPACED_DAI = re.compile(r"第[ \t]*(?P<v>[0-9](?:[ ]?[0-9]){11})(?![ ]?[0-9])[ \t]*号")
# … or grouped 2-4-4-2, or by its parts 2-2-6-2 (commission, year, serial, check and reissue) in a text about licences
# (運転免許証,54 8205 4477 90; 免許証番号 62 05 123481 90)
# (or 2-2-4-4: 免許証番号 45 18 0362 2190)
_SPACED_2442 = re.compile(r"(?<![0-9])(?<![0-9] )[0-9]{2} (?:[0-9]{4} [0-9]{4} [0-9]{2}|[0-9]{2} [0-9]{6} (?:[0-9]{2}|[0-9] [0-9])"
                          r"|[0-9]{2} [0-9]{4} [0-9]{4})"
                          r"(?![0-9]| [0-9])")


class DriversLicenseDetector(PatternDetector):
    name = "drivers_license"
    pii_type = "JP_DRIVERS_LICENSE"
    trigger = LONG_NUMBER  # necessary for every pattern; one memoised scan shared by the number detectors
    scan_from_trigger = True  # (its 4+4+4 digits start with the trigger's 4+4+3)
    in_number_stretches = True  # (4+4+4 digits with one separator kind)
    patterns = (Pattern("license", r"(?P<v>[0-9](?<![0-9\-][0-9])(?<![0-9]\.[0-9])[0-9]{3}([- ]?)[0-9]{4}\2[0-9]{4})(?![0-9\-]|\.[0-9])", 0.3),)
    context = ContextWords(
        ["運転免許", "免許証", "免許番号", "免許", "運転経歴証明書", ("免", 0, "before"), "driver's license", "drivers license", "driver license", "driving licence",
         "driving license", "license no", "licence no", "license number", "licence number", ("第", 2, "before"),
         # (a licence named without "driver's": My Japanese license: No. 806755747265)
         ("license", 16, "before"), ("licence", 16, "before"),
         # (in the languages of Japan's foreign residents: Habilitação japonesa nº 492301187420, 운전면허, 驾照)
         "habilitação", "habilitacao", "carteira de motorista", "licencia de conducir", "licencia de manejo",
         "permis de conduire", "führerschein", "giấy phép lái xe", "bằng lái", "운전면허", "驾照", "驾驶证", "駕照",
         "lisensya sa pagmamaneho",
         ("号", 2, "after")],
        negative=["個人番号", "マイナンバー", "電話", "tel", "口座", "カード番号", "住民票"],
        before=45,  # a label may sit a field away in JSON and SQL ("id_type":"drivers_license","id_value":"…")
    )
    context_bonus = 0.6
    document_bonus = 0.15
    plain_max = 0.3
    # an unknown commission code is still a licence number when a licence label stands right before it
    # (運転免許証 第981504226719号): written by a person, not a shape that merely looks like one
    labelled_fallback = 0.6

    def applies(self, text: str) -> bool:
        return super().applies(text) or ("第" in text and "号" in text and _SPACED_DAI.search(text) is not None) or (
            "免許" in text and _SPACED_2442.search(text) is not None)

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from super().candidates(text)
        if "第" in text and "号" in text:
            for m in _SPACED_DAI.finditer(text):
                if " " in m.group("v"):  # (the unspaced ones are the pattern's)
                    yield m.start("v"), m.end("v"), 0.3
        if "免許" in text:
            for m in _SPACED_2442.finditer(text):
                yield m.start(), m.end(), 0.3

    def validate_result(self, value: str) -> bool | None:
        return True if is_plausible_license(value) else False

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        lo = max(text.rfind("\n", 0, start) + 1, start - _PERMIT_REACH)
        permit = None
        for permit in _PERMIT.finditer(text, lo, start):
            pass
        if permit is not None and _LICENCE_LABEL.search(text, permit.end(), start) is None:
            return 0.0  # the number of another permit (see above)
        if "番号" in text and ("許可" in text or "届出" in text or "認定" in text or "ermit" in text) and (
                _LICENCE_LABEL.search(text, text.rfind("\n", 0, start) + 1, start) is None) and (
                _column_header_permit(text, start, end)):
            return 0.0
        return super().score_candidate(text, start, end, base, doc_ctx)

    def fallback_ok(self, text: str, start: int, end: int) -> bool:
        return (len(set(digits_of(text[start:end]))) > 2
                and _LICENCE_LABEL.search(text, max(0, start - 16), start) is not None)
