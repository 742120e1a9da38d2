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
back to the original.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from . import data, nlp
from .base import Detector, Entity, entities_in_original


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
        full = row[2]
        names.add(full)
        m = re.match(r"(.+?市)(.+区)$", full)
        if m:
            names.add(m.group(1))
        m = re.match(r"(.+?郡)(.+[町村])$", full)
        if m:
            names.add(m.group(2))
    return frozenset(names)


_K = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆"
_KATA = r"\u30a1-\u30fa\u30fc"
_NAMECH = rf"[{_K}{_KATA}ヶケ・]"
_HIRA_IN = r"(?![はをでにへ])[\u3041-\u3096](?=[\u3041-\u3096\u3400-\u9fff々\u30a1-\u30fa\u30fc])"
_HIRA_TAIL = r"[\u3041-\u3096]{2,10}(?<![はがをにでとへもやのりてらどしくたねよ])(?=[0-9一二三四五六七八九十])"
_JO = r"[0-9]{1,2}条(?=[東西南北]?[0-9一二三四五六七八九十]|通)|[0-9]{1,2}線"  # Hokkaido grid towns: 北28条東10丁目
_TOWN = rf"(?:{_NAMECH}|通り|[上下]る|入る|[A-Z]|{_JO}|{_HIRA_IN}|{_HIRA_TAIL}){{0,20}}?"
_TOWN_K = rf"(?:大?字)?(?:{_NAMECH}|通り|[上下]る|入る){{1,18}}"
_N = r"(?:[0-9]{1,5}|[一二三四五六七八九十〇百]{1,4})"
_SEP = r"(?:-|の|ノ)"
_NUMBER = (
    rf"(?:大?字{_NAMECH}{{1,8}}?)?"
    rf"(?:{_N}丁目(?:[ ]?{_N}番(?:地)?(?:{_SEP}?{_N}(?:号)?)?(?:{_SEP}{_N})?|[ ]?[右左]?{_N}(?:{_SEP}{_N}){{0,2}}(?:号)?)?"
    # 丁 for 丁目 in short writing (戎之町東2丁2-8): only with a block number after it
    rf"|[0-9]{{1,2}}丁(?=[0-9])[0-9]{{1,4}}(?:(?:{_SEP}|番地?)[0-9]{{1,4}}){{0,2}}(?:号)?"
    rf"|{_N}番地?(?![町丁通])(?:{_SEP}?{_N}(?:号)?)?(?:{_SEP}{_N})?"
    rf"|[0-9]{{1,5}}(?:-[0-9]{{1,5}}){{1,3}}(?:号)?(?![0-9]|[月日年時分秒円%人件個回名台本枚冊歳才万億]|\.[0-9])"
    rf"|{_N}(?:の{_N}){{1,2}}"
    rf")"
)
_BLDG_SUFFIX = (
    r"(?:ビル(?:ディング)?|マンション|ハイツ|コーポ|レジデンス|タワー|アパート|ハウス|荘|寮|館|棟|プラザ|ヒルズ|"
    r"コート|パレス|メゾン|ガーデン|テラス|ヴィラ|スクエア|センター|団地|Bldg\.?|Building)"
)
_ROOM = r"(?:[0-9]{1,4}(?:F|階|号室|号館|号棟|号)|[〇一二三四五六七八九]{1,4}(?:号室|号)|B[0-9]{1,2}F?|[A-Z]-?[0-9]{1,4}(?:号室)?|#[0-9]{1,4}|[0-9]{1,4}(?:号室)?)"
# (県道65号線: a road, not a room; 大阪駅前第3ビル: a building's number, not a room)
_ROOM_END = rf"(?![0-9\-./:年月日時分円%歳才名人件個線])(?! [0-9])(?!{_BLDG_SUFFIX})"
_BNAME = rf"(?!TEL|Tel|tel|FAX|Fax|電話|携帯|メール|E-?mail|URL|〒|最寄|アクセス|営業|受付|[国県都府道市町村]道[0-9])[{_K}{_KATA}ぁ-んA-Za-z&・'ー\-]{{1,25}}?"
_BUILDING = (
    rf"(?:[ ]?(?:{_BNAME}(?:(?<=第)[0-9一二三四五六七八九十]{{1,3}})?[ ]?{_ROOM}{_ROOM_END}"  # ライオンズ上尾第2 806
    rf"|(?:{_BNAME}[ ])?(?:{_BNAME}(?:(?<=第)[0-9一二三四五六七八九十]{{1,3}})?)?{_BLDG_SUFFIX}(?:第[0-9一二三四五六七八九十A-Z]{{1,3}}(?:号?(?:棟|館))?|[0-9A-Z]{{1,3}}号?(?:棟|館))?"
    rf"[{_K}{_KATA}A-Za-z・]{{0,6}}(?:[ ]?{_ROOM}{_ROOM_END})?"
    rf"|{_ROOM}{_ROOM_END}))"
)
_PREF = "|".join(PREFECTURES)
_GEN_MUNI = rf"(?:{_NAMECH}{{1,6}}?郡)?(?:{_NAMECH}{{1,6}}?市(?:{_NAMECH}{{1,4}}?区)?|{_NAMECH}{{1,5}}?[区町村])"


class _MuniMatcher:
    """`match(text, pos)` like a compiled regex for  [prefecture] municipality tail, where the municipality is read
    from the gazetteer dictionary (longest known name first, then shorter ones, as a trie alternation would try
    them) and `generic` (a whole pattern with a generic municipality shape) is the last alternative. Keeping the
    1,892 names out of the regexes makes them small: they compile in milliseconds instead of a fifth of a second."""

    def __init__(self, head: "re.Pattern | None", tail: "re.Pattern", generic: str | None, kind: str = "muni") -> None:
        self.head, self.tail, self._generic_src, self.kind = head, tail, generic, kind
        self._generic: "re.Pattern | None" = None

    @property
    def generic(self) -> "re.Pattern | None":
        """The fallback pattern, compiled on first use (most texts never need it)."""
        if self._generic is None and self._generic_src is not None:
            self._generic = re.compile(self._generic_src)
        return self._generic

    def match(self, text: str, pos: int = 0):
        p = pos
        if self.head is not None:
            h = self.head.match(text, p)
            if h is None:
                return None
            p = h.end()
        names, longest = _name_index()
        window = text[p:p + longest].translate(_KE)
        for n in _name_lengths()[0].get(window[:2], ()):  # longest first, as range(len(window), 1, -1) would
            if n <= len(window) and names.get(window[:n]) == self.kind:
                m = self.tail.match(text, p + n)
                if m is not None:
                    return _Span(m.end())
        return self.generic.match(text, pos) if self.generic is not None else None


_NUM_END = r"[0-9]{1,5}(?:番地?)?(?:-[0-9]{1,4})?(?![0-9\-.:/]|[月日年時分秒円%人件個回名台本枚冊歳才万億])"
_WARD = rf"(?:{_NAMECH}{{1,4}}?区)?"
_WARD_NUMBER = (
    rf"(?:{_N}丁目(?:[ ]?{_N}(?:番地?|-)(?:{_SEP}?{_N}(?:号)?)?)?|{_N}番地?(?:{_SEP}?{_N}(?:号)?)?"
    r"|[0-9]{1,5}(?:-[0-9]{1,5}){2,3})"
    r"(?![0-9\-.:/]|[月日年時分秒円%人件個回名台本枚冊歳才万億])"
)


@lru_cache(maxsize=1)
def _compiled():
    # a ward after a designated city written alone (横浜市 + 港北区) is read by the optional ward group
    pref_head = re.compile(rf"(?:{_PREF})[ ]?")
    full_tail = re.compile(rf"{_WARD}[ ]?(?P<town>{_TOWN})(?P<num>[ ]?{_NUMBER})(?P<bldg>{_BUILDING})?")
    bare_tail = re.compile(rf"{_WARD}[ ]?{_TOWN_K}{_NUM_END}")
    with_pref = _MuniMatcher(pref_head, full_tail,
                             rf"(?:{_PREF})[ ]?(?P<muni>{_GEN_MUNI})[ ]?(?P<town>{_TOWN})(?P<num>[ ]?{_NUMBER})(?P<bldg>{_BUILDING})?")
    bare_pref = _MuniMatcher(pref_head, bare_tail, rf"(?:{_PREF})[ ]?(?:{_GEN_MUNI})[ ]?{_TOWN_K}{_NUM_END}")
    bare_muni = _MuniMatcher(None, bare_tail, None)
    label_only = _MuniMatcher(pref_head, re.compile(rf"{_WARD}(?:{_TOWN}(?=[\s、。,（(]|$))?"),
                              rf"(?:{_PREF})[ ]?(?:{_GEN_MUNI})(?:{_TOWN}(?=[\s、。,（(]|$))?")
    no_pref = _MuniMatcher(None, re.compile(rf"{_WARD}[ ]?(?P<town>{_TOWN})(?P<num>{_NUMBER})(?P<bldg>{_BUILDING})?"),
                           None)
    # a designated-city ward written alone (緑区鳴海町字小森48番地の3): only with a 丁目/番地/番 or three-part number
    ward_only = _MuniMatcher(None, re.compile(rf"[ ]?(?P<town>{_TOWN_K}){_WARD_NUMBER}(?P<bldg>{_BUILDING})?"), None,
                             kind="ward")
    return (bare_pref, bare_muni), with_pref, label_only, no_pref, ward_only


_LABEL_BEFORE = re.compile(r"(?:住所|所在地|現住所|居所|住居|送付先|届け先|お届け先|配送先|請求先|連絡先|Address|ADDRESS|address)[^\n]{0,20}$")
_POSTAL_PREFIX = re.compile(r"(?:〒|〠)?[ ]?[0-9]{3}-?[0-9]{4}[ ]?$")

# Western addresses
_RJ_PREF = (
    r"(?:Tokyo|Osaka|Kyoto|Hokkaido|Aichi|Kanagawa|Saitama|Chiba|Hyogo|Fukuoka|Shizuoka|Hiroshima|Miyagi|Niigata|"
    r"Nagano|Gifu|Gunma|Tochigi|Ibaraki|Okayama|Kumamoto|Kagoshima|Okinawa|Mie|Shiga|Nara|Wakayama|Yamaguchi|"
    r"Ehime|Kagawa|Tokushima|Kochi|Saga|Nagasaki|Oita|Miyazaki|Yamagata|Akita|Iwate|Aomori|Fukushima|Toyama|"
    r"Ishikawa|Fukui|Yamanashi|Tottori|Shimane)(?:-(?:to|fu|ken))?(?: Prefecture)?"
)
_RJ_ADDR = re.compile(
    r"(?:(?:[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,4} )?(?:[0-9]{1,3}F|Room [0-9]{1,4}|#[0-9]{1,4}|[0-9]{1,4}),? )?"
    r"[0-9]{1,5}(?:-[0-9]{1,5}){1,3},? [A-Z][a-z]+(?:[- ][A-Z]?[a-z]+){0,2}(?:,? [0-9]-chome)?, "
    r"(?:[A-Z][a-z]+-(?:ku|shi|cho|machi|gun|mura|son)(?:, )?)+"
    r"(?: ?" + _RJ_PREF + r")?"
)
_US_ADDR = re.compile(
    r"\b[0-9]{1,6}(?: [NSEW]\.?)?(?: [A-Z][a-z]+){0,4} "
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter|Terrace|Pkwy|"
    r"Parkway|Hwy|Highway|Sq|Square|Cir|Circle|Broadway)\.?(?: (?:North|South|East|West|NE|NW|SE|SW|N|S|E|W)\.?)?"
    r"(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Room|Fl|Floor|#)\.? ?#?[0-9A-Z-]{1,6})?"
    r",? [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z]{2}(?: [0-9]{5}(?:-[0-9]{4})?)?\b"
)


# continental Europe: Schillerstraße 14, 60313 Frankfurt am Main / 12 Rue des Lilas, 69003 Lyon, France
_EU_ADDR = re.compile(
    r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer) [0-9]{1,4}[a-z]?"
    r"|[0-9]{1,4}(?: bis| ter)?,? (?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Vv]ia|"
    r"[Cc]alle|[Cc]orso) [^,\n]{2,40})"
    r", [0-9]{4,5} [A-ZÄÖÜÉ][a-zäöüßé\-]+(?: (?:am|an der|sur|de|del) [A-Z][a-zäöüé\-]+)?"
    r"(?:, (?:Germany|Deutschland|France|Austria|Österreich|Switzerland|Schweiz|Suisse|Italy|Italia|Spain|España|"
    r"Belgium|Belgique|Netherlands))?"
)
# Necessary conditions of the Western patterns, each found by a fast scan (a literal or a character class first),
# where the full patterns (starting with \\b or a capitalised word) would be tried at every position
_RJ_GATE = re.compile(r"-(?:ku|shi|cho|machi|gun|mura|son)\b")
_US_GATE = re.compile(r", [A-Z]{2}\b")  # the state (and ZIP) closing a US address
# a UK postcode: every outward code has a letter followed by a digit (W1K, SO14, EH9, N22), then the inward code
_UK_GATE = re.compile(r"[A-Z][0-9][A-Z0-9]? [0-9][A-Z]{2}\b")
_EU_GATE = re.compile(r", [0-9]{4,5} ")  # the postcode before the city
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
def _trie(words: str) -> str:
    """A regex alternation of the space-separated `words` shaped as a trie (A(?:ve(?:nue)?|lameda)|…): a scan tries a
    handful of first letters at each position instead of every word."""
    root: dict = {}
    for w in words.split():
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        r = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{r})?" if "" in node else r

    return "(?:" + emit(root) + ")"


_ST_AFTER = _trie(  # street words after the name (128 Legaspi St.)
    "Street St Road Rd Avenue Ave Boulevard Blvd Lane Ln Drive Dr Way Court Ct Place Pl Terrace Crescent Close Highway "
    "Hwy Parkway Pkwy Square Sq Circle Row Walk Gardens Grove Quay Wharf Mews Parade Esplanade Expressway")
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
    rf"(?:{_HOUSE_NO} (?:{_CAPW} ){{1,4}}{_ST_AFTER}\.?(?: (?:North|South|East|West|[NSEW]|NE|NW|SE|SW)\b)?"
    rf"|{_ST_BEFORE} (?:(?:{_CAPW}|{_LOWJ}|[A-Z]{{1,4}}|[0-9]{{1,4}}(?:/[0-9]{{1,4}})?[A-Z]?) ){{0,4}}"
    rf"(?:{_CAPW},? {_HOUSE_NO}|[A-Z]{{1,4}} [0-9]{{1,4}}(?:/[0-9]{{1,4}})?[A-Z]?|{_CAPW})"
    rf"|(?:{_CAPW} )?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+{_ST_COMPOUND} {_HOUSE_NO})"
)
_POSTCODE_INTL = (
    r"(?:[0-9]{4,6}|[0-9]{3} [0-9]{2}|[0-9]{4,5}-[0-9]{3,4}|[0-9]{2}-[0-9]{3}|[A-Z][0-9][A-Z] [0-9][A-Z][0-9]"
    r"|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2})"
)
_PART_TOKEN = rf"(?:{_POSTCODE_INTL}|{_CAPW}\.?|[A-Z]{{2,4}}|{_LOWJ}|-)"
_PART = rf"(?:{_UNIT}|{_PART_TOKEN}(?: {_PART_TOKEN}){{0,5}})"
_INTL_END = r"(?=[ ]?(?:$|[\n\t\"'”;|)\]]|  |\.(?:\s|$)|, (?![A-Z0-9#])|[ ](?:Tel|TEL|Phone|Mobile|Fax|FAX|E-?mail)\b))"
_INTL_ADDR = re.compile(
    rf"(?<![\w\-/.#])(?P<pre>(?:(?:{_UNIT}|{_BLDG_EN}), ){{0,3}})(?P<street>{_STREET_INTL})"
    rf"(?P<unit>,? {_UNIT})?(?P<parts>(?:, {_PART}){{1,5}}){_INTL_END}"
)
# Necessary: a street word (each scan starts with a literal or a character class, and the words are tries)
_INTL_GATE_WORD = re.compile(rf" (?:{_ST_BEFORE} |{_ST_AFTER}[ .,\t\n\"'])")
_INTL_GATE_CELL = re.compile(rf"[\t\n\"'(,]{_ST_BEFORE} ")  # the street first in a cell or a line
_INTL_GATE_COMPOUND = re.compile(rf"{_ST_COMPOUND} [0-9]")
_INTL_GATE_START = re.compile(rf"{_ST_BEFORE} ")


def _intl_gate(t: str) -> bool:
    return bool(_INTL_GATE_WORD.search(t) or _INTL_GATE_CELL.search(t) or _INTL_GATE_COMPOUND.search(t)
                or _INTL_GATE_START.match(t))


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


class AddressDetector(Detector):
    """Postal addresses (ADDRESS): Japanese and basic Western forms."""

    name = NAME
    pii_types = ("ADDRESS",)
    languages = ("ja", "en")  # Latin-script names / Western addresses are found in English text too
    #: the engine hands over text it has already normalised; True skips the (idempotent) re-normalisation
    assume_normalized = False

    def applies(self, text: str) -> bool:
        return _SUFFIX.search(text) is not None or ", " in text  # (see `_western`)

    def detect(self, text: str) -> Iterable[Entity]:
        if not text:
            return []
        norm = nlp.normalized(text, self.assume_normalized)
        t = norm.text
        spans = self._japanese(t)
        if ", " in t:
            spans.extend(self._western(t))
        kept = []
        last_end = -1
        for s, e, score in sorted(spans):
            if s >= last_end:  # the first of overlapping matches wins
                kept.append((s, e, score))
                last_end = e
        return entities_in_original(norm, kept, "ADDRESS", NAME)

    def detect_many(self, texts: Sequence[str]) -> list[list[Entity]]:
        return [list(self.detect(t)) for t in texts]

    def _japanese(self, t: str) -> list[tuple[int, int, float]]:
        (bare_pref, bare_muni), with_pref, label_only, no_pref, ward_only = _compiled()
        names, _ = _name_index()
        ocr_fixed: bool | None = None  # True once the OCR copy is made (or when the text has no letter O at all)
        by_end = _name_lengths()[1]
        out: list[tuple[int, int, float]] = []
        pos = 0
        attempts = 0
        tk = t.translate(_KE) if ("ヶ" in t or "ヵ" in t) else t  # one-to-one: same offsets as t
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
            if ocr_fixed is None:  # (once per text, at its first place name)
                ocr_fixed = not ("O" in t or "o" in t)
            if not ocr_fixed and (t.find("O", end, end + 80) >= 0 or t.find("o", end, end + 80) >= 0) and (
                    _OCR_O.search(t, end, end + 80)):
                # OCR read 0 as O (八事本町1O2番地3): match on a copy with the digit (same length), from here on
                ocr_fixed = True
                t = _OCR_O.sub(_zeros, t)
            if not _NUMERAL.search(t, end, end + 48) and not _labelled_near(t, s):
                pos = end
                continue  # no block number can follow: not an address (and no costly match attempt)
            attempts += 1
            if attempts > _MAX_ATTEMPTS:
                break
            if kind == "pref":
                a = _longest(t, s, with_pref, bare_pref)
                if a:
                    e = _trim(t, s, a.end())
                    if not _place_only(t, s, e):
                        out.append((s, e, 0.9))
                    pos = e
                    continue
                if _LABEL_BEFORE.search(t, max(0, s - 30), s) or _labelled(t, s):
                    b = label_only.match(t, s)
                    if b and b.end() - s > end - s + 1:
                        out.append((s, b.end(), 0.75))
                        pos = b.end()
                        continue
                pos = end
                continue
            if s > 0 and _is_kanji(t[s - 1]):
                continue
            a = _longest(t, s, ward_only) if kind == "ward" else _longest(t, s, no_pref, bare_muni)
            if a:
                e = _trim(t, s, a.end())
                if not _place_only(t, s, e):
                    out.append((s, e, 0.8))
                pos = e
        return out

    def _western(self, t: str) -> list[tuple[int, int, float]]:
        out: list[tuple[int, int, float]] = []
        if ", " not in t:
            return out  # every Western form has a ", " before its city, state or postcode
        if _RJ_GATE.search(t):
            for m in _RJ_ADDR.finditer(t):
                out.append((m.start(), m.end(), 0.85))
        if _US_GATE.search(t):
            for m in _US_ADDR.finditer(t):
                out.append((m.start(), m.end(), 0.85))
        if _UK_GATE.search(t):
            for m in _UK_ADDR.finditer(t):
                out.append((m.start(), m.end(), 0.85))
        if _EU_GATE.search(t):
            for m in _EU_ADDR.finditer(t):
                out.append((m.start(), m.end(), 0.8))
        if _intl_gate(t):
            taken = sorted(out)
            for m in _INTL_ADDR.finditer(t):
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
        return out


_SUFFIX = re.compile("[都道府県市区町村]")
_OCR_O = re.compile(r"([0-9])([Oo]{1,2})(?=[0-9]|番|号|丁目)")


def _zeros(m: "re.Match") -> str:
    return m.group(1) + "0" * len(m.group(2))
# what follows a district (…2丁目) named as a place rather than an address: a road, a crossing, "near", or the lot
# number of a land register (所在 …三丁目 地番 1234番5)
_PLACE_AFTER = re.compile(r"[ \u3000]*(?:[国県都府道市町村]道[0-9]|交差点|付近|周辺|路上|地内|地先|地番)")
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


_POSTAL_START = re.compile(r"〒|[0-9]{3}-[0-9]{4}(?![0-9])")


def _longest(t: str, s: int, *patterns) -> _Span | None:
    """The longest match of `patterns` at `s`; a line wrapped inside the address (PDF/form text) is joined."""
    best = -1
    for rx in patterns:
        m = rx.match(t, s)
        if m and m.end() > best:
            best = m.end()
    nl = t.find("\n", s, s + 60)
    k = 0  # the indent of the continuation line (a form's value column: 　　　　７番地の１)
    while nl > s and k < 16 and nl + 1 + k < len(t) and t[nl + 1 + k] in " \t":
        k += 1
    if (
        nl > s and nl + 1 + k < len(t) and not t[nl + 1 + k].isspace() and k < 16
        and (best < 0 or best >= len(t[s:nl].rstrip(" ")) + s - 1)
        and not _RECORD_SEP.search(t, s, nl) and not _RECORD_SEP.search(t, nl + 1 + k, nl + 41 + k)
        and not _POSTAL_START.match(t, nl + 1 + k)  # the next line starts the next address (〒253-0044 …)
    ):
        # join one wrapped line: match on the text without that newline (and indent), map the end back
        joined = t[s:nl] + t[nl + 1 + k:nl + 81 + k]  # same length up to nl: offsets past it shift by 1 + k
        for rx in patterns:
            m = rx.match(joined)
            if m and m.end() > nl - s and s + m.end() + 1 + k > best:
                best = s + m.end() + 1 + k
    return _Span(best) if best > s else None


def _trim(t: str, s: int, e: int) -> int:
    """Drop trailing spaces and separators a greedy match may have taken."""
    while e > s and t[e - 1] in " ・-、,":
        e -= 1
    return e
