"""Table comments (column comments are compared with the columns)."""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult
from sqlalchemy import Table

from krakn.compare.session import session_of


def compare_table_comment(ctx: AutogenContext, modify_ops: ops.ModifyTableOps,
                          schema: str | None, table: str, conn_table: Table | None,
                          md_table: Table | None) -> PriorityDispatchResult:
    if conn_table is None or md_table is None:
        return PriorityDispatchResult.CONTINUE  # CREATE/DROP TABLE carry it
    session = session_of(ctx)
    s = session.schema(schema)
    new = session.source.tables.get((s, table))
    old = session.target.tables.get((s, table))
    if new == old:
        return PriorityDispatchResult.CONTINUE
    if new is None:
        modify_ops.ops.append(ops.DropTableCommentOp(table, schema=s, existing_comment=old))
    else:
        modify_ops.ops.append(
            ops.CreateTableCommentOp(table, new, schema=s, existing_comment=old))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_table_comment, "table", "comments")
