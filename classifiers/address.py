"""ADDRESS detector: Japanese postal addresses (都道府県 + 市区町村 + 町名 + 丁目/番地/号 + building/room),
and Western street addresses at a basic level.

One compiled trigger regex finds prefecture names and municipality names from the gazetteer
(`data/municipalities.tsv`: every city, ward, town and village, designated-city wards included; matched
through a trie-shaped regex, so the cost does not grow with the gazetteer). From each hit an anchored
pattern reads the rest: municipality, town name, a block number (三丁目, 3丁目4番5号, 12番地の3, ３－２１－１,
4-21-1) and an optional building with room or floor (…ビル 2F, …マンション 101号室, コーポ山の手123). A
street number is required — a bare prefecture or city in prose (東京都の天気, 大阪出張, 本社：東京) is not an
address — except right after an address label (住所, 所在地, Address), where prefecture + municipality +
town is enough. Addresses without the prefecture are accepted when the municipality comes from the
gazetteer and a block number follows (渋谷区千駄ヶ谷4-21-1). A leading 〒 postal code is left out of the
span (it is a POSTAL_CODE entity of its own). Text is matched on its NFKC-normalised copy; offsets map
back to the original. OCR and speech shapes are read on a same-offset or index-mapped copy: l/I/O for 1/0
(新千里東町l丁目), spaces inside the number (太子堂4丁目2 2-1 1, 相模大野 3 の 8 の 1 の 1104). Kanji numerals with hyphens
(大町二－四－十八) count as a block number; after a postal code a bare ward with a plain lot number is an address.
Abroad: Korean (Hangul and romanised), Chinese and Taiwanese (in Chinese and in English: No. 27, Ln. 88, Sec. 2, …),
Thai (99/12 Sukhumvit Soi 31, …), PO boxes, and Japanese 郵便局私書箱. Also: Kyoto street addresses without city or ward
(室町通蛸薬師下る山伏山町546), an address split over a form's 都道府県 / 市区町村 / 町名・番地 fields, katakana readings
as legacy records keep them (ｵｷﾅﾜｹﾝ ﾅﾊｼ ｸﾓｼﾞ 3-8-2), romanised addresses with the number after the town or without
hyphens (Yamashitacho 27, Naka-ku, Yokohama; 620 Naginataboko-cho, Shimogyo-ku, Kyoto), and a building written on
the next line in the address's column beside a two-line label (源泉徴収票).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from . import data, nlp
from .base import Detector, Entity, _entity, entities_in_original, finditer_at
from .base import trie as _trie  # (imported from here by other detectors too)


__all__ = ["AddressDetector", "municipalities", "prefectures"]

NAME = "address"

PREFECTURES = (
    "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 "
    "石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 "
    "岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県"
).split()


def prefectures() -> tuple[str, ...]:
    """The 47 prefectures, in JIS order."""
    return tuple(PREFECTURES)


@lru_cache(maxsize=1)
def municipalities() -> frozenset[str]:
    """Every municipality name form the detector accepts without a prefecture.

    From each gazetteer entry: the full name (札幌市中央区, 石狩郡当別町), the designated city alone
    (札幌市), and a town or village without its district (当別町). A bare designated-city ward (中央区) is
    not included: it is only accepted after its city or a prefecture.
    """
    names: set[str] = set()
    for row in data.rows("municipalities.tsv"):
        if len(row) < 3:
            continue
        names.update(municipality_forms(row[2]))
    return frozenset(names)


def municipality_forms(full: str) -> set[str]:
    """The forms a gazetteer entry is written in without its prefecture: the full name, the designated city without
    its ward (札幌市中央区 → 札幌市), a town or village without its district (石狩郡当別町 → 当別町)."""
    forms = {full}
    m = re.match(r"(.+?市)(.+区)$", full)
    if m:
        forms.add(m.group(1))
    m = re.match(r"(.+?郡)(.+[町村])$", full)
    if m:
        forms.add(m.group(2))
    return forms


_K = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆"
_KATA = r"\u30a1-\u30fa\u30fc"
_NAMECH = rf"[{_K}{_KATA}ヶケ・]"
_HIRA_IN = r"(?![はをでにへ])[\u3041-\u3096](?=[\u3041-\u3096\u3400-\u9fff々\u30a1-\u30fa\u30fc])"
_HIRA_TAIL = r"[\u3041-\u3096]{2,10}(?<![はがをにでとへもやのりてらどしくたねよ])(?=[0-9一二三四五六七八九十])"
_JO = r"[0-9]{1,2}条(?=[東西南北]?[0-9一二三四五六七八九十]|通)|[0-9]{1,2}線"  # Hokkaido grid towns: 北28条東10丁目
# (Iwate's 地割: 小鎚第25地割3番地1, 大字南矢幅第7地割112番地)
_CHIWARI = r"第[0-9一二三四五六七八九十]{1,3}地割"
# (the いろは letter of a 大字's lot block: 八街市八街ほ788-12, 富里市七栄い123-4)
_IROHA = rf"(?<=[{_K}])[いろほへとちりぬ](?=[0-9]{{1,4}}[-－][0-9])"
_TOWN = rf"(?:{_NAMECH}|通り|[上下]る|入る|[A-Z]|{_JO}|{_CHIWARI}|{_HIRA_IN}|{_HIRA_TAIL}|{_IROHA}){{0,20}}?"
_TOWN_K = rf"(?:大?字)?(?:{_NAMECH}|通り|[上下]る|入る|{_CHIWARI}){{1,18}}"
_N = r"(?:[0-9]{1,5}|[一二三四五六七八九十〇百]{1,4})"
_KN = r"[一二三四五六七八九十〇百]{1,4}"
_SEP = r"(?:-|の|ノ)"
_NUMBER = (
    # (what every form starts with: a quick test where a lazy town name tries the number after each character)
    # (a rural lot's kana letter then a hyphen: 清水町ロ-18, 大成町ヘ112)
    # (not a number after 第: 農地法第52条 is an article, 第3 a rank)
    r"(?<!第)(?=[大字0-9一二三四五六七八九十〇百]|(?<=[イロハニホヘトチリヌルヲ])-[0-9])"
    rf"(?:(?<=[イロハニホヘトチリヌルヲ])-(?=[0-9]))?(?:大?字{_NAMECH}{{1,8}}?)?"
    rf"(?:{_N}丁目(?:[ ]?{_N}番(?:地)?(?:{_SEP}?{_N}(?:号)?)?(?:{_SEP}{_N})?|[ ]?[右左東西南北]?{_N}(?:{_SEP}{_N}){{0,2}}(?:号)?)?"
    # 丁 for 丁目 in short writing (戎之町東2丁2-8): only with a block number after it
    rf"|[0-9]{{1,2}}丁(?=[0-9])[0-9]{{1,4}}(?:(?:{_SEP}|番地?)[0-9]{{1,4}}){{0,2}}(?:号)?"
    rf"|{_N}番地?(?![町丁通])(?:{_SEP}?{_N}(?:号)?)?(?:{_SEP}{_N})?"
    rf"|[0-9]{{1,5}}(?:-[0-9]{{1,5}}){{1,3}}(?:号)?(?![0-9]|[月日年時分秒円%人件個回名台本枚冊歳才万億]|\.[0-9])"
    # kanji numerals with hyphens, as addresses are written vertically or on New Year cards (大町二－四－十八)
    rf"|{_KN}(?:-{_KN}){{1,3}}(?:号)?(?![{_K}\-])"
    rf"|{_N}(?:の{_N}){{1,3}}"
    rf")"
)


# building words, as a trie (one character tried at each position instead of every word)
_BLDG_SUFFIX = _trie(
    "ビル ビルディング マンション ハイツ コーポ レジデンス タワー アパート ハウス 荘 寮 館 棟 プラザ ヒルズ コート パレス メゾン "
    "ハイム シャトー ドミール キャッスル ヴィレッジ ビレッジ ガーデン テラス ヴィラ スクエア センター 団地 Bldg Bldg. Building"
)
# (the lookahead: what every form starts with, a quick test where a lazy building name tries a room after each
# character)
_ROOM = r"(?=[0-9〇一二三四五六七八九A-Z#])(?:[0-9]{1,4}(?:F|階|号室|号館|号棟|号)|[〇一二三四五六七八九]{1,4}(?:号室|号)|B[0-9]{1,2}F?|[A-Z]-?[0-9]{1,4}(?:号室)?|#[0-9]{1,4}|[0-9]{1,4}(?:号室)?)"
# (県道65号線: a road, not a room; 大阪駅前第3ビル: a building's number, not a room)
_ROOM_END = rf"(?![0-9\-./:年月日時分円%歳才名人件個線㎡坪]|S?L?DK|m2)(?! [0-9])(?!{_BLDG_SUFFIX})"
_BNAME = rf"(?!TEL|Tel|tel|FAX|Fax|HTTP|&|要介護|要支援|電話|携帯|メール|E-?mail|URL|〒|最寄|アクセス|営業|受付|中古|新築|[国県都府道市町村]道[0-9])[{_K}{_KATA}ぁ-んA-Za-z&・'ー\-]{{1,25}}?"
# a building named in English after the lot number (六本木6-12-4 Roppongi Hills Residence B-2108): capitalised words
# with a building word among them, then the room
_LATIN_BLDG = (r"[ ](?:[A-Z][A-Za-z'&.\-]*[ ]){0,3}(?:Residences?|Tower|Hills|Heights|Mansion|Court|House|Building|Bldg\.?"
               r"|Apartments?|Plaza|Villa|Terrace|Gardens?|Palace)(?:[ ][A-Z][A-Za-z'&.\-]*){0,2}"
               r"(?:,?[ ]?(?:#|No\.[ ]?|Room[ ]|Rm\.?[ ]?)?[A-Z]?-?[0-9]{1,4}F?)?(?![A-Za-z0-9\-])")
_BUILDING = (
    rf"(?:{_LATIN_BLDG}|"
    # (ライオンズ上尾第2 806; a tower of a complex: パークシティ武蔵小杉 ミッドスカイ2208)
    rf"(?:[ ]?(?:(?:{_BNAME}[ ](?=[{_KATA}]))?{_BNAME}(?:(?<=第)[0-9一二三四五六七八九十]{{1,3}})?[ ]?{_ROOM}{_ROOM_END}"
    rf"|(?:{_BNAME}[ ])?(?:{_BNAME}(?:(?<=第)[0-9一二三四五六七八九十]{{1,3}})?)?{_BLDG_SUFFIX}(?:第[0-9一二三四五六七八九十A-Z]{{1,3}}(?:号?(?:棟|館))?|[0-9A-Z]{{1,3}}号?(?:棟|館))?"
    # (a housing estate's block and room after its name: 日野台団地14-208, コーポ3-101)
    rf"(?:[ ]?[〇一二三四五六七八九]{{3,4}}(?![{_K}〇])|[ ]?[0-9]{{1,2}}-[0-9]{{2,4}}(?![0-9\-./:])"
    rf"|[{_K}{_KATA}A-Za-z・]{{0,6}}(?:[ ]?{_ROOM}{_ROOM_END})?)"
    rf"|{_ROOM}{_ROOM_END})))"
)
_PREF = "|".join(PREFECTURES)
_GEN_MUNI = rf"(?:{_NAMECH}{{1,6}}?郡)?(?:{_NAMECH}{{1,6}}?市(?:{_NAMECH}{{1,4}}?区)?|{_NAMECH}{{1,5}}?[区町村])"


class _MuniMatcher:
    """`match(text, pos)` like a compiled regex for  [prefecture] municipality tail, where the municipality is read
    from the gazetteer dictionary (longest known name first, then shorter ones, as a trie alternation would try
    them) and `generic` (a whole pattern with a generic municipality shape) is the last alternative. Keeping the
    1,892 names out of the regexes makes them small: they compile in milliseconds instead of a fifth of a second.

    Several alternatives (a tail with its generic pattern each) may share the head and the gazetteer: `match` then
    answers what the longest of their matches would (`_longest` keeps only the longest end), reading the head and
    the names once for all of them."""

    def __init__(self, head: "re.Pattern | None", tails: "tuple[re.Pattern, ...]",
                 generics: "tuple[str | None, ...]", kind: str = "muni") -> None:
        self.head, self.tails, self._generic_src, self.kind = head, tails, generics, kind
        self._generics: "list[re.Pattern | None]" = [None] * len(generics)
        self._all = tuple(range(len(tails)))
        self._index: tuple | None = None  # (names, longest, lengths by first two characters), at first use

    def generic(self, i: int) -> "re.Pattern | None":
        """The fallback pattern of alternative `i`, compiled on first use (most texts never need it)."""
        if self._generics[i] is None and self._generic_src[i] is not None:
            self._generics[i] = re.compile(self._generic_src[i])
        return self._generics[i]

    def match(self, text: str, pos: int = 0) -> "_Span | None":
        p = pos
        if self.head is not None:
            h = self.head.match(text, p)
            if h is None:
                return None
            p = h.end()
        index = self._index
        if index is None:  # (the gazetteer look-ups, kept here: the lru_cache calls cost more than the look-ups)
            index = self._index = (*_name_index(), _name_lengths()[0])
        names, longest, by_start = index
        window = text[p:p + longest]
        if "ヶ" in window or "ヵ" in window:  # (two tests cost a tenth of a translate)
            window = window.translate(_KE)
        best = -1
        tails = self.tails
        pending = self._all  # (the alternatives whose tail has not matched after a name yet)
        for n in by_start.get(window[:2], ()):  # longest first, as range(len(window), 1, -1) would
            if n <= len(window) and names.get(window[:n]) == self.kind:
                left = ()
                for i in pending:
                    m = tails[i].match(text, p + n)
                    if m is None:
                        left += (i,)
                    elif m.end() > best:
                        best = m.end()
                pending = left
                if not pending:
                    return _Span(best)
        for i in pending:
            g = self.generic(i)
            m = g.match(text, pos) if g is not None else None
            if m is not None and m.end() > best:
                best = m.end()
        return _Span(best) if best >= 0 else None


_NUM_END = r"(?<!第)(?:(?<=[イロハニホヘトチリヌルヲ])-)?[0-9]{1,5}(?:番地?)?(?:-[0-9]{1,4})?(?![0-9\-.:/]|[月日年時分秒円%人件個回名台本枚冊歳才万億])"
# a building after a plain lot number (飯塚町1021 グランメゾン太田305号室): only one that says it is a building, by its
# word or by a room or floor, in its first word
# (グランメゾン太田305号室, コーポ八島 203, グリーンハイツ北白川2F; not 芝5 センター試験会場)
_BLDG_MARKED = (rf"(?:(?=[ ]?[^\s]{{0,25}}?(?:{_BLDG_SUFFIX}(?=[\s0-9第]|$|[^\s]{{1,8}}?[0-9]{{3,4}}(?![^\s]))"
                rf"|[0-9〇一二三四五六七八九](?:号室|F|階))"
                rf"|[ ]?[^\s]{{0,25}}?{_BLDG_SUFFIX}[^\s]{{0,12}} [0-9]{{1,4}}(?![0-9])"
                # (or a katakana name ending in a room that ends the field: 谷津町384 ロイヤルシティ金沢文庫902)
                rf"|[ ][{_KATA}]{{3,}}[^\s0-9]{{0,12}}[0-9]{{3,4}}(?=[\s,、。)）]|$)"
                rf"|{_LATIN_BLDG})"
                rf"(?P<bldg>{_BUILDING}))?")
# a space before a plain lot number that ends the field (…大字多良木 1550（実家）)
# (not a number spaced out digit by digit, as OCR and speech write them: 佐鳴台 ３ 一 ２, 保田 61 8 7, 相模大野 3 の 8)
_SPACED_LOT = (r"(?:[ \u3000](?=[0-9]{1,5}(?:番地?)?(?:-[0-9]{1,4})?"
               r"(?:[\n\t、。,，（()）]|$|[ \u3000](?![0-9一二三四五六七八九十〇lIOoSB\-のノ丁番号]))))")
_WARD = rf"(?:[ ]?{_NAMECH}{{1,4}}?区)?"  # (a space may part city and ward: 相模原市 南区)
_WARD_NUMBER = (
    rf"(?:{_N}丁目(?:[ ]?{_N}(?:番地?|-)(?:{_SEP}?{_N}(?:号)?)?)?|{_N}番地?(?:{_SEP}?{_N}(?:号)?)?"
    rf"|[0-9]{{1,5}}(?:-[0-9]{{1,5}}){{2,3}}|{_KN}(?:-{_KN}){{2,3}}(?![{_K}]))"
    r"(?![0-9\-.:/]|[月日年時分秒円%人件個回名台本枚冊歳才万億])"
)


_ADDRESS_LABEL = re.compile(r"(?:住所|所在地|居所|住民登録地|送付先)[ \t\u3000]*(?:[:：]|→|->)?[ \t\u3000]*")
_POSTAL_HEAD = re.compile(r"〒[ \t\u3000]?[0-9]{3}[-－−‐][0-9]{4}[ \t\u3000]*")
_UNKNOWN_CITY = re.compile(rf"(?<![{_K}]){_NAMECH}{{1,5}}?市(?:{_NAMECH}{{1,4}}?区)?[ ]?{_TOWN}[ ]?{_NUMBER}{_BUILDING}?")
# … and one with its ward, anywhere: every city that has wards is in the gazetteer, so a city and ward it does not know,
# then a town and a block number, is a city written wrong or a new or invented one (湊浜市港南区丸山台1-22-5)
_UNKNOWN_WARD_CITY = re.compile(
    rf"(?<![{_K}]){_NAMECH}{{1,5}}?市{_NAMECH}{{1,4}}?区(?<!市区)[ ]?{_TOWN}[ ]?{_NUMBER}{_BUILDING}?")


@lru_cache(maxsize=1)
def _compiled():
    """The matchers `_japanese` tries at a prefecture, a municipality and a bare ward (each pair as one
    `_MuniMatcher`: the longer of the two matches), the label-only one and the ward-only one."""
    # a ward after a designated city written alone (横浜市 + 港北区) is read by the optional ward group
    pref_head = re.compile(rf"(?:{_PREF})[ ]?")
    full_tail = re.compile(rf"{_WARD}[ ]?(?P<town>{_TOWN})(?P<num>[ ]?{_NUMBER})(?P<bldg>{_BUILDING})?")
    bare_tail = re.compile(rf"{_WARD}[ ]?{_TOWN_K}{_NUM_END}{_BLDG_MARKED}")
    # with the prefecture: with a full number, or a plain lot number (bare), which may stand a space after the town
    # when it closes the field (佐賀県杵島郡白石町大字今泉字新開 1290, 岐阜県郡上市明宝大谷 482、0575-…)
    pref_bare_tail = re.compile(rf"{_WARD}[ ]?{_TOWN_K}{_SPACED_LOT}?{_NUM_END}{_BLDG_MARKED}")
    pref = _MuniMatcher(pref_head, (full_tail, pref_bare_tail), (
        rf"(?:{_PREF})[ ]?(?P<muni>{_GEN_MUNI})[ ]?(?P<town>{_TOWN})(?P<num>[ ]?{_NUMBER})(?P<bldg>{_BUILDING})?",
        rf"(?:{_PREF})[ ]?(?:{_GEN_MUNI})[ ]?{_TOWN_K}{_SPACED_LOT}?{_NUM_END}{_BLDG_MARKED}"))
    label_only = _MuniMatcher(pref_head, (re.compile(rf"{_WARD}(?:{_TOWN}(?=[\s、。,（(]|$))?"),),
                              (rf"(?:{_PREF})[ ]?(?:{_GEN_MUNI})(?:{_TOWN}(?=[\s、。,（(]|$))?",))
    # (a space may part a 町/村/通 and its number: 横浜市港北区大豆戸町 511-3)
    no_pref_tail = re.compile(rf"{_WARD}[ ]?(?P<town>{_TOWN})(?P<num>(?<=[町村通]) ?{_NUMBER}|{_NUMBER})(?P<bldg>{_BUILDING})?")
    muni = _MuniMatcher(None, (no_pref_tail, bare_tail), (None, None))  # without the prefecture
    # a designated-city ward written alone (緑区鳴海町字小森48番地の3): only with a 丁目/番地/番 or three-part number
    ward_only_tail = re.compile(rf"[ ]?(?P<town>{_TOWN_K}){_WARD_NUMBER}(?P<bldg>{_BUILDING})?")
    ward_only = _MuniMatcher(None, (ward_only_tail,), (None,), kind="ward")
    # after a postal code or an address label a bare ward with a plain lot number is an address too
    # (〒606-8271 左京区北白川西町86 グリーンハイツ北白川2F)
    ward_bare_tail = re.compile(rf"[ ]?{_TOWN_K}{_NUM_END}{_BLDG_MARKED}")
    ward_labelled = _MuniMatcher(None, (ward_only_tail, ward_bare_tail), (None, None), kind="ward")
    return pref, muni, label_only, ward_only, ward_labelled


_LABEL_BEFORE = re.compile(r"(?:住所|所在地|現住所|居所|住居|送付先|届け先|お届け先|配送先|請求先|連絡先|Address|ADDRESS|address)[^\n]{0,20}$")
_POSTAL_PREFIX = re.compile(r"(?:〒|〠)?[ ]?[0-9]{3}-?[0-9]{4}[ ]?$")

# Western addresses
_RJ_PREF = (
    r"(?:Tokyo|Osaka|Kyoto|Hokkaido|Aichi|Kanagawa|Saitama|Chiba|Hyogo|Fukuoka|Shizuoka|Hiroshima|Miyagi|Niigata|"
    r"Nagano|Gifu|Gunma|Tochigi|Ibaraki|Okayama|Kumamoto|Kagoshima|Okinawa|Mie|Shiga|Nara|Wakayama|Yamaguchi|"
    r"Ehime|Kagawa|Tokushima|Kochi|Saga|Nagasaki|Oita|Miyazaki|Yamagata|Akita|Iwate|Aomori|Fukushima|Toyama|"
    r"Ishikawa|Fukui|Yamanashi|Tottori|Shimane)(?:-(?:to|fu|ken))?(?: Prefecture)?"
)
# designated cities written without -shi before or after their ward (Naka-ku, Yokohama)
_RJ_CITY = (r"(?:Yokohama|Kawasaki|Sagamihara|Nagoya|Kobe|Sapporo|Sendai|Saitama|Chiba|Hamamatsu|Niigata|Shizuoka|"
            r"Sakai|Okayama|Hiroshima|Kitakyushu|Fukuoka|Kumamoto|Osaka|Kyoto)(?: City)?")
_RJ_TOWN = r"[A-Z][a-z]+(?:[- ][A-Z]?[a-z]+){0,2}"
_RJ_TOWN_CHO = r"[A-Z][a-z]+?-?(?:cho|machi|mura)"  # a town named as one (Naginataboko-cho, Yamashitacho)
_RJ_ADDR = re.compile(
    r"(?<![0-9A-Za-z\-])(?:(?:[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,4} )?(?:[0-9]{1,3}F|Room [0-9]{1,4}|#[0-9]{1,4}|[0-9]{1,4}),? "
    # (or the room first, then the building: Room 205, Sakura International House, 2-14-9 Koishikawa, …)
    r"|(?:Room|Apt\.?|Apartment|Unit|Flat) [0-9A-Z][0-9A-Z-]{0,5},? (?:[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,4},? )?)?"
    # the number before the town (2-14-5 Minamikarasuyama, 620 Naginataboko-cho) or after it (Ginza 4-6-16,
    # Yamashitacho 27); a plain number only with a town named as one
    rf"(?:[0-9]{{1,5}}(?:-[0-9]{{1,5}}){{1,3}},? {_RJ_TOWN}(?:,? [0-9]-chome)?|[0-9]{{1,5}},? {_RJ_TOWN_CHO}"
    rf"|{_RJ_TOWN_CHO} [0-9]{{1,5}}(?:-[0-9]{{1,5}}){{0,3}}|{_RJ_TOWN},? [0-9]{{1,5}}(?:-[0-9]{{1,5}}){{1,3}}), "
    r"(?:[A-Z][a-z]+-(?:ku|shi|cho|machi|gun|mura|son)(?:, )?)+"
    r"(?: ?(?:" + _RJ_CITY + r"(?:, " + _RJ_PREF + r")?|" + _RJ_PREF + r"))?"
)
# … or written in the Japanese order, the prefecture or the city first (Aichi-ken Toyohashi-shi Ushikawa-dori 2-14-8;
# Shizuoka-ken, Hamamatsu-shi, Chuo-ku, Sumiyoshi 2-14-8, Apto 203; Osaka-shi Kita-ku Tenma 1-8-22, Residence Tenma
# 1104): two administrative levels at least, then the town and its number, then the building and room
_RJ_UNIT = (r"(?:,? (?:[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3} )?(?:(?:Apto?|Apt|Room|Rm|Unit|No)\.? ?|#)?[A-Z]?-?[0-9]{1,4}"
            r"(?:号室)?(?![0-9A-Za-z-]))?")
_RJ_BIG_FIRST = re.compile(
    r"(?<![0-9A-Za-z\-])(?:(?:" + _RJ_PREF + r"|[A-Z][a-z]+-(?:ken|fu|to)),? )?"
    r"(?:[A-Z][a-z]+-(?:shi|gun),? )(?:[A-Z][a-z]+-(?:ku|cho|machi|mura|son),? )?"
    # (the town is no prefecture, its number no postal code: Kawasaki-shi, Kanagawa 211-0063 ends another address)
    r"(?:(?!" + _RJ_PREF + r"\b)[A-Z][a-z]+(?:[- ][A-Z]?[a-z]+){0,2},? )?(?![0-9]{3}-[0-9]{4}(?![0-9-]))"
    r"[0-9]{1,5}(?:-[0-9]{1,5}){0,3}(?![0-9A-Za-z])" + _RJ_UNIT
)
# … or the number and the town, then the city and the prefecture without their -shi and -ken (2-5-1 Minami-Ohsawa,
# Hachioji, Tokyo; 3-8-15 Kugenuma Kaigan, Fujisawa, Kanagawa)
_RJ_BARE_CITY = re.compile(
    r"(?<![0-9A-Za-z\-])[0-9]{1,5}(?:-[0-9]{1,5}){1,3},? [A-Z][a-z]+(?:[- ][A-Z]?[a-z]+){0,2}, "
    r"[A-Z][a-z]+(?:-shi)?, " + _RJ_PREF + r"(?![A-Za-z])"
)
_RJ_PREF_GATE = re.compile(_RJ_PREF)
_US_ADDR = re.compile(
    r"\b(?:(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor)\.? ?#?[0-9A-Z][0-9A-Z-]{0,5},? )?"
    r"[0-9]{1,6}(?: (?:[NS][EW]|[NSEW])\.?)?(?: (?:[A-Z][a-z]+|[0-9]{1,3}(?:st|nd|rd|th))){0,4} "
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter|Terrace|Pkwy|"
    r"Parkway|Hwy|Highway|Sq|Square|Cir|Circle|Broadway)\.?(?: (?:North|South|East|West|NE|NW|SE|SW|N|S|E|W)\.?)?"
    r"(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Room|Fl|Floor|#)\.? ?#?[0-9A-Z-]{1,6})?"
    r",? [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z]{2}(?: [0-9]{5}(?:-[0-9]{4})?)?\b"
)


# continental Europe: Schillerstraße 14, 60313 Frankfurt am Main / 12 Rue des Lilas, 69003 Lyon, France
_EU_ADDR = re.compile(
    r"(?:(?:[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)"
    # (a German street word written apart, after an adjective or a preposition: Kaiserswerther Straße, Am Seestern)
    r"|[A-ZÄÖÜ][a-zäöüß]+er (?:Straße|Strasse|Str\.|Weg|Platz|Allee|Ring|Damm|Ufer)"
    r"|(?:Am|An der|Im|In der|Auf der|Zum|Zur|Unter den) [A-ZÄÖÜ][a-zäöüß]+) [0-9]{1,4}[a-z]?"
    r"(?:, [0-9]{1,2}\. (?:OG|Etage|Stock)(?: (?:links|rechts|Mitte))?|, Wohnung [0-9]{1,3})?"
    r"|[0-9]{1,4}(?: bis| ter)?,? (?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Vv]ia|"
    r"[Cc]alle|[Cc]orso) [^,\n]{2,40})"
    r", [0-9]{4,5} [A-ZÄÖÜÉ][a-zäöüßé\-]+(?: (?:am|an der|sur|de|del) [A-Z][a-zäöüé\-]+)?"
    r"(?:, (?:Germany|Deutschland|France|Austria|Österreich|Switzerland|Schweiz|Suisse|Italy|Italia|Spain|España|"
    r"Belgium|Belgique|Netherlands))?"
)
# Necessary conditions of the Western patterns, each found by a fast scan (a literal or a character class first),
# where the full patterns (starting with \\b or a capitalised word) would be tried at every position
# India: comma-separated parts ending with a state (or a metro city) and the six-digit PIN (Flat 902, Tower C, Emerald
# Heights, Sector 54, Golf Course Road, Gurugram, Haryana 122011; NO 22, 4TH MAIN ROAD, K K NAGAR, MADURAI 625020,
# TAMIL NADU); the parts start with a capital or a digit (a sentence before them does not)
_IN_STATES = (
    "Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|"
    "Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Punjab|Rajasthan|Sikkim|Tamil Nadu|"
    "Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Delhi|New Delhi|Chandigarh|Puducherry|Jammu and Kashmir|"
    "Mumbai|Bengaluru|Bangalore|Chennai|Kolkata|Hyderabad|Pune|Ahmedabad|Gurugram|Gurgaon|Noida")
_IN_PART = r"[A-Z0-9][A-Za-z0-9 .'\-/#&]{0,40}"
_IN_ADDR = re.compile(
    rf"(?<![\w\-])(?:{_IN_PART},\s{{1,30}}){{2,8}}(?:(?:{_IN_STATES}|{_IN_STATES.upper()})[ ,\-]*[1-9][0-9]{{2}} ?[0-9]{{3}}"
    rf"|{_IN_PART}[ ,\-]+[1-9][0-9]{{2}} ?[0-9]{{3}},? (?:{_IN_STATES}|{_IN_STATES.upper()}))(?![0-9])")
_IN_GATE = re.compile(r"[1-9][0-9]{2} ?[0-9]{3}(?![0-9])")
# (only whether it matches is used: the names as a trie, one branch tried per capital rather than every name)
_IN_STATE_GATE = re.compile(_trie(_IN_STATES.split("|") + _IN_STATES.upper().split("|")))
# Vietnam: the premises and street, then ward (phường/xã), district (quận/huyện) and province or city, comma-separated
_VN_ADDR = re.compile(
    r"(?:(?:Số|số) [0-9][^,\n]{0,50}, |[0-9]{1,4}[A-Z]? [^,\n]{2,40}, |Thôn [^,\n]{2,30}, )?"
    r"(?:(?:[Pp]hường|[Xx]ã|[Tt]hị trấn) [^,\n]{2,30}, )(?:(?:[Qq]uận|[Hh]uyện|[Tt]hị xã|TP\.|[Tt]hành phố) [^,\n]{2,30})"
    r"(?:, (?:[Tt]ỉnh |TP\. ?|[Tt]hành phố )?[^,\n]{2,25}?)?(?=[\n,;\"]|$|  |\.\s)")
_VN_GATE = re.compile(r"[Pp]hường |[Xx]ã ")
_RJ_GATE = re.compile(r"-(?:ku|shi|cho|machi|gun|mura|son)\b")
_RJ_LINE_GATE = re.compile(r"-(?:ku|shi|cho|machi|gun|mura|son)")  # (in the line of every match: see `_line_matches`)
_US_GATE = re.compile(r", [A-Z]{2}\b")  # the state (and ZIP) closing a US address
# … written on two lines, as letters, labels and air waybills print it: the street line, then "City, ST 12345" on the
# next line (indented or not). Found from the city line (with its ZIP); the street must fill the line before it.
_US_CITY_LINE = re.compile(r"\n[ \t]*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z]{2} [0-9]{5}(?:-[0-9]{4})?)(?![0-9A-Za-z])")
_US_STREET_LINE = re.compile(
    r"[0-9]{1,6}(?: (?:[NS][EW]|[NSEW])\.?)?(?: (?:[A-Z][a-z]+|[0-9]{1,3}(?:st|nd|rd|th))){1,4} "
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter|Terrace|Pkwy|"
    r"Parkway|Hwy|Highway|Sq|Square|Cir|Circle)\.?(?: (?:North|South|East|West|NE|NW|SE|SW|N|S|E|W)\.?)?"
    r"(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Room|Fl|Floor|#)\.? ?#?[0-9A-Z-]{1,6})?,?[ \t]*")


def _us_two_lines(t: str) -> list[tuple[int, int, float]]:
    """US addresses on two lines (see `_US_CITY_LINE`): from the street's number to the ZIP."""
    out = []
    for m in _US_CITY_LINE.finditer(t):
        ls = t.rfind("\n", 0, m.start()) + 1
        s = ls
        while s < m.start() and t[s] in " \t":
            s += 1
        if _US_STREET_LINE.fullmatch(t, s, m.start()) is not None:
            out.append((s, m.end(1), 0.85))
    return out
# a UK postcode: every outward code has a letter followed by a digit (W1K, SO14, EH9, N22), then the inward code
# ([A-Z][0-9][A-Z0-9]? [0-9][A-Z]{2}\b, written from its space: a scan for a space stops less often than one for a
# capital)
_UK_GATE = re.compile(r" (?:(?<=[A-Z][0-9] )|(?<=[A-Z][0-9][A-Z0-9] ))[0-9][A-Z]{2}\b")
_EU_GATE = re.compile(r", [0-9]{4,5} ")  # the postcode before the city


_NUMERALS = "0-9０-９一二三四五六七八九十〇"
# a town's block, building and house numbers without its city, as one city's own records write them
# (石神井台三丁目２２番５号, 上石神井一丁目３０番１１号, 石神井台五丁目１１－３０ ラポール石神井２０２): 丁目, then 番 and 号
# or two hyphenated numbers — the whole form, so a bare 大泉町1丁目 is no address; led by 丁目 (a scan for a literal)
_TOWN_BLOCK = re.compile(r"丁目(?=[0-9]{1,4}(?:番地?[0-9]{1,4}号|[-－][0-9]{1,4}))")
_TOWN_BEFORE = re.compile(r"(?<![\u3400-\u9fffヶ々ノ])[\u3400-\u9fffヶ々ノ]{1,6}?[一二三四五六七八九十]{1,3}\Z")
_TOWN_REST = re.compile(r"丁目[0-9]{1,4}(?:番地?[0-9]{1,4}号|[-－][0-9]{1,4}(?:[-－][0-9]{1,4})?)"
                        # (a building and its room; not the next field, 電話:048-975-3312, TEL 03…)
                        r"(?: (?!電話|TEL|Tel|FAX|Fax|携帯|連絡)[^\s、。,:：]{1,16}?[0-9]{2,4}(?:号室)?(?=[\s、。,]|$))?")
# a building and room a gap apart after an address, as a mailing-label export prints its second address field:
# katakana or a building word, ending in a three- or four-digit room, then another gap or the line's end
_DIGITS_END = frozenset("0123456789")
GAP_BUILDING = re.compile(
    rf"[ ]{{2,14}}(?=[^\s]{{0,20}}?(?:[{_KATA}]{{2}}|{_BLDG_SUFFIX}))[{_K}{_KATA}A-Za-z・ー]{{2,20}}?[0-9]{{3,4}}(?:号室)?"
    r"(?=[ ]{2,}|\n|$)")


_TOWN_AFTER_PERSON = re.compile(
    rf"(?:さん|様|ご夫妻|ご一家|方|(?<![自住在社帰邸別])宅|自宅葬|自宅)[(（]((?![0-9０-９])[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fffヶ々]{{1,8}}?"
    rf"(?:[{_NUMERALS}]{{1,3}}丁目[{_NUMERALS}]{{1,4}}(?:番地?|[-－])(?:[{_NUMERALS}]{{1,4}}号?)?"
    rf"|[{_NUMERALS}]{{1,4}}(?:[-－][{_NUMERALS}]{{1,4}}){{1,3}})"
    rf"(?: [^)）\n、，,]{{1,20}}?[0-9０-９]{{1,4}}(?:号室)?)?)[)）]")


def _line_matches(rx: "re.Pattern", gate: "re.Pattern", t: str) -> Iterator["re.Match"]:
    """`rx.finditer(t)` for a pattern whose matches never hold a line break and each hold a match of `gate` (a short
    scan): only the lines with a match of `gate` are scanned, where the pattern would be tried at every position of
    the text. (Within a line, the matches are those of a scan of the whole text: none runs on to the next line. A
    scan of a line ends at its line break, which none of these patterns' lookaheads or word boundaries would take.)"""
    g = gate.search(t)
    while g is not None:
        lo = t.rfind("\n", 0, g.start()) + 1
        hi = t.find("\n", g.end())
        if hi < 0:
            hi = len(t)
        yield from rx.finditer(t, lo, hi)
        g = gate.search(t, hi)
_ADDR_WORDS = r"[A-Z][A-Za-z'\-]+(?: (?:[A-Z][A-Za-z'\-]*|y|de|la|of|on|upon|the))*"
_UK_POSTCODE_ADDR = re.compile(
    rf"(?:(?:Flat|Apartment|Apt|Unit|Suite|Room)\.? [0-9A-Z]{{1,5}}, (?:[0-9]{{1,4}}[A-Z]?,? )?|[0-9]{{1,4}}[A-Z]?,? )"
    rf"{_ADDR_WORDS}(?:, {_ADDR_WORDS}){{0,3}},? [A-Z]{{1,2}}[0-9][A-Z0-9]? [0-9][A-Z]{{2}}\b"
)
_US_ZIP_GATE = re.compile(r", [A-Z]{2},? [0-9]{5}\b")
_US_ZIP_ADDR = re.compile(
    rf"\b[0-9]{{1,6}}(?: [NSEW]\.?)? {_ADDR_WORDS}(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Room|#)\.? ?#?[0-9A-Z\-]{{1,6}})?"
    rf", {_ADDR_WORDS}, (?P<st>[A-Z]{{2}}),? [0-9]{{5}}(?:-[0-9]{{4}})?\b"
)
_US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA "
    "RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
_UK_ADDR = re.compile(  # 14 Quayside Road, Southampton SO14 3QX / Flat 2, 10 Park Lane, London W1K 1AA, UK
    r"(?:(?:Flat|Apartment|Unit|Suite) [0-9A-Z]{1,4}, )?[0-9]{1,4}[A-Z]?(?: [A-Z][a-z]+){1,3} "
    r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Way|Close|Drive|Place|Square|Gardens|Terrace|Crescent|Court|Hill|Row|"
    r"Walk|Mews|Park|Grove|Green|Parade|Quay|Wharf)\.?"
    r"(?:, [A-Z][a-z]+(?:[ -][A-Z][a-z]+)*){1,2},? [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}\b(?:, (?:UK|United Kingdom))?"
)


# Other countries (Malaysia, the Philippines, Hong Kong, Scandinavia, Portugal/Brazil, …): premises parts (Unit 12B,
# Flat 9C, No. 12, Greenbelt Residences), then a street with its number in one of three shapes — number first with a
# street word after the name (128 Legaspi St.), a street word first (Rua Augusta 1508, Jalan SS 2/64), or a
# compound street name (Västra Hamngatan 8) — then comma-separated parts (city, postcode, region, country).
# Accepted after an address label, or with a postcode or a country among the parts, or with a unit after the street
# or two parts or more.
_LAT = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"
_CAPW = rf"[A-ZÀ-ÖØ-ÞĀ-Ž][{_LAT}'’\-]*"
_LOWJ = r"(?:de|do|da|dos|das|del|de la|la|las|los|le|les|des|du|di|della|van|von|der|den|bin|binti|al)"
_ST_AFTER = _trie(  # street words after the name (128 Legaspi St.)
    "Street St Road Rd Avenue Ave Boulevard Blvd Lane Ln Drive Dr Way Court Ct Place Pl Terrace Crescent Close Highway "
    "Hwy Parkway Pkwy Square Sq Circle Row Walk Gardens Grove Quay Wharf Mews Parade Esplanade Expressway Park Green")
_ST_BEFORE = _trie(  # street words before the name (Rua Augusta 1508, Jalan SS 2/64)
    "Rua Avenida Av. Avda. Alameda Travessa Largo Estrada Rodovia Praça Calle Carrer Carrera Paseo Plaza Camino Via "
    "Viale Piazza Corso Vicolo Rue Boulevard Chemin Allée Impasse Quai Jalan Jln Jln. Lorong Lebuh Persiaran Lebuhraya "
    "Soi Thanon Ulica ul. Strada Calea Bulevardul")
_ST_COMPOUND = _trie(  # the end of a one-word street name (Hamngatan, Lindenstraße, Keizersgracht)
    "gatan gata vägen väg gränd torget stigen gade vej veien vei gaten straße strasse str. weg platz allee gasse laan "
    "straat gracht plein kade katu tie kuja")
_HOUSE_NO = r"[0-9]{1,5}[A-Za-z]?(?:[-/][0-9]{1,4}[A-Za-z]?)?"
_UNIT_WORD = (
    r"(?:Unit|Flat|Apt\.?|Apartment|Suite|Ste\.?|Room|Rm\.?|Level|Floor|Fl\.?|Block|Blk\.?|Tower|Building|Bldg\.?|"
    r"House|No\.|Lot|Door|Villa|Casa|lgh|ap\.|apto\.?|andar|piso|bl\.)"
)
_UNIT = rf"(?:{_UNIT_WORD} ?#?[0-9A-Z][0-9A-Za-z\-/]{{0,5}}|#[0-9]{{1,3}}-[0-9]{{1,4}}|[0-9]{{1,3}}(?:/F|F))"
_BLDG_EN = (
    rf"(?:{_CAPW} ){{1,3}}(?:Residences?|Heights|Towers?|Court|Mansions?|House|Building|Bldg\.?|Plaza|Centre|Center|"
    rf"Apartments?|Condominiums?|Condo|Villas?|Gardens|Estate|Hall|Lodge|Complex)(?: [0-9]{{1,4}}[A-Z]?)?"
)
_STREET_INTL = (
    # Thailand: the house number (and village, Moo 3) before the soi (99/12 Sukhumvit Soi 31, 45/6 Moo 3, Soi Ekkamai 10)
    rf"(?:{_HOUSE_NO}(?:,? Moo [0-9]{{1,2}})?,? (?:(?:{_CAPW} ){{1,2}}Soi [0-9]{{1,3}}(?:/[0-9]{{1,3}})?"
    rf"|Soi (?:{_CAPW} ){{1,2}}[0-9]{{1,3}}(?:/[0-9]{{1,3}})?|Soi {_CAPW})"
    # (a Singapore block before the number, a numbered avenue after the word: Blk 412 Bedok North Ave 2)
    rf"|(?:(?:Blk|Block) )?{_HOUSE_NO} (?:{_CAPW} ){{1,4}}{_ST_AFTER}\.?(?: [0-9]{{1,3}}(?![0-9]))?"
    rf"(?: (?:North|South|East|West|[NSEW]|NE|NW|SE|SW)\b)?"
    # the house number before a street word that leads (9 Jalan Kembangan)
    rf"|{_HOUSE_NO} {_ST_BEFORE} (?:{_CAPW} ){{0,3}}{_CAPW}"
    # a street without its number after a unit or lot (Blk 12 Lot 7, Sampaguita St.): kept only with the unit (see
    # `_western`)
    rf"|(?:{_CAPW} ){{1,3}}{_ST_AFTER}\.?"
    rf"|{_ST_BEFORE} (?:(?:{_CAPW}|{_LOWJ}|[A-Z]{{1,4}}|[0-9]{{1,4}}(?:/[0-9]{{1,4}})?[A-Z]?) ){{0,4}}"
    rf"(?:{_CAPW},? {_HOUSE_NO}|[A-Z]{{1,4}} [0-9]{{1,4}}(?:/[0-9]{{1,4}})?[A-Z]?|{_CAPW})"
    rf"|(?:{_CAPW} )?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+{_ST_COMPOUND} {_HOUSE_NO})"
)
_POSTCODE_INTL = (
    r"(?:[0-9]{4,6}|[0-9]{3} [0-9]{2}|[0-9]{4,5}-[0-9]{3,4}|[0-9]{2}-[0-9]{3}|[A-Z][0-9][A-Z] [0-9][A-Z][0-9]"
    r"|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) [0-9AC-FHKNPRTV-Y]{4})"
)
_PART_TOKEN = rf"(?:{_POSTCODE_INTL}|{_CAPW}\.?|[A-Z]{{2,4}}|{_LOWJ}|-)"
# (a number after a word: a city's district, Dublin 14; a 3-digit postcode, Taipei City 104)
_PART = rf"(?:{_UNIT}|{_PART_TOKEN}(?: (?:{_PART_TOKEN}|[0-9]{{1,3}}(?![0-9]))){{0,5}})"
_INTL_END = r"(?=[ ]?(?:$|[\n\t\"'”;|)\]]|  |\.(?:\s|$)|, (?![A-Z0-9#])|[ ](?:Tel|TEL|Phone|Mobile|Fax|FAX|E-?mail)\b))"
_INTL_ADDR = re.compile(
    rf"(?<![\w\-/.#])(?P<pre>(?:(?:{_UNIT}(?: {_UNIT})?|{_BLDG_EN}), ){{0,3}})(?P<street>{_STREET_INTL})"
    rf"(?P<unit>,? {_UNIT})?(?P<parts>(?:, {_PART}){{1,5}}){_INTL_END}"
)
# Necessary: a street word (each scan starts with a literal or a character class, and the words are tries)
_INTL_GATE_WORD = re.compile(rf" (?:{_ST_BEFORE} |{_ST_AFTER}[ .,\t\n\"'])")
_INTL_GATE_CELL = re.compile(rf"[\t\n\"'(,]{_ST_BEFORE} ")  # the street first in a cell or a line
_INTL_GATE_COMPOUND = re.compile(rf"{_ST_COMPOUND} [0-9]")
_INTL_GATE_START = re.compile(rf"{_ST_BEFORE} ")
# (in the line of every match: a street word with what follows it there; see `_street_line_matches`)
_INTL_LINE_GATE = re.compile(rf"{_ST_BEFORE} |{_ST_AFTER}[ .,]|{_ST_COMPOUND} [0-9]")


def _street_line_matches(t: str) -> Iterator["re.Match"]:
    """`_INTL_ADDR.finditer(t)`, scanning only the lines that hold ", " and a street word (`_INTL_LINE_GATE`): no
    match holds a line break, and every one holds the ", " before its parts and its street word, followed by a space,
    a full stop or a comma (a leading street word by a space). Within a line, the matches are those of a scan of the
    whole text (see `_line_matches`)."""
    p = t.find(", ")  # (a literal scan: lines with a comma and a space are few in Japanese text)
    while p >= 0:
        lo = t.rfind("\n", 0, p) + 1
        hi = t.find("\n", p)
        if hi < 0:
            hi = len(t)
        if _INTL_LINE_GATE.search(t, lo, hi) is not None:
            yield from _INTL_ADDR.finditer(t, lo, hi)
        p = t.find(", ", hi)


# (necessary too, and a scan for a literal first: a part after the street, a capitalised name or a postcode)
_INTL_PARTS_GATE = re.compile(r", (?:[A-ZÀ-ÖØ-Þ]|[0-9]{2,6}(?:[ -][0-9]{2,4})?(?:[ ,\n\t\"'”;|)\]]|$))")


def _intl_gate(t: str) -> bool:
    return bool(_INTL_GATE_START.match(t) or _INTL_GATE_WORD.search(t) or _INTL_GATE_CELL.search(t)
                or _INTL_GATE_COMPOUND.search(t))


_COUNTRY = re.compile(
    r"(?:Hong Kong|Singapore|Malaysia|Philippines|Thailand|Indonesia|Vietnam|Viet Nam|Taiwan|China|Korea|India|"
    r"Australia|New Zealand|Canada|USA|United States|UK|United Kingdom|Ireland|Portugal|Brazil|Brasil|Spain|España|"
    r"Mexico|México|Argentina|Chile|Colombia|Peru|Sweden|Sverige|Norway|Norge|Denmark|Danmark|Finland|Suomi|"
    r"Netherlands|Nederland|Belgium|Germany|Deutschland|France|Italy|Italia|Austria|Switzerland|Poland|Polska|"
    r"Czech Republic|Romania|Greece|Turkey|Metro Manila|Selangor|Kuala Lumpur)$"
)
_INTL_POSTCODE_PART = re.compile(rf"(?:^|\s){_POSTCODE_INTL}(?:\s|$)")
_DIGIT = re.compile("[0-9]")
_ADDR_LABEL_INTL = re.compile(
    r"(?:住所|所在地|Address|ADDRESS|address|Adresse|Endereço|Dirección|Indirizzo)[^\n:：]{0,24}[:：]?[ \t]*$")


# Korea in Hangul: [province/city] district(s) road-name number[, room/floor] (서울특별시 마포구 월드컵북로 396, 1203호), or
# the older lot form (역삼동 123-45)
_HG = "\uac00-\ud7a3"
_KO_GATE = re.compile(rf"[{_HG}](?:[로길] ?[0-9]|[동리가] [0-9])")
_KO_ADDR = re.compile(
    rf"(?<![{_HG}])(?:[{_HG}]{{1,10}}(?:특별시|광역시|특별자치시|특별자치도|도|시) )?(?:[{_HG}]{{1,8}}(?:시|군|구) ){{1,2}}"
    rf"(?:[{_HG}]{{1,8}}(?:읍|면) )?"
    rf"(?:[{_HG}0-9]{{1,15}}(?:로|길) ?[0-9]{{1,5}}(?:-[0-9]{{1,5}})?"
    rf"|[{_HG}0-9]{{1,10}}(?:동|리|가) [0-9]{{1,5}}(?:-[0-9]{{1,5}})?(?:번지)?)"
    rf"(?![0-9])(?:,? ?(?:[{_HG}A-Za-z0-9]{{1,12}} )?[0-9A-Z]{{1,5}}(?:-[0-9]{{1,5}})?(?:호|층|동))*"
)
# China (and Taiwan in Chinese): [province] city [district] [town] road number 号 [building] [block, floor, room]
# (江苏省苏州市工业园区星湖街328号 12幢1502室, 上海市浦东新区张杨路1580号 银都商务楼 1205室, 台北市中山區中山北路二段88號)
_HZ = "\u4e00-\u9fff"
_CN_GATE = re.compile(r"[路街道](?:[0-9一二三四五六七八九十]段)?(?:[0-9]{1,4}[巷弄])*[0-9]{1,5}[号號]")
_CN_ADDR = re.compile(
    rf"(?:[{_HZ}]{{2,7}}?(?:省|自治区))?[{_HZ}]{{2,6}}?市(?:[{_HZ}]{{1,8}}?(?:区|區|县|縣|旗))?"
    rf"(?:[{_HZ}]{{1,8}}?(?:镇|鎮|乡|鄉|街道|园区|開發區|开发区|新区))?"
    rf"[{_HZ}]{{1,10}}?(?:路|街|大道|大街|(?<![国県都府道市町村農林])道)(?:[0-9一二三四五六七八九十]段)?(?:[0-9]{{1,4}}巷)?"
    rf"(?:[0-9]{{1,4}}弄)?[0-9]{{1,5}}[号號](?![店館線機車便])(?:之[0-9]{{1,3}})?"
    rf"(?:[ ]?[{_HZ}A-Za-z]{{1,12}}?(?:大厦|大廈|大楼|大樓|商务楼|商務樓|广场|廣場|中心|花园|花園|公寓|小区|社区))?"
    rf"(?:[ ]?[0-9A-Z]{{1,4}}(?:幢|栋|棟|座|号楼|號樓|楼|樓|层|層|单元|單元|室|F))*"
)
# Taiwan and China in English: No. 27, Ln. 88, Sec. 2, Zhongshan N. Rd., Zhongshan Dist., Taipei City 104
_CN_EN_ADDR = re.compile(
    r"(?<![\w.])(?:(?:Rm\.?|Room|Flat|Unit|Apt\.?) ?[0-9A-Z][0-9A-Z-]{0,5},? |[0-9]{1,2}F(?:-[0-9]{1,3})?,? )?"
    r"No\. ?[0-9]{1,5}(?:-[0-9]{1,4})?(?:,? (?:Aly\.?|Alley|Ln\.?|Lane|Sec\.?|Section) ?[0-9]{1,4})*"
    r",? (?:[A-Z][a-z]+[ -]){0,2}[A-Z][a-z]+(?: [NSEW]\.| (?:North|South|East|West))? "
    r"(?:Rd|Road|St|Street|Blvd|Boulevard|Ave|Avenue|Hwy|Highway)\.?(?:,? (?:Sec\.?|Section) ?[0-9]{1,2})?"
    r"(?:, (?!(?:Tel|TEL|Phone|Fax|FAX|Mobile|E-?mail)\b)(?:[A-Z][a-z]+[ -]){0,2}?[A-Z][a-z]+"
    r"(?: (?:Dist\.|District|City|County|Township|Twp\.|Village|Vil\.|Province|New Area))?(?: [0-9]{3,6})?)*"
    r"(?:, (?:Taiwan(?: \(R\.O\.C\.\))?|R\.O\.C\.|China|P\.R\. ?China|PRC))?"
)
# (necessary: No. with its number, then a road word)
_CN_EN_GATE = re.compile(r"No\. ?[0-9][^\n]{0,60}?(?:Rd|Road|St|Street|Blvd|Boulevard|Ave|Avenue|Hwy|Highway)\b")
# Korea in English: 12, Dosan-daero 81-gil, Gangnam-gu, Seoul / Dosan-daero 81-gil 12, Gangnam-gu, Seoul 06028
_KO_EN_GATE = re.compile(r"-(?:daero|ro|gil)\b")
_KO_EN_ADDR = re.compile(
    r"(?<![\w-])(?:(?:(?:Apt\.?|Unit|Room|Suite|#) ?[0-9A-Z][0-9A-Z-]{0,5}|[0-9]{1,4}-(?:dong|ho)),? )*"
    r"(?P<pre>[0-9]{1,5}(?:-[0-9]{1,4})?,? )?[A-Z][a-z]+(?:-[a-z]+)*-(?:daero|ro|gil)(?: ?[0-9]{1,4}(?:beon)?-gil)?"
    r"(?P<post> [0-9]{1,5}(?:-[0-9]{1,4})?)?"
    r"(?:, (?:[A-Z][a-z]+-(?:gu|gun|si|dong|eup|myeon|do)|Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong)"
    r"(?: [0-9]{5})?)+(?:, (?:South Korea|Korea|Republic of Korea))?"
)
# post-office boxes: PO Box 4417, Shortland Street, Auckland 1140 / P.O. Box 11823, Dubai, United Arab Emirates
_PO_BOX = re.compile(
    r"(?<![A-Za-z])(?:P\. ?O\. ?Box|PO Box|P\.O\.Box|PO BOX|POB|Post Office Box|Private Bag) [0-9]{1,6}"
    r"(?:, (?!(?:Tel|TEL|Phone|Fax|FAX|Mobile|E-?mail)\b)"
    r"(?:[A-Z][A-Za-z'.\-]*(?: [A-Z][A-Za-z'.\-]*){0,3}(?: [0-9]{3,6})?"
    r"|[A-Z]{2,3} [0-9]{4,5}(?:-[0-9]{4})?|[0-9]{4,6})){1,5}"
)
_PO_GATE = re.compile(r"B(?:ox|OX|ag) [0-9]|POB [0-9]")  # (necessary for `_PO_BOX`)
# a Japanese post-office box: 東京中央郵便局私書箱第1234号 / 大阪北郵便局 私書箱 第87号
_SHISHOBAKO = re.compile(rf"[{_K}{_KATA}]{{1,12}}?郵便局[ ]?私書箱[ ]?(?:第[ ]?)?[0-9]{{1,6}}(?:[ ]?号)?")
_SHISHOBAKO_LABEL = re.compile(r"(?:住所|所在地|送付先|宛先|送り先|届け先|連絡先|返送先)")
# An address in katakana readings, as legacy (half-width kana) records keep it: the prefecture's reading, the city's
# (…シ, …ク, …グン, …チョウ, …マチ, …ムラ, …ソン), the town's, then the number (ｵｷﾅﾜｹﾝ ﾅﾊｼ ｸﾓｼﾞ 3-8-2,
# ﾎｯｶｲﾄﾞｳ ｻｯﾎﾟﾛｼ ｱﾂﾍﾞﾂｸ ｱﾂﾍﾞﾂﾁｭｳｵｳ3ｼﾞｮｳ 1-5-12); matched on the normalised (full-width) text
PREF_READINGS = tuple(  # (the 47 prefectures' readings; person.py skips them after a ふりがな label too)
    "ホッカイドウ アオモリケン イワテケン ミヤギケン アキタケン ヤマガタケン フクシマケン イバラキケン トチギケン グンマケン "
    "サイタマケン チバケン トウキョウト カナガワケン ニイガタケン トヤマケン イシカワケン フクイケン ヤマナシケン ナガノケン "
    "ギフケン シズオカケン アイチケン ミエケン シガケン キョウトフ オオサカフ ヒョウゴケン ナラケン ワカヤマケン トットリケン "
    "シマネケン オカヤマケン ヒロシマケン ヤマグチケン トクシマケン カガワケン エヒメケン コウチケン フクオカケン サガケン "
    "ナガサキケン クマモトケン オオイタケン ミヤザキケン カゴシマケン オキナワケン".split())
_PREF_KANA = _trie(" ".join(PREF_READINGS))
# the designated cities, whose addresses legacy systems often write without the prefecture (ｾﾝﾀﾞｲｼ ﾐﾔｷﾞﾉｸ …)
_KANA_CITIES = ("サッポロ センダイ サイタマ チバ ヨコハマ カワサキ サガミハラ ニイガタ シズオカ ハママツ ナゴヤ キョウト オオサカ サカイ "
                "コウベ オカヤマ ヒロシマ キタキュウシュウ フクオカ クマモト")
# the kana patterns are matched with every small kana written large (キョウト and キヨウト read alike: legacy systems
# print ﾄｳｷﾖｳﾄ, ﾁﾕｳｵｳ), on a copy of the text written so
_BIG_KANA = str.maketrans("ァィゥェォッャュョヮ", "アイウエオツヤユヨワ")
_KANA_ADDR = re.compile((
    rf"(?<![{_KATA}])(?:(?:{_PREF_KANA})[ ]?|(?=(?:{'|'.join(_KANA_CITIES.split())})シ))"
    rf"(?:[{_KATA}]{{1,12}}?(?:シ|ク|グン|チョウ|マチ|ムラ|ソン)[ ]?){{1,3}}"
    rf"(?:[{_KATA}]{{1,16}}(?:[0-9]{{1,2}}(?:ジョウ|チョウメ|バンチ|セン)(?:[{_KATA}]{{1,6}})?)?[ ]?)?"
    # (a number in parts, 3-8-2, 2チョウメ5-8, 12バンチ: a plain number may be a count, ナゴヤシ 2ケン)
    r"[0-9]{1,5}(?:(?:(?:-|バンチ|バン|ノ|チョウメ[ ]?)[0-9]{1,5}){1,3}(?:ゴウ)?|バンチ)(?![0-9])"
    rf"(?:[ ]?[{_KATA}A-Z]{{1,20}}[ ]?[0-9]{{1,4}}(?:ゴウシツ|ゴウ|カイ|F)?(?![0-9]))?"
).translate(_BIG_KANA))
# the end of a prefecture's reading, then the city's (ケン ナハシ, ホッカイドウ サッポロシ, キョウトフ キョウトシ)
_KANA_PREF_GATE = re.compile((r"(?:ケン|ホッカイドウ|キョウト|オオサカフ|キョウトフ)[ ]?[\u30a1-\u30fa]"
                              r"|(?:" + "|".join(_KANA_CITIES.split()) + r")シ[ ]?[\u30a1-\u30fa]").translate(_BIG_KANA))
_KANA_CITY_GATE = re.compile((r"(?:" + "|".join(_KANA_CITIES.split()) + r")シ ").translate(_BIG_KANA))


def _kana_possible(t: str) -> bool:
    """Necessary for `_KANA_ADDR`, by substring tests."""
    # (a one-character test first: a two-character needle costs several times more to scan for)
    return (("ケ" in t and "ケン" in t) or ("ウト" in t and ("ョウト" in t or "ヨウト" in t))
            or ("ホ" in t and ("ホッカイドウ" in t or "ホツカイドウ" in t))
            or ("オ" in t and "オオサカフ" in t) or ("シ " in t and _KANA_CITY_GATE.search(t.translate(_BIG_KANA)) is not None))


# An address split over labelled fields of a form (都道府県：東京都　市区町村：武蔵野市　町名・番地：吉祥寺北町四丁目11番22号):
# each value is an address part, when the form has a 市区町村 field and a street field with a number (a prefecture
# field alone, 都道府県：静岡県 beside a full 住所 field, or 都道府県 / 市区町村 of an order summary, is not one)
_SPLIT_LABEL = re.compile(
    r"(?P<lab>都道府県(?:名)?|市区町村(?:名)?|市町村(?:名)?|(?:町名|町域|町丁目|大字)(?:・?(?:番地|丁目)(?:・?号)?)?(?:以下)?"
    r"|(?<![0-9一二三四五六七八九十])(?:丁目・)?番地(?:・号|以下|等)?)[ ]?(?:[(（][^)）\n]{0,12}[)）])?[ ]?[:：][ ]?")
_SPLIT_VALUE = {
    "pref": re.compile(rf"(?:{_PREF})(?![{_K}])"),
    "muni": re.compile(rf"(?:{_NAMECH}|[ぁ-ん]){{1,8}}?[市区町村](?:[ ]?{_NAMECH}{{1,6}}?[区町村])?(?=[ \t\n]|$)"),
    "street": re.compile(rf"(?=[^\s]{{0,20}}[0-9一二三四五六七八九十])[^\s:：]{{1,30}}?(?:[ ][0-9][^\s:：]{{0,12}})?"
                         rf"(?=[ \t\n]|$)"),
}


# Kyoto: a street, the crossing street and the direction from it (室町通蛸薬師下る, 三条通烏丸西入, 烏丸通四条下ル), then the
# town and its number; written with or without the city and ward (中京区室町通蛸薬師下る山伏山町546). The direction is
# what marks an address: a street name alone (四条通, 烏丸通り沿い) is a place
_KYOTO_GATE = re.compile(rf"通り?[{_K}]{{1,7}}?(?:[東西]入|[上下]が?[るル])")
_KYOTO_ADDR = re.compile(
    rf"(?<![{_K}])(?:{_NAMECH}{{1,5}}?市)?(?:{_NAMECH}{{1,4}}?区)?[ ]?[{_K}]{{1,6}}?通り?[{_K}]{{1,7}}?"
    rf"(?:[東西]入[るル]?|[上下]が?[るル])(?:{_NAMECH}{{1,10}}?)?[ ]?"
    rf"(?:{_N}番地?(?:{_SEP}?{_N}(?:号)?)?(?:{_SEP}{_N})?|[0-9]{{1,5}}(?:-[0-9]{{1,5}}){{0,2}}(?:号)?|{_KN}(?:-{_KN}){{0,2}})"
    rf"(?![0-9]|[年月日時分秒円%人件個回名台本枚冊歳才万億階線])(?P<bldg>{_BUILDING})?"
)


def _ko_possible(t: str) -> bool:
    """Necessary for a Korean address in Hangul (a city, county or district word and a space), by substring tests."""
    return "구" in t or "시" in t or "군" in t  # (one-character needles: much faster than "구 ")


# a counter word after a number (3店舗, 12か所): what a number after 市内 / 区内 counts (… or a bare number in a
# list of counts: 会館12か所（名古屋市内8、春日井市2）)
_BARE_COUNT = re.compile(r"[0-9]{1,3}")
_COUNTER_AFTER = re.compile(r"[ \t]?(?:店舗|店|件|か所|ヶ所|ケ所|カ所|箇所|校|園|社|名|人|台|回|施設|地区|拠点|棟|戸|世帯)")


class AddressDetector(Detector):
    """Postal addresses (ADDRESS): Japanese and basic Western forms."""

    name = NAME
    pii_types = ("ADDRESS",)
    languages = ("ja", "en")  # Latin-script names / Western addresses are found in English text too
    #: the engine hands over text it has already normalised; True skips the (idempotent) re-normalisation
    assume_normalized = False

    def applies(self, text: str) -> bool:
        # (see `_western`; a Korean address in Hangul needs neither)
        return (_SUFFIX.search(text) is not None or "字" in text or ("," in text and ", " in text) or "-shi " in text
                or (_ko_possible(text) and _KO_GATE.search(text) is not None) or _kana_possible(text)
                or (("さん" in text or "様" in text or "方" in text) and _TOWN_AFTER_PERSON.search(text) is not None)
                or ("丁目" in text and _TOWN_BLOCK.search(text) is not None))

    def detect(self, text: str) -> Iterable[Entity]:
        if not text:
            return []
        # (text the engine has normalised needs no mapping back: the offsets are its own)
        norm = None if self.assume_normalized else nlp.normalized(text)
        t = text if norm is None else norm.text
        spans = self._japanese(t)
        spans.extend(self._foreign(t))
        if "村" in t and "町村" in t:
            spans.extend(self._split_fields(t))
        if "字" in t and "番" in t:
            # a rural lot without its municipality, as the village's own records write it (大字木山字辻ノ城850番地,
            # 字今泊1180番地の3)
            for m in finditer_at(_AZA_ADDR, _AZA_START, t):  # (a scan for 大 / 字: the pattern leads with a lookbehind)
                spans.append((m.start(), m.end(), 0.8))
        if "丁目" in t:
            for g in _TOWN_BLOCK.finditer(t):
                before = _TOWN_BEFORE.search(t, max(0, g.start() - 9), g.start())
                if before is None or (before.start() > 0 and t[before.start() - 1] in "都道府県市区郡町村"):
                    continue  # (with its city before it, the full address is matched above)
                rest = _TOWN_REST.match(t, g.start())
                if rest is not None:
                    spans.append((before.start(), rest.end(), 0.75))
        if ("さん" in t or "様" in t or "方" in t or "宅" in t) and ("(" in t or "（" in t):
            # a town and its block numbers in brackets after a person or their home, as a neighbourhood's circulars and
            # a visit log write them (古川　ふさ江さん（さくら台3-2-8）, 長谷川　トメ様（本町二丁目７番３号）, 片桐会長宅（東住吉1-8-4）):
            # the town's own residents need no city
            for m in _TOWN_AFTER_PERSON.finditer(t):
                spans.append((m.start(1), m.end(1), 0.8))
        if _kana_possible(t):
            done = -1
            # (matched on a copy whose small kana are written large, as legacy systems print them: ﾄｳｷﾖｳﾄ, ﾁﾕｳｵｳ;
            # one character for one, so the offsets hold)
            tb = t.translate(_BIG_KANA)
            for g in _KANA_PREF_GATE.finditer(tb):
                lo = g.start()  # the start of the reading: the start of its katakana run
                while lo > 0 and g.start() - lo < 6 and "\u30a1" <= t[lo - 1] <= "\u30fc":
                    lo -= 1
                m = _KANA_ADDR.match(tb, lo) if lo >= done else None
                if m is not None:
                    spans.append((m.start(), m.end(), 0.8))
                    done = m.end()
        if "住所" in t or "所在地" in t or "居所" in t or "〒" in t or "登録地" in t or "送付先" in t:
            # after an address label or a postal code, a city the gazetteer does not know (a new or merged one, a
            # misspelt one) with a full block number (新住所 → 北浜市和地山3-8-21, 住所：北浜市中央5丁目3番地の22,
            # 〒372-0823 東和市緑町3丁目8番12号)
            starts = {sp[0] for sp in spans}
            heads = [m.end() for m in _ADDRESS_LABEL.finditer(t)] if "〒" not in t else sorted(
                {m.end() for m in _ADDRESS_LABEL.finditer(t)} | {m.end() for m in _POSTAL_HEAD.finditer(t)})
            for p in heads:
                if p in starts or "市" not in t[p + 1:p + 7]:
                    continue  # (an address the gazetteer read already, or no city after the label)
                a = _UNKNOWN_CITY.match(t, p)
                if a is not None:
                    spans.append((p, _trim(t, p, a.end()), 0.75))
        if "市" in t and "区" in t:
            for m in _UNKNOWN_WARD_CITY.finditer(t):
                s = m.start()
                if _name_index()[0].get(t[s:t.index("市", s) + 1]) is None and not any(a <= s < b for a, b, _ in spans):
                    # (a city the gazetteer knows, whose address it did not take, is no address: 名古屋市東区東桜一丁目 付近)
                    spans.append((s, _trim(t, s, m.end()), 0.75))
        if "," in t and ", " in t:  # (a one-character test first: faster than ", ")
            spans.extend(self._western(t))
        elif "-shi " in t:  # (a romanised address in the Japanese order needs no comma: Aichi-ken Toyohashi-shi …)
            spans.extend((m.start(), m.end(), 0.8) for m in _RJ_BIG_FIRST.finditer(t))
        kept = []
        last_end = -1
        n = len(t)
        for s, e, score in sorted(spans, key=lambda x: (x[0], -x[1])):
            if e < n and t[e] in _STAND_IN_MARKS:
                continue  # 東京都千代田区○○町1-2-3: a form's example, its town left for the reader to fill in
            if s >= last_end:  # the first of overlapping matches wins (the longest of those starting together)
                if t[e - 2:e] == "丁目" and "丁目" in t and _area_only(t, s, e):
                    continue
                if "道" in t[s:e] and _ROAD_NUMBER_END.search(t, s, e) is not None:
                    continue  # 相模原市南区 国道16号 上り: a national road's number, not a block number
                if "立" in t[s:e]:
                    pb = _PUBLIC_BODY.search(t, s, min(len(t), e + 6))
                    if pb is not None:
                        sp = t.rfind(" ", s, pb.start())
                        if sp < 0 or not any(c.isdigit() for c in t[s:sp]):
                            continue  # 東京都板橋区立高島第五小学校: a ward's school, not an address
                        e = _trim(t, s, sp)  # …大和田新田312-5 八千代市立中央図書館: the address, then its owner
                if e < n and t[e] == " " and t[e - 1] in _DIGITS_END and t.startswith("  ", e):
                    g = GAP_BUILDING.match(t, e)  # 埼玉県所沢市東住吉５－２          グランドール東住吉３０４: a label's
                    if g is not None:  # building column, printed apart from the address line it belongs to
                        e = g.end()
                kept.append((s, e, score))
                last_end = e
        if norm is None:
            return [_entity(Entity, ("ADDRESS", s, e, score, NAME)) for s, e, score in kept]
        return entities_in_original(norm, kept, "ADDRESS", NAME)

    def detect_many(self, texts: Sequence[str]) -> list[list[Entity]]:
        return [list(self.detect(t)) for t in texts]

    def _japanese(self, t: str) -> list[tuple[int, int, float]]:
        pref, muni, label_only, ward_only, ward_labelled = _compiled()
        names, _ = _name_index()
        ocr_fixed = False  # True once the OCR copy is made
        by_end = _name_lengths()[1]
        out: list[tuple[int, int, float]] = []
        pos = 0
        attempts = 0
        tk = t.replace("ヶ", "ケ").replace("ヵ", "ケ")  # (as `_KE` does; one-to-one: same offsets as t)
        for h in _SUFFIX.finditer(t):
            end = h.end()
            if end <= pos:
                continue
            s = -1
            kind = ""
            for length in by_end.get(tk[max(0, end - 2):end], ()):  # the longest name ending here first
                if length > end - pos:
                    continue
                kind = names.get(tk[end - length:end])
                if kind:
                    s = end - length
                    break
            if s < 0:
                continue
            if not _NUMERAL.search(t, end, end + 48) and not _labelled_near(t, s):
                pos = end
                continue  # no block number can follow: not an address (and no costly match attempt)
            attempts += 1
            if attempts > _MAX_ATTEMPTS:
                break
            if kind == "pref":
                pat = pref
            elif s > 0 and _is_kanji(t[s - 1]) and t[s - 1] not in "在於":
                continue  # (not inside a word; but 我现在住在杉並区…: Chinese 在 before the place)
            elif kind == "ward":
                pat = ward_labelled if _postal_or_label_before(t, s) else ward_only
            else:
                pat = muni
            a = _longest(t, s, pat)
            if a is None or " " in t[a.end() - 4:a.end() + 2]:
                a = _respaced(t, s, a, pat)
            if not ocr_fixed and (a is None or not _OCR_LETTERS.isdisjoint(t[a.end():a.end() + 2])) and (
                    _OCR_GATE.search(t, end, end + 80)) and (
                    _OCR_O.search(t, end, end + 80) or _OCR_L.search(t, end, end + 80)):
                # OCR read 0 as O (八事本町1O2番地3) or 1 as l (新千里東町l丁目, 羽水2-l07): match on a copy with the
                # digit (same length), from here on
                ocr_fixed = True
                t = _OCR_L.sub("1", _OCR_O.sub(_zeros, t))
                a = _respaced(t, s, _longest(t, s, pat), pat)
            if kind == "pref":
                if a:
                    e = _aligned_building(t, s, _trim(t, s, a.end()))
                    if not _place_only(t, s, e):
                        out.append((s, e, 0.9))
                    pos = e
                    continue
                lab = _LABEL_BEFORE.search(t, max(0, s - 30), s)
                if (lab or _labelled(t, s)) and not (lab and lab.group().startswith("所在地")):
                    # (a property's 所在地 given to the ward only is where it is, not someone's address)
                    b = label_only.match(t, s)
                    # (not the next field's label read as a city: 都道府県：東京都　市区町村：港区)
                    if b and b.end() - s > end - s + 1 and not t.startswith("町村", b.end()):
                        out.append((s, b.end(), 0.75))
                        pos = b.end()
                        continue
                pos = end
                continue
            if a:
                if t.startswith("内", end) and (_COUNTER_AFTER.match(t, a.end()) is not None
                                                 or _BARE_COUNT.fullmatch(t, end + 1, a.end()) is not None):
                    pos = a.end()
                    continue  # 船橋市内3店舗, 区内12か所, 名古屋市内8、: a count of things in the city, no address
                e = _aligned_building(t, s, _trim(t, s, a.end()))
                if not _place_only(t, s, e):
                    out.append((s, e, 0.8))
                pos = e
        return out

    def _split_fields(self, t: str) -> list[tuple[int, int, float]]:
        """The values of an address form's 都道府県 / 市区町村 / 町名・番地 fields (see `_SPLIT_LABEL`)."""
        found: list[tuple[str, int, int]] = []
        for m in _SPLIT_LABEL.finditer(t):
            lab = m.group("lab")
            kind = "pref" if lab[0] == "都" else "muni" if lab[0] == "市" else "street"
            v = _SPLIT_VALUE[kind].match(t, m.end())
            if v is not None and v.end() > v.start():
                found.append((kind, v.start(), _trim(t, v.start(), v.end())))
        out: list[tuple[int, int, float]] = []
        for kind, s, e in found:
            # the form's other fields: a 市区町村 field and a street field (with its number), within a few lines
            near = {k for k, s2, _ in found if abs(s2 - s) < 160}
            if "muni" in near and "street" in near:
                out.append((s, e, 0.8))
        return out

    def _foreign(self, t: str) -> list[tuple[int, int, float]]:
        """Addresses in Hangul and Chinese, and Japanese post-office boxes."""
        out: list[tuple[int, int, float]] = []
        if "箱" in t and "私書箱" in t:
            for m in _SHISHOBAKO.finditer(t):
                s = m.start()
                lab = _SHISHOBAKO_LABEL.match(t, s)  # 送付先東京中央郵便局…: the label is not part of it
                out.append((lab.end() if lab else s, m.end(), 0.85))
        if _ko_possible(t) and _KO_GATE.search(t):
            for m in _KO_ADDR.finditer(t):
                out.append((m.start(), m.end(), 0.85))
        if "通" in t and ("る" in t or "ル" in t or "入" in t):
            for m in _line_matches(_KYOTO_ADDR, _KYOTO_GATE, t):
                out.append((m.start(), _trim(t, m.start(), m.end()), 0.8))
        if not ("路" in t or "街" in t or "道" in t):
            return out
        done = -1
        for mark in "号號":
            p = t.find(mark)
            while p >= 0:  # each 号 (a few per text) closing a road number: 星湖街328号, 中山北路二段88號
                g = _CN_GATE.search(t, max(0, done, p - 20), p + 1) if t[p - 1:p].isdigit() else None
                if g is not None:
                    # the address starts after the last character that cannot be part of it (a space, a colon)
                    lo = g.start()
                    while lo > 0 and g.start() - lo < 40 and ("\u4e00" <= t[lo - 1] <= "\u9fff"):
                        lo -= 1
                    m = _CN_ADDR.match(t, lo)
                    if m is not None and m.end() >= g.end():
                        out.append((lo, m.end(), 0.8))
                        done = m.end()
                p = t.find(mark, p + 1)
        return out

    def _western(self, t: str) -> list[tuple[int, int, float]]:
        """Western and romanised addresses; only called on a text with a ", " (every Western form has one before its
        city, state or postcode; a romanised one in the Japanese order, prefecture and city first, may have none)."""
        out: list[tuple[int, int, float]] = []
        # (each pattern is tried only on the lines holding what each of its matches holds: see `_line_matches`)
        if "-shi" in t or "-gun" in t:
            for m in _RJ_BIG_FIRST.finditer(t):
                out.append((m.start(), m.end(), 0.8))
        if ", " in t and _RJ_PREF_GATE.search(t):
            for m in _RJ_BARE_CITY.finditer(t):
                out.append((m.start(), m.end(), 0.8))
        if _RJ_GATE.search(t):
            for m in _line_matches(_RJ_ADDR, _RJ_LINE_GATE, t):
                out.append((m.start(), _trim(t, m.start(), m.end()), 0.85))
        for m in _line_matches(_US_ADDR, _US_GATE, t):
            out.append((m.start(), m.end(), 0.85))
        if "\n" in t:
            out.extend(_us_two_lines(t))
        for m in _line_matches(_UK_ADDR, _UK_GATE, t):
            out.append((m.start(), m.end(), 0.85))

        for m in _line_matches(_EU_ADDR, _EU_GATE, t):
            out.append((m.start(), m.end(), 0.8))
        if _IN_GATE.search(t) is not None and _IN_STATE_GATE.search(t) is not None:
            for m in _IN_ADDR.finditer(t):
                out.append((m.start(), m.end(), 0.8))
        if "ã " in t or "ờng " in t:
            if _VN_GATE.search(t):
                for m in _VN_ADDR.finditer(t):
                    out.append((m.start(), m.end(), 0.8))
        if "N" in t and "No." in t and _CN_EN_GATE.search(t):  # (a one-character test first: faster on Japanese text)
            for m in _CN_EN_ADDR.finditer(t):
                out.append((m.start(), m.end(), 0.8))
        if _KO_EN_GATE.search(t):
            for m in _KO_EN_ADDR.finditer(t):
                if m.group("pre") or m.group("post"):
                    out.append((m.start(), m.end(), 0.8))
        if "B" in t and ("Box " in t or "BOX " in t or "Bag " in t or "POB " in t) and _PO_GATE.search(t):
            for m in _PO_BOX.finditer(t):
                out.append((m.start(), m.end(), 0.8))
        if ("ddress" in t or "住所" in t or "DDRESS" in t) and ", " in t:
            out.extend(_labelled_abroad(t, out))
        if _INTL_PARTS_GATE.search(t):
            taken = sorted(out)
            gate = None  # (`_intl_gate`, asked at the first match: a scan of the lines with street words is shorter)
            for m in _street_line_matches(t):
                if gate is None:
                    gate = _intl_gate(t)
                if not gate:
                    break
                s, e = m.span()
                if any(a < e and s < b for a, b, _ in taken):
                    continue  # a US/UK/EU/Japanese-romaji match already covers it
                if not m.group("pre") and not _DIGIT.search(m.group("street")):
                    continue  # a street word without a number (Via Rail, Plaza Hotel) needs its premises (No. 12, …)
                parts = m.group("parts")[2:].split(", ")
                if not (
                    _ADDR_LABEL_INTL.search(t, max(0, t.rfind("\n", 0, s) + 1, s - 40), s)
                    or len(parts) >= 2
                    or m.group("unit")
                    or any(_INTL_POSTCODE_PART.search(p) for p in parts)
                    or _COUNTRY.search(parts[-1])
                ):
                    continue
                out.append((s, e, 0.8))
        # (any street before a UK postcode, or a US state and ZIP: Flat 6, 22 Queensway, Bletchley, Milton Keynes MK2
        # 2SA; Unit 9, Brackmills Industrial Estate, Northampton NN4 7PB; 4150 Easton Station, Apt 312, Columbus, OH
        # 43219 — the postcode or the ZIP vouches for the address, whatever the street is called; where no other
        # pattern found it)
        extra = [(m.start(), m.end()) for m in _line_matches(_UK_POSTCODE_ADDR, _UK_GATE, t)]
        if _US_ZIP_GATE.search(t) is not None:
            extra.extend(m.span() for m in _US_ZIP_ADDR.finditer(t) if m.group("st") in _US_STATES)
        for s0, e0 in extra:
            if not any(a < e0 and s0 < b for a, b, _ in out):
                out.append((s0, e0, 0.8))
        return out


# An address abroad as the value of an address label (Permanent address: Ward No. 7, Lekhnath, Pokhara Metropolitan
# City, Kaski District, Gandaki Province, Nepal; 住所：Jl. Cempaka No. 17, RT 03/RW 05, Kel. Sukaluyu, Kota Bandung;
# "address": "Ward No. 4, Bharatpur …"): the whole value, when it has three or more comma-separated parts, a number
# in one of them and a word of a locality or a country in another. Japanese addresses have their own detector.
_ABROAD_LABEL = re.compile(
    r"(?:(?<![A-Za-z])(?:[Pp]ermanent|[Mm]ailing|[Bb]illing|[Ff]orwarding|[Hh]ome|[Rr]esidential|[Cc]urrent|[Pp]ostal|"
    r"[Oo]verseas|[Ff]oreign|[Cc]ontact|[Ss]ponsor'?s?|[Rr]esidence)?[ _]?(?:[Aa]ddress|ADDRESS)(?:[ ]?\((?:home|abroad|"
    r"[Hh]ome [Cc]ountry|overseas)\))?|(?:本国|母国|現|自国|海外|国外|現地|帰国後の|送付先)?住所(?:地)?(?:[(（][^()（）\n]{1,12}[)）])?)"
    r"[\"']?[ \t]*[:：][ \t]*[\"']?")
_ABROAD_VALUE = re.compile(r"[^\n\"<]{12,160}")
_ABROAD_MORE = re.compile(r"\n[ \t\u3000]{2,}[^\s\"<][^\n\"<]{2,80}")  # (an indented continuation line)
_ABROAD_LOCALITY = re.compile(
    r"(?i)\b(?:district|province|city|township|region|ward|village|county|state|street|st\.|road|rd\.|avenue|ave\.|"
    r"lane|jl\.|jalan|kel\.|kec\.|kota|kabupaten|kab\.|khoroo|duureg|tole|marg|nagar|barangay|brgy\.?|purok|"
    r"municipality|metropolitan|sub-metropolitan|oblast|viloyat|mahalla|tuman|apt\.?|building|bldg|floor|"
    r"phường|xã|quận|huyện|tỉnh|thành phố|đường|ngõ|số|sector|block|colony|soi|moo|tambon|amphoe|changwat)\b"
    r"|\b(?:Nepal|Myanmar|Mongolia|Uzbekistan|Indonesia|Sri Lanka|Bangladesh|Pakistan|Cambodia|Laos|Thailand|"
    r"Vietnam|Viet Nam|Philippines|China|Korea|India|Malaysia|Singapore|Taiwan|Brazil|Peru|USA|Canada|Australia)\b")


_DOTTED_NUMBER = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")


_ABROAD_KEY = re.compile("ddress|DDRESS|住所")  # (what every `_ABROAD_LABEL` match holds)
# … and as an XML element (<HomeAddress>Kageshwori Manohara-6, Kathmandu, Bagmati Province, Nepal</HomeAddress>):
# the element's name ends at the key word, so a match starts at most this far before it too
_ABROAD_TAG = re.compile(r"<[A-Za-z_:]{0,16}(?:[Aa]ddress|ADDRESS)[A-Za-z_0-9]{0,8}>")
_ABROAD_LEAD = 24  # (the most a label match can start before its key: "Residential_A" + "ddress", 帰国後の + 住所)


def _abroad_labels(t: str):
    """`_ABROAD_LABEL.finditer(t)`, tried only near its key words: the pattern has no fixed first character, so a
    scan of the whole text tries it at every position. A match holds a key word at most `_ABROAD_LEAD` characters
    after its start and no line break, so searching each key word's line from that far before it finds the same
    matches, in order."""
    pos = 0
    n = len(t)
    while True:
        k = _ABROAD_KEY.search(t, pos)
        if k is None:
            return
        line_end = t.find("\n", k.end())
        if line_end < 0:
            line_end = n
        m = _ABROAD_LABEL.search(t, max(pos, k.start() - _ABROAD_LEAD), line_end)
        if m is None and k.start() > 0 and "<" in t[max(pos, k.start() - _ABROAD_LEAD):k.start()]:
            m = _ABROAD_TAG.search(t, max(pos, k.start() - _ABROAD_LEAD), line_end)
        if m is None:
            pos = line_end
            continue
        yield m
        pos = m.end()


def _labelled_abroad(t: str, taken: list) -> list[tuple[int, int, float]]:
    """The addresses abroad written as an address label's value (see above), where `taken` has none yet."""
    out = []
    for m in _abroad_labels(t):
        v = _ABROAD_VALUE.match(t, m.end())
        if v is None:
            continue
        s, e = v.span()
        val = v.group().rstrip(" \t;")
        if val.endswith(",") and e < len(t):
            c = _ABROAD_MORE.match(t, e)  # a value wrapped after a comma onto an indented line (…, Syangja,⏎   Gandaki)
            if c is not None:
                val = t[s:c.end()].rstrip(" \t;")
        val = val.rstrip(" \t,;")
        e = s + len(val)
        if not val[:1].isascii() and not val[:1].isalpha():
            continue  # (a value led by a bracket or a mark, not by a word)
        parts = [p for p in val.split(",") if p.strip()]
        if len(parts) < 3 or not any(c.isdigit() for c in val) or _ABROAD_LOCALITY.search(val) is None:
            continue
        if ("@" in val or _DOTTED_NUMBER.search(val) is not None
                or any(0x3040 <= ord(c) <= 0x30ff or 0x4e00 <= ord(c) <= 0x9fff for c in val)):
            continue  # (no addresses: e-mail, IP and version lists; a Japanese address: the Japanese patterns read it)
        if any(a < e and s < b for a, b, _ in taken):
            continue
        out.append((s, e, 0.8))
    return out


_SUFFIX = re.compile("[都道府県市区町村]")
_AZA_START = re.compile("[大字]")  # (where every `_AZA_ADDR` match starts)
# the marks a form example writes where a place name goes (○○町, △△市, ××区)
_STAND_IN_MARKS = frozenset("○〇◯△▲□■×✕＊*")

_AZA_ADDR = re.compile(
    rf"(?<![{_K}{_KATA}])(?:大字{_NAMECH}{{1,6}}?(?:字{_NAMECH}{{1,8}}?)?|字{_NAMECH}{{1,6}}?)"
    rf"{_N}番地(?:{_SEP}{_N}){{0,2}}(?:号)?(?![0-9])(?:[ ]?{_NAMECH}{{1,10}}?(?:{_BLDG_SUFFIX})(?:[ ]?{_ROOM}{_ROOM_END})?)?"
)
_OCR_O = re.compile(r"([0-9])([Oo]{1,2})(?=[0-9]|番|号|丁目)")
# l or I read for 1: between digits and hyphens (2-l07, 2-6-l), or before 丁目 / 番 (新千里東町l丁目)
# (necessary for either: a letter next to a digit or a hyphen, or before 丁目/番/号)
_OCR_GATE = re.compile(r"[lIOo0-9\-](?:(?<=[lIOo])(?:[0-9\-]|丁目|番|号)|(?<=[0-9\-])[lIOo])")
_OCR_LETTERS = frozenset("lIOo")  # a match stopping at (or one before) such a letter may have stopped at a misread
_OCR_L = re.compile(rf"[lI](?:(?<=[0-9\-].)(?=[0-9\-]|丁目|番|号|[ ]|$)|(?<=[{_K}].)(?=丁目|番地?[0-9]|[0-9]{{0,3}}-[0-9]))")
# an address number written with spaces between its digits (OCR, PDF extraction: 太子堂4丁目2 2-1 1, 銀座2丁目1 8番)
# or read out (ASR: 相模大野 3 の 8 の 1 の 1104)
_SPACED_NUM = re.compile(r"[0-9](?:(?<![0-9][0-9]) [0-9](?![0-9])| の [0-9]{1,4} の [0-9])")
_SPACED_NO = re.compile(r"[0-9] の [0-9]{1,4} の [0-9]")  # a number read out: at least two の
_POSTAL_BEFORE = re.compile(r"(?:[〒〠][ ]?[0-9]{3}-?[0-9]{4}|[0-9]{3}-[0-9]{4})[ ]*$")


def _postal_or_label_before(t: str, s: int) -> bool:
    """A postal code (〒606-8271 左京区…) or an address label just before `s`."""
    return bool(_POSTAL_BEFORE.search(t, max(0, s - 14), s)) or _labelled_near(t, s)


def _compact(t: str, lo: int, hi: int, no: bool) -> tuple[str, list[int]]:
    """t[lo:hi] without the spaces inside an address number: between two single digits (2 2-1 1 -> 22-11) and, when
    `no`, around の between digits (3 の 8 の 1 -> 3の8の1); with the original index of every kept character."""
    out: list[str] = []
    idx: list[int] = []
    for i in range(lo, hi):
        c = t[i]
        if c == " " and lo < i < hi - 1:
            p, n = t[i - 1], t[i + 1]
            if p.isdigit() and n.isdigit() and p.isascii() and n.isascii():
                if not (i - 2 >= 0 and t[i - 2].isdigit()) and not (i + 2 < len(t) and t[i + 2].isdigit()):
                    continue
            elif no and ((p.isdigit() and p.isascii() and n == "の") or (p == "の" and n.isdigit() and n.isascii())):
                continue
        out.append(c)
        idx.append(i)
    return "".join(out), idx


def _respaced(t: str, s: int, a: "_Span | None", pat: "_MuniMatcher") -> "_Span | None":
    """`a`, or a longer match found on a copy of the text without the spaces inside its address number."""
    if a is not None and not _SPACED_NUM.search(t, max(s, a.end() - 4), a.end() + 3):
        return a  # (only a match that stops at or just after a spaced number may have stopped inside it)
    hi = min(len(t), s + 120)
    if not _SPACED_NUM.search(t, s, hi):
        return a
    c, idx = _compact(t, s, hi, _SPACED_NO.search(t, s, hi) is not None)
    b = _longest(c, 0, pat)
    if b is None:
        return a
    e = idx[b.end() - 1] + 1
    return _Span(e) if a is None or e > a.end() else a


def _zeros(m: "re.Match") -> str:
    return m.group(1) + "0" * len(m.group(2))
# what follows a district (…2丁目) named as a place rather than an address: a road, a crossing, "near", or the lot
# number of a land register (所在 …三丁目 地番 1234番5)
# (… or a site named after it: 高針二丁目共同住宅新築工事, …1丁目先路上, 再開発地区)
_PLACE_AFTER = re.compile(r"[ \u3000]*(?:[国県都府道市町村]道[0-9]|交差点|付近|周辺|路上|地内|地先|地番|先(?:路上|の|で|に)|"
                          r"共同住宅|集合住宅|新築|改築|解体|工事|計画|再開発|開発|地区|一帯|界隈|"
                          # (… or an area of several districts: 見和一丁目・二丁目の一部, 本町一丁目全域)
                          r"[・、][一二三四五六七八九十0-9]{1,3}丁目|の一部|全域|全戸)")
_CHOME_END = re.compile(r"丁目$")


def _place_only(t: str, s: int, e: int) -> bool:
    """A district without block number (…高砂2丁目) followed by a road, a crossing or 地番: a place, not an address."""
    return _CHOME_END.search(t, s, e) is not None and _PLACE_AFTER.match(t, e) is not None
_NUMERAL = re.compile("[0-9一二三四五六七八九十]")
_MAX_ATTEMPTS = 5000  # full address matches tried per text (bounds the cost of pathological input)


def _labelled_near(t: str, s: int) -> bool:
    return bool(_LABEL_BEFORE.search(t, max(0, s - 30), s)) or _labelled(t, s)
_KE = str.maketrans("ヶヵ", "ケケ")


@lru_cache(maxsize=1)
def _name_index() -> tuple[dict[str, str], int]:
    """Prefecture, municipality and bare designated-city ward names (ヶ/ヵ written ケ) -> "pref"/"muni"/"ward", and
    the longest length."""
    names = {m.translate(_KE): "muni" for m in municipalities()}
    for row in data.rows("municipalities.tsv"):  # designated-city wards written without their city (緑区)
        m = re.match(r".+?市(.+区)$", row[2]) if len(row) >= 3 else None
        if m and m.group(1).translate(_KE) not in names:
            names[m.group(1).translate(_KE)] = "ward"
    names.update({p: "pref" for p in PREFECTURES})
    return names, max(len(k) for k in names)


def is_city_name(w: str) -> bool:
    """A city's name written without its 市 (宇都宮, 那覇): how a branch or an office names its city."""
    return _name_index()[0].get(w + "市") == "muni"


@lru_cache(maxsize=1)
def _name_lengths() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """The lengths of the names in `_name_index` (longest first) by their first and by their last two characters:
    the only lengths worth looking up at a position."""
    names, _ = _name_index()
    by_start: dict[str, set[int]] = {}
    by_end: dict[str, set[int]] = {}
    for name in names:
        by_start.setdefault(name[:2], set()).add(len(name))
        by_end.setdefault(name[-2:], set()).add(len(name))
    return ({k: tuple(sorted(v, reverse=True)) for k, v in by_start.items()},
            {k: tuple(sorted(v, reverse=True)) for k, v in by_end.items()})


def _is_kanji(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or c == "々"


def _labelled(t: str, s: int) -> bool:
    """True when the text just before `s` (same line) is an address label, possibly with a postal code."""
    lo = max(0, s - 40)
    line_start = t.rfind("\n", lo, s) + 1 or lo
    before = t[line_start:s]
    before = _POSTAL_PREFIX.sub("", before)
    return bool(re.search(r"(?:住所|所在地|Address)[^\n]{0,6}$", before))


class _Span:
    """A match end, possibly found on a copy of the text with wrapped line breaks removed."""

    __slots__ = ("_end",)

    def __init__(self, end: int) -> None:
        self._end = end

    def end(self) -> int:
        return self._end


_RECORD_SEP = re.compile(r"[,\t|]")
# on the continuation line a comma in an amount (48,000円) separates no records
_RECORD_SEP_NEXT = re.compile(r"[\t|]|(?<![0-9]),|,(?![0-9]{3}(?![0-9]))")
# what a wrapped continuation of an address that was already complete may add: a building (by its word), a room or
# floor, or more of the number (丁目2⏎6番7号; not a list's "- " bullet)
_WRAP_ADDS = re.compile(rf"[0-9〇一二三四五六七八九十丁番号の]|-(?! )|[^\n]*?(?:{_BLDG_SUFFIX}|[0-9〇一二三四五六七八九](?:号室|号|F|階))")


_POSTAL_START = re.compile(r"〒|[0-9]{3}-[0-9]{4}(?![0-9])")
# a form's next field on the line after a complete address (担当…, 電話, 連絡先, 氏名 …)
_FIELD_LINE = re.compile(r"担当|電話|TEL|Tel|連絡先|氏名|お名前|備考|メール|E-?mail|勤務先|続柄|生年月日|緊急|FAX|携帯|職業|本籍|震度")
_KEY_LINE = re.compile(r"[\"']?[A-Za-z_][\w.\-]{0,40}[\"']?[ \t]*[=:]")


def _longest(t: str, s: int, pat: _MuniMatcher) -> _Span | None:
    """The match of `pat` at `s` (the longest of its alternatives'); a line wrapped inside the address (PDF/form
    text) is joined."""
    m = pat.match(t, s)
    best = m.end() if m else -1
    nl = t.find("\n", s, s + 60)
    if nl <= s:
        return m if best > s else None  # (no line break near: nothing to join)
    if best < 0 and ("、" in t[s:nl] or "。" in t[s:nl]):
        return None  # prose (東京都によると、…): no pattern reads 、 or 。, so none can run on to the next line
    k = 0  # the indent of the continuation line (a form's value column: 　　　　７番地の１)
    while k < 48 and nl + 1 + k < len(t) and t[nl + 1 + k] in " \t":
        k += 1
    j = nl + 1 + k  # (the continuation line's first character)
    # (a deeper indent only when it lines up with the address itself: a form's value column of ASCII spaces)
    if j >= len(t) or t[j].isspace() or (k >= 16 and abs(k - (s - t.rfind("\n", 0, s) - 1)) > 2):
        return m if best > s else None
    line_end = len(t[s:nl].rstrip(" ")) + s  # (where the address's line ends)
    if (
        (best < 0 or best >= line_end - 1)
        # a complete address line (…浜町4-22-13) is continued only by a building, a room or more of its number
        # (tested first: most complete lines are not continued)
        and (best < line_end or _WRAP_ADDS.match(t, j, j + 40))
        and not _POSTAL_START.match(t, j)  # the next line starts the next address (〒253-0044 …)
        and not _KEY_LINE.match(t, j)  # the next line is another field (jusho2 = …, "tel": …)
        and not _FIELD_LINE.match(t, j)  # … or a form's next field (担当地域包括支援センター　…, 電話 …)
        and not _RECORD_SEP.search(t, s, nl) and not _RECORD_SEP_NEXT.search(t, j, j + 40)
    ):
        # join one wrapped line: match on the text without that newline (and indent), map the end back
        joined = t[s:nl] + t[j:j + 80]  # same length up to nl: offsets past it shift by 1 + k
        m = pat.match(joined)
        if m and m.end() > nl - s and s + m.end() + 1 + k > best:
            best = s + m.end() + 1 + k
    return _Span(best) if best > s else None


_BUILDING_RX = re.compile(_BUILDING)
_MARKED_BLDG_END = re.compile(rf"(?:{_BLDG_SUFFIX}|[0-9〇一二三四五六七八九]{{3,4}}|号室|F|階)(?:[ ]?[0-9]{{1,4}}(?:号室|号|F|階)?)?$")


def _aligned_building(t: str, s: int, e: int) -> int:
    """`e`, or the end of the building written on the next line in the address's own column, when a labelled address
    ends its line and a two-line label stands beside it (源泉徴収票: 住所又は⏎…は居所, each line padded to the value
    column). The building says it is one: by its word, a floor or room word, or a room number of three digits or more."""
    nl = t.find("\n", e, e + 40)
    if nl < 0 or (e != nl and not t[e:nl].isspace()):
        wrap = t.rfind("\n", s, e)
        if wrap >= 0 and nl != e:  # a wrapped address whose building line was read only in part (⏎ グリーンヒル大泊 2|号棟)
            return max(e, _indented_building(t, s, e, wrap))
        return e
    col = s - (t.rfind("\n", 0, s) + 1)
    if col < 4 or "  " not in t[nl + 1:nl + col + 3]:
        # the address starts its line (nothing stands beside it), or no padded label stands below it … but a form's
        # labelled address may wrap its building to an indented line of its own (住所　…北沢2-31-7⏎　　　パークサイド下北 103)
        return _indented_building(t, s, e, nl)
    p = nl + 1 + col
    for q in (p, p - 1, p + 1, p - 2, p + 2):  # (a full-width character may shift the column by one or two)
        if q - 2 > nl and t[q - 2:q] == "  " and q < len(t) and not t[q].isspace() and "\n" not in t[nl + 1:q]:
            m = _BUILDING_RX.match(t, q)
            if m is not None:
                k = _trim(t, q, m.end())
                j = t.find("\n", k, k + 80)
                if (t[k:j if j >= 0 else k + 80].strip() == "" and _MARKED_BLDG_END.search(t, q, k)
                        and _labelled_near(t, s)):
                    return k  # (a building that ends its line, beside a labelled address)
            break
    return _indented_building(t, s, e, nl)


def _indented_building(t: str, s: int, e: int, nl: int) -> int:
    """`e`, or the end of a building that fills the indented line after a labelled address ending its line."""
    q = nl + 1
    while q < len(t) and t[q] in " \u3000\t":
        q += 1
    indent = t[nl + 1:q]
    if q >= len(t) or not ("\u3000" in indent or len(indent) >= 2) or not (
            _labelled_near(t, s) or _POSTAL_PREFIX.search(t, max(0, s - 10), s) or _postal_line_before(t, s)):
        return e
    m = _WRAPPED_BLDG.match(t, q)
    if m is None or not _MARKED_BLDG_END.search(t, q, m.end()):
        return e
    return m.end()


def _postal_line_before(t: str, s: int) -> bool:
    """Does the address at `s` start its (indented) line right under a line that ends in its postal code
    (現住所　〒227-0062⏎　　　　横浜市青葉区…)?"""
    ls = t.rfind("\n", 0, s)
    return ls > 0 and not t[ls + 1:s].strip(" \u3000\t") and _POSTAL_PREFIX.search(t, max(0, ls - 12), ls) is not None


# a building alone on its line, with a room or two (グリーンヒル大泊 2号棟 301号室; パークサイド下北 103)
_WRAPPED_BLDG = re.compile(rf"(?![^\n]*(?:コード|番号|電話|:))"  # (not the next field: 住民票コード 77311417846)
                           rf"{_BNAME}(?:[ ]?(?:[0-9]{{1,4}}(?![0-9])(?:号棟|号館|棟|号室|号|F|階)?|[A-Z]-?[0-9]{{1,4}})){{1,3}}"
                           rf"(?=[ \t\u3000]*(?:\n|$))")


# a property's or an incident's location written to its 丁目 only (a listing's 所在地 練馬区高松六丁目, 発生場所：豊島区
# 西池袋一丁目): an area, which locates no one; a resident's address has its block and house numbers
_AREA_LABEL = re.compile(r"(?:所在地?|物件|発生場所|事故場所|現場)[ \t]*[:：]?[ \t]*$")
_INCIDENT_LABEL = re.compile(r"(?:発生場所|事故場所|現場)[ \t]*[:：]?[ \t]*$")
_PROPERTY_WORDS = ("万円", "㎡", "LDK", "徒歩", "地番", "物件", "戸建", "マンション", "土地", "坪")


# a public body's institution named after its owner (区立, 市立, 都立 … 学校, 図書館, 保育園)
_PUBLIC_BODY = re.compile(r"[都道府県市区町村]立[^\s、。,]{0,12}?(?:学校|小学|中学|高校|高等学|大学|病院|図書館|保育園|幼稚園|"
                          r"公民館|会館|体育館|博物館|美術館|公園)")


# a road's number ending what was read as an address (世田谷区　国道２４６号, 相模原市南区 国道16号)
_ROAD_NUMBER_END = re.compile(r"(?:国道|県道|都道|府道|道道|市道)[ ]?[0-9]{1,4}\Z")


_AREA_AFTER = ("の一部", "の各一部", "付近", "周辺", "一帯", "全域", "の全域", "地内")


def _area_only(t: str, s: int, e: int) -> bool:
    """An address that ends at its 丁目 names an area: a property's in a real-estate text (by its label or by the
    property words on its line) or an incident's place (by its label)."""
    c = t[e - 3:e - 2]  # (the numeral before 丁目)
    if not c or c not in "一二三四五六七八九十0123456789":
        return False
    ls = t.rfind("\n", 0, s) + 1
    le = t.find("\n", e)
    le = len(t) if le < 0 else le
    before = t[max(ls, s - 12):s]
    if _INCIDENT_LABEL.search(before) or t.startswith(_AREA_AFTER, e):
        return True  # (… or a part of it: 栄町一丁目の一部, 本町二丁目付近 — an outage's or a works' area)
    if sum(w in t for w in _PROPERTY_WORDS) < 3:
        return False
    line = t[ls:le]
    # (a label before it, property words on its line, or a tab-separated listing whose header names a 所在 column)
    return _AREA_LABEL.search(before) is not None or any(w in line for w in _PROPERTY_WORDS) or (
        "\t" in line and "所在" in t.split("\n", 1)[0])


def _trim(t: str, s: int, e: int) -> int:
    """Drop trailing spaces and separators a greedy match may have taken."""
    while e > s and t[e - 1] in " ・-、,":
        e -= 1
    return e
