"""Dotted names (`schema.table.column`) as a profile or a flag writes them.

krakn.names parses them, by the same PostgreSQL identifier rules as
sync-data's --tables: an unquoted part folds to lower case (ASCII letters
only, as the server does for UTF-8), a "Quoted" part is kept as it is (with
"" for a double quote inside) and may contain dots. A bare table means
schema `public`. In `columns` keys a whole unquoted `*` part is a
wildcard for the schema or the table; `"*"` is a table named `*`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from krakn import names
from krakn.names import BadName, Part, TableName, split_list

__all__ = ["DEFAULT_SCHEMA", "BadName", "ColumnName", "ColumnPattern", "TableName",
           "parse_column", "parse_column_pattern", "parse_identifier", "parse_table",
           "parse_table_list", "split_list", "split_name"]

DEFAULT_SCHEMA = "public"


class ColumnName(NamedTuple):
    """One column of one table."""

    schema: str
    table: str
    column: str

    @property
    def table_name(self) -> TableName:
        return TableName(self.schema, self.table)

    def __str__(self) -> str:
        return f"{self.schema}.{self.table}.{self.column}"


class ColumnPattern(NamedTuple):
    """A `columns` key: schema or table None means any (a `*` in the key)."""

    schema: str | None
    table: str | None
    column: str

    @property
    def exact(self) -> bool:
        return self.schema is not None and self.table is not None

    @property
    def specificity(self) -> int:
        """How many parts are named: the most specific matching rule wins."""
        return 1 + (self.schema is not None) + (self.table is not None)

    def matches(self, schema: str, table: str, column: str) -> bool:
        return (column == self.column
                and self.schema in (None, schema) and self.table in (None, table))

    def overlap(self, other: ColumnPattern) -> ColumnPattern | None:
        """The columns both patterns match, as a pattern, or None when they share none."""
        if self.column != other.column:
            return None
        parts: list[str | None] = []
        for mine, theirs in ((self.schema, other.schema), (self.table, other.table)):
            if mine is not None and theirs is not None and mine != theirs:
                return None
            parts.append(mine if mine is not None else theirs)
        return ColumnPattern(parts[0], parts[1], self.column)

    def __str__(self) -> str:
        return f"{self.schema or '*'}.{self.table or '*'}.{self.column}"


def split_name(text: str) -> list[Part]:
    """The dot-separated parts of a name, folded and unquoted; a whole unquoted `*` is a
    wildcard (each parser below says where one may stand)."""
    return names.split_name(text, wildcards=True)


def _plain(raw: str, parts: list[Part]) -> list[str]:
    if any(p.wildcard for p in parts):
        raise BadName(raw, "no '*' here (wildcards are for column rules)", "unquoted")
    return [p.text for p in parts]


def parse_identifier(text: str) -> str:
    """One name (a schema, or a column within a known table)."""
    parts = _plain(text, split_name(text))
    if len(parts) != 1:
        raise BadName(text, "expected one name, without dots (quote a name that contains one)",
                      "parts")
    return parts[0]


def parse_table(text: str) -> TableName:
    """`table` (in public) or `schema.table`."""
    parts = _plain(text, split_name(text))
    if len(parts) == 1:
        return TableName(DEFAULT_SCHEMA, parts[0])
    if len(parts) == 2:
        return TableName(parts[0], parts[1])
    raise BadName(text, "expected table or schema.table", "parts")


def parse_column(text: str) -> ColumnName:
    """`table.column` (in public) or `schema.table.column`."""
    parts = _plain(text, split_name(text))
    if len(parts) == 2:
        return ColumnName(DEFAULT_SCHEMA, parts[0], parts[1])
    if len(parts) == 3:
        return ColumnName(parts[0], parts[1], parts[2])
    raise BadName(text, "expected table.column or schema.table.column", "parts")


def parse_column_pattern(text: str) -> ColumnPattern:
    """A `columns` key: like parse_column, with `*` for the schema or table.

    `*.col` is every table of every schema, `s.*.col` every table of schema
    s, `*.t.col` table t in every schema; a bare `t.col` is public.t.col.
    """
    parts = split_name(text)
    if len(parts) not in (2, 3):
        raise BadName(text, "expected table.column or schema.table.column", "parts")
    if parts[-1].wildcard:
        raise BadName(text, "a rule names one column; '*' stands for a schema or a table",
                      "unquoted")
    if len(parts) == 2:
        # A bare table means public, but a bare `*` means every schema (`*.ip_address`).
        parts = [parts[0] if parts[0].wildcard else Part(DEFAULT_SCHEMA), *parts]
    schema, table, column = (None if p.wildcard else p.text for p in parts)
    assert column is not None
    return ColumnPattern(schema, table, column)


def parse_table_list(values: Iterable[str]) -> tuple[TableName, ...]:
    """Repeated `--tables a,b` values as table names."""
    return tuple(parse_table(item) for value in values for item in split_list(value))
