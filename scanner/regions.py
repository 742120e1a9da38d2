"""Regions: ISO country codes and cloud provider regions, and which country each lies in.

`JP`, `aws:ap-northeast-1`, `gcp:asia-northeast1` are all accepted (case-insensitive).
A provider region maps to one country; a multi-region (GCS `ASIA`, `EU`, `US`, dual
regions such as `ASIA1`) maps to none, so it never satisfies a country rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

UNKNOWN = "unknown"

# AWS regions -> ISO 3166-1 alpha-2
AWS_REGIONS = {
    "us-east-1": "US", "us-east-2": "US", "us-west-1": "US", "us-west-2": "US",
    "us-gov-east-1": "US", "us-gov-west-1": "US",
    "af-south-1": "ZA", "ap-east-1": "HK", "ap-east-2": "TW", "ap-south-1": "IN", "ap-south-2": "IN",
    "ap-northeast-1": "JP", "ap-northeast-3": "JP", "ap-northeast-2": "KR",
    "ap-southeast-1": "SG", "ap-southeast-2": "AU", "ap-southeast-3": "ID", "ap-southeast-4": "AU",
    "ap-southeast-5": "MY", "ap-southeast-6": "NZ", "ap-southeast-7": "TH",
    "ca-central-1": "CA", "ca-west-1": "CA",
    "eu-central-1": "DE", "eu-central-2": "CH", "eu-west-1": "IE", "eu-west-2": "GB", "eu-west-3": "FR",
    "eu-south-1": "IT", "eu-south-2": "ES", "eu-north-1": "SE",
    "il-central-1": "IL", "me-south-1": "BH", "me-central-1": "AE", "mx-central-1": "MX",
    "sa-east-1": "BR", "cn-north-1": "CN", "cn-northwest-1": "CN",
}

# GCP / GCS regions -> country. Multi- and dual-regions deliberately absent (no single country).
GCP_REGIONS = {
    "asia-northeast1": "JP", "asia-northeast2": "JP", "asia-northeast3": "KR",
    "asia-east1": "TW", "asia-east2": "HK", "asia-south1": "IN", "asia-south2": "IN",
    "asia-southeast1": "SG", "asia-southeast2": "ID",
    "australia-southeast1": "AU", "australia-southeast2": "AU",
    "europe-central2": "PL", "europe-north1": "FI", "europe-north2": "SE", "europe-southwest1": "ES",
    "europe-west1": "BE", "europe-west2": "GB", "europe-west3": "DE", "europe-west4": "NL",
    "europe-west6": "CH", "europe-west8": "IT", "europe-west9": "FR", "europe-west10": "DE",
    "europe-west12": "IT", "me-central1": "QA", "me-central2": "SA", "me-west1": "IL",
    "northamerica-northeast1": "CA", "northamerica-northeast2": "CA", "northamerica-south1": "MX",
    "southamerica-east1": "BR", "southamerica-west1": "CL", "africa-south1": "ZA",
    "us-central1": "US", "us-east1": "US", "us-east4": "US", "us-east5": "US", "us-south1": "US",
    "us-west1": "US", "us-west2": "US", "us-west3": "US", "us-west4": "US",
}
GCP_MULTI_REGIONS = {"asia", "eu", "us", "asia1", "eur4", "eur5", "eur7", "eur8", "nam4"}
PROVIDERS = {"aws": AWS_REGIONS, "gcp": GCP_REGIONS}


@dataclass(frozen=True)
class Region:
    """A parsed region. `country` is None for unknown and multi-country regions."""

    text: str  # canonical spelling: "JP", "aws:ap-northeast-1", "gcp:asia", "unknown"
    country: str | None
    provider: str | None = None

    @property
    def known(self) -> bool:
        return self.text != UNKNOWN

    def __str__(self) -> str:
        return self.text


@lru_cache(maxsize=1024)
def parse_region(value: str | None) -> Region:
    """Parse a region string; raise ValueError with a helpful message when it is not one."""
    if value is None or not str(value).strip() or str(value).strip().lower() == UNKNOWN:
        return Region(UNKNOWN, None)
    v = str(value).strip()
    if ":" in v:
        provider, _, name = v.partition(":")
        provider, name = provider.strip().lower(), name.strip().lower()
        if provider not in PROVIDERS:
            raise ValueError(f"unknown provider {provider!r} in region {v!r} (expected aws: or gcp:)")
        table = PROVIDERS[provider]
        if name in table:
            return Region(f"{provider}:{name}", table[name], provider)
        if provider == "gcp" and name in GCP_MULTI_REGIONS:
            return Region(f"{provider}:{name}", None, provider)
        raise ValueError(f"unknown {provider} region {name!r} in {v!r}")
    if len(v) == 2 and v.isalpha():
        return Region(v.upper(), v.upper())
    raise ValueError(f"{v!r} is not a region (expected an ISO country code such as JP, or aws:REGION / gcp:REGION)")


def region_from_provider(provider: str, name: str | None) -> Region:
    """Region as a provider reports it (S3 LocationConstraint, GCS location); never raises."""
    if not name:
        if provider == "aws":  # S3 returns no LocationConstraint for us-east-1
            return parse_region("aws:us-east-1")
        return Region(UNKNOWN, None)
    try:
        return parse_region(f"{provider}:{name}")
    except ValueError:
        return Region(f"{provider}:{name.lower()}", None, provider)


def region_allowed(region: Region, allowed: list[str]) -> bool:
    """True when `region` satisfies one of the allowed entries (countries or exact provider regions)."""
    for entry in allowed:
        a = parse_region(entry)
        if not a.known:
            continue
        if a.provider is None:  # a country: any region lying in it
            if region.country == a.country:
                return True
        elif a.text == region.text:
            return True
    return False


@lru_cache(maxsize=1024)
def lenient_region(text: str | None) -> Region:
    """Parse a region as stored in the inventory; an unmapped provider region keeps its name."""
    try:
        return parse_region(text)
    except ValueError:
        provider = str(text).split(":", 1)[0].lower() if text and ":" in str(text) else None
        return Region(str(text), None, provider)
