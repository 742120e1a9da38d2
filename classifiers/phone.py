"""PHONE_NUMBER: Japanese landline, mobile (070/080/090), IP (050), toll-free (0120/0800), +81 and international.

Domestic candidates come from one regex over the normalised text (03-1234-5678, (03)1234-5678, 03(1234)5678,
090 1234 5678, 0312345678, with hyphens/spaces/one line break between groups) and must have 10 or 11 digits and be
valid for Japan according to `phonenumbers` (possible-but-unallocated numbers in a correct Japanese grouping
are kept at a lower score). Numbers starting with `+` are parsed with `phonenumbers` for any region. Separated
and mobile forms are confident on their own; a bare 10-digit run needs a label (電話, TEL, 携帯, FAX, 連絡先 …).
North American numbers written without +1 ((415) 555-0132) are taken only next to a phone label. Labels of
order/tracking/product numbers drop a candidate. Right after a phone label (TEL, 電話, 携帯 …, on the same line and
with no other number between), a number written with OCR letters for digits (TEL O48-822-7193: O for 0, l and I for
1) or in kanji numerals (電話は前と同じ 〇八八―八二三―五一四〇 です) is read as those digits; never without the label.
Another country's number in its national form (0151 2748 3306, 021-5888 3172) is taken right after a Latin, Chinese
or Vietnamese phone label, or in a column a header names a phone column, when it is valid for one of the countries
Japanese firms deal with; a +CC number that is only possible (a reserved range) needs a label. Verdicts that need
`phonenumbers` itself (international and North American numbers) are memoised in bounded caches, and its own cache
of compiled metadata patterns is switched on.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

import phonenumbers
from phonenumbers import phonenumberutil

# phonenumbers compiles its metadata's patterns with re.compile at every call, and they drop out of the re module's
# own (bounded) cache while the other detectors run: its own cache keeps them (bounded by the fixed metadata; an
# older phonenumbers without it works as before)
if hasattr(phonenumbers, "enable_pattern_cache"):
    phonenumbers.enable_pattern_cache()

from .base import PatternDetector, digits_of, has_match, lowered
from .context import ContextWords

_DOM_PAREN = r"\((?<![0-9\-+]\()(?<![0-9]\.\()0[0-9]{1,4}\)[ ]?[0-9]{1,4}[- ]?[0-9]{3,4}"  # (03)1234-5678
_DOM_ZERO = (r"0(?<![0-9\-+]0)(?<![0-9]\.0)(?:[0-9]{1,4} ?\( ?[0-9]{1,4} ?\) ?[0-9]{4}"  # (048 ( 254 ) 3310: OCR spacing)
             r"|[0-9]{1,4}(?: ?- ?|[ \n.・])[0-9]{1,4}(?: ?- ?|[ \n.・])[0-9]{3,4}"  # (090･1652･3380: a middle dot)
             r"|[0-9]{9,10})")
# (022-271-5563/080-1294-6650, 092(663)4018/080(5517)2239: two numbers; 080-7213-0469/23l0561@…: a number, then an e-mail address)
_DOM_END = r"(?![0-9\-]|[.:][0-9]|/(?!0[0-9]{1,4}[-(][0-9])(?![0-9]{1,12}[A-Za-z@])[0-9])"
_DOMESTIC = re.compile(rf"(?P<v>{_DOM_PAREN}|{_DOM_ZERO}){_DOM_END}")
# the matches of `_DOMESTIC` in a text without "(0", where its first alternative cannot match: led by a literal, the
# scan is several times faster than one for the class of both first characters
_DOMESTIC_ZERO = re.compile(_DOM_ZERO + _DOM_END)
_INTL = re.compile(r"\+(?<![0-9A-Za-z+]\+)\d")  # the lookbehind after the "+": a literal first is found fast
_INTL_TAIL = re.compile(r"\+[\d\- \t().]{6,22}\d")  # (not across a line break)
_JP_GROUPING = re.compile(r"^(?:0\d-\d{4}-\d{4}|0\d{2}-\d{3}-\d{4}|0\d{3}-\d{2}-\d{4}|0\d{4}-\d-\d{4}|0[5789]0-\d{4}-\d{4}|0120-\d{3}-\d{3}|0800-\d{3}-\d{4})$")
_SEPS = re.compile(r"[().\s-]+")
# (… or led by the country's 1: 1-800-555-0199)
_NANP = re.compile(r"(?:(?<![0-9A-Za-z+\-.])1[-. ](?=[(2-9])|(?<![0-9A-Za-z+\-.(]))"
                   r"(?:\([2-9][0-9]{2}\) ?|[2-9][0-9]{2}[-.])"
                   r"[2-9][0-9]{2}[-.][0-9]{4}(?![0-9\-]|\.[0-9])")
_NANP_LABELS = ("phone", "tel", "mobile", "cell", "fax", "call", "電話", "携帯", "連絡先", "ph:", "ph.", "contact")
_NANP_LABEL = re.compile("|".join(_NANP_LABELS))  # one memoised scan of the lowered text
# what every _NANP match holds from its second group on: a cheap scan (a character class first) that rules most
# texts out before the full pattern is tried at every position
_NANP_GATE_TAIL = r" ?[2-9][0-9]{2}[-.][0-9]{4}"
_NANP_GATE = re.compile(r"[-.)]" + _NANP_GATE_TAIL)
# the same, one pattern for each first character: a scan for a literal is several times faster than one for a class
_NANP_GATES = tuple(re.compile(re.escape(c) + _NANP_GATE_TAIL) for c in "-.)")


def _nanp_numbers(text: str, g: "re.Match | None") -> Iterator["re.Match"]:
    """The matches of `_NANP.finditer(text)`, found from the `_NANP_GATE` matches (`g`: the first one, None: none)."""
    return _nanp_from(text) if g is not None else iter(())


def _nanp_from(text: str) -> Iterator["re.Match"]:
    """The matches of `_NANP.finditer(text)`, found from the `_NANP_GATE` matches: a match of `_NANP` starting at s
    holds one of the gate starting at s + 4 ((415) 555-0132) or s + 3 (415-555-0132), so only those starts are tried.
    The gate's matches are those of `_NANP_GATES` (the first of the three at each step; each pattern's next match is
    kept until the scan passes it)."""
    ahead = [gate.search(text) for gate in _NANP_GATES]
    pos = 0  # (where the previous match ended: finditer's matches do not overlap)
    while True:
        starts = [g.start() for g in ahead if g is not None]
        if not starts:
            return
        gs = min(starts)
        for s in (gs - 6, gs - 5, gs - 4, gs - 3):  # ((415) 555-0132, 415-555-0132, each maybe after 1-)
            if s >= pos:
                m = _NANP.match(text, s)
                if m is not None:
                    yield m
                    pos = m.end()
                    break
        nxt = max(gs + 1, pos)
        for i, g in enumerate(ahead):
            if g is not None and g.start() < nxt:
                ahead[i] = _NANP_GATES[i].search(text, nxt)


_GROUP = re.compile(r"\(?[0-9]+\)?")
_DIGIT = re.compile("[0-9]")  # (the trigger)
_MOBILE = re.compile(r"^0[5789]0")


# Numbers written with OCR letters or kanji numerals, read only right after one of these labels (lowered text)
_VAR_LABEL = re.compile(r"電話|tel|携帯|fax|ファックス|ファクス|☎|℡|phone|mobile|連絡先")
_VAR_CHARS = "OolI〇○一二三四五六七八九"  # (o, l and I only inside the number: O3-l234-5678)
_VAR_MAP = str.maketrans(_VAR_CHARS, "001100123456789")
# the first digit-like character after the label (O only before another one: "ON", "OK" are words)
_VAR_START = re.compile(r"[0-9〇○一二三四五六七八九]|O(?=[0-9OlI〇○\-])")
_VAR_GATE = re.compile(r"(?:O|〇|○)[0-9〇一二三四五六七八九\-]")  # a number starting with a letter or kanji zero
_VAR_GAP = 16  # characters between the label and the number, at most


def _variant_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Spans of phone numbers with OCR letters or kanji numerals in them, right after a phone label."""
    low = lowered(text)
    for lm in _VAR_LABEL.finditer(low):
        if lm.group().isascii() and lm.start() > 0 and low[lm.start() - 1].isascii() and low[lm.start() - 1].isalpha():
            continue  # (tel inside hotel)
        p = lm.end()
        end = min(len(text), p + _VAR_GAP)
        nl = text.find("\n", p, end)
        m = _VAR_START.search(text, p, end if nl == -1 else nl)
        if m is None or text[m.start()] not in "O〇○":
            continue  # (a plain digit first: the number is read as it is, or it is another number)
        s = m.start()
        if s > 0 and (text[s - 1].isascii() and text[s - 1].isalnum() or text[s - 1] == "第"):
            continue  # inside a word, or a numbered reference (第〇八八…号)
        chunk = text[s:s + 24]
        nl = chunk.find("\n")
        if nl != -1:
            chunk = chunk[:nl]
        v = _DOMESTIC.match(chunk.translate(_VAR_MAP))
        if v is None or v.start("v") != 0:
            continue
        e = v.end("v")
        d = digits_of(v.group("v"))
        if len(d) in (10, 11) and _jp_valid(d) and any(c in _VAR_CHARS for c in chunk[:e]) and not chunk.startswith(
                "号", e):
            yield s, s + e


@lru_cache(maxsize=1)
def _jp_metadata():
    """Japan's number patterns from phonenumbers' metadata, compiled once: (general, [per number type], metadata)."""
    md = phonenumbers.PhoneMetadata.metadata_for_region("JP")

    def desc(d):
        if d is None or not d.national_number_pattern:
            return None
        return re.compile(d.national_number_pattern), frozenset(d.possible_length)

    kinds = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail",
             "fixed_line", "mobile")
    return desc(md.general_desc), [x for x in (desc(getattr(md, k, None)) for k in kinds) if x], md


@lru_cache(maxsize=64)
def _jp_valid_rx(n: int) -> "re.Pattern | None":
    """One regex for `_jp_nsn_valid` on numbers of `n` digits: it fullmatches a number that the general pattern and
    one of the patterns of the number types allowing `n` digits fullmatch (None: the general lengths or no type allow
    `n` digits). One match instead of two, and no per-call look-ups."""
    (general, lengths), kinds, _ = _jp_metadata()
    alts = [rx.pattern for rx, ls in kinds if not ls or n in ls]
    if not alts or (lengths and n not in lengths):
        return None
    return re.compile(rf"(?=(?:{general.pattern})\Z)(?:" + "|".join(f"(?:{p})" for p in alts) + ")")


# an example cue right before the number (a form's hint, a manual's sample: e.g. / z. B. / ex. : / 例：)
_EXAMPLE_CUE_BEFORE = re.compile(r"(?:e\.g\.|E\.g\.|z\. ?B\.|ex\. ?:?|例[:：]|記入例[:：]?)[ \t]*[\"'「]?[ \t]*$")
# a Japanese number whose digits after its first three are all zeros (six or more)
_ZEROS_AFTER_PREFIX = re.compile(r"[(（]?0[0-9][(（)）\- ]?[0-9][(（)）\- ]?(?:0[(（)）\- ]?){6,8}")


def wrong_length_0x0(d: str) -> bool:
    """A 0X0 number (020, 050, 060, 070, 080, 090, 0800: eleven digits each) of ten digits: no phone number."""
    return len(d) == 10 and d[2] == "0" and d[1] in "2456789"


@lru_cache(maxsize=65536)
def _jp_valid(d: str) -> bool | None:
    """True valid, None possible-only, False impossible (d = domestic digits with the leading 0).

    The same answer as phonenumbers.is_valid_number / is_possible_number for +81 (its metadata's patterns, matched
    the way `_number_type_helper` does), about ten times faster than building PhoneNumber objects.
    """
    if len(d) < 10 or d[0] != "0" or d[1] == "0":
        return False
    nat = d[1:]
    if _jp_nsn_valid(nat):
        return True
    return None if len(nat) in _jp_metadata()[0][1] else False


def _jp_nsn_valid(nat: str) -> bool:
    """phonenumbers.is_valid_number for a +81 number whose national significant number is `nat` (its type helper:
    the general pattern and one of the number types' patterns match)."""
    rx = _jp_valid_rx(len(nat))
    return rx is not None and rx.fullmatch(nat) is not None


def _is_valid(num: "phonenumbers.PhoneNumber") -> bool:
    """phonenumbers.is_valid_number, several times faster for Japan (+81 has one region: its patterns decide)."""
    if num.country_code == 81:
        return _jp_nsn_valid(phonenumbers.national_significant_number(num))
    return phonenumbers.is_valid_number(num)


# +81 and digit groups parted by a hyphen or a space, one in brackets at most each (+81-80-1519-6279, +81 (0)78-…)
_JP_SIMPLE = re.compile(r"\+81(?:[ -]?(?:\([0-9]+\)|[0-9]+))*[ -]?[0-9]+")
_NSN_TOO_SHORT = (phonenumberutil.ValidationResult.TOO_SHORT, phonenumberutil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
                  phonenumberutil.ValidationResult.INVALID_LENGTH)


def _jp_simple_valid(number: str) -> bool | None:
    """phonenumbers.is_valid_number(phonenumbers.parse(number)) (False when it cannot be parsed) for a number of the
    `_JP_SIMPLE` shape, None for any other: parse's steps for such a string, without its general ones (no phone
    context, extension, letter or second number can be in it): the digits after +81 are the national number, less the
    national prefix when what remains has a possible length."""
    if _JP_SIMPLE.fullmatch(number) is None:
        return None
    nat = digits_of(number)[2:]
    if len(nat) < 2:
        return False  # (too short)
    md = _jp_metadata()[2]
    _, potential, _ = phonenumberutil._maybe_strip_national_prefix_carrier_code(nat, md)
    if phonenumberutil._test_number_length(potential, md) not in _NSN_TOO_SHORT:
        nat = potential
    return len(nat) <= 17 and _jp_nsn_valid(nat)  # (longer: too long to parse)


@lru_cache(maxsize=4096)
def _nanp_valid(number: str) -> bool:
    """phonenumbers' verdict on a North American number written without +1 (memoised: a document repeats its
    numbers, and parsing is slow)."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, "US"))
    except phonenumbers.NumberParseException:
        return False


@lru_cache(maxsize=4096)
def _intl(candidate: str) -> int:
    """Length of the longest valid international number at the start of `candidate` (+CC …), 0 if none (memoised:
    a document repeats its numbers, and parsing is slow)."""
    groups = list(_GROUP.finditer(candidate))
    for k in range(len(groups), 0, -1):
        end = groups[k - 1].end()
        digits = sum(map(str.isdigit, candidate[:end]))
        if digits < 7:
            break
        ok = _jp_simple_valid(candidate[:end])
        if ok is None:
            try:
                num = phonenumbers.parse(candidate[:end], None)
            except phonenumbers.NumberParseException:
                continue
            ok = _is_valid(num)
        if ok:
            return end
    return 0


_FOREIGN_REGIONS = ("CN", "KR", "TW", "HK", "VN", "TH", "PH", "ID", "MY", "SG", "IN", "DE", "GB", "FR", "IT", "ES", "NL",
                    "US", "CA", "BR", "MX", "AU")
# (Latin, Chinese and Vietnamese labels: a Japanese label is followed by a Japanese number, read above)
# (Korean and Thai too: 연락처, 전화, 휴대폰, 핸드폰, เบอร์โทร)
_FOREIGN_LABEL = re.compile(r"tel|phone|mobile|cell|handy|telefon|fax|手机|电话|đt|celular|연락처|전화|휴대폰|핸드폰|เบอร์")
_FOREIGN_WORDS = frozenset(_FOREIGN_LABEL.pattern.split("|"))
# the foreign labels, then the North American ones that are not among them, as one scan: its matches of foreign labels
# are those of `_FOREIGN_LABEL.finditer` (its alternatives come first, in its order, and no foreign label starts inside
# one of the others: none of their characters after the first starts a foreign label)
_ANY_LABEL = re.compile("|".join([_FOREIGN_LABEL.pattern]
                                 + [w for w in _NANP_LABELS if w not in _FOREIGN_WORDS]))


def _nanp_label(low: str, labels: list) -> bool:
    """`_NANP_LABEL.search(low) is not None`, from the `_ANY_LABEL` matches of `low` (not empty): a North American
    label among them, or, when a foreign one may have hidden one inside it (tel in đtel), the scan of its own."""
    return any(m.group() in _NANP_WORDS for m in labels) or _NANP_LABEL.search(low) is not None


_NANP_WORDS = frozenset(_NANP_LABELS)
# (matched at the end of a label found in the lowered text, whose offsets are the text's)
_NUMBER_AFTER_LABEL = re.compile(r"[^\d\n+]{0,14}?(?P<n>(?:\(\d{1,4}\) ?)?\d[\d \-.]{6,16}\d)(?![\d\-]|[./][\d])")



_DATE_LIKE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}")


@lru_cache(maxsize=4096)
def _foreign_valid(number: str) -> bool:
    """Is `number` (national form, no +) a valid number of one of `_FOREIGN_REGIONS`?"""
    for region in _FOREIGN_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


@lru_cache(maxsize=4096)
def _intl_possible(candidate: str) -> bool:
    """Is `candidate` (+CC …, 8 digits or more) a possible number of its country (not necessarily allocated)?"""
    if sum(map(str.isdigit, candidate)) < 8:
        return False
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(candidate, None))
    except phonenumbers.NumberParseException:
        return False


# letters joined to a number that are no phone label (G0220-…, AB0312-…; TEL03-…, Fax0120-… are labels)
_CODE_PREFIX = re.compile(r"(?<![A-Za-z])(?!(?i:tel|fax|ph|phone|mobile|mob|cell|t|f|m|p)$)[A-Za-z]{1,6}$")
_SPOKEN = re.compile(r"(?<![0-9])0[0-9]{1,4}の[0-9]{1,4}の[0-9]{4}(?![0-9])")
# more groups of four digits with the same separator after a number: it runs on (22 digits), no phone number
_MORE_GROUPS = re.compile(r"[ -][0-9]{4}(?![0-9])")



# a number led by a year and a month (2024-11-0042): a dated ID, no foreign number
_YEAR_MONTH_HEAD = re.compile(r"(?:19|20)[0-9]{2}[-/.](?:0?[1-9]|1[0-2])[-/.]")


# a URL path's segment before a number (/customers/0961-775-302), not a phone label (TEL/, Fax/)
_PATH_WORD = re.compile(r"/(?![Tt][Ee][Ll]\Z|[Ff][Aa][Xx]\Z|[Pp]hone\Z|[Mm]obile\Z)[a-z][a-z_\-]{1,12}\Z")

class PhoneDetector(PatternDetector):
    name = "phone"
    pii_type = "PHONE_NUMBER"
    languages = ("ja", "en")
    trigger = r"[0-9]"
    context = ContextWords(
        ["電話", "tel", "携帯", "連絡先", "fax", "ファックス", "ファクス", "phone", "mobile", "cell", "内線", "代表",
         "直通", "お問い合わせ", "お問合せ", "問い合わせ先", "問合せ先", "☎", "℡", "call", "緊急連絡", "自宅", "勤務先",
         "呼出", "フリーダイヤル", "ナビダイヤル", "ダイヤル", "番号へ", "かけ", "handy", "telefon", "手机", "电话", "đt",
         "celular", "発信", "着信", "架電", "折り返し", "折返し", "contact", "msisdn", "연락처", "전화", "휴대폰", "핸드폰", "เบอร์",
         ("t:", 2, "before"), ("f:", 2, "before"), ("m:", 2, "before"), ("t.", 2, "before"),  # signature T: / F: / M:
         ("ph:", 2, "before"), ("ph.", 2, "before")],  # (a label's Ph: / Ph.)
        negative=["郵便", "〒", "zip", "口座", "個人番号", "マイナンバー", "免許", "住民票", "保険", "記号",
                  # a service's own account numbers, shaped like phone numbers (お客さま番号：0220-447-913)
                  "お客さま番号", "お客様番号", "顧客番号", "契約番号", "会員番号"],
        before=24, after=8,
    )

    def applies(self, text: str) -> bool:
        # (a number in kanji numerals starts with 〇: a letter may have no ASCII digit at all)
        if self.plain_max < self.min_score:  # (a label would be needed first: never with a threshold of 1 or less)
            ok = super().applies(text)
        else:  # the trigger, without the memo: a digit is found at once, and no other detector asks for it
            ok = _DIGIT.search(text) is not None
        return ok or (("〇" in text or "○" in text) and has_match(text, _VAR_LABEL, lower=True))

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        if ("O" in text or "〇" in text or "○" in text) and _VAR_GATE.search(text) is not None and has_match(
                text, _VAR_LABEL, lower=True):
            for s, e in _variant_numbers(text):
                yield s, e, 0.55  # (the label right before raises it)
        if ("番号" in text or "電話" in text) and "の" in text:
            # a number read out in a call transcript: 090の5521の8034 (の for each hyphen)
            for m in _SPOKEN.finditer(text):
                d = digits_of(m.group())
                if len(d) in (10, 11) and _jp_valid(d):
                    yield m.start(), m.end(), 0.75
        seen: set[int] = set()  # (where a domestic number starts: the foreign pass below skips it)
        for m in (_DOMESTIC if "(0" in text else _DOMESTIC_ZERO).finditer(text):
            s, e = m.span()  # (group v is the whole match: only a lookahead follows it)
            if s and text[s - 1].isascii() and text[s - 1].isalpha() and _CODE_PREFIX.search(text, max(0, s - 8), s) \
                    is not None:
                continue  # G0220-447-914: a letter joined to the number makes it a code (not TEL03-…)
            if s >= 2 and text[s - 1] == "/" and text[s - 2].isascii() and text[s - 2].isalpha() and (
                    _PATH_WORD.search(text, max(0, s - 14), s - 1) is not None):
                continue  # GET /v2/customers/0961-775-302: a URL path's key, not a number to call (not TEL/03-…)
            v = m.group()
            d = digits_of(v)
            if len(d) not in (10, 11) or d.startswith("00"):
                continue
            if "\n" in v and (v.count("\n") > 1 or (s and text[s - 1] in "/.-:")):
                continue  # (2024/10/01⏎4010-0022: a date's day and the next line's code, no number broken over lines)
            valid = _jp_valid(d)
            if valid is False:
                continue
            separated = len(d) != len(v)
            if separated and e < len(text) and text[e] in " -" and _MORE_GROUPS.match(text, e) and text[e] in v:
                continue  # 03 0011 1234 5678 9000 0000: the head of a longer number (a supply point, an account)
            if separated:
                if valid is None and not _JP_GROUPING.match(_SEPS.sub("-", v).strip("-")):
                    continue  # (the grouping is only asked of a possible-only number)
                base = 0.75 if valid else 0.55
            elif valid is None and wrong_length_0x0(d):
                continue  # 0200118093: a 0X0 number unseparated and of the wrong length is a card or member number
            elif _MOBILE.match(d) and len(d) == 11:
                base = 0.6 if valid else 0.4
            elif d.startswith(("0120", "0800")):
                base = 0.55 if valid else 0.35
            else:
                base = 0.4 if valid else 0.25
            seen.add(s)
            yield s, e, base
        # the phone labels of the lowered text, found by one scan for both passes below that need one
        low = lowered(text)
        labels = list(_ANY_LABEL.finditer(low))
        # these numbers are reported only next to a phone label
        # (415) 555-0132: North American, without +1
        for m in (_nanp_from(text) if labels and _nanp_label(low, labels) else ()):
            if _nanp_valid(m.group(0)):
                yield m.start(), m.end(), 0.35  # needs a phone label to be reported
        if "+" in text:
            for m in _INTL.finditer(text):
                tail = _INTL_TAIL.match(text, m.start())
                if tail is None:
                    continue
                n = _intl(tail.group(0))
                if n and tail.group(0)[n - 1] == ")" and "(" not in tail.group(0)[:n]:
                    n -= 1  # (+82 10 2930 4418)⇥2024: the bracket closes the one around the number
                if n:
                    yield m.start(), m.start() + n, 0.75
                elif _intl_possible(tail.group(0).rstrip()):
                    # +44 (0)7700 900412: a possible number of its country (a reserved or new range) — only with a label
                    yield m.start(), m.start() + len(tail.group(0).rstrip()), 0.35
        # another country's number in its national form, right after a phone label (Handy 0151 2748 3306,
        # 电话 021-5888 3172, Mobile (19) 99812-4471): valid for one of the countries Japanese firms deal with
        for lab in labels:
            if lab.group() not in _FOREIGN_WORDS:
                continue  # (a label of the North American pass only: `_FOREIGN_LABEL.finditer(low)` holds the others)
            m = _NUMBER_AFTER_LABEL.match(text, lab.end())
            if m is None or m.start("n") in seen:
                continue
            v = m.group("n")
            d = digits_of(v)
            if text.startswith("-", lab.end()) or _YEAR_MONTH_HEAD.match(v) is not None:
                continue  # TEL-2024-11-0042, CS-TEL-250617-009: a call record's ID; 2024-11-…: a date's head
            if 8 <= len(d) <= 13 and not (d.startswith("0") and _jp_valid(d)) and not _DATE_LIKE.fullmatch(v) \
                    and _foreign_valid(v):
                yield m.start("n"), m.end("n"), 0.35

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        if text[end - 1] == "0" and (_ZEROS_AFTER_PREFIX.fullmatch(text, start, end) is not None or (
                text[start] == "+" and digits_of(text[start:end]).endswith("000000"))):
            return 0.0  # 090-0000-0000, 03-0000-0000, +49 30 000000: a form's pattern of a number, no one's line
        if _EXAMPLE_CUE_BEFORE.search(text, max(0, start - 8), start) is not None:
            return 0.0  # "e.g. +1 202 555 0100", "z. B. …", "例：090-…": a form's hint of the shape a number takes
        if start >= 8 and "1Z" in text[max(0, start - 14):start] and _UPS_BEFORE.search(text, max(0, start - 14), start):
            return 0.0  # 1Z 9F7 W42 04 1183 6620: the end of a UPS tracking number, written in groups
        if text[start] != "0" and text[start] != "+" and start > 2 and text[start - 1] == "=":
            k = _KEY_BEFORE.search(text, max(0, start - 24), start)
            if k is not None and _PHONE_KEY.search(k.group(1)) is None:
                return 0.0  # cust=30009913, id=80012345: a log's key names the number, and no phone
        pol, dist = self.context.nearest(text, start, end)
        if pol < 0:
            if base >= 0.7 and dist > 4:
                return base  # a valid number in the Japanese grouping: a negative word further away is about something else
            return 0.0 if base < 0.7 else base - 0.4
        if pol > 0:
            return min(1.0, base + 0.3)
        return base


_KEY_BEFORE = re.compile(r"([A-Za-z_][A-Za-z0-9_\-]{0,20})=$")
# the start of a UPS tracking number (1Z, then the shipper's six characters) right before a candidate
_UPS_BEFORE = re.compile(r"(?<![0-9A-Za-z])1Z[ ]?[0-9A-Z]{3}[ ]?[0-9A-Z]{3}[ ]?\Z")
_PHONE_KEY = re.compile(r"(?i)tel|phone|mobile|fax|msisdn|ani|caller|callee|dial|keitai|denwa|contact")
