"""Identifiers and literals as krakn writes them into SQL: always quoted.

Kept apart from the operations so that ``sync-data``, which builds SQL too,
does not import Alembic to spell a table name.
"""

from __future__ import annotations


def quote(name: str) -> str:
    """An identifier, always double-quoted, so no name can change the SQL around it."""
    return '"' + name.replace('"', '""') + '"'


def qualify(schema: str | None, name: str) -> str:
    return f"{quote(schema)}.{quote(name)}" if schema else quote(name)


def literal(value: str | None) -> str:
    """A SQL string literal (or NULL), escaped for standard_conforming_strings."""
    if value is None:
        return "NULL"
    if "\\" in value:
        return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'"
    return "'" + value.replace("'", "''") + "'"
