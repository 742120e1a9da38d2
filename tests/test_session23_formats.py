"""Formats met in session 23: surnames after the roles of pharmacies, buildings, clinics and prisons (処方医: 石原,
管理員 栗田, 福祉専門官 小西), a surname written onto 担当, a fee named after a role (月額顧問料) that is no title,
and Latin names with a hyphen, an apostrophe or a middle initial in a name column."""

from __future__ import annotations

from engine_helpers import found


def test_surnames_after_the_roles_of_back_offices():
    cases = {
        "処方医: 石原\n": "石原",
        "薬剤師: 森本 彩香  監査: 佐野\n": "佐野",
        "→ ５/１０撤去予告貼付済（管理員 栗田）\n": "栗田",
        "心理相談（心理士 岡部）：言語発達の遅れ疑い\n": "岡部",
        "（入館 V-014）→ 警備 新井田 が18:05 に退館確認\n": "新井田",
        "大阪刑務所 福祉専門官 小西　／　大阪保護観察所 岡田観察官\n": "岡田",
        "判定: 承認 / 審査者: 森本 (二次: 今井)\n": "今井",
    }
    for text, name in cases.items():
        assert name in found(text, "PERSON"), text


def test_role_words_with_no_surname_after_them_stay_clean():
    for text in ("監査: 済\n", "面談 3回目\n", "処理 完了\n", "警備 強化\n", "大家：不在\n", "二次: 書類\n"):
        assert not found(text, "PERSON"), text


def test_a_surname_written_onto_its_desk():
    assert found("カット＋カラー 担当小西です。", "PERSON") == ["小西"]
    assert found("書類一式を12/6までに本部へ送付（三宅担当）。", "PERSON") == ["三宅"]
    for text in ("（経理担当）に送付", "担当部署です", "（営業担当）", "担当者より"):
        assert not found(text, "PERSON"), text


def test_a_fee_named_after_a_role_is_not_a_title():
    assert found("事務所記入欄：面談日 1/25 担当 坂口　月額顧問料 15,000円", "PERSON") == ["坂口"]


def test_latin_names_with_hyphens_apostrophes_and_initials_in_a_name_column():
    text = ("No,氏名,国籍\n1,Jean-Pierre MOREL,FRA\n2,Liam O'BRIEN,AUS\n3,Mary-Anne O'Neil,IRL\n"
            "4,Marco D'Angelo,ITA\n")
    assert found(text, "PERSON") == ["Jean-Pierre MOREL", "Liam O'BRIEN", "Mary-Anne O'Neil", "Marco D'Angelo"]
    table = ("  txn_id        cardholder          email\n"
             "  TX8841029     HIROSHI KAWANO      h.kawano@kawano-design.jp\n"
             "  TX8842015     DAVID R. PARKER     dparker@pacificbridge.com.au\n")
    assert found(table, "PERSON") == ["HIROSHI KAWANO", "DAVID R. PARKER"]
    assert found("Name: Liam O'BRIEN\n", "PERSON") == ["Liam O'BRIEN"]
