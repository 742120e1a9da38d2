"""JP_HEALTH_INSURANCE: the symbol (記号) and number (番号) of a health-insurance card (健康保険被保険者証).

Recognised forms: 記号 1234 番号 56 (two spans), 保険証記号: 511115 / 保険証番号: 3590986 on separate lines (two
spans), 記号・番号 1234・567 or 記号番号 1276 99805 (one span for the pair), 被保険者番号 12345678, and the holder's
枝番 (two digits) right after a symbol or number (枝番 01, eda=00) or inside the combined 記号・番号・枝番 6021・334・00. A symbol may
start with a kanji or a kanji place name (世873, 札幌北 31・2045678). The insurer number (保険者番号, which
identifies the insurer, not the person) is not reported. 記号/番号 are generic words and Japan Post Bank accounts
use them too, so a health-insurance label
(保険証, 被保険者, 健康保険, 国民健康保険 …) must be in the label, near it, or in the document, and bank labels
(ゆうちょ, 口座, 銀行) close by veto it.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import Detector, Entity
from .context import has_any

# (each branch starts with a character, so that the engine scans for those; the kind is told by the label itself)
_LABELS = re.compile(
    r"記号[・･/／\-－]?番号(?:[・･/／\-－]?枝番)?|記号及び番号|記号|被保険者証?番号|保険証番号|番号(?<![\u3040-\u30ff\u4e00-\u9fff]番号)"
    # the holder's two digits after the pair (枝番 01, eda=00)
    r"|枝番号?|(?<![A-Za-z])eda(?:ban)?(?=[\"']?[ \t]*[:=])"
    # (a JSON record's "branch", right after its symbol and number: "symbol":"4081","number":"2290","branch":"01")
    r"|(?<![A-Za-z_])branch(?=[\"']?[ \t]*[:=])"
    # the elements of the online eligibility check's XML (オンライン資格確認)
    r"|Insured(?:CardSymbol|IdentificationNumber|CardNumber)>"
    # romanised keys of a log line or an export (doc=保険証 kigo=06170024 bango=318, kigo_bango="3201・1142")
    r"|kigo_?bango(?=[\"']?[ \t]*[:=])|kigo(?=[\"']?[ \t]*[:=])|bango(?=[\"']?[ \t]*[:=])"
)


def _kind(label: str) -> str:
    """combo (記号・番号), sym (記号) or num (番号, 被保険者番号 …): which branch of `_LABELS` matched."""
    if label[0] == "k":  # (kigo, kigo_bango, kigobango)
        return "sym" if label == "kigo" else "combo"
    if label[0] in "枝e" or label == "branch":
        return "branch"
    return "sym" if label in ("記号", "InsuredCardSymbol>") else "combo" if label[0] == "記" else "num"


# (also a value quoted in prose: 保険証の記号・番号は「12・3088417」です)
# (an application form's hint on how to write it: 記号（左づめ） 2 1 0 4 5 8 7)
# (a cell of a ruled table: 記号・番号　｜ 4012・387, │被保険者証  記号    │4470315; read out on a call: 記号が…5214、番号が308;
# a chat's 記号番号って 8410 / 221)
_GAP = re.compile(r"[ \t\u3000]*(?:[(（](?:国保|社保|協会けんぽ|健保|本人|家族|被扶養者|左づめ|左詰め|右づめ|右詰め)[)）])?[ \t]*[】\]」）)]?[ \t\u3000]*"
                  r"(?:[:：/／=|｜│][ \t\u3000]*)?"
                  r"(?:(?:は|が)[ \t]*[「『]|[「『\"]|(?:は|が|って)[ \t]*(?:…|\.\.\.)?[ \t]*(?=[0-9]|(?!記号|番号)[\u4e00-\u9fff]))?")
# a symbol may start with a kanji place name (国保: 札幌北 31, 練馬12) or an insurer's short name and a hyphen (共済
# and 健保組合 symbols: 都市-41, 二工-58)
# and a municipality's kana (国保: 調ふ12); 協会けんぽ's eight digits may be written 4 + 4 before the number's label
# (or a municipality's name in hiragana, not led by a particle: 記号 ふじ12)
_SYM = (r"(?:[\u4e00-\u9fff]{1,6}[\u3041-\u3096\u30a1-\u30fa]?[ \u3000\-]?|[\u3041-\u3096](?<![はがのをにへとでもや])[\u3041-\u3096]{1,3}[\-]?"
        r"|[\u30a1-\u30fa]{1,3}-)?"  # (a 健保組合's katakana symbol and a hyphen: ト-51)
        r"[0-9A-Za-z][0-9A-Za-z\-]{0,11}"
        r"(?:(?<=[0-9]{4}) [0-9]{4}(?=[ \t\u3000]+番号))?")
# (or be a kanji name alone, then the number: 公立彦根・5521083, 福博 - 0441297)
# (with the holder's 枝番 after the pair: 記号・番号・枝番 6021・334・00)
_COMBO_VALUE = re.compile(_SYM + r"(?:(?: ?[・･/／\-] ?| )[0-9]{1,8}(?:[・･/／\-][0-9]{2}(?![0-9]))?)?(?![0-9A-Za-z])"
                          r"|[\u4e00-\u9fff]{2,6} ?[・･/／\-] ?[0-9]{3,8}(?![0-9A-Za-z])"
                          # (a kanji with a kana, as municipalities write their 国保 symbols: 練あ・2093714, 杉ア 0412733)
                          r"|[\u4e00-\u9fff]{1,3}[\u3041-\u3096\u30a1-\u30fa] ?[・･/／\- ] ?[0-9]{3,8}(?![0-9A-Za-z])")
# (a 国保 symbol may be the municipality's name and 国: 記号 大津市国)
_SYM_VALUE = re.compile(_SYM + r"(?![0-9A-Za-z])|[\u4e00-\u9fff]{1,5}(?:国保|国)(?![\u4e00-\u9fff])"
                        # (a place's name alone, or a kanji with a kana, when the number's label follows: 記号 広島 番号 204471)
                        r"|[\u4e00-\u9fff]{1,4}[\u3041-\u3096\u30a1-\u30fa]?(?=[ \t\u3000]{1,3}番号)")
# (a 後期高齢者 card's eight digits may be written 4 + 4: 被保険者番号　0412 7785)
_NUM_VALUE = re.compile(r"[0-9]{4} [0-9]{4}(?![0-9A-Za-z]| [0-9])|[0-9]{1,10}(?![0-9A-Za-z])")
_BRANCH_VALUE = re.compile(r"[0-9] ?[0-9](?![0-9A-Za-z])")
# fax OCR spaces every digit: 記号   1 7 0 2 4      番号   3 1
_SPACED_VALUE = re.compile(r"[0-9](?: [0-9]){1,11}(?![0-9A-Za-z])")
HEALTH_WORDS = ("保険証", "被保険者", "保険者", "健康保険", "国民健康保険", "国保", "社会保険", "社保", "協会けんぽ", "健保", "共済",
                "組合員証", "資格確認書", "後期高齢者", "insurance")
BANK_WORDS = ("ゆうちょ", "口座", "銀行", "振込", "貯金", "通帳")


# 介護保険 (long-term care) numbers are ten digits after the scheme's name: 介護保険 1100457283（保険者 122044）
_KAIGO = re.compile(r"介護保険(?:被保険者証?)?(?:番号|No\.?)?[ \t]*[:：]?[ \t]*([0-9]{10})(?![0-9])")
# the schemes written before a card's symbol-number (国保 穴02-3318; also the lead of a table cell: columns, texttable)
SCHEMES = ("国保", "社保", "健保", "協会けんぽ")
# a card's symbol-number right after the scheme in a table cell or a list (国保 穴02-3318, 社保 12-3456)
_SCHEME_VALUE = re.compile(r"(?<![\u4e00-\u9fff])(?:" + "|".join(SCHEMES) + r")[ \t]+((?:[\u4e00-\u9fff]{1,4})?[0-9]{1,6}[-・][0-9]{2,8})(?![0-9])")
# the insurance record of a receipt file (レセプト電算 HO: insurer, symbol, number)
_UKE_HO = re.compile(r"(?m)^HO,[0-9]{6,8},([^,\n]{0,12}),([0-9]{1,10}),")  # (a 後期高齢者 card has no symbol)
# the card's symbol and number written in English after an insurance word on the same line (National Health
# Insurance, symbol 41 / number 228790; Health Insurance Card: Symbol 1234 Number 56)
_EN_PAIR = re.compile(r"(?i:s)ymbol[ \t]*(?:[Nn]o\.?)?[ \t]*[:：]?[ \t]*([0-9A-Za-z][0-9A-Za-z\-]{0,11})[ \t]*[,/／;]?[ \t]*"
                      r"(?i:n)(?:umber|o\.?)[ \t]*[:：]?[ \t]*([0-9]{1,10})(?![0-9A-Za-z])"
                      # (the pair under one label: Card symbol / number : 4102・1377)
                      r"|(?i:s)ymbol[ \t]*/[ \t]*(?i:n)umber[ \t]*(?:\([a-z ]{1,12}\))?[ \t]*(?:[:：.]+|is|was)?[ \t]*"
                      r"([0-9]{1,8} ?[・･/／\-] ?[0-9]{1,10})(?![0-9])")
# (insurance, insured, health card, hoken: the words of an English text about the card, within a few lines before)
_EN_INSURANCE = re.compile(r"(?i)insur(?:ance|ed)|hoken|health[ \-]card|kenpo")
# an account at Japan Post Bank, whose 記号 and 番号 an English text calls symbol and number too
_EN_YUCHO = re.compile(r"(?i)yucho|japan post bank")
# (also 後期の番号, a clerk's shorthand for the card of 後期高齢者医療)
_KOKI = re.compile(r"後期(?:高齢者?(?:医療)?(?:被保険者)?(?:証)?(?:番号|No\.?)?|の?番号)[ \t]*[:：]?[ \t]*(?:は[ \t]*)?([0-9]{8})(?![0-9])")
_OTHER_INSURANCE = ("雇用保険", "労災保険", "年金", "労働保険")
_LENGTH_UNIT = re.compile(r"[ \t\u3000]*(?:文字|桁|バイト|(?i:bytes?|chars?|digits?)(?![A-Za-z]))")
_EMPLOYMENT_TAIL = re.compile(r"-[0-9]{6}-[0-9](?![0-9])")
# the words before 記号 that make it another code than a card's symbol
_OTHER_SYMBOLS = frozenset(("整理", "業所", "約款", "商品", "型式", "品番", "部品", "規格", "単位", "地図", "元素", "発音", "プラン",
                            "証券", "証書"))  # (証券記号番号: an insurance policy's number, not a health card's)


class HealthInsuranceDetector(Detector):
    name = "health_insurance"
    pii_types = ("JP_HEALTH_INSURANCE",)

    def applies(self, text: str) -> bool:
        # (a one-character test first: a two-character needle costs several times more to scan for)
        return (("ymbol" in text and "nsur" in text) or ("記" in text and "記号" in text) or ("後" in text and "後期" in text) or "<Insured" in text
                or "介護保険" in text or "国保" in text or "社保" in text or "健保" in text or "HO," in text
                or ("番号" in text and "保" in text and ("保険証" in text or "被保険者" in text))
                or ("kigo" in text and ("保" in text or "bango" in text)))

    def detect(self, text: str) -> Iterator[Entity]:
        if "後期" in text:  # 後期高齢者医療: the insured's number is 8 digits, written after the scheme's name
            for m in _KOKI.finditer(text):
                yield Entity("JP_HEALTH_INSURANCE", m.start(1), m.end(1), 0.85, self.name)
        if "介護保険" in text:
            for m in _KAIGO.finditer(text):
                yield Entity("JP_HEALTH_INSURANCE", m.start(1), m.end(1), 0.8, self.name)
        if "保" in text:
            for m in _SCHEME_VALUE.finditer(text):
                yield Entity("JP_HEALTH_INSURANCE", m.start(1), m.end(1), 0.8, self.name)
        if "HO," in text and "\nRE," in text:
            for m in _UKE_HO.finditer(text):
                if m.group(1):
                    yield Entity("JP_HEALTH_INSURANCE", m.start(1), m.end(1), 0.8, self.name)
                yield Entity("JP_HEALTH_INSURANCE", m.start(2), m.end(2), 0.8, self.name)
        if "ymbol" in text:
            for m in _EN_PAIR.finditer(text):
                lo = max(0, m.start() - 300)
                if _EN_INSURANCE.search(text, lo, m.start()) is None or _EN_YUCHO.search(text, max(0, m.start() - 120),
                                                                                          m.start()) is not None:
                    continue
                for g in ((3,) if m.group(3) else (1, 2)):
                    yield Entity("JP_HEALTH_INSURANCE", m.start(g), m.end(g), 0.85, self.name)
        doc_health = has_any(text, HEALTH_WORDS)
        last_sym_end = -10**9
        last_end = -10**9  # (the end of the last symbol or number: a 枝番 counts only right after one)
        pending: Entity | None = None  # a symbol waiting for its number
        for m in _LABELS.finditer(text):
            kind = _kind(m.group())
            if kind == "branch":
                if m.start() - last_end > 40:
                    continue  # 枝番 alone: a branch number of anything
                g = _GAP.match(text, m.end())
                v = _BRANCH_VALUE.match(text, g.end() if g else m.end())
                if v is not None:
                    if pending is not None:
                        yield pending
                        pending = None
                    yield Entity("JP_HEALTH_INSURANCE", v.start(), v.end(), 0.85, self.name)
                continue
            if kind == "num" and m.group(0) in ("番号", "bango") and m.start() - last_sym_end > 30:
                continue  # a bare 番号 counts only right after a symbol
            if kind in ("sym", "combo") and text[max(0, m.start() - 2):m.start()] in _OTHER_SYMBOLS:
                continue  # 事業所整理記号: the employer's code at the pension office; 約款記号, 型式記号: a product's
            if kind == "num" and (text.endswith(_OTHER_INSURANCE, max(0, m.start() - 4), m.start()) or any(
                    w in text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 40):m.start()] for w in _OTHER_INSURANCE)):
                continue  # 雇用保険被保険者番号, 雇用保険被保険者証：被保険者番号, 年金…: another insurance's number
            g = _GAP.match(text, m.end())
            vpos = g.end() if g else m.end()
            rx = _COMBO_VALUE if kind == "combo" else _SYM_VALUE if kind == "sym" else _NUM_VALUE
            v = (_SPACED_VALUE.match(text, vpos) if kind != "combo" and text[vpos + 1:vpos + 2] == " " else None) \
                or rx.match(text, vpos)
            if v is None or not v.group().strip("0 ・-") or not v.group().strip("Xx ・-") or (
                    len(v.group()) >= 6 and len(set(v.group())) == 1):  # (9999999999: a test system's number)
                continue  # (記号 ０００００ 番号 ００: a sample card's zeros; 記号 XXXX 番号 XX: a masked card)
            if v.group().isascii() and not any(c.isdigit() for c in v.group()):
                continue  # the card number (記号/番号) should come back…: an English word after the label, no value
            if kind == "num" and _EMPLOYMENT_TAIL.match(text, v.end()):
                continue  # 被保険者番号：1106-203874-5, the employment insurance's 4-6-1 digits, not a health card's number
            if len(v.group()) <= 3 and _LENGTH_UNIT.match(text, v.end()):
                continue  # 記号　8　文字　全角可: a record layout's field length, no card's value
            score = self._score(text, m.start(), m.group(0), doc_health)
            if score <= 0:
                continue
            ent = Entity("JP_HEALTH_INSURANCE", v.start(), v.end(), score, self.name)
            last_end = v.end()
            if kind == "sym":
                if pending is not None:
                    yield pending
                pending = ent
                last_sym_end = v.end()
                continue
            if kind == "num" and pending is not None and m.start() - last_sym_end <= 30:
                # a complete 記号 … 番号 pair is itself good evidence of an insurance card
                pair = max(0.6, pending.score, score)
                yield Entity(pending.type, pending.start, pending.end, pair, self.name)
                ent = Entity(ent.type, ent.start, ent.end, pair, self.name)
                pending = None
            last_sym_end = -10**9
            yield ent
        if pending is not None:
            yield pending

    @staticmethod
    def _score(text: str, label_start: int, label: str, doc_health: bool) -> float:
        near = text[max(0, label_start - 30):label_start]
        if (has_any(near, BANK_WORDS) or _EN_YUCHO.search(text, max(0, label_start - 120), label_start) is not None) \
                and not has_any(near, HEALTH_WORDS):
            return 0.0  # (Bank: Japan Post Bank (Yucho)⏎ Symbol (記号): 10170: an account's symbol)
        if "保険" in label or label[0] == "I" or has_any(text[max(0, label_start - 12):label_start], ("保険", "被保険者")):
            return 0.9
        if has_any(text[max(0, label_start - 60):label_start], HEALTH_WORDS):
            return 0.85
        return 0.65 if doc_health else 0.4
