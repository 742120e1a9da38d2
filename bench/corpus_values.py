"""Synthetic PI values in the many formats people really write, for the benchmark corpus.

`Values` wraps a seeded `random.Random` and a seeded Faker `ja_JP` and returns
strings only: names (kanji, kana, hiragana, romaji), Japanese and Western
addresses built from a small gazetteer of real prefecture/municipality pairs,
postal codes, phone numbers (validated with `phonenumbers`), e-mail addresses,
birth dates (Western and 和暦), My Numbers and 住民票コード with valid check
digits, driving-licence numbers with real public-safety-commission codes,
passports, health-insurance 記号/番号, bank accounts, Luhn-valid cards, IPv4/IPv6
and 要配慮個人情報 phrases -- plus the look-alike values used as hard negatives
(tracking numbers, 法人番号, Luhn-invalid cards, bad-check-digit My Numbers...).
Everything here is fake; nothing is looked up at run time.
"""

from __future__ import annotations

import datetime as _dt
import random

import phonenumbers
from faker import Faker

# ---------------------------------------------------------------------------
# text-form helpers

_FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.()+/:"}
_FW["-"] = "－"
_FW[" "] = "　"
_FW_TABLE = str.maketrans(_FW)
HYPHENS = ["-", "-", "-", "-", "‐", "－", "ー", "−"]


def fullwidth(s: str) -> str:
    """ASCII letters, digits, hyphens and spaces to their full-width forms."""
    return s.translate(_FW_TABLE)


def kata_to_hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


KANJI_DIGITS = "〇一二三四五六七八九"


def kanji_num(n: int) -> str:
    """1..99 in kanji (一, 十二, 二十三)."""
    if n < 10:
        return KANJI_DIGITS[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else KANJI_DIGITS[t]) + "十" + (KANJI_DIGITS[o] if o else "")


# ---------------------------------------------------------------------------
# gazetteer: real prefecture -> municipality (-> a few real town names)

GAZETTEER: dict[str, list[tuple[str, list[str]]]] = {
    "北海道": [("札幌市中央区", ["北一条西", "南三条西", "大通西"]), ("旭川市", ["宮下通", "四条通"]), ("函館市", ["本町", "五稜郭町"])],
    "青森県": [("青森市", ["新町", "長島"]), ("八戸市", ["番町", "三日町"])],
    "岩手県": [("盛岡市", ["大通", "中央通"])],
    "宮城県": [("仙台市青葉区", ["一番町", "国分町", "本町"]), ("石巻市", ["中央"])],
    "秋田県": [("秋田市", ["大町", "中通"])],
    "山形県": [("山形市", ["七日町", "香澄町"])],
    "福島県": [("郡山市", ["駅前", "大町"]), ("いわき市", ["平"])],
    "茨城県": [("水戸市", ["南町", "宮町"]), ("つくば市", ["竹園", "吾妻"])],
    "栃木県": [("宇都宮市", ["馬場通り", "本町"])],
    "群馬県": [("高崎市", ["八島町", "連雀町"]), ("前橋市", ["本町"])],
    "埼玉県": [("さいたま市大宮区", ["桜木町", "大門町"]), ("川越市", ["脇田町"]), ("所沢市", ["日吉町"])],
    "千葉県": [("千葉市中央区", ["富士見", "新町"]), ("船橋市", ["本町", "湊町"]), ("浦安市", ["舞浜", "入船"])],
    "東京都": [("千代田区", ["丸の内", "大手町", "神田神保町"]), ("渋谷区", ["神南", "道玄坂", "恵比寿西", "代々木"]),
              ("新宿区", ["西新宿", "歌舞伎町", "高田馬場"]), ("世田谷区", ["三軒茶屋", "太子堂", "用賀"]),
              ("港区", ["六本木", "芝浦", "赤坂"]), ("八王子市", ["旭町", "明神町"]), ("武蔵野市", ["吉祥寺本町", "中町"]),
              ("江東区", ["豊洲", "亀戸"]), ("大田区", ["蒲田", "大森北"])],
    "神奈川県": [("横浜市中区", ["山下町", "本町", "元町"]), ("横浜市港北区", ["新横浜", "日吉"]), ("川崎市中原区", ["小杉町", "新丸子町"]),
               ("藤沢市", ["鵠沼海岸", "南藤沢"]), ("相模原市南区", ["相模大野"])],
    "新潟県": [("新潟市中央区", ["万代", "古町通"]), ("長岡市", ["大手通"])],
    "富山県": [("富山市", ["総曲輪", "桜町"])],
    "石川県": [("金沢市", ["香林坊", "片町"]), ("小松市", ["土居原町"])],
    "福井県": [("福井市", ["大手"])],
    "山梨県": [("甲府市", ["丸の内", "中央"])],
    "長野県": [("長野市", ["南長野", "鶴賀"]), ("松本市", ["中央", "深志"])],
    "岐阜県": [("岐阜市", ["神田町", "長住町"])],
    "静岡県": [("静岡市葵区", ["呉服町", "紺屋町"]), ("浜松市中央区", ["砂山町", "鍛冶町"])],
    "愛知県": [("名古屋市中村区", ["名駅", "椿町"]), ("名古屋市中区", ["栄", "錦", "丸の内"]), ("豊田市", ["元城町", "若宮町"]),
              ("岡崎市", ["康生通西"])],
    "三重県": [("津市", ["羽所町"]), ("四日市市", ["諏訪町"])],
    "滋賀県": [("大津市", ["浜大津", "打出浜"])],
    "京都府": [("京都市中京区", ["烏丸通", "河原町"]), ("京都市下京区", ["四条通", "東塩小路町"]), ("宇治市", ["宇治"])],
    "大阪府": [("大阪市北区", ["梅田", "曽根崎", "天神橋"]), ("大阪市中央区", ["本町", "難波", "心斎橋筋"]), ("堺市堺区", ["中瓦町"]),
              ("豊中市", ["本町"]), ("吹田市", ["江坂町"])],
    "兵庫県": [("神戸市中央区", ["三宮町", "元町通", "港島"]), ("姫路市", ["駅前町"]), ("西宮市", ["甲子園町"])],
    "奈良県": [("奈良市", ["三条本町", "登大路町"])],
    "和歌山県": [("和歌山市", ["本町"])],
    "鳥取県": [("鳥取市", ["栄町"])],
    "島根県": [("松江市", ["殿町"])],
    "岡山県": [("岡山市北区", ["表町", "駅前町"]), ("倉敷市", ["阿知"])],
    "広島県": [("広島市中区", ["紙屋町", "八丁堀", "大手町"]), ("福山市", ["西町"])],
    "山口県": [("下関市", ["竹崎町"]), ("山口市", ["中市町"])],
    "徳島県": [("徳島市", ["寺島本町西"])],
    "香川県": [("高松市", ["丸亀町", "番町"])],
    "愛媛県": [("松山市", ["大街道", "一番町"])],
    "高知県": [("高知市", ["帯屋町"])],
    "福岡県": [("福岡市中央区", ["天神", "大名", "薬院"]), ("福岡市博多区", ["博多駅前", "中洲"]), ("北九州市小倉北区", ["京町"]),
              ("久留米市", ["東町"])],
    "佐賀県": [("佐賀市", ["駅前中央"])],
    "長崎県": [("長崎市", ["浜町", "大黒町"]), ("佐世保市", ["島瀬町"])],
    "熊本県": [("熊本市中央区", ["花畑町", "上通町"])],
    "大分県": [("大分市", ["府内町", "中央町"])],
    "宮崎県": [("宮崎市", ["橘通西"])],
    "鹿児島県": [("鹿児島市", ["東千石町", "中央町"])],
    "沖縄県": [("那覇市", ["久茂地", "松山", "おもろまち"]), ("沖縄市", ["中央"])],
}
# rural forms: 郡 + 町/村 + 大字
RURAL = [("長野県", "北佐久郡軽井沢町", "大字軽井沢"), ("北海道", "虻田郡ニセコ町", "字富士見"), ("熊本県", "阿蘇郡小国町", "大字宮原"),
         ("岐阜県", "大野郡白川村", "大字荻町"), ("静岡県", "田方郡函南町", "大字間宮"), ("千葉県", "夷隅郡御宿町", "須賀"),
         ("沖縄県", "島尻郡久米島町", "字比嘉"), ("奈良県", "吉野郡吉野町", "大字吉野山")]
BUILDINGS = ["サンシャインビル", "グランドメゾン", "パークハイツ", "コーポ", "ライオンズマンション", "第一ビル", "ハイツ",
             "メゾン・ド", "レジデンス", "センタービル", "タワーズ", "荘", "ヒルズ", "スカイコート", "プラザ"]

PREF_SHORT_EN = {"東京都": "Tokyo", "大阪府": "Osaka", "神奈川県": "Kanagawa", "愛知県": "Aichi", "福岡県": "Fukuoka",
                 "北海道": "Hokkaido", "京都府": "Kyoto", "兵庫県": "Hyogo"}
EN_WARDS = [("Shibuya-ku", "Jingumae"), ("Minato-ku", "Roppongi"), ("Chiyoda-ku", "Marunouchi"), ("Shinjuku-ku", "Nishi-Shinjuku"),
            ("Kita-ku", "Umeda"), ("Naka-ku", "Sakae"), ("Chuo-ku", "Tenjin"), ("Setagaya-ku", "Sangenjaya")]
US_STREETS = ["Main Street", "Oak Avenue", "Market St.", "Maple Drive", "Pine St", "Elm Street", "Broadway", "Sunset Blvd."]
US_CITIES = [("Springfield", "IL"), ("San Jose", "CA"), ("Seattle", "WA"), ("Austin", "TX"), ("Portland", "OR"),
             ("Boston", "MA"), ("Denver", "CO")]

# phone: (area code, local-part length) -- real JP number plan
AREA_CODES = [("03", 4), ("06", 4), ("011", 3), ("022", 3), ("045", 3), ("052", 3), ("075", 3), ("078", 3), ("092", 3),
              ("082", 3), ("048", 3), ("043", 3), ("025", 3), ("099", 3), ("098", 3), ("0467", 2), ("0554", 2),
              ("0263", 2), ("0166", 2), ("0285", 2), ("0736", 2), ("0866", 2)]

BANKS = ["みずほ銀行", "三菱UFJ銀行", "三井住友銀行", "りそな銀行", "埼玉りそな銀行", "横浜銀行", "千葉銀行", "静岡銀行",
         "福岡銀行", "京都銀行", "北洋銀行", "楽天銀行", "PayPay銀行", "住信SBIネット銀行", "城南信用金庫", "京都中央信用金庫",
         "ソニー銀行", "常陽銀行", "東京スター銀行", "JAバンク"]
BRANCHES = ["渋谷支店", "新宿支店", "本店営業部", "梅田支店", "横浜駅前支店", "池袋支店", "名古屋支店", "天神支店", "札幌支店",
            "青山支店", "第一営業部", "難波支店", "大宮支店", "ジャズ支店", "本店", "船橋支店", "京都駅前支店", "法人営業部"]
ACCOUNT_TYPES = ["普通", "普通", "普通預金", "当座", "当座預金", "（普）", "普"]

# driving licence: issuing public-safety-commission codes (first two digits)
LICENCE_CODES = [10, 11, 12, 13, 14, 20, 21, 22, 23, 24, 25, 30, 30, 30, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
                 52, 53, 54, 55, 60, 61, 62, 63, 64, 65, 70, 71, 72, 73, 74, 80, 81, 82, 83, 90, 91, 92, 93, 94, 95, 96, 97]
PASSPORT_PREFIXES = ["TK", "TR", "TZ", "TS", "TH", "MZ", "MU", "ME", "MN", "RE", "RK", "TT", "AZ"]

ERA = [("令和", "R", _dt.date(2019, 5, 1)), ("平成", "H", _dt.date(1989, 1, 8)), ("昭和", "S", _dt.date(1926, 12, 25))]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

# 要配慮個人情報 phrases: (category, phrase as written in prose, value as written in a form field)
SPECIAL_CARE = [
    ("medical", "糖尿病で通院中", "2型糖尿病"), ("medical", "高血圧の治療を受けている", "高血圧症（服薬中）"),
    ("medical", "うつ病と診断され休職中", "うつ病"), ("medical", "適応障害の診断を受けた", "適応障害"),
    ("medical", "乳がんの手術歴がある", "乳がん（術後経過観察）"), ("medical", "気管支喘息の持病がある", "気管支喘息"),
    ("medical", "心筋梗塞の既往歴がある", "心筋梗塞"), ("medical", "統合失調症で入院していた", "統合失調症"),
    ("medical", "HIV陽性と診断された", "HIV感染症"), ("medical", "B型肝炎ウイルスのキャリアである", "B型肝炎"),
    ("medical", "てんかんの持病がある", "てんかん"), ("medical", "パニック障害で通院している", "パニック障害"),
    ("medical", "双極性障害の治療中", "双極性障害"), ("medical", "脳梗塞で入院した", "脳梗塞（後遺症あり）"),
    ("medical", "腰椎椎間板ヘルニアで手術を受けた", "腰椎椎間板ヘルニア"), ("medical", "不妊治療を受けている", "不妊治療中"),
    ("disability", "身体障害者手帳2級を所持している", "身体障害者手帳 2級"),
    ("disability", "精神障害者保健福祉手帳3級を取得した", "精神障害者保健福祉手帳 3級"),
    ("disability", "療育手帳を所持している", "療育手帳（B2）"), ("disability", "聴覚障害がある", "聴覚障害"),
    ("disability", "発達障害（ADHD）の診断を受けている", "発達障害（ADHD）"), ("disability", "下肢に障害があり車椅子を使用している", "下肢障害"),
    ("criminal", "窃盗罪で懲役1年執行猶予3年の判決を受けた", "窃盗罪（懲役1年・執行猶予3年）"),
    ("criminal", "傷害罪で逮捕された", "傷害罪で逮捕歴あり"), ("criminal", "前科がある", "前科あり"),
    ("criminal", "道路交通法違反で罰金刑を受けた", "道路交通法違反（罰金刑）"), ("criminal", "詐欺罪で服役していた", "詐欺罪で服役"),
    ("victim", "ストーカー被害に遭っている", "ストーカー被害"), ("victim", "特殊詐欺の被害に遭った", "特殊詐欺被害"),
    ("victim", "DV被害を受け保護命令が出ている", "DV被害（保護命令あり）"), ("victim", "性犯罪の被害者である", "性犯罪被害"),
    ("creed", "キリスト教を信仰している", "キリスト教（プロテスタント）"), ("creed", "熱心なイスラム教徒である", "イスラム教"),
    ("creed", "エホバの証人の信者である", "エホバの証人"), ("creed", "浄土真宗の門徒である", "仏教（浄土真宗）"),
    ("creed", "政党の党員として活動している", "政党の党員"),
    ("race", "アイヌ民族の出身である", "アイヌ民族"), ("race", "在日コリアン3世である", "在日コリアン"),
    ("social_status", "被差別部落の出身である", "被差別部落出身"),
    ("health_check", "健康診断で要精密検査と判定された", "要精密検査（肝機能）"),
    ("health_check", "健康診断で脂質異常症の所見があった", "脂質異常症（要治療）"),
    ("health_check", "ストレスチェックで高ストレス者と判定された", "高ストレス者（面接指導対象）"),
]
DISEASES = ["糖尿病", "高血圧症", "うつ病", "適応障害", "胃がん", "大腸がん", "肺がん", "乳がん", "白血病", "狭心症", "心房細動",
            "脳梗塞", "くも膜下出血", "慢性腎臓病", "肝硬変", "C型肝炎", "関節リウマチ", "潰瘍性大腸炎", "クローン病", "パーキンソン病",
            "統合失調症", "双極性障害", "不安障害", "摂食障害", "アルコール依存症", "睡眠時無呼吸症候群", "緑内障", "メニエール病",
            "甲状腺機能低下症", "バセドウ病", "椎間板ヘルニア", "喘息", "アトピー性皮膚炎", "自律神経失調症", "慢性疲労症候群"]
DISEASE_PREDICATES = ["で通院中", "の治療中", "と診断された", "の既往がある", "で入院していた", "の持病がある", "を患っている",
                      "で休職中", "の治療を続けている", "で手術を受けた", "のため服薬している"]
SPECIAL_CARE_FIELDS = {"medical": ["既往歴", "病歴", "持病", "傷病名", "診断名"], "disability": ["障害の有無", "障害者手帳", "障害区分"],
                       "criminal": ["賞罰", "犯罪歴", "前科"], "victim": ["被害状況", "相談内容"], "creed": ["信仰", "宗教"],
                       "race": ["出自"], "social_status": ["出身"], "health_check": ["所見", "判定", "健診結果"]}


class Values:
    """Seeded factory for fake PI values and look-alikes."""

    def __init__(self, rng: random.Random, fake: Faker):
        self.r = rng
        self.f = fake

    # --- generic helpers ----------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randrange(1, 10)) + s[1:]
        return s

    def hyphen(self) -> str:
        return self.pick(HYPHENS)

    def maybe_fw(self, s: str, p: float = 0.15) -> str:
        return fullwidth(s) if self.chance(p) else s

    def colon(self) -> str:
        return self.pick(["：", "：", "：", ":", ": ", "　", " ", "：　", " / ", "\t"])

    # --- people -------------------------------------------------------------
    def person(self) -> dict:
        """A fake person: kanji/kana/romaji surname and given name, gender."""
        if self.chance(0.03):
            fam, giv, fam_k, giv_k = self.pick(FOREIGN)
            return {"last": fam_k, "first": giv_k, "last_kana": fam_k, "first_kana": giv_k, "last_en": fam,
                    "first_en": giv, "female": self.chance(0.5), "foreign": True}
        last = self.f.last_name_pair()
        if self.chance(0.04) and last[0] in OLD_KANJI:
            last = (OLD_KANJI[last[0]], last[1], last[2])
        female = self.chance(0.5)
        first = self.f.first_name_female_pair() if female else self.f.first_name_male_pair()
        return {"last": last[0], "first": first[0], "last_kana": last[1], "first_kana": first[1],
                "last_en": last[2], "first_en": first[2], "female": female}

    def name(self, p: dict, style: str | None = None) -> str:
        """A full name in one of the common layouts."""
        style = style or self.pick(["kanji_sp", "kanji_sp", "kanji", "kanji_fwsp", "kanji_sp"])
        if p.get("foreign") and style not in ("romaji",):
            return f"{p['first']}・{p['last']}" if self.chance(0.7) else f"{p['last']} {p['first']}"
        if style == "kanji_sp":
            return f"{p['last']} {p['first']}"
        if style == "kanji":
            return p["last"] + p["first"]
        if style == "kanji_fwsp":
            return f"{p['last']}　{p['first']}"
        if style == "kana":
            return self.pick([f"{p['last_kana']} {p['first_kana']}", f"{p['last_kana']}　{p['first_kana']}", p["last_kana"] + p["first_kana"]])
        if style == "hira":
            return kata_to_hira(self.pick([f"{p['last_kana']} {p['first_kana']}", f"{p['last_kana']}　{p['first_kana']}"]))
        if style == "halfkana":
            import unicodedata  # half-width katakana as legacy bank systems print it
            return "".join(_HALF_KANA.get(c, c) for c in unicodedata.normalize("NFKC", f"{p['last_kana']} {p['first_kana']}"))
        if style == "romaji":
            return self.pick([f"{p['first_en']} {p['last_en']}", f"{p['last_en'].upper()} {p['first_en']}",
                              f"{p['last_en']} {p['first_en']}", f"{p['first_en']} {p['last_en'].upper()}"])
        raise ValueError(style)

    def honorific(self) -> str:
        return self.pick(["様", "様", " 様", "さん", "さん", "殿", "氏", "先生", "くん", "部長", "課長", "さま", "ちゃん", "君",
                          "社長", "主任", "係長", "専務"])

    # --- addresses ----------------------------------------------------------
    def _block(self) -> str:
        c, b, g = self.r.randint(1, 9), self.r.randint(1, 40), self.r.randint(1, 30)
        h = self.hyphen()
        form = self.r.randrange(9)
        if form <= 2:
            s = f"{c}{h}{b}{h}{g}"
        elif form == 3:
            s = f"{c}丁目{b}{h}{g}"
        elif form == 4:
            s = f"{kanji_num(c)}丁目{b}番{g}号"
        elif form == 5:
            s = f"{c}丁目{b}番{g}号"
        elif form == 6:
            s = f"{c}丁目{b}番地{g}"
        elif form == 7:
            s = f"{b}{h}{g}"
        elif self.chance(0.5):
            s = f"{self.r.randint(1, 3000)}番地"
        else:
            s = f"{self.r.randint(1, 3000)}番地の{self.r.randint(1, 30)}"
        return self.maybe_fw(s, 0.2)

    def _building(self) -> str:
        b = self.pick(BUILDINGS)
        form = self.r.randrange(6)
        if form == 0:
            return f"{self.f.last_name()}{b} {self.r.randint(1, 12)}F"
        if form == 1:
            return f"{b}{self.pick(['渋谷', '青山', '第2', '本町', 'II', '南'])} {self.r.randint(1, 15)}0{self.r.randint(1, 9)}号室"
        if form == 2:
            return f"{b}{self.r.randint(1, 15)}0{self.r.randint(1, 9)}"
        if form == 3:
            return f"{self.f.last_name()}{b} {self.r.randint(1, 9)}階"
        if form == 4:
            return f"{b} {self.maybe_fw(str(self.r.randint(101, 1505)))}"
        return f"{self.f.last_name()}{b}{self.r.randint(2, 5)}0{self.r.randint(1, 9)}号"

    def address(self, with_pref: float = 0.75) -> str:
        """A Japanese postal address (no postal code)."""
        if self.chance(0.06):
            pref, muni, town = self.pick(RURAL)
            s = f"{pref}{muni}{town}{self.r.randint(1, 3000)}{self.pick(['', '番地', '-' + str(self.r.randint(1, 20))])}"
            return s
        if self.chance(0.03):
            ward = self.pick(["中央区", "北区", "東区", "白石区"])
            return (f"{self.pick(['北海道', '北海道', ''])}札幌市{ward}{self.pick(['北', '南'])}{self.r.randint(1, 30)}条"
                    f"{self.pick(['西', '東'])}{self.r.randint(1, 20)}丁目{self.r.randint(1, 30)}{self.pick(['番地', '-' + str(self.r.randint(1, 20)), ''])}")
        if self.chance(0.04):
            street, dirn = self.pick([("烏丸通三条", "上る"), ("河原町通四条", "下る"), ("堀川通丸太町", "下る"), ("室町通御池", "上る")])
            return f"{self.pick(['京都府', ''])}京都市{self.pick(['中京区', '下京区'])}{street}{dirn}{self.pick(['饅頭屋町', '大黒町', '元本能寺町', ''])}{self.r.randint(1, 700)}{self.pick(['番地', '', '-' + str(self.r.randint(1, 9))])}"
        pref = self.pick(list(GAZETTEER))
        muni, towns = self.pick(GAZETTEER[pref])
        town = self.pick(towns) if self.chance(0.8) else self.f.town()
        sp = self.pick(["", "", "", " ", "　"])
        head = f"{pref}{sp}{muni}" if self.chance(with_pref) else muni
        s = f"{head}{sp}{town}{self._block()}"
        if self.chance(0.4):
            s += self.pick([" ", "　", "", " "]) + self._building()
        elif self.chance(0.15):
            s += f"{self.hyphen()}{self.r.randint(1, 12)}0{self.r.randint(1, 9)}"
        return s

    def address_en(self) -> tuple[str, str | None]:
        """A Western-style address; returns (address, postal code or None).

        Japanese addresses in English put the postal code at the end; it is
        returned separately so the caller can label it POSTAL_CODE.  US
        addresses keep the ZIP inside the ADDRESS span.
        """
        if self.chance(0.6):
            ward, town = self.pick(EN_WARDS)
            pref = self.pick(list(PREF_SHORT_EN.values()))
            bld = self.pick(["", "", f"Room {self.r.randint(101, 909)}, ", f"{self.pick(['Sun', 'Park', 'Grand'])} Bldg. {self.r.randint(2, 9)}F, ",
                             f"{self.pick(['Maison', 'Heights', 'Residence'])} {self.pick(['Aoyama', 'Sakura', 'Minami'])} {self.r.randint(101, 1203)}, "])
            s = f"{bld}{self.r.randint(1, 9)}-{self.r.randint(1, 30)}-{self.r.randint(1, 20)} {town}, {ward}, {pref}"
            return s, self.postal_code(plain=True)
        city, st = self.pick(US_CITIES)
        s = f"{self.r.randint(10, 9999)} {self.pick(US_STREETS)}{self.pick(['', ', Apt ' + str(self.r.randint(1, 40)) + self.pick(['A', 'B', '']), ', Suite ' + str(self.r.randint(100, 900))])}, {city}, {st} {self.digits(5, True)}"
        return s, None

    def postal_code(self, plain: bool = False) -> str:
        a, b = self.digits(3, True), self.digits(4)
        if plain:
            return f"{a}-{b}"
        form = self.r.randrange(10)
        if form <= 5:
            s = f"{a}-{b}"
        elif form == 6:
            s = a + b
        elif form == 7:
            s = f"{a}{self.hyphen()}{b}"
        else:
            s = fullwidth(f"{a}-{b}")
        return s

    # --- contact ------------------------------------------------------------
    def phone(self, kind: str | None = None) -> str:
        kind = kind or self.pick(["land", "land", "mobile", "mobile", "mobile", "ip", "free", "intl_jp", "intl_jp", "intl"])
        for _ in range(50):
            if kind == "land":
                area, loc = self.pick(AREA_CODES)
                parts = [area, self.digits(loc, True), self.digits(4)]
            elif kind == "mobile":
                parts = [self.pick(["090", "080", "070"]), self.digits(4, True), self.digits(4)]
            elif kind == "ip":
                parts = ["050", self.digits(4, True), self.digits(4)]
            elif kind == "free":
                parts = self.pick([["0120", self.digits(3, True), self.digits(3)], ["0120", self.digits(3, True), self.digits(3)],
                                   ["0800", self.digits(3, True), self.digits(4)], ["0570", "0" + self.digits(2), self.digits(3)]])
            elif kind == "intl_jp":
                if self.chance(0.5):
                    area, loc = self.pick(AREA_CODES)
                    parts = [area, self.digits(loc, True), self.digits(4)]
                else:
                    parts = [self.pick(["090", "080", "070"]), self.digits(4, True), self.digits(4)]
            else:
                cc, fmt = self.pick([("1", "+1-{a}-{b}-{c}"), ("44", "+44 20 {b} {c}"), ("82", "+82-2-{b}-{c}"),
                                     ("86", "+86 10 {b} {c}"), ("65", "+65 {b} {c}"), ("1", "+1 ({a}) {b}-{c}")])
                a = self.pick(["415", "212", "206", "650", "312", "617"])
                if cc == "1":
                    b, c = self.pick(["555", "253", "496", "332"]) + "", "0" + self.digits(3)
                    b = self.digits(3, True)
                    while b.startswith("1") or b == "555":
                        b = self.digits(3, True)
                elif cc == "44":
                    b, c = "7" + self.digits(3), self.digits(4)
                elif cc == "82":
                    b, c = self.digits(3, True), self.digits(4)
                elif cc == "86":
                    b, c = self.digits(4, True), self.digits(4)
                else:
                    b, c = self.pick(["6", "8", "9"]) + self.digits(3), self.digits(4)
                s = fmt.format(a=a, b=b, c=c)
                num = phonenumbers.parse(s, None)
                if phonenumbers.is_valid_number(num):
                    return s
                continue
            num = phonenumbers.parse("".join(parts), "JP")
            if not phonenumbers.is_valid_number(num):
                continue
            if kind == "intl_jp":
                p0 = parts[0][1:]
                return self.pick([f"+81-{p0}-{parts[1]}-{parts[2]}", f"+81 {p0} {parts[1]} {parts[2]}",
                                  f"+81({parts[0]}){parts[1]}-{parts[2]}", f"+81-{p0}-{parts[1]}{parts[2]}",
                                  f"+81 (0){p0}-{parts[1]}-{parts[2]}"])
            form = self.r.randrange(12)
            if form <= 5:
                return "-".join(parts)
            if form == 6:
                return "".join(parts)
            if form == 7 and kind == "land":
                return f"{parts[0]}({parts[1]}){parts[2]}"
            if form == 7:
                return f"({parts[0]}) {parts[1]}-{parts[2]}"
            if form == 8:
                return " ".join(parts)
            if form == 9:
                h = self.hyphen()
                return h.join(parts) if self.chance(0.8) else f" {h} ".join(parts)
            return fullwidth("-".join(parts)) if self.chance(0.7) else fullwidth("".join(parts))
        raise RuntimeError("could not draw a valid phone number")

    def email(self, p: dict | None = None, company: bool = False) -> str:
        p = p or self.person()
        ln, fn = p["last_en"].lower().replace(" ", ""), p["first_en"].lower().replace(" ", "")
        local = self.pick([f"{fn}.{ln}", f"{fn[0]}-{ln}", f"{ln}_{fn[0]}", f"{fn[0]}{ln}{self.r.randint(1, 99)}",
                           f"{ln}.{fn}", f"{fn}{self.r.randint(1960, 2005)}", f"{ln}-{fn}", f"{fn[0]}.{ln}", f"{ln}{fn[0]}"])
        if company:
            dom = self.pick(["example.co.jp", "example.jp", "corp.example.co.jp", "example-shoji.co.jp", "example.com",
                             "mail.example.or.jp", "example.ac.jp"])
        else:
            dom = self.pick(["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp",
                             "softbank.ne.jp", "example.ne.jp", "i.softbank.jp", "nifty.com", "example.com"])
        if self.chance(0.05):
            local = local.upper() if self.chance(0.5) else local.capitalize()
        if self.chance(0.04):
            local += "+" + self.pick(["shop", "news", "jp"])
        at = "＠" if self.chance(0.04) else "@"
        return f"{local}{at}{dom}"

    # --- dates ----------------------------------------------------------------
    def birth_date(self) -> _dt.date:
        start = _dt.date(1940, 1, 1).toordinal()
        end = _dt.date(2008, 12, 31).toordinal()
        return _dt.date.fromordinal(self.r.randint(start, end))

    def date_text(self, d: _dt.date, allow_wareki: bool = True) -> str:
        forms = ["ymd_kanji", "ymd_kanji", "slash", "slash0", "iso", "dot", "fw_kanji", "en_long", "en_dmy", "us"]
        if allow_wareki:
            forms += ["wareki", "wareki", "wareki_abbr", "wareki_abbr", "wareki_fw", "wareki_dual", "wareki_abbr_slash",
                      "compact", "kanji_numerals", "dual_west"]
        f = self.pick(forms)
        y, m, dd = d.year, d.month, d.day
        if f.startswith("wareki"):
            era, abbr, y0 = next((e for e in ERA if d >= e[2]), ERA[-1])
            ey = y - y0.year + 1
            eys = "元" if ey == 1 and self.chance(0.5) and f in ("wareki", "wareki_fw") else str(ey)
            if f == "wareki":
                return f"{era}{eys}年{m}月{dd}日"
            if f == "wareki_fw":
                return fullwidth(f"{era}{eys}年{m}月{dd}日")
            if f == "wareki_abbr":
                return self.pick([f"{abbr}{ey}.{m}.{dd}", f"{abbr}{ey:02d}.{m:02d}.{dd:02d}", f"{abbr}.{ey}.{m}.{dd}",
                                  f"{era[0]}{ey}.{m}.{dd}", f"{abbr}{ey}年{m}月{dd}日"])
            if f == "wareki_abbr_slash":
                return f"{abbr}{ey}/{m}/{dd}"
            return f"{era}{ey}年（{y}年）{m}月{dd}日"
        if f == "compact":
            return f"{y}{m:02d}{dd:02d}"
        if f == "kanji_numerals":
            era, abbr, y0 = next((e for e in ERA if d >= e[2]), ERA[-1])
            return f"{era}{kanji_num(y - y0.year + 1) if y - y0.year + 1 > 1 else '元'}年{kanji_num(m)}月{kanji_num(dd)}日"
        if f == "dual_west":
            era, abbr, y0 = next((e for e in ERA if d >= e[2]), ERA[-1])
            return self.pick([f"{y}年（{era}{y - y0.year + 1}年）{m}月{dd}日", f"{y}（{era}{y - y0.year + 1}）年{m}月{dd}日"])
        if f == "ymd_kanji":
            return self.pick([f"{y}年{m}月{dd}日", f"{y}年{m:02d}月{dd:02d}日", f"{y}年 {m}月 {dd}日"])
        if f == "slash":
            return f"{y}/{m}/{dd}"
        if f == "slash0":
            return f"{y}/{m:02d}/{dd:02d}"
        if f == "iso":
            return f"{y}-{m:02d}-{dd:02d}"
        if f == "dot":
            return f"{y}.{m}.{dd}"
        if f == "fw_kanji":
            return fullwidth(f"{y}年{m}月{dd}日")
        if f == "en_long":
            return self.pick([f"{EN_MONTHS[m - 1]} {dd}, {y}", f"{EN_MONTHS[m - 1][:3]}. {dd}, {y}"])
        if f == "en_dmy":
            return self.pick([f"{dd} {EN_MONTHS[m - 1][:3]} {y}", f"{dd:02d} {EN_MONTHS[m - 1][:3].upper()} {y}", f"{dd}-{EN_MONTHS[m - 1][:3]}-{y}"])
        return f"{m:02d}/{dd:02d}/{y}"

    def recent_date(self) -> _dt.date:
        return _dt.date.fromordinal(self.r.randint(_dt.date(2019, 1, 1).toordinal(), _dt.date(2026, 12, 31).toordinal()))

    # --- national identifiers --------------------------------------------------
    @staticmethod
    def my_number_check(d11: str) -> int:
        s = 0
        for n, ch in enumerate(reversed(d11), start=1):
            q = n + 1 if n <= 6 else n - 5
            s += int(ch) * q
        r = s % 11
        return 0 if r <= 1 else 11 - r

    @staticmethod
    def resident_check(d10: str) -> int:
        s = 0
        for n, ch in enumerate(reversed(d10), start=1):
            q = n + 1 if n <= 6 else n - 5
            s += int(ch) * q
        r = s % 11
        return 0 if r <= 1 else 11 - r

    def _group_12(self, s: str) -> str:
        form = self.r.randrange(10)
        if form <= 3:
            out = s
        elif form <= 6:
            out = f"{s[:4]} {s[4:8]} {s[8:]}"
        elif form == 7:
            h = self.hyphen()
            out = f"{s[:4]}{h}{s[4:8]}{h}{s[8:]}"
        elif form == 8:
            out = f"{s[:4]}　{s[4:8]}　{s[8:]}"
        else:
            out = s
        return self.maybe_fw(out, 0.2)

    def my_number(self) -> str:
        d = self.digits(11, True)
        return self._group_12(d + str(self.my_number_check(d)))

    def my_number_bad(self) -> str:
        d = self.digits(11, True)
        good = self.my_number_check(d)
        bad = (good + self.r.randint(1, 9)) % 10
        return self._group_12(d + str(bad))

    def resident_code(self) -> str:
        d = self.digits(10)
        s = d + str(self.resident_check(d))
        return self.maybe_fw(self.pick([s, s, s, s, s, f"{s[:4]} {s[4:8]} {s[8:]}"]), 0.15)

    def licence(self) -> str:
        code = self.pick(LICENCE_CODES)
        year = self.r.randint(60, 125) % 100
        s = f"{code:02d}{year:02d}{self.digits(6)}{self.r.randrange(10)}{self.pick('0000001')}"
        return self.maybe_fw(s, 0.15)

    def passport(self) -> str:
        s = self.pick(PASSPORT_PREFIXES) + self.digits(7)
        return self.maybe_fw(self.pick([s, s, s, f"{s[:2]} {s[2:]}", s]), 0.12)

    def insurance_symbol(self) -> str:
        form = self.r.randrange(6)
        if form <= 2:
            return self.digits(self.r.choice([4, 5, 6, 7, 8]), True)
        if form == 3:
            return self.digits(3, True)
        if form == 4:
            return self.digits(8, True)
        return self.pick(["千", "練", "足", "世", "横", "板"]) + self.digits(3, True)

    def insurance_number(self) -> str:
        return self.digits(self.r.choice([1, 2, 3, 4, 5, 6, 7]), True)

    def bank(self) -> dict:
        return {"bank": self.pick(BANKS), "branch": self.pick(BRANCHES), "type": self.pick(ACCOUNT_TYPES),
                "number": self.maybe_fw(self.digits(7), 0.12), "branch_code": self.digits(3, True)}

    def bank_inline(self, b: dict) -> str:
        sp = self.pick([" ", " ", "　", "", " / "])
        if self.chance(0.07):
            if self.chance(0.5):
                return f"ゆうちょ銀行{sp}記号{self.pick(['', ' '])}1{self.digits(3)}0{sp}番号{self.pick(['', ' '])}{self.digits(7, True)}1"
            shop = self.pick([("〇一八", "018"), ("〇二八", "028"), ("四〇八", "408"), ("一一八", "118")])
            return f"ゆうちょ銀行{sp}{shop[0]}{self.pick(['店', '支店'])}（{shop[1]}）{sp}普通{sp}{b['number']}"
        form = self.r.randrange(5)
        if form == 0:
            return f"{b['bank']}{sp}{b['branch']}{sp}{b['type']}{sp}{b['number']}"
        if form == 1:
            return f"{b['bank']}{sp}{b['branch']}（店番{b['branch_code']}）{sp}{b['type']}{sp}口座番号{b['number']}"
        if form == 2:
            return f"{b['bank']}{b['branch']} {self.pick(['普通', '当座'])}口座 No.{b['number']}"
        if form == 3:
            return f"{b['bank']} {b['branch']} {b['type']} {b['number']}"
        return f"{b['bank']}　{b['branch']}　{b['type']}　{b['number']}"

    # --- cards / network --------------------------------------------------------
    @staticmethod
    def luhn_check(body: str) -> int:
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        return (10 - total % 10) % 10

    def card_digits(self, valid: bool = True) -> str:
        brand = self.pick(["visa", "visa", "master", "master", "jcb", "jcb", "amex", "diners"])
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "master":
            pre, n = (str(self.r.randint(51, 55)) if self.chance(0.8) else str(self.r.randint(2221, 2720))), 16
        elif brand == "jcb":
            pre, n = str(self.r.randint(3528, 3589)), 16
        elif brand == "amex":
            pre, n = self.pick(["34", "37"]), 15
        else:
            pre, n = "36", 14
        body = pre + self.digits(n - 1 - len(pre))
        c = self.luhn_check(body)
        if not valid:
            c = (c + self.r.randint(1, 9)) % 10
        return body + str(c)

    def card_format(self, s: str) -> str:
        if len(s) == 16:
            groups = [s[0:4], s[4:8], s[8:12], s[12:]]
        elif len(s) == 15:
            groups = [s[0:4], s[4:10], s[10:]]
        else:
            groups = [s[0:4], s[4:10], s[10:]]
        form = self.r.randrange(8)
        if form <= 2:
            out = " ".join(groups)
        elif form <= 4:
            out = "-".join(groups)
        elif form == 5:
            out = s
        elif form == 6:
            out = fullwidth("-".join(groups)) if self.chance(0.5) else fullwidth(s)
        else:
            out = self.hyphen().join(groups)
        return out

    def card(self) -> str:
        return self.card_format(self.card_digits(True))

    def ipv4(self) -> str:
        form = self.r.randrange(5)
        if form == 0:
            return f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if form == 1:
            return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if form == 2:
            return f"{self.pick(['203.0.113', '198.51.100', '192.0.2'])}.{self.r.randint(1, 254)}"
        return f"{self.r.randint(11, 223)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ipv6(self) -> str:
        h = lambda: f"{self.r.randint(0, 0xFFFF):x}"  # noqa: E731
        form = self.r.randrange(5)
        if form == 0:
            return f"2001:db8:{h()}:{h()}::{h()}"
        if form == 1:
            return f"fe80::{h()}:{h()}:{h()}:{h()}"
        if form == 2:
            head = self.pick(["2001", "2400", "2404", "2409", "240b", "2600", "2a00", "2001:0db8"])
            return head + "".join(f":{self.r.randint(0, 0xFFFF):04x}" for _ in range(8 - head.count(":") - 1))
        if form == 3:
            return f"2400:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"
        return f"2001:db8::{h()}"

    def ip(self) -> str:
        return self.ipv6() if self.chance(0.25) else self.ipv4()

    def special_care(self, category: str | None = None) -> tuple[str, str, str]:
        """(category, phrase for prose, value for a form field); half of the medical ones are composed."""
        if category in (None, "medical") and self.chance(0.5 if category else 0.3):
            dis = self.pick(DISEASES)
            return "medical", dis + self.pick(DISEASE_PREDICATES), dis
        items = [x for x in SPECIAL_CARE if category is None or x[0] == category]
        return self.pick(items)

    # --- look-alikes (hard negatives) -------------------------------------------
    def tracking_number(self, nasty: bool = True) -> str:
        """12-digit carrier tracking number (mod-7 check), often also a valid My Number."""
        for _ in range(200):
            body = self.digits(11, True)
            s = body + str(int(body) % 7)
            if not nasty or self.my_number_check(s[:11]) == int(s[11]) or self.chance(0.1):
                break
        return self.pick([s, f"{s[:4]}-{s[4:8]}-{s[8:]}", f"{s[:4]} {s[4:8]} {s[8:]}", s])

    def corporate_number(self) -> str:
        from stdnum.jp import cn
        body = self.digits(12, True)
        return str(cn.calc_check_digit(body)) + body

    def invoice_registration(self) -> str:
        return "T" + self.corporate_number()

    def order_number(self) -> str:
        y = self.r.randint(2019, 2026)
        return self.pick([f"ORD-{y}-{self.digits(6)}", f"{self.digits(3, True)}-{self.digits(7)}-{self.digits(7)}",
                          f"#{self.digits(8, True)}", f"{y}{self.digits(2)}{self.digits(2)}-{self.digits(4)}",
                          f"PO{self.digits(10)}", f"45{self.digits(8)}", self.digits(12, True)])

    def invoice_number(self) -> str:
        return self.pick([f"INV-{self.r.randint(2019, 2026)}{self.digits(4)}-{self.digits(4)}", f"No.{self.digits(6)}",
                          f"請{self.digits(8)}", f"{self.digits(4)}-{self.digits(6)}"])

    def product_code(self) -> str:
        return self.pick([f"{self.pick(['AB', 'XK', 'MP', 'TS', 'KD', 'ZR'])}-{self.digits(4)}-{self.digits(2)}",
                          f"{self.digits(3, True)}-{self.digits(4)}", f"{self.pick(['SKU', 'ITEM'])}{self.digits(9)}",
                          self.pick(["KX", "TK", "MZ", "RE", "PA"]) + self.digits(7)])

    def jan(self) -> str:
        body = "49" + self.digits(10)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - s % 10) % 10)

    def price(self, hi: float = 6.5) -> str:
        v = int(10 ** self.r.uniform(2, hi)) // 10 * 10
        return self.pick([f"¥{v:,}", f"{v:,}円", f"{v}円", f"￥{v:,}-", f"{v:,}円（税込）", f"JPY {v:,}", f"金{v:,}円也"])

    def version(self) -> str:
        return self.pick([f"v{self.r.randint(1, 12)}.{self.r.randint(0, 30)}.{self.r.randint(0, 99)}",
                          f"{self.r.randint(1, 20)}.{self.r.randint(0, 9)}.{self.r.randint(0, 9)}.{self.r.randint(0, 250)}",
                          f"Build {self.r.randint(2019, 2026)}{self.digits(4)}.{self.r.randint(1, 9)}",
                          f"{self.r.randint(1, 9)}.{self.r.randint(0, 9)}.{self.r.randint(0, 9)}-rc{self.r.randint(1, 4)}",
                          f"10.0.{self.r.randint(17000, 22631)}.{self.r.randint(1, 3800)}"])

    def time_text(self) -> str:
        h, m = self.r.randint(8, 21), self.pick([0, 0, 15, 30, 45])
        return self.pick([f"{h}:{m:02d}", f"{h}時{m:02d}分" if m else f"{h}時", f"{h:02d}:{m:02d}:{self.r.randint(0, 59):02d}",
                          f"午後{h - 12 if h > 12 else h}時", f"{h}:{m:02d}～{h + 1}:{m:02d}"])

    def zip_like(self) -> str:
        return f"{self.digits(3, True)}-{self.digits(4)}"

    def company(self) -> str:
        last = self.f.last_name()
        return self.pick([f"株式会社{last}製作所", f"{last}商事株式会社", f"{last}工業株式会社", f"有限会社{last}建設",
                          f"{last}電機株式会社", f"株式会社{last}組", f"{last}運輸合同会社", f"{last}薬品株式会社",
                          f"株式会社{self.pick(['アルファ', 'ネクスト', 'サクラ', 'みらい', 'トライ', 'グローバル'])}{self.pick(['システムズ', 'ソリューションズ', '商会', 'テック', 'フーズ'])}",
                          f"（株）{last}興産", f"{last}ホールディングス", f"医療法人社団{last}会"])


FOREIGN = [("Smith", "John", "スミス", "ジョン"), ("Brown", "Michael", "ブラウン", "マイケル"), ("Nguyen", "Van An", "グエン", "ヴァン・アン"),
           ("Kim", "Minju", "キム", "ミンジュ"), ("Wang", "Wei", "ワン", "ウェイ"), ("Garcia", "Maria", "ガルシア", "マリア"),
           ("Santos", "Ana", "サントス", "アナ"), ("Tran", "Thi Lan", "チャン", "ティ・ラン"), ("Miller", "Emily", "ミラー", "エミリー")]
OLD_KANJI = {"高橋": "髙橋", "斎藤": "齋藤", "渡辺": "渡邊", "山崎": "山﨑", "吉田": "𠮷田", "斉藤": "齊藤", "浜田": "濱田", "沢田": "澤田"}

_HALF_KANA = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ"))
_HALF_KANA.update({k: v for k, v in zip("ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ",
                                        ["ｶﾞ", "ｷﾞ", "ｸﾞ", "ｹﾞ", "ｺﾞ", "ｻﾞ", "ｼﾞ", "ｽﾞ", "ｾﾞ", "ｿﾞ", "ﾀﾞ", "ﾁﾞ", "ﾂﾞ", "ﾃﾞ", "ﾄﾞ",
                                         "ﾊﾞ", "ﾋﾞ", "ﾌﾞ", "ﾍﾞ", "ﾎﾞ", "ﾊﾟ", "ﾋﾟ", "ﾌﾟ", "ﾍﾟ", "ﾎﾟ"])})
