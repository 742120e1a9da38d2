"""DATE_OF_BIRTH: birth dates in Western and Japanese-era (和暦) forms, reported only with birth context.

Forms: 1985/04/01, 1985-4-1, 1985.04.01, 1985年4月1日, 19850401, 04/01/1985, 14/03/1985, April 1, 1985, 1 Apr 1985,
昭和60年4月1日, 昭和６０年, 平成元年, S60.4.1, H2/3/4, R1-5-1, the one-letter or one-kanji era (昭60.4.1), both
calendars together (昭和59年（1984年）1月30日, 昭和58（1983）年2月17日, 1953年（昭和28年）12月30日) and kanji numerals (昭和五十九年十二月二十六日,
一九八五年四月一日), a space padding one-digit parts (昭49. 8.11), OCR-spaced digits (2 0 0 4 年 0 1 月 1 6 日), the
era code + YYMMDD of social-insurance forms (7-130826 = 平成13年8月26日; 1 明治, 3 大正, 5 昭和, 7 平成, 9 令和; as a
column cell also 7130826) and, only with 生 / 生まれ touching it, a partial date (明治12年3月生まれ, （昭和31年生）).
Every candidate must be a real calendar date within its era and not in the future. Dates are everywhere in
business text, so a date counts only when a birth label is nearest to it (生年月日, 誕生日, 生まれ, DOB, birth,
born, or 生 / 歳 right after), or, in a 扶養 / family form, a family-relation word right before it (長男　H23.9.9);
入社日, 発行日, 契約日 and the like veto it, and so do 以前 / 以降 right after it (1959年1月1日以前生まれの人 is a
threshold); a cohort (1990年生まれの人) is no partial birth date. A label right before a bracket keeps the date in
it (生年月日（昭和34年6月1日）から…). The same date as a labelled birth date, written again year first elsewhere in
the document (a chat answer to 生年月日を教えてください), is reported too. Right after a birth label, OCR letters read
for digits (2OO3年 5月 l8日: O for 0, l and I for 1) are read as those digits. A birth-date column
(`classifiers.columns`) reports whole cells instead.
"""

from __future__ import annotations

import datetime as _dt
import re
import time as _time
from typing import Iterator

from .base import Entity, PatternDetector, _entity, doc_facts, finditer_at, lowered, matches_before, trie
from .context import ContextWords

ERAS = {  # era -> (first Gregorian year, last era year)
    "明治": (1868, 45), "大正": (1912, 15), "昭和": (1926, 64), "平成": (1989, 31), "令和": (2019, 99),
}
_ERA_ALIASES = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和",
                "明": "明治", "大": "大正", "昭": "昭和", "平": "平成", "令": "令和"}
_ERA_CODES = {"1": "明治", "3": "大正", "5": "昭和", "7": "平成", "9": "令和"}  # 元号コード of official forms
_MONTHS = {m.lower(): i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTHS.update({m.lower(): i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)})
_MON = r"(?i:(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\.?"

_S = r"[ \t]?"
_ERA_PAREN = r"(?:[(（](?:明治|大正|昭和|平成|令和|[MTSHR]\.?)[ \t]?(?:\d{1,2}|元)[ \t]?年?[)）]" + _S + r")?"
# the Western year in brackets between the era's year and 年 (昭和58（1983）年2月17日, S58(1983)年)
_YEAR_PAREN = r"(?:[(（](?:19|20)\d{2}[)）]" + _S + r")?"
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
# a date read out on a call: の and a filler between the year and the month (昭和63年の、えー、2月29日, 平成4年の11月9日)
_SPOKEN = r"(?:(?:の[、,]?|[、,])[ \t]?(?:(?:えー|えっと|ええと|えーと|あー|うーん|んー)[、,]?[ \t]?)?)?"


_DAIJI = str.maketrans({"壱": "一", "弐": "二", "参": "三", "拾": "十"})


def kanji_number(s: str) -> int:
    """一九八五 -> 1985, 二十六 -> 26, 十二 -> 12, 元 -> 1; the old registers' 大字 too (参拾八 -> 38, 廿 -> 20)."""
    if s == "元":
        return 1
    s = s.translate(_DAIJI).replace("廿", "二十")
    if "十" in s:
        left, _, right = s.partition("十")
        return (kanji_number(left) if left else 1) * 10 + (kanji_number(right) if right else 0)
    n = 0
    for c in s:
        n = n * 10 + _KANJI_DIGITS[c]
    return n
_DATE_FORMS = [
    r"(?<![\d.\-/])(?P<y1>(?:19|20)\d{2})" + _S + _ERA_PAREN + r"年" + _SPOKEN + _S + _ERA_PAREN + r"(?P<m1>\d{1,2})" + _S + r"月" + _S + r"(?P<d1>\d{1,2})" + _S + r"日",
    r"(?<![\d.\-/])(?P<y2>(?:19|20)\d{2})(?P<sep2>[/\-.])(?P<m2>\d{1,2})(?P=sep2)(?P<d2>\d{1,2})(?![\d]|[.\-/]\d)",
    r"(?<![\d.\-/])(?P<y3>(?:19|20)\d{2})(?P<m3>0[1-9]|1[0-2])(?P<d3>0[1-9]|[12]\d|3[01])(?!\d)",
    r"(?<![\d.\-/])(?P<m4>\d{1,2})(?P<sep4>[/\-.]| / )(?P<d4>\d{1,2})(?P=sep4)(?P<y4>(?:19|20)\d{2})(?![\d]|[.\-/]\d)",
    r"(?<![A-Za-z])" + _MON.replace("mon", "mon5") + r"[ \t]?(?P<d5>\d{1,2})(?:st|nd|rd|th)?,?[ \t]?(?P<y5>(?:19|20)\d{2})(?!\d)",
    r"(?<!\d)(?P<d6>\d{1,2})(?:(?:st|nd|rd|th)?[ \t\-]" + _MON.replace("mon", "mon6") + r",?[ \t\-]|"
    + _MON.replace("mon", "mon6").replace("(?P<mon6>", "(?P<mon6b>") + r")(?P<y6>(?:19|20)\d{2})(?!\d)",
    r"(?P<era7>明治|大正|昭和|平成|令和)(?:の)?" + _S + r"(?P<ey7>\d{1,2}|元)" + _S + _YEAR_PAREN + r"年" + _SPOKEN + _S + r"(?:[(（](?:19|20)\d{2}年?[)）]" + _S + r")?(?P<m7>\d{1,2})" + _S + r"月" + _S + r"(?P<d7>\d{1,2})" + _S + r"日",
    # (a space may pad a one-digit month or day: 昭49. 8.11, 平18. 5.30)
    r"(?<![A-Za-z])(?P<era8>[MTSHR明大昭平令])" + r"\.?" + _S + r"(?P<ey8>\d{1,2}|元)(?P<sep8>[./\-・])" + _S + r"(?P<m8>\d{1,2})(?P=sep8)" + _S + r"(?P<d8>\d{1,2})(?![\d]|[.\-/・]\d)",
    # (kanji numerals; in an old family register the 大字 壱 弐 参 拾 廿: 昭和参拾八年四月弐日, 明治拾参年五月拾八日)
    r"(?P<era10>明治|大正|昭和|平成|令和)(?P<ey10>[元〇一二三四五六七八九十壱弐参拾廿]{1,4})年(?P<m10>[〇一二三四五六七八九十壱弐参拾]{1,3})月"
    r"(?P<d10>[〇一二三四五六七八九十壱弐参拾廿]{1,4})日",
    r"(?P<y11>[一二][〇一二三四五六七八九]{3})年(?P<m11>[〇一二三四五六七八九十]{1,3})月(?P<d11>[〇一二三四五六七八九十]{1,3})日",
    r"(?P<era9>[明大昭平令]|(?<![A-Za-z])[MTSHR]\.?)" + _S + r"(?P<ey9>\d{1,2}|元)" + _S + _YEAR_PAREN + r"年" + _S + r"(?:[(（](?:19|20)\d{2}年?[)）]" + _S + r")?(?P<m9>\d{1,2})" + _S + r"月" + _S + r"(?P<d9>\d{1,2})" + _S + r"日",
]
_DATE_FORMS += [
    # Korean (생년월일: 1992년 8월 19일)
    r"(?<![\d.\-/])(?P<y15>(?:19|20)\d{2})년[ ]?(?P<m15>\d{1,2})월[ ]?(?P<d15>\d{1,2})일",
    # a legacy record's era letter and YYMMDD (S430915, H080419), as fixed-width files and old systems keep them
    r"(?<![A-Za-z0-9])(?P<era17>[MTSHR])(?P<ey17>[0-9]{2})(?P<m17>0[1-9]|1[0-2])(?P<d17>0[1-9]|[12][0-9]|3[01])(?![0-9])",
    # an airline's DDMMMYY after its label (DOB 02JAN90; in a cell see `is_birth_date_value`)
    r"(?<![A-Za-z0-9])(?P<d16>[0-3][0-9])(?P<mon16>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?P<y16>[0-9]{2})(?![A-Za-z0-9])",
]
_DATES = re.compile("|".join(_DATE_FORMS))
# the forms that start with a digit, in the same order: at a digit, `match` gives what `_DATES.match` gives, without
# trying the other forms first
_DATES_DIGIT = re.compile("|".join(_DATE_FORMS[k] for k in (0, 1, 2, 3, 5, 11, 13)))
# Rarer forms, tried only when `_DATES` fails and the second character fits (see `match_date`):
_DATES_SPACED = re.compile(
    "|".join([
        # OCR text with a space between all digits: 2 0 0 4 年 0 1 月 1 6 日
        r"(?<![\d.\-/])(?P<y12>(?:1 [89]|2 0) \d \d) ?年 ?(?P<m12>\d(?: \d)?) ?月 ?(?P<d12>\d(?: \d)?) ?日",
        # social-insurance forms (資格取得届, e-Gov CSV): era code (1 明治, 3 大正, 5 昭和, 7 平成, 9 令和) - YYMMDD
        r"(?<![\d\-/.])(?P<gc13>[13579])-(?P<ey13>\d{2})(?P<m13>[01]\d)(?P<d13>[0-3]\d)(?![\d]|[.\-/]\d)",
    ])
)


_SPACED_SECOND = (" ", "-")
# an era date with OCR or PDF spacing inside and between its numbers: 昭和 4 8 年 1 1 月  3 日, 平成  10 年 03 月 16 日
_SP = r"(?:[ \t]{0,3}|[ \t]*\n[ \t\u3000]{0,12})"  # (a PDF's or a scan's line may break inside the date: 平成８年⏎２月２８日)
_ERA_SPACED = re.compile(
    r"(?P<era14>明治|大正|昭和|平成|令和)" + _SP + r"(?P<ey14>\d(?:[ \t]{0,2}\d)?|元)" + _SP + r"年" + _SP
    + r"(?P<m14>\d(?:[ \t]{0,2}\d)?)" + _SP + r"月" + _SP + r"(?P<d14>\d(?:[ \t]{0,2}\d)?)" + _SP + r"日")


def match_date(text: str, i: int) -> re.Match | None:
    """A date of any supported form starting at text[i]."""
    m = (_DATES_DIGIT if "0" <= text[i] <= "9" else _DATES).match(text, i)
    if m is None and text[i + 1:i + 2] in _SPACED_SECOND:
        m = _DATES_SPACED.match(text, i)
    if m is None and text[i] in _ERA_FIRST:
        m = _ERA_SPACED.match(text, i)
    return m

BIRTH_WORDS = ["生年月日", "誕生日", ("生まれ", 4, "after"), "出生", "生誕", "dob", "d.o.b", "birth", "birthday", "date of birth",
               # (a form's plain words, 生まれたとき, うまれた日; a GEDCOM record's BIRT ⏎ 2 DATE 2 APR 1938)
               "生まれたとき", "生まれた日", "うまれた日", "うまれたひ", "たんじょうび", "birt",
               "birthdate", "born", "bday", "お誕生", "バースデー", "生年", ("生", 1, "after"), ("歳", 8, "after"), ("才", 8, "after"),
               # the other languages of a foreign guest's or trainee's record (생년월일, ngày sinh, tgl. lahir …)
               "생년월일", "생일", "ngày sinh", "tanggal lahir", "tgl. lahir", "tgl lahir", "fecha de nacimiento",
               "date de naissance", "data de nascimento", "geburtsdatum", "วันเกิด", "ngay sinh", "seinengappi", "geb.", "geboren", "née le", "né le"]


# a system's placeholder for an unknown or masked birth date (生年月日 → "1900-01-01" in test data), no one's
_PLACEHOLDER = _dt.date(1900, 1, 1)

_today: tuple[int, _dt.date] = (0, _dt.date.min)


def today() -> _dt.date:
    """Today's date, looked up at most once a minute (date.today() is slow in hot loops)."""
    global _today
    now = int(_time.time()) // 60
    if _today[0] != now:
        _today = (now, _dt.date.today())
    return _today[1]


# the days each era began and ended (平成元年1月1日 never was: a sample card's placeholder)
_ERA_SPAN = {"明治": (_dt.date(1868, 1, 25), _dt.date(1912, 7, 30)), "大正": (_dt.date(1912, 7, 30), _dt.date(1926, 12, 25)),
             "昭和": (_dt.date(1926, 12, 25), _dt.date(1989, 1, 7)), "平成": (_dt.date(1989, 1, 8), _dt.date(2019, 4, 30)),
             "令和": (_dt.date(2019, 5, 1), _dt.date(2117, 12, 31))}


def _era_date(era: str, ey: int, month: int, day: int) -> _dt.date | None:
    first, last = ERAS[era]
    if not 1 <= ey <= last:
        return None
    d = _dt.date(first + ey - 1, month, day)
    lo, hi = _ERA_SPAN[era]
    return d if lo <= d <= hi else None


_BRANCH_OF: dict = {}  # group name -> its branch's number (memo of the lstrip below)
_YMD = {k: ("y" + k, "m" + k, "d" + k) for k in ("1", "2", "3", "15")}


def parse_date(m: re.Match) -> _dt.date | None:
    """The date a `_DATES` / `_DATES_SPACED` match names (None when it is no real date). The branch that matched is
    the one whose group closed last (each branch's groups end in its number: y1 … d1, era7 … d7)."""
    last = m.lastgroup
    k = _BRANCH_OF.get(last)
    if k is None:
        k = _BRANCH_OF[last] = last.lstrip("abcdefghijklmnopqrstuvwxyz") if last else ""
    g = m.group
    try:
        if k in _YMD:
            y, mo, d = _YMD[k]
            return _dt.date(int(g(y)), int(g(mo)), int(g(d)))
        if k == "4":
            a, b = int(g("m4")), int(g("d4"))
            if a > 12:  # day first (14/03/1971), as Europe and most of the world write it
                a, b = b, a
            return _dt.date(int(g("y4")), a, b)
        if k in ("5", "6"):
            key = (g("mon" + k) or (g("mon6b") if k == "6" else None) or "").rstrip(".").lower()  # 27 MAR 1988
            mon = _MONTHS.get(key) or _MONTHS[key[:3]]
            return _dt.date(int(g("y" + k)), mon, int(g("d" + k)))
        if k == "16":  # a two-digit year is the latest past one
            yy = int(g("y16"))
            year = 2000 + yy if 2000 + yy <= today().year else 1900 + yy
            return _dt.date(year, _MONTHS3.index(g("mon16")) + 1, int(g("d16")))
        if k == "12":
            return _dt.date(int(g("y12").replace(" ", "")), int(g("m12").replace(" ", "")),
                            int(g("d12").replace(" ", "")))
        if k == "14":
            ey = g("ey14")
            return _era_date(g("era14"), 1 if ey == "元" else int(ey.replace(" ", "").replace("\t", "")),
                             int(g("m14").replace(" ", "").replace("\t", "")), int(g("d14").replace(" ", "").replace("\t", "")))
        if k == "13":
            return _era_date(_ERA_CODES[g("gc13")], int(g("ey13")), int(g("m13")), int(g("d13")))
        if k == "11":
            return _dt.date(kanji_number(g("y11")), kanji_number(g("m11")), kanji_number(g("d11")))
        if k == "10":
            return _era_date(g("era10"), kanji_number(g("ey10")), kanji_number(g("m10")), kanji_number(g("d10")))
        if k == "17":
            return _era_date(_ERA_ALIASES[g("era17")], int(g("ey17")), int(g("m17")), int(g("d17")))
        if k in ("7", "8", "9"):
            era = g("era" + k).rstrip(".")
            era = _ERA_ALIASES.get(era, era)
            ey = 1 if g("ey" + k) == "元" else int(g("ey" + k))
            return _era_date(era, ey, int(g("m" + k)), int(g("d" + k)))
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return None


_MONTHS3 = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
# (also with hyphens, as Oracle prints a DATE: 08-JAN-74)
_AIRLINE_DATE = re.compile(r"([0-3][0-9])-?(" + "|".join(_MONTHS3) + r")-?([0-9]{2})", re.I)


# midnight after a date: a birth date a database keeps as a timestamp (1994-08-21 00:00:00, 1983-05-09T00:00:00Z)
_MIDNIGHT = re.compile(r"[ T]00:00(?::00(?:\.0+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?\Z")


# a birthday without its year, after its label or before 生まれ (お誕生日 2月29日, 誕生日が 8月24日, 10月3日生まれ)
_BIRTHDAY_MD = re.compile(
    r"(?:お?誕生日|[Bb]irthday)[ \t]*(?:は|が|[:：])?[ \t]*((?:1[0-2]|0?[1-9])月(?:3[01]|[12][0-9]|0?[1-9])日)(?![0-9])"
    r"|(?<![0-9年/.〜～~\-])((?:1[0-2]|0?[1-9])月(?:3[01]|[12][0-9]|0?[1-9])日)[ \t]*生まれ"
    # (not a rule about everyone born on a day: 4月1日生まれは前の学年, 1月1日〜4月1日生まれの方)
    r"(?!は|の(?:方|子|お子|人|場合)|まで|から|以降|以前)")


# a birthday corner (社内報 🎂 今月のお誕生日さん, a church newsletter's ―― １２月のお誕生日 ――): a short heading line naming
# birthdays, then lines listing month and day before each person's name (11/19　丹羽 一輝さん, 12/5 根本 節子姉　　12/19 …)
# up to a rule line or the second blank line
_BIRTHDAY_HEADING = re.compile(r"^[^\n。:：]{0,40}(?:お?誕生日|おたんじょうび)[^\n。、0-9:：]{0,16}$", re.M)
_CORNER_MD = re.compile(r"(?:^[ \t]*|[ \t]{2,})((?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])"
                        r"|(?:1[0-2]|0?[1-9])月(?:3[01]|[12][0-9]|0?[1-9])日)(?![0-9/])[ \t\u3000]*"
                        # (… or at the end of its line, after the name: あおき　そうくん（３年）　　７月３日)
                        r"(?=[^\s0-9(（〜～~\-]|$)", re.M)
_CORNER_END = re.compile(r"^[ \t\u3000]*(?:[-=―─━_*]{3,}|[■◆◇●□【][^\n]*(?:から|より|案内|お知らせ))", re.M)


def birthday_corner_dates(text: str) -> list[tuple[int, int]]:
    """The month-and-day birthdays listed under a birthday heading (see `_BIRTHDAY_HEADING`)."""
    out = []
    for h in _BIRTHDAY_HEADING.finditer(text):
        if "例" in h.group() or "まで" in h.group():
            continue
        pos = h.end() + 1
        blank = 0
        for _ in range(16):
            if pos >= len(text):
                break
            le = text.find("\n", pos)
            le = len(text) if le < 0 else le
            line = text[pos:le]
            if not line.strip():
                blank += 1
                if blank >= 2:
                    break
            elif _CORNER_END.match(line) is not None or (out and ("誕生日" in line or "たんじょうび" in line)
                                                          and _BIRTHDAY_HEADING.match(line)):
                break
            else:
                for m in _CORNER_MD.finditer(text, pos, le):
                    after = text[m.end():m.end() + 3]
                    if after[:1] in "(（" or after.startswith(("生ま", "締切", "まで")):
                        continue
                    out.append(m.span(1))
            pos = le + 1
    return out


def parse_year(value: str) -> int:
    """The year of a date `birth_date_in_brackets` accepted (0 when it does not parse)."""
    m = _DATES.fullmatch(value.strip())
    d = parse_date(m) if m is not None else None
    return d.year if d is not None else 0


def birth_date_in_brackets(value: str) -> bool:
    """A full date alone in brackets after a person's name (植田 蓮（1992.3.18）, 桜井 隆（1977-05-06））: a birth date when
    it is a plausible one three years old at least (the date a clerk or an approver signed is recent)."""
    if not is_birth_date_value(value):
        return False
    m = _DATES.fullmatch(value.strip())
    d = parse_date(m) if m is not None else None
    return d is not None and d.year <= today().year - 3


# a pet's record: its breed, coat, microchip or registration (a dog's 生年月日 in a 畜犬登録, DOB in an export
# quarantine form) — unless the owner's field is nearer (飼い主 生年月日)
_ANIMAL_CUE = re.compile(r"犬種|猫種|品種|毛色|畜犬|マイクロチップ|ペット名|母犬|父犬|母猫|父猫|犬舎|猫舎|キャッテリー|血統書|犬の生年月日|猫の生年月日|犬の名前|猫の名前|交配|Breed|breed|Microchip|microchip|MICROCHIP|BREED")
_OWNER_CUE = re.compile(r"飼い?主|所有者|申請者|契約者|[Oo]wner|OWNER")
_ANIMAL_REACH = 160


def _an_animal_s(text: str, start: int) -> bool:
    """Is the date at `start` in a pet's record: an animal cue in the `_ANIMAL_REACH` characters before it (or on its
    line after it), with no owner's field between the cue and the date?"""
    lo = max(0, start - _ANIMAL_REACH)
    le = text.find("\n", start)
    cue = None
    for cue in _ANIMAL_CUE.finditer(text, lo, len(text) if le < 0 else le):
        pass  # (the last cue of the window: the one nearest the date)
    if cue is None:
        return False
    return cue.start() > start or _OWNER_CUE.search(text, cue.end(), start) is None


def is_birth_date_value(value: str) -> bool:
    """Is `value` (a whole cell) a plausible birth date in any supported form?"""
    value = value.strip()
    mid = _MIDNIGHT.search(value) if len(value) > 16 else None
    if mid is not None:
        value = value[:mid.start()]
    m = _DATES.fullmatch(value) or _DATES_SPACED.fullmatch(value)
    if m is None:
        a = _AIRLINE_DATE.fullmatch(value)
        if a:  # 12MAR85 (airline manifests, SSR DOCS): a two-digit year is the latest past one
            yy = int(a.group(3))
            year = 2000 + yy if 2000 + yy <= today().year else 1900 + yy
            try:
                d = _dt.date(year, _MONTHS3.index(a.group(2).upper()) + 1, int(a.group(1)))
            except ValueError:
                return False
            return d <= today()
        if len(value) == 7 and value.isdigit() and value[0] in _ERA_CODES:  # era code + YYMMDD, unhyphenated
            try:
                d = _era_date(_ERA_CODES[value[0]], int(value[1:3]), int(value[3:5]), int(value[5:]))
            except ValueError:
                d = None
            if d is not None and d <= today():
                return True
        return _etax_code_date(value)
    d = parse_date(m)
    return (d is not None and 1880 <= d.year and d <= today() and d != _PLACEHOLDER) or (
        m.re is _DATES_SPACED and m.group("gc13") is not None and _etax_code_date(value))


# the RE (レセプト共通) record of a receipt file: number, kind, month of care, name, sex, then the birth date as an
# era code (1-5 from 明治) and YYMMDD
_UKE_RE = re.compile(r"(?m)^RE,[0-9]{1,6},[0-9]{4},[0-9]{5},[^,\n]{1,40},[12],([1-5][0-9]{6}),")
_ETAX_CODE_CELL = re.compile(r"([3-5])-?([0-9]{2})([01][0-9])([0-3][0-9])")  # (昭和 on: 1 and 2 would be centenarians)


def _etax_code_date(value: str) -> bool:
    """A cell of the other era-code numbering (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和), which employment-insurance
    (雇用保険) forms, e-Tax and receipt files use: 4-140630 = 平成14年6月30日 (read from 昭和 on)."""
    c = _ETAX_CODE_CELL.fullmatch(value)
    if c is None:
        return False
    try:
        d = _era_date(_ETAX_ERAS[c.group(1)], int(c.group(2)), int(c.group(3)), int(c.group(4)))
    except ValueError:
        return False
    return d is not None and d <= today()


# Where a date (of `_DATES`, `_DATES_SPACED`) or a partial date (`_PARTIAL`) may start. Each start is followed by what
# every form starting there needs, so that a number or a word that starts none is not tried at all: after a first digit,
# one more digit at most and a separator, an ordinal suffix, a space or a month name (12/3, 3-7, 2 0 0 4 年, 7-130826,
# 1st, 12 Mar; ſ is an s to a case-insensitive month name), or four digits and a separator, a space, a bracket or 年
# (1985/…, 1985年, 1985 (昭和60年)…), or eight digits (19850401); after an era letter or kanji, its number (S60., 昭和)
_DATE_START = re.compile(
    # (one character class first, which the regex engine scans for; then what the character starts)
    r"[0-9明大昭平令MTSHR一二JjFfMmAaSsOoNnDd](?:"
    r"(?<=[0-9])(?<![0-9.\-/][0-9])(?=\d?[/\-. \tstnrdJjFfMmAaSsOoNnDdſ]|\d{3}[/\-. \t(（年년]|\d{7})"
    r"|(?<=[明大昭平令MTSHR])(?=\.?[ \t]?[\d元]|[治正和成])|(?<=[一二])(?=[〇一二三四五六七八九]{3}年)"
    r"|(?<=[JjFfMmAaSsOoNnDd])(?<![A-Za-z][JjFfMmAaSsOoNnDd])(?i:a[nry]|e[bcp]|pr|u[gln]|ct|ov))"
)  # (the month names' second and third letters, an, ar, ay | eb, ec, ep | pr | ug, ul, un | ct | ov, grouped by the second)

_MONTH_ONLY = frozenset("JjFfmAasOoNnDd")  # (initials of month names that are no era letter: M, S and T are both)
_ERA_FIRST = frozenset("明大昭平令")  # (where an era name starts: a spaced era date is tried there)


# A partial birth date written with its birth word: 明治12年3月生まれ, 大正4年生, （昭和31年生）, 1987年3月生まれ. Only
# full era names (大3年生 is a university grade) and only touching 生まれ / 生れ / a 生 that ends the word
# (2021年生産, 2023年生活 are not births).
_PARTIAL = re.compile(
    r"(?:(?P<era>明治|大正|昭和|平成|令和)" + _S + r"(?P<ey>\d{1,2}|[元〇一二三四五六七八九十]{1,3})"
    r"|(?<![\d.\-/])(?P<y>(?:18|19|20)\d{2}))" + _S + r"年"
    r"(?:" + _S + r"(?P<m>\d{1,2}|[〇一二三四五六七八九十]{1,3})" + _S + r"月)?"
    r"(?=" + _S + r"(?P<bw>生まれ|生れ|生(?![\u3041-\u30ff\u3400-\u9fff])))"
)
# a cohort or a range, not a person: 1990年生まれの人, 昭和40年生まれ以降, 1980年～1995年生まれ
_COHORT_AFTER = re.compile(r"[ \t]?(?:の?(?:人|方|者|世代|層|子供|子ども|方々|人々|男性|女性|男女|若者|皆)|以[降前後]|まで|から|[～〜~])")
_RANGE_BEFORE = re.compile(r"(?:[～〜~]|から|以降|以前)[ \t]?$")
# a table of birth months (対象（生まれ月） | 令和6年9月生まれ): cohorts of a schedule, not anyone's birth date
_BIRTH_MONTH_HEAD = re.compile(r"生まれ月|誕生月")
# a birth label right before an opening bracket around the date: 生年月日（昭和34年6月1日）からすると
_LABEL_BRACKET = re.compile(r"(?:生年月日|誕生日|生年|date of birth|birth ?date|birthday|d\.?o\.?b\.?)[ \t]*[(（][ \t]?$", re.I)


def partial_date(m: re.Match) -> _dt.date | None:
    """The first day of the year or month a `_PARTIAL` match names (None when not a real past year/month)."""
    try:
        if m.group("era"):
            ey = m.group("ey")
            ey = int(ey) if ey.isdigit() else kanji_number(ey)
            first, last = ERAS[m.group("era")]
            if not 1 <= ey <= last:
                return None
            year = first + ey - 1
        else:
            year = int(m.group("y"))
        mon = m.group("m")
        month = 1 if mon is None else int(mon) if mon.isdigit() else kanji_number(mon)
        d = _dt.date(year, month, 1)
    except (ValueError, KeyError):
        return None
    return d if 1868 <= d.year and d <= today() else None


_YEAR = re.compile(r"(?:19|20)(?<![\d.\-/]..)\d{2}")  # (the lookbehind after the 19/20: a scan for 1 and 2 is fast)
_TIME_AFTER = re.compile(r"[ T]?[0-9]{1,2}:[0-9]{2}")

# Dependants in a 扶養 / family form: "松本 大和　長男　H23.9.9", "長女　平成26年4月30日" — a date right after a
# family-relation word, in a document about family members, is that member's birth date (unless the rest of the
# line names an event: 資格取得, 入籍, 死亡 …).
_RELATION_WORDS = (r"(?:長男|長女|次男|次女|二男|二女|三男|三女|四男|四女|妻|夫|配偶者|実?父|実?母|"
                   r"義父|義母|養父|養母|祖父|祖母|子|長子|孫|兄|姉|弟|妹|子供|子ども|息子|娘)")
_RELATION = r"(?<![\u3041-\u30ff\u3400-\u9fff])" + _RELATION_WORDS
_REL_NOTE = r"(?:[(（][^()（）\n]{1,8}[)）])?"  # 母（同居老親）
# (a bracket may go on after the relation: 高田 蒼（長男・高校生）, 新井 トシ（妻の母・別住所）)
_REL_TAIL = r"(?:[・の][^()（）\n]{1,10}[)）])?"
_RELATION_BEFORE = re.compile(_RELATION + _REL_NOTE + _REL_TAIL + r"[ \t:：、,)）/／]{0,3}$")
_RELATION_WORD = re.compile(_RELATION + _REL_NOTE + _REL_TAIL + r"[ \t:：、,)）/／]{0,3}(?=[0-9明大昭平令MTSHR])")
_RELATION_START = re.compile("[長次二三四妻夫配実父母義養祖子孫兄姉弟妹息娘]")  # (where a relation word starts)
# (or the sex, then the relation: 山崎 葵　平成4年10月30日　女　妻 in a household's list)
# (the normaliser may have joined the letter-spaced cells: 平成4年10月30日女妻)
_RELATION_AFTER = re.compile(r"[ \t]{1,8}続柄[ \t:：]*" + _RELATION + r"(?![\u3041-\u30ff\u3400-\u9fff])|[ \t]{0,8}[男女][ \t]{0,4}"
                             + _RELATION_WORDS + r"(?![\u3041-\u30ff\u3400-\u9fff])"
                             # (or the relation alone, then the line ends or a cohabitation note follows: 長男　同居)
                             + r"|[ \t]{1,8}" + _RELATION_WORDS + r"(?=[ \t]*(?:\n|$|同居|別居|[(（]))")
# (every match holds 続柄 or 男/女 at most 8 characters after its start, and starts with a space, a tab, 男 or 女: tried
# only there, as `matches_before` does; a pattern led by an optional repeat is otherwise tried at every position)
_RELATION_AFTER_HINT = re.compile("[続男女妻夫父母子孫兄姉弟妹息娘配長次二三四実義養祖]")
_BEFORE_REPEAT = " ）)0123456789日"  # what ends a date written just before a bracketed repeat of it


_FAMILY_KEY = ("date_of_birth", "family")  # (its entry in the per-document memo)


def _family_doc(text: str) -> bool:
    f = doc_facts(text)  # (memoised: asked for every date of the document; one-character tests first)
    fam = f.get(_FAMILY_KEY)
    if fam is None:
        fam = f[_FAMILY_KEY] = (("扶" in text and "扶養" in text) or ("家" in text and "家族" in text)
                                or ("続" in text and "続柄" in text) or ("世" in text and "世帯" in text)
                                or ("児" in text and "児童" in text) or ("配" in text and "配偶者" in text))
    return fam


_EXAMPLE_BEFORE = re.compile(r"(?:例|e\.g\.|eg\.|ex\.|sample)(?:[:：)）]|に|は|では)?[ \t]?[(（「『\"]?$", re.I)
# a birth place after the date, then 生まれ / 誕生 (a life story, a CV, a wedding profile), the person's name between
_BORN_IN_AFTER = re.compile(r"[ \t]*(?:[、,][ \t]*)?(?:[^\n。、,]{1,12}[、,][ \t]*)?[^\n。、,]{0,16}?"
                            r"[市区町村県都府州国島](?:で|に|ニ於テ|ニ於イテ)?(?:生まれ|誕生|出生)(?!日|届|地|数|率)"
                            r"(?![^。\n]{0,8}(?:サービス|商品|ブランド|店舗|会社|製品|モデル|アプリ|施設))")  # (a product's launch)
_EXAMPLE_AFTER = re.compile(r"[」』\"]?(?:のように|の様に|のよう|などと|等と|の形式|[ \t]?(?:形式|書式|フォーマット))"
                            # (a quoted value someone types in a bug report or a manual: 「R1.5.1」を入力すると)
                            r"|[」』\"](?:を|と)(?:入力|入れ|指定|設定)")
# (a range of dates is a cohort or a period, no one's birth date)
# (also a period left open: 令和元年（2019-05-01〜）)
_RANGE_SIGN_AFTER = re.compile(r"[ \t]?[～〜~](?:[ \t]?(?:[0-9０-９]|[明大昭平令][治正和成]|[MTSHR][0-9])|[)）])")
_RANGE_SIGN_BEFORE = re.compile(r"[～〜~][ \t]?$")
_EVENT_AFTER = re.compile(r"取得|喪失|認定|加入|脱退|異動|転入|転出|転居|入籍|結婚|婚姻|死亡|死去|離婚|就職|退職|入学|入園|入所|"
                          r"卒業|開始|終了|変更|届|申請|提出|支給|受付|予定|入院|退院|手術|受診|通院|来院|発症|事故")


# OCR misreads digits as letters (2OO3年 5月 l8日: O for 0, l and I for 1). Right after a birth label (生年月日, DOB)
# a run of digits and such letters is read as digits; elsewhere letters stay letters.
_OCR_PAD = re.compile(r"[ \t:：=.]{0,8}")
_OCR_RUN = re.compile(r"[0-9OolI|]+")
_OCR_LETTER = re.compile(r"[OolI|]")
_OCR_MAP = str.maketrans("OolI|", "00111")
_OCR_REACH = 24


def _ocr_label_ends(text: str) -> list[int]:
    """Where the birth labels of `text` end (生年月日, 誕生日, date of birth, birthdate, DOB; found with plain
    substring scans of the lowered text, which the detector has memoised anyway: this runs on every text)."""
    ends = []
    low = lowered(text)
    for word in ("生年月日", "誕生日", "birth", "dob"):
        i = low.find(word)
        while i != -1:
            e = i + len(word)
            if word == "birth":
                tail = low[e:e + 5]
                e += 4 if tail.startswith("date") else 5 if tail == " date" else 3 if tail.startswith("day") else 0
            elif word == "dob" and i and low[i - 1].isascii() and low[i - 1].isalpha():
                e = -1  # (…dob inside a word)
            if e > 0:
                ends.append(e + (text[e:e + 1] == "."))
            i = low.find(word, i + 1)
    return ends


def _ocr_dates(text: str, label_ends: list[int]) -> Iterator[Entity]:
    """Birth dates with OCR letters for digits, right after a birth label (ending at one of `label_ends`)."""
    for end in label_ends:
        p = _OCR_PAD.match(text, end).end()
        le = text.find("\n", p, p + _OCR_REACH)
        seg = text[p:le if le != -1 else p + _OCR_REACH]
        if not seg or seg[0] not in "0123456789OolI|明大昭平令MTSHR" or _OCR_LETTER.search(seg) is None:
            continue
        fixed = _OCR_RUN.sub(lambda r: r.group().translate(_OCR_MAP) if any(c.isdigit() for c in r.group())
                             else r.group(), seg)
        if fixed != seg:
            m = _DATES.match(fixed)
            if m is not None and fixed[:m.end()] != seg[:m.end()]:  # (a date with misread letters: not read before)
                d = parse_date(m)
                if d is not None and 1880 <= d.year and d <= today():
                    yield Entity("DATE_OF_BIRTH", p, p + m.end(), 0.85, "date_of_birth")
                    continue
        # … or spaced out character by character too (昭和 5 6 年 l l 月 l 4 日, 2OO2 / O4 / l8)
        ent = _ocr_spaced_date(seg)
        if ent is not None:
            yield Entity("DATE_OF_BIRTH", p, p + ent, 0.85, "date_of_birth")


_DATE_PART = frozenset("0123456789OolI|年月日/.-")
_OCR_LETTERS = frozenset("OolI|")


def _ocr_spaced_date(seg: str) -> int | None:
    """The end (in `seg`) of a birth date whose characters OCR spaced out and whose digits it partly read as letters,
    or None. Spaces between the date's characters are dropped, letters beside a digit or a date mark read as digits."""
    chars: list[str] = []
    idx: list[int] = []
    for i, c in enumerate(seg):
        if c in " \t" and chars and (chars[-1] in _DATE_PART or chars[-1] in "和成正治") and i + 1 < len(seg) and (
                seg[i + 1] in _DATE_PART or seg[i + 1] in " \t"):
            continue
        chars.append(c)
        idx.append(i)
    for _ in range(2):
        for k, c in enumerate(chars):
            if c in _OCR_LETTERS and ((k and (chars[k - 1].isdigit() or chars[k - 1] in "年月日/.-")) or (
                    k + 1 < len(chars) and (chars[k + 1].isdigit() or chars[k + 1] in "年月日/.-"))):
                chars[k] = c.translate(_OCR_MAP)
    fixed = "".join(chars)
    m = _DATES.match(fixed)
    if m is None or not any(c in _OCR_LETTERS or c in " \t" for c in seg[:idx[m.end() - 1] + 1]):
        return None
    d = parse_date(m)
    if d is None or not 1880 <= d.year or d > today():
        return None
    return idx[m.end() - 1] + 1


# Paper forms print the eras as tick boxes or a list to circle, and the year, month and day after them:
# "□明治 □大正 ■昭和 □平成　４９年　３月１６日", "明治・大正・昭和・平成　49年3月16日". The date is the part after the
# list (the era is whichever is ticked or circled, which OCR may lose); it must be a real date in one of the listed eras.
_ERA_NAME = r"(?:明治|大正|昭和|平成|令和)"
_ERA_LIST_DATE = re.compile(
    r"(?:[□■☐☑☒●○◯◉✓✔✅◆◇\[［〔(（]?[ \t]?" + _ERA_NAME + r"[ \t]?[)）\]］〕]?[ \t・/／,、]*){2,5}"
    r"(?P<ey>\d{1,2}|元)[ \t]*年[ \t]*(?P<m>\d{1,2})[ \t]*月[ \t]*(?P<d>\d{1,2})[ \t]*日")
_TICKED = frozenset("■☑☒●◉✓✔✅◆")
_ERA_AT = re.compile(_ERA_NAME)
_TICKED_ERA = re.compile(r"([" + "".join(_TICKED) + r"\[［〔(（])[ \t]?(" + _ERA_NAME + ")")  # (a ticked or bracketed era)


# … or the eras by their first characters, the chosen one circled, bracketed or ticked: 明・大・(昭)・平　３８年　４月　２日,
# 平・(令)　２年　５月１１日, 明・大・㊣・平・令　57年 4月 2日 (a circle in place of the era it marks).
_ERA_ONE = r"(?:[(（○◯〇][ \t]?[明大昭平令][ \t]?[)）]?|[明大昭平令]|[㊣◯○●])"
_ERA_ABBR_DATE = re.compile(
    r"(?<![\u3400-\u9fff])(?:" + _ERA_ONE + r"(?:(?:[ \t]*[・･/／,、][ \t]*|[ \t]+)" + _ERA_ONE + r"){1,4}"
    # (or run together, as normalisation joins a letter-spaced 明 大 昭 平 令)
    r"|明大昭平令|明大昭平|大昭平令|大昭平|昭平令|明大昭)[ \t]*"
    # (a fax's OCR may space the digits: 明 大 昭 平 令 4 5年 1 0月 3日)
    r"(?P<ey>\d(?: ?\d)?|元)[ \t]*年[ \t]*(?P<m>\d(?: ?\d)?)[ \t]*月[ \t]*(?P<d>\d(?: ?\d)?)[ \t]*日")
_MARKED_ERA = re.compile(r"[(（○◯〇][ \t]?([明大昭平令])")  # (the era a list of first characters marks)
_ERA_ORDER = "明大昭平令"
_ERA_OF = {"明": "明治", "大": "大正", "昭": "昭和", "平": "平成", "令": "令和"}
_ERA_ABBR_AT = re.compile(r"[・･/／,、]")


def _abbreviated_era_dates(text: str) -> Iterator[tuple[int, int]]:
    for m in _ERA_ABBR_DATE.finditer(text):
        listed = text[m.start():m.start("ey")]
        marked = _MARKED_ERA.findall(listed)
        eras = marked or [c for c in listed if c in _ERA_OF]
        if not marked and any(c in listed for c in "㊣◯○●"):
            # a circle in place of the era it marks: the one missing from the run of eras around it
            seen = [c for c in listed if c in _ERA_OF]
            if seen:
                lo, hi = _ERA_ORDER.index(seen[0]), _ERA_ORDER.index(seen[-1])
                eras = [c for c in _ERA_ORDER[lo:hi + 1] if c not in seen] or eras
        ey = 1 if m.group("ey") == "元" else int(m.group("ey").replace(" ", ""))
        for era in dict.fromkeys(eras):
            try:
                d = _era_date(_ERA_OF[era], ey, int(m.group("m").replace(" ", "")), int(m.group("d").replace(" ", "")))
            except ValueError:
                d = None
            if d is not None and d <= today():
                yield m.start("ey"), m.end()  # (the date after the list, as for the lists of full era names)
                break


def _era_list_dates(text: str) -> Iterator[tuple[int, int]]:
    """Where the year-month-day after a printed list of eras is a real past date in a ticked (or any listed) era."""
    if (("・" in text or "･" in text) and _ERA_ABBR_AT.search(text) is not None) or "明 大" in text or "大 昭" in text \
            or "大昭平" in text or "明大昭" in text or "昭平令" in text:
        yield from _abbreviated_era_dates(text)
    if not (("昭和" in text and ("平成" in text or "大正" in text)) or ("明治" in text and "大正" in text)):
        return
    for m in matches_before(_ERA_LIST_DATE, text, _ERA_AT, 2):  # (tried only at an era name or just before it)
        listed = text[m.start():m.start("ey")]
        eras = re.findall(_ERA_NAME, listed)
        ticked = _TICKED_ERA.findall(listed)
        if ticked:
            eras = [e for _, e in ticked]
        ey = 1 if m.group("ey") == "元" else int(m.group("ey"))
        ok = False
        for era in set(eras):
            try:
                d = _era_date(era, ey, int(m.group("m")), int(m.group("d")))
            except ValueError:
                d = None
            ok = ok or (d is not None and d <= today())
        if ok:
            yield m.start("ey"), m.end()


_AS_OF_AFTER = re.compile(r"[ \t]?(?:現在|時点)")
_AS_OF_FIRST = frozenset(" \t現時")
# a request for the birth date that the next turn of a call or chat answers (see `_answered`)
_ASKED = re.compile(r"(?:生年月日|誕生日|お生まれ|(?i:date of birth|birthday|dob))[^\n]{0,30}?"
                    r"(?:お願い|教えて|伺|お聞かせ|ください|下さい|いただけ|頂け|[?？]|(?i:please))")
_TURN_BREAK = re.compile(r"\n|\"\s*[},]")  # (a new line, or the end of a chat export's message)
_ASK_REACH = 160
_DAY_LABEL_BEFORE = re.compile(r"日[ \t\u3000]*[:：]?[ \t\u3000]*$")
# the second birth date a labelled one gives in brackets or after a slash, as another document records it
# (生年月日：1994年2月1日（旅券上の記載：1994年1月1日）, 1994年02月01日（本人申告）／旅券記載 1994.01.01)
_SECOND_BIRTH_BEFORE = re.compile(
    r"(?:生年月日|誕生日|(?i:date of birth|dob))[ \t]*[:：]?[ \t]*(?:19|20|[昭平令SHR])[^\n（(／/]{4,16}?(?:[（(][^（）()\n]{1,8}[)）])?"
    r"[ \t]*(?:[（(]|[／/])[ \t]*[^（）()\n／/]{0,4}?(?:旅券|パスポート|[Pp]assport|戸籍|在留カード|住民票|書類|登録|申告|西暦|和暦)"
    r"[^（）()\n／/]{0,6}?[:：]?[ \t]*\Z")
# a birth label with a note in brackets, then the date (生年月日（懸賞応募時の登録）：1992年12月30日, 【生年月日（会員登録時）】…):
# the note says where the date was written, and its words (登録, 申込) are not the date's own label
_QUALIFIED_LABEL_BEFORE = re.compile(r"(?:生年月日|誕生日|(?i:date of birth|birth ?date|dob))[ \t]?[(（][^()（）\n]{1,20}[)）]"
                                     r"[ \t]?[】\]]?[ \t]?[:：]?[ \t\u3000]*$")


# e-Tax's birth-date elements: the 元号 as a code attribute (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和), then YY-MM-DD
# (or the element named in Japanese, and YYMMDD without hyphens: <生年月日 gengo="7">090812</生年月日>, whose code then
# may be an era code of the social-insurance forms, 7 平成; see `_ETAX_CODE`)
_ETAX_BIRTH = re.compile(r"<(?:[A-Za-z_:]*(?:(?i:seinengappi)|[Bb]irth|BIRTH)[A-Za-z_]*|生年月日)[^>\n]*\b(?:gengo|元号)=\"(?P<g>[1-9])\"[^>\n]*>"
                         r"(?P<v>(?P<y>[0-9]{1,2})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})|(?P<y2>[0-9]{2})(?P<m2>[01][0-9])(?P<d2>[0-3][0-9]))<")
_JAHIS_PATIENT = re.compile(r"(?m)^1,[^,\n]{1,40},[12],((?:19|20)[0-9]{6})(?=,|$)")


_ETAX_ERAS = {"1": "明治", "2": "大正", "3": "昭和", "4": "平成", "5": "令和"}


class DateOfBirthDetector(PatternDetector):
    name = "date_of_birth"
    pii_type = "DATE_OF_BIRTH"
    languages = ("ja", "en")
    # (a digit, or a kanji numeral before 年: one character class first, which a scan finds fast)
    trigger = r"[0-9元〇一二三四五六七八九十壱弐参拾](?:(?<=[0-9])|年)"
    plain_max = 0.25
    gate_words = ("歳", "才", "扶養", "続柄", "児童", "家族", "世帯", "配偶者")  # (the family documents of `_family_doc`)
    # (年 / 月: a partial date, 大正4年生; literal first; or a birth place: …静岡県浜松市で生まれました, see `_BORN_IN_AFTER`)
    gate_extra = (r"生(?:(?<=[日年月0-9]生)|(?<=[日年月0-9] 生)|(?:(?<=[市区町村県都府州国島]生)|(?<=[市区町村県都府州国島][でに]生))"
                  r"(?=まれ))|誕生(?:(?<=[市区町村県都府州国島]誕生)|(?<=[市区町村県都府州国島][でに]誕生))"
                  # (a receipt file's RE record: see `_UKE_RE`)
                  r"|\n(?i:re),[0-9]{1,6},[0-9]{4},"
                  # (an お薬手帳 data file's header: see `_JAHIS_PATIENT`)
                  r"|jahistc")
    context = ContextWords(
        BIRTH_WORDS,
        negative=["入社", "退社", "退職", "作成", "更新", "発行", "契約", "受付", "申込", "期限", "有効", "登録", "発送",
                  "配達", "入金", "支払", "締切", "開始", "終了", "提出", "実施", "開催", "予定", "交付", "取得", "届出",
                  "記入日", "年度", "現在", "日付", "issued", "expires", "expiry", "created", "updated",
                  "入学", "卒業", "異動", "採用", "着任", "納期", "出荷", "到着", "受診", "診察", "面接", "来店", "購入", "予約",
                  # a family register's other events (【婚姻日】, 【除籍日】)
                  "婚姻", "離婚", "入籍", "転籍", "除籍", "分籍",
                  # a resident record's other days (住民となった年月日, 住所を定めた年月日, 消除)
                  "住民となった", "住所を定めた", "消除",
                  "就任", "施行", "改定", "なった日", "該当日", "認定日", "異動日", "喪失", "年金", "死亡", "逝去", "命日",
                  "到達",
                  # (the romanised keys of other dates beside a seinengappi one: <nyuenbi>2024-04-01</nyuenbi>)
                  "nyuenbi", "nyushabi", "nyugakubi", "nyuinbi", "taiinbi", "taishabi", "hakkobi", "keiyakubi", "torokubi",
                  "uketsukebi",
                  ("付", 1, "after"), ("まで", 1, "after"), ("から", 1, "after"),
                  # a threshold, not someone's birth date: 1959年1月1日以前生まれの人, 平成12年4月2日以降に生まれた
                  ("以前", 1, "after"), ("以降", 1, "after"), ("以後", 1, "after"), ("より前", 1, "after"),
                  ("より後", 1, "after"),
                  # 生 starting a word is no birth suffix: 2024-04-08 生産分より, 4月1日生活支援開始
                  ("生産", 1, "after"), ("生活", 1, "after"), ("生徒", 1, "after"), ("生成", 1, "after"),
                  ("生鮮", 1, "after"), ("生命", 1, "after"), ("生協", 1, "after"), ("生涯", 1, "after"),
                  ("生地", 1, "after"), ("生存", 1, "after"), ("生保", 1, "after"), ("生花", 1, "after"),
                  ("生体", 1, "after"), ("生理", 1, "after"), ("生物", 1, "after"), ("生菓子", 1, "after"),
                  "発効", "適用", "改訂", "発売",
                  # the date a listing was printed or drawn (出力日 2024/09/30, 抽出日, 基準日 … 時点)
                  "出力", "印刷", "抽出", "集計", "基準日", "調査日", ("時点", 2, "after"),
                  # a birth month is a campaign's or a schedule's category (誕生月 | 2024/12/31 is a coupon's expiry)
                  "誕生月", "生まれ月", "birth month", "birthday month",
                  # a death, a funeral or a baptism (没年月日, 命日, <BaptismDate>): another day of a person's life
                  "没年月日", "死亡", "命日", "逝去", "洗礼", "受洗", "堅信", "baptism", "Baptism", "death", "Death",
                  "died", "Died", "deceased", "Deceased", "BaptismDate", "baptism_date", "DeathDate", "death_date",
                  "DateOfDeath", "date_of_death"],
        before=40, after=10, common_negative=False,
    )

    def __init__(self) -> None:
        super().__init__()
        # the positive context words with their reach, longest first (what `_regions` looks for)
        self._birth_labels = tuple((word, maxd, side) for word, pol, maxd, side, _ in self.context._items if pol > 0)
        # all of them in one trie: a search finds the next position where one starts (with the longest there); the
        # labels starting there too are its prefixes
        words = [w for w, _, _ in self._birth_labels]
        self._label_rx = re.compile(trie(words))
        self._label_prefixes = {w: tuple(p for p in words if w.startswith(p)) for w in words}

    @staticmethod
    def _date_between(text: str, lo: int, hi: int) -> bool:
        for s in _DATE_START.finditer(text, lo, hi):
            m = match_date(text, s.start())
            if m is not None and m.end() <= hi and parse_date(m) is not None and not _TIME_AFTER.match(text, m.end()):
                return True
        return False

    def _regions(self, text: str, label_ends: list[int] | None = None) -> list[tuple[int, int]]:
        """Stretches of text where a date could sit next to a birth label (merged, sorted); `label_ends`, if given,
        receives where the labels written before a date end."""
        low = lowered(text)
        spans = []
        found: dict[str, list[int]] = {}  # label -> where it occurs (every occurrence, as a find loop sees them)
        rx = self._label_rx
        m = rx.search(low)
        while m is not None:
            i = m.start()
            for w in self._label_prefixes[m.group()]:
                found.setdefault(w, []).append(i)
            m = rx.search(low, i + 1)
        for word, maxd, side in (self._birth_labels if found else ()):  # (in this order: see `label_ends`)
            for i in found.get(word, ()):
                if side == "after":  # 生まれ / 生 / 歳 follow the date
                    spans.append((max(0, i - maxd - 45), i + len(word)))
                else:
                    spans.append((i, min(len(text), i + len(word) + self.context.before + 45)))
                    if label_ends is not None:
                        label_ends.append(i + len(word))
        if _family_doc(text):
            spans.extend((m.start(), m.end() + 24) for m in finditer_at(_RELATION_WORD, _RELATION_START, text))
            spans.extend((max(0, m.start() - 24), m.start())
                         for m in matches_before(_RELATION_AFTER, text, _RELATION_AFTER_HINT, 8, " \t男女"))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        return merged

    def candidates(self, text: str, dates: dict[int, _dt.date] | None = None,
                   label_ends: list[int] | None = None) -> Iterator[tuple[int, int, float]]:
        """Dates (and partial dates) near birth labels; `dates`, if given, receives start -> date of full dates,
        `label_ends` where the birth labels end (see `_regions`)."""
        today_ = today()
        if self.min_score > self.plain_max:
            # only a labelled date can be reported: look for dates near birth labels only
            spans = self._regions(text, label_ends)
        else:
            spans = [(0, len(text))]
        last_end = -1
        for lo, hi in spans:
            # the matches of `_DATE_START` in text[lo:hi], as a scan ending at `hi` would give them: the date found at a
            # start may run past `hi`, so its lookaheads see past `hi` (8 characters ahead at most), and the starts
            # that need characters past `hi` (a month name, a kanji year) are left out as such a scan leaves them out
            for s in _DATE_START.finditer(text, lo, hi + 8):
                i = s.start()
                if i >= hi:
                    break
                c = text[i]
                if i < last_end or (i + 5 > hi and (c == "一" or c == "二" or (i + 3 > hi and c in _MONTH_ONLY))):
                    continue
                m = (_DATES_DIGIT if "0" <= c <= "9" else _DATES).match(text, i)
                if m is None and text[i + 1:i + 2] in _SPACED_SECOND:  # (inlined `match_date`)
                    m = _DATES_SPACED.match(text, i)
                if m is None and c in _ERA_FIRST:
                    m = _ERA_SPACED.match(text, i)
                if m is None:
                    k = text.find("生", i + 4, i + 16)  # a partial date touches 生: 大正4年生, 明治12年3月生まれ
                    p = _PARTIAL.match(text, i) if k != -1 and text.find("年", i + 1, k) != -1 else None  # (cheap first)
                    if p is not None and partial_date(p) is not None and not _COHORT_AFTER.match(text, p.end("bw")) \
                            and not _RANGE_BEFORE.search(text, max(0, p.start() - 4), p.start()) \
                            and not _BIRTH_MONTH_HEAD.search(text, max(0, p.start() - 400), p.start()):
                        last_end = p.end()
                        yield p.start(), p.end(), 0.25
                    continue
                d = parse_date(m)
                if d is None or d > today_ or d.year < 1880 or d == _PLACEHOLDER or _TIME_AFTER.match(text, m.end()):
                    continue  # a date with a clock time is a timestamp, not a birth date
                w = text[max(0, i - 6):i]
                if ("例" in w or "." in w or "mple" in w) and _EXAMPLE_BEFORE.search(w):
                    continue  # a format example: 生年月日 (例: 1990-01-01)
                if _EXAMPLE_AFTER.match(text, m.end()) is not None or _RANGE_SIGN_AFTER.match(text, m.end()) is not None \
                        or _RANGE_SIGN_BEFORE.search(text, max(0, i - 3), i) is not None:
                    continue  # 生年月日欄は「昭和60年4月1日」のように記入; 1985年4月2日～1986年4月1日生まれの方: a range
                last_end = m.end()
                if dates is not None:
                    dates[i] = d
                yield i, last_end, 0.25

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        if end < len(text) and text[end] in _AS_OF_FIRST and _AS_OF_AFTER.match(text, end) is not None:
            return 0.0  # 令和7年1月1日現在の住所: the day a fact held, whatever label stands before it
        pol, d = self.context.nearest(text, start, end)
        if pol < 0 and start and _QUALIFIED_LABEL_BEFORE.search(text, max(0, start - 40), start) is not None:
            return 0.9
        if start and text[start - 1] in " \t(（:：/／" and _SECOND_BIRTH_BEFORE.search(text, max(0, start - 60), start):
            return 0.85  # 生年月日：1994年2月1日（旅券上の記載：1994年1月1日）: the birth date another document gives
        if pol > 0 and start and _DAY_LABEL_BEFORE.search(text, max(0, start - 10), start) is not None and (
                self.context.label_before(text, max(text.rfind("\n", 0, start) + 1, start - 8), start) < 0):
            return 0.0  # 死亡日：2024年7月19日（80歳）: the date's own label says what it is; the age is then
        if (pol <= 0 and start and text[start - 1] in "(（ \t" and end < len(text) and text[end] in ")）"
                and _LABEL_BRACKET.search(text, max(0, start - 24), start)):
            return 0.9  # 生年月日（昭和34年6月1日）からすると: the から is outside the brackets
        if pol > 0:
            label_end = start - d
            if not (0 < d <= 40 and label_end < start and self._date_between(text, label_end, start)):
                return 0.9
            # else the label belongs to an earlier date (生年月日 1985/4/1、2024/4/1 入社) — unless this one is the
            # same date again in brackets right after it (1997年08月14日 (Aug 14, 1997), 昭和60年（1985年4月1日）)
            if (start >= 2 and text[start - 1] in "(（" and end < len(text) and text[end] in ")）"
                    and _DATES.search(text, max(label_end, start - 24), start - 1) is not None
                    and text[start - 2] in _BEFORE_REPEAT):
                return 0.9
        if pol == 0 and _BORN_IN_AFTER.match(text, end) is not None:
            return 0.85  # 私は、平成５年７月１２日、静岡県浜松市で生まれました; 1993.11.3 村上 翔太、長野県塩尻市で誕生
        relation = self._after_relation(text, start, end)
        if pol < 0 and (d <= 3 or not relation):
            return 0.0  # (a relation word touching the date is nearer than the 異動 of a form's title)
        return 0.8 if relation else base

    def detect(self, text: str) -> Iterator[Entity]:
        starts: dict[int, _dt.date] = {}
        found = []
        seen: set[tuple[int, int]] = set()
        label_ends: list[int] = []
        for s, e, base in self.candidates(text, starts, label_ends):
            if (s, e) in seen:
                continue
            seen.add((s, e))
            score = self.score_candidate(text, s, e, base, False)
            if score > 0:
                found.append(_entity(Entity, (self.pii_type, s, e, score, self.name)))
        if found and any(e.score <= self.plain_max for e in found):
            found = [self._answered(text, e) if e.score <= self.plain_max else e for e in found]
        for s, e in _era_list_dates(text):
            if (s, e) not in seen:
                score = self.score_candidate(text, s, e, 0.25, False)
                if score > self.plain_max:
                    found.append(_entity(Entity, (self.pii_type, s, e, score, self.name)))
        # OCR letters for digits right after a birth label (the labels `_regions` found, or a scan of their own)
        found.extend(_ocr_dates(text, label_ends if self.min_score > self.plain_max else _ocr_label_ends(text)))
        labelled = [e for e in found if e.score > self.plain_max and e.start in starts]
        if labelled:
            again = {(e.start, e.end): e for e in self._repeats(text, labelled, starts)}
            if again:
                found = [e for e in found if (e.start, e.end) not in again] + list(again.values())
        if "誕" in text or "生まれ" in text or "irthday" in text or "たんじょうび" in text:
            taken = {(e.start, e.end) for e in found}
            found.extend(_entity(Entity, (self.pii_type, m.start(m.lastindex), m.end(m.lastindex), 0.8, self.name))
                         for m in _BIRTHDAY_MD.finditer(text) if m.span(m.lastindex) not in taken
                         and "例" not in text[max(0, m.start() - 12):m.start()])  # (not （例：誕生日3月1日 →）
            if "誕生日" in text or "たんじょうび" in text:
                taken = {(e.start, e.end) for e in found}
                found.extend(_entity(Entity, (self.pii_type, a, b, 0.8, self.name))
                             for a, b in birthday_corner_dates(text) if (a, b) not in taken)
        if "gengo=" in text or "元号=" in text:  # e-Tax XML: <SEINENGAPPI gengo="3">49-08-19</SEINENGAPPI> (元号 code, then YY-MM-DD)
            for m in _ETAX_BIRTH.finditer(text):
                y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("m2"),
                                                                                          m.group("d2"))
                # (e-Tax numbers the eras 1-5 from 明治; the social-insurance forms 1, 3, 5, 7, 9: 7 is 平成 there, and
                # a code both use is read the way that gives a real date)
                g = m.group("g")
                eras = [_ETAX_ERAS.get(g)] if m.group("y") else [_ERA_CODES.get(g), _ETAX_ERAS.get(g)]
                if any(era is not None and _era_date(era, int(y), int(mo), int(d)) is not None for era in eras):
                    found.append(_entity(Entity, (self.pii_type, m.start("v"), m.end("v"), 0.9, self.name)))
        if "RE," in text and "\nHO," in text:  # a receipt file (レセプト電算): the patient's birth date in its RE record
            for m in _UKE_RE.finditer(text):
                if _etax_code_date(m.group(1)):
                    found.append(_entity(Entity, (self.pii_type, m.start(1), m.end(1), 0.85, self.name)))
        if "JAHISTC" in text:  # an お薬手帳 data file (JAHIS): its patient record 1,氏名,性別,生年月日(YYYYMMDD),…
            for m in _JAHIS_PATIENT.finditer(text):
                d = match_date(text, m.start(1))
                if d is not None and d.end() == m.end(1) and parse_date(d) is not None:
                    found = [e for e in found if (e.start, e.end) != m.span(1)]
                    found.append(_entity(Entity, (self.pii_type, m.start(1), m.end(1), 0.9, self.name)))
        if found and _ANIMAL_CUE.search(text) is not None:
            found = [e for e in found if not _an_animal_s(text, e.start)]
        return iter(found)

    def _answered(self, text: str, e: Entity) -> Entity:
        """An unlabelled date that answers the turn before it, which asked for the birth date (お名前と生年月日を
        お願いします ⏎ USER : 1990年3月4日、…; a chat export's next message): raised to a birth date."""
        lo = max(0, e.start - _ASK_REACH)
        ask = None
        for ask in _ASKED.finditer(text, lo, e.start):
            pass  # (the last request before the date)
        if ask is None:
            return e
        between = text[ask.end():e.start]
        if not _TURN_BREAK.search(between) or self._date_between(text, ask.end(), e.start):
            return e  # (the same turn, or another date answered first)
        return _entity(Entity, (e.type, e.start, e.end, 0.85, e.detector))

    def _repeats(self, text: str, found: list[Entity], starts: dict[int, _dt.date]) -> Iterator[Entity]:
        """The same calendar date as a labelled birth date, written again elsewhere year first without a label
        (a chat answer to 生年月日を教えてください, a summary line): it is that birth date again, unless a negative
        label (入社日, 発行日 …) says otherwise."""
        dates = {starts[e.start] for e in found}
        years = {str(d.year) for d in dates}
        taken = {e.start for e in found}
        if any(c in text for c in _ERA_FIRST):  # … or in the era's calendar (平成の2年、3月4日 read back as 平成2年3月4日)
            for y in _ERA_AT.finditer(text):
                i = y.start()
                if i in taken:
                    continue
                m = match_date(text, i)
                if (m is not None and parse_date(m) in dates and not _TIME_AFTER.match(text, m.end())
                        and self.context.nearest(text, i, m.end())[0] >= 0):
                    taken.add(i)
                    yield Entity(self.pii_type, m.start(), m.end(), 0.8, self.name)
        if sum(text.count(y) for y in years) <= len(found):
            return  # (no year of these dates is written anywhere else)
        for y in _YEAR.finditer(text):
            i = y.start()
            if y.group() not in years or i in taken:
                continue
            m = _DATES_DIGIT.match(text, i)  # (a year starts it)
            if (m is not None and parse_date(m) in dates
                    and not _TIME_AFTER.match(text, m.end()) and self.context.nearest(text, i, m.end())[0] >= 0):
                yield Entity(self.pii_type, m.start(), m.end(), 0.8, self.name)

    @staticmethod
    def _after_relation(text: str, start: int, end: int) -> bool:
        """Is the date right after a family-relation word, in a family document, with no event after it?"""
        if not _family_doc(text):
            return False
        if not _RELATION_BEFORE.search(text, max(0, start - 18), start):
            # …or a relation column right after it: ①近藤 湊  H30.6.21  続柄 長男
            return _RELATION_AFTER.match(text, end) is not None
        le = text.find("\n", end)
        return _EVENT_AFTER.search(text, end, min(end + 30, len(text) if le == -1 else le)) is None
