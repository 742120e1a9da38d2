"""Context words: Japanese and English labels that raise or lower a candidate's score.

Words are matched as substrings (case-insensitive) in a window of the text just before and just after the
candidate, never as token lemmas, so Japanese compounds such as 運転免許証番号 or 携帯電話番号 match 免許 / 電話.
ASCII words get letter boundaries (so `tel` does not match inside `hotel`, but `TEL090…` still works), and an
ASCII word of several words also matches as a field name (`license number` → license_number, licenseNumber).
The *nearest* label decides: `電話: 03-1234-5678 注文番号: 123456789012` gives the phone a positive label and
the order number a negative one. Words may carry a maximum distance (e.g. 円 or 生 count only when they
touch the candidate). `COMMON_NEGATIVE` lists the labels of numbers that merely look like identifiers
(order, invoice, tracking, product and corporate numbers, prices, management ids); identifier detectors add
them to their own negatives.
"""

from __future__ import annotations

import re
from typing import Iterable, Union

from .base import WORD_LISTS, trie  # base imports this module for typing only: no cycle

Word = Union[str, tuple[str, int], tuple[str, int, str]]  # word, or (word, max distance[, "before"|"after"])

COMMON_NEGATIVE: tuple[Word, ...] = (
    "注文番号", "注文no", "注文id", "ご注文", "注文", "受注", "発注", "伝票", "請求書", "請求番号", "請求",
    "見積", "納品", "品番", "型番", "製品番号", "商品番号", "商品コード", "商品id", "商品", "製品", "jan", "isbn", "sku",
    "シリアル", "製造番号", "追跡", "お問い合わせ番号", "問い合わせ番号", "問合せ番号", "お問合せ番号", "送り状", "荷物",
    "配送", "伝票番号", "法人番号", "会社法人等番号", "登録番号", "適格請求書", "合計", "小計", "金額", "価格",
    "単価", "税込", "税抜", "売上", "予算", "受付番号", "受理番号", "事件番号", "予約番号", "管理番号", "整理番号", "案件番号",
    "契約番号",
    "証券番号", "会員番号", "顧客番号", "顧客id", "社員番号", "従業員番号", "職員番号", "学籍番号", "口座振替",
    "チケット", "ticket", "order", "invoice", "tracking", "serial", "model", "part no", "version", "ver.",
    "build", "バージョン", "在庫", "ロット", "lot", "承認番号", "許可番号", "認定番号", "届出番号", "特許",
    "文書番号", "資料番号", "ファイル番号", "車台番号", "部品", "点数", "件数", "人数", "数量",
    ("円", 1, "after"), ("¥", 1, "before"), ("$", 1, "before"), ("万", 1, "after"), ("億", 1, "after"),
    ("kg", 1, "after"), ("個", 1, "after"), ("件", 1, "after"), ("名様", 1, "after"), ("点", 1, "after"),
    ("#", 1, "before"),
)

PREFECTURES: tuple[str, ...] = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県",
    "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",
    "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県",
    "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県",
    "宮崎県", "鹿児島県", "沖縄県",
)


PREFECTURES_ROMAJI: tuple[str, ...] = (
    "Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima", "Ibaraki", "Tochigi", "Gunma",
    "Saitama", "Chiba", "Tokyo", "Kanagawa", "Niigata", "Toyama", "Ishikawa", "Fukui", "Yamanashi", "Nagano", "Gifu",
    "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto", "Osaka", "Hyogo", "Nara", "Wakayama", "Tottori", "Shimane",
    "Okayama", "Hiroshima", "Yamaguchi", "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka", "Saga", "Nagasaki",
    "Kumamoto", "Oita", "Miyazaki", "Kagoshima", "Okinawa",
)


# a value right after a label (the label after a value then is the next field's: 令和7年5月20日　生年月日 平成7年12月1日)
_VALUE_AFTER = re.compile(r"[ \t]*[:：]?[ \t]*(?:[0-9]|[明大昭平令][治正和成]|[MTSHR][0-9.])")
# where the text after a value starts the next item (…0120-557-301、契約番号 DC-…: the next field's label)
_NEXT_ITEM = frozenset("\n、，,;；")


def _is_ascii_word(w: str) -> bool:
    return any("a" <= c <= "z" for c in w.lower())


class ContextWords:
    """Positive and negative labels around a candidate; `evaluate` says which kind is nearest."""

    def __init__(
        self,
        positive: Iterable[Word],
        negative: Iterable[Word] = (),
        before: int = 30,
        after: int = 12,
        common_negative: bool = True,
    ) -> None:
        self.before = before
        self.after = after
        entries: dict[str, tuple[int, int, str]] = {}  # lowered word -> (polarity, max distance, side)
        negs = list(negative) + (list(COMMON_NEGATIVE) if common_negative else [])
        for polarity, words in ((-1, negs), (1, list(positive))):  # positive wins a tie on the same word
            for w in words:
                if isinstance(w, str):
                    word, dist, side = w, 10**6, "both"
                else:
                    word, dist, side = (tuple(w) + ("both",))[:3]
                word = word.lower()
                entries[word] = (polarity, dist, side)
                if " " in word and word.replace(" ", "").isascii():
                    # field names and tags: license_number, licenseNumber, <IndividualNumber>, passport-no
                    for sep in ("_", "", "-"):
                        entries.setdefault(word.replace(" ", sep).replace("'", ""), (polarity, dist, side))
        self._entries = entries
        # longest first, so that at equal distance the longer (more specific) label wins
        self._items = sorted(
            ((w, p, d, side, _is_ascii_word(w)) for w, (p, d, side) in entries.items()), key=lambda x: -len(x[0])
        )
        self._positive = [w for w, (p, d, _) in entries.items() if p > 0 and d > 8]  # long-range words only
        # one C-level scan instead of a substring test per word (same answer as any(w in low ...)); shaped as a trie,
        # so that a scan tries one branch per first character rather than every word starting with it
        self._positive_rx = re.compile(trie(sorted(self._positive))) if self._positive else None
        # the positive words' bit in `WORD_LISTS` (registered by the detector that asks, or at the first `in_document`)
        self._bit: int | None = None
        self._longest = max((len(w) for w in entries), default=1)
        # after a value, a label counts within 2 characters, a suffix word ("after") within its own distance
        self._after_reach = min(after, max([2] + [d for (_, d, side) in entries.values() if side == "after"]))
        self._by_first: dict[str, list[tuple[str, int, int, str, bool]]] = {}
        for item in self._items:
            self._by_first.setdefault(item[0][0], []).append(item)
        # the words that may stand before a value (not the "after" suffix words) as a trie: a search finds the next
        # position where one starts, and matches the longest of those starting there (the one `_find` looks at)
        before_words = [item[0] for item in self._items if item[3] != "after"]
        self._before_rx = re.compile(trie(before_words)) if before_words else None
        self._info = {item[0]: item for item in self._items}
        # the same words reversed: a search of the reversed window finds the label that ends nearest to the value
        # (the longest of those ending there), which is the nearest label unless it is out of its reach or touches
        # a letter (see `_find`)
        self._before_rev_rx = re.compile(trie([w[::-1] for w in before_words])) if before_words else None
        self._rev_info = {item[0][::-1]: item for item in self._items if item[3] != "after"}

    @staticmethod
    def _bounded(text: str, i: int, n: int, word: str) -> bool:
        """ASCII words must not touch ASCII letters (tel is not in hotel)."""
        if word[0].isalnum() and i > 0 and text[i - 1].isascii() and text[i - 1].isalpha():
            return False
        j = i + n
        if word[-1].isalnum() and j < len(text) and text[j].isascii() and text[j].isalpha():
            return False
        return True

    def _find(self, text: str, lo: int, hi: int, last: bool) -> tuple[int, int, int, str]:
        """(polarity, distance, length, side) of the label nearest to `hi` (last=True) or to `lo` (last=False).

        Before a value the window is scanned backwards and the scan stops once no label could be nearer;
        after a value only the first few positions can hold a label that counts (see `nearest`).
        """
        if not last:
            return self._find_after(text, lo, hi)
        win = text[lo:hi].lower()
        n = len(win)
        by_first = self._by_first
        best = (0, -1, 0, "both")
        rx = self._before_rx
        if rx is None:
            return best
        m = self._before_rev_rx.search(win[::-1])
        if m is None:
            return best  # (no label in the window)
        # the label ending nearest to the value (the longest of those ending there): no label starting anywhere
        # ends nearer, and no longer one starts where it starts (it would end nearer still), so it is the answer
        # of the scan below when it counts at its distance
        word, pol, maxd, side, asc = self._rev_info[m.group()]
        d = m.start()
        k = len(word)
        if d <= maxd and (not asc or self._bounded(text, lo + n - d - k, k, word)):
            return (pol, d, k, side)
        # the positions where a word starts, each with the longest word starting there (a few regex calls: a
        # window holds few labels), then nearest first
        hits = []
        m = rx.search(win)
        while m is not None:
            hits.append(m)
            m = rx.search(win, m.start() + 1)
        if not hits:
            return best
        longest = self._longest
        info = self._info
        for m in reversed(hits):
            i = m.start()
            if best[1] >= 0 and n - i - longest > best[1]:
                break  # every word starting here ends further away than the best label
            word, pol, maxd, side, asc = info[m.group()]
            k = len(word)
            if asc and not self._bounded(text, lo + i, k, word):
                # the longest word here touches a letter (tel in hotel): the next shorter one that does not
                for word, pol, maxd, side, asc in by_first[win[i]]:  # longest first
                    if side == "after" or len(word) >= k or not win.startswith(word, i):
                        continue
                    if not asc or self._bounded(text, lo + i, len(word), word):
                        break
                else:
                    continue
                k = len(word)
            d = n - i - k
            if d <= maxd and (best[1] < 0 or d < best[1] or (d == best[1] and k > best[2])):
                best = (pol, d, k, side)
        return best

    def _find_after(self, text: str, lo: int, hi: int) -> tuple[int, int, int, str]:
        """`_find(text, lo, hi, False)` (the scan after a value, called for every candidate: without the dispatch)."""
        win = text[lo:hi].lower()
        by_first = self._by_first
        for i in range(min(len(win), self._after_reach + 1)):
            cands = by_first.get(win[i])
            if cands is None:
                if win[i] in _NEXT_ITEM:
                    break  # a word on the next line (件名, 円…) or after a list's comma belongs to the next value
                continue
            for word, pol, maxd, side, asc in cands:  # longest first
                if side == "before" or not win.startswith(word, i):
                    continue
                k = len(word)
                if asc and not self._bounded(text, lo + i, k, word):
                    continue
                if pol < 0 and i and win[i - 1] in "（(":
                    continue  # 5528190（個人口座）: a note in brackets, not a counter (個) after the number
                if i <= maxd:
                    return (pol, i, k, side)
                break
        return _NONE

    def nearest(self, text: str, start: int, end: int) -> tuple[int, int]:
        """(polarity, distance) of the nearest label around [start, end), or (0, -1) when there is none.

        A negative label on the line before counts only when that whole line is in the window (a label line
        such as `注文番号：`), not at the tail of a long line (a log line ending in `Mac OS X)`). A label after the value counts when it is a suffix word (円, 号,
        生) on the same line, or when there is no label before and it touches the value (within two characters: `090-1234-5678（携帯）`); a label further on belongs
        to the next value.
        """
        vstart = start
        # (an alignment run ends in a space or a colon: most values have neither before them)
        pad = _padding_before(text, start) if start and text[start - 1] in _PAD_END else 0
        if pad:  # "Postal Code        : 530-0041" reads as "Postal Code: 530-0041" (aligned form columns)
            start = pad
        lo = max(0, start - self.before)
        before = self._find(text, lo, start, True) if start else (0, -1, 0, "both")
        if before[0] < 0 and start - before[1] - before[2] <= (nl := text.rfind("\n", lo, start)) and (
                text.rfind("\n", 0, nl) + 1 < lo):
            # a negative word at the tail of a long previous line (a log line, prose) says nothing about this value
            before = self._find(text, nl + 1, start, True)
        if pad and before[1] >= 0:
            before = (before[0], before[1] + min(2, vstart - pad), before[2], before[3])
        after = self._find_after(text, end, min(len(text), end + self.after)) if self.after else (0, -1, 0, "both")
        if after[1] >= 0 and (after[3] == "after" or (before[1] < 0 and after[1] <= 2 and _VALUE_AFTER.match(
                text, end + after[1] + after[2]) is None)):  # (not the next field's label: …20日　生年月日 平成7年…)
            return after[0], after[1]
        return before[0], before[1]

    def label_before(self, text: str, lo: int, start: int) -> int:
        """Polarity (+1, -1, 0) of the nearest label in text[max(lo, start - before):start] only."""
        return self._find(text, max(lo, start - self.before), start, True)[0] if start > lo else 0

    def evaluate(self, text: str, start: int, end: int) -> int:
        """+1 positive label nearest, -1 negative label nearest, 0 no label in the window."""
        return self.nearest(text, start, end)[0]

    def register_document_words(self) -> None:
        """Give the positive words their list in `WORD_LISTS` now rather than at the first `in_document` (see there)."""
        if self._bit is None and self._positive:
            self._bit = WORD_LISTS.register(self._positive)

    def in_document(self, text: str) -> bool:
        """Does a positive word (other than the short-range suffix/prefix words) occur anywhere in `text`?"""
        if self._positive_rx is None:
            return False
        # (`_positive_rx.search(lowered(text))`, in the scan all detectors' document words share; memoised there)
        if self._bit is None:
            self._bit = WORD_LISTS.register(self._positive)
        return bool(WORD_LISTS.present(text) >> self._bit & 1)


_NONE = (0, -1, 0, "both")  # (no label)
_PAD_CHARS = frozenset(" \t\u3000")
_PAD_END = _PAD_CHARS | frozenset(":：=")


def _padding_before(text: str, start: int) -> int:
    """Start of an alignment run before `start` (four or more spaces, with at most one colon or = in it), else 0."""
    k = start
    colons = 0
    while k > 0 and start - k < 80:
        c = text[k - 1]
        if c in _PAD_CHARS:
            k -= 1
        elif c in ":：=" and not colons:
            colons += 1
            k -= 1
        else:
            break
    return k if start - k - colons >= 4 and k > 0 else 0


def has_any(text: str, words: Iterable[str]) -> bool:
    """Case-insensitive substring test for any of `words`."""
    low = text.lower()
    return any(w.lower() in low for w in words)
