"""The classifier engine: runs every detector over text and tables, resolves overlaps, maps offsets back.

`get_engine(options)` returns the process-wide engine for those options (detectors and models load once per
process). `Engine.analyze(text)` normalises the text once (`classifiers.normalize`), runs each detector whose
cheap prefilter accepts the text, drops candidates below `min_score`, resolves overlapping spans (by score,
then type priority; an address may contain its postal code or phone number, special-care phrases may overlap
anything) and returns entities with Python string offsets into the *original* text; `analyze_many` gives the same
results but runs each detector over a batch of texts at a time (faster: see its docstring). `analyze_table` and
`classify_schema` delegate to `classifiers.columns` for structured data. PERSON, ADDRESS and SPECIAL_CARE come
from `classifiers.person`, `classifiers.address` and `classifiers.special_care` when those modules import;
user recognizers in Presidio's YAML format (`EngineOptions.recognizer_files`) are loaded through
`classifiers.presidio_integration`. A detector that raises is skipped for that text and logged by name only.
"""

from __future__ import annotations

import bisect
import gc
import importlib
import logging
import operator
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Sequence

from .address import GAP_BUILDING as _GAP_BUILDING
from .base import Detector, Entity, batch_facts
from .date_of_birth import birth_date_in_brackets, parse_year
from .examples import EXAMPLE_TYPES, example_value
from .fiction import is_character, may_hold_fiction
from .historical import died_long_ago, is_historical, may_name_life_years
from .normalize import normalize
from .placeholders import is_placeholder, may_hold_placeholder
from .texttable import PLACE_CELL, carried_head, may_hold_table, row_cut, scan_tables

log = logging.getLogger(__name__)

__all__ = ["EngineOptions", "CellEntity", "ColumnVerdict", "TableAnalysis", "Engine", "get_engine",
           "identifier_detectors", "resolve_overlaps", "PRIORITY"]


_EXAMPLE_VALUE_TYPES = frozenset(("DATE_OF_BIRTH", "JP_BANK_ACCOUNT", "JP_HEALTH_INSURANCE"))
_EXAMPLE_REACH = 3  # (lines from a stand-in's line: an example form's block)


_BRACKET_AFTER_NAME = re.compile(r"[ \t]?[（(]([^()（）\n]{6,16})[)）]")
# a date in the next column after a name (a gap of two spaces or a tab, or the end of the name's reading in brackets)
# (or a full-width space, a slash between fields, the sex's column, a pipe: 小野寺 明日香　1989/12/20, 太田 雅人 / … /
# S57.5.1, OKADA YUKA　女　1981-07-02, ｷﾑﾗ ｶﾂﾄｼ        1 19560214 (a sex code), Ana Paula Oliveira|アナ パウラ
# オリベイラ|1988.09.22)
# the listed date itself, and what may not follow it (more digits, a clock time)
_LISTED_DATE = (
    r"((?:19|20)[0-9]{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12][0-9]|3[01])"
    r"|[STHMR][0-9]{1,2}(?P<sep>[./\-])[0-9]{1,2}(?P=sep)[0-9]{1,2}"
    # (… or a legacy record's compact era or Western date: S530704, 19560214)
    r"|[STHM][0-9]{6}|(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
    # (… or in words: 1998年12月25日, 平成８年２月１１日 in a listing's column)
    r"|(?:(?:19|20)[0-9]{2}|(?:明治|大正|昭和|平成|令和)[0-9０-９]{1,2})年 ?[0-9０-９]{1,2}月[0-9０-９]{1,2}日)"
    r"(?![0-9:/.\-])(?![ \t]*[0-9]{1,2}:[0-5][0-9])"
)
_DATE_COLUMN_AFTER_NAME = re.compile(
    r"(?:[ \t\u3000]{2,}|\t|\u3000|[)）][ \t\u3000]*|[ \t]/[ \t](?:[^/\n]{2,16}[ \t]/[ \t])?|[ \t\u3000]+[男女MF12][ \t\u3000]+"
    r"|[ \t]*[|｜│][ \t]*)"
    + _LISTED_DATE)
# … or one space after it, in a listing whose header names a birth-date column (社員番号 氏名 生年月日 免許番号 ⏎ S20418
# 前田 直人 1982年9月14日 第621204183350号)
_DATE_ONE_SPACE_AFTER_NAME = re.compile(" " + _LISTED_DATE)
_BIRTH_HEADER = re.compile(r"生年月日|誕生日|(?i:date of birth|birth ?date|\bdob\b)")
# … that an event follows (入社, 受診 …): its date, not a birth date
_EVENT_AFTER = re.compile(r"[ \t]*(?:入社|入学|入院|退院|退職|退社|受診|来院|来店|登録|受付|開始|終了|予約|契約|発行|申込|採用|着任|"
                          r"異動|転居|転入|転出|死亡|行年|享年|没|〜|～|-[ \t]*[0-9])")
_LAST_LISTED_BIRTH_YEAR = 2015  # (a later year in a listing is the date of something else more often than a birth)
# who signed, approved or keyed a record: the date after their name is when (承認：岸本（2024/10/02）)
_SIGNER_BEFORE = re.compile(r"承認|確認|入力|署名|記入|受付|担当|作成|押印|上長|決裁|責任者|検印|記録|処理")


def _with_births_after_names(text: str, raw: list[Entity]) -> list[Entity]:
    """A full date alone in brackets right after a person's name is the person's birth date (植田 蓮（1992.3.18）,
    配偶者 桜井 隆（1977-05-06）: see `date_of_birth.birth_date_in_brackets`), and so is one in a listing's next column
    (`_DATE_COLUMN_AFTER_NAME`)."""
    taken = {(e.start, e.end) for e in raw if e.type == "DATE_OF_BIRTH" and e.score >= 0.5}  # (not a bare candidate's)
    more = []
    header = _BIRTH_HEADER.search(text) if "生" in text or "irth" in text or "DOB" in text or "dob" in text else None
    for e in raw:
        if e.type != "PERSON":
            continue
        m = _BRACKET_AFTER_NAME.match(text, e.end)
        if m is None:
            # … or the next column of a listing: a name, then a date a gap after it (ｻﾄｳ ﾀｹｼ       1962/04/18,
            # 藤本 一郎  1948-07-14  HbA1c 8.4, サイトウ ユミコ）S52.8.19), not an event's (…2010/04/01 入社)
            m = _DATE_COLUMN_AFTER_NAME.match(text, e.end)
            if m is None and header is not None and header.start() < e.start:
                m = _DATE_ONE_SPACE_AFTER_NAME.match(text, e.end)
            if m is not None and (_EVENT_AFTER.match(text, m.end()) is not None or (
                    parse_year(m.group(1)) > _LAST_LISTED_BIRTH_YEAR
                    and (header is None or header.start() > e.start or "\n\n" in text[header.end():e.start]))):
                m = None  # (a later year is a birth date only under its table's birth-date header: a nursery's children)
        if m is not None and m.span(1) not in taken and birth_date_in_brackets(m.group(1)) and \
                _SIGNER_BEFORE.search(text, max(0, e.start - 16), e.start) is None:
            more.append(Entity("DATE_OF_BIRTH", m.start(1), m.end(1), 0.8, "date_of_birth"))
            taken.add(m.span(1))
    return raw + more if more else raw


# identifier types whose values carry a check digit (a random number passes one time in ten at most)
_CHECKED_TYPES = frozenset({"JP_MY_NUMBER", "JP_RESIDENT_CODE"})


def _fixed_width_row(text: str, row_start: int) -> bool:
    """Is the row at `row_start` a fixed-width listing's (cells apart by spaces, no delimiter: a delimited table's
    columns line up with their header, and its unnamed column is named by nothing above it)?"""
    end = text.find("\n", row_start)
    line = text[row_start:len(text) if end < 0 else end]
    return "  " in line and not any(d in line for d in ",\t|│")


def _header_label_above(text: str, row_start: int, ctx: Any) -> bool:
    """Does one of the three lines above a table row hold a label of the type (the table's header line)?"""
    end = row_start - 1  # (the newline ending the line above)
    for _ in range(3):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        if ctx.label_before(text, start, end) > 0:
            return True
        end = start - 1
    return False


# a mascot named with its kind in brackets after it (研修ナビゲーター：ほしまるくん（当社公式キャラクター）)
_MASCOT_AFTER = re.compile(r"(?:くん|ちゃん|さん|君)?[（(][^）)\n]{0,12}(?:キャラクター|マスコット|ゆるキャラ)[）)]")


# a mascot's profile sheet (組合マスコット「ミナトくん」プロフィール, 誕生日：5月1日（メーデー生まれという設定）)
_MASCOT_PROFILE = re.compile(r"(?:マスコット|ゆるキャラ|キャラクター)[^\n]{0,16}プロフィール|という設定")
_DIMINUTIVE_AFTER = re.compile(r"(?:くん|ちゃん|君)")


def _without_mascots(text: str, raw: list[Entity]) -> list[Entity]:
    """Drop a mascot's name, and the same name elsewhere in the text (see `_MASCOT_AFTER`); on a mascot's profile
    sheet, its birthday and every name with a diminutive after it."""
    if _MASCOT_PROFILE.search(text) is not None:
        raw = [e for e in raw if e.type != "DATE_OF_BIRTH" and not (
            e.type == "PERSON" and _DIMINUTIVE_AFTER.match(text, e.end) is not None)]
    names = {text[e.start:e.end] for e in raw if e.type == "PERSON" and _MASCOT_AFTER.match(text, e.end) is not None}
    return [e for e in raw if e.type != "PERSON" or text[e.start:e.end] not in names] if names else raw


def _quoted_nickname(text: str, e: Entity) -> bool:
    """A name quoted whole with its diminutive inside the quotes (市内循環バス「ぐるっとくん」, イメージキャラクター
    「まもるくん」): a mascot's, a bus's or an app's name; a person is named outside the quotes (「鈴木さん」は is rare)."""
    return (e.start > 0 and text[e.start - 1] in "「『" and _NICKNAME_TAIL.match(text, e.end) is not None
            and _MASCOT_CUE.search(text, max(0, e.start - 24), e.start) is not None)  # (a child's 「はやとくん」 is a child)


_NICKNAME_TAIL = re.compile(r"(?:くん|ちゃん|君)[」』]")


# the rest of an address masked in an anonymised extract (東京都杉並区●●●, 川崎市＊＊＊＊): only its city is left
_MASK_AFTER = re.compile(r"[ \t\u3000]?[●○＊*×■]{2}")
_MASK_CHARS = frozenset("●○＊*×■ \t\u3000")
_MASK_CHARS_BEFORE = frozenset("●○◯＊*×■")


_STREET_PART = re.compile(r"[0-9０-９一二三四五六七八九十]+(?:丁目|番|号)|[0-9０-９]")


def _masked_address(text: str, e: Entity) -> bool:
    if e.type != "ADDRESS":
        return False
    end = e.end
    while end > e.start and text[end - 1] in _MASK_CHARS:
        end -= 1
    if e.start >= 2 and text[e.start - 1] in _MASK_CHARS_BEFORE and text[e.start - 2] in _MASK_CHARS_BEFORE:
        return True  # 【記入例】○○県○○市○○町一丁目２番３号: the town masked before what is left
    return (e.end - end >= 2 or _MASK_AFTER.match(text, e.end) is not None) and (
        _STREET_PART.search(text, e.start, end) is None)


# the heading of a listed company's timely disclosure (適時開示): its securities code and exchange
_TIMELY_DISCLOSURE = re.compile(r"コード番号[ \t　：:]*[0-9][0-9A-Z]{3}[ \t　]*[、,]?[ \t　]*(?:東証|名証|札証|福証)")
# the statutory disclosures of a listed company that name its officers, by their title near the top (a securities
# report's 【役員の状況】 with the officers' birth dates, a shareholders' meeting notice or resolution notice)
_STATUTORY_DISCLOSURE = re.compile(r"【役員の状況】|有価証券報告書|株主総会(?:決議|招集)ご?通知")
# a published programme (a conference's sessions, a proceedings' contents, a lecture announcement): its speakers and
# chairs are named as the programme publishes them, with no contact details
_PROGRAMME_CUE = re.compile(r"座長|司会|特別講演|基調講演|招待講演|教育講演|一般演題|演題|口頭発表|ポスター発表|セッション|予稿集|講演要旨"
                            r"|Keynote|Session|Chair")
_PROGRAMME_PRIVATE = re.compile(r"名簿|参加者(?:一覧|名簿|リスト|各位)|申込|受講者|出席者|連絡先|携帯|外秘|社内用|内部|関係者|控室|宿泊|精算|謝金|口座")
_CONTACT_TYPES = frozenset(("PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "DATE_OF_BIRTH", "POSTAL_CODE", "JP_MY_NUMBER",
                            "JP_BANK_ACCOUNT", "SPECIAL_CARE"))


def _published_programme(text: str, types: set) -> bool:
    if not types.isdisjoint(_CONTACT_TYPES):
        return False
    cues = {m.group() for m in _PROGRAMME_CUE.finditer(text)}
    return len(cues) >= 2 and _PROGRAMME_PRIVATE.search(text) is None


# a bibliography export (BibTeX @article{…} entries, RIS records TY  - JOUR): the authors and editors of published works
_BIBLIOGRAPHY = re.compile(r"@(?i:article|inproceedings|book|incollection|misc|phdthesis|mastersthesis|techreport|"
                           r"proceedings|inbook|conference|unpublished)[ \t]*\{|^TY  - [A-Z]{3,5}$", re.M)
_AUTHOR_FIELD = re.compile(r"[ \t]*(?i:author|editor)[ \t]*=[ \t]*[{\"]|(?:AU|A[1-4]|ED)  - ")


def _published_author(text: str, e: Entity) -> bool:
    """Is the name on a bibliography entry's author or editor line?"""
    return _AUTHOR_FIELD.match(text, text.rfind("\n", 0, e.start) + 1) is not None


# public office: a politician whose supporters' association bears their name (高城修一郎後援会: the name of an
# association, as a company's), an assembly's presiding officer or an election board's chair right before a name
# (埼玉県議会議長　松崎 俊一 様, 選挙管理委員会　委員長　大河原　誠), an assembly's record (出席委員 … 説明者 …) and an
# election's results (得票数 … 無所属): officials in their public roles. (A mayor signing a certificate, a councillor on
# a profile or a form is labelled by the hand-written sets, and stays a name.)
_NAMED_ASSOCIATION = re.compile(r"([\u4e00-\u9fff々]{2,4}[ \t]?[\u4e00-\u9fff々ぁ-んァ-ヶ]{1,4})(?:連合)?後援会")
_PUBLIC_OFFICE_BEFORE = re.compile(r"(?:議会副?議長|選挙管理委員会\s*委員長|選挙長)[ \t]*\Z")
_CANDIDATE_LINE = re.compile(r"党|無所属|の会|諸派|[0-9]%|[0-9]票")
_ASSEMBLY_CUE = re.compile(r"出席委員|欠席委員|説明者|会議に付した事件|議案第|委員会室|定例会|本会議|議事日程|出席議員|欠席議員")


def _public_officials(text: str, raw: list[Entity]) -> list[Entity]:
    if "後援会" in text:
        heads = {m.group(1).replace(" ", "").replace("\t", "") for m in _NAMED_ASSOCIATION.finditer(text)}
    else:
        heads = set()
    assembly = len({m.group() for m in _ASSEMBLY_CUE.finditer(text)}) >= 3
    election = "得票" in text
    out = []
    for e in raw:
        if e.type == "PERSON":
            v = text[e.start:e.end].replace(" ", "").replace("\u3000", "")
            if assembly or v in heads or _PUBLIC_OFFICE_BEFORE.search(text, max(0, e.start - 60), e.start):
                continue
            if election:
                ls, le = text.rfind("\n", 0, e.start) + 1, text.find("\n", e.end)
                line = text[ls:len(text) if le < 0 else le]
                if _CANDIDATE_LINE.search(line) is not None:
                    continue
        out.append(e)
    return out


# a book's credit after its author (『かいけつゾロリ』シリーズ　原 ゆたか さく・え（ポプラ社）): a published author
_CREDIT_AFTER = re.compile(r"[ \t]?(?:さく・え|作・絵|文・絵|さく|作|文|絵|著|訳|編著|編|監修|原作)(?=[ \t（(、,／/]|$)", re.M)
# a head of a local government named in brackets after the office (海見市（市長：浜口 達彦）): a public official
_OFFICIAL_BEFORE = re.compile(r"[（(](?:市長|知事|町長|村長|区長)[：:][ \t]?\Z")


# a method, a test or a law named after its author (Fisher の正確検定, Pearson の相関係数, Wilcoxon 符号付順位検定,
# Student's t-test): an eponym, no one's personal data
_EPONYM_AFTER = re.compile(r"(?:'s)?[ \t]?(?:の[ \t]?)?(?:[A-Za-z]?[ \t]?)?(?:正確|符号付|順位|相関|比例|多重|直接|重回帰)?"
                           r"(?:検定|法則|分布|係数|相関|補正|モデル|指数|方程式|定理|効果|基準|test|correlation|distribution|"
                           r"coefficient|correction|method|model|index|equation|theorem|criterion|criteria)")


def _eponym(text: str, e: Entity) -> bool:
    return text[e.start:e.end].isascii() and " " not in text[e.start:e.end] and (
        _EPONYM_AFTER.match(text, e.end) is not None)


def _public_credit(text: str, e: Entity) -> bool:
    if text.rfind("』", text.rfind("\n", 0, e.start) + 1, e.start) >= 0 and _CREDIT_AFTER.match(text, e.end):
        return True
    return _OFFICIAL_BEFORE.search(text, max(0, e.start - 6), e.start) is not None


# what names a mascot, a vehicle or a service right before its quoted name
_MASCOT_CUE = re.compile(r"キャラクター|キャラ|マスコット|ゆるキャラ|バス|号|アプリ|メール|サービス|公式|ロボット|AI")


def _year_part(text: str, e: Entity) -> str:
    """The part of a date before its month (2024年, 1990/ …): empty for a birthday written without its year (7月7日)."""
    v = text[e.start:e.end]
    m = v.find("月")
    return v[:max(0, v.rfind("年", 0, m) + 1)] if m >= 0 else v


def _without_next_cell(text: str, e: Entity) -> Entity:
    """An address cut where a fixed-width listing's next column starts (three spaces or more on its line: 東京都板橋区
    成増2-14-9{spaces}090-3356-7712, when full-width characters shift the columns the table reader aligns)."""
    gap = text.find("   ", e.start, e.end)
    if gap < 0 or "\n" in text[e.start:gap] or not any(c.isalpha() for c in text[e.start:gap]):
        return e
    if _GAP_BUILDING.fullmatch(text, gap, e.end) is not None:
        return e  # (… but not before the building a label's second address column holds: see address.GAP_BUILDING)
    return Entity(e.type, e.start, gap, e.score, e.detector)


def _without_example_values(text: str, raw: list[Entity], stand_ins: list[bool]) -> list[Entity]:
    """Drop the stand-in names and the birth date, account and insurance values of their example forms: such a
    value within `_EXAMPLE_REACH` lines of a stand-in's line, with no real name nearer to it (氏名 図書 太郎 / 生年月日
    50年1月1日; 口座番号 1234567 / 口座名義 ヤマダ タロウ), is the example's too."""
    line_of = [text.count("\n", 0, e.start) for e in raw]
    fake = [n for n, s in zip(line_of, stand_ins) if s]
    real = [n for n, e, s in zip(line_of, raw, stand_ins) if e.type == "PERSON" and not s]
    out = []
    for e, s, n in zip(raw, stand_ins, line_of):
        if s:
            continue
        if e.type in _EXAMPLE_VALUE_TYPES:
            d = min(abs(n - f) for f in fake)
            if d <= _EXAMPLE_REACH and not any(abs(n - r) <= d for r in real):
                continue
        out.append(e)
    return out


@dataclass(frozen=True)
class EngineOptions:
    """Engine settings. Hashable: `get_engine` caches one engine per distinct options value."""

    min_score: float = 0.5
    recognizer_files: tuple[str, ...] = ()
    types: tuple[str, ...] = ()  # restrict to these PI types (empty: all)
    free_text: bool = True  # load the PERSON / ADDRESS / SPECIAL_CARE detectors

    def __post_init__(self) -> None:  # lists and paths from callers become hashable tuples of str
        object.__setattr__(self, "recognizer_files", tuple(str(p) for p in self.recognizer_files))
        object.__setattr__(self, "types", tuple(self.types))
        object.__setattr__(self, "min_score", float(self.min_score))


@dataclass(frozen=True, slots=True)
class CellEntity:
    """An entity inside one table cell: offsets index str(cell)."""

    type: str
    row: int
    column: int
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class ColumnVerdict:
    column: int
    pii_type: str
    confidence: float
    basis: str  # "header" | "values" | "header+values" | "schema"


@dataclass
class TableAnalysis:
    entities: list[CellEntity] = field(default_factory=list)
    columns: list[ColumnVerdict] = field(default_factory=list)


# Tie-break order for overlapping spans of different types (lower index wins at equal score).
PRIORITY: tuple[str, ...] = (
    "EMAIL_ADDRESS", "CREDIT_CARD", "JP_MY_NUMBER", "JP_DRIVERS_LICENSE", "JP_RESIDENT_CODE", "JP_PASSPORT",
    "JP_HEALTH_INSURANCE", "PHONE_NUMBER", "JP_BANK_ACCOUNT", "IP_ADDRESS", "POSTAL_CODE", "DATE_OF_BIRTH",
    "ADDRESS", "PERSON", "SPECIAL_CARE",
)
_RANK = {t: i for i, t in enumerate(PRIORITY)}

# Types whose values are numbers (or number-like codes) and may be order, product or price numbers in disguise.
NUMBER_TYPES = frozenset({"JP_MY_NUMBER", "JP_RESIDENT_CODE", "JP_DRIVERS_LICENSE", "JP_PASSPORT", "JP_HEALTH_INSURANCE",
                          "JP_BANK_ACCOUNT", "CREDIT_CARD", "POSTAL_CODE", "PHONE_NUMBER", "DATE_OF_BIRTH", "IP_ADDRESS"})
# Types that are only reported with a label; inside a text table the label must be the cell's column header.
LABEL_TYPES = frozenset({"JP_MY_NUMBER", "JP_RESIDENT_CODE", "JP_DRIVERS_LICENSE", "JP_PASSPORT", "JP_HEALTH_INSURANCE",
                         "JP_BANK_ACCOUNT", "DATE_OF_BIRTH", "POSTAL_CODE"})

# (outer, inner) pairs that may overlap and are both kept.
_COMPATIBLE = {
    frozenset(("ADDRESS", "POSTAL_CODE")), frozenset(("ADDRESS", "PHONE_NUMBER")),
    frozenset(("PERSON", "EMAIL_ADDRESS")), frozenset(("ADDRESS", "EMAIL_ADDRESS")),
}


def _compatible(a: str, b: str) -> bool:
    if a == b:
        return False
    if "SPECIAL_CARE" in (a, b):
        return True
    return frozenset((a, b)) in _COMPATIBLE


_compatible_pair: dict[tuple[str, str], bool] = {}  # (memo of _compatible: a handful of type pairs)


def resolve_overlaps(entities: list[Entity]) -> list[Entity]:
    """Keep the best of each group of overlapping spans (score, then type priority, then length)."""
    if len(entities) < 2:
        return list(entities)
    # most texts' spans do not overlap at all: then every one is kept, in the order of the final sort below
    # (when each has a length: an empty span may share its start with another)
    by_start = sorted(entities, key=_START_END_TYPE)
    prev_end = -1
    for e in by_start:
        if e.start < prev_end or e.end <= e.start:
            break
        prev_end = e.end
    else:
        return by_start
    rank = _RANK.get
    order = sorted(entities, key=lambda e: (-e.score, rank(e.type, 99), e.start - e.end, e.start))
    kept: list[Entity] = []  # sorted by start
    starts: list[int] = []
    longest = 0
    compatible = _compatible_pair
    bisect_left = bisect.bisect_left
    for e in order:
        e_type, e_start, e_end = e.type, e.start, e.end
        # only kept spans starting in [e.start - longest, e.end) can overlap e: O(n log n) overall
        i = bisect_left(starts, e_start - longest)
        n = len(kept)
        while i < n and starts[i] < e_end:
            k = kept[i]
            if k.end > e_start:
                ok = compatible.get((e_type, k.type))
                if ok is None:
                    ok = compatible[(e_type, k.type)] = _compatible(e_type, k.type)
                if not ok:
                    break
            i += 1
        else:
            j = bisect_left(starts, e_start)
            starts.insert(j, e_start)
            kept.insert(j, e)
            if e_end - e_start > longest:
                longest = e_end - e_start
    kept.sort(key=_START_END_TYPE)
    return kept


_START_END_TYPE = operator.attrgetter("start", "end", "type")
_new_tuple = tuple.__new__
_TYPE = operator.attrgetter("type")


_IDENTIFIER_MODULES = (
    ("email", "EmailDetector"), ("phone", "PhoneDetector"), ("postal_code", "PostalCodeDetector"),
    ("my_number", "MyNumberDetector"), ("resident_code", "ResidentCodeDetector"),
    ("drivers_license", "DriversLicenseDetector"), ("passport", "PassportDetector"),
    ("health_insurance", "HealthInsuranceDetector"), ("bank_account", "BankAccountDetector"),
    ("credit_card", "CreditCardDetector"), ("ip_address", "IpAddressDetector"),
    ("date_of_birth", "DateOfBirthDetector"), ("mrz", "MrzDetector"), ("vcard", "VCardDetector"),
    ("zengin", "ZenginDetector"), ("hl7", "Hl7Detector"), ("dicom", "DicomDetector"), ("swift", "SwiftDetector"),
    ("spoken", "SpokenNumberDetector"),
)
_FREE_TEXT_MODULES = (("person", "PersonDetector"), ("address", "AddressDetector"), ("special_care", "SpecialCareDetector"))


def _load(modname: str, clsname: str, required: bool) -> Detector | None:
    try:
        mod = importlib.import_module(f"{__package__}.{modname}")
        return getattr(mod, clsname)()
    except Exception as exc:  # noqa: BLE001 - an optional detector must not take the engine down
        if required:
            raise
        level = logging.DEBUG if isinstance(exc, ImportError) else logging.WARNING
        log.log(level, "optional detector %s.%s not available: %s", modname, clsname, type(exc).__name__)
        return None


def identifier_detectors() -> list[Detector]:
    """One instance of every structured-identifier detector."""
    return [d for m, c in _IDENTIFIER_MODULES if (d := _load(m, c, True)) is not None]


def free_text_detectors() -> list[Detector]:
    """PERSON / ADDRESS / SPECIAL_CARE detectors that are importable (colleague modules, optional)."""
    return [d for m, c in _FREE_TEXT_MODULES if (d := _load(m, c, False)) is not None]


class Engine:
    """Runs the detectors; thread-safe (detectors are pure, models are process-wide)."""

    def __init__(self, options: EngineOptions):
        self.options = options
        detectors = identifier_detectors()
        if options.free_text:
            detectors += free_text_detectors()
        if options.recognizer_files:
            from .presidio_integration import load_recognizer_files  # noqa: PLC0415 - presidio import is heavy

            detectors += load_recognizer_files(options.recognizer_files)
        if options.types:
            wanted = set(options.types)
            detectors = [d for d in detectors if wanted & set(d.pii_types)]
        for d in detectors:
            if hasattr(d, "plain_max"):
                d.min_score = options.min_score  # lets label-only detectors skip unlabelled documents
            if hasattr(d, "assume_normalized"):
                d.assume_normalized = True  # the engine passes normalised text: no second normalisation
        self.detectors: list[Detector] = detectors
        # context words of the label-only types, to read a label written in the same table row (see _with_tables)
        self._row_labels = {d.pii_type: d.context for d in detectors
                            if getattr(d, "pii_type", None) in LABEL_TYPES and getattr(d, "context", None) is not None}

    @property
    def pii_types(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for d in self.detectors:
            for t in d.pii_types:
                seen[t] = None
        return tuple(seen)

    def detect_normalized(self, text: str) -> list[Entity]:
        """All detector results on already-normalised `text`, before threshold and overlap resolution."""
        raw: list[Entity] = []
        for d in self.detectors:
            try:
                if d.applies(text):
                    raw.extend(d.detect(text))
            except Exception as exc:  # a detector bug must not stop the scan; never log the text
                log.warning("detector %s failed on a text of %d chars: %s", d.name or type(d).__name__, len(text),
                            type(exc).__name__)
        return raw

    def analyze(self, text: str) -> list[Entity]:
        """Entities in `text`, offsets into `text` itself, sorted by position.

        Long texts are analysed in chunks of about `CHUNK_CHARS` cut at line breaks, so memory stays bounded.
        """
        if not text or not isinstance(text, str):
            return []
        if len(text) <= CHUNK_CHARS:
            return self._analyze_chunk(text)
        out: list[Entity] = []
        for base, chunk in _chunks(text, CHUNK_CHARS):
            # a chunk after the first carries the header it needs (a CSV header line, an INSERT … VALUES head):
            # entities inside the carried part are dropped, the others are shifted back to `text`
            head = carried_head(text, base) if base else ""
            shift = base - len(head)
            out.extend(Entity(e.type, e.start + shift, e.end + shift, e.score, e.detector)
                       for e in self._analyze_chunk(head + chunk) if e.start >= len(head))
        return out

    def _analyze_chunk(self, text: str) -> list[Entity]:
        norm = normalize(text)
        return self._finish(norm, self.detect_normalized(norm.text))

    def _finish(self, norm: Any, raw: list[Entity]) -> list[Entity]:
        """Tables, threshold, overlap resolution and offsets back to the original text, for one text."""
        text = norm.text
        if may_hold_table(text):
            raw = self._with_tables(text, raw)
            raw = [_without_next_cell(text, e) if e.type == "ADDRESS" else e for e in raw]
        min_score = self.options.min_score
        types = set(map(_TYPE, raw))  # (one pass: the filters below apply only to texts with these types)
        if "PERSON" in types:
            # (each span's test, memoised by its text, costs less than the text-wide gate: the gate only for a hit)
            stand_ins = [e.type == "PERSON" and is_placeholder(text, e.start, e.end) for e in raw]
            if any(stand_ins) and may_hold_placeholder(text):
                raw = _without_example_values(text, raw, stand_ins)
            story = may_hold_fiction(text)
            if story:  # … and the characters of a story told in a listing, a script, a synopsis or a textbook
                raw = [e for e in raw if e.type != "PERSON" or not is_character(text, e.start, e.end, story == 2)]
            # … and the people of history (夏目漱石, 羽柴秀吉): no living person's data
            if any(e.type == "PERSON" and is_historical(text[e.start:e.end]) for e in raw):
                raw = [e for e in raw if e.type != "PERSON" or not is_historical(text[e.start:e.end])]
            if "「" in text or "『" in text:  # … and a mascot's or a service's name quoted whole (「まもるくん」)
                raw = [e for e in raw if e.type != "PERSON" or not _quoted_nickname(text, e)]
            if "キャラ" in text or "マスコット" in text:  # … and a mascot named as one (ほしまるくん（公式キャラクター）)
                raw = _without_mascots(text, raw)
            if ("（" in text or "(" in text) and may_name_life_years(text):
                # … and people named with their life years long past (マルティン・ルター（1483〜1546）): no living person
                raw = [e for e in raw if e.type != "PERSON" or not died_long_ago(text, e.end)]
            if "』" in text or "長：" in text or "長:" in text:
                # … and a book's author credited after its title, a mayor named after the office
                raw = [e for e in raw if e.type != "PERSON" or not _public_credit(text, e)]
            if "検定" in text or "係数" in text or "法則" in text or "test" in text or "correlation" in text:
                raw = [e for e in raw if e.type != "PERSON" or not _eponym(text, e)]  # … and eponyms (Fisher の正確検定)
            if "議" in text or "委員" in text or "後援会" in text or "得票" in text or "選挙" in text:
                raw = _public_officials(text, raw)  # … and officials in their public roles
            if ("@" in text or "TY  - " in text) and _BIBLIOGRAPHY.search(text) is not None:
                # … and the authors of the published works a bibliography export lists
                raw = [e for e in raw if e.type != "PERSON" or not _published_author(text, e)]
            if "コード番号" in text and _TIMELY_DISCLOSURE.search(text, 0, 800) is not None:
                # … and the officers a listed company's timely disclosure names (役員の異動に関するお知らせ, コード番号
                # 9218 東証プライム): public appointments, published as such
                raw = [e for e in raw if e.type != "PERSON"]
            elif ("座長" in text or "講演" in text or "演題" in text or "ession" in text or "Keynote" in text) and (
                    _published_programme(text, types)):
                # … and the speakers and chairs of a published programme, named there with no contact details
                raw = [e for e in raw if e.type != "PERSON"]
            elif ("株主総会" in text or "役員の状況" in text or "有価証券" in text) and (
                    _STATUTORY_DISCLOSURE.search(text, 0, 300) is not None):
                # … and the officers of a published securities report or meeting notice, with their birth dates
                raw = [e for e in raw if e.type not in ("PERSON", "DATE_OF_BIRTH")]
        if "DATE_OF_BIRTH" in types and ("誕生" in text or "irthday" in text):
            story = may_hold_fiction(text)
            if story == 2 or (story and ("キャラクター" in text or "登場人物" in text)):
                # (a character's birthday, 誕生日：7月7日, written without a year, in a story or a work's cast list)
                raw = [e for e in raw if e.type != "DATE_OF_BIRTH" or any(c.isdigit() for c in _year_part(text, e))]
        if "ADDRESS" in types and ("●" in text or "＊" in text or "*" in text or "×" in text or "○" in text
                                   or "■" in text):
            raw = [e for e in raw if not _masked_address(text, e)]  # (an anonymised extract's or a form's example)
        if "PERSON" in types and ("（" in text or "(" in text or "  " in text or "\t" in text or "生年月日" in text):
            raw = _with_births_after_names(text, raw)  # 植田 蓮（1992.3.18）: the birth date after the name
        if not types.isdisjoint(EXAMPLE_TYPES):  # 記入例「AB1234567（見本）」: no one's
            raw = [e for e in raw if e.type not in EXAMPLE_TYPES or not example_value(text, e.start, e.end)]
        # (_about_someone only matters for a text with special-care statements; asked after the stand-ins are gone:
        # a blank plan's 記入例 山田 太郎 identifies no one)
        if "SPECIAL_CARE" in types and not _about_someone(text, raw, min_score):
            raw = [e for e in raw if e.type != "SPECIAL_CARE"]
        wanted = self.options.types
        if wanted:
            wanted = set(wanted)
            raw = [e for e in raw if e.score >= min_score and e.type in wanted]
        else:
            raw = [e for e in raw if e.score >= min_score]
        out = resolve_overlaps(raw)
        if norm._start is not None:  # (norm.span_to_original, inlined; each Entity made by tuple.__new__, half the cost)
            starts, ends = norm._start, norm._end
            return [_new_tuple(Entity, (ty, s, t, sc, det)) for ty, a, b, sc, det in out
                    if (t := ends[b] if b > a else starts[a]) > (s := starts[a])]
        return [e for e in out if e.end > e.start]

    def _with_tables(self, text: str, raw: list[Entity]) -> list[Entity]:
        """Add header-driven entities of delimited tables in `text`; drop identifiers in order/price columns."""
        try:
            tf = scan_tables(text, self.options.min_score)
        except Exception as exc:  # never let table heuristics stop a scan
            log.warning("text-table scan failed on a text of %d chars: %s", len(text), type(exc).__name__)
            return raw
        if tf.suppress or tf.cells or tf.not_pi:
            cells = sorted([(s, e, "-") for s, e in tf.suppress] + [(s, e, "#") for s, e in tf.not_pi] + tf.cells,
                           key=lambda c: (c[0], c[1], c[2] or ""))  # (an untyped cell: None)
            starts = [c[0] for c in cells]

            def keep(e: Entity) -> bool:
                i = bisect.bisect_right(starts, e.start) - 1
                if i < 0 or cells[i][1] < e.end:
                    return True  # not inside one cell
                col = cells[i][2]
                # (the cell's padding of a space-aligned table is no text around the value)
                if (e.end - e.start) * 5 < len(text[cells[i][0]:cells[i][1]].strip()) * 3:
                    return True  # a value inside longer free text in the cell: its label may be in the cell too
                if col == "-":  # an order/contract/member-number column: its numbers are not PI …
                    # … except a card number written as one (4-4-4-4 groups; a card company's 会員番号 is the card), or
                    # a number that passed its check digit right after its own label, in a row that does not line up
                    # with the columns above it ((個人番号) 388099990846 under a withholding slip's amounts)
                    return e.type not in NUMBER_TYPES or (
                        e.type == "CREDIT_CARD" and _GROUPED_CARD.fullmatch(text, e.start, e.end) is not None) or (
                        e.type in _CHECKED_TYPES and e.type in self._row_labels
                        and self._row_labels[e.type].label_before(text, max(0, e.start - 12), e.start) > 0)
                if col == "#":  # a cell about no person (a pet's name or diagnosis in an animal register)
                    return e.type not in ("PERSON", "DATE_OF_BIRTH", "SPECIAL_CARE")
                if col == PLACE_CELL:  # a listed property's town (所在地（町域まで） | 東京都世田谷区桜丘五丁目)
                    return e.type != "ADDRESS"
                if col == e.type or e.type not in LABEL_TYPES:
                    return True
                if col is None and e.type in self._row_labels:
                    # a column with a generic header (書類番号, No.) whose label is in the same row, in an earlier
                    # cell or in this one (本人確認書類 = 運転免許証 | 書類番号 = 301204567890; 運転免許証 3016…)
                    row_start = text.rfind("\n", 0, cells[i][0]) + 1
                    ctx = self._row_labels[e.type]
                    # … or inside the value itself (a bank account written with its bank: 千葉銀行 柏支店 普通 4406215)
                    if ctx.label_before(text, row_start, e.start) > 0 or ctx.label_before(text, e.start, e.end) > 0:
                        return True
                    # … or, for a number that passed its check digit, among the labels of the header lines above,
                    # when the rows do not line up with them (full-width spaces counted one way in the header, another
                    # in the rows: 生年月日　　　個人番号 over 1992/02/03　　　6686-2748-3741)
                    return e.type in _CHECKED_TYPES and _fixed_width_row(text, row_start) and _header_label_above(
                        text, row_start, ctx)
                return False

            raw = [e for e in raw if keep(e)]
        found = tf.entities
        if found and any(e.type == "PERSON" and text[e.start].isascii() for e in found):
            # a Latin value of a name column that holds a word that is no name (ship_name | OCEAN CAMELLIA)
            from .person import latin_value_not_a_name  # noqa: PLC0415

            found = [e for e in found if not (e.type == "PERSON" and text[e.start].isascii()
                                              and latin_value_not_a_name(text[e.start:e.end]))]
        if found and any(e.type == "PERSON" for e in raw):
            # a name cell cut from a longer name the detector read across a misaligned column (a space-aligned
            # table whose rows do not line up with its header: 中島 ⟦和夫⟧): the whole name wins — unless the
            # longer name holds another name cell too (the 姓 and 名 columns of one person, each its own span)
            names = sorted((e.start, e.end) for e in raw if e.type == "PERSON")
            starts = [a for a, _ in names]
            cell_starts = sorted(e.start for e in found if e.type == "PERSON")

            def inside_longer(e: Entity) -> bool:
                i = bisect.bisect_right(starts, e.start) - 1
                while i >= 0 and e.start - names[i][0] < 24:
                    a, b = names[i]
                    if a <= e.start and e.end <= b and b - a > e.end - e.start and "\n" not in text[a:b]:
                        cells = bisect.bisect_left(cell_starts, b) - bisect.bisect_left(cell_starts, a)
                        return cells == 1
                    i -= 1
                return False

            found = [e for e in found if e.type != "PERSON" or not inside_longer(e)]
        return raw + found

    def analyze_many(self, texts: Sequence[str]) -> list[list[Entity]]:
        """`analyze` for each text, in order (same results).

        Texts are taken in batches of `BATCH_DOCS`, and each detector runs over the whole batch before the next
        one: one detector's compiled patterns and data stay in the CPU caches, which is about a quarter faster
        than running all detectors on one text after another. Per-text memos live for the batch (`batch_facts`), and
        each detector is asked which texts of the batch it applies to in one call (`Detector.applies_many`).
        """
        out: list[list[Entity]] = []
        with _fewer_collections():
            for i in range(0, len(texts), BATCH_DOCS):
                out.extend(self._analyze_batch(texts[i:i + BATCH_DOCS]))
        return out

    def _analyze_batch(self, texts: Sequence[str]) -> list[list[Entity]]:
        results: list[list[Entity] | None] = [None] * len(texts)
        todo: list[int] = []
        norms = []
        for j, t in enumerate(texts):
            if not t or not isinstance(t, str):
                results[j] = []
            elif len(t) > CHUNK_CHARS:
                results[j] = self.analyze(t)  # long texts go chunk by chunk (bounded memory)
            else:
                todo.append(j)
                norms.append(normalize(t))
        if norms:
            ntexts = [n.text for n in norms]
            raws: list[list[Entity]] = [[] for _ in ntexts]
            with batch_facts(ntexts):
                for d in self.detectors:
                    detect = d.detect  # (bound once per detector, not once per text)
                    try:  # which texts the detector applies to, asked for the whole batch at once
                        flags = d.applies_many(ntexts)
                    except Exception:  # noqa: BLE001 - asked text by text below, which skips (and logs) the one
                        flags = None
                    if flags is None:
                        applies = d.applies
                        for raw, nt in zip(raws, ntexts):
                            try:
                                if applies(nt):
                                    raw.extend(detect(nt))
                            except Exception as exc:  # as in detect_normalized: skip this detector for this text
                                log.warning("detector %s failed on a text of %d chars: %s", d.name or type(d).__name__,
                                            len(nt), type(exc).__name__)
                        continue
                    for raw, nt, ok in zip(raws, ntexts, flags):
                        if ok:
                            try:
                                raw.extend(detect(nt))
                            except Exception as exc:  # as above
                                log.warning("detector %s failed on a text of %d chars: %s", d.name or type(d).__name__,
                                            len(nt), type(exc).__name__)
                for k, j in enumerate(todo):
                    results[j] = self._finish(norms[k], raws[k])
        return results  # type: ignore[return-value]

    def analyze_table(self, header: Sequence[str] | None, rows: Sequence[Sequence[Any]]) -> TableAnalysis:
        """Cell entities (offsets into str(cell)) and per-column verdicts for a table sample."""
        from .columns import analyze_table  # noqa: PLC0415

        return analyze_table(self, header, rows)

    def classify_schema(self, columns: Sequence[tuple[str, str, str]]) -> list[ColumnVerdict]:
        """Column verdicts from (name, type, comment) alone, for tables with no rows."""
        from .columns import classify_schema  # noqa: PLC0415

        return classify_schema(columns, self.options.min_score)


# the types that point at one person: a special-care statement (要配慮個人情報) is personal information only when
# it is about someone the text identifies (a name, a birth date, a personal number, a card, an account or an e-mail
# address). A disease leaflet, a glossary, a phrasebook or an anonymised case summary states the same facts about
# nobody; a company phone number or address in it identifies no person.
_IDENTIFYING = frozenset({"PERSON", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_RESIDENT_CODE", "JP_DRIVERS_LICENSE",
                          "JP_PASSPORT", "JP_HEALTH_INSURANCE", "JP_BANK_ACCOUNT", "CREDIT_CARD", "EMAIL_ADDRESS"})


# … or a key that stands for one person in a record (患者ID, カルテ番号, 社員番号, patient_id): a chart keyed by it
_PERSON_KEY = re.compile(
    r"(?:患者|利用者|社員|職員|従業員|会員|受診者|被保険者|入居者|入所者|生徒|学生|児童|顧客|契約者|組合員|被験者|受講者|相談者|"
    r"対象者)(?:ID|ＩＤ|番号|No|Ｎｏ|コード)|カルテ(?:番号|No|ID)|診察券番号|イニシャル[ \t]*[:：][ \t]*[A-Z]|"
    r"(?<![A-Za-z])(?i:patient|employee|member|customer|subject|user|client)[ _]?(?i:id|no|number|initials)(?![a-z])|"
    # (an adverse-event report names its patient by initials, age and sex: イニシャル：T.K., initials column)
    r"(?<![A-Za-z])(?:MRN|[Ii]nitials)(?![A-Za-z])")


def _about_someone(text: str, raw: list[Entity], min_score: float) -> bool:
    """Does the text identify a person (an identifying entity at the reporting threshold, or a person's record
    key)? Checked only when it holds special-care statements."""
    return any(e.type in _IDENTIFYING and e.score >= min_score for e in raw) or _PERSON_KEY.search(text) is not None


_GROUPED_CARD = re.compile(r"[0-9]{4}([- ])[0-9]{4}\1[0-9]{4}\1[0-9]{4}|[0-9]{4}([- ])[0-9]{6}\2[0-9]{5}")
CHUNK_CHARS = 65_536
BATCH_DOCS = 256  # texts per detector-major batch in analyze_many (each at most CHUNK_CHARS: memory stays bounded)


@contextmanager
def _fewer_collections():
    """Run with a higher generation-0 threshold of the garbage collector (restored afterwards).

    Classification allocates many short-lived tuples and entities; with the default threshold (700) the
    collector runs thousands of times a second and keeps traversing the process-wide caches (dictionary look-ups,
    tokenised windows). 20,000 cuts that overhead by 5-10% of the run time; memory stays bounded (batches)."""
    old = gc.get_threshold()
    if old[0] and old[0] < 20_000:
        gc.set_threshold(20_000, old[1], old[2])
    try:
        yield
    finally:
        if old[0] and old[0] < 20_000:
            gc.set_threshold(*old)


def _chunks(text: str, size: int):
    """(offset, piece) pieces of at most `size` characters, cut after a line break when there is one."""
    pos, n = 0, len(text)
    while pos < n:
        end = min(n, pos + size)
        if end < n:
            cut = text.rfind("\n", pos + size // 2, end)
            if cut == -1:  # no line break: cut between two rows of a multi-row INSERT, or not inside a word
                cut = row_cut(text, pos + size // 2, end)
                if cut == -1:
                    cut = end
                    while cut > pos + size // 2 and text[cut - 1].isalnum():
                        cut -= 1
            else:
                cut += 1
            end = cut
        yield pos, text[pos:end]
        pos = end


@lru_cache(maxsize=4)
def get_engine(options: EngineOptions | None = None) -> Engine:
    """The process-wide engine for these options (models load once per process)."""
    return Engine(options or EngineOptions())
