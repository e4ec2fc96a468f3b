"""Row-level security comparator: the switches and the policies of each table."""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult
from sqlalchemy import Table
from sqlalchemy.sql.expression import TableClause

from krakn.compare.session import session_of
from krakn.ops.security import CreatePolicyOp, DropPolicyOp, SetRowSecurityOp


def compare_row_security(ctx: AutogenContext, modify_ops: ops.ModifyTableOps,
                         schema: str | None, table: str,
                         conn_table: Table | TableClause | None,
                         md_table: Table | TableClause | None) -> PriorityDispatchResult:
    if md_table is None:
        return PriorityDispatchResult.CONTINUE  # DROP TABLE takes its policies
    session = session_of(ctx)
    key = (session.schema(schema), table)
    src, tgt = session.source.security, session.target.security
    new_flags = src.flags(key)
    old_flags = tgt.flags(key) if conn_table is not None else (False, False)
    if new_flags != old_flags:
        modify_ops.ops.append(SetRowSecurityOp(*key, new_flags, old_flags))
    new = src.policies.get(key, {})
    old = tgt.policies.get(key, {}) if conn_table is not None else {}
    for name in sorted(new.keys() | old.keys()):
        a, b = new.get(name), old.get(name)
        if a is not None and b is None:
            modify_ops.ops.append(CreatePolicyOp(a))
        elif b is not None and a is None:
            modify_ops.ops.append(DropPolicyOp(b))
        elif a is not None and b is not None and a != b:
            modify_ops.ops.append(DropPolicyOp(b, replaced=True))
            modify_ops.ops.append(CreatePolicyOp(a, replaces=b))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_row_security, "table", "row_security")
