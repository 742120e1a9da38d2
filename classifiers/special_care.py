"""SPECIAL_CARE detector: 要配慮個人情報 (APPI Art. 2(3)) stated about a person, found conservatively.

Two kinds of evidence, both from the dictionaries in `data/special_care.tsv`:
1. a field label whose value is special-care data — 病歴: 糖尿病, 既往歴：心筋梗塞, 障害者手帳: 2級, 前科: あり,
   信仰: ○○教, 健診結果: 要精密検査 — reported on the value, unless the value is empty or "なし"; weak labels
   (所見, 判定, 特記事項, 賞罰, 出身 …) count only when their value names a condition, offence, creed or origin;
2. a statement in prose — a condition followed by a state (うつ病で通院中, 高血圧の治療を受けている, …と診断
   された), a disability with possession or grade (身体障害者手帳2級を所持, 聴覚障害がある), an offence with its
   outcome (窃盗罪で逮捕された, 前科あり, 逮捕歴, 懲役1年), having been a victim (ストーカー被害に遭った), a
   creed (キリスト教を信仰している, …の信者である), an origin (被差別部落の出身), a health-check result (要精密検査,
   健康診断で…と判定). Weak phrases (入院中, 服薬中, a bare 精神障害) need a person in the sentence (本人, 社員,
   …さん); sentences with statistics, notices, product or price words (件数, 前年比, ご注意, 円, 販売 …) are
   lowered, so a pharmacy list, a crime-statistics article or a 障害者手帳をお持ちの方 notice is not flagged, and
   IT failures (システム障害, 障害対応) never match because 障害 alone is no term. A cheap line filter keeps the
   regexes off lines that contain none of the dictionary's key characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable, Sequence

from . import data, nlp
from .base import Detector, Entity, doc_facts


__all__ = ["SpecialCareDetector"]

NAME = "special_care"

_K = r"\u3400-\u4dbf\u4e00-\u9fff々"
_KATA = r"\u30a1-\u30fa\u30fc"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict[str, list[str]]]:
    lex: dict[str, dict[str, list[str]]] = {}
    for row in data.rows("special_care.tsv"):
        if len(row) < 3:
            continue
        kind, cat, words = row[0], row[1], row[2].split()
        lex.setdefault(kind, {}).setdefault(cat, []).extend(words)
    return lex


def _words(kind: str, cat: str | None = None) -> list[str]:
    lex = _lexicon().get(kind, {})
    if cat is not None:
        return list(lex.get(cat, []))
    return [w for ws in lex.values() for w in ws]


_RELIGIONS = (
    "キリスト教 カトリック プロテスタント 仏教 浄土真宗 浄土宗 日蓮宗 曹洞宗 臨済宗 真言宗 天台宗 創価学会 イスラム教 "
    "ユダヤ教 ヒンドゥー教 神道 天理教 エホバの証人 モルモン教 統一教会 幸福の科学 立正佼成会 真如苑 生長の家 霊友会"
).split()
_NONE_VALUE = re.compile(
    r"^(?:なし|無し|無|ない|ありません|特になし|特に無し|特にない|該当なし|該当無し|該当しない|N/?A|-|ー|―|−|未記入|"
    r"不明|記載なし|空欄|なし。|無し。|なし\(.*\)|異常なし|問題なし|良好|健康|A判定|A|正常)$"
)
_PREFILTER_KEY = ("special_care.prefilter",)  # doc_facts key of the whole-text prefilter result
_CTX = 200  # characters either side of a phrase searched for its sentence and context words
_HIRA3 = re.compile(r"[\u3041-\u3096][^\u3041-\u3096]*[\u3041-\u3096][^\u3041-\u3096]*[\u3041-\u3096]")
_SEP_MARK = re.compile(r"[:：=/／】」』\]\t]")
_HAS_VALUE = re.compile(r"^(?:あり|有り|有|ある|あります|該当|該当あり)")
_STATE = (
    r"(?:(?:通院|治療|入院|療養|服薬|投薬|手術|闘病|休職|休養|加療|経過観察|リハビリ|透析|定期検診|検診|通院治療)"
    r"(?:中|歴|して|した|し(?=[てたま])|を受け|を続け|予定|のため|後)"
    r"|診断(?:され|を受け|が(?:つ|出|下))|(?:を)?患(?:って|い|う)|罹患|発症|再発|悪化|持病|既往歴?|キャリア|疑い|陽性|手術歴|所見)"
)
_CONN = r"(?:の|で|が|と|を|に|により|による|のため|にて|、)?"
_MED_MORPH = rf"[{_K}{_KATA}]{{1,6}}(?:症候群|病|症|がん|癌)"
_TAIL = re.compile(
    r"(?:[てで]?(?:休職|通院|入院|療養|治療|服薬|経過観察|保護命令|後遺症)(?:中)?"
    r"|と(?:判定|診断)され(?:た|ている|ています)?|を指摘され(?:た)?|の(?:有罪|実刑)?判決を受け(?:た|ている)?|っ(?:て(?:いる|いた|います)|た)"
    r"|中|歴|(?:して|され|を受け|が出て|を取得し|を所持し|を使用し|を信仰し|として活動し)?(?:いる|いた|います|いました|ている|ていた|ています|た|る)"
    r"|がある|があった|があり|がない|である|であった|あり|[(（][^()（）\n]{1,12}[)）])*"
)
_CLAUSE_CUT = re.compile(r"ため|ので|とのこと|こと|ところ|という|と聞|から|けど|けれど|ものの|が、|。|、|\n")


@lru_cache(maxsize=1)
def _patterns():
    med_terms = _words("term", "medical")
    dis_terms = _words("term", "disability")
    med = rf"(?:{_alt(med_terms)}|症候群|病|症|がん|癌)"  # a bare suffix is extended back over the word (see `back`)
    rel = _alt(_RELIGIONS)
    rel_first = re.escape("".join(sorted({w[0] for w in _RELIGIONS} | set("教入宗信"))))
    strong_labels = [w for c, ws in _lexicon().get("label", {}).items() for w in ws]
    weak_labels = _words("label_weak")
    label_sep = r"[ \t]*(?:[(（][^)）\n]{1,10}[)）])?(?:[】」』\]][ \t]*(?:[:：=/／][ \t]*)?|[ \t]*(?:[:：=/／]|[ \t])[ \t]*)"
    pats = [
        # (regex, base score, weak?)  weak phrases need a person in the sentence; every match start is
        # extended back over kanji/katakana (up to 6/10 chars) so suffix-anchored patterns cover the word
        (rf"(?:{med})(?:ウイルス|ウィルス)?(?:[(（][^)）\n]{{1,12}}[)）])?{_CONN}{_STATE}", 0.8, False),
        (rf"(?:{med})の?(?:術後検診|術後|定期検診|検診|通院|治療|手術|入院|検査|薬)(?=で|のため|に行|があ|を受け)", 0.75, False),
        (r"(?:身体障害者|身体障がい者|精神障害者保健福祉|精神障がい者保健福祉|障害者|障がい者|療育)手帳"
         r"(?: ?(?:第)?[1-7一二三四五六七](?:種)?[1-7一二三四五六七]?級| ?\(?[AB][12]?\)?)"
         r"(?:を?(?:所持|取得|交付)(?:して|した|済)?|あり)?", 0.85, False),
        (r"(?:身体障害者|身体障がい者|精神障害者保健福祉|精神障がい者保健福祉|障害者|障がい者|療育)手帳"
         r"を?(?:所持|取得|交付を受け)(?:して|した|済)", 0.85, False),
        (r"(?:身体|精神|知的|発達|視覚|聴覚|言語|肢体|内部|下肢|上肢|視力|聴力)(?:に|の)?(?:障害|障がい|障碍)"
         r"(?: ?[(（][^)）\n]{1,12}[)）])?"
         r"(?:が(?:ある|あり|あります|あって|残)|を(?:持つ|持って|抱え|有する)|の(?:診断|認定)を受け|と診断|"
         r"者(?:である|です|として)| ?[1-7一二三四五六七]級|の等級)", 0.85, False),
        (r"(?:身体|精神|知的|発達|視覚|聴覚|肢体不自由)(?:障害|障がい)|ADHD|自閉スペクトラム症|自閉症|アスペルガー症候群", 0.4, True),
        (r"障(?:害|がい)(?:等級|程度区分|支援区分) ?[:：]? ?[1-7一二三四五六七]", 0.8, False),
        (r"車(?:椅子|いす)を?(?:使用|利用)(?:して|中)", 0.7, False),
        (r"前科(?:あり|有り|有|がある|があり|があった|[1-9一二三四五六七八九]犯|者)|(?:逮捕|補導|犯罪|受刑|服役)歴(?:あり|がある|有り|有)?|前科前歴", 0.85, False),
        (r"(?:罪|違反|容疑)(?:で|により|の疑いで)?(?:現行犯)?(?:逮捕|起訴|書類送検|送検|服役|収監|有罪|実刑|懲役|禁錮|罰金|略式起訴|在宅起訴|執行猶予)", 0.8, False),
        (r"懲役 ?[0-9一二三四五六七八九十]+ ?(?:年|か月|ヶ月|カ月)|執行猶予(?:中|付き|[0-9一二三四五]年)|保護観察(?:中|処分|付き)|"
         r"少年院(?:送致|に入|を出|出身|に送)|少年審判|服役(?:中|して|した)|(?:逮捕|起訴)(?:され|された)", 0.7, False),
        (r"(?:ストーカー|DV|ドメスティック・?バイオレンス|性犯罪|性暴力|性的暴行|痴漢|特殊詐欺|振り込め詐欺|詐欺|強盗|暴行|窃盗|"
         r"虐待|児童虐待|犯罪)(?:の)?被害(?:者(?:である|です|となった|として)?|に(?:遭|あ)(?![わう])|を受け|を訴え|経験|歴)", 0.8, False),
        (r"被害届を(?:提出|出し)", 0.6, True),
        (rf"(?:{med})(?=(?:のため|により|で)[、,]?[^。\n]{{0,20}}?(?:休職|休業|時短|欠勤|休暇|休み|休む|早退|入院|通院|療養|配慮|勤務制限|業務制限))", 0.75, False),
        # the lookahead lists every possible first character: Python's regex engine then skips other positions
        # fast, where a top-level alternation is tried at every position
        (rf"(?=[{rel_first}])(?:(?:{rel}|教)(?:の?(?:信者|信徒|門徒|教徒|会員|徒)(?:である|です|であり|として)?|を(?:信仰|信じ)(?:して|する)|に入信)"
         rf"|入信(?:した|して)|(?:宗教|信仰)上の理由)", 0.8, False),
        (r"(?:党|政党)(?:の)?(?:党員|支持者|後援会員)", 0.7, False),
        (r"(?:アイヌ民族|アイヌ|在日(?:コリアン|韓国人|朝鮮人|韓国・朝鮮人)|被差別部落|同和地区|琉球民族)(?:の)?"
         r"(?:出身|出自|[1-9一二三]世|である|です|の血)", 0.8, False),
        (r"要(?:精密検査|精検|再検査|治療|医療|経過観察|受診)|有所見|高ストレス者", 0.7, False),
        (r"(?:血圧|血糖値?|HbA1c|γ-?GTP|中性脂肪|LDLコレステロール|HDLコレステロール|尿酸値?|AST\(GOT\)|ALT\(GPT\)) ?[:：]? ?"
         r"[0-9]{1,3}(?:\.[0-9])?(?: ?/ ?[0-9]{2,3})?(?: ?(?:mmHg|mg/dL|%|U/L))?", 0.6, False),
        (r"(?:健康診断|健診|人間ドック|ストレスチェック)で[^。\n、]{0,20}?(?:の所見があ(?:った|る)|所見あり|要[^\s。、と]{1,6}|異常|高ストレス者?|と診断|と判定|を指摘)", 0.8, False),
        (r"(?:服薬|投薬|通院|入院|療養|人工透析|化学療法|抗がん剤治療|放射線治療|不妊治療|カウンセリング)"
         r"(?:中|歴(?:あり)?|して(?:いる|いた|います|おり)|を受けて|を続けて)", 0.5, True),
        (r"持病(?:があり|がある|の(?:通院|治療|悪化|薬|検査|ため)|で|のため)|(?:心療内科|精神科|メンタルクリニック)(?:に|へ|の|で)?(?:通院|通って|受診|通い|入院)|人工透析", 0.75, False),
    ]
    phrase = [(re.compile(rx), score, weak) for rx, score, weak in pats]
    # labels are found from their last character followed by a separator, then confirmed backwards
    ends = "".join(sorted({w[-1] for w in strong_labels + weak_labels}))
    label_hit = re.compile("[" + re.escape(ends) + "]" + r"(?=[ \t]*(?:[(（][^)）\n]{1,10}[)）])?(?:[】」』\]]|[:：=/／]|[ \t]))")
    label_words = {w: "wlab" for w in weak_labels}
    label_words.update({w: "lab" for w in strong_labels})
    lengths = sorted({len(w) for w in label_words}, reverse=True)
    labels = (label_hit, label_words, lengths, re.compile(label_sep))
    value_terms = re.compile(
        rf"{_alt(med_terms + dis_terms + _words('term', 'criminal') + _words('term', 'victim') + _words('term', 'creed') + _words('term', 'race') + _words('term', 'health_check'))}"
        rf"|{_MED_MORPH}|[{_K}]{{1,6}}教"
    )
    generic = re.compile(_alt(_words("generic")))
    person = re.compile(rf"{_alt(_words('person'))}|[{_K}]{{1,4}}(?:さん|様|氏)")
    keys: set[str] = set()
    literals: set[str] = set()
    for w in strong_labels + weak_labels + _words("term") + [
        "病", "症", "癌", "罪", "被害", "信仰", "信者", "教徒", "党員", "手帳", "精密検査", "再検査", "治療", "通院", "入院",
        "服薬", "投薬", "透析", "血圧", "血糖", "民族", "部落", "在日", "逮捕", "前科", "懲役", "起訴", "送検", "服役", "入信",
        "車椅子", "車いす", "所見", "判定", "陽性", "キャリア", "出自", "人種", "カウンセリング", "療法", "健診", "健康診断",
        "宗教", "ドック", "ストレス", "少年院", "保護観察", "執行猶予", "罰金", "禁錮", "γ-GTP", "HbA1c",
    ]:
        k = _key_char(w)
        if k:
            keys.add(k)
        else:
            literals.add(w)
    chars = "".join(sorted(keys))
    prefilter = _Either(re.compile("[" + re.escape(chars) + "]"), re.compile(_alt(literals)))
    return phrase, labels, value_terms, generic, person, prefilter


# Characters too common in business text to be good prefilter keys; a word's key is its first other char.
_COMMON = set(
    "のはにをたがでてとしれさあいうえおかきくけこすせそなぬねふへほまみむめもやゆよらりるろわんっー・"
    "日一人年大十二本中長出三時行見月後前生五間上東四今金九入学高円子外八六下来気小七山話女北午百書先名川千水半男西"
    "電校語土木聞食車何南万毎白天母火右読友左休父雨会社員部課事業務理的性化者報告議信検討送教育発表用内容確認連絡"
    "件対応予定作成開合同新情提出場所方法題問関係記録管制度実施有無状況結果区分種類程度等級内状態上体"
    "人主持自保言通覚知要機能理由事項考特備欠退職暇申送調相談達配再判所定型性"
)


def _key_char(word: str) -> str:
    """The word's first character that is neither kana, ASCII nor common in business text ('' if none)."""
    for ch in word:
        if ch in _COMMON or ch.isascii() or "\u3041" <= ch <= "\u30ff":
            continue
        return ch
    return ""


def _first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with, or None when that is not a small known set.

    Conservative: anything but literals, small character sets, groups, branches and repeats of at least one
    (lookarounds, categories, negations, case-insensitive parts, empty-able prefixes) gives None.
    """
    try:
        from re import _parser as sp  # noqa: PLC0415 - CPython's own regex parser (3.11+)
    except ImportError:  # pragma: no cover
        return None

    def first(seq) -> set[str] | None:
        for op, av in seq:
            if op is sp.AT:
                continue
            if op is sp.LITERAL:
                return {chr(av)}
            if op is sp.IN:
                out: set[str] = set()
                for o, a in av:
                    if o is sp.LITERAL:
                        out.add(chr(a))
                    elif o is sp.RANGE and a[1] - a[0] <= 256:
                        out.update(chr(c) for c in range(a[0], a[1] + 1))
                    else:
                        return None
                return out
            if op is sp.SUBPATTERN:
                if av[1] & re.IGNORECASE:
                    return None
                return first(av[3])
            if op is sp.BRANCH:
                out = set()
                for b in av[1]:
                    r = first(b)
                    if r is None:
                        return None
                    out |= r
                return out
            if op in (sp.MAX_REPEAT, sp.MIN_REPEAT, getattr(sp, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
                return first(av[2])
            return None
        return None

    try:
        tree = sp.parse(pattern)
    except Exception:  # noqa: BLE001 - no gate is always correct
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    got = first(tree)
    return frozenset(got) if got else None


@lru_cache(maxsize=1)
def _phrase_gates() -> tuple[frozenset[str] | None, ...]:
    """Per phrase pattern, the characters a match can start with: a line holding none of them is skipped."""
    return tuple(_first_chars(rx.pattern) for rx, _, _ in _patterns()[0])


def _any_phrase(value: str, phrase) -> bool:
    """Does any phrase pattern match in `value`? (Patterns whose first characters are absent are skipped.)"""
    present = set(value)
    return any(
        rx.search(value) for (rx, _, _), gate in zip(phrase, _phrase_gates()) if gate is None or not gate.isdisjoint(present)
    )


def _prefiltered(t: str) -> bool:
    """Can normalised `t` hold special-care data at all? (The prefilter, memoised per document.)"""
    facts = doc_facts(t)
    hit = facts.get(_PREFILTER_KEY)
    if hit is None:
        hit = facts[_PREFILTER_KEY] = _patterns()[5].search(t) is not None
    return hit


class SpecialCareDetector(Detector):
    """要配慮個人情報 (SPECIAL_CARE): health, disability, criminal record, victimhood, creed, origin."""

    name = NAME
    pii_types = ("SPECIAL_CARE",)
    #: the engine hands over text it has already normalised; True skips the (idempotent) re-normalisation
    assume_normalized = False

    def applies(self, text: str) -> bool:
        return _prefiltered(nlp.normalized(text, self.assume_normalized).text)

    def detect(self, text: str) -> Iterable[Entity]:
        if not text:
            return []
        phrase, labels, value_terms, generic, person, prefilter = _patterns()
        norm = nlp.normalized(text, self.assume_normalized)
        t = norm.text
        if not _prefiltered(t):  # memoised per document: the engine has just asked
            return []
        # Lines that can hold special-care data are joined and scanned once per pattern; no pattern crosses
        # a line break, so every span maps back through its line's offset. A line is kept when a prefilter
        # match starts in it (one scan of the whole text; prefilter words hold no line break).
        hits = sorted(m.start() for rx in (prefilter.a, prefilter.b) for m in rx.finditer(t))
        h = 0
        chunks: list[str] = []
        jstarts: list[int] = []
        shifts: list[int] = []
        pos = jpos = 0
        for line in t.splitlines(keepends=True):
            start = pos
            pos += len(line)
            while h < len(hits) and hits[h] < start:
                h += 1
            if h == len(hits) or hits[h] >= pos:
                continue
            body = line.rstrip("\r\n")
            chunks.append(body)
            jstarts.append(jpos)
            shifts.append(start - jpos)
            jpos += len(body) + 1
        joined = "\n".join(chunks)
        found: list[tuple[int, int, float]] = []
        self._line(joined, 0, found, phrase, labels, value_terms, generic, person)
        spans = []
        for s, e, score in found:
            i = bisect_right(jstarts, s) - 1
            spans.append((s + shifts[i], e + shifts[i], score))
        out = []
        for s, e, score in _merge(spans):
            os_, oe = norm.span_to_original(s, e)
            out.append(Entity("SPECIAL_CARE", os_, oe, score, NAME))
        return out

    def detect_many(self, texts: Sequence[str]) -> list[list[Entity]]:
        return [list(self.detect(t)) for t in texts]

    def _line(self, line, base, spans, phrase, labels, value_terms, generic, person) -> None:
        covered: list[tuple[int, int]] = []
        for m in _label_matches(line, labels):
            if m.start() > 0 and _word_char(line[m.start() - 1]) and line[m.start() - 1] not in "■・●◆【＊*-":
                continue  # label inside a longer word
            vs = m.end()
            ve = vs
            while ve < len(line) and ve - vs < 60 and line[ve] not in "\t|;；\n\r":
                if line[ve] in "、。," and ve - vs > 0 and not _in_paren(line, vs, ve):
                    break
                ve += 1
            value = line[vs:ve].strip(" 　・")
            if not value:
                continue
            vs = line.index(value, vs)
            ve = vs + len(value)
            value = value.rstrip("。")
            ve = vs + len(value)
            if _NONE_VALUE.match(value):
                continue
            if m.group("lab") and (_SEP_MARK.search(m.group("sep")) or value_terms.search(value)):
                score = 0.85
            elif m.group("lab"):
                continue
            else:
                lab = m.group("wlab")
                if _HIRA3.search(value) and _any_phrase(value, phrase):
                    continue  # a statement inside a free-text field: reported on the statement itself
                if value_terms.search(value) or ("有無" in lab and _HAS_VALUE.match(value) and len(value) <= 20):
                    score = 0.75
                else:
                    continue
            spans.append((base + vs, base + ve, score))
            if m.group("lab") and score >= 0.85:
                ve = self._list_items(line, ve, base, spans, score)
            covered.append((m.start(), ve))
        covered.sort()
        covered_starts = [c[0] for c in covered]
        present = set(line)
        for (rx, score, weak), gate in zip(phrase, _phrase_gates()):
            if gate is not None and gate.isdisjoint(present):
                continue  # no character a match could start with: the pattern cannot match in these lines
            for m in rx.finditer(line):
                s, e = m.start(), m.end()
                s = _extend_back(line, s)
                i = bisect_right(covered_starts, s) - 1
                if i >= 0 and s < covered[i][1]:
                    continue
                e = _extend(line, e)
                lo, hi = max(0, s - _CTX), min(len(line), e + _CTX)
                ls = line.rfind("\n", lo, s) + 1 or lo
                le = line.find("\n", e, hi)
                le = hi if le < 0 else le
                sent_s = max(line.rfind("。", ls, s) + 1, ls)
                sent_e = line.find("。", e, le)
                sentence = line[sent_s:sent_e if sent_e >= 0 else le]
                sc = score
                if generic.search(sentence):
                    sc -= 0.4
                if weak or sc < 0.5:
                    if person.search(sentence) or len(line[ls:le].strip()) <= 40 and not generic.search(sentence):
                        sc += 0.2
                if sc >= 0.5:
                    spans.append((base + s, base + e, min(sc, 0.95)))


    @staticmethod
    def _list_items(line: str, ve: int, base: int, spans: list, score: float) -> int:
        """Further items of a labelled list (既往歴：2型糖尿病、高血圧症): each reported like the first."""
        for _ in range(8):
            if ve >= len(line) or line[ve] not in "、,，":
                break
            vs = ve + 1
            ve = vs
            while ve < len(line) and ve - vs < 40 and line[ve] not in "\t|;；\n\r、,，。":
                ve += 1
            value = line[vs:ve].strip(" 　・")
            if not value or _NONE_VALUE.match(value) or len(value) > 30:
                break
            s0 = line.index(value, vs)
            spans.append((base + s0, base + s0 + len(value), score))
        return ve


class _Either:
    """Two regexes searched one after the other (each scans fast; their alternation would not)."""

    __slots__ = ("a", "b")

    def __init__(self, a: re.Pattern, b: re.Pattern) -> None:
        self.a, self.b = a, b

    def search(self, text: str):
        return self.a.search(text) or self.b.search(text)


class _LabelMatch:
    """A label and its separator: the shape of a regex match with groups lab/sep or wlab/wsep."""

    __slots__ = ("_s", "_e", "_g")

    def __init__(self, s: int, e: int, groups: dict[str, str | None]) -> None:
        self._s, self._e, self._g = s, e, groups

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self, name: str) -> str | None:
        return self._g.get(name)


def _label_matches(line: str, labels) -> list[_LabelMatch]:
    """Labels (longest dictionary word ending at a separator) with their separators, left to right."""
    label_hit, words, lengths, sep = labels
    out = []
    last_end = -1
    for h in label_hit.finditer(line):
        le = h.end()
        if le <= last_end:
            continue
        kind = word = None
        for n in lengths:
            if n <= le:
                w = line[le - n:le]
                k = words.get(w)
                if k:
                    kind, word = k, w
                    break
        if not kind:
            continue
        sp = sep.match(line, le)
        if not sp:
            continue
        key = "sep" if kind == "lab" else "wsep"
        out.append(_LabelMatch(le - len(word), sp.end(), {kind: word, key: sp.group(0)}))
        last_end = sp.end()
    return out


def _extend(line: str, e: int) -> int:
    """Extend a phrase over its predicate (…と診断され休職中, …を所持している) up to the clause end."""
    m = _TAIL.match(line, e)
    if not m or m.end() == e:
        return e
    end = m.end()
    cut = _CLAUSE_CUT.search(line, e, end)
    if cut:
        end = cut.start()
    # never end on a bare particle
    while end > e and line[end - 1] in "のにをはがでとも" and (end - e) == 1:
        end -= 1
    return end


_BACK_STOP = set("日月年分")


def _extend_back(line: str, s: int, limit: int = 10) -> int:
    """Move a match start back over the kanji/katakana word it ends (乳+がん, 窃盗+罪, イスラム+教, 熱心な+…)."""
    i = s
    while i > 0 and s - i < limit:
        c = line[i - 1]
        o = ord(c)
        if (0x4E00 <= o <= 0x9FFF or o == 0x3005 or 0x30A1 <= o <= 0x30FA or c == "ー") and c not in _BACK_STOP:
            i -= 1
            continue
        break
    if i >= 3 and line[i - 3:i] in ("熱心な", "敬虔な"):
        i -= 3
    return i


def _in_paren(line: str, s: int, e: int) -> bool:
    seg = line[s:e]
    return seg.count("(") + seg.count("（") > seg.count(")") + seg.count("）")


def _word_char(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x30A1 <= o <= 0x30FA


def _merge(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    spans.sort(key=lambda x: (x[0], -x[1]))
    out: list[list] = []
    for s, e, sc in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
            out[-1][2] = max(out[-1][2], sc)
        else:
            out.append([s, e, sc])
    return [(s, e, sc) for s, e, sc in out]
