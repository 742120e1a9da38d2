"""Keyed hashes of PI values (HMAC-SHA256): what the inventory keeps instead of values.

The key comes from `PISCAN_HMAC_KEY`, else a key file (created once with mode 0600).
Values are normalised per type before hashing, so `locate` matches any spelling of
the same e-mail, phone number or name.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import unicodedata
from pathlib import Path

from .errors import PiscanError

ENV_KEY = "PISCAN_HMAC_KEY"
_NON_DIGIT = re.compile(r"\D")
_SPACE = re.compile(r"[\s\u3000・･]+")


def load_key(key_file: Path) -> bytes:
    """Return the HMAC key, creating the key file (0600) on first use."""
    env = os.environ.get(ENV_KEY)
    if env:
        return env.encode("utf-8")
    key_file = Path(key_file)
    if key_file.exists():
        data = key_file.read_bytes().strip()
        if data:
            return data
    key = secrets.token_hex(32).encode("ascii")
    try:
        key_file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, key + b"\n")
        finally:
            os.close(fd)
        os.chmod(key_file, 0o600)
    except OSError as exc:
        raise PiscanError(f"{key_file}: cannot create the HMAC key file ({exc.strerror or exc})") from None
    return key


def normalise(pii_type: str, value: str) -> str:
    """Canonical form of a value of a type, so spellings of the same value hash alike."""
    v = unicodedata.normalize("NFKC", value).strip()
    if pii_type == "EMAIL_ADDRESS":
        return v.lower()
    if pii_type == "PHONE_NUMBER":
        digits = _NON_DIGIT.sub("", v)
        if v.startswith("+81") or (digits.startswith("81") and v.startswith("+")):
            digits = "0" + digits[2:]
        return digits
    if pii_type in ("JP_MY_NUMBER", "JP_RESIDENT_CODE", "JP_DRIVERS_LICENSE", "CREDIT_CARD", "POSTAL_CODE"):
        return _NON_DIGIT.sub("", v)
    if pii_type in ("PERSON", "ADDRESS"):
        return _SPACE.sub("", v).lower()
    if pii_type == "JP_PASSPORT":
        return v.replace(" ", "").upper()
    return _SPACE.sub(" ", v).lower()


class Hasher:
    def __init__(self, key: bytes):
        self._key = key

    def __call__(self, pii_type: str, value: str) -> str:
        msg = f"{pii_type}\x00{normalise(pii_type, value)}".encode("utf-8")
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()
