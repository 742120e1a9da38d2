"""Chinese names in text written in Chinese, as the forms, chats and lists of students, trainees and staff from
mainland China hold them: 姓名：陈浩, 父亲 陈志刚, 紧急联系人：母亲 林秀梅, 漢字：刘 佳怡, 赵雨桐妈妈：….

The Japanese dictionary does not know simplified characters (陈, 刘, 张, 伟), so the Japanese finders pass these
names by. Here a name is a common Chinese surname and one or two more characters, right after a name label or a
kin word (Chinese or Japanese), or right before 妈妈/爸爸 (a parent named after the child), and it must be Chinese:
it holds a simplified-only character, or the text around it does (a Japanese text's 母 林 芳子 is the Japanese
finders' business).
"""

from __future__ import annotations

import re

# common surnames in their simplified and traditional forms (a Japanese form where it differs: 沢/澤 is not one)
_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘"
    "于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閻段"
    "雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊"
    "聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍"
    "路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦卢"
    # (Korean surnames in hanja that the list above lacks: 朴 秀英, 權, 裵 …)
    "朴權権裵禹具閔玄卞琴奇河洪全南沈"
)
_TWO_CHAR_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "慕容", "令狐")
# characters of simplified Chinese that Japanese writing does not use (Japanese has 陳, 劉, 張, 偉, 麗, 華, 東 …)
_SIMPLIFIED_CHARS = (
    "们这个说请电话联亲妈爷时间发现问题东车习钱银护门关开进过还对么长书买卖认识让谢给码邮编岁级师"
    "陈刘张赵吴孙马罗郑许韩冯邓苏吕卢钟谭陆贾韦邹闫龙贺顾龚严汤杨齐乔庞颜聂鲁兰宁纪毕单骆蓝鲍饶阳农缪简项连"
    "伟丽华军杰涛辉鹏飞凤红晓爱颖莹鑫轩泽艳凯帅梦诗钰乐荣庆贵胜远达宾锋铭"
    "经费务紧监儿边业击岗冈树刚"
)
_SIMPLIFIED = frozenset(_SIMPLIFIED_CHARS)
_SIMPLIFIED_RX = re.compile(f"[{_SIMPLIFIED_CHARS}]")
_K = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SURNAME = "(?:" + "|".join(_TWO_CHAR_SURNAMES) + f"|[{_SURNAMES}])"
# the labels and kin words a name follows (Chinese first; the Japanese kin words for a Japanese form's family rows)
_BEFORE = (
    "姓名|名字|中文姓名|中文名|汉字姓名|漢字|汉字|联系人|紧急联系人|申请人|经费支付人|经费支付者|担保人|保证人|监护人|"
    "户主|本人|学生|老师|同学|室友|父亲|母亲|丈夫|妻子|配偶|儿子|女儿|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|叔叔|阿姨|"
    "舅舅|妈妈|爸爸|父|母|叔父|叔母|伯父|伯母|兄|姉|弟|妹|夫|妻|"
    # a mail's sender and recipient, a self-introduction (我是…的赵静), a list's changed entry (改为 钱 晓燕)
    "发件人|收件人|寄件人|联络人|负责人|经办人|领队|导游|旅客|乘客|客人|我是|我叫|改为"
)
# (a Japanese form's 氏名 label may end a longer word: 実習生氏名：陈晓燕)
_AFTER_LABEL = re.compile(
    rf"(?:(?<![{_K}])(?:{_BEFORE})|氏名|名前)[ \t]*[：:]?[ \t]*({_SURNAME}[ ]?[{_K}]{{1,2}})(?![{_K}])")
# the speaker of a chat line (2024-09-12 21:14  刘建国：…, 张敏（登録支援機関 通訳）：…)
_SPEAKER = re.compile(
    rf"(?m)^(?:[0-9][0-9/\-.: ]{{4,20}}[ \t]+)?({_SURNAME}[{_K}]{{1,2}})(?:[（(][^）)\n]{{1,20}}[）)])?[ \t]*[：:]")
# a name before a Chinese form of address (张老师, 王先生, 李静女士): a lone surname right before it, or a whole name
_ADDRESSED = re.compile(rf"(?:(?<![{_K}])({_SURNAME}[{_K}]{{1,2}})|({_SURNAME}))(?=老师|先生|女士|小姐|同学)")
# … or before a Japanese honorific in a Chinese text (劉建国さんの口座変更: the Japanese finders lack 劉)
_JA_HONORIFIC = re.compile(rf"(?<![{_K}])({_SURNAME}[{_K}]{{1,2}})(?=さん|様|氏(?!名))")
# a numbered list's row that starts with the name (1 赵雪梅 / 趙 雪梅 / 1999年3月8日 / EK3029184)
# (or two spaces, or a bracket: 2. 张伟　　护照号码 EK0937751, 4. 李秀英（我母亲）护照号码 …)
_LIST_ROW = re.compile(rf"(?m)^[ \t]*[0-9]{{1,3}}[.、)]?[ \t]+({_SURNAME}[{_K}]{{1,2}})(?:[ \t]*[/／|｜,，（(]|[ \t]{{2,}}\S|[ \t]+(?:护照|護照|出生|性别|性別|生年|电话|電話))")
_HONORIFIC_END = frozenset("様殿氏君")
_NOT_NAMES = frozenset(("谢谢", "感谢", "多谢"))
# the same name in other characters in brackets after it (陈晓燕（陳暁燕 / チン ギョウエン）, 刘建国（劉建国）)
_BRACKETED_FORM = re.compile(rf"[（(]({_SURNAME}[ ]?[{_K}]{{1,2}})(?=[ \t]*[/／）)])")
# a form's field for the name in Chinese characters (漢字併記 金 刚, 漢字表記 / Name in Chinese characters：李 俊豪, 中文姓名
# Chinese name⏎冈田 春树): the name there is a Chinese or Korean one whatever the text around it is written in
_EXPLICIT_LABEL = re.compile(
    rf"(?:漢字併記|漢字表記|中文姓名|汉字姓名|漢字氏名|(?i:chinese name|name in chinese characters|contact person))"
    rf"[ \t]*(?:/[^：:\n]{{1,40}})?(?:[ \t]*(?i:chinese name))?[ \t]*[：:]?[ \t]*\n?[ \t]*"
    rf"({_SURNAME}[ ]?[{_K}]{{1,2}}|[{_K}]{{2}}[ ][{_K}]{{1,2}})(?![{_K}])")
# a name in Chinese characters right before its romanisation in capitals (1. 刘晓晴 LIU XIAOQING 护照 …)
_BEFORE_CAPS = re.compile(rf"(?<![{_K}])({_SURNAME}[ ]?[{_K}]{{1,2}})[ \t]+(?=[A-Z]{{2,}}(?:[ \-][A-Z]{{2,}}){{1,2}}(?![A-Za-z]))")
# … or after it: the romanisation, then the characters after a slash, in brackets or after a space (WANG FANG / 王芳,
# HUANG ZIHAN（黄子涵）, Liu Wenjing 刘文静)
# (the romanisation's family name, first or last: pinyin, Wade-Giles, Cantonese and Korean spellings)
_ROMAN_SURNAMES = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lyu lv lu ding ren shen yao
cui zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long kong mao hao gong shao
wan qian dai mo kang wen niu ge xing qi qiao pang nie yue zhai chan cheung wong lee ng ho tsai chang chou hsu kuo lai tsang
leung lau chiu kwok yip fung tse kim park choi jung cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon ko moon son bae
baek nam sim noh ha kwak sung cha joo woo koo min ryu na ji chae won bang hyun""".split())
# (the first capital, then the test of the letter before it: the regex engine scans for capitals)
_AFTER_ROMAN = re.compile(rf"[A-Z](?<![A-Za-z][A-Z])(?:[a-z]+|[A-Z]+)(?:[ \-](?:[A-Z][a-z]+|[A-Z]{{2,}})){{1,2}}[ \t]*"
                          rf"(?:(?P<sl>[/／])[ \t]*|(?P<br>[（(])[ \t]*)?(?P<n>{_SURNAME}[ ]?[{_K}]{{1,2}})(?![{_K}\u3040-\u30ff])")
_EXPLICIT_HINT = re.compile(r"漢字併記|漢字表記|中文姓名|汉字姓名|漢字氏名|(?i:chinese name|name in chinese|contact person)")
_BEFORE_PARENT = re.compile(rf"(?<![{_K}])({_SURNAME}[{_K}]{{1,2}})(?:的)?(?:妈妈|爸爸|母亲|父亲)")


def _chinese(t: str, s: int, e: int) -> bool:
    """The name holds a simplified-only character, or two of them stand within 60 characters of it."""
    if _SIMPLIFIED_RX.search(t, s, e) is not None:
        return True
    return len(_SIMPLIFIED_RX.findall(t, max(0, s - 60), e + 60)) >= 2


def chinese_names(t: str, out: list, caps_at: int = 0) -> None:
    """Append (start, end, score) for the Chinese names of a text written in Chinese (see the module docstring).
    `caps_at`: where the text's first capitalised word starts (-1: it has none), as the caller found it; a name after
    its romanisation is looked for from there only."""
    if ("漢字" in t or "中文" in t or "汉字" in t or "hinese" in t or "HINESE" in t or "ontact" in t or "ONTACT" in t) and \
            _EXPLICIT_HINT.search(t) is not None:  # (literals first: a case-insensitive pattern is tried at every position)
        for m in _EXPLICIT_LABEL.finditer(t):
            out.append((*m.span(1), 0.8))
    for m in (_AFTER_ROMAN.finditer(t, caps_at) if caps_at >= 0 else ()):  # (a romanisation starts as _HAS_CAPS does)
        words = m.group(0)[:m.start("n") - m.start()].strip(" \t/／（(").replace("-", " ").split()
        if not words or (words[0].lower() not in _ROMAN_SURNAMES and words[-1].lower() not in _ROMAN_SURNAMES):
            continue
        s, e = m.span("n")
        if m.group("br"):
            if t[e:e + 1] not in (")", "）"):
                continue  # (a bracket that holds more than the name: a note, not the name's other form)
        elif not m.group("sl") and not _chinese(t, s, e):
            continue  # (after a plain space only a name in Chinese writing: Tanaka 田中 may be a heading's two words)
        out.append((s, e, 0.8))
    if _SIMPLIFIED_RX.search(t) is None:
        return
    for m in _BEFORE_CAPS.finditer(t):
        out.append((*m.span(1), 0.8))
    for rx in (_AFTER_LABEL, _SPEAKER, _LIST_ROW):
        for m in rx.finditer(t):
            s, e = m.span(1)
            if t[e - 1] in _HONORIFIC_END:
                continue  # 趙様: a Japanese text's speaker with an honorific (the Japanese finders' business)
            if _chinese(t, s, e):
                out.append((s, e, 0.8))
                b = _BRACKETED_FORM.match(t, e)
                if b is not None:
                    out.append((*b.span(1), 0.8))
    if "さん" in t or "様" in t or "氏" in t:
        for m in _JA_HONORIFIC.finditer(t):
            s, e = m.span(1)
            if _chinese(t, s, e):
                out.append((s, e, 0.75))
    if "老师" in t or "先生" in t or "女士" in t or "小姐" in t or "同学" in t:
        for m in _ADDRESSED.finditer(t):
            g = 1 if m.group(1) else 2
            s, e = m.span(g)
            if t[s:e] in _NOT_NAMES or (g == 2 and s and t[s - 1] == t[s]):
                continue  # 谢谢老师: thanks, not 谢
            if _chinese(t, s, e):
                out.append((s, e, 0.75))
    for m in _BEFORE_PARENT.finditer(t):
        s, e = m.span(1)
        if _chinese(t, s, e):
            out.append((s, e, 0.75))
