"""Strict mode: which column names look personal.

A name looks personal when one of its words (split at `_`, `-`, spaces,
digits and lower-to-upper case changes) matches a pattern below, or when the
whole name does. The list errs on the side of asking: a false alarm costs
one rule (`{sql: ...}` copying the column as it is says "checked, not
personal"), a miss costs a leak.
"""

from __future__ import annotations

import re

# Words (fnmatch-like: `*` any letters) that make a column look personal.
PERSONAL_WORDS = (
    "email", "mail", "phone", "mobile", "cell", "fax", "ssn", "*name",
    "birth*", "dob", "address", "addr", "street", "zip", "zipcode", "postal*", "postcode",
    "ip", "iban", "card", "ccn", "passport", "salary", "password",
    "gender", "nationality", "license", "licence",
)
# Names that look personal only as a whole (their words alone are too common).
PERSONAL_NAMES = ("ip_address", "tax_id", "national_id", "social_security", "credit_card",
                  "account_number", "geo_location", "latitude", "longitude")
# Words that end in "name" but name things, not people.
NOT_PERSONAL = ("filename", "hostname", "pathname", "tablename", "typename", "dbname",
                "schemaname", "servername", "classname", "rename", "domainname")

_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _pattern(word: str) -> re.Pattern[str]:
    return re.compile(word.replace("*", "[a-z]*") + r"\Z")


_PATTERNS = tuple(_pattern(w) for w in PERSONAL_WORDS)


def words(name: str) -> list[str]:
    """The words of a column name, lower case: `firstName2` -> first, name."""
    return [w.lower() for w in _WORDS.findall(name)]


def looks_personal(name: str) -> bool:
    """True when the column's name suggests personal data."""
    lower = name.lower()
    if lower in PERSONAL_NAMES:
        return True
    for word in (*words(name), "".join(words(name))):
        if word in NOT_PERSONAL:
            continue
        if any(p.match(word) for p in _PATTERNS):
            return True
    return False
