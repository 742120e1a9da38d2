"""JP_PASSPORT: passport numbers — Japanese (two capital letters and seven digits, TK1234567) with context, and
other countries' numbers (6-9 letters and digits: 548120937, C4812273, P3381920B) right after a passport label.

The Japanese shape is shared by many product and reference codes, so a passport label (旅券, パスポート, passport)
near the value, or in the same document, is needed for a confident result; numbers starting with the letters
Japanese passports use (T…, M…) score a little higher. Other countries' numbers have no shape of their own, so
they are taken only as the value of a passport label (`Passport No.: 548120937`, `my passport is W8820417`);
passport columns of tables are read by `classifiers.columns`, machine-readable zones by `classifiers.mrz`.
Several numbers listed after one label, each with its holder or a separator before it (our passports (mine:
Z4418263, Priya's: W7720518), パスポート番号：本人 TK1234567、妻 TR7654321, passport nos. X / Y), are read too, up to
the end of the sentence; a listed number of another country needs a letter in it (a bare digit run there may be a
date or an amount).
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import LoweredWords, Pattern, PatternDetector
from .context import ContextWords

_JP_SHAPE = r"[A-Z](?<![A-Za-z0-9\-][A-Z])[A-Z] ?[0-9]{7}(?![A-Za-z0-9]|-[0-9])"
_LABEL = (  # (each word spelt out with its capital: a scan for the words' first letters, not at every position)
    r"(?:Passport|passport|PASSPORT|旅券|パスポート|护照|護照|여권|Reisepass|reisepass|REISEPASS|Passaporte|passaporte"
    r"|Hộ chiếu|hộ chiếu|Paspor|paspor|PASPOR|Pasaporte|pasaporte|PASAPORTE|Passeport|passeport|PASSEPORT|Passaporto"
    r"|passaporto|พาสปอร์ต"
    # (a crew list's or a manifest's abbreviation: / DOB 18JUN2003 / PPT TS1580073)
    r"|PPT(?![A-Za-z]))"
    r"(?:[(（](?:パスポート|旅券|[Pp]assport)[)）]|[ \t]*[(（][^()（）\n]{1,20}[)）][ \t]*(?=番号|[Nn][Oo]|ID[ \t]?[Nn][Oo]))?"  # 旅券（パスポート）番号, 旅券（カナダ） 番号
    r"(?:[ \t]*\n?[ \t]*[,、]?[ \t]*[(（]?[ \t]*(?:[Nn][Oo]\.?|ID[ \t]?[Nn][Oo]\.?|[Nn]umber|NUMBER|#|番号|号码|號碼|号|號|번호|nummer|-?[Nn]r\.?|n[º°o]\.?|số))?"  # (passport (No. 10283746), a Mexican passport, number G08172635)
    # (the label again in a second language: Passport No./Passeport No. 523819076, Passport No. / 旅券番号)
    r"(?:[ \t]*(?:/[ \t]*)?(?:Passeport|passeport|Pasaporte|pasaporte|Passaporte|passaporte|Reisepass|旅券|パスポート)"
    r"(?:[ \t]*(?:[Nn][Oo]\.?|N[º°o]\.?|n[º°o]\.?|[Nn]uméro|[Nn]úmero|[Nn]r\.?|番号))?)?"
    # (a form's dotted leader: Passport number ....... V3391026; a box-drawn form's rule: │旅券番号    │C4815527)
    r"(?:[ \t]*[(（][^)）\n]{1,40}[)）])?(?:[ \t]*[.…‥・]{2,})?[ \t]*[:：=│|┃]?[ \t]*(?:is(?=[ \t\n])[ \t]*|：[ \t]*|は[ \t]*)?"
    r"(?:(?:(?<=[:：号])|(?<=is|No|no|er|ER))[ \t]*\n[ \t]*)?"  # (the value on the next line: パスポート番号⏎C7734102)
)


# a label that may head a list of numbers, and the numbers in the list
_LIST_TAIL = r"(?i:assport)(?:s|[ \t]*(?:[Nn][Oo]s?\.?|[Nn]umbers?|NUMBERS?))?"  # (passport in any case: P / p first, so that
# every branch starts with a letter the engine scans for)
_LIST_LABEL = re.compile(rf"P{_LIST_TAIL}|p{_LIST_TAIL}|旅券番号|パスポート番号|旅券|パスポート|护照号码?|護照號碼|여권(?:번호)?")
_LIST_ITEM = re.compile(r"(?<![A-Za-z0-9\-])[A-Z0-9]{6,9}(?![A-Za-z0-9]|[-.][0-9])")
_LIST_END = re.compile(r"(?<![Nn][Oo])(?<!NO)(?<![Nn]r)[.。!?！？\n]")  # (not the dot of No.)
# what may stand right before a listed number: a separator, or a holder and a colon (mine:, Priya's:, 妻, (夫))
# (or a holder's given name, or No.: Rajesh V4408261, Lakshmi V4408517; Stolen passport: Canadian, No. AB482913)
# (… or an arrow, a number word, the issuing country's code or katakana name, or a chat's short words: passport
# no. ko P4812273B, 여권 … 번호 바뀌었어요 → M22906471, new number X7802261, 旅券：USA A31855027)
_LIST_BEFORE = re.compile(r"(?:[:：,、/／(（→⇒]|->|\band|&|と|及び|および)[ \t]*$|(?<![A-Za-z])[A-Z][a-z]{1,15}[ \t]+$|"
                          r"(?<![A-Za-z])(?:No|no|NO|Nr|nr)\.?[ \t]*$|(?<![A-Za-z])(?:[Nn]umber|番号|번호)[ \t]*$|"
                          r"(?<![A-Za-z])[A-Z]{2,3}[ \t]+$|[ァ-ヶー]{2,8}[ \t]+$|(?<![A-Za-z])[a-z]{2,3}(?:[ \t]+[a-z]{2})?[ \t]+$|"
                          r"(?:本人|夫|妻|長男|長女|次男|次女|三男|三女|子|父|母|祖父|祖母|息子|娘)[ \t]*[:：]?[ \t]*$")
_LIST_REACH = 120


def _listed(text: str) -> Iterator[tuple[int, int]]:
    """Numbers of a list after a passport label (see above)."""
    for lm in _LIST_LABEL.finditer(text):
        p = lm.end()
        end = min(len(text), p + _LIST_REACH)
        stop = _LIST_END.search(text, p, end)
        if stop is not None:
            end = stop.start()
        for m in _LIST_ITEM.finditer(text, p, end):
            v = m.group()
            jp = len(v) == 9 and v[:2].isalpha() and v[2:].isdigit()
            if not (jp or (other_passport_shape(v) and not v.isdigit())):
                # (digits alone only right after No. or the issuing country: Passport : Russian Federation, No.
                # 753108842; 旅券 ネパール 10893427)
                if not (v.isdigit() and 8 <= len(v) <= 9 and (
                        _NO_BEFORE.search(text, max(p, m.start() - 8), m.start())
                        or _COUNTRY_BEFORE.fullmatch(text, p, m.start()))):
                    continue
            if m.start() > p + 3 and not _LIST_BEFORE.search(text, max(p, m.start() - 16), m.start()):
                continue
            yield m.start(), m.end()


_COUNTRY_BEFORE = re.compile(r"[ \t]*[:：]?[ \t]*(?:[A-Z]{3}|[ァ-ヶー]{2,8})[ \t]+")  # (all between the label and the number)
_NO_BEFORE = re.compile(r"[,、][ \t]*(?:No|NO|Nr|N[º°o])\.?[ \t]*$")  # (after the issuing country: …Federation, No.)


_NAME_WORDS = LoweredWords(("assport", "旅券", "パスポート", "护照", "護照", "여권", "reisepass", "passaporte", "hộ chiếu",
                            "paspor", "pasaporte", "passeport", "passaporto", "พาสปอร์ต", "ppt "))


def _named(text: str) -> bool:
    """A passport is named in `text` (so a number of any country's shape may be its number; one shared scan of the
    lowered text)."""
    return _NAME_WORDS(text)


def other_passport_shape(value: str) -> bool:
    """6-9 capital letters and digits, at least five digits and at most three letters (548120937, C01X00T47), or four
    in nine characters (C4F7K2R91: a German passport's letters and digits)."""
    if not 6 <= len(value) <= 9 or not value.isascii() or not value.isalnum() or value.upper() != value:
        return False
    digits = sum(c.isdigit() for c in value)
    if len(value) == 9 and digits >= 3 and value[0].isalpha() and len(set(value)) > 5:
        return True  # C7KXN41R2: a German passport's mix of letters and digits
    return digits >= 5 and len(value) - digits <= (4 if len(value) == 9 else 3) and len(set(value)) > 2


# two letters that abbreviate a serial, reference or lot number (SN 6021774), not a passport's series
_CODE_PREFIXES = frozenset(("SN", "NO", "ID", "PN", "PO", "LT", "RN", "JN"))


class PassportDetector(PatternDetector):
    name = "passport"
    pii_type = "JP_PASSPORT"
    languages = ("ja", "en")
    trigger = r"[A-Z]{2} ?[0-9]{7}"  # the Japanese shape; labelled other shapes: see `applies`
    patterns = (
        Pattern("passport", rf"(?P<v>{_JP_SHAPE})", 0.3),
        Pattern("passport_labelled", rf"{_LABEL}(?P<v>[A-Z0-9]{{6,9}})(?![A-Za-z0-9]|[-.][0-9])", 0.3),
        # (after its label, a number written with a space or a hyphen after its letters: 旅券番号：C 2904715, 旅券 TZ-8509042)
        Pattern("passport_labelled_split", rf"{_LABEL}(?P<v>[A-Z]{{1,2}}[ \-][0-9]{{6,8}})(?![A-Za-z0-9]|[-.][0-9])", 0.3),
        # (an OCR'd form that spaces every character: 旅券番号　E H 2 2 0 4 1 7 8)
        Pattern("passport_labelled_spaced", rf"{_LABEL}(?P<v>[A-Z] [A-Z] ?[0-9](?: ?[0-9]){{6}})(?![A-Za-z0-9]| [0-9])", 0.3),
    )
    context = ContextWords(
        ["旅券", "パスポート", "passport", "旅券番号", "passport no", "passport number", "査証", "visa番号", "渡航", "护照", "護照",
         "여권", "reisepass", "passaporte", "hộ chiếu", "paspor", "pasaporte", "passeport", "passaporto", "pasport",
         "พาสปอร์ต", "หนังสือเดินทาง", "ho chieu",
         ("pp", 2, "before"), ("ppt", 2, "before")],
        negative=["免許", "個人番号", "電話", "booking", "reservation", "confirmation", "flight"],
    )
    gate_extra = r"pp(?<![a-z]pp) [a-z]{2}[0-9]{7}(?![a-z0-9])"  # "PP TR2290417" in booking records (lowered text)
    context_bonus = 0.6
    document_bonus = 0.2
    plain_max = 0.35
    validated_bonus = 0.05

    def applies(self, text: str) -> bool:
        if _named(text):
            return True  # a labelled number of any shape may follow
        return super().applies(text)

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from super().candidates(text)
        if _named(text):
            for s, e in _listed(text):
                yield s, e, 0.85  # (a number of a list the label heads: not dropped for its distance from it)

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        if base < 0.85:
            return super().score_candidate(text, start, end, base, doc_ctx)
        pol, _ = self.context.nearest(text, start, end)
        return 0.0 if pol < 0 or self.validate_result(text[start:end]) is False else base

    def validate_result(self, value: str) -> bool | None:
        v = value.replace(" ", "")
        if len(set(c for c in v if c.isdigit())) <= 1:
            return False  # XX0000000: a masked or placeholder number
        v = v.replace("-", "")
        if v != value and v[:2] in _CODE_PREFIXES:
            return False  # SN 6021774, NO 1234567: a serial or reference number written with a space, no passport
        if len(v) == 9 and v[:2].isalpha() and v[2:].isdigit():
            return True if v[0] in "TMR" else None  # the Japanese shape
        return None if other_passport_shape(v) else False
