"""Strict mode's name patterns: which column names look personal."""

from __future__ import annotations

import pytest

from krakn.masking.strict import looks_personal, words


@pytest.mark.parametrize("name", [
    "email", "customer_email", "phone", "mobile", "ssn", "name", "first_name", "lastName",
    "display_name", "birth_date", "birthday", "address", "street", "zip", "postal_code",
    "ip_address", "client_ip", "iban", "card_number", "passport", "tax_id", "UserName"])
def test_personal_names(name):
    """The documented patterns (at least the issue's list) are found in any spelling."""
    assert looks_personal(name)


@pytest.mark.parametrize("name", [
    "id", "created_at", "title", "status", "price", "notes", "hostname", "filename",
    "namespace", "country", "quantity"])
def test_other_names(name):
    """Ordinary column names, and names ending in name that name things, pass."""
    assert not looks_personal(name)


def test_words_split_at_underscores_digits_and_case():
    """A name's words: lower case, split at _, digits and lower-to-upper changes."""
    assert words("firstName2_HTTPAddr") == ["first", "name", "http", "addr"]
