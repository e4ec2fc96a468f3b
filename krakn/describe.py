"""How ``krakn diff`` words each operation: lines and JSON records."""

from __future__ import annotations

from functools import singledispatch

from alembic.operations import MigrateOperation, ops
from sqlalchemy.sql.elements import TextClause

from krakn.ops.base import Change, SQLOp, display


def changes(op: MigrateOperation) -> list[Change]:
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
    if getattr(op, "krakn_silent", False):
        return []
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
