"""A profile's renames in diff and migrate: a rename instead of a drop and an add.

Alembic's comparison sees a renamed column as one dropped (losing its data)
and one added. With `renames: {users.full_name: name}` the --to side holds
the old name and --from the new one; apply_renames() swaps that drop and add
for ALTER TABLE ... RENAME (no --force needed, no data lost), whose reverse
renames back and whose Alembic spelling is op.alter_column(new_column_name=)
or op.rename_table(). A rename keeps the column's type, NOT NULL and default:
a type that differs too is changed in the same step; the rest shows in the
next diff. A table rename keeps the table's columns, indexes and constraints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from alembic.operations import MigrateOperation, ops
from sqlalchemy.dialects import postgresql

from krakn.errors import UsageError
from krakn.names import TableName
from krakn.ops.base import Change, SQLOp, display, qualify, quote
from krakn.ops.phases import Phase
from krakn.options import Renames


class RenameColumnOp(SQLOp):
    phase = Phase.ADD_COLUMNS  # where the add it replaces would run
    def __init__(self, schema: str, table: str, old: str, new: str,
                 new_type: str | None = None, old_type: str | None = None) -> None:
        self.schema, self.table, self.old, self.new = schema, table, old, new
        self.new_type, self.old_type = new_type, old_type  # set when the type changes too

    def statements(self) -> list[str]:
        table = qualify(self.schema, self.table)
        out = [f"ALTER TABLE {table} RENAME COLUMN {quote(self.old)} TO {quote(self.new)}"]
        if self.new_type:
            out.append(f"ALTER TABLE {table} ALTER COLUMN {quote(self.new)} TYPE "
                       f"{self.new_type} USING {quote(self.new)}::{self.new_type}")
        return out

    def describe(self) -> list[Change]:
        where = display(self.schema, self.table)
        return [Change("~", "column", f"Renamed column '{self.old}' to '{self.new}' in "
                       f"'{where}'", self.schema, self.table, self.new,
                       {"old_name": self.old})]

    def reverse(self) -> MigrateOperation:
        return RenameColumnOp(self.schema, self.table, self.new, self.old, self.old_type,
                              self.new_type)


class RenameTableOp(SQLOp):
    phase = Phase.CREATE_TABLES  # where the create it replaces would run
    def __init__(self, schema: str, old: str, new: str) -> None:
        self.schema, self.old, self.new = schema, old, new

    def statements(self) -> list[str]:
        return [f"ALTER TABLE {qualify(self.schema, self.old)} RENAME TO {quote(self.new)}"]

    def describe(self) -> list[Change]:
        return [Change("~", "table", f"Renamed table '{display(self.schema, self.old)}' to "
                       f"'{display(self.schema, self.new)}'", self.schema, None, self.new,
                       {"old_name": self.old})]

    def reverse(self) -> MigrateOperation:
        return RenameTableOp(self.schema, self.new, self.old)


class _Step(Protocol):
    op: MigrateOperation
    destructive: bool
    reason: str
    loses_data: bool


S = TypeVar("S", bound=_Step)
# (schema, table) -> {column: type} of one side, for the existence checks.
Columns = Callable[[TableName], dict[str, Any] | None]


def apply_renames(steps: list[S], renames: Renames, source: Columns, target: Columns
                  ) -> list[S]:
    """steps with each rename's drop and add replaced by one rename step."""
    for old_table, new_table in renames.tables:
        steps = _table(steps, old_table, new_table, source, target)
    for table, old, new in renames.columns:
        steps = _column(steps, renames.new_table(table), old, new, source, target)
    return steps


def _find(steps: list[S], kind: Any, schema: str, table: str, column: str | None = None
          ) -> int | None:
    for index, step in enumerate(steps):
        op: Any = step.op
        if (type(op) is kind and op.schema == schema and op.table_name == table
                and (column is None or op.column_name == column)):
            return index
    return None


def _column(steps: list[S], table: TableName, old: str, new: str, source: Columns,
            target: Columns) -> list[S]:
    theirs, ours = source(table) or {}, target(table) or {}
    key = f"renames[{table}.{old}]"
    if new in ours and new in theirs:
        return steps  # renamed already
    if new not in theirs:
        raise UsageError(f"{key}: column {new} of {table} does not exist", side="--from")
    if old not in ours:
        raise UsageError(f"{key}: column {old} of {table} does not exist", side="--to")
    add = next((i for i, s in enumerate(steps) if isinstance(s.op, ops.AddColumnOp)
                and s.op.schema == table.schema and s.op.table_name == table.name
                and s.op.column.name == new), None)
    drop = _find(steps, ops.DropColumnOp, table.schema, table.name, old)
    if add is None or drop is None:
        return steps
    added: Any = steps[add].op
    column = added.column
    new_type = str(column.type.compile(dialect=postgresql.dialect()))
    old_type = ours[old].type
    changed = new_type.lower() != str(old_type).lower()
    op = RenameColumnOp(table.schema, table.name, old, new, new_type if changed else None,
                        str(old_type) if changed else None)
    steps[add] = replace(steps[add], op=op, destructive=False, reason="", loses_data=False)  # type: ignore[type-var]
    return [s for i, s in enumerate(steps) if i != drop]


def _table(steps: list[S], old: TableName, new: TableName, source: Columns,
           target: Columns) -> list[S]:
    key = f"renames[{old}]"
    if source(new) is not None and target(new) is not None:
        return steps
    if source(new) is None:
        raise UsageError(f"{key}: table {new} does not exist", side="--from")
    if target(old) is None:
        raise UsageError(f"{key}: table {old} does not exist", side="--to")
    create = next((i for i, s in enumerate(steps) if isinstance(s.op, ops.CreateTableOp)
                   and s.op.schema == new.schema and s.op.table_name == new.name), None)
    drop = next((i for i, s in enumerate(steps) if isinstance(s.op, ops.DropTableOp)
                 and s.op.schema == old.schema and s.op.table_name == old.name), None)
    if create is None or drop is None:
        return steps
    op = RenameTableOp(old.schema, old.name, new.name)
    steps[create] = replace(steps[create], op=op, destructive=False,  # type: ignore[type-var]
                            reason="", loses_data=False)
    return [s for i, s in enumerate(steps) if i != drop]
