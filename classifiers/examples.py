"""Identifiers written as examples, as forms, manuals and guides write them: 記入例「AB1234567（見本）」, 例：1234 5678
9012, 口座番号（例）0012345, card number e.g. 4111 1111 1111 1111, (sample). Such a value is the shape of a number,
nobody's number: an identifier right after an example cue on its line, or right before a bracketed 見本/例/sample
or a closing quote said to be one (「口座番号 1234567」は記入例です), or after 架空 (made up) on its line, or a gateway's published test card number in a text about
testing, is dropped. (Stand-in names and the values of an example form around them are `placeholders` and the engine's
business; birth dates and postal codes check their own example cues.)
"""

from __future__ import annotations

import re

from .credit_card import is_test_card

# the identifier types an example cue takes away (phone numbers and e-mail addresses are written as examples too, but
# a 例 before them is as often a real value's note: 連絡先（例：日中）090-…)
EXAMPLE_TYPES = frozenset({"JP_MY_NUMBER", "JP_RESIDENT_CODE", "JP_DRIVERS_LICENSE", "JP_PASSPORT",
                           "JP_HEALTH_INSURANCE", "JP_BANK_ACCOUNT", "CREDIT_CARD"})

# a cue that ends just before the value on its line (記入例「, 例：, 見本: , e.g. , Example: ); 定例, 事例 are no cue
_CUE_BEFORE = re.compile(
    r"(?:記入例|入力例|記載例|表記例|(?<![\u3400-\u9fff])例|見本|サンプル|ダミー|[Ss]ample|SAMPLE|e\.g\.|[Ee]xample|[Dd]ummy)"
    r"[)）]?[ \t]*[:：「『(（=]?[ \t]*[\"'「『]?[ \t]*\Z")
# a bracketed cue right after the value (AB1234567（見本）, 4111 1111 1111 1111 (sample)), or the quote it stands in
# said to be one (「口座番号 1234567」は記入例です)
_CUE_AFTER = re.compile(r"[ \t]*[」』\"']?[ \t]*[(（](?:見本|例|記入例|サンプル|ダミー|[Ss]ample|SAMPLE|[Ee]xample|[Dd]ummy)[)）]"
                        r"|[ \t]*[」』](?:は|が)(?:記入例|入力例|記載例|見本|サンプル|ダミー|例)")
_REACH = 16  # (characters before the value a cue may end in)


def example_value(text: str, start: int, end: int) -> bool:
    """Is the identifier at text[start:end] written as an example (see the module docstring)? (Only the few characters
    around it are read.)"""
    lo = max(0, start - _REACH)
    nl = text.rfind("\n", lo, start)
    if _CUE_BEFORE.search(text, lo if nl < 0 else nl + 1, start) is not None:
        return True
    if end - start >= 12 and is_test_card(text, start, end):
        return True  # 4111 1111 1111 1111 in a test plan's table (the card detector's own check, for table cells)
    ls = text.rfind("\n", 0, start) + 1
    if "架空" in text[max(ls, start - 60):start]:
        return True  # 変換例（架空）：記号 10000 番号 00000001: a line that says its values are made up
    return _CUE_AFTER.match(text, end) is not None
