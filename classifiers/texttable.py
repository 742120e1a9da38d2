"""Delimited tables inside free text (CSV/TSV pasted into mail, exported lists): header-aware cell entities.

People paste spreadsheets into text: a header line (氏名, 生年月日, 個人番号, 電話番号, mail …) followed by rows
separated by tabs or commas. A value in such a row has no label beside it, so the free-text detectors cannot
tell a birth date from an order date or a My Number from a tracking number; the header can. `scan_tables`
finds blocks of at least two consecutive lines with the same delimiter and field count whose first line
reads as a header (`classifiers.columns.classify_header`), decides each column with the same rules as
structured data (`column_verdict`: header plus the share of values that fit), and returns whole-cell
entities for the fitting cells, plus the cell spans of order/product/price columns, inside which the engine
drops number-shaped identifiers, and every other data cell with its column's type: inside a table, a value
that needs a label (a My Number, a birth date, an account number) may only take it from its own column header,
not from a neighbouring cell. Delimiters: tab, |, ¦ and comma. Quotes around a cell (and the = of an Excel text
formula ="0452317790") are not part of its span; a CSV row whose unquoted commas sit inside an address or a date
is read with them merged back into that column's cell.

Fixed-width listings (columns two or more spaces apart) are read by column positions: under a rule of dash runs
(`---- ------- -----`, one run per column) by the runs, with half-width katakana that normalisation widened counted
one or two columns wide; otherwise by where the header's labels start (a cell overflowing into the next column
is split off at its last space); a header of one-space-separated labels (①氏名 ②生年月日 …) over rows with one
field per label is read field by field; a header whose labels are one space apart over rows whose values are too
(SEQ SURNAME  GIVEN NAME  DOB … over 001 NAKASONE  TATSUYA  14FEB82 …) is split where all its lines leave a blank
column. Fixed-length records without any delimiter are cut at the byte positions of the record layout written
above them (1-8 顧客番号 / 9-38 氏名ｶﾅ / 39-46 生年月日). A title above a table of bare 記号 / 番号 columns naming a
health insurance (被保険者台帳, 健康保険組合) makes them a card's symbol and number. A generic ID column beside a
type column (id_type | id_number, 確認書類 | 書類番号) is typed row by row from the document the type cell names
(運転免許証, PASSPORT, or a code the text defines: DL=運転免許証); with no type column, an identity document's
number column (確認書類番号) is typed by each value's shape (a licence's twelve digits, a passport's letters and digits). A name cell is read without its honorific
(瀬戸口 康介 様), after its company and department (株式会社石動電機 総務部 石動 かおる), or as the names it holds
twice (Lin Pei-shan（林 佩珊）, 李 偉／リ ウェイ).

Also read as tables: SQL `INSERT INTO t (cols) VALUES (…), (…)` (the column list, or the CREATE TABLE of t, is
the header) and pg_dump `COPY t (cols) FROM stdin` blocks; JSON-style "key": value pairs (the keys are the
headers); XML elements and attributes (<passportNo>…</passportNo>, kigo="…", <input name="tel" value="…">) and
YAML `key: value` lines with ASCII keys, where a generic key (number, kigo, kanji, an address object's state) is
read with the key of the object holding it (passport: ⏎ number: …; "address": {"state": …}); LDIF entries (cn, sn
and the DNs of a person's entry); key=value fields of log lines (holder=OLIVER BENNETT cip=…), whose unquoted
value runs to the next key. JSON escapes in a value (\u3000) are read as their characters. In "label: value" lines, labels of a surname, a given name or an
address's building/room line (お名前（姓）：野村　（名）：早紀, First name: Olivia, 建物名・部屋番号：…) label their
values, which the free-text detectors cannot tell from other words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from typing import Iterable

from .base import Entity, LoweredWords, _entity, lowered
from .date_of_birth import match_date
from .health_insurance import SCHEMES as HEALTH_SCHEMES
from .columns import (NOT_PERSONAL, VALUE_CHECKS, _latin_known, _name_cell, _one_kanji_surname, animal_header,
                      classify_header, column_verdict, contextual_matches, one_kanji_staff, owner_header, staff_header,
                      staff_pieces, thing_header, value_check)

__all__ = ["TableFindings", "scan_tables", "may_hold_table", "carried_head", "insert_head", "row_cut"]

_MAX_FIELDS = 60
_FORM_ROWS = 4  # rows looked at to tell a "label<TAB>value" form from a table
_JSONISH = re.compile(r"\s*[{\[]|\s*\"[^\"]*\"\s*:")
# "key": "value" / "key": 123 pairs (JSON, JSON Lines, dict literals): the key is the value's label
_PAIR_TEMPLATE = r'Q(?P<k>[^Q\n]{1,60})Q\s*:\s*(?:Q(?P<v>[^Q\n]{0,300})Q|(?P<n>[0-9][0-9.\-]{0,30}))'
_PAIR = re.compile(_PAIR_TEMPLATE.replace("Q", '"'))
# … and in single quotes (a Python dict's repr in a log or a traceback: {'last_name': '須藤', 'first_name': '花音'})
_PAIR_SQ = re.compile(_PAIR_TEMPLATE.replace("Q", "'"))


# identifier columns whose cells may carry a note in brackets after the value, and such a note
_NOTED_ID_TYPES = frozenset(("JP_PASSPORT", "JP_DRIVERS_LICENSE", "JP_MY_NUMBER", "JP_RESIDENT_CODE", "JP_HEALTH_INSURANCE",
                             "JP_BANK_ACCOUNT", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS"))
_NOTE_SUFFIX = re.compile(r"[ ]?[(（][^()（）\n]{1,12}[)）]$")
# a record number in brackets after a name (グエン ティ ラン（KH-2024-0219）, Hodan Abdi (RS-24-0047))
_ID_NOTE_SUFFIX = re.compile(r"[ ]?[(（](?:No\.?[ ]?)?[A-Z]{0,4}[-‐]?[0-9][0-9A-Z\-‐]{2,14}[)）]$")
# the column type of a cell that names a building's or a site's place, no one's address (see `_table`)
PLACE_CELL = "@place"


@dataclass
class TableFindings:
    entities: list[Entity] = field(default_factory=list)
    suppress: list[tuple[int, int]] = field(default_factory=list)  # spans of negative (order/price…) cells
    not_pi: list[tuple[int, int]] = field(default_factory=list)  # cells about no person at all (a pet's name)
    cells: list[tuple[int, int, str | None]] = field(default_factory=list)  # every data cell and its column type


# (│ ┃: tables drawn with box-drawing characters; " / ": a list typed with full-width slashes, 氏名 ／ 生年月日 ／ 住所)
_DELIMS = ("\t", "|", "¦", "│", "┃", "║", ",", ";", " / ")
# two lines in a row that hold a delimiter (possessive: one pass over each line), from the start of the text or after
# a line break (a literal first: a fast scan, not a ^ tried at every position)
_ROW_PAIR_AT = r"[^\n\t|¦│┃║,;]*+[\t|¦│┃║,;][^\n]*+\n[^\n\t|¦│┃║,;]*+[\t|¦│┃║,;]"
_ROW_PAIR_FIRST = re.compile(_ROW_PAIR_AT)
_ROW_PAIR = re.compile("\n" + _ROW_PAIR_AT)


_SLASH_PAIR = re.compile(r" / [^\n]*+\n[^\n]*? / ")


def _row_pair(text: str) -> bool:
    return (_ROW_PAIR_FIRST.match(text) is not None or _ROW_PAIR.search(text) is not None
            or (" / " in text and _SLASH_PAIR.search(text) is not None))


_table_like_last: tuple = (None, False)  # the last text asked about (may_hold_table, then scan_tables) and the answer


def _table_like(text: str) -> bool:
    global _table_like_last
    last = _table_like_last
    if last[0] is text:
        return last[1]
    like = ("\t" in text or "|" in text or "¦" in text or "│" in text or "┃" in text or "║" in text or text.count(",") >= 4
            or (";" in text and text.count(";") >= 4) or text.count(_GAP) >= 4 or text.count(" / ") >= 6)
    _table_like_last = (text, like)
    return like


def _json_like(text: str) -> bool:
    return ('"' in text and ('":' in text or '" :' in text)) or _sq_pairs(text)  # (one character first: a faster scan)


def _sq_pairs(text: str) -> bool:
    """Could `text` hold single-quoted 'key': value pairs?"""
    return "'" in text and ("':" in text or "' :" in text)


def may_hold_table(text: str) -> bool:
    """Cheap test: could `text` contain a delimited table, JSON-style key/value pairs, key=value fields or "label:
    value" fields?"""
    return (_table_like(text) or _json_like(text) or ("<" in text and "</" in text) or _form_gate(text)
            or _yaml_like(text) or ("=" in text and _kv_like(text)))


_GAP = "  "  # fixed-width tables (printed lists, PDF text): columns separated by two or more spaces
_GAP_FIELD = re.compile(r"[^ \t](?:[^ \t]| (?! ))*")  # a run of text with at most single spaces inside


def _delimiter(line: str) -> str | None:
    for d in _DELIMS:
        if d in line:
            if d == " / " and _GAP in line.strip() and len(_GAP_FIELD.findall(line)) >= 3:
                break  # (a fixed-width row whose cells hold a slash: see `scan_tables`)
            return d
    if _GAP in line and _GAP in line.strip():
        return _GAP
    return None


def _count(line: str, d: str) -> int:
    """How many delimiters the line has (for a fixed-width line: the number of gaps between its fields)."""
    if d == _GAP:
        return len(_GAP_FIELD.findall(line)) - 1
    return line.count(d)


def _split(line: str, base: int, delim: str) -> list[tuple[int, int]]:
    """Fields of a line; a pipe table's outer pipes (| a | b |) do not make empty first/last fields."""
    if delim == _GAP:
        return [(base + m.start(), base + m.end()) for m in _GAP_FIELD.finditer(line)]
    if delim in "|¦│┃║":
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        # (a box drawn with heavy outer lines and light inner ones: ┃ label │ value ┃ has outer pipes ┃)
        outer = (delim, "┃", "║") if delim == "│" else ("║", "│") if delim == "║" else (delim,)
        if body.startswith(outer):
            lead += 1
            body = body[1:]
        if body.endswith(outer):
            body = body[:-1]
        return _fields(body, base + lead, delim)
    return _fields(line, base, delim)


def _merge_commas(text: str, fields: list[tuple[int, int]], hms: list) -> list[tuple[int, int]]:
    """A CSV row with more fields than its header, whose extra commas are inside an unquoted address or date
    (12 rue des Lilas, 69003 Lyon, France; Aug. 9, 1955): the fields merged into that column's cell when the
    merged value fits the column, else unchanged."""
    m = len(fields) - len(hms)
    if m > 0:  # an amount's thousands separator in an unquoted note (シングル差額 18,000円): merged back first
        merged = list(fields)
        i = 0
        while i < len(merged) - 1 and len(merged) > len(hms):
            a, b = merged[i], merged[i + 1]
            if (b[0] == a[1] + 1 and _THOUSANDS_HEAD.match(text, b[0], b[1]) is not None
                    and _THOUSANDS_TAIL.search(text, a[0], a[1]) is not None):
                merged[i:i + 2] = [(a[0], b[1])]
                continue
            i += 1
        if len(merged) == len(hms):
            return merged
    for c, hm in enumerate(hms):
        if hm.pii_type not in ("ADDRESS", "DATE_OF_BIRTH", "PERSON") or c + m >= len(fields):
            continue
        s, e = fields[c][0], fields[c + m][1]
        v = text[s:e].strip()
        if v and (_SURNAME_COMMA.fullmatch(v) is not None if hm.pii_type == "PERSON" else value_check(hm)(v)):
            return fields[:c] + [(s, e)] + fields[c + m + 1:]
    return fields


_THOUSANDS_TAIL = re.compile(r"(?<![0-9,.\-/])[0-9]{1,3}$")
_THOUSANDS_HEAD = re.compile(r"[0-9]{3}(?![0-9,])")
# a Latin name written surname first with a comma (Oyelaran, Tunde) in an unquoted CSV cell
_SURNAME_COMMA = re.compile(r"[A-Z][A-Za-z'’\-]{1,24}, [A-Z][A-Za-z'’\-]{1,24}(?: [A-Z][A-Za-z'’\-]{0,24}\.?){0,2}")


def _row_fields(line: str, base: int, delim: str, k: int) -> list[tuple[int, int]]:
    """`_split` for a row of a k-column table: a pipe row without a leading pipe whose last cell is empty
    (`A014 | 榎本 勝 | 702318 | `) keeps that cell."""
    f = _split(line, base, delim)
    if len(f) == k - 1 and delim in "|¦│┃║":
        body = line.strip()
        if body.endswith(delim) and not body.startswith(delim):
            end = base + len(line.rstrip())
            f.append((end, end))
    elif len(f) == k - 1 and delim == " / " and line.rstrip().endswith(" /"):
        # a slash list's row whose empty last cell leaves its slash at the end of the line (… / 欠 / － /)
        end = base + len(line.rstrip()) - 2
        f[-1] = (f[-1][0], max(f[-1][0], end))
        f.append((end + 2, end + 2))
    elif len(f) == k - 1 and k >= 3 and delim == "\t" and not line.rstrip().endswith(delim):
        # a TSV row whose empty last cell an export left off with its delimiter (…⇥098-861-4027 under
        # …⇥連絡先⇥備考): the missing cell is the last one
        end = base + len(line.rstrip())
        f.append((end, end))
    return f


def _fields(line: str, base: int, delim: str) -> list[tuple[int, int]]:
    """(start, end) spans of the fields of one line (double quotes protect delimiters), quotes (and the = of an
    Excel text formula ="…") excluded."""
    if '"' not in line:  # (no quotes: the fields are str.split's, found in C)
        parts = line.split(delim)
        if len(parts) > _MAX_FIELDS:
            return []
        out = []
        p = base
        for part in parts:
            e = p + len(part)
            out.append((p, e))
            p = e + len(delim)
        return out
    out: list[tuple[int, int]] = []
    i, n = 0, len(line)
    excel = '="' in line
    while i <= n:
        if excel and i + 1 < n and line[i] == "=" and line[i + 1] == '"':
            i += 1  # ="0452317790": a spreadsheet's text formula keeping the leading zero; the value is in the quotes
        if i < n and line[i] == '"':
            j = line.find('"', i + 1)
            while j != -1 and j + 1 < n and line[j + 1] == '"':
                j = line.find('"', j + 2)
            if j == -1:
                j = n
            out.append((base + i + 1, base + j))
            k = line.find(delim, j)
            if k == -1:
                break
            i = k + len(delim)
        else:
            k = line.find(delim, i)
            if k == -1:
                out.append((base + i, base + n))
                break
            out.append((base + i, base + k))
            i = k + len(delim)
        if len(out) > _MAX_FIELDS:
            return []
    return out


_CELL_DELIMS = frozenset("|│┃¦,\t")


def _is_header(text: str, line: str, fields: list[tuple[int, int]]) -> bool:
    """A header line: not JSON, no empty field (but the corner cell over a column of row labels or a pandas index:
    │　　│ 氏名 │ 生年月日 │, ,name,email), and at least one field names a PI type or an order/price field."""
    if _JSONISH.match(line) or not all(text[s:e].strip() for s, e in fields[1:]):
        return False
    s0, e0 = fields[0]
    if not text[s0:e0].strip() and (len(fields) < 3 or text[e0:e0 + 1] not in _CELL_DELIMS):
        return False  # (a fixed-width line's indentation is no corner cell)
    if len(fields) >= 3 and line.count('":') * 2 >= len(fields):
        return False  # a log line holding a JSON object ("bp":"156/98","findings":…): key/value pairs, read as such

    if any(_LABEL_VALUE.match(text, s, e) for s, e in fields) and not (len(fields) >= 5 and sum(
            1 for s, e in fields if classify_header(text[s:e]).pii_type) >= 2):
        # Religion (optional) : Hindu; no beef — a form's "label: value" line, split at a semicolon (but a gradebook's
        # "First name","Last name",…,"Quiz: 第1回小テスト (Real)" names people's columns beside its items)
        return False
    if len(fields) >= 3 and sum(1 for s, e in fields if _NUMBER_CELL.fullmatch(text, s, e)) * 2 > len(fields):
        return False  # | 要支援1 | 4,812 | 4,955 | …: a row of figures, not a header
    if len(fields) >= 3 and any(_DATA_CELL.fullmatch(text, s, e) for s, e in fields):
        return False  # a row holding an e-mail address or a full date (…,Student,C7194628,tuan@example.vn): data
    for s, e in fields:
        m = classify_header(text[s:e])
        if m.pii_type or m.negative or m.kind == NOT_PERSONAL:
            return True
    return False


def _grouped_header(text: str, header: list[tuple[int, int]], lines: list[tuple[int, str]], i: int, delim: str,
                    shape: list) -> list[tuple[int, int]] | None:
    """A header of two lines, as a spreadsheet with merged group cells saves it (社員番号,基本情報,,,,連絡先,, over
    ,氏名,生年月日,所属コード,住所,電話): each column named by the second line's cell, or the first line's where the
    second leaves it blank; None when lines[i] and lines[i + 1] are not such a pair."""
    if i + 2 >= len(lines) or shape[i + 1][:2] != shape[i][:2] or shape[i + 2][0] != delim:
        return None
    second = _split(lines[i + 1][1], lines[i + 1][0], delim)
    if len(second) != len(header):
        return None
    blank1 = [not text[s:e].strip() for s, e in header]
    blank2 = [not text[s:e].strip() for s, e in second]
    if not any(blank1) or any(a and b for a, b in zip(blank1, blank2)) or sum(1 for b in blank2 if not b) < 3:
        return None  # (every column named by one of the two lines, most by the second)
    merged = [h if b2 else c for h, c, b2 in zip(header, second, blank2)]
    return merged if _is_header(text, lines[i + 1][1], merged) else None


def _title_row(text: str, line: tuple[int, str], delim: str) -> bool:
    """A spreadsheet's title or note row saved with the table: one cell written, the others empty (社員名簿,,,,), or
    fewer than half written, each a note (出力者: 総務,出力日時: 2024/10/25,※閲覧制限,,,,)."""
    cells = _split(line[1], line[0], delim)
    written = [text[s:e].strip() for s, e in cells if text[s:e].strip()]
    return len(written) <= 1 or (2 * len(written) < len(cells) and all(_TITLE_NOTE.match(w) for w in written))


# a note in a spreadsheet's title rows: a label and its value (出力者: 総務), or a remark (※取扱注意)
_TITLE_NOTE = re.compile(r"[※＊*]|[^:：]{1,12}[:：]")


# the comment mark before a CSV's header, and a word saying it lists the columns (# 列: …, # columns: …, #id,…)
_COMMENTED_HEAD = re.compile(r"[#*]+[ \t]*(?:(?:列|項目|カラム|columns?|cols?|fields?|header)[ \t]*[:：][ \t]*)?")
_DATA_CELL = re.compile(r"[ \t]*(?:[^\s@,;|]{1,64}@[A-Za-z0-9\-]+\.[A-Za-z0-9.\-]+|(?:19|20)[0-9]{2}[-/.][01]?[0-9][-/.][0-3]?[0-9])[ \t]*")
_NUMBER_CELL = re.compile(r"[ \t]*[-+▲△]?[0-9][0-9,.]*[%％]?[ \t]*")
_ROW_CODE_CELL = re.compile(r"[ \t]*[0-9A-Za-z]{1,6}(?:-[0-9A-Za-z\u3400-\u9fff]{1,6}){1,3}[ \t]*")  # (2-1-03, R5-身-1184)
# a header field that is a form's label with its value (Religion : Hindu, 氏名：山田)
_LABEL_VALUE = re.compile(r"[ \t]*[^\s:：][^:：\n]{1,30}?(?:[ \t]*:[ \t]+|[ \t]*：[ \t]*)[^\s:：]")


_INSERT_HEAD = re.compile(r"(?i)\s*insert\s+(?:ignore\s+)?into\s+[^\s(]+\s*(?:\([^()]*\)\s*)?values\s*")


def insert_head(text: str, start: int = 0, end: int | None = None) -> str:
    """The `INSERT INTO t (cols) VALUES ` head of the statement starting at `start` (ending before `end`), or ""."""
    m = _INSERT_HEAD.match(text, start, min(start + 4000, len(text) if end is None else end))
    return m.group(0) if m else ""


def row_cut(text: str, lo: int, hi: int) -> int:
    """Where to cut text[lo:hi] between two rows of a multi-row INSERT (after "),"), or -1 when there is none."""
    cut = text.rfind("),(", lo, hi)
    return cut + 2 if cut != -1 else -1


def _ruled_head(text: str, base: int) -> str:
    """The header and dash rule of a ruled fixed-width listing in the first lines of `text` (before `base`)."""
    if "---" not in text[:4000] and "===" not in text[:4000]:
        return ""
    lines = text[:min(base, 4000)].split("\n")[:-1]  # (whole lines only)
    for k in range(1, min(len(lines), 12)):
        rule = lines[k].rstrip("\r")
        head = lines[k - 1].rstrip("\r")
        if head.strip() and not _DASH_RULE.fullmatch(head) and _DASH_RULE.fullmatch(rule):
            return head + "\n" + rule + "\n"
    return ""


def carried_head(text: str, base: int) -> str:
    """What a piece of `text` starting at `base` needs from before it to be read as a table: the `INSERT INTO t
    (cols) VALUES ` head of the statement it continues (a dump's one-line multi-row INSERT), the header line
    of a delimited table that starts the text, or the header and dash rule of a ruled listing near its top. ""
    when there is none."""
    line_start = text.rfind("\n", 0, base) + 1
    if line_start < base:  # the piece starts inside a line
        return insert_head(text, line_start, base)
    first_end = text.find("\n", 0, 4000)
    if first_end <= 0 or first_end >= base:
        return ""
    ruled = _ruled_head(text, base)
    if ruled:
        return ruled
    first = text[:first_end].rstrip("\r")
    d = _delimiter(first)
    if d is None or first.count(d) < 1:
        return ""
    fields = _split(first, 0, d)
    return first + "\n" if len(fields) >= 2 and _is_header(first, first, fields) else ""


# a transaction or action written in a data cell (口座開設, 住所変更, 外国送金): a value, not a field label
_ACTION_END = re.compile(r"開設$|解約$|変更$|申込$|申請$|手続き?$|取引$|送金$|契約$|更新$|登録$|停止$|再発行$|照会$|届$")  # (literals first)
# a status written in a data cell (paid, shipped, closed): the event-date words of a header (paid_at) alone
_STATUS_CELL = re.compile(r"(?i)(?:created|updated|modified|opened|closed|issued|expired|ordered|registered|joined|hired|"
                          r"shipped|paid|submitted|received|refunded|cancell?ed|pending|fulfilled|unfulfilled)")


def _is_label(cell: str) -> bool:
    """Does a data cell read like a field label (short, no digits, names a PI type or an order/price field)?"""
    cell = cell.strip(" ・●◆■＊*-【】[]:：")
    if not cell or len(cell) > 15 or "@" in cell or any(map(str.isdigit, cell)) or _ACTION_END.search(cell) or (
            _KANJI_BLOCK.search(cell) is not None) or (
            cell.isascii() and _STATUS_CELL.fullmatch(cell)):
        return False
    m = classify_header(cell)
    if m.pii_type == "PERSON" and m.confidence < 0.8 and cell in _RELATION_CELLS:
        return False
    return m.pii_type is not None or m.negative or (len(cell) <= 8 and _FIELD_WORD_END.search(cell) is not None)


_KIND_COL = re.compile(r"区分|種別|分類|種類|属性|グループ|カテゴリー?|category|type|kind|group")
_KANJI_BLOCK = re.compile(r"[一二三四五六七八九十百]+(?:丁目|番地|番|号)")  # (三丁目十二番地: a value, not a label)
# what ends the label of a form field that names no PI type (入院期間, 手術名, 医療機関, 届出区分): no value ends so
# (a surname ending in 名 is two characters: 椎名, 桑名)
_FIELD_WORD_END = re.compile(r"(?:期間|機関|年月日|日付|日時|区分|種別|方法|理由|状況|期限|名称|[^\s]{2}名)$")


# a relationship written in a 続柄 / 区分 cell (配偶者 | 高橋 陽一 | 1970.9.17): a value, though a role header alone
_RELATION_CELLS = frozenset(("本人", "配偶者", "世帯主", "家族", "扶養者", "同居人", "被保険者", "児童", "幼児"))


_RULE_LINE = re.compile(r"[ \t]*[─━┼├┤┌┐└┘┬┴═╪╞╡╋┣┫┏┓┗┛┳┻┠┨┯┷┿╂┝┥┰┸╔╗╚╝╠╣╦╩╬║+|\-=]{3,}[ \t]*")
# a line break and a whole line that `_RULE_LINE` matches (without the \r of a CRLF break; led by a literal: a fast scan)
_RULE_LINE_AFTER_BREAK = re.compile(r"\n" + _RULE_LINE.pattern + r"\r?(?![^\n])")


def _lines(text: str) -> list[tuple[int, str]]:
    raws = text.split("\n")
    starts = [0]
    starts.extend(accumulate([len(raw) + 1 for raw in raws[:-1]]))
    if "\r" in text:
        return [(p, raw[:-1] if raw.endswith("\r") else raw) for p, raw in zip(starts, raws)]
    return list(zip(starts, raws))


_QUOTED_JOIN = 4  # lines a quoted CSV cell may continue over


def _join_quoted(text: str, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A CSV record whose quoted cell holds line breaks (Salesforce, kintone exports: "守山2-5-30⏎守山セントラルビル3F")
    read as one line: a line with an open quote (an odd number of them, after a `,"` or at its start) is joined
    with the next ones until the quotes close, within `_QUOTED_JOIN` lines; otherwise the lines stay as they are."""
    # (the lines that open a quote, found first: the others are copied over in slices)
    opening = [i for i, (_, line) in enumerate(lines)
               if '"' in line and line.count('"') % 2 and (line.startswith('"') or ',"' in line)]
    out: list[tuple[int, str]] = []
    done, n = 0, len(lines)  # (lines before `done` are in `out`)
    for i in opening:
        if i < done:
            continue  # (joined to an earlier line)
        start, line = lines[i]
        quotes = line.count('"')
        j = i + 1
        while j < n and j - i <= _QUOTED_JOIN and quotes % 2:
            quotes += lines[j][1].count('"')
            j += 1
        if quotes % 2 == 0 and j - 1 < n:
            end = lines[j - 1][0] + len(lines[j - 1][1])
            out.extend(lines[done:i])
            out.append((start, text[start:end]))
            done = j
    out.extend(lines[done:])
    return out


_AMOUNT = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])")


def _thousands_commas(line: str) -> int:
    """How many of a line's commas group the digits of amounts (3,000; 1,234,567)."""
    return sum(m.group().count(",") for m in _AMOUNT.finditer(line))


_NO_SHAPE = (None, 0, False)  # the shape of a line without a delimiter (see scan_tables)


def scan_tables(text: str, min_score: float = 0.5) -> TableFindings:
    """Entities and suppressed spans from every headed delimited table in (normalised) `text`."""
    found = TableFindings()
    if _json_like(text):
        _pairs(text, min_score, found)
    if "<" in text and "</" in text:
        _label_keyed(text, _xml_items(text), min_score, found, untyped_cells=False)
    if _yaml_like(text):
        ldif = "dn:" in text and ("objectClass:" in text or "objectclass:" in text)
        _label_keyed(text, _ldif_items(text) if ldif else _yaml_items(text), min_score, found, untyped_cells=False)
    if "=" in text and _kv_like(text):
        kv = _kv_items(text)
        if kv:
            _label_keyed(text, kv, min_score, found, untyped_cells=False)
    if ("UPDATE" in text or "update" in text) and _SQL_UPDATE.search(text) is not None:
        _label_keyed(text, _sql_set_items(text), min_score, found, untyped_cells=False)
    _form_fields(text, min_score, found)
    if "│" in text or "┃" in text or "|" in text:
        _box_form_rows(text, min_score, found)
    if not _table_like(text):
        return found
    sql = ("INSERT" in text or "insert" in text or "COPY" in text or "copy" in text) and _SQL_HINT.search(text)
    done = _sql_tables(text, min_score, found) if sql else []
    lines = None  # (split only when needed)
    if _LAYOUT_GATE.search(text):
        # fixed-length records without delimiters, after a record layout (1-8 顧客番号 / 9-38 氏名ｶﾅ / 39-46 生年月日)
        lines = _lines(text)
        done = sorted(done + _layout_tables(text, lines, min_score, found))
    rules = "---" in text or "===" in text
    if rules:
        # fixed-width listings with a rule of dash runs under the header: read by the rule's columns
        if lines is None:
            lines = _lines(text)
        ruled = _ruled_tables(text, lines, min_score, found)
        if ruled:
            done = sorted(done + ruled)
    if _GAP in text and _PANDAS_ROW.search(text) is not None:
        # a DataFrame printed by pandas (a notebook's Out[…], a log): labels over right-aligned columns, each row led
        # by its index
        if lines is None:
            lines = _lines(text)
        framed = _dataframe_tables(text, lines, min_score, found)
        if framed:
            done = sorted(done + framed)
    drawn = rules or "─" in text or "━" in text or "═" in text or "+--" in text
    if not drawn and _GAP not in text and not _row_pair(text):
        return found  # no two lines in a row with a delimiter: no header over a row (a form's "label<TAB>value" lines)
    if lines is None:
        lines = _lines(text)
    if drawn:
        # drawn rules between header and rows (the rule lines after a break found by one scan of the text, the first
        # line tested on its own)
        rule_starts = {m.start() + 1 for m in _RULE_LINE_AFTER_BREAK.finditer(text)}
        if _RULE_LINE.fullmatch(lines[0][1]):
            rule_starts.add(0)
        if rule_starts:
            lines = [ln for ln in lines if ln[0] not in rule_starts]
    if done:  # lines of SQL statements read above are not scanned again as comma-separated lines
        lines = _blank_lines(lines, done)
    if '"' in text:
        lines = _join_quoted(text, lines)
    # (d, count, quoted) per line: `_delimiter` and `_count` inlined, trying only the delimiters the text holds
    # (a line without a delimiter: _NO_SHAPE, whose quote flag is never read)
    shape = []
    present = [d for d in _DELIMS if d in text]
    gap = _GAP in text
    stops = []  # the lines with a delimiter and those before them: where the loop below has something to do
    amounts = set()  # the lines read as fixed-width rows although they hold commas (see below)
    for k, (_, line) in enumerate(lines):
        for d in present:
            if d in line:
                if d == "," and gap and _GAP in line and line.count(",") == _thousands_commas(line):
                    amounts.add(k)
                    continue  # (a fixed-width row whose only commas are in amounts, 3,000: its columns are gaps)
                if d == " / " and gap and _GAP in line.strip() and len(_GAP_FIELD.findall(line)) >= 3:
                    continue  # (a fixed-width row whose cells hold a slash, Nama / 氏名 or L / 男: its columns are gaps)
                shape.append((d, line.count(d), '"' in line))
                break
        else:
            if gap and _GAP in line and _GAP in line.strip():
                shape.append((_GAP, len(_GAP_FIELD.findall(line)) - 1, False))
            else:
                shape.append(_NO_SHAPE)
                continue
        if k and (not stops or stops[-1] != k - 1):
            stops.append(k - 1)
        stops.append(k)
    i = 0
    n = len(lines)
    while i < n:
        delim, count, quoted = shape[i]
        if delim is None and (i + 1 >= n or shape[i + 1] is _NO_SHAPE):
            # (nothing to read at a line without a delimiter before another: on to the next stop)
            p = bisect_left(stops, i)
            if p == len(stops):
                break
            i = stops[p]
            continue
        start, line = lines[i]
        # cheap shape test first: the next line must use the same delimiter the same number of times
        if (delim is None and i + 1 < n and shape[i + 1][0] is not None and line.count(" ") >= 2
                and "  " not in line.strip() and (shape[i + 1][1] if shape[i + 1][0] == _GAP else _count(
                    lines[i + 1][1], _GAP) if _GAP in lines[i + 1][1] else -1) == line.count(" ")):
            # a header of one-space-separated labels over rows of fixed-width fields, read field by field
            # (①被保険者整理番号 ②氏名 ③生年月日 … over 12  坂口 修平    5-580214 …)
            j = _compact_header_table(text, lines, i, min_score, found)
            if j > i:
                i = j
                continue
        if (delim is None and i + 1 < n and shape[i + 1][0] == _GAP and 2 <= shape[i + 1][1] < line.count(" ")
                and "  " not in line.strip()):
            # … or whose labels are more words than the rows have fields (Date of Birth, Passport No.)
            j = _merged_header_table(text, lines, i, min_score, found)
            if j > i:
                i = j
                continue
        aligned = None
        if (delim == _GAP and i + 1 < n and shape[i + 1][0] == _GAP and shape[i + 1][1] > count >= 2
                and (i + 2 >= n or shape[i + 2][:2] == shape[i + 1][:2])):
            # a fixed-width header whose narrow columns are one space apart (性別 生年月日): split it where the rows'
            # fields start
            aligned = _aligned_header(text, line, start, lines[i + 1])
            if aligned is None or any(" " in text[s:e] and not _known_label(text[s:e]) for s, e in aligned):
                # (no split at the rows' positions, or one that cuts a label in two, Sex Date of | Birth: a header
                # typed with one full-width space between labels, not lined up with its rows; its labels of several
                # words are grouped by what they name and what the rows under them hold) — after a split at the
                # display columns the header and its rows all leave blank, which lined-up listings have
                j = _blank_column_table(text, lines, i, min_score, found)
                if j == i:
                    j = _merged_header_table(text, lines, i, min_score, found)
                if j > i:
                    i = j
                    continue
        if aligned is None and (delim is None or i + 1 >= n or shape[i + 1][0] != delim or (
                shape[i + 1][1] != count and not quoted and not shape[i + 1][2]
                # (a first row whose last cell is empty and left off, as exports leave it: one delimiter fewer)
                and not (shape[i + 1][1] == count - 1 and count >= 3 and delim == "\t")
                # (… or whose address holds unquoted commas: more commas than the header, merged back below)
                and not (delim == "," and shape[i + 1][1] > count >= 3))) and not (
                delim == _GAP and count >= 2 and i + 1 < n and lines[i + 1][1].strip()):
            # (a fixed-width header is read by its columns whatever its rows look like: see _fixed_width_rows)
            i += 1
            continue
        header = aligned or _split(line, start, delim)
        if header and text[header[0][0]:header[0][0] + 1] in ("#", "*"):
            c = _COMMENTED_HEAD.match(text, header[0][0], header[0][1])  # # 列: 銀行コード,銀行名,…: a commented header
            if c is not None and c.end() < header[0][1]:
                header = [(c.end(), header[0][1])] + header[1:]
        k = len(header)
        if delim == _GAP and (k < 3 or any(e - s > 26 or any(map(str.isdigit, text[s:e])) for s, e in header)
                              or _letter_spaced_label(text, header)):
            # a fixed-width header: three or more short cells without digits ("label  value" lines are forms) …
            # … unless its labels are one space apart where the rows leave a blank column (SEQ SURNAME ⏎ 001 NAKASONE)
            j = _blank_column_table(text, lines, i, min_score, found) if " " in line.strip() else i
            if j == i and " " in line.strip():
                j = _merged_header_table(text, lines, i, min_score, found)
            i = j if j > i else i + 1
            continue
        if not _is_header(text, line, header) and delim != _GAP:
            grouped = _grouped_header(text, header, lines, i, delim, shape)
            if grouped is not None:
                header, i = grouped, i + 1  # (the rows start after the header's second line)
        if not _is_header(text, lines[i][1], header):
            # not a header: unless the next line is one (a title line above the header), skip the rows of this
            # headerless block in one go
            j = i + 1
            while j < n and shape[j][:2] == (delim, count) and j - i < 10_000:
                j += 1
            nxt = lines[i + 1]
            if j - i <= 2 or _is_header(text, nxt[1], _split(nxt[1], nxt[0], delim)):
                i += 1
            elif _title_row(text, lines[i], delim) and _title_row(text, nxt, delim) and any(
                    _is_header(text, lines[k][1], hk := _split(lines[k][1], lines[k][0], delim))
                    or _grouped_header(text, hk, lines, k, delim, shape) is not None for k in range(i + 2, min(j, i + 4))):
                i += 2  # (two title rows above the header, as a spreadsheet saved as CSV writes them: 社員名簿,,,⏎株式会社…,,,)
            else:
                i = j
            continue
        if delim == _GAP:
            if i + 2 < n and _spaced_boundary(line, [lines[i + 1][1], lines[i + 2][1]]):
                # a label one space from the next over values one space from theirs (SEQ NAME over 001 AOKI/HARUTO):
                # split where the header and its rows all leave a blank column
                j = _blank_column_table(text, lines, i, min_score, found)
                if j > i:
                    i = j
                    continue
            block, j = _fixed_width_rows(lines, i, header)
            if amounts and block and not amounts.isdisjoint(range(i + 1, j)):
                # (rows with amounts that fit their header only by running two columns into one cell: a listing
                # lined up by widths normalisation changed, left to the detectors' reading of the words)
                line_starts = [p for p, _ in lines]
                # (a column that holds a gap in every row is two labels the header wrote one space apart, No. ISBN
                # over 1  978-4-10-353437-1: not a row's overflow)
                merged = {c for c in range(len(header)) if all(c < len(row) and _GAP in text[row[c][0]:row[c][1]]
                                                                for row in block)} if len(block) >= 2 else set()
                block = [row for row in block if not (
                    bisect_right(line_starts, max(row)[0]) - 1 in amounts
                    and any(_GAP in text[s:e] for c, (s, e) in enumerate(row) if c not in merged))]
            # one row under a header it does not match field for field is more likely a form's next line
            if block and (len(block) >= 2 or shape[i + 1][:2] == (delim, count)):
                _table(text, header, block, min_score, found)
                i = j
            else:
                i += 1
            continue
        block = []
        j = i + 1
        hms = None
        while j < len(lines):
            s2, l2 = lines[j]
            if not l2.strip():
                if delim in l2 and j + 1 < len(lines) and lines[j + 1][1].strip() and len(
                        _row_fields(lines[j + 1][1], lines[j + 1][0], delim, k)) == k:
                    j += 1  # a row of empty cells (a spreadsheet's blank or merged row): the table goes on
                    continue
                break
            f2 = _split(l2, s2, delim)
            if len(f2) == k - 1:
                f2 = _row_fields(l2, s2, delim, k)
            elif len(f2) > k and delim == ",":
                if hms is None:
                    hms = contextual_matches([text[s:e] for s, e in header])
                f2 = _merge_commas(text, f2, hms)
            if len(f2) != k:
                # a row with a stray delimiter (an unquoted comma inside an address) is skipped when the next line
                # fits again; otherwise the table ends (fixed-width tables, whose rows may overflow, are read by
                # _fixed_width_rows above)
                # (a line without the delimiter is a title or a note: the table ends there)
                if block and len(f2) > 1 and j + 1 < len(lines) and lines[j + 1][1].strip() and len(
                        _row_fields(lines[j + 1][1], lines[j + 1][0], delim, k)) == k:
                    j += 1
                    continue
                break
            block.append(f2)
            j += 1
        if k >= 2 and block:
            _table(text, header, block, min_score, found)
            i = j
        else:
            i += 1
    return found


def _compact_header_table(text: str, lines: list[tuple[int, str]], i: int, min_score: float,
                          found: TableFindings) -> int:
    """Read the header lines[i], whose labels are one space apart, over the rows after it that have one field per
    label; returns the index after the rows, or i when it is no such table."""
    start, line = lines[i]
    lead = len(line) - len(line.lstrip(" "))
    header, p = [], start + lead
    for word in line.strip(" ").split(" "):
        header.append((p, p + len(word)))
        p += len(word) + 1
    if len(header) < 3 or any(e - s > 20 for s, e in header) or not _is_header(text, line, header):
        return i
    rows = []
    j = i + 1
    k = len(header)
    while j < len(lines) and _GAP in lines[j][1]:
        row = _split(lines[j][1], lines[j][0], _GAP)
        if len(row) != k:
            break
        rows.append(row)
        j += 1
    if len(rows) < 2 and (j < len(lines) and lines[j][1].strip()):
        return i  # one such line followed by text: not a table
    _table(text, header, rows, min_score, found)
    return j


_DIGIT_RX = re.compile(r"[0-9]")


def _known_label(label: str) -> bool:
    m = classify_header(label)
    return bool(m.pii_type or m.negative or m.kind == NOT_PERSONAL)


def _merged_header_table(text: str, lines: list[tuple[int, str]], i: int, min_score: float,
                         found: TableFindings) -> int:
    """Read the header lines[i], whose labels are words one space apart (as a full-width space between labels
    becomes after normalisation: No.　Name　Sex　Date of Birth　Passport No.), over rows of fields two or more spaces
    apart that do not line up with it: the header's words are grouped into as many labels as the rows have fields,
    every group of two or more words a label that names a field (Date of Birth, Passport No.), a gap of two spaces
    never inside a group. Each grouping scores the words its recognised labels cover and, ten times more, the cells of
    the first rows that fit their column's type (No. | Name over 1 | HUANG Jianming, not No. Name over 1); the best
    grouping must be the only one. Returns the index after the rows, or i when it is no such table."""
    start, line = lines[i]
    if "、" in line or "。" in line or ", " in line or _DIGIT_RX.search(line) is not None:
        return i  # (a sentence or a row of data, not a header)
    words = [(m.start() + start, m.end() + start) for m in _TOKEN.finditer(line)]
    w = len(words)
    if w < 3 or w > 24 or any(e - s > 20 for s, e in words) or sum(
            1 for s, e in words if classify_header(text[s:e]).pii_type) < 2:
        return i  # (two of its words name PI on their own: Name, Birth, Passport, 氏名 …)
    rows = []
    j = i + 1
    k = 0
    while j < len(lines) and _GAP in lines[j][1]:
        row = _split(lines[j][1], lines[j][0], _GAP)
        if not k:
            k = len(row)
            if k < 3 or k >= w:
                return i
        elif len(row) != k:
            break
        rows.append(row)
        j += 1
    if not rows or (len(rows) < 2 and j < len(lines) and lines[j][1].strip()):
        return i
    # a gap of two or more spaces inside the header is a boundary every grouping keeps
    forced = {q for q in range(1, w) if words[q][0] - words[q - 1][1] > 1}

    def label(a: int, b: int, col: int) -> int:
        """Words a..b-1 as the label of column col: -1 if they cannot be one label, else the words a recognised
        label covers plus ten for each of the column's cells that fits its type (No. Name over 1, 2 does not)."""
        m = classify_header(text[words[a][0]:words[b - 1][1]])
        known = bool(m.pii_type or m.negative or m.kind == NOT_PERSONAL)  # (as _known_label, with m kept)
        if b - a > 1 and (not known or any(q in forced for q in range(a + 1, b))):
            return -1
        got = (b - a) if known else 0
        chk = value_check(m) if m.pii_type else None
        if chk is not None:
            got += 10 * sum(1 for row in rows[:8] if chk(text[row[col][0]:row[col][1]].strip()))
        return got

    # best[q][p]: (the most words covered by recognised labels, how many groupings reach it (capped at 2), where the
    # last label starts) over the groupings of words[:q] into p labels; the grouping must be the only best one
    best: list[list[tuple[int, int, int] | None]] = [[None] * (k + 1) for _ in range(w + 1)]
    best[0][0] = (0, 1, -1)
    for q in range(1, w + 1):
        for p in range(1, min(k, q) + 1):
            top = None
            for a in range(max(0, q - 4), q):  # (a label of at most four words)
                prev = best[a][p - 1]
                if prev is None:
                    continue
                got = label(a, q, p - 1)
                if got < 0:
                    continue
                sc = prev[0] + got
                if top is None or sc > top[0]:
                    top = (sc, prev[1], a)
                elif sc == top[0]:
                    top = (sc, min(2, top[1] + prev[1]), top[2])
            best[q][p] = top
    if best[w][k] is None or best[w][k][1] != 1:
        return i
    header = []
    q, p = w, k
    while p:
        a = best[q][p][2]
        header.append((words[a][0], words[q - 1][1]))
        q, p = a, p - 1
    header.reverse()
    if sum(1 for s, e in header if classify_header(text[s:e]).pii_type) < 2:
        return i
    _table(text, header, rows, min_score, found)
    return j


# Fixed-width listings whose header labels are one space apart (SEQ SURNAME  GIVEN NAME  DOB  SEX NAT DOC PASSPORT NO)
# and whose rows are too (001 NAKASONE  TATSUYA  14FEB82 M  JPN P …): the columns are where the header and the rows
# all leave a blank display column. A row that bridges more than one of those gaps (a footer, a total) ends the
# table; a stretch with no header label above it belongs to the column before it (an overflow).
_BLANK_MAX_ROWS = 5000


def _occupied(line: str) -> tuple[list[int], int]:
    """The display columns of a line's characters and the bit mask of the display columns its non-spaces fill."""
    cols = _display_columns(line)
    mask = 0
    for idx, ch in enumerate(line):
        if ch != " ":
            mask |= ((1 << (cols[idx + 1] - cols[idx])) - 1) << cols[idx]
    return cols, mask


_RUN_OF_ONES = re.compile("1+")


def _runs(mask: int) -> list[tuple[int, int]]:
    return [m.span() for m in _RUN_OF_ONES.finditer(bin(mask)[:1:-1])]


def _segment_cells(line: str, base: int, cols: list[int], starts: list[int]) -> list[tuple[int, int]]:
    cells: list[list[int] | None] = [None] * len(starts)
    for idx, ch in enumerate(line):
        if ch == " ":
            continue
        c = bisect_right(starts, cols[idx]) - 1
        cell = cells[c]
        if cell is None:
            cells[c] = [idx, idx + 1]
        else:
            cell[1] = idx + 1
    return [(base + c[0], base + c[1]) if c else (base, base) for c in cells]


_WORD = re.compile(r"[^ ]+")


def _split_segments(line: str, hcols: list[int], rows: list[tuple[int, str, list[int]]], starts: list[int],
                    ends: list[int]) -> list[int]:
    """Column starts, with a column whose label has several words split where every row starts a word near one of
    them (SEX NAT DOC PASSPORT NO over M   JPN P   TK4821937: SEX | NAT | DOC | PASSPORT NO; a value may start a
    column or two before its label)."""
    words = [(hcols[m.start()], m) for m in _WORD.finditer(line)]
    row_starts = [{cols[m.start()] for m in _WORD.finditer(l2)} for _, l2, cols in rows]
    out = []
    for a, b in zip(starts, ends):
        out.append(a)
        inner = [h for h, _ in words if a < h < b]
        if not inner:
            continue
        for h in inner:
            near = [min((c for c in rs if h - 2 <= c <= h + 1), default=-1) for rs in row_starts]
            if min(near) >= 0 and min(near) > out[-1]:
                out.append(min(near))
    return out


def _blank_column_table(text: str, lines: list[tuple[int, str]], i: int, min_score: float,
                        found: TableFindings) -> int:
    """Read lines[i] as the header of a listing split at the display columns left blank by it and by the rows
    under it (see above); returns the index after the rows, or i when it is no such table."""
    start, line = lines[i]
    words = line.split()
    if len(words) < 3 or "\t" in line or any(len(w) > 20 or w[0].isdigit() or sum(c.isdigit() for c in w) > 1
                                              for w in words) or sum(1 for w in words if classify_header(w).pii_type) < 2:
        return i  # (a header: short labels, two of them naming PI)
    _, occ = _occupied(line)
    base_n, lim = 0, 0
    rows: list[tuple[int, str, list[int]]] = []
    j = i + 1
    while j < len(lines) and len(rows) < _BLANK_MAX_ROWS:
        s2, l2 = lines[j]
        if not l2.strip() or "\t" in l2 or _GAP not in l2:
            break
        cols2, m2 = _occupied(l2)
        if not rows:
            lim = (1 << max(occ.bit_length(), m2.bit_length())) - 1  # (a footer's text past the columns counts not)
        n = len(_runs((occ | m2) & lim))
        if not rows:
            if n < 3:
                return i
            base_n = n
        elif n < max(3, base_n - 1):
            break
        occ |= m2
        rows.append((s2, l2, cols2))
        j += 1
    if len(rows) < 2:
        return i
    hcols = _display_columns(line)
    segs = _runs(occ)
    header = _segment_cells(line, start, hcols, [a for a, _ in segs])
    # (a stretch without a label belongs to the column before it)
    keep = [c for c, (s, e) in enumerate(header) if e > s]
    if not keep or len(keep) < 3:
        return i
    starts = [segs[c][0] for c in keep]
    starts[0] = 0
    starts = _split_segments(line, hcols, rows, starts, [segs[c][1] for c in keep])
    header = _segment_cells(line, start, hcols, starts)
    if not _is_header(text, line, header):
        return i
    k = len(header)
    body = []
    for s2, l2, cols2 in rows:
        row = _segment_cells(l2, s2, cols2, starts)
        filled = sum(1 for s, e in row if e > s)
        if filled * 2 < k or filled < min(3, k):
            break
        body.append(row)
    if len(body) < 2:
        return i
    _table(text, header, body, min_score, found)
    return i + 1 + len(body)


def _spaced_boundary(line: str, rows: list[str]) -> bool:
    """Is a single space inside one of the header's labels a column boundary: the rows under it blank at that
    display column, with words of different kinds on either side (001 | AOKI/HARUTO under SEQ | NAME; JOHN | SMITH
    under FULL NAME are one value)?"""
    cols = _display_columns(line)
    inner = [cols[k] for k in range(1, len(line) - 1)
             if line[k] == " " and line[k - 1] != " " and line[k + 1] != " "]
    if not inner:
        return False
    occs = [_occupied(r) for r in rows]
    for x in inner:
        if all(not (m >> x) & 1 and (m >> (x - 1)) & 1 and (m >> (x + 1)) & 1 and _kinds_differ(r, cols2, x)
               for r, (cols2, m) in zip(rows, occs)):
            return True
    return False


def _kinds_differ(row: str, cols: list[int], x: int) -> bool:
    """Are the words either side of display column x of a row of different kinds (001 | AOKI, M | 03MAY08), as values
    of two columns are, unlike the two words of one value (JOHN | SMITH)?"""
    k = bisect_left(cols, x)
    if k >= len(row) or k == 0:
        return False
    return row[k - 1].isdigit() != row[k + 1].isdigit() if k + 1 < len(row) else False


def _fixed_width_rows(lines: list[tuple[int, str]], i: int, header: list[tuple[int, int]]
                      ) -> tuple[list[list[tuple[int, int]]], int]:
    """The rows under the fixed-width header lines[i], read by column, so single spaces inside cells
    (`Lee Min-jun / 이민준`, `12, Dosan-daero`), commas, empty cells and a missing last column do not break the
    table (see `_fit_row`). The block ends at a blank line or at a line that fills fewer than half of the columns
    (a footer, a note) unless the line after it is a row again (a row's overflow or a sub-line such as
    `  個人番号 … 住民票コード …` under each person). Returns the rows (an empty cell is an empty span) and the
    index of the line after the block."""
    hstart, hline = lines[i]
    starts_by = [(m, [hc[s - hstart] for s, _ in header]) for m, hc in
                 ((m, m(hline)) for m in (_display_columns, _char_columns) + (
                     (_half_kana_columns,) if _HALF_WIDE.intersection(lines[i + 1][1] if i + 1 < len(lines) else "")
                     else ()))]
    rows: list[list[tuple[int, int]]] = []
    j = i + 1
    while j < len(lines):
        s2, l2 = lines[j]
        if not l2.strip():
            break
        row = _fit_row(s2, l2, starts_by)
        if row is None:
            if not rows or j + 1 >= len(lines) or not lines[j + 1][1].strip() or (
                    _fit_row(*lines[j + 1], starts_by) is None):
                break
            j += 1  # skip the sub-line, keep the table
            continue
        rows.append(row)
        j += 1
    return rows, j


# two-character form labels printed letter-spaced (氏  名  山田太郎, 住  所  東京都…): a form's line, not a header
_SPACED_LABELS = frozenset(("氏名", "住所", "電話", "年齢", "性別", "所属", "職業", "備考", "生年", "続柄", "本籍", "国籍",
                            "学歴", "職歴", "趣味", "特技", "資格", "免許", "摘要", "日付", "件名", "宛先", "連絡", "勤務",
                            "役職", "学校", "学年", "組名", "保護", "病名", "傷病", "症状", "血液", "住居", "現住"))


def _letter_spaced_label(text: str, header: list[tuple[int, int]]) -> bool:
    """Whether the first two fields of a fixed-width header are the letters of one label (氏  名)."""
    (a0, a1), (b0, b1) = header[0], header[1]
    return a1 - a0 == 1 and b1 - b0 == 1 and text[a0] + text[b0] in _SPACED_LABELS


def _fit_row(s2: int, l2: str, starts_by: list) -> list[tuple[int, int]] | None:
    """One fixed-width row read the way that fits it best: field by field when it has as many fields as the header,
    or each field under the column whose header starts at or before it (two columns of slack), counting display
    columns (kanji two wide, as printed and as Shift_JIS files count) or characters (as an editor that counts each
    character as one). The fit is how far the fields start from their columns' headers, plus a penalty for fields
    sharing a cell. None when no way fills at least half of the columns (and three: `氏  名  鈴木  悠真` over
    `生年月日  2004年11月30日` is a letter-spaced form label, not a header)."""
    fields = _split(l2, s2, _GAP)
    k = len(starts_by[0][1])
    best: tuple[float, list | None] = (float("inf"), None)
    for metric, starts in starts_by:
        cols = metric(l2)
        at = [cols[fs - s2] for fs, _ in fields]
        if len(fields) == k:
            cost = sum(abs(a - h) for a, h in zip(at, starts))
            if cost < best[0]:
                best = (cost, list(fields))
        # (a cell that overflows its column leaves one space before the next: オリベイラ ルーカス H06.04.23; such a
        # row is also read split there, when it is a row already unsplit)
        split = _overflow_split(l2, s2, fields, cols, starts) if len(fields) < k else fields
        row_ok, unsplit_filled = False, 0
        for flds in ((fields, split) if len(split) > len(fields) else (fields,)):
            if flds is not fields:
                if not row_ok:
                    break
                at = [cols[fs - s2] for fs, _ in flds]
            cells: list[tuple[int, int] | None] = [None] * k
            cost = 0.0
            for (fs, fe), a in zip(flds, at):
                c = bisect_right(starts, a + 2) - 1
                if c < 0:
                    cost = float("inf")
                    break
                if 0 < c and a < starts[c] and starts[c] - a > a - starts[c - 1]:
                    c -= 1  # within the slack of the next column but nearer its own (F under G, not under DOB)
                prev = cells[c]
                cost += 12 if prev else abs(a - starts[c])
                cells[c] = (prev[0], fe) if prev else (fs, fe)
            filled = k - cells.count(None)
            if flds is not fields:
                cost -= 12 * (filled - unsplit_filled)  # a cell of its own for the overflowing word, not a shared one
            unsplit_filled = filled
            row_ok = filled * 2 >= k and filled >= min(3, k)
            if row_ok and cost < best[0]:
                best = (cost, [cell or (s2, s2) for cell in cells])
    if best[1] is None and k >= 4 and len(fields) == k - 1 and all(e - s >= 3 for s, e in fields):
        # a row whose last cell is empty (備考 left blank) and whose fields drift from the header's columns (full-width
        # characters counted one way in the header, another in the rows): its fields in order, the last cell empty
        end = s2 + len(l2.rstrip())
        return list(fields) + [(end, end)]
    return best[1]


# ------------------------------------------------------------------------------ fixed-length records with a layout
# Mainframe extracts and 固定長 files: records without delimiters, each field at the byte positions a record layout
# names in a comment or a heading before them (`1-8 顧客番号 / 9-38 氏名ｶﾅ / 39-46 生年月日 / 47 性別`). Positions
# are bytes of the file as written (Shift_JIS, or EBCDIC converted to it): half-width katakana, widened by
# normalisation, count one byte, a voiced one (ｶﾞ → ガ) two, kanji and other full-width characters two. A record is
# a line at least as long as the start of the layout's last named field and no longer than the layout.
_LAYOUT_GATE = re.compile(r"1(?<![\d.\-/:=]1)[ ]?[-~〜][ ]?[1-9][0-9]{0,3}[ ]?[^\d\s\-/.:]")
_LAYOUT_ITEM = re.compile(r"(?<![\d.\-/:=])(?P<a>[0-9]{1,4})(?:[ ]?[-~〜][ ]?(?P<b>[0-9]{1,4}))?[ ]?[:=]?[ ]?"
                          r"(?P<name>[^\s\d/|,;:=\-][^\s/|,;]{0,30})")
_LAYOUT_FILLER = re.compile(r"(?i)filler|予備|空き|未使用|reserved|spare")


def _byte_width(ch: str) -> int:
    if ch < "\x80" or ch in _HALF_KANA:
        return 1
    return 2


def _layout_tables(text: str, lines: list[tuple[int, str]], min_score: float, found: TableFindings
                   ) -> list[tuple[int, int]]:
    """Tables of fixed-length records read by a record layout (see above); returns the spans read."""
    fields: list[tuple[int, int, int, int]] = []  # (first byte, last byte, name start, name end), 1-based bytes
    spec_lines = set()
    for k, (p, line) in enumerate(lines[:200]):
        if "-" not in line and "~" not in line and "〜" not in line:
            continue
        items = [m for m in _LAYOUT_ITEM.finditer(line) if m.group("b") or fields or m.start() > 0]
        if sum(1 for m in items if m.group("b")) < 2:
            continue
        spec_lines.add(k)
        for m in items:
            a = int(m.group("a"))
            b = int(m.group("b") or a)
            fields.append((a, b, p + m.start("name"), p + m.end("name")))
    if len(fields) < 3:
        return []
    fields.sort()
    if fields[0][0] != 1 or any(f[0] <= g[1] or f[1] < f[0] for g, f in zip(fields, fields[1:])):
        return []  # not one layout: positions from 1, in order, not overlapping
    header = [(s, e) for _, _, s, e in fields]
    if not _is_header(text, "", header):
        return []
    named = [f for f in fields if not _LAYOUT_FILLER.search(text[f[2]:f[3]])]
    need, total = named[-1][0] - 1, fields[-1][1]
    rows, done = [], []
    for k, (p, line) in enumerate(lines):
        if k in spec_lines or not line or line[0] in "*#/" or line.isspace():
            continue
        pos, byte_at = 0, []
        for ch in line:
            byte_at.append(pos)
            pos += _byte_width(ch)
        if not need < pos <= total + 2:
            continue
        row = []
        for a, b, _, _ in fields:
            lo = bisect_right(byte_at, a - 2)  # the first character at byte a-1 or later
            hi = bisect_right(byte_at, b - 1)  # … up to the last one starting at byte b-1
            row.append((p + lo, p + max(lo, hi)))
        rows.append(row)
        done.append((p, p + len(line)))
    if rows:
        _table(text, header, rows, min_score, found)
    return done


# ------------------------------------------------------------------------------ fixed-width listings with a rule
# Printed listings (台帳, 名簿, 明細表) draw a rule of dash runs under the header, one run per column, one space
# between them: `---- ------------- ------------ ---------------`. The runs give every column's position, so cells
# that fill their column and touch the next one after a single space (`長女 0467-82-3316`) and empty cells are read
# right. Positions are display columns of the text as printed; normalisation widened its half-width katakana
# (ﾅｶﾑﾗ → ナカムラ: one column each before, two now), so a katakana character counts as one or two columns, and
# each cell that starts at its column's position fixes the drift for the rest of the line. A header's brackets count
# the same way: 氏名（旅券表記） was printed with full-width ones, which normalisation narrowed to ( and ).
_DASH_RULE = re.compile(r"[ \t]*[-=]{2,}(?:[ \t]+[-=]{2,}){2,}[ \t]*")
_DASH_RUN = re.compile(r"[-=]+")
_TOKEN = re.compile(r"\S+")
# characters that were one column wide in half-width form (ｱ, ｰ, ､ …) and are two now; voiced kana (ｶﾞ → ガ)
# were two half-width characters, two columns either way
_HALF_KANA = frozenset(
    c for c in (unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFF61, 0xFF9E)) if len(c) == 1
) - {"\u3099", "\u309a"}


def _width_range(ch: str) -> tuple[int, int]:
    if ch < "\u2e80":
        return 1, 1
    if ch in _HALF_KANA:
        return 1, 2
    return (2, 2) if unicodedata.east_asian_width(ch) in "FW" else (1, 1)


def _ruled_cells(line: str, base: int, cols: list[tuple[int, int]], header: bool = False) -> list[tuple[int, int]]:
    """The cells of one line of a ruled listing, one (start, end) per column of `cols` (display columns of the dash
    runs); an empty cell is (base, base). In a `header`, brackets may have been full-width (氏名（旅券表記）)."""
    lo, hi = [0], [0]
    for ch in line:
        a, b = (1, 2) if header and ch in "()" else _width_range(ch)
        lo.append(lo[-1] + a)
        hi.append(hi[-1] + b)
    k = len(cols)
    cells: list[tuple[int, int] | None] = [None] * k
    cur, anchor_i, anchor_c, prev_end = -1, 0, 0, -2
    for m in _TOKEN.finditer(line):
        i, j = m.span()
        r_lo, r_hi = anchor_c + lo[i] - lo[anchor_i], anchor_c + hi[i] - hi[anchor_i]
        single = cur >= 0 and i - prev_end < 2
        # (after one space a word starts the next column only when it does so even with all katakana half-width:
        # ｸﾞｴﾝ ﾃｨ ﾊｲ stays one cell)
        starts = [c for c in range(cur + 1, k) if (r_lo if single else r_lo - 1) <= cols[c][0] <= r_hi + 1
                  and not (single and r_lo < cols[c][0] - 1)]
        if starts:  # the token starts a column: the drift is known again from here
            mid = (r_lo + r_hi) / 2
            c = min(starts, key=lambda x: (abs(cols[x][0] - mid), x))
            anchor_i, anchor_c = i, cols[c][0]
        elif single:
            c = cur  # one space inside a cell (中村 キヨ)
        else:  # after a gap, not at a column start: a right-aligned value (金額), or a cell out of line
            e_lo, e_hi = anchor_c + lo[j] - lo[anchor_i], anchor_c + hi[j] - hi[anchor_i]
            ends = [c for c in range(max(cur, 0), k) if e_lo - 1 <= cols[c][1] <= e_hi + 1]
            if ends:
                c = ends[0]
                if c > cur:
                    anchor_i, anchor_c = j, cols[c][1]
            else:
                mid = (r_lo + r_hi) / 2
                c = max(0, cur, bisect_right([s for s, _ in cols], mid + 1) - 1)
        cell = cells[c]
        cells[c] = (cell[0], base + j) if cell else (base + i, base + j)
        cur, prev_end = c, j
    return [cell or (base, base) for cell in cells]


def _wide_runs(rule: str) -> list[tuple[int, int]]:
    """The display columns of a rule's runs when each dash was two columns wide (─ before normalisation)."""
    out, col, start = [], 0, None
    for ch in rule:
        if ch in "-=":
            if start is None:
                start = col
            col += 2
        else:
            if start is not None:
                out.append((start, col))
                start = None
            col += 1
    if start is not None:
        out.append((start, col))
    return out


def _ruled_tables(text: str, lines: list[tuple[int, str]], min_score: float, found: TableFindings
                  ) -> list[tuple[int, int]]:
    """Tables whose header line is followed by a rule of dash runs (see above); returns the spans read."""
    done: list[tuple[int, int]] = []
    n = len(lines)
    r = 1
    while r < n:
        rule = lines[r][1]
        if "--" not in rule and "==" not in rule or not _DASH_RULE.fullmatch(rule):
            r += 1
            continue
        hstart, hline = lines[r - 1]
        if "\t" in rule or "\t" in hline or not hline.strip() or _DASH_RULE.fullmatch(hline):
            r += 1
            continue
        # (a rule drawn with ─, two columns wide in Japanese fonts, became '-' in the normalised text: its runs are
        # tried at twice the width when the header does not fit them at one)
        for wide in (1, 2):
            cols = [m.span() for m in _DASH_RUN.finditer(rule)] if wide == 1 else _wide_runs(rule)
            header = _ruled_cells(hline, hstart, cols, True)
            cells = [text[s:e] for s, e in header]
            if all(cells) and not any(len(c) > 20 or c.isdigit() for c in cells) and _is_header(text, hline, header):
                break
        else:
            r += 1
            continue
        rows = []
        j = r + 1
        k = len(cols)
        while j < n:
            row = _ruled_row(lines[j], cols)
            if row is None:
                break
            filled = sum(1 for s, e in row if e > s)
            if filled * 2 < k or filled < min(3, k):
                if j + 1 < n and _full_ruled_row(lines[j + 1], cols, k):
                    j += 1  # A-105  (空室): a row left empty between full ones (a vacant room), not the table's end
                    continue
                break  # a footer or a note
            rows.append(row)
            j += 1
        if rows:
            _table(text, header, rows, min_score, found)
            done.append((hstart, lines[j - 1][0] + len(lines[j - 1][1])))
        r = j + 1
    return done


def _ruled_row(line: tuple[int, str], cols: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """A ruled table's row read from `line`, or None where the table ends (a blank line, a tab, a rule)."""
    s2, l2 = line
    if not l2.strip() or "\t" in l2 or _RULE_LINE.fullmatch(l2) or _DASH_RULE.fullmatch(l2):
        return None
    return _ruled_cells(l2, s2, cols)


def _full_ruled_row(line: tuple[int, str], cols: list[tuple[int, int]], k: int) -> bool:
    """Does `line` fill a ruled table's columns as its rows do (half of them at least, and three)?"""
    row = _ruled_row(line, cols)
    filled = 0 if row is None else sum(1 for s, e in row if e > s)
    return filled * 2 >= k and filled >= min(3, k)


def _overflow_split(l2: str, s2: int, fields: list[tuple[int, int]], cols, starts: list[int]
                    ) -> list[tuple[int, int]]:
    """`fields` split at single spaces after which a word starts at or beyond the next column's header."""
    out = []
    k = len(starts)
    for fs, fe in fields:
        c = bisect_right(starts, cols[fs - s2] + 2) - 1
        a = fs
        sp = l2.find(" ", fs - s2, fe - s2)
        while sp != -1:
            p = sp + 1
            if 0 <= c and c + 1 < k and cols[p] >= starts[c + 1]:
                out.append((a, s2 + sp))
                a = s2 + p
                c = bisect_right(starts, cols[p] + 2) - 1
            sp = l2.find(" ", p, fe - s2)
        out.append((a, fe))
    return out


def _char_columns(line: str) -> range:
    return range(len(line) + 1)


def _aligned_header(text: str, line: str, start: int, row: tuple[int, str]) -> list[tuple[int, int]] | None:
    """The header fields of a fixed-width table, split at single spaces where the first row's fields start (within
    two columns: normalisation can shift a column by a character). None unless the counts then agree."""
    row_start, row_line = row
    row_fields = _split(row_line, row_start, _GAP)
    for metric in (_display_columns, _half_kana_columns) if _HALF_WIDE.intersection(row_line) else (_display_columns,):
        # (counting kana as printed, or as typed half-width: ｶﾅ ﾃﾞｰﾀ lined up before normalisation widened them)
        row_cols = metric(row_line)
        starts = [row_cols[s - row_start] for s, _ in row_fields]
        cols = metric(line)
        out: list[tuple[int, int]] = []
        for s, e in _split(line, start, _GAP):
            a = s
            for j in range(s, e):
                if text[j] == " " and any(abs(cols[j + 1 - start] - c) <= 2 for c in starts):
                    out.append((a, j))
                    a = j + 1
            out.append((a, e))
        if len(out) == len(starts):
            return out
    return None


# katakana that normalisation widened from one half-width character (ｶ → カ) or two (ｶﾞ → ガ): a listing typed with
# half-width kana (全銀 and payroll exports, ｶﾅ columns) was lined up by those widths
_VOICED_KANA = frozenset("ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ")
_HALF_WIDE = frozenset(_HALF_KANA) - _VOICED_KANA


def _half_kana_columns(line: str) -> list[int]:
    """Display columns as the line was printed before normalisation widened its half-width katakana: one column for
    a kana of one half-width character, two for a voiced one (ｶﾞ), two for kanji."""
    return _display_columns(line, _HALF_WIDE)


def _display_columns(line: str, narrow: frozenset[str] = frozenset()) -> list[int]:
    """The display column where each character of a line starts (kanji and kana are two columns wide, but for the
    `narrow` characters)."""
    cols, c = [], 0
    for ch in line:
        cols.append(c)
        c += 2 if ch > "\u2e7f" and ch not in narrow and unicodedata.east_asian_width(ch) in "FW" else 1
    cols.append(c)
    return cols


_BANK_SIBLING = re.compile(r'(?i)["\'](?:bank|branch|shiten|ginko)(?:_?(?:code|no|name|cd))?["\']\s*:')


def _pairs(text: str, min_score: float, found: TableFindings) -> None:
    """JSON-style "key": value pairs: the key, read like a column header, labels its value.

    The keys of the document are read together like the columns of one table (`contextual_matches`): an
    "allergy" key needs a key that identifies a person in the same document. A generic key (number, id, kigo,
    kanji …) is read with the key of the object holding it ("passport": {"number": …} → passport_number).
    """
    pairs = list(_PAIR.finditer(text))
    if _sq_pairs(text):
        pairs = sorted(pairs + list(_PAIR_SQ.finditer(text)), key=lambda m: m.start())
    # (a record of animals and their owners, {"owner": {"last_name": …}, "pets": [{"name": …, "species": …}]}: the keys
    # inside the owner's object are read as the owner's, the others as the animals')
    animals = any(animal_header(m.group("k")) for m in pairs)
    parents = _json_parents(text) if animals or any(_generic_key(m.group("k")) or (
        m.group("v") and _generic_key(m.group("v"))) for m in pairs) else {}
    items = []
    prev = None
    oids = "urn:oid:" in text
    for i, m in enumerate(pairs):
        g = "v" if m.group("v") is not None else "n"
        key = m.group("k")
        if oids and key == "system" and m.group("v") in _JP_CORE_OIDS:
            prev = m
            continue  # (its value is read below, beside it)
        if oids and key == "value":
            # a FHIR identifier under one of JP Core's OIDs, its system just before or just after its value
            nxt = pairs[i + 1] if i + 1 < len(pairs) else None
            oid = (prev.group("v") if prev is not None and prev.group("k") == "system" and _EAV_BETWEEN.fullmatch(
                text, prev.end(), m.start()) else None) or (nxt.group("v") if nxt is not None and nxt.group(
                    "k") == "system" and _EAV_BETWEEN.fullmatch(text, m.end(), nxt.start()) else None)
            if oid in _JP_CORE_OIDS:
                items.append((_keyed_header(_JP_CORE_OIDS[oid], ""), *m.span(g)))
                prev = m
                continue
        if (prev is not None and prev.group("v") and _EAV_VALUE.fullmatch(key) and _EAV_LABEL.fullmatch(prev.group("k"))
                and _EAV_BETWEEN.fullmatch(text, prev.end(), m.start())):
            key = prev.group("v")  # {"key": "passport_no", "value": "TK…"}: the label names the value (OCR/form APIs)
            if "/" in key:
                key = key.rstrip("/").rsplit("/", 1)[-1]  # (a FHIR extension's url: its last segment names it)
        elif key.lower() in ("number", "no", "num", "account", "acct"):
            ob = text.rfind("{", max(0, m.start() - 200), m.start())
            if ob >= 0 and "}" not in text[ob:m.start()] and _BANK_SIBLING.search(text, ob, m.start()):
                key = "account_number"  # { "branchCode": "031", "type": "01", "number": "7719024" }: an account
                # (also 'account': '3895126' beside 'bank' and 'branch')
            elif key.lower() in ("account", "acct"):
                key = "account_id"  # (alone, a login's or a service's account: a bare account column needs its rows)
        header = _keyed_header(key, parents.get(m.start(), ""))
        if animals:
            owner = parents.get(m.start(), "").split("\t", 1)[0]
            if owner and not owner_header(header) and (owner_header(owner) or animal_header(owner)):
                header = f"{owner}_{header}"  # (owner_last_name; pets_name: an animal's)
        items.append((header, *m.span(g)))
        prev = m
    if '": [' in text or '":[' in text:  # short lists of strings: "given": ["俊介"], "guests": ["Rafael Fernandes"]
        for m in _PAIR_LIST.finditer(text):
            header = _keyed_header(m.group("k"), parents.get(m.start(), ""))
            items.extend((header, *v.span(1)) for v in _LIST_ITEM.finditer(text, m.start("vs"), m.end("vs")))
        items.sort(key=lambda x: x[1])
    _label_keyed(text, items, min_score, found, untyped_cells=True)


# JP Core's (the Japanese FHIR profile's) identifier systems for the insured card: its symbol, number and branch
# number, and the insurer's public number beside them
_JP_CORE_OIDS = {"urn:oid:1.2.392.100495.20.3.61": "保険者番号", "urn:oid:1.2.392.100495.20.3.62": "被保険者証記号",
                 "urn:oid:1.2.392.100495.20.3.63": "被保険者証番号", "urn:oid:1.2.392.100495.20.3.64": "被保険者証枝番"}
_PAIR_LIST = re.compile(r'"(?P<k>[^"\n]{1,60})"\s*:\s*\[\s*(?P<vs>"[^"\n]{1,80}"(?:\s*,\s*"[^"\n]{1,80}"){0,4})\s*\]')
_LIST_ITEM = re.compile(r'"([^"\n]{1,80})"')


# entity-attribute-value objects of OCR and form APIs: {"key": "氏名", "value": "…"}, {"label": …, "text": …}
# (and FHIR's extensions: {"url": "…/JP_Coverage_InsuredPersonSymbol", "valueString": "4102"}, read by the url's
# last segment)
_EAV_LABEL = re.compile(r"(?i)key|label|field|field_?name|item|item_?name|attribute|attr|name|url")
_EAV_VALUE = re.compile(r"(?i)value|val|text|content|field_?value|value_?text|value(?:String|Code|Date|Identifier)")
_EAV_BETWEEN = re.compile(r'\s*,\s*')


def _label_keyed(text: str, items: list[tuple[str, int, int]], min_score: float, found: TableFindings,
                 untyped_cells: bool) -> None:
    """Entities for (key, value start, value end) items whose key names a PI type and whose value fits it."""
    matches = contextual_matches([k for k, _, _ in items], identity_upgrade=False)
    if any(m.pii_type is None and not m.negative and _last_part(k) in _SYMBOL_KEYS
           for (k, _, _), m in zip(items, matches)):
        matches = _sibling_symbols(text, items, matches)
    for i in range(1, len(items)):
        # an ID number keyed after the key naming its document ("id_checked": "運転免許証", "id_number": "2180…")
        if matches[i].pii_type is None and not matches[i].negative and _ID_VALUE_COL.search(items[i][0].strip().lower()) \
                and _ID_TYPE_COL.search(items[i - 1][0].strip().lower().replace("_checked", "_type")):
            _, ps, pe = items[i - 1]
            doc = _DOC_TYPE_OF.get(_DOC_KEY.sub("", _DOC_NOTE.sub("", text[ps:pe].lower())))
            if doc is not None:
                matches[i] = _DOC_HEADERS[doc]
    parts: list[Entity] = []  # values of split-address parts (pref, city), kept when a street-level key holds one
    street = False
    masked = _all_identity_masked(text, items, matches)
    # (records of goods: a generic "name" beside a price, a JAN code or a maker names the product)
    goods = any(k.lower() in _GOODS_KEYS for k, _, _ in items)
    for (h, s, e), hm in zip(items, matches):
        v = text[s:e]
        b0, b1 = len(v) - len(v.lstrip()), len(v.rstrip())
        if b1 <= b0:
            continue
        s, e = s + b0, s + b1
        if hm.negative:
            found.suppress.append((s, e))
            continue
        if hm.kind == NOT_PERSONAL and animal_header(h):
            found.not_pi.append((s, e))  # (pets_name, pet_birthday: an animal's name or birthday in its record)
            continue
        if hm.pii_type is None:
            if untyped_cells:
                found.cells.append((s, e, None))
            continue
        found.cells.append((s, e, hm.pii_type))
        if hm.confidence < 0.6 or (masked and hm.pii_type == "SPECIAL_CARE"):
            continue  # (a care level in an export whose names and birth dates are all masked: no one's)
        v = text[s:e]
        if "\\u" in v:  # a JSON string's escapes (漆原\u3000加奈恵) are read as the characters they stand for
            v = _JSON_ESCAPE.sub(lambda u: chr(int(u.group(1), 16)), v)
        if hm.pii_type == "PERSON" and hm.confidence < 0.8:
            # a generic "name" key names places and goods too
            ok = not goods and (_name_cell(v, strong_only=True) or _latin_known(v))
        elif hm.pii_type == "PERSON" and not hm.kind:
            ok = VALUE_CHECKS["PERSON"](v)  # (one value, no column to vouch for a lone given name)
        else:
            ok = value_check(hm)(v)
        if ok and hm.confidence * 0.95 >= min_score:
            part = hm.pii_type == "ADDRESS" and hm.kind in _PART_KINDS
            (parts if part else found.entities).append(
                Entity(hm.pii_type, s, e, round(min(0.95, hm.confidence), 3), "keyvalue"))
            street = street or (hm.pii_type == "ADDRESS" and not part)
    if street:
        # (not a part the whole address beside it holds: "pref": "神奈川県", "full": "神奈川県川崎市高津区…")
        wholes = [text[x.start:x.end] for x in found.entities if x.type == "ADDRESS"]
        found.entities.extend(x for x in parts if not any(text[x.start:x.end] in w for w in wholes))


_SYMBOL_KEYS = frozenset(("記号", "kigo", "kigou", "symbol"))


def _last_part(key: str) -> str:
    """A key's last word (documents_symbol → symbol, 記号 → 記号), lower-cased."""
    return key.strip().lower().rsplit("_", 1)[-1]


def _card_field(key: str) -> str:
    """A nested key of a card's symbol or number without the parent's name it was given (documents_symbol → symbol,
    documents_number → number); other keys as they are (insurer_no)."""
    last = _last_part(key)
    return last if last in _SYMBOL_KEYS or last in ("number", "bango", "bangou", "番号") else key


def _sibling_symbols(text: str, items: list[tuple[str, int, int]], matches: list) -> list:
    """The 記号 / 番号 rule of `contextual_matches` asked of each object's keys apart (the keys of one indentation in a
    run of lines): a record whose insured person's object has kigo / bango beside its insurer's number and whose bank
    object has the account's own keys is read object by object, not as one table with a bank column."""
    out = list(matches)
    indents = []
    for _, s, _ in items:
        ls = text.rfind("\n", 0, s) + 1
        indents.append(len(text) - len(text[ls:].lstrip(" \t")) - ls)
    i = 0
    while i < len(items):
        j = i + 1
        while j < len(items) and indents[j] == indents[i]:
            j += 1
        if j - i >= 2:  # (each key without the parent's name a nested key was given: documents_symbol → symbol)
            group = contextual_matches([_card_field(k) for k, _, _ in items[i:j]], identity_upgrade=False)
            for k in range(i, j):
                if out[k].pii_type is None and not out[k].negative and group[k - i].pii_type == "JP_HEALTH_INSURANCE":
                    out[k] = group[k - i]
        i = j
    return out


_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_GOODS_KEYS = frozenset(("jan", "jan_code", "sku", "price", "unit_price", "maker", "manufacturer", "product_code", "item_code",
                         "stock", "品番", "価格", "単価", "メーカー", "型番", "在庫"))
_MASKED = re.compile(r"[\s*＊●○■□×xX#\-−_/.:]*")
_IDENTITY = frozenset(("PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "JP_MY_NUMBER"))


def _all_identity_masked(text: str, items: list[tuple[str, int, int]], matches: list) -> bool:
    """Whether the keys naming a person (name, birth, phone …) are there and every value of theirs is masked (****)."""
    seen = False
    for (_, s, e), hm in zip(items, matches):
        if hm.pii_type in _IDENTITY:
            if not _MASKED.fullmatch(text, s, e):
                return False
            seen = True
    return seen
_PART_KINDS = frozenset(("addr_pref", "addr_city", "addr_town", "addr_bldg"))
# keys that name a PI type only with the key of the object (element, mapping) holding them: passport → number,
# healthInsurance kigo= bango=, name → kanji / kana, address → line2
_GENERIC_KEYS = frozenset(("number", "no", "num", "nr", "kigo", "kigou", "bango", "bangou", "symbol", "kanji", "kana",
                           "romaji", "roman", "furigana", "yomi", "first", "last", "middle", "family", "given", "full",
                           "line1",
                           "line2", "line3",
                           # the parts of an address object ("address": {"state": "東京都", "city": …}): a bare state or
                           # province is a status elsewhere
                           "state", "province", "region",
                           # MongoDB's extended JSON: "dob": {"$date": "1983-05-09T00:00:00Z"}
                           "$date",
                           # a field object's value ("my_number": {"value": "…", "verified_by": …})
                           "value", "val"))


@lru_cache(maxsize=4096)
def _generic_key(key: str) -> bool:  # (memoised: a JSON text repeats its keys in every record)
    return key.lower().replace("_", "").replace("-", "") in _GENERIC_KEYS


def _keyed_header(key: str, parent: str) -> str:
    """The header a key is read as: the key itself, or parent_key for a generic key that names nothing alone.

    `parent` may list, after a tab, the values of the `type` keys of the objects around the key (innermost
    first): {"type": "my_number_card", "ocr": {"number": …}} reads `number` as my_number_card_number when the
    parent key (ocr) names nothing."""
    if not parent or not _generic_key(key):
        return key
    hm = classify_header(key)
    if hm.pii_type is not None or hm.negative or hm.kind:
        return key
    if "\t" not in parent:
        return f"{parent}_{key}"
    first, *types = parent.split("\t")
    head = f"{first}_{key}"
    if first and classify_header(head).pii_type is not None:
        return head
    for t in types:
        typed = f"{t}_{key}"
        if classify_header(typed).pii_type is not None:
            return typed
    return head


_JSON_TOKEN = re.compile(r'"((?:[^"\\\n]|\\.){0,80})"(\s*:)?|[{}\[\]]')


def _json_parents(text: str) -> dict[int, str]:
    """The key of the object (or array) holding each "key": of a JSON-style text, by the key's position.

    Where an object around the key (it or an ancestor) has a document-type key with a string value ("type":
    "passport", "idType": "DRIVERS_LICENSE") before it, the values follow the parent key after tabs, innermost
    first (see `_keyed_header`)."""
    out: dict[int, str] = {}
    stack: list[str] = []
    types: list[list[str]] = [[]]  # per open object: the document-type values seen in it so far
    last_key, last_end = None, -1
    for m in _JSON_TOKEN.finditer(text):
        t = m.group()
        if m.group(2) is not None:
            parent = stack[-1] if stack else ""
            seen = [v for frame in reversed(types) for v in reversed(frame)]
            out[m.start()] = "\t".join([parent, *seen]) if seen else parent
            last_key, last_end = m.group(1), m.end()
        elif t in "{[":
            opened = last_key if last_key is not None and not text[last_end:m.start()].strip() else None
            stack.append(opened if opened is not None else (stack[-1] if stack else ""))
            types.append([])
            last_key = None
        elif t in "}]":
            if stack:
                stack.pop()
            if len(types) > 1:
                types.pop()
            last_key = None
        else:
            if (last_key is not None and _TYPE_KEY.fullmatch(last_key) and m.group(1)
                    and not text[last_end:m.start()].strip()):
                types[-1].append(m.group(1)[:40])
            last_key = None
    return out


# keys whose value names the kind of document an object holds ("type": "passport", "id_type": "my_number_card")
_TYPE_KEY = re.compile(r"(?i)(?:id_?|doc_?|document_?|identity_?|card_?)?(?:type|kind|category)|doc|document")


# ------------------------------------------------------------------------------------- XML and YAML
# <passportNo>X2258106</passportNo>, <healthInsurance kigo="23110045" bango="812"/>, <address><pref>宮城県</pref>…:
# an element's name labels its text, an attribute's name its value (a generic name with its element's:
# healthInsurance_kigo). YAML `key: value` lines (passport:⏎  number: C4812273; flow maps {bank: …, number: "…"})
# likewise, ASCII keys only ("住所: …" lines are forms the free-text detectors read). All keys of a document are
# read together as one table's columns (split address parts need a street-level key beside them).
_XML_TAG = re.compile(r"<(/?)([^\s<>/!?=\"'][^\s<>/=\"']{0,59})((?:\s[^<>]{0,2000}?)?)(/?)>")
_XML_ATTR = re.compile(r"""([A-Za-z_][\w.\-:]{0,60})\s*=\s*(?:"([^"<>\n]{0,300})"|'([^'<>\n]{0,300})')""")
_MAX_TAGS = 50_000


_XML_NAMING_ATTRS = frozenset(("name", "id", "itemoid", "oid", "field", "fieldname", "field_name", "key", "variable"))


def _xml_items(text: str) -> list[tuple[str, int, int]]:
    items: list[tuple[str, int, int]] = []
    stack: list[str] = []
    tags = []
    for m in _XML_TAG.finditer(text):
        tags.append(m)
        if len(tags) > _MAX_TAGS:
            break
    for idx, m in enumerate(tags):
        close, name, attrs, selfclose = m.groups()
        if close:
            if name in stack:
                while stack and stack.pop() != name:
                    pass
            continue
        if attrs and "=" in attrs:
            base = m.start(3)
            named = value = None
            for a in _XML_ATTR.finditer(attrs):
                g = 2 if a.group(2) is not None else 3
                key = a.group(1).lower()
                if key == "value":
                    value = (base + a.start(g), base + a.end(g))
                    continue
                if key in _XML_NAMING_ATTRS and named is None:
                    named = a.group(g)  # (name="tel", CDISC ODM's ItemOID="last_name", field="email" …)
                items.append((_keyed_header(a.group(1), name), base + a.start(g), base + a.end(g)))
            if value is not None:  # <input name="tel" value="…">: the name labels the value
                items.append((named or _keyed_header("value", name), *value))
        if selfclose or attrs.endswith("/"):
            continue
        nxt = tags[idx + 1] if idx + 1 < len(tags) else None
        if nxt is not None and nxt.group(1) and nxt.group(2) == name and 0 < nxt.start() - m.end() <= 300:
            vs, ve = m.end(), nxt.start()
            if text.startswith("<![CDATA[", vs) and text.endswith("]]>", vs, ve):
                vs, ve = vs + 9, ve - 3
            key = name
            if name.lower() in ("number", "no", "num") and stack:
                # <Bank …/><Branch …/><Type>普通</Type><Number>3847201</Number>: an account's number beside its bank
                opened = next((t for t in reversed(tags[:idx]) if t.group(2) == stack[-1] and not t.group(1)), None)
                if opened is not None and _XML_BANK_SIBLING.search(text, opened.end(), m.start()) is not None:
                    key = "account_number"
            items.append((_keyed_header(key, stack[-1] if stack else ""), vs, ve))
        stack.append(name)
    return items


_XML_BANK_SIBLING = re.compile(r"<(?i:bank|branch|shiten|ginko)(?:_?(?i:code|no|name|cd))?[ >/]")


# (the gate wants lower-case keys, as YAML files write them: "From:", "Subject:" lines of a mail are no YAML)
_YAML_KEY = re.compile(r"\n[ ]*(?:- +)?[a-z_][\w\-.]{0,60}[ ]*:(?:[ \r\n]|$)")  # (a literal first: fast scan)
_YAML_KEY_FIRST = re.compile(_YAML_KEY.pattern[2:])  # (the same on the first line, which has no line break before it)
_COLON_END = re.compile(r":[ \r\n]")  # (what a key's colon is followed by, but for the end of the text or of its 80th char)
_YAML_LINE = re.compile(r"^(?P<ind>[ ]*)(?P<dash>- +)?(?P<k>[A-Za-z_][\w\-.]{0,60})[ ]*:(?:[ ]+(?P<v>[^\n]*?))?[ ]*$",
                        re.M)
_YAML_FLOW = re.compile(r"""(?P<k>[A-Za-z_][\w\-.]{0,60})[ ]*:[ ]*"""
                        r"""(?:"(?P<q>[^"\n]*)"|'(?P<s>[^'\n]*)'|(?P<b>[^,{}\n]*))""")
_YAML_EMPTY = frozenset(("", "~", "null", "Null", "NULL", "|", ">", "|-", ">-", "[]", "{}"))


_yaml_last: tuple = (None, False)  # the last text asked about (may_hold_table, then scan_tables) and the answer


def _yaml_like(text: str) -> bool:
    """Three or more `key: value` lines with lower-case ASCII keys."""
    global _yaml_last
    last = _yaml_last
    if last[0] is text:
        return last[1]
    if _COLON_END.search(text) is None and not text.endswith(":") and text[79:80] != ":":
        _yaml_last = (text, False)  # (no key line without a colon that ends it: one fast scan instead of the lines')
        return False
    n = 1 if _YAML_KEY_FIRST.match(text, 0, 80) else 0  # (as far as 80 characters in: $ matches there too)
    if n < 3:
        for _ in _YAML_KEY.finditer(text):
            n += 1
            if n >= 3:
                break
    _yaml_last = (text, n >= 3)
    return n >= 3


def _yaml_items(text: str) -> list[tuple[str, int, int]]:
    items: list[tuple[str, int, int]] = []
    stack: list[tuple[int, str]] = []
    for m in _YAML_LINE.finditer(text):
        indent = len(m.group("ind")) + len(m.group("dash") or "")
        key = m.group("k")
        while stack and stack[-1][0] >= indent:
            stack.pop()
        parent = stack[-1][1] if stack else ""
        v = m.group("v")
        if v is None or v in _YAML_EMPTY:
            stack.append((indent, key))
            continue
        vs, ve = m.span("v")
        if v[0] == "{":
            for f in _YAML_FLOW.finditer(text, vs + 1, ve):
                g = "q" if f.group("q") is not None else "s" if f.group("s") is not None else "b"
                items.append((_keyed_header(f.group("k"), key), *f.span(g)))
            continue
        if v[0] in "[&*!|>":
            continue
        if v[0] in "\"'":
            close = text.find(v[0], vs + 1, ve)
            if close == -1:
                continue
            vs, ve = vs + 1, close
        else:
            c = text.find(" #", vs, ve)
            if c != -1:
                ve = c
        items.append((_keyed_header(key, parent), vs, ve))
    return items


# key=value fields of log lines and query strings (holder=OLIVER BENNETT cip=…, user=yamada, ?email=…&tel=…): the key
# labels the value, which runs to the next key= on the line when it is not quoted (logs do not quote names; a request
# line's HTTP/1.1 is not part of it). Only keys that name a PI type (or an order/price field) are kept.
_KV = re.compile(r"(?P<k>[A-Za-z_](?<![\w.\-][A-Za-z_])[\w.\-]{0,40})=(?:\"(?P<q>[^\"\n]{1,200})\"|'(?P<s>[^'\n]{1,200})'|"
                 r"(?P<b>[^\s\"'&,;=<>]{1,100}(?: (?![A-Za-z_][\w.\-]{0,40}=|HTTP/)[^\s\"'&,;=<>]{1,100}){0,4}))")


_KV_EQ = re.compile(r"=(?<=[\w.\-]=)[^=\s]")  # (the = of key=value, not of a ==== rule)


def _kv_like(text: str) -> bool:
    """Three or more key=value signs (or "key = value" lines)."""
    n = 0
    for _ in _KV_EQ.finditer(text):
        n += 1
        if n >= 3:
            return True
    if " = " in text:
        for _ in _KV_LINE.finditer(text):
            n += 1
            if n >= 3:
                return True
    return False


# "key = value" lines (parquet-tools head, INI files, printed records): the value runs to the end of the line
_KV_LINE = re.compile(r"(?m)^[ \t]*(?P<k>[A-Za-z_][\w.\-]{0,40})[ \t]+=[ \t]+(?P<v>[^\n]{0,200}?)[ \t\r]*$")


# (where a match of each starts: the key's "=", a literal; `_KV` and `_KV_LINE`, led by a letter class or a line start,
# are tried only from the key before it — the run of key characters, at most 41 — or from the start of its line)
_KV_KEY_EQ = re.compile(r"=(?<=[\w.\-]=)")
_KV_KEY_BEFORE = re.compile(r"(?<![\w.\-])[\w.\-]{1,41}\Z")
_KV_LINE_EQ = re.compile(r"=(?<=[ \t]=)(?=[ \t])")


def _kv_matches(text: str) -> Iterable[re.Match]:
    """`_KV.finditer(text)`: a key runs from the start of a run of key characters to its "=" (the same matches)."""
    pos = 0
    for h in _KV_KEY_EQ.finditer(text):
        eq = h.start()
        if eq < pos:
            continue
        r = _KV_KEY_BEFORE.search(text, max(pos, eq - 41), eq)
        if r is not None and (m := _KV.match(text, r.start())) is not None:
            yield m
            pos = m.end()


def _kv_line_matches(text: str) -> Iterable[re.Match]:
    """`_KV_LINE.finditer(text)`: a match is one line, with a " = " in it (the same matches)."""
    pos = 0
    for h in _KV_LINE_EQ.finditer(text):
        ls = text.rfind("\n", 0, h.start()) + 1
        if ls >= pos and (m := _KV_LINE.match(text, ls)) is not None:
            yield m
            pos = m.end()


# an SQL UPDATE's assignments, one a line or on one line (UPDATE members SET last_name = '遠藤', first_name = '光'):
# each column names its quoted value
_SQL_UPDATE = re.compile(r"(?i:\bupdate)\s+[\w.\"`\[\]]+\s+(?i:set)\s")
_SQL_SET = re.compile(r"(?:(?i:\bset)|,)[ \t\n]*(?P<k>[A-Za-z_]\w{0,40})[ \t]*=[ \t]*N?'(?P<v>[^'\n]{1,200})'")


def _sql_set_items(text: str) -> list[tuple[str, int, int]]:
    items = []
    for u in _SQL_UPDATE.finditer(text):
        end = text.find(";", u.end())
        end = len(text) if end < 0 else end
        where = re.search(r"(?i)\bwhere\b", text[u.end():end])
        end = u.end() + where.start() if where is not None else end
        for m in _SQL_SET.finditer(text, u.end() - 4, end):
            items.append((m.group("k"), *m.span("v")))
    return items


def _kv_items(text: str) -> list[tuple[str, int, int]]:
    items = []
    if " = " in text:
        for m in _kv_line_matches(text):
            k = m.group("k")
            hm = classify_header(k)
            if (hm.pii_type is not None or hm.negative) and m.end("v") > m.start("v"):
                items.append((k, m.start("v"), m.end("v")))
    for m in _kv_matches(text):
        k = m.group("k")
        hm = classify_header(k)
        if hm.pii_type is None and not hm.negative:
            continue
        g = "q" if m.group("q") is not None else "s" if m.group("s") is not None else "b"
        items.append((k, *m.span(g)))
    return items


# LDIF (ldapsearch exports, directory dumps): "attribute: value" lines, entries separated by blank lines. In an entry
# of a person (objectClass person, inetOrgPerson, user …) cn, displayName and gecos hold the full name and sn the
# surname; a DN — the entry's own, or the value of manager, member, owner … — names a person in its first RDN
# (cn=Higa Ruka,ou=People,…) when its entry is a person's or it sits under a people OU.
_LDIF_LINE = re.compile(r"^(?P<k>[A-Za-z][\w\-]{0,60})(?P<opt>;[^:\n]*)?:(?P<b64>:)?[ ]*(?P<v>[^\n]*?)[ \r]*$", re.M)
_LDIF_PERSON_CLASSES = frozenset(("person", "inetorgperson", "organizationalperson", "user", "contact", "posixaccount",
                                  "shadowaccount"))
_LDIF_NOT_PERSON = frozenset(("computer", "group", "groupofnames", "groupofuniquenames", "device", "applicationprocess",
                              "organizationalunit", "organization", "domain", "dcobject"))
_LDIF_KEYS = {"cn": "full_name", "commonname": "full_name", "displayname": "full_name", "gecos": "full_name",
              "name": "full_name", "sn": "surname", "surname": "surname"}
_LDIF_DN_KEYS = frozenset(("dn", "manager", "member", "uniquemember", "owner", "secretary", "seealso", "directreports",
                           "assistant", "roleoccupant", "managedby"))
_LDIF_RDN = re.compile(r"(?i:cn)=(?P<v>(?:[^,+\\\n]|\\.){1,80})")
_PEOPLE_OU = re.compile(r"(?i)ou=(?:people|persons|users|staff|employees|members|accounts)\b")


def _ldif_items(text: str) -> list[tuple[str, int, int]]:
    items: list[tuple[str, int, int]] = []
    entry: list[re.Match] = []

    def flush() -> None:
        classes = {m.group("v").strip().lower() for m in entry if m.group("k").lower() == "objectclass"}
        person = bool(classes & _LDIF_PERSON_CLASSES) and not classes & _LDIF_NOT_PERSON
        for m in entry:
            key = m.group("k").lower()
            if m.group("b64") or not m.group("v"):
                continue
            vs, ve = m.span("v")
            if key in _LDIF_DN_KEYS:
                r = _LDIF_RDN.match(text, vs, ve)
                if r is not None and (person if key == "dn" else _PEOPLE_OU.search(text, r.end(), ve) is not None):
                    items.append(("full_name", *r.span("v")))
                continue
            if person and key in _LDIF_KEYS:
                items.append((_LDIF_KEYS[key], vs, ve))
            elif key not in _LDIF_KEYS:
                items.append((m.group("k"), vs, ve))
        entry.clear()

    pos = 0
    for m in _LDIF_LINE.finditer(text):
        if text.count("\n", pos, m.start()) >= 2:  # a blank (or comment) line between: a new entry
            flush()
        entry.append(m)
        pos = m.end()
    flush()
    return items


# cells of a name column that name no one: a total row (合計), test rows (テスト 用 / テスト ヨウ) and companies, in
# kanji or in kana (口座名義 カ)キタヤマインサツ, a company's reading ウラワテクノサービス). Such a cell makes the kana
# cell in the name column next to it (its reading: (株)ライフハウス | ライフハウス) no person's either; other cells of
# the row stay (a CRM row names the company and its contact person side by side).
_TOTAL_CELLS = frozenset(("合計", "小計", "総計", "総合計", "累計", "計", "合 計", "小 計", "total", "subtotal",
                          "grand total", "sum"))
# (every alternative of these two starts with a literal, lookbehinds after it: sre then scans for those characters
# instead of trying each alternative at every position)
_TEST_CELL = re.compile(r"テスト|ダミー|サンプル|test(?<![a-z]test)(?![a-z])|dummy(?<![a-z]dummy)(?![a-z])"
                        r"|sample(?<![a-z]sample)(?![a-z])")
_FIRM_CELL = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|法人|\([株有][)）]|（[株有][)）]|㈱|㈲|"
    r"カ[)）](?:(?<=^カ.)|(?<=[ (（]カ.))|ユ[)）](?:(?<=^ユ.)|(?<=[ (（]ユ.))|ド[)）](?:(?<=^ド.)|(?<=[ (（]ド.))|カブシキ|ユウゲン|"
    r"ゴウドウガイシ|サービス|インサツ|シ[ョヨ]ウジ|コウギ[ョヨ]ウ|ケンセツ|コウムテン|サンギ[ョヨ]ウ|シ[ョヨ]ウカイ|ブ[ッツ]サン|"
    r"デンキ|セイサクシ[ョヨ]|シ[ョヨ]クヒン|ウンユ|ウンソウ|ツウシン|ギンコウ|シンキン|ホケン|ジムシ[ョヨ]|ホ[ー]?ルディングス|"
    r"クミアイ|キ[ョヨ]ウカイ|ビ[ョヨ]ウイン|クリニツク|クリニック|ヤツキ[ョヨ]ク|ヤッキ[ョヨ]ク|シ[ョヨ]ウテン|"
    r"テクノ|システム|コーポレーション|エンタープライズ")


# a name cell that stands for no one (匿名 of a donor list, 欠員 of a roster)
_NOBODY_CELLS = frozenset(("匿名", "匿名希望", "無記名", "欠員", "未定", "不明", "空き", "空室", "該当なし", "同上", "なし", "無し",
                           "未記入", "未登録", "退会", "anonymous", "n/a", "none", "vacant", "tbd", "unknown",
                           # an empty bed of a ward's list, and the staff words a visitor's cell ends in (坂東工務店 社員)
                           "空床", "空きベッド", "空", "社員", "職員", "従業員", "担当者", "関係者", "スタッフ"))


def _no_one_cell(v: str) -> bool:
    """Does a name-column cell name no person (a total, test data, a company)?"""
    low = v.strip().lower()
    return (low in _TOTAL_CELLS or low in _NOBODY_CELLS or _TEST_CELL.search(low) is not None
            or _FIRM_CELL.search(v) is not None)


_BLANK_CELL = re.compile(r"[ \t\u3000\-－―—–ー・/]*")
# (what follows a date in one cell that makes it a range or a time stamp, not a birth date beside another column)
_NOT_A_NEXT_VALUE = re.compile(r" *(?:[～〜~\-–]|から|まで|[0-9]{1,2}:[0-9]{2})")
_NOTE_CELL = re.compile(r"[(（][^0-9()（）]{1,12}[)）]")
_KANA_CELL = re.compile(r"[\u30a1-\u30fa\u30fc・ ()]+")


_READING_COL = re.compile(r"カナ|かな|フリガナ|ふりがな|ﾌﾘｶﾞﾅ|読み|よみ|kana|yomi|furigana|reading")
_READING_OFF = re.compile(r"カナ|かな|フリガナ|ふりがな|ﾌﾘｶﾞﾅ|読み|よみ|kana|yomi|furigana|reading|[\s_\-()（）・/]+")


_WORDED = re.compile(r"[^\x00-\x7f]")


def _worded_column(text: str, cells) -> bool:
    """Do most cells of a column hold Japanese words (not codes, numbers or blanks) that read as no names?"""
    from .person import _name_cell_score  # noqa: PLC0415 - (person imports columns)

    worded = named = 0
    for s, e in cells:
        v = text[s:e].strip()
        if _WORDED.search(v):
            worded += 1
            named += _name_cell(v, True) or _name_cell_score(v) is not None
    return worded * 2 > len(cells) and named * 2 < worded


@lru_cache(maxsize=4096)
def _reading_base(name: str) -> str:
    """A column's name without its reading word (name_kana, 氏名カナ, 品名（カナ） -> name, 氏名, 品名)."""
    return _READING_OFF.sub("", name.lower())


def _no_one_rows(text: str, rows: list[list[tuple[int, int]]], name_cols: list[int], kana_cols: list[int]
                 ) -> set[int]:
    """Starts of the name cells that name no person (see `_no_one_cell`), and of the cells of a reading column
    (カナ, フリガナ) beside them."""
    out: set[int] = set()
    cols = set(kana_cols)
    for row in rows:
        for c in name_cols:
            s, e = row[c]
            if e > s and _no_one_cell(text[s:e]):
                out.add(s)
                for n in (c - 1, c + 1):
                    if n in cols and _KANA_CELL.fullmatch(text, *row[n]):
                        out.add(row[n][0])
    return out


# the title above a table of bare 記号 / 番号 columns that makes them a health-insurance card's (被保険者台帳,
# ○○健康保険組合, 保険証の記号番号一覧), unless it is about bank accounts (ゆうちょ 記号番号)
# (… or, romanised, a database's table of the insured: CREATE TABLE `hihokensha`)
_INS_TITLE = re.compile(r"被保険者|保険証|健康保険|健保|国保|国民健康保険|保険組合|資格確認書|共済組合|後期高齢|"
                        r"(?i:hihokensha|hokensho|kenpo|kempo|kokuho|insured)")
_BANK_TITLE = re.compile(r"口座|銀行|ゆうちょ|貯金|通帳|振込|振替")
_TITLE_REACH = 400


def _insurance_title(text: str, header_start: int) -> bool:
    before = text[max(0, header_start - _TITLE_REACH):header_start]
    return _INS_TITLE.search(before) is not None and _BANK_TITLE.search(before) is None


_PANDAS_ROW = re.compile(r"(?m)^[0-9]{1,7} {2,}\S")
_NON_SPACE = re.compile(r"\S+")


def _dataframe_tables(text: str, lines: list[tuple[int, str]], min_score: float, found: TableFindings
                      ) -> list[tuple[int, int]]:
    """pandas DataFrame output: a header line of labels two spaces apart or more, then rows whose first field is the
    row index and whose other fields match the labels one for one (fields two spaces apart or more). Returns the
    spans of the tables read."""
    done: list[tuple[int, int]] = []
    i, n = 0, len(lines)
    while i < n - 1:
        start, line = lines[i]
        if not _PANDAS_ROW.match(lines[i + 1][1]) or _PANDAS_ROW.match(line) or _GAP not in line.strip() or (
                "|" in line and "|" in lines[i + 1][1]):
            i += 1  # (a row number before a pipe-delimited row: 1  | 25A0412  | 中西 美咲 — a table of its own)
            continue
        header = [(start + m.start(), start + m.end()) for m in _GAP_FIELD.finditer(line)]
        words = [(start + m.start(), start + m.end()) for m in _NON_SPACE.finditer(line)]
        rows = []
        j = i + 1
        while j < n and _PANDAS_ROW.match(lines[j][1]):
            s2, l2 = lines[j]
            f = [(s2 + m.start(), s2 + m.end()) for m in _GAP_FIELD.finditer(l2)]
            if len(f) != len(header) + 1 and len(f) == len(words) + 1:
                header = words  # (a label longer than its column stands one space from the next: birth_ymd yubin_bango)
            if len(f) != len(header) + 1:
                break
            rows.append(f[1:])
            j += 1
        if len(header) >= 2 and len(rows) == j - i - 1 and rows:
            _table(text, header, rows, min_score, found)
            done.append((start, lines[j - 1][0] + len(lines[j - 1][1])))
            i = j
        else:
            i += 1
    return done


# the first word of a header cell that names a running number glued to the next label (SEQ SURNAME over 001 WATANABE)
_SEQ_WORDS = frozenset(("seq", "no", "no.", "#", "sn", "s/n", "nr", "連番", "番号", "順"))
_CODE_LABEL = re.compile(r"[A-Z]{2,4}")  # a short upper-case label (NAT DOC over JPN P)
_CODE_WORD = re.compile(r"[A-Z]{2,6}")  # … or a word such as BIRTH beside one
_SPACED_VALUE_TYPES = frozenset(("PERSON", "ADDRESS", "SPECIAL_CARE"))  # (values of several words)


def _japanese_labels(words: list[str]) -> bool:
    """Labels of two columns or more in one header cell: one names PI, none a name or an address (whose values hold
    spaces of their own)."""
    types = [classify_header(w).pii_type for w in words]
    return any(types) and not any(t in ("PERSON", "ADDRESS") for t in types)


def _split_glued_columns(text: str, header: list[tuple[int, int]], rows: list[list[tuple[int, int]]]
                         ) -> tuple[list[tuple[int, int]], list[list[tuple[int, int]]]]:
    """Columns that a reading by gaps of two spaces glued together, split again word by word: a header cell of
    words one space apart over cells with as many words in every row, when the first word counts the rows (SEQ
    SURNAME over 001 WATANABE), or every word is a short upper-case code and the whole no PI label (NAT DOC over
    JPN P), or every word is a Japanese label and none of a name or address (学年 保険証記号・番号 over 4年 0124・558).
    (FULL NAME over JOHN SMITH stays one column: the whole names it; so does 氏名 フリガナ over 山田 太郎.)"""
    if any(len(r) != len(header) for r in rows):
        return header, rows
    glued: set[int] = set()
    for c, (hs, he) in enumerate(header):
        words = text[hs:he].split(" ")
        if not (2 <= len(words) <= 4 and all(words)):
            continue
        seq = words[0].lower() in _SEQ_WORDS
        # (codes whose whole names no PI, or of which one names a one-word value alone: SX BIRTH over 1  19420108;
        # FULL NAME over JOHN SMITH stays whole)
        if not seq and not (all(_CODE_LABEL.fullmatch(w) for w in words) and classify_header(text[hs:he]).pii_type is None
                            ) and not (not any(w.isascii() for w in words) and _japanese_labels(words)) and not (
                all(_CODE_WORD.fullmatch(w) for w in words)
                and [classify_header(w).pii_type is not None for w in words].count(True) == 1
                and all(classify_header(w).pii_type not in _SPACED_VALUE_TYPES for w in words)):
            continue
        whole = classify_header(text[hs:he])
        if whole.pii_type == "DATE_OF_BIRTH" and all(value_check(whole)(text[r[c][0]:r[c][1]].strip()) for r in rows):
            continue  # DATE OF BIRTH over 03 SEP 1971: every cell a value of the whole label's type
        cells = [text[r[c][0]:r[c][1]].split(None, len(words) - 1) for r in rows]
        # (every row as many words, but for an overflow of the next cell into the last: 4年 0310・4418  Lucas Ferreira)
        if all(len(x) == len(words) and all(x) for x in cells) and (not seq or all(x[0].isdigit() for x in cells)) and (
                4 * sum(" " in x[-1] for x in cells) <= len(cells)):
            glued.add(c)
    if not glued:
        return header, rows

    def split(cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for c, (s, e) in enumerate(cells):
            if c not in glued:
                out.append((s, e))
                continue
            n = text[header[c][0]:header[c][1]].count(" ") + 1
            for k, w in enumerate(_WORD.finditer(text, s, e)):
                if k == n - 1:
                    out.append((w.start(), e))  # (the last takes the rest)
                    break
                out.append(w.span())
        return out

    return split(header), [split(r) for r in rows]


# a row number's label before a column's own (No. 氏名 over " 1  仲宗根 ウト"): the number is no part of the cell
_SEQ_LABEL = re.compile(r"[ \t]*(?:No\.?|NO\.?|#|番号|連番|順)[ \t]+(?=\S)")
_SEQ_CELL = re.compile(r"[ \t]*[0-9]{1,4}\.?[ \t]+(?=\S)")


def _seq_first_column(text: str, header: list[tuple[int, int]], rows: list[list[tuple[int, int]]]
                      ) -> tuple[list[tuple[int, int]], list[list[tuple[int, int]]]]:
    m = _SEQ_LABEL.match(text, *header[0])
    if m is None:
        return header, rows
    cut = []
    for row in rows:
        c = _SEQ_CELL.match(text, *row[0])
        if c is None:
            return header, rows
        cut.append([(c.end(), row[0][1])] + row[1:])
    return [(m.end(), header[0][1])] + header[1:], cut


_AGE_SUFFIX = re.compile(r"[ \t]*[(（](?:満[ \t]?)?[0-9]{1,3}[ \t]?(?:歳|才)?[)）]$")
_PROPERTY_HEADER = re.compile(r"物件|間取|賃料|家賃|面積|築年|専有|管理費|敷金|礼金|敷/礼|最寄")
_PROPERTY_PLACE = re.compile(r"^\s*(?:物件)?所在地?\s*(?:[(（][^()（）]{0,12}[)）])?\s*$")  # (所在地（町域まで）)


def _table(text: str, header: list[tuple[int, int]], rows: list[list[tuple[int, int]]], min_score: float,
           found: TableFindings) -> None:
    if rows and any(" " in text[s:e] for s, e in header):
        header, rows = _seq_first_column(text, header, rows)
        header, rows = _split_glued_columns(text, header, rows)
    names = [text[s:e] for s, e in header]
    insurance = any("記号" in n or "kigo" in n.lower() for n in names) and _insurance_title(text, header[0][0])
    matches = contextual_matches(names, insurance=insurance)
    if not any(m.pii_type or m.negative or m.kind == NOT_PERSONAL for m in matches):
        return
    if any(m.pii_type == "ADDRESS" for m in matches) and sum(1 for n in names if _PROPERTY_HEADER.search(n)) >= 2:
        # a listing of properties (物件名 | 所在地 | 間取り | 賃料): the location column is the building's, no one's
        # (… and with no column naming a person and no block number in its places, 物件CD | 物件名 | 所在地（町域まで）|
        # 最寄駅 over 東京都世田谷区桜丘五丁目, none of them is anyone's address: the detectors' reading of them goes too)
        nobody = not any(m.pii_type == "PERSON" for m in matches)

        def town_only(c: int) -> bool:  # (no cell of the column has a block number: 桜丘五丁目, 小山下総町)
            return all(c < len(row) and not any(ch.isdigit() for ch in text[row[c][0]:row[c][1]]) for row in rows)
        matches = [(replace(m, pii_type=None, kind=PLACE_CELL) if nobody and town_only(c)
                    else replace(m, pii_type=None, negative=True))
                   if m.pii_type == "ADDRESS" and _PROPERTY_PLACE.search(n) else m
                   for c, (m, n) in enumerate(zip(matches, names))]
    # "label<TAB>value" lines (a form, not a table): data rows whose cells read like labels too
    # (judged on the first rows, where a form shows its labels; counted only as far as the verdict needs: one
    # labelled row, or half of the rows, or no hope of half)
    head = rows[:_FORM_ROWS]
    need = 1 if len(header) <= 3 else max(1, (len(head) + 1) // 2)
    labelled = 0
    # (a column naming each row's document, 確認書類 | 運転免許証, holds values that read like labels)
    # (… as does a column naming each row's kind, 区分 | お客様 / 親戚 / 喪中: a greeting-card list's groups)
    doc_cols = {c for c in (0, 2) if c < len(names) and (_ID_TYPE_COL.search(names[c].strip().lower())
                                                        or _KIND_COL.fullmatch(names[c].strip().lower()))}
    for r, row in enumerate(head):
        if labelled >= need or labelled + len(head) - r < need:
            break
        # (the third cell only in four or more columns, label | value | label | value: in a three-column table it is
        # a value that may read like a label, 氏名 | 生年月日 | 状況 over 佐藤 勇気 | 平成10年5月2日 | 知的障害; nor
        # after a row number, 3 | Oyelaran | Sales)
        # (… nor in a wide export, whose 決済方法 | クレジットカード is a value: a form's label | value pairs run to a few)
        third = 4 <= len(header) <= 8 and not _NUMBER_CELL.fullmatch(text, *row[0]) and not _ROW_CODE_CELL.fullmatch(
            text, *row[0])  # (… nor after a row's code, 2-1-03 | 伊東 湊 | 全国健康保険協会: a form's label is no code)
        if any(_is_label(text[s:e]) for c, (s, e) in zip((0, 2), row[0:4:2] if third else row[0:1])
               if c not in doc_cols):
            labelled += 1  # a form's labels: first column (and third)
    if labelled >= need:
        return
    row_typed = _row_typed_columns(text, names, matches, rows) if len(names) >= 2 else {}
    name_cols = [c for c, hm in enumerate(matches) if hm.pii_type == "PERSON"]
    kana_cols = [c for c in name_cols if _READING_COL.search(names[c].lower())]
    no_one = _no_one_rows(text, rows, name_cols, kana_cols) if name_cols else set()
    # the cells of rows whose name cells are all blank (a nurse's log: - | - | first-aid kit restock): no one's facts
    blank_rows = {cell[0] for row in rows if all(_BLANK_CELL.fullmatch(text, *row[c]) for c in name_cols)
                  for cell in row} if name_cols else set()
    parts: list[Entity] = []  # cells of split-address parts, kept when a street-level column holds addresses
    street = False
    k = len(matches)
    if any(len(row) < k for row in rows):
        raise IndexError("a table row shorter than its header")  # (as row[c] did; the scan of this text fails)
    columns = list(zip(*rows)) if rows else [()] * k  # (the cells column by column, transposed once)
    # the reading column of a column that holds no names is no name column either (name | name_kana over a master
    # of diseases or goods: パニック障害 | ﾊﾟﾆｯｸｼｮｳｶﾞｲ): what each column's reading would be keyed by, and which
    # of those columns held names
    bases = [_reading_base(n) for n in names]
    named: dict[str, bool] = {}
    for c, hm in enumerate(matches):
        cells = [cell for cell in columns[c] if cell[1] > cell[0]]  # (a fixed-width row may leave a cell empty)
        if hm.pii_type == "PERSON" and c in kana_cols and (named.get(bases[c]) is False or (
                not bases[c] and c and matches[c - 1].pii_type != "PERSON" and _worded_column(text, columns[c - 1]))):
            # (… and a bare reading column after a column of words that name no one, hinmoku_nm | kana over
            # 学習机 | ガクシュウヅクエ, reads those words)
            found.cells.extend([(s, e, None) for s, e in cells])
            continue
        if bases[c] not in named:
            named[bases[c]] = False  # (until its verdict says PERSON)
        if hm.kind == NOT_PERSONAL:
            found.not_pi.extend(cells)
            continue
        if hm.kind == PLACE_CELL:
            found.cells.extend([(s, e, PLACE_CELL) for s, e in cells])
            continue
        if hm.negative:
            found.suppress.extend(cells)
            continue
        if c in row_typed:  # an ID column whose type a cell of the row names (id_type = DL | id_number = …)
            for row, t in zip(rows, row_typed[c]):
                s, e = row[c]
                v = text[s:e].strip()
                if not v:
                    continue
                s = text.index(v, s, e)
                found.cells.append((s, s + len(v), t))
                if t is not None and VALUE_CHECKS[t](v) and 0.85 >= min_score:
                    found.entities.append(_entity(Entity, (t, s, s + len(v), 0.85, "texttable")))
            continue
        pii_type = hm.pii_type
        if pii_type is None and len(cells) >= 2 and _my_number_column(text, cells):
            pii_type = "JP_MY_NUMBER"  # (a column under a generic header, 記載内容, all of whose values are My Numbers)
            hm = _MY_NUMBER_HEADER
        if pii_type is None and thing_header(names[c]):
            found.not_pi.extend(cells)  # (品名 | リングブロワ: a product, whatever the name finders read in it)
            continue
        found.cells.extend([(s, e, pii_type) for s, e in cells])
        if pii_type is None:
            continue
        spans = []
        sample = []
        person = pii_type == "PERSON"
        dob = pii_type == "DATE_OF_BIRTH"
        staff = staff_header(hm)
        for idx, (s, e) in enumerate(cells):
            v = text[s:e]
            w = v.strip()
            if not w or (w[0] in "(（" and _NOTE_CELL.fullmatch(w)) or _BLANK_CELL.fullmatch(w):
                continue  # (an empty cell, a dash, or a note in brackets — （未収集）, (なし) — holds no value to judge)
            trimmed = False
            if len(w) == len(v):
                b0 = 0
                b1 = len(v)
            else:
                b0 = len(v) - len(v.lstrip())
                b1 = b0 + len(w)
            if dob and w[-1] in ")）":
                a = _AGE_SUFFIX.search(w)  # S51.8.17（48）, 1990/04/02 (34歳): the age after the date is no part of it
                if a is not None and a.start() > 0:
                    b1 = b0 + a.start()
                    w = v[b0:b1]
            if dob and " " in w:
                # a birth-date cell run together with the next column's value (a space-aligned table whose rows use
                # single spaces: 昭和47年4月18日 記号 31884201): the date it starts with
                d = match_date(v, b0)
                if d is not None and d.end() < b1 and v[d.end()] == " " and _NOT_A_NEXT_VALUE.match(v, d.end()) is None:
                    b1 = d.end()
                    w = v[b0:b1]
            if w[-1] in ")）" and pii_type in _NOTED_ID_TYPES:
                a = _NOTE_SUFFIX.search(w)  # E48277163（中国）, 090-3377-1286 (自宅): a note after the value is no part of it
                if a is not None and a.start() > 0:
                    b1 = b0 + a.start()
                    w = v[b0:b1]
            if person and w[-1] in ")）":
                a = _ID_NOTE_SUFFIX.search(w)  # トゥー・アウン・ミン（RS-23-0412）: the case number after the name
                if a is not None and a.start() > 0:
                    b1 = b0 + a.start()
                    w = v[b0:b1]
            if pii_type == "POSTAL_CODE" and " " in w:
                d = _LEADING_POSTAL.match(w)  # (983-0852 センダイシ: the address column's first word run into the cell)
                if d is not None:
                    b1 = b0 + d.end()
                    w = v[b0:b1]
            if pii_type == "JP_MY_NUMBER" and "  " in w:
                d = _LEADING_MY_NUMBER.match(w)  # (707194748147  0円: the next column's value run into the cell)
                if d is not None:
                    b1 = b0 + len(d.group(1))
                    w = v[b0:b1]
            if person and w.endswith(_PNR_TITLES):
                # an airline's title after SURNAME/GIVEN (KOJIMA/HARUTO MSTR): no part of the name
                b1 = b0 + len(w) - len(w.rsplit(" ", 1)[1]) - 1
                w = v[b0:b1]
            if staff and " " in w and w.split(" ", 1)[0] in _STAFF_ROLE_LEAD:
                b0 += w.index(" ") + 1  # 看護 本田, HK 比嘉 in a 記録者 or 拾得者 column: the role is no part of the name
                w = v[b0:b1]
            if person and w.endswith(_HONORIFICS):
                h = _HONORIFIC.search(v, b0, b1)  # (瀬戸口 康介 様: the name without its honorific)
                if h is not None and h.start() > b0:
                    b1, trimmed = h.start(), True
                    w = v[b0:b1]
            spans.append((s, s + b0, s + b1, w, trimmed))
            sample.append((idx, w))
        own = value_check(hm)
        if staff and (any(len(v) >= 2 and own(v) for _, v in sample) or one_kanji_staff(sample)):
            # (… or a column of one-kanji surnames only, none a direction: 受付 | 関, 関, 関; not 確認者 | 東, 東)
            # a staff column (担当 | 西): a one-kanji surname too, beside longer names (東 alone may be a counter)
            own = _with_one_kanji_surnames(own)
        # each value checked once, up front (the checks are pure): for the verdict and for its cell
        memo: dict[str, bool] = {}
        for _, v in sample:
            if v not in memo:
                memo[v] = own(v)

        def checked(v: str) -> bool:  # (for the parts of a cell as well)
            r = memo.get(v)
            if r is None:
                r = memo[v] = own(v)
            return r

        vcheck = memo.__getitem__
        if person and not hm.kind:
            def vcheck(v: str) -> bool:  # (a cell holding a name with a note or twice counts for the verdict)
                return memo[v] or ((_PIECE_SEP.search(v) is not None or v.endswith(_HONORIFICS))
                                   and bool(_names_in_cell(v, 0, len(v), checked, False)))

        verdict = column_verdict(hm, sample, check=vcheck)
        if verdict is None or verdict[1] < min_score:
            if cells:
                found.cells[-len(cells):] = [(s, e, None) for s, e in cells]
            continue
        vtype = verdict[0]
        if vtype == "PERSON" and c not in kana_cols:
            named[bases[c]] = True
        chk = checked if vtype == pii_type else VALUE_CHECKS[vtype]
        part = vtype == "ADDRESS" and hm.kind in _PART_KINDS
        score = min(0.95, verdict[1])
        out = parts if part else found.entities
        vperson = vtype == "PERSON"
        both = vtype == "ADDRESS" and ("氏名" in names[c] or "名前" in names[c])
        for cs, s, e, v, trimmed in spans:
            ok = memo[v] if chk is checked else chk(v)
            if vperson and (not ok or cs in no_one):
                # a name with an honorific (瀬戸口 康介 様), after its company (株式会社石動電機 石動 かおる 様),
                # or twice (Lin Pei-shan（林 佩珊）)
                if not hm.kind:
                    found.entities.extend(_entity(Entity, ("PERSON", ps, pe, score, "texttable"))
                                          for ps, pe in _names_in_cell(text, s, e, chk, cs in no_one))
                    if staff:  # 香川・西 in a staff column: two surnames
                        found.entities.extend(Entity("PERSON", s + a, s + b, score, "texttable") for a, b in staff_pieces(v))
                continue
            if ok and vtype == "SPECIAL_CARE" and cs in blank_rows:
                continue
            if ok and vtype == "ADDRESS" and both:
                # a 住所・氏名 column: the name written after the address (or before it) is its own span
                m = _ADDR_THEN_NAME.fullmatch(text, s, e) or _NAME_THEN_ADDR.fullmatch(text, s, e)
                if m is not None and _name_cell(m.group("n"), True):
                    out.append(_entity(Entity, ("ADDRESS", m.start("a"), m.end("a"), score, "texttable")))
                    found.entities.append(_entity(Entity, ("PERSON", m.start("n"), m.end("n"), score, "texttable")))
                    continue
            if ok:
                if vtype == "JP_HEALTH_INSURANCE" and text.startswith(_SCHEMES, s):
                    s = text.index(" ", s) + 1  # 国保 穴02-3318: the scheme's name is no part of the card's number
                if vtype == "JP_DRIVERS_LICENSE" and (text[s] == "第" or text[e - 1] == "号"):
                    d = _LICENCE_IN_CELL.search(text, s, e)  # 第 494771093315 号: the number inside its printed frame
                    if d is not None:
                        s, e = d.span()
                # (a name whose honorific the column cut off: surer of its end than a reading of the words alone)
                out.append(_entity(Entity, (vtype, s, e, max(score, _TRIMMED_SCORE) if trimmed else score, "texttable")))
                street = street or (vtype == "ADDRESS" and not part)
    if street:
        found.entities.extend(parts)


_LICENCE_IN_CELL = re.compile(r"[0-9](?:[0-9 \-]*[0-9])?")
# the role a staff column's cell may write before a surname (記録者 | 看護 本田)
_STAFF_ROLE_LEAD = frozenset(("看護", "介護", "保育", "事務", "受付", "担当", "営業", "管理", "医師", "医事", "薬剤", "栄養", "相談",
                              # a hotel's departments (拾得者 | HK 比嘉, FR 宮城, F&B 當山)
                              "HK", "FR", "FO", "F&B", "BQ", "GRO", "SV",
                              "指導", "支援", "Dr", "Dr.", "Ns", "NS", "PT", "OT", "ST", "CW", "CM"))
# a cell of a 住所・氏名 column: the address, then the name (東京都台東区東上野3-8-2-405 堀江 信之), or the other way round
_CELL_NAME = r"(?P<n>[\u3400-\u9fff々]{1,4}[ \u3000][\u3400-\u9fff々\u3041-\u3096\u30a1-\u30fa\u30fc]{1,5})"
_ADDR_THEN_NAME = re.compile(r"[ \t]*(?P<a>\S.*?[0-9０-９号FＦ階室A-Za-z])[ \u3000]+" + _CELL_NAME + r"[ \t]*")
_NAME_THEN_ADDR = re.compile(r"[ \t]*" + _CELL_NAME + r"[ \u3000]+(?P<a>\S.*\S)[ \t]*")


_MY_NUMBER_HEADER = classify_header("個人番号")
# a My Number at the start of a cell, the next column's value run into it (707194748147  0円)
_LEADING_MY_NUMBER = re.compile(r"([0-9]{4} ?[0-9]{4} ?[0-9]{4})(?:  |\t)")
# a postal code at the start of a cell, the address's first word run into it (983-0852 センダイシ)
_LEADING_POSTAL = re.compile(r"〒?[ ]?[0-9]{3}-[0-9]{4}(?= [^\d\s])")
_MY_NUMBER_WORDS = ("個人番号", "マイナンバー", "My Number", "my number", "MyNumber")


def _my_number_column(text: str, cells: list[tuple[int, int]]) -> bool:
    """Are most values of a column, two at least, valid My Numbers (a one-in-ten chance each for any twelve digits),
    in a document that speaks of My Numbers? (The others may be notes or typos: 9631 2673 3427（桁誤りあり）.)"""
    chk = VALUE_CHECKS["JP_MY_NUMBER"]
    vals = [v for s, e in cells if (v := text[s:e].strip())]
    ok = sum(1 for v in vals if chk(v))
    return ok >= 2 and ok * 2 > len(vals) and any(w in text for w in _MY_NUMBER_WORDS)


def _with_one_kanji_surnames(check):
    def one(v: str) -> bool:
        return check(v) or (len(v) == 1 and _one_kanji_surname(v))
    return one


# An identity-document column typed row by row (id_type | id_number, 確認書類 | 書類番号): the type cell names the
# document (運転免許証, PASSPORT, DL, HIC …, or a code the text defines: "DL=運転免許証"), the number beside it is that
# document's number.
_ID_TYPE_COL = re.compile(r"(?:^|[_\- ])(?:type|kind)$|^(?:id|doc|document|identity|identification)[_\- ]?(?:type|kind)|^doc$|"
                          r"種別$|書類$|書類の?種類$|確認書類|^本人確認$")
_ID_VALUE_COL = re.compile(r"(?:^|[_\- ])(?:number|no|num|nr|value|val)\.?$|^(?:id|doc|document)[_\- ]?(?:number|no|num|value)|"
                           r"番号等?$|^記号番号$")
_DOC_WORDS = (
    # (運転経歴証明書: the licence a driver returned, its number the licence's)
    ("JP_DRIVERS_LICENSE", ("運転免許証", "運転免許", "免許証", "運転経歴証明書", "運転経歴", "dl", "driverslicense",
                            "driverlicense", "driverslicence", "drivinglicense", "drivinglicence", "license", "licence")),
    ("JP_PASSPORT", ("旅券", "パスポート", "passport", "pp", "p")),  # (P: the ICAO code of a passport, APIS DOC P)
    ("JP_HEALTH_INSURANCE", ("健康保険証", "保険証", "被保険者証", "資格確認書", "hic", "healthinsurance", "insurancecard")),
    ("JP_MY_NUMBER", ("個人番号カード", "マイナンバーカード", "個人番号", "マイナンバー", "mynumber", "mynumbercard")),
)
_DOC_TYPE_OF = {w: t for t, ws in _DOC_WORDS for w in ws}
_DOC_HEADERS = {"JP_DRIVERS_LICENSE": classify_header("運転免許証番号"), "JP_PASSPORT": classify_header("旅券番号"),
                "JP_HEALTH_INSURANCE": classify_header("保険証番号"), "JP_MY_NUMBER": classify_header("個人番号")}
_NATIONALITY_COL = re.compile(r"nat|nationality|citizenship|国籍|国籍・地域")
_DOC_KEY = re.compile(r"[\s_\-'’.()（）]+")
# a note after the document's name: 旅券(ブラジル), 健康保険証+補助書類(公共料金領収書)
_DOC_NOTE = re.compile(r"[(（][^()（）]{0,20}[)）]|[+＋].*")
_DOC_LEGEND = re.compile(r"(?P<code>[A-Za-z][A-Za-z0-9_]{0,15})[ ]?[=:][ ]?(?P<doc>運転免許証|免許証|旅券|パスポート|健康保険証|保険証|"
                         r"被保険者証|個人番号カード|マイナンバーカード|個人番号|マイナンバー)")


def _row_typed_columns(text: str, names: list[str], matches: list, rows: list[list[tuple[int, int]]]
                       ) -> dict[int, list[str | None]]:
    """{value column: the type each row's type cell names} for the ID columns typed row by row (see above)."""
    out: dict[int, list[str | None]] = {}
    legend: dict[str, str] | None = None
    for c in range(len(names) - 1):
        v = c + 1
        # (a 記号・番号 column read as a health-insurance card's beside a 確認書類 column is typed row by row too: the
        # row's document may be a licence)
        if (matches[v].pii_type not in (None, "JP_HEALTH_INSURANCE") or matches[v].negative or matches[c].negative):
            continue
        tn, vn = names[c].strip().lower(), names[v].strip().lower()
        if not (_ID_TYPE_COL.search(tn) and _ID_VALUE_COL.search(vn)):
            continue
        if legend is None:
            legend = {m.group("code").lower(): _DOC_TYPE_OF[m.group("doc")] for m in _DOC_LEGEND.finditer(text)}
        # (the one-letter ICAO code P names a passport only in a travel document's listing, beside a nationality)
        icao = any(_NATIONALITY_COL.fullmatch(n.strip().lower()) for n in names)
        types = []
        for row in rows:
            key = _DOC_KEY.sub("", _DOC_NOTE.sub("", text[row[c][0]:row[c][1]].lower()))
            types.append(legend.get(key) or (_DOC_TYPE_OF.get(key) if key != "p" or icao else None))
        if any(types):
            out[v] = types
    for v, name in enumerate(names):
        # … or, with no type column, an identity document's number column (確認書類番号, 身分証番号) typed by each
        # value's shape: a licence's twelve digits with a commission code, a passport's letters and digits
        if v in out or matches[v].pii_type is not None or matches[v].negative or not _ID_DOC_NUMBER_COL.search(name):
            continue
        types = [_doc_type_by_shape(text[row[v][0]:row[v][1]].strip()) for row in rows]
        if sum(t is not None for t in types) * 2 >= len(rows):
            out[v] = types
    return out


_ID_DOC_NUMBER_COL = re.compile(r"(?:本人)?確認書類(?:の)?番号|身分証(?:明書)?(?:の)?番号|証明書番号")
_JA_PASSPORT_SHAPE = re.compile(r"[A-Z]{2}[0-9]{7}")


def _doc_type_by_shape(v: str) -> str | None:
    from .drivers_license import is_plausible_license  # noqa: PLC0415
    from .my_number import is_valid_my_number  # noqa: PLC0415

    d = v.replace("-", "").replace(" ", "")
    if len(d) == 12 and d.isdigit():
        if is_valid_my_number(d):
            return "JP_MY_NUMBER"
        return "JP_DRIVERS_LICENSE" if is_plausible_license(d) else None
    return "JP_PASSPORT" if _JA_PASSPORT_SHAPE.fullmatch(d) else None


# a name cell holding the name twice (Lin Pei-shan（林 佩珊）, 李 偉／リ ウェイ) or with a note (中川 智美（母）)
_PIECE_SEP = re.compile(r"[(（][^()（）\n]{1,40}[)）]|[／/]")


_TRIMMED_SCORE = 0.92
_PNR_TITLES = (" MR", " MRS", " MS", " MSTR", " MISS", " DR", " MISTER")
_SCHEMES = tuple(w + " " for w in HEALTH_SCHEMES)  # (the leads a health-insurance cell may have: columns._HEALTH_CELL)
_HONORIFICS = ("様", "さま", "殿", "さん", "先生", "くん", "君", "ちゃん")
_HONORIFIC = re.compile(r"[ \t]*(?:" + "|".join(_HONORIFICS) + ")$")
_FIRM_HEAD = re.compile(r".*?(?:株式会社|有限会社|合同会社|合資会社|合名会社|[(（][株有][)）]|㈱|㈲)\S*[ \t]+"
                        # (and its department: 株式会社大和精工 総務部 中川)
                        r"(?:\S*(?:部|課|室|係|局|支店|支社|営業所|センター|グループ|チーム|事業所|工場|店)[ \t]+)*")


def _names_in_cell(text: str, s: int, e: int, chk, firm: bool) -> list[tuple[int, int]]:
    """The person's name in a name cell that is not a name as a whole (see `_table`); `firm`: the cell names a
    company, whose contact person may follow it."""
    h = _HONORIFIC.search(text, s, e) if text.endswith(_HONORIFICS, s, e) else None
    if h is not None:
        e = h.start()
    if firm:
        f = _FIRM_HEAD.match(text, s, e)
        if f is None or f.end() >= e or not chk(text[f.end():e]) or _no_one_cell(text[f.end():e]):
            return []
        return [(f.end(), e)]
    if h is not None and chk(text[s:e]):
        return [(s, e)]
    return _name_pieces(text, s, e, chk)


def _name_pieces(text: str, s: int, e: int, chk) -> list[tuple[int, int]]:
    """The names in a name cell that is not one name as a whole: the parts outside and inside brackets, or on either
    side of a slash, that are names in their own right. (A slash between Latin words is part of the name:
    KOJIMA/RYOKO, as airlines write surname/given name.)"""
    if not _PIECE_SEP.search(text, s, e):
        return []
    latin = text[s:e].isascii()
    out = []
    pos = s
    pieces = []
    slash = False
    for m in _PIECE_SEP.finditer(text, s, e):
        if latin and m.group() == "/":
            continue
        slash = slash or m.group() in "/／"
        pieces.append((pos, m.start()))
        if m.group()[0] in "(（":
            pieces.append((m.start() + 1, m.end() - 1))
        pos = m.end()
    if pos == s:
        return []
    pieces.append((pos, e))
    for ps, pe in pieces:
        v = text[ps:pe]
        b0 = len(v) - len(v.lstrip())
        v = v.strip()
        if not v:
            continue
        # (a name in its own right: a kanji word before a bracket may be anything, 出勤打刻（丸め前）; the two sides
        # of a slash are the name written twice)
        ok = _name_cell(v, strong_only=True) or ((v.isascii() or slash) and chk(v))
        if ok and not _no_one_cell(v):
            out.append((ps + b0, ps + b0 + len(v)))
    return out


# ------------------------------------------------------------------------------------------ SQL dumps
# INSERT INTO t (c1, c2 …) VALUES (…), (…); — the column list (or the CREATE TABLE of t in the same text, as
# mysqldump and pg_dump write it) is the header of the tuples; COPY t (c1, c2 …) FROM stdin; is followed by
# tab-separated rows up to "\.". Values: '…' strings ('' and backslash escapes), NULL, numbers; a tuple with
# anything else (a function call) ends the statement's rows.
_SQL_HINT = re.compile(r"(?i)\binsert\s+(?:ignore\s+)?into\s|^copy\s", re.M)
_SQL_NAME = r"(?:[`\"\[]?[\w$]+[`\"\]]?\.)*[`\"\[]?(?P<name>[\w$]+)[`\"\]]?"
_SQL_INSERT = re.compile(r"(?i)\binsert\s+(?:ignore\s+|or\s+\w+\s+)?into\s+" + _SQL_NAME
                         + r"\s*(?:\((?P<cols>[^()]{1,4000})\)\s*)?values\s*")
_SQL_COPY = re.compile(r"(?im)^copy\s+" + _SQL_NAME + r"\s*\((?P<cols>[^()\n]{1,4000})\)\s+from\s+stdin[^\n]*\n")
_SQL_CREATE = re.compile(r"(?i)\bcreate\s+(?:(?:global\s+|local\s+)?(?:temporary|temp|unlogged)\s+)?table\s+"
                         r"(?:if\s+not\s+exists\s+)?" + _SQL_NAME + r"\s*\(")
_SQL_OPEN = re.compile(r"\s*\(")
_SQL_VALUE = re.compile(r"""\s*(?:'(?P<q>(?:[^'\\]|\\.|'')*)'|"(?P<d>(?:[^"\\]|\\.)*)"|(?P<b>[^\s,()'"][^,()'"]*?))?"""
                        r"\s*(?P<end>[,)])")
_SQL_NEXT = re.compile(r"\s*([,;]?)")
_SQL_IDENT = re.compile(r"\s*[`\"\[]?(?P<id>[^\s`\"\[\],()]+)[`\"\]]?")
_SQL_DDL_TOKEN = re.compile(r"'(?:[^'\\]|\\.|'')*'|--[^\n]*|/\*.*?\*/|[(),]|[^(),'\-/]+|.", re.S)
_SQL_NOT_COLUMN = frozenset(("primary", "key", "unique", "constraint", "index", "foreign", "check", "fulltext",
                             "spatial", "exclude", "like", "period"))
_SQL_MAX_ROWS = 100_000


def _blank_lines(lines: list[tuple[int, str]], spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """`lines` with the lines that start inside one of the sorted `spans` emptied."""
    out, k = [], 0
    for p, line in lines:
        while k < len(spans) and spans[k][1] <= p:
            k += 1
        out.append((p, "" if k < len(spans) and spans[k][0] <= p else line))
    return out


def _sql_idents(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Spans of the identifiers of a column list text[s:e] (quotes, backticks and brackets excluded)."""
    out = []
    for part in re.finditer(r"[^,]+", text[s:e]):
        m = _SQL_IDENT.match(part.group())
        if m is None:
            return []
        out.append((s + part.start() + m.start("id"), s + part.start() + m.end("id")))
    return out


def _create_columns(text: str) -> dict[str, list[tuple[int, int]]]:
    """Column-name spans of every CREATE TABLE in `text`, by lower-cased table name."""
    out: dict[str, list[tuple[int, int]]] = {}
    for m in _SQL_CREATE.finditer(text):
        depth, seg, cols = 1, m.end(), []
        for t in _SQL_DDL_TOKEN.finditer(text, m.end()):
            tok = t.group()
            if tok == "(":
                depth += 1
            elif tok == ")" or (tok == "," and depth == 1):
                if tok == ")":
                    depth -= 1
                if depth <= 1:
                    if tok == "," or depth == 0:
                        i = _SQL_IDENT.match(text, seg)
                        while i is not None and text.startswith("--", i.start("id")):  # a comment line first
                            nl = text.find("\n", i.start("id"))
                            i = _SQL_IDENT.match(text, nl) if nl != -1 else None
                        if i is not None and i.end() <= t.start() and i.group("id").lower() not in _SQL_NOT_COLUMN:
                            cols.append(i.span("id"))
                        seg = t.end()
                    if depth == 0:
                        break
        if cols:
            out[m.group("name").lower()] = cols
    return out


def _sql_tables(text: str, min_score: float, found: TableFindings) -> list[tuple[int, int]]:
    """Header-aware entities of INSERT … VALUES and COPY … FROM stdin blocks; returns the spans read."""
    done: list[tuple[int, int]] = []
    created: dict[str, list[tuple[int, int]]] | None = None
    # consecutive statements into the same table with the same columns (pg_dump --inserts writes one row per
    # statement) are read as one table: the header of the first, the rows of all
    group_key: tuple | None = None
    group_header: list[tuple[int, int]] = []
    group_rows: list[list[tuple[int, int]]] = []
    for m in _SQL_INSERT.finditer(text):
        if done and m.start() < done[-1][1]:
            continue
        if m.group("cols") is not None:
            header = _sql_idents(text, *m.span("cols"))
            key = (m.group("name").lower(), re.sub(r"[\s`\"\[\]]", "", m.group("cols")).lower())
        else:
            if created is None:
                created = _create_columns(text)
            header = created.get(m.group("name").lower(), [])
            key = (m.group("name").lower(), None)
        if key != group_key:
            if len(group_header) >= 2 and group_rows:
                _table(text, group_header, group_rows, min_score, found)
            group_key, group_header, group_rows = key, header, []
        rows: list[list[tuple[int, int]]] = []
        pos = m.end()
        while len(rows) < _SQL_MAX_ROWS:
            o = _SQL_OPEN.match(text, pos)
            if o is None:
                break
            pos, row = o.end(), []
            while True:
                v = _SQL_VALUE.match(text, pos)
                if v is None or len(row) > _MAX_FIELDS:
                    row = None
                    break
                g = "q" if v.group("q") is not None else "d" if v.group("d") is not None else "b"
                if v.group(g) is None or (g == "b" and v.group("b").upper() == "NULL"):
                    row.append((v.start("end"), v.start("end")))
                else:
                    row.append(v.span(g))
                pos = v.end()
                if v.group("end") == ")":
                    break
            if row is None:
                break
            rows.append(row)
            nxt = _SQL_NEXT.match(text, pos)
            pos = nxt.end()
            if nxt.group(1) != ",":
                break
        done.append((m.start(), pos))
        if len(group_rows) < _SQL_MAX_ROWS:
            group_rows.extend(r for r in rows if len(r) == len(header))
    if len(group_header) >= 2 and group_rows:
        _table(text, group_header, group_rows, min_score, found)
    for m in _SQL_COPY.finditer(text):
        header = _sql_idents(text, *m.span("cols"))
        rows = []
        pos = m.end()
        while pos < len(text) and len(rows) < _SQL_MAX_ROWS:
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            line = text[pos:end].rstrip("\r")
            if line == "\\.":
                pos = end
                break
            cells, p = [], pos
            for f in line.split("\t"):
                cells.append((p, p) if f == "\\N" else (p, p + len(f)))
                p += len(f) + 1
            if len(cells) == len(header):
                rows.append(cells)
            pos = end + 1
        done.append((m.start(), pos))
        if len(header) >= 2 and rows:
            _table(text, header, rows, min_score, found)
    done.sort()
    return done


# ------------------------------------------------------------------------------------- key-value forms
# "お名前（姓）：野村　（名）：早紀", "First name: Olivia", "建物名・部屋番号：紺屋町パレス701": a label naming a
# surname, a given name or the building/room line of an address labels the value after it (up to the line end
# or the next label on the line). Other labels are left to the free-text detectors, which read them already.
# (normalised text: a full-width colon is ":")
# The words of a name-part or address-line-2 label (lower case): `_form_gate` finds them in the scan of the lowered text
# that all detectors' word lists share (`WORD_LISTS`, which every document gets anyway; a regex of its own scanned each
# text again at each of its frequent first letters)
_FORM_GATE = LoweredWords((
    "sei", "surname", "mei", "lastname", "last_name", "last name", "line2", "line 2", "firstname", "first_name",
    "first name", "familyname", "family_name", "family name", "forename", "givenname", "given_name", "given name",
    "addr2", "address2", "address 2", "apartment", "building", "姓", "セイ", "メイ", "建物名", "部屋番号", "ビル名", "方書",
    "番地以降", "住所2", "住所3"))
# where a label may end: a label word, then its separator within a few characters
_FORM_ANCHOR_JA = re.compile(r"姓|名|セイ|メイ|建物|部屋番号|号室|ビル名|方書|番地以降|住所[2-9]")
_FORM_ANCHOR_EN = re.compile(r"name|sei|mei|family|given|line ?[2-9]|address ?[2-9]|addr[2-9]|apartment|building")
_TO_SEP = re.compile(r"[^\n:=]{0,10}[:=]")
_FORM_KINDS = frozenset(("name_part", "name_part_ja", "line2"))
_FORM_BARE = re.compile(r"(?m)^[ \t]*(?P<label>[^\n:=\t]{1,24}?)[ \t]+(?P<value>[^\s:=]{1,30})[ \t]*$")
_SEPS = ":="


def _has_anchor(label: str) -> bool:
    return _FORM_ANCHOR_JA.search(label) is not None or _FORM_ANCHOR_EN.search(label.lower()) is not None


def _bare_form_lines(text: str, anchors: list[int]) -> Iterable[re.Match]:
    """`_FORM_BARE.finditer(text)`, less the lines without a label word (at `anchors`, found in the text and its
    lower-case copy), whose label cannot name a name part: a match is one line, so `_FORM_BARE` is tried at the start
    of the others only (a long document's lines are not each tried)."""
    if len(lowered(text)) != len(text):  # (a lower-case form of another length: positions differ)
        return _FORM_BARE.finditer(text)
    starts = sorted({text.rfind("\n", 0, a) + 1 for a in anchors})
    return [m for ls in starts if (m := _FORM_BARE.match(text, ls)) is not None]


def _form_gate(text: str) -> bool:
    """Could `text` hold a name-part or address-line-2 label?"""
    return _FORM_GATE(text)


# a form drawn as a box of two columns, each row a label and its value (│氏名（ローマ字）│NGUYEN THI HOA   │), or a
# Markdown table of the same shape (| 氏名 | 山田 太郎 |)
_BOX_FORM_ROW = re.compile(r"(?m)^[ \t]*[│┃|][ \t\u3000]*(?P<label>[^│┃|\n \t\u3000][^│┃|\n]{0,24}?)[ \t\u3000]*[│┃|]"
                           r"[ \t\u3000]*(?P<value>[^│┃|\n \t\u3000][^│┃|\n]{0,60}?)[ \t\u3000]*[│┃|][ \t]*$")
_BOX_FORM_TYPES = frozenset(("PERSON", "ADDRESS"))
_EXAMPLE_WORDS = frozenset(("記入例", "例", "見本", "サンプル", "記入不要", "未記入", "空欄"))


def _box_form_rows(text: str, min_score: float, found: TableFindings) -> None:
    """Names and addresses in the label-and-value rows of a two-column box-drawn form (see above)."""
    if 0.8 < min_score:
        return
    for m in _BOX_FORM_ROW.finditer(text):
        hm = contextual_matches([m.group("label")])[0]  # (犬の名前, ペットの名前: an animal's)
        if hm.pii_type not in _BOX_FORM_TYPES or hm.confidence < 0.85 or hm.kind:
            continue
        v = m.group("value")
        if v in _EXAMPLE_WORDS:
            continue
        vm = classify_header(v)  # (a value that is a label itself: a blank form, a table of field names)
        if vm.pii_type is None and not vm.negative and not thing_header(v) and value_check(hm)(v):
            found.entities.append(Entity(hm.pii_type, m.start("value"), m.end("value"), 0.8, "keyvalue"))


def _form_fields(text: str, min_score: float, found: TableFindings) -> None:
    if not _form_gate(text):
        return
    seps = set()
    anchors = []  # (where label words are: only their lines can hold a bare label and value, see below)
    for rx, t in ((_FORM_ANCHOR_JA, text), (_FORM_ANCHOR_EN, lowered(text))):
        for a in rx.finditer(t):
            anchors.append(a.start())
            m = _TO_SEP.match(text, a.end())
            if m is not None:
                seps.add(m.end() - 1)
    for colon in sorted(seps):
        ls = text.rfind("\n", 0, colon) + 1
        floor = max([ls] + [text.rfind(c, ls, colon) + 1 for c in _SEPS])
        seg = text[floor:colon]
        if len(seg) > 40:
            seg, floor = seg[-40:], colon - 40
        # the label: the shortest tail of the segment (cut at a space) that names a name part or line 2
        hm = None
        for st in [i + 1 for i in range(len(seg) - 1, -1, -1) if seg[i] in " \t"] + [0]:
            label = seg[st:].strip(" \t・●◆■□*-【】[]")
            if label and _has_anchor(label):
                m = classify_header(label)
                if m.kind in _FORM_KINDS and m.confidence >= 0.8:
                    hm = m
                    break
        if hm is None:
            continue
        vs = colon + 1
        le = text.find("\n", vs)
        le = len(text) if le == -1 else le
        while vs < le and text[vs] in " \t":
            vs += 1
        ve = le
        nxt = min([i for i in (text.find(c, vs, le) for c in _SEPS) if i != -1], default=-1)
        if nxt != -1:  # another "label: value" on the line: this value ends at the space before its label
            cut = max(text.rfind(" ", vs, nxt), text.rfind("\t", vs, nxt))
            if cut <= vs:
                continue
            ve = cut
        tab = text.find("\t", vs, ve)
        if tab != -1:
            ve = tab
        while ve > vs and text[ve - 1] in " \t\r":
            ve -= 1
        if ve <= vs or ve - vs > 60:
            continue
        if value_check(hm)(text[vs:ve]) and 0.6 >= min_score:
            found.entities.append(Entity(hm.pii_type, vs, ve, 0.6, "keyvalue"))
    # a line holding only a label and one value, as OCR and fixed-layout forms write them: "Surname / 姓　MATSUDA"
    for m in _bare_form_lines(text, anchors):
        label = m.group("label").strip(" \t・●◆■□*-【】[]")
        if not _has_anchor(label):
            continue
        hm = classify_header(label)
        if hm.kind not in _FORM_KINDS or hm.confidence < 0.8:
            continue
        v = m.group("value")
        vm = classify_header(v)
        if vm.pii_type is None and not vm.negative and value_check(hm)(v) and 0.6 >= min_score:
            found.entities.append(Entity(hm.pii_type, m.start("value"), m.end("value"), 0.6, "keyvalue"))
