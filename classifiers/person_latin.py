"""Latin-script PERSON names: Mr./Dear/Name: contexts, person labels, mail headers, chat speakers, @mentions,
sign-offs, enumerations, Japanese honorifics after a Latin name, known given/family name pairs, romanised Japanese
names, -san, English NER.

Used by `classifiers.person` (one detector for PERSON); this module holds the Latin side: the regexes, the stop
list of capitalised words that are not names (Street, Inc, Monday …, extended by the "X" lines of
data/names_latin.txt), the common given and family names of many cultures (data/names_latin.txt, loaded lazily),
the romaji keys that make Hepburn and Kunrei spellings of a Japanese name compare equal, and `find_latin_names`,
which adds (start, end, score) candidates.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Callable

from . import nlp
from .base import LoweredWords, matches_before

_LATIN_WORD = (r"(?:(?:Mc|[A-Z]')?[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?(?![A-Za-z])"  # (not Gmb of GmbH)
               r"|(?:[A-Z]')?[A-Z]{2,}(?:-[A-Z]{2,})?(?![A-Za-z]))")  # (O'BRIEN, D'Angelo as an apostrophe's prefix)
# (a middle initial with or without its dot: Daniel R. Whitfield, SURESH K MENON)
_LATIN_NAME = rf"{_LATIN_WORD}(?: [A-Z]\.| [A-Z](?= [A-Z]))?(?: {_LATIN_WORD}){{1,2}}"
_LATIN_CTX = re.compile(  # the lookahead: every possible first character (a fast scan, as for _LABEL_HIT)
    r"(?=[MDPFNCAESRBKYHTGIOW])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+|Dear[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?|"
    # (a police officer's or a nurse's title before the name: Detective Rachel Hollis, Sgt. Mark Owens)
    r"(?:Detective|Det\.|Inspector|Insp\.|Sergeant|Sgt\.|Constable|Nurse|Captain|Capt\.)[ \t]+(?=[A-ZÀ-ÖØ-ÞĐ])|"
    # the titles of Indonesian, Filipino, Spanish and Portuguese speakers (Pak Hasegawa, Bu Yuli, Ate Grace, Sra. Rosa)
    r"(?:Pak|Bapak|Bu|Ibu|Mbak|Ate|Kuya|Sr|Sra|Srta|Dona|Señor|Señora|Senhor|Senhora)\.?[ \t]+(?=[A-ZÀ-ÖØ-ÞĐ])|"
    r"(?:Full[ \t]?name|Name(?:[ \t]on[ \t](?:[Cc]ard|[Pp]assport|[Aa]ccount))?|Contact(?:[ \t]person)?|Attn\.?|Attention|Applicant|Employee|Customer|"
    r"Patient|Account[ \t]holder|Signed|Author|Card[ \t]?holder(?:[ \t]name)?|Guest(?:[ \t]name)?|Client|"
    r"Signature|Checked(?:[ \t]by)?|Prepared[ \t]by|Reported[ \t]by|Memo[ \t]by|Officer|Interpreter|Guardian|"
    r"Witness|Emergency[ \t]contact|Passenger|Traveller|Traveler|"
    r"Operator|Caller|Renter|Driver|Recipient|Receiver|Beneficiary|Owner|Concierge)"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:[ \t]*|"
    r"(?:Sincerely|Regards|Best[ \t]regards|Kind[ \t]regards|Yours[ \t]truly)(?:,?[ \t]*\n[ \t]*|,[ \t]+)|"
    r"(?:Hello|Hi|Thanks|Thank[ \t]you),?[ \t]+|"
    r"My[ \t]name[ \t]is[ \t]+)"  # (My name is Rachel Goldberg)
)


def _first_char_alternation(words: list[str], not_after: str = "") -> str:
    """`(?:w1|w2|…)` with the words that share a first character grouped behind it (部長|副社長|被(?:疑者|告人|告)):
    the regex engine then tries one branch per position instead of every word. Matches are the same: only words
    with the same first character can match at one position, and their order is kept. `not_after` (the inside of a
    character class): the words must not follow such a character — `(?<![…])(?:w1|w2)`, written as a lookbehind
    after each first character so that the pattern still starts with the characters (a fast scan: a pattern led by a
    lookbehind is tried at every position)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w)
    lb = f"(?<![{not_after}].)" if not_after else ""
    parts = [
        re.escape(c) + lb + (
            re.escape(ws[0][1:]) if len(ws) == 1 else "(?:" + "|".join(re.escape(w[1:]) for w in ws) + ")"
        )
        for c, ws in groups.items()
    ]
    return "(?:" + "|".join(parts) + ")"


def _matches(rx: re.Pattern, t: str, pos: int = 0) -> Any:
    """`rx.finditer(t, pos)`, cheaper where, as for most scans of a document, nothing matches: a search costs far
    less to set up than the iterator, which is made only when the search finds something, and then starts at that
    first match (the same matches)."""
    m = rx.search(t, pos)
    return () if m is None else rx.finditer(t, m.start())


def _line_matches(rx: re.Pattern, t: str, hint: re.Pattern) -> Any:
    """`rx.finditer(t)` for a pattern anchored at a line start (`(?m)^`) each of whose matches holds a place where
    `hint` matches on its first line: `rx` is tried only at the start of the lines `hint` is found on (the same
    matches, in order)."""
    h = hint.search(t)
    return () if h is None else _tried_on_lines(rx, t, hint, h.start())


def _tried_on_lines(rx: re.Pattern, t: str, hint: re.Pattern, h: int) -> Any:
    pos = 0  # (where the next match may start)
    while True:
        ls = t.rfind("\n", 0, h) + 1
        le = t.find("\n", h)
        if ls >= pos:
            m = rx.match(t, ls)
            if m is not None:
                yield m
                pos = m.end()
        if le < 0:
            return
        n = hint.search(t, max(le + 1, pos))
        if n is None:
            return
        h = n.start()


_LATIN_HINT = re.compile(_first_char_alternation(
    "Pak|Bapak|Bu|Ibu|Mbak|Ate|Kuya|Sr|Sra|Srta|Dona|Señor|Señora|Senhor|Senhora|"
    "Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Dear|Full|Name|Contact|Attn|Attention|Applicant|Employee|Customer|Patient|"
    "Account|Signed|Author|Sincerely|Regards|Best|Kind|Yours|Hello|Hi|Thanks|Thank|Card|Guest|Client|Signature|"
    "Checked|Prepared|Reported|Memo|Officer|Interpreter|Guardian|Witness|Emergency|Passenger|Traveller|Traveler|My|"
    "Operator|Caller|Renter|Driver|Recipient|Receiver|Beneficiary|Owner|Detective|Det|Inspector|Insp|Sergeant|Sgt|"
    "Constable|Nurse|Captain|Capt"
    .split("|")
))
_LATIN_NAME_RE = re.compile(_LATIN_NAME)
# the given names after the family name and its comma, ending the line (DELA CRUZ, MARIA CRISTINA)
_INVERTED_REST = re.compile(rf", {_LATIN_WORD}(?: {_LATIN_WORD}){{0,2}}(?=[ \t]*(?:\n|$|[(（/|]))")
_LATIN_PAIR = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+")


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
_LATIN_ONE = re.compile(  # (Mei-Hua, McKenzie, O'Connor)
    r"(?:(?:Mc|Mac|O')?[A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?|[A-Z]{2,14})\b(?![ \t]+[A-Z])")
# a group after a greeting's word (Hello Hanamizuki team, Hi Sakura staff): a shop's team, no person
_GROUP_AFTER = re.compile(r"(?i)[ \t]+(?:team|staff|support|department|dept|office|shop|store|members|everyone|family|"
                          r"customer|crew|folks|people)\b")
_THANKS = re.compile(r"Thank|Thanks")
# the words that make a romanised place of the name before them (Dear Yunosawa Town office, Kita City Hall)
_PLACE_TAIL = frozenset("Town City Village Ward Prefecture Municipality Municipal Hall Office".split())
# a report's agent after "<verb> by" with no colon; one surname in capitals or capitalised, then the line goes on
# with a slash, a dash, a comma or two spaces (PREPARED BY ISHIDA / NRT OPS, Checked by Mori, 2024-11-02)
_BY_AGENT = re.compile(
    r"(?:PREPARED|CHECKED|APPROVED|RECEIVED|HANDLED|REVIEWED|VERIFIED|SUBMITTED|Prepared|Checked|Approved|"
    r"Received|Handled|Reviewed|Verified|Submitted) (?:BY|by) ([A-Z][a-z]{2,14}|[A-Z]{3,15})"
    r"(?=[ \t]*(?:[/,\-–(]|\n|$|[ \t]{2}))"
)
_LATIN_SAN = re.compile(r"-(?:san|sama|sensei|kun|chan|shi)\b")
# a capitalised or upper-case word (one char class: a fast scan), accented too (Đỗ Nhung: the scans start at Đ)
_HAS_CAPS = re.compile("[A-ZÀ-ÖØ-ÞĐ\u1ea0-\u1ef8][A-Za-zß-ÿ\u0100-\u017f\u01a0-\u01b0\u1ea0-\u1ef9]")
_HAS_TITLE = re.compile(r"[A-Z][a-z]")
_GREETING = re.compile(r"(?:Dear|Hello|Hi)\b")
_TITLE_OR_DEAR = re.compile(r"(?:Mr|Mrs|Ms|Dr|Dear)")
_LATIN_SAN_WORD = re.compile(r"(?:[A-Z][a-z]{1,14}|[A-Z]{2,14})\Z")
# what follows a title and an ordinary word that is a surname there (Mrs Price has …, Mr Baker, who …, Dr Bell.)
_TITLE_WORD_AFTER = re.compile(r"(?:[ \t]+(?:has|had|is|was|will|would|said|says|asked|called|came|who|and|from|of|"
                               r"wants|needs|requested|reported|will)\b|[ \t]*(?:[,.;:)]|$|\n))")
_INITIAL_SURNAME = re.compile(r"[A-Z]\. ?((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![A-Za-z])")
_LATIN_TITLE_ONLY = re.compile(
    rf"(?:Mr|Mrs|Ms|Dr|Pak|Bapak|Bu|Ibu|Mbak|Ate|Kuya|Sr|Sra|Srta|Dona|Señor|Señora|Senhor|Senhora)\.?[ \t]+({_LATIN_WORD})")

_LATIN_STOP = frozenset(
    "Maison Heights Residence Park Grand Sun Court Villa Mansion Palace Hills Garden Plaza Corpo Royal Sky "
    "The A An This That And Or Of In On At For To From By With Inc Ltd Co Corp LLC Company Corporation Group "
    "Bank Street St Avenue Ave Road Rd Tokyo Osaka Japan Kyoto Yokohama Nagoya Shibuya Shinjuku Minato "
    "Chiyoda Chuo Street Building Tower Center Centre Office Department Dept Sales Team Manager Director "
    "President Customer Service Support Dear Mr Mrs Ms Dr Best Regards Sincerely Thank Thanks Please Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Main Data System Project Product Order Invoice Total Name Email "
    "Phone Address Contact Date Note Notes Subject Re Fw Fwd Hello Hi New Old North South East West "
    # romanised place words of Japanese addresses and guides (Kanazawa Ekimae, Kinugawa Onsen, Meiji Jingu)
    "Ekimae Ekinishi Ekihigashi Onsen Jinja Jingu Jingū Dori Dōri Machi Honmachi Shotengai Kaigan Koen Kōen "
    # the word that ends a Japanese ship's name (SAKURA MARU in a vessel schedule)
    "Maru "
    # the people a letter is addressed to by role (Dear Editor, Dear Sir or Madam, Dear Colleagues)
    "Editor Editors Sir Madam Colleague Colleagues Friends Member Members Partner Partners Valued "
    "Secretariat Organizer Organizers Organiser Organisers Committee Chair Chairs Reviewer Reviewers Author Authors "
    "Applicant Applicants Participant Participants Attendee Attendees Delegate Delegates Guest Guests Host Hosts".split()
)

def _stop_words_from_data() -> frozenset[str]:
    """The "X" lines of data/names_latin.txt (capitalised words that are not names: Team, Logistics, Helpdesk …)."""
    from . import data  # noqa: PLC0415

    return frozenset(w for line in data.lines("names_latin.txt") if line.startswith("X ") for w in line.split()[1:])


_TITLE_STOP = _LATIN_STOP  # (after Mr/Mrs/Ms/Dr an ordinary word is a surname too: Mrs Price, Mr Baker, Dr Bell)
_LATIN_STOP = _LATIN_STOP | _stop_words_from_data()

_LATIN_SMALL = frozenset("A An Of In On At To By Or And".split())
_COMPANY_WORDS = frozenset(
    "Inc Ltd Co Corp LLC LLP PLC GmbH AG SA KK Company Corporation Group Holdings Partners Associates Logistics "
    "Trading Transport Systems Solutions Industries Industry Electric Electronics Motors Motor Foods Pharma Services "
    "Technologies Consulting Bank Insurance Securities Shoji Kogyo Sangyo Denki Kensetsu Tsushin Shokai Bussan "
    "Seisakusho Seiki Unyu Butsuryu Ginko Hoken Shoken Komuten Koumuten Shokuhin Seiyaku Kagaku Insatsu Sekkei "
    "Fudosan Banking Trust Financial Finance Chemical Chemicals Heavy Marine Construction Railway Airlines Airways "
    "Steel Metals Paper Pharmaceutical Shipping Realty Estate "
    # travel, hospitality, schools and clinics named after a word that is also a name (Sakura Heritage Tours)
    "Tours Tour Travel Travels Hotel Hotels Resort Resorts Inn Agency Academy School College University Clinic "
    "Hospital Foundation Association Institute "
    # events named after a person or place (Nozawa Fire Festival, Gion Matsuri)
    "Festival Festivals Matsuri Fair Expo Parade Marathon Championship Championships Conference Summit Awards".split()
)

_THING = re.compile(
    r"(?:Product|Item|Company|Corporate|Business|File|Project|Host|Server|Model|Brand|Store|Shop|Bank|Branch|"
    r"Domain|Device|Service|Plan|Course|Event|Venue|Building|Street|Table|Column|Field|Class|Package|App|"
    r"Application|Trade|Display|Screen|Nick|Code|Product_?|商品|会社|製品|ファイル|店舗|銀行|支店)[ _]?\Z",
    re.I,
)


# the characters a `_THING` word can end with (case-insensitively: ſ folds to s and the Kelvin sign to k)
_THING_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_品社ル舗行店\u017f\u212a")


def _thing_name(t: str, i: int) -> bool:
    """True when the label at `i` names a thing (Product Name:, 会社Name, or a Name: under a RECEIVING SHIP heading),
    not a person."""
    if i and t[i - 1] in " \t\n" and t.startswith("Name", i) and _THING_HEADING.search(t, max(0, i - 60), i):
        return True
    # cheap first test: a thing word (maybe and one space) must end right before the label
    if not i or not (t[i - 1] in _THING_LAST or (t[i - 1] == " " and i >= 2 and t[i - 2] in _THING_LAST)):
        return False
    return bool(_THING.search(t, max(0, i - 14), i))


# a heading on the line above a bare Name: field that says what is named (RECEIVING SHIP, VESSEL, SUPPLIER)
_THING_HEADING = re.compile(r"(?i:ship|vessel|barge|tanker|aircraft|supplier|company|hotel|facility|product)[ \t:]*\n[ \t]*\Z")

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


# the staff speaker of a support chat's line: Agent Chen:, Operator Aiko Mori: (after a time stamp or at the line start)
_AGENT_SPEAKER = re.compile(r"(?m)^(?:\[?[0-9][0-9/:\- .T]{3,24}\]?[ \t]+)?(?:Agent|AGENT|Operator|OPERATOR)[ \t]+"
                            r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[ \t]?:)")


def find_latin_names(
    t: str, out: list, names_fn: Callable[[], Any], use_english_model: bool = True, caps: Any = False
) -> bool:
    """Latin-script names: after Mr./Dear/Name:/a sign-off, romanised Japanese name pairs, -san suffixes, the cued
    formats below (labels, mail headers, chat, @mentions, sign-off lines, lists, honorifics), known given/family
    name pairs, and the optional English NER model. `names_fn()` gives the romaji keys of the common Japanese names
    (built lazily); lower-case romaji after "by" (by nakagawa hiroshi). Returns whether the text has a capitalised
    or upper-case word (nothing else is looked at when not). `caps`: the caller's `_HAS_CAPS.search(t)`, when it
    has searched already (False: not given)."""
    # (a one-character test before an ASCII needle of several: those are slow to look for in Japanese text)
    by = "y" in t and " by " in t
    if by:
        _by_romaji(t, out, names_fn)
        if caps is not False or _HAS_CAPS.search(t):
            _done_by(t, out, names_fn())
    if caps is False:
        caps = _HAS_CAPS.search(t)
    if not caps:
        return False
    c0 = caps.start()  # (no capital letter before it: the scans below start there)
    n0 = len(out)
    for m in (_LATIN_CTX.finditer(t, c0) if _LATIN_HINT.search(t, c0) else ()):
        if m.start() > 0 and t[m.start() - 1].isascii() and t[m.start() - 1].isalnum():
            continue  # inside a longer word (…name:, Hidr.)
        if _thing_name(t, m.start()):
            continue  # Product Name:, File Name:, Company Name: …
        n = _LATIN_NAME_RE.match(t, m.end())
        if n is None or (n.end() < len(t) and t[n.end()] in _LATIN_CHARS):
            # (a name with accented or Vietnamese letters: TRẦN THỊ HỒNG NHUNG, Jonas Müller)
            u = _RUN.match(t, m.end())
            if u is not None and " " in u.group(0):
                n = u
        if not n:
            ini = _INITIAL_SURNAME.match(t, m.end()) if m.group(0).rstrip()[-1:] in ":：" else None
            if ini and ini.group(1) not in _LATIN_STOP:
                out.append((ini.start(), ini.end(), 0.75))  # Checked: K. Mori, Signature: S. O'Connor
                continue
            n1 = _LATIN_TITLE_ONLY.match(t, m.start())
            if n1 is None and m.group(0).startswith(("Dear ", "DEAR ", "Hi ", "Hello ")):
                n1 = _LATIN_TITLE_ONLY.match(t, m.start() + m.group(0).index(" ") + 1)  # Dear Ms. Park,
            # (a stop word that is also a family name after a title is the name: Dear Ms. Park, Mr. Long)
            fam = n1 is not None and bool(_word_flags(n1.group(1)) & (_F | _E))
            if n1 and (n1.group(1) not in _TITLE_STOP or fam) and (n1.group(1) not in _LATIN_STOP or _TITLE_WORD_AFTER.match(
                    t, n1.end(1)) or fam):
                out.append((n1.start(1), n1.end(1), 0.7))
                continue
            w = _LATIN_ONE.match(t, m.end())
            if w and w.group(0) not in _LATIN_STOP and _GREETING.match(m.group(0)) and not _GROUP_AFTER.match(t, w.end()):
                greeting = t[w.end():w.end() + 1] in (",", "\n", "!")
                if greeting or _romaji_key(w.group(0)) in names_fn().family_roma or _ROMAJI_SHAPE.match(w.group(0)):
                    out.append((w.start(), w.end(), 0.7))
            elif w and _THANKS.match(m.group(0)) and t[w.end():w.end() + 1] in (",", ".", "!", "\n") and (
                    _word_flags(w.group(0)) & (_G | _RG)):
                out.append((w.start(), w.end(), 0.7))  # Thank you, Sophie. (a known given name, addressed)
            continue
        words = n.group(0).split(" ")
        while words and words[-1].rstrip(".") in _LATIN_STOP:
            last = words.pop().rstrip(".")
            if last in _COMPANY_WORDS or last in _PLACE_TAIL or _GROUP_AFTER.fullmatch(" " + last) is not None:
                words = []  # Oliver Grant Ltd is a company; Dear Claims Team, a team; Dear Yunosawa Town office: no person
        if len(words) < 2 or any(w in _LATIN_STOP for w in words[:1]):
            if len(words) == 1 and _TITLE_OR_DEAR.match(m.group(0)) and words[0] not in _LATIN_STOP:
                out.append((n.start(), n.start() + len(words[0]), 0.7))
            continue
        e = n.start() + len(" ".join(words))
        if e == n.end() and _GROUP_AFTER.match(t, e) is not None:
            continue  # Dear Sakura Life team: a company's team, no person
        if t.startswith(", ", e) and m.group(0).rstrip()[-1:] in ":：":
            inv = _INVERTED_REST.match(t, e)  # Full name : DELA CRUZ, MARIA CRISTINA — the family name first
            if inv is not None:
                e = inv.end()
        out.append((n.start(), e, 0.85))
    for m in (_matches(_LATIN_SAN, t) if "-" in t else ()):
        w = _LATIN_SAN_WORD.search(t, max(0, m.start() - 15), m.start())
        if w and (w.group(0) not in _LATIN_STOP or _GREETED.search(t, max(0, w.start() - 12), w.start())) \
                and not (w.start() > 0 and t[w.start() - 1].isalnum()):  # (Dear Shoji-san: shoji is a word too)
            out.append((w.start(), w.end(), 0.75))
    names = names_fn()
    _pairs_and_lists(t, out, names)
    _labels(t, out, names)
    if _JA_ROLE_HINT.search(t) is not None:
        _ja_role_latin(t, out, names)
    if "wrote:" in t:
        for m in _matches(_WROTE, t):  # On 3 Nov 2026 at 9:03 AM Grace Okonkwo-Tanaka wrote: (a quoted reply's header)
            words = m.group(1).split(" ")
            if not any(w in _LATIN_STOP for w in words[:1]) and not _word_flags(words[-1]) & _X:
                out.append((m.start(1), m.end(1), 0.8))
    # (every word has an "e", an "h" or is "son ": one-character tests first, much the cheapest)
    if ("e" in t or "h" in t or "son " in t) and (
            "wife" in t or "husband" in t or "son " in t or "daughter" in t or "partner" in t or "spouse" in t
            or "mother" in t or "father" in t or "child" in t or "fianc" in t or "uncle" in t or "aunt" in t
            or "niece" in t or "nephew" in t or "cousin" in t or "grand" in t or "brother" in t or "sister" in t
            or "baby" in t):
        for m in matches_before(_RELATION_NAME, t, _RELATION_HINT, 8):  # My husband Takuya, his son Ren, wife Tomiko: (a relative, then the name)
            if not any(w in _LATIN_STOP for w in m.group(1).split(" ")):
                out.append((m.start(1), m.end(1), 0.8))
    if "gent " in t or "perator " in t:
        for m in _AGENT_SPEAKER.finditer(t):  # [15:20:31] Agent Chen: …, 07:55:42  Agent Aiko: (a support chat's staff)
            if m.group(1) not in _LATIN_STOP:
                out.append((m.start(1), m.end(1), 0.8))
    if "=" in t and ("Name=" in t or "name=" in t or "Name =" in t):
        for m in _matches(_KV_NAME, t):  # lastName=OKADA, firstName=MIKI (toString dumps, query strings, logs)
            out.append((m.start(1), m.end(1), 0.8))
    if by or ("Y" in t and " BY " in t):
        for m in _matches(_BY_AGENT, t):  # PREPARED BY ISHIDA / NRT OPS: who made a printed report, without a colon
            w = m.group(1)
            if w not in _LATIN_STOP and _romaji_key(w) in names.family_roma:
                out.append((m.start(1), m.end(1), 0.75))
    if ("DOB" in t or "Passport" in t or "PASSPORT" in t) and _CAPS_ROW_NAME_HINT.search(t) is not None:
        for m in _CAPS_ROW_NAME.finditer(t):  # 1. CHOI DONGHYUN   DOB 14 MAR 1979   Passport No. M31840627
            words = m.group(1).split(" ")
            if not any(w.capitalize() in _LATIN_STOP or w in _CAPS_ROW_STOP for w in words):
                out.append((m.start(1), m.end(1), 0.8))
    if "/" in t and " M" in t and (" MR" in t or " MS" in t or " MISS" in t or " MSTR" in t):
        for m in _matches(_PNR_NAME, t):  # airline/booking names: UNO/KENTARO MR
            out.append((m.start(1), m.end(1), 0.85))
    if "/" in t and ("INF" in t or "CHD" in t):
        for m in _matches(_PNR_INFANT, t):  # an infant or child on a manifest: INFT FUJIMOTO/RIN
            out.append((m.start(1), m.end(1), 0.85))
    comma = ", " in t
    if comma and "(" in t:
        _paren_lists(t, out, names)
    if comma:
        _inverted(t, out, names)
    if "\n" in t and ("ame" in t or "AME" in t):  # every label of `_LABEL_LINE` has "name" in it
        _label_lines(t, out, names)
    if n0 and _TWO_CAPS.search(t, c0):  # Japanese names were found before: their Latin renderings
        _after_japanese_names(t, out, names)
    if len(out) > n0 and ("(" in t or "（" in t or "/" in t or "／" in t):
        _hanzi_after_latin(t, out, n0)
    if t[c0 + 1].islower() or _HAS_TITLE.search(t, c0):  # the rest needs a capitalised word (Oliver, not only OLIVER)
        if "\n" in t:
            _sign_offs(t, out, names)
        if "," in t:
            _inline_sign_offs(t, out, names)
        if "@" in t:
            _mentions(t, out, names)
        _after_latin_word(t, out, names)
    elif _CAPS_HONORIFIC.search(t, c0) is not None:  # (… or a name in capitals, then さん/様/君: SHRESTHAさん)
        _after_latin_word(t, out, names)
    if ". " in t or "." in t:
        _initial_surnames(t, out, names)
    if _CAPS_PAIR_HINT.search(t, c0) is not None:
        _east_asian_caps(t, out)
    if "/" in t and _TRAVEL_WORDS(t) and _TRAVEL_CUE.search(t) is not None:
        _slash_names(t, out, names)
    if len(out) > n0:
        _propagate(t, out, n0)
    if use_english_model:
        _english(t, out)
    return True


# a name as airlines and travel systems write it, family/given in capitals (SUWANNARAT/KITTI, WATANABE/AYAKA MS), in
# a text about travel (a PNR, a ticket, a manifest, a booking); not an airport pair (HND/FRA) nor words (AND/OR)
_TRAVEL_CUE = re.compile(r"(?i)\b(?:pnr|ssr|osi|docs|passengers?|tickets?|boarding|booking|rooming|flight|pax)\b"
                         r"|搭乗|予約|航空|便名|旅券|パスポート")
# (every word of _TRAVEL_CUE, lower-cased: a test from the shared scan of the document's words before the pattern,
# which, case-insensitive and starting with \b, is tried at every position)
_TRAVEL_WORDS = LoweredWords(("pnr", "ssr", "osi", "docs", "passenger", "ticket", "boarding", "booking", "rooming", "flight",
                              "pax", "搭乗", "予約", "航空", "便名", "旅券", "パスポート"))
_SLASH_NAME = re.compile(r"(?<![A-Za-z0-9/])([A-Z]{2,20})/([A-Z]{2,20}(?: [A-Z]{2,20})?)"
                         r"(?=(?: (?:MR|MS|MRS|MISS|MSTR|CHD|INF|DR))?(?![A-Za-z0-9/]))")
_SLASH_TITLES = frozenset(("MR", "MS", "MRS", "MISS", "MSTR", "CHD", "INF", "DR"))
_SLASH_STOP = frozenset(("TCP", "UDP", "HTTP", "HTTPS", "API", "CPU", "GPU", "AND", "OR", "YES", "NO", "ON", "OFF", "IN",
                         "OUT", "PDF", "CSV", "JSON", "XML", "UI", "UX", "OK", "NG", "AM", "PM", "USD", "JPY", "EUR",
                         "ETA", "ETD", "ARR", "DEP", "OW", "RT", "NA", "TBA", "TBD", "YEAR", "MONTH", "DAY"))


def _slash_names(t: str, out: list, names: Any) -> None:
    for m in _SLASH_NAME.finditer(t):
        fam, giv = m.group(1), m.group(2)
        parts = [fam] + [g for g in giv.split(" ") if g not in _SLASH_TITLES]
        if (len(fam) == 3 and len(parts[-1]) == 3 and len(parts) == 2) or min(map(len, parts)) + max(map(len, parts)) <= 5:
            continue  # (HND/FRA: an airport pair; TCP/IP, I/O: short acronyms)
        if not _SLASH_STOP.isdisjoint(parts) or not any(
                _flags(p.capitalize(), names) & (_F | _G | _E | _V | _RF | _RG) for p in parts):
            continue  # (one part at least a name the lists know: NONEND/CHG, RES/TKTG are a fare's and a desk's codes)
        if any(_word_flags(p) & (_W | _X) and not _word_flags(p) & (_F | _G | _E) for p in parts):
            continue  # (AND/OR, TCP/IP, YES/NO: words)
        e = m.start(2) + len(" ".join(giv.split(" ")[:len(parts) - 1]))
        out.append((m.start(1), e, 0.8))


# a surname after its given name's initial (P. Sato, K. Horinouchi; `_INITIAL_NAME`), where a record names who did
# something: after by, a sign-off or a role's label, or alone in a delimited cell
_INITIAL_CUE = re.compile(r"(?i)(?:\bby|signed|signature|analyst|attorney|agent|owner|assignee|author|reviewer|approved|"
                          r"checked|prepared|handled|contact|responsible|manager|officer|staff|notes|memo|dr\.?|"
                          r"mr\.?|ms\.?|mrs\.?|prof\.?|det\.?|detective|sgt\.?|insp\.?|nurse)[ \t]*[:：\-—]?[ \t]*\(?$")
_CELL_START = frozenset(",|\t\"")


def _initial_surnames(t: str, out: list, names: Any) -> None:
    for m in _INITIAL_NAME.finditer(t):
        s = m.start()
        if s and (t[s - 1].isalpha() or t[s - 1] == ".") or len(m.group(1)) < 3:
            continue  # (inside a word or an abbreviation: Fig. 3, U.S. Army)
        fl = _flags(m.group(1), names)
        if not fl & (_F | _RF) or fl & _W:
            continue  # (a known family name, not an ordinary word: J. Smith, P. Sato, not A. Test)
        ls = t.rfind("\n", 0, s) + 1
        cell = s > ls and t[s - 1] in _CELL_START and (m.end() == len(t) or t[m.end()] in ",|\t\"\n")
        if cell or _INITIAL_CUE.search(t, max(ls, s - 24), s) is not None:
            out.append((s, m.end(), 0.8))


# a name written family name first with a comma (Harrison, Noah; HENDERSON, SARAH ANNE; Hwang, Seung-min): the
# family name a known family name, the given name a known given name (a comma between two names alone would take
# place pairs: Paris, France)
_COMMA_INVERTED = re.compile(
    # (a Filipino or Spanish family name may start with its particle: Dela Cruz, Maria Kristine; DE LEON, JOSE)
    r"(?<![A-Za-z0-9'’\-])((?:(?:Dela|Delos|Del|De|DELA|DELOS|DEL|DE) )?"
    r"(?:(?:Mc|Mac|O')?[A-Z][a-z]{1,15}(?:-[A-Z][a-z]{1,15})?|[A-Z]{2,16}(?:-[A-Z]{2,16})?)), "
    r"([A-Z][a-z]{1,15}(?:-[a-z]{2,8})?|[A-Z]{2,16})(?: ([A-Z][a-z]{1,15}|[A-Z]{2,16}))?(?![A-Za-z0-9'’\-]| [A-Z][a-z])")


_CAP_WORD_BEFORE = re.compile(r"[A-Z][A-Za-z'’\-]*[ \t]$")


# the comma of such a name, led by the literal ", " (a fast scan): `_COMMA_INVERTED` (led by a lookbehind, tried at
# every position) is tried only in the 36 characters before each — the longest family name (Mac…-…)
_COMMA_INVERTED_HINT = re.compile(r", (?<=[A-Za-z], )(?=[A-Z])")


def _inverted(t: str, out: list, names: Any) -> None:
    for m in matches_before(_COMMA_INVERTED, t, _COMMA_INVERTED_HINT, 36):
        if _CAP_WORD_BEFORE.search(t, max(0, m.start() - 20), m.start()):
            continue  # Oliver Grant, Priya Natarajan: a list of names in the usual order
        fam, giv, mid = m.group(1), m.group(2), m.group(3)
        if " " in fam:
            fam = fam.rsplit(" ", 1)[1]  # (the family name's particle: Dela Cruz is judged by Cruz)
        if fam.isupper() != giv.isupper() and not fam.isupper():
            continue  # (Smith, JOHN: not a way names are written)
        ff = _flags(fam.capitalize() if fam.isupper() else fam, names)
        fg = _flags(giv.capitalize() if giv.isupper() else giv.split("-")[0], names)
        if ff & _X or fg & _X or not (ff & (_F | _E | _RF) and fg & (_G | _RG)):
            continue
        if not (_strong(ff) or _strong(fg)):
            continue  # (Park, Grace: two words that are also ordinary words)
        if mid is not None and _flags(mid.capitalize() if mid.isupper() else mid, names) & _X:
            out.append((m.start(1), m.end(2), 0.8))
            continue
        out.append((m.start(1), m.end(), 0.8))


# who changed a file or config, in lower-case romaji (# 最終更新 2024-10-01 by nakagawa hiroshi, updated by sato.kenji)
_BY_LOWER = re.compile(r" by[ \t]+([a-z]{2,14})[ \t._]([a-z]{2,14})(?![A-Za-z0-9@])")


# who wrote a quoted message (mail clients' reply header): the last two to four capitalised words before "wrote:"
_WROTE = re.compile(
    r"((?:Mc|Mac|O')?[A-Z][a-zà-ÿ'’]+(?:[-][A-Z][a-zà-ÿ'’]+)?(?: (?:Mc|Mac|O')?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?){1,3})"
    r"(?: <[^>\n]{3,80}>)? wrote:")


# a relative named right after the relation word: My husband Takuya is…, his son Ren has…, wife Tomiko: +84 …
_RELATIONS = ("wife|husband|son|daughter|partner|spouse|mother|father|child|brother|sister|baby|grandfather|"
              "grandmother|grandson|granddaughter|grandma|grandpa|fianc[ée]e?|uncle|aunt|niece|nephew|cousin")
# (or listed after a comma or a colon: Household: himself, wife Lucía, son Mateo)
_RELATION_NAME = re.compile(
    rf"(?:(?<![A-Za-z])(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our) (?:{_RELATIONS})|(?<![A-Za-z])(?:[Ww]ife|[Hh]usband|[Ss]on|"
    r"[Dd]aughter|[Ss]pouse)(?= [A-Z][a-z]+:)|(?<=[,:]) (?:wife|husband|son|daughter|spouse|partner)(?= [A-ZÀ-Þ]))"
    r"(?: \([^)\n]{1,20}\))?,? \(?((?:Mc|Mac|O')?[A-ZÀ-Þ][a-zß-ÿ]{1,15}(?:-[A-Z][a-z]{1,15})?"
    r"(?: (?:Mc|Mac|O')?[A-ZÀ-Þ][a-zß-ÿ]{1,15}(?:-[A-Z][a-z]{1,15})?)?)"
    r"(?=[ ,.:;)!?'’\n–—-]|$)")


# (the space before the relation word, or after it; led by the literal: `_RELATION_NAME`, led by lookbehinds, is tried
# only in the 8 characters before)
_RELATION_HINT = re.compile(rf" (?:{_RELATIONS})| [A-Z][a-z]+:")

_GREETED = re.compile(r"(?:Dear|Hi|Hello|Thanks|Thank you|Morning),?[ \t]+\Z")


def _by_romaji(t: str, out: list, names_fn: Callable[[], Any]) -> None:
    for m in _matches(_BY_LOWER, t):
        a, b = _romaji_key(m.group(1)), _romaji_key(m.group(2))
        names = names_fn()
        if (a in names.family_roma and b in names.given_roma) or (a in names.given_roma and b in names.family_roma):
            out.append((m.start(1), m.end(2), 0.75))


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


# ---------------------------------------------------------------------------------------------------------------
# Names in the formats mixed Japanese/English business text uses: a person label (Guest:, Emergency contact:,
# 招へい人：, Surname / 姓), mail headers (From: "Oliver Grant" <…>, Cc: A; B), chat speakers ([14:03] David Chen:),
# @mentions, a sign-off on its own line (Cheers,⏎Oliver), enumerations (Oliver Grant, Priya Natarajan and Tom
# Whitfield), a Japanese honorific after a Latin name (Linda Park 様), a surname before a Japanese particle
# (藤井 または Nguyen に), and word pairs made of a known given name and a known family name (Sarah Mitchell,
# Chen Wei, Lee Ji-hoon, Nguyen Van Minh). Known names come from data/names_latin.txt (parsed once, lazily).
# Each finder starts from a cheap anchor (a colon before a capital, two adjacent capitalised words, a line break
# before a capital …) so that text without such places costs one fast regex scan.
# ---------------------------------------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
_XL = "\u0100-\u017f\u01a0-\u01b0\u1ea0-\u1ef9"  # Latin Extended-A, Vietnamese ơ/ư and tone-marked vowels
# … the upper-case ones of them (a word starts with one: động đất, an earthquake, is no capitalised word)
_XU = "".join(c for a, b in ((0x100, 0x17F), (0x1A0, 0x1B0), (0x1EA0, 0x1EF9)) for c in map(chr, range(a, b + 1))
              if c.isupper())
# (a capitalised word ends where an upper-case letter would continue it: HỒNG is an upper-case word, not Hồ + NG)
# (nor where a lower-case letter would: GmbH is no word Gm or Gmb)
_CAPW = rf"(?:(?:Mc|Mac|O'|O’|D'|D’)(?=[{_UP}]))?[{_UP}{_XU}][{_LO}{_XL}]+(?:[-'’][{_UP}{_LO}{_XL}][{_LO}{_XL}]+)?(?![{_UP}{_LO}{_XL}])"
_UPW = rf"[{_UP}{_XU}]{{2,}}(?:[-'’][{_UP}{_XU}]{{2,}})?"
_NW = rf"(?:{_CAPW}|{_UPW})"
_PARTICLE = r"(?:van|von|de|da|del|della|der|den|di|du|la|le|bin|binti|al|el|dos|das|ter|ten)"
_GLUE = rf"(?: {_PARTICLE}){{0,2}} (?:[{_UP}]\. ?)?"
# a name: up to four words, particles and initials between (a Filipino or Spanish Ma. for María may lead it)
_RUN = re.compile(rf"(?:Ma\. (?=[{_UP}]))?{_NW}(?:{_GLUE}{_NW}){{0,3}}")
_SEQ = re.compile(rf"{_NW}(?:{_GLUE}{_NW})*")  # any sequence of capitalised words
_TOKEN = re.compile(_NW)
# (a lookahead for the first character before a pattern searched in a window up to \Z: positions that cannot start a
# match are passed over fast — the same matches)
_WORD_END = re.compile(rf"(?=[{_UP}{_XL}])(?:{_NW}|[{_UP}]\.)\Z")
# characters that continue a Latin word (a name must not start or end next to one) and Japanese characters
_LATIN_CHARS = frozenset(
    [chr(c) for c in range(0x30, 0x3A)] + [chr(c) for c in range(0x41, 0x5B)] + [chr(c) for c in range(0x61, 0x7B)]
    + [chr(c) for c in range(0xC0, 0x250) if chr(c).isalpha()] + [chr(c) for c in range(0x1E00, 0x1F00)]
)


def _is_jp(c: str) -> bool:
    return "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or c == "々"


# word classes (bit flags) from data/names_latin.txt, plus romanised Japanese names from names_ja.txt
_G, _F, _W, _E, _M, _X, _RG, _RF, _V = 1, 2, 4, 8, 16, 32, 64, 128, 256
_KNOWN = _G | _F | _E | _W | _V
_TAGS = {"G": _G, "F": _F, "W": _W, "V": _V, "E": _E, "M": _M, "X": _X}


@lru_cache(maxsize=1)
def _latin_names() -> dict[str, int]:
    from . import data  # noqa: PLC0415

    table: dict[str, int] = {}
    for line in data.lines("names_latin.txt"):
        tag, *words = line.split()
        bit = _TAGS.get(tag, 0)
        if not bit:
            continue  # "P" place phrases: see _latin_places
        for w in words:
            k = _key(w)
            table[k] = table.get(k, 0) | bit
    return table


@lru_cache(maxsize=1)
def _latin_places() -> frozenset[str]:
    """The "P" lines of data/names_latin.txt: places written as two or three capitalised name words (Thai Binh,
    Viet Nam, Ho Chi Minh), words joined by "_", lower case."""
    from . import data  # noqa: PLC0415

    return frozenset(
        w.replace("_", " ").lower() for line in data.lines("names_latin.txt") if line.startswith("P ")
        for w in line.split()[1:]
    )


def latin_place(t: str, s: int, e: int) -> bool:
    """True when the Latin candidate t[s:e] is a place, not a person: a listed place phrase (Viet Nam, Thai Binh), a
    Japanese municipality in romaji (Higashine-shi), a Vietnamese administrative unit (Xa Hoang Dong) or the one after
    it in a list, or the branch after a bank's name (Agribank Thai Binh, Vietcombank Nghe An)."""
    words = t[s:e].split()
    key = " ".join(words).lower()
    if key in _latin_places() or (not key.isascii() and " ".join(map(_key, words)) in _latin_places()):
        return True  # (Việt Nam: a place's native spelling, its accents dropped)
    if _ROMAJI_MUNI.match(t, e) is not None:
        return True  # Higashine-shi, Hanyu-machi: a Japanese municipality in romaji
    if words[0] in _VN_UNITS or words[0].rstrip(".") in _VN_UNITS:
        return True  # Xa Hoang Dong, Huyen Hoang Hoa, Tinh Thanh Hoa: a Vietnamese commune, district, province
    j = s
    while j > 0 and t[j - 1] in " \t":
        j -= 1
    if j < s and j >= 4 and t[j - 4:j].lower() == "bank":
        return True
    k = j - 1 if j > 0 and t[j - 1] == "," else -1
    return k > 0 and _AFTER_VN_UNIT.search(t, max(0, k - 24), k) is not None  # (…, Xa Hoang Dong, ⟦Huyen …⟧)


_ROMAJI_MUNI = re.compile(r"-(?:shi|ku|machi|cho|chou|mura|son|gun|ken)\b")
# the words naming a level of Vietnam's administration before its name (xã, huyện, tỉnh, thôn, phường, quận)
_VN_UNITS = frozenset(("Xa", "Xã", "Huyen", "Huyện", "Tinh", "Tỉnh", "Thon", "Thôn", "Phuong", "Phường", "Quan", "Quận",
                       "TP", "Ấp"))
_AFTER_VN_UNIT = re.compile(r"(?:Xa|Xã|Huyen|Huyện|Thon|Thôn|Phuong|Phường)\s[A-Z][^,\n]{1,20}$")


def latin_stopped(value: str, names: Any) -> bool:
    """True when a Latin candidate read from a label or a name column holds a word that is no name where a name is
    expected (OCEAN CAMELLIA, KAIYO EXPRESS, AKATSUKI MARU: a vessel; HIMAWARI TRAVEL CO) — the test `_level` makes
    of a run of capitalised words, asked of candidates that other paths found."""
    words = value.replace(",", " ").split()
    if len(words) < 2 or len(words) > 4 or not all(w[:1].isalpha() for w in words):
        return False  # (one word after Mrs is a surname even when it is an ordinary word: Mrs Price)
    if words[-1].lower() == "maru":
        return True  # a Japanese ship (SAKURA MARU)
    if any(len(w) >= 3 and not w.strip("Xx") for w in words):
        return True  # a masked value (CC VI XXXXXXXXXXXX4471, XXXX XXXX): no one's name
    # a word that is only a stop word, no name of any kind (Shoji is a company word and a surname: kept)
    return any((f := _flags(w, names)) & _X and not f & (_G | _F | _E | _RG | _RF) for w in words)


def _key(w: str) -> str:
    """Lookup key: lower case, no accents, apostrophes or hyphens (O'Neill = Oneill, Ji-hoon = Jihoon, Đặng = Dang)."""
    if w.isascii():
        return w.lower().replace("'", "").replace("-", "")
    w = unicodedata.normalize("NFKD", w.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in w if not unicodedata.combining(c) and c not in "'’-").lower()


_WORD_FLAGS: dict[str, int] = {}  # a plain dict (str → int) is not tracked by the garbage collector


def _word_flags(w: str) -> int:
    f = _WORD_FLAGS.get(w)
    if f is None:
        f = _latin_names().get(_key(w), 0)
        if w in _LATIN_STOP or w.capitalize() in _LATIN_STOP:
            f |= _X
        if len(_WORD_FLAGS) > 50_000:
            _WORD_FLAGS.clear()
        _WORD_FLAGS[w] = f
    return f


_PINYIN_FINAL = (
    r"(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u|v)"
)
_PINYIN_SYL = rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]){_PINYIN_FINAL}"
# two or three syllables; inside a word a syllable starts with a consonant (Xiaoming, Yuxuan; not Foo, Area)
_PINYIN2 = re.compile(rf"(?i)(?:{_PINYIN_SYL}|{_PINYIN_FINAL})(?:{_PINYIN_SYL}){{1,2}}")
_KO_SYL = (
    r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndrlmbpsjthwy])?(?:yeo|yae|wae|ae|eo|eu|ui|oe|oo|ee|wi|wa|wo|we|ya|ye|yo|yu|ia|ao|"
    r"ai|a|e|i|o|u)(?:ng|[knlmpt])?"
)
_KO_HYPHEN = re.compile(rf"(?i){_KO_SYL}-{_KO_SYL}")  # Ji-hoon, Min-jun, Seo-yeon
_KO_TWO = re.compile(rf"(?i){_KO_SYL}(?=[gkndrlmbpsjthwyc]){_KO_SYL}")
_NOT_NAME_SUFFIX = re.compile(
    r"(?i)(?:tion|sion|ment|ness|ity|ics|ing|ship|ware|ance|ology|ery|ure|ive|ise|ize|ed|ers|ies|able|ible|ful|less)$"
)


# Chinese, Taiwanese and Korean names in capitals as passports print them (LIU XIAOQING, CHANG WEI-LUN, KIM YOUNGSOO,
# HUANG CHIH HAO): a known East Asian family name, then a given name whose pieces are one or two syllables of pinyin,
# Wade-Giles or Korean romanisation; where the record shows it is a name — the name in hanzi or hangul on the same
# line, a delimited row, or a name label before it
_CAPS_PAIR_HINT = re.compile(r"[A-Z][A-Z]+ [A-Z]{2}")  # (one capital first: a scan for capitals)
_CAPS_PAIR = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,7})[ ]+([A-Z]{2,12}(?:[- ][A-Z]{2,8})?)(?![A-Za-z0-9])")
_WG_SYL = r"(?:ch|ts|tz|hs|sh|[bcdfghjklmnpqrstwxyz])?(?:iao|uai|ua|uo|ue|ui|ia|ie|iu|ai|ao|ei|ou|ih|a|e|i|o|u|ü)(?:ng|n)?"
_SYLLABLES = re.compile(rf"(?i)(?:{_PINYIN_SYL}|{_PINYIN_FINAL}|{_KO_SYL}|{_WG_SYL}){{1,2}}")
_CJK_ON_LINE = re.compile(r"[\u3400-\u9fff\uac00-\ud7a3]")
_NAME_LABEL_END = re.compile(r"(?i)(?:name|姓名|氏名|名前|이름|성명|持卡人|holder|guest|passenger|traveller|traveler)"
                             r"[^\n:：]{0,14}[:：]?[ \t]*$")


def _east_asian_caps(t: str, out: list) -> None:
    for m in _CAPS_PAIR.finditer(t):
        fam, giv = m.group(1), m.group(2)
        ff = _word_flags(fam)
        if not ff & _E or not all(_SYLLABLES.fullmatch(p) for p in re.split(r"[- ]", giv)):
            continue
        s, e = m.span()
        if (e < len(t) and t[e] in "=＝") or (s and (t[s - 1] in "-_/." or "\u3041" <= t[s - 1] <= "\u30fa"
                                                   or "\u4e00" <= t[s - 1] <= "\u9fff")):
            continue  # 読取NG JAN=4560217830415, Wi-SUN FAN 1.0: a log's words and key, the end of a product's name
        ls, le = t.rfind("\n", 0, s) + 1, t.find("\n", e)
        line = t[ls:len(t) if le < 0 else le]
        cjk = _CJK_ON_LINE.search(line) is not None
        label = _NAME_LABEL_END.search(t, max(ls, s - 30), s) is not None
        row = line.count("\t") >= 2 or line.count(",") >= 3 or line.count("|") >= 3
        short = len(giv.replace("-", "").replace(" ", "")) <= 4
        if ff & _W and not (cjk or label):
            continue  # (MA, HE, OH are words too: only beside the name in hanzi or hangul, or after a name label)
        if cjk or label or (row and not short):
            out.append((s, e, 0.8))


_FLAGS: dict[str, int] = {}
_FLAGS_NAMES: list[Any] = [None]


def _flags(w: str, names: Any) -> int:
    """`_word_flags` plus the romanised Japanese names of `names` (memoised per word while `names` is the same)."""
    if _FLAGS_NAMES[0] is not names:
        _FLAGS.clear()
        _RUN_MEMO.clear()
        _FLAGS_NAMES[0] = names
    f = _FLAGS.get(w)
    if f is None:
        f = _word_flags(w)
        if w.isalpha() and len(w) > 1:
            k = _romaji_key(w)
            if k in names.family_roma:
                f |= _RF
            if k in names.given_roma:
                f |= _RG
        if len(_FLAGS) > 50_000:
            _FLAGS.clear()
        _FLAGS[w] = f
    return f


def _strong(f: int) -> bool:
    """A known name word that is not also an ordinary word (Grace, Park, Ford are weak)."""
    return bool(f & (_G | _F | _E | _RG | _RF)) and not f & _W


def _strong_first(f: int) -> bool:
    """A strong first word of a name: also not a weak given name (Chase Bank, Brown Sugar, Turner Prize)."""
    return bool(f & (_G | _F | _E | _RG | _RF)) and not f & (_W | _V)


def _level(words: list[str], names: Any, strict: bool = True) -> int:
    """How name-like a run of capitalised words is: 0 not a name (a stop word), 1 name-shaped, 2 one known name
    word, 3 a known given name with a known family name (Sarah Mitchell, Chen Wei, Lee Ji-hoon, Nguyen Van Minh,
    Taro Yamada)."""
    fl = [_flags(w, names) for w in words]
    strong = [_strong(f) for f in fl]
    for i, f in enumerate(fl):
        if f & _X and not (f & _KNOWN and any(s for j, s in enumerate(strong) if j != i)):
            return 0  # Team, Sales, Tokyo …; a name word that is also a stop word (Park) only next to a known name
        if strict and not f & (_KNOWN | _M | _RG | _RF) and (
            (words[i].isupper() and len(words[i]) <= 4) or _NOT_NAME_SUFFIX.search(words[i])
        ):
            return 0  # an unknown acronym (JP, APAC) or an ordinary word's ending (Discussion, Networking)
    if len(words) == 1:
        return 2 if strong[0] else 1
    a, b, fa, fb = words[0], words[-1], fl[0], fl[-1]
    if a.lower() == b.lower():
        return 2 if any(strong) else 1  # Foo FOO, Lee Lee: not a given name with a family name
    first = _strong_first(fa)
    if (fa & _G and first and fb & (_F | _E) and strong[-1]) or (fa & _RG and fb & _RF) or (fa & _RF and fb & _RG):
        return 3
    if fa & _E and (("-" in b and _KO_HYPHEN.fullmatch(b)) or (first and (
            (fb & _G and strong[-1]) or _PINYIN2.fullmatch(b) or _KO_TWO.fullmatch(b)))):
        return 3  # Chen Wei, Wang Xiaoming, Park Ji-hoon, Kim Minjun
    if fb & _E and strong[-1] and "-" in a and _KO_HYPHEN.fullmatch(a):
        return 3  # Ji-hoon Lee
    if len(words) >= 3 and fa & _E and fl[1] & _M:
        return 3  # Nguyen Van Minh, Tran Thi Lan
    if (a.isupper() and len(a) > 1 and fa & (_F | _E) and strong[0] and not b.isupper() and fb & _G
            and _strong_first(fb)):
        return 3  # SMITH John
    if len(words) == 2 and fa & _F and not fa & (_G | _W | _V) and fb & _G and not fb & _F and _strong_first(fb):
        return 3  # Gupta Rohan, Ivanov Sergei: the family name first, as a Japanese register writes a foreigner's
    return 2 if any(strong) else 1


def _continues(t: str, e: int) -> bool:
    """True when the word ending at `e` goes on (AKEMI.KATO@…, Build-2022, file_name): not the end of a name."""
    if e >= len(t):
        return False
    c = t[e]
    return c in _LATIN_CHARS or c == "@" or (c in "._-" and e + 1 < len(t) and t[e + 1] in _LATIN_CHARS)


def _boundary_ok(t: str, s: int, e: int) -> bool:
    return not (s > 0 and (t[s - 1] in _LATIN_CHARS or t[s - 1] in "@./_\\")) and not (
        _continues(t, e))


def _run_at(t: str, i: int) -> list[tuple[int, int]] | None:
    """The word spans of the name run starting exactly at `i`, or None. A final word followed by ':' is the label
    of the next field and is dropped."""
    if i >= len(t) or (i > 0 and (t[i - 1] in _LATIN_CHARS or t[i - 1] in "@./_\\")):
        return None
    m = _RUN.match(t, i)
    if not m or _continues(t, m.end()):
        return None
    spans = [(w.start(), w.end()) for w in _TOKEN.finditer(t, m.start(), m.end())]
    while len(spans) > 1 and t[spans[-1][1]:spans[-1][1] + 1] == ":":
        spans.pop()
    for k in range(1, len(spans)):
        if _NEXT_LABEL.match(t, spans[k][1]):
            return spans[:k]  # (MORIKAWA Given name: RYOTA: the next field's label starts at Given)
    return spans or None


# what follows the first word of the next field's label on the same line (Given name:, Date of birth:)
_NEXT_LABEL = re.compile(r"[ \t]+(?:[a-z]{1,12}[ \t]+)?[a-z]{1,12}(?:\(s\))?[ \t]*[:：]")


def _accept(t: str, spans: list[tuple[int, int]], names: Any, cue: str, out: list, score: float) -> bool:
    """Add the run if it is name-like enough for the cue: 'S' a strong person cue (any name-shaped pair, a known
    single word), 'O' a one-word field (First name:, 姓: any word that is not a stop word), 'L' a sign-off line
    (any name-shaped word), 'W' a weak cue (needs a known name word). A run that ends in a company or team word
    (Kanda Logistics, Oliver Grant Ltd) is not a person."""
    words = [t[s:e] for s, e in spans]
    if len(words) > 4 or any(len(w) > 20 for w in words):
        return False
    if len(words) > 1 and _word_flags(words[-1]) & _X and not _word_flags(words[-1]) & _KNOWN:
        return False
    lv = _level(words, names, strict=cue not in "OC" or (cue == "O" and len(words) > 1))
    need = {"S": 1 if len(words) > 1 else 2, "O": 1, "L": 1, "W": 2, "C": 1}[cue]
    if lv < need or (len(words) == 1 and words[0].isupper() and lv < 2 and cue not in "OL"):
        return False
    out.append((spans[0][0], spans[-1][1], score))
    return True


# -- pairs of known names and enumerations (one pass over the places where two capitalised words meet) -----------
_PAIR_HINT = re.compile(rf" (?<=[{_LO}{_XL}A-Z'’.] )(?:[a-z]+ )?(?=[{_UP}{_XL}])")  # a space between two words
_WORD_BEFORE = re.compile(rf"(?=[{_UP}{_XL}]){_NW}\.?\Z")  # (lookahead: see _WORD_END)
_ENUM_SEP = re.compile(r"(?:, (?:and |& )?| and | & |、|; )")


_RUN_MEMO: dict[str, tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int, float], ...]]] = {}


# a region, then a company's legal form, after the name (Nagasawa Audio UK Ltd, Yamato Yuatsu K.K.)
_REGION_FIRM_AFTER = re.compile(r"[ \t]+(?:(?:UK|US|USA|Japan|Europe|Asia|EMEA|APAC|Americas|International|Global|India|"
                                r"Singapore|Thailand|Germany|Deutschland)[ \t]+)?(?:Ltd|Inc|Corp|LLC|LLP|PLC|GmbH|AG|KK|K\.K\.|"
                                r"Pte|Pty|B\.V\.|S\.A\.|Co\.,? Ltd)\b")


_UNKNOWN_SURNAME = re.compile(r"[A-Z][a-z]{2,14}(?:-[A-Z][a-z]{2,14})?")
# more endings of English (and Latin) words than of surnames (Finish, Glossy, Black, Premium, Aurelius)
_ENGLISH_END = re.compile(r"(?:ish|ous|ium|ius|ary|ory|ism|ist|ify|ent|ant|ght|ck|ss|sh|ch|ly|ty|al|y)$")


def _run_names(run: str, names: Any) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int, float], ...]]:
    """Word spans of a run of capitalised words and the names in it (memoised per distinct run)."""
    if _FLAGS_NAMES[0] is not names:
        _flags("", names)  # resets the per-names memos
    hit = _RUN_MEMO.get(run)
    if hit is not None:
        return hit
    spans = tuple((w.start(), w.end()) for w in _TOKEN.finditer(run))
    words = [run[a:b] for a, b in spans]
    known = [bool(_flags(w, names) & (_KNOWN | _RG | _RF)) for w in words]
    found: list[tuple[int, int, float]] = []
    i = 0
    while any(known) and i < len(spans) - 1:
        for n in (3, 2):
            if i + n > len(spans) or not (known[i] or known[i + n - 1]):
                continue
            ws = words[i:i + n]
            if i + n < len(words) and (words[i + n].rstrip(".") in _COMPANY_WORDS or _REGION_FIRM_AFTER.match(
                    run, spans[i + n - 1][1]) is not None):
                continue  # Oliver Grant Ltd is a company (and Nagasawa Audio UK Ltd, Nagasawa Onkyo K.K.)
            lv = _level(ws, names)
            if lv == 3:
                fl = (_flags(ws[0], names), _flags(ws[-1], names))
                if all(w.isupper() for w in ws) and not (fl[0] | fl[1]) & (_RG | _RF) and not (
                        n == 3 and fl[0] & _E and _flags(ws[1], names) & _M):
                    continue  # an upper-case Western name only with a cue (a Vietnamese one, NGUYEN VAN MINH, reads)
                if n == 3 and i + 3 < len(words) and fl[0] & _E and _flags(ws[1], names) & _M and (
                        _flags(words[i + 3], names) & (_G | _M) and not _flags(words[i + 3], names) & _X):
                    n = 4  # (four words: Pham Thi Thu Trang)
                found.append((spans[i][0], spans[i + n - 1][1], 0.8))
                i += n - 1
                break
            if n == 2:
                fa, fb = _flags(ws[0], names), _flags(ws[1], names)
                if (len(words) == 2 and fa & _G and _strong_first(fa) and not fb and _UNKNOWN_SURNAME.fullmatch(ws[1])
                        and not ws[0].isupper() and _NOT_NAME_SUFFIX.search(ws[1]) is None
                        and _ENGLISH_END.search(ws[1]) is None):
                    # (alone: not inside San Jose Liaison, Martin Luther King; not an English word: Matt Finish)
                    # Linda Osei, Tom Harlan: a known given name and a capitalised word no list knows (a surname
                    # from anywhere; an ordinary capitalised word is a stop word and has a flag)
                    found.append((spans[i][0], spans[i + 1][1], 0.7))
                    i += 1
                    break
                if not (fa | fb) & _X and (
                        (fa & _RF and _ROMAJI_SHAPE.match(ws[1])) or (fb & _RF and _ROMAJI_SHAPE.match(ws[0]))
                        or (fa & _RG and len(ws[0]) >= 4 and len(ws[1]) >= 4 and _ROMAJI_SHAPE.match(ws[1]))
                        or (fb & _RG and len(ws[1]) >= 4 and len(ws[0]) >= 4 and _ROMAJI_SHAPE.match(ws[0]))):
                    found.append((spans[i][0], spans[i + 1][1], 0.7))  # a romanised Japanese name
        i += 1
    if len(_RUN_MEMO) > 20_000:
        _RUN_MEMO.clear()
    _RUN_MEMO[run] = hit = (spans, tuple(found))
    return hit


def _pairs_and_lists(t: str, out: list, names: Any) -> None:
    runs: list[tuple[int, int, tuple[tuple[int, int], ...]]] = []
    last = -1
    for h in _matches(_PAIR_HINT, t):
        if h.start() < last:
            continue
        wb = _WORD_BEFORE.search(t, max(0, h.start() - 24), h.start())  # the word before the space
        if not wb:
            continue
        s = wb.start()
        if s > 0 and (t[s - 1] in _LATIN_CHARS or t[s - 1] in "@/_\\'’-."):
            continue
        m = _SEQ.match(t, s)
        if not m:
            continue
        e = last = m.end()
        if _continues(t, e):
            continue
        spans, found = _run_names(t[s:e], names)
        if len(spans) < 2:
            continue
        runs.append((s, e, spans))
        for a, b, score in found:
            out.append((s + a, s + b, score))
    # enumerations: runs of 2-3 words joined by ", ", " and ", "、" (Oliver Grant, Priya Natarajan and Tom Whitfield)
    group: list[list[tuple[int, int]]] = []
    for k, (s, e, spans) in enumerate(runs):
        if group and _ENUM_SEP.fullmatch(t, runs[k - 1][1], s):
            group.append([(s + a, s + b) for a, b in spans])
        else:
            if len(group) > 1:
                _enumeration(t, group, out, names)
            group = [[(s + a, s + b) for a, b in spans]]
    if len(group) > 1:
        _enumeration(t, group, out, names)


def _enumeration(t: str, group: list[list[tuple[int, int]]], out: list, names: Any) -> None:
    if len(group) < 2 or any(len(spans) > 3 for spans in group):
        return
    items = [(spans, _level([t[s:e] for s, e in spans], names)) for spans in group]
    given = sum(1 for spans, lv in items if lv >= 2 and _flags(t[spans[0][0]:spans[0][1]], names) & _G
                and _strong_first(_flags(t[spans[0][0]:spans[0][1]], names)))
    if any(lv == 3 for _, lv in items) or given >= 2:
        for spans, lv in items:
            if lv >= 1:
                out.append((spans[0][0], spans[-1][1], 0.75))


# -- labels: English (Guest:, Emergency contact:, First name:, Surname / 姓), Japanese (招へい人：, 部下：, 担当：) ---------
_LABEL_KIND: dict[str, str] = {}
for _phrases, _kind in (
    ("guest|guests|guest name|companion|companions|passenger|passengers|passenger name|traveler|travelers|traveller|"
     "travellers|traveler name|traveller name|visitor|visitors|visitor name|attendee|attendees|participant|"
     "participants|emergency contact|emergency contact name|emergency contact person|next of kin|contact person|"
     "contact name|assignee|assigned to|reporter|reported by|requester|requestor|requested by|approver|approved by|"
     "reviewer|reviewed by|prepared by|created by|written by|submitted by|signed by|checked by|verified by|"
     "interviewer|interviewers|interviewee|candidate|candidate name|applicant|applicant name|cardholder|card holder|"
     "cardholder name|card holder name|name on card|beneficiary|beneficiary name|guarantor|spouse|spouse name|parent|"
     "guardian|parent/guardian|parent or guardian|father|mother|employee|employee name|customer name|client name|"
     "patient|patient name|student|student name|name|full name|your name|legal name|author|attn|attention|"
     "account holder|account holder name|policyholder|policy holder|insured|insured person|speaker|speakers|"
     "presenter|presenters|moderator|facilitator|interpreter|doctor|physician|attending physician|nurse|teacher|"
     "instructor|trainer|tutor|supervisor|mentor|person in charge|pic|in charge|referred by|referee|referrer|"
     "witness|tenant|landlord|resident|occupant|member name|staff name|recipient name|sender name|addressee|"
     "subordinate|superior|successor|predecessor|assistant|colleague|boss|chairperson|received by|handled by|"
     "operator|signature|guest signature|signature of bearer|additional driver|name of applicant|"
     "name of guest|name of tenant|name of patient|name of employee|examiner|inspector|signed|"
     # family and identity fields of visa, HR and background-check forms (Child: OKABE Sora, Name of Mother: …)
     "child|son|daughter|wife|husband|dependant|dependent|family member|relative|legal guardian|name of mother|"
     # a wedding's couple (Bride: KAWATA MIKU, Groom: Kenta Ono)
     "bride|groom|bridegroom|fiance|fiancee|fiancé|fiancée|"
     "name of father|name of spouse|name of child|mother's name|father's name|spouse's name|also known as|aka|alias|"
     "assigned by|assignee name|candidate name|employee full name|worker name|"
     # a romanised-name key of a record (name_roman: "NGUYEN VAN HAI")
     "name roman|name romaji|name en|name english|name latin|roman name|romaji name|english name|"
     # a homestay's and a family's people (Host parents: Sione Taufa & Leilani Taufa, Children: Mele (16), Viliami)
     "host parent|host parents|host mother|host father|host family|host families|parents|children|siblings|"
     "brother|sister|grandmother|grandfather|family members|household members|names|"
     # Portuguese and Spanish forms of Brazilian, Peruvian and Bolivian workers and families (Nome completo:,
     # Apellidos y nombres:, Conferido por:, Responsável:)
     "nome|nome completo|nome do trabalhador|nome do funcionário|nome da mãe|nome do pai|nome do aluno|nome da criança|"
     "cônjuge|responsável|titular|conferido por|coordenador|coordenadora|coordenador(a)|assinatura|filho|filha|mãe|"
     "pai|esposa|marido|dependente|intérprete|solicitante|requerente|paciente|aluno|aluna|contato de emergência|"
     "nombre|nombres|nombre completo|apellidos|apellidos y nombres|nombre y apellidos|nombre del trabajador|"
     "responsable|cónyuge|madre|padre|hijo|hija|esposo|firma|conductor|alumno|alumna|contacto de emergencia|"
     "coordinador|coordinadora|coordinador(a)|atendido por|revisado por|elaborado por|"
     # a support centre's and an auditor's records (Evaluator: …, Escalated by: …, Calibration partner: …)
     "evaluator|evaluators|evaluated by|auditor|audited by|assessor|assessed by|technician|caller|agent name|"
     "entered by|logged by|updated by|closed by|opened by|raised by|escalated by|redacted by|taken by|performed by|"
     "completed by|inspected by|confirmed by|processed by|issued by|authorised by|authorized by|accompanied by|"
     "escorted by|coached by|team leader|team lead|calibration partner|shift lead|shift leader|"
     # the parties of a customs or a removal declaration (Shipper name : WHITMORE, DANIEL JAMES)
     "shipper|shipper name|shipper's name|consignor|consignor name|declarant|declarant name|payee|payee name|"
     "payer name|driver name|owner name|holder name|extracted by|exported by", "S"),
    ("contact|contacts|owner|manager|lead|host|hosts|customer|client|recipient|sender|agent|representative|rep|"
     "coordinator|organizer|organiser|sponsor|chair|secretary|officer|driver|member|members|staff|consultant|"
     "buyer|seller|holder|engineer|to|from|cc|bcc|reply to|users|drivers", "W"),
    ("first name|last name|given name|given names|surname|family name|middle name|forename|forenames|maiden name|"
     "preferred name", "O"),
):
    for _p in _phrases.split("|"):
        _LABEL_KIND[_p] = _kind
        if "name" in _p:  # (as OCR reads a scanned form: rn for m, Surnarne / 姓, Given narne)
            _LABEL_KIND[_p.replace("name", "narne")] = _kind
# labels in the plural that name one person's names (Apellidos y nombres: HIGA YONAMINE, Rosa María)
_ONE_PERSON_PLURALS = frozenset(("apellidos y nombres", "nombres", "apellidos", "nombre y apellidos", "names",
                                 "given names"))
_LABEL_LAST_WORDS = frozenset(p.replace("/", " ").split(" ")[-1] for p in _LABEL_KIND)
# a qualifier before these heads keeps the label a person label (Japan contact, Project manager, Product owner)
_QUALIFIED_HEADS = {"contact": "W", "manager": "W", "owner": "W", "lead": "W", "representative": "W", "rep": "W",
                    "users": "W", "drivers": "W",  # Company car users: TAKEDA (…), INOUE (…)
                    "coordinator": "W", "officer": "W", "engineer": "W", "contact person": "S",
                    # a qualified name part (Student surname: TAKAHASHI, Applicant's given name: MIO)
                    "surname": "O", "given name": "O", "given names": "O", "family name": "O", "first name": "O",
                    "last name": "O"}
_MAIL_HEADS = frozenset("to from cc bcc reply to".split(" "))
# a colon before a capital (Guest: M…, 招へい人：T…) or the minutes of a chat time stamp ([14:03] David Chen:,
# Yamaguchi Ren  10:12): one scan for both
_COLON = (
    r":(?:(?P<chat>\d\d(?::\d\d)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?(?:[ \t]+(?:-[ \t]+)?(?=[\"“]?[A-Z])|[ \t]*(?=\n|\Z)))|"
    r"[ \t]*(?=[\"“「\[]?[A-Z]))"
)
_COLON_ANY = re.compile(
    _COLON
    # a form's dotted leader instead of a colon (Given name(s) ......... Priya Lakshmi)
    + r"|(?<=[A-Za-z)] )[.…‥]{3,}[ \t]*(?=[A-Z])"
)
# the colon branch alone: a scan led by a literal ':' (much faster than the two-branch one, which tries every
# position), for the texts where no dotted leader can be (no " .", "…" or "‥"): the same matches there
_COLON_ONLY = re.compile(_COLON)
_TAB_CAP = re.compile(r"\t(?=[\"“]?[A-Z])")  # Guest⇥Michael Brennan (a label at a line start)
_SLASH_JA = re.compile(r"/[ \t]*[\u3040-\u30ff\u4e00-\u9fff]{1,6}[ \t]+(?=[A-ZÀ-ÖØ-ÞĐ])")  # Surname / 姓 MATSUDA
_PHRASE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz /-")
_PHRASE_SPLIT = re.compile(r"([ /-])")
_JP_PERSON_END = re.compile(
    r"(?:者|人|官|医|師|客|員|部下|配下|上司|上長|相手|幹事|司会|通訳|秘書|家族|夫|妻|父|母|息子|娘|氏名|名前|姓名|人名|宛名|"
    r"講師|メンバー|ゲスト|スタッフ|リーダー|マネージャー|マネジャー|コーディネーター|社長|部長|課長|係長|室長|所長|店長|"
    r"院長|会長|委員長|主任)$"
)
_JP_ROLE_END = re.compile(r"(?:担当|宛先|宛|窓口|同行|同乗|同席|記入|記録|作成|承認|確認|受付|対応|紹介|推薦|連絡先)$")
_JP_NOT_PERSON = re.compile(r"(?:業者|事業者|法人|会員|定員|人員|人数|個人|外国人|成人|職員数|社員数)$")
# (led by a lookahead for the first character a separator can start with: the search passes other positions fast)
_LIST_SEP_RE = re.compile(r"(?=[ \t,;、，；/と])[ \t]*(?:[,;、，；/]|(?: and | & |と))[ \t]*(?:and[ \t]+)?")
_EMAIL_AFTER = re.compile(r"[ \t]*<([A-Za-z0-9._%+-]+)@[^>\s]+>")
_QUOTE_OPEN = "\"“「『'"


def _label_kind(phrase: str) -> str | None:
    p = phrase.lower().replace("-", " ")
    kind = _LABEL_KIND.get(p)
    if kind:
        return kind
    parts = p.split(" ")
    for n in (2, 1):
        if len(parts) > n and " ".join(parts[-n:]) in _QUALIFIED_HEADS:
            return _QUALIFIED_HEADS[" ".join(parts[-n:])]
    return None


def _phrase_before(t: str, j: int) -> tuple[int, str, str | None] | None:
    """The English label phrase ending at `j` (up to four words, the first one capitalised: Emergency contact):
    its start, its text and its kind ('S', 'W', 'O' or None)."""
    k = j
    while k > 0 and j - k < 40 and t[k - 1] in _PHRASE_CHARS:
        k -= 1
    if k > 0 and t[k - 1].isalnum() and (t[k - 1].isascii() or k == j or t[k] != " ") and not (
            t.startswith("  ", k) and t[k - 1].isdigit()):
        return None  # inside a longer word; a Japanese word and a space before it end the phrase (承認  Operator:)
    # (a field after a date or a number and a gap is a new field: Data de cadastro: 12/09/2024     Coordenador(a):)
    got = _phrase_of(t[k:j])
    return (j - len(got[0]), got[0], got[1]) if got else None


@lru_cache(maxsize=4096)
def _phrase_of(seg: str) -> tuple[str, str | None] | None:
    parts = _PHRASE_SPLIT.split(seg)  # word, separator, word, …
    best, n = None, 0
    for idx in range(len(parts) - 1, -1, -2):
        w = parts[idx]
        if not w.isalpha():
            break
        n += 1
        if n > 4:
            break
        if len(w) > 1 and w[0].isupper() and (w[1:].islower() or w.isupper()):
            best = idx  # the longest tail that starts with a capitalised word
    if best is None:
        return None
    phrase = "".join(parts[best:])
    return phrase, _label_kind(phrase)


def _labels(t: str, out: list, names: Any) -> None:
    if "/" in t:
        for m in _matches(_SLASH_JA, t):
            j = m.start()
            while j > 0 and t[j - 1] in " \t":
                j -= 1
            ph = _phrase_before(t, j)
            if ph and ph[2] == "O":
                _value_names(t, m.end(), "O", out, names, 0.85)
    if "\t" in t:
        for m in _matches(_TAB_CAP, t):
            i = m.start()
            ls = t.rfind("\n", 0, i) + 1
            ph = _phrase_before(t, i) if 0 < i - ls <= 40 else None
            if ph and ph[0] == ls and ph[2] in ("S", "O"):
                _value_names(t, m.end(), ph[2], out, names, 0.85)
    chat: list[list[tuple[int, int]]] = []
    for m in (_COLON_ANY if "…" in t or "‥" in t or " ." in t else _COLON_ONLY).finditer(t):
        if m.group("chat") is not None:
            _chat_speaker(t, m, chat)
            continue
        j = m.start()
        while j > 0 and t[j - 1] in " \t":
            j -= 1
        if j == 0:
            continue
        p = t[j - 1]
        if "0" <= p <= "9" and j > 2 and t[j - 2] == " ":  # Next of kin 2:, Guest 1: (a numbered field)
            j -= 2
            p = t[j - 1]
        if p == ")":  # Name (as in passport):, お名前（英字）：
            k = t.rfind("(", max(0, j - 32), j)
            if k < 0:
                continue
            j = k
            while j > 0 and t[j - 1] in " \t":
                j -= 1
            if j == 0:
                continue
            p = t[j - 1]
        if "a" <= p <= "z" or "A" <= p <= "Z":
            k = j - 1
            while k > 0 and j - k < 16 and ("a" <= t[k - 1] <= "z" or "A" <= t[k - 1] <= "Z"):
                k -= 1
            if t[k:j].lower() not in _LABEL_LAST_WORDS:
                continue  # Date:, Subject:, Address: … (a cheap first test)
            ph = _phrase_before(t, j)
            kind = ph[2] if ph else None
            if kind is not None and t.startswith("Name", ph[0]) and _thing_name(t, ph[0]):
                continue  # RECEIVING SHIP ⏎ Name: TAIYO PIONEER: a ship's name
            if kind is None and t[k].islower():
                # a YAML/INI key at the start of its line (  name: "Silva Pedro Henrique", guest_name: …)
                ls = t.rfind("\n", 0, k) + 1
                key_start = k
                while key_start > ls and (t[key_start - 1].isalpha() or t[key_start - 1] == "_"):
                    key_start -= 1
                if not t[ls:key_start].strip(" \t-"):
                    kind = _label_kind(t[key_start:j].replace("_", " "))
                    ph = (key_start, t[key_start:j], kind)
            if kind is None:
                continue
            if ph[1].lower() in _MAIL_HEADS:
                ls = t.rfind("\n", 0, ph[0]) + 1
                if t[ls:ph[0]].strip(" \t>"):
                    continue  # "To:" / "From:" not at the start of a line is prose
            _value_names(t, m.end(), kind, out, names, 0.85, single=kind == "S" and (
                not ph[1].endswith("s") or ph[1].lower() in _ONE_PERSON_PLURALS))
        elif p in _JP_LABEL_LAST:
            lm = _JP_TAIL.search(t, max(0, j - 10), j)
            cue = _jp_label_cue(lm.group(0)) if lm else None
            if cue:
                _value_names(t, m.end(), cue, out, names, 0.85)
    if chat:  # chat speakers: any name-shaped speaker once the text is a chat (two speaker lines or more)
        cue = "S" if len(chat) >= 2 else "W"
        for spans in chat:
            _accept(t, spans, names, cue, out, 0.8)


# a name label alone on its line, the value on the next line (ID cards, passports, forms copied from PDF):
# 姓/Surname⏎KAWABATA, Given name(s)⏎MIHO, 氏名 Name⏎Oliver Grant
_LABEL_LINE = re.compile(
    r"(?m)^[ \t]*(?:[^\n/]{1,8}/[ \t]?)?(?P<l>Surname|SURNAME|Family [Nn]ame|FAMILY NAME|Last [Nn]ame|LAST NAME|"
    r"Given [Nn]ames?|GIVEN NAMES?|First [Nn]ame|FIRST NAME|Full [Nn]ame|FULL NAME|Name|NAME)"
    r"(?:[ \t]?/[ \t]?[^\n/]{1,8})?[ \t]*:?[ \t]*\n[ \t]*(?=[A-ZÀ-ÖØ-ÞĐ])"
)

_LABEL_LINE_HINT = re.compile("ame|AME")  # (in every label: `_LABEL_LINE` is tried at the start of such lines only)


def _label_lines(t: str, out: list, names: Any) -> None:
    for m in _line_matches(_LABEL_LINE, t, _LABEL_LINE_HINT):
        r = _run_at(t, m.end())
        if not r or len(r) > 3:
            continue
        le = t.find("\n", m.end())
        if t[r[-1][1]:len(t) if le < 0 else le].strip():
            continue  # the value is the whole line
        one_part = m.group("l").lower().startswith(("surname", "family", "last", "given", "first"))
        cue = "O" if one_part and len(r) == 1 else ("S" if all(t[a:b].isupper() for a, b in r) else "W")
        _accept(t, r, names, cue, out, 0.8)


# the last character of every Japanese label `_jp_label_cue` accepts (a cheap first test)
_JP_LABEL_LAST = frozenset("者人官医師客員下司長手事会訳書族夫妻父母子娘名前ーント任当先宛口行乗席入録成認付応介薦姓")
_JP_TAIL = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff々]{1,10}\Z")


@lru_cache(maxsize=4096)
def _jp_label_cue(label: str) -> str | None:
    """The cue a Japanese label gives to a Latin value: 'O' 姓/名, 'S' a person (招へい人, 部下, 面接官), 'W' a role
    whose value may also be a thing (担当, 作成, 対応), None otherwise."""
    if _JP_NOT_PERSON.search(label):
        return None
    if label in ("姓", "名", "旧姓") or label.endswith(("/姓", "/名")):
        return "O"
    if _JP_PERSON_END.search(label):
        return "S"
    if _JP_ROLE_END.search(label):
        return "W"
    return None


def _mail_repeats_name(local: str, first: str, last: str) -> bool:
    """An address local part made of the name (o.grant, oliver_grant, grant.oliver, ogrant), not of a brand."""
    for a, b in ((first, last), (last, first)):
        for head in (a, a[:1]):
            if local.startswith(head) and local[len(head):].lstrip("._-").startswith(b) and len(b) >= 3:
                return True
    return False


_INVERTED = re.compile(rf",[ \t]*({_NW}(?:[ \t]+{_NW}){{0,2}})((?:[ \t]+[{_UP}]\.)?)[ \t]*(?=\n|\Z|[(<（/|]|[\"”'][ \t]*<)")


_INITIAL_NAME = re.compile(r"[A-Z]\. ?(?:[A-Z]\. ?)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![A-Za-z.@])")  # (T. Morioka, M. C. Ramos)


def _value_names(t: str, vs: int, cue: str, out: list, names: Any, score: float, single: bool = False) -> None:
    """Names in a label's value, also a list (A, B and C / A; B / A、B); non-Latin items are skipped. A value
    "SURNAME, Given" (TORRES, Michael J.) is one name, also "Smith, John" after a label for one person (`single`)."""
    le = t.find("\n", vs)
    le = len(t) if le < 0 else le
    value = t[vs:le]
    ini = _INITIAL_NAME.match(t, vs + len(value) - len(value.lstrip(" \t")))
    if ini and cue in "SOW" and (cue == "S" or _flags(ini.group(1), names) & (_KNOWN | _RG | _RF)):
        out.append((ini.start(), ini.end(), score))  # T. Morioka, Y.Koga: an initial and a surname
        return
    p, items = vs, 0
    r = _run_at(t, vs + 1 if t[vs:vs + 1] in _QUOTE_OPEN else vs)
    if r and (len(r) == 1 or (len(r) == 2 and single)) and cue != "O":
        # (two family names before the comma for one person's label: SOUZA OLIVEIRA, JOÃO PAULO)
        inv = _INVERTED.match(t, r[-1][1])
        first = t[r[0][0]:r[0][1]]
        em = _EMAIL_AFTER.match(t, inv.end() + (t[inv.end():inv.end() + 1] in "\"”'")) if inv else None
        if em and _mail_repeats_name(em.group(1).lower(), _key(inv.group(1).split(" ")[0]), _key(first)):
            out.append((r[0][0], inv.end(1), score))  # "Pereira, Lucas" <l.pereira@…>: family name first
            return
        if inv and single and len(r) == 2 and cue == "S":
            words = [t[a:b] for a, b in r] + inv.group(1).split()
            if not any(w.capitalize() in _LATIN_STOP or _word_flags(w) & _X for w in words):
                out.append((r[0][0], inv.end(2) if inv.group(2) else inv.end(1), score))
                return  # SOUZA OLIVEIRA, JOÃO PAULO: two family names, then the given names, for one person's label
        if inv and (single or (first.isupper() and len(first) > 1 and not inv.group(1).isupper())):
            if _accept(t, [*r, (inv.start(1), inv.end(1))], names, cue, out, score):
                if inv.group(2):
                    s0, e0, sc = out.pop()
                    out.append((s0, inv.end(2), sc))  # the middle initial (J.) is part of the name
                return
    while p < le and items < 12:
        items += 1
        while p < le and t[p] in " \t":
            p += 1
        if items == 1 and p < le and t[p] == "[":
            p += 1  # a YAML or JSON list (names: [Mark Bellamy, Jennifer Bellamy])
        quoted = p < le and t[p] in _QUOTE_OPEN
        if quoted:
            p += 1
        r = _run_at(t, p) if p < le and t[p].isalpha() else None
        if r is None and p < le and not t[p].isascii():
            # a department before the name (営業部 Linda Chow) or a Japanese item (髙橋): skip to a Latin word
            q = p
            while q < le and not t[q].isascii() and t[q] not in "、,;，；":
                q += 1
            if q < le and t[q] == " ":
                r = _run_at(t, q + 1)
        end = p
        if r:
            end = r[-1][1]
            item_cue = cue
            if quoted and t[end:end + 1] in "\"”」』'":
                item_cue, end = "S", end + 1
            em = _EMAIL_AFTER.match(t, end)
            if em:
                if len(r) > 1 and _mail_repeats_name(em.group(1).lower(), _key(t[r[0][0]:r[0][1]]),
                                                     _key(t[r[-1][0]:r[-1][1]])):
                    # the address repeats the name (Oliver Grant <o.grant@…>, Shoji Osamu <o.shoji@…>): a name even
                    # when a word of it is also an ordinary word (shoji), unless a company word ends it
                    if len(r) <= 4 and not _word_flags(t[r[-1][0]:r[-1][1]]) & _X:
                        out.append((r[0][0], r[-1][1], score))
                        r = None
                    item_cue = "S"
                end = em.end()
            elif items > 1 and item_cue == "S":
                item_cue = "W"  # later items of a list need a known name word (Speakers: Keynote, Panel Discussion)
            if r:
                _accept(t, r, names, item_cue, out, score)
        m = _LIST_SEP_RE.search(t, end, le)
        if not m or (r and m.start() > end + 60):
            break
        p = m.end()


# -- sign-off lines, chat speakers, @mentions -------------------------------------------------------------------
_SIGN_OFFS = frozenset(
    "cheers|thanks|thank you|many thanks|thanks again|thanks and regards|thanks & regards|best|best regards|"
    "best wishes|kind regards|warm regards|warmest regards|regards|sincerely|sincerely yours|yours sincerely|"
    "yours faithfully|yours truly|respectfully|cordially|take care|all the best|with thanks|with best regards|"
    "with kind regards|br|rgds|thx|talk soon|see you|love".split("|")
)
# a line break after a letter or , . ! and before a capital (Cheers,⏎Oliver; Best regards⏎⏎Emily Clark)
_NL_CAP = re.compile(r"\n(?:(?<=[A-Za-z,.!]\n)|(?<=[A-Za-z,.!] \n))[ \t>]*(?:\n[ \t>]*)?(?=[A-ZÀ-ÖØ-ÞĐ])")
_AFTER_SIGNED_NAME = re.compile(r"[ \t]*(?:\n|\Z|[(,|/]|[ \t]-|[\u3040-\u30ff\u4e00-\u9fff])")
# (also a WhatsApp export's [15/08/2024, 09:12] Name: and 15/08/2024, 09:12 - Name:)
_CHAT_STAMP = re.compile(r"[ \t]*[\[(]?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]|"
                         r"\d{1,2}/\d{1,2}(?:\([^)\n]{1,3}\))?[ \t]|"
                         # a date with its month's name (Messenger's [Nov 3, 2024 8:04 PM], in Tagalog [Hun 3, 2024 …],
                         # 3 Nov 2024 10:02)
                         r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4},?[ \t]|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4},?[ \t])?"
                         r"\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?[ \t]+(?:-[ \t]+)?\Z")
_CHAT_STAMP_AFTER = re.compile(r"[ \t]+[\[(]?\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[\])]?[ \t]*\Z")


_COMMA_CAP = re.compile(r",[ \t]+(?=[A-ZÀ-ÖØ-ÞĐ])")  # starts with a literal: a fast scan
_INLINE_SIGN_WORDS = ("thanks", "thank you", "regards", "cheers", "best", "sincerely")


def _inline_sign_offs(t: str, out: list, names: Any) -> None:
    """A sign-off and the writer's name ending a one-line message or field (… Thanks, Ryo"); in the same scan, a
    passport-style inverted name (REYES, John Carlo M., HARTMANN, Jonas)."""
    for m in _matches(_COMMA_CAP, t):
        c = m.start()
        if c >= 2 and "A" <= t[c - 1] <= "Z":
            _upper_inverted(t, c, m.end(), out, names)
        low = t[max(0, c - 9):c].lower()
        w = next((w for w in _INLINE_SIGN_WORDS if low.endswith(w)), None)
        if w is None or (c > len(w) and t[c - len(w) - 1].isalpha()):
            continue  # not a sign-off word (or the end of a longer word: "Robust, Oliver")
        r = _run_at(t, m.end())
        if r and len(r) <= 2 and _INLINE_END.match(t, r[-1][1]):
            _accept(t, r, names, "L", out, 0.75)


def _upper_inverted(t: str, c: int, g: int, out: list, names: Any) -> None:
    """An upper-case surname before the comma at c and capitalised given names at g (REYES, John Carlo M.)."""
    m = _UPPER_INVERTED.match(t, c)
    f = _UPPER_BEFORE.search(t, max(0, c - 42), c) if m else None
    if f is None:
        return
    fam, giv = f.group(0), m.group(1).split(" ")[0].split("-")[0]
    ff, fg = _flags(fam, names), _flags(giv, names)
    if not (ff | fg) & _X and fam not in _LATIN_STOP and fg & (_G | _RG) and _strong_first(fg):
        out.append((f.start(), m.end(), 0.75))


def _sign_offs(t: str, out: list, names: Any) -> None:
    for m in _matches(_NL_CAP, t):
        i = m.start()
        ls = t.rfind("\n", 0, i) + 1
        if i - ls > 40:
            continue
        line = t[ls:i].strip(" \t>").rstrip(",.!").rstrip().lower()
        if line not in _SIGN_OFFS:
            continue
        r = _run_at(t, m.end())
        if r and _AFTER_SIGNED_NAME.match(t, r[-1][1]):
            _accept(t, r, names, "L", out, 0.8)


_INLINE_END = re.compile(r"[ \t]*(?:[.!]?[\"”」]|[.!]?[ \t]*(?:\n|\Z))")
# a Latin rendering written right after a Japanese name (小野寺 彩 / Aya Onodera, 小田切 舞　Mai Odagiri)
# (also upper case, passport style: グエン ヴァン ハイ ／ NGUYEN VAN HAI)
_LATIN_AFTER_JA = re.compile(
    rf"[ \t\u3000]*(?:[/／|][ \t\u3000]*)?({_CAPW}[ \t]{_CAPW}|{_UPW}(?:[ \t]{_UPW}){{1,2}})(?=[ \t]*(?:\n|\Z|[(（<,]))"
)


_KV_NAME = re.compile(
    r"(?<![A-Za-z])(?:[Ll]ast_?[Nn]ame|[Ff]irst_?[Nn]ame|[Ff]amily_?[Nn]ame|[Gg]iven_?[Nn]ame|[Ff]ull_?[Nn]ame|"
    r"[Mm]iddle_?[Nn]ame|[Ss]urname)[ ]?=[ ]?['\"]?([A-Z][A-Za-z'\-]{1,30}(?: [A-Z][A-Za-z'\-]{1,30}){0,2})['\"]?"
    r"(?=[,)\]}&;\s]|$)"
)
# the name field of airline tickets and booking records: SURNAME/GIVEN NAMES and a title (UNO/KENTARO MR)
_PNR_NAME = re.compile(r"(?<![A-Za-z0-9/])([A-Z]{2,20}(?:[ \-][A-Z]{2,20})?/[A-Z]{2,20}(?: [A-Z]{2,20}){0,2})"
                       r"[ \t]+(?:MR|MS|MRS|MISS|MSTR|DR)(?![A-Za-z])")
# a passenger-type code before SURNAME/GIVEN on a manifest (INFT FUJIMOTO/RIN, CHD SATO/MIO)
# (the words grouped by their first character, the lookbehind after it: a scan led by "I" and "C")
_PNR_INFANT = re.compile(_first_char_alternation(["INFT", "INF", "CHD", "CHLD"], "A-Za-z") + r"[ \t]+([A-Z]{2,20}/[A-Z]{2,20}(?: [A-Z]{2,20}){0,2})"
                         r"(?![A-Za-z/])")
# a passport-style inverted name: the given names after the comma, the upper-case surname before it (REYES, John)
_UPPER_INVERTED = re.compile(r", ([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2})(?: [A-Z]\.)?(?![A-Za-z])")
_UPPER_BEFORE = re.compile(r"(?<![A-Za-z0-9'\-])[A-Z]{2,20}(?:[ \-][A-Z]{2,20})?\Z")
# a bracketed list of single capitalised words (4 pax (Ogawa, Hasegawa, Zhang, self)); the list must be all names
_PAREN_LIST = re.compile(r"\(((?:[A-Z][a-z]+|self|me|myself)(?:, (?:and )?(?:[A-Z][a-z]+|self|me|myself)){1,9})\)")
_SELF_WORDS = frozenset(("self", "me", "myself"))


def _paren_lists(t: str, out: list, names: Any) -> None:
    """A bracketed list of people by surname: every capitalised item a known name word that is no ordinary word, and
    at least two of them ((Tokyo, Osaka) and (Sales, Finance) stay out)."""
    for m in _matches(_PAREN_LIST, t):
        items = [(w.start(), w.end()) for w in re.finditer(r"[A-Za-z]+", m.group(1))]
        words = [m.group(1)[a:b] for a, b in items]
        people = [(a, b) for (a, b), w in zip(items, words) if w not in _SELF_WORDS and w != "and"]
        if len(people) >= 2 and all(
            _strong(_flags(m.group(1)[a:b], names)) and not _flags(m.group(1)[a:b], names) & _X for a, b in people
        ):
            out.extend((m.start(1) + a, m.start(1) + b, 0.75) for a, b in people)


_TWO_CAPS = re.compile(r"[A-Z][a-z]++[ \t][A-Z]")  # (possessive: a space never is a lower-case letter)


def _after_japanese_names(t: str, out: list, names: Any) -> None:
    for s0, e0, sc in list(out):
        if sc < 0.75 or e0 >= len(t) or t[s0:s0 + 1].isascii():
            continue
        m = _LATIN_AFTER_JA.match(t, e0)
        if m:
            spans = [(w.start(), w.end()) for w in _TOKEN.finditer(t, m.start(1), m.end(1))]
            _accept(t, spans, names, "S", out, 0.8)


# a Chinese name in characters right after its romanisation (Zhou Guoqiang (周国强), LIU HAORAN (刘浩然), ZHOU GUOQIANG /
# 周国强): the same person in the other script
_HANZI_AFTER = re.compile(r"[ \t]*(?:[(（][ \t]*|[/／][ \t]*)([\u4e00-\u9fff]{2,4})(?=[ \t]*(?:[)）/／,、]|$|\n|[ \t]{2}))")


def _hanzi_after_latin(t: str, out: list, n0: int) -> None:
    for s0, e0, sc in out[n0:]:
        if sc < 0.7 or not t[s0:s0 + 1].isascii():
            continue
        m = _HANZI_AFTER.match(t, e0)
        if m and not nlp.can_be(m.group(1), "名詞", "普通名詞") and not _common_compound(m.group(1)) and not (
                _place_name(m.group(1)) and not all(_ROMAJI_SHAPE.match(w) for w in t[s0:e0].split())):
            out.append((m.start(1), m.end(1), 0.8))  # (Dang Thi Lan（通訳）, Siti（通訳兼務）: a role, not her name;
            # Joana Ramos（那覇）: her office's city, where Saeki Tomoko (佐伯) writes her surname)


def _place_name(w: str) -> bool:
    """A prefecture's or a city's name, with or without 市 (那覇, 宇都宮市, 沖縄)."""
    from .address import _name_index, is_city_name  # noqa: PLC0415

    names = _name_index()[0]
    return w in names or is_city_name(w) or names.get(w + "県") == "pref"


def _common_compound(w: str) -> bool:
    """Two or more words the dictionary reads as common nouns or suffixes only (通訳兼務, 担当窓口): no name."""
    return nlp.common_nouns_only(w, min_words=2, suffixes=True)


_ROLE_SPEAKERS = frozenset("Store Shop Agent Staff Support Operator Seller Host Admin Moderator Helpdesk Driver Courier "
                           "Concierge Reception Front Guide Clerk".split())
_BRACKET_NAME = re.compile(rf"[ \t]*[(（]({_CAPW}(?:[ \t]{_CAPW})?)[)）][ \t]*:")
_CHAT_INVERTED = re.compile(rf",[ \t]*({_CAPW})(?=[ \t]*(?:[(（][^)）\n]{{1,24}}[)）][ \t]*)?:)")
# the speaker's colon, after a (reading) or an emoji of a display name (Fang🌸:)
_CHAT_END = re.compile(r"[\"”]?[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]{0,3}[ \t]*(?:[(（][^)）\n]{1,24}[)）][ \t]*)?:")


def _chat_speaker(t: str, m: re.Match, hits: list) -> None:
    """The speaker of a chat line around the time stamp `m` ([14:03] David Chen:, Yamaguchi Ren  10:12)."""
    ls = t.rfind("\n", 0, m.start()) + 1
    e = m.end()
    if e < len(t) and t[e] != "\n":  # a speaker after the time stamp
        if not _CHAT_STAMP.fullmatch(t, ls, e):
            return
        p = e + (1 if t[e] in "\"“" else 0)
        r = _run_at(t, p)
        if r and len(r) == 1 and t[r[0][0]:r[0][1]] in _ROLE_SPEAKERS:
            b = _BRACKET_NAME.match(t, r[0][1])  # Store (Kenji):, Agent (Maria Lopez): the person behind the role
            r = [(w.start(), w.end()) for w in _TOKEN.finditer(t, b.start(1), b.end(1))] if b else None
            if r:
                hits.append(r)
            return
        if r:
            inv = _CHAT_INVERTED.match(t, r[-1][1]) if len(r) == 1 else None
            if inv:  # Sato, Kenji (佐藤 健二): — a Teams export writes "Surname, Given"
                r = r + [inv.span(1)]
            if not _CHAT_END.match(t, r[-1][1]):
                whole = _RUN.match(t, p)  # (Oliver Brandt: — the word before the colon is the speaker's, not a label)
                if whole is not None and whole.end() > r[-1][1] and _CHAT_END.match(t, whole.end()):
                    r = [(w.start(), w.end()) for w in _TOKEN.finditer(t, whole.start(), whole.end())]
                    while len(r) > 1 and t[r[0][0]:r[0][1]] in _LATIN_STOP:
                        r = r[1:]  # (Op Kim: the operator Kim)
            if _CHAT_END.match(t, r[-1][1]):
                hits.append(r)
    else:  # a speaker line before the time stamp
        r = _run_at(t, ls) if "A" <= t[ls:ls + 1] <= "Z" else None
        if r and _CHAT_STAMP_AFTER.fullmatch(t, r[-1][1], e):
            hits.append(r)


def _mentions(t: str, out: list, names: Any) -> None:
    i = t.find("@")
    while i >= 0:
        j = i + 1
        if j < len(t) and "A" <= t[j] <= "Z" and not (i > 0 and (t[i - 1].isalnum() or t[i - 1] in "._@")):
            mm = _RUN.match(t, j)
            if mm:
                spans = [(w.start(), w.end()) for w in _TOKEN.finditer(t, mm.start(), mm.end())][:3]
                if len(spans) == 3 and _level([t[s:e] for s, e in spans], names) == 3:
                    out.append((spans[0][0], spans[2][1], 0.75))  # @Nguyen Thi Lan: a three-part name
                elif len(spans) >= 2 and _level([t[s:e] for s, e in spans[:2]], names) == 3:
                    out.append((spans[0][0], spans[1][1], 0.75))
                elif _level([t[spans[0][0]:spans[0][1]]], names) >= 2:
                    out.append((spans[0][0], spans[0][1], 0.75))
        i = t.find("@", j)


# -- a Latin word before a Japanese honorific (Linda Park 様, Smith さん) or particle (Nguyen に連絡) ------------------
_AFTER_LATIN = re.compile(r"[様さ氏殿先くち君医にがはのとへよかまもを宛や、。で](?:(?<=[A-Za-z].)|(?<=[A-Za-z][ \t].))")
_INTRO_AT = re.compile(r"[ \t]?(?:です|でございます|と申します|といいます)")
_HONORIFIC_AT = re.compile(r"[ \t]?(?:様|さま|さん|氏(?!名)|殿|先生|くん|君|ちゃん|医師(?!会|法|団))")
_CAPS_HONORIFIC = re.compile(r"[A-Z]{3}[ \t]?(?:様|さん|氏(?!名)|殿|君|くん)")
_PARTICLE_AT = re.compile(r"[ \t]?(?:に|が|は|の|と|へ|より|から|まで|も|を|宛|や|、|。)")


def _honorific_cue(words: list[str]) -> str:
    """The cue a run of words before さん/様 gives (see `_accept`): "S" for a given name and a surname the lists lack,
    in Title Case (Jasur Karimovさん, Nimal Perera 様 — unless a word is a stop word or no name: Sales Teamさん); "C"
    for a name in capitals, as a tour roster or a passport writes it, whose short syllables are no acronyms there
    (TAN BEE LIAN 様; each word has a vowel: not JTB, NHK); "W" otherwise."""
    if not 2 <= len(words) <= 3:
        return "W"
    if all(len(w) >= 2 and w[0].isupper() and w[1:].islower() and w.isalpha() and w not in _LATIN_STOP
           and not _word_flags(w) & _X for w in words):
        return "S"
    if all(len(w) >= 2 and w.isupper() and w.isalpha() and w.capitalize() not in _LATIN_STOP
           and not _word_flags(w) & _X and any(c in "AEIOUY" for c in w) for w in words):
        return "C"
    return "W"


def _run_before(t: str, h: int) -> list[tuple[int, int]] | None:
    """The name run (at most four words) that ends at `h` (spaces before `h` skipped)."""
    e = h
    while e > 0 and t[e - 1] in " \t":
        e -= 1
    spans: list[tuple[int, int]] = []
    s = e
    while len(spans) < 4:
        m = _WORD_END.search(t, max(0, s - 24), s)
        if not m:
            break
        ws = m.start()
        if ws > 0 and (t[ws - 1] in _LATIN_CHARS or t[ws - 1] in "@./_") and not (
                t[ws - 1] == "/" and ws > 1 and _is_jp(t[ws - 2])):  # (様/Ahmad Faiz 様: a list of guests)
            break
        if not m.group(0).endswith("."):
            spans.insert(0, (ws, s))
        s = ws
        if s >= 2 and t[s - 1] == " " and t[s - 2] in _LATIN_CHARS:
            s -= 1
        else:
            break
    return spans or None


# a document's act and its doer without a colon (reviewed by H. Kimura, Prepared by Olivia Grant)
_DONE_BY = re.compile(
    r"(?<![A-Za-z])(?:[Rr]eviewed|[Pp]repared|[Cc]hecked|[Aa]pproved|[Ww]ritten|[Cc]reated|[Ss]ubmitted|[Rr]eported|"
    r"[Ss]igned|[Hh]andled|[Rr]eceived|[Vv]erified|[Aa]ssigned|[Ii]nterviewed|[Tt]ranslated|[Ee]dited|[Rr]ecorded|"
    r"[Rr]equested|[Ee]ntered|[Rr]edacted|[Ee]scalated|[Ll]ogged|[Aa]udited|[Ee]valuated|[Ii]nspected|[Cc]oached|"
    r"[Aa]ccompanied|[Ee]scorted|[Aa]uthori[sz]ed)"
    r"[ \t]+by[ \t]+(?=[A-Z])")


# a list's row of a travel or visa document: a name in capitals at the start of a line (after its number), then the
# person's birth date or passport on the same line
_CAPS_ROW_NAME = re.compile(
    r"(?m)^[ \t]*(?:(?:[0-9]{1,3}|[a-z])[.)][ \t]+)?([A-Z]{2,15}(?: [A-Z]{2,15}){1,3})(?:[ \t]{2,}|\t|[ \t]*[,|][ \t]*|[ \t]/[ \t])"
    r"(?=[^\n]{0,40}?(?:DOB|D\.O\.B|Date of [Bb]irth|Passport|PASSPORT|生年月日|旅券))")
_CAPS_ROW_NAME_HINT = re.compile(r"(?m)^[ \t]*(?:(?:[0-9]{1,3}|[a-z])[.)][ \t]+)?[A-Z]{2,15} [A-Z]{2,15}")
# (header words in capitals that `_LATIN_STOP` does not hold already: SURNAME GIVEN, FULL NAME, DOB over the rows)
_CAPS_ROW_STOP = frozenset(("CHIEU", "CHINA", "COUNTRY", "DOB", "FAMILY", "FULL", "GIVEN", "HOLDER", "ID", "LIST", "MIDDLE",
                            "PLACE", "SURNAMES", "TAIWAN", "UK", "USA"))


# a Japanese role word, then a Latin name (担当 Emily, 通訳：Maria Santos, 受付 Kevin): a shop's or a clinic's staff
# named by their given name
_JA_ROLE_LATIN = re.compile(
    r"(?:担当者?|受付|対応者?|通訳|記録者?|入力者?|確認者|承認者|作成者|講師|コーチ|トレーナー|ドライバー|スタッフ|"
    r"インストラクター|オペレーター|面接官|立会人?|同僚|寮長|班長|同室者|実習生)[ \t]*[:：]?[ \t]*(?=[A-ZÀ-ÖØ-ÞĐ])")


_JA_ROLE_HINT = re.compile(r"[当付応訳録力認成師チーフタ者人僚長生][ \t]*[:：]?[ \t]*[A-ZÀ-ÖØ-ÞĐ]")  # (a role's last character, then a capital)


def _ja_role_latin(t: str, out: list, names: Any) -> None:
    for m in _JA_ROLE_LATIN.finditer(t):
        r = _run_at(t, m.end())
        if not r or len(r) > 4:
            continue
        if len(r) > 1:
            # (no word of it a word that names no one: 対応：Remote Work is a way of working, 通訳：Dilani Perera a
            # person)
            if not any(_flags(t[a:b], names) & _X for a, b in r):
                _accept(t, r, names, "S", out, 0.75)
            continue
        w = t[r[0][0]:r[0][1]]
        f = _flags(w, names)
        if w not in _LATIN_STOP and not f & _X and f & (_G | _F | _E | _RG | _RF) and not w.isupper():
            out.append((r[0][0], r[0][1], 0.7))  # 担当 Emily: a known name word alone


def _done_by(t: str, out: list, names: Any) -> None:
    for m in _DONE_BY.finditer(t):
        ini = _INITIAL_NAME.match(t, m.end())
        if ini:
            out.append((ini.start(), ini.end(), 0.75))  # reviewed by H. Kimura
            continue
        r = _run_at(t, m.end())
        if r and len(r) <= 4:
            _accept(t, r, names, "S", out, 0.8)


def _after_latin_word(t: str, out: list, names: Any) -> None:
    done = -1
    for m in _matches(_AFTER_LATIN, t):
        le = m.start()
        while le > 0 and t[le - 1] in " \t":
            le -= 1
        if le <= done or not ("A" <= t[le - 1] <= "Z" or "a" <= t[le - 1] <= "z"):
            continue
        done = le
        if _INTRO_AT.match(t, le):  # VU VAN DUNG です, Kevin Walsh と申します: a self-introduction
            spans = _run_before(t, le)
            if spans and len(spans) >= 2:
                _accept(t, spans, names, "W", out, 0.75)
        elif _HONORIFIC_AT.match(t, le):
            spans = _run_before(t, le)
            if spans:
                while len(spans) > 2 and _level([t[a:b] for a, b in spans[:1]], names) < 2:
                    spans = spans[1:]  # Meeting with Linda Park 様
                words = [t[a:b] for a, b in spans]
                if len(words) == 1 and words[0][1:].islower() and _flags(words[0], names) & _E and (
                        spans[0][0] == 0 or not t[spans[0][0] - 1].isalnum()):
                    out.append((*spans[0], 0.75))  # Parkさん, Lee 様: an East Asian surname, also an English word
                    continue
                cue = _honorific_cue(words)
                _accept(t, spans, names, cue, out, 0.8)
        elif _PARTICLE_AT.match(t, le):
            w = _WORD_END.search(t, max(0, le - 20), le)
            if not w or w.group(0).isupper() or len(w.group(0)) < 3:
                continue
            b = w.start() - 1
            if b >= 0 and t[b] in " \t":
                b -= 1
            if b >= 0 and not (_is_jp(t[b]) or t[b] in "、。「」()"):
                continue  # only a single Latin word inside Japanese text (藤井 または Nguyen に)
            f = _word_flags(w.group(0))
            if f & (_F | _E) and not f & (_W | _X):
                out.append((w.start(), w.end(), 0.6))


def _propagate(t: str, out: list, start: int) -> None:
    """Another occurrence of a Latin name found from `start` on (also in another case: ANNA LINDQVIST, David Chen:)."""
    seen: set[str] = set()
    for k in range(start, len(out)):
        s, e, sc = out[k]
        if sc < 0.75 or e - s < 5 or not ("A" <= t[s] <= "Z"):
            continue
        name = t[s:e]
        if " " not in name or name in seen:
            continue
        seen.add(name)
        if len(seen) > 30:
            break
        if t.count(name) + (t.count(name.upper()) if not name.isupper() else 0) < 2 or not _RUN.fullmatch(name):
            continue
        for m in re.finditer(re.escape(name), t, re.I):
            if m.start() != s and _boundary_ok(t, m.start(), m.end()) and all(
                    w[:1].isupper() for w in m.group(0).split(" ")):
                out.append((m.start(), m.end(), 0.8))
    _propagate_parts(t, out, start, seen)


# a part of a full name standing alone later (Marcus Webb … Marcus reports …): a word boundary each side, no capitalised
# word glued before or after it (that would be another name)
_PART_AROUND = re.compile(r"[ \t]?[A-Z][a-z]|[ \t]?(?:&|and) [A-Z]")  # (Bennett & Hart Ltd: a firm)


def _propagate_parts(t: str, out: list, start: int, names: set[str]) -> None:
    """The given or family name of a Latin full name found in `t`, written alone elsewhere, is that person: only a
    word the name lists know as a name and not as an ordinary word (Grace, Park, Bill stay out)."""
    found = {(s, e) for s, e, _ in out}
    done: set[str] = set()
    for name in names:
        for w in name.split(" "):
            if len(w) < 3 or w in done or w in _LATIN_STOP or not w[0].isupper() or w.isupper():
                continue
            done.add(w)
            fl = _word_flags(w)
            if not fl & (_G | _F | _E) or fl & (_W | _X):
                continue
            i = t.find(w)
            while i >= 0:
                j = i + len(w)
                if (i, j) not in found and _boundary_ok(t, i, j) and not (j < len(t) and t[j] in "-'’") and not (
                        i >= 2 and t[i - 1] == " " and t[i - 2].isalpha() and t[i - 2] != "." and _CAP_BEFORE.search(
                            t, max(0, i - 20), i)) and not _PART_AROUND.match(t, j) and not any(
                        a <= i < b for a, b in found):
                    out.append((i, j, 0.7))
                i = t.find(w, j)


_CAP_BEFORE = re.compile(r"[A-Z][a-z]+ \Z")  # (a capitalised word right before: the part of another name)
