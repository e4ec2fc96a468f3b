"""Partitions and inheritance links between tables.

A partition is created with ``PARTITION OF``: its columns, keys and indexes
come from its parent. A changed bound is a detach and an attach; a changed
list of parents is ``NO INHERIT`` / ``INHERIT``.
"""

from __future__ import annotations

from alembic.operations import Operations, ops

from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.phases import Phase
from krakn.sqltext import verbatim

Parent = tuple[str, str]


def _name(key: Parent) -> str:
    return qualify(*key)


class CreatePartitionOp(SQLOp):
    phase = Phase.CREATE_TABLES

    def __init__(self, schema: str, table: str, parent: Parent, bound: str,
                 comment: str | None = None, depth: int = 1, key: str | None = None) -> None:
        self.schema, self.table = schema, table
        self.parent, self.bound, self.comment = parent, bound, comment
        self.depth = depth
        self.key = key  # partitioned itself: its partition key

    def statements(self) -> list[str]:
        name = qualify(self.schema, self.table)
        key = f" PARTITION BY {self.key}" if self.key else ""
        out = [f"CREATE TABLE {name} PARTITION OF {_name(self.parent)} {self.bound}{key}"]
        if self.comment is not None:
            out.append(f"COMMENT ON TABLE {name} IS {literal(self.comment)}")
        return out

    def reverse(self) -> DropPartitionOp:
        return DropPartitionOp(self.schema, self.table, self.parent, self.bound, self.comment,
                               self.key)

    def describe(self) -> list[Change]:
        name = display(self.schema, self.table)
        parent = display(*self.parent)
        return [Change("+", "table", f"Added partition '{name}' of '{parent}' {self.bound}",
                       self.schema, None, self.table, {"parent": parent, "bound": self.bound})]

    def sort_key(self) -> tuple[str, ...]:
        return (f"{self.depth:04d}", self.schema, self.table)


class DropPartitionOp(SQLOp):
    """The reverse of CreatePartitionOp (a removed partition is a DropTableOp)."""

    phase = Phase.DROP_TABLES

    def __init__(self, schema: str, table: str, parent: Parent, bound: str,
                 comment: str | None = None, key: str | None = None) -> None:
        self.schema, self.table = schema, table
        self.parent, self.bound, self.comment = parent, bound, comment
        self.key = key

    def statements(self) -> list[str]:
        return [f"DROP TABLE {qualify(self.schema, self.table)}"]

    def reverse(self) -> CreatePartitionOp:
        return CreatePartitionOp(self.schema, self.table, self.parent, self.bound, self.comment,
                                 key=self.key)

    def describe(self) -> list[Change]:
        name = display(self.schema, self.table)
        return [Change("-", "table", f"Removed partition '{name}'", self.schema, None,
                       self.table)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table)


class ReattachPartitionOp(SQLOp):
    """Move a table into, out of, or within a partitioned table."""

    phase = Phase.ATTACH_PARTITIONS

    def __init__(self, schema: str, table: str, new: tuple[Parent, str] | None,
                 old: tuple[Parent, str] | None, detached: tuple[str, ...] = (),
                 reattached: tuple[str, ...] = ()) -> None:
        self.schema, self.table = schema, table
        self.new, self.old = new, old  # (parent, bound) or None
        # What the parent gave the partition on the old side ("c:name",
        # "i:name"): detached, the table would keep them as its own; they
        # go, and the table's own keys and indexes are made as compared.
        # reattached: the same on the new side, for the reverse.
        self.detached, self.reattached = detached, reattached

    def statements(self) -> list[str]:
        name = qualify(self.schema, self.table)
        out = []
        if self.old is not None:
            out.append(f"ALTER TABLE {_name(self.old[0])} DETACH PARTITION {name}")
            out += [_drop_detached(self.schema, self.table, item) for item in self.detached]
        if self.new is not None:
            out.append(f"ALTER TABLE {_name(self.new[0])} ATTACH PARTITION {name} {self.new[1]}")
        return out

    def reverse(self) -> ReattachPartitionOp:
        return ReattachPartitionOp(self.schema, self.table, self.old, self.new,
                                   self.reattached, self.detached)

    def describe(self) -> list[Change]:
        def words(link: tuple[Parent, str] | None) -> str:
            if link is None:
                return "not a partition"
            return f"partition of '{display(*link[0])}' {link[1]}"

        name = display(self.schema, self.table)
        return [Change("~", "partition", f"Changed '{name}' from {words(self.old)} → "
                       f"{words(self.new)}", self.schema, None, self.table,
                       {"old": words(self.old), "new": words(self.new)})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table)


def _drop_detached(schema: str, table: str, item: str) -> str:
    kind, name = item.split(":", 1)
    if kind == "c":
        return f"ALTER TABLE {qualify(schema, table)} DROP CONSTRAINT {quote(name)}"
    return f"DROP INDEX {qualify(schema, name)}"


class SetInheritanceOp(SQLOp):
    phase = Phase.ATTACH_PARTITIONS

    def __init__(self, schema: str, table: str, new: tuple[Parent, ...],
                 old: tuple[Parent, ...]) -> None:
        self.schema, self.table, self.new, self.old = schema, table, new, old

    def statements(self) -> list[str]:
        name = qualify(self.schema, self.table)
        out = [f"ALTER TABLE {name} NO INHERIT {_name(p)}" for p in self.old if p not in self.new]
        out += [f"ALTER TABLE {name} INHERIT {_name(p)}" for p in self.new if p not in self.old]
        return out

    def reverse(self) -> SetInheritanceOp:
        return SetInheritanceOp(self.schema, self.table, self.old, self.new)

    def describe(self) -> list[Change]:
        name = display(self.schema, self.table)
        old = ", ".join(display(*p) for p in self.old) or "nothing"
        new = ", ".join(display(*p) for p in self.new) or "nothing"
        return [Change("~", "inheritance", f"Changed parents of '{name}' from {old} → {new}",
                       self.schema, None, self.table, {"old": old, "new": new})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table)


class DropParentColumnOp(ops.DropColumnOp):
    """A parent's column dropped while a child keeps it as its own: ``ONLY``
    leaves the child's copy in place (a plain DROP COLUMN takes it along)."""

    def statements(self) -> list[str]:
        return [f"ALTER TABLE ONLY {qualify(self.schema or '', self.table_name)} "
                f"DROP COLUMN {quote(self.column_name)}"]


@Operations.implementation_for(DropParentColumnOp)
def run_drop_parent_column(operations: Operations, operation: DropParentColumnOp) -> None:
    for statement in operation.statements():
        operations.execute(verbatim(statement))
