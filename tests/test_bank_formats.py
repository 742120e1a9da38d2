"""JP_BANK_ACCOUNT formats added for held-out sets O/P: branch numbers and readings in brackets, chat shorthand without
銀行/支店, English remittance lines, a branch-only form with a 口座番号 label, ゆうちょ 記号/番号 wrapped by a PDF, a
dict/JSON record printed in a log, and printed 総合振込 listings (fixed-width columns)."""

from __future__ import annotations

import pytest

from classifiers import get_engine


def accounts(text: str) -> list[str]:
    return [text[e.start:e.end] for e in get_engine(None).analyze(text) if e.type == "JP_BANK_ACCOUNT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the branch number in brackets, in its several labels
        ("【新しい振込先】\n三井住友銀行 新宿西口支店（店番号 791） 普通預金 7402815\n口座名義：ｱﾙﾃｷｶｸ(ｶ",
         "三井住友銀行 新宿西口支店（店番号 791） 普通預金 7402815"),
        ("振込先：みずほ銀行 渋谷支店(支店番号：123) 当座 0193746", "みずほ銀行 渋谷支店(支店番号：123) 当座 0193746"),
        # a ゆうちょ branch written with its reading
        ("　他の金融機関から：ゆうちょ銀行 〇一八（ゼロイチハチ）店 普通預金 2841963\n",
         "ゆうちょ銀行 〇一八（ゼロイチハチ）店 普通預金 2841963"),
        # English: the branch number and a bank name over 60 characters before the number
        ("1) His Japanese salary account:\n   Kansai Mirai Bank, Umeda Branch (Branch No. 312), Ordinary Account 6624081\n",
         "Kansai Mirai Bank, Umeda Branch (Branch No. 312), Ordinary Account 6624081"),
        ("my old account (Sumitomo Mitsui Banking Corporation, Shibuya Branch, Ordinary Account No. 5520714) is closed",
         "Sumitomo Mitsui Banking Corporation, Shibuya Branch, Ordinary Account No. 5520714"),
    ],
)
def test_bracketed_branch_parts_and_english_lines(text, expected):
    assert accounts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[2024/10/02 18:42] 大家: りそな 梅田 普通 4470261 タジマ ヒロシ でお願いします", "りそな 梅田 普通 4470261"),
        ("振込先は 三菱UFJ 池袋 当座 1234567 です", "三菱UFJ 池袋 当座 1234567"),
        ("ゆうちょ 普通 1234567 でお願いします", "ゆうちょ 普通 1234567"),
        ("埼玉りそな 大宮支店 普通 3318472", "埼玉りそな 大宮支店 普通 3318472"),
    ],
)
def test_chat_shorthand_without_bank_word(text, expected):
    assert accounts(text) == [expected]


def test_shorthand_needs_a_known_bank_name():
    # a place name and a type: the number is an account, but the place name is not its bank
    assert accounts("東京みずほ 普通 1234567") == ["1234567"]
    assert accounts("配送便 普通 1234567") == ["1234567"]


def test_branch_only_form_with_an_account_number_label_keeps_the_number_alone():
    text = "【ご返済用口座】当行　高崎駅前支店（店番112）　普通　口座番号 3081547\n【連帯債務者】"
    assert accounts(text) == ["3081547"]
    # without the label, or with the bank's name, the phrase is the account
    assert accounts("口座は 駅前支店 普通 7720158 です") == ["駅前支店 普通 7720158"]
    assert accounts("三井住友銀行 明大前支店 普通預金 口座番号8832047") == ["三井住友銀行 明大前支店 普通預金 口座番号8832047"]


def test_yucho_number_wrapped_to_the_next_line():
    text = "次の乙名義口座へ振り込む。\n  ゆうちょ銀行　記号 10180　番号\n  22314571（名義：シライシ ユウマ）"
    assert accounts(text) == ["ゆうちょ銀行　記号 10180　番号\n  22314571"]


def test_account_key_in_a_printed_record():
    text = ("bank.ZenginFormatError: invalid kana in holder name: {'staff_id': 'ST-20533', 'bank': '9900', "
            "'branch': '028', 'type': '1', 'account': '3895126', 'amount': 231480}")
    assert accounts(text) == ["3895126"]
    # an "account" key without a bank or branch in the record is a customer account, not a bank account
    assert accounts('{"customer_id": 1, "account": "3895126"}') == []


_LISTING = (
    "総合振込明細表                               取引日 2024/11/25   頁 1/1\n"
    "依頼人コード 1192038845  依頼人名 ｶ)ﾋﾀﾁﾅｶｻﾝｷﾞﾖｳ\n"
    "No 銀行  銀行名        支店 支店名       種目 口座番号 受取人名              金額\n"
    "-- ---- ------------- ---- ----------- ---- ------- -------------------- ----------\n"
    "01 0001 ﾐｽﾞﾎ          123  ｵｵﾐﾔ         1    1184502 ｱｻｸﾗ ﾕｳｼﾞ              45,000\n"
    "02 0005 ﾐﾂﾋﾞｼUFJ      251  ﾖｺﾊﾏｴｷﾏｴ      1    0831527 ｵｶﾑﾗ ｹﾝｼﾞ             418,000\n"
    "05 1251 ﾋﾀﾁｼﾝｷﾝ       012  ｶﾂﾀ          2    0073319 ｶ)ﾏﾙｲﾁﾄﾞｹﾝ           1,210,000\n"
)


def test_printed_transfer_listing():
    assert accounts(_LISTING) == ["1184502", "0831527", "0073319"]


def test_listing_shaped_rows_without_a_transfer_header_are_not_accounts():
    text = ("No コード 品名 工場 工程名 区分 ロット\n"
            "01 0001 ﾎﾞﾙﾄ 123 ｵｵﾐﾔ 1 1184502\n")
    assert accounts(text) == []


@pytest.mark.parametrize(
    "text",
    ["口座番号 1234567", "Bank: Resona, 1234567", "みずほ銀行 渋谷支店", "ACCOUNT NO 1234567", "a/c 1234567", "JAバンク 12345",
     "第二出張所", "営業部 12345", "ゆうちょ 12345-1234567", "Acct: 7654321", "請求書番号 12345 のご案内", "在庫 12345 個"],
)
def test_label_gate_in_one_scan_answers_as_the_two_scans(text):
    # `_labelled` scans once for the context words and the gate words together (a speed-up): same answer as the base
    from classifiers.bank_account import BankAccountDetector
    from classifiers.base import PatternDetector

    d = BankAccountDetector()
    assert d._labelled(text) == PatternDetector._labelled(d, text)
