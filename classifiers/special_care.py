"""SPECIAL_CARE detector: 要配慮個人情報 (APPI Art. 2(3)) stated about a person, found conservatively.

Two kinds of evidence, both from the dictionaries in `data/special_care.tsv`:
1. a field label whose value is special-care data — 病歴: 糖尿病, 既往歴：心筋梗塞, 障害者手帳: 2級, 前科: あり,
   信仰: ○○教, 健診結果: 要精密検査 — reported on the value, unless the value is empty or "なし"; weak labels
   (所見, 判定, 特記事項, 賞罰, 出身 …) count only when their value names a condition, offence, creed or origin;
2. a statement in prose — a condition followed by a state (うつ病で通院中, 高血圧の治療を受けている, …と診断
   された), a disability with possession or grade (身体障害者手帳2級を所持, 聴覚障害がある), an offence with its
   outcome (窃盗罪で逮捕された, 前科あり, 逮捕歴, 懲役1年), having been a victim (ストーカー被害に遭った), a
   creed (キリスト教を信仰している, …の信者である), an origin (被差別部落の出身), a health-check result (要精密検査,
   健康診断で…と判定), a death from a condition (肺がんで亡くなりました), a plain disability (耳が不自由なので), a
   dementia symptom in a care record (夜間の徘徊が月2〜3回あり). Weak phrases (入院中, 服薬中, a bare 精神障害) need a person in the sentence (本人, 社員,
   …さん); sentences with statistics, notices, product or price words (件数, 前年比, ご注意, 円, 販売 …) are
   lowered, so a pharmacy list, a crime-statistics article or a 障害者手帳をお持ちの方 notice is not flagged, and
   IT failures (システム障害, 障害対応) never match because 障害 alone is no term. A cheap line filter keeps the
   regexes off lines that contain none of the dictionary's key characters.
3. a broad lexicon (`data/special_care_conditions.tsv`: diseases, mental-health conditions, health-check findings,
   offences, medicines) used only with evidence about someone: as a field value (全身疾患：心臓病, 内服：アムロジピン
   5mg, アレルギー → 花粉症、造影剤で発疹, 問診票 answers はい（甲状腺機能低下症）, a SOAP note's A) line), or in prose
   before a predicate found first (喘息の定期通院, 適応障害により3か月の療養を要する, うつ状態は改善しており、…復職可能,
   酒気帯び運転で罰金刑を受けた). Medication, allergy and head-word fields (…疾患, …薬, …アレルギー) count only in a
   personal record (氏名, 患者, 生年月日 … in the document), so a product label or an insurance brochure stays clean.
4. records of care and accidents: a symptom someone has (足がむくんで重い, 頸部痛あり), a medicine known by its shape
   (ミドドリンを服用中), a person as the subject of a condition (子どもがアトピー性皮膚炎で、…). A case study whose
   people are anonymised letters (Aさん, B氏) is about no particular person and gives nothing; nor does a veterinary
   record (飼い主, 動物名): its patient is an animal.
5. statements continued over what they cause when that is a medical or care fact (弱視のため画面読み上げソフト使用,
   認知症の進行により見当識障害が強まっている, …と診断され、朝起きられず…ほぼ不登校), a symptom clause before them
   (最近は気分の落ち込みが強く、精神科への通院を再開した), a 告知書 question answered yes with its 詳細： line (a wrapped
   line goes on), the state of a person in care or a doctor's comment (利用者の状態：…, 医師コメント …) as one statement,
   the normal results of a health check (所見：異常なし, 判定 A) in a person's result, penalties and suspects
   (罰金刑を受けた, …の被疑者として警察官に引き渡した), consultations about violence (DV相談歴あり), a fever in a care
   record (37.6℃の発熱あり). A lab value (HbA1c 7.8%) counts in a health-check result or next to its verdict only.
6. records of care, welfare, school and pharmacy: a history field listing several conditions is one value (既往歴：
   高血圧、2型糖尿病), a care-need assessment's dementia items (3-8 徘徊：…), public assistance received (平成31年3月より
   生活保護を受給中), a special-needs class (…で特別支援学級に在籍), a finding noted with あり in a record (夜間頻尿あり),
   the lines of a named person's prescription (Rp1 モンテルカスト錠10mg 1日1回就寝前, the lines under 処方内容：), an HL7
   message's results (OBX 収縮期血圧 148, 総合判定 A 異常なし), each ticked allergy option (☑その他（スギ花粉）).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from . import data, nlp, regex_cache
from .base import Detector, Entity, doc_facts, entities_in_original


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


@lru_cache(maxsize=1)
def _conditions() -> dict[str, list[str]]:
    """The lexicon files `data/special_care_*.tsv` (category <TAB> words): disease, mental, finding, offence, drug."""
    out: dict[str, list[str]] = {}
    for f in sorted(data.path("special_care.tsv").parent.glob("special_care_*.tsv")):
        for row in data.rows(f.name):
            if len(row) >= 2:
                out.setdefault(row[0], []).extend(row[1].split())
    return out


def _trie(words: Iterable[str], bare: bool = False) -> str:
    """A regex for a set of words as a character trie: one branch per character, so long lists stay fast.

    With `bare`, the branches of the root are not grouped (`a(?:b|c)|d…`, for use inside an alternation: the words
    are tried longest first at a position, as with `_alt`, and every branch starts with a character the engine
    can scan for)."""
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?" if len(alts) > 1 or len(body) > 1 else body + "?"
        return body

    if bare and "" not in root:
        return "|".join(re.escape(ch) + build(sub) for ch, sub in sorted(root.items()))
    return build(root)


def _trie_branches(words: Iterable[str]) -> list[str]:
    """The branches of `_trie(words)` (one per first character), for spelling out an alternation."""
    firsts = sorted({w[0] for w in words})
    return [re.escape(c) + _trie([w[1:] for w in words if w[0] == c]) for c in firsts]



# a rule line of dashes (a fixed-width listing's line under its header)
_RULE_ROW = re.compile(r"[ \t]*[-=─━][-=─━ \t]{5,}$")


def _over_rule(t: str, end: int) -> bool:
    """Is the line holding `end` a listing's header: the next line a rule of dashes, one run per column?"""
    le = t.find("\n", end)
    if le < 0:
        return False
    ne = t.find("\n", le + 1)
    rule = t[le + 1:len(t) if ne < 0 else ne]
    # (a columnar rule, one run of dashes per column: -- ------------ ------- ; not a section's separator line)
    return _RULE_ROW.fullmatch(rule) is not None and len(rule.split()) >= 3


# whose fact a bracketed label's value states before stating it (【前科・前歴】本人：…)
_WHOSE_PREFIX = re.compile(r"[ 　]*(?:本人|夫|妻|父|母|長男|長女|次男|次女|息子|娘)[ 　]*[:：][ 　]*")

class _TermSet:
    """Words looked up as the suffix of a text before a position (the term a predicate follows)."""

    __slots__ = ("words", "lengths", "by_last")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)
        # the lengths (longest first) of the words ending in each character: most positions end no word, and
        # are rejected with one dict look-up instead of a slice per length
        by_last: dict[str, set[int]] = {}
        for w in self.words:
            if w:
                by_last.setdefault(w[-1], set()).add(len(w))
        self.by_last = {c: tuple(sorted(ns, reverse=True)) for c, ns in by_last.items()} if "" not in self.words else None

    def start(self, line: str, pos: int) -> int:
        """Start of the longest word ending at `pos`, or -1."""
        if 0 < pos <= len(line) and self.by_last is not None:
            for n in self.by_last.get(line[pos - 1], ()):
                if n <= pos and line[pos - n:pos] in self.words:
                    return pos - n
            return -1
        for n in self.lengths:  # (pos past the end: the slice is cut short, as it always was)
            if n <= pos and line[pos - n:pos] in self.words:
                return pos - n
        return -1


@lru_cache(maxsize=1)
def _termsets() -> tuple[_TermSet, _TermSet, frozenset[str]]:
    """(conditions for prose predicates, offences for penalties, medicines)."""
    cond = _conditions()
    med = set(_words("term", "medical")) | set(_words("term", "disability"))
    for cat in ("disease", "mental", "finding"):
        med.update(cond.get(cat, []))
    med.add("アレルギー")  # (in prose only: 卵・乳の重度アレルギーのため除去食; not a value term — a menu's アレルギー表示)
    med = {w for w in med if len(w) >= 2 or w in ("癌", "痔")} - {"判定", "血圧", "血糖", "BMI", "LD", "ストレス", "車椅子", "車いす"}
    off = set(cond.get("offence", [])) | {w for w in _words("term", "criminal") if w.endswith(("罪", "違反"))}
    return _TermSet(med), _TermSet(off), frozenset(cond.get("drug", []))


# A document is a personal record when it names or identifies the person it is about (a form, a chart, a register):
# medication, allergy and head-word fields count only there (a product label's アレルギー：卵・乳 does not).
_RECORD = re.compile(
    r"氏名|お名前|生年月日|カルテ|診察券|問診票|診療録|社員番号|職員番号|従業員番号|イニシャル|(?:患者|症例|被験者)情報|"
    r"(?:患者|利用者|受診者|被保険者|入所者|入居者|児童|生徒|対象者|本人|喪主|故人)(?:名|ID|番号)?[ \t]*[:：]|"
    r"[Nn]ame[\"']? ?:|<name[ >]|Patient (?:name|ID)|Date of [Bb]irth|DOB|[\"'](?:dob|birth_?date|birthday)[\"']|"
    # a name column of a CSV/TSV register (username,firstname,lastname,email)
    r"(?:^|[,\t])[\"']?(?:first_?name|last_?name|full_?name|family_?name|given_?name|FirstName|LastName|FullName)[\"']?"
    r"(?=[,\t\n]|$)",
    re.M,
)
_RECORD_KEY = ("special_care.record",)


# A case study whose people are anonymised letters (Aさん（中2・男子）は…, B氏) is about no particular person
_ANON_PERSON = re.compile(r"(?<![A-Za-z])[A-Z](?:さん|氏|君|くん|ちゃん|様)")
# (each alternative led by a literal: scanned for their first characters, not tried at every position)
_MASKED_CUE = re.compile(r"匿名加工|仮名加工|Anonymi[sz](?:ed|ation)|anonymi[sz](?:ed|ation)|k_?anonymity|マスク済|マスキング済")
_MASKED_NAME = re.compile(r"(?i)(?:name|氏名|名前)[\"']?[ \t]*[:：=][ \t]*[\"']?[*＊●■×xX]{3,}")
_COURT_CUE = re.compile(r"判例|判決要旨|判旨|裁判要旨|事案の概要|判示|上告審|控訴審|原審|第一審")
_COURT_PARTY = re.compile(r"(?<![A-Za-z])[A-Z][0-9]?(?:は|が|の|に|を|及び|と|ら|、|地裁|高裁|社|[(（])")
_ANON_CUE = re.compile(r"事例|ケース|症例|特定されない|特定できない|匿名|仮名|改変|架空|再構成")
# a named person (山田さん, 佐藤様); not 皆さん, お子さん, 保護者様, 同様
_HONORIFIC = re.compile(rf"[{_K}{_KATA}]{{0,4}}[^\s皆子者客方人員生徒同模多各仕異王神態A-Za-z0-9、。,.()（）「」・]"
                        r"(?:さん|氏|君|くん|ちゃん|様)")


# a veterinary record: an animal patient (動物名, 犬種, 獣医) and its owner (飼い主)
_VET = re.compile(r"動物病院|獣医|動物名|ペット名|犬種|猫種|診療動物")
_VET_OWNER = re.compile(r"飼い主|飼主|オーナー様")
# animals named by species and breed (犬 キャバリア, 猫 雑種, 柴犬, トイプードル): a ward board or a litter record of pets
_SPECIES = re.compile(r"(?:犬|猫)(?:[ 　]|[(（])?(?:[\u30a1-\u30fa]{2,}|雑種|柴|MIX)|柴犬|秋田犬|トイプードル|チワワ|ダックスフンド|"
                      r"ポメラニアン|シーズー|ゴールデンレトリバー|ラブラドール|マルチーズ|ヨークシャーテリア|ペルシャ|"
                      r"アメリカンショートヘア|スコティッシュフォールド|ラグドール|マンチカン")


def _veterinary(t: str) -> bool:
    """A veterinary or pet record: the patients are animals (a clinic's words and an owner, or breeds listed)."""
    if _VET.search(t) is not None:
        return _VET_OWNER.search(t) is not None or _SPECIES.search(t) is not None
    if "犬" not in t and "猫" not in t:
        return False  # (a register of pets names the animals: 犬 キャバリア, 柴犬, 猫 雑種)
    first = _SPECIES.search(t)
    return first is not None and _SPECIES.search(t, first.end()) is not None


def _anonymised(t: str) -> bool:
    """Is `t` about anonymised people only: persons named by a letter (Aさん), a case-study cue (事例, 改変), no
    named person (山田さん) and no form of a personal record (氏名, 生年月日)?"""
    # an export or a data set said to be anonymised, its names masked ("name":"****"): a record form with no one in it
    if _MASKED_CUE.search(t) is not None and _MASKED_NAME.search(t) is not None:
        return _HONORIFIC.search(t) is None
    if _is_record(t):
        return False
    if _ANON_CUE.search(t) is not None and _ANON_PERSON.search(t) is not None:
        return _HONORIFIC.search(_ANON_PERSON.sub("", t)) is None
    # a court decision's summary: the parties are letters (X1, Y社, 被告人), the courts too (B地裁)
    if _COURT_CUE.search(t) is not None and _COURT_PARTY.search(t) is not None:
        return _HONORIFIC.search(t) is None
    return False


_NAMED_KEY = ("special_care.named",)
_CHECKUP_KEY = ("special_care.checkup",)
# a name with an honorific (岡本 ハルさん, 田中様, 結衣ちゃん); not 様子, 様式, お客様, 利用者様, 皆様
_NAMED = re.compile(rf"(?<![{_K}{_KATA}])([{_K}{_KATA}]{{1,4}}(?:[ 　][{_K}{_KATA}\u3041-\u3096]{{1,5}})?)"
                    r"(?:さん|様|氏|ちゃん|くん)(?![子式々相方])")
_PERSON_NEAR = re.compile(r"本人|私|僕|妻|夫|父|母|息子|娘|長男|長女|次男|次女|祖父|祖母|主人|おじいちゃん|おばあちゃん|じいじ|ばあば")
_NOT_NAME_END = set("客者方族員人生位皆同模仕王神多異各子上殿僚長属")
# a health-check result about a person: its normal results (所見：異常なし, 判定 A) are results too
_CHECKUP = re.compile(r"健康診断|健診|人間ドック|検診|ドック")


def _memo(t: str, key: str, compute):
    """`compute()` once per document: a fact about `t` kept in its `doc_facts`."""
    facts = doc_facts(t)
    hit = facts.get(key)
    if hit is None:
        hit = facts[key] = compute()
    return hit


def _is_named(t: str) -> bool:
    """Does `t` name a particular person with an honorific (岡本 ハルさん, 田中様)?"""
    return _memo(t, _NAMED_KEY, lambda: any(m.group(1)[-1] not in _NOT_NAME_END for m in _NAMED.finditer(t)))


def _is_checkup(t: str) -> bool:
    """Is `t` a health-check result of a person (a personal record that names a health check)?"""
    return _memo(t, _CHECKUP_KEY, lambda: _CHECKUP.search(t) is not None and _is_record(t))


def _is_record(t: str) -> bool:
    return _memo(t, _RECORD_KEY, lambda: _RECORD.search(t) is not None)


# the modifier of a head-word label (全身|疾患, 血をサラサラにする|薬) must not make it a category or a product field
_HEAD_STOP = re.compile(r"残|対象|主な|代表|保障|補償|関連|専門|取扱|取り扱|予防|一般|よくある|市販|販売|おすすめ|新|対応|向け|別|製品|商品")
_HEAD_BREAK = set(" \t\n:：=/／→⇒、。,，()（）[]【】「」『』<>□■☐☑・●○◆◇※*＊-#|;；")
# a medication value: a known medicine, a dose, a schedule or a state of taking it
_DOSE = (r"[0-9]+(?:\.[0-9]+)? ?(?:mg|μg|mcg|g|mL|ml|錠|T|カプセル|Cap|包|単位|IU|滴|枚|吸入)(?![A-Za-z])|1日[0-9一二三四]回|"
         r"(?:朝|昼|夕|毎食|就寝|眠前)(?:前|後)|頓服|(?:服用|内服|服薬|投与|注射|使用|吸入|貼付)中")
# a yes-answer with the condition in brackets: はい（甲状腺機能低下症）, あり（糖尿病）
_YES_PAREN = re.compile(r"^(?:はい|あり|有り|有|ある|yes|Yes)[ \t]*[(（]([^()（）\n]{1,40})[)）]$")
# a 問診票 question answered after an arrow or colon: □現在治療中の病気はありますか → はい（…）
_Q_END = re.compile(r"(?:ますか|ですか|ましたか)[?？]?(?:[ \t]*(?:→|⇒|=>|[:：])|[ \t]{2,})[ \t]*")
_Q_MED = re.compile(r"病気|疾患|持病|治療|通院|服用|服薬|薬|アレルギー|既往|手術|入院|障害|障がい|診断|病院")
# a yes-answer on the line after its question (はい → …)
_QA_NEXT = re.compile(r"\n[ \t　]*(?:はい|あり|有り?)[ \t　]*(?:→|⇒|=>|[:：])[ \t　]*([^\n]+)")
# the details of a yes-answer on their own labelled line (詳細：…, 内容：…, 具体的に：…)
_DETAIL = re.compile(r"(?m)^[ \t　]*(?:[(（]?(?:詳細|内容|具体的に|具体的内容|具体的な内容|病名・経過|傷病名・経過)[)）]?)[ \t　]*[:：][ \t　]*(\S[^\n]*)")
_Q_ASKED = re.compile(r"(?:ますか|ましたか|ですか)[。?？]?")
# an answer of no circled, ticked or bracketed (はい ・（いいえ）, ■いいえ) — a yes (（はい）) or no mark at all passes
# a blank form's next label read as a field's value (（病名：　　　年齢：　）): a label, no fact
_BARE_LABEL = re.compile(r"[^\s:：]{1,8}[:：]")
_ANSWER_NO = re.compile(r"[(（]いいえ[)）]|[■☑✓✔●◉]\s*いいえ|いいえ\s*[☑✓✔]|\[[xX]\]\s*いいえ|【いいえ】")
# a line that goes on a wrapped value: not indented, numbered, labelled or bracketed
_WRAP_NEXT = re.compile(r"(?![ \t　]|[0-9０-９]+[.．、)）]|[(（][0-9０-９]|[\u2460-\u2473]|[一二三四五六七八九十]+[.．、]|問|Q|"
                        r"[^\n:：]{1,12}[:：])[^\n]")
_Q_LINE_END = re.compile(r"(?:ますか|ですか|ましたか)[。?？]?[ \t　]*$")
# SOAP notes: the assessment line (A) …) of a note that also has S) and O) lines
_SOAP_SO = re.compile(r"(?m)^[ \t]*S[)）:：].*\n(?:.*\n){0,6}?[ \t]*O[)）:：]")
_SOAP_A = re.compile(r"(?m)^[ \t]*A[)）:：][ \t]*([^\n]+)")
_SOAP_S = re.compile(r"(?m)^[ \t]*S[)）:：][ \t]*([^\n]+)")
_QUOTE = re.compile(r"「([^「」\n]+)」")
_SOAP_O = re.compile(r"(?m)^[ \t]*O[)）:：][ \t]*([^\n]+)")
_VITAL_WORDS = frozenset(("血圧", "血糖", "HbA1c", "BMI", "判定", "中性脂肪", "コレステロール", "尿酸", "γ-GTP", "肝機能", "腎機能"))
# English form labels (Religion: Hindu, Allergies: penicillin), in a personal record
# (a note in brackets and a dotted leader may stand between the label and its colon: Religion (optional) ....: Hindu)
_EN_LABEL = re.compile(
    r"(?<![A-Za-z])(?:Religion|Religious (?:affiliation|preference)|Medical(?: (?:history|conditions?|notes?))?|Allerg(?:y|ies)|"
    r"(?:Current )?Medications?|Disabilit(?:y|ies)|Criminal (?:record|history|convictions?)|"
    r"Pre-?existing (?:medical )?(?:conditions?|illness(?:es)?|diseases?)|Chronic (?:conditions?|illness(?:es)?|diseases?)|"
    r"Underlying (?:conditions?|diseases?)|Health (?:declaration|conditions?|issues?|problems?)|"
    r"Past (?:illness(?:es)?|medical history)|Ethnicity|Ethnic (?:origin|background)|(?:Prior |Previous )?Convictions?|"
    r"Reason for (?:today's |the )?visit|Chief complaint|(?:Referral |Working )?[Dd]iagnosis|"
    r"(?:Regular|Daily) medications?|Chronic (?:medical )?conditions?)"
    # (a note in brackets, a dotted leader, and the value on the next, indented line: Chronic conditions:⏎   Mild asthma)
    r"(?: \([^()\n]{1,40}\))?[ \t.…]*:(?:[ \t]*\n[ \t]+|[ \t]*)"
    r"([^\n\t;]{1,60})"
)
_EN_WORDS = ("Religio", "Medical", "Allerg", "Medication", "Disabilit", "Criminal", "existing", "Chronic", "Underlying",
             "Health", "Past", "Ethnic", "onviction", "Symptom", "Reason for", "complaint", "iagnosis", "medication")
# English statements and data keys (JSON, YAML, XML); the text must hold one of these words for them to be tried
_EN_GATE = ("surgery", "operation",
            "course of", "treated with", "started on", "prescribed", "pregnant", "wheelchair", "Hindu", "Muslim", "Jewish", "Sikh", "Jain", "alal", "osher", "diabet", "diagnos",
            "epilep", "asthma", "religio", "health", "medical", "injur", "disabilit", "allerg", "blind", "deaf", "colitis",
            "arthritis", "fibrillation", "failure", "thyroid", "amputat", "hearing", "apnea", "apnoea", "stroke", "vision",
            "lupus", "palsy", "dyslexia", "tuberculosis", "chronic",
            # the other creeds and conditions of `_en_patterns` (a statement needs one of its words)
            "Catholic", "Christian", "Buddhist", "Mormon", "Jehovah", "dementia", "Alzheimer", "oeliac", "celiac", "cancer",
            # (ADHD and HIV only in an English phrase: Japanese records write 発達障害（ADHD） too)
            "depress", "autis", "has ADHD", "have ADHD", "with ADHD", "schizophren", "bipolar", "HIV p", "HIV-p", "has HIV",
            "have HIV", "with HIV", "Parkinson", "sclerosis", "disorder", "Crohn",
            "hepatitis", "leukemia", "tumo", "heart", "kidney", "COPD", "PTSD", "OCD", "psoriasis", "hypertension",
            "blood pressure", "COVID", "spinal")
_EN_LETTERS = "etaoinshrdlcumwfgypbvkjxqz"  # English letters, most frequent first


# characters common in Japanese business text (kana of everyday words, kanji of forms and prose): never a word's anchor
# when it has a rarer character (see `_anchored`)
_COMMON_JA = frozenset("ンールトイスリラクタレアシカコテマメサプ不自事人体信者入全出身判定同地区告知項内容在日上配分所見手新型検結果"
                       "民特記理由生長家申送相談管指導表一会要受認機能車性業教健康状態備考治種和")


def _anchored(words: Iterable[str]) -> str:
    """A regex that finds whether the text holds one of `words` (not where it starts, but in the same line): each
    word is matched from its rarest letter (a capital, else the rarest by English letter frequency; in a Japanese word
    a kanji or katakana outside `_COMMON_JA`), the letters before it checked by a lookbehind (diagnos → g(?<=diag)nos,
    アレルギー → ギ(?<=アレルギ)ー), so the engine tries a match only at a few letters of the text."""
    def rarity(c: str) -> int:
        if c.isascii() or "\u3041" <= c <= "\u309f":  # (ASCII letters by their frequency; kana and symbols: common)
            return 99 if c.isupper() else _EN_LETTERS.find(c) if c.islower() else -1
        return 0 if c in _COMMON_JA else 30 if "\u30a0" <= c <= "\u30ff" else 40

    groups: dict[str, set[str]] = {}
    for w in words:
        i = max(range(len(w)), key=lambda k: (rarity(w[k]), -k))
        groups.setdefault(w[i], set()).add((f"(?<={re.escape(w[:i + 1])})" if i else "") + re.escape(w[i + 1:]))
    return "|".join(re.escape(c) + ("" if "" in alts else "(?:" + "|".join(sorted(alts)) + ")")
                    for c, alts in sorted(groups.items()))


_EN_GATE_RX = re.compile(_anchored(_EN_GATE))  # one pass over the text (a regex scans faster than 31 `in` tests)
_EN_WORDS_RX = re.compile(_anchored(_EN_WORDS))  # (likewise for the English form labels)


# English medicines by their shape (prednisolone, mesalazine, infliximab) and a few common names
_EN_DRUGS = (r"[a-z]{2,}(?:olone|isone|asone|pril|sartan|statin|mab|tinib|azole|mycin|cillin|floxacin|formin|gliptin|flozin|"
             r"parin|xaban|lukast|olol|dipine|zepam|zolam|tidine|salazine|prine|semide|thiazide|oxetine|pramine|triptan)"
             r"|insulin|warfarin|methotrexate|lithium|levothyroxine|steroids|antidepressants|chemotherapy|radiotherapy"
             # anti-epileptics, ADHD and psychiatric medicines known by their names (Depakene, Keppra, Concerta)
             r"|valproate|valproic acid|levetiracetam|lamotrigine|carbamazepine|methylphenidate|atomoxetine|sertraline"
             r"|Depakene|Depakote|Keppra|Lamictal|Tegretol|Ritalin|Concerta|Strattera|Zoloft|Prozac|Lexapro|Abilify"
             r"|Seroquel|Synthroid|Eliquis|Xarelto|Plavix|Singulair")
_EN_CREEDS = r"Hindu|Muslim|Jewish|Sikh|Jain|Buddhist|Christian|Catholic|Mormon|Jehovah's Witness"
# an allergy someone has: a severe peanut allergy, an allergy to penicillin, food allergies
_EN_ALLERGY = r"(?:[a-z]+(?:[ -][a-z]+)? )?allerg(?:y|ies)(?: to [a-z]+(?: [a-z]+)?)?"
_EN_CONDITIONS = (
    r"(?:type ?(?:[12]|I{1,2}) |gestational )?diabetes|epilepsy|asthma|HIV|hepatitis [BC]|cancer|leukemia|depression|"
    r"bipolar disorder|schizophrenia|ADHD|autism|(?:vascular |Alzheimer's |frontotemporal |early-onset )?dementia|"
    r"Alzheimer's(?: disease)?|Crohn's disease|multiple sclerosis|Parkinson's(?: disease)?|"
    r"heart disease|a heart condition|high blood pressure|hypertension|PTSD|an? anxiety disorder|an eating disorder|"
    r"c[o]?eliac disease|kidney disease|a chronic illness|a disability|ulcerative colitis|rheumatoid arthritis|"
    r"atrial fibrillation|heart failure|chronic kidney disease|hypothyroidism|hyperthyroidism|psoriasis|COPD|"
    # disabilities and conditions named in HR accommodation and relocation notes
    r"an? (?:below|above)-(?:knee|elbow) amputation(?: of the (?:left|right) (?:leg|arm))?|an amputation|"
    r"hearing loss|a hearing impairment|a visual impairment|low vision|cerebral palsy|dyslexia|sleep apnea|"
    r"sleep apnoea|lupus|tuberculosis|a stroke|stroke|long COVID|chronic pain|a spinal cord injury|an autism spectrum disorder|"
    r"(?:(?:major|severe|moderate|mild) )?depressive disorder|(?:a |an )?(?:panic|generalized anxiety|obsessive-compulsive|post-traumatic stress) disorder|OCD|(?:breast|lung|prostate|colon|bowel|stomach|pancreatic|thyroid) cancer|"
    r"a brain tumou?r|Graves' disease|an? (?:heart attack|myocardial infarction)"
)


# the subjects of an English statement about someone (shared by `_en_patterns` and `_EN_SUBJ`)
_EN_PRONOUNS = r"I|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|[Ww]e"
_EN_RELATIVES = (r"wife|husband|son|daughter|partner|mother|father|grandmother|grandfather|grandma|grandpa|sister|brother|"
                 r"fianc[ée]e?|mother-in-law|father-in-law|aunt|uncle")


@lru_cache(maxsize=1)
def _en_patterns() -> tuple[re.Pattern, ...]:
    """English statements about someone (I am Hindu and do not eat beef, you have type 1 diabetes, I am pregnant,
    wheelchair user, Muslim - halal meals only) and data keys with special-care values ("health_notes": "…",
    injury: "…", <dietary>Halal (Muslim)</dietary>). The span is group 1."""
    # (a named person too: Mio has a severe peanut allergy, his son Ren has type 1 diabetes — not a group of people)
    subj = (rf"(?<![A-Za-z])(?:{_EN_PRONOUNS}"
            rf"|(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir) (?:{_EN_RELATIVES}|child|baby)"
            r"(?: [A-Z][a-z]{1,15})?"
            r"|(?!(?:The|This|That|These|Those|Patients?|People|Employees?|Staff|Everyone|Anyone|Someone|Nobody|Each|Every|"
            r"All|Most|Many|Some|Children|Students?|Workers?|Users?|Members?|Customers?|Guests?|Applicants?|Candidates?)\b)"
            r"[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?)")
    stmt = re.compile(
        rf"{subj}(?:'m|'re|'s| am| is| are) (?:also )?(?:an? )?(?:(?:devout|practi[cs]ing|observant|strict) )?"
        rf"((?:{_EN_CREEDS})\b(?: and [^.,;\n\"<]{{1,40}})?)"
        rf"|{subj}(?: also)? ((?:have|has|had|was diagnosed with|were diagnosed with|(?:has|have|had) been diagnosed with|"
        rf"suffer from|suffers from|"
        rf"am being treated for|is being treated for|take medication for|takes medication for) "
        rf"(?:(?:an? )?(?:(?:mild|moderate|severe|serious|chronic|life-threatening|bad) )?(?:{_EN_CONDITIONS}|{_EN_ALLERGY}))\b"
        # a referral letter's course: ulcerative colitis (pancolitis) diagnosed in 2016, currently in remission on …
        rf"(?: \([^)\n]{{1,30}}\))?(?: diagnosed (?:in|on) [0-9A-Za-z ]{{4,20}}?(?=[,.;\n]))?"
        rf"(?:, (?:currently|now|well controlled|controlled) [^;\n\"<]{{1,80}}?(?=\.(?:\s|$)|;|\n)| and [^.,;\n\"<]{{1,40}})?)"
        rf"|{subj}(?:'m|'s)? ((?:am |is )?(?:currently )?pregnant\b(?: \([^)\n]{{1,30}}\))?)"
        rf"|((?<![A-Za-z])(?:{_EN_CREEDS})[ \t]*[-–—:,(][ \t]*(?:halal|kosher|no pork|no beef|no alcohol|vegetarian|prayer)"
        rf"[^\t\n\"<]{{0,60}}[^\t\n\"< .,;])"
        rf"|((?<![A-Za-z])(?:Halal|Kosher|halal|kosher)[ \t]*\((?:Muslim|Jewish|Islam(?:ic)?)\))"
        rf"|(?<!for )(?<!for a )((?<![A-Za-z])(?:wheelchair user(?!s)|uses? a wheelchair|(?:is|am) (?:blind|(?:profoundly |partially )?deaf|hard of hearing|"
        rf"visually impaired|hearing impaired|coeliac|celiac|diabetic|epileptic|asthmatic|autistic|HIV[ -]positive))\b(?: \([^)\n]{{1,30}}\))?"
        rf"(?: (?:following|due to|after|because of|since) (?:a |an |my |his |her |the )?[A-Za-z' -]{{0,30}}?"
        rf"(?:injury|accident|stroke|surgery|amputation|paralysis|palsy|sclerosis|condition|disease|illness)\b)?)"
        # an operation someone had: He had a minor heart surgery (catheter ablation) in Singapore in August
        rf"|{subj} (?:had|has had|underwent|has undergone|needed|required|is having|will have) (?:an? |his |her |my )?"
        rf"((?:(?:minor|major|emergency|urgent|planned|heart|cardiac|knee|hip|back|spinal|brain|eye|cataract|cancer|"
        rf"open-heart|bypass|keyhole|laparoscopic|dental|shoulder|hernia) ){{0,3}}(?:surgery|operation)\b"
        rf"(?=[ \t]*(?:[(.,;\n]|$| (?:in|at|on|last|this|for|to|and|after|before|recently|yesterday|today)\b))"
        rf"(?: \([^)\n]{{1,40}}\))?(?: (?:in|at|on|last|this) [A-Z0-9][A-Za-z0-9]{{1,15}}(?: [A-Z0-9][A-Za-z0-9]{{1,15}})?){{0,2}})"
        # the writer's own creed as a reason: As a practising Muslim, I pray five times a day
        rf"|(?<![A-Za-z])[Aa]s an? ((?:(?:devout|practi[cs]ing|observant|strict) )?(?:{_EN_CREEDS}))\b(?=,)"
    )
    keys = re.compile(
        r"(?<![A-Za-z_])[\"']?((?:religion|religious[ _](?:affiliation|preference)|medical[ _](?:history|conditions?|notes?)|"
        r"health[ _](?:notes?|conditions?|issues?)|health|diagnos[ie]s|injur(?:y|ies)|disabilit(?:y|ies)|"
        r"criminal[ _](?:record|history|convictions?)))[\"']?[ \t]*[:=][ \t]*[\"']?([^\n\t\"'{\[ ][^\n\t\"']{0,79})"
        r"|<(religion|dietary|diet|health_notes|medical|medical_notes|diagnosis|injury|disability|accessibility)>([^<\n]{1,80})</"
    )
    return stmt, keys, re.compile(_EN_CREEDS + r"|[Hh]alal|[Kk]osher|[Ii]slam")


# a treatment someone had: He required a course of prednisolone in March 2023 for a moderate flare (found from the
# verb, whose first characters the engine skips to; the subject is checked before it)
_EN_TREAT = re.compile(
    r"(?=[rnwhit])(?:required|needed|was started on|was treated with|received|was given|was prescribed|has been on|is on|"
    r"takes|is taking|was taking) (?:an? (?:short |long |further |tapering )?course of |treatment with |long-term |oral |"
    rf"intravenous |IV )?(?:{_EN_DRUGS})\b"
    # (… twice a day, not what follows a new verb: and hasn't had a seizure since last March)
    rf"(?:(?! and (?:has|hasn't|had|hadn't|is|isn't|was|wasn't|he|she|they|we|I)\b)[^;.\n\"<]){{0,60}}[^;.\n\"< ,]")
_EN_SUBJ = re.compile(rf"(?<![A-Za-z])(?:{_EN_PRONOUNS}|[Mm]y (?:{_EN_RELATIVES})) $")


# an airline SSR for a passenger's health or disability (wheelchair, blind, deaf, medical case, oxygen, stretcher)
# with its free text: the text is the fact, the code alone is not labelled
_SSR = re.compile(r"(?m)\bSSR (?:WCHR|WCHS|WCHC|BLND|DEAF|DPNA|MEDA|STCR|OXYG|MEQT) [A-Z0-9]{2} [A-Z]{2}[0-9]{1,2}"
                  r"(?:/[A-Z]{0,2}[0-9]{1,2}(?:-[0-9]{1,2})?)? +([A-Za-z][A-Za-z0-9 ,'()-]*[A-Za-z0-9)])(?:/P[0-9]{1,2})?[ \t]*$")
# the normal result of someone's health check noted with it (健康診断書（所見なし、…受診）, 健診結果：異常なし)
_CHECKUP_NORMAL = re.compile(r"(?=[健人ド])(?:健康診断|健診|人間ドック|ドック)(?:書|結果|票)?[ \t]*[(（][ \t]*"
                             r"(所見なし|異常なし|異常所見なし|特記事項なし|特記すべき異常なし|異常を認めず)(?=[、,)）])")
# an HL7 v2 observation segment, a blood-pressure reading and the names of findings and verdicts
_OBX = re.compile(r"(?m)^OBX\|")
_OBX_BP = re.compile(r"[0-9]{2,3}(?: ?/ ?[0-9]{2,3})?")
_OBX_RESULT = re.compile(r"所見|判定|診断|コメント|心電図|X線|エックス線|レントゲン|超音波|エコー|眼底|内視鏡")
# prescriptions: an Rp line, a medication label ending its line and the lines listed under it, and what each line
# must hold (a medicine's form or dose with a schedule: 錠5mg 1日1回朝食後, 30吸入 1回2吸入)
_RP_LINE = re.compile(r"(?m)^[ \t]*(?:Rp|RP)[.]?[ \t]*[0-9]{1,2}[).:]?[ \t]+(\S(?:[^\n]*\S)?)[ \t]*$")
# a diagnosis label whose value is a numbered list, its items on the next lines under the first (傷病名：1) 慢性心不全の
# 疑い⏎　　　　2) 発作性心房細動⏎　　　　3) 2型糖尿病): each item is a fact of the named patient
_DX_LIST = re.compile(r"(?m)^[ \t]*(?:[【■●・]?[ \t]*)(?:傷病名|病名|診断名|既往歴|現病歴|合併症|併存疾患)[】]?[ \t]*[:：]?[ \t]*"
                      r"(?:1[)）.]|①|[(（]1[)）])[ \t]*\S[^\n]*$")
# (the item ends at its line's end or at a gap of two spaces before the next column: 診療開始日, 転帰)
_DX_NEXT = re.compile(r"[ \t]+(?:[2-9][)）.]|[②-⑨]|[(（][2-9][)）])[ \t]*(\S(?:(?! {2}| ?\u3000)[^\n])*)")


def _numbered_diagnoses(t: str, spans: list) -> None:
    """The second and later items of a numbered diagnosis list (see `_DX_LIST`; the first is the label's value)."""
    for m in _DX_LIST.finditer(t):
        pos = m.end() + 1
        for _ in range(12):
            n = _DX_NEXT.match(t, pos)
            if n is None:
                break
            spans.append((n.start(1), n.end(1), 0.8))
            pos = t.find("\n", n.end()) + 1
            if not pos:
                break


_RX_LABEL_EOL = re.compile(r"(?=[処現内服持使])(?:処方内容|現在の処方|処方薬|内服薬|服用薬|服用中の薬|服用中のお薬|持参薬|使用中の薬)[ \t]*[:：][ \t]*\n")
_RX_NEXT = re.compile(r"[ \t]+(?:[・*\-]|[0-9]{1,2}[).]|\([0-9]{1,2}\))?[ \t]*(\S(?:[^\n]*\S)?)[ \t]*(?=\n|$)")
_RX_ITEM = re.compile(r"[0-9](?:\.[0-9]+)? ?(?:mg|μg|mcg|g|mL|ml|錠|T|カプセル|Cap|包|単位|IU|吸入|滴|枚|本)(?![A-Za-z])[^\n]*?"
                      r"(?:1日 ?[0-9一二三四] ?回|分[0-9]|[0-9]+ ?日分|[0-9]+ ?回分|(?:朝|昼|夕|毎食|就寝|眠前|寝る)(?:前|後)?|頓服|1回 ?[0-9])")
# the header of a notes column in a CSV/TSV register (受付番号,…,備考)
_NOTE_HEADER = re.compile(r"(?:^|[,\t])[ \t\"]*(?:(?:健康状態|健康|体調)[・/／])?(?:備考|メモ|特記事項|特記|申し送り|申送り|注意事項|連絡事項|コメント|"
                          r"[Nn]otes?|[Rr]emarks?)(?:[(（][^()（）,\t\n]{1,20}[)）])?[ \t\"]*(?=[,\t]|$)", re.M)
# the words one of which a notes header holds (a scan for them is much faster than for the header, which may start
# at any line start)
_NOTE_WORDS = re.compile(r"備考|メモ|特記|申し送り|申送り|注意事項|連絡事項|コメント|Note|note|Remark|remark")


def _note_headers(t: str) -> Iterator[re.Match]:
    """`_NOTE_HEADER.finditer(t)`, scanning only the lines that hold a notes word: a header holds one and no line
    break, and a scan of its line alone sees the same line start and end."""
    g = _NOTE_WORDS.search(t)
    while g is not None:
        lo = t.rfind("\n", 0, g.start()) + 1
        hi = t.find("\n", g.end())
        hi = len(t) if hi < 0 else hi
        yield from _NOTE_HEADER.finditer(t, lo, hi)
        g = _NOTE_WORDS.search(t, hi)
# a condition written bare in a notes cell: CKD 3b, 認知症あり, 糖尿病（インスリン使用）, 心房細動疑い
_NOTE_TAIL = re.compile(r"(?: ?(?:G?[1-5][abAB]?|ステージ ?[0-9IV]{1,3}|[IV]{1,3}期|[0-9]期))?"
                        r"(?:あり|有り|疑い|陽性|治療中|通院中|服薬中|療養中|治療)?(?:[(（][^()（）]{1,20}[)）])?$")


_SIDE = re.compile(r"^(?:左|右|両)(?:耳|目|眼|側|足|手)?(?=[^\s])")


def _note_cells(t: str, spans: list) -> None:
    """Notes cells of a CSV/TSV register of people: an item of the cell that is a condition (from the lexicon) with
    at most a stage, a state (あり, 疑い, 治療中) and a bracketed note. Prose in the cell is read as prose."""
    med = _termsets()[0]
    for h in _note_headers(t):
        hs = t.rfind("\n", 0, h.start()) + 1
        he = t.find("\n", h.start())
        he = len(t) if he < 0 else he
        header = t[hs:he]
        sep = "\t" if header.count("\t") >= 2 else ","
        if header.count(sep) < 2:
            continue
        col = t.count(sep, hs, h.start() + (1 if t[h.start()] == sep else 0))
        width = len(_cells(header, sep))
        pos = he + 1
        while pos < len(t):
            le = t.find("\n", pos)
            le = len(t) if le < 0 else le
            cells = _cells(t[pos:le], sep)  # ("38,400" is one cell)
            if len(cells) != width:
                break
            cs, ce = pos + cells[col][0], pos + cells[col][1]
            i0 = cs
            for k in range(cs, ce + 1):
                if k == ce or t[k] in "・、" and not _in_paren(t, i0, k):
                    item = t[i0:k].strip(" \t\"")
                    if item:
                        a = t.index(item, i0)
                        tail = _NOTE_TAIL.search(item)
                        core = item[:tail.start()] if tail else item
                        core = _SIDE.sub("", core, 1)  # (左耳難聴（補聴器使用）)
                        if core and med.start(core, len(core)) == 0:
                            spans.append((a, a + len(item), 0.8))
                    i0 = k + 1
            pos = le + 1


def _cells(row: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a CSV/TSV row; a separator inside double quotes belongs to its cell."""
    out = []
    start = 0
    quoted = False
    for i, c in enumerate(row):
        if c == '"':
            quoted = not quoted
        elif c == sep and not quoted:
            out.append((start, i))
            start = i + 1
    out.append((start, len(row)))
    return out


_EN_HYPOTHESIS = re.compile(r"(?:\b(?:if|If|whether|who|Who|Do|do|Does|does|Did|did|Are|are|Is|Have|have|Has)[ \t]+)$")
def _each(words: Iterable[str], tail: str = "") -> str:
    """Branches `word+tail` for each word (in order): an alternation every branch of which starts with a character."""
    return "|".join(re.escape(w) + tail for w in words)


# predicates found first; the condition or offence is then looked up just before them. Every branch of these regexes
# starts with a character (a lookbehind comes after it: 症(?<=の症)状 is (?<=の)症状), so the engine scans for the
# first characters in C instead of trying every position; a group before a word list is spelled out for that
# (定期|継続)?(通院|…)+tail as 定期(通院|…)+tail|継続(通院|…)+tail|通院+tail|…, in the same order.
_STAY = ("通院", "入院", "治療", "療養", "服薬", "投薬", "手術", "闘病", "加療", "経過観察", "リハビリ", "透析", "検査", "受診", "検診")
_STAY_TAIL = r"(?:中|歴|して|した|し(?=[てたま])|を受け|を続け|予定|後|を要す|が必要|(?=のため|で(?!き)|に行|があ|を受け|を続け|を要|[)）]))"
_MED_PRED = re.compile(
    rf"定期(?:{_each(_STAY)}){_STAY_TAIL}|継続(?:{_each(_STAY)}){_STAY_TAIL}|{_each(_STAY, _STAY_TAIL)}"
    # 脳梗塞で倒れ, 結核にかかり, 認知症の進行が疑われる, 糖尿病のインスリン自己注射
    r"|倒れ(?=[、てたまし])|疑われ(?=[るたてま])|進行(?=が|し|中)|症(?<=の症)状が進ん(?=で|だ)"
    # 乳がんが見つかり, 検診で胃がんが見つかった
    r"|見(?<=が見)つか(?:り|った|って)"
    # 低血糖を起こしたことがある; 右手の安静時振戦と小刻み歩行が出現し
    r"|起(?<=を起)こ(?:した|して(?:いる|いた|おり|しまっ)|しました)|出(?<=が出)現(?:し(?=[、てたま])|した)"
    # 白内障の手術を左目だけ受けました: what was operated on between the operation and its verb
    + "|" + _each(("手術", "治療"), r"を[^。、,\nをはが]{1,6}?受け(?:た|ました|て(?:いる|います|おり))")
    + r"|インスリン(?:自己)?注射|インスリン(?:療法|治療|ポンプ)"
    r"|診断(?:され|を受け|が(?:つ|出|下|あ(?=り|る)))|患(?:って|い|う)|罹患|発症|急性(?:再発|悪化|増悪|再燃)(?:の?疑い)?|"
    + _each(("再発", "悪化", "増悪", "再燃"), "(?:の?疑い)?")
    + r"|寛解|改善(?:して|し(?=[てたま])|傾向|が見られ|がみられ|(?=[。\n]|$))|疑い|陽性|持病|既往歴?|併発(?=し|中|の疑い)"
    # a finding in a doctor's letter: 心電図で心房細動を認めました (not 心房細動を認める場合は)
    r"|認(?<=を認)め(?:た|ました|ます|ており|ています|られ(?:た|ました|ます))"
    r"|亡くな(?:りました|った|られ(?:ました|た))|" + _each(("死去", "他界", "逝去"), "(?:しました|した|され(?:ました|た))")
)
_DEGREE = re.compile(r"[はが][^、。,\n はが]{1,8}まで$")
_CATCH = re.compile(r"(?<=に)かか(?:り|った|って|ってい)")  # 結核にかかり (tried only on lines holding にかか)
_SUPPORT_CLASS = ("特別支援学級", "特別支援学校", "支援学級", "通級指導教室", "通級")
_LEAVE = re.compile(
    r"治療食|療養食|糖尿病食|腎臓病食|減塩食|流動食|嚥下食|刻み食|休職|休業|療養|入院|欠勤|早退|半休|全休|休暇|休み|時短勤務|短時間勤務|退職|勤務制限|就業制限|業務制限|就労制限|復職|"
    r"自宅待機|出勤停止|出席停止|休養|入所|保健室登校|別室登校|除去食|代替食|食事制限|運動制限|水分制限|塩分制限|"
    # a group or clinic someone attends for it (アルコール依存症で断酒会に通っている)
    r"通って(?=いる|います|おり|いた)|"
    # the special-needs class someone is in for it (自閉スペクトラム症で特別支援学級に在籍)
    + _each(_SUPPORT_CLASS, r"(?:に(?:在籍|入級|転籍|通(?:って|う|い))|で(?:指導|学習)|を利用)"
                            r"(?!する|している|していた|の(?:児童|生徒|子))") + "|"
    # a medicine taken for the condition (高血圧症でアムロジピン5mgを2022年から服用中): looked for further back
    + _each(("服用", "内服"), r"(?=中|済|して|し(?=[てた])|を続け)") + r"|飲んで(?=いる|います|おり|る)"
)
_ACCOMMODATION = frozenset(("保健室登校", "別室登校", "除去食", "代替食", "治療食", "療養食", "糖尿病食", "腎臓病食", "減塩食",
                            "流動食", "嚥下食", "刻み食"))
# medical rest a doctor orders (…のため、4月18日から5月31日まで休養を要する), unlike an accommodation (…のため、来月から時短勤務)
_REST = frozenset(("休養", "療養", "入院"))
# what a condition causes before the connective: 喘息の発作で入院, 持病の悪化により休職
_CAUSE_NOUNS = ("の診断", "の発作", "発作", "の症状", "症状", "の悪化", "悪化", "の再発", "再発", "の手術", "手術", "の治療", "治療")
_LEAVE_CONN = ("により", "による", "のため", "にて", "で", "が強まり", "が悪化し", "が再燃し", "が増悪し")  # (幻聴が強まり1週間の任意入院)
_MED_CONN = ("により", "による", "のため", "にて", "の", "で", "が", "を", "は", "に", "と", "も", "")
_OFF_WORDS = (r"逮捕|捕ま(?=[っりる])|起訴|略式起訴|在宅起訴|書類送検|送検|検挙|罰金 ?[0-9,]+万?円(?:の(?:刑|略式命令|判決))?|罰金刑?|懲役|禁錮|"
              r"有罪|実刑|執行猶予|略式命令|補導|服役")
# the suspect of an offence handed over or arrested: 窃盗（万引き）の被疑者として警察官に引き渡した
_OFF_SUSPECT = (r"として[^。、\n]{0,10}?(?:引き渡|逮捕|送致|送検|通報|事情聴取|取り調べ|取調べ)(?:し|され|を受け)?"
                r"(?:た|ました|て(?:いる|いた|います))?")
_OFF_PRED = re.compile(  # ((?:現行犯)?(?:…) spelled out: 現行犯(?:…)|…)
    rf"現行犯(?:{_OFF_WORDS}|(?<=の)(?:被疑者|容疑者){_OFF_SUSPECT})|{_OFF_WORDS}"
    rf"|被(?<=の被)疑者{_OFF_SUSPECT}|容(?<=の容)疑者{_OFF_SUSPECT}"
)
_OFF_CONN = ("の容疑で", "の疑いで", "容疑で", "により", "による", "で", "の", "")
# a fitness-for-work opinion that completes a medical statement: …は改善しており、短時間勤務から復職可能
_FIT = re.compile(r"[、,][^、。\n]{0,20}?(?:復職|就労|就業|勤務|業務|出勤|就学|登校)(?:は|が|を)?(?:可能|可|困難|不可|継続困難|制限)")

_RELIGIONS = (
    "キリスト教 カトリック プロテスタント 仏教 浄土真宗 浄土宗 日蓮宗 曹洞宗 臨済宗 真言宗 天台宗 創価学会 イスラム教 "
    "ユダヤ教 ヒンドゥー教 神道 天理教 エホバの証人 モルモン教 統一教会 幸福の科学 立正佼成会 真如苑 生長の家 霊友会"
).split()
_NONE_VALUE = re.compile(
    r"^(?:なし|無し|無|ない|ありません|特になし|特に無し|特にない|該当なし|該当無し|該当しない|N/?A|-|ー|―|−|未記入|"
    r"不明|記載なし|空欄|特記なし|特記事項なし|特になし。|なし。|無し。|なし\(.*\)|異常なし|問題なし|良好|健康|A判定|A|正常|いいえ|不問|問わない|問いません|"
    r"(?i:none|no|nil|not applicable|prefer not to (?:say|answer)|n\.?a\.?|healthy|good|fit|normal|nothing(?: to declare)?|"
    r"no issues|none known|none declared|nka|nkda|nkfa|unknown|not disclosed|declined(?: to (?:answer|state))?))$"
)
_ODD_BREAK = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]|\r(?!$)")
_PREFILTER_KEY = ("special_care.prefilter",)  # doc_facts key of the whole-text prefilter result
_FIRST_KEY = ("special_care.prefilter_first",)  # … and of the first matches its scans found
_EN_KEY = ("special_care.english",)  # … and of the English test
_CTX = 200  # characters either side of a phrase searched for its sentence and context words
_HIRA3 = re.compile(r"[\u3041-\u3096][^\u3041-\u3096]*[\u3041-\u3096][^\u3041-\u3096]*[\u3041-\u3096]")
_SEP_MARK = re.compile(r"[:：=/／】」』\]\t]")
_HAS_VALUE = re.compile(r"^(?:あり|有り|有|ある|あります|該当|該当あり)")
_STATE = (
    r"(?:(?:通院|治療|入院|療養|服薬|投薬|手術|闘病|休職|休養|加療|経過観察|リハビリ|透析|定期検診|検診|通院治療)"
    r"(?:中|歴|して|した|し(?=[てたま])|を受け|を続け|予定|のため|後)"
    r"|診断(?:され|を受け|が(?:つ|出|下))|(?:を)?患(?:って|い|う)|罹患|発症|再発|悪化|持病|既往歴?|キャリア|疑い|陽性|手術歴|所見"
    r"|認め(?:た|ました|ます|る(?!場合|とき|方|者)|ており|ています|られ(?:た|ました|ます|る(?!場合|とき|方|者))))"  # 心電図で心房細動を認めました
)
_CONN = r"(?:の|で|が|と|を|に|により|による|のため|にて|、)?"
_MED_MORPH = rf"(?![発重軽炎]症)[{_K}{_KATA}]{{1,6}}(?:症候群|病|症|がん|癌)"  # 発症, 重症 name no condition
_TAIL = re.compile(
    r"(?:[てで]?(?:休職|通院|入院|療養|治療|服薬|経過観察|保護命令|後遺症)(?:中)?"
    r"|と(?:判定|診断)され(?:た|ている|ています)?|の診断(?:を受け(?:た|ている)?)?|を指摘され(?:た)?|の?(?:有罪|実刑)?判決を受け(?:た|ている)?|っ(?:て(?:いる|いた|います)|た)"
    r"|中|歴|(?:して|され|を受け|が出て|を取得し|を所持し|を使用し|を信仰し|として活動し)?(?:いる|いた|います|いました|ている|ていた|ています|た|る)"
    r"|がある|があった|があり|がない|である|であった|あり|おり|を要す(?:る)?|が必要"
    r"|[へに](?:変更|移行|切り替え|切替)(?:し(?:た|ている)|となった|になった|された)?"
    # a parenthesis that adds to the fact (通院加療中, 下肢機能障害) is kept; a request (手話通訳希望) is not the fact
    r"|[(（](?![^()（）\n]{0,12}?(?:希望|お願い|要望|配慮|予定|送迎|付き添い|付添|病院|医院|クリニック|医療センター|整形外科|貸出|貸し出し|レンタル|可[)）]))"
    r"[^()（）\n]{1,12}[)）])*"
)
_CLAUSE_CUT = re.compile(r"ため|ので|とのこと|こと|ところ|という|と聞|から|けど|けれど|ものの|が、|。|、|\n")


@lru_cache(maxsize=1)
def _patterns():
    med_terms = _words("term", "medical")
    dis_terms = _words("term", "disability")
    med = rf"(?:{_trie(med_terms, True)}|症候群|病|症|がん|癌)"  # a bare suffix is extended back over the word (see `back`)
    rel = _trie(_RELIGIONS, True)
    strong_labels = [w for c, ws in _lexicon().get("label", {}).items() for w in ws]
    weak_labels = _words("label_weak")
    # (a note in brackets may also end the label itself: 病名（疑義照会時に確認）気管支喘息)
    # (a note in brackets, not an item's number: 主たる傷病名 (1) 慢性心不全 (2) …)
    label_sep = (r"[ \t]*(?:[(（](?![0-9]{1,2}[)）])[^)）\n]{1,10}[)）])?(?:[】」』\]][ \t]*(?:[:：=/／→⇒][ \t]*)?|[ \t]*(?:[:：=/／→⇒]|[ \t])[ \t]*)"
                 r"|[(（](?![0-9]{1,2}[)）])[^)）\n]{1,10}[)）](?=[^\s:：=/／→⇒()（）、。,とをがのはにでもやへ])")
    pats = [
        # (regex, base score, weak?)  weak phrases need a person in the sentence; every match start is
        # extended back over kanji/katakana (up to 6/10 chars) so suffix-anchored patterns cover the word
        (rf"(?:{med})(?:ウイルス|ウィルス)?(?:[(（][^)）\n]{{1,12}}[)）])?{_CONN}{_STATE}", 0.8, False),
        # (… or the appointment someone has for it: 糖尿病定期検査のご予約です)
        (rf"(?:{med})の?(?:術後検診|術後|定期検診|定期検査|検診|通院|治療|手術|入院|検査|薬)(?=で|のため|に行|があ|を受け|の(?:ご)?予約)", 0.75, False),
        (r"(?:身体障害者|身体障がい者|精神障害者保健福祉|精神障がい者保健福祉|障害者|障がい者|療育)手帳"
         r"(?: ?(?:第)?[1-7一二三四五六七](?:種)?[1-7一二三四五六七]?級| ?[(（](?:(?:第)?[1-7一二三四五六七](?:種)?[1-7一二三四五六七]?級"
         r"|[AB][12]?)(?:[・、,/／ ][^)）\n]{1,10})?[)）]| ?\(?[AB][12]?\)?)"  # (（1級・下肢）, （A・重度）)
         r"(?:を?(?:所持|取得|交付)(?:して|した|済)?|の?交付を受け(?:て(?:いる|います|おり))?|あり"
         r"|を?お持ち(?:でした|です|であ(?:る|った))|を?持って(?:いる|います|いた|いました|おり))?", 0.85, False),
        (r"(?:身体障害者|身体障がい者|精神障害者保健福祉|精神障がい者保健福祉|障害者|障がい者|療育)手帳"
         r"を?(?:所持|取得|交付を受け)(?:して|した|済)", 0.85, False),
        (r"(?:身体|精神|知的|発達|視覚|聴覚|言語|肢体|内部|下肢|上肢|視力|聴力)(?:に|の)?(?:障害|障がい|障碍)"
         r"(?: ?[(（][^)）\n]{1,12}[)）])?"
         r"(?:が(?:ある|あり|あります|あって|残)|あり|有り|を(?:持つ|持って|抱え|有する)|の(?:診断|認定)を受け|と診断|"
         r"者(?:である|です|として)| ?[1-7一二三四五六七]級|の等級)", 0.85, False),
        (_each(("身体", "精神", "知的", "発達", "視覚", "聴覚", "肢体不自由"), "(?:障害|障がい)(?!者)")
         + "|ADHD|自閉スペクトラム症|自閉症|アスペルガー症候群", 0.4, True),
        (r"障(?:害|がい)(?:等級|程度区分|支援区分) ?[:：]? ?[1-7一二三四五六七]", 0.8, False),
        (r"車(?:椅子|いす)を?(?:使用|利用)(?:して|中)", 0.7, False),
        # an assistive device or artificial organ someone uses (車椅子使用, ペースメーカー使用, 人工肛門を使用);
        # a facility's 車椅子利用可 or a notice to 車椅子をご利用の方 is not about someone
        (r"(?:車(?:椅子|いす)|ペースメーカー|ステント|人工肛門|人工膀胱|ストーマ|人工関節|人工呼吸器|在宅酸素|胃ろう|胃瘻|人工内耳|義足|義手)"
         r"(?:[(（][^)）\n]{1,12}[)）])?(?:を?(?:ご)?(?:使用|利用|装着|装用|造設|留置)(?:して(?:いる|おり|います)|中|済み?)?+|が?入って(?:いる|います|おり|る)|を入れて(?:いる|います|おり))"
         r"(?!の(?:方|お客|場合)|者|可|でき|可能|される方|する方|方|者|スペース|トイレ|対応|用|[すさ]れ|[(（][^)）\n]{0,8}(?:貸出|貸し出し|レンタル|可[)）]))",
         0.75, False),
        # an injury of someone: 大腿骨を骨折し, 右肘を打撲して, 頸椎捻挫で全治2週間
        (_each(("骨折", "打撲", "捻挫", "脱臼", "挫傷", "裂傷", "熱傷", "負傷"),
               r"(?:[(（](?=[^)）\n]{0,4}全治)[^)）\n]{1,20}[)）]|し(?=[、てた])|して|した|を負|(?:で|[、,・] ?)"
               r"(?:全治 ?[0-9一二三四五六七八九十]+ ?(?:週間|か月|ヶ月|カ月|日)|入院|通院|手術))")
         + r"|全治 ?[0-9一二三四五六七八九十]+ ?(?:週間|か月|ヶ月|カ月|日)", 0.75, False),
        # a symptom of dementia recorded in a care record: 夜間の徘徊が月2〜3回あり, 失禁がみられる
        (r"(?:徘徊|失禁|妄想|妄(?<=せん妄)|幻視|幻聴|異食)(?:行動|症状)?(?:が|は)?[^。、\n]{0,10}?"
         r"(?:あり(?!ませ)|がある|があり|見られ|みられ|認められ|頻回)(?!の?(?:方|人|場合|とき|者))", 0.6, False),
        # … and the changes a family or carer notices: 夕方以降の易怒性が目立つ, 最近物忘れが多く、同じ話を何度もする
        # (matched from a rare character of the word, 忘 怒 穏 逆; the start extension adds 物, 易, 不, 昼夜)
        (r"(?:忘れ(?<=物忘れ)|怒(?<=易怒)性?|穏(?<=不穏)|逆転(?<=昼夜逆転))(?:行動|症状)?(?:が|は)(?:[^。、\n]{0,4}?)"
         r"(?:目立(?:つ|ち|って)|多(?:い|く)|ひど(?:い|く)|強(?:い|く|まり|まって)|増え|進(?:み|んで)|見られ|みられ|あり(?!ませ))"
         r"(?!の?(?:方|人|場合|とき|者)|ば|たら|な[るりっ]|ても|と(?:感じ|思|気づ|気付|い[うっ])|など|」|\")", 0.6, False),
        # (年をとると物忘れが多くなる, 物忘れが多いと感じたら: in general)
        (r"救急搬送(?:され|さ|で)", 0.5, True),
        # public assistance someone receives (a social status): 平成31年3月より生活保護を受給中（傷病により稼働不能）
        # (matched from 護, rarer than 生; the start extension adds 生活保)
        (r"護(?<=生活保護)(?:[(（][^)）\n]{1,12}[)）])?(?:を?受給(?:中|して(?:いる|います|おり|いた|いました)|(?=[(（]))"
         r"|を受けて(?:いる|います|おり|いた|いました)"
         r"|(?:受給者|受給世帯|世帯)(?:である|です|であり|のため|につき|で(?=[、,])))"
         r"(?!の?(?:方|人|世帯|場合|者|とき|かた|ご家庭|家庭|数|率|割合)|ば|か[。?？]|かどうか)", 0.75, False),
        # an operation or stay for a condition at a stated time, in a personal record (2024年に乳がん手術（左）、…)
        (rf"(?=[0-9昨先以過])(?<![0-9])(?:[0-9]{{4}}年(?:[0-9]{{1,2}}月)?|[0-9]{{1,2}}月|昨年|先月|先週|以前|過去)(?:頃|ごろ)?[に、,]? ?"
         rf"[{_K}{_KATA}]{{0,8}}(?:{med})の?(?:手術|入院)(?:[(（][^)）\n]{{1,12}}[)）])?(?=[、,。]|$)", 0.75, False),
        # a fever someone has (a care or nursing record): 37.6℃の発熱あり; not a threshold (37.5℃以上の発熱がある場合)
        (r"(?=[34])(?<![0-9.])(?:3[7-9]|4[0-2])(?:\.[0-9])? ?(?:℃|°C|度)(?:台)?の?(?:発熱|熱)"
         r"(?:あり(?!ませ)|が(?:ある|あり|続い|続く|出た|出て|みられ|見られ)|を認め)(?!の?(?:方|人|場合|とき|時|者)|ば)", 0.7, False),
        # an effect of the medicine someone takes: 服薬の影響で朝の立ち上がりが遅い (not a leaflet's …ことがあります)
        (rf"(?:服薬|服用|内服|投薬|薬(?<![{_K}{_KATA}]薬))の(?:影響|副作用)(?:で|により|から)"
         r"(?![^。、,\n]{0,24}?(?:こと|場合|可能性|恐れ|おそれ|ように|ないよう|あれば))[^。、,\n]{1,24}?(?=ため|ので|[。、,\n]|$)", 0.6, False),
        # a pregnancy (妊娠7か月, 妊娠32週); not a threshold or notice (妊娠12週以降, 妊娠中の方)
        (r"妊娠 ?[0-9一二三四五六七八九十]{1,2} ?(?:週|か月|ヶ月|カ月)(?:目)?(?:[0-9]日)?(?:です|である|であり)?"
         r"(?!以[降上下内]|未満|まで|から|前後|頃|ごろ|の(?:方|妊婦|場合)|[〜～~\-])", 0.7, False),
        (r"妊娠中(?:です(?!か)|である|であり|のため|につき)", 0.5, True),
        # dialysis someone receives: 透析導入済み（週3回、HD）, 人工透析を受けている
        (r"透析(?:導入(?:済み?|後|し(?=て|た))|を(?:導入|受け)(?=て|た)|治療中|中(?!の方|の患者さん?へ))", 0.75, False),
        # a victim of violence: 刃物で腹部を刺され(、重傷を負った); the clause extension adds the means and the outcome
        (r"(?:刺され|殴られ|切りつけられ|斬りつけられ|蹴られ|襲われ|暴行され|暴行を受け|暴力を(?:受け|振るわれ))(?=[、てたま])", 0.5, True),
        # a taxpayer's dependant with a severe disability, with its basis: 同居特別障害者（療育手帳A） (matched from
        # 障害者; the start extension adds 同居特別)
        (r"障害者(?<=特別障害者)[(（](?=[^)）\n]{0,20}(?:手帳|級|要介護|要支援|症|病|障害))[^)）\n]{1,20}[)）]", 0.8, False),
        # an allergy someone has: 重度の食物アレルギー（卵・乳）がある, そばアレルギーあり（…）
        # (the match starts inside アレルギー, a rare gate character; the start extension adds the word before it)
        # (a chat's はるとは小麦アレルギーあるから; not what is asked of others: 卵アレルギーあり（製菓コースへの振替不可）)
        (r"ギー(?<=アレルギー)(?:[(（][^)）\n]{1,20}[)）])?(?=があ(?:る|り)|を持(?:つ|って)|のため(?!の)|ある(?:から|ので|けど|し|[。、!！ ]|$))"
         r"|ギーあり(?<=アレルギーあり)(?:[(（](?![^)）\n]{0,20}?(?:不可|可[)）]|希望|お願い|要望|配慮|振替|変更))[^)）\n]{1,20}[)）])?",
         0.5, True),
        # 要介護・要支援の認定
        (r"要(?:介護|支援) ?[1-5](?:の認定を受け|に認定され|と認定され|の認定)", 0.8, False),
        (r"前科(?:あり|有り|有|がある|があり|があった|[1-9一二三四五六七八九]犯|者)|"
         + _each(("逮捕", "補導", "犯罪", "受刑", "服役"), "歴(?:あり|がある|有り|有)?") + "|前科前歴", 0.85, False),
        (r"(?:罪|違反|容疑)(?:[(（][^)）\n]{1,15}[)）])?(?:で|により|の疑いで)?"
         # (who arrested: …の疑いで警視庁に逮捕された, …容疑で川口警察署に現行犯逮捕)
         r"(?:[^。、\n()（）]{0,10}?(?:警察署|警察|警視庁|県警|府警|道警|検察庁|地検)に)?(?:現行犯)?"
         r"(?:逮捕|起訴|書類送検|送検|服役|収監|有罪|実刑|懲役|禁錮|罰金刑?|略式起訴|在宅起訴|執行猶予)", 0.8, False),
        (r"懲役 ?[0-9一二三四五六七八九十]+ ?(?:年|か月|ヶ月|カ月)(?: ?[0-9一二三四五六七八九十]+ ?(?:月|か月|ヶ月|カ月))?(?:に処(?:する|せられ)|の(?:実刑)?判決)?|執行猶予(?:中|付き|[0-9一二三四五]年)|保護観察(?:中|処分|付き)|"
         r"少年院(?:送致|に入|を出|出身|に送)|少年審判|服役(?:中|して|した)|逮捕(?:され|された)|起訴(?:され|された)", 0.7, False),
        (r"(?:ストーカー|DV|ドメスティック・?バイオレンス|性犯罪|性暴力|性的暴行|痴漢|特殊詐欺|振り込め詐欺|詐欺|強盗|暴行|窃盗|"
         r"虐待|児童虐待|犯罪|いじめ|イジメ|ハラスメント|パワハラ|セクハラ|暴力)(?: ?[(（][^)）\n]{1,12}[)）])?(?:傷害|致傷|殺人未遂)?(?:事件)?(?:の)?被害"
         # 配偶者からの暴力（DV）被害による別居中: what the violence forced on the victim is part of the fact
         r"(?:(?:による|により|のため|で)[^。、\n]{0,8}?(?:別居|避難|転居|入院|通院|休職|保護)中?|で保護命令|者(?:である|です|となった|として)?|に(?:遭|あ)(?![わう])|を受け|を訴え|経験|歴)", 0.8, False),
        # consultations about violence someone suffered: DV相談歴あり（R5.6 …で相談受理）
        (r"(?:DV|ドメスティック・?バイオレンス|ストーカー|虐待|性被害|性暴力)(?:被害)?の?相談歴(?:あり|有り?|がある|があり)"
         r"(?: ?[(（][^)）\n]{1,40}[)）])?", 0.75, False),
        # a penalty someone received: 以前も同じ店で捕まり罰金刑を受けた
        (r"(?=[罰懲禁実有執略科])(?:罰金刑|懲役刑|禁錮刑|実刑判決|有罪判決|実刑|略式命令|科料|執行猶予(?:付き)?の?(?:有罪)?判決)"
         r"を(?:受け|言い渡され|科され|命じられ)(?:た|ました|ている|ています|て)(?!(?:ことが?(?:ある|あった)|ことのある)?(?:方|者|人|場合|とき))",
         0.8, False),
        # the offence a suspect is held for (news): …から銅線約300キロを盗んだ疑いが持たれている, …を奪った疑いで逮捕
        (r"(?:盗んだ|奪った|殺害した|騙し取った|だまし取った|詐取した|脅し取った|横領した|着服した|負わせた|暴行を加えた|侵入した)"
         r"疑い(?:が(?:持たれ|もたれ)て(?:いる|います|おり)|で(?:現行犯)?(?:逮捕|送検|書類送検))", 0.75, False),
        (rf"(?:{med})(?=(?:のため|により|で)[、,]?[^。\n]{{0,20}}?(?:休職|休業|時短|欠勤|休暇|休み|休む|早退|入院|通院|療養|配慮|勤務制限|業務制限|再検査|精密検査|要精検))", 0.75, False),
        # the cause of someone's death (an obituary, a funeral notice): 肺がんのため9月25日に逝去
        (rf"(?:{med})(?:のため|により|で)[、,]?(?:[^。\n]{{0,12}}?(?:ご|に))?(?:逝去|死去|永眠|死亡|亡くな(?:り|った|りました|しました))", 0.75,
         False),
        # a condition in brackets after a person's name: ・石黒 亮さん（統合失調症）
        (rf"(?:(?<=さん[(（])|(?<=様[(（])|(?<=氏[(（]))(?:{med})(?=[^)）\n]{{0,16}}[)）])", 0.75, False),
        # …の診断で休職, …の手術・療養のため休業: the condition with what it caused
        (rf"(?:{med})(?=(?:の診断で|の診断により|と診断され[、,]?|の(?:手術|治療|療養)(?:・(?:手術|治療|療養))?(?:のため|で))"
         r"[^。\n]{0,20}?(?:休職|休業|欠勤|入院|療養|退職))", 0.75, False),
        # (every branch starts with a character, for which Python's regex engine scans fast; a branch starting with a
        # group would be tried at every position)
        ("|".join(b + r"(?:の?(?:熱心な|敬虔な)?(?:信者|信徒|門徒|教徒|会員|徒)(?:である|です|であり|として)?|を(?:信仰|信じ)"
                      r"(?:して|する)|に入信)" for b in _trie_branches(_RELIGIONS) + ["教"])
         + r"|入信(?:した|して)|"
         + _each(("宗教", "信仰"), r"上の理由(?:で|により|から)[^。\n]{0,25}?(?:ません|ない|できない|控え|禁止|不可)"
                                  r"(?:[(（][^)）\n]{1,15}[)）])?")
         + "|宗教上の理由|信仰上の理由", 0.8, False),
        (r"(?:党|政党)(?:の)?(?:党員|支持者|後援会員)", 0.7, False),
        # a past or present member of an organised-crime group (a criminal association, social status):
        # 過去に指定暴力団の構成員であった, 元暴力団員; a contract's 暴力団員でなくなった時から…者 is not about someone
        (r"(?:暴力団|暴走族)(?:の)?(?:構成員|準構成員|組員|幹部|員)(?:であった|だった|として活動し(?:て(?:いた|いる)|た))"
         r"(?!者|方|人|場合|とき|こと)|元(?:指定)?暴力団(?:の)?(?:構成員|組員|幹部|員)(?!でない|ではない|等|及び|、|・)", 0.8, False),
        (rf"(?:{rel})の(?:集会|礼拝|ミサ|勉強会|行事|奉仕活動|伝道)に(?:参加|出席|通)(?:して|っ|い)", 0.8, False),
        (r"(?:ムスリム|クリスチャン|イスラム教徒|仏教徒|ヒンドゥー教徒|ユダヤ教徒)(?=のため|なので|であり|である|です|で、|として)"
         # … or followed by what the creed asks of others: ムスリム（礼拝スペース・ハラール食の配慮要）
         r"|(?:ムスリム|イスラム教徒|ヒンドゥー教徒|ユダヤ教徒|ジャイナ教徒|シク教徒)[(（]"
         r"(?=[^)）\n]{0,24}(?:礼拝|ハラール|ハラル|コーシャ|豚|牛肉|アルコール|禁酒|断食|ラマダン|お祈り|祈り|菜食))[^)）\n]{1,30}[)）]", 0.75, False),
        # the creed named after 信仰している宗教: （カトリック）, は仏教
        (r"(?:信仰して(?:いる|いた|おり)|信仰する|信じている)(?:宗教|宗派)(?:[(（][^)）\n]{1,15}[)）]|(?:は|が)[^。、\n]{1,10}?(?:教|宗|会|派))",
         0.9, False),
        (r"(?:父|母|祖父|祖母|両親|父親|母親|本人|妻|夫)(?:が|は|も)(?:アイヌ(?:民族)?|在日(?:コリアン|韓国人|朝鮮人|韓国・朝鮮人))", 0.8, False),
        (r"(?:アイヌ民族|アイヌ|在日(?:コリアン|韓国人|朝鮮人|韓国・朝鮮人)|被差別部落|同和地区|琉球民族)(?:の)?"
         r"(?:出身|出自|[1-9一二三]世|である|です|の血)", 0.8, False),
        (r"(?:要(?:精密検査|精検|再検査|治療|医療|経過観察|受診)|有所見|高ストレス者(?:に該当(?=し|する|します))?(?!の|へ|に対|向け))(?!者|の方|と(?:なった|判定された|された)方|となった場合)"
         # … with the finding it is for: 要経過観察（心電図 不完全右脚ブロック）
         r"(?:[(（](?![^)）\n]{0,30}?(?:以上|以下|未満|の方|場合))[^)）\n]{1,30}[)）])?", 0.7, False),
        (r"(?:血圧|(?<![A-Za-z])BP|血糖値?|HbA1c|γ-?GTP|中性脂肪|LDLコレステロール|HDLコレステロール|尿酸値?|AST\(GOT\)|ALT\(GPT\))(?:(?<=血圧|BP)[ \t]{0,16}[:：]?[ \t]{0,16}| ?[:：]? ?)"
         r"(?>[0-9]{1,3}(?:\.[0-9])?(?: ?/ ?[0-9]{2,3})?(?: ?(?:mmHg|mg/dL|%|U/L))?)"
         r"(?![0-9.]| ?(?:以上|以下|未満|超|を超|より|から|～|〜|~))", 0.6, False),
        (r"(?:健康診断|健診|人間ドック|ストレスチェック)で[^。\n、]{0,20}?(?:の所見があ(?:った|る)|所見あり|要[^\s。、と]{1,6}|異常|高ストレス者?|と診断|と判定|を指摘)", 0.8, False),
        (r"(?:服薬|投薬|通院|入院|療養|人工透析|化学療法|抗がん剤治療|放射線治療|不妊治療|カウンセリング)"
         r"(?:中(?![止断])|歴(?:あり)?|して(?:いる|いた|います|おり)|を受けて|を続けて)", 0.5, True),  # (入院中止: cancelled)
        (r"持病(?:[(（][^)）\n]{1,20}[)）])?(?:があり|がある|あり|の(?:通院|治療|悪化|薬|検査|ため)|で|のため)|"
         + _each(("心療内科", "精神科", "メンタルクリニック"),
                 r"(?:に|へ|の|で|への)?(?:通院|通って|受診|通い|入院)(?:のため(?:早退|欠勤|休暇|遅刻|半休|休職|中抜け))?")
         + "|人工透析", 0.75, False),
        # time off or a stay with its condition in brackets (休職中（うつ病）, 入院中(肺炎))
        (r"(?:休職|休業|療養|入院|通院|自宅療養)中?[(（](?:" + med + r")[^)）\n]{0,8}[)）]", 0.8, False),
        # an illness benefit received (傷病手当金を受給中; not its application form)
        (r"傷病手当金(?:を|の)?(?:受給|支給を受け)(?:中|して(?:いる|いた|います|おり)|した|予定)?", 0.75, False),
    ]
    phrase = [(re.compile(rx), score, weak) for rx, score, weak in pats]
    vital = phrase[next(i for i, (rx, _, _) in enumerate(phrase) if rx.pattern.startswith("(?:血圧|(?<![A-Za-z])BP"))][0]
    _RECORD_ONLY_PATTERNS.add(next(rx for rx, _, _ in phrase if rx.pattern.startswith("(?=[0-9昨先以過])(?<![0-9])")))
    _RECORD_ONLY_PATTERNS.add(next(rx for rx, _, _ in phrase if rx.pattern.startswith("(?:忘れ(?<=物忘れ)")))
    verdict = phrase[next(i for i, (rx, _, _) in enumerate(phrase) if rx.pattern.startswith("(?:要(?:精密検査"))][0]
    # labels are found from their last character followed by a separator, then confirmed backwards
    record_labels = _words("label_drug") + _words("label_allergy") + _words("label_ctx")
    ends = "".join(sorted({w[-1] for w in strong_labels + weak_labels + record_labels}))
    label_hit = re.compile("[" + re.escape(ends) + "]" + r"(?=[ \t]*(?:[(（][^)）\n]{1,10}[)）])?(?:[】」』\]]|[:：=/／→⇒]|[ \t])"
                                                         r"|[(（][^)）\n]{1,10}[)）][^\s:：=/／→⇒()（）、。,とをがのはにでもやへ])")
    label_words = {w: "wlab" for w in weak_labels}
    label_words.update({w: "lab" for w in strong_labels})
    for kind in ("drug", "allergy", "ctx"):  # fields that count in a personal record only
        label_words.update({w: kind for w in _words("label_" + kind)})
    heads = frozenset(_words("label_head"))
    # the lengths (longest first) of the labels ending in each character: the hit is a label's last character
    lengths: dict[str, tuple[int, ...]] = {}
    for w in label_words:
        lengths[w[-1]] = tuple(sorted(set(lengths.get(w[-1], ())) | {len(w)}, reverse=True))
    labels = (label_hit, label_words, lengths, re.compile(label_sep), heads)
    cond = _conditions()
    value_terms = re.compile(
        _trie(med_terms + dis_terms + _words('term', 'criminal') + _words('term', 'victim') + _words('term', 'creed')
              + _words('term', 'race') + _words('term', 'health_check') + cond.get("disease", []) + cond.get("mental", [])
              + cond.get("finding", []) + cond.get("offence", []))
        + rf"|{_MED_MORPH}|[{_K}]{{1,6}}教|要(?:介護|支援) ?[1-5]"
        rf"|[{_K}{_KATA}]{{1,6}}(?:炎|潰瘍|梗塞|不全|骨折|損傷|麻痺|腫瘍|結石|狭窄)"
        rf"|[{_K}{_KATA}]{{1,10}}(?:切除|摘出|全摘|摘除|置換|形成|固定|再建|移植|吻合|縫合|郭清|切開|造設|留置|整復|剥離)術"
    )
    drug_value = re.compile(_trie(_termsets()[2]) + "|" + _DOSE)
    # …ことは is no definition (…とは); a topic word after a comma (…、余罪について捜査中) is not about the statement
    # ((?<!こ)とは written と(?<!こと)は: every alternative then starts with a character, which the engine scans for)
    generic = re.compile(_alt(_words("generic")).replace("とは", "と(?<!こと)は"))
    # (a named suspect or defendant is a particular person: 沢田容疑者, 山本被告)
    person = re.compile(rf"{_alt(_words('person'))}|[{_K}]{{1,4}}(?:さん|様|氏|容疑者|被告人?)")
    return phrase, labels, value_terms, generic, person, drug_value, vital, verdict


@lru_cache(maxsize=1)
def _prefilter() -> _Either:
    """The whole-text prefilter: the key characters of the dictionary words, and the words that have none.

    Built apart from `_patterns`, whose regexes take tens of milliseconds to compile: a document the prefilter
    rules out never needs them.
    """
    strong_labels = [w for c, ws in _lexicon().get("label", {}).items() for w in ws]
    weak_labels = _words("label_weak")
    record_labels = _words("label_drug") + _words("label_allergy") + _words("label_ctx")
    cond = _conditions()
    keys: set[str] = set()
    literals: set[str] = set()
    # a lexicon word keeps a line only through a character that is rare outside medicine (症, 炎, 肺 …): the
    # broad lexicon must not send ordinary lines (信号, 口座, 期限 …) to the regexes
    lex_keys = {_med_key(w) for c in ("disease", "mental", "finding") for w in cond.get(c, [])}
    keys.update(lex_keys - {""})
    words: set[str] = set()
    done: list[str] = []
    for w in strong_labels + weak_labels + record_labels + _words("term") + list(_EN_WORDS) + [
        "病", "症", "癌", "罪", "被害", "信仰", "信者", "教徒", "党員", "手帳", "精密検査", "再検査", "治療", "通院", "入院",
        "服薬", "投薬", "透析", "血圧", "血糖", "民族", "部落", "在日", "逮捕", "前科", "懲役", "起訴", "送検", "服役", "入信",
        "車椅子", "車いす", "所見", "判定", "陽性", "キャリア", "出自", "人種", "カウンセリング", "療法", "健診", "健康診断",
        "宗教", "ドック", "ストレス", "少年院", "保護観察", "執行猶予", "罰金", "禁錮", "γ-GTP", "HbA1c", "BP", "疑い",
        "ムスリム", "クリスチャン", "ペースメーカー", "人工肛門", "人工膀胱", "ストーマ", "人工関節", "人工呼吸器", "在宅酸素",
        "胃ろう", "人工内耳", "義足", "義手", "捕ま", "妊娠", "暴力団", "暴走族", "うつ", "メンタル", "パニック", "刺され", "殴られ", "蹴られ", "襲われ", "切りつけ", "斬りつけ", "麻痺", "まひ", "マヒ", "骨折", "打撲", "捻挫", "脱臼", "負傷", "全治", "救急搬送", "要介護", "要支援",
        "不自由", "徘徊", "妄想", "幻視", "幻聴", "亡くな", "死去", "逝去", "暴力", "易怒", "不穏",
    ]:
        words.add(w)
    # a word holding a shorter word of the list (アレルギー歴, 基礎疾患, 持参薬) is kept by that word's key
    for w in sorted(words, key=len):
        if any(u in w for u in done if u != w):
            continue
        done.append(w)
        if w in _STATE_LABELS:
            continue  # (利用者の状態：… counts only with a condition in its value, whose word keeps the line)
        if w in _PREFILTER_KEY_OF:
            k = _PREFILTER_KEY_OF[w]
            if k:
                keys.add(k)
            continue
        k = "" if w.startswith("就業") else _med_key(w) or _key_char(w)
        if k:
            keys.add(k)
        else:  # (利用者の状態, 就業判定: their first rare characters, 利 and 就, are common in business text)
            literals.add(w)
    literals.update(_PREFILTER_LITERALS)
    chars = "".join(sorted(keys))
    # (the words from a rare character each: `_anchored`; a match starts in the line of its word, all `detect` asks)
    prefilter = _Either(re.compile("[" + re.escape(chars) + "]"), re.compile(_anchored(sorted(literals))))
    return prefilter


# the items of a care-need assessment (認定調査 特記事項) that state a dementia symptom (3-8 徘徊：…, 4-12 ひどい物忘れ：…):
# a value of prose, ended at its first clause
_CARE_ITEM_LABELS = frozenset(("ひどい物忘れ", "物忘れ", "幻視幻聴", "介護に抵抗", "不潔行為", "収集癖"))
# prefilter keys chosen by hand: a rare character of the word, or none ("": a line holding only the word is not worth the
# cost, as a literal starting with a common character — 物, 昼, 感, 作 — slows the scan of every text)
_PREFILTER_KEY_OF = {"ひどい物忘れ": "忘", "物忘れ": "忘", "不潔行為": "潔", "収集癖": "癖", "幻視幻聴": "幻", "介護に抵抗": "護",
                     "薬の副作用歴": "", "副作用歴": "",  # (its value's words keep its line)
                     "易怒": "怒", "不穏": "穏"}


# lexicon words with no rare character (弱視, 難聴, ぜんそく): found as whole words, so their lines reach the regexes
_PREFILTER_LITERALS = ("弱視", "斜視", "難聴", "ぜんそく", "ぜん息", "アトピー", "アナフィラキシー", "インフルエンザ", "新型コロナ",
                       "胆石", "吃音", "振戦", "認知機能", "管理指導表")


# Characters of medical words that are rare in other business text (the 疒 radical, organs, lesions)
_MED_KANJI = set(
    "症炎病瘍癌疹塞痛腫患疾障肺胃腸肝腎脳骨喘痺瘤膵膠痔癇疱瘡痒痴痩腺膜脈髄椎臓膀胱頸頚腔咽喉鼻耳眼網膣卵腱靭護"
    "挫捻傷療菌疫瘻疸痙攣嚢憩腰膝股肘肩尿糖脂脱麻疼痢嘔吐咳痰熱"
)


def _med_key(word: str) -> str:
    """The word's last character that is rare outside medicine (its head: 熱中+症, 帯状疱+疹), or ''."""
    return next((ch for ch in reversed(word) if ch in _MED_KANJI), "")


# Characters too common in business text to be good prefilter keys; a word's key is its first other char.
_COMMON = set(
    "のはにをたがでてとしれさあいうえおかきくけこすせそなぬねふへほまみむめもやゆよらりるろわんっー・"
    "日一人年大十二本中長出三時行見月後前生五間上東四今金九入学高円子外八六下来気小七山話女北午百書先名川千水半男西"
    "電校語土木聞食車何南万毎白天母火右読友左休父雨会社員部課事業務理的性化者報告議信検討送教育発表用内容確認連絡"
    "件対応予定作成開合同新情提出場所方法題問関係記録管制度実施有無状況結果区分種類程度等級内状態上体"
    "人主持自保言通覚知要機能理由事項考特備欠退職暇申送調相談達配再判所定型性別"
    # common in forms, dates and business words (注文, 令和, 受付, 支払, 所在, 健康保険, 証明, 既存, 被保険者, 防犯 …):
    # a word made of these is found as a whole
    "注和受支在健証不身手経義工陽立観台真打神家治民既被犯血診地正歴康医圧徒道帳族察臨済宅全意統害"
)


def _key_char(word: str) -> str:
    """The word's first character that is neither kana, ASCII nor common in business text ('' if none)."""
    for ch in word:
        if ch in _COMMON or ch.isascii() or "\u3041" <= ch <= "\u30ff":
            continue
        return ch
    return ""


def _parsed_case_sensitive(sp, pattern: str):
    """The parse tree of `pattern`, or None when it does not parse or ignores case (then nothing can be derived)."""
    try:
        tree = sp.parse(pattern)
    except Exception:  # noqa: BLE001 - no derived gate is always correct
        return None
    return None if tree.state.flags & re.IGNORECASE else tree


def _union_of(each, branches) -> set[str] | None:
    """The union of `each(b)` over the branches of an alternation, or None when any branch gives None."""
    out: set[str] = set()
    for b in branches:
        r = each(b)
        if r is None:
            return None
        out |= r
    return out


def _first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with, or None when that is not a small known set.

    Conservative: anything but literals, small character sets, groups, branches, leading lookaheads and repeats of
    at least one (lookbehinds, categories, negations, case-insensitive parts, empty-able prefixes) gives None.
    """
    try:
        from re import _parser as sp  # noqa: PLC0415 - CPython's own regex parser (3.11+)
    except ImportError:  # pragma: no cover
        return None

    def first(seq) -> set[str] | None:
        for op, av in seq:
            if op is sp.AT:
                continue
            if op is sp.ASSERT and av[0] == 1:  # a lookahead: the match starts with one of its first characters
                return first(av[1])
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
                return _union_of(first, av[1])
            if op in (sp.MAX_REPEAT, sp.MIN_REPEAT, getattr(sp, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
                return first(av[2])
            return None
        return None

    tree = _parsed_case_sensitive(sp, pattern)
    got = first(tree) if tree is not None else None
    return frozenset(got) if got else None


@lru_cache(maxsize=1)
def _tables_key() -> str:
    """What the tables derived from the phrase patterns depend on: the patterns and this module's code (a digest,
    under which `regex_cache` keeps the tables for new processes)."""
    h = hashlib.sha1(Path(__file__).read_bytes())
    for rx, _, _ in _patterns()[0]:
        h.update(rx.pattern.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def _phrase_gates() -> tuple[frozenset[str] | None, ...]:
    """Per phrase pattern, the characters a match can start with: a line holding none of them is skipped."""
    return regex_cache.derived("special_care.phrase_gates", _tables_key(), lambda: tuple(
        _first_chars(rx.pattern) for rx, _, _ in _patterns()[0]))


# words a phrase pattern that starts with a common character (a digit, a time word) cannot match without
_NEEDS = (("(?=[0-9昨先以過])", ("手術", "入院")), ("(?=[34])", ("熱",)), ("(?=[罰懲禁実有執略科])", ("刑", "判決", "命令", "科料")))


def _required_words(pattern: str, singles: str = "", most: int = 32, longest: bool = False) -> frozenset[str] | None:
    """Words one of which the text holds wherever `pattern` matches in it (a necessary condition, found from the
    parsed pattern), or None when there is no such small set.

    The candidates: the strings a stretch of the pattern can match when they are few (a word list, a run of
    literal characters, a character before a branch: 不(?:妊|整脈) → 不妊, 不整脈), the words each branch of an
    alternation needs, and those of a group, of a repeat of at least one and of a lookahead or lookbehind (which
    looks at the same text). Conservative: anything else (classes, categories, negative lookarounds, case-insensitive
    parts) requires nothing. Single characters are not used (they occur almost everywhere) but for those of
    `singles`, nor sets of more than `most` words. The set chosen has the fewest words (with `longest`: the longest
    shortest word first).
    """
    try:
        from re import _parser as sp  # noqa: PLC0415 - CPython's own regex parser (3.11+)
    except ImportError:  # pragma: no cover
        return None
    repeats = (sp.MAX_REPEAT, sp.MIN_REPEAT, getattr(sp, "POSSESSIVE_REPEAT", None))
    cap = 512

    def strings(seq) -> set[str] | None:
        """Every string `seq` can match (a superset: a lookaround matches the empty string), or None."""
        out = {""}
        for op, av in seq:
            e = element(op, av)
            if e is None:
                return None
            out = {x + y for x in out for y in e}
            if len(out) > cap:
                return None
        return out

    def element(op, av) -> set[str] | None:
        if op is sp.LITERAL:
            return {chr(av)}
        if op is sp.SUBPATTERN:
            return strings(av[3]) if not av[1] and not av[2] else None
        if op is sp.BRANCH:
            return _union_of(strings, av[1])
        if op is sp.IN:
            if len(av) <= 16 and all(o is sp.LITERAL for o, _ in av):
                return {chr(a) for _, a in av}
            return None
        if op in repeats and av[1] <= 1:
            e = strings(av[2])
            return None if e is None else e | {""} if av[0] == 0 else e
        if op is sp.ATOMIC_GROUP:
            return strings(av)
        if op in (sp.ASSERT, sp.ASSERT_NOT, sp.AT):
            return {""}
        return None

    def usable(words: set[str] | None) -> frozenset[str] | None:
        """The shortest of `words` (a word holding another is implied by it), if each is long enough."""
        if not words or "" in words:
            return None
        keep = frozenset(w for w in words if not any(
            w[i:j] in words for i in range(len(w)) for j in range(i + 1, len(w) + 1) if j - i < len(w)))
        if len(keep) > most or any(len(w) < 2 and w not in singles for w in keep):
            return None
        return keep

    def best(seq) -> frozenset[str] | None:
        cands: list[frozenset[str] | None] = []
        run: set[str] | None = {""}  # the strings of the current stretch of elements with few strings
        lit = ""  # the current run of literal characters
        for op, av in list(seq) + [(None, None)]:
            if op is sp.LITERAL:
                lit += chr(av)
            else:
                cands.append(usable({lit}))
                lit = ""
            if op is sp.ASSERT:  # (a lookahead or lookbehind looks at the same text)
                cands.append(best(av[1]))
            e = element(op, av) if op is not None else None
            if e is not None:
                cands.append(usable(e))
                run = {x + y for x in run for y in e} if run is not None else None
                if run is not None and len(run) > cap:
                    run = None
                continue
            cands.append(usable(run))
            run = {""}
            if op is sp.SUBPATTERN and not av[1] and not av[2]:
                cands.append(best(av[3]))
            elif op is sp.BRANCH:
                alts = [best(b) for b in av[1]]
                if all(alts):
                    cands.append(usable(set().union(*alts)))
            elif op in repeats and av[0] >= 1:
                cands.append(best(av[2]))
            elif op is sp.ATOMIC_GROUP:
                cands.append(best(av))
        ok = [c for c in cands if c]
        if not ok:
            return None
        if longest:
            return min(ok, key=lambda c: (-min(map(len, c)), len(c), sorted(c)))
        # the fewest words, then the longest shortest word
        return min(ok, key=lambda c: (len(c), -min(map(len, c)), sorted(c)))

    tree = _parsed_case_sensitive(sp, pattern)
    return best(tree) if tree is not None else None


_MED_SINGLES = "病症癌"


@lru_cache(maxsize=1)
def _phrase_needs() -> tuple[tuple[int, frozenset[str]], ...]:
    """(position, words) of the phrase patterns that need a key word in the line: the words chosen by hand for
    patterns that start with a common character, and those `_required_words` finds. A pattern is tried only when
    the line holds one word of each of its sets (testing the words costs less than trying the pattern)."""
    return regex_cache.derived("special_care.phrase_needs", _tables_key(), _find_phrase_needs)


def _find_phrase_needs() -> tuple[tuple[int, frozenset[str]], ...]:
    out: list = []
    for i, (rx, _, _) in enumerate(_patterns()[0]):
        w = next((w for p, w in _NEEDS if rx.pattern.startswith(p)), None)
        if w:
            out.append((i, frozenset(w)))
        req = _required_words(rx.pattern)
        if not req or len(req) > 4:
            req = _required_words(rx.pattern, _MED_SINGLES, 128)  # (病, 症, 癌: 病気 …, 症状 …)
        if req and 2 * sum("\u3041" <= w[0] <= "\u3096" for w in req) < len(req):
            out.append((i, req))  # (not endings: あり, がある, が見られ … are in most lines)
    return tuple(out)


@lru_cache(maxsize=1)
def _phrase_index() -> tuple[dict[str, int], dict[str, tuple[tuple[str, int], ...]], re.Pattern, int, tuple[int, ...]]:
    """The gates of the phrase patterns: for each character a bit mask of the patterns (positions) it can start;
    for each character the words that start with it, each with a bit mask of the needs (word sets) it fulfils; a
    regex of all these characters; the mask of the patterns without a gate (always tried); and per pattern the mask
    of its needs."""
    by_char: dict[str, int] = {}
    ungated = 0
    for i, gate in enumerate(_phrase_gates()):
        if gate is None:
            ungated |= 1 << i
        else:
            for c in gate:
                by_char[c] = by_char.get(c, 0) | 1 << i
    needs: dict[frozenset[str], int] = {}
    req = [0] * len(_patterns()[0])
    fulfils: dict[str, int] = {}
    for i, words in _phrase_needs():
        j = needs.setdefault(words, len(needs))
        req[i] |= 1 << j
        for w in words:
            fulfils[w] = fulfils.get(w, 0) | 1 << j
    by_first: dict[str, list[tuple[str, int]]] = {}
    for w, bits in sorted(fulfils.items(), key=lambda x: (len(x[0]), x[0])):
        by_first.setdefault(w[0], []).append((w, bits))
    chars = set(by_char) | set(by_first)
    gate_rx = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    return by_char, {c: tuple(v) for c, v in by_first.items()}, gate_rx, ungated, tuple(req)


_PHRASE_NEEDS_OF: dict[int, int] = {}
_PHRASE_LISTS: dict[tuple[int, int], tuple[int, ...]] = {}


def _needs_of(mask: int) -> int:
    """The needs (bit mask) of the phrase patterns of a bit mask (memoised: few masks occur)."""
    got = _PHRASE_NEEDS_OF.get(mask)
    if got is None:
        if len(_PHRASE_NEEDS_OF) > 4096:
            _PHRASE_NEEDS_OF.clear()
        req = _phrase_index()[4]
        got = 0
        for i in range(mask.bit_length()):
            if mask >> i & 1:
                got |= req[i]
        _PHRASE_NEEDS_OF[mask] = got
    return got


def _phrase_list(mask: int, met: int) -> tuple[int, ...]:
    """The phrase patterns of a bit mask whose needs are all among `met` (memoised)."""
    got = _PHRASE_LISTS.get((mask, met))
    if got is None:
        if len(_PHRASE_LISTS) > 4096:
            _PHRASE_LISTS.clear()
        req = _phrase_index()[4]
        got = _PHRASE_LISTS[mask, met] = tuple(
            i for i in range(mask.bit_length()) if mask >> i & 1 and not req[i] & ~met)
    return got


def _phrases_for(text: str) -> tuple[int, ...]:
    """Positions (in order) of the phrase patterns worth trying on `text`: those a character of `text` can start,
    and those without a gate, unless a word they need is missing. One regex scan finds the characters of `text`
    that start a pattern or a needed word; only the words starting with them are looked for, each once."""
    by_char, by_first, gate_rx, mask, _ = _phrase_index()
    chars = set(gate_rx.findall(text))
    for c in chars:
        mask |= by_char.get(c, 0)
    want = _needs_of(mask)
    met = 0
    if want:
        for c in chars:
            for w, bits in by_first.get(c, ()):
                if bits & want & ~met and w in text:
                    met |= bits
    return _phrase_list(mask, met & want)


def _any_phrase(value: str, phrase) -> bool:
    """Does any phrase pattern match in `value`? (Patterns whose first characters are absent are skipped.)"""
    return any(phrase[i][0].search(value) for i in _phrases_for(value))


def _prefiltered(t: str) -> bool:
    """Can normalised `t` hold special-care data at all? (The prefilter, memoised per document with what its scans
    found: `detect` starts its line scan from their first matches, `_whole_text` reuses the English test.)"""
    facts = doc_facts(t)
    hit = facts.get(_PREFILTER_KEY)
    if hit is None:
        pf = _prefilter()
        ma = pf.a.search(t)
        if ma is not None:
            facts[_FIRST_KEY] = (ma, None, False)  # (first key match, first word match, words searched)
            hit = True
        else:
            mb = pf.b.search(t)
            facts[_FIRST_KEY] = (None, mb, True)
            if mb is not None:
                hit = True
            else:
                hit = facts[_EN_KEY] = _EN_GATE_RX.search(t) is not None
                hit = hit or "SSR " in t
        facts[_PREFILTER_KEY] = hit
    return hit


def _has_english(t: str) -> bool:
    """Does `t` hold a word of `_EN_GATE` (memoised per document)?"""
    return _memo(t, _EN_KEY, lambda: _EN_GATE_RX.search(t) is not None)


class SpecialCareDetector(Detector):
    """要配慮個人情報 (SPECIAL_CARE): health, disability, criminal record, victimhood, creed, origin."""

    name = NAME
    pii_types = ("SPECIAL_CARE",)
    #: the engine hands over text it has already normalised; True skips the (idempotent) re-normalisation
    assume_normalized = False

    def applies(self, text: str) -> bool:
        # (normalised input is its own normalised text: no identity mapping is built for a document ruled out)
        return _prefiltered(text if self.assume_normalized else nlp.normalized(text).text)

    def detect(self, text: str) -> Iterable[Entity]:
        if not text:
            return []
        norm = nlp.normalized(text, self.assume_normalized)
        t = norm.text
        if not _prefiltered(t):  # memoised per document: the engine has just asked
            return []
        pats = _patterns()
        prefilter = _prefilter()
        # Lines that can hold special-care data are joined and scanned once per pattern; no pattern crosses
        # a line break, so every span maps back through its line's offset. A line is kept when a prefilter
        # match starts in it (one scan of the whole text; prefilter words hold no line break).
        # Only the lines holding a match are visited: each search starts after the line of the previous one.
        ra, rb = prefilter.a, prefilter.b
        ma, mb, searched = doc_facts(t)[_FIRST_KEY]  # (the prefilter's first matches)
        if not searched:
            mb = rb.search(t)
        n = len(t)
        chunks: list[str] = []
        jstarts: list[int] = []
        shifts: list[int] = []
        jpos = 0
        while ma is not None or mb is not None:
            h = ma.start() if mb is None or (ma is not None and ma.start() < mb.start()) else mb.start()
            ls = t.rfind("\n", 0, h) + 1
            le = t.find("\n", h)
            if le < 0:
                le = n
            seg = t[ls:le]
            if seg.isprintable() or _ODD_BREAK.search(seg) is None:  # (every odd break is unprintable)
                body = seg[:-1] if seg.endswith("\r") else seg
                chunks.append(body)
                jstarts.append(jpos)
                shifts.append(ls - jpos)
                jpos += len(body) + 1
            else:  # other line breaks (a lone \r, \f, \u2028 …): the lines str.splitlines sees
                start = ls
                for sub in seg.splitlines(keepends=True):
                    if prefilter.search(sub):
                        body = sub.rstrip("\r\n")
                        chunks.append(body)
                        jstarts.append(jpos)
                        shifts.append(start - jpos)
                        jpos += len(body) + 1
                    start += len(sub)
            if ma is not None and ma.start() <= le:
                ma = ra.search(t, le + 1)
            if mb is not None and mb.start() <= le:
                mb = rb.search(t, le + 1)
        joined = "\n".join(chunks)
        found: list[tuple[int, int, float]] = []
        callbacks = (lambda: _is_record(t), lambda: _is_rules(t), lambda: _is_named(t), lambda: _is_checkup(t))
        self._line(joined, 0, found, pats, *callbacks)
        spans = []
        for s, e, score in found:
            i = bisect_right(jstarts, s) - 1
            spans.append((s + shifts[i], e + shifts[i], score))
        heads = [i for i, c in enumerate(chunks) if len(c) <= 24 and c[-1:] not in _NOT_HEADING_END]
        if heads and "\n" in t:
            self._heading_values(t, [(jstarts[i] + shifts[i], chunks[i]) for i in heads], spans, pats, callbacks)
        self._whole_text(t, spans, pats)
        if ("1)" in t or "1）" in t or "①" in t) and _DX_LIST.search(t) is not None and _is_record(t):
            _numbered_diagnoses(t, spans)
        if "OBX|" in joined and "PID|" in t:  # (an HL7 message's result lines name what they hold: 血圧, 所見, 判定)
            self._hl7_results(t, spans, pats[2])
        if "なし" in joined and ("(所見なし" in joined or "(異常なし" in joined or "(特記" in joined) and _is_record(t):
            for m in _CHECKUP_NORMAL.finditer(t):  # 雇入時健康診断書（所見なし、2024/06/12 受診）: a named person's result
                spans.append((m.start(1), m.end(1), 0.7))
        if spans and (_anonymised(t) or _veterinary(t)):
            return []  # (a case study of anonymised people; a veterinary record: the patient is an animal)
        if spans and ("( )" in t or "()" in t or "[ ]" in t):
            # the options of a quiz or a blank checklist ((  )通院中の病名  (  )逮捕されたことがある事実): no one's facts
            spans = [sp for sp in spans if not _OPTIONS_LINE.search(_line_of(t, sp[0]))]
        if spans:
            spans = [sp for sp in spans if not _no_ones_fact(t, sp[0], sp[1]) and not _BARE_LABEL.fullmatch(t, sp[0], sp[1])]
        if spans and ("---" in t or "===" in t or "───" in t or "━━━" in t):
            spans = [sp for sp in spans if not _over_rule(t, sp[1])]  # (a listing's header over its rule: labels only)
        return entities_in_original(norm, _merge(spans), "SPECIAL_CARE", NAME)

    def detect_many(self, texts: Sequence[str]) -> list[list[Entity]]:
        return [list(self.detect(t)) for t in texts]

    def _heading_values(self, t: str, lines: list[tuple[int, str]], spans: list, pats, callbacks) -> None:
        """A label written as a heading of its own line, its value on the next line (3. 既往歴⏎　2019年 十二指腸潰瘍,
        【就業区分】⏎就業制限（…）): each such pair is read as one line "label：value", and only what is found in the value
        is kept. `lines`: the (start, text) of the short lines that hold a prefilter match."""
        words = pats[1][1]
        virtual: list[str] = []
        shifts: list[tuple[int, int]] = []  # (where the value starts in the virtual text, its shift to `t`)
        pos = 0
        for ls, body in lines:
            m = _HEADING.fullmatch(body)
            if m is None or m.group(1) not in words:
                continue
            vs = ls + len(body) + 1  # the next line, or the one after a blank line
            if t.startswith("\n", vs):
                vs += 1
            ve = t.find("\n", vs)
            if ve < 0:
                ve = len(t)
            value = t[vs:ve].rstrip("\r")
            if not value.strip(" \t") or _HEADING_LINE.match(value) or _FIELD_LINE.match(value) or (
                    len(value) <= 24 and (h := _HEADING.fullmatch(value)) is not None and h.group(1) in words):
                continue  # no value, or the next heading
            # (a field of context words or a weak label needs a term in its value: no explicit separator for them)
            prefix = m.group(1) + ("：" if words[m.group(1)] == "lab" else " ")
            virtual.append(prefix + value)
            shifts.append((pos + len(prefix), vs - pos - len(prefix)))
            pos += len(prefix) + len(value) + 1
        if not virtual:
            return
        found: list[tuple[int, int, float]] = []
        self._line("\n".join(virtual), 0, found, pats, *callbacks)
        starts = [a for a, _ in shifts]
        for s, e, score in found:
            i = bisect_right(starts, s) - 1
            if i >= 0 and s >= starts[i]:
                spans.append((s + shifts[i][1], e + shifts[i][1], score))

    @staticmethod
    def _whole_text(t: str, spans: list, pats) -> None:
        """Layouts seen only over the whole document: a SOAP note's A) line, English form labels."""
        value_terms = pats[2]
        if ("A)" in t or "A:" in t) and ("O)" in t or "O:" in t) and _SOAP_SO.search(t):
            for m in _SOAP_A.finditer(t):
                vs, ve = m.start(1), m.end(1)
                while vs < ve:  # each sentence, and each item of it (心不全増悪の兆候あり。水分摂取過多の可能性)
                    dot = t.find("。", vs, ve)
                    dot = ve if dot < 0 else dot
                    for s, e in _items(t, vs, dot):
                        if value_terms.search(t, s, e):
                            spans.append((s, e, 0.85))
                    vs = dot + 1
            for m in _SOAP_S.finditer(t):  # the complaint: S）「足がむくんで重い。夜トイレに3回起きる」（本人）
                vs, ve = m.start(1), m.end(1)
                q = _QUOTE.match(t, vs, ve)
                if q:
                    vs, ve = q.start(1), q.end(1)
                if _SYMPTOM.search(t, vs, ve):  # (a bare complaint, S) 頭痛, is the reason for the visit)
                    spans.append((vs, len(t[:ve].rstrip(" 　。")), 0.8))
            for m in _SOAP_O.finditer(t):  # the findings line, one statement when it names a lesion or condition
                vs, ve = m.start(1), m.end(1)
                if any(v.group() not in _VITAL_WORDS for v in value_terms.finditer(t, vs, ve)):
                    spans.append((vs, len(t[:ve].rstrip(" 　。")), 0.8))
        if _EN_WORDS_RX.search(t) is not None and _is_record(t):  # (any(w in t for w in _EN_WORDS), one scan)
            for m in _EN_LABEL.finditer(t):
                value = m.group(1).rstrip(" .")
                if value and not _NONE_VALUE.match(value) and not _BLANK_VALUE.fullmatch(value):
                    spans.append((m.start(1), m.start(1) + len(value), 0.85))
        if ("はい" in t or "あり" in t) and "か" in t:
            SpecialCareDetector._answers(t, spans, value_terms, pats[5])
            if ("詳細" in t or "内容" in t or "具体" in t) and "すか" in t:
                SpecialCareDetector._details(t, spans, value_terms, pats[5])
        if _has_english(t):
            SpecialCareDetector._english(t, spans, value_terms)
        if "薬" in t or "処方" in t or "Rp" in t:  # (an お薬手帳's Rp lines, a 処方内容：label)
            SpecialCareDetector._prescriptions(t, spans)
        if "アレルギー" in t and ("様" in t or "さん" in t):
            for m in _ALLERGY_AFTER_NAME.finditer(t):  # 御手洗 悠人様（7歳）卵アレルギー（加熱卵も不可）: a guest's allergy
                spans.append((m.start(1), m.end(1), 0.8))
        if "SSR " in t:
            for m in _SSR.finditer(t):  # SSR WCHR NH HK1/P2 WHEELCHAIR REQUIRED - … DUE TO MS
                spans.append((m.start(1), m.end(1), 0.8))
        if ("," in t or "\t" in t) and next(_note_headers(t), None) is not None and _is_record(t):
            _note_cells(t, spans)

    @staticmethod
    def _hl7_results(t: str, spans: list, value_terms) -> None:
        """The results of a patient's HL7 v2 message (a PID segment): OBX-5 of a blood pressure (収縮期血圧 148), of a
        finding or verdict (心電図所見, 総合判定: A 異常なし), or naming a condition."""
        for m in _OBX.finditer(t):
            ls = m.start()
            le = t.find("\n", ls)
            le = len(t) if le < 0 else le
            fields = t[ls:le].rstrip("\r").split("|")
            if len(fields) < 6 or not fields[5].strip():
                continue
            ident = fields[3].split("^")
            name = ident[1] if len(ident) > 1 else ident[0]
            value = fields[5].strip()
            vs = ls + sum(len(f) + 1 for f in fields[:5])
            vs = t.index(value, vs)
            if "血圧" in name:
                ok = _OBX_BP.fullmatch(value) is not None
            elif _OBX_RESULT.search(name):
                ok = not _blank(value)
            else:
                ok = value_terms.search(value) is not None and not value[0].isdigit()
            if ok:
                spans.append((vs, vs + len(value), 0.8))

    @staticmethod
    def _prescriptions(t: str, spans: list) -> None:
        """The medicines of a named person's prescription, one a line: an お薬手帳's Rp lines (Rp1 モンテルカスト錠10mg
        1日1回就寝前 28日分) and the lines under a medication label that ends its line (処方内容：⏎　アムロジピン錠5mg
        1日1回朝食後). Each line with a medicine and its dose or schedule is one fact."""
        found = []
        if "Rp" in t or "RP" in t:
            for m in _RP_LINE.finditer(t):
                value = m.group(1)
                if _RX_ITEM.search(value):
                    found.append((m.start(1), m.end(1), 0.8))
        for m in _RX_LABEL_EOL.finditer(t) if ":\n" in t or ": \n" in t else ():
            pos = m.end()
            for _ in range(12):
                n = _RX_NEXT.match(t, pos)
                if n is None or not _RX_ITEM.search(n.group(1)):
                    break
                found.append((n.start(1), n.end(1), 0.8))
                pos = n.end() + 1
        if found and _is_record(t):  # (a prescription of a named person, not a sample in a leaflet)
            spans.extend(found)

    @staticmethod
    def _answers(t: str, spans: list, value_terms, drug_value) -> None:
        """A 告知書/問診票 question answered on the next line: …異常を指摘されたことがありますか。⏎　はい → 2023年10月
        健康診断で血圧 148/96 mmHg、要精密検査 — the whole answer is the fact (a labelled answer, 病名：…, is
        reported on its fields)."""
        for m in _QA_NEXT.finditer(t):
            ls = t.rfind("\n", 0, m.start()) + 1
            if m.start() - ls > 120 or not _Q_LINE_END.search(t, ls, m.start()) or not _Q_MED.search(t, ls, m.start()):
                continue
            value = m.group(1).rstrip(" 　。")
            if not value or ":" in value or "：" in value or _NONE_VALUE.match(value):
                continue
            if value_terms.search(value) or drug_value.search(value):
                spans.append((m.start(1), m.start(1) + len(value), 0.85))

    @staticmethod
    def _details(t: str, spans: list, value_terms, drug_value) -> None:
        """A 告知書 question answered yes, with the details on a labelled line below it: …治療・投薬を受けたことが
        ありますか。（はい）・いいえ⏎詳細：高血圧症にて降圧剤服用中　2019年～　たかさき内科⏎クリニックに月1回通院 —
        the whole answer (a line wrapped without a new item or label goes on) is the fact."""
        if not _is_record(t):
            return  # (Q. 持病のある方も参加できますか。（はい）詳細：… — an FAQ, not a declaration)
        for m in _DETAIL.finditer(t):
            vs = m.start(1)
            # the question: on one of the three lines before, about health, not answered no
            qs = vs
            for _ in range(3):
                qs = t.rfind("\n", 0, max(0, qs - 1)) + 1
                if _Q_ASKED.search(t, qs, m.start()):
                    break
            else:
                continue
            q0 = t.rfind("\n", 0, max(0, qs - 1)) + 1  # (a question wraps: …医師の治療・投薬を受けた⏎ことがありますか)
            if not _Q_MED.search(t, q0, m.start()) or _ANSWER_NO.search(t, qs, m.start()):
                continue
            ve = t.find("\n", vs)
            ve = len(t) if ve < 0 else ve
            for _ in range(2):  # a wrapped line: no indent, item number, label or end of sentence before it
                if ve >= len(t) - 1 or t[ve - 1] in "。.)）" or ve - (t.rfind("\n", 0, ve) + 1) < 30 \
                        or not _WRAP_NEXT.match(t, ve + 1):  # (a short line is no wrapped one)
                    break
                nxt = t.find("\n", ve + 1)
                ve = len(t) if nxt < 0 else nxt
            value = t[vs:ve].rstrip(" 　。")
            if not value or _NONE_VALUE.match(value) or value.startswith(("なし", "特になし", "該当なし")):
                continue
            if value_terms.search(value) or drug_value.search(value):
                spans.append((vs, vs + len(value), 0.85))

    @staticmethod
    def _english(t: str, spans: list, value_terms) -> None:
        stmt, keys, creed = _en_patterns()
        for m in stmt.finditer(t):
            g = next(i for i in range(1, 9) if m.group(i) is not None)
            if _EN_HYPOTHESIS.search(t, max(0, m.start() - 12), m.start()):
                continue  # if you have diabetes, … / Do you have …?
            end = t.find("\n", m.end())
            if "?" in t[m.end():end if end >= 0 else len(t)][:40].split(".")[0]:
                continue
            spans.append((m.start(g), m.end(g), 0.8))
        for m in _EN_TREAT.finditer(t):
            subj = _EN_SUBJ.search(t, max(0, m.start() - 20), m.start())
            if subj:
                spans.append((subj.start(), m.end(), 0.8))
        if not _is_record(t):
            return
        for m in keys.finditer(t):
            key, vs = (m.group(1), m.start(2)) if m.group(1) else (m.group(3), m.start(4))
            value = (m.group(2) or m.group(4)).rstrip(" .,;")
            if not value or _NONE_VALUE.match(value) or _NONE_VALUE.match(value.lower()):
                continue
            key = key.lower()
            if key.startswith(("diet", "accessib")):
                if not creed.search(value):
                    continue
            elif not key.startswith(("religio", "medical", "disabilit", "criminal")) and not value_terms.search(value):
                continue  # health: good, injury: none — only a value naming a condition
            spans.append((vs, vs + len(value), 0.85))

    def _line(self, line, base, spans, pats, record, rules=lambda: False, named=lambda: False,
              checkup=lambda: False) -> None:
        phrase, labels, value_terms, generic, person, drug_value, vital, verdict = pats
        whole_labels = _whole_labels()
        covered: list[tuple[int, int]] = []
        for m in _label_matches(line, labels):
            if m.start() > 0 and _word_char(line[m.start() - 1]) and line[m.start() - 1] not in "■・●◆【＊*-":
                continue  # label inside a longer word
            kind = m.kind
            if (kind in ("drug", "allergy", "ctx") or m.word in _RECORD_ONLY) and not record():
                continue
            if "\t" in m.sep and _table_row(line, m.start()) and not m.word.endswith("自立度"):
                continue  # a header cell of a table, not a key-value pair (columns are read elsewhere)
            vs = m.end()
            ve = vs
            whole = kind == "allergy"  # 花粉症、造影剤で発疹 is one answer
            one = m.word in whole_labels  # 傷病名：心房細動（持続性）、うっ血性心不全疑い is one statement
            if not one and kind == "lab":  # 主治医意見：症状は寛解しつつあり、就労可能 — a sentence is one statement
                k = vs
                while k < len(line) and k - vs < 30 and line[k] not in "、。,\t|;；\n":
                    k += 1
                one = k < len(line) and line[k] == "、" and _HIRA3.search(line, vs, k) is not None
            close = _open_paren(line, m.start())  # （傷病名：適応障害）: the value ends at the bracket
            column = len(m.sep) >= 2 and not m.sep.strip()  # 胸部X線         右上肺野に結節影あり         E
            if line.startswith(("│", "┃"), vs):
                vs = ve = vs + 1  # 傷病名　│ 子宮筋腫 ┃: a box-drawn form's cell line
            while ve < len(line) and ve - vs < 60 and line[ve] not in "\t|;；\n\r│┃" and ve != close:
                if line[ve] in "、。," and ve - vs > 0 and not _in_paren(line, vs, ve) and not (whole and line[ve] != "。") \
                        and not (one and (line[ve] == "、" or line[ve] == "。" and m.word in _COMMENT_LABELS
                                          and _next_sentence(line, vs, ve))):
                    break
                if line[ve] in " 　" and ve > vs and (_NEXT_FIELD.match(line, ve) or (column or m.word in _COMMENT_LABELS)
                                                       and line.startswith("  ", ve)):
                    break  # 全身疾患：特記なし　　服薬：なし — the next field (or column) starts
                ve += 1
            if vs < len(line) and line[vs] in _BOX_CHARS:
                ve = _options_end(line, ve)  # ☑ケロイド体質　□糖尿病　☑てんかん: a row of options is one answer
            if one and ve - vs >= 60 and ve < len(line) and line[ve] not in "\t|;；\n\r、。,":
                k = ve  # 既往歴：…、変形性膝関節症: a long list ends at the end of its item, not inside it
                while k < len(line) and k - ve < 30 and line[k] not in "\t|;；\n\r、。, 　":
                    k += 1
                ve = k
            w = _WHOSE_PREFIX.match(line, vs, ve) if vs and line[vs - 1] in "】]" else None
            if w is not None:
                vs = w.end()  # 【前科・前歴】本人：平成26年に…: whose fact it is, then the fact
            value = line[vs:ve].strip(" 　・")
            if value.startswith(("欄", "項目", "の欄")):
                continue  # 「逮捕歴」欄, 「障害者手帳」欄は…: the field is named, not filled in
            if value.startswith(_EXAMPLE_VALUE):
                continue  # 主訴：例）生活費・住まい・就労・障害…: a template's example, not an answer
            rep = _REPORTED.search(value) if one else None
            if rep is not None and rep.start() > 0:
                value = value[:rep.start()].rstrip(" 　、,")  # 告知事項　…現在も服薬中とのことで、…: what was reported
            if not value:
                continue
            vs = line.index(value, vs)
            ve = vs + len(value)
            value = value.rstrip("。")
            if value.endswith("で") and len(value) > 2 and line[vs + len(value):vs + len(value) + 1] in "、," \
                    and _word_char(value[-2]):
                value = value[:-1]  # ひどい物忘れ：認知症による短期記憶障害が顕著で、…: the conjunctive で is no part of it
            ve = vs + len(value)
            if m.word in _RESULT_LABELS and _NORMAL_RESULT.fullmatch(value) and checkup():
                spans.append((base + vs, base + ve, 0.75))  # 胸部X線 所見：異常なし in a health-check result: a result
                covered.append((m.start(), ve))
                continue
            if _NONE_VALUE.match(value) or _blank(value) or ("・" in value or "/" in value) and _choices(value) \
                    or _COUNT_VALUE.match(value):
                continue
            if one and "、" in value and all(_NONE_VALUE.match(v.strip(" 　")) for v in value.split("、")):
                continue  # 既往歴：なし、特記事項なし
            if _DEFINITION.search(line, vs, _sentence_end(line, ve)):
                continue  # a glossary (人種：人種、世系又は…を広く意味する。病歴：病気に罹患した経歴。)
            ticks = list(_TICKED.finditer(value)) if "□" in value or "☐" in value or (
                value.count("■") + value.count("☑") + value.count("☒") >= 2) else ()
            if ticks:  # □なし　■あり（高血圧）: the ticked option is the answer
                if len(ticks) > 1:  # ☑食物（そば）　□薬　☑その他（スギ花粉）, ☑ケロイド体質 □糖尿病 ☑てんかん: each ticked one
                    for t2 in ticks[1:]:
                        a, b = _option_value(t2)
                        if not _NONE_VALUE.match(value[a:b]) and value[a:b] not in _YES_WORDS:
                            spans.append((base + vs + a, base + vs + b, 0.85))
                a, b = _option_value(ticks[0])
                vs, ve = vs + a, vs + b
                value = line[vs:ve]
                if _NONE_VALUE.match(value) or _blank(value):
                    continue
            level = _CARE_LEVEL.match(value)
            if level:  # 要介護状態区分　要介護２（変更後：申請中）　区分支給限度基準額…: the level is the fact
                ve = vs + level.end()
                value = value[:level.end()]
            grade = _GRADE.match(value) if m.word in _GRADE_LABELS else None
            if grade and grade.group(2):  # 障害程度等級　2級（医師意見）: the grade is the fact, not its source
                ve = vs + grade.end(1)
                value = value[:grade.end(1)]
            yes = _YES_PAREN.match(value)
            if yes:  # あり（糖尿病）: the condition is the fact
                vs, ve = vs + yes.start(1), vs + yes.end(1)
                value = yes.group(1)
                if _NONE_VALUE.match(value):
                    continue
            marked = _SEP_MARK.search(m.sep) is not None or "→" in m.sep or "⇒" in m.sep or bool(ticks)
            lf = _LABEL_FIRST.match(value) if value[0].isascii() else None
            if lf:  # 既往歴 Past illnesses: てんかん — a bilingual label: the value follows the English one
                if m.word in _TERM_ONLY:
                    continue  # (症状 Symptoms: 発熱 — the complaint of the visit)
                vs += lf.end()
                value = value[lf.end():].lstrip(" 　")
                vs = ve - len(value)
                if not value:
                    continue
            if m.word in _DISABILITY_LABELS and _IT_FAILURE.search(value):
                continue  # 障害名：メールサーバ停止 — an IT incident report's failure, not a disability
            if kind == "lab" or kind == "ctx":
                if m.word.endswith("自立度") or m.word == "寝たきり度":
                    rank = _AUTONOMY_RANK.match(value)  # 認知症高齢者の日常生活自立度　Ⅱa, 障害高齢者の…　B2
                    if rank is None:
                        continue
                    ve = vs + rank.end()
                    value = value[:rank.end()]
                elif not ((marked and m.word not in _TERM_ONLY) or value_terms.search(value) or grade
                        or m.word in _DISABILITY_LABELS and _DISABILITY_VALUE.search(value)):
                    continue  # (障害名　左下肢機能の著しい障害（左大腿切断）: the label names what its value is)
                score = 0.85
            elif kind == "drug":
                if not drug_value.search(value) or m.word in _PRESCRIPTION_LABELS and _dose_list(line, vs):
                    continue
                score = 0.85
            elif kind == "allergy":
                score = 0.85
                if "(" in m.sep or "（" in m.sep:  # 食物アレルギー（えび・かに）：弁当注文は不可 — the label is the fact
                    close = max(m.sep.rfind(")"), m.sep.rfind("）"))
                    vs, ve = m.start(), m.end() - len(m.sep) + close + 1
            else:
                if not (one and m.word in _STATE_LABELS) and _HIRA3.search(value) and self._any_statement(value, phrase):
                    continue  # a statement inside a free-text field: reported on the statement itself
                if any(v.group() not in _CATEGORY_WORDS for v in value_terms.finditer(value)) or (
                        "有無" in m.word and _HAS_VALUE.match(value) and len(value) <= 20):
                    # (備考：履歴書の本人希望欄（持病）については…共有済み: a word for the category names no condition)
                    score = 0.75
                else:
                    continue
            items = _numbered_items(line, vs, ve)
            if items:  # 傷病名: (1)子宮筋腫 (2)鉄欠乏性貧血 — each numbered item is one fact, without its number
                spans.extend((base + a, base + b, score) for a, b in items)
            else:
                spans.append((base + vs, base + ve, score))
            if score >= 0.85 and kind != "allergy" and not yes and not one and m.word not in _CARE_ITEM_LABELS:
                ve = self._list_items(line, ve, base, spans, score)
            covered.append((m.start(), ve))
        if "か" in line:
            self._questions(line, base, spans, covered, value_terms, drug_value)
        if ("要介護" in line or "要支援" in line) and record():
            for m in _CARE_LEVEL.finditer(line):
                if any(a <= m.start() < b for a, b in covered):
                    continue
                s0, e0 = m.start(), m.end()
                if s0 > 0 and line[s0 - 1] in "(（" and line[e0:e0 + 1] in ")）":
                    st = _termsets()[0].start(line, s0 - 1)  # アルツハイマー型認知症（要介護3）: the condition with it
                    if st >= 0:
                        s0, e0 = _extend_back(line, st), e0 + 1
                spans.append((base + s0, base + e0, 0.75))
        if "指導表" in line and record():
            for m in _SHEET.finditer(line):
                value = m.group(1).rstrip(" ")
                if _SHEET_VALUE.search(value):
                    spans.append((base + m.start(1), base + m.start(1) + len(value), 0.85))
        if "ギー" in line and "アレルギー" in line and record():
            # a table cell that is an allergy (卵・乳アレルギー（エピペン所持）) in a register of people
            for m in _ALLERGY_CELL.finditer(line):
                if m.group(2) or m.group(1) not in _ALLERGY_GENERIC:
                    if not any(a <= m.start(1) < b for a, b in covered):
                        spans.append((base + m.start(1), base + m.end(), 0.8))
        covered.sort()
        covered_starts = [c[0] for c in covered]
        readings: list[tuple[int, int, float]] = []
        ctx = (line, base, spans, covered, covered_starts, generic, person, record, rules, vital, readings, checkup, named)
        legend = None
        for i in _phrases_for(line):  # (a pattern none of whose first characters occurs cannot match)
            rx, score, weak = phrase[i]
            for m in rx.finditer(line):
                if rx is verdict:
                    if line[m.start() - 1:m.start()] == "「" and line[m.end():m.end() + 1] == "」":
                        continue  # 健康診断の「要精密検査」は放置しないで: the term, not someone's result
                    if legend is None:
                        legend = _GRADE_LEGEND.search(line) is not None
                    if legend:
                        continue  # 判定区分: A 異常なし / B 要経過観察 / C 要精密検査: the grades' legend
                st = _extend_back(line, m.start())
                if rx is verdict and st > 0 and line[st - 1] in "、,":
                    st = _finding_before(line, st - 1, value_terms)
                _emit(ctx, st, m.end(), score, weak, rx)
        # readings listed in one clause are one result: HbA1c {8.9%、空腹時血糖 182 mg/dL}
        readings.sort()
        for (s0, e0, sc0), (s1, e1, sc1) in zip(readings, readings[1:]):
            if _READING_GAP.fullmatch(line, e0, s1):
                spans.append((base + s0, base + e1, max(sc0, sc1)))
                v = _THEN_VERDICT.match(line, e1)  # … with the verdict closing the list: 182 mg/dL、判定 D1（要医療）
                end = next((b for a, b, _ in spans if a == base + v.end()), None) if v else None
                if end is not None:
                    spans.append((base + s0, end, sc1))
        for s, e in _predicated(line):
            _emit(ctx, s, e, 0.8, False, None)
        for s, e, score, weak, rx in _more_statements(line):
            if weak is None:  # about someone only in a personal record, a text naming a person or a sentence with one
                ls = line.rfind("\n", 0, s) + 1
                lo, hi = max(ls, s - 30), e + 30
                if not (record() or named() or _PERSON_NEAR.search(line, lo, hi)
                        or any(m.group(1)[-1] not in _NOT_NAME_END for m in _NAMED.finditer(line, lo, hi))):
                    continue
                weak = False
            _emit(ctx, s, e, score, weak, rx)
        if "不自由" in line:
            for m in _UNFREE.finditer(line):  # 耳が不自由なので: found from 不自由, then the body part before it
                b = _UNFREE_PART.search(line, max(0, m.start() - 8), m.start())
                if b:
                    _emit(ctx, b.start(), m.end(), 0.75, False, None)
        if "むく" in line or "痛" in line or "しびれ" in line or "痺れ" in line or "腫れ" in line or "浮腫" in line:
            for m in _SYMPTOM.finditer(line):  # 足がむくんで重い, 頸部痛あり: a symptom someone has
                _emit(ctx, m.start(), m.end(), 0.6, False, None)
        for m in _WHO.finditer(line):  # 子どもがアトピー性皮膚炎で、使用後に肌が赤くなった
            span = _who_condition(line, m)
            if span:
                _emit(ctx, span[0], span[1], 0.75, False, _WHO)
        if "麻痺" in line or "まひ" in line or "マヒ" in line:
            for m in _PARALYSIS.finditer(line):  # 左手に麻痺がある: found from 麻痺, then the body part before it
                b = _BODY_PART.search(line, max(0, m.start() - 6), m.start())
                if b:
                    _emit(ctx, b.start(), m.end(), 0.8, False, None)

    @staticmethod
    def _any_statement(value: str, phrase) -> bool:
        return _any_phrase(value, phrase) or next(iter(_predicated(value)), None) is not None

    @staticmethod
    def _questions(line, base, spans, covered, value_terms, drug_value) -> None:
        """問診票 questions answered on the same line: □現在治療中の病気はありますか → はい（甲状腺機能低下症）."""
        for m in _Q_END.finditer(line):
            ls = line.rfind("\n", 0, m.start()) + 1
            if m.start() - ls > 40 or not _Q_MED.search(line, ls, m.start()):
                continue
            vs = m.end()
            ve = line.find("\n", vs)
            ve = len(line) if ve < 0 else ve
            value = line[vs:ve].rstrip(" 。")
            if not value or _NONE_VALUE.match(value) or value.startswith(("いいえ", "なし", "ない", "無")):
                continue
            yes = _YES_PAREN.match(value)
            if yes:
                s, e = vs + yes.start(1), vs + yes.end(1)
            elif value_terms.search(value) or drug_value.search(value):
                s, e = vs, vs + len(value)
            else:
                continue
            spans.append((base + s, base + e, 0.85))
            covered.append((ls, ve))

    @staticmethod
    def _list_items(line: str, ve: int, base: int, spans: list, score: float) -> int:
        """Further items of a labelled list (既往歴：2型糖尿病、高血圧症): each reported like the first."""
        csv = None
        for _ in range(8):
            if ve >= len(line) or line[ve] not in "、,，":
                break
            if line[ve] == ",":
                if csv is None:  # (a CSV row's next cell is no item of the list: 3級（双極性障害）,2021/02/16,1,…)
                    csv = line.count(",") >= 4 and "、" not in line
                if csv:
                    break
            vs = ve + 1
            ve = vs
            while ve < len(line) and ve - vs < 40 and line[ve] not in "\t|;；\n\r、,，。":
                ve += 1
            value = line[vs:ve].strip(" 　・")
            if not value or _NONE_VALUE.match(value) or len(value) > 30 or _HIRA3.search(_PAREN.sub("", value)) or (
                    _NUMBER_ITEM.fullmatch(_PAREN.sub("", value))):
                break  # (…服用中だが飲み忘れが多く、久美子さんが朝夕に手渡ししている: a further clause, no item; 2021/02/16)
            s0 = line.index(value, vs)
            spans.append((base + s0, base + s0 + len(value), score))
        return ve


# a share after a word (頭痛 21%、腹痛 17%; 死因：病死 61.9%、自殺 10.7%): a statistic, not a rate a test measured
# (体脂肪率 28%, HbA1c 8.4% stay readings)
_SHARE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff](?<!率)[ ]?[0-9]+(?:\.[0-9]+)?[ ]?[%％]")
# care levels as a scale, not someone's level: 要支援１・２　要介護１・２・３, 要支援1～要介護5, 要支援1 5,032単位
_LEVEL_SCALE = re.compile(r"(?:要介護|要支援)[ ]?[0-9](?:[ ]?[・～〜~][ ]?(?:要介護|要支援)?[0-9]|[ ]?[0-9,]{3,}[ ]?単位)")
# a kind of people after the fact (知的障害のある人に交付される, 要支援1～要介護5の認定を受けている方): no one in particular
# (…当院通院中の方です, …の方。: the patient a letter is about)
_KIND_AFTER = re.compile(r"(?:の|が|を)?(?:ある|持つ|受けている|受けた|お持ちの|した|している|していた)?(?:人|方|者)"
                         r"(?:は|が|に|へ|を|で(?!す)|も|の|、|\n|$)")
# a blank of a template or phrasebook near the statement (（＿＿）のアレルギーがあります, I am pregnant (＿＿ weeks));
# (not 〇〇, which also masks a real name: 新宗教団体「〇〇会」の信者)
_BLANK = re.compile(r"＿|__")
# a range of grades (1級から3級までの等級がある): the scale, not anyone's grade
_GRADE_RANGE = re.compile(r"[0-9０-９一二三四五六七]級(?:から|～|〜|~|－|-)[0-9０-９一二三四五六七]級")


# a definition's ending (…再び検挙された者をいう。; …罹患していた病気・けが。)
# the ranks of the care-need assessment's two autonomy scales (障害高齢者 J1…C2, 認知症高齢者 Ⅰ…M)
_AUTONOMY_RANK = re.compile(r"(?:[JABC][12]|(?:[ⅠⅡⅢⅣ]|IV|I{1,3})[ab]?|M)(?![A-Za-z0-9])")
# (not …とのこと。, what someone reported)
_DEFINED = re.compile(r"[^。\n]{0,30}?(?:をいう|をいいます|を指す|を指します|(?<!と)のことをいう|(?<!と)のことです|(?<!と)のこと)。")
_GENERIC_ILLNESS = ("病気・けが", "病気やけが", "病気・ケガ", "病気", "けが", "ケガ", "傷病", "疾病", "疾患")
# a law article cited in the label before the statement (要介護認定（介護保険法第27条）：申請→…): an explanation
_LAW_LABEL = re.compile(r"[(（][^()（）\n]{0,14}(?:法|令|規則)第?[0-9]+条[^()（）\n]{0,8}[)）][ ]?[：:][ ]?$")
_SERVICE_AFTER = re.compile(r"支援|相談窓口|窓口|センター|対策|制度|専門|向け")
_SCHEDULE_BEFORE = re.compile(r"別表[0-9]+[ ]?$")


def _no_ones_fact(t: str, s: int, e: int) -> bool:
    """A span that states no one's fact after all: a statistic, a care-level scale, a kind of people, a definition,
    an article of a law or of an insurance's schedule, the category itself (要配慮個人情報フラグ（犯罪歴・病歴等）)."""
    if _SHARE.search(t, s, min(len(t), e + 8)) is not None:
        return True
    if ("要" in t[s:e]) and _LEVEL_SCALE.search(t, s, min(len(t), e + 12)) is not None:
        return True
    if _KIND_AFTER.match(t, e) is not None and t[e:e + 1] in "のがをあ持受お人方者し":
        return True
    if _BLANK.search(t, max(0, s - 6), min(len(t), e + 2)) is not None or _GRADE_RANGE.search(t, s, e) is not None:
        return True  # a template's blank, a scale's range
    if _DEFINED.match(t, e) is not None or (
            t.endswith(_GENERIC_ILLNESS, s, e) and t[e:e + 1] == "。" and "\u3041" <= t[e - 6:e].lstrip("・")[:1] <= "\u3096"):
        return True
    if t.startswith("別表", s) or (e < len(t) and t[e] in "費代") or _SERVICE_AFTER.match(t, e) is not None:
        return True  # 別表2 精神障害を原因とする入院; 医療費（持病の治療費など）; 犯罪被害者支援
    ls = t.rfind("\n", 0, s) + 1
    if _LAW_LABEL.search(t, max(ls, s - 40), s) is not None or _SCHEDULE_BEFORE.search(t, max(ls, s - 8), s) is not None:
        return True
    return "要配慮" in t[max(ls, s - 16):s]


@lru_cache(maxsize=1)
def _whole_labels() -> frozenset[str]:
    return frozenset(_words("label_whole"))


# what the school's management sheet says: a class of exercise (管理区分Ｄ（中等度の運動まで可）), not its paperwork (提出済)
_SHEET_VALUE = re.compile(r"(?:管理|指導)?区分 ?[A-EＡ-Ｅ]|(?<![A-Za-z])[A-E](?:区分|可|禁|[ (（])|運動|禁止|制限|不可")
# the class of the school's management sheet (学校生活管理指導表：管理区分Ｄ（中等度の運動まで可）) — found from 指導表, a
# word too rare for a label (a label ending in 表, like 代表, would be tried in every business table)
_SHEET = re.compile(r"管理指導表(?:[(（][^)）\n]{0,12}[)）])?[ \t]*[:：][ \t]*([^\n\t|。]{1,60})")
# labels whose value is a disability, and what such a value names (a function lost or impaired, a limb amputated)
_DISABILITY_LABELS = frozenset(("障害名", "障害の種類", "障がいの種類", "障害の内容", "障害の状態", "障害の程度"))
_IT_FAILURE = re.compile(r"サーバ|システム|ネットワーク|回線|通信|アプリ|データベース|DB|ログイン|メール|停止|遅延|接続|"
                         r"復旧|エラー|バッチ|API|ストレージ|ディスク|プリンタ|端末|クラウド|VPN|Wi-?Fi|障害対応")
_DISABILITY_VALUE = re.compile(r"障害|障がい|機能|切断|欠損|全廃|喪失|不自由|麻痺|まひ|失調|難聴|盲|ろう")


# a further field on the same line after two spaces: 特記なし　　服薬：なし
_PAREN = re.compile(r"[(（][^()（）]*[)）]")
_CATEGORY_WORDS = frozenset(("持病", "病気", "疾病", "傷病", "私病", "病歴", "既往症", "病名", "疾患", "症状", "急病", "看病", "仮病"))
_NEXT_FIELD = re.compile(r"[ 　]{2,}[^ 　:：、。]{1,8}[:：]|[ 　](?![0-9０-９])[^ 　:：、。()（）0-9]{2,8}[:：](?![0-9])"
                         # (a date's field, whatever follows its colon: 右中大脳動脈領域脳梗塞　発症日：2024/10/12)
                         r"|[ 　](?![0-9０-９])[^ 　:：、。()（）0-9]{1,6}(?:日|年月日|日時)[:：]"
                         # (a health check's next item, written without a colon: 胸部X線 異常なし　総合判定 A)
                         r"|[ 　]+(?:総合判定|判定|血圧|尿検査|尿蛋白|尿糖|胸部X線|心電図|眼底|聴力|視力|身長|体重|腹囲|BMI|"
                         r"貧血検査|肝機能|脂質|血糖)(?=[ 　:：])")
_CHOICE_SPLIT = re.compile(r"[ 　]*[・／/|｜][ 　]*")
_CHOICE_NUM = re.compile(r"[0-9０-９一二三四五六七]+")


def _choices(value: str) -> bool:
    """The options of a blank form (要介護１ ・ 要介護２ ・ … ・ 要介護５, 1級／2級／3級): three or more items that
    differ only in their number, none ticked."""
    items = _CHOICE_SPLIT.split(value)
    if len(items) < 3 or any(c in value for c in "■☑✓✔☒●◉"):
        return False
    shapes = {_CHOICE_NUM.sub("#", it) for it in items}
    return len(shapes) == 1 and "#" in next(iter(shapes))


# a disability grade field and its value (2級, 1種2級, A1, 区分4), with a note on its source that is no part of it
_GRADE_LABELS = frozenset(("障害等級", "障害程度等級", "障害の程度等級", "手帳等級", "障害の程度", "障害支援区分"))
_GRADE = re.compile(r"((?:第)?[1-7一二三四五六七](?:種)?[1-7一二三四五六七]?級|[AB][12]?|区分 ?[1-6])"
                    r"(?:[ 　]*[(（](?:([^)）\n]{0,10}(?:医師|意見|申請|予定|見込|診断書|認定|更新)[^)）\n]{0,10})|[^)）\n]{1,12})[)）])?$")
# a care level stated in a personal record (（○は要介護２）, 要介護3の母): not an option of a list (要介護１ ・ 要介護２),
# a range (要介護1～5) or a threshold (要介護3以上の方)
_CARE_LEVEL = re.compile(
    r"(?<![・／/～〜~\-－ 　][ 　])(?<![・／/～〜~\-－0-9])要(?:介護|支援) ?[1-5](?![0-9]|[ 　]*[・／/～〜~\-－]|[ 　]*(?:以上|以下|未満|の方|の人|から|まで|相当|程度|と(?:は|なる|なった場合)|向け|対象))"
)
def _option_value(m) -> tuple[int, int]:
    """(start, end) in the value of a ticked option `m`, or of what its brackets hold after a short category name
    (☑その他（スギ花粉）)."""
    a, b = m.start(1), m.end(1)
    k = _OPTION_GAP.search(m.group(1))
    if k:  # ■あり（高血圧）　服薬 なし: the next field starts after the gap
        b = a + k.start()
    o = _OPTION_PAREN.fullmatch(m.string, a, b)
    return (o.start(1), o.end(1)) if o else (a, b)


_OPTION_GAP = re.compile(r"[ 　](?![(（ 　])")
_OPTION_PAREN = re.compile(r"[^()（）\s]{1,4}[(（]([^()（）]+)[)）]")
_TICKED = re.compile(r"[■☑✓✔☒][ \t]*([^□☐■☑✓✔☒]*[^□☐■☑✓✔☒ \t])")
_UNFILLED = re.compile(r"[\s_＿()（）\[\]［］/／・:：.…]*")


def _blank(value: str) -> bool:
    """An unfilled form field: only underscores and empty brackets, or options none of which is ticked
    (□なし　□あり（　　　）)."""
    if _UNFILLED.fullmatch(value):
        return True
    return ("□" in value or "☐" in value or "○" in value) and not any(c in value for c in "■☑✓✔☒●◉")


# a prescription field (現在の処方：アムロジピン5mg 1T、メトホルミン500mg 2T) listing several dosed medicines is the
# treatment ordered, which annotators leave unlabelled; one medicine (処方：アピキサバン 5mg 2T分2 ほか) is a fact
_PRESCRIPTION_LABELS = frozenset(("処方", "処方内容"))
_DOSE_ITEM = re.compile(r"[0-9](?:mg|μg|g|mL|ml|錠|T|単位)")


def _dose_list(line: str, vs: int) -> bool:
    """Does the field value at `vs` list two or more items with a dose each, with 、 or , (a prescription list)?"""
    ve = vs
    while ve < len(line) and line[ve] not in "\t|\n。":
        ve += 1
    items = [it for it in re.split(r"[、,，]", line[vs:ve]) if it.strip()]
    return len(items) >= 2 and sum(1 for it in items if _DOSE_ITEM.search(it)) >= 2


# the state of a person in care or a doctor's opinion: one statement, however it is worded
_STATE_LABELS = frozenset(("利用者の状態", "本人の状態", "入所者の状態", "入居者の状態", "患者の状態", "対象者の状態", "心身の状態",
                           "心身の状況", "身体状況", "身体の状況", "医師コメント", "医師のコメント", "医師からのコメント",
                           "判定医コメント", "所見コメント", "医師意見", "医師の意見"))
# result fields of a health check, and the normal results they hold (reported in a health-check result of a person)
_RESULT_LABELS = frozenset(("所見", "判定", "総合判定", "診断結果", "検査結果", "健診結果", "健康診断結果", "医師所見", "総合所見",
                            "医師の所見", "判定区分", "医師判定"))
_NORMAL_RESULT = re.compile(r"(?:異常なし|異常を認めず|異常を認めない|異常所見なし|所見なし|特記すべき異常なし|特記所見なし|正常|正常範囲内?|"
                            r"A|A判定|A ?[(（](?:異常なし|正常)[)）]|(?:異常なし|正常) ?[(（]A[)）])")
# weak labels too common in business text (a sales report's コメント：感染症対策商品が好調) to count outside a record
_RECORD_ONLY = frozenset(("コメント",))
# labels whose value is a doctor's comment of one or more sentences (医師所見：血圧高値。…受診を勧める)
_COMMENT_LABELS = frozenset(("医師所見", "総合所見", "医師の所見", "コメント", "DV", "DV被害", "被害状況", "医師コメント", "医師のコメント",
                             "医師からのコメント", "判定医コメント", "所見コメント", "医師意見", "医師の意見"))
# fields whose value counts only when it names a condition (症状：…股関節痛…, not 症状：出っ歯が気になる)
_TERM_ONLY = frozenset(("症状",))
# a label alone on its line, as a heading (3. 既往歴, 【就業区分】, ■ 所見): its value is on the next line
_HEADING = re.compile(r"[ \t]*(?:[0-9]{1,2}[.)][ \t]*|\([0-9]{1,2}\)[ \t]*|[■◆●・【\[<〔][ \t]*)?"
                      r"([^\s:：()（）【】\[\]<>〔〕]{2,16}?)[】\]>〕]?[ \t]*[:：]?[ \t]*")
_HEADING_LINE = re.compile(r"[ \t]*(?:[0-9]{1,2}[.)]|\([0-9]{1,2}\)|[■◆●【〔・*＊\-])")  # the next heading or item
_FIELD_LINE = re.compile(r"[ \t]*[^\s:：/|()（）]{1,10}[ \t]*(?:[:：/|\t])")  # the next field (受診日：…), not a value
_NOT_HEADING_END = frozenset("。、,.!?)")
# a legend of health-check grades: three grades or more, each with its meaning (A 異常なし / B 要経過観察 / C 要精密検査)
_GRADE_LEGEND = re.compile(r"(?:(?<![A-Za-z])[A-E][12]?[ :：]*(?:異常なし|軽度異常|要[^\s/・、,|]{1,6}|治療中)[^\n]{0,16}?){3}")
_NUMBER_ITEM = re.compile(r"[0-9０-９/.\-: ]*")  # a date or a count, no condition
_LABEL_FIRST = re.compile(r"[A-Za-z][A-Za-z ]{1,24}[:：]")


# a definition of the term, not a value: …を広く意味する, …をいう, …した経歴 (at the end of its sentence)
_DEFINITION = re.compile(r"(?:を(?:広く)?意味す(?:る|るもの)?|をいう|を指す|(?:した|された|を受けた)(?:経歴|事実))(?=。|$)")


_NUMBER_MARK = re.compile(r"[(（][0-9]{1,2}[)）]|[\u2460-\u2473]")


def _numbered_items(line: str, vs: int, ve: int) -> list[tuple[int, int]]:
    """The items of a value that numbers them ((1)子宮筋腫 (2)鉄欠乏性貧血, ①…②…): two or more, the first at the
    value's start; else []."""
    marks = list(_NUMBER_MARK.finditer(line, vs, ve))
    if len(marks) < 2 or marks[0].start() != vs:
        return []
    out = []
    for m, nxt in zip(marks, marks[1:] + [None]):
        a, b = m.end(), nxt.start() if nxt else ve
        while a < b and line[a] in " 　":
            a += 1
        while b > a and line[b - 1] in " 　、,;；。":
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _sentence_end(line: str, pos: int) -> int:
    k = line.find("。", pos)
    n = line.find("\n", pos)
    n = len(line) if n < 0 else n
    return n if k < 0 or k > n else k


def _next_sentence(line: str, vs: int, dot: int) -> bool:
    """Does a one-statement value (医師所見：血圧高値。胸部異常影について…を勧める) go on after the 。 at `dot`: a
    further sentence on the same line, no field label in it, and the whole within the value's 60 characters?"""
    k = dot + 1
    if k >= len(line) or line[k] in " 　\t|\n\r":
        return False
    end = k
    while end < len(line) and line[end] not in "。\t|\n\r":
        if line[end] in ":：":
            return False
        if line.startswith("  ", end):
            break  # コメント: …。透析導入の検討が必要  (中條) — a signature column follows
        end += 1
    return end - vs <= 60


def _table_row(line: str, pos: int) -> bool:
    """Is the line around `pos` a row of three or more tab-separated cells?"""
    ls = line.rfind("\n", 0, pos) + 1
    le = line.find("\n", pos)
    return line.count("\t", ls, len(line) if le < 0 else le) >= 2


def _items(t: str, s: int, e: int) -> list[tuple[int, int]]:
    """The items of a value listed with 、 or , (outside brackets), stripped."""
    out = []
    depth = 0
    i0 = s
    for i in range(s, e + 1):
        c = t[i] if i < e else "、"
        if c in "(（":
            depth += 1
        elif c in ")）":
            depth = max(0, depth - 1)
        elif c in "、,，" and depth == 0:
            a, b = i0, i
            while a < b and t[a] in " 　・":
                a += 1
            while b > a and t[b - 1] in " 　。":
                b -= 1
            if b > a:
                out.append((a, b))
            i0 = i + 1
    return out


# a cell of a CSV/TSV/pipe table holding only an allergy (its own cell: a header cell names no food or a category)
_ALLERGY_CELL = re.compile(
    r"(?:^|(?<=[,\t|]))[ \t]*([^\s,\t|:：。、\"()（）]{0,20}?)アレルギー([(（][^)）\n,\t|]{1,24}[)）])?[ \t]*(?=[,\t|\n]|$)",
    re.M)
_ALLERGY_GENERIC = frozenset(("", "食物", "薬物", "薬剤", "食品", "金属", "その他", "主な", "アレルギー"))
_HONORIFIC_END = re.compile(r"(?:様|さん|氏)$")


def _category(sentence: str, p) -> bool:
    """Is the person word `p` a category of people (社員, 患者, 患者様, 利用者さん), not a particular person?"""
    g = _HONORIFIC_END.sub("", p.group())
    if not g:  # a bare honorific: the word before it (患者|様)
        g = next((c for c in _CATEGORY_PERSONS if sentence.endswith(c, 0, p.start())), "")
    return g in _CATEGORY_PERSONS
_CATEGORY_NOUN = ("方は", "方が", "方も", "方へ", "方に", "方を", "方の", "方、", "人は", "人が", "人も", "人の", "患者")
_CATEGORY_PERSONS = frozenset("社員 従業員 職員 患者 利用者 応募者 申込者 契約者 被保険者 家族 子ども".split())


def _emit(ctx, s: int, e: int, score: float, weak: bool, rx) -> None:
    """Score a phrase from its sentence (statistics and notices lower it, a person raises a weak one) and keep it."""
    line, base, spans, covered, covered_starts, generic, person, record, rules, vital, readings, checkup, named = ctx
    i = bisect_right(covered_starts, s) - 1
    if i >= 0 and s < covered[i][1]:
        return
    if rx is not vital:
        e = _extend(line, e)
    nxt = line[e:e + 2]
    if nxt in ("たら", "れば", "ても", "場合") or line[e - 1] == "た" and nxt[:1] == "ら":
        return  # a hypothesis (…と診断されたら, …で休職しても), not a fact about someone
    if _ASKED_ABOUT.match(line, e):
        return  # …健康診断で異常を指摘されたことの有無: what a form asks about, not a fact
    if _CATEGORY_AFTER.match(line, e) is not None:
        return  # 透析中の末期腎不全患者では…: a kind of patient (a package insert, a protocol), no one in particular
    if line[e - 1:e] in "るたい" and line.startswith(_CATEGORY_NOUN, e):
        return  # a category of people (降圧剤を服用している方は, 透析を受けている患者): no one in particular
    s0, e0 = s, e
    if rx is not None and rx in _RECORD_ONLY_PATTERNS and not record():
        return  # (当院の実績：2023年に乳がん手術、120件: a clinic's figures)
    if rx is not vital and _enum_item(line, s, e):
        return  # one of a list of categories (病歴、障害、犯罪歴、信条、人種 等), not a fact about someone
    if rx is vital:
        d = _DIGIT.search(line, s, e)  # the reading is the fact (血圧 {148/86}), not its label (nor HbA{1c})
        if d:
            s = d.start()
        v = _READING_VERDICT.match(line, e)
        if v:  # HbA1c 8.4%（11/14）とコントロール不良が続いております: the doctor's judgement of it goes with it
            s = s0
            e = _clause_end(line, v.end(), 30)[0]
        elif not line.startswith(("血圧", "BP"), s0) and not checkup() and not _VERDICT_NEAR.search(
                line, max(line.rfind("\n", 0, s0) + 1, s0 - 40), min(len(line), e + 40)):
            return  # a lab value in a clinical note (前回HbA1c 7.8%) is no health-check result; a blood pressure is
    elif rx is None or rx.pattern not in _NO_CLAUSE:
        s, e = _clause(line, s, e)
    lo, hi = max(0, s - _CTX), min(len(line), e + _CTX)
    ls = line.rfind("\n", lo, s) + 1 or lo
    le = line.find("\n", e, hi)
    le = hi if le < 0 else le
    sent_s = max(line.rfind("。", ls, s) + 1, ls)
    k = line.rfind(":", sent_s, s)
    if k >= 0 and not (line[k - 1].isdigit() and line[k + 1].isdigit()):
        sent_s = k + 1  # a field label (特記事項:) is no part of the statement; a time (10:30) is
    sent_e = line.find("。", e, le)
    sent_e = sent_e if sent_e >= 0 else le
    cell = False
    for sep in ",\t":  # a cell of a CSV/TSV row is its own sentence (3割, 円 in another column say nothing of it)
        if line.count(sep, ls, le) >= 3:
            cell = True
            sent_s = max(sent_s, line.rfind(sep, ls, s) + 1)
            k = line.find(sep, e, sent_e)
            if k >= 0:
                sent_e = k
    q = line.rfind("「", sent_s, s)
    if q >= 0 and line.find("」", q, s) < 0:  # reported speech (相談者は「…保護観察処分を受けた」と話す) is its own sentence
        k = line.find("」", e, sent_e)
        if k >= 0:
            sent_s, sent_e = q + 1, k
    sentence = line[sent_s:sent_e]
    qm = _QUESTION.search(line, e, sent_e)
    if qm is not None and _QUESTION_BREAK.search(line, e, qm.start()) is None:
        return  # 現在、入院中または…をすすめられていますか　□はい ■いいえ: a question, not a fact (its answer may be)
    if (line.endswith(_RULE_ENDS, e, sent_e) or _RULE_END_GAP.search(line, e, sent_e)) and (
            _ENUM_LINE.match(line, ls) or rules()):
        return
    if _RULE_COND.search(line, e, sent_e) and (_ENUM_LINE.match(line, ls) or _RULE_SUBJECT.match(line, sent_s)) \
            and rules():
        return  # 従業員が業務外の傷病により欠勤が…を超えたときは、…休職を命ずる: a rule's condition  # a condition of a rule ((1) 業務外の傷病により欠勤が…を超えたとき, 刑事事件で起訴され…係属している間)
    sc = score
    # the statement's own words (罰金30万円の刑) do not make its sentence general; the words around it do
    g = generic.search(line, sent_s, max(sent_s, s0))
    general = g is not None and (g.group() != "とは" or g.end() not in (s, s0)
                                 or generic.search(line, g.end(), max(sent_s, s0)) is not None)
    # (はるとは小麦アレルギーある: a name and its topic marker right before the statement, not a definition)
    if not general:
        g = generic.search(line, min(max(e0, e), sent_e), sent_e)  # (nor do those of its clause: 80万円をだまし取られた)
        while g is not None and g.group() in _PLAN_GENERIC:  # …の取得申請を支援する方針: a plan for the person
            g = generic.search(line, g.end(), sent_e)
        if g is not None and _THEREFORE.search(line, e, g.start()) and (record() or named()):
            g = None  # …DV被害で配偶者から避難中のケースなので住所の取り扱い注意: what it calls for, about someone named
        if g is not None and (cell or record()) and "、" in line[e:g.start()]:
            # (a further item of a register's cell: 車椅子利用（脊髄損傷）、受付担当; a further clause of a personal
            # record: …があり、血糖管理と転倒予防を重点に支援します)
            g = None
        if g is not None and not (g.group() in _TOPIC_GENERIC and line[e - 1:e] == "た" and line[e:g.start()] == "こと"):
            # (…うつ病で3か月休職したことについても言及された: a past fact, not a topic)
            general = g.group() not in _TOPIC_GENERIC or "、" not in line[e0:g.start()] or any(
                g.group() not in _TOPIC_GENERIC for g in generic.finditer(line, g.end(), sent_e))
    if weak and general is False and line.startswith("中の", e - 1) and not line[sent_s:s].strip(" 　・-*") and (
            not line.startswith(("中の方で", "中の方。", "中の患者さんで", "中の患者様で"), e - 1)):  # …通院中の方です: someone
        return  # 入院中の離脱症状は軽度: a time (during the stay), not a statement about someone
    if general and not (rx is vital and record()):  # a reading in a chart is no statistic
        sc -= 0.4
    if weak or sc < 0.5:
        # in a general sentence (統計, 割合, の方は …) a category of people (社員, 患者) is no particular person
        if any(not (general and _category(sentence, p)) for p in person.finditer(sentence)) \
                or len(line[ls:le].strip()) <= 40 and not general:
            sc += 0.2
    if sc >= 0.5:
        spans.append((base + s, base + e, min(sc, 0.95)))
        if rx is vital:
            readings.append((s, e, min(sc, 0.95)))


# the reporting tail after a field's statement (…現在も服薬中とのことで、告知書を再提出いたします)
_REPORTED = re.compile(r"とのこと|との(?:申告|申し出|申出|お話|話|連絡|報告)|と(?:話して|言って|申告|聞いて|伺って)")
_BOX_CHARS = "☑■☐□☒"
def _options_end(line: str, ve: int) -> int:
    """The end of a row of tick-box options that starts before `ve` (each option runs to the next space)."""
    n = len(line)
    while True:
        j = ve
        while j < n and line[j] in " 　":
            j += 1
        if j >= n or line[j] not in _BOX_CHARS:
            return ve
        while j < n and line[j] not in " 　\n\t":
            j += 1
        ve = j


_EXAMPLE_VALUE = ("例)", "例）", "例:", "例：", "(例", "（例", "記入例", "e.g.", "例 ")
_CATEGORY_AFTER = re.compile(r"の[^。、\n]{0,12}?(?:患者|症例|被験者)(?:では|には|に対して|において|又は|または|等|など|は|へ|、|[ 　])")
# an allergy right after a person's name and honorific (an allergy sheet's row: 御手洗 千晶様　　甲殻類アレルギー（…）)
_ALLERGY_AFTER_NAME = re.compile(
    r"(?:様|さん)(?:[(（][0-9０-９]{1,3}歳[)）])?[ \t　]{0,12}"
    r"([\u4e00-\u9fff\u30a1-\u30fa\u30fc・]{1,10}?アレルギー(?:[(（][^)）\n]{1,40}[)）])?)")
_YES_WORDS = frozenset(("あり", "有", "有り", "はい", "yes", "Yes", "YES", "該当", "該当あり"))
_ASKED_ABOUT = re.compile(r"(?:こと)?の有無|ことが(?:ある|あります)(?:方|か)|ことのある方")
# a count, not a result (Ｂ判定 211件、Ｃ判定 3件; 要再検査 12名): statistics
_COUNT_VALUE = re.compile(r"[0-9][0-9,，]*[ \t]*(?:件|名|人|例|%|％)"
                          # … or only a pack size and numbers (点耳薬（抗菌）   15mL   1,120: a price list's columns)
                          r"|[0-9][0-9.]*[ \t]?(?:mL|ml|L|mg|g|kg|錠|個|本|包|枚|箱|袋|瓶|cc)(?:/[^\s]+)?[ \t0-9,]*$")
# a question about the statement (a form's 告知 question, an interviewer's): …ますか, …ですか？, …ありますか　□はい
# (a question in a later clause asks about something else: ペースメーカー入ってるんですけど …大丈夫ですか)
_QUESTION_BREAK = re.compile(r"[、,。 　]|けど|けれど|ので|(?:です|ます|だ)が")
_QUESTION = re.compile(r"(?:ます|です|ません|ました|でした|いる|ある|ない)か(?:[？?]|(?=[ \t　]*(?:[□■☐☑(（]|$)))|[？?][ \t　]*$")


_ENUM_SEP = "、・,"
_ENUM_OPEN = ":：。\n(（「【"
_ENUM_CLOSE = "。\n()（）」】"
_ENUM_END = re.compile(r"[ \t]*(?:等|など|などの)$")
_HIRA = re.compile(r"[\u3041-\u3096]")
_ENUM_SPLIT = re.compile(r"[、・,]")


def _enum_item(line: str, s: int, e: int) -> bool:
    """Is line[s:e] one bare item of a list of three or more category nouns (病歴、障害、犯罪歴、信条、人種 等)?"""
    prev = line[s - 1] if s > 0 else ""
    if prev not in _ENUM_SEP and line[e:e + 1] not in _ENUM_SEP:
        return False
    lo = max(line.rfind(c, max(0, s - 60), s) for c in _ENUM_OPEN) + 1
    hi = min((k for k in (line.find(c, e, e + 60) for c in _ENUM_CLOSE) if k >= 0), default=min(len(line), e + 60))
    items = _ENUM_SPLIT.split(_ENUM_END.sub("", line[lo:hi].strip(" \t")))
    if len(items) < 3:
        return False
    for it in items:
        it = it.strip(" \t").replace("障がい", "障害")
        if not it or len(it) > 8 or _HIRA.search(it):
            return False
    return True


# a rule text (就業規則, 規程, a contract's articles): its clauses describe conditions, not a person
_RULES = re.compile(r"第[0-9]{1,3}条[ \t]*[(（【]|次の各号|各号の|就業規則|規程|規則")
_RULES_KEY = ("special_care.rules",)
# an enumerated item of a list ((1), 1., ①, 一、)
_ENUM_LINE = re.compile(r"[ \t]*(?:[(（][0-9一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.)．]|[\u2460-\u2473]|[一二三四五六七八九十]{1,2}[、.．]|第[0-9]{1,2}号)")
# a sentence that ends in a condition (…と認められるとき, …係属している間, …に処せられた者) states no fact
_RULE_ENDS = ("とき", "とき。", "場合", "場合。", "間", "間。", "者", "者。", "ときは", "場合は")
# … or a condition followed by the next column of a rules table (…療養を要するとき  勤続3年未満 3か月)
_RULE_END_GAP = re.compile(r"(?:とき|場合|間|者)は?。?(?:[ \t\u3000]{2,}|\t)")


# …のときは、 / …の場合には、: a condition clause, and a rule's subject (従業員が …) at the start of its sentence
_RULE_COND = re.compile(r"(?:とき|場合)(?:は|には)?[、,]")
_RULE_SUBJECT = re.compile(r"[ \t\u3000]*(?:従業員|社員|職員|労働者|会員|組合員|利用者|契約者|被保険者)(?:が|は)")


def _is_rules(t: str) -> bool:
    return _memo(t, _RULES_KEY, lambda: _RULES.search(t) is not None)


_TOPIC_GENERIC = frozenset(("について", "とは"))
_THEREFORE = re.compile(r"ので|ため[、,に]?|から[、,]")
_PLAN_GENERIC = frozenset(("方針",))  # general before a statement (当社の方針), not after it (…を支援する方針)
# a health-check verdict near a lab value (HbA1c 7.9%、…、判定 D1（要医療）) makes it a result
_THEN_VERDICT = re.compile(r"[ \t]*[、,][ \t]*(?:総合)?判定[ \t]*[:：]?[ \t]*")
_VERDICT_NEAR = re.compile(r"判定|要(?:医療|治療|精密検査|精検|再検査|経過観察|受診|指導)|高値|異常|所見")
_READING_VERDICT = re.compile(r"(?:[ \t]*[(（][^)）\n]{1,12}[)）])?と(?:コントロール不良|高値|上昇|悪化|増悪|異常高値)")
_DIGIT = re.compile(r"(?<![A-Za-z0-9.])[0-9]|(?<=BP)[0-9]")  # BP148/76 in a chart: the reading after the label
_READING_GAP = re.compile(r"[ \t]*[、,，][ \t]*[^0-9、。,\n]{0,10}")
_NO_CLAUSE: set[str] = set()
_RECORD_ONLY_PATTERNS: set = set()  # phrase patterns that count only in a personal record (filled by _patterns)  # patterns whose match is the whole fact (a health-check verdict), filled by _patterns
# Clause extension of a prose statement (annotators label the whole predicate clause):
#   ご本人は{10月中旬に脳梗塞を発症し、現在も市立病院に入院してリハビリ中}とのこと
_CL_STOP = set("。\n\t|「」『』【】\"'()[]<>;→⇒")
_CL_TAIL = re.compile(
    r"です|でした|でございま|(?<=[るたい])ん(?:です|だ|で)|(?<=[るたいだ])と(?![しもな])|のため|ので|のこと|とのこと|との(?:申告|申し出|申出|話|連絡|診断書|意見|報告|記載|相談|こと)|と(?:話|言|聞|申|伺|記載|報告|相談|の)|旨|"
    r"こと(?!にな)|ため|ので|けど|けれど|ものの|ところ|という|ようです|そうです|そうで(?=[、,])|らしい|[がけ]、|から[、。]|ため"
)
# what a further clause of the same statement is about (treatment, course, injury, outcome of an offence)
_CL_CONT = re.compile(
    r"入院|通院|リハビリ|治療|療法|療養|加療|休養|静養|使用中|吸入|注射|点滴|頓用|投与|処方|就労可|復職可|就業可|勤務可|就労不可|復職不可|診断|全治|指示|勾留|拘留|服役|寛解|休業|休職|搬送|手帳|麻痺|後遺症|併用|筆談|"
    r"補聴器|手術|骨折|打撲|捻挫|負傷|取られ|奪われ|判決|処分|保護命令|経過観察|服薬|投薬|通所|介助|介護|車椅子|車いす|"
    r"透析|発作|再発|悪化|完治|回復|退院|安静|欠勤|休学|不登校|断酒|依存|服用|内服|重傷|軽傷|重体|怪我|けが|入所|避難|"
    r"心療内科|精神科|通って|通い|読み上げ|点字|白杖|手話|盲導犬|介助犬|徘徊|面接指導|受診|術を受け|指摘|"
    r"通級|特別支援|支援学級|支援級|輸血|増悪|進行|同じ話|同じこと|同じ質問|何度も|繰り返"
)
# a cause connective (…のため, …により) and what it caused when that is itself a medical or care fact
_CL_CAUSE = ("のため", "ため", "により", "による", "に伴い", "に伴って")
_CL_CONSEQ = re.compile(
    r"入院|通院|療養|休養|リハビリ|透析|服薬管理|服用|内服|介助|介護|見守り|物忘れ|見当識|徘徊|せん妄|障害が|麻痺|歩行|"
    r"読み上げ|拡大読書器|拡大鏡|ルーペ|歩行器|点字|白杖|手話|筆談|補聴器|車椅子|車いす|杖|装具|失禁|不登校|食事制限|運動制限|治療|"
    r"注射|血糖測定|血糖値の測定|血糖値測定|吸入|点滴|服薬|"
    # how someone with a sensory disability must be reached: 聴覚障害があるため連絡はメールのみ希望
    r"メールのみ|メールで|FAX|ファクス|文字で|字幕"
)
# an ID (E20101) or a clock time (18:20) before a space: no part of the statement after it
_CODE_BEFORE = re.compile(r"(?:(?<![A-Za-z0-9])[A-Za-z]+[0-9]+|(?<![0-9:])[0-9]{1,2}:[0-9]{2}"
                          r"|(?<![0-9〜～~\-－/])[0-9]{2,4}/[0-9]{1,2}/[0-9]{1,2})$")  # (2024/04/05 うつ病で…: a log's date)
_CONJ = re.compile(r"[ずくて](?=[\u4e00-\u9fff\u30a1-\u30fa])")  # a conjunctive form before a noun (起きられず高校は)
_CL_TIME = re.compile(
    r"(?:[0-9]{1,4}(?:年度?|月|日|歳|代)|上旬|中旬|下旬|頃|ごろ|前半|後半|末|昨年|去年|一昨年|今年|先月|今月|来月|先週|今週|来週|"
    r"先日|昨日|今朝|現在|以前|過去|最近|当時|令和|平成|昭和|元|から|まで|に|、| )+"
)
# a clause before the comma telling how the condition came about (10月30日に自宅で転倒され、右大腿骨頸部骨折で入院):
# one statement with it
_CL_EVENT = re.compile(r"(?:転倒|転落|倒れ|発症|受傷|救急搬送|搬送|発作を起こ|事故に遭)(?:され|し|して|て|で|い)?$")
# … or the symptoms that led to it (最近は気分の落ち込みが強く、精神科への通院を再開した)
_CL_SYMPTOM = re.compile(r"(?:落ち込み|抑うつ|不眠|眠れ|食欲|痛み|しびれ|めまい|動悸|不安感?|気分|症状|発作|物忘れ|幻聴|妄想)"
                         r"[^、。,]{0,8}?(?:が|も)?(?:強く|ひどく|続き|続いて|悪化し|出て|なく|増え|強まり|目立ち)$")
_NEED = re.compile(r"(?:の)?ため[、,]?[^。\n、,]{0,12}?(?:介助|介護|付き添い|付添い?|補助|誘導)(?:が|を)?(?:要する|要|必要)(?=[。\n]|$)")
_CL_VERB = set("受続行残至出言思見来入移始終決控起再開")
_CL_TOPIC_TIME = ("現在", "今", "今後", "以後", "以降", "当面", "現状", "当時", "その後", "今回", "後")  # 復員後は


def _is_topic(line: str, i: int) -> bool:
    """Is line[i] (は, が, も) a topic or subject marker after a noun (母が, 松尾は, 翔太(22)が, さんは)?"""
    p = line[i - 1] if i > 0 else ""
    if not p or p in "、,":
        return False
    return line[i] != "も" or not ("\u3041" <= p <= "\u3096") or p == "ん"


_DISCOURSE = ("ちなみに、", "ちなみに", "なお、", "また、", "実は、", "実は", "ところで、", "ところで")
_AGE_NOTE = re.compile(r"[(（][0-9０-９]{1,3}(?:歳|才)?[)）]")


def _label_before(line: str, k: int) -> bool:
    """Is line[:k] from its line start a form's field label (2 to 12 characters, no kana particle or punctuation)?"""
    ls = line.rfind("\n", 0, k) + 1
    return 2 <= k - ls <= 12 and _LABEL_LIKE.fullmatch(line, ls, k) is not None


_LABEL_LIKE = re.compile(rf"[{_K}{_KATA}・()]+")


def _clause(line: str, s: int, e: int) -> tuple[int, int]:
    """Extend a prose statement over its clause: back to the topic/subject or clause start (keeping a time
    phrase: 昨年から, 10月中旬に, 来月、), forward to the end of its predicate and of following clauses about
    the same fact (…を発症し、現在も入院してリハビリ中), stopping before a reporting tail (とのこと, ため, と話す)."""
    # backward
    lo = max(0, s - 40)
    i = s
    while i > lo:
        c = line[i - 1]
        if c in ")）" and i <= s and line[i:i + 1] in "をでにが":
            k = _skip_paren_back(line, i)  # 銅線約300キロ（時価約45万円）を盗んだ: a note inside the clause
            if k < i and not _AGE_NOTE.fullmatch(line, k, i):  # (not 沢田容疑者（52）を: the person)
                i = k
                continue
        if c in _CL_STOP or c == ":" and not (i >= 2 and line[i - 2].isdigit() and line[i:i + 1].isdigit()) or c == "," \
                or c == "※" \
                or c == " " and i >= 2 and (line[i - 2] == " " or "\u3041" <= line[i - 2] <= "\u3096"  # (ASR: すいません 俺…)
                                            or _CODE_BEFORE.search(line, max(0, i - 12), i - 1)  # (E20101 弱視のため…)
                                            or _label_before(line, i - 1)):  # (本人希望記入欄　1型糖尿病のため…)
            break
        if c == "、":
            k = _clause_start(line, i - 1, lo)
            if k < i - 1 and _CL_TIME.fullmatch(line, k, i - 1) is None and _CL_EVENT.search(line, k, i - 1) is None \
                    and _CL_SYMPTOM.search(line, k, i - 1) is not None:
                i = k  # (the symptom clause with its time: 最近は気分の落ち込みが強く、)
                break
            if k >= i - 1 or _CL_TIME.fullmatch(line, k, i - 1) is None and _CL_EVENT.search(line, k, i - 1) is None:
                break
        if c in "はがも" and _is_topic(line, i - 1) and line[i - 1:i + 1] not in ("もの", "がん"):
            break  # (not the が of 抗がん剤, 胃がん)
        if c == "ら" and line[i - 2:i] == "から" and i >= 3 and line[i - 3] not in "年月日週頃前後来降夜朝" \
                and line[i:i + 1] != "の":  # (配偶者からの暴力: from whom, not a reason)
            break
        i -= 1
    if i > lo or i == 0:
        while i < s and line[i] in " \u3000・":  # (a bullet is no part of the statement)
            i += 1
        if i < s and line[i] in "ちなまじと":  # (ちなみにDV被害で…避難中: a connective of the talk is no part of it)
            for w in _DISCOURSE:
                if line.startswith(w, i) and i + len(w) <= s:
                    i += len(w)
                    break
        s = min(i, s)
    # forward: the rest of this clause, then following clauses about the same fact
    j, kind = _clause_end(line, e, 16, True)
    if kind == "long" and (line[e:j] in ("し", "して") or j == e and line[e - 1] == "て") and j < len(line) \
            and line[j] not in " 　":
        # 脳梗塞を発症し右片麻痺が残存: a further clause about the same fact, joined without a comma
        k, kind2 = _clause_end(line, j, 30)
        if kind2 == "tail" and line.startswith("け、", k):
            k, kind2 = k + 1, "comma"  # (…置換術を受け、: a verb's conjunctive form before the comma)
        if kind2 in ("stop", "comma", "tail") and _CL_CONT.search(line, j, k):
            if kind2 != "comma":
                return s, k
            e, j, kind = k, k, "comma"  # …入院し人工骨頭置換術を受け、リハビリ病院を経て9月に自宅退院: and what followed
    if kind in ("long", "topic"):
        return s, e
    if kind == "tail" and j - 1 >= e and line[j - 1] == "な" and line.startswith("ので", j):
        j -= 1  # 耳が不自由なので: the copula is no part of the fact
    if kind == "tail" and line[j] in "のた":
        need = _NEED.match(line, j)  # 車椅子使用のため避難時は介助要: the assistance needed is part of the fact
        if need:
            return s, need.end()
    e = j
    if kind == "tail":
        # 弱視のため画面読み上げソフト使用, 認知症の進行により見当識障害が強まっている: a consequence that is itself
        # a medical or care fact, joined without a comma, is part of the statement (…のため返済が滞っている is not)
        c = next((c for c in _CL_CAUSE if line.startswith(c, j)), None)
        if c is not None and line[j + len(c):j + len(c) + 1] not in "、,":
            k, kind2 = _clause_end(line, j + len(c), 40)
            if kind2 == "topic":
                k, kind2 = _clause_end(line, k + 1, 30)
            if kind2 in ("stop", "comma") and k > j + len(c) and _CL_CONSEQ.search(line, j + len(c), k):
                e, j, kind = k, k, kind2
    for _ in range(2):
        if kind != "comma":
            break
        k, kind = _clause_end(line, j + 1, 40, paren=True)
        if kind == "topic":  # 朝起きられず高校は…ほぼ不登校: a symptom, then a topic that goes on about the fact
            if not _CONJ.search(line, j + 1, k) and not _CL_CONSEQ.search(line, j + 1, k) and not _CL_CONT.search(line, j + 1, k):
                break  # (聴覚障害があり、面接は筆談で実施: what others do about it; 服薬管理は長男の妻が行っている is care)
            k, kind = _clause_end(line, k + 1, 30)
            if kind == "topic":
                break
        seg = line[j + 1:k]
        if kind in ("long", "topic") or not seg.strip() or not _CL_CONT.search(seg):
            break
        e = j = k
    return s, e


def _clause_end(line: str, a: int, limit: int, pred: bool = False, paren: bool = False) -> tuple[int, str]:
    """End of the clause starting at `a`: (position, why) — stop (。, line end, bracket), comma, tail (とのこと,
    ため …), topic (a new subject: 面接は), long (no end within `limit` characters)."""
    n = len(line)
    j = a
    while j < n:
        c = line[j]
        if c in _CL_STOP:
            if paren and c == "(" and j > a:  # a note inside a further clause: 通級指導教室（情緒）で…指導を受けている
                k = line.find(")", j + 1, j + 31)
                if k > 0 and not any(x in line[j + 1:k] for x in "(\n。"):
                    a += k + 1 - j  # (its length is no part of the limit)
                    j = k + 1
                    continue
            return j, "stop"
        if c in "、,":
            return j, "comma"
        if _CL_TAIL.match(line, j):
            return j, "tail"
        if c == "は" and _is_topic(line, j) and not line[a:j].strip(" ").endswith(_CL_TOPIC_TIME):
            return j, "topic"
        if pred and not ("\u3041" <= c <= "\u3096") and c not in _CL_VERB:
            return j, "long"  # the rest of the clause is a predicate (し, しており, することになった), not a new fact
        j += 1
        if j - a > limit:
            return j, "long"
    return j, "stop"


def _clause_start(line: str, pos: int, lo: int) -> int:
    k = pos
    while k > lo and line[k - 1] not in _CL_STOP and line[k - 1] not in "、:,":
        k -= 1
    return k


_LAW_VIOLATION = re.compile(r"[\u3400-\u9fff\u30a0-\u30ffー・]{2,20}(?:法|条例|規則)違反$")


def _skip_paren_back(line: str, pos: int) -> int:
    """Position before a bracket group ending at `pos` (道路交通法違反（酒気帯び運転）で), else `pos`."""
    if pos > 0 and line[pos - 1] in ")）":
        k = max(line.rfind("(", max(0, pos - 20), pos), line.rfind("（", max(0, pos - 20), pos))
        if k > 0:
            return k
    return pos


# the place and frequency of a visit between a condition and its predicate (…で{なにわメンタルクリニックに月2回}通院中)
_VISIT_PLACE = re.compile(r"で[^。、,\n]{1,24}?(?:に|へ)(?:(?:毎|隔)?(?:月|週|年|日) ?[0-9一二三四五六七八九十]{1,2} ?(?:回|度)(?:程度|ほど)?)?$")


def _visit_place_start(line: str, h: int) -> int:
    """Start of the condition before a visit's place and frequency ending at `h`, or -1."""
    lo = max(0, h - 30)
    for k in range(h - 3, lo - 1, -1):
        if line[k] in "。、,\n":
            return -1
        if line[k] == "で" and _VISIT_PLACE.fullmatch(line, k, h):
            st = _termsets()[0].start(line, k)
            if st >= 0:
                return st
    return -1


def _predicated(line: str):
    """(start, end) of a condition or offence from the lexicon followed by a predicate about someone.

    The predicate is found first (通院中, 疑い, …により…休職, 罰金刑); the word before it, past a connective
    (の, で, により …), must end with a lexicon entry. Yields spans before tail extension; the start covers the
    whole word (腰椎+椎間板ヘルニア).
    """
    med, off, _ = _termsets()
    for m in chain(_MED_PRED.finditer(line), _CATCH.finditer(line) if "にかか" in line else ()):
        h = m.start()
        if line.startswith("まで", h - 2) and m.group().startswith(("改善", "寛解", "悪化")):
            deg = _DEGREE.search(line, max(0, h - 12), h)  # 抑うつ状態は軽度まで改善: past the degree reached
            if deg:
                h = deg.start() + 1
        for c in _MED_CONN:
            p = h - len(c)
            if p <= 0 or (c and not line.startswith(c, p)):
                continue
            st = med.start(line, p)
            if st < 0 and line[p - 1] in ")）":
                k = _skip_paren_back(line, p)
                st = med.start(line, k)
                if st < 0 and k < p and med.start(line, p - 1) > k:
                    st = _abbrev_back(line, k)  # LD（読字障害）の疑い: the condition named in the brackets
            if st < 0 and line[p - 1] in "」』" and c == "と":  # 心療内科で「うつ状態」と診断された
                st = med.start(line, p - 1) - 1
                if st < 0 or line[st] not in "「『":
                    st = -1
            if st >= 0:
                yield _extend_back(line, st), _fit(line, _extend(line, m.end()))
                break
        else:  # a state in brackets after the condition: うつ病（通院加療中）
            if line.startswith(("通院", "入院", "受診"), h):
                st = _visit_place_start(line, h)  # うつ病でなにわメンタルクリニックに月2回通院中: past the place
                if st >= 0:
                    yield _extend_back(line, st), _fit(line, _extend(line, m.end()))
                    continue
            k = line.rfind("(", max(0, h - 8), h)
            if k > 0 and ")" not in line[k:h] and med.start(line, k) >= 0:
                close = line.find(")", m.end(), m.end() + 12)
                if close > 0:
                    yield _extend_back(line, med.start(line, k)), close + 1
    for m in _LEAVE.finditer(line):
        v = m.start()
        lo = max(0, v - (30 if line[v] in "服内飲" else 14))
        for ch in "、。,\n":
            lo = max(lo, line.rfind(ch, lo, v) + 1)
        k = line.rfind("、", max(0, v - 30), lo)
        timed = m.group() in _REST and k >= 0 and _CL_TIME.fullmatch(line, k + 1, v) is not None
        if timed:
            lo = k + 1  # …のため、4月18日から5月31日まで休養を要する: only a time between cause and leave, one fact
        prev = -1  # the cause in the clause before (卵・乳の重度アレルギーのため、夕食は除去食)
        if 0 < lo - 1 and line[lo - 1] in "、," and (v - lo <= 8 or _CL_TIME.fullmatch(line, lo, v)):
            prev = next((lo - 1 - len(c) for c in ("のため", "により", "による") if line.startswith(c, lo - 1 - len(c))), -1)
        for c in _LEAVE_CONN:
            p = line.rfind(c, lo, v)
            if p <= 0:
                if prev <= 0 or not line.startswith(c, prev):
                    continue
                p = prev
            cause = ""
            for n in _CAUSE_NOUNS:
                if line.startswith(n, p - len(n)):
                    p -= len(n)
                    cause = n
                    break
            k = _skip_paren_back(line, p)
            st = med.start(line, k)
            if st < 0 and cause.endswith(("悪化", "再発")) and line.startswith(("症状", "病状", "持病"), p - 2):
                st = p - 2  # 症状悪化により短時間勤務へ変更: the worsening of a condition stated before
            if st < 0 and k < p and c in ("で", "により") and any(med.start(line, q) >= 0 for q in range(k + 2, p)):
                st = k  # 体調不良（幻聴の再燃）で欠勤: the condition named in the brackets
            if st >= 0:
                # a school's accommodation (…のため保健室登校, …のため給食は除去食) is no part of the fact
                # nor is what follows in a further clause (適応障害のため、来月から時短勤務となる)
                yield _extend_back(line, st), (p if m.group() in _ACCOMMODATION or p == prev and not timed
                                               else _extend(line, m.end()))
                break
        else:
            if line[v] in "服内飲":  # 抗うつ薬（SSRI）と睡眠導入剤を服用中: the medicines taken name the condition
                q = v
                f = _FREQ_BEFORE.search(line, max(0, v - 12), v)  # (…を1日4回服用: how often between)
                if f is not None and line[f.start() - 1:f.start()] == "を":
                    q = f.start()
                st = _drug_start(line, q - 1 if line[q - 1:q] == "を" else q, line[v] != "飲")
                if line[v] == "飲" and line[v - 1:v] != "を":
                    continue  # (薬を飲んでいる, never 薬飲んでいる)
                end = _extend(line, m.end())
                if st >= 0 and not line.startswith(_CATEGORY_TAIL, end):
                    yield _extend_back(line, st), end
    for m in _OFF_PRED.finditer(line):
        h = m.start()
        for c in _OFF_CONN:
            p = h - len(c)
            if p <= 0 or (c and not line.startswith(c, p)):
                continue
            q = _skip_paren_back(line, p)
            st = off.start(line, q)
            if st < 0 and line.endswith("違反", 0, q):  # 携帯電話不正利用防止法違反: any law's violation
                law = _LAW_VIOLATION.search(line, max(0, q - 24), q)
                st = law.start() if law else -1
            if st >= 0:
                yield _extend_back(line, st), _extend(line, m.end())
                break


# a condition someone had or has, said with があった/がある (以前熱性けいれんがあったので): weak, it needs a person
_HAD = re.compile(r"があ(?:った|る(?=[。、,\n ]|ので|ため|から|$)|り(?:ます|ました)?)(?!の?(?:方|人|場合|とき|時|者|かた|患者|お子|子|児童|生徒|社員|従業員|利用者)"
                  r"|ば|か|と(?:言われ|され|いわれ))")
# a doctor's instruction because of it: 心臓病で医師から長時間の移動を控えるよう言われている
_DOCTOR = re.compile(r"(?:医師|主治医|担当医|かかりつけ医|産業医|先生|ドクター)(?:から|より|に)[^。、\n]{0,24}?"
                     r"(?:言われ|指示され|止められ|禁止され|制限され)(?:て(?:いる|います|おり|いた)|た|ました)")
# a cause connective after a condition, followed at once by what it causes when that is a medical or care fact
# (弱視のため画面読み上げソフト使用, 認知症の進行により見当識障害が強まっている); not …のため、来月から時短勤務
_CAUSE_RX = re.compile(r"(?:のため|ため|により|による|に伴い|に伴って|の(?:あと|後(?!遺))(?:は|から)?)")
# an injection of insulin someone gets (a care or school record): インスリン注射は昼食前に看護師が実施（…）
_INSULIN = re.compile(r"インスリン(?:の)?(?:自己)?注射(?:は|を|も)?[^。\n]{0,20}?(?:実施|施行|打って|打つ|介助|見守)"
                      r"(?:し(?:て(?:いる|います|おり)|た|ました)?|して|中|済み?)?(?:[(（][^)）\n]{1,24}[)）])?"
                      r"(?!(?:して)?(?:ください|下さい|しましょう|する場合|の方|者))")
_RX_NOTED = re.compile(r"の(?:処方|服用|内服)(?:記載|歴|記録)?(?:あり|有り|がある|があった|があります)(?!の?(?:方|人|場合|とき|者)|ば)")
_VISIT_DAY = re.compile(r"(?=[通受診検定透リ])(?:通院|受診|診察|検査|定期検査|透析|リハビリ)日(?=なので|のため|だから|で|です|につき)")
_REHAB = re.compile(r"のリハビリ(?:テーション)?(?=の(?:様子|状況|経過|進み具合|成果|ため)|を(?:頑張|がんば|続け|受け|して)|に(?:通|励)|中)")
# an option of a blank form: □糖尿病あり, 1.糖尿病あり　2.なし, 糖尿病あり/なし
_OPTION_BEFORE = re.compile(r"(?:[□☐○◯・/／]|[0-9]+[.)]|\([0-9]+\))[ \t]*$")
_OPTION_AFTER = re.compile(r"[ \t]*(?:[□☐○◯・/／]|[0-9]+[.)]|\([0-9]+\))?[ \t]*(?:なし|無し|ない|無)(?![ぁ-ん])")
_DEGREE_WORDS = ("軽度の", "中等度の", "重度の", "高度の", "軽度", "重度")
_SOAP_S_LINE = re.compile(r"[ \t]*(?:S[)）:：]|【S】|\[S\])")
_NOTED_ARI = re.compile(r"あり(?=[、。,.\s]|$)")
_MORE_GATE = re.compile(_trie(("があ", "医", "先生", "ドクター", "ため", "によ", "に伴", "の処方", "の服用", "の内服", "インスリン",
                              "院日", "診日", "察日", "査日", "析日", "ビリ日", "リハビリ")))
_CAUSE_HEAD = ("の進行", "進行", "の悪化", "悪化", "の影響", "の後遺症", "後遺症", "の症状", "症状")


def _list_back(line: str, st: int) -> int:
    """Start of the conditions listed before the one at `st` (2型糖尿病（インスリン自己注射）と変形性膝関節症)."""
    med = _termsets()[0]
    while st > 1 and line[st - 1] in "と、・や":
        s2 = med.start(line, _skip_paren_back(line, st - 1))
        if s2 < 0:
            break
        st = s2
    return st


def _more_statements(line: str):
    """(start, end, score, weak, pattern) of further statements: a condition someone had (weak), a doctor's instruction
    because of a condition, a condition and the care fact it causes (weak outside a personal record: None)."""
    med = _termsets()[0]
    if "あり" in line:
        for m in _NOTED_ARI.finditer(line):  # 夜間頻尿あり, 軽度の認知機能低下（HDS-R 21点）あり: noted in a record
            c = line[m.start() - 1:m.start()]
            if not c or not (c == ")" or c == "ー" or _word_char(c)):
                continue  # (であり、, …のみあり: no condition ends there)
            p = _skip_paren_back(line, m.start())
            st = med.start(line, p)
            if st >= 0 and not _OPTION_BEFORE.search(line, max(0, st - 4), st) and not _OPTION_AFTER.match(line, m.end()) \
                    and not _SOAP_S_LINE.match(
                    line, line.rfind("\n", 0, st) + 1):  # (S) 夜間の咳。息切れあり — the complaint of the visit)
                st = _extend_back(line, _list_back(line, st))
                st -= next((len(w) for w in _DEGREE_WORDS if line.startswith(w, st - len(w))), 0)  # (軽度の…)
                yield st, m.end(), 0.7, None, _NOTED_ARI
    after = "のあと" in line or "の後" in line  # (…骨折のあとは杖がないと歩けません)
    if not after and _MORE_GATE.search(line) is None:
        return  # (one scan for the words every statement below needs)
    if "があ" in line:
        for m in _HAD.finditer(line):
            p = m.start()
            p -= next((len(n) for n in ("の発作", "発作", "の症状", "の既往") if line.startswith(n, p - len(n))), 0)
            st = med.start(line, p)  # (以前てんかんの発作があったので)
            if st >= 0:
                yield _extend_back(line, _list_back(line, st)), m.end(), 0.6, True, None
    if "医" in line and ("医から" in line or "医より" in line or "医に" in line) or "師から" in line or "師より" in line \
            or "師に" in line or "先生" in line or "ドクター" in line:
        for m in _DOCTOR.finditer(line):
            for c in ("で", "のため", "により", "なので"):
                p = m.start() - len(c)
                if p > 0 and line.startswith(c, p):
                    st = med.start(line, _skip_paren_back(line, p))
                    if st >= 0:
                        yield _extend_back(line, st), m.end(), 0.75, False, None
                    break
    for m in _CAUSE_RX.finditer(line) if after or "ため" in line or "によ" in line or "に伴" in line else ():
        if line[m.end():m.end() + 1] in "、,":
            continue
        q = m.start()
        for h in _CAUSE_HEAD:
            if line.startswith(h, q - len(h)):
                q -= len(h)
                break
        st = med.start(line, _skip_paren_back(line, q))
        if st < 0:
            continue
        k, kind = _clause_end(line, m.end(), 40)
        if kind == "topic":
            k, kind = _clause_end(line, k + 1, 30)
        if kind == "tail" and line.startswith("ないと", k - 2):  # 杖がないと歩けません: what it keeps someone from
            k, kind = _clause_end(line, k + 1, 30)
        if kind in ("stop", "comma", "tail") and k > m.end() and _CL_CONSEQ.search(line, m.end(), k):
            yield _extend_back(line, st), k, 0.75, None, None
    if "の処方" in line or "の服用" in line or "の内服" in line:
        for m in _RX_NOTED.finditer(line):  # 抗てんかん薬の処方記載あり: a prescription someone has on record
            st = _drug_start(line, m.start())
            if st >= 0:
                yield _extend_back(line, st), m.end(), 0.7, False, None
    if "インスリン" in line:
        for m in _INSULIN.finditer(line):
            yield m.start(), m.end(), 0.7, None, None
    if "日" in line and any(w in line for w in ("院日", "診日", "察日", "査日", "析日", "ビリ日")):
        for m in _VISIT_DAY.finditer(line):  # 来週はうつ病の通院日なので欠席します: the day of a visit for a condition
            p = m.start() - (1 if line[m.start() - 1:m.start()] == "の" else 0)
            st = med.start(line, p)
            if st >= 0:
                yield _extend_back(line, st), m.end(), 0.75, False, None
    if "リハビリ" in line:
        for m in _REHAB.finditer(line):  # 左片麻痺のリハビリの様子を…: the condition someone is rehabilitated for
            st = med.start(line, m.start())
            if st >= 0:
                yield _extend_back(line, st), m.start(), 0.75, None, None


# a paralysis someone has: 左手に麻痺がある, 右半身麻痺が残っている (not 手足に麻痺がある方は)
_PARALYSIS = re.compile(r"(?:麻痺|まひ|マヒ)(?:が(?:ある|あり|あります|残っ(?:て|た)|残る|残り)|あり)(?!の?方|人|場合|者|とき)")
_BODY_PART = re.compile(r"(?:[左右両]?(?:手|足|腕|脚|手足|半身|上肢|下肢|指|顔面?|片側)|片|四肢)(?:に|の)?$")
# a person as the subject of a condition: 子どもがアトピー性皮膚炎で、…, 母は認知症なので, 山田さんも糖尿病です
# (every branch starts with a character: the engine scans for the first ones, faster than a lookahead of them)
_WHO = re.compile(r"(?:子ども|子供|息子|娘|長男|長女|次男|次女|夫|妻|主人|父|母|祖父|祖母|"
                  r"本人|私|僕|さん|様|くん|君|ちゃん)(?:が|は|も)")
_WHO_CONN = re.compile(r"で[、,]|なので|なため|のため|です|であ(?:る|り)|だから"
                       # … or what it keeps the person from doing: 私は関節リウマチで手に力が入りにくい
                       r"|で(?=[^。、,\n]{1,16}?(?:にくい|にくく|づらい|づらく|できない|できず|できません|られない|られず|入らない))")


def _who_condition(line: str, m) -> tuple[int, int] | None:
    """The span of a condition said of the subject `m` (from the subject to the end of the clause it causes), or
    None: the condition must follow the subject at once (or after a short modifier: 重度の)."""
    med = _termsets()[0]
    a = m.end()
    c = _WHO_CONN.search(line, a + 2, min(len(line), a + 24))
    if not c:
        return None
    st = med.start(line, c.start())
    if st < a or st > a and not (st - a <= 6 and line[st - 1] == "の" and "、" not in line[a:st]):
        return None
    if c.group()[0] == "で" and c.group() != "です":  # 子どもが…で、…: the sentence with what the condition causes
        s = _extend_back(line, m.start()) if m.group().startswith(("さん", "様", "くん", "君", "ちゃん")) else m.start()
        k, kind = _clause_end(line, c.end(), 40)
        if kind in ("stop", "comma", "tail") and k > c.end():
            return s, k
    return st, c.start()  # (…のため、…: the condition is the fact)


_NO_CLAUSE.add(_WHO.pattern)
_NO_CLAUSE.add(_NOTED_ARI.pattern)  # (軽度の認知機能低下（HDS-R 21点）あり、服薬カレンダーで管理中: the care is no part of it)


# a symptom someone has, in a care, nursing or accident record: 足がむくんで重い, 下肢のむくみが増えている, 頸部痛あり
# (not a leaflet's 足がむくむ場合は, nor a notice to those who have it). An acute complaint (胸痛あり, 腹痛を訴え) in
# an emergency or admission narrative is the presentation, which annotators leave to the diagnosis.
_SYMPTOM = re.compile(
    r"(?=[左右両足脚下手腕顔ま全指膝腰首肩背お腹頭胸頸頚股肘])"  # (its first characters: the engine skips other positions fast)
    r"(?:(?:[左右両]|両側)?(?:足|脚|下肢|下腿|手|腕|手足|顔|まぶた|全身|指|膝|腰|首|肩|背中|お腹|腹部|頭|胸)(?:が|の|に)?"
    r"(?:むくみ|むくん|浮腫|しびれ|痺れ|腫れ|痛み)|(?<![苦激鎮])[頸頚首肩腰膝背腕肘股足手](?:部)?痛)"
    r"(?:(?<=むくん)で(?:重い|だるい|痛い|い(?:る|ます))"
    r"|(?<!むくん)(?:が(?:ひどい|ひどく|強い|強く|増え|増強|続い|続く|出て|出現し|あり|ある|みられ|見られ)|あり(?!ませ))"
    # what it keeps someone from doing: 膝の痛みで一人では入浴できない
    r"|(?<!むくん)で[^。、,\n|]{0,10}?(?:できない|できず|できません|困難|歩けない|歩けず|歩けません|眠れない|眠れず))"
    r"(?!(?:た|る)?(?:の?(?:方|人|場合|とき|時|者)|ら|ば))"
)
# a disability said plainly (耳が不自由なので, 足が不自由です); not a notice to those who are (足が不自由な方)
_UNFREE = re.compile(r"不自由(?!な(?:方|人|お客|場合|者|かた)|で(?:も|あれば))")
_UNFREE_PART = re.compile(r"(?:耳|目|足|脚|手|腕|体|身体|からだ|言葉|口|片足|両足|右足|左足|右手|左手|片手|両手)が(?:少し|やや|かなり)?$")
_CATEGORY_TAIL = ("の方", "の人", "の患者", "の場合", "者", "中の方", "している方", "している人")


@lru_cache(maxsize=1)
def _drug_terms() -> _TermSet:
    return _TermSet(w for w in _termsets()[2] if len(w) >= 3)


def _abbrev_back(line: str, k: int) -> int:
    """Start of the abbreviation (LD, ASD) just before a bracket at `k`, or `k`."""
    while k > 0 and line[k - 1].isascii() and line[k - 1].isalnum():
        k -= 1
    return k


# a medicine not in the lexicon, known by its shape: a katakana name with an optional form and dose (ミドドリン,
# メトリジン錠2mg); a supplement or a food taken is no treatment
_DRUG_SHAPE = re.compile(
    rf"(?<![{_KATA}])[{_KATA}]{{3,12}}(?:(?:OD)?錠|カプセル|散|顆粒|テープ|シロップ|製剤|内用液|点眼液|軟膏|貼付剤|坐剤|注射液)?"
    r"(?: ?[0-9]+(?:\.[0-9]+)? ?(?:mg|μg|mcg|g|mL|錠))?$")
_NOT_DRUGS = ("サプリメント", "サプリ", "ビタミン", "プロテイン", "ミネラル", "ハーブ", "コラーゲン", "カルシウム", "ヨーグルト",
              "ジュース", "ミルク", "コーヒー", "アルコール", "グルコサミン", "コンドロイチン", "ヒアルロン", "カフェイン")


def _drug_start(line: str, p: int, shape: bool = False) -> int:
    """Start of the medicines listed just before `p` (アムロジピン, 抗うつ薬（SSRI）と睡眠導入剤), or -1; with `shape`
    also a katakana name of a medicine's shape (ミドドリン服用中)."""
    drugs = _drug_terms()
    st = drugs.start(line, _skip_paren_back(line, p))
    if st < 0 and shape:
        m = _DRUG_SHAPE.search(line, max(0, p - 24), p)
        if m and not m.group().startswith(_NOT_DRUGS):
            return m.start()
    while st > 1 and line[st - 1] in "と、・や,":
        s2 = drugs.start(line, _skip_paren_back(line, st - 1))
        if s2 < 0:
            break
        st = s2
    return st


_OPTIONS_LINE = re.compile(r"(?:(?:\( ?\)|\[ ?\]).*){2}")


def _line_of(t: str, i: int) -> str:
    return t[t.rfind("\n", 0, i) + 1:(t.find("\n", i) + 1 or len(t) + 1) - 1]


_BLANK_VALUE = re.compile(r"[\s_\-.…・/()（）□☐]*")  # a blank form's line (____)
_FREQ_BEFORE = re.compile(r"(?:1日|一日|毎日|朝夕|毎食後?|就寝前)[0-9一二三四]?回?(?:ずつ)?$")
_FINDING_CUE = re.compile(r"影|所見|異常|高値|低値|陽性|結節|腫瘤|石灰化|肥厚|雑音")


def _finding_before(line: str, comma: int, value_terms) -> int:
    """Start of the finding a verdict follows (胸部X線で右上肺野に結節影、要精密検査), or the verdict's own start."""
    k = comma
    while k > 0 and comma - k < 30 and line[k - 1] not in "。、,\n:：\t|" and line[k - 1:k + 1] != "  ":
        k -= 1
    seg = line[k:comma].strip(" 　・")
    if not seg or comma - k >= 30 or not (_FINDING_CUE.search(seg) or value_terms.search(seg)):
        return comma + 1
    return line.index(seg, k)


def _fit(line: str, e: int) -> int:
    m = _FIT.match(line, e)
    return m.end() if m else e


class _Either:
    """Two regexes searched one after the other (each scans fast; their alternation would not)."""

    __slots__ = ("a", "b")

    def __init__(self, a: re.Pattern, b: re.Pattern) -> None:
        self.a, self.b = a, b

    def search(self, text: str):
        return self.a.search(text) or self.b.search(text)


class _LabelMatch:
    """A label, its kind (lab, wlab, drug, allergy, ctx) and its separator."""

    __slots__ = ("_s", "_e", "kind", "word", "sep")

    def __init__(self, s: int, e: int, kind: str, word: str, sep: str) -> None:
        self._s, self._e, self.kind, self.word, self.sep = s, e, kind, word, sep

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


def _label_matches(line: str, labels) -> list[_LabelMatch]:
    """Labels (longest dictionary word ending at a separator) with their separators, left to right.

    A head word (疾患, 薬, アレルギー) also takes the modifier before it up to the previous break (全身疾患,
    血をサラサラにする薬), unless the modifier makes it a category (対象疾患, 主な…).
    """
    label_hit, words, lengths, sep, heads = labels
    out = []
    last_end = -1
    for h in label_hit.finditer(line):
        le = h.end()
        if le <= last_end:
            continue
        kind = word = None
        for n in lengths.get(line[le - 1], ()):
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
        start = le - len(word)
        if word in heads and start > 0 and line[start - 1] not in _HEAD_BREAK:
            ms = start
            while ms > 0 and start - ms < 14 and line[ms - 1] not in _HEAD_BREAK:
                ms -= 1
            if (ms > 0 and line[ms - 1] not in _HEAD_BREAK) or _HEAD_STOP.search(line, ms, le):
                continue
            start = ms
        out.append(_LabelMatch(start, sp.end(), kind, word, sp.group(0)))
        last_end = sp.end()
    return out


def _extend(line: str, e: int) -> int:
    """Extend a phrase over its predicate (…と診断され休職中, …を所持している) up to the clause end."""
    m = _TAIL.match(line, e)
    if not m or m.end() == e:
        return e
    end = m.end()
    cut = _CLAUSE_CUT.search(line, e, min(len(line), end + 4))  # a cut may start inside the tail (した|ため)
    while cut and cut.start() < end and _in_paren(line, e, cut.start()):  # （週3回、HD）: a comma in brackets
        cut = _CLAUSE_CUT.search(line, cut.end(), min(len(line), end + 4))
    if cut and cut.start() < end:
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


def _open_paren(line: str, pos: int) -> int:
    """Position of the bracket closing a group opened just before a label at `pos` (…（傷病名：適応障害）), or -1."""
    if pos == 0 or line[pos - 1] not in "(（":
        return -1
    k = pos
    while k < len(line) and k - pos < 60 and line[k] not in ")）(（\n":
        k += 1
    return k if k < len(line) and line[k] in ")）" else -1


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
