"""PERSON detector: Japanese names in kanji and kana, and Latin-script names, with context.

Cheap regex triggers find the few places where a name can be — a honorific (様, さん, 氏, 殿, 先生, くん,
ちゃん) or job title after a kanji/kana run, a label (氏名, お名前, 担当者, 代表者, Name: …), a furigana
field (フリガナ, カナ), a space between two short kanji or katakana words (山田 太郎, ヤマダ タロウ), a
kanji run that starts with something the dictionary knows as a surname, a Latin word pair after Mr./Dear/
Name: or made of known romanised Japanese names — and only those short windows go through SudachiPy
(part of speech 名詞-固有名詞-人名-姓/名, one shared tokenizer). Company, place and shop names (株式会社…,
中村屋, 田中町, 渋谷駅) are rejected because the tokenizer does not split them into 姓/名, or by the
company words around them. Spans cover family + given name without honorific or label. An English spaCy
model, when installed, adds Latin-script names found by its NER in English windows (see docs).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from . import data, nlp
from .base import Detector, Entity
from .normalize import normalize

__all__ = ["PersonDetector"]

NAME = "person"

_K = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆"  # kanji
_KATA = r"\u30a1-\u30fa\u30fc"  # katakana incl. ー (no middle dot)
_HIRA = r"\u3041-\u3096"
_KANJI_RUN = re.compile(rf"[{_K}][{_K}ノヶケ]{{2,9}}")
_HONORIFIC = re.compile(r"(?:様|さま|さん|氏(?!名)|殿|先生|くん|君(?!が)|ちゃん)")
_TITLES = (
    "部長|課長|係長|社長|会長|副社長|専務|常務|取締役|主任|主査|室長|所長|店長|支店長|院長|理事長|"
    "教授|准教授|講師|医師|弁護士|税理士|会計士|看護師|次長|本部長|事業部長|代表"
)
_TITLE = re.compile(rf"(?:{_TITLES})")
_LABEL = re.compile(
    r"(?:お名前|御名前|氏名|名前|フルネーム|ご?担当者?名?|代表者名?|代表取締役(?:社長)?|申込者(?:氏名|名)?|"
    r"契約者(?:氏名|名)?|利用者名?|受取人(?:氏名|名)?|依頼(?:人|者)名?|差出人|送り主|患者(?:氏名|名)|"
    r"社員名|従業員名|被保険者(?:氏名|名)?|保護者(?:氏名|名)?|応募者(?:氏名|名)?|候補者名?|"
    r"(?:緊急)?連絡先氏名|記入者|作成者|承認者|申請者(?:氏名|名)?|宛名|名義人?|口座名義人?|本人氏名)"
    r"[ \t]*(?:[(（](?:漢字|姓名|フルネーム)[)）])?[ \t]*(?:[:：=]|[ \t])[ \t]*"
)
_KANA_LABEL = re.compile(
    r"(?:フリガナ|ふりがな|カナ氏名|氏名カナ|氏名[(（](?:カナ|フリガナ|ふりがな)[)）]|"
    r"(?:お名前|氏名|名前)[(（]?(?:カナ|フリガナ|ふりがな|よみ)[)）]?|カナ|ヨミ|よみがな|セイメイ|"
    r"Furigana|Kana)[ \t]*(?:[:：=]|[ \t])[ \t]*"
)
_KANA_VALUE = re.compile(rf"[{_KATA}]{{1,12}}(?:[ \t]?[{_KATA}]{{1,12}})?|[{_HIRA}ー]{{1,12}}(?:[ \t]?[{_HIRA}ー]{{1,12}})?")
_KATA_PAIR = re.compile(rf"(?<![{_KATA}])([{_KATA}]{{2,8}})[ ・]([{_KATA}]{{1,8}})(?![{_KATA}])")
_KANJI_PAIR = re.compile(rf"(?<![{_K}])([{_K}][{_K}ノヶ]{{0,3}}) ([{_K}][{_K}ノヶ]{{0,3}})(?![{_K}])")
_LATIN_WORD = r"(?:[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)"
_LATIN_NAME = rf"{_LATIN_WORD}(?: [A-Z]\.)?(?: {_LATIN_WORD}){{1,2}}"
_LATIN_CTX = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+|\bDear[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?|"
    r"\b(?:Full[ \t]?name|Name|Contact(?:[ \t]person)?|Attn\.?|Attention|Applicant|Employee|Customer|"
    r"Patient|Account[ \t]holder|Signed|Author)[ \t]*:[ \t]*|(?:氏名|名前|お名前)[(（]?(?:ローマ字|英字|英語)[)）]?[ \t]*[:：][ \t]*|"
    r"\b(?:Sincerely|Regards|Best[ \t]regards|Kind[ \t]regards|Yours[ \t]truly),?[ \t]*\n[ \t]*)"
)
_LATIN_NAME_RE = re.compile(_LATIN_NAME)
_LATIN_PAIR = re.compile(r"\b([A-Z][a-z]{1,14}|[A-Z]{2,14}) ([A-Z][a-z]{1,14}|[A-Z]{2,14})\b")
_LATIN_TITLE_ONLY = re.compile(rf"(?:Mr|Mrs|Ms|Dr)\.?[ \t]+({_LATIN_WORD})")
_COMPANY_BEFORE = re.compile(r"(?:株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|財団法人|医療法人|学校法人|[(（]株[)）]|㈱|㈲)[ \t]*$")
_COMPANY_AFTER = re.compile(
    r"^[ \t]*(?:株式会社|有限会社|合同会社|合資会社|[(（]株[)）]|㈱|商事|商店|商会|工業|建設|銀行|証券|保険|"
    r"不動産|運輸|印刷|製作所|工務店|興業|産業|電機|電気|食品|物産|ホールディングス|グループ|本舗|屋|堂|"
    r"駅|線|町|村|市|区|郡|県|通り|大学|高校|病院|医院|クリニック|ビル|ホテル|記念|賞|財団|事務所)"
)
_LATIN_STOP = frozenset(
    "The A An This That And Or Of In On At For To From By With Inc Ltd Co Corp LLC Company Corporation Group "
    "Bank Street St Avenue Ave Road Rd Tokyo Osaka Japan Kyoto Yokohama Nagoya Shibuya Shinjuku Minato "
    "Chiyoda Chuo Street Building Tower Center Centre Office Department Dept Sales Team Manager Director "
    "President Customer Service Support Dear Mr Mrs Ms Dr Best Regards Sincerely Thank Thanks Please Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Main Data System Project Product Order Invoice Total Name Email "
    "Phone Address Contact Date Note Notes Subject Re Fw Fwd Hello Hi New Old North South East West".split()
)
_ORG_UNIT = re.compile(
    r"(?:部|課|室|係|班|店|局|署|所|センター|チーム|グループ|支社|支店|本社|営業所|事業部|本部|株式会社|有限会社|"
    r"合同会社|[(（]株[)）]|㈱|社長|部長|課長|係長|主任|取締役|代表|会長|専務|常務|担当)$"
)
_NOT_NAME_TOKEN = frozenset(
    "お客 客 皆 各位 担当 担当者 御中 会員 社員 貴社 御社 弊社 当社 先方 皆さん 皆様 患者 利用者 家族 "
    "子供 子ども 職員 関係者 ユーザー お母 お父 おばあ おじい 神 仏 王 先輩 後輩 彼 彼女 自分 私".split()
)


def _is_name_pos(pos: tuple) -> str:
    """'姓', '名' or '' for a SudachiPy POS."""
    if len(pos) >= 4 and pos[1] == "固有名詞" and pos[2] == "人名" and pos[3] in ("姓", "名"):
        return pos[3]
    return ""


_KATA_CHARS = re.compile(rf"^[{_KATA}]+$")
_KANJI_CHARS = re.compile(rf"^[{_K}ノヶ]+$")


def _plain_piece(s: str) -> bool:
    return bool(_KANJI_CHARS.match(s) or _KATA_CHARS.match(s))


class _Names:
    """Katakana readings and romaji keys of the common names in data/names_ja.txt (built lazily)."""

    def __init__(self) -> None:
        self.family_kana: set[str] = set()
        self.given_kana: set[str] = set()
        self.family_roma: set[str] = set()
        self.given_roma: set[str] = set()
        for line in data.lines("names_ja.txt"):
            kind, *words = line.split()
            kana = self.family_kana if kind == "姓" else self.given_kana
            roma = self.family_roma if kind == "姓" else self.given_roma
            for w in words:
                for r in nlp.readings(w, kind):
                    kana.add(r)
                    roma.add(_romaji_key(_kana_to_romaji(r)))


@lru_cache(maxsize=1)
def _names() -> _Names:
    return _Names()


_ROMA = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho", "チャ": "cha",
    "チュ": "chu", "チョ": "cho", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo", "ヒャ": "hya", "ヒュ": "hyu",
    "ヒョ": "hyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo", "リャ": "rya", "リュ": "ryu", "リョ": "ryo",
    "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo", "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ビャ": "bya",
    "ビュ": "byu", "ビョ": "byo", "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo",
}
_ROMA1 = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ",
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho ma mi mu me mo "
    "ya yu yo ra ri ru re ro wa o n ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe po"
    .split(),
))


def _kana_to_romaji(kana: str) -> str:
    out: list[str] = []
    i = 0
    sokuon = False
    while i < len(kana):
        two = kana[i:i + 2]
        if two in _ROMA:
            syl = _ROMA[two]
            i += 2
        else:
            ch = kana[i]
            i += 1
            if ch == "ッ":
                sokuon = True
                continue
            if ch == "ー":
                continue
            syl = _ROMA1.get(ch, "")
        if sokuon and syl:
            syl = syl[0] + syl
            sokuon = False
        out.append(syl)
    return "".join(out)


_KEY_SUBS = [
    ("sy", "sh"), ("ty", "ch"), ("zy", "j"), ("si", "shi"), ("ti", "chi"), ("tu", "tsu"), ("hu", "fu"),
    ("zi", "ji"), ("di", "ji"), ("du", "zu"),
]
_LONG = re.compile(r"(?<=[aeiou])(?:h(?![aeiouy])|u(?=[^aeiou]|$))|(?<=o)o|(?<=u)u|(?<=e)i(?=[^aeiou]|$)")


@lru_cache(maxsize=20_000)
def _romaji_key(word: str) -> str:
    """A spelling-insensitive key: Kunrei and Hepburn agree, long vowels (ou, oo, oh, uu, ei) collapse."""
    w = word.lower().replace("shh", "sh")
    for a, b in _KEY_SUBS:
        w = w.replace(a, b)
    w = w.replace("shhi", "shi").replace("chhi", "chi").replace("tsuu", "tsu")
    w = re.sub(r"m(?=[bpm])", "n", w)
    return _LONG.sub("", w)


class PersonDetector(Detector):
    """Names of persons (PERSON) in Japanese and Latin script."""

    name = NAME
    pii_types = ("PERSON",)

    def __init__(self, use_english_model: bool = True) -> None:
        self.use_english_model = use_english_model

    # -- public API -------------------------------------------------------------------------------------
    def detect(self, text: str) -> Iterable[Entity]:
        if not text:
            return []
        norm = normalize(text)
        t = norm.text
        cands: list[tuple[int, int, float]] = []
        self._honorifics(t, cands)
        self._labels(t, cands)
        self._kana_fields(t, cands)
        self._pairs(t, cands)
        self._bare_runs(t, cands)
        self._latin(t, cands)
        out = []
        for s, e, score in _resolve(cands):
            os_, oe = norm.span_to_original(s, e)
            out.append(Entity("PERSON", os_, oe, score, NAME))
        return out

    def detect_many(self, texts: Sequence[str]) -> list[list[Entity]]:
        return [list(self.detect(t)) for t in texts]

    # -- triggers -----------------------------------------------------------------------------------------
    def _honorifics(self, t: str, out: list) -> None:
        for m in _HONORIFIC.finditer(t):
            h = m.start()
            if h == 0 or not _name_char(t[h - 1]):
                continue
            span = self._name_before(t, h, require_name=True)
            if span:
                s, e, strong = span
                out.append((s, e, 0.9 if strong else 0.75))
        for m in _TITLE.finditer(t):
            h = m.start()
            if h == 0 or not _name_char(t[h - 1]):
                continue
            span = self._name_before(t, h, require_name=True, family_needed=True)
            if span:
                out.append((span[0], span[1], 0.7))

    def _name_before(self, t: str, h: int, require_name: bool, family_needed: bool = False):
        """The name that ends at index h (before a honorific/title): (start, end, has_both_parts) or None."""
        ws = h
        spaces = 0
        while ws > 0 and h - ws < 12:
            c = t[ws - 1]
            if c == " ":
                if spaces or ws - 1 == 0 or not _name_char(t[ws - 2]):
                    break
                spaces += 1
            elif not _name_char(c):
                break
            ws -= 1
        while ws < h and t[ws] == " ":
            ws += 1
        if ws >= h:
            return None
        toks = nlp.tokenize(t[ws:h])
        kinds: list[str] = []
        start = end = None
        seen_space = False
        for surf, b, e, pos, oov in reversed(toks):
            if pos[0] == "空白":
                if start is None or seen_space:
                    break
                seen_space = True
                continue
            k = _is_name_pos(pos)
            if not k:
                if surf in _NOT_NAME_TOKEN:
                    break
                # Unknown or rare pieces right before a honorific: accept a short kanji/katakana word once.
                if kinds or not (oov or pos[1] == "固有名詞") or not _plain_piece(surf) or len(surf) > 4:
                    if not (start is not None and oov and _plain_piece(surf) and len(surf) <= 3 and len(kinds) == 1):
                        break
                k = "?"
            kinds.append(k)
            start = ws + b
            if end is None:
                end = ws + e
            if len(kinds) >= 3:
                break
        if start is None or end is None:
            return None
        kinds.reverse()
        if "姓" not in kinds and "名" not in kinds:
            return None
        if family_needed and kinds[0] != "姓":
            return None
        if kinds.count("?") and len(kinds) == 1:
            return None
        if _COMPANY_BEFORE.search(t, 0, start) and _COMPANY_BEFORE.search(t[max(0, start - 12):start]):
            return None
        strong = len(kinds) >= 2 and kinds[0] == "姓"
        return start, end, strong

    def _labels(self, t: str, out: list) -> None:
        for m in _LABEL.finditer(t):
            vs = m.end()
            if vs >= len(t):
                continue
            ve = vs
            while ve < len(t) and ve - vs < 24 and t[ve] not in "\n\r\t,、。，．/|;；()（）「」【】<>[]:：" \
                    and not (t[ve] == " " and ve + 1 < len(t) and t[ve + 1] in " \t"):
                ve += 1
            value = t[vs:ve].rstrip()
            if not value:
                continue
            span = self._label_value(t, vs, vs + len(value))
            if span:
                out.append((span[0], span[1], 0.85))

    def _label_value(self, t: str, vs: int, ve: int):
        value = t[vs:ve]
        lat = _LATIN_NAME_RE.fullmatch(value) or _LATIN_NAME_RE.match(value)
        if lat and value[0].isascii():
            words = lat.group(0).split()
            if not any(w.rstrip(".") in _LATIN_STOP for w in words):
                return vs, vs + lat.end()
            return None
        hm = _HONORIFIC.search(value)
        if hm and hm.start() > 0:
            ve = vs + hm.start()
            value = t[vs:ve].rstrip()
            ve = vs + len(value)
        head = value.split(" ", 1)[0]
        if " " in value and _ORG_UNIT.search(head):
            return self._label_value(t, vs + len(head) + 1, ve)
        if _COMPANY_AFTER.search(value[-4:] if len(value) > 4 else "") or re.search(
            r"株式会社|有限会社|合同会社|[(（]株[)）]|㈱|部$|課$|室$|センター|チーム|グループ", value
        ):
            # "営業部 山田" — keep only a trailing name-looking part.
            parts = value.rsplit(" ", 1)
            if len(parts) == 2 and not re.search(r"株式会社|有限会社|合同会社", parts[1]):
                return self._label_value(t, ve - len(parts[1]), ve)
            return None
        if len(value) > 12 or not re.fullmatch(rf"[{_K}{_KATA}{_HIRA}ノヶ]+(?: [{_K}{_KATA}{_HIRA}ノヶ]+)?", value):
            return None
        toks = [x for x in nlp.tokenize(value) if x[3][0] != "空白"]
        if not toks:
            return None
        kinds = [_is_name_pos(x[3]) for x in toks]
        if any(k for k in kinds):
            bad = [x for x, k in zip(toks, kinds) if not k and not (x[4] or x[3][1] == "固有名詞") and len(toks) > 1]
            if bad and not " " in value:
                return None
            return vs, ve
        # No token the dictionary calls a name: accept a short all-kanji or all-katakana value that looks
        # like "family given" (two pieces, space-separated) and has no common-noun piece.
        if " " in value and all(_plain_piece(p) and len(p) <= 5 for p in value.split(" ")):
            if all(x[4] or x[3][1] == "固有名詞" for x in toks):
                return vs, ve
        return None

    def _kana_fields(self, t: str, out: list) -> None:
        for m in _KANA_LABEL.finditer(t):
            v = _KANA_VALUE.match(t, m.end())
            if not v:
                continue
            value = v.group(0).rstrip()
            if len(value.replace(" ", "")) < 2:
                continue
            out.append((v.start(), v.start() + len(value), 0.85))

    def _pairs(self, t: str, out: list) -> None:
        if " " not in t and "・" not in t:
            return
        names = None
        for m in _KATA_PAIR.finditer(t):
            fam, giv = m.group(1), m.group(2)
            if names is None:
                names = _names()
            f_ok = fam in names.family_kana or nlp.can_be(fam, "名詞", "固有名詞", "人名", "姓")
            g_ok = giv in names.given_kana or nlp.can_be(giv, "名詞", "固有名詞", "人名", "名")
            if f_ok and g_ok:
                out.append((m.start(), m.end(), 0.8))
            elif (f_ok or g_ok) and m.group(0)[len(fam)] == " ":
                # one half known: accept only when the other half is no ordinary word
                other = giv if f_ok else fam
                if not nlp.surface_pos(other):
                    out.append((m.start(), m.end(), 0.6))
        for m in _KANJI_PAIR.finditer(t):
            fam, giv = m.group(1), m.group(2)
            if not nlp.can_be(fam, "名詞", "固有名詞", "人名", "姓"):
                continue
            if _COMPANY_BEFORE.search(t[max(0, m.start() - 12):m.start()]):
                continue
            after = t[m.end():m.end() + 8]
            if _COMPANY_AFTER.match(after):
                continue
            if nlp.can_be(giv, "名詞", "固有名詞", "人名", "名"):
                score = 0.85
            else:
                toks = nlp.tokenize(giv)
                if not toks or not all(_is_name_pos(x[3]) == "名" or x[4] for x in toks):
                    continue
                score = 0.7
            # the family part must not be read as a place or common word in this context
            if nlp.can_be(fam, "名詞", "固有名詞", "地名") and not nlp.can_be(giv, "名詞", "固有名詞", "人名", "名"):
                continue
            out.append((m.start(), m.end(), score))

    def _bare_runs(self, t: str, out: list) -> None:
        for m in _KANJI_RUN.finditer(t):
            hits = _run_names(m.group(0))
            if not hits:
                continue
            s0 = m.start()
            if _COMPANY_BEFORE.search(t[max(0, s0 - 12):s0]):
                continue
            for a, b, last in hits:
                if last and _COMPANY_AFTER.match(t[m.end():m.end() + 6]):
                    continue
                out.append((s0 + a, s0 + b, 0.75))

    def _latin(self, t: str, out: list) -> None:
        if not re.search(r"[A-Z][a-z]|[A-Z]{2}", t):
            return
        for m in _LATIN_CTX.finditer(t):
            n = _LATIN_NAME_RE.match(t, m.end())
            if not n:
                n1 = _LATIN_TITLE_ONLY.match(t, m.start())
                if n1 and n1.group(1) not in _LATIN_STOP:
                    out.append((n1.start(1), n1.end(1), 0.7))
                continue
            words = n.group(0).split(" ")
            while words and words[-1].rstrip(".") in _LATIN_STOP:
                words.pop()
            if len(words) < 2 or any(w in _LATIN_STOP for w in words[:1]):
                if len(words) == 1 and re.match(r"(?:Mr|Mrs|Ms|Dr|Dear)", m.group(0)) and words[0] not in _LATIN_STOP:
                    out.append((n.start(), n.start() + len(words[0]), 0.7))
                continue
            out.append((n.start(), n.start() + len(" ".join(words)), 0.85))
        names = None
        for m in _LATIN_PAIR.finditer(t):
            a, b = m.group(1), m.group(2)
            if a in _LATIN_STOP or b in _LATIN_STOP:
                continue
            if names is None:
                names = _names()
            ka, kb = _romaji_key(a), _romaji_key(b)
            if (ka in names.given_roma and kb in names.family_roma) or (ka in names.family_roma and kb in names.given_roma):
                out.append((m.start(), m.end(), 0.8))
        if self.use_english_model:
            self._english(t, out)

    def _english(self, t: str, out: list) -> None:
        if not _LATIN_PAIR.search(t):
            return
        model = nlp.english_model()
        if model is None:
            return
        for m in re.finditer(r"[^\n。]*[A-Z][a-z]+ [A-Z][a-z]+[^\n。]*", t):
            window = m.group(0)
            if len(window) > 2000 or sum(c.isascii() for c in window) < 0.8 * len(window):
                continue
            for ent in model(window).ents:
                if ent.label_ == "PERSON" and " " in ent.text:
                    out.append((m.start() + ent.start_char, m.start() + ent.end_char, 0.7))


@lru_cache(maxsize=200_000)
def _surname(word: str) -> bool:
    return nlp.can_be(word, "名詞", "固有名詞", "人名", "姓")


@lru_cache(maxsize=100_000)
def _run_names(run: str) -> tuple[tuple[int, int, bool], ...]:
    """姓+名 token pairs inside one kanji run: (start, end, ends_the_run), cached per distinct run."""
    n = len(run)
    if n < 3 or not (_surname(run[:2]) or (n > 3 and _surname(run[:3])) or (n <= 4 and _surname(run[:1]))):
        return ()
    toks = nlp.tokenize(run)
    hits = []
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if _is_name_pos(a[3]) == "姓" and _is_name_pos(b[3]) == "名":
            nxt = toks[i + 2][0] if i + 2 < len(toks) else ""
            if nxt and _COMPANY_AFTER.match(nxt):
                continue
            hits.append((a[1], b[2], i + 2 == len(toks)))
    return tuple(hits)


def _name_char(c: str) -> bool:
    o = ord(c)
    return (
        0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or c in "々〆ノヶ"
        or 0x30A1 <= o <= 0x30FA or c == "ー" or 0x3041 <= o <= 0x3096
    )


def _resolve(cands: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Merge overlapping candidates: the widest span wins, with the best score of the overlap group."""
    if not cands:
        return []
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[list] = []
    for s, e, sc in cands:
        if out and s < out[-1][1]:
            last = out[-1]
            if e - s > last[1] - last[0]:
                last[0], last[1] = s, e
            else:
                last[1] = max(last[1], e) if e - last[0] <= 20 else last[1]
            last[2] = max(last[2], sc)
        else:
            out.append([s, e, sc])
    return [(s, e, sc) for s, e, sc in out]
