"""PostgreSQL's ``format_type`` text as ``sa.``/``postgresql.`` type expressions.

Only types whose SQLAlchemy spelling compiles back to exactly the same
PostgreSQL type are mapped; anything else (domains, enums, composite and
extension types, collations, ``interval day to second`` …) gives None, and
the caller writes that operation as SQL instead, so nothing is approximated.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

# Types without modifiers.
_PLAIN = {
    "integer": "sa.Integer()",
    "bigint": "sa.BigInteger()",
    "smallint": "sa.SmallInteger()",
    "text": "sa.Text()",
    "boolean": "sa.Boolean()",
    "date": "sa.Date()",
    "real": "sa.REAL()",
    "double precision": "sa.Double()",
    "numeric": "sa.Numeric()",
    "character varying": "sa.String()",
    "timestamp without time zone": "sa.DateTime()",
    "timestamp with time zone": "sa.DateTime(timezone=True)",
    "time without time zone": "sa.Time()",
    "time with time zone": "sa.Time(timezone=True)",
    "uuid": "sa.UUID()",
    "bytea": "sa.LargeBinary()",
    "json": "postgresql.JSON(astext_type=sa.Text())",
    "jsonb": "postgresql.JSONB(astext_type=sa.Text())",
    "interval": "postgresql.INTERVAL()",
    "inet": "postgresql.INET()",
    "cidr": "postgresql.CIDR()",
    "macaddr": "postgresql.MACADDR()",
    "money": "postgresql.MONEY()",
    "tsvector": "postgresql.TSVECTOR()",
    "oid": "postgresql.OID()",
    "int4range": "postgresql.INT4RANGE()",
    "int8range": "postgresql.INT8RANGE()",
    "numrange": "postgresql.NUMRANGE()",
    "daterange": "postgresql.DATERANGE()",
    "tsrange": "postgresql.TSRANGE()",
    "tstzrange": "postgresql.TSTZRANGE()",
}

_NUMERIC = re.compile(r"^numeric\((\d+),(\d+)\)$")
_VARCHAR = re.compile(r"^character varying\((\d+)\)$")
_CHAR = re.compile(r"^character\((\d+)\)$")
_BIT = re.compile(r"^bit( varying)?\((\d+)\)$")
_STAMP = re.compile(r"^(timestamp|time)\((\d)\) (with|without) time zone$")
_INTERVAL = re.compile(r"^interval\((\d)\)$")


def _with_modifiers(spec: str) -> str | None:
    if m := _NUMERIC.match(spec):
        return f"sa.Numeric(precision={m[1]}, scale={m[2]})"
    if m := _VARCHAR.match(spec):
        return f"sa.String(length={m[1]})"
    if m := _CHAR.match(spec):
        return f"sa.CHAR(length={m[1]})"
    if m := _BIT.match(spec):
        return f"postgresql.BIT({m[2]}, varying=True)" if m[1] else f"postgresql.BIT({m[2]})"
    if m := _STAMP.match(spec):
        kind = "TIMESTAMP" if m[1] == "timestamp" else "TIME"
        return f"postgresql.{kind}(timezone={m[3] == 'with'}, precision={m[2]})"
    if m := _INTERVAL.match(spec):
        return f"postgresql.INTERVAL(precision={m[1]})"
    return None


def python_type(spec: str, collation: str | None = None) -> str | None:
    """The Python expression for a column type, or None when none is exact."""
    if collation:
        # SQLAlchemy quotes a collation as one name; the catalog's is qualified.
        return None
    if spec.endswith("[]"):
        # PostgreSQL prints every array as "type[]", whatever its dimensions.
        item = python_type(spec[:-2])
        return f"postgresql.ARRAY({item})" if item and "ARRAY" not in item else None
    return _PLAIN.get(spec) or _with_modifiers(spec)
