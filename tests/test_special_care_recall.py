"""SPECIAL_CARE recall: medical, creed and care fields of forms and charts, the lexicon of conditions before a
predicate about someone, offences with a penalty; and the general texts that must stay clean."""

from __future__ import annotations

import re

import pytest

from classifiers.special_care import SpecialCareDetector, _trie


@pytest.fixture(scope="module")
def det() -> SpecialCareDetector:
    return SpecialCareDetector()


def spans(det: SpecialCareDetector, text: str) -> list[str]:
    return [text[e.start:e.end] for e in det.detect(text)]


KARTE = (
    "【外来カルテ】 2026/11/06 内科\n患者：村井 清\nS) 2週間前から夜間の咳。\nO) BP 162/98、SpO2 95%、両肺野にwheeze聴取。\n"
    "A) COPD増悪疑い\n既往：高血圧症（2012〜）、胃潰瘍（2019 手術）\n内服：アムロジピン5mg 1日1回\n喫煙：20本/日×40年\nP) 胸部X線"
)


def test_soap_note(det):
    assert spans(det, KARTE) == ["162/98", "COPD増悪疑い", "高血圧症（2012〜）、胃潰瘍（2019 手術）", "アムロジピン5mg 1日1回"]


def test_soap_assessment_line_with_colons(det):
    text = "患者氏名：木村 進\nS: 咽頭痛、発熱\nO: 体温38.2℃\nA: 急性上気道炎、脱水\nP: 補液"
    assert spans(det, text) == ["急性上気道炎"]


def test_faq_answers_are_no_soap_note(det):
    assert spans(det, "Q: 薬の飲み忘れは？\nA: 気づいたときに1回分を飲んでください。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("お名前　長谷川 理恵\n□現在治療中の病気はありますか　→　はい（甲状腺機能低下症）\n□服用中のお薬　→　チラーヂンS 50μg\n"
         "□アレルギー　→　花粉症、造影剤で発疹\n□妊娠の可能性　→　なし", ["甲状腺機能低下症", "チラーヂンS 50μg", "花粉症、造影剤で発疹"]),
        ("お名前：田中 一\n□お薬にアレルギーはありますか → はい（ペニシリン）", ["ペニシリン"]),
        ("お名前：田中 一\n□現在治療中の病気はありますか → いいえ\n□服用中のお薬 → なし", []),
        ("氏名：岡 俊彦\n全身疾患：心臓病（ペースメーカー使用）\n血をサラサラにする薬：ワーファリン服用中\n麻酔で気分が悪くなったこと：ない",
         ["心臓病（ペースメーカー使用）", "ワーファリン服用中"]),
        ("児童氏名：永井 颯太\n既往症：川崎病（4歳）\n食物アレルギー：そば、ピーナッツ（エピペン携帯）", ["川崎病（4歳）", "そば、ピーナッツ（エピペン携帯）"]),
        ("氏名：佐藤 一郎\n基礎疾患：2型糖尿病、高血圧", ["2型糖尿病、高血圧"]),
        ("氏名：鈴木 明\n服用中の薬：ロスバスタチン2.5mg、アムロジピン5mg", ["ロスバスタチン2.5mg", "アムロジピン5mg"]),
        ("利用者：高橋 ハナ\n要介護度：要介護2\n主病名：パーキンソン病", ["要介護2", "パーキンソン病"]),
        ("傷病名：急性虫垂炎\n手術名：腹腔鏡下虫垂切除術", ["急性虫垂炎", "腹腔鏡下虫垂切除術"]),
        ("喪主　　村上 健様\n宗旨　　浄土真宗\n※弔電は式場宛てにお願いします。", ["浄土真宗"]),
        ("障害：視覚障害（全盲）", ["視覚障害（全盲）"]),
        ("Full name: Priya Sharma\nReligion: Hindu\nDietary needs: vegetarian, no beef", ["Hindu"]),
        ("Name: John Smith\nAllergies: Penicillin\nMedications: none", ["Penicillin"]),
    ],
)
def test_form_fields(det, text, expected):
    assert spans(det, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("事由：適応障害により3か月の療養を要するとの診断書が提出されたため", "適応障害により3か月の療養を要する"),
        ("特記事項：4月〜6月は適応障害により休職。7月より時短勤務で復職。", "適応障害により休職"),
        ("- 11/27 午後は喘息の定期通院のため半休", "喘息の定期通院"),
        ("主治医の先生からうつ状態は改善しており、短時間勤務から復職可能との意見書を受け取りました。",
         "うつ状態は改善しており、短時間勤務から復職可能"),
        ("本人申告：20代前半に酒気帯び運転で罰金刑を受けたことがある。", "20代前半に酒気帯び運転で罰金刑を受けた"),  # the time phrase belongs to the clause
        ("本人申告：2019年に道路交通法違反（酒気帯び運転）で罰金刑。以後、運転業務からは外れている。", "2019年に道路交通法違反（酒気帯び運転）で罰金刑"),
        ("3\t野口 和香奈\tフリーランス\t080-7714-2035\t聴覚障害あり（手話通訳希望）", "聴覚障害あり"),
        ("E01044,三浦 綾,経理部,2026/05/15,未定,うつ病（通院加療中）", "うつ病（通院加療中）"),
        ("母が脳梗塞で入院したため、来週は休みをいただきます。", "脳梗塞で入院した"),
        ("父はアルツハイマー型認知症で施設に入所しています。", "アルツハイマー型認知症で施設に入所しています"),
        ("中村さんが帯状疱疹で欠勤しています。", "帯状疱疹で欠勤しています"),
        ("子どもが喘息の発作で入院しました。", "喘息の発作で入院しました"),
        ("本人から、過去に万引きで補導されたと申告があった。", "過去に万引きで補導された"),
        ("メンタル不調により1か月の休養が必要との診断書が提出された。", "メンタル不調により1か月の休養が必要"),
        ("内容：同僚から信仰している宗教（カトリック）について揶揄される発言が続いている。", "信仰している宗教（カトリック）"),
        ("応募書類の備考欄に「父が在日韓国人」との記載あり。", "父が在日韓国人"),
    ],
)
def test_statements_with_their_predicate(det, text, expected):
    assert spans(det, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "製品の不具合について：電源ユニットの不具合により出荷を停止しています。",
        "糖尿病セミナーのご案内\n日時：12月5日\n講師：産業医（内科）\n参加費：無料",
        "高血圧の予防法：減塩と適度な運動で高血圧を予防しましょう。",
        "疾病分類別 外来患者数\n疾病分類\t患者数\t前年比\n高血圧性疾患\t18,204\t+3.1%\n2型糖尿病\t9,871\t+5.4%",
        "【障害報告】基幹システム\n障害：バッチサーバ停止\n障害内容：ディスク使用率98%によるジョブ停止",
        "【障害報告】\n障害：通信障害（発症 02:10）\n影響：全拠点",
        "システム障害のため臨時休業いたします。",
        "商品名：国産ミックスナッツ\nアレルギー：卵・乳・小麦・落花生\n内容量：200g\n価格：980円（税込）",
        "メニュー\nハンバーグ定食 980円\nアレルギー：卵・乳・小麦",
        "対象疾患：がん、急性心筋梗塞、脳卒中\n保険料：月額1,980円",
        "主な合併症：出血、感染、縫合不全",
        "処方：医師の処方箋が必要です。",
        "常備薬：ロキソニンS 12錠 698円",
        "【添付文書】\n効能・効果：高血圧症\n薬剤：アムロジピン 5mg\n患者の状態に応じて適宜増減する。",
        "成分：アセトアミノフェン300mg\n用法：1日3回毎食後\n内服：1回1錠",
        "要介護3以上の方が入所対象です。",
        "糖尿病で通院中の方は事前にお申し出ください。",
        "高血圧症で通院している社員の割合は12%です。",
        "当社では、がん治療と仕事の両立を支援しています。がんで休職した社員の復職支援制度を設けています。",
        "インフルエンザで欠勤する場合は、所属長に連絡してください。",
        "飲酒運転で罰金刑を受けた場合、免許取消しとなることがあります。",
        "酒気帯び運転は道路交通法違反となり、罰金刑の対象です。",
        "がんと診断されたら読む本",
        "宗旨・宗派は問いません。\n宗派：不問",
        "Country: Thailand\nReligion: Buddhism\nCapital: Bangkok",
        "第5条 要配慮個人情報とは、人種、信条、社会的身分、病歴、犯罪の経歴を含む個人情報をいう。",
        "利用者名\tフリガナ\t生年月日\t要介護度\t主病名\t緊急連絡先（続柄）",
    ],
)
def test_general_texts_stay_clean(det, text):
    assert spans(det, text) == []


def test_blank_and_ticked_forms(det):
    blank = "お名前＿＿＿＿\n既往歴・治療中の病気：□なし　□あり（　　　　）\n服用中のお薬：＿＿＿＿\nアレルギー：（　　　）"
    assert spans(det, blank) == []
    assert spans(det, "お名前 山田\n既往歴・治療中の病気：□なし　■あり（高血圧）") == ["高血圧"]
    assert spans(det, "お名前 山田\n既往歴：■なし　□あり（　　）") == []


def test_trie_regex_matches_longest_word():
    words = ["高血圧", "高血圧症", "高尿酸血症", "がん", "胃がん"]
    rx = re.compile(_trie(words))
    assert [m.group() for m in rx.finditer("高血圧症と胃がんと高尿酸血症、高血圧")] == ["高血圧症", "胃がん", "高尿酸血症", "高血圧"]


def test_lexicon_is_data_not_code():
    from classifiers.special_care import _conditions

    cond = _conditions()
    assert len(cond["disease"]) > 300 and len(cond["mental"]) > 40 and len(cond["drug"]) > 200
    assert "甲状腺機能低下症" in cond["disease"] and "適応障害" in cond["mental"] and "酒気帯び運転" in cond["offence"]


# --- clause extent of prose statements (annotators label the whole predicate clause) and further recall ---


@pytest.mark.parametrize(
    "text,expected",
    [
        # forward over the predicate and following clauses about the same fact; back to the topic, keeping a time
        ("ご本人は9月上旬に心筋梗塞を発症し、現在も県立病院に入院してリハビリ中とのこと。",
         ["9月上旬に心筋梗塞を発症し、現在も県立病院に入院してリハビリ中"]),
        ("本人によれば、一昨年から不眠症で通院しており、主治医から夜勤を控えるよう指示を受けているとのこと。",
         ["一昨年から不眠症で通院しており、主治医から夜勤を控えるよう指示を受けている"]),
        ("備考：お客様は聴覚障害があり、筆談アプリ併用。折り返しはメールを希望。", ["聴覚障害があり、筆談アプリ併用"]),
        ("長男の森本 拓真（24）が10月3日に窃盗の容疑で逮捕され、現在北警察署に勾留中とのこと。",
         ["10月3日に窃盗の容疑で逮捕され、現在北警察署に勾留中"]),
        ("今西 葵：来月、胆石の手術で入院することになったので休会したいです", ["来月、胆石の手術で入院することになった"]),
        # a new topic or an unrelated clause is not taken
        ("備考：聴覚障害があり、面接は筆談で実施。", ["聴覚障害があり"]),
        ("すみません、持病の腰痛が悪化しており、整骨院に寄ってから出社します", ["持病の腰痛が悪化しており"]),
        ("今日は持病の通院で午後休みます", ["持病の通院"]),
        # injuries, devices, care levels, creed practice, victimhood, fines
        ("柴田さんが台車と接触して右足首を骨折し、現在休業中。", ["台車と接触して右足首を骨折し、現在休業中"]),
        ("父が転倒して手首を骨折し、救急搬送されました。", ["転倒して手首を骨折し、救急搬送されました"]),
        ("相手方の負傷：腰椎捻挫で全治3週間の診断（市民病院）", ["腰椎捻挫で全治3週間の診断"]),  # the hospital in brackets is not the fact
        ("やまだ はるこ\t090-1234-5678\t平日\tペースメーカー使用のため力仕事不可", ["ペースメーカー使用"]),
        ("※佐久間様は独居で要介護3の認定を受けているため、班長が安否確認を行う", ["独居で要介護3の認定を受けている"]),
        ("また、休日はエホバの証人の集会に参加しているため、日曜出勤は避けたい。", ["エホバの証人の集会に参加している"]),
        ("notes: 社宅入居、ムスリムのため食堂でハラール対応を希望", ["ムスリム"]),
        ("同じ部活の先輩から私物を壊されるいじめ被害を受けていると父より申し出あり。", ["私物を壊されるいじめ被害を受けている"]),
        ("2024年に酒気帯び運転で罰金20万円の刑", ["2024年に酒気帯び運転で罰金20万円の刑"]),
        ("患者：森 一郎\nS) 頭痛\nO) BP 150/94、脈拍 80\nA) 高血圧症", ["150/94", "高血圧症"]),
    ],
)
def test_statement_clause_extent(det, text, expected):
    assert spans(det, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2026年度 定期健康診断 要再検査者一覧",
        "結果は7月中旬に個人票で配付します。要再検査となった方は、8月末までに医療機関を受診してください。",
        "車椅子をご利用の方はお申し出ください。",
        "当館は車椅子利用可です。車椅子使用者用トイレあり。",
        "ペースメーカーを使用している方は、MRI検査を受けられません。",
        "骨折した場合は保険金をお支払いします。",
        "転倒して骨折しないよう注意しましょう。",
        "全館バリアフリー。要介護認定の申請窓口は2階です。",
    ],
)
def test_clause_and_device_negatives(det, text):
    assert spans(det, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # symptoms in care and accident records
        ("承知しました。昨夜から足のむくみがひどいです。", ["昨夜から足のむくみがひどい"]),
        ("人身：契約者 頸部痛あり、本日 えびな整形外科を受診予定。", ["契約者 頸部痛あり、本日 えびな整形外科を受診予定"]),
        ("患者：田端\nS）「足がむくんで重い。夜トイレに3回起きる」（本人）\nO）両下腿に圧痕性浮腫\nA）心不全増悪",
         ["足がむくんで重い。夜トイレに3回起きる", "両下腿に圧痕性浮腫", "心不全増悪"]),
        # a medicine known by its shape, a condition named in brackets
        ("・ミドドリンを服用中、午後からは比較的元気。", ["ミドドリンを服用中"]),
        ("・小学校時にLD（読字障害）の疑いを指摘されたが検査は未実施。", ["小学校時にLD（読字障害）の疑いを指摘された"]),
        # a person as the subject of a condition; an effect of medication
        ("子どもがアトピー性皮膚炎で、使用後に肌が赤くなった、とのこと。", ["子どもがアトピー性皮膚炎で、使用後に肌が赤くなった"]),
        ("配慮事項　：服薬の影響で朝の立ち上がりが遅いため始業10:00。", ["服薬の影響で朝の立ち上がりが遅い"]),
        # how the condition came about, before the comma; the operation that followed
        ("三浦様ですが、10月30日にご自宅で転倒され、右大腿骨頸部骨折で入院、11月1日に人工骨頭置換術を受けられました。",
         ["10月30日にご自宅で転倒され、右大腿骨頸部骨折で入院、11月1日に人工骨頭置換術を受けられました"]),
        # numbered items of a field, a surgery name
        ("患者氏名：西川\n傷病名: (1)子宮筋腫 (2)鉄欠乏性貧血", ["子宮筋腫", "鉄欠乏性貧血"]),
        ("手術名　腹腔鏡下子宮全摘術", ["腹腔鏡下子宮全摘術"]),
        # English: a treatment someone had
        ("Re: Mr. Kenji ISHIGURO\nHe required a course of prednisolone in March 2023 for a moderate flare; the last",
         ["He required a course of prednisolone in March 2023 for a moderate flare"]),
    ],
)
def test_symptoms_shapes_and_subjects(det, text, expected):
    assert spans(det, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "足がむくんで重い場合は医師にご相談ください。",
        "腰痛がある方は事前にお申し出ください。",
        "サプリメントを服用中の方はご相談ください。",
        "薬の副作用で眠気が出ることがあります。",
        "She is on holiday. He takes care of the booking.",
        "10/30 以降 入院中止",
        # an anonymised case study: its people are letters
        "【事例紹介】個人が特定されないよう一部改変\nAさん（中2・男子）は、医療機関で起立性調節障害と診断され、登校できない状態でした。\n"
        "Bさんのケースでは、ADHD の特性として課題の切り替えが苦手なため、指導を工夫しました。",
    ],
)
def test_symptoms_shapes_and_subjects_negatives(det, text):
    assert spans(det, text) == []
