"""Latin-script PERSON names in mixed Japanese/English business text (classifiers/person_latin.py).

Formats: person labels (English, bilingual, Japanese), mail headers, chat speakers, @mentions, sign-off lines,
enumerations, Japanese honorifics and particles after a Latin name, known given/family name pairs of many
cultures, other spellings of a name already found; and the ordinary business text that must stay clean.
All names are invented combinations of common name words.
"""

from __future__ import annotations

import pytest

from classifiers.person import PersonDetector
from classifiers.person_latin import _key, _latin_names, _level, find_latin_names


@pytest.fixture(scope="module")
def det() -> PersonDetector:
    return PersonDetector(use_english_model=False)


def names(det: PersonDetector, text: str) -> list[str]:
    return [text[e.start:e.end] for e in det.detect(text)]


def latin(det: PersonDetector, text: str) -> list[str]:
    """Only the Latin-script names (the Japanese side belongs to person.py)."""
    return [n for n in names(det, text) if n[:1].isascii()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guest: Michael Brennan\nEmail: m.brennan@example.com", ["Michael Brennan"]),
        ("Companion: Chloe Brennan\nCorporate card on file: Diners", ["Chloe Brennan"]),
        ("Emergency contact: Ravi Sharma +1 847 555 0142", ["Ravi Sharma"]),
        ("Passenger name: Isabel Moreno\nSeat: 14C", ["Isabel Moreno"]),
        ("Interviewer: Daniel Okafor", ["Daniel Okafor"]),
        ("Approved by: Hannah Fischer", ["Hannah Fischer"]),
        ("Parent/Guardian: Grace Liang", ["Grace Liang"]),
        ("Cardholder name: CARLOS MENDES", ["CARLOS MENDES"]),
        ("Customer: Jennifer O'Neill\nShip-to: 2207 Maple Ridge Ln", ["Jennifer O'Neill"]),
        ("Japan contact: Hiroshi Endo (03-5841-0093)", ["Hiroshi Endo"]),
        ("Attendees: Oliver Grant, Priya Natarajan, Tom Whitfield",
         ["Oliver Grant", "Priya Natarajan", "Tom Whitfield"]),
        ("Reviewer\tSofia Marquez", ["Sofia Marquez"]),
    ],
)
def test_english_person_labels(det, text, expected):
    assert latin(det, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("First name: Olivia\nLast name: Bennett\nEmail: olivia@example.com", ["Olivia", "Bennett"]),
        ("Surname / 姓\u3000MATSUDA\nGiven name / 名\u3000YUKI\nNationality / 国籍\u3000JAPAN", ["MATSUDA", "YUKI"]),
        ("Family name: Quispe\nGiven names: Rosa Elena", ["Quispe", "Rosa Elena"]),
    ],
)
def test_name_part_fields_take_one_word(det, text, expected):
    assert latin(det, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("招へい人：Tran Thi Lan（ベトナム国籍）", ["Tran Thi Lan"]),
        ("上長：Ogawa Shun\u3000部下：Emma Brown\n話題：", ["Ogawa Shun", "Emma Brown"]),
        ("13:30　パトリック・ウォン様（香港支社）　担当：Ishida", ["Ishida"]),
        ("面接官：今井、Sarah Thompson", ["Sarah Thompson"]),
        ("保証人：Kevin Walsh\n続柄：父", ["Kevin Walsh"]),
    ],
)
def test_japanese_label_then_latin_name(det, text, expected):
    assert latin(det, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('From: "Oliver Grant" <o.grant@harbourline.example.co.uk>\nTo: sakamoto@example.jp', ["Oliver Grant"]),
        ("Cc: Ethan Park; 海外営業部 小池\nSubject: Re: Sample shipment", ["Ethan Park"]),
        ("Cc: 営業部 髙橋、佐々木、Linda Chow、eigyo-all@example.co.jp", ["Linda Chow"]),
        ("To: Marta Kowalski <m.kowalski@example.pl>, Arjun Mehta <arjun.mehta@example.in>",
         ["Marta Kowalski", "Arjun Mehta"]),
    ],
)
def test_mail_headers(det, text, expected):
    assert latin(det, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Name: TORRES, Michael J.\n  Date of birth: 1980-01-01", ["TORRES, Michael J."]),
        ("Name: Smith, John\n", ["Smith, John"]),
        ("氏名：GARCIA, Maria（ガルシア）", ["GARCIA, Maria"]),
        ("Attendees: Smith, Jones\n", ["Smith", "Jones"]),
        ("3. YAMAGUCHI SORA　男性（小児）", ["YAMAGUCHI SORA"]),
        ("| 5 | HATTORI NORIKO | F |", ["HATTORI NORIKO"]),
    ],
)
def test_inverted_and_upper_case_romaji_names(det, text, expected):
    assert latin(det, text) == expected


def test_chat_speakers_mentions_and_another_spelling(det):
    text = ("[14:02] WATANABE Yui: @David the quote is ready\n[14:03] David Chen: Thanks! Could you share it?\n"
            "[14:05] David Chen: 🙏")
    assert latin(det, text) == ["WATANABE Yui", "David", "David Chen", "David Chen"]
    slack = "#sales\nYamaguchi Ren  10:12\n@小林 明日の件\nLucas Meyer  10:14\n了解です"
    assert "Lucas Meyer" in latin(det, slack)
    badge = "11時に Nordfjord社の Anna Lindqvist さんが来られます。\n入館証は「ANNA LINDQVIST」で作成しますね"
    assert latin(det, badge) == ["Anna Lindqvist", "ANNA LINDQVIST"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cheers,\nOliver\n--\nHarbourline Marine Ltd", ["Oliver"]),
        ("Thanks,\nMichael Johnson（マイケル・ジョンソン）\nAPAC Partner Manager", ["Michael Johnson"]),
        ("Many thanks,\n\nAmara Nwosu\nProcurement", ["Amara Nwosu"]),
        ("Best,\nZdenek | Prague office", ["Zdenek"]),
    ],
)
def test_sign_off_lines(det, text, expected):
    assert latin(det, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The team will be Oliver Grant, Priya Natarajan and Tom Whitfield.",
         ["Oliver Grant", "Priya Natarajan", "Tom Whitfield"]),
        ("10:30 Linda Park 様　初診", ["Linda Park"]),
        ("Smith さんに確認済み", ["Smith"]),
        ("今後は受信時点で 藤井 または Nguyen に連絡してください", ["Nguyen"]),
    ],
)
def test_lists_honorifics_and_particles(det, text, expected):
    assert latin(det, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"1189","Sarah Mitchell","","150-0012","東京都渋谷区"', ["Sarah Mitchell"]),
        ("2\tChen Wei\tチェン ウェイ\tPacific Bridge Ltd.", ["Chen Wei"]),
        ("今月から神戸支店にLee Ji-hoon（イ・ジフン）さんが着任しました。", ["Lee Ji-hoon"]),
        ("③Ngo Van Minh（ゴ・ヴァン・ミン）　070-1284-3356", ["Ngo Van Minh"]),
        ("N27-003,Nguyen Van Minh,立命館大学", ["Nguyen Van Minh"]),
        ("担当は Wang Xiaoming です", ["Wang Xiaoming"]),
        ("Booked by Ji-hoon Kim for 3 nights", ["Ji-hoon Kim"]),
        ("発表者 José Álvarez（マドリード）", ["José Álvarez"]),
    ],
)
def test_known_name_pairs_of_many_cultures(det, text, expected):
    assert latin(det, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Owner: Platform Team\nHost: Zoom\nManager: TBD\nContact: Customer Support\nLead: Sales Ops",
        "Customer: Acme Corporation\nSpeaker: Keynote Session\nAttendees: Sales Team, Marketing Team",
        "We support Tokyo, Osaka and Nagoya. Tools: Microsoft Teams, Google Meet and Cisco Webex.",
        "Payment: Visa, Mastercard and American Express are accepted.",
        "Hotel: Grand Hyatt Tokyo\nVenue: Park Hyatt, Hilton Osaka\nNear Victoria Station and Stanley Park.",
        "Jenkins のジョブが失敗しました。Excel のマクロ、Salesforce に登録、Chrome で確認。Tiffany のネックレス。",
        "To: All Staff\nFrom: IT Helpdesk <helpdesk@example.com>\nCc: Accounts Payable <accounts.payable@example.com>",
        "[10:00] Build Bot: deploy finished\n[10:01] GitHub: 3 commits pushed\n[10:02] Reminder: stand-up",
        "Thanks,\nThe Sales Team",
        "Best regards,\nCustomer Success",
        "Thanks,\nJP Ops",
        "Regards,\nKanda Logistics\nGeneral Manager",
        "Regards,\nAPAC Partner Team",
        "Pacific Bridge 様、いつもお世話になっております。ABC Company様 / IBM様 / Acme 様",
        "Release Notes v3.2: Fixed Login Issue, Improved Search Performance and Updated Privacy Policy.",
        "The Mitsubishi UFJ, Sumitomo Mitsui and Mizuho Bank accounts were closed.",
        "Product: Visual Studio Code\nOwner: Finance Department\nReviewer: Legal\nApprover: N/A",
        "Speakers: Keynote, Panel Discussion and Networking Reception",
        "Lunch at Victoria Park with the team, then Albert Hall and Hyde Park.",
        "@channel @here @Everyone please review. @Release please check",
        "記入：Excel\n担当：Sales Team\n確認：OK\n作成：Microsoft Word\n対応：Remote Work\n業者：Pacific Bridge",
        "Host: Jordan Valley Resort\nOrganizer: Chase Bank\nSponsor: Summit Partners",
        "Sheraton Grand, Westin Miyako, Ritz Carlton and Four Seasons are nearby.",
        "Matt Finish, Gloss White, Satin Black and Pearl White are the colours.",
        "[2024-05-01 10:00:01] INFO Server Started: ok\n10:00 ERROR Connection Failed: retry",
        "Our partners: Morgan Stanley, Goldman Sachs and Grant Thornton.",
        "Dear Valued Customer,\nThank you for choosing Rakuten Mobile.",
        "会場：Grand Hyatt Tokyo\n主催：Pacific Expo\nスポンサー：Blue Ocean Partners",
        "Will Power, Max Volume and Grace Period settings were changed.",
        "Team members: TBD\nParticipants: 12 people\nAttendees: see attached",
        "Interviewee: Remote\nCandidate: Senior Engineer\nApplicant: Online Form",
        "Name: Widget Pro\nCompany Name: Acme Corp\nProduct Name: Smart Hub",
        "Address: Park Bldg. 2F, 1-2-3 Chuo, Chiyoda-ku\nTel: 03-1234-5678",
        "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
        "Subject: Re: 打ち合わせ\nDate: Tue, 3 Dec 2024 10:00:00 +0900",
    ],
)
def test_business_text_is_not_a_name(det, text):
    assert latin(det, text) == []


def test_upper_case_pair_needs_a_cue(det):
    assert latin(det, "NEW ARRIVALS: GRACE CHURCH COLLECTION") == []
    assert latin(det, "ANNA LINDQVIST") == []
    assert latin(det, "Guest: ANNA LINDQVIST") == ["ANNA LINDQVIST"]


def test_company_after_a_name_is_not_a_person(det):
    assert latin(det, "Customer: Kanda Logistics") == []
    assert latin(det, "Regards,\nOliver Grant Ltd") == []
    assert latin(det, "Sender: Yamato Transport\n担当: Suzuki Denki\nDear Tanaka Kogyo,") == []
    assert latin(det, "Dear Tanaka Taro,") == ["Tanaka Taro"]


def test_mail_address_that_repeats_the_name(det):
    # an unknown name is accepted in a header when the address is made of it, not of a brand
    assert latin(det, "To: Zdenek Qwerty <z.qwerty@example.cz>") == ["Zdenek Qwerty"]
    assert latin(det, "Cc: Quill Harbour <news@quill.example.com>") == []


def test_name_data_keys_and_levels():
    table = _latin_names()
    assert table[_key("O'Neill")] and _key("Đặng") == "dang" and _key("Ji-hoon") == "jihoon"

    class _NoJa:
        family_roma: set = set()
        given_roma: set = set()

    ja = _NoJa()
    assert _level(["Sarah", "Mitchell"], ja) == 3
    assert _level(["Chen", "Wei"], ja) == 3
    assert _level(["Nguyen", "Van", "Minh"], ja) == 3
    assert _level(["Grace", "Church"], ja) < 3  # both words are also ordinary words
    assert _level(["Sales", "Team"], ja) == 0


def test_offsets_map_back_to_the_original_text(det):
    text = "お客様：Ｍｉｃｈａｅｌ　Ｂｒｅｎｎａｎ 様"
    ents = list(det.detect(text))
    assert [text[e.start:e.end] for e in ents] == ["Ｍｉｃｈａｅｌ\u3000Ｂｒｅｎｎａｎ"]


def test_find_latin_names_without_capitals_is_a_no_op():
    out: list = []
    find_latin_names("お問い合わせは03-1234-5678まで", out, lambda: None, False)
    assert out == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Client dinner, 4 pax (Ogawa, Hasegawa, Zhang, self)   R-02", ["Ogawa", "Hasegawa", "Zhang"]),
        ("for business purposes.   Signed: M. Inoue   29 Nov 2024", ["M. Inoue"]),
        ("Company car users: TAKEDA (Driver's licence exp. 2026-07-03), INOUE (licence pending)", ["TAKEDA", "INOUE"]),
        ("12   INFT FUJIMOTO/RIN 05APR24\nTOTAL PAX 182", ["FUJIMOTO/RIN"]),
        ('  name_roman: "NGUYEN VAN HAI"\n', ["NGUYEN VAN HAI"]),
        ("萩   Lee Min-jun / 이민준             12, D", ["Lee Min-jun", "이민준"]),
        ("菊   Chen Yu-ting（陳 妤婷）          No. 88", ["Chen Yu-ting", "陳 妤婷"]),
    ],
)
def test_lists_manifests_and_native_script_after_a_latin_name(det, text, expected):
    assert names(det, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Offices (Tokyo, Osaka, Nagoya) are closed.",
        "Teams (Sales, Finance, Legal) attend.",
        "Vessel          Voy.\nSAKURA MARU  V.0418E     04/18",
        "Users: 42 active",
    ],
)
def test_lists_and_vessels_negatives(det, text):
    assert names(det, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CREW 2/6   PREPARED BY ISHIDA / NRT OPS   TRANSMITTED 23NOV24", ["ISHIDA"]),
        ("Checked by Mori, 2024-11-02", ["Mori"]),
    ],
)
def test_report_agent_after_by(det, text, expected):
    assert names(det, text) == expected


@pytest.mark.parametrize("text", ["ISSUED BY JAPAN / MOFA", "PREPARED BY TOKYO / OPS", "Received by Email\n"])
def test_report_agent_after_by_negatives(det, text):
    assert names(det, text) == []


# -- rosters, bookings, handles and places (session 4) -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Latin name in a cell and its katakana rendering in the next one (pipe, fixed-width)
        ("No | 氏名(旅券表記) | カタカナ | 国籍\n1 | LI HAORAN | リ・コウゼン | 中国\n"
         "2 | NGUYEN THI THU HA | グエン・ティ・トゥ・ハー | ベトナム",
         ["LI HAORAN", "リ・コウゼン", "NGUYEN THI THU HA", "グエン・ティ・トゥ・ハー"]),
        (" 記号 番号 氏名                 ﾌﾘｶﾞﾅ\n 2043  0007  DIAS LUIS           ﾃﾞｨｱｽ ﾙｲｽ          H05.06.30",
         ["DIAS LUIS", "ﾃﾞｨｱｽ ﾙｲｽ"]),
        # passport-style SURNAME, Given names
        ("4   REYES, John Carlo M.         x", ["REYES, John Carlo M."]),
        ("Name / 氏名 .......... HARTMANN, Jonas\nDate of Birth", ["HARTMANN, Jonas"]),
        # an airline booking's SURNAME/GIVEN as a JSON value
        ('{"paxId": 1, "name": "KUROSAWA/SHINJI", "title": "MR"}', ["KUROSAWA/SHINJI"]),
        # who changed a config, in lower-case romaji; a user's display name in a chat export
        ("# 最終更新 2024-10-01 by nakagawa hiroshi\nescalation:", ["nakagawa hiroshi"]),
        ('{"user_profile":{"display_name":"ryo.kubota"}}', ["ryo.kubota"]),
        # a self-introduction after an upper-case name; a romanised Japanese name with a listed given name
        ("19:07\tTuan\tVU VAN DUNG です。会社は", ["VU VAN DUNG"]),
        ("Dear Payroll Team,\n\nKenji Morimoto (Emp. No. SG-0147) returns", ["Kenji Morimoto"]),
    ],
)
def test_rosters_bookings_handles(det, text, expected):
    assert [n for n in names(det, text) if n != "Tuan"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "品名 | カナ\nAPPLE JUICE | アップル ジュース\nBLUE SKY | ブルー スカイ",  # a product and its reading
        "Nationality: ベトナム / Viet Nam\n",
        "TOKYO, Japan and OSAKA, Japan. NOTE, Please see.",
        '{"name": "USB/HDMI", "price": 3}',
        "made by hand by default",
        "  Bank: Sumitomo Mitsui Banking Corporation",
        "同席：SE 大森",  # (大森 is the name; SE a role)
        "Windows Server です。Apple Pay です。",
    ],
)
def test_rosters_bookings_handles_negatives(det, text):
    assert latin(det, text) == []


def test_vietnamese_names_in_capitals_but_not_a_bank_branch(det):
    # the names in capitals read by their shape (family, middle, given); a bank's branch (a province) is no name
    text = " PHAM DUC ANH | LE THI HOA | 母 | Agribank Thai Binh | 3206205114873"
    assert latin(det, text) == ["PHAM DUC ANH", "LE THI HOA"]
