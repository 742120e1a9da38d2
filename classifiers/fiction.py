"""Characters of fiction in the texts about it (programme listings, drama scripts, serial-novel synopses, episode
guides): invented people, not people.

A document is about fiction when it names a work as such (ドラマ「…」, 小説「…」, 映画「…」), an episode or a scene
(第12話, シーン8, Ep. 4) or a synopsis or cast of characters (あらすじ, 登場人物), or has a script's voice-over marks
((Ｍ), (Ｎ)). In such a document a name is a character's where the text tells a story about it: a particle of narration
right after it (汐見 渚が, 佐伯澄子は, 兄・佐伯俊介の), a character's age in brackets (坂口 透（30）), a line of dialogue
(透「…」), a role joined to it (漁師の娘・汐見 渚, 網元の老人・岩瀬伝蔵), or, in English, a verb right after it
(Harriet Cole finds). Names with a contact, a label or an honorific in the same documents (担当 浅田, 母 筒井 恵美,
本名 筒井 理央 090-…) are kept: a talent's profile or a station's call log names real people beside the works.
"""

from __future__ import annotations

import re

_WORK = r"[「『“\"][^」』”\"\n]{1,40}[」』”\"]"
_CUE = re.compile(
    r"あらすじ|登場人物|(?:連続|テレビ|ドラマ|劇場|アニメ|映画|小説|朗読|時代劇|ミステリー|サスペンス|ラジオドラマ)[^\n「『]{0,12}" + _WORK
    + r"|第[0-9０-９一二三四五六七八九十百]+(?:話|幕)|シーン[ ]?[0-9０-９]+|[(（][ＭＮMN][)）]|(?i:\bepisode|\bep\.) ?[0-9]+")
_CUE_LITERALS = ("あらすじ", "登場人物", "「", "『", "第", "シーン", "（Ｍ）", "(M)", "（Ｎ）", "(N)", "pisode", "Ep.", "ep.", '"', "“")

# what follows a character's name in a story: a particle of narration, an age in brackets, a line of dialogue
_NARRATION_AFTER = re.compile(r"[ \t]?(?:[がはをにへもや]|の(?![ \t]*(?:携帯|電話|連絡先|住所|メール))|と(?!申)|から|[、,]|"
                              r"[(（][0-9０-９]{1,3}[)）]|「|[ \t]+[a-z]{2,}(?:s|ed)\b|'s\b|’s\b)")
# a role joined to the name (漁師の娘・, 刑事・, 網元の老人・, 新社長の)
_ROLE_BEFORE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]・$|[\u4e00-\u9fff]{1,4}の$")
# what makes a name a real person's even so: an honorific or a title right after it
_HONORIFIC_AFTER = re.compile(r"[ \t]?(?:様|さま|さん|氏|殿|先生|くん|君|ちゃん|記者|アナ|部長|課長|係長|主任|担当)")


def may_hold_fiction(text: str) -> bool:
    """Cheap document test: does the text speak of a work of fiction, an episode or a scene?"""
    if not any(c in text for c in _CUE_LITERALS):
        return False
    return _CUE.search(text) is not None


# … or a label right before it (本名：筒井 理央、以下「出演者」)
_LABEL_BEFORE = re.compile(r"[:：][ \t]*$")


def is_character(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] (in a document `may_hold_fiction` accepted) a character of a story?"""
    if _HONORIFIC_AFTER.match(text, end) or _LABEL_BEFORE.search(text, max(0, start - 4), start):
        return False
    if _NARRATION_AFTER.match(text, end):
        return True
    return _ROLE_BEFORE.search(text, max(0, start - 8), start) is not None
