"""Constraint comparator: matched by table and name, compared on definition."""

from __future__ import annotations

import logging

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult
from sqlalchemy import Table

from krakn.catalog.reprint import canonical
from krakn.catalog.snapshot import Constraint
from krakn.compare.session import session_of
from krakn.ops.constraints import AddConstraintOp, DropConstraintOp

log = logging.getLogger(__name__)


def compare_constraints(ctx: AutogenContext, modify_ops: ops.ModifyTableOps,
                        schema: str | None, table: str, conn_table: Table | None,
                        md_table: Table | None) -> PriorityDispatchResult:
    session = session_of(ctx)
    key = (session.schema(schema), table)
    src = session.source.table_constraints(key) if md_table is not None else {}
    tgt = session.target.table_constraints(key) if conn_table is not None else {}
    if md_table is None:
        # The table goes: its foreign keys go first, so the DROP TABLEs run in
        # any order and the keys they point at can be rebuilt.
        for name in sorted(tgt):
            con = tgt[name]
            if con.kind == "f" and con.references != key:
                modify_ops.ops.append(DropConstraintOp(con))
        return PriorityDispatchResult.CONTINUE
    for name in sorted(src.keys() | tgt.keys()):
        _compare_one(modify_ops, src.get(name), tgt.get(name))
    return PriorityDispatchResult.CONTINUE


def _compare_one(modify_ops: ops.ModifyTableOps, src: Constraint | None,
                 tgt: Constraint | None) -> None:
    if src is not None and tgt is None:
        modify_ops.ops.append(AddConstraintOp(src))
    elif tgt is not None and src is None:
        modify_ops.ops.append(DropConstraintOp(tgt))
    elif src is not None and tgt is not None:
        if (src.kind, canonical(src.definition)) != (tgt.kind, canonical(tgt.definition)):
            modify_ops.ops.append(DropConstraintOp(tgt, replaced=True))
            modify_ops.ops.append(AddConstraintOp(src, replaces=tgt))
        elif src.comment != tgt.comment:
            modify_ops.ops.append(DropConstraintOp(tgt, replaced=True))
            modify_ops.ops.append(AddConstraintOp(src, replaces=tgt))


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_constraints, "table", "constraints")
