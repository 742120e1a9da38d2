"""The policy engine: compares what a scan found with the register and the policy.

Input: the config (register, categories, purposes) and per-location findings.
Output: Mismatches of the five kinds in DESIGN.md, each with a severity, a stable
fingerprint (what a baseline accepts) and a message a compliance officer can act on.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

from connectors.base import location_matches

from .config import Config, RegisterEntry
from .regions import Region, region_allowed

SENSITIVE_TYPES = ("SPECIAL_CARE", "JP_MY_NUMBER")
IDENTIFIER_TYPES = {"JP_MY_NUMBER", "JP_DRIVERS_LICENSE", "JP_PASSPORT", "JP_RESIDENT_CODE",
                    "JP_HEALTH_INSURANCE", "JP_BANK_ACCOUNT", "CREDIT_CARD", "SPECIAL_CARE"}
# most sensitive first: used to name the PI type a store-level mismatch is about
SENSITIVITY_ORDER = ("SPECIAL_CARE", "JP_MY_NUMBER", "CREDIT_CARD", "JP_BANK_ACCOUNT", "JP_PASSPORT",
                     "JP_DRIVERS_LICENSE", "JP_RESIDENT_CODE", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH",
                     "ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON", "POSTAL_CODE", "IP_ADDRESS")
SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}
TYPE_WORDS = {
    "PERSON": "personal names", "ADDRESS": "postal addresses", "POSTAL_CODE": "postal codes",
    "EMAIL_ADDRESS": "e-mail addresses", "PHONE_NUMBER": "phone numbers", "DATE_OF_BIRTH": "birth dates",
    "JP_MY_NUMBER": "My Numbers (個人番号)", "JP_DRIVERS_LICENSE": "driver's licence numbers",
    "JP_PASSPORT": "passport numbers", "JP_RESIDENT_CODE": "resident codes (住民票コード)",
    "JP_HEALTH_INSURANCE": "health-insurance card numbers", "JP_BANK_ACCOUNT": "bank account numbers",
    "CREDIT_CARD": "payment card numbers", "IP_ADDRESS": "IP addresses",
    "SPECIAL_CARE": "items of special-care information (要配慮個人情報)",
}


@dataclass
class LocationFacts:
    """What the policy engine needs to know about one location."""

    source: str
    location: str
    region: Region
    pii: dict[str, int]  # type -> count
    schema_only: set[str] = field(default_factory=set)


@dataclass
class Mismatch:
    kind: str
    severity: str
    source: str
    location: str
    pii_type: str | None
    category: str | None
    message: str
    fingerprint: str

    def to_dict(self) -> dict:
        return asdict(self)


def fingerprint(kind: str, source: str, location: str, pii_type: str | None, category: str | None) -> str:
    """Stable id of a mismatch: the same problem in the same place always hashes alike."""
    key = "\x1f".join(["v1", kind, source, location, pii_type or "", category or ""])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def register_entries(config: Config, source: str, location: str) -> list[RegisterEntry]:
    return [e for e in config.register if e.source == source and location_matches(location, e.location)]


def most_sensitive(types) -> str | None:
    types = set(types)
    for t in SENSITIVITY_ORDER:
        if t in types:
            return t
    return next(iter(sorted(types)), None)


def at_or_above(severity: str, threshold: str) -> bool:
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]


def evaluate(config: Config, locations: list[LocationFacts]) -> list[Mismatch]:
    """All mismatches for the scanned locations, most severe first."""
    out: list[Mismatch] = []
    policy = config.policy

    def add(kind, severity, loc, pii_type, category, message):
        out.append(Mismatch(kind, severity, loc.source, loc.location, pii_type, category, message,
                            fingerprint(kind, loc.source, loc.location, pii_type, category)))

    for loc in locations:
        if not loc.pii:
            continue
        where = f"{loc.source}:{loc.location}"
        entries = register_entries(config, loc.source, loc.location)
        cat_ids = list(dict.fromkeys(c for e in entries for c in e.categories))
        cats = [policy.categories[c] for c in cat_ids if c in policy.categories]
        cat_label = ",".join(cat_ids) if cat_ids else None

        def note(t):
            return " (inferred from column names; no rows yet)" if t in loc.schema_only else ""

        if not entries:
            for t in sorted(loc.pii, key=_rank):
                sev = "critical" if t in SENSITIVE_TYPES else ("medium" if t == "IP_ADDRESS" else "high")
                add("UNDECLARED_STORE", sev, loc, t, None,
                    f"{where} holds {_count(loc, t)} {_words(t)}{note(t)} but no [[register]] entry declares "
                    f"this store. Register it with the categories and purposes it serves, or delete the data.")
        else:
            allowed = {t for c in cats for t in c.pii_types}
            for t in sorted(loc.pii, key=_rank):
                if t in allowed or t in SENSITIVE_TYPES:
                    continue
                sev = "high" if t in IDENTIFIER_TYPES else "medium"
                add("UNDECLARED_TYPE", sev, loc, t, cat_label,
                    f"{where} holds {_count(loc, t)} {_words(t)}{note(t)}, which none of its declared "
                    f"categories ({', '.join(c.name for c in cats)}) allows. Remove the data or declare a "
                    f"category that allows {t}.")
            # purposes declared by the store but listed by none of its categories
            cat_purposes = {p for c in cats for p in c.purposes}
            top = most_sensitive(loc.pii)
            for e in entries:
                for p in e.purposes:
                    if p not in cat_purposes:
                        desc = policy.purposes[p].description if p in policy.purposes else p
                        add("PURPOSE", "high", loc, top, ",".join(e.categories),
                            f"{where} is declared (register entry '{e.location}') for the purpose '{p}' "
                            f"({desc}), which none of its categories ({', '.join(e.categories)}) lists as a "
                            f"purpose of use. Using personal information outside its purposes needs the "
                            f"person's consent: drop the purpose or add it to the policy.")
            # regions
            for c in cats:
                if not c.allowed_regions:
                    continue
                if not loc.region.known:
                    if policy.require_known_region:
                        add("REGION", "medium", loc, top, c.id,
                            f"{where} holds {c.name} but its region is unknown; the policy allows only "
                            f"{', '.join(c.allowed_regions)}. Set `region` on the source or confirm where it is stored.")
                elif not region_allowed(loc.region, c.allowed_regions):
                    add("REGION", "high", loc, top, c.id,
                        f"{where} holds {c.name} in region {loc.region} "
                        f"({loc.region.country or 'multi-country'}), outside the allowed regions "
                        f"{', '.join(c.allowed_regions)}. Move the data or amend the policy's cross-border terms.")
        # special-care information and My Number need a category that explicitly allows them
        for t in SENSITIVE_TYPES:
            if t in loc.pii and not any(t in c.pii_types for c in cats):
                add("SPECIAL_CARE", "critical", loc, t, cat_label,
                    f"{where} holds {_count(loc, t)} {_words(t)}{note(t)} and no category "
                    f"{'of this store ' if cats else ''}explicitly allows them. Such data needs a declared "
                    f"legal basis (My Number Act / APPI Art. 20(2)): remove it or restrict it to a store whose "
                    f"category lists {t}.")
    out.sort(key=lambda m: (-SEVERITY_RANK[m.severity], m.kind, m.source, m.location, m.pii_type or ""))
    return out


def _rank(t: str) -> tuple[int, str]:
    """Sort key: most sensitive canonical types first, then custom recognizer types by name."""
    return (SENSITIVITY_ORDER.index(t), "") if t in SENSITIVITY_ORDER else (len(SENSITIVITY_ORDER), t)


def _words(t: str) -> str:
    return TYPE_WORDS.get(t, f"{t} values")


def _count(loc: LocationFacts, t: str) -> str:
    n = loc.pii[t]
    return "possible" if t in loc.schema_only and n == 0 else str(n)


def check_policy(config: Config) -> list[str]:
    """Static problems of the declarations themselves (for `piscan policy check`)."""
    problems = []
    policy = config.policy
    for i, e in enumerate(config.register):
        cat_purposes = {p for c in e.categories for p in policy.categories[c].purposes}
        for p in e.purposes:
            if p not in cat_purposes:
                problems.append(f"register[{i}] ({e.source}:{e.location}): purpose '{p}' is listed by none of "
                                f"its categories ({', '.join(e.categories)})")
    used = {p for c in policy.categories.values() for p in c.purposes}
    for p in policy.purposes:
        if p not in used:
            problems.append(f"policy.purposes '{p}' is used by no category")
    return problems
