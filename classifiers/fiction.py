"""Characters of fiction in the texts about it (programme listings, drama scripts, serial-novel synopses, episode
guides, the dialogues of a language textbook): invented people, not people.

A document is about fiction when it names a work as such (ドラマ「…」, 小説「…」, 映画「…」), an episode or a scene
(第12話, シーン8, Ep. 4) or a synopsis or cast of characters (あらすじ, 登場人物), or has a script's voice-over marks
((Ｍ), (Ｎ)). In such a document a name is a character's where the text tells a story about it: a particle of narration
right after it (汐見 渚が, 佐伯澄子は, 兄・佐伯俊介の), a character's age in brackets (坂口 透（30）), a line of dialogue
(透「…」), a role joined to it (漁師の娘・汐見 渚, 網元の老人・岩瀬伝蔵), or, in English, a verb right after it
(Harriet Cole finds). Names with a contact, a label or an honorific in the same documents (担当 浅田, 母 筒井 恵美,
本名 筒井 理央 090-…) are kept: a talent's profile or a station's call log names real people beside the works.
A document that tells a story whole — a script's scene (シーン8), a synopsis (あらすじ), a cast of characters, a
language textbook's lesson (第12課　会話「…」), an exam's exercise (…を読んで、問いに答えなさい), an anime's cast
with its voice actors (（CV：…）) — names only
characters: every name in it is one, also with an honorific or as a speaker (店長：リンさんは), unless a contact is
on its line or a name label (本名：) before it.
"""

from __future__ import annotations

import re

_WORK = r"[「『“\"][^」』”\"\n]{1,40}[」』”\"]"
# (a synopsis, a cast and a scene are `_WHOLE_STORY`'s, asked first)
_CUE = re.compile(
    r"(?:連続|テレビ|ドラマ|劇場|アニメ|映画|小説|朗読|時代劇|ミステリー|サスペンス|ラジオドラマ)[^\n「『]{0,12}" + _WORK
    + r"|第[0-9０-９一二三四五六七八九十百]+(?:話|幕)|[(（][ＭＮMN][)）]|(?i:\bepisode|\bep\.) ?[0-9]+")
# a story told whole (see above)
_WHOLE_STORY = re.compile(r"あらすじ|登場人物|シーン[ ]?[0-9０-９]+|(?:^|\n)[ ]*[(（][ＭＮMN][)）]"
                          # (a game's or a work's roster of characters: キャラクター一覧, キャラクター名 | レア | 属性)
                          r"|キャラクター(?:一覧|紹介|設定)|キャラクター名[ \t]*[|｜,\t]|登場キャラ"
                          # (a lesson's title, 第12課　会話「アルバイトの 面接」: not a department, 損害サービス第二課)
                          r"|(?:^|\n)[ ]*第[0-9０-９一二三四五六七八九十]+課[ ]*(?:会話|ダイアローグ|スキット|本文)")
_CONTACT_ON_LINE = re.compile(r"[0-9]{2,4}[-‐－ ][0-9]{2,4}[-‐－ ][0-9]{3,4}|@[A-Za-z0-9\-]+\.")

# what follows a character's name in a story: a particle of narration, an age in brackets, a line of dialogue
_NARRATION_AFTER = re.compile(r"[ \t]?(?:[がはをにへもや]|の(?![ \t]*(?:携帯|電話|連絡先|住所|メール))|と(?!申)|から|[、,]|"
                              r"[(（][0-9０-９]{1,3}[)）]|「|[ \t]+[a-z]{2,}(?:s|ed)\b|'s\b|’s\b)")
# a role joined to the name (漁師の娘・, 刑事・, 網元の老人・, 新社長の)
_ROLE_BEFORE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]・$|[\u4e00-\u9fff]{1,4}の$")
# what makes a name a real person's even so: an honorific or a title right after it
_HONORIFIC_AFTER = re.compile(r"[ \t]?(?:様|さま|さん|氏|殿|先生|くん|君|ちゃん|記者|アナ|部長|課長|係長|主任|担当)")

# (the literals that the patterns' matches need, looked for before the patterns are searched)
_EPISODE = re.compile(r"第[0-9０-９一二三四五六七八九十百]+(?:話|幕)")
_LESSON_LITERALS = ("会話", "ダイアローグ", "スキット", "本文")
_GENRE_LITERALS = ("ドラマ", "小説", "映画", "劇場", "アニメ", "朗読", "時代劇", "ミステリー", "サスペンス", "pisode", "Ep.", "ep.")


# a text that says its people are invented (※例文に出てくる名前は架空の人物です, 登場人物の氏名はすべて仮名です, All
# names are fictitious): teaching material, a sample or a story, whose names are all characters
# (not a test fixture's note that its values are dummies, 実在の人物・番号とは関係ありません: those are data all the same)
_DISCLAIMER = re.compile(r"架空の(?:人物|名前|氏名|設定|事例)"
                         r"|(?:名前|氏名|人物名|個人名)は(?:すべて|全て)?(?:仮名|架空)"
                         r"|(?i:fictitious|fictional (?:names?|characters?|persons?|people))")


# an exam's or a textbook's exercise: the people of its passage or word problem are characters (次の英文を読んで、
# あとの問いに答えなさい; ［４］太郎さんと花子さんは…求めなさい; Read the passage and answer the questions)
_EXERCISE = re.compile(r"(?:答え|求め|選び|書き|説明し|記号で答え)なさい|次の(?:英文|文章|会話|対話|物語|文)を読んで"
                       r"|(?i:read the (?:following )?(?:passage|story|text|dialogue|conversation)"
                       r"|a character in (?:this|the) story)")


# a cast list of an anime or a game, each character with its voice actor (アルト・ヴェルナー（CV：天野 蒼真）)
_VOICED_CAST = re.compile(r"[(（]CV[:：．. ]")
# what a match of `_EXERCISE` or `_VOICED_CAST` holds (one scan of literals before the patterns)
_STORY_HINT = re.compile(r"なさい|を読んで|ead the|EAD THE|haracter in|CV")


def may_hold_fiction(text: str) -> int:
    """Cheap document test: does the text speak of a work of fiction, an episode or a scene (1), or tell a story whole
    (2: a scene, a synopsis, a textbook's lesson, a text that says its names are invented)? 0 if neither. (Literals
    first: the patterns are searched only in a text that holds what their matches need.)"""
    if (("架空" in text or "仮名" in text or "ictitious" in text or "ictional" in text)
            and _DISCLAIMER.search(text) is not None):
        return 2
    if _STORY_HINT.search(text) is not None and (
            _EXERCISE.search(text) is not None or _VOICED_CAST.search(text) is not None):
        return 2  # an exam's exercise; an anime's or a game's cast (characters and the public voices of them)
    if (("あらすじ" in text or "登場人物" in text or "シーン" in text or "(M)" in text or "(N)" in text or "キャラ" in text
         or "（Ｍ）" in text or "（Ｎ）" in text
         or ("課" in text and any(w in text for w in _LESSON_LITERALS))) and _WHOLE_STORY.search(text) is not None):
        return 2
    if not any(w in text for w in _GENRE_LITERALS) and not ("第" in text and ("話" in text or "幕" in text)
                                                            and _EPISODE.search(text) is not None):
        return 0
    return 1 if _CUE.search(text) is not None else 0


# … or a label right before it (本名：筒井 理央、以下「出演者」)
_LABEL_BEFORE = re.compile(r"[:：][ \t]*$")
_NAME_LABEL_BEFORE = re.compile(r"(?:名|名前|[Nn]ame)[ \t]*[:：][ \t]*$")


def is_character(text: str, start: int, end: int, whole: bool = False) -> bool:
    """Is the name at text[start:end] (in a document `may_hold_fiction` accepted) a character of a story? `whole`:
    the document tells the story whole (see `may_hold_fiction`)."""
    if whole:
        ls, le = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        if _CONTACT_ON_LINE.search(text, ls, len(text) if le < 0 else le) is None and not _NAME_LABEL_BEFORE.search(
                text, max(0, start - 5), start):
            return True  # (a speaker's colon, 店長：リンさんは, is no label)
    if _HONORIFIC_AFTER.match(text, end) or _LABEL_BEFORE.search(text, max(0, start - 4), start):
        return False
    if _NARRATION_AFTER.match(text, end):
        return True
    return _ROLE_BEFORE.search(text, max(0, start - 8), start) is not None
