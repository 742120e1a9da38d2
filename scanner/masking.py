"""Masked examples: enough for a reviewer to recognise the kind of value, never the value.

`山田太郎` → `山田**`, `taro@example.co.jp` → `t***@example.co.jp`,
`090-1234-5678` → `090-****-**78`, `123456789018` → `**********18`.
"""

from __future__ import annotations

import re

_DIGIT = re.compile(r"[0-9０-９]")
_ALNUM = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
_ADDR_HEAD = re.compile(
    r"^(?:〒?\s*[0-9０-９]{3}[-－‐ー−]?[0-9０-９]{4}\s*)?"
    r"(?:(?:東京都|北海道|(?:京都|大阪)府|.{2,3}県))?"
    r"(?:[^\s0-9０-９]{1,6}?[市区町村郡])?")


def _keep_tail(value: str, keep: int, pattern: re.Pattern[str] = _DIGIT) -> str:
    """Replace every character matching `pattern` by `*`, except the last `keep` of them."""
    total = len(pattern.findall(value))
    seen, out = 0, []
    for ch in value:
        if pattern.match(ch):
            seen += 1
            out.append(ch if seen > total - keep else "*")
        else:
            out.append(ch)
    return "".join(out)


def _keep_head_tail(value: str, head: int, tail: int) -> str:
    total = len(_DIGIT.findall(value))
    seen, out = 0, []
    for ch in value:
        if _DIGIT.match(ch):
            seen += 1
            out.append(ch if seen <= head or seen > total - tail else "*")
        else:
            out.append(ch)
    return "".join(out)


def mask_email(value: str) -> str:
    local, at, domain = value.rpartition("@")
    if not at:
        return "*" * min(len(value), 8)
    return (local[:1] if len(local) > 1 else "") + "***@" + domain


def mask_name(value: str) -> str:
    v = value.strip()
    parts = v.split()
    if len(parts) >= 2:  # "山田 太郎", "Taro Yamada": keep the first part's initial(s)
        first = parts[0]
        keep = first if len(first) <= 2 and not first.isascii() else first[:1]
        return keep + "*" * (len(first) - len(keep)) + " " + " ".join("*" * len(p) for p in parts[1:])
    n = len(v)
    if n <= 1:
        return "*"
    keep = 1 if n <= 3 else n // 2
    return v[:keep] + "*" * (n - keep)


def mask_address(value: str) -> str:
    m = _ADDR_HEAD.match(value)
    head = m.group(0) if m else ""
    head = _DIGIT.sub("*", head) if head and _DIGIT.search(head[:10]) else head
    if len(head) > len(value) // 2:
        head = head[: len(value) // 2]
    rest = value[len(head):]
    return head + re.sub(r"\S", "*", rest)[:24]


def mask_value(pii_type: str, value: str) -> str:
    """Mask one raw value of a PI type for display."""
    v = value.strip()
    if not v:
        return ""
    if pii_type == "EMAIL_ADDRESS":
        return mask_email(v)
    if pii_type == "PERSON":
        return mask_name(v)
    if pii_type == "ADDRESS":
        return mask_address(v)
    if pii_type == "PHONE_NUMBER":
        return _keep_head_tail(v, 3 if not v.startswith("+") else 2, 2)
    if pii_type == "POSTAL_CODE":
        return _keep_head_tail(v, 3, 0)
    if pii_type == "IP_ADDRESS":
        if "." in v:
            head = v.split(".")[0]
            return head + "." + ".".join("*" for _ in v.split(".")[1:])
        return v.split(":")[0] + ":****"
    if pii_type in ("DATE_OF_BIRTH",):
        return _keep_tail(v, 0)
    if pii_type in ("JP_MY_NUMBER", "JP_RESIDENT_CODE", "JP_DRIVERS_LICENSE", "CREDIT_CARD",
                    "JP_BANK_ACCOUNT", "JP_HEALTH_INSURANCE"):
        digits = len(_DIGIT.findall(v))
        out = _keep_tail(v, 4 if pii_type == "CREDIT_CARD" else 2)
        if pii_type in ("JP_BANK_ACCOUNT", "JP_HEALTH_INSURANCE") and digits == 0:
            out = "*" * min(len(v), 12)
        return re.sub(r"[^\s\d*\-－‐ー−]", "*", out) if pii_type in ("JP_BANK_ACCOUNT", "JP_HEALTH_INSURANCE") else out
    if pii_type == "JP_PASSPORT":
        return v[:2] + _keep_tail(v[2:], 0)
    if pii_type == "SPECIAL_CARE":  # even two characters would name the condition
        return "*" * min(len(v), 10)
    return _keep_tail(_ALNUM.sub(lambda m: m.group(0), v), 0, _ALNUM)
