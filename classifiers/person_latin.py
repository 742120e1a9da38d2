"""Latin-script PERSON names: Mr./Dear/Name: contexts, sign-offs, romanised Japanese names, -san, English NER.

Used by `classifiers.person` (one detector for PERSON); this module holds the Latin side: the regexes, the stop
list of capitalised words that are not names (Street, Inc, Monday …), the romaji keys that make Hepburn and Kunrei
spellings of a Japanese name compare equal, and `find_latin_names`, which adds (start, end, score) candidates.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from . import nlp

_LATIN_WORD = r"(?:[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)"
_LATIN_NAME = rf"{_LATIN_WORD}(?: [A-Z]\.)?(?: {_LATIN_WORD}){{1,2}}"
_LATIN_CTX = re.compile(  # the lookahead: every possible first character (a fast scan, as for _LABEL_HIT)
    r"(?=[MDPFNCAESRBKYHT])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+|Dear[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?|"
    r"(?:Full[ \t]?name|Name|Contact(?:[ \t]person)?|Attn\.?|Attention|Applicant|Employee|Customer|"
    r"Patient|Account[ \t]holder|Signed|Author)[ \t]*:[ \t]*|"
    r"(?:Sincerely|Regards|Best[ \t]regards|Kind[ \t]regards|Yours[ \t]truly)(?:,?[ \t]*\n[ \t]*|,[ \t]+)|"
    r"(?:Hello|Hi|Thanks|Thank[ \t]you),?[ \t]+)"
)
_LATIN_HINT = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Dear|Full|Name|Contact|Attn|Attention|Applicant|Employee|Customer|Patient|"
    r"Account|Signed|Author|Sincerely|Regards|Best|Kind|Yours|Hello|Hi|Thanks|Thank)"
)
_LATIN_NAME_RE = re.compile(_LATIN_NAME)
_LATIN_PAIR = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+")
_CAP_WORD = re.compile(r"[A-Z][a-z]{1,14}|[A-Z]{2,14}")
_CAP_SEQ = re.compile(r"(?:[A-Z][a-z]{1,14}|[A-Z]{2,14})(?: (?:[A-Z][a-z]{1,14}|[A-Z]{2,14}))+")


class _Pair:
    """Span of two adjacent capitalised words (the shape `re.Match.start(1)/end(2)` callers use)."""

    __slots__ = ("s", "e")

    def __init__(self, s: int, e: int) -> None:
        self.s, self.e = s, e

    def start(self, _group: int = 0) -> int:
        return self.s

    def end(self, _group: int = 0) -> int:
        return self.e
_ROMAJI_SHAPE = re.compile(r"(?i)^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|[jfwy])?[aiueo]|n(?![aiueoy]))+$")
_LATIN_ONE = re.compile(r"(?:[A-Z][a-z]{1,14}|[A-Z]{2,14})\b(?![ \t]+[A-Z])")
_LATIN_SAN = re.compile(r"-(?:san|sama|sensei|kun|chan|shi)\b")
_HAS_CAPS = re.compile(r"[A-Z][a-z]|[A-Z]{2}")
_GREETING = re.compile(r"(?:Dear|Hello|Hi)\b")
_TITLE_OR_DEAR = re.compile(r"(?:Mr|Mrs|Ms|Dr|Dear)")
_LATIN_SAN_WORD = re.compile(r"(?:[A-Z][a-z]{1,14}|[A-Z]{2,14})\Z")
_LATIN_TITLE_ONLY = re.compile(rf"(?:Mr|Mrs|Ms|Dr)\.?[ \t]+({_LATIN_WORD})")

_LATIN_STOP = frozenset(
    "Maison Heights Residence Park Grand Sun Court Villa Mansion Palace Hills Garden Plaza Corpo Royal Sky "
    "The A An This That And Or Of In On At For To From By With Inc Ltd Co Corp LLC Company Corporation Group "
    "Bank Street St Avenue Ave Road Rd Tokyo Osaka Japan Kyoto Yokohama Nagoya Shibuya Shinjuku Minato "
    "Chiyoda Chuo Street Building Tower Center Centre Office Department Dept Sales Team Manager Director "
    "President Customer Service Support Dear Mr Mrs Ms Dr Best Regards Sincerely Thank Thanks Please Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Main Data System Project Product Order Invoice Total Name Email "
    "Phone Address Contact Date Note Notes Subject Re Fw Fwd Hello Hi New Old North South East West".split()
)

_LATIN_SMALL = frozenset("A An Of In On At To By Or And".split())

_THING = re.compile(
    r"(?:Product|Item|Company|Corporate|Business|File|Project|Host|Server|Model|Brand|Store|Shop|Bank|Branch|"
    r"Domain|Device|Service|Plan|Course|Event|Venue|Building|Street|Table|Column|Field|Class|Package|App|"
    r"Application|Trade|Display|Screen|Nick|Code|Product_?|商品|会社|製品|ファイル|店舗|銀行|支店)[ _]?\Z",
    re.I,
)


def _thing_name(t: str, i: int) -> bool:
    """True when the label at `i` names a thing (Product Name:, 会社Name), not a person."""
    return bool(_THING.search(t, max(0, i - 14), i))

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


def find_latin_names(t: str, out: list, names_fn: Callable[[], Any], use_english_model: bool = True) -> None:
    """Latin-script names: after Mr./Dear/Name:/a sign-off, romanised Japanese name pairs, -san suffixes, and the
    optional English NER model. `names_fn()` gives the romaji keys of the common Japanese names (built lazily)."""
    if not _HAS_CAPS.search(t):
        return
    for m in (_LATIN_CTX.finditer(t) if _LATIN_HINT.search(t) else ()):
        if m.start() > 0 and t[m.start() - 1].isascii() and t[m.start() - 1].isalnum():
            continue  # inside a longer word (…name:, Hidr.)
        if _thing_name(t, m.start()):
            continue  # Product Name:, File Name:, Company Name: …
        n = _LATIN_NAME_RE.match(t, m.end())
        if not n:
            n1 = _LATIN_TITLE_ONLY.match(t, m.start())
            if n1 and n1.group(1) not in _LATIN_STOP:
                out.append((n1.start(1), n1.end(1), 0.7))
                continue
            w = _LATIN_ONE.match(t, m.end())
            if w and w.group(0) not in _LATIN_STOP and _GREETING.match(m.group(0)):
                greeting = t[w.end():w.end() + 1] in (",", "\n", "!")
                if greeting or _romaji_key(w.group(0)) in names_fn().family_roma or _ROMAJI_SHAPE.match(w.group(0)):
                    out.append((w.start(), w.end(), 0.7))
            continue
        words = n.group(0).split(" ")
        while words and words[-1].rstrip(".") in _LATIN_STOP:
            words.pop()
        if len(words) < 2 or any(w in _LATIN_STOP for w in words[:1]):
            if len(words) == 1 and _TITLE_OR_DEAR.match(m.group(0)) and words[0] not in _LATIN_STOP:
                out.append((n.start(), n.start() + len(words[0]), 0.7))
            continue
        out.append((n.start(), n.start() + len(" ".join(words)), 0.85))
    names = None
    words = [w for seq in _CAP_SEQ.finditer(t) for w in _CAP_WORD.finditer(t, seq.start(), seq.end())]
    for w1, w2 in zip(words, words[1:]):
        if w2.start() != w1.end() + 1 or t[w1.end()] != " ":
            continue
        if (w1.start() > 0 and t[w1.start() - 1].isascii() and t[w1.start() - 1].isalnum()) or (
            w2.end() < len(t) and t[w2.end()].isascii() and t[w2.end()].isalnum()
        ):
            continue
        a, b = w1.group(0), w2.group(0)
        m = _Pair(w1.start(), w2.end())
        if a in _LATIN_STOP or b in _LATIN_STOP:
            continue
        if names is None:
            names = names_fn()
        ka, kb = _romaji_key(a), _romaji_key(b)
        if (ka in names.given_roma and kb in names.family_roma) or (ka in names.family_roma and kb in names.given_roma):
            out.append((m.start(1), m.end(2), 0.8))
        elif (ka in names.family_roma and _ROMAJI_SHAPE.match(b)) or (kb in names.family_roma and _ROMAJI_SHAPE.match(a)):
            out.append((m.start(1), m.end(2), 0.7))
    for m in (_LATIN_SAN.finditer(t) if "-" in t else ()):
        w = _LATIN_SAN_WORD.search(t, max(0, m.start() - 15), m.start())
        if w and w.group(0) not in _LATIN_STOP and not (w.start() > 0 and t[w.start() - 1].isalnum()):
            out.append((w.start(), w.end(), 0.75))
    if use_english_model:
        _english(t, out)

def _english(t: str, out: list) -> None:
    model = nlp.english_model()
    if model is None or not _LATIN_PAIR.search(t):
        return
    for m in re.finditer(r"[^\n。]*[A-Z][a-z]+ [A-Z][a-z]+[^\n。]*", t):
        window = m.group(0)
        if len(window) > 2000 or sum(c.isascii() for c in window) < 0.8 * len(window):
            continue
        for ent in model(window).ents:
            if ent.label_ == "PERSON" and " " in ent.text:
                out.append((m.start() + ent.start_char, m.start() + ent.end_char, 0.7))
