"""Dotted names (`schema.table.column`) as a profile or a flag writes them.

One parser for every place that names a table or column, following
PostgreSQL's identifier rules: an unquoted part folds to lower case (ASCII
letters only, as the server does for UTF-8), a "Quoted" part is kept as it
is (with "" for a double quote inside) and may contain dots. A bare table
means schema `public`. In `columns` keys a whole unquoted `*` part is a
wildcard for the schema or the table; `"*"` is a table named `*`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from krakn.names import TableName  # noqa: F401 - part of this module's API

DEFAULT_SCHEMA = "public"

# PostgreSQL's lexer: ident_start [A-Za-z\200-\377_], ident_cont adds 0-9 and $.
_UNQUOTED = re.compile(r"[A-Za-z_\u0080-\U0010ffff][A-Za-z0-9_$\u0080-\U0010ffff]*\Z")
_UPPER_TO_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class BadName(ValueError):
    """A name that does not parse: the message says what to fix."""



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


class _Part(NamedTuple):
    text: str
    wildcard: bool


def split_name(text: str) -> list[_Part]:
    """The dot-separated parts of a name, folded and unquoted."""
    raw = text.strip()
    if not raw:
        raise BadName("empty name")
    parts: list[_Part] = []
    i = 0
    while True:
        if raw.startswith('"', i):
            part, i = _quoted(raw, i)
        else:
            end = raw.find(".", i)
            end = len(raw) if end < 0 else end
            part, i = _unquoted(raw, raw[i:end]), end
        parts.append(part)
        if i == len(raw):
            return parts
        if raw[i] != ".":
            raise BadName(f"{raw!r}: expected '.' after a quoted name")
        i += 1
        if i == len(raw):
            raise BadName(f"{raw!r}: ends with '.'")


def _quoted(raw: str, start: int) -> tuple[_Part, int]:
    out: list[str] = []
    i = start + 1
    while i < len(raw):
        if raw[i] == '"':
            if raw.startswith('""', i):
                out.append('"')
                i += 2
                continue
            if not out:
                raise BadName(f'{raw!r}: "" is an empty name')
            return _Part("".join(out), False), i + 1
        out.append(raw[i])
        i += 1
    raise BadName(f"{raw!r}: unclosed double quote")


def _unquoted(raw: str, part: str) -> _Part:
    if not part:
        raise BadName(f"{raw!r}: empty part between dots")
    if part == "*":
        return _Part("*", True)
    if "*" in part:
        raise BadName(f"{raw!r}: '*' stands alone for a whole schema or table, "
                      "not part of a name")
    if '"' in part:
        raise BadName(f"{raw!r}: a double quote must enclose a whole part")
    if not _UNQUOTED.match(part):
        raise BadName(f"{raw!r}: {part!r} needs double quotes (unquoted, a name starts "
                      "with a letter or _ and holds only letters, digits, _ and $)")
    return _Part(part.translate(_UPPER_TO_LOWER), False)


def _plain(raw: str, parts: list[_Part]) -> list[str]:
    if any(p.wildcard for p in parts):
        raise BadName(f"{raw!r}: no '*' here (wildcards are for column rules)")
    return [p.text for p in parts]


def parse_identifier(text: str) -> str:
    """One name (a schema, or a column within a known table)."""
    parts = _plain(text, split_name(text))
    if len(parts) != 1:
        raise BadName(f"{text.strip()!r}: expected one name, without dots (quote a name "
                      "that contains one)")
    return parts[0]


def parse_table(text: str) -> TableName:
    """`table` (in public) or `schema.table`."""
    parts = _plain(text, split_name(text))
    if len(parts) == 1:
        return TableName(DEFAULT_SCHEMA, parts[0])
    if len(parts) == 2:
        return TableName(parts[0], parts[1])
    raise BadName(f"{text.strip()!r}: expected table or schema.table")


def parse_column(text: str) -> ColumnName:
    """`table.column` (in public) or `schema.table.column`."""
    parts = _plain(text, split_name(text))
    if len(parts) == 2:
        return ColumnName(DEFAULT_SCHEMA, parts[0], parts[1])
    if len(parts) == 3:
        return ColumnName(parts[0], parts[1], parts[2])
    raise BadName(f"{text.strip()!r}: expected table.column or schema.table.column")


def parse_column_pattern(text: str) -> ColumnPattern:
    """A `columns` key: like parse_column, with `*` for the schema or table.

    `*.col` is every table of every schema, `s.*.col` every table of schema
    s, `*.t.col` table t in every schema; a bare `t.col` is public.t.col.
    """
    parts = split_name(text)
    if len(parts) not in (2, 3):
        raise BadName(f"{text.strip()!r}: expected table.column or schema.table.column")
    if parts[-1].wildcard:
        raise BadName(f"{text.strip()!r}: a rule names one column; '*' stands for a "
                      "schema or a table")
    if len(parts) == 2:
        # A bare table means public, but a bare `*` means every schema (`*.ip_address`).
        parts = [parts[0] if parts[0].wildcard else _Part(DEFAULT_SCHEMA, False), *parts]
    schema, table, column = (None if p.wildcard else p.text for p in parts)
    assert column is not None
    return ColumnPattern(schema, table, column)


def split_list(text: str) -> list[str]:
    """`a,b,"c,d"`: split on commas outside double quotes (the flags' form)."""
    items: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def parse_table_list(values: Iterable[str]) -> tuple[TableName, ...]:
    """Repeated `--tables a,b` values as table names."""
    return tuple(parse_table(item) for value in values for item in split_list(value))
