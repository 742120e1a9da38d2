"""The policy engine: each mismatch kind, severities and stable fingerprints."""

from __future__ import annotations

from pathlib import Path

from scanner.config import load_config
from scanner.policy import LocationFacts, check_policy, evaluate, fingerprint
from scanner.regions import parse_region

CONFIG = """
[[sources]]
name = "share"
kind = "filesystem"
path = "."
region = "JP"

[[register]]
source = "share"
location = "hr"
categories = ["employees"]
purposes = ["employment"]

[[register]]
source = "share"
location = "sales/**"
categories = ["customers"]
purposes = ["marketing", "employment"]

[policy]
[[policy.purposes]]
id = "employment"
description = "Employment management, including human resources and general affairs"
[[policy.purposes]]
id = "marketing"
description = "To provide information on events"

[[policy.categories]]
id = "employees"
name = "Employee Information"
purposes = ["employment"]
pii_types = ["PERSON", "EMAIL_ADDRESS", "JP_MY_NUMBER", "SPECIAL_CARE"]
allowed_regions = ["JP"]
disclosure = "legal"

[[policy.categories]]
id = "customers"
name = "Personal information about customers"
purposes = ["marketing"]
pii_types = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]
allowed_regions = ["JP"]
disclosure = "legal"
"""


def cfg(tmp_path: Path):
    p = tmp_path / "c.toml"
    p.write_text(CONFIG, encoding="utf-8")
    return load_config(p)


def facts(location, pii, region="JP", schema_only=()):
    return LocationFacts("share", location, parse_region(region), pii, set(schema_only))


def kinds(ms):
    return sorted((m.kind, m.location, m.pii_type) for m in ms)


def test_clean_store_has_no_mismatch(tmp_path):
    assert evaluate(cfg(tmp_path), [facts("hr/staff.csv", {"PERSON": 3, "JP_MY_NUMBER": 3})]) == []


def test_undeclared_store(tmp_path):
    ms = evaluate(cfg(tmp_path), [facts("exports/customers.csv", {"EMAIL_ADDRESS": 10, "PERSON": 10})])
    assert kinds(ms) == [("UNDECLARED_STORE", "exports/customers.csv", "EMAIL_ADDRESS"),
                         ("UNDECLARED_STORE", "exports/customers.csv", "PERSON")]
    assert all(m.severity == "high" and "no [[register]] entry" in m.message for m in ms)


def test_undeclared_store_from_schema_only_still_high(tmp_path):
    ms = evaluate(cfg(tmp_path), [facts("exports/t", {"PERSON": 0}, schema_only={"PERSON"})])
    assert ms[0].kind == "UNDECLARED_STORE" and ms[0].severity == "high"
    assert "column names" in ms[0].message


def test_undeclared_type_and_special_care(tmp_path):
    ms = evaluate(cfg(tmp_path), [facts("sales/q1.csv", {"PERSON": 2, "CREDIT_CARD": 1, "JP_MY_NUMBER": 1,
                                                         "SPECIAL_CARE": 1})])
    got = {(m.kind, m.pii_type): m for m in ms}
    assert got[("UNDECLARED_TYPE", "CREDIT_CARD")].severity == "high"
    assert got[("SPECIAL_CARE", "JP_MY_NUMBER")].severity == "critical"
    assert got[("SPECIAL_CARE", "SPECIAL_CARE")].severity == "critical"
    assert ("UNDECLARED_TYPE", "JP_MY_NUMBER") not in got  # reported as SPECIAL_CARE instead
    assert ("UNDECLARED_TYPE", "PERSON") not in got
    # sales declares the purpose 'employment' that the customers category does not list
    assert got[("PURPOSE", "SPECIAL_CARE")].severity == "high"
    assert "employment" in got[("PURPOSE", "SPECIAL_CARE")].message
    assert ms[0].severity == "critical"  # sorted most severe first


def test_special_care_in_undeclared_store(tmp_path):
    ms = evaluate(cfg(tmp_path), [facts("tmp/notes.txt", {"SPECIAL_CARE": 1})])
    assert {m.kind for m in ms} == {"UNDECLARED_STORE", "SPECIAL_CARE"}


def test_region_outside_and_unknown(tmp_path):
    c = cfg(tmp_path)
    ms = evaluate(c, [facts("hr/a.csv", {"PERSON": 1}, region="aws:us-east-1")])
    assert kinds(ms) == [("REGION", "hr/a.csv", "PERSON")] and ms[0].severity == "high"
    assert "aws:us-east-1" in ms[0].message
    assert evaluate(c, [facts("hr/a.csv", {"PERSON": 1}, region="aws:ap-northeast-1")]) == []
    ms = evaluate(c, [facts("hr/a.csv", {"PERSON": 1}, region="unknown")])
    assert kinds(ms) == [("REGION", "hr/a.csv", "PERSON")] and ms[0].severity == "medium"
    c.policy.require_known_region = False
    assert evaluate(c, [facts("hr/a.csv", {"PERSON": 1}, region="unknown")]) == []


def test_fingerprints_are_stable_and_distinct(tmp_path):
    c = cfg(tmp_path)
    a = evaluate(c, [facts("exports/x.csv", {"PERSON": 1})])[0].fingerprint
    b = evaluate(c, [facts("exports/x.csv", {"PERSON": 99})])[0].fingerprint  # counts do not matter
    assert a == b == fingerprint("UNDECLARED_STORE", "share", "exports/x.csv", "PERSON", None)
    assert a != evaluate(c, [facts("exports/y.csv", {"PERSON": 1})])[0].fingerprint


def test_no_pii_no_mismatch(tmp_path):
    assert evaluate(cfg(tmp_path), [facts("exports/empty.csv", {})]) == []


def test_check_policy_reports_undeclared_purpose(tmp_path):
    problems = check_policy(cfg(tmp_path))
    assert any("purpose 'employment'" in p and "register[1]" in p for p in problems)
