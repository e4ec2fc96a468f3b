"""A table's name as the catalog spells it, shared by every layer."""

from __future__ import annotations

from typing import NamedTuple

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
