"""Offset-preserving text normalisation for Japanese text (NFKC-style, narrowed to what detectors need).

Detectors run on a normalised copy of the text: full-width ASCII (０-９, Ａ-Ｚ, ａ-ｚ, ＠, ．, －, （ …) becomes
ASCII, every hyphen and dash variant (‐ ‑ ‒ – — ― − ﹣ －) becomes '-', the katakana prolonged sound mark
(ー, ｰ) becomes '-' only between two digits (so コーヒー stays), the ideographic space becomes ' ', and
half-width katakana becomes full-width katakana (ｶﾞ → ガ), and variant kanji of names that the dictionary
does not know fold to their common form (髙→高, 﨑→崎, 𠮷→吉, compatibility ideographs → unified). Almost every mapping is one character to one
character, so offsets usually stay identical; only composing a half-width voiced mark shortens the text, and
then an index map is kept. `Normalized.span_to_original` turns a span of the normalised text back into the
span of the original text. Two edits remove characters, also with an index map: the spaces of letter-spaced words and numbers as PDF
extraction writes them (生 年 月 日, 6 4 5 5 7 2 …, two single characters such as 林 浩 included) and a line
break inside a hyphenated number (03-6407-⏎5265); so do the spaces around a separator between digits
(981 - 3133, H4 . 9 . 16) and inside an address number (7 丁目 11 番 3 号). Texts that contain nothing to change are returned as-is.
Percent-encoded text, as query strings and form posts put it in web logs (name=%E9%AB%98%E6%A9%8B+%E7%BE%8E), is read
decoded, from UTF-8 or a legacy CGI's Shift_JIS; each decoded character maps back to its escaped bytes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Normalized", "normalize", "normalized_text", "HYPHENS"]

# Hyphen / dash / minus variants written inside numbers. 'ー' and 'ｰ' are handled separately (context).
HYPHENS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u02d7\u2500\u2501"

_TABLE: dict[int, int] = {}
for _cp in range(0xFF01, 0xFF5F):  # full-width ASCII block -> ASCII
    _TABLE[_cp] = _cp - 0xFEE0
for _ch in HYPHENS:
    _TABLE[ord(_ch)] = ord("-")
_TABLE[0x3000] = ord(" ")  # ideographic space
_TABLE[0x00A0] = ord(" ")  # no-break space
_TABLE[0xFF5E] = ord("~")
_TABLE[0x301C] = ord("~")  # wave dash
_TABLE[0xFFE0] = ord("¢")
_TABLE[0xFFE5] = ord("¥")  # full-width yen
_TABLE[0xFF61] = ord("。")
_TABLE[0xFF62] = ord("「")
_TABLE[0xFF63] = ord("」")
_TABLE[0xFF64] = ord("、")
_TABLE[0xFF65] = ord("・")
# half-width katakana (U+FF66..U+FF9D) -> full-width, one to one; voiced marks handled below
for _cp in range(0xFF66, 0xFF9E):
    _full = unicodedata.normalize("NFKC", chr(_cp))
    if len(_full) == 1:
        _TABLE[_cp] = ord(_full)
_TABLE[0xFF70] = ord("ー")
_TABLE[0xFF9E] = 0x309B  # ﾞ -> ゛ (composed below when it follows a kana)
_TABLE[0xFF9F] = 0x309C  # ﾟ -> ゜

# variant kanji of names the dictionary does not know (髙橋, 山﨑, 𠮷田, 濵田, 栁田, 瀨戸) fold to their common form, and
# CJK compatibility ideographs (U+F900-U+FAFF) to their unified form: one character for one, offsets unchanged
VARIANT_KANJI = {"髙": "高", "﨑": "崎", "𠮷": "吉", "濵": "浜", "栁": "柳", "瀨": "瀬"}
for _cp in range(0xF900, 0xFB00):
    _u = unicodedata.normalize("NFKC", chr(_cp))
    if len(_u) == 1 and _u != chr(_cp) and "\u3400" <= _u <= "\u9fff":
        _TABLE[_cp] = ord(_u)
for _a, _b in VARIANT_KANJI.items():
    _TABLE[ord(_a)] = ord(_b)

_NEEDS_CLASS = "[" + re.escape("".join(chr(c) for c in _TABLE)) + "]"
_NEEDS = re.compile(_NEEDS_CLASS + "+")
# the text split around the runs that need translating: [plain, run, plain, run, …, plain], one pass in C
# (a run written [X][X]* rather than [X]+: a pattern that starts with a character class is scanned for that class,
# one that starts with a repeat is tried at every position, a third slower)
_NEEDS_SPLIT = re.compile("(" + _NEEDS_CLASS + _NEEDS_CLASS + "*)")


@lru_cache(maxsize=4096)
def _translated(run: str) -> str:  # (short runs repeat: （, ：, ０９０; a hit costs no Python frame)
    return run.translate(_TABLE)


def _translate_runs(runs: list[str]) -> list[str]:
    # (only short runs are memoised: a long one, a paragraph in full-width letters, is translated as it comes)
    return [_translated(r) if len(r) <= 24 else r.translate(_TABLE) for r in runs]


_VOICED = re.compile("[\u30a0-\u30ff][\u309b\u309c]")
# ー between digits, also with one space on either side (0467 ー 28 ー 8188); literal first for a fast scan
_LONG_BETWEEN_DIGITS = re.compile(r"\u30fc(?<=[0-9]\u30fc)(?= ?[0-9])|\u30fc(?<=[0-9] \u30fc)(?= ?[0-9])")


_CJK = "\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々"
# letter-spaced words from PDF extraction (生 年 月 日, 個 人 番 号): a space between two single characters
_SPACED_CJK = re.compile(rf" (?<=[{_CJK}] )(?<![{_CJK}][{_CJK}] )(?=[{_CJK}](?![{_CJK}]))")
# spaced digits (6 4 5 5 7 2 0 2 5 1 0 2, ( 0 8 0 )   2 0 3 5 …): single characters, 1-3 spaces apart
_DIGIT_HINT = re.compile(r" (?<=[0-9] )(?=[0-9] [0-9] )")
_SPACED_DIGITS = re.compile(r"[0-9(](?<![0-9A-Za-z(][0-9(])(?: {1,3}[0-9()\-]){6,}(?![0-9A-Za-z])")
# spaces around a separator between digits, as PDF extraction writes them (〒 981 - 3133, H4 . 9 . 16)
# (not " / ": that separates two numbers in a list, 047-470-2318 / 080-1207-6635)
# (every alternative starts with the space it deletes, its lookbehind after it: a literal first, which sre scans for)
_SPACED_SEP = re.compile(r" (?<=[0-9] )(?=[-.] ?[0-9])| (?<=[0-9] [-.] )(?=[0-9])| (?<=[0-9]- )(?=[0-9])")
# spaces inside an address number as PDF/OCR text writes it (本町 7 丁目 11 番 3-1208 号, 大島 5 丁目 40 番 2 号)
# (and between a town's name and its block number: 字辻ノ城 850 番地)
_SPACED_ADDR = re.compile(r" (?<=[0-9] )(?=(?:丁目|番地|番(?!号)|号)(?![0-9]))| (?<=丁目 )(?=[0-9])| (?<=番地 )(?=[0-9])"
                          r"| (?<=[0-9]番 )(?=[0-9])| (?<=[0-9]号 )(?=[0-9])"
                          rf"| (?<=[{_CJK}] )(?=[0-9]{{1,5}} ?(?:丁目|番地))")
# a space where any of _SPACED_CJK, _SPACED_SEP, _SPACED_ADDR or _DIGIT_HINT matches: their alternatives (each starts
# with its space), grouped by the character before the space so that a space is tried against few of them; one scan
# for all four (tests/test_normalize_context.py checks it finds the same spaces as they do)
# (the first lookbehind, the characters any alternative needs before the space, rules out the spaces between words
# of Latin text or after punctuation in one test, before the alternatives' own lookbehinds are tried)
_SPACED_ANY = re.compile(
    rf" (?<=[0-9\-.{_CJK}] )(?:(?<=[0-9] )(?:(?=[-.] ?[0-9])|(?=(?:丁目|番地|番(?!号)|号)(?![0-9]))|(?=[0-9] [0-9] ))"
    r"|(?<=[-.] )(?=[0-9])(?:(?<=[0-9] [-.] )|(?<=[0-9]- ))"
    rf"|(?<=[{_CJK}] )(?:(?<![{_CJK}][{_CJK}] )(?=[{_CJK}](?![{_CJK}]))"
    r"|(?=[0-9])(?:(?<=丁目 )|(?<=番地 )|(?<=[0-9]番 )|(?<=[0-9]号 )|(?=[0-9]{1,5} ?(?:丁目|番地)))))")
# the spaces of a two-character label spaced out to a longer label's width, before its colon (氏　　名：, 宗　　派：)
# or, at the start of a line, before a wide gap to its value (旅  券      MZ0637218)
_WIDE_LABEL = re.compile(rf"  (?<=[{_CJK}]  ) {{0,2}}(?=[{_CJK}](?: {{0,2}}[:：]|(?P<gap>  )))")
_LABEL_LEAD = frozenset("\n \t・■□●○◆◇【[(（")  # (what may stand before such a label)
# a line break inside a hyphenated number (03-6407-⏎5265, 099-76⏎6-0987)
# (not before a line that starts with a postal code and its address: 茅ヶ崎市新栄町1-1⏎253-0044 茅ヶ崎市…)
# (nor before a line that starts with a date: a log's next record, 2024-11-08T14:03:31 after …dob=1993-04-25⏎)
_WRAPPED = re.compile(r"\n(?<=[0-9]-\n)(?=[0-9])(?![0-9]{4}-[0-9]{2}-[0-9]{2})"
                      r"|\n(?<=-[0-9]\n)(?=[0-9]{1,4}-[0-9])(?![0-9]{3}-[0-9]{4}[ \t\u3000]|[0-9]{4}-[0-9]{2}-[0-9]{2})"
                      r"|\n(?<=-[0-9]{2}\n)(?=[0-9]{1,4}-[0-9])(?![0-9]{3}-[0-9]{4}[ \t\u3000]|[0-9]{4}-[0-9]{2}-[0-9]{2})"
                      r"|\n(?<=-[0-9]{3}\n)(?=[0-9]{1,4}-[0-9])(?![0-9]{3}-[0-9]{4}[ \t\u3000]|[0-9]{4}-[0-9]{2}-[0-9]{2})")
# what every line break _WRAPPED removes has around it (a literal first: a fast scan of a text with none)
_WRAPPED_HINT = re.compile(r"-[0-9]{0,3}\n[0-9]")


def _between_records(t: str, nl: int) -> bool:
    """True when the line break at `nl` ends one delimited record and starts the next (a CSV row's last field, a
    date, before the next row's first, a claim number): no number is wrapped there."""
    prev = t[t.rfind("\n", 0, nl) + 1:nl]
    j = t.find("\n", nl + 1)
    nxt = t[nl + 1:j if j >= 0 else len(t)]
    return any(prev.count(d) >= 2 and nxt.count(d) >= 2 for d in ",\t|;")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and the way back to the original offsets."""

    original: str
    text: str
    _start: tuple[int, ...] | None = None  # normalised index -> original index of that char (len(text)+1 entries)
    _end: tuple[int, ...] | None = None  # normalised index k -> original end of char k-1 (len(text)+1 entries)

    @property
    def identity(self) -> bool:
        return self._start is None

    def to_original(self, i: int) -> int:
        """Map one normalised index (0..len(text)) to the original index."""
        if self._start is None:
            return i
        return self._start[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of `text` to the half-open span of `original` that produced it."""
        if self._start is None:
            return start, end
        if end <= start:
            s = self._start[start]
            return s, s
        return self._start[start], self._end[end]


# a date typed or OCR-read with spaces between its digits and units (S 6 3 . 1 1 . 2 4, 1月 2 2日, 2006 年 1 2 月 1 9 日,
# 昭 5 8. 1 0. 1 3): the spaces inside its numbers and before or after 年/月/日 go
_DATE_SPACE_HINT = re.compile(r" (?<=[0-9] )(?=[0-9年月日])| (?<=[年月] )(?=[0-9])")
_SPACED_NUM = re.compile(r"(?<![0-9])[0-9](?: [0-9]){1,3}(?![0-9])")
_DATE_BEFORE = frozenset("SHRTM昭平令大明年月./-(（")
_DATE_AFTER = frozenset("./-年月日)）")
_LOT_BEFORE = re.compile(r"[-‐－][0-9]{1,4}\Z")
_UNIT_SPACE = re.compile(r" (?<=[0-9] )(?=[年月日])| (?<=[年月] )(?=[0-9](?:[0-9]|(?: [0-9])+)? ?[月日])")


_DIGIT_GAP = re.compile(r" (?<=[0-9] )(?=[0-9])")  # (a space between two digits: where a spaced number can be)


def _spaced_dates(t: str, delete: set[int]) -> None:
    done = -1
    for g in _DIGIT_GAP.finditer(t):  # (a literal-led scan; each spaced number is read around its first gap)
        if g.start() < done:
            continue
        m = _SPACED_NUM.search(t, max(0, g.start() - 1), g.start() + 8)
        if m is None or m.start() > g.start():
            continue
        done = m.end()
        s, e = m.span()
        p = s - 1
        if p >= 0 and t[p] == " ":
            p -= 1
        q = e + 1 if e < len(t) and t[e] == " " else e
        before = p >= 0 and t[p] in _DATE_BEFORE and not (t[p] in "SHRTM" and p and t[p - 1].isalpha())  # (not EH9 1HG)
        if e < len(t) and t[e] in ":時" and m.group(0).count(" ") == 1:
            continue  # 4/1 9:12, 5/2 8時: a date's day, then the hour of a time, not one spaced-out number
        if before or (q < len(t) and t[q] in _DATE_AFTER):
            delete.update(range(s + 1, e, 2))
    for m in _UNIT_SPACE.finditer(t):
        i = m.start()
        if t[i + 1] in "月日" and _LOT_BEFORE.search(t, max(0, i - 6), i) is not None:
            continue  # 日野中央2-3-1 日野台団地: a lot number, then a building named 日… or 月…, no date
        delete.add(m.start())


def _edits(t: str) -> tuple[set[int], list[int]]:
    """Indices to delete (spaces inside spaced words/numbers, wrapped lines) and kana+voiced-mark pairs."""
    delete: set[int] = set()
    if " " in t:
        # one scan for the spaces any of the four space patterns matches (few), each then tested by the pattern itself:
        # the same positions as their own scans
        hint = False
        sep = addr = None
        for m in _SPACED_ANY.finditer(t):
            p = m.start()
            if _SPACED_CJK.match(t, p):
                delete.add(p)
            if _SPACED_SEP.match(t, p):
                if sep is None:
                    sep = "- " in t or " ." in t  # (" - " and " . " hold one of these)
                if sep:
                    delete.add(p)
            if _SPACED_ADDR.match(t, p):
                if addr is None:
                    addr = " 丁目" in t or " 番" in t or " 号" in t or "番地" in t or "丁目" in t
                if addr:
                    delete.add(p)
            hint = hint or _DIGIT_HINT.match(t, p) is not None
        if hint:
            for m in _SPACED_DIGITS.finditer(t):
                seg = m.group(0)
                if sum(c.isdigit() for c in seg) >= 7:
                    delete.update(m.start() + i for i, c in enumerate(seg) if c == " ")
    if "  " in t:
        for m in _WIDE_LABEL.finditer(t):  # 氏　　名：, 宗　　派：: a two-character label spaced to the width of four
            b = m.start() - 2
            if b < 0 or (t[b] in _LABEL_LEAD if m.group("gap") is None else not t[t.rfind("\n", 0, b + 1) + 1:b + 1].strip()):
                delete.update(range(m.start(), m.end()))
    if "\n" in t and _WRAPPED_HINT.search(t):
        delete.update(m.start() for m in _WRAPPED.finditer(t) if not _between_records(t, m.start()))
    if " " in t and _DATE_SPACE_HINT.search(t) is not None:
        _spaced_dates(t, delete)
    compose = [m.start() for m in _VOICED.finditer(t)] if ("\u309b" in t or "\u309c" in t) else []
    return delete, compose


def _apply(t: str, delete: set[int], compose: list[int]) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """Apply sparse deletions and compositions, slicing the untouched stretches (edits are rare)."""
    edits = sorted([(i, "d") for i in delete] + [(i, "c") for i in compose])
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = [0]
    pos = 0
    for i, kind in edits:
        if i < pos:
            continue
        out.append(t[pos:i])
        starts.extend(range(pos, i))
        ends.extend(range(pos + 1, i + 1))
        if kind == "d":
            pos = i + 1
            continue
        mark = "\u3099" if t[i + 1] == "\u309b" else "\u309a"
        composed = unicodedata.normalize("NFC", t[i] + mark)
        if len(composed) == 1:
            out.append(composed)
            starts.append(i)
            ends.append(i + 2)
            pos = i + 2
        else:
            out.append(t[i])
            starts.append(i)
            ends.append(i + 1)
            pos = i + 1
    n = len(t)
    out.append(t[pos:])
    starts.extend(range(pos, n))
    ends.extend(range(pos + 1, n + 1))
    starts.append(n)
    return "".join(out), tuple(starts), tuple(ends)


_CJK_CHAR = re.compile(f"[{_CJK}]")


# OCR's misreadings inside a run of digits (O9O-2288-6147, 045-3l2-6650, 2一1 7一3一5O6): letters O/o read for 0, l/I
# for 1, the kanji 一 for a hyphen; only in a run of digits, hyphens and single spaces that holds five digits or more,
# not touching a word (Hello12345 stays)
# (a digit beside a misreading: scanned for the misread characters, fewer than the digits, then the digit around it)
_OCR_HINT = re.compile(r"[OolI一](?:(?<=[0-9][OolI一])|(?=[0-9])|(?<=[OolI])(?= ?[年月日]))")  # (… or before 年月日: 平成 ll 年)
# (S read for 5 and B for 8 are fixed too, only between digits in a run that has another misreading: 6O2l4B8)
_OCR_RUN = re.compile(r"(?<![A-Za-z])[0-9OolI](?:[0-9OolISB一\-]| (?=[0-9OolISB一]))*[0-9OolISB](?![A-Za-z])")
_OCR_FIX = {"O": "0", "o": "0", "l": "1", "I": "1", "一": "-"}
_OCR_FIX_INSIDE = {"S": "5", "B": "8"}


# A run only changes where a misread character has a neighbour it is fixed beside (O/o/l/I beside a digit or a hyphen,
# 一 between digits or misread letters), and a run lies inside one stretch of the characters a run is made of: only
# the stretches around such a character are scanned, with the whole text's lookarounds (the same runs as one scan)
# (led by one character class, tested by lookarounds after it: a pattern led by a class is scanned for it, one led by
# alternatives of classes is tried at every position)
_OCR_FIXABLE = re.compile(r"[OolI一](?:(?<=[0-9\-][OolI])|(?<=[OolI])(?=[0-9\-])|(?<=[0-9OolI]一)(?=[0-9OolI]))")
_RUN_CHARS = frozenset("0123456789OolISB一- ")
_RUN_STRETCH = re.compile(r"[0-9OolISB一\- ]*")


def _fixed_run(run: str) -> list[str] | None:
    """The characters of one run with its misreadings fixed, or None when the run is left alone."""
    digits = sum(c.isdigit() for c in run)
    if (digits < 5 and (digits < 3 or digits + sum(c in "OolISB" for c in run) < 7)) or not any(c in _OCR_FIX for c in run):
        return None  # (five real digits, or three and seven in all with the misread ones: 6O2l4B8)
    chars = list(run)
    # (a letter that only leads the run is fixed when the run has another misreading inside: hotel room O48-…
    # alone may be a code, and the phone detector reads that form itself after a phone label)
    inner = any(c in _OCR_FIX for c in run[1:])
    for i, c in enumerate(run):
        if c in _OCR_FIX_INSIDE:
            if i and (run[i - 1].isdigit() or run[i - 1] in "-OolI") and (
                    i + 1 == len(run) or run[i + 1].isdigit() or run[i + 1] in "-OolI"):
                chars[i] = _OCR_FIX_INSIDE[c]
            continue
        if c in _OCR_FIX and (i or inner):
            before = run[i - 1] if i else ""
            after = run[i + 1] if i + 1 < len(run) else ""
            if c == "一":
                ok = (before.isdigit() or before in "OolI") and (after.isdigit() or after in "OolI")
            else:
                ok = before.isdigit() or after.isdigit() or before == "-" or after == "-"
            if ok:
                chars[i] = _OCR_FIX[c]
    return chars


# short numbers of a known shape with misread digits, too short for a run above: dates (S47. ll. 3O, H7.6.l4,
# 2OO1年l2月5日), postal codes (273-OOO5, 8l2 - OO11), an address's block numbers (栄町2-ll-4) and short numbers
# (サンハイツ川口6O8); fixed when two fifths of their digits at least are real and they keep their shape
_D = "[0-9OolI]"
_DSB = "[0-9OolISB]"  # (in a date written with 年月日, S and B too: 昭和 5B年 l2月 2日)
_OCR_SHAPED = re.compile(
    # (a date may follow its era's letter: S47. ll. 3O; other shapes stand alone: SO14 is a British postcode's)
    # (only numbers with a misread character in them: a lookahead, so that the many clean numbers fail at once)
    rf"(?=[0-9SB ./\-年月]{{0,12}}[OolI])"
    rf"(?:(?:(?<=[STHRM])(?<![A-Za-z][STHRM])|(?<![0-9A-Za-z]))"
    rf"(?:{_DSB}{{1,4}} ?年 ?{_DSB}{{1,2}} ?月 ?{_DSB}{{1,2}} ?日|{_D}{{1,4}}([./]) ?{_D}{{1,2}}\1 ?{_D}{{1,2}})"
    rf"|(?<![0-9A-Za-z])(?:{_D}{_DSB}{{0,3}}(?:-{_D}{_DSB}{{0,3}}){{1,3}}|{_D}{{3}} ?- ?{_D}{{4}}|{_D}{{2,6}}))(?![0-9A-Za-z])")
_OCR_SHAPE_FIX = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})


# a day, a month's name and a year (Date of Birth: I5 Mar l988): the day and the year fixed, the month's letters kept
_OCR_DMY = re.compile(
    rf"(?<![0-9A-Za-z])(?P<d>{_D}{{1,2}})[ -](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|"
    rf"JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]{{0,6}}\.?[ -](?P<y>{_D}{{4}})(?![0-9A-Za-z])")


def _ocr_shaped(t: str) -> str:
    """`t` with the misread characters of short numbers of a known shape fixed one for one (see above)."""
    if _OCR_DMY.search(t) is not None:
        chars = None
        for m in _OCR_DMY.finditer(t):
            if sum(c.isdigit() for c in m.group("y")) < 2:
                continue
            if chars is None:
                chars = list(t)
            for g in ("d", "y"):
                chars[m.start(g):m.end(g)] = m.group(g).translate(_OCR_SHAPE_FIX)
        if chars is not None:
            t = "".join(chars)
    out = None
    for m in _OCR_SHAPED.finditer(t):
        v = m.group()
        digits = sum(c.isdigit() for c in v)
        if digits < 2 or digits * 5 < (len(v) - sum(c in " ./-年月日" for c in v)) * 2 or not any(
                c in _OCR_FIX for c in v):
            continue  # (two fifths of the digits at least real: IO.IO.2O is no date)
        if not any(c in _OCR_FIX for c in v[1:]):
            p = m.start() - 1
            while p >= 0 and t[p] == " ":
                p -= 1
            if p >= 0 and t[p].isascii() and t[p].isalpha():
                continue  # (a letter only leading the number after a word: hotel room O48-822-7193 may be a code)
        if v.isascii() and v.isalnum() and (digits * 2 < len(v) or not (v[0].isdigit() or v[-1].isdigit())):
            continue  # (a bare run: half of it real digits, one at an end: 6O8, 2O4, not lOl1)
        if out is None:
            out = list(t)
        out[m.start():m.end()] = v.translate(_OCR_SHAPE_FIX)
    return t if out is None else "".join(out)


def _ocr_digits(t: str) -> str:
    """`t` with the misread characters of digit runs replaced one for one (offsets unchanged)."""
    t = _ocr_shaped(t)
    out = None
    done = 0
    for f in _OCR_FIXABLE.finditer(t):
        p = f.start()
        if p < done:
            continue
        a = p
        while a > 0 and t[a - 1] in _RUN_CHARS:
            a -= 1
        done = _RUN_STRETCH.match(t, p).end()
        for m in _OCR_RUN.finditer(t, a, done + 1):  # (one character past the stretch: the lookahead's)
            chars = _fixed_run(m.group())
            if chars is None:
                continue
            if out is None:
                out = list(t)
            out[m.start():m.end()] = chars
    return t if out is None else "".join(out)


def _keep_word_gaps(text: str, delete: set[int]) -> None:
    """Keep the ideographic spaces between the words of a letter-spaced line whose letters are one ASCII space
    apart on both sides (氏 名　猪 股　ヨ シ エ → 氏名 猪股 ヨシエ, not one word): there the wide space is the word gap."""
    n = len(text)
    for p in [p for p in delete if text[p] == "\u3000"]:
        if not (p >= 2 and text[p - 2] == " " and p - 2 in delete) or p + 2 >= n:
            continue
        if (text[p + 2] == " " and p + 2 in delete) or (_CJK_CHAR.match(text, p + 2) and _CJK_CHAR.match(text, p + 3)):
            delete.discard(p)  # (住 所　益城町…: a letter-spaced label before a word written whole)


# percent-encoded text (a query string or form post in a web log: name=%E9%AB%98%E6%A9%8B+%E7%BE%8E%E5%92%B2): a run of
# escaped bytes, in UTF-8 or, as legacy CGI wrote it, in Shift_JIS (whose second byte may stay a literal: %E2V%93%A1)
_PCT_HINT = re.compile(r"%[89A-Fa-f][0-9A-Fa-f]%[0-9A-Fa-f]{2}|%[89A-Fa-f][0-9A-Fa-f][@-~]%")
_PCT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2}|(?<=%[89EeFf][0-9A-Fa-f])[@-~])+")
_PCT_BYTE = re.compile(r"%([0-9A-Fa-f]{2})|(.)", re.S)
_FORM_PLUS = re.compile(r"\+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\+(?=[0-9A-Za-z])")
_SJIS_TEXT = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff9f0-9A-Za-z \-.,@_/:()]+")


def _decoded_run(run: str) -> tuple[str, list[int]] | None:
    """The characters a run of escaped bytes spells, each with the length of its source in `run`; None when the run
    is no text (invalid in both encodings, or only ASCII)."""
    data, sizes = bytearray(), []
    for m in _PCT_BYTE.finditer(run):
        data.append(int(m.group(1), 16) if m.group(1) else ord(m.group(2)))
        sizes.append(3 if m.group(1) else 1)
    for enc in ("utf-8", "cp932"):
        try:
            chars = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if chars.isascii() or (enc == "cp932" and _SJIS_TEXT.fullmatch(chars) is None):
            return None
        out, k = [], 0
        for c in chars:
            n = len(c.encode(enc))
            out.append(sum(sizes[k:k + n]))
            k += n
        return chars, out
    return None


def _percent_decoded(text: str) -> tuple[str, list[int], list[int]] | None:
    """`text` with its percent-encoded runs of text decoded (and a form's + beside them read as a space), with the
    original start of each character and the original end of each prefix; None when there is nothing to decode."""
    pieces, starts, ends, pos = [], [], [0], 0
    for m in _PCT_RUN.finditer(text):
        d = _decoded_run(m.group())
        if d is None:
            continue
        chars, sizes = d
        pieces.append(text[pos:m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        q = m.start()
        for c, n in zip(chars, sizes):
            pieces.append(c)
            starts.append(q)
            q += n
            ends.append(q)
        pos = m.end()
    if not pieces:
        return None
    pieces.append(text[pos:])
    starts.extend(range(pos, len(text) + 1))
    ends.extend(range(pos + 1, len(text) + 1))
    out = "".join(pieces)
    if "+" in out:  # (name=%E9%AB%98%E6%A9%8B+%E7%BE%8E: a form's space between decoded words)
        out = _FORM_PLUS.sub(" ", out)
    return out, starts, ends


def normalize(text: str) -> Normalized:
    """Normalise `text` for detection; see the module docstring for what changes."""
    if "%" in text and _PCT_HINT.search(text) is not None:
        dec = _percent_decoded(text)
        if dec is not None:
            decoded, ds, de = dec
            n = _normalize(decoded)
            if n._start is None:
                return Normalized(text, n.text, tuple(ds), tuple(de))
            return Normalized(text, n.text, tuple(ds[i] for i in n._start), tuple(de[e] for e in n._end))
    return _normalize(text)


def _normalize(text: str) -> Normalized:
    if text.isascii() and " " not in text and "\n" not in text:
        return Normalized(text, text)  # (a short ASCII header or cell: nothing in it to translate, join or delete)
    parts = _NEEDS_SPLIT.split(text)
    if len(parts) == 1:  # nothing to translate
        t = text
        if "\u30fc" in text and _LONG_BETWEEN_DIGITS.search(text):
            t = _LONG_BETWEEN_DIGITS.sub("-", text)
    else:
        parts[1::2] = _translate_runs(parts[1::2])  # translate only the runs that need it (str.translate is slow)
        t = "".join(parts)
        if "\u30fc" in t:
            t = _LONG_BETWEEN_DIGITS.sub("-", t)
    if _OCR_HINT.search(t) is not None:
        t = _ocr_digits(t)
    delete, compose = _edits(t)
    if delete and "\u3000" in text and " " in text:
        _keep_word_gaps(text, delete)
    if not delete and not compose:
        return Normalized(text, t)
    out, starts, ends = _apply(t, delete, compose)
    return Normalized(text, out, starts, ends)


def normalized_text(text: str) -> str:
    """`normalize(text).text`, without building the maps when the text has nothing to change (a header, a cell)."""
    if (_NEEDS.search(text) is None and " " not in text and "\n" not in text and "\u30fc" not in text
            and "\u309b" not in text and "\u309c" not in text):
        return text  # (nothing to translate, no ー between digits, no space or line break to delete, no mark to compose)
    return normalize(text).text
