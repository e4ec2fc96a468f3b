"""Faker vocabularies: drawn once, deterministic, cut to a column's length."""

from __future__ import annotations

import pytest

from krakn.errors import UsageError
from krakn.masking import pools


def test_pool_is_deterministic_sorted_and_distinct() -> None:
    """A pool drawn again from scratch is the same sorted tuple of distinct values."""
    first = pools.pool("name", "de_DE")
    pools.pool.cache_clear()
    again = pools.pool("name", "de_DE")
    assert first == again and first is not again
    assert list(first) == sorted(set(first)) and len(first) == pools.POOL_SIZE
    assert pools.pool("name", "de_DE") is again  # kept for the process


def test_locales_differ_and_are_checked() -> None:
    """Each locale has its own words; 'de-DE' means de_DE; an unknown locale is an error."""
    assert pools.pool("last_name", "de-DE") == pools.pool("last_name", "de_DE")
    assert pools.pool("last_name", "de_DE") != pools.pool("last_name", "en_US")
    with pytest.raises(UsageError, match="unknown locale 'klingon'"):
        pools.pool("city", "klingon")


def test_cut_pool_fits_and_stays_distinct() -> None:
    """With a length limit every value fits and none repeats or is empty."""
    cut = pools.pool("street_address", None, 6)
    assert cut and all(0 < len(v) <= 6 and v == v.strip() for v in cut)
    assert len(set(cut)) == len(cut)


def test_phone_and_name_pools_keep_their_shape() -> None:
    """Phones have 7 to 15 digits and no extension; names have no titles with dots."""
    phones = pools.pool("phone", "en_US")
    assert all(7 <= sum(c.isdigit() for c in p) <= 15 and "x" not in p for p in phones)
    names = pools.pool("name", "de_DE")
    assert not any("." in n or any(c.isdigit() for c in n) for n in names)
