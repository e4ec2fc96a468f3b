"""Tables and columns: added, removed and changed, from the two bulk snapshots.

This takes the place of Alembic's own ``tables`` plugin, which reflects the
target one table at a time; krakn already holds both sides' catalogs, so the
same "table" and "column" comparator hooks are dispatched from those, and
SQLAlchemy objects are built only for what a migration creates or drops.
"""

from __future__ import annotations

import logging

from alembic.autogenerate.api import AutogenContext
from alembic.operations import MigrateOperation, ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult
from sqlalchemy import Table
from sqlalchemy.sql.expression import TableClause

from krakn.catalog.snapshot import Column, Snapshot, TableKey, TableShape
from krakn.compare.session import Session, session_of
from krakn.ops.partitions import CreatePartitionOp, ReattachPartitionOp, SetInheritanceOp
from krakn.ops.tables import drop_table

log = logging.getLogger(__name__)

def compare_tables(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                   schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = set(session.source.tables), set(session.target.tables)
    for key in sorted(src - tgt):
        table = session.source_table(key)
        upgrade_ops.ops.append(_create(session, key, table))
        _dispatch_table(ctx, upgrade_ops, key, None, table)
        log.info("added table %s.%s", *key)
    for key in sorted(tgt - src):
        conn_table = session.target_table(key)
        _dispatch_table(ctx, upgrade_ops, key, conn_table, None)
        # Its keys, indexes, triggers and policies go with it: the reverse
        # (a downgrade, --rollback) makes them again.
        upgrade_ops.ops.append(drop_table(conn_table, session.target, key))
        log.info("removed table %s.%s", *key)
    for key in sorted(src & tgt):
        _compare_existing(ctx, upgrade_ops, session, key)
    return PriorityDispatchResult.CONTINUE


def _create(session: Session, key: TableKey, table: Table) -> MigrateOperation:
    shape = session.source.shapes.get(key)
    if shape is not None and shape.bound is not None:
        return CreatePartitionOp(*key, shape.parents[0], shape.bound,
                                 session.source.tables.get(key),
                                 shape.depth(session.source.shapes))
    return ops.CreateTableOp.from_table(table)


def _compare_shape(session: Session, key: TableKey, modify: ops.ModifyTableOps) -> None:
    """Partition bounds and inheritance parents of a table on both sides."""
    new, old = session.source.shapes.get(key), session.target.shapes.get(key)

    def link(shape: TableShape | None) -> tuple[tuple[str, str], str] | None:
        return (shape.parents[0], shape.bound) if shape and shape.bound else None

    def parents(shape: TableShape | None) -> tuple[tuple[str, str], ...]:
        return shape.parents if shape and not shape.bound else ()

    if link(new) != link(old):
        modify.ops.append(ReattachPartitionOp(*key, link(new), link(old)))
    if parents(new) != parents(old):
        modify.ops.append(SetInheritanceOp(*key, parents(new), parents(old)))


def _comparable_columns(snap: Snapshot, key: TableKey) -> dict[str, Column]:
    """Inherited columns follow their parent: only a child's own are compared."""
    cols = snap.table_columns(key)
    shape = snap.shapes.get(key)
    if shape is None or not shape.parents:
        return cols
    return {name: info for name, info in cols.items() if info.local}


def _dispatch_table(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps, key: TableKey,
                    conn_table: Table | TableClause | None,
                    md_table: Table | TableClause | None,
                    modify: ops.ModifyTableOps | None = None) -> None:
    modify = modify or ops.ModifyTableOps(key[1], [], schema=key[0])
    ctx.comparators.dispatch("table", qualifier=ctx.dialect.name)(
        ctx, modify, key[0], key[1], conn_table, md_table)
    if not modify.is_empty():
        upgrade_ops.ops.append(modify)


def _compare_existing(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps, session: Session,
                      key: TableKey) -> None:
    schema, name = key
    src_cols = _comparable_columns(session.source, key)
    tgt_cols = _comparable_columns(session.target, key)
    modify = ops.ModifyTableOps(name, [], schema=schema)
    _compare_shape(session, key, modify)
    for col in sorted(src_cols.keys() - tgt_cols.keys(), key=lambda c: src_cols[c].attnum):
        column = session.source_table(key).c[col]
        modify.ops.append(ops.AddColumnOp.from_column_and_tablename(schema, name, column))
    column_hook = ctx.comparators.dispatch("column", qualifier=ctx.dialect.name)
    for col in sorted(src_cols.keys() & tgt_cols.keys()):
        if src_cols[col] == tgt_cols[col]:
            continue  # identical in every compared aspect: no hook has work
        alter = ops.AlterColumnOp(name, col, schema=schema)
        column_hook(ctx, alter, schema, name, col, None, None)
        if alter.has_changes():
            modify.ops.append(alter)
    for col in sorted(tgt_cols.keys() - src_cols.keys()):
        column = session.target_table(key).c[col]
        modify.ops.append(ops.DropColumnOp.from_column_and_tablename(schema, name, column))
    _dispatch_table(ctx, upgrade_ops, key, session.stub(key), session.stub(key), modify)


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_tables, "schema", "krakn_tables")
