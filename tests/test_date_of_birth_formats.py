"""DATE_OF_BIRTH: formats people really write (era codes of social-insurance forms, padded era dates, OCR-spaced
digits, partial dates with a birth word, vCard BDAY) and thresholds or cohorts that are not anyone's birth date.

Every value here is synthetic.
"""

from __future__ import annotations

import pytest

from classifiers.date_of_birth import DateOfBirthDetector, is_birth_date_value
from classifiers.engine import Engine, EngineOptions

ENGINE = Engine(EngineOptions(free_text=False))


def dobs(text: str) -> list[str]:
    return [text[e.start:e.end] for e in ENGINE.analyze(text) if e.type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("text,value", [
    ("あなたの生年月日  昭49. 8.11     世帯主の氏名", "昭49. 8.11"),  # a space pads one-digit month and day
    ("個人番号 123  生年月日 平18. 5.30  特定扶養親族", "平18. 5.30"),
    ("続柄 子  生年月日 西暦 2 0 0 4 年 0 1 月 1 6 日\n", "2 0 0 4 年 0 1 月 1 6 日"),  # OCR-spaced digits
    ("被保険者生年月日 7-130826 性別 女", "7-130826"),  # era code 7 = 平成 + YYMMDD
    ("BDAY:1987-09-23\nNOTE:展示会で名刺交換", "1987-09-23"),  # vCard
    ("BDAY;VALUE=date:1979-04-02\nEND:VCARD", "1979-04-02"),
    ("生年月日（昭和34年6月1日）からすると、特別支給の老齢厚生年金は", "昭和34年6月1日"),  # label + bracket
    ("- 久保田 源蔵（明治12年3月生まれ、昭和8年没）養蚕業。", "明治12年3月"),  # partial dates with a birth word
    ("- 妻 とめ（旧姓 宮島、明治18年生）", "明治18年"),
    ("- 父 久保田 修（昭和31年生）", "昭和31年"),
    ("次男 正二（大正七年十月生まれ）", "大正七年十月"),
    ("担当の鈴木は1987年3月生まれです。", "1987年3月"),
])
def test_birth_date_formats(text, value):
    assert value in dobs(text)


@pytest.mark.parametrize("text", [
    "年齢は1959年1月1日以前生まれの人が70歳以上です。",  # a legal threshold
    "平成12年4月2日以降生まれの方が対象です。",
    "1990年生まれの人は全体の12%だった。",  # a cohort, not a person
    "昭和40年生まれ以降の世代では",
    "1980年～1995年生まれを対象に調査",
    "2021年生産の部品",  # 生産 is not a birth
    "大3年生）のゼミ発表",  # a university grade, not 大正3年
    "明治12年3月に開校、昭和8年没",  # no birth word
    "取得年月日 9-060401",  # an era-coded date without a birth label
])
def test_not_birth_dates(text):
    assert dobs(text) == []


def test_a_labelled_birth_date_repeated_later_is_reported_again():
    text = ("生年月日: 1985-04-01\n" + "担当者メモ。" * 10 +
            "\nお客様: 1985年4月1日です\n" + "備考。" * 10 + "\n入社日 1985年4月1日")
    assert dobs(text) == ["1985-04-01", "1985年4月1日"]  # not the 入社日


@pytest.mark.parametrize("value,ok", [
    ("7-130826", True), ("5-621104", True), ("5621104", True), ("3-150101", True), ("9-060401", True),
    ("7-991399", False), ("2-130826", False), ("9-990101", False), ("昭49. 8.11", True), ("H30.04.12", True),
    ("2 0 0 4 年 0 1 月 1 6 日", True), ("1234567", False),
])
def test_birth_date_cell_values(value, ok):
    assert is_birth_date_value(value) is ok


def test_era_code_column_in_csv():
    text = ("No,被保険者氏名,生年月日,種別,取得年月日\n"
            "1,若月 遥,7-130826,女,9-060401\n"
            "2,小松原 涼,7-100215,男,9-060401\n")
    assert dobs(text) == ["7-130826", "7-100215"]


def test_partial_date_gate_lets_the_detector_run():
    assert DateOfBirthDetector().applies("長女 きよ（大正4年生）")


@pytest.mark.parametrize("text,value", [
    ("DOB 14/03/1971", "14/03/1971"),  # day first
    ("DOB 30/06/1985", "30/06/1985"),
    ("DOB 04/01/1985", "04/01/1985"),
])
def test_day_first_dates(text, value):
    assert dobs(text) == [value]


def test_day_first_cells():
    assert is_birth_date_value("30/06/1985")
    assert not is_birth_date_value("31/13/1985")


def test_airline_date_cells_and_words_starting_with_sei():
    assert is_birth_date_value("12MAR85") and is_birth_date_value("08dec01")
    assert not is_birth_date_value("31FEB90") and not is_birth_date_value("12XYZ85")
    # 生 that starts a word (生産, 生活) is no birth suffix; 発効 is no birth label
    assert dobs("発効：2024-04-08 生産分より") == []
    assert dobs("4月1日生活支援を開始 生年月日欄なし") == []
    assert dobs("1985年4月1日生 男") == ["1985年4月1日"]


def test_birth_dates_before_a_relation_column():
    text = "支給要件児童\n　①近藤　湊　　H30.6.21　　続柄 長男　同居\n　②近藤　つむぎ　R3.12.2　　続柄 長女　同居\n"
    assert dobs(text) == ["H30.6.21", "R3.12.2"]
    assert dobs("資格取得日 2020/4/1  続柄 長男") == []


@pytest.mark.parametrize("text,value", [
    ("氏　名　　森 田　菜 々 子\n生年月日　2OO3年 5月 l8日\n所　属　　工学部", "2OO3年 5月 l8日"),  # O for 0, l for 1
    ("DOB: l2/O5/1990\nNationality: PHL", "l2/O5/1990"),
    ("D.O.B. 1O/12/1985", "1O/12/1985"),
    ("Date of Birth: I5 Mar l988", "I5 Mar l988"),
    ("生年月日：昭和5O年1O月2日", "昭和5O年1O月2日"),
])
def test_ocr_letters_for_digits_after_a_birth_label(text, value):
    assert dobs(text) == [value]


@pytest.mark.parametrize("text", [
    "入学年月日　2O22年 4月 1日",  # not a birth label
    "製造年月日 2OO3年 5月 l8日",
    "生年月日　(記入なし)　Iot番号 2O22-1",
])
def test_ocr_letters_need_a_birth_label_and_a_date(text):
    assert dobs(text) == []


@pytest.mark.parametrize("value,expected", [
    ("1985年4月1日", (1985, 4, 1)), ("1985-4-1", (1985, 4, 1)), ("19850401", (1985, 4, 1)), ("14/03/1985", (1985, 3, 14)),
    ("April 1, 1985", (1985, 4, 1)), ("27MAR1988", (1988, 3, 27)), ("1 Apr 1985", (1985, 4, 1)),
    ("昭和60年4月1日", (1985, 4, 1)), ("S60.4.1", (1985, 4, 1)), ("平成元年5月1日", (1989, 5, 1)),
    ("昭和五十九年十二月二十六日", (1984, 12, 26)), ("一九八五年四月一日", (1985, 4, 1)), ("昭60年4月1日", (1985, 4, 1)),
    ("2 0 0 4 年 0 1 月 1 6 日", (2004, 1, 16)), ("7-130826", (2001, 8, 26)),
    ("令和2年2月30日", None), ("平成32年1月1日", None), ("1999/13/01", None),
])
def test_parse_date_every_form(value, expected):
    """parse_date reads the branch that matched (its last group), for each form the pattern knows."""
    import datetime

    from classifiers.date_of_birth import _DATES, _DATES_SPACED, parse_date
    m = _DATES.fullmatch(value) or _DATES_SPACED.fullmatch(value)
    if m is None:
        assert expected is None
        return
    assert parse_date(m) == (datetime.date(*expected) if expected else None)


def test_birth_date_column_of_a_fixed_width_manifest():
    """DDMMMYY dates under DOB in a listing whose labels are one space apart; the expiry column beside it is not."""
    text = ("SEQ SURNAME        GIVEN NAME     DOB      SEX NAT DOC PASSPORT NO  EXP      SEAT\n"
            "001 NAKASONE       TATSUYA        14FEB82 M   JPN P   TK4821937    03MAY31  12A\n"
            "002 ICHINOSE       CHIHIRO        30JUN90 F   JPN P   TS2218840    22JUL29  14D\n")
    assert sorted(dobs(text)) == ["14FEB82", "30JUN90"]
