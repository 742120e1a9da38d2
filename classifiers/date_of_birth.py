"""DATE_OF_BIRTH: birth dates in Western and Japanese-era (和暦) forms, reported only with birth context.

Forms: 1985/04/01, 1985-4-1, 1985.04.01, 1985年4月1日, 19850401, 04/01/1985, April 1, 1985, 1 Apr 1985,
昭和60年4月1日, 昭和６０年, 平成元年, S60.4.1, H2/3/4, R1-5-1, the one-letter or one-kanji era (昭60.4.1), both
calendars together (昭和59年（1984年）1月30日, 1953年（昭和28年）12月30日) and kanji numerals (昭和五十九年十二月二十六日,
一九八五年四月一日).
Every candidate must be a real calendar date within its era and not in the future. Dates are everywhere in
business text, so a date counts only when a birth label is nearest to it (生年月日, 誕生日, 生まれ, DOB, birth,
born, or 生 / 歳 right after), or, in a 扶養 / family form, a family-relation word right before it (長男　H23.9.9);
入社日, 発行日, 契約日 and the like veto it. A birth-date column
(`classifiers.columns`) reports whole cells instead.
"""

from __future__ import annotations

import datetime as _dt
import re
import time as _time
from typing import Iterator

from .base import PatternDetector, lowered
from .context import ContextWords

ERAS = {  # era -> (first Gregorian year, last era year)
    "明治": (1868, 45), "大正": (1912, 15), "昭和": (1926, 64), "平成": (1989, 31), "令和": (2019, 99),
}
_ERA_ALIASES = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和",
                "明": "明治", "大": "大正", "昭": "昭和", "平": "平成", "令": "令和"}
_MONTHS = {m.lower(): i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTHS.update({m.lower(): i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)})
_MON = r"(?i:(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\.?"

_S = r"[ \t]?"
_ERA_PAREN = r"(?:[(（](?:明治|大正|昭和|平成|令和|[MTSHR]\.?)\d{1,2}年?[)）]" + _S + r")?"
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def kanji_number(s: str) -> int:
    """一九八五 -> 1985, 二十六 -> 26, 十二 -> 12, 元 -> 1."""
    if s == "元":
        return 1
    if "十" in s:
        left, _, right = s.partition("十")
        return (kanji_number(left) if left else 1) * 10 + (kanji_number(right) if right else 0)
    n = 0
    for c in s:
        n = n * 10 + _KANJI_DIGITS[c]
    return n
_DATES = re.compile(
    "|".join([
        r"(?<![\d.\-/])(?P<y1>(?:19|20)\d{2})" + _S + _ERA_PAREN + r"年" + _S + _ERA_PAREN + r"(?P<m1>\d{1,2})" + _S + r"月" + _S + r"(?P<d1>\d{1,2})" + _S + r"日",
        r"(?<![\d.\-/])(?P<y2>(?:19|20)\d{2})(?P<sep2>[/\-.])(?P<m2>\d{1,2})(?P=sep2)(?P<d2>\d{1,2})(?![\d]|[.\-/]\d)",
        r"(?<![\d.\-/])(?P<y3>(?:19|20)\d{2})(?P<m3>0[1-9]|1[0-2])(?P<d3>0[1-9]|[12]\d|3[01])(?!\d)",
        r"(?<![\d.\-/])(?P<m4>\d{1,2})(?P<sep4>[/\-.])(?P<d4>\d{1,2})(?P=sep4)(?P<y4>(?:19|20)\d{2})(?![\d]|[.\-/]\d)",
        r"(?<![A-Za-z])" + _MON.replace("mon", "mon5") + r"[ \t]?(?P<d5>\d{1,2})(?:st|nd|rd|th)?,?[ \t]?(?P<y5>(?:19|20)\d{2})(?!\d)",
        r"(?<!\d)(?P<d6>\d{1,2})(?:st|nd|rd|th)?[ \t\-]" + _MON.replace("mon", "mon6") + r",?[ \t\-](?P<y6>(?:19|20)\d{2})(?!\d)",
        r"(?P<era7>明治|大正|昭和|平成|令和)" + _S + r"(?P<ey7>\d{1,2}|元)" + _S + r"年" + _S + r"(?:[(（](?:19|20)\d{2}年?[)）]" + _S + r")?(?P<m7>\d{1,2})" + _S + r"月" + _S + r"(?P<d7>\d{1,2})" + _S + r"日",
        r"(?<![A-Za-z])(?P<era8>[MTSHR明大昭平令])" + r"\.?" + _S + r"(?P<ey8>\d{1,2}|元)(?P<sep8>[./\-])(?P<m8>\d{1,2})(?P=sep8)(?P<d8>\d{1,2})(?![\d]|[.\-/]\d)",
        r"(?P<era10>明治|大正|昭和|平成|令和)(?P<ey10>[元〇一二三四五六七八九十]{1,3})年(?P<m10>[〇一二三四五六七八九十]{1,3})月"
        r"(?P<d10>[〇一二三四五六七八九十]{1,3})日",
        r"(?P<y11>[一二][〇一二三四五六七八九]{3})年(?P<m11>[〇一二三四五六七八九十]{1,3})月(?P<d11>[〇一二三四五六七八九十]{1,3})日",
        r"(?P<era9>[明大昭平令]|(?<![A-Za-z])[MTSHR]\.?)" + _S + r"(?P<ey9>\d{1,2}|元)" + _S + r"年" + _S + r"(?:[(（](?:19|20)\d{2}年?[)）]" + _S + r")?(?P<m9>\d{1,2})" + _S + r"月" + _S + r"(?P<d9>\d{1,2})" + _S + r"日",
    ])
)

BIRTH_WORDS = ["生年月日", "誕生日", ("生まれ", 4, "after"), "出生", "生誕", "dob", "d.o.b", "birth", "birthday", "date of birth",
               "birthdate", "born", "お誕生", "バースデー", "生年", ("生", 1, "after"), ("歳", 8, "after"), ("才", 8, "after")]


_today: tuple[int, _dt.date] = (0, _dt.date.min)


def today() -> _dt.date:
    """Today's date, looked up at most once a minute (date.today() is slow in hot loops)."""
    global _today
    now = int(_time.time()) // 60
    if _today[0] != now:
        _today = (now, _dt.date.today())
    return _today[1]


def parse_date(m: re.Match) -> _dt.date | None:
    g = m.groupdict()
    try:
        for i in ("1", "2", "3", "4"):
            if g.get("y" + i):
                return _dt.date(int(g["y" + i]), int(g["m" + i]), int(g["d" + i]))
        for i in ("5", "6"):
            if g.get("y" + i):
                key = g["mon" + i].rstrip(".").lower()
                mon = _MONTHS.get(key) or _MONTHS[key[:3]]
                return _dt.date(int(g["y" + i]), mon, int(g["d" + i]))
        if g.get("y11"):
            return _dt.date(kanji_number(g["y11"]), kanji_number(g["m11"]), kanji_number(g["d11"]))
        if g.get("era10"):
            first, last = ERAS[g["era10"]]
            ey = kanji_number(g["ey10"])
            if not 1 <= ey <= last:
                return None
            return _dt.date(first + ey - 1, kanji_number(g["m10"]), kanji_number(g["d10"]))
        for i in ("7", "8", "9"):
            if g.get("era" + i):
                era = g["era" + i].rstrip(".")
                era = _ERA_ALIASES.get(era, era)
                first, last = ERAS[era]
                ey = 1 if g["ey" + i] == "元" else int(g["ey" + i])
                if not 1 <= ey <= last:
                    return None
                return _dt.date(first + ey - 1, int(g["m" + i]), int(g["d" + i]))
    except (ValueError, KeyError):
        return None
    return None


def is_birth_date_value(value: str) -> bool:
    """Is `value` (a whole cell) a plausible birth date in any supported form?"""
    m = _DATES.fullmatch(value.strip())
    if m is None:
        return False
    d = parse_date(m)
    return d is not None and 1880 <= d.year and d <= today()


_DATE_START = re.compile(
    r"[0-9](?<![0-9.\-/][0-9])|[明大昭平令MTSHR]|[一二](?=[〇一二三四五六七八九]{3}年)"
    r"|[JjFfMmAaSsOoNnDd](?<![A-Za-z][JjFfMmAaSsOoNnDd])(?i:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)"
)


_TIME_AFTER = re.compile(r"[ T]?[0-9]{1,2}:[0-9]{2}")

# Dependants in a 扶養 / family form: "松本 大和　長男　H23.9.9", "長女　平成26年4月30日" — a date right after a
# family-relation word, in a document about family members, is that member's birth date (unless the rest of the
# line names an event: 資格取得, 入籍, 死亡 …).
_RELATION = (r"(?<![\u3041-\u30ff\u3400-\u9fff])(?:長男|長女|次男|次女|二男|二女|三男|三女|四男|四女|妻|夫|配偶者|実?父|実?母|"
             r"義父|義母|養父|養母|祖父|祖母|子|長子|孫|兄|姉|弟|妹|子供|子ども|息子|娘)")
_REL_NOTE = r"(?:[(（][^()（）\n]{1,8}[)）])?"  # 母（同居老親）
_RELATION_BEFORE = re.compile(_RELATION + _REL_NOTE + r"[ \t:：、,)）]{0,3}$")
_RELATION_WORD = re.compile(_RELATION + _REL_NOTE + r"[ \t:：、,)）]{0,3}(?=[0-9明大昭平令MTSH])")
_BEFORE_REPEAT = " ）)0123456789日"  # what ends a date written just before a bracketed repeat of it


def _family_doc(text: str) -> bool:
    return "扶養" in text or "家族" in text or "続柄" in text or "世帯" in text


_EXAMPLE_BEFORE = re.compile(r"(?:例|e\.g\.|eg\.|ex\.|sample)[:：)）]?[ \t]?[(（]?$", re.I)
_EVENT_AFTER = re.compile(r"取得|喪失|認定|加入|脱退|異動|転入|転出|転居|入籍|結婚|婚姻|死亡|死去|離婚|就職|退職|入学|入園|入所|"
                          r"卒業|開始|終了|変更|届|申請|提出|支給|受付|予定|入院|退院|手術|受診|通院|来院|発症|事故")


class DateOfBirthDetector(PatternDetector):
    name = "date_of_birth"
    pii_type = "DATE_OF_BIRTH"
    languages = ("ja", "en")
    trigger = r"[0-9]|[元〇一二三四五六七八九十]年"
    plain_max = 0.25
    gate_words = ("歳", "才", "扶養", "続柄")
    gate_extra = r"[日0-9] ?生"
    context = ContextWords(
        BIRTH_WORDS,
        negative=["入社", "退社", "退職", "作成", "更新", "発行", "契約", "受付", "申込", "期限", "有効", "登録", "発送",
                  "配達", "入金", "支払", "締切", "開始", "終了", "提出", "実施", "開催", "予定", "交付", "取得", "届出",
                  "記入日", "年度", "現在", "日付", "issued", "expires", "expiry", "created", "updated",
                  "入学", "卒業", "異動", "採用", "着任", "納期", "出荷", "到着", "受診", "診察", "面接", "来店", "購入",
                  "就任", "施行", "改定", ("付", 1, "after"), ("まで", 1, "after"), ("から", 1, "after")],
        before=40, after=10, common_negative=False,
    )

    @staticmethod
    def _date_between(text: str, lo: int, hi: int) -> bool:
        for s in _DATE_START.finditer(text, lo, hi):
            m = _DATES.match(text, s.start())
            if m is not None and m.end() <= hi and parse_date(m) is not None and not _TIME_AFTER.match(text, m.end()):
                return True
        return False

    def _regions(self, text: str) -> list[tuple[int, int]]:
        """Stretches of text where a date could sit next to a birth label (merged, sorted)."""
        low = lowered(text)
        spans = []
        for word, pol, maxd, side, _ in self.context._items:
            if pol <= 0:
                continue
            i = low.find(word)
            while i != -1:
                if side == "after":  # 生まれ / 生 / 歳 follow the date
                    spans.append((max(0, i - maxd - 45), i + len(word)))
                else:
                    spans.append((i, min(len(text), i + len(word) + self.context.before + 45)))
                i = low.find(word, i + 1)
        if _family_doc(text):
            spans.extend((m.start(), m.end() + 24) for m in _RELATION_WORD.finditer(text))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        return merged

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        today_ = today()
        if self.min_score > self.plain_max:
            # only a labelled date can be reported: look for dates near birth labels only
            starts = (s for lo, hi in self._regions(text) for s in _DATE_START.finditer(text, lo, hi))
        else:
            starts = _DATE_START.finditer(text)
        last_end = -1
        for s in starts:
            if s.start() < last_end:
                continue
            m = _DATES.match(text, s.start())
            if m is None:
                continue
            d = parse_date(m)
            if d is None or d > today_ or d.year < 1880 or _TIME_AFTER.match(text, m.end()):
                continue  # a date with a clock time is a timestamp, not a birth date
            w = text[max(0, m.start() - 6):m.start()]
            if ("例" in w or "." in w or "mple" in w) and _EXAMPLE_BEFORE.search(w):
                continue  # a format example: 生年月日 (例: 1990-01-01)
            last_end = m.end()
            yield m.start(), m.end(), 0.25

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        pol, d = self.context.nearest(text, start, end)
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
        relation = self._after_relation(text, start, end)
        if pol < 0 and (d <= 3 or not relation):
            return 0.0  # (a relation word touching the date is nearer than the 異動 of a form's title)
        return 0.8 if relation else base

    @staticmethod
    def _after_relation(text: str, start: int, end: int) -> bool:
        """Is the date right after a family-relation word, in a family document, with no event after it?"""
        if not (_family_doc(text) and _RELATION_BEFORE.search(text, max(0, start - 18), start)):
            return False
        le = text.find("\n", end)
        return _EVENT_AFTER.search(text, end, min(end + 30, len(text) if le == -1 else le)) is None
