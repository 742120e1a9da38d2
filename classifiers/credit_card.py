"""CREDIT_CARD: payment card numbers that pass the Luhn check and start with a real issuer prefix.

Visa, Mastercard (51-55, 2221-2720), American Express (34, 37), JCB (3528-3589), Diners (300-305, 36, 38,
39), Discover (6011, 644-649, 65) and UnionPay (62); 14 to 19 digits, contiguous or grouped with spaces or
hyphens (4-4-4-4, Amex 4-6-5, Diners 4-6-4). Grouped numbers are confident on their own; contiguous ones
need to avoid order/tracking labels and gain from card labels (カード番号, クレジット, VISA …).
"""

from __future__ import annotations

import re
from typing import Iterator


from .base import (LONG_NUMBER, Pattern, PatternDetector, digits_of, doc_facts, match_start, number_stretches,
                   STRETCHED_SCAN_MIN)
from .context import COMMON_NEGATIVE, ContextWords


# (one digit first, then three: a class the regex engine scans for, where a repeated class is tried at every position)
_CARD_GATE = re.compile(r"[0-9][0-9]{3}(?:[- ]?[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{2}|[- ][0-9]{6}[- ][0-9]{4})")
_CARD_KEY = ("card gate", "start")  # (its entry in the per-document memo)


def issuer(d: str) -> str | None:
    n2, n3, n4, n6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4" and len(d) in (13, 16, 19):
        return "visa"
    if (51 <= n2 <= 55 or 2221 <= n4 <= 2720) and len(d) == 16:
        return "mastercard"
    if n2 in (34, 37) and len(d) == 15:
        return "amex"
    if 3528 <= n4 <= 3589 and 16 <= len(d) <= 19:
        return "jcb"
    if (300 <= n3 <= 305 or n2 in (36, 38, 39)) and 14 <= len(d) <= 19 and len(d) != 15:
        return "diners"  # (14 or 16-19 digits: a 15-digit 392… is an animal's microchip, ISO 11784)
    if (n4 == 6011 or 644 <= n3 <= 649 or n2 == 65 or 622126 <= n6 <= 622925) and 16 <= len(d) <= 19:
        return "discover"
    if n2 == 62 and 16 <= len(d) <= 19:
        return "unionpay"
    return None


_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # the digit sum of twice each digit


def luhn_ok(d: str) -> bool:
    """`stdnum.luhn.is_valid(d)` for a string of ASCII digits (what `digits_of` gives), a few times faster."""
    if not d:
        return False
    total = 0
    odd = False
    for c in reversed(d):
        k = ord(c) - 48
        total += _DOUBLED[k] if odd else k
        odd = not odd
    return total % 10 == 0


# the card networks' and payment gateways' published test numbers (Stripe, PAY.JP, GMO, Adyen, Braintree, PayPal
# sandboxes: 4242 4242 4242 4242, 4111 1111 1111 1111 …): in a text that speaks of testing (a test plan, an API
# document, a sandbox's settings) they are no one's card
TEST_CARDS = frozenset((
    "4242424242424242", "4000056655665556", "4111111111111111", "4012888888881881", "4222222222222",
    "4000000000000002", "4000000000009995", "4000000000009987", "4000000000009979", "4000000000000069",
    "4000000000000127", "4000000000000119", "4000000000000101", "4000000000000341", "4000002500003155",
    "4000002760003184", "4000003800000446", "4000000000003220", "4000000000003063", "4000000000000077",
    "4000000000000093", "4000000000000010", "4000000000000028", "4000000000000036", "4000000000000044",
    "4000000000000259", "4000000000001976", "4000000000005126", "4917610000000000", "4988438843884305",
    "5555555555554444", "2223003122003222", "5200828282828210", "5105105105105100", "5454545454545454",
    "5431111111111111", "2221000000000009", "5100000000000008",
    "378282246310005", "371449635398431", "378734493671000", "340000000000009", "370000000000002",
    "6011111111111117", "6011000990139424", "6011000000000012", "6445644564456445",
    "3566002020360505", "3530111333300000", "3566111111111113", "3569990010095841", "3528000000000007",
    "30569309025904", "38520000023237", "36227206271667", "36006666333344", "36259600000004",
    "6200000000000005", "6250941006528599",
))


def is_valid_card(value: str) -> bool:
    d = digits_of(value)
    return 13 <= len(d) <= 19 and len(set(d)) > 1 and issuer(d) is not None and luhn_ok(d)


_TESTING = re.compile(r"テスト|試験用|検証用|検証環境|サンドボックス|ダミー|(?i:test|sandbox|dummy|staging)")


def is_test_card(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a gateway's published test number (`TEST_CARDS`) in a text that speaks of testing?
    (Also asked of the card numbers a table's card column finds.)"""
    return digits_of(text[start:end]) in TEST_CARDS and _TESTING.search(text) is not None


# a card number in a card's own grouping: 4-4-4-4 (Visa, Mastercard, JCB), 4-6-5 (Amex)
_CARD_GROUPING = re.compile(r"[0-9]{4}([- ])[0-9]{4}\1[0-9]{4}\1[0-9]{4}|[0-9]{4}([- ])[0-9]{6}\2[0-9]{5}")


class CreditCardDetector(PatternDetector):
    name = "credit_card"
    pii_type = "CREDIT_CARD"
    languages = ("ja", "en")
    trigger = LONG_NUMBER  # necessary for every pattern; one memoised scan shared by the number detectors
    patterns = (
        Pattern("grouped", r"(?P<v>[0-9](?<![0-9\-][0-9])(?<![0-9]\.[0-9])[0-9]{3}([- ])[0-9]{4}\2[0-9]{4}\2[0-9]{4}(?:\2[0-9]{1,3}(?![0-9/:]))?)(?![0-9\-]|\.[0-9])", 0.8),
        Pattern("amex", r"(?P<v>3(?<![0-9\-]3)(?<![0-9]\.3)[47][0-9]{2}([- ])[0-9]{6}\2[0-9]{5})(?![0-9\-]|\.[0-9])", 0.8),
        Pattern("diners", r"(?P<v>3(?<![0-9\-]3)(?<![0-9]\.3)[0-9]{3}([- ])[0-9]{6}\2[0-9]{4})(?![0-9\-]|\.[0-9])", 0.75),
        Pattern("plain", r"(?P<v>[0-9](?<![0-9\-][0-9])(?<![0-9]\.[0-9])[0-9]{13,18})(?![0-9\-]|\.[0-9])", 0.6),
    )
    _positive = ["クレジット", "カード", "card", "visa", "master", "mastercard", "jcb", "amex", "american express",
                 "diners", "有効期限", "credit", "cc番号", "カード番号",
                 "電話口",  # (電話口で聞き取り: taken over the phone, not a phone-number label)
                 "pan=", "pan:", "pan\":", "card_no", "cardno"]  # (a log's or a record's primary account number)
    _negative = ["口座", "電話", "tel", ("id", 3, "before"), "決済id", "取引id", "取引番号", "決済番号", "transaction",
                 "トランザクション", "承認番号", "ポイントカード", "会員カード"]
    context = ContextWords(_positive, negative=_negative)
    # … for a number in a card's own grouping (4-4-4-4, Amex 4-6-5): a card slip prints the card as 会員番号 (the card
    # company's member number), which elsewhere labels a shop's or a club's number
    # (… and 電話 beside it says how the number was taken, クレジット(電話): no phone number is grouped 4-4-4-4)
    grouped_context = ContextWords(
        _positive, negative=[w for w in _negative if w not in ("電話", "tel")]
        + [w for w in COMMON_NEGATIVE if w != "会員番号"], common_negative=False)
    context_bonus = 0.3
    labelled_fallback = 0.6  # a Luhn-valid 16-digit number of an unlisted range, right after a card label (法人カード 3590 …)

    def applies(self, text: str) -> bool:
        # the shared LONG_NUMBER trigger first (memoised for all number detectors), then what every card
        # pattern needs: 4+4+4+2 digits with optional separators, or 4-6-4 (Amex, Diners)
        return self._card_start(text) >= 0

    def _card_start(self, text: str) -> int:
        """Where `_CARD_GATE` first matches (-1: nowhere), memoised per document. A match of it starts with one of
        the trigger (4+4+4+2 digits hold 4+4+3, 4-6-4 holds 4-6), so it is looked for from the trigger's first match
        on; and every card pattern's match starts with one of it, so the patterns are scanned from there too."""
        f = doc_facts(text)
        start = f.get(_CARD_KEY)
        if start is None:
            s0 = match_start(text, self._trigger)
            m = _CARD_GATE.search(text, s0) if s0 >= 0 else None
            start = f[_CARD_KEY] = -1 if m is None else m.start()
            f[(id(_CARD_GATE), False)] = start >= 0  # (what `has_match(text, _CARD_GATE)` answers)
        return start

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        pos = self._card_start(text)
        if pos < 0:
            return
        # every match lies in a stretch of digits and separators (one shared scan instead of one per pattern)
        if len(text) - pos < STRETCHED_SCAN_MIN:
            stretches = [(pos, len(text))]
        else:
            stretches = [(max(s, pos), e) for s, e in number_stretches(text) if e > pos]
        for pat, rx in self._compiled:  # (`PatternDetector.candidates`, from `pos` on; each has a group v)
            score = pat.score
            for s, e in stretches:
                for m in rx.finditer(text, s, e):
                    yield m.start("v"), m.end("v"), score

    def validate_result(self, value: str) -> bool | None:
        return True if is_valid_card(value) else False

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool,
                        context: ContextWords | None = None) -> float:
        if is_test_card(text, start, end):
            return 0.0  # a gateway's published test number in a text about testing
        if context is None and _CARD_GROUPING.fullmatch(text, start, end) is not None:
            context = self.grouped_context
        return super().score_candidate(text, start, end, base, doc_ctx, context)


    def fallback_ok(self, text: str, start: int, end: int) -> bool:
        d = digits_of(text[start:end])
        return len(d) == 16 and len(set(d)) > 2 and issuer(d) is None and luhn_ok(d)
