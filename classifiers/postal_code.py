"""POSTAL_CODE: Japanese postal codes (〒151-0051, 151-0051, 〒1510051) in an address context.

A code preceded by 〒 is reported with confidence; without 〒 it must be labelled (郵便番号, 住所, zip …) or be
followed by the start of an address (a prefecture, or a city/ward/town/village name). The reported span is the
number itself, without 〒. Seven-digit codes without a hyphen need 〒 or a label. Phone-number fragments are
excluded by the surrounding-digit guards. After 〒, OCR shapes are read too: letters for digits (〒812-00l3) and a
space between every digit (〒1 5 0-0 0 4 1). After 〒 or a 郵便番号 label a code in kanji numerals (〒七八〇―〇八四二)
is read too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from . import data
from .base import SEVEN_DIGITS, PatternDetector, match_start
from .address import (_BIG_KANA, _KANA_CITIES, _PREF_KANA, _RJ_ADDR, _RJ_GATE, _kana_possible, _trie, municipalities,
                      municipality_forms)
from .context import PREFECTURES, PREFECTURES_ROMAJI, ContextWords

_CODE = re.compile(r"[0-9](?<![0-9\-][0-9])(?<![0-9]\.[0-9])(?:[0-9]{2}-[0-9]{4}|[0-9]{6}|(?<=〒[0-9])[0-9]{2} [0-9]{4}"
                   r"|(?<=〒 [0-9])[0-9]{2} [0-9]{4})(?![0-9\-]|\.[0-9])")  # 〒420 0852: a space for the hyphen
# no postal code starts with 000; runs of one digit and 123-4567 are the usual dummies
# an example address after the code: its town left as marks for the reader (東京都千代田区○○町1-2-3)
_STAND_IN_AFTER = re.compile(r"[ \t]{0,3}[^\s○〇◯△□×]{0,10}[○〇◯△□×]{2}")

_DUMMIES = frozenset([d * 3 + "-" + d * 4 for d in "0123456789"] + [d * 7 for d in "0123456789"] + ["123-4567", "1234567"])
_EXAMPLE_BEFORE = re.compile(r"(?:例|e\.g\.|eg\.|ex\.|sample)[:：)）]?\s?[(（]?$", re.I)


def _example_before(text: str, s: int) -> bool:
    w = text[max(0, s - 6):s]
    return ("例" in w or "." in w or "mple" in w) and _EXAMPLE_BEFORE.search(w) is not None


_KANA_NAME = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
# the address may follow in the next field of a CSV row or SQL tuple: "556-0011","大阪府… / '630-8213', '奈良県…
# (only whether it matches is used: the prefectures, which the kanji alternative reads too, are left out, and the
# kana cities are a trie)
_AFTER_SEPS = " \t\n\r\x0b\x0c,、:，\"'”’“‘\u3000"  # (what `_ADDRESS_AFTER` may skip before the address)
_ADDRESS_AFTER = re.compile(
    r"[\s,、:，\"'”’“‘]{0,5}(?:[\u4e00-\u9fff]{1,6}[都道府県市区町村郡]"
    # cities written with kana (さいたま市, 南あわじ市, 茅ヶ崎市), from the gazetteer
    + "|" + _trie(sorted(m for m in municipalities() if _KANA_NAME.search(m)))
    + r"|[A-Z][a-z]+(?:-shi|-ku|-cho|-machi| City| Ward)"
    # a prefecture read out in katakana, as a legacy system's kana fields print the address (270-2261 ﾁﾊﾞｹﾝ ﾏﾂﾄﾞｼ …)
    + "|" + _PREF_KANA + ")"
)
assert all(re.fullmatch(r"[\u4e00-\u9fff]{1,6}[都道府県市区町村郡]", p) for p in PREFECTURES)
# a Japanese address written in English after the code, in the next field or after a comma
# (157-0062,"2-14-5 Minamikarasuyama, Setagaya-ku, Tokyo" / 231-0023, Yamashitacho 27, Naka-ku, Yokohama)
_ROMAJI_AFTER_SEP = re.compile(r"[ ,\t\"']{1,4}(?=[0-9A-Z])")
_ROMAJI_SEPS = frozenset(" ,\t\"'")
_MARKS = frozenset("〒〶")
# after 〒 only: a code as OCR or PDF extraction writes it, with letters read for digits (〒812-00l3, 〒1O0-0001) or
# a space between every digit (〒1 5 0-0 0 4 1)
_KANJI = r"[〇一二三四五六七八九]{3}[-ー]?[〇一二三四五六七八九]{4}(?![〇一二三四五六七八九十百千万番号丁])"
# after 〒, a code as OCR or PDF extraction writes it, with letters read for digits (〒812-00l3, 〒1O0-0001) or a space
# between every digit (〒1 5 0-0 0 4 1), or in kanji numerals, as New Year cards and letters print it (〒七八〇―〇八四二);
# one scan for 〒 finds them (a plain 〒150-0041 is read by `_CODE`)
_MARKED_SPECIAL = re.compile(r"〒[ ]?(?P<v>(?=[0-9]{0,2}[lIO]|[0-9]{3}-[0-9]{0,3}[lIO])(?=[0-9][0-9lIO]{2}-)"
                             r"[0-9lIO]{3}-[0-9lIO]{4}(?![0-9A-Za-z\-])"
                             r"|[0-9](?: [0-9]){2} ?- ?[0-9](?: [0-9]){3}(?![0-9])|" + _KANJI + ")")
# kanji numerals after a 郵便番号 label too (郵便番号 一五四-〇〇一七); never a bare kanji number in prose
_LABELLED_KANJI = re.compile(r"郵便番号[:：]?[ ]?(?P<v>" + _KANJI + ")")


# The first two digits of the codes of each prefecture (kanji name, katakana reading): a code glued in front of an
# address in katakana, as a fixed-width record keeps it (…19780419 1 9000015ｵｷﾅﾜｹﾝ ﾅﾊｼ…), is read only when its region
# matches
_REGIONS = {
    ("北海道", "ホッカイドウ"): "00 04 05 06 07 08 09", ("青森県", "アオモリケン"): "03", ("岩手県", "イワテケン"): "02",
    ("宮城県", "ミヤギケン"): "98", ("秋田県", "アキタケン"): "01", ("山形県", "ヤマガタケン"): "99",
    ("福島県", "フクシマケン"): "96 97", ("茨城県", "イバラキケン"): "30 31", ("栃木県", "トチギケン"): "32",
    ("群馬県", "グンマケン"): "37", ("埼玉県", "サイタマケン"): "33 34 35 36", ("千葉県", "チバケン"): "26 27 28 29",
    ("東京都", "トウキョウト"): "10 11 12 13 14 15 16 17 18 19 20", ("神奈川県", "カナガワケン"): "21 22 23 24 25",
    ("新潟県", "ニイガタケン"): "94 95", ("富山県", "トヤマケン"): "93", ("石川県", "イシカワケン"): "92",
    ("福井県", "フクイケン"): "91", ("山梨県", "ヤマナシケン"): "40", ("長野県", "ナガノケン"): "38 39",
    ("岐阜県", "ギフケン"): "50", ("静岡県", "シズオカケン"): "41 42 43", ("愛知県", "アイチケン"): "44 45 46 47 48 49",
    ("三重県", "ミエケン"): "51", ("滋賀県", "シガケン"): "52", ("京都府", "キョウトフ"): "60 61 62",
    ("大阪府", "オオサカフ"): "53 54 55 56 57 58 59", ("兵庫県", "ヒョウゴケン"): "65 66 67", ("奈良県", "ナラケン"): "63",
    ("和歌山県", "ワカヤマケン"): "64", ("鳥取県", "トットリケン"): "68", ("島根県", "シマネケン"): "69",
    ("岡山県", "オカヤマケン"): "70 71", ("広島県", "ヒロシマケン"): "72 73", ("山口県", "ヤマグチケン"): "74 75",
    ("徳島県", "トクシマケン"): "77", ("香川県", "カガワケン"): "76", ("愛媛県", "エヒメケン"): "79",
    ("高知県", "コウチケン"): "78", ("福岡県", "フクオカケン"): "80 81 82 83", ("佐賀県", "サガケン"): "84",
    ("長崎県", "ナガサキケン"): "85", ("熊本県", "クマモトケン"): "86", ("大分県", "オオイタケン"): "87",
    ("宮崎県", "ミヤザキケン"): "88", ("鹿児島県", "カゴシマケン"): "89", ("沖縄県", "オキナワケン"): "90",
}
_REGION_OF = {reading: frozenset(v.split()) for (_, reading), v in _REGIONS.items()}
_REGION_OF_KANJI = {kanji: frozenset(v.split()) for (kanji, _), v in _REGIONS.items()}


@lru_cache(maxsize=1)
def _place_regions() -> tuple[dict[str, frozenset[str]], int]:
    """The first two digits of the codes of each place an address may start with (a prefecture, or a municipality as
    the gazetteer writes it: 札幌市中央区, 札幌市, 当別町), and the longest name's length."""
    out: dict[str, set[str]] = {k: set(v) for k, v in _REGION_OF_KANJI.items()}
    for row in data.rows("municipalities.tsv"):
        if len(row) < 3 or row[1] not in _REGION_OF_KANJI:
            continue
        for n in municipality_forms(row[2]):
            out.setdefault(n, set()).update(_REGION_OF_KANJI[row[1]])
    return {k: frozenset(v) for k, v in out.items()}, max(map(len, out))


def _region_matches(code: str, text: str, start: int) -> bool:
    """Does the address starting at `start` begin with a place whose codes start with `code`'s two digits?"""
    regions, longest = _place_regions()
    head = text[start:start + longest]
    return any(code[:2] in regions.get(head[:k], ()) for k in range(longest, 1, -1))
_PREF_READING = re.compile(_PREF_KANA)
# the designated cities' readings (ｻｲﾀﾏｼ, ﾌｸｵｶｼ: legacy records print the address in kana without the prefecture)
# and the codes of their prefectures
_KANA_CITY_OF = {"サッポロ": "北海道", "センダイ": "宮城県", "サイタマ": "埼玉県", "チバ": "千葉県", "ヨコハマ": "神奈川県",
                 "カワサキ": "神奈川県", "サガミハラ": "神奈川県", "ニイガタ": "新潟県", "シズオカ": "静岡県", "ハママツ": "静岡県",
                 "ナゴヤ": "愛知県", "キョウト": "京都府", "オオサカ": "大阪府", "サカイ": "大阪府", "コウベ": "兵庫県",
                 "オカヤマ": "岡山県", "ヒロシマ": "広島県", "キタキュウシュウ": "福岡県", "フクオカ": "福岡県", "クマモト": "熊本県"}
assert set(_KANA_CITY_OF) == set(_KANA_CITIES.split())
# … and, for a code only, the other large cities and the prefectures' seats (ｱﾏｶﾞｻｷｼ, ﾅﾗｼ, ﾜｶﾔﾏｼ), by prefecture
_KANA_CITY_OF.update({c: pref for pref, cities in (
    ("北海道", "アサヒカワ ハコダテ"), ("青森県", "アオモリ ハチノヘ"), ("岩手県", "モリオカ"), ("秋田県", "アキタ"),
    ("山形県", "ヤマガタ"), ("福島県", "フクシマ コオリヤマ イワキ"), ("茨城県", "ミト ツクバ"), ("栃木県", "ウツノミヤ"),
    ("群馬県", "マエバシ タカサキ"), ("埼玉県", "カワグチ カワゴエ トコロザワ コシガヤ"),
    ("千葉県", "フナバシ カシワ マツド イチカワ"), ("東京都", "ハチオウジ マチダ"), ("神奈川県", "ヨコスカ フジサワ"),
    ("新潟県", "ナガオカ"), ("富山県", "トヤマ"), ("石川県", "カナザワ"), ("福井県", "フクイ"), ("山梨県", "コウフ"),
    ("長野県", "ナガノ マツモト"), ("岐阜県", "ギフ"), ("愛知県", "トヨタ オカザキ トヨハシ イチノミヤ"),
    ("三重県", "ヨッカイチ"), ("滋賀県", "オオツ"), ("大阪府", "トヨナカ スイタ タカツキ ヒラカタ ヒガシオオサカ"),
    ("兵庫県", "ヒメジ アマガサキ ニシノミヤ アカシ"), ("奈良県", "ナラ"), ("和歌山県", "ワカヤマ"), ("鳥取県", "トットリ"),
    ("島根県", "マツエ"), ("岡山県", "クラシキ"), ("広島県", "フクヤマ"), ("山口県", "ヤマグチ シモノセキ"),
    ("徳島県", "トクシマ"), ("香川県", "タカマツ"), ("愛媛県", "マツヤマ"), ("高知県", "コウチ"), ("福岡県", "クルメ"),
    ("佐賀県", "サガ"), ("長崎県", "ナガサキ"), ("大分県", "オオイタ"), ("宮崎県", "ミヤザキ"), ("鹿児島県", "カゴシマ"),
    ("沖縄県", "ナハ")) for c in cities.split()})
_KANA_CITY_REGION = {k.translate(_BIG_KANA): _REGION_OF_KANJI[v] for k, v in _KANA_CITY_OF.items()}
_KANA_CITY_READING = re.compile("(" + "|".join(sorted(_KANA_CITY_REGION, key=len, reverse=True)) + ")シ")
# a record's phone number between the code and the address (7900003 089-941-2270  愛媛県松山市…)
_PHONE_BETWEEN = re.compile(r"[ \t,\"']{1,4}\(?0[0-9]{1,4}[-)）]?[0-9]{1,4}-?[0-9]{3,4}\"?(?=[ \t,])")


def _kana_city_region(text: str, start: int) -> frozenset[str] | None:
    """The codes' first two digits of the city whose kana reading starts at `start` (small kana read large)."""
    m = _KANA_CITY_READING.match(text[start:start + 10].translate(_BIG_KANA))
    return _KANA_CITY_REGION[m.group(1)] if m else None


def _region_after(code: str, text: str, e: int) -> bool:
    """Does an address in the code's region start after `e`: at once, after a few separators, or after a phone number
    in the next field, as a fixed-width record lists code | phone | address? Kanji places and kana city readings."""
    ph = _PHONE_BETWEEN.match(text, e)
    for p in (e,) if ph is None else (e, ph.end()):
        q = p
        while q < len(text) and q - p < 4 and text[q] in " \t,\"'\u3000":
            q += 1
        regions = _kana_city_region(text, q)
        if regions is None:
            m = _PREF_READING_BIG.match(text[q:q + 8].translate(_BIG_KANA))  # (ｶﾅｶﾞﾜｹﾝ, ﾄｳｷﾖｳﾄ: a prefecture in kana)
            regions = _PREF_REGION_BIG[m.group()] if m else None
        if (code[:2] in regions) if regions is not None else _region_matches(code, text, q):
            return True
    return False


_PREF_REGION_BIG = {k.translate(_BIG_KANA): v for k, v in _REGION_OF.items()}
_PREF_READING_BIG = re.compile("|".join(sorted(_PREF_REGION_BIG, key=len, reverse=True)))


class PostalCodeDetector(PatternDetector):
    name = "postal_code"
    pii_type = "POSTAL_CODE"
    trigger = SEVEN_DIGITS  # (3+4 digits, r"[0-9][0-9]{2}[- ]?[0-9]{4}", shared: see `LONG_NUMBER`)
    scan_from_trigger = True  # (see `candidates`)
    context = ContextWords(
        ["〒", "郵便番号", "郵便", "住所", "所在地", "送付先", "届け先", "お届け先", "配送先", "郵便番号:", "zip", "postal",
         # address labels that contain a negative word (請求, 配送, 発送): 請求先: 460-0008 名古屋市…
         "請求先", "ご請求先", "発送先", "送り先", "返送先", "納品先", "配達先", "宛先", "連絡先住所", "勤務先住所",
         "post code", "postcode", "postal code", "zip code", "address", "住まい", "現住所", "本籍", "japan", "-ku,", "-shi,",
         *[(p, 3, "before") for p in PREFECTURES_ROMAJI]],
        negative=["電話", "tel", "fax", "携帯", "口座", "普通", "当座", "番号札",
                  # a customer's or a department's code (得意先コード 128-4471　納品先 阿佐谷店)
                  "得意先コード", "取引先コード", "顧客コード", "社員コード", "部署コード", "所属コード", "店舗コード"],
        before=16, after=4,
    )

    def applies(self, text: str) -> bool:
        # (〒 and an OCR-shaped or kanji code, or 郵便番号 and a kanji code: `_MARKED_SPECIAL`, `_LABELLED_KANJI`)
        return PatternDetector.applies(self, text) or "〒" in text or ("郵" in text and "郵便番号" in text)

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        if "〒" in text:
            for m in _MARKED_SPECIAL.finditer(text):
                yield m.start("v"), m.end("v"), 0.9
        if "郵" in text:  # (a one-character test first: much cheaper to scan for)
            for m in _LABELLED_KANJI.finditer(text):
                yield m.start("v"), m.end("v"), 0.9
        if _kana_possible(text):  # a fixed-width record: a code glued to the digits before it and to its address
            for m in _PREF_READING.finditer(text):
                s = m.start()
                d = text[s - 7:s]
                if s >= 7 and d.isascii() and d.isdigit() and d[:2] in _REGION_OF[m.group()]:
                    yield s - 7, s, 0.75
            if "シ" in text:
                for m in _KANA_CITY_READING.finditer(text.translate(_BIG_KANA)):  # …536 5550012ｵｵｻｶｼ ﾆｼﾖﾄﾞｶﾞﾜｸ
                    s = m.start()
                    d = text[s - 7:s]
                    if s >= 7 and d.isascii() and d.isdigit() and (s == 7 or not text[s - 8].isdigit()) and (
                            d[:2] in _KANA_CITY_REGION[m.group(1)]):
                        yield s - 7, s, 0.75
        pos = match_start(text, self._trigger)  # (a code starts with the trigger's 3+4 digits)
        for m in (_CODE.finditer(text, pos) if pos >= 0 else ()):
            s, e = m.span()
            g = m.group()
            if g.startswith("000") or g in _DUMMIES or _example_before(text, s):
                continue  # 000-0000, 123-4567, (例: 100-0001): a format example, not a code
            if _STAND_IN_AFTER.match(text, e) is not None:
                continue  # 〒100-0000 東京都千代田区○○町: the code of a form's example address
            hyphen = text[s + 3] in "- "
            c = text[s - 1:s] if s else ""
            if c and (c in "〒〶" or (c == " " and text[s - 2:s - 1] in _MARKS)):  # (〒 or 〒 and a space)
                yield s, e, 0.95 if hyphen else 0.9
                continue
            after = _ADDRESS_AFTER.match(text, e)
            if after is None and hyphen and text[e:e + 1] in _ROMAJI_SEPS and _RJ_GATE.search(text, e + 2, e + 80):
                sep = _ROMAJI_AFTER_SEP.match(text, e)  # (every romanised address has a -ku, -shi …)
                if sep is not None:
                    after = _RJ_ADDR.match(text, sep.end())
            if after is None and _region_after(g, text, e):
                # 336-0017 ｻｲﾀﾏｼ ﾐﾅﾐｸ…, 7900003 089-941-2270  愛媛県松山市…: a record's code before a designated
                # city in kana, or before its phone number and then the address, when the region matches
                yield s, e, 0.75
                continue
            if after is not None:
                if not hyphen and _region_matches(g, text, after.end() - len(after.group().lstrip(_AFTER_SEPS))):
                    # 4600008,愛知県名古屋市…, 2740813  船橋市…: a code of the region of the address it stands before
                    # (a customer or member number of seven digits rarely is)
                    yield s, e, 0.75
                    continue
                yield s, e, 0.7 if hyphen else 0.4
            else:
                yield s, e, 0.3 if hyphen else 0.1

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        if base >= 0.9:
            return base  # 〒 is the strongest possible context
        pol = self.context.nearest(text, start, end)[0]
        if pol < 0:
            return 0.0
        if pol > 0:
            return min(1.0, base + 0.5)
        return base
