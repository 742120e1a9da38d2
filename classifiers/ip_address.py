"""IP_ADDRESS: IPv4 dotted quads and IPv6 addresses, validated with the standard `ipaddress` module.

Exclusions: version strings (a version/ver/バージョン/リリース/更新/パッチ label, or a `v` glued before), OID-like
longer dotted runs, netmasks (255.x.x.x) and 0.0.0.0. Quads that look like version numbers (a small first
number and single-digit middle parts, e.g. 1.2.3.4 or 6.9.6.240) need an IP label (IP, アドレス, 接続元, host …).
IPv6 candidates need `::` or all eight groups, so clock times and MAC addresses are not taken; a trailing
`:port` after eight groups is not part of the address.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Iterator

from .base import PatternDetector, has_match, match_start
from .context import ContextWords

_V4 = re.compile(r"(?P<v>[0-9](?<![0-9.vV][0-9])[0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9]|\.[0-9])")
# (four colons after hex groups, somewhere: only whether it occurs is used, so the first group is one hex digit
# before the first colon, and the scan starts at a colon, which is rarer than a hex digit)
_V6_HINT = re.compile(r":(?<=[0-9A-Fa-f]:)[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:")
_V6_RUN = re.compile(r"[0-9A-Fa-f:.]{6,}")
# Prefilter: necessary for a v4 candidate, or the v6 gate in `candidates` ("::" or _V6_HINT). Two regexes that
# start with a literal (found fast: the dot is rarer than a digit), where one alternation would be tried at
# every position
_V4_GATE = re.compile(r"\.(?<=[0-9]\.)[0-9]{1,3}\.[0-9]")
_V6_GATE = re.compile(r":(?::|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:)")
_HEX = frozenset("0123456789abcdefABCDEF")


def _version_like(parts: list[str]) -> bool:
    a, b = int(parts[0]), int(parts[1])
    if a in (10, 127) or (a, b) == (192, 168) or (a == 172 and 16 <= b <= 31):
        return False  # private and loopback networks: 10.0.3.15 is an address, not a version
    if a <= 30 and int(parts[1]) <= 30 and int(parts[2]) <= 30:
        return True  # 7.14.0.97, 7.14.2.118: a product's build number (an address then needs an IP label)
    return a <= 30 and sum(len(p) == 1 for p in parts[1:]) >= 2


_FILE_EXT = re.compile(r"\.(?:msi|exe|zip|tar|gz|tgz|dmg|pkg|deb|rpm|jar|war|apk|ipa|iso|img|bin|whl|nupkg)\b", re.I)
_ARROW = re.compile(r"[ \t]*(?:→|->|=>|⇒|から|to|–|—|〜|~)[ \t]*")


def _v4_matches(text: str, gate: int) -> Iterator[re.Match]:
    """`_V4.finditer(text, max(0, gate - 3))` for `gate`, the first match of `_V4_GATE`: a quad's first dot is a match
    of the gate, one to three characters after the quad's start, so `_V4` is tried only there (in order), not at
    every digit of the text."""
    last = max(0, gate - 3)  # (where a scan of the text would be: the end of the last match)
    g = gate
    while g >= 0:
        for s in range(max(last, g - 3), g):
            m = _V4.match(text, s)
            if m is not None:
                yield m
                last = m.end()
                break
        nxt = _V4_GATE.search(text, max(g + 1, last))
        g = -1 if nxt is None else nxt.start()


# the next item of a list of versions after its label (ファームウェア：コンソール 5.12.9.0／モーターコントローラ 10.4.2.77)
_LISTED_AFTER = re.compile(r"[ \t]*[／/、,;][ \t]*[^\n0-9／/、,;]{0,24}?[ \t]*")
_VERSION_LABEL = re.compile(r"(?i)ファームウェア|ファーム|ソフトウェア|firmware|software|バージョン|version|ver\.?")


def _upgrade_pair(text: str, quads: list[tuple[int, int, float]], k: int) -> bool:
    """`5.12.9.0 → 5.12.10.2`: a quad joined by an arrow to a version-like quad is a version too; so is a quad listed
    after a version-like one under a version label on the same line."""
    s, e, _ = quads[k]
    if k and quads[k - 1][2] <= 0.35 and _ARROW.fullmatch(text, quads[k - 1][1], s):
        return True
    if k and quads[k - 1][2] <= 0.35 and _LISTED_AFTER.fullmatch(text, quads[k - 1][1], s) is not None:
        ps = quads[k - 1][0]
        if _VERSION_LABEL.search(text, text.rfind("\n", 0, ps) + 1, ps) is not None:
            return True
    return k + 1 < len(quads) and quads[k + 1][2] <= 0.35 and _ARROW.fullmatch(text, e, quads[k + 1][0]) is not None


_PREFIX_LEN = re.compile(r"/([0-9]{1,2})(?![0-9.])")


def _network_address(parts: list[str], text: str, end: int) -> bool:
    """Is the quad before text[end:] ("/20") a network written with its prefix length, every host bit zero?"""
    m = _PREFIX_LEN.match(text, end)
    if m is None or not 8 <= int(m.group(1)) <= 31:
        return False
    value = 0
    for p in parts:
        value = value * 256 + int(p)
    return value & ((1 << (32 - int(m.group(1)))) - 1) == 0


# labels that name a program as well as a machine (client, server, host): before a version-like quad they are not
# enough; an address label is
_SOFTWARE_WORD = re.compile(r"(?i)クライアント|サーバー?|client|server|host|ホスト|端末|エンジン")
_VERSION_AFTER = re.compile(r"(?i)[ \t]*(?:requires|required|or later|or higher|and later|and above|以降|以上|へ更新|に更新|にアップデート)")
_IP_WORD = re.compile(r"(?i)ip|アドレス|address|addr|接続元|送信元|アクセス元|src|dst|remote")


# a log's key for a machine, right before its value (gw-node=, host:, src_ip=, peer=)
_HOST_KEY_BEFORE = re.compile(r"(?i)(?<![a-z])(?:[a-z]+[_\-])?(?:node|host|hostname|ip|ipaddr|addr|address|src|dst|peer|server|"
                              r"client|gateway|gw|remote|source|dest|nexthop|router)[\"']?[ \t]*[=:][ \t]*[\"']?\Z")


class IpAddressDetector(PatternDetector):
    name = "ip_address"
    pii_type = "IP_ADDRESS"
    languages = ("ja", "en")
    # (no single trigger regex: see `applies`)
    context = ContextWords(
        ["ip", "ipアドレス", "アドレス", "接続元", "送信元", "アクセス元", "host", "ホスト", "サーバ", "server", "client",
         "クライアント", "ログイン", "remote", "src", "dst", "from", "addr", "端末", "connection to", "connect to",
         "接続先", "宛先"],
        negative=["version", "ver", "ver.", "バージョン", "リリース", "release", "build", "ビルド", ("v", 1), "第", "項", "章",
                  "条", "図", "表", "oid", "snmp", "ライブラリ", "library", "更新", "アップデート", "update", "upgrade",
                  "パッチ", "patch", "ミドルウェア", "middleware", "ファームウェア", "firmware",
                  "モジュール", "module", "package", "パッケージ", "rev", "revision", "upgraded", "updated", "downgraded",
                  "migrated", "minimum", "requires", "required", "upgraded from", "updated from", "upgrade from",
                  "update from", "migrated from", "upgraded to", "updated to", "upgrade to", "update to",
                  "app version", "supersedes", "superseded", "replaces", "installer", "インストーラ",
                  "fixed in", "introduced in", "ファーム", "lib", "版数", "版",
                  # software and systems written right before their version number (WSL kernel 5.15.153.1, Chrome
                  # 124.0.6367.91, Safari/604.1): they count only when they touch the number, so a client address
                  # quoted after a user agent ("… Safari/537.36" "126.208.71.33") or after a host name (api-02（…）)
                  # is still an address
                  *((w, 3, "before") for w in (
                      "kernel", "linux", "ubuntu", "debian", "centos", "rhel", "windows", "macos", "android", "chrome",
                      "firefox", "safari", "python", "java", "node.js", "bios", "uefi", "driver", "ドライバ", "app=",
                      "アプリ", "engine", "エンジン", "os", "sdk", "api", "electron", "sw_"))],
        before=24, after=10, common_negative=False,
    )

    def applies(self, text: str) -> bool:
        return match_start(text, _V4_GATE) >= 0 or has_match(text, _V6_GATE)

    def candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        gate = match_start(text, _V4_GATE)  # (a quad starting at s holds a match of the gate at s + 3 at most)
        if gate >= 0:
            quads = []
            for m in _v4_matches(text, gate):
                v = m.group("v")
                parts = v.split(".")
                if parts[0] in ("0", "255"):
                    continue
                for p in parts:  # (a loop rather than any(): no generator per quad)
                    if (len(p) > 1 and p[0] == "0") or int(p) > 255:
                        break
                else:
                    s0, e0 = m.start("v"), m.end("v")
                    if (s0 and text[s0 - 1] == "_") or _FILE_EXT.match(text, e0):
                        continue  # installer_10.4.2.118.msi: a version in a file's name
                    if text.startswith("/", e0) and _network_address(parts, text, e0):
                        continue  # 10.64.0.0/20: a network's range (its host bits zero), no host's address
                    quads.append((s0, e0, 0.35 if _version_like(parts) else 0.7))
            for k, (s, e, base) in enumerate(quads):
                if _upgrade_pair(text, quads, k):
                    base = 0.35 if base > 0.35 else 0.2  # (two version-like quads joined by an arrow: an upgrade)
                yield s, e, base
        if (":" in text and "::" in text) or _V6_HINT.search(text):
            for m in _V6_RUN.finditer(text):
                v = m.group(0)
                if v.count(":") < 2:
                    continue
                s = m.start()
                if s and (text[s - 1] in _HEX or text[s - 1] == "."):
                    continue
                if v[0] == ":" and not v.startswith("::"):
                    v, s = v[1:], s + 1
                elif (s and (text[s - 1].isascii() and text[s - 1].isalpha() or text[s - 1] == "_")) or (
                        m.end() < len(text) and (text[m.end()] == "_" or text[m.end()].isascii() and text[m.end()].isalpha())):
                    continue  # std::bad_alloc, Foo::Bar: a scope in a program's name, not an address
                v = v.rstrip(".")
                if v.endswith(":") and not v.endswith("::"):
                    v = v[:-1]
                for cand in (v, v.rsplit(":", 1)[0] if v.count(":") >= 8 else None):
                    if not cand or ("::" not in cand and cand.count(":") != 7) or len(cand) < 6:
                        continue
                    try:
                        ipaddress.IPv6Address(cand)
                    except ValueError:
                        continue
                    if "::" not in cand and all(len(g) == 2 for g in cand.split(":")):
                        continue  # 00:E8:4B:21:9F:6C:07:D3: a serial number or a fingerprint in pairs, no address
                    yield s, s + len(cand), 0.8
                    break

    def score_candidate(self, text: str, start: int, end: int, base: float, doc_ctx: bool) -> float:
        if base >= 0.7 and start > 3 and text[start - 1] in "=:" and _HOST_KEY_BEFORE.search(
                text, max(0, start - 20), start) is not None:
            return 0.85  # gw-node=172.16.40.22 version=2.8.0.114: the key before names a machine, whatever follows
        pol, d = self.context.nearest(text, start, end)
        if pol < 0:
            return 0.0
        if pol > 0:
            if base < 0.3:
                return base  # サーバ 4.12.1.208 → 4.12.2.11 に更新: versions, whatever the word before
            if _VERSION_AFTER.match(text, end) and (base <= 0.35 or _SOFTWARE_WORD.search(
                    text, max(0, start - d - 8), start - d + 1)):
                # Desktop client 7.14.2.118 requires .NET 8.0; 4.2.1.18 以降; クライアント 10.4.0.17 以上: a version
                return min(base, 0.35)
            if base <= 0.35 and _SOFTWARE_WORD.search(text, max(0, start - d - 8), start - d + 1) and \
                    not _IP_WORD.search(text, max(0, start - 24), start) and \
                    sum(len(p) == 1 for p in text[start:end].split(".")[1:]) >= 2:
                return base  # クライアント 4.2.1.7 の証明書: a client program's version; an address needs "IP"/アドレス
            return min(1.0, base + 0.3)
        return base
