"""SPECIAL_CARE formats: one-statement field values, readings listed in one clause, predicates over the whole clause,
English statements and data keys, care levels, and the blank forms and seminar texts that must stay clean.
(All names and facts are invented.)"""

from __future__ import annotations

import pytest

from classifiers.special_care import SpecialCareDetector


@pytest.fixture(scope="module")
def det() -> SpecialCareDetector:
    return SpecialCareDetector()


def spans(det: SpecialCareDetector, text: str) -> list[str]:
    return [text[e.start:e.end] for e in det.detect(text)]


@pytest.mark.parametrize("text, want", [
    # a diagnosis, findings or offence field is one statement, even when it lists items
    ("傷病名：慢性腎不全（透析導入期）、腎性貧血疑い", ["慢性腎不全（透析導入期）、腎性貧血疑い"]),
    ("罪名・刑期：詐欺、有印私文書偽造（懲役３年）", ["詐欺、有印私文書偽造（懲役３年）"]),
    ("所見：脂質異常症の疑い、肝機能障害（ALT 72）", ["脂質異常症の疑い、肝機能障害（ALT 72）"]),
    ("特別遵守事項：薬物の使用歴があるため、簡易尿検査を受けること", ["薬物の使用歴があるため、簡易尿検査を受けること"]),
    ("傷病名及び傷病部位：右手 第Ⅰ度熱傷", ["右手 第Ⅰ度熱傷"]),
    ("   障害の状態  あり（障害等級2級・てんかん）", ["障害等級2級・てんかん"]),
])
def test_one_statement_fields(det, text, want):
    assert spans(det, text) == want


def test_history_list_keeps_items(det):
    assert spans(det, "既往歴：2型糖尿病、高血圧症") == ["2型糖尿病", "高血圧症"]


def test_readings_in_one_clause(det):
    text = "社員番号 123\n   HbA1c 7.9%、空腹時血糖 165 mg/dL、判定 D1（要医療）"
    got = spans(det, text)
    assert got[0] == "7.9%、空腹時血糖 165 mg/dL"  # never from the middle of HbA1c
    assert "D1（要医療）" in got


def test_finding_before_verdict(det):
    text = "社員番号 123\n   胸部X線で左下肺野に浸潤影、要精密検査"
    assert spans(det, text) == ["胸部X線で左下肺野に浸潤影、要精密検査"]


@pytest.mark.parametrize("text, want", [
    ("母（79歳）が先月脳梗塞で倒れ、左半身に麻痺が残っています。", ["先月脳梗塞で倒れ、左半身に麻痺が残っています"]),
    ("大叔父は戦時中に結核にかかり、終戦後は療養所に入所。", ["戦時中に結核にかかり、終戦後は療養所に入所"]),
    ("本人は穏やか。前頭側頭型認知症の進行が疑われるため報告。", ["前頭側頭型認知症の進行"]),
    ("先月こちらで橋本病と診断され、現在チラーヂンを服用中です。", ["先月こちらで橋本病と診断され、現在チラーヂンを服用中"]),
    ("患者氏名：甲\n   高血圧症でアムロジピン5mgを2021年から服用中", ["高血圧症でアムロジピン5mgを2021年から服用中"]),
    ("退職理由ですが、適応障害で5月から休職していたことは書きません。", ["適応障害で5月から休職していた"]),
    ("会社員の男性さん（40）が刃物で腕を切りつけられ、軽傷を負った。", ["刃物で腕を切りつけられ、軽傷を負った"]),
    ("被告人を懲役1年6月に処する。", ["被告人を懲役1年6月に処する"]),
    ("その他: 宗教上の理由で輸血は受けられません（エホバの証人）", ["宗教上の理由で輸血は受けられません（エホバの証人）"]),
    ("　療育手帳（A）の交付を受けていますので、", ["療育手帳（A）の交付を受けています"]),
    ("  山田 陸：同居特別障害者（身体障害者手帳1級）", ["同居特別障害者（身体障害者手帳1級）"]),
    ("2-1,17,生徒A,気分不良,起立性調節障害のため保健室登校,担任へ", ["起立性調節障害"]),
    ("当方運転者：頸椎捻挫（全治3週間の診断）、整形外科に通院中", ["頸椎捻挫（全治3週間の診断）、整形外科に通院中"]),
    ("ご家族から：来週は通院（駅前の脳神経内科で認知症の定期受診）のためお休み", ["駅前の脳神経内科で認知症の定期受診"]),
])
def test_clauses(det, text, want):
    assert spans(det, text) == want


@pytest.mark.parametrize("text, want", [
    ("You wrote that you have type 1 diabetes and use an insulin pump.", ["have type 1 diabetes and use an insulin pump"]),
    ("Vegetarian meal please. I am Hindu and do not eat beef.", ["Hindu and do not eat beef"]),
    ("Also FYI I am pregnant (due in May), so I may need a chair", ["am pregnant (due in May)"]),
    ("502\tA. Guest\tMYS\t04-06\tMuslim - halal meals only, prayer mat requested\n", ["Muslim - halal meals only, prayer mat requested"]),
    ("503\tB. Guest\tUSA\t04-06\twheelchair user (accessible room)\n", ["wheelchair user (accessible room)"]),
])
def test_english_statements(det, text, want):
    assert spans(det, text) == want


@pytest.mark.parametrize("text, want", [
    ('{"name": "甲 花子", "health_notes": "1型糖尿病（インスリンポンプ使用）、診断書あり", "ip": "x"}',
     ["1型糖尿病（インスリンポンプ使用）、診断書あり"]),
    ('worker:\n  name: 乙 太郎\ninjury: "左鎖骨骨折、全治6週間（手術予定）"\n', ["左鎖骨骨折、全治6週間（手術予定）"]),
    ("<attendee><name>A B</name><dietary>Halal (Muslim)</dietary></attendee>", ["Halal (Muslim)"]),
])
def test_english_keys(det, text, want):
    assert spans(det, text) == want


@pytest.mark.parametrize("text", [
    "If you have diabetes, please tell the nurse.",
    "Do you have asthma? Please answer below.",
    "Rooms suitable for a wheelchair user are on the first floor.",
    '{"name": "甲", "health_notes": "", "injury": "none", "dietary": "vegetarian"}',
    "<attendee><name>A</name><dietary>Vegetarian</dietary></attendee>",
])
def test_english_clean(det, text):
    assert spans(det, text) == []


def test_care_level(det):
    form = ("利用者名　甲　生年月日　昭和 9 年\n"
            "要介護状態区分　　要介護１ ・ 要介護２ ・ 要介護３ ・ 要介護４ ・ 要介護５\n"
            "　　　　　　　　　（○は要介護３）\n")
    assert spans(det, form) == ["要介護３"]
    assert spans(det, "患者氏名：甲\nアルツハイマー型認知症（要介護2）のため、服薬カレンダーで管理") == ["アルツハイマー型認知症（要介護2）"]


@pytest.mark.parametrize("text", [
    "要介護状態区分　　要介護１ ・ 要介護２ ・ 要介護３ ・ 要介護４ ・ 要介護５",
    "氏名：\n要介護3以上の方が対象です。要介護1～5の方はご相談ください。",
    "             ・HbA1c 6.5%以上、空腹時血糖 126mg/dL以上が「糖尿病型」の目安",
    "             ・ストレスチェック高ストレス者の面接指導の流れ",
    "患者氏名：甲\n　全身疾患：特記なし　　服薬：なし",
    "感染症にかかった場合は、医師の登園許可が必要です。お子さんの様子をみてください。",
])
def test_forms_and_seminars_clean(det, text):
    assert spans(det, text) == []


# set I formats: whole clauses, medicines taken, a paralysis, criminal association, table cells, rule texts
@pytest.mark.parametrize("text, want", [
    ("7/16 心療内科を受診。適応障害と診断され、1か月の休養加療を要する\n　旨の診断書提出。",
     ["適応障害と診断され、1か月の休養加療を要する"]),
    ("対象者：甲\n現在は抗うつ薬（SSRI）と睡眠導入剤を服用中。", ["抗うつ薬（SSRI）と睡眠導入剤を服用中"]),
    ("「持病（てんかん）があり服薬中のため夜勤のみの体制は難しい」との申告あり。", ["持病（てんかん）があり服薬中"]),
    ("表情はやや硬いが会話は円滑。睡眠は5時間程度まで改善。抑うつ状態は軽度まで改善。", ["抑うつ状態は軽度まで改善"]),
    ("ご本人が左手に麻痺があるとのことで、自分での再装着は難しい。", ["左手に麻痺がある"]),
    ("備考：藤原さんは2024年4月から症状悪化により短時間勤務へ変更。次回報告期限 7/15。",
     ["2024年4月から症状悪化により短時間勤務へ変更"]),
    ("　└ 杉浦 由紀子　　080-3346-1197　※車椅子使用のため避難時は介助要", ["車椅子使用のため避難時は介助要"]),
    ("・取締役荒井氏は、過去に指定暴力団の構成員であったとの情報（確度中）。", ["過去に指定暴力団の構成員であった"]),
    ("休業期間：2024年7月17日〜2024年9月1日（傷病名：適応障害）", ["適応障害"]),
    ("対象者：甲\n主治医意見：症状は寛解しつつあり、就労可能（ただし軽減勤務が望ましい）",
     ["症状は寛解しつつあり、就労可能（ただし軽減勤務が望ましい）"]),
    ("既往歴：20代に過敏性腸症候群　家族歴：特記なし", ["20代に過敏性腸症候群"]),
    ("出席番号,児童氏名,保護者氏名,備考\n2,石川 ひなた,石川 大輔,卵・乳アレルギー（エピペン所持）\n",
     ["卵・乳アレルギー（エピペン所持）"]),
])
def test_set_i_statements(det, text, want):
    assert spans(det, text) == want


@pytest.mark.parametrize("text", [
    "第38条（休職）従業員が次の各号のいずれかに該当するときは、休職を命ずることがある。\n"
    "  (1) 業務外の傷病により欠勤が継続して1か月を超え、なお療養を要すると認められるとき\n"
    "  (3) 刑事事件で起訴され、その事件が係属している間\n",
    "乙は、自らが暴力団、暴力団員、暴力団員でなくなった時から5年を経過しない者でないことを表明する。",
    "暴力団の構成員であった者は採用しない。",
    "ワーファリンを服用中の方は納豆を控えてください。",
    "手足に麻痺がある方はスタッフにお申し付けください。",
    "業績は前年並みまで改善。",
    "氏名,食物アレルギー,備考\n",
])
def test_set_i_clean(det, text):
    assert spans(det, text) == []


@pytest.mark.parametrize("text, want", [
    # labelled lists and fields of hospital and health-check records
    ("【主病名】急性心筋梗塞（前壁）\n【副病名】高血圧症、脂質異常症、アルコール使用障害",
     ["急性心筋梗塞（前壁）", "高血圧症", "脂質異常症", "アルコール使用障害"]),
    ("患者氏名　宇佐美 千鶴子\n症　状　自宅で転倒後、左股関節痛にて歩行困難\n", ["自宅で転倒後、左股関節痛にて歩行困難"]),
    ("氏名 飯田 彩乃\n項目            結果          基準値          判定\n"
     "血圧            142/92 mmHg    -129/-84        C\n"
     "空腹時血糖      88 mg/dL      -99             A\n"
     "胸部X線         右上肺野に結節影あり                 E\n"
     "医師所見        血圧高値。胸部異常影について呼吸器内科受診を勧める\n",
     ["142/92 mmHg", "右上肺野に結節影あり", "血圧高値。胸部異常影について呼吸器内科受診を勧める"]),
    ("既往歴 Past illnesses: てんかん（2018年〜、服薬中）", ["てんかん（2018年〜、服薬中）"]),
    # an insurance declaration answered on the line after the question
    ("被保険者氏名　村瀬 翔\n2. 過去5年以内に、7日以上の入院や手術をしたことがありますか。\n"
     "　　はい → 2021年 虫垂炎で腹腔鏡下虫垂切除術（入院5日）\n"
     "4. 過去2年以内に健康診断・人間ドックを受けて、異常を指摘されたことがありますか。\n"
     "　　はい → 2023年10月 健康診断で血圧 148/96 mmHg、要精密検査（判定C）\n",
     ["2021年 虫垂炎で腹腔鏡下虫垂切除術（入院5日）", "2023年10月 健康診断で血圧 148/96 mmHg、要精密検査（判定C）"]),
    # prose: death from a condition, violence suffered, a disability said plainly, care records, diets
    ("父は昨年12月に肺がんで亡くなりましたので、除籍謄本は1月以降の発行分になります。", ["昨年12月に肺がんで亡くなりました"]),
    ("[配偶者] なし（配偶者からの暴力（DV）被害による別居中のため、支援措置申出書あり）", ["配偶者からの暴力（DV）被害による別居中"]),
    ("(918202, '平井 勝', '耳が不自由なのでインターホン不可、玄関ノックで')", ["耳が不自由"]),
    ("特記事項 1-7 歩行：つかまれば可。 4-15 夜間の徘徊が月2〜3回あり。", ["4-15 夜間の徘徊が月2〜3回あり"]),
    ("　令和5年に脳梗塞を発症し右片麻痺が残存。屋内は伝い歩き。", ["令和5年に脳梗塞を発症し右片麻痺が残存"]),
    ("SV 木下係長と協議。精神障害者保健福祉手帳（2級）の取得申請を支援する方針。", ["精神障害者保健福祉手帳（2級）"]),
    ("桔梗 お子様（小学生）卵・乳の重度アレルギーのため、夕食は除去食にて対応。", ["卵・乳の重度アレルギー"]),
    ("特別な栄養管理の必要性　→ 有（2型糖尿病のため糖尿病食 1600kcal）", ["2型糖尿病"]),
    ("本人はうつ病で通院中なので配慮が必要。", ["うつ病で通院中"]),
    ("I am a wheelchair user following a spinal cord injury, so could you please confirm",
     ["wheelchair user following a spinal cord injury"]),
])
def test_set_j_statements(det, text, want):
    assert spans(det, text) == want


@pytest.mark.parametrize("text", [
    "国内では年間約38万人ががんで亡くなっています。",
    "足が不自由な方はお申し出ください。",
    "目が不自由でも使えるアプリです。",
    "DV被害による避難者の数は前年比で増加した。",
    "認知症の方に徘徊がみられる場合は、家族に連絡してください。",
    "【副作用】\n症状：頭痛、発熱、発疹",
    "患者氏名 山田\n症状 Symptoms: 発熱 38.6℃、咽頭痛（2日前から）",
    "術後2日目より離床。\n入院中の離脱症状は軽度で、精神科リエゾン介入あり。",
    "糖尿病のため、食事には注意が必要です。",
    "主訴：出っ歯が気になる",
])
def test_set_j_clean(det, text):
    assert spans(det, text) == []


# --- set K formats: devices, dialysis, pregnancy, colloquial arrest, violence received, notes cells, SSR remarks,
# and lists of categories / certificate names that must stay clean
@pytest.mark.parametrize("text, want", [
    ("また、以前お伝えした通り心臓にペースメーカーが入っていますので、", ["以前お伝えした通り心臓にペースメーカーが入っています"]),
    ("確認させてください。\n透析導入済み（週3回、HD）と伺っておりますが、", ["透析導入済み（週3回、HD）"]),
    ("R1,副院長,右下6 根管治療,妊娠7か月・レントゲン不可", ["妊娠7か月"]),
    ("担当の佐々木って人、昔 詐欺で捕まったことあるらしいよ。", ["昔 詐欺で捕まった"]),
    ("本人は元夫から身体的暴力を受けており、5月に子2人を連れて避難。", ["身体的暴力を受けており、5月に子2人を連れて避難"]),
    ("左第5肋骨不全骨折、全治4週間と診断。", ["左第5肋骨不全骨折、全治4週間"]),
    ("お客様、視覚障害があって読み上げソフトを使っているそうで、", ["視覚障害があって読み上げソフトを使っている"]),
    ("氏名\tx\n14:05\t45\t4.32\t心療内科受診のため早退（適応障害で通院中）", ["心療内科受診のため早退（適応障害で通院中）"]),
    ("10 SSR WCHR NH HK1/P2 WHEELCHAIR REQUIRED - PAX CANNOT WALK LONG DISTANCES DUE TO MS\n 14 SSR CHML NH HK1/P3",
     ["WHEELCHAIR REQUIRED - PAX CANNOT WALK LONG DISTANCES DUE TO MS"]),
])
def test_set_k_statements(det, text, want):
    assert spans(det, text) == want


def test_notes_cells_of_a_register(det):
    text = ("受付番号,患者氏名,負担割合,処方元,備考\n"
            "1,甲 太郎,3割,A内科,CKD 3b\n"
            "2,乙 花子,3割,A内科,HIV陽性（抗ウイルス療法中）\n"
            "3,丙 フミ,1割,A内科,認知症あり・家族付添\n"
            "4,丁 一郎,3割,A内科,FAX処方箋待ち\n")
    assert spans(det, text) == ["CKD 3b", "HIV陽性（抗ウイルス療法中）", "認知症あり"]


@pytest.mark.parametrize("text", [
    "注1）精神障害者保健福祉手帳は有効期限2年。更新漏れを含まない。",
    "身体障害者手帳交付申請書　　令和6年9月4日",
    "  (b) 要配慮個人情報に当たる記述：病歴、障害、犯罪歴、信条、人種 等（本人・第三者を問わない）",
    " ・妊娠中ですか → いいえ",
    "妊娠12週以降の方はご相談ください。",
    "透析中の方へのお知らせ",
    "10 SSR CHML NH HK1/P3",
])
def test_set_k_clean(det, text):
    assert spans(det, text) == []


@pytest.mark.parametrize("text, want", [
    # doctors' letters, discharge summaries and nursing notes
    ("患者氏名 甲\n退院時診断 #1 慢性心不全（HFrEF, LVEF 32%） #2 2型糖尿病",
     ["#1 慢性心不全（HFrEF, LVEF 32%） #2 2型糖尿病"]),
    ("患者氏名 甲\nコメント: CKD G5相当、高K血症あり。透析導入の検討が必要  (乙)",
     ["CKD G5相当、高K血症あり。透析導入の検討が必要"]),
    ("患者氏名 甲\n O) BT36.9 P84 BP148/76 SpO2 95%(RA)", ["148/76"]),
    ("患者氏名 甲\n　HbA1c 8.4%（11/14）とコントロール不良が続いております。",
     ["HbA1c 8.4%（11/14）とコントロール不良が続いております"]),
    ("S）「足が重い」\nO）両下腿に圧痕性浮腫（2+）、体重1.4kg増加\nA）心不全増悪の兆候あり。水分摂取過多の可能性",
     ["両下腿に圧痕性浮腫（2+）、体重1.4kg増加", "心不全増悪の兆候あり"]),
    ("11/12　　須藤　　11/5〜11/7 体調不良（幻聴の再燃）で欠勤。", ["11/5〜11/7 体調不良（幻聴の再燃）で欠勤"]),
    # care levels, stress checks, 相談票
    ("被保険者氏名　甲\n要介護状態区分　要介護２（変更後：申請中）　区分支給限度基準額 19,705単位/月", ["要介護２"]),
    ("【判定】高ストレス者に該当し、医師による面接指導が必要です", ["高ストレス者に該当し、医師による面接指導が必要"]),
    ("【前科・前歴】本人：平成26年に万引き（窃盗）で罰金20万円。", ["平成26年に万引き（窃盗）で罰金20万円"]),
    ("長男が2022年に傷害罪で罰金30万円の略式命令を受けたことを理由に、", ["2022年に傷害罪で罰金30万円の略式命令を受けた"]),
    ("【DV】令和5年頃から夫より身体的暴力あり（平手打ち）。令和6年8月には顔を殴られ全治2週間の打撲。",
     ["令和5年頃から夫より身体的暴力あり（平手打ち）。令和6年8月には顔を殴られ全治2週間の打撲"]),
    # prose: quoted diagnosis, medicines taken, a condition progressing, leave after a time phrase, a suspect
    ("学校に行けない日が続いていて、先週、心療内科で「うつ状態」と診断されました。", ["先週、心療内科で「うつ状態」と診断されました"]),
    ("今は睡眠薬と抗不安薬を飲んでいます。", ["睡眠薬と抗不安薬を飲んでいます"]),
    ("川島様は認知症の症状が進んでおり、夜間に廊下を徘徊されることがある。",
     ["認知症の症状が進んでおり、夜間に廊下を徘徊されることがある"]),
    ("適応障害のため、4月18日から5月31日まで休養を要するとのことです。", ["適応障害のため、4月18日から5月31日まで休養を要する"]),
    ("令和2年 8月 に乳がんが見つかり、手術を受けました。", ["令和2年 8月 に乳がんが見つかり、手術を受けました"]),
    ("はい あと すいません 俺ペースメーカー入ってるんですけど", ["俺ペースメーカー入ってる"]),
    ("沢田容疑者は工場から銅線約300キロ（時価約45万円）を盗んだ疑いが持たれている。",
     ["銅線約300キロ（時価約45万円）を盗んだ疑いが持たれている"]),
    ("Patient name: X\nHe has ulcerative colitis (pancolitis) diagnosed in 2016, currently in remission on mesalazine 4.8 g/day.",
     ["has ulcerative colitis (pancolitis) diagnosed in 2016, currently in remission on mesalazine 4.8 g/day"]),
    ("氏名 甲\n・食物アレルギー（えび・かに）：夏期講習の弁当注文は不可", ["食物アレルギー（えび・かに）"]),
])
def test_set_lmn_statements(det, text, want):
    assert spans(det, text) == want


def test_quoted_csv_notes_column(det):
    text = ("医療を受けた方の氏名,支払先,区分,金額,備考（内容・領収書束No）\n"
            '甲 太郎,Aクリニック,診療・治療,"38,400",睡眠時無呼吸症候群（CPAP 月1回受診）\n'
            '甲 花子,Bクリニック,診療・治療,"412,000",不妊治療（体外受精・胚移植）\n'
            '甲 花子,C薬局,医薬品購入,"6,210",\n')
    assert spans(det, text) == ["睡眠時無呼吸症候群（CPAP 月1回受診）", "不妊治療（体外受精・胚移植）"]


def test_prescription_list_is_not_a_statement(det):
    text = "患者氏名 甲\n現在の処方　メトホルミン500mg 2T2×、シタグリプチン50mg 1T1×\n処方：アピキサバン 5mg 2T分2 ほか"
    assert spans(det, text) == ["アピキサバン 5mg 2T分2 ほか"]


@pytest.mark.parametrize("text", [
    "・人種：人種、世系又は民族的若しくは種族的出身を広く意味する。",
    "・病歴：病気に罹患した経歴。特定の個人ががんに罹患している、統合失調症を患っている等の情報が該当。",
    "※前科や逮捕歴があること自体は、免責不許可事由にはあたりません。",
    "就業規則\n第33条（休職）\n　従業員が業務外の傷病により欠勤が連続して１か月を超えたときは、次の期間休職を命ずる。",
    "　手術給付金　　入院中の手術：日額×20倍、外来の手術：日額×5倍",
    "コメント：佐藤薬局は冬季の感染症対策商品が好調。",
])
def test_set_lmn_clean(det, text):
    assert spans(det, text) == []
