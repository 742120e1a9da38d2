"""JP_BANK_ACCOUNT: Japanese bank accounts: bank, branch, account type and the 7-digit account number.

A seven-digit number counts only when the nearest label is about an account: 普通 / 当座 / 貯蓄 (預金), 口座番号,
口座, 振込先, a bank or branch name (…銀行, …信用金庫, …支店), or "account". When the bank, branch and account
type are written on the same line just before the number (みずほ銀行 渋谷支店 普通 1234567, 楽天銀行本店営業部
普通口座 No.1234567), the span covers them too; otherwise (a form with 口座番号 on its own line, a table cell)
it is the number alone. The branch may carry its reading and number in brackets (〇一八（ゼロイチハチ）店, 新宿西口支店
（店番号 791）, Umeda Branch (Branch No. 312)); chat shorthand names a known bank without 銀行 and a branch without 支店
(りそな 梅田 普通 1234567). A branch without its bank before a 口座番号 label (当行 X支店 普通 口座番号 1234567) is a form's
fields: the number stands alone. A dict or JSON record printed in a log gives an account by its key ('account':
'1234567') when a bank or branch key precedes it. Japan Post Bank's 記号-番号 form (12345-1234567) is recognised with
its context, also when a PDF wraps the line before the 番号 value.
Postal codes (〒1234567) and seven-digit numbers with order or management labels are not reported.
"""

from __future__ import annotations

import re
from typing import Iterator

from stdnum import iban

from .address import _trie
from .base import WORD_LISTS, Entity, PatternDetector, has_match, match_start
from .context import ContextWords
from .credit_card import _TESTING

# (not the digits of a code with one capital letter: C7734102 is a passport's number)
_NUM = re.compile(r"(?P<v>[0-9](?<![0-9\-][0-9])(?<![^A-Za-z][A-Za-z][0-9])(?<![0-9]\.[0-9])(?:[0-9]{6}|(?<=1)[0-9]{4}-[0-9]{7,8}))(?![0-9\-]|\.[0-9])")
_BANKISH = re.compile(r"銀行|信用金庫|信金|しんきん|信用組合|労働金庫|農協|JAバンク|支店|出張所|営業部|本店|(?<![A-Za-z])(?i:bank|branch)(?![A-Za-z])")

_HIRA_BANK_WORDS = "みずほ|ゆうちょ|りそな|きらぼし|あおぞら|きらやか|じもと|みちのく|もみじ|ひろぎん|とみん|いよぎん|ちばぎん|しずぎん"
_NAME_CH = r"[\u4e00-\u9fff々〇\u30a1-\u30fa\u30fcA-Za-z0-9&・]"
_HIRA_BANK_RX = re.compile(_HIRA_BANK_WORDS)
_HIRA_LEAD = "".join(chr(c) for c in range(0x3041, 0x3097) if chr(c) not in "はがのをにへとでもや")
_BANK = (rf"(?:{_NAME_CH}{{0,12}}(?:{_HIRA_BANK_WORDS}))?{_NAME_CH}{{0,16}}"
         r"(?:銀行|信用金庫|信金|しんきん|信用組合|労働金庫|農業協同組合|JAバンク|バンク|Bank|BANK)"
         # a bank named in hiragana the list lacks (しおかぜ銀行), not led by a particle (振込先はしおかぜ銀行)
         rf"|[{_HIRA_LEAD}][\u3041-\u3096]{{2,4}}(?:銀行|信用金庫|信金|信用組合)"
         # … or read out in katakana, as a legacy system's kana fields print it, with its branch (ｲﾖｷﾞﾝｺｳ ﾏﾂﾔﾏｴｷﾏｴ)
         r"|[\u30a1-\u30fa\u30fc]{1,12}[ ]?(?:ギンコウ|シンキン|シンヨウキンコ|ロウキン)(?:[ ][\u30a1-\u30fa\u30fc]{2,12})?"
         r"|(?:SMBC|MUFG|Mizuho|MIZUHO|Resona|RESONA|Japan Post Bank|JP Bank|Rakuten Bank|Sony Bank|PayPay Bank|"
         r"(?:[A-Z][A-Za-z\-]+ ){1,3}(?:Bank|Banking Corporation|Banking Corp\.?))"
         # an agricultural co-op's bank by its JA name (JA上伊那, JAとまこまい広域, ＪＡ北かすみ)
         r"|JA[\u3041-\u3096\u4e00-\u9fff\u30a1-\u30fa][\u3041-\u3096\u4e00-\u9fff\u30a1-\u30fa\u30fc]{0,9}")
# the branch; its name may carry its reading (〇一八（ゼロイチハチ）店) and be followed by its number: (店番 123),
# (店番号 791), (支店番号：312), (Branch No. 312)
_BRANCH = (rf"(?:{_NAME_CH}{{0,15}}?(?:[（(][\u30a1-\u30fa\u30fc]{{2,12}}[）)])?(?:支店|出張所|営業部|本店|支所|営業所|店)"
           r"|(?:[A-Z][A-Za-z\-]+ ){1,3}(?:Branch|BRANCH)"
           # (read out in katakana: ﾊﾁﾉﾍ ｼﾃﾝ)
           r"|[\u30a1-\u30fa\u30fc]{2,12}[ ]?(?:シテン|エイギヨウブ|エイギョウブ))"
           r"(?:[ ]?[（(](?:(?:店番号?|店舗番号|支店番号|店コード|支店コード|Branch (?:No\.?|Code|code|number))[ ]?[:：]?[ ]?)?"
           r"[0-9]{3}[）)]"
           # a Japan Post Bank branch named by kanji numerals, its reading after it (〇一八店（ゼロイチハチ店）, 〇一八店（ゼロイチハチ）)
           r"|[ ]?[（(][\u30a1-\u30fa\u30fc]{2,12}店?[）)])?")
# chat shorthand: a bank written without 銀行 (りそな 梅田 普通 1234567): a known short name, then a branch name
# without 支店 when an account type follows
_SHORT_BANK = (r"(?:みずほ|りそな|埼玉りそな|ゆうちょ|三井住友|三菱UFJ|UFJ|楽天|住信SBI|ソニー|PayPay|イオン|セブン|"
               r"auじぶん|GMOあおぞら|七十七|八十二|十六|百五|百十四|十八親和|常陽|足利|北洋|伊予|山陰合同|池田泉州|"
               r"西日本シティ|北國|紀陽|南都|スルガ|静岡|横浜|千葉|群馬|福岡|広島|京都|滋賀|肥後|鹿児島)")
# (also a cell's slashes: 三菱UFJ/武蔵小金井/普通/0264913, 横浜銀行/相模原/普通/6031187)
_SHORT = rf"(?P<short>{_SHORT_BANK})(?:銀行)?(?:[ ]+|[/／])(?:{_NAME_CH}{{1,10}}(?:[ ]+|[/／]))?"
# an account's type in English or romanised (Ordinary, Savings, futsu, Toza …)
_EN_TYPE_WORD = r"(?:[Oo]rdinary|ORDINARY|[Ss]avings|SAVINGS|[Cc]hecking|[Cc]urrent|[Ff]utsu+|FUTSU+|[Tt]oza|TOZA)"
_TYPE = (r"(?:総合口座(?:定期|普通)|(?:普通|当座|貯蓄|総合|定期|通知)(?:預金|貯金)?(?:口座)?|[（(][普当][）)]|普|当|フツウ|トウザ|"
         rf"{_EN_TYPE_WORD}(?: [Ss]avings| SAVINGS)?(?: [Aa]ccount| ACCOUNT)?)")
_S = r"[ /／・,、]*(?:の[ /／・,、]*)?"  # (read out: 湘南しんきんの辻堂支店、普通の8812057)
_NUMLABEL = r"(?:口座番号|口座no\.?|口座No\.?|No\.?|no\.?|番号)[ ]*[:：]?[ ]*"
_PREFIX = re.compile(
    rf"(?:(?P<bank>{_BANK}){_S})?(?:(?P<branch>{_BRANCH}){_S})?(?:(?P<type>{_TYPE}){_S})?(?P<label>{_NUMLABEL})?$"
)
# the same without the bracketed parts of a branch (its reading, its number): tried when the run has no bracket
_BRANCH_PLAIN = (rf"(?:{_NAME_CH}{{0,15}}?(?:支店|出張所|営業部|本店|支所|営業所|店)|(?:[A-Z][A-Za-z\-]+ ){{1,3}}(?:Branch|BRANCH)"
                 r"|[\u30a1-\u30fa\u30fc]{2,12}[ ]?(?:シテン|エイギヨウブ|エイギョウブ))")
_PREFIX_PLAIN = re.compile(
    rf"(?:(?P<bank>{_BANK}){_S})?(?:(?P<branch>{_BRANCH_PLAIN}){_S})?(?:(?P<type>{_TYPE}){_S})?(?P<label>{_NUMLABEL})?$"
)
# a branch whose name holds hiragana (自由が丘支店, 丸の内支店, みらい平支店) after its bank: tried when the run above
# finds no bank or branch (the bank is required here, so a particle before it — 振込先は — never starts a branch)
_HIRA_BRANCH = (rf"(?:[\u3041-\u3096]{{2,6}}{_NAME_CH}{{0,10}}?|{_NAME_CH}{{1,8}}[\u3041-\u3096]{{1,3}}{_NAME_CH}{{0,8}}?)"
                r"(?:支店|出張所|営業部|支所|営業所)")
_PREFIX_HIRA = re.compile(
    rf"(?P<bank>{_BANK}){_S}(?P<branch>{_HIRA_BRANCH}){_S}(?:(?P<type>{_TYPE}){_S})?(?P<label>{_NUMLABEL})?$"
)
_HIRA_CHAR = re.compile("[\u3041-\u3096]")
_TYPE_LINE = re.compile(r"[ \t]*(?:普通|当座|貯蓄)(?:預金)?[ \t]*(?:口座番号[ \t]*[:：]?[ \t]*)?")
_BRANCH_LINE_END = re.compile(r"(?:店|部|所)[)）]?[ \t]*\n")
_CSV_COMMA = re.compile(",(?! )")  # (a comma without a space after it: a CSV's delimiter, not prose's)
_SHORT_PREFIX = re.compile(rf"(?:{_SHORT})(?P<type>{_TYPE})(?:[ ]+|[/／])(?:{_NUMLABEL})?$")
# a bank written in full, then its branch without 支店 and the type (西武信金 国分寺 普 0224815)
_BANK_PLACE_TYPE = re.compile(rf"(?<![{_NAME_CH[1:-1]}])(?:{_BANK})[ ]+{_NAME_CH}{{1,8}}[ ]+(?:{_TYPE})[ ]+$")
_SHORT_BEFORE = re.compile(rf"(?:{_SHORT_BANK})[ ]+$")
_SHORT_BOUNDARY = frozenset(" \t\n:：、,（(「『【]』」|｜¦│。！？!?")  # what may stand before the short name (a table cell's border, a sentence's end)
# Necessary for a bank, branch or type in `_PREFIX` / `_PREFIX_PLAIN` (each ends in one of these words): a scan for
# them rules out most numbers before the costly end-anchored search of the prefix patterns
_RUN_GATE = re.compile(_trie((
    "銀行", "信用金庫", "信金", "しんきん", "信用組合", "労働金庫", "農業協同組合", "バンク", "Bank", "BANK", "SMBC", "MUFG", "Mizuho",
    "MIZUHO", "Resona", "RESONA", "店", "所", "営業部", "Branch", "BRANCH", "普", "当", "貯蓄", "総合", "定期", "通知",
    "Ordinary", "Savings", "Checking", "Current", "Futsu", "Toza", "ORDINARY", "SAVINGS", "FUTSU", "ordinary", "savings",
    "checking", "current", "futsu", "フツウ", "トウザ", "ギンコウ", "シンキン", "シテン")))


def _char_class(*patterns: str) -> str:
    """A character class of every character a match of `patterns` can contain (built from their parsed form; the
    patterns must hold no item that matches any character, such as `.` or `\\w`)."""
    from re import _parser  # type: ignore[attr-defined]

    chars: set[int] = set()
    ranges: set[tuple[int, int]] = set()

    def walk(items) -> None:
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                chars.add(av)
            elif name == "IN":
                for op2, av2 in av:
                    if str(op2) == "LITERAL":
                        chars.add(av2)
                    elif str(op2) == "RANGE":
                        ranges.add(av2)
                    else:
                        raise ValueError(f"unsupported set item {op2}")
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                walk(av[2])
            elif name == "SUBPATTERN":
                if av[1] or av[2]:
                    raise ValueError("flags in a group")
                walk(av[3])
            elif name == "BRANCH":
                for alt in av[1]:
                    walk(alt)
            elif name != "AT":  # ($ and \\b consume nothing)
                raise ValueError(f"unsupported item {op}")

    for p in patterns:
        walk(_parser.parse(p))
    return "".join(re.escape(chr(c)) for c in sorted(chars)) + "".join(
        f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in sorted(ranges))


# The last character before a number that no prefix run can contain: a run (matched up to the number) starts after it,
# so the end-anchored search need not try the positions before it
_OUTSIDE_RUN = re.compile(r"(?s:.*)[^" + _char_class(_PREFIX.pattern, _PREFIX_PLAIN.pattern) + "]")
# The last character of a bank, branch, type or number label of `_PREFIX` / `_PREFIX_PLAIN` (each ends in one of these),
# and what may follow it up to the number (separators, a label's colon): a text before the number that, without those,
# ends in none of the first holds no prefix run, and the end-anchored search (which would try every position of it)
# can only find the empty match
_RUN_LAST = frozenset("行庫金合クkKCGoOaAnp.店所部hH）)通座蓄期知普当ysgtuYSUT号ウンん")
_RUN_TAIL = frozenset(" /／・,、:：の")
_LEAD_LABELS = ("お振込先", "振込先", "振込口座", "入金先", "送金先", "支払先", "口座", "振込")


# Japan Post Bank: 記号 (5 digits starting with 1) and 番号 (up to 8 digits); in a form, on two lines (only the
# 番号 value is the account number's field)
# (a PDF may wrap the line after 番号: 記号 10180　番号⏎  22314571)
_YUCHO = re.compile(r"記号[ ]*[:：]?[ ]*1[0-9]{4}[ /／・-]*番号[ ]*[:：]?[ ]*(?:\n[ \t]*)?[0-9]{6,8}(?![0-9])")
# the pair as one number: 記号 (1, three digits, 0) and an ordinary account's 番号 (seven digits, then 1)
_YUCHO_NUMBER = re.compile(r"1[0-9]{3}0-[0-9]{7}1")
_YUCHO_FORM = re.compile(r"記号[ \t]*[:：]?[ \t]*1[0-9]{4}[ \t]*\n[ \t]*番号[ \t]*[:：]?[ \t]*(?P<n>[0-9]{6,8})(?![0-9])")


# a record printed as a dict / JSON object: 'account': '3895126' (or account_no, "acct": …) with a bank or branch key
# before it in the same record
# (or an XML element's attributes: <Payee bankCode="0116" branchName="旭川中央" type="1" number="3312087" …/>)
_KEY_BEFORE = re.compile(
    r"""["']?(?i:account|acct|account_?no|account_?number|acct_?no|kouza|koza|kouza_?bango|koza_?bango|number)["']?[ ]?[:=]"""
    r"""[ ]?["']?\Z""")
_BANK_KEYS = r"(?i:bank|bank_?code|bank_?name|branch|branch_?code|branch_?name|ginko|shiten)"
_BANK_KEY = re.compile(rf"""["']{_BANK_KEYS}["'][ ]?[:=]|(?<![A-Za-z]){_BANK_KEYS}=["']""")

_KEYED_ACCOUNT = re.compile(r"""["'](?i:account_?no|account_?number|acct_?no|acct_?number)["'][ ]?:[ ]?["']([0-9](?:[0-9]|[ \-](?=[0-9])){5,22})["']""")
# another account-length number right before the candidate, with only a separator between ('4406215', '4412091')
_NUMBER_BEFORE = re.compile(r"(?<![0-9])[0-9]{6,8}[ ]?['\"]?[ ]?[,;|][ ]?['\"]?[ ]?\Z")


# an account held abroad: the remittance words that say so, the number's label, the number (8-18 digits, grouped or
# not); an IBAN (two letters, two check digits, the country's account in groups of four)
_ABROAD_HINT = re.compile(r"SWIFT|BIC|IBAN|海外送金|外国送金|国外送金|送金先|受取銀行|Beneficiary|beneficiary|"
                          r"Số tài khoản|Rekening|rekening|Routing|routing|Sort code|"
                          # (a remittance's source account, a bank named in English: Vietcombank, Bank: HSBC)
                          r"Remittance|remittance|送金元|(?<=[a-z])bank\b|Bank[ ]?(?:[Nn]ame)?[ ]?[:：]|BANK[ ]?(?:NAME)?[ ]?[:：]")
_ABROAD_NUMBER = re.compile(
    r"(?:口座番号|受取口座|(?:(?:Account|Acct\.?)[ ]?(?:No\.?|Number|number|#)|A/C(?:[ ]?(?:No\.?|#))?)|Số tài khoản|(?:No\.?|Nomor)[ ]Rekening|"
    r"IBAN|Routing No\.?)"
    r"[^\n:：0-9]{0,20}?[ \t]*[:：]?[ \t\u3000]*"
    r"(?P<v>[0-9](?:[0-9]|[ \-](?=[0-9])){7,22})(?![0-9\-])")
_ABROAD_BANK = re.compile(r"(?<![A-Za-z])(?:Bank|BANK|Banco|BANCO)(?![a-z])(?=[^\n:：]*$)")
# a Japanese account written in English: the bank (up to three capitalised words before Bank), its branch, the type,
# then the number (see `detect`)
_EN_PHRASE = re.compile(rf"(?:[A-Z][A-Za-z&.\-]*[ ]){{1,3}}(?:Bank|BANK|Shinkin|SHINKIN)[^\n]{{0,80}}?{_EN_TYPE_WORD}"
                        rf"(?: \({_EN_TYPE_WORD}\))?(?: [Dd]eposit)?,?(?: (?:[Aa]ccount|a/c|A/C))?(?: (?:[Nn]o\.?|[Nn]umber|#))?[ :#]*$")
# the IBANs that standards, banks and payment providers publish as examples (ISO 13616, the ECB, SEPA test
# environments): in a text about testing they are no one's account
_EXAMPLE_IBANS = frozenset((
    "DE89370400440532013000", "GB29NWBK60161331926819", "GB82WEST12345698765432", "FR1420041010050500013M02606",
    "NL91ABNA0417164300", "CH9300762011623852957", "IT60X0542811101000000123456", "ES9121000418450200051332",
    "BE68539007547034", "AT611904300234573201", "GB33BUKB20201555555555", "FR7630006000011234567890189",
))
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])")


# (katakana: the normalised text has made a transfer file's half-width kana full-width)
_KATAKANA_CHAR = re.compile("[\u30a1-\u30fa]")
_PAYROLL_ROW = re.compile(
    r"(?m)^(?=[^\n]*[\u30a1-\u30fa])[^\n]*?(?<![0-9])[0-9]{4}[ \t]+(?:[\u30a1-\u30fa][\u30a1-\u30fa\u30fcA-Z ]{1,14}?[ \t]+)?"
    r"[0-9]{3}[ \t]+(?:[\u30a1-\u30fa][\u30a1-\u30fa\u30fc ]{1,14}?[ \t]+)?[124][ \t]+([0-9]{7})(?![0-9])")
_PAYROLL_TAIL = re.compile(r"[124][ \t]+[0-9]{7}(?![0-9])")  # (every payroll row ends so: a cheap gate before the row's)
_ID_KEY_BEFORE = re.compile(r"(?i)(?:employee|staff|member|user|customer|emp|shain|kaiin)[ _\-]?(?:id|no|number|cd|code)"
                            r"[\"']?[ \t]*[:=][ \t]*[\"']?\Z")
# (the UK gate is searched on the lowered text, memoised per document: see `has_match`)
_UK_SORT_GATE = re.compile(r"sort[ \t]?code|barclays|hsbc|lloyds|natwest|santander|metro bank|monzo|nationwide|halifax|"
                           r"starling|tsb|co-operative bank")
_UK_SORT_ACCOUNT = re.compile(r"(?<![0-9\-])[0-9]{2}-[0-9]{2}-[0-9]{2}(?![0-9\-])[ \t,/]+(?:(?i:account|acct|a/c)"
                              r"(?:[ \t]?(?i:no\.?|number|#))?[ \t:：]*)?(?P<n>[0-9]{8})(?![0-9])")
_FIELD_GAP = re.compile(r"[ \t]{2}|[:：]")
_UK_BANK = re.compile(r"(?:Barclays|HSBC|Lloyds(?: Bank)?|NatWest|Santander|Metro Bank|Monzo|Nationwide|Halifax|Starling|TSB|"
                      r"Co-operative Bank)\b")
_BRANCH_TYPE_NUMBER = re.compile(r"(?<![0-9\-])[0-9]{3,4}-(?:普通|当座|貯蓄|普|当|貯)-[0-9]{7}(?![0-9\-])")
_TRANSFER_CUE = re.compile(r"振込|振替|給与|賞与|口座|預金|銀行|全銀|フリコミ|キユウヨ|キュウヨ|コウザ|ギンコウ")
_TRANSFER_CUE_LATIN = re.compile(r"koza|furikomi|kyuyo|zengin|bkcd|bank|payroll|transfer")  # (on the lowered text)
_OCR_DIGIT = "[0-9OolIB]"
_OCR_ACCOUNT = re.compile(
    rf"(?:口座番号|普通|当座)(?:[ \t]*[(（][^)）\n]{{0,16}}[)）])?[ \t:：]*\n?[ \t]*((?:{_OCR_DIGIT} ?){{6}}{_OCR_DIGIT})(?![0-9A-Za-z])")
_OCR_ACCOUNT_HINT = re.compile(r"[0-9] ?[OolIB]|[OolIB] ?[0-9]")


# 当 / 普 ending another word (給料手当,4800000, 担当 1234567): no account type's shorthand
_SHORT_TYPE_IN_WORD = re.compile(r"[\u4e00-\u9fff々][当普][ \t,:：]{0,2}\Z")


class BankAccountDetector(PatternDetector):
    name = "bank_account"
    pii_type = "JP_BANK_ACCOUNT"
    trigger = r"[0-9][0-9]{4}"  # (led by a class, not a repeat: scanned for, not tried at every position)
    scan_from_trigger = True  # (see `candidates`)
    plain_max = 0.2
    # words (lower case) that only decide whether to look; the context words decide the score. One regex (a
    # single memoised scan of the lowered text) rather than `gate_words` (a substring test per word)
    gate_extra = "|".join(("銀行", "支店", "通帳", "信金", "信用組合", "労働金庫", "農協", "jaバンク", "出張所", "営業部", "本店",
                           "bank", "branch", "account", "acct"))
    context = ContextWords(
        [("普通", 12), ("当座", 12), ("貯蓄", 12), ("フツウ", 12), ("トウザ", 12), ("定期", 6), ("普", 3), ("当", 3), "普通預金", "当座預金", "定期預金", "口座番号",
         "口座", "振込先", "通帳",
         "振込口座", "振込", "預金", "銀行", "信用金庫", "支店", "ゆうちょ", ("account", 3), "account no", "account number",
         "acct", "a/c", "bank account", "口座no",
         "預金種別", ("ordinary", 3), ("savings", 3), ("futsu", 3), ("checking", 3), ("toza", 3)],
        negative=["郵便", "〒", "zip", "電話", "tel", "fax", "会員", "受付",
                  # a patient's, a customer's or a record's own number (患者ID：0158822 on a refund form)
                  "患者id", "患者番号", "診察券", "カルテ番号", "顧客id", "会員id", "利用者id",
                  # 普通 in other compounds: a delivery class, a vehicle class, a train, paper
                  "普通便", "普通車", "普通自動車", "普通列車", "普通紙", "普通扱い", "普通品"],
        before=30, after=6,
    )

    def __init__(self) -> None:
        super().__init__()
        # `_labelled` in one list: the long-range context words (those `ContextWords.in_document` looks for) and the
        # gate words, looked for in the scan all detectors' document words share (`WORD_LISTS`), instead of one scan
        # for each list
        words = set(getattr(self.context, "_positive", ())) | set(self.gate_extra.split("|"))
        self._label_bit = WORD_LISTS.register(words)

    def _labelled(self, text: str) -> bool:
        return bool(WORD_LISTS.present(text) >> self._label_bit & 1)

    @staticmethod
    def _payroll_file(text: str) -> bool:
        """Kana, a row's tail (type and seven-digit account) and a transfer cue: the cheap tests before the row's."""
        return (_KATAKANA_CHAR.search(text) is not None and _PAYROLL_TAIL.search(text) is not None
                and (_TRANSFER_CUE.search(text) is not None or has_match(text, _TRANSFER_CUE_LATIN, lower=True)))

    def applies(self, text: str) -> bool:
        # (an IBAN's groups of four, an A/C number in groups of three, have no five-digit run)
        return super().applies(text) or "IBAN" in text or "A/C" in text or (
            ("普" in text or "当" in text or "貯" in text) and _BRANCH_TYPE_NUMBER.search(text) is not None) or (
            "-" in text and has_match(text, _UK_SORT_GATE, lower=True) and _UK_SORT_ACCOUNT.search(text) is not None) or (
            self._payroll_file(text) and _PAYROLL_ROW.search(text) is not None) or (
            ("口座" in text or "普通" in text or "当座" in text) and _OCR_ACCOUNT_HINT.search(text) is not None)

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        pos = match_start(text, self._trigger)  # (a number starts with the trigger's five digits)
        if pos < 0:
            return
        for m in _NUM.finditer(text, pos):
            yield m.start("v"), m.end("v"), 0.2

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        v = text[start:end]
        if v.count("0") >= len(v) - 1 or v.count(v[-1]) == len(v):
            return 0.0  # 0000000, 0000001, 9999999: a format's example or a test range
        if _NUMBER_BEFORE.search(text, max(0, start - 16), start):
            return base  # the label before belongs to the account number written just before this one
        if _ID_KEY_BEFORE.search(text, max(0, start - 24), start) is not None:
            return 0.0  # employeeID: 0031187 (under department: 第二営業部): a person's or a record's ID
        pol, d = self.context.nearest(text, start, end)
        if pol > 0 and d <= 3 and _SHORT_TYPE_IN_WORD.search(text, max(0, start - 6), start) is not None:
            pol = 0  # 給料手当,4800000, 担当 1234567: the end of another word, not 当座's or 普通's shorthand
        if pol > 0:
            return 0.9
        if pol < 0:
            return 0.0
        if end - start == 14 and _YUCHO_NUMBER.fullmatch(text, start, end) and "記号" in text[max(0, start - 16):start]:
            return 0.9  # 記号・番号は 10180-57382041: Japan Post Bank's pair, its shape (1…0-…1) says whose
        if (":" in text[start - 4:start] or "=" in text[start - 4:start]) and _KEY_BEFORE.search(
                text, max(0, start - 20), start) and _BANK_KEY.search(text, max(0, start - 160), start):
            return 0.9
        # a bank or branch name shortly before (e.g. みずほ銀行 渋谷支店 1234567) without an explicit type
        lo = max(0, start - 20)
        if _BANKISH.search(text, lo, start):
            return 0.7
        if start and text[start - 1] in " :#.":
            # written in English after its bank, branch and type (The Chiba Bank, Ltd., Kashiwa Branch, Ordinary
            # Deposit No. 3018845)
            ls = max(text.rfind("\n", 0, start) + 1, start - 160)
            if "an" in text[ls:start] and _EN_PHRASE.search(text, ls, start) is not None:
                return 0.9
        return base

    def extend(self, text: str, start: int) -> int:
        """Start of the bank / branch / type run written just before the number: on the same line, or ending the
        line before when the number starts its line (a wrapped PDF line). A type and a number label alone
        (預金種目：普通　口座番号：1234567) are separate form fields: the number stands alone then."""
        line_start = text.rfind("\n", 0, start) + 1
        end = start
        if line_start and (not text[line_start:start].strip() or (
                _TYPE_LINE.fullmatch(text, line_start, start) is not None
                and _BRANCH_LINE_END.search(text, max(0, line_start - 12), line_start) is not None)):
            # the number starts its line, or only its type stands before it under the line of the bank and branch
            # (お振込先　埼玉りそな銀行　川口支店⏎　当座　0381527): look at the end of the previous line
            end = line_start - 1
            line_start = text.rfind("\n", 0, end) + 1
        wide = max(line_start, end - 110)
        q = end
        while q > wide and text[q - 1] in _RUN_TAIL:
            q -= 1
        if q == wide or text[q - 1] not in _RUN_LAST or _RUN_GATE.search(text, wide, end) is None:
            return start  # (no bank, branch, type or label ends the text before the number: see `_RUN_LAST`)
        out = _OUTSIDE_RUN.match(text, wide, end)
        first = out.end() if out is not None else wide  # (no match of the searches below starts before this)
        lo = max(line_start, end - 60)
        window = text[lo:end]
        prefix = _PREFIX if ("(" in window or "（" in window) else _PREFIX_PLAIN
        m = prefix.search(text, max(lo, first), end)
        if (m is None or not m.group("bank")) and _HIRA_CHAR.search(text, lo, end) is not None:
            h = _PREFIX_HIRA.search(text, lo, end)
            if h is not None and (m is None or h.start() < m.start()):
                m = h  # (自由が丘支店: the run read without hiragana starts at 丘支店)
        if m is not None and lo > line_start and (m.start() - lo < 4 or (m.group("branch") and not m.group("bank"))):
            # the run may start before the window (Kansai Mirai Bank, Umeda Branch (Branch No. 312), Ordinary …;
            # Sumitomo Mitsui Banking Corporation, Shibuya Branch, …)
            m2 = _PREFIX.search(text, max(wide, first), end)
            if m2 is not None and m2.start() < m.start():
                m, lo = m2, max(line_start, end - 110)
        if m is None or not (m.group("bank") or m.group("branch") or m.group("type")):
            return start
        if not (m.group("bank") or m.group("branch")) and (end != start or m.end() > m.end("type")):
            if m.group("type") and end == start:
                short = _SHORT_PREFIX.search(text, lo, end)  # りそな 梅田 普通 1234567
                if short is not None and (short.start() == 0 or text[short.start() - 1] in _SHORT_BOUNDARY):
                    return short.start()
                full = _BANK_PLACE_TYPE.search(text, lo, end)  # 西武信金 国分寺 普 0224815: a branch without 支店
                if full is not None:
                    return full.start()
            return start  # 普通　口座番号：1234567 (fields), or 普通⏎1234567
        if not m.group("bank") and m.group("label") and m.group("type") and m.group("label").startswith("口座"):
            # 当行　高崎駅前支店（店番112）　普通　口座番号 1234567: without the bank's name the branch, type and
            # number are the fields of a form, and the labelled number stands alone
            return start
        s = m.start()
        if "\u3041" <= text[s] <= "\u3096":
            k = _HIRA_BANK_RX.search(text, s, m.end())
            if k is not None:
                s = k.start()  # (…していたりそな銀行: the bank the list knows, not the verb before it)
        if _CSV_COMMA.search(text, s, start) is not None:
            return start  # 福井銀行,本店営業部,普通,4418206: the fields of a CSV row, the account number its own cell
        if not m.group("bank"):  # a bank written without 銀行 before its branch: 埼玉りそな 大宮支店 普通 1234567
            short = _SHORT_BEFORE.search(text, max(line_start, s - 12), s)
            if short is not None and (short.start() == 0 or text[short.start() - 1] in _SHORT_BOUNDARY):
                return short.start()
        while text[s] in _RUN_TAIL and s < start:  # (・りそな銀行…: a list's bullet, not the bank's name)
            s += 1
        for lab in _LEAD_LABELS:  # a label glued to the bank name is not part of the account
            if text.startswith(lab, s) and (m.group("bank") or m.group("branch")):
                s += len(lab)
                break
        return s

    def detect(self, text: str) -> Iterator[Entity]:
        if _ABROAD_HINT.search(text) is not None:
            # an account abroad (a remittance form, a trainee's home bank): its labelled number of 8 to 18 digits,
            # and IBANs with a valid check (stdnum)
            for m in _ABROAD_NUMBER.finditer(text):
                if 8 <= sum(c.isdigit() for c in m.group("v")) <= 18:
                    # written inline after its bank (Bank Mandiri, KCP Bandung Dago, Account No. 1320019847715): the
                    # whole phrase, as for a Japanese account
                    ls = text.rfind("\n", 0, m.start()) + 1
                    b = _ABROAD_BANK.search(text, ls, m.start())
                    yield Entity(self.pii_type, m.start("v") if b is None else b.start(), m.end("v"), 0.85, self.name)
            for m in _IBAN.finditer(text):
                if iban.is_valid(m.group(0)) and not (m.group(0).replace(" ", "") in _EXAMPLE_IBANS
                                                      and _TESTING.search(text) is not None):
                    yield Entity(self.pii_type, m.start(), m.end(), 0.9, self.name)
        if ("ccount" in text or "cct" in text) and ("ank" in text or "ranch" in text):
            # a record's account key beside its bank and branch keys, whatever the country's length and grouping
            # ("bank_code":"7171","branch_code":"081","account_no":"072-914538-6")
            for m in _KEYED_ACCOUNT.finditer(text):
                if _BANK_KEY.search(text, max(0, m.start() - 200), m.start()) is not None:
                    yield Entity(self.pii_type, m.start(1), m.end(1), 0.85, self.name)
        if "記号" in text:
            for m in _YUCHO.finditer(text):
                near = text[max(0, m.start() - 30):m.start()]
                if "ゆうちょ" in near or "郵便貯金" in near or "口座" in near:
                    yield Entity(self.pii_type, self.extend(text, m.start()), m.end(), 0.9, self.name)
            for m in _YUCHO_FORM.finditer(text):
                near = text[max(0, m.start() - 60):m.start()]
                if "ゆうちょ" in near or "郵便貯金" in near or "口座" in near or "貯金" in near:
                    yield Entity(self.pii_type, m.start("n"), m.end("n"), 0.9, self.name)
        if "-" in text and has_match(text, _UK_SORT_GATE, lower=True):
            # a UK account: its sort code, then the eight digits (Sort code: 30-96-34  Account no.: 17728841; Barclays,
            # 20-26-78, 55179304): the number in a form's field, the phrase from the bank's name when one leads it
            for m in _UK_SORT_ACCOUNT.finditer(text):
                ls = text.rfind("\n", 0, m.start()) + 1
                b = _UK_BANK.search(text, max(ls, m.start() - 40), m.start())
                field = _FIELD_GAP.search(text, m.start(), m.start("n")) is not None  # (Sort code: …   Account no.: …)
                yield Entity(self.pii_type, b.start() if b is not None and not field else m.start("n"), m.end("n"), 0.85,
                             self.name)
        if "普" in text or "当" in text or "貯" in text:
            # a branch number, the type's first character and the account, hyphenated (201-普-3068152, 0325-普通-0104477)
            for m in _BRANCH_TYPE_NUMBER.finditer(text):
                yield Entity(self.pii_type, m.start(), m.end(), 0.85, self.name)
        if self._payroll_file(text):
            # a payroll transfer file's record: bank code, its kana name, branch code, its kana name, the type
            # (1 普通, 2 当座, 4 貯蓄) and the seven-digit account, in columns beside the payee's name in kana
            # (only in a document that says it transfers money: a listing of lots or parts has the same shape)
            for m in _PAYROLL_ROW.finditer(text):
                yield Entity(self.pii_type, m.start(1), m.end(1), 0.85, self.name)
        if ("口座" in text or "普通" in text or "当座" in text) and _OCR_ACCOUNT_HINT.search(text) is not None:
            # an OCR'd form's account number with letters for digits (O for 0, l for 1) and spaces between them
            for m in _OCR_ACCOUNT.finditer(text):
                v = m.group(1)
                if sum(c.isdigit() for c in v) >= 4 and any(c in "OolIB" for c in v):
                    yield Entity(self.pii_type, self.extend(text, m.start(1)), m.end(1), 0.85, self.name)
        for e in super().detect(text):
            s = self.extend(text, e.start)
            if s == e.start and e.start and text[e.start - 1] in " :#.":
                # written in English after its bank and branch (Shizuoka Bank, Hamamatsu Ekimae branch, futsu
                # 0619375): the whole phrase, as for a Japanese one
                m = _EN_PHRASE.search(text, text.rfind("\n", 0, e.start) + 1, e.start)
                if m is not None:
                    s = m.start()
            yield Entity(e.type, s, e.end, e.score, e.detector) if s != e.start else e
