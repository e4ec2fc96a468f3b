"""Table names as the user writes them and as generated SQL spells them."""

from __future__ import annotations

from typing import NamedTuple

from krakn.errors import UsageError
from krakn.quoting import qualify


class TableName(NamedTuple):
    """A table's schema and name, exactly as the catalog has them."""

    schema: str
    name: str

    def __str__(self) -> str:
        return f"{self.schema}.{self.name}"

    @property
    def sql(self) -> str:
        return qualify(self.schema, self.name)


def parse_names(values: tuple[str, ...], option: str) -> list[TableName]:
    """`a,b` and `app.c` (repeatable) as table names; a bare name means `public`."""
    names: list[TableName] = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            schema, dot, name = part.partition(".")
            if dot and (not schema or not name):
                raise UsageError(f"{option}: malformed table name {part!r}: expected "
                                 "schema.table or table")
            names.append(TableName(schema, name) if dot else TableName("public", part))
    return names
