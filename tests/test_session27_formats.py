"""Formats met in session 27's sets (a driving school, home nursing, an agricultural cooperative, a waterworks bureau, a
wedding hall, an airline's customer relations, an international student office, a veterinary hospital)."""

from __future__ import annotations

from engine_helpers import found


def test_a_city_and_ward_the_gazetteer_does_not_know_then_a_block_number():
    rows = ("お客さま番号\t氏名\t電話\t使用場所\n41-0711-0203\t漆原 健吾\t045-842-6619\t湊浜市港南区丸山台1-22-5\n"
            "41-0711-0228\t今村 亮\t080-2251-7090\t湊浜市港南区丸山台1-23-1 丸山台ハイツB-3\n")
    assert found(rows, "ADDRESS") == ["湊浜市港南区丸山台1-22-5", "湊浜市港南区丸山台1-23-1 丸山台ハイツB-3"]
    assert found("いつもお世話になっております。湊浜市栄区本郷台3-8-21に住む者です。\n", "ADDRESS") == ["湊浜市栄区本郷台3-8-21"]
    # … but a known city's area without its block number stays no address, as before
    assert found("場所：名古屋市東区東桜一丁目 交差点（信号あり）\n", "ADDRESS") == []
