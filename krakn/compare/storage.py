"""Table and column storage: persistence, storage parameters, access method,
replica identity, column storage and compression.

Compared for tables on both sides, and for new tables against what their
CREATE TABLE gives (a new partition is always created logged, on the heap).
A dropped table takes its storage along; krakn.dropped brings it back.
"""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult
from sqlalchemy import Table
from sqlalchemy.sql.expression import TableClause

from krakn.catalog.snapshot import TableKey
from krakn.catalog.storage import ColumnStorage, TableStorage
from krakn.compare.session import Session, session_of
from krakn.ops.storage import (
    SetColumnStorageOp,
    column_storage_ops,
    created_with,
    storage_ops,
)

_DEFAULT = TableStorage()


def _replaced_index(session: Session, key: TableKey) -> bool:
    """Whether the replica identity's index is made again (and forgets it is one)."""
    name = session.source.table_storage.get(key, _DEFAULT).replica_index
    if name is None:
        return False
    src, tgt = session.source, session.target
    idx_a, idx_b = src.indexes.get((key[0], name)), tgt.indexes.get((key[0], name))
    con_a, con_b = (src.constraints.get((*key, name)), tgt.constraints.get((*key, name)))
    a = idx_a.definition if idx_a else con_a.definition if con_a else None
    b = idx_b.definition if idx_b else con_b.definition if con_b else None
    return a != b


def compare_storage(ctx: AutogenContext, modify_ops: ops.ModifyTableOps,
                    schema: str | None, table: str, conn_table: Table | TableClause | None,
                    md_table: Table | TableClause | None) -> PriorityDispatchResult:
    if md_table is None:
        return PriorityDispatchResult.CONTINUE  # DROP TABLE takes it along
    session = session_of(ctx)
    key = (session.schema(schema), table)
    src, tgt = session.source, session.target
    new_columns = src.table_columns(key)
    columns = sorted(new_columns, key=lambda c: new_columns[c].attnum)
    if conn_table is None:
        modify_ops.ops += storage_ops(src, key, created_with(src, key), created=True)
        modify_ops.ops += column_storage_ops(src, key, columns, {}, created=True)
        return PriorityDispatchResult.CONTINUE
    modify_ops.ops += storage_ops(src, key, tgt.table_storage.get(key, _DEFAULT),
                                  replaced_index=_replaced_index(session, key))
    old_columns = tgt.table_columns(key)
    # Only the columns stored otherwise than by default are in the snapshot:
    # the others are the default, which column_storage_ops() takes for missing.
    old = {name: stored for name in columns
           if (stored := tgt.column_storage.get((*key, name))) is not None}
    changed = frozenset(
        name for name in columns if name in old_columns
        and (new_columns[name].type, new_columns[name].collation)
        != (old_columns[name].type, old_columns[name].collation))
    modify_ops.ops += column_storage_ops(src, key, columns, old, type_changed=changed)
    modify_ops.ops += _dropped_columns(session, key)
    return PriorityDispatchResult.CONTINUE


def _dropped_columns(session: Session, key: TableKey) -> list[ops.MigrateOperation]:
    """Reset before a column goes, so that the reverse (which adds it back) sets it again."""
    out: list[ops.MigrateOperation] = []
    gone = session.target.table_columns(key).keys() - session.source.table_columns(key).keys()
    for name in sorted(gone):
        was = session.target.column_storage.get((*key, name))
        if was is not None and was.local:
            op = SetColumnStorageOp(*key, name, ColumnStorage(), was, created=True,
                                    type_storage=was.type_storage)
            op.with_drop = "part of dropping a column"
            out.append(op)
    return out


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_storage, "table", "storage")
