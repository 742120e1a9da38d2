"""EMAIL_ADDRESS: RFC-5322-ish local part @ dotted domain with a letter TLD, found even when glued to Japanese text.

The pattern does not rely on `\\b` (which never fires between kana/kanji and ASCII), so `メールはtaro@example.jp`
is found with the exact span. Image names such as `icon@2x.png` are rejected by their "TLD". Full-width
addresses (ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ) are found because the engine runs detectors on normalised text.
Identifiers written in the address syntax are not mailboxes: mail headers that carry message ids
(Message-ID, In-Reply-To, References, Content-ID), iCalendar/vCard UIDs, and machine-made local parts
(a UUID or a long hex/base64 token).
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import Pattern, PatternDetector

_FILE_EXT = frozenset(
    "png jpg jpeg gif svg webp bmp ico tif tiff pdf js css html htm txt csv json xml zip gz md py rb php exe dll".split()
)


# a header or property whose value is an id in address form (Message-ID: <…@host>, UID:…@host)
_ID_HEADER = re.compile(r"(?im)(?:^|[\n;])[ \t]*(?:message-id|in-reply-to|references|content-id|x-[a-z-]*id|uid|resent-message-id)"
                        r"[ \t]*[:=][^\n@]*\Z")

# the same ids as a key inside a log line (postfix's message-id=<…>, an app's msgid=<…>)
_ID_KEY_BEFORE = re.compile(r"(?i)(?<![a-z])(?:message[-_]?id|msg[-_]?id)[ \t]*[:=][ \t]*<?\Z")


def _id_header(text: str, ls: int, start: int) -> bool:
    """`_ID_HEADER.search(text, max(0, ls - 1), start)` for the line starting at `ls`: a match starts at the line's
    start (its newline) or at a ";" of the line, so only those are tried, not every position of the line."""
    if _ID_HEADER.match(text, max(0, ls - 1), start):
        return True
    q = text.find(";", ls, start)
    while q != -1:
        if _ID_HEADER.match(text, q, start):
            return True
        q = text.find(";", q + 1, start)
    return False


_MACHINE_LOCAL = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|"
                            r"(?=[A-Za-z0-9+/=_.\-]{24,}\Z)(?=(?:[^0-9]*[0-9]){6})[A-Za-z0-9+/=_.\-]+")


_LOCAL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")  # of a local part
_LOCAL_CHARS_URL = _LOCAL_CHARS - {"%"}  # (in a URL query)
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _local_start(text: str, at: int, chars: frozenset) -> int:
    """Start of the run of `chars` that ends at `at` (looked at 65 characters back at most)."""
    r = at
    while r > 0 and at - r < 65 and text[r - 1] in chars:
        r -= 1
    return r


# the top-level domains reserved never to be delegated (RFC 2606, RFC 6761): no one's mailbox
_RESERVED_TLDS = frozenset(("invalid", "test", "localhost"))
# the local parts of documentation's stand-ins (John/Jane Doe)
_PLACEHOLDER_LOCALS = frozenset(("john.doe", "jane.doe", "johndoe", "janedoe", "john_doe", "jane_doe"))
# a form's pattern of an address, its letters crossed out (xxxxx@example.com, xxx@xxx.co.jp, ***@***.jp)
_STAND_IN_LOCALS = frozenset(("sample", "test", "user", "example", "yourname", "your.name", "your-name", "name",
                              "foo", "bar", "hoge", "fuga", "dummy", "someone", "username", "user.name", "mail", "email",
                              "sample-user", "test-user", "testuser"))
# a service's own role addresses at the bare reserved domains, as a manual's examples write them (order@example.com,
# support@example.com; support@example.co.jp stands for a real company's desk as often)
_ROLE_LOCALS = frozenset(("noreply", "no-reply", "no_reply", "support", "order", "orders", "customer"))
_BARE_EXAMPLE = frozenset(("example.com", "example.org", "example.net", "example.jp"))
_CROSSED_OUT = re.compile(r"(?i)(?:x{2,}|\*{2,}|○{2,}|〇{2,})")


def stand_in_address(local: str, domain: str) -> bool:
    """Is local@domain a stand-in (a manual's, a template's, a form's pattern) rather than anyone's address? Asked by
    the detector and, for addresses a table's or JSON's e-mail column found, by the engine."""
    low = local.lower()
    if low in _STAND_IN_LOCALS and domain.lower().split(".", 1)[0] in ("example", "sample", "test"):
        return True  # sample@example.com, user@example.jp: a manual's stand-in (RFC 2606's reserved domain)
    if low in _ROLE_LOCALS and domain.lower() in _BARE_EXAMPLE:
        return True
    if _CROSSED_OUT.fullmatch(local) or _CROSSED_OUT.fullmatch(domain.split(".", 1)[0]):
        return True  # xxxxx@example.com, taro@xxx.co.jp: a form's pattern, no one's address
    # dummy-0001@example.invalid, john.doe@…: a reserved top-level domain or a stand-in's address
    return domain.rsplit(".", 1)[-1].lower() in _RESERVED_TLDS or low in _PLACEHOLDER_LOCALS


class EmailDetector(PatternDetector):
    name = "email"
    pii_type = "EMAIL_ADDRESS"
    languages = ("ja", "en")
    trigger = None  # see `applies`: "@" or a percent-encoded "%40" (substring tests)
    patterns = (
        Pattern(
            "email",
            r"(?P<v>[A-Za-z0-9](?<![A-Za-z0-9._%+\-][A-Za-z0-9])[A-Za-z0-9._%+\-]{0,63}"
            r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9\-@])",
            0.95,
        ),
        # percent-encoded in a URL query (access logs: ?email=taro%40example.jp)
        Pattern(
            "email_urlencoded",
            r"(?<=[=&?/:])(?P<v>[A-Za-z0-9][A-Za-z0-9._+\-]{0,63}%40(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+"
            r"[A-Za-z]{2,24})(?![A-Za-z0-9\-@])",
            0.9,
        ),
    )
    validated_bonus = 0.0

    def validate_result(self, value: str) -> bool | None:
        local, _, domain = value.replace("%40", "@").rpartition("@")
        if ".." in value or local.endswith("."):
            return False
        if domain.rsplit(".", 1)[-1].lower() in _FILE_EXT:
            return False
        if _MACHINE_LOCAL.fullmatch(local):
            return False
        if stand_in_address(local, domain):
            return False
        return None

    def applies(self, text: str) -> bool:
        return "@" in text or "%40" in text

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        """The matches of the two patterns (`finditer`, one pattern after the other), found from the "@" / "%40" in
        the text: an address's local part is the whole run of local-part characters before its "@" (a character
        of the run may not stand before the start, and "@" may not stand in it), so for each "@" only that run's start
        is tried, where the patterns would be tried at every letter and digit of the text."""
        (p1, rx1), (p2, rx2) = self._compiled
        pos = 0  # (where the previous match ended: finditer's matches do not overlap)
        at = text.find("@")
        while at != -1:
            r = _local_start(text, at, _LOCAL_CHARS)
            if pos <= r < at and at - r <= 64 and text[r] in _ALNUM:
                m = rx1.match(text, r)
                if m is not None:
                    yield m.start("v"), m.end("v"), p1.score
                    pos = m.end()
            at = text.find("@", at + 1)
        pos = 0
        at = text.find("%40")
        while at != -1:  # (the pattern starts after one of = & ? / :)
            r = _local_start(text, at, _LOCAL_CHARS_URL)
            if pos <= r < at and at - r <= 64 and r and text[r - 1] in "=&?/:" and text[r] in _ALNUM:
                m = rx2.match(text, r)
                if m is not None:
                    yield m.start("v"), m.end("v"), p2.score
                    pos = m.end()
            at = text.find("%40", at + 1)

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        ls = text.rfind("\n", 0, start) + 1
        if start - ls < 200 and _id_header(text, ls, start):
            return 0.0  # Message-ID: <…@host>, UID:…@host — an identifier, not a mailbox
        if _ID_KEY_BEFORE.search(text, max(ls, start - 24), start) is not None:
            return 0.0  # a mail log's message-id=<…@host>, msgid=<…>: the same id as a key of the line
        return super().score_candidate(text, start, end, base, doc_ctx)
