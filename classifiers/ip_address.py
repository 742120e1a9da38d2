"""IP_ADDRESS: IPv4 dotted quads and IPv6 addresses, validated with the standard `ipaddress` module.

Exclusions: version strings (a version/ver/バージョン label, or a `v` glued before), OID-like longer dotted runs,
netmasks (255.x.x.x) and 0.0.0.0. Quads of single-digit octets (1.2.3.4) look like section or version numbers and
need a label (IP, アドレス, 接続元, host …). IPv6 candidates need `::` or all eight groups, so clock times and MAC
addresses are not taken.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Iterator

from .base import PatternDetector
from .context import ContextWords

_V4 = re.compile(r"(?P<v>[0-9](?<![0-9.vV][0-9])[0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9]|\.[0-9])")
_V6 = re.compile(
    r"(?<![0-9A-Fa-f:.])(?P<v>(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?)(?![0-9A-Fa-f:])"
)


class IpAddressDetector(PatternDetector):
    name = "ip_address"
    pii_type = "IP_ADDRESS"
    languages = ("ja", "en")
    trigger = r"\d\.\d|:"
    context = ContextWords(
        ["ip", "ipアドレス", "アドレス", "接続元", "送信元", "アクセス元", "host", "ホスト", "サーバ", "server", "client",
         "クライアント", "ログイン", "remote", "src", "dst", "from", "addr", "端末"],
        negative=["version", "ver", "ver.", "バージョン", "リリース", "release", "build", ("v", 1), "第", "項", "章", "条", "図", "表",
                  "oid", "snmp"],
        before=24, after=6, common_negative=False,
    )

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        if "." in text:
            for m in _V4.finditer(text):
                v = m.group("v")
                parts = v.split(".")
                if parts[0] in ("0", "255") or any((len(p) > 1 and p[0] == "0") or int(p) > 255 for p in parts):
                    continue
                base = 0.4 if all(len(p) == 1 for p in parts) else 0.7
                yield m.start("v"), m.end("v"), base
        if "::" in text or text.count(":") >= 7:
            for m in _V6.finditer(text):
                v = m.group("v")
                if "::" not in v and v.count(":") != 7:
                    continue
                if v in ("::",) or len(v) < 6:
                    continue
                try:
                    ipaddress.IPv6Address(v)
                except ValueError:
                    continue
                yield m.start("v"), m.end("v"), 0.8

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        pol = self.context.evaluate(text, start, end)
        if pol < 0:
            return 0.0
        if pol > 0:
            return min(1.0, base + 0.25)
        return base
