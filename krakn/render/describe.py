"""How ``krakn diff`` words each operation (lines and JSON records), and what
a rollback step cannot bring back."""

from __future__ import annotations

from functools import singledispatch

from alembic.operations import MigrateOperation, ops
from sqlalchemy.sql.elements import TextClause

from krakn.ops.base import Change, SQLOp, display
from krakn.ops.tables import DropDefaultFirstOp
from krakn.plan import safety
from krakn.plan.model import Step
from krakn.plan.rollback import ReverseStep


def changes(op: MigrateOperation) -> list[Change]:
    if getattr(op, "krakn_quiet", False):
        return []  # one step of a table's rebuild (krakn.compare.tables)
    if isinstance(op, SQLOp):
        return op.describe()
    return _describe(op)


@singledispatch
def _describe(op: MigrateOperation) -> list[Change]:
    return [Change("~", "other", f"~ {type(op).__name__}")]


def _type_text(type_: object) -> str:
    spec = getattr(type_, "get_col_spec", None)
    return spec() if spec else str(type_)


def _default_text(default: object) -> str | None:
    if default is None:
        return None
    # Defaults travel as krakn.sqltext.verbatim(), whose colons are escaped.
    if isinstance(default, TextClause):
        return default.text.replace("\\:", ":")
    arg = getattr(default, "arg", default)
    return arg.text.replace("\\:", ":") if isinstance(arg, TextClause) else str(arg)


@_describe.register
def _(op: ops.CreateTableOp) -> list[Change]:
    name = display(op.schema, op.table_name)
    return [Change("+", "table", f"Added table '{name}'", op.schema, None, op.table_name)]


@_describe.register
def _(op: ops.DropTableOp) -> list[Change]:
    name = display(op.schema, op.table_name)
    return [Change("-", "table", f"Removed table '{name}'", op.schema, None, op.table_name)]


@_describe.register
def _(op: ops.AddColumnOp) -> list[Change]:
    table = display(op.schema, op.table_name)
    col = op.column
    return [Change("+", "column", f"Added column '{col.name}' to '{table}'", op.schema,
                   op.table_name, col.name, {"type": _type_text(col.type)})]


@_describe.register
def _(op: ops.DropColumnOp) -> list[Change]:
    table = display(op.schema, op.table_name)
    return [Change("-", "column", f"Removed column '{op.column_name}' from '{table}'",
                   op.schema, op.table_name, op.column_name)]


@_describe.register
def _(op: ops.AlterColumnOp) -> list[Change]:
    table, col = display(op.schema, op.table_name), op.column_name
    where = (op.schema, op.table_name, col)
    if isinstance(op, DropDefaultFirstOp) and op.modify_server_default is None:
        return []  # worded with the new default it makes way for
    if op.modify_type is not None:
        old, new = _type_text(op.existing_type), _type_text(op.modify_type)
        return [Change("~", "column", f"Changed type of '{col}' in '{table}' from {old} → {new}",
                       *where, {"aspect": "type", "old": old, "new": new})]
    if op.modify_nullable is not None:
        old = "NULL" if op.existing_nullable else "NOT NULL"
        new = "NULL" if op.modify_nullable else "NOT NULL"
        return [Change("~", "column", f"Changed '{col}' in '{table}' from {old} → {new}",
                       *where, {"aspect": "nullable", "old": old, "new": new})]
    if op.modify_server_default is not False:
        old_d = _default_text(op.existing_server_default) or "no default"
        new_d = _default_text(op.modify_server_default) or "no default"
        return [Change("~", "column",
                       f"Changed default of '{col}' in '{table}' from {old_d} → {new_d}",
                       *where, {"aspect": "default", "old": old_d, "new": new_d})]
    old_c, new_c = op.existing_comment, op.modify_comment
    return [Change("~", "comment", f"Changed comment on column '{col}' in '{table}'",
                   *where, {"old": old_c, "new": new_c})]


@_describe.register
def _(op: ops.CreateTableCommentOp) -> list[Change]:
    name = display(op.schema, op.table_name)
    return [Change("~", "comment", f"Changed comment on table '{name}'", op.schema, None,
                   op.table_name, {"old": op.existing_comment, "new": op.comment})]


@_describe.register
def _(op: ops.DropTableCommentOp) -> list[Change]:
    name = display(op.schema, op.table_name)
    return [Change("~", "comment", f"Removed comment on table '{name}'", op.schema, None,
                   op.table_name, {"old": op.existing_comment, "new": None})]


def not_restored(step: Step) -> str:
    """What a reversed step cannot bring back: the data its forward step lost."""
    forward = step.forward if isinstance(step, ReverseStep) else None
    if forward is None or not safety.loses_data(forward):
        return ""
    if isinstance(forward.op, ops.DropTableOp) and getattr(forward.op, "krakn_quiet", False):
        return ""  # a table rebuilt for its partitioning: its rows are written back
    what = "; ".join(c.message for c in changes(forward.op)) or forward.reason
    if isinstance(forward.op, ops.DropColumnOp) and _needs_a_value(forward.op):
        what += (" (NOT NULL without a default: PostgreSQL refuses to add it back while "
                 "the table has rows; give it a server_default here first)")
    return what


def _needs_a_value(op: ops.DropColumnOp) -> bool:
    column = op.to_column()
    return (not column.nullable and column.server_default is None
            and column.identity is None and column.computed is None)
