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
not from a neighbouring cell. Delimiters: tab, |, ¦ and comma. Quotes around a cell are not part of its span.

Also read as tables: SQL `INSERT INTO t (cols) VALUES (…), (…)` (the column list, or the CREATE TABLE of t, is
the header) and pg_dump `COPY t (cols) FROM stdin` blocks; JSON-style "key": value pairs (the keys are the
headers). In "label: value" lines, labels of a surname, a given name or an address's building/room line
(お名前（姓）：野村　（名）：早紀, First name: Olivia, 建物名・部屋番号：…) label their values, which the free-text
detectors cannot tell from other words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from .base import Entity, lowered
from .columns import (NOT_PERSONAL, VALUE_CHECKS, _name_cell, classify_header, column_verdict, contextual_matches,
                      value_check)

__all__ = ["TableFindings", "scan_tables", "may_hold_table", "carried_head", "insert_head", "row_cut"]

_MAX_FIELDS = 60
_FORM_ROWS = 4  # rows looked at to tell a "label<TAB>value" form from a table
_JSONISH = re.compile(r"\s*[{\[]|\s*\"[^\"]*\"\s*:")
# "key": "value" / "key": 123 pairs (JSON, JSON Lines, dict literals): the key is the value's label
_PAIR = re.compile(r'"(?P<k>[^"\n]{1,60})"\s*:\s*(?:"(?P<v>[^"\n]{0,300})"|(?P<n>[0-9][0-9.\-]{0,30}))')


@dataclass
class TableFindings:
    entities: list[Entity] = field(default_factory=list)
    suppress: list[tuple[int, int]] = field(default_factory=list)  # spans of negative (order/price…) cells
    not_pi: list[tuple[int, int]] = field(default_factory=list)  # cells about no person at all (a pet's name)
    cells: list[tuple[int, int, str | None]] = field(default_factory=list)  # every data cell and its column type


_DELIMS = ("\t", "|", "¦", "│", "┃", ",", ";")  # (│ ┃: tables drawn with box-drawing characters)


def _table_like(text: str) -> bool:
    return ("\t" in text or "|" in text or "¦" in text or "│" in text or "┃" in text or text.count(",") >= 4
            or text.count(";") >= 4
            or text.count(_GAP) >= 4)


def may_hold_table(text: str) -> bool:
    """Cheap test: could `text` contain a delimited table, JSON-style key/value pairs or "label: value" fields?"""
    return _table_like(text) or '":' in text or '" :' in text or _form_gate(text)


_GAP = "  "  # fixed-width tables (printed lists, PDF text): columns separated by two or more spaces
_GAP_FIELD = re.compile(r"[^ \t](?:[^ \t]| (?! ))*")  # a run of text with at most single spaces inside


def _delimiter(line: str) -> str | None:
    for d in _DELIMS:
        if d in line:
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
    if delim in "|¦│┃":
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if body.startswith(delim):
            lead += 1
            body = body[1:]
        if body.endswith(delim):
            body = body[:-1]
        return _fields(body, base + lead, delim)
    return _fields(line, base, delim)


def _fields(line: str, base: int, delim: str) -> list[tuple[int, int]]:
    """(start, end) spans of the fields of one line (double quotes protect delimiters), quotes excluded."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(line)
    while i <= n:
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
            i = k + 1
        else:
            k = line.find(delim, i)
            if k == -1:
                out.append((base + i, base + n))
                break
            out.append((base + i, base + k))
            i = k + 1
        if len(out) > _MAX_FIELDS:
            return []
    return out


def _is_header(text: str, line: str, fields: list[tuple[int, int]]) -> bool:
    """A header line: not JSON, no empty field, and at least one field names a PI type or an order/price field."""
    if _JSONISH.match(line) or not all(text[s:e].strip() for s, e in fields):
        return False
    return any(classify_header(text[s:e]).pii_type or classify_header(text[s:e]).negative for s, e in fields)


_INSERT_HEAD = re.compile(r"(?i)\s*insert\s+(?:ignore\s+)?into\s+[^\s(]+\s*(?:\([^()]*\)\s*)?values\s*")


def insert_head(text: str, start: int = 0, end: int | None = None) -> str:
    """The `INSERT INTO t (cols) VALUES ` head of the statement starting at `start` (ending before `end`), or ""."""
    m = _INSERT_HEAD.match(text, start, min(start + 4000, len(text) if end is None else end))
    return m.group(0) if m else ""


def row_cut(text: str, lo: int, hi: int) -> int:
    """Where to cut text[lo:hi] between two rows of a multi-row INSERT (after "),"), or -1 when there is none."""
    cut = text.rfind("),(", lo, hi)
    return cut + 2 if cut != -1 else -1


def carried_head(text: str, base: int) -> str:
    """What a piece of `text` starting at `base` needs from before it to be read as a table: the `INSERT INTO t
    (cols) VALUES ` head of the statement it continues (a dump's one-line multi-row INSERT), or the header line
    of a delimited table that starts the text. "" when there is none."""
    line_start = text.rfind("\n", 0, base) + 1
    if line_start < base:  # the piece starts inside a line
        return insert_head(text, line_start, base)
    first_end = text.find("\n", 0, 4000)
    if first_end <= 0 or first_end >= base:
        return ""
    first = text[:first_end].rstrip("\r")
    d = _delimiter(first)
    if d is None or first.count(d) < 1:
        return ""
    fields = _split(first, 0, d)
    return first + "\n" if len(fields) >= 2 and _is_header(first, first, fields) else ""


# a transaction or action written in a data cell (口座開設, 住所変更, 外国送金): a value, not a field label
_ACTION_END = re.compile(r"(?:開設|解約|変更|申込|申請|手続き?|取引|送金|契約|更新|登録|停止|再発行|照会|届)$")


def _is_label(cell: str) -> bool:
    """Does a data cell read like a field label (short, no digits, names a PI type or an order/price field)?"""
    cell = cell.strip(" ・●◆■＊*-【】[]:：")
    if not cell or len(cell) > 15 or "@" in cell or any(c.isdigit() for c in cell) or _ACTION_END.search(cell):
        return False
    m = classify_header(cell)
    return m.pii_type is not None or m.negative


_RULE_LINE = re.compile(r"[ \t]*[─━┼├┤┌┐└┘┬┴═╪╞╡╋┣┫┏┓┗┛┳┻+|\-=]{3,}[ \t]*")


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        line = raw[:-1] if raw.endswith("\r") else raw
        out.append((pos, line))
        pos += len(raw) + 1
    return out


def scan_tables(text: str, min_score: float = 0.5) -> TableFindings:
    """Entities and suppressed spans from every headed delimited table in (normalised) `text`."""
    found = TableFindings()
    if '":' in text or '" :' in text:
        _pairs(text, min_score, found)
    _form_fields(text, min_score, found)
    if not _table_like(text):
        return found
    sql = ("INSERT" in text or "insert" in text or "COPY" in text or "copy" in text) and _SQL_HINT.search(text)
    done = _sql_tables(text, min_score, found) if sql else []
    lines = _lines(text)
    if "─" in text or "━" in text or "---" in text or "===" in text or "+--" in text:
        lines = [ln for ln in lines if not _RULE_LINE.fullmatch(ln[1])]  # drawn rules between header and rows
    if done:  # lines of SQL statements read above are not scanned again as comma-separated lines
        lines = _blank_lines(lines, done)
    shape = []
    for _, line in lines:
        d = _delimiter(line)
        shape.append((d, _count(line, d) if d else 0, '"' in line and d != _GAP))
    i = 0
    n = len(lines)
    while i < n:
        start, line = lines[i]
        delim, count, quoted = shape[i]
        # cheap shape test first: the next line must use the same delimiter the same number of times
        aligned = None
        if (delim == _GAP and i + 1 < n and shape[i + 1][0] == _GAP and shape[i + 1][1] > count >= 2
                and (i + 2 >= n or shape[i + 2][:2] == shape[i + 1][:2])):
            # a fixed-width header whose narrow columns are one space apart (性別 生年月日): split it where the rows'
            # fields start
            aligned = _aligned_header(text, line, start, lines[i + 1])
        if aligned is None and (delim is None or i + 1 >= n or shape[i + 1][0] != delim or (
                shape[i + 1][1] != count and not quoted and not shape[i + 1][2])) and not (
                delim == _GAP and count >= 2 and i + 1 < n and lines[i + 1][1].strip()):
            # (a fixed-width header is read by its columns whatever its rows look like: see _fixed_width_rows)
            i += 1
            continue
        header = aligned or _split(line, start, delim)
        k = len(header)
        if delim == _GAP and (k < 3 or any(e - s > 20 or any(c.isdigit() for c in text[s:e]) for s, e in header)):
            i += 1  # a fixed-width header: three or more short cells without digits ("label  value" lines are forms)
            continue
        if not _is_header(text, line, header):
            # not a header: unless the next line is one (a title line above the header), skip the rows of this
            # headerless block in one go
            j = i + 1
            while j < n and shape[j][:2] == (delim, count) and j - i < 10_000:
                j += 1
            nxt = lines[i + 1]
            i = i + 1 if j - i <= 2 or _is_header(text, nxt[1], _split(nxt[1], nxt[0], delim)) else j
            continue
        if delim == _GAP:
            block, j = _fixed_width_rows(lines, i, header)
            # one row under a header it does not match field for field is more likely a form's next line
            if block and (len(block) >= 2 or shape[i + 1][:2] == (delim, count)):
                _table(text, header, block, min_score, found)
                i = j
            else:
                i += 1
            continue
        block = []
        j = i + 1
        while j < len(lines):
            s2, l2 = lines[j]
            if not l2.strip():
                break
            f2 = _split(l2, s2, delim)
            if len(f2) != k:
                break  # (fixed-width tables, whose rows may overflow, are read by _fixed_width_rows above)
            block.append(f2)
            j += 1
        if k >= 2 and block:
            _table(text, header, block, min_score, found)
            i = j
        else:
            i += 1
    return found


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
                 ((m, m(hline)) for m in (_display_columns, _char_columns))]
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
        cells: list[tuple[int, int] | None] = [None] * k
        cost = 0.0
        for (fs, fe), a in zip(fields, at):
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
        if filled * 2 >= k and filled >= min(3, k) and cost < best[0]:
            best = (cost, [cell or (s2, s2) for cell in cells])
    return best[1]


def _char_columns(line: str) -> range:
    return range(len(line) + 1)


def _aligned_header(text: str, line: str, start: int, row: tuple[int, str]) -> list[tuple[int, int]] | None:
    """The header fields of a fixed-width table, split at single spaces where the first row's fields start (within
    two columns: normalisation can shift a column by a character). None unless the counts then agree."""
    row_start, row_line = row
    row_cols = _display_columns(row_line)
    starts = [row_cols[s - row_start] for s, _ in _split(row_line, row_start, _GAP)]
    cols = _display_columns(line)
    out: list[tuple[int, int]] = []
    for s, e in _split(line, start, _GAP):
        a = s
        for j in range(s, e):
            if text[j] == " " and any(abs(cols[j + 1 - start] - c) <= 2 for c in starts):
                out.append((a, j))
                a = j + 1
        out.append((a, e))
    return out if len(out) == len(starts) else None


def _display_columns(line: str) -> list[int]:
    """The display column where each character of a line starts (kanji and kana are two columns wide)."""
    cols, c = [], 0
    for ch in line:
        cols.append(c)
        c += 2 if ch > "\u2e7f" and unicodedata.east_asian_width(ch) in "FW" else 1
    cols.append(c)
    return cols


def _pairs(text: str, min_score: float, found: TableFindings) -> None:
    """JSON-style "key": value pairs: the key, read like a column header, labels its value.

    The keys of the document are read together like the columns of one table (`contextual_matches`): an
    "allergy" key needs a key that identifies a person in the same document.
    """
    pairs = list(_PAIR.finditer(text))
    matches = contextual_matches([m.group("k") for m in pairs], identity_upgrade=False)
    for m, hm in zip(pairs, matches):
        g = "v" if m.group("v") is not None else "n"
        s, e = m.span(g)
        v = text[s:e]
        b0, b1 = len(v) - len(v.lstrip()), len(v.rstrip())
        if b1 <= b0:
            continue
        s, e = s + b0, s + b1
        if hm.negative:
            found.suppress.append((s, e))
            continue
        found.cells.append((s, e, hm.pii_type))
        if hm.pii_type is None or hm.confidence < 0.6:
            continue
        if hm.pii_type == "PERSON" and hm.confidence < 0.8:
            ok = _name_cell(text[s:e], strong_only=True)  # a generic "name" key names places and products too
        else:
            ok = value_check(hm)(text[s:e])
        if ok and hm.confidence * 0.95 >= min_score:
            found.entities.append(Entity(hm.pii_type, s, e, round(min(0.95, hm.confidence), 3), "keyvalue"))


# cells of a name column that name no one: a total row (合計), test rows (テスト 用 / テスト ヨウ) and companies, in
# kanji or in kana (口座名義 カ)キタヤマインサツ, a company's reading ウラワテクノサービス). Such a cell makes the kana
# cell in the name column next to it (its reading: (株)ライフハウス | ライフハウス) no person's either; other cells of
# the row stay (a CRM row names the company and its contact person side by side).
_TOTAL_CELLS = frozenset(("合計", "小計", "総計", "総合計", "累計", "計", "合 計", "小 計", "total", "subtotal",
                          "grand total", "sum"))
_TEST_CELL = re.compile(r"テスト|ダミー|サンプル|(?<![a-z])(?:test|dummy|sample)(?![a-z])")
_FIRM_CELL = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|法人|[(（][株有][)）]|㈱|㈲|(?:^|[ (（])[カユド][)）]|カブシキ|ユウゲン|"
    r"ゴウドウガイシ|サービス|インサツ|シ[ョヨ]ウジ|コウギ[ョヨ]ウ|ケンセツ|コウムテン|サンギ[ョヨ]ウ|シ[ョヨ]ウカイ|ブ[ッツ]サン|"
    r"デンキ|セイサクシ[ョヨ]|シ[ョヨ]クヒン|ウンユ|ウンソウ|ツウシン|ギンコウ|シンキン|ホケン|ジムシ[ョヨ]|ホ[ー]?ルディングス|"
    r"クミアイ|キ[ョヨ]ウカイ|ビ[ョヨ]ウイン|クリニツク|クリニック|ヤツキ[ョヨ]ク|ヤッキ[ョヨ]ク|シ[ョヨ]ウテン|"
    r"テクノ|システム|コーポレーション|エンタープライズ")


def _no_one_cell(v: str) -> bool:
    """Does a name-column cell name no person (a total, test data, a company)?"""
    low = v.strip().lower()
    return low in _TOTAL_CELLS or _TEST_CELL.search(low) is not None or _FIRM_CELL.search(v) is not None


_KANA_CELL = re.compile(r"[\u30a1-\u30fa\u30fc・ ()]+")


def _no_one_rows(text: str, rows: list[list[tuple[int, int]]], name_cols: list[int]) -> set[int]:
    """Starts of the name cells that name no person (see `_no_one_cell`), and of the kana cells beside them."""
    out: set[int] = set()
    cols = set(name_cols)
    for row in rows:
        for c in name_cols:
            s, e = row[c]
            if e > s and _no_one_cell(text[s:e]):
                out.add(s)
                for n in (c - 1, c + 1):
                    if n in cols and _KANA_CELL.fullmatch(text, *row[n]):
                        out.add(row[n][0])
    return out


def _table(text: str, header: list[tuple[int, int]], rows: list[list[tuple[int, int]]], min_score: float,
           found: TableFindings) -> None:
    matches = contextual_matches([text[s:e] for s, e in header])
    if not any(m.pii_type or m.negative for m in matches):
        return
    # "label<TAB>value" lines (a form, not a table): data rows whose cells read like labels too
    # (judged on the first rows, where a form shows its labels; counted only as far as the verdict needs: one
    # labelled row, or half of the rows, or no hope of half)
    head = rows[:_FORM_ROWS]
    need = 1 if len(header) <= 3 else max(1, (len(head) + 1) // 2)
    labelled = 0
    for r, row in enumerate(head):
        if labelled >= need or labelled + len(head) - r < need:
            break
        if any(_is_label(text[s:e]) for s, e in row[0:4:2]):  # a form's labels: first column (and third)
            labelled += 1
    if labelled >= need:
        return
    name_cols = [c for c, hm in enumerate(matches) if hm.pii_type == "PERSON"]
    no_one = _no_one_rows(text, rows, name_cols) if name_cols else set()
    for c, hm in enumerate(matches):
        cells = [row[c] for row in rows if row[c][1] > row[c][0]]  # (a fixed-width row may leave a cell empty)
        if hm.kind == NOT_PERSONAL:
            found.not_pi.extend(cells)
            continue
        if hm.negative:
            found.suppress.extend(cells)
            continue
        found.cells.extend((s, e, hm.pii_type) for s, e in cells)
        if hm.pii_type is None:
            continue
        spans = []
        sample = []
        for idx, (s, e) in enumerate(cells):
            v = text[s:e]
            b0 = len(v) - len(v.lstrip())
            b1 = len(v.rstrip())
            if b1 > b0:
                spans.append((idx, s + b0, s + b1))
                sample.append((idx, v[b0:b1]))
        verdict = column_verdict(hm, sample)
        if verdict is None or verdict[1] < min_score:
            found.cells[-len(cells):] = [(s, e, None) for s, e in cells]
            continue
        chk = value_check(hm) if verdict[0] == hm.pii_type else VALUE_CHECKS[verdict[0]]
        for idx, s, e in spans:
            if verdict[0] == "PERSON" and cells[idx][0] in no_one:
                continue
            if chk(text[s:e]):
                found.entities.append(Entity(verdict[0], s, e, min(0.95, verdict[1]), "texttable"))


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
# (one scan of the lowered text: plain words, no groups, keep it fast)
_FORM_GATE = re.compile(
    r"姓|セイ|メイ|建物名|部屋番号|ビル名|方書|番地以降|住所2|住所3|firstname|first name|first_name|lastname|last name|"
    r"last_name|givenname|given name|given_name|familyname|family name|family_name|surname|forename|sei|mei|line2|"
    r"line 2|address2|address 2|addr2|apartment|building")
# where a label may end: a label word, then its separator within a few characters
_FORM_ANCHOR_JA = re.compile(r"姓|名|セイ|メイ|建物|部屋番号|号室|ビル名|方書|番地以降|住所[2-9]")
_FORM_ANCHOR_EN = re.compile(r"name|sei|mei|family|given|line ?[2-9]|address ?[2-9]|addr[2-9]|apartment|building")
_TO_SEP = re.compile(r"[^\n:=]{0,10}[:=]")
_FORM_KINDS = frozenset(("name_part", "name_part_ja", "line2"))
_FORM_BARE = re.compile(r"(?m)^[ \t]*(?P<label>[^\n:=\t]{1,24}?)[ \t]+(?P<value>[^\s:=]{1,30})[ \t]*$")
_SEPS = ":="


def _has_anchor(label: str) -> bool:
    return _FORM_ANCHOR_JA.search(label) is not None or _FORM_ANCHOR_EN.search(label.lower()) is not None


def _form_gate(text: str) -> bool:
    """Could `text` hold a name-part or address-line-2 label?"""
    return _FORM_GATE.search(lowered(text)) is not None


def _form_fields(text: str, min_score: float, found: TableFindings) -> None:
    if not _form_gate(text):
        return
    seps = set()
    for rx, t in ((_FORM_ANCHOR_JA, text), (_FORM_ANCHOR_EN, lowered(text))):
        for a in rx.finditer(t):
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
    for m in _FORM_BARE.finditer(text):
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
