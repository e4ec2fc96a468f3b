"""Column types as PostgreSQL prints them, and which changes can lose data."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.types import UserDefinedType


class CatalogType(UserDefinedType[Any]):
    """A column type carried as ``format_type()`` text, rendered verbatim.

    SQLAlchemy's own type objects cannot spell every PostgreSQL type (domains,
    extension types, ``interval day to second`` …), while the catalog's text
    always round-trips through DDL.
    """

    cache_ok = True

    def __init__(self, spec: str, collation: str | None = None) -> None:
        self.spec = spec
        self.collation = collation

    def get_col_spec(self, **kw: Any) -> str:
        if self.collation:
            return f"{self.spec} COLLATE {self.collation}"
        return self.spec

    def __repr__(self) -> str:
        if self.collation:
            return f"CatalogType({self.spec!r}, {self.collation!r})"
        return f"CatalogType({self.spec!r})"


_INTEGERS = {"smallint": 1, "integer": 2, "bigint": 3}
_FLOATS = {"real": 1, "double precision": 2}
_TEXTUAL = ("character varying", "character", "text")
# Types whose typmod is a precision or maximum length: more keeps every value.
_PRECISION = ("timestamp", "time", "interval", "bit varying")
_TYPMOD = re.compile(
    r"^(?P<base>[a-z ]+?)(?:\((?P<args>[0-9, ]+)\))?(?P<rest> with.*| without.*)?$"
)


def _split(spec: str) -> tuple[str, list[int], str]:
    m = _TYPMOD.match(spec)
    if not m:
        return spec, [], ""
    args = [int(a) for a in (m.group("args") or "").split(",") if a.strip()]
    return m.group("base").strip(), args, (m.group("rest") or "").strip()


def _numeric_widens(old: list[int], new: list[int]) -> bool:
    if not new:
        return True  # unconstrained numeric holds any numeric
    if not old:
        return False
    old_p, old_s = old[0], (old[1] if len(old) > 1 else 0)
    new_p, new_s = new[0], (new[1] if len(new) > 1 else 0)
    return new_s >= old_s and new_p - new_s >= old_p - old_s


def _textual_widens(old_base: str, old: list[int], new_base: str, new: list[int]) -> bool:
    if new_base == "text" or (new_base == "character varying" and not new):
        return True
    if new_base == "character varying" and old:
        return new[0] >= old[0]
    if new_base == old_base == "character":
        return bool(old) and bool(new) and new[0] == old[0]
    return False


def is_widening(old: str, new: str) -> bool:
    """True when every value of type ``old`` converts to ``new`` unchanged."""
    if old == new:
        return True
    if old.endswith("[]") and new.endswith("[]"):
        return is_widening(old[:-2], new[:-2])
    old_base, old_args, old_rest = _split(old)
    new_base, new_args, new_rest = _split(new)
    if old_rest != new_rest:
        return False
    if old_base in _INTEGERS:
        if new_base in _INTEGERS:
            return _INTEGERS[new_base] >= _INTEGERS[old_base]
        # Integers go into numeric and floating types the way users expect
        # (the issue's own example: integer -> numeric(10,2)).
        # A double holds integers up to 2**53 exactly: smallint and integer only.
        return new_base == "numeric" or (
            new_base == "double precision" and old_base != "bigint"
        ) or (new_base == "real" and old_base == "smallint")
    if old_base == "numeric" and new_base == "numeric":
        return _numeric_widens(old_args, new_args)
    if old_base in _FLOATS and new_base in _FLOATS:
        return _FLOATS[new_base] >= _FLOATS[old_base]
    if old_base in _TEXTUAL and new_base in _TEXTUAL:
        return _textual_widens(old_base, old_args, new_base, new_args)
    if old_base == new_base and old_base in _PRECISION:
        return not new_args or (bool(old_args) and new_args[0] >= old_args[0])
    return False
