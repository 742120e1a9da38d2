"""The benchmark corpus generator: deterministic, labels cut exactly, every type and hard-negative kind present."""

from __future__ import annotations

import ipaddress
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
import pytest
from stdnum.jp import cn, in_

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/ is not an installed package

from bench.corpus import HANDMADE, HARD_NEGATIVE_KINDS, PI_TYPES, generate, parse_marked
from bench.corpus_values import Values
from bench.scoring import iou, match, score

N = 2000


@pytest.fixture(scope="module")
def corpus():
    return list(generate(N, 20261125))


def _digits(s: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", s))


def test_deterministic_for_a_seed():
    a = list(generate(60, 7))
    b = list(generate(60, 7))
    c = list(generate(60, 8))
    assert a == b
    assert [r["text"] for r in a] != [r["text"] for r in c]


def test_record_shape_and_size(corpus):
    assert len(corpus) == N
    assert len({r["id"] for r in corpus}) == N
    for r in corpus:
        assert set(r) >= {"id", "text", "entities", "kind", "hard_negative", "traps"}
        assert isinstance(r["hard_negative"], bool)
        if r["hard_negative"]:
            assert r["entities"] == [] and r["traps"]


def test_offsets_cut_the_labelled_strings(corpus):
    for r in corpus:
        text = r["text"]
        prev_end = -1
        for e in sorted(r["entities"], key=lambda e: e["start"]):
            assert e["type"] in PI_TYPES
            assert 0 <= e["start"] < e["end"] <= len(text)
            span = text[e["start"]:e["end"]]
            assert span == span.strip() and span, (r["id"], span)
            assert e["start"] >= prev_end, f"overlapping labels in {r['id']}"
            prev_end = e["end"]


def test_every_type_and_every_hard_negative_kind_appears(corpus):
    types = {e["type"] for r in corpus for e in r["entities"]}
    assert types == set(PI_TYPES)
    traps = {t for r in corpus for t in r["traps"]}
    assert traps == set(HARD_NEGATIVE_KINDS)
    assert 0.2 < sum(r["hard_negative"] for r in corpus) / N < 0.4
    # and hard-negative documents themselves cover many kinds of traps
    assert len({t for r in corpus if r["hard_negative"] for t in r["traps"]}) >= 20


def test_labelled_values_are_valid(corpus):
    for r in corpus:
        for e in r["entities"]:
            s = r["text"][e["start"]:e["end"]]
            d = _digits(s)
            if e["type"] == "JP_MY_NUMBER":
                assert in_.is_valid(d), s
            elif e["type"] == "JP_RESIDENT_CODE":
                assert len(d) == 11 and Values.resident_check(d[:10]) == int(d[10])
            elif e["type"] == "CREDIT_CARD":
                assert 14 <= len(d) <= 16 and Values.luhn_check(d[:-1]) == int(d[-1])
            elif e["type"] == "JP_DRIVERS_LICENSE":
                assert len(d) == 12 and 10 <= int(d[:2]) <= 97
            elif e["type"] == "JP_PASSPORT":
                assert re.fullmatch(r"[A-Z]{2} ?\d{7}", unicodedata.normalize("NFKC", s)), s
            elif e["type"] == "IP_ADDRESS":
                ipaddress.ip_address(s)
            elif e["type"] == "EMAIL_ADDRESS":
                assert re.fullmatch(r"[\w.+-]+[@＠][\w.-]+\.[a-z]{2,}", s), s
            elif e["type"] == "PHONE_NUMBER":
                n = unicodedata.normalize("NFKC", s)
                n = re.sub(r"[‐ー−]", "-", n)
                n = re.sub(r"\s(?=\S)", "", n) if "\n" in n or re.fullmatch(r"(\d )+\d", n) else n
                num = phonenumbers.parse(n.replace("(0)", ""), "JP")
                assert phonenumbers.is_valid_number(num), s
            elif e["type"] == "POSTAL_CODE":
                assert len(d) == 7, s


def test_hard_negative_lookalikes_are_really_invalid(corpus):
    """Bad My Numbers fail the check digit; Luhn-invalid cards fail Luhn; 法人番号 are valid corporate numbers."""
    v = Values(__import__("random").Random(1), None)
    for _ in range(200):
        assert not in_.is_valid(_digits(v.my_number_bad()))
        bad = v.card_digits(valid=False)
        assert Values.luhn_check(bad[:-1]) != int(bad[-1])
        assert cn.is_valid(v.corporate_number())


def test_scoring_rules():
    assert iou((0, 10), (0, 10)) == 1.0
    assert iou((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert iou((0, 4), (4, 8)) == 0.0
    gold, pred = [(0, 10), (20, 30)], [(0, 9), (22, 40)]
    assert len(match(gold, pred, "exact")[0]) == 0
    assert match(gold, pred, "overlap")[0] == [(0, 0)]
    assert len(match(gold, pred, "lenient")[0]) == 2
    recs = [{"id": "a", "kind": "k", "hard_negative": False, "entities": [{"type": "PERSON", "start": 0, "end": 4}]},
            {"id": "b", "kind": "n", "hard_negative": True, "entities": []}]
    preds = [[{"type": "PERSON", "start": 0, "end": 4}, {"type": "PERSON", "start": 0, "end": 4}],
             [{"type": "ADDRESS", "start": 1, "end": 3}]]
    m = score(recs, preds, PI_TYPES)["metrics"]
    assert m["modes"]["overlap"]["per_type"]["PERSON"] == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert m["modes"]["overlap"]["per_type"]["ADDRESS"]["fp"] == 1
    assert m["hard_negatives"]["documents_with_fp"] == 1 and m["hard_negatives"]["fp_document_share"] == 1.0


def test_handmade_markup_parses_to_exact_offsets():
    docs = parse_marked("=== a\n{{PERSON:山田 太郎}}様 TEL {{PHONE_NUMBER:03-5412-7788}}\n=== b hard\n法人番号 9774681385839\n")
    assert docs[0]["text"] == "山田 太郎様 TEL 03-5412-7788\n"
    assert [docs[0]["text"][e["start"]:e["end"]] for e in docs[0]["entities"]] == ["山田 太郎", "03-5412-7788"]
    assert docs[1]["hard_negative"] and docs[1]["entities"] == []
    real = parse_marked(HANDMADE.read_text(encoding="utf-8"))
    assert len(real) >= 30 and any(d["hard_negative"] for d in real)
    assert all("{{" not in d["text"] and "}}" not in d["text"] for d in real)
    assert {e["type"] for d in real for e in d["entities"]} == set(PI_TYPES)
