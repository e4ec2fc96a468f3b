"""Indexes that are not behind a constraint, as ``pg_get_indexdef`` prints them."""

from __future__ import annotations

from krakn.catalog.reprint import restated
from krakn.catalog.snapshot import Index
from krakn.ops.base import Change, SQLOp, display, literal, qualify
from krakn.ops.phases import Phase


def create_statement(idx: Index) -> str:
    # ON ONLY is how PostgreSQL prints an index on a partitioned table; the
    # plain form also builds it on every partition, which is what is wanted.
    # restated: so that PostgreSQL prints it back as the source has it.
    return restated(idx.definition.replace(" ON ONLY ", " ON ", 1))


class CreateIndexOp(SQLOp):
    phase = Phase.CREATE_INDEXES

    def __init__(self, idx: Index, replaces: Index | None = None) -> None:
        self.idx = idx
        self.replaces = replaces

    def statements(self) -> list[str]:
        out = [create_statement(self.idx)]
        if self.idx.comment is not None:
            out.append(f"COMMENT ON INDEX {qualify(self.idx.schema, self.idx.name)} "
                       f"IS {literal(self.idx.comment)}")
        return out

    def reverse(self) -> DropIndexOp:
        return DropIndexOp(self.idx)

    def describe(self) -> list[Change]:
        idx, table = self.idx, display(self.idx.schema, self.idx.table)
        if self.replaces is not None:
            return [Change("~", "index", f"Changed index '{idx.name}' on '{table}' from "
                           f"{self.replaces.definition} → {idx.definition}",
                           idx.schema, idx.table, idx.name,
                           {"old": self.replaces.definition, "new": idx.definition})]
        return [Change("+", "index", f"Added index '{idx.name}' to '{table}'",
                       idx.schema, idx.table, idx.name, {"definition": idx.definition})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.idx.schema, self.idx.table, self.idx.name)


class DropIndexOp(SQLOp):
    phase = Phase.DROP_INDEXES

    def __init__(self, idx: Index, replaced: bool = False) -> None:
        self.idx = idx
        self.replaced = replaced

    def statements(self) -> list[str]:
        return [f"DROP INDEX {qualify(self.idx.schema, self.idx.name)}"]

    def reverse(self) -> CreateIndexOp:
        return CreateIndexOp(self.idx)

    def describe(self) -> list[Change]:
        if self.replaced:
            return []
        idx, table = self.idx, display(self.idx.schema, self.idx.table)
        return [Change("-", "index", f"Removed index '{idx.name}' from '{table}'",
                       idx.schema, idx.table, idx.name, {"definition": idx.definition})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.idx.schema, self.idx.table, self.idx.name)
