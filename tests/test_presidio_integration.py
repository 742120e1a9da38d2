"""Presidio integration: piscan detectors as Presidio recognizers, a GiNZA AnalyzerEngine, and user YAML
recognizers taking part in Engine.analyze. Synthetic values only."""

from __future__ import annotations

import pytest

from classifiers.engine import Engine, EngineOptions, identifier_detectors
from classifiers.presidio_integration import (
    PiscanRecognizer,
    RecognizerFileError,
    build_analyzer_engine,
    load_recognizer_files,
    piscan_recognizers,
)

YAML_OK = """
recognizers:
  - name: "Employee id"
    supported_language: "ja"
    supported_entity: "EMPLOYEE_ID"
    patterns:
      - name: "emp"
        regex: "EMP-[0-9]{6}"
        score: 0.4
    context:
      - 社員番号
  - name: "Secret project"
    supported_language: "ja"
    supported_entity: "PROJECT_CODE"
    deny_list: ["プロジェクトX"]
"""


def _detector(name):
    return next(d for d in identifier_detectors() if d.name == name)


def test_recognizer_wraps_detector_with_original_offsets():
    from presidio_analyzer import EntityRecognizer

    rec = PiscanRecognizer(_detector("my_number"))
    assert isinstance(rec, EntityRecognizer)
    assert rec.supported_entities == ["JP_MY_NUMBER"] and rec.supported_language == "ja"
    text = "個人番号１２３４５６７８９０１８です"
    res = rec.analyze(text, ["JP_MY_NUMBER"], None)
    assert [(r.entity_type, text[r.start:r.end]) for r in res] == [("JP_MY_NUMBER", "１２３４５６７８９０１８")]
    assert rec.analyze(text, ["PHONE_NUMBER"], None) == []


def test_recognizers_registered_for_ja_and_en_where_they_apply():
    recs = piscan_recognizers(("ja", "en"), free_text=False)
    ja = {r.name for r in recs if r.supported_language == "ja"}
    en = {r.name for r in recs if r.supported_language == "en"}
    assert "piscan_my_number" in ja and "piscan_my_number" not in en
    assert {"piscan_email", "piscan_phone", "piscan_credit_card", "piscan_ip_address"} <= en


def test_yaml_recognizers_take_part_in_engine_analyze(tmp_path):
    path = tmp_path / "rec.yaml"
    path.write_text(YAML_OK, encoding="utf-8")
    engine = Engine(EngineOptions(recognizer_files=(str(path),), free_text=False))
    text = "社員番号EMP-123456、担当はプロジェクトXです。連絡先 a@example.jp"
    got = {(e.type, text[e.start:e.end]) for e in engine.analyze(text)}
    assert {("EMPLOYEE_ID", "EMP-123456"), ("PROJECT_CODE", "プロジェクトX"), ("EMAIL_ADDRESS", "a@example.jp")} <= got
    # without the context word the weak pattern stays below min_score
    assert not any(e.type == "EMPLOYEE_ID" for e in engine.analyze("EMP-123456"))


@pytest.mark.parametrize("content,key", [
    ("recognizers: [", "line"),
    ("foo: 1", "recognizers"),
    ("recognizers:\n  - name: x\n    patterns: [{name: a, regex: 'a', score: 0.5}]\n", "recognizers[0]"),
    ("recognizers:\n  - name: x\n    supported_entity: X\n    patterns: [{name: a, regex: '(', score: 0.5}]\n",
     "recognizers[0].patterns[0].regex"),
    ("recognizers:\n  - name: x\n    supported_entity: X\n    patterns: [{name: a, regex: 'a', score: 5}]\n",
     "recognizers[0].patterns[0].score"),
])
def test_bad_yaml_gives_a_clear_error(tmp_path, content, key):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RecognizerFileError) as info:
        load_recognizer_files([str(path)])
    assert str(path) in str(info.value) and key in str(info.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(RecognizerFileError, match="cannot read"):
        load_recognizer_files([str(tmp_path / "nope.yaml")])


@pytest.mark.slow
def test_build_analyzer_engine_with_ginza(tmp_path):
    path = tmp_path / "rec.yaml"
    path.write_text(YAML_OK, encoding="utf-8")
    analyzer = build_analyzer_engine(recognizer_files=[str(path)], languages=["ja"])
    assert analyzer.nlp_engine.get_nlp("ja").meta["name"] == "ginza"  # GiNZA from the installed ja_ginza package
    text = "連絡先: taro.yamada@example.co.jp / 090-1234-5678\nメールはhanako@example.jpまで。社員番号EMP-654321"
    got = {(r.entity_type, text[r.start:r.end]) for r in analyzer.analyze(text, language="ja")}
    assert ("EMAIL_ADDRESS", "taro.yamada@example.co.jp") in got
    assert ("PHONE_NUMBER", "090-1234-5678") in got
    assert ("EMAIL_ADDRESS", "hanako@example.jp") in got
    assert ("EMPLOYEE_ID", "EMP-654321") in got
