"""piscan core: configuration, scan pipeline, inventory store, policy engine and CLI."""

__version__ = "0.1.0"

PII_TYPES = (
    "PERSON",
    "ADDRESS",
    "POSTAL_CODE",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "DATE_OF_BIRTH",
    "JP_MY_NUMBER",
    "JP_DRIVERS_LICENSE",
    "JP_PASSPORT",
    "JP_RESIDENT_CODE",
    "JP_HEALTH_INSURANCE",
    "JP_BANK_ACCOUNT",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "SPECIAL_CARE",
)

SEVERITIES = ("low", "medium", "high", "critical")
MISMATCH_KINDS = ("UNDECLARED_STORE", "UNDECLARED_TYPE", "REGION", "PURPOSE", "SPECIAL_CARE")
