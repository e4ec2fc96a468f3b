"""A profile's renames as steps: ALTER ... RENAME instead of a drop and an add.

With `renames: {customer: client, customer.full_name: name}` the --to side
holds the old names and --from the new ones. krakn renames the --to side's
snapshot first (krakn.catalog.renamed) and compares what remains; the plan
starts with these steps, in this order: tables, then their columns, then
the keys, indexes and sequences whose names followed the table's. Each
reverses into the rename back, so a rollback ends with them; the Alembic
spelling of the first two is op.rename_table() and
op.alter_column(new_column_name=) (krakn.render.renames).
"""

from __future__ import annotations

from alembic.operations import MigrateOperation

from krakn.ops.base import Change, SQLOp, display, qualify, quote
from krakn.ops.phases import Phase


class _RenameOp(SQLOp):
    phase = Phase.RENAMES
    order = "9"  # tables first, then columns, then what follows them

    def __init__(self, schema: str, old: str, new: str) -> None:
        self.schema, self.old, self.new = schema, old, new

    def sort_key(self) -> tuple[str, ...]:
        return (self.order, self.schema, self.old)


class RenameTableOp(_RenameOp):
    order = "0"

    def statements(self) -> list[str]:
        return [f"ALTER TABLE {qualify(self.schema, self.old)} RENAME TO {quote(self.new)}"]

    def describe(self) -> list[Change]:
        return [Change("~", "table", f"Renamed table '{display(self.schema, self.old)}' to "
                       f"'{display(self.schema, self.new)}'", self.schema, None, self.new,
                       {"old_name": self.old})]

    def reverse(self) -> MigrateOperation:
        return RenameTableOp(self.schema, self.new, self.old)


class _OnTableOp(_RenameOp):
    """A part of a table, named by the table's new name (renamed first)."""

    def __init__(self, schema: str, table: str, old: str, new: str) -> None:
        super().__init__(schema, old, new)
        self.table = table

    def sort_key(self) -> tuple[str, ...]:
        return (self.order, self.schema, self.table, self.old)


class RenameColumnOp(_OnTableOp):
    order = "1"

    def statements(self) -> list[str]:
        return [f"ALTER TABLE {qualify(self.schema, self.table)} RENAME COLUMN "
                f"{quote(self.old)} TO {quote(self.new)}"]

    def describe(self) -> list[Change]:
        where = display(self.schema, self.table)
        return [Change("~", "column", f"Renamed column '{self.old}' to '{self.new}' in "
                       f"'{where}'", self.schema, self.table, self.new,
                       {"old_name": self.old})]

    def reverse(self) -> MigrateOperation:
        return RenameColumnOp(self.schema, self.table, self.new, self.old)


class RenameConstraintOp(_OnTableOp):
    """A key or check whose name followed its table's (customer_pkey -> client_pkey)."""

    order = "2"

    def statements(self) -> list[str]:
        return [f"ALTER TABLE {qualify(self.schema, self.table)} RENAME CONSTRAINT "
                f"{quote(self.old)} TO {quote(self.new)}"]

    def describe(self) -> list[Change]:
        where = display(self.schema, self.table)
        return [Change("~", "constraint", f"Renamed constraint '{self.old}' to "
                       f"'{self.new}' on '{where}'", self.schema, self.table, self.new,
                       {"old_name": self.old})]

    def reverse(self) -> MigrateOperation:
        return RenameConstraintOp(self.schema, self.table, self.new, self.old)


class RenameRelationOp(_RenameOp):
    """An index or a sequence whose name followed its table's."""

    order = "3"

    def __init__(self, kind: str, schema: str, old: str, new: str) -> None:
        super().__init__(schema, old, new)
        self.kind = kind  # "index" or "sequence"

    def statements(self) -> list[str]:
        return [f"ALTER {self.kind.upper()} {qualify(self.schema, self.old)} RENAME TO "
                f"{quote(self.new)}"]

    def describe(self) -> list[Change]:
        return [Change("~", self.kind, f"Renamed {self.kind} "
                       f"'{display(self.schema, self.old)}' to "
                       f"'{display(self.schema, self.new)}'", self.schema, None, self.new,
                       {"old_name": self.old})]

    def reverse(self) -> MigrateOperation:
        return RenameRelationOp(self.kind, self.schema, self.new, self.old)
