"""krakn.types.is_widening: which type changes keep every value."""

from __future__ import annotations

import pytest

from krakn.types import CatalogType, is_widening

WIDENING = [
    # from the issue
    ("integer", "bigint"),
    ("integer", "numeric(10,2)"),
    ("character varying(50)", "text"),
    # more
    ("smallint", "integer"),
    ("smallint", "bigint"),
    ("integer", "numeric"),
    ("bigint", "numeric"),
    ("integer", "double precision"),
    ("smallint", "real"),
    ("numeric(10,2)", "numeric(12,2)"),
    ("numeric(10,2)", "numeric(12,4)"),
    ("numeric(10,2)", "numeric"),
    ("real", "double precision"),
    ("character varying(50)", "character varying(255)"),
    ("character varying(50)", "character varying"),
    ("text", "character varying"),
    ("character varying(50)[]", "text[]"),
    ("integer[]", "bigint[]"),
    ("timestamp(3) without time zone", "timestamp(6) without time zone"),
    ("timestamp(3) without time zone", "timestamp without time zone"),
    ("timestamp(0) with time zone", "timestamp(3) with time zone"),
    ("time(3) without time zone", "time(6) without time zone"),
    ("bit varying(3)", "bit varying(5)"),
    ("text", "text"),
    ("numeric(10,2)", "numeric(10,2)"),
    ("uuid", "uuid"),
]

NARROWING = [
    # from the issue
    ("character varying(255)", "character varying(50)"),
    ("bigint", "integer"),
    ("text", "integer"),
    # more
    ("integer", "smallint"),
    ("bigint", "smallint"),
    ("numeric(10,2)", "integer"),
    ("numeric(10,2)", "numeric(8,2)"),
    ("numeric(10,2)", "numeric(10,1)"),
    ("numeric(10,2)", "numeric(10,4)"),
    ("numeric", "numeric(10,2)"),
    ("double precision", "real"),
    ("double precision", "integer"),
    ("real", "integer"),
    ("integer", "real"),
    ("bigint", "real"),
    ("text", "character varying(50)"),
    ("character varying", "character varying(50)"),
    ("character varying(50)", "character(50)"),
    ("character(10)", "character(20)"),
    ("text", "boolean"),
    ("integer", "text"),
    ("integer", "boolean"),
    ("text[]", "text"),
    ("text", "text[]"),
    ("bigint[]", "integer[]"),
    ("timestamp with time zone", "timestamp without time zone"),
    ("timestamp without time zone", "timestamp with time zone"),
    ("timestamp(6) without time zone", "timestamp(3) without time zone"),
    ("timestamp without time zone", "date"),
    ("uuid", "text"),
    ("jsonb", "json"),
    # float8 has 53 bits of mantissa: large bigints are rounded
    ("bigint", "double precision"),
    # bit(n) is fixed length: bit(3) values do not fit bit(5) unchanged
    ("bit(3)", "bit(5)"),
]

# Strict widenings: the reverse direction must then be narrowing.
STRICT = [(o, n) for o, n in WIDENING
          if o != n and {o, n} != {"text", "character varying"}]


@pytest.mark.parametrize("old,new", WIDENING, ids=[f"{o}->{n}" for o, n in WIDENING])
def test_widening(old, new):
    """Changes that keep every value are widening."""
    assert is_widening(old, new) is True


@pytest.mark.parametrize("old,new", NARROWING, ids=[f"{o}->{n}" for o, n in NARROWING])
def test_not_widening(old, new):
    """Changes that can lose or reinterpret a value are not widening."""
    assert is_widening(old, new) is False


@pytest.mark.parametrize("old,new", STRICT, ids=[f"{o}->{n}" for o, n in STRICT])
def test_strict_widening_reversed_is_not_widening(old, new):
    """A strict widening turned around is not widening."""
    assert is_widening(new, old) is False


def test_catalog_type_renders_verbatim():
    """CatalogType renders the catalog's format_type text unchanged."""
    assert CatalogType("numeric(10,2)").get_col_spec() == "numeric(10,2)"
    assert CatalogType("interval day to second").get_col_spec() == "interval day to second"


def test_catalog_type_renders_collation():
    """A CatalogType with a collation renders it after COLLATE."""
    spec = CatalogType("text", '"C"').get_col_spec()
    assert spec == 'text COLLATE "C"'
