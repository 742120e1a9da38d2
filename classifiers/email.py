"""EMAIL_ADDRESS: RFC-5322-ish local part @ dotted domain with a letter TLD, found even when glued to Japanese text.

The pattern does not rely on `\\b` (which never fires between kana/kanji and ASCII), so `メールはtaro@example.jp`
is found with the exact span. Image names such as `icon@2x.png` are rejected by their "TLD". Full-width
addresses (ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ) are found because the engine runs detectors on normalised text.
"""

from __future__ import annotations

from .base import Pattern, PatternDetector

_FILE_EXT = frozenset(
    "png jpg jpeg gif svg webp bmp ico tif tiff pdf js css html htm txt csv json xml zip gz md py rb php exe dll".split()
)


class EmailDetector(PatternDetector):
    name = "email"
    pii_type = "EMAIL_ADDRESS"
    languages = ("ja", "en")
    trigger = "@"
    patterns = (
        Pattern(
            "email",
            r"(?P<v>[A-Za-z0-9](?<![A-Za-z0-9._%+\-][A-Za-z0-9])[A-Za-z0-9._%+\-]{0,63}"
            r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9\-@])",
            0.95,
        ),
    )
    validated_bonus = 0.0

    def validate_result(self, value: str) -> bool | None:
        local, _, domain = value.rpartition("@")
        if ".." in value or local.endswith("."):
            return False
        if domain.rsplit(".", 1)[-1].lower() in _FILE_EXT:
            return False
        return None
