"""Masked examples never reveal the value; keyed hashes match across spellings."""

import os
import stat

import pytest

from scanner.hashing import Hasher, load_key, normalise
from scanner.masking import mask_value

CASES = [
    ("PERSON", "山田太郎"), ("PERSON", "佐藤 花子"), ("PERSON", "Taro Yamada"),
    ("EMAIL_ADDRESS", "taro.yamada@example.co.jp"), ("PHONE_NUMBER", "090-1234-5678"),
    ("PHONE_NUMBER", "+81 3 5860 7565"), ("JP_MY_NUMBER", "123456789018"), ("CREDIT_CARD", "4111111111111111"),
    ("ADDRESS", "東京都渋谷区千駄ヶ谷4-21-1"), ("POSTAL_CODE", "151-0051"), ("DATE_OF_BIRTH", "1985年4月1日"),
    ("JP_PASSPORT", "TK1234567"), ("JP_BANK_ACCOUNT", "普通 1234567"), ("SPECIAL_CARE", "糖尿病で通院中"),
    ("IP_ADDRESS", "203.0.113.45"), ("JP_DRIVERS_LICENSE", "301234567890"),
]


@pytest.mark.parametrize("pii_type, value", CASES)
def test_mask_hides_value(pii_type, value):
    masked = mask_value(pii_type, value)
    assert masked and masked != value
    assert value not in masked
    # at most half of the value's letters and digits survive
    kept = sum(1 for a, b in zip(masked, value) if a == b and a.isalnum())
    assert kept <= max(4, len(value) // 2 + 1)


def test_mask_examples_from_design():
    assert mask_value("PERSON", "山田太郎") == "山田**"
    assert mask_value("EMAIL_ADDRESS", "taro@example.co.jp") == "t***@example.co.jp"


def test_hash_normalises_spellings():
    h = Hasher(b"k")
    assert h("EMAIL_ADDRESS", "Taro@Example.JP") == h("EMAIL_ADDRESS", "taro@example.jp")
    assert h("PHONE_NUMBER", "090-1234-5678") == h("PHONE_NUMBER", "０９０１２３４５６７８")
    assert h("PHONE_NUMBER", "+81 90 1234 5678") == h("PHONE_NUMBER", "09012345678")
    assert h("PERSON", "山田 太郎") == h("PERSON", "山田　太郎") == h("PERSON", "山田太郎")
    assert h("PERSON", "山田太郎") != h("EMAIL_ADDRESS", "山田太郎")  # type is part of the message
    assert Hasher(b"other")("PERSON", "山田太郎") != h("PERSON", "山田太郎")
    assert normalise("JP_MY_NUMBER", "1234 5678 9018") == "123456789018"


def test_key_file_created_private(tmp_path, monkeypatch):
    monkeypatch.delenv("PISCAN_HMAC_KEY", raising=False)
    kf = tmp_path / "sub" / "hmac.key"
    k1 = load_key(kf)
    assert stat.S_IMODE(os.stat(kf).st_mode) == 0o600
    assert load_key(kf) == k1 and len(k1) >= 32
    monkeypatch.setenv("PISCAN_HMAC_KEY", "from-env")
    assert load_key(kf) == b"from-env"
