"""The compiled-regex start-up cache: a cached pattern behaves exactly like a freshly compiled one, and a
missing, foreign or broken cache file is ignored."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys

from classifiers import regex_cache

SAMPLE = ("氏名：山田 太郎 様 TEL 090-1234-5678 住所：東京都渋谷区神南1-2-3 生年月日 昭和60年4月1日 "
          "みずほ銀行 渋谷支店 普通 1234567 既往歴：2型糖尿病で通院中")
_RUN = ("import json, sys; from classifiers import get_engine, regex_cache; "
        "ents = get_engine(None).analyze(sys.argv[1]); "
        "print(json.dumps([len(regex_cache._cache), [[e.type, e.start, e.end, round(e.score, 3)] for e in ents]]))")


def _run(cache: str) -> tuple[int, list]:
    env = dict(os.environ, PISCAN_REGEX_CACHE=cache)
    env.pop("PISCAN_REGEX_CACHE_BUILD", None)
    out = subprocess.run([sys.executable, "-c", _RUN, SAMPLE], env=env, check=True, capture_output=True, text=True)
    n, ents = json.loads(out.stdout.strip().splitlines()[-1])
    return n, ents


def test_cached_patterns_give_the_same_results(tmp_path):
    path = str(tmp_path / "regex.bin")
    assert regex_cache.build(path) > 100
    n_cached, with_cache = _run(path)
    n_none, without = _run("off")
    assert n_cached > 100 and n_none == 0
    assert with_cache == without and any(t == "PERSON" for t, *_ in with_cache)


def test_foreign_or_broken_cache_is_ignored(tmp_path):
    foreign = tmp_path / "foreign.bin"
    with open(foreign, "wb") as fh:
        marshal.dump(("cpython-00-0-0", {("x", 0): (0, b"", 0, {}, ())}), fh)
    broken = tmp_path / "broken.bin"
    broken.write_bytes(b"\x00not marshal")
    _, reference = _run("off")
    for path in (foreign, broken):
        n, ents = _run(str(path))
        assert n == 0 and ents == reference


_DERIVED = ("import json; from classifiers import person, regex_cache, special_care as sc; "
            "names = person._names(); "
            "print(json.dumps([sorted(regex_cache._derived), [len(p) for p in names.parts()], "
            "[sorted(w) for _, w in sc._phrase_needs()], [sorted(g) if g else None for g in sc._phrase_gates()]]))")


def _derived(cache: str) -> list:
    env = dict(os.environ, PISCAN_REGEX_CACHE=cache)
    env.pop("PISCAN_REGEX_CACHE_BUILD", None)
    out = subprocess.run([sys.executable, "-c", _DERIVED], env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_derived_tables_are_kept_and_equal_what_is_computed(tmp_path):
    path = str(tmp_path / "regex.bin")
    regex_cache.build(path)
    kept, names, needs, gates = _derived(path)
    assert {"person.names", "special_care.phrase_needs", "special_care.phrase_gates"} <= set(kept)
    fresh = _derived("off")
    assert fresh[0] == [] and fresh[1:] == [names, needs, gates]


def test_a_derived_table_is_recomputed_when_its_key_changes(monkeypatch):
    monkeypatch.setitem(regex_cache._derived, "t", ("old", "stale value"))
    assert regex_cache.derived("t", "old", lambda: "fresh") == "stale value"
    assert regex_cache.derived("t", "new", lambda: "fresh") == "fresh"
