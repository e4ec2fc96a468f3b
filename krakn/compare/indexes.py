"""Index comparator: indexes not behind a constraint, by name and definition."""

from __future__ import annotations

import logging

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult
from sqlalchemy import Table

from krakn.catalog.reprint import canonical
from krakn.compare.session import session_of
from krakn.ops.indexes import CreateIndexOp, DropIndexOp

log = logging.getLogger(__name__)


def compare_indexes(ctx: AutogenContext, modify_ops: ops.ModifyTableOps,
                    schema: str | None, table: str, conn_table: Table | None,
                    md_table: Table | None) -> PriorityDispatchResult:
    if md_table is None:
        return PriorityDispatchResult.CONTINUE  # DROP TABLE takes its indexes
    session = session_of(ctx)
    key = (session.schema(schema), table)
    src = session.source.table_indexes(key)
    tgt = session.target.table_indexes(key) if conn_table is not None else {}
    for name in sorted(src.keys() | tgt.keys()):
        a, b = src.get(name), tgt.get(name)
        if a is not None and b is None:
            modify_ops.ops.append(CreateIndexOp(a))
        elif b is not None and a is None:
            modify_ops.ops.append(DropIndexOp(b))
        elif a is not None and b is not None and (canonical(a.definition), a.comment) != (
                canonical(b.definition), b.comment):
            modify_ops.ops.append(DropIndexOp(b, replaced=True))
            modify_ops.ops.append(CreateIndexOp(a, replaces=b))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_indexes, "table", "indexes")
