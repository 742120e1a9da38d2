"""Regions map to countries; location globs cover paths, archive members and tables."""

import pytest

from connectors.base import location_matches, location_selected
from scanner.regions import parse_region, region_allowed, region_from_provider


@pytest.mark.parametrize("text, country", [
    ("JP", "JP"), ("jp", "JP"), ("aws:ap-northeast-1", "JP"), ("AWS:ap-northeast-3", "JP"),
    ("gcp:asia-northeast1", "JP"), ("gcp:asia-northeast2", "JP"), ("aws:us-east-1", "US"),
    ("gcp:asia", None), ("unknown", None),
])
def test_region_country(text, country):
    assert parse_region(text).country == country


def test_region_rules():
    assert region_allowed(parse_region("aws:ap-northeast-1"), ["JP"])
    assert not region_allowed(parse_region("aws:us-east-1"), ["JP"])
    assert not region_allowed(parse_region("gcp:asia"), ["JP"])  # multi-region is not a country
    assert not region_allowed(parse_region(None), ["JP"])
    assert region_allowed(parse_region("aws:us-east-1"), ["JP", "aws:us-east-1"])
    assert not region_allowed(parse_region("aws:us-west-2"), ["aws:us-east-1"])
    assert region_from_provider("aws", None).text == "aws:us-east-1"
    assert region_from_provider("gcp", "ASIA-NORTHEAST1").country == "JP"
    with pytest.raises(ValueError):
        parse_region("azure:japaneast")


@pytest.mark.parametrize("loc, pattern, ok", [
    ("hr/2024/staff.csv", "hr", True),
    ("hr/2024/staff.csv", "hr/**", True),
    ("hr/2024/staff.csv", "hr/*.csv", False),
    ("hr/staff.csv", "hr/*.csv", True),
    ("hrx/staff.csv", "hr", False),
    ("exports/a.zip!/list.csv", "exports/*.zip", True),
    ("exports/a.zip!/list.csv", "exports/**", True),
    ("crm.public.customers", "crm.public.*", True),
    ("crm.sales.customers", "crm.*.customers", True),
    ("main.customers", "main.customers", True),
    ("main.customers_old", "main.customers", False),
    ("a/b/c.txt", "**/c.txt", True),
    ("c.txt", "**/c.txt", True),
])
def test_location_matches(loc, pattern, ok):
    assert location_matches(loc, pattern) is ok


def test_include_exclude():
    assert location_selected("a/x.csv", ["a/**"], ["**/*.tmp"])
    assert not location_selected("a/x.tmp", ["a/**"], ["**/*.tmp"])
    assert not location_selected("b/x.csv", ["a/**"], [])
    assert location_selected("b/x.csv", [], [])
