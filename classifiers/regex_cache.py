"""Start-up cache of compiled regular expressions: the regex compiler's output for piscan's own patterns.

Every new process (each `piscan detect`, `piscan scan`, each Dask worker) compiles a few hundred patterns whose
character classes span the CJK blocks; Python's regex compiler optimises such a class by visiting each of its
tens of thousands of code points, which costs 0.2-0.3 s per process. `build()` records, for each pattern
compiled while the engine loads and analyses a small sample, what the compiler produced (the SRE code, group
count and names), and writes it once per interpreter next to the virtual environment (bootstrap runs
`regex_cache.build()`). `install()` then serves those patterns straight to `_sre.compile`;
any other pattern, and every pattern when the file is missing, stale or unreadable, is compiled as usual.

The same file keeps the tables some modules derive from their patterns or data at first use (`derived`: the
special-care phrase gates, the readings of the common names), each under a digest of what it is computed from, so
that a new process reads them instead of spending ~0.2 s on them; a changed input recomputes them.

The file is tagged with the interpreter's cache tag and the SRE engine's magic number and code size, so a cache
written by another Python is never used: a hit builds exactly the object `re.compile` would have built.
"""

from __future__ import annotations

import array
import logging
import marshal
import os
import sys
from typing import Any

import _sre
from re import _compiler, _parser  # type: ignore[attr-defined]

log = logging.getLogger(__name__)

TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
# (PISCAN_REGEX_CACHE names another file; set to "off", no cache is read)
PATH = os.environ.get("PISCAN_REGEX_CACHE") or os.path.join(sys.prefix, "share", "piscan", f"regex-{TAG}.bin")
_CODE_TYPE = {4: "I", 2: "H"}.get(_sre.CODESIZE, "L")

_BUILD_ENV = "PISCAN_REGEX_CACHE_BUILD"
_cache: dict[tuple[str, int], tuple[int, bytes, int, dict, tuple]] = {}
# what was compiled, while building (in a process started with _BUILD_ENV set, so that the patterns the
# classifier modules compile when they are imported are recorded too)
_recorded: dict[tuple[str, int], tuple[int, bytes, int, dict, tuple]] | None = {} if os.environ.get(_BUILD_ENV) else None
_original = _compiler.compile
# tables derived from the patterns at first use (`derived`): name -> (key, value); recorded while building
_derived: dict[str, tuple[str, Any]] = {}
_recorded_derived: dict[str, tuple[str, Any]] | None = {} if _recorded is not None else None


def _compile(p: Any, flags: int = 0):
    """`re._compiler.compile`, served from the cache for the patterns it holds."""
    if type(p) is str:
        key = (p, int(flags))
        hit = _cache.get(key)
        if hit is not None:
            fl, code, groups, groupindex, indexgroup = hit
            return _sre.compile(p, fl, array.array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)
        if _recorded is not None:
            return _record(p, int(flags), key)
    return _original(p, flags)


def _record(p: str, flags: int, key: tuple[str, int]):
    """Compile as `re._compiler.compile` does, keeping what `_sre.compile` was given."""
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    entry = (int(flags | parsed.state.flags), array.array(_CODE_TYPE, code).tobytes(), parsed.state.groups - 1,
             groupindex, tuple(indexgroup))
    assert _recorded is not None
    _recorded[key] = entry
    return _sre.compile(p, entry[0], list(code), entry[2], entry[3], entry[4])


def derived(name: str, key: str, make: Any) -> Any:
    """`make()`, or the value the cache file holds under `name` when it was stored with the same `key` (a digest
    of everything the value is computed from). For tables a module derives from its patterns at first use, which
    would cost every new process that time again; the value must be marshal-able (tuples, frozensets, str, int)."""
    hit = _derived.get(name)
    if hit is not None and hit[0] == key:
        return hit[1]
    value = make()
    if _recorded_derived is not None:
        _recorded_derived[name] = (key, value)
    return value


def install(path: str = PATH) -> int:
    """Serve cached patterns from now on; returns how many the cache holds (0 when there is none)."""
    if _compiler.compile is not _compile:
        _compiler.compile = _compile
    if _cache or _recorded is not None or path == "off" or not os.path.exists(path):
        return len(_cache)
    try:
        with open(path, "rb") as fh:
            tag, entries, *more = marshal.load(fh)
        if tag == TAG and isinstance(entries, dict):
            _cache.update(entries)
            if more and isinstance(more[0], dict):
                _derived.update(more[0])
    except (OSError, ValueError, EOFError, TypeError) as exc:  # a broken cache only costs the start-up time
        log.debug("regex cache %s not used: %s", path, type(exc).__name__)
    return len(_cache)


def build(path: str = PATH) -> int:
    """Write the cache: in a new interpreter that records from its first import (see `_record_and_write`)."""
    import subprocess

    env = dict(os.environ, **{_BUILD_ENV: "1"})
    code = f"from classifiers import regex_cache; print(regex_cache._record_and_write({path!r}))"
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
    return int(out.stdout.strip().splitlines()[-1])


def _record_and_write(path: str) -> int:
    """Load the engines and analyse a sample, recording every pattern compiled since start-up; write them."""
    global _recorded, _recorded_derived
    from .engine import Engine, EngineOptions

    for options in (EngineOptions(), EngineOptions(free_text=False)):
        engine = Engine(options)
        engine.analyze_many(_SAMPLE)
        engine.analyze_table(["氏名", "電話番号", "住所", "生年月日", "email"],
                             [["山田 太郎", "03-1234-5678", "東京都渋谷区神南1-2-3", "1985/04/01", "taro@example.jp"]])
    entries, _recorded = _recorded or {}, None
    tables, _recorded_derived = _recorded_derived or {}, None
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "wb") as fh:
        marshal.dump((TAG, entries, tables), fh)
    os.replace(tmp, path)
    return len(entries)


# texts that make the detectors compile what they compile lazily (one of each kind of document)
_SAMPLE = [
    "氏名：山田 太郎（ヤマダ タロウ）様\n住所：〒150-0041 東京都渋谷区神南1-2-3 渋谷ビル101\n電話：03-1234-5678 携帯 090-1234-5678\n"
    "メール：taro.yamada@example.co.jp\n生年月日：昭和60年4月1日（39歳）\n個人番号：1234 5678 9018\n",
    "運転免許証 第301234567890号 旅券番号 TK1234567 住民票コード 12345678901\nみずほ銀行 渋谷支店 普通 1234567\n"
    "カード番号 4111-1111-1111-1111 有効期限 12/27\n接続元IP 203.0.113.5 / 2001:db8::1\n",
    "既往歴：2型糖尿病、高血圧症で通院中。うつ病のため休職中。\n保険者番号 06131528 記号 4105 番号 22\n",
    "No,氏名,フリガナ,生年月日,電話番号,住所\n1,佐藤 花子,サトウ ハナコ,1990/01/02,080-1111-2222,大阪市北区梅田1-1-1\n",
    '{"name": "Hanako Sato", "email": "hanako@example.com", "phone": "+81-90-1234-5678", "dob": "1990-01-02"}\n',
    "Dear Mr. John Smith,\nPlease send it to 1-2-3 Jinnan, Shibuya-ku, Tokyo 150-0041.\nBest regards,\nKenji Tanaka\n",
    "P<JPNYAMADA<<TARO<<<<<<<<<<<<<<<<<<<<<<<<<<<\nTK12345670JPN8504017M3001012<<<<<<<<<<<<<<02\n",
    "PID|1||12345^^^HOSP||山田^太郎||19850401|M|||東京都渋谷区神南1-2-3^^^^150-0041\n",
    "BEGIN:VCARD\nN:山田;太郎\nTEL:03-1234-5678\nEND:VCARD\n",
    "10:30 山田：了解です\n[2024/04/01 9:41] 佐藤 健\n> 鈴木様\n担当 高橋",
    "東京都内に3店舗を展開\n住所：東京都　未定\n",  # (the address detector's fallback municipality patterns)
]
