"""Config fragments shared by the end-to-end tests (synthetic, small)."""

SHARE_INQUIRIES_REGISTER = """
[[register]]
source = "share"
location = "inquiries"
categories = ["inquirers"]
purposes = ["support"]
"""

INQUIRERS_POLICY = """
[policy]
[[policy.purposes]]
id = "support"
description = "Inquiry support"
[[policy.categories]]
id = "inquirers"
name = "Personal information of the person who made the inquiry"
purposes = ["support"]
pii_types = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]
allowed_regions = ["JP"]
disclosure = "legal"
"""
