"""Tables and columns: added, removed and changed, from the two bulk snapshots.

This takes the place of Alembic's own ``tables`` plugin, which reflects the
target one table at a time; krakn already holds both sides' catalogs, so the
same "table" and "column" comparator hooks are dispatched from those, and
SQLAlchemy objects are built only for what a migration creates or drops.

A table partitioned differently on the two sides (on one only, or by another
key) cannot be changed in place: it and its partitions are compared as
removed and added, between steps that set its rows aside and write them back
(krakn.ops.table_rows; krakn.plan.repartition keeps the steps together).
"""

from __future__ import annotations

import logging
from typing import Any

from alembic.autogenerate.api import AutogenContext
from alembic.operations import MigrateOperation, ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult
from sqlalchemy import Column as SAColumn
from sqlalchemy import Table
from sqlalchemy.sql.expression import TableClause

from krakn.catalog.snapshot import Column, Snapshot, TableKey, TableShape
from krakn.compare.columns import inherited_column_changes
from krakn.compare.session import Session, session_of
from krakn.ops.partitions import (
    CreatePartitionOp,
    DropParentColumnOp,
    ReattachPartitionOp,
    SetInheritanceOp,
)
from krakn.ops.table_rows import RestoreRowsOp, StashRowsOp, table_rows
from krakn.ops.tables import drop_table
from krakn.reflect import column_from_snapshot

log = logging.getLogger(__name__)

def compare_tables(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                   schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = set(session.source.tables), set(session.target.tables)
    rebuilt = _rebuild_rows(session, upgrade_ops, src & tgt)
    for key in sorted((src - tgt) | (src & rebuilt)):
        start = len(upgrade_ops.ops)
        table = session.source_table(key)
        upgrade_ops.ops.append(_create(session, key, table))
        _dispatch_table(ctx, upgrade_ops, key, None, table)
        _quiet(upgrade_ops.ops[start:], key in rebuilt)
        log.info("added table %s.%s", *key)
    for key in sorted((tgt - src) | (tgt & rebuilt)):
        start = len(upgrade_ops.ops)
        conn_table = session.target_table(key)
        _dispatch_table(ctx, upgrade_ops, key, conn_table, None)
        # Its keys, indexes, triggers and policies go with it: the reverse
        # (a downgrade, --rollback) makes them again.
        upgrade_ops.ops.append(drop_table(conn_table, session.target, key))
        _quiet(upgrade_ops.ops[start:], key in rebuilt)
        log.info("removed table %s.%s", *key)
    for key in sorted((src & tgt) - rebuilt):
        _compare_existing(ctx, upgrade_ops, session, key)
    return PriorityDispatchResult.CONTINUE


def _rebuild_rows(session: Session, upgrade_ops: ops.UpgradeOps,
                  common: set[TableKey]) -> set[TableKey]:
    """Tables partitioned differently: PostgreSQL cannot change that in place,
    so each is dropped and made again (with its partitions) as if removed and
    added, its rows set aside and written back. Returns every table so rebuilt."""
    roots = _rebuilt_roots(session, common)
    for key in sorted(roots):
        old, new = table_rows(session.target, key), table_rows(session.source, key)
        upgrade_ops.ops.append(StashRowsOp(*key, old, new))
        upgrade_ops.ops.append(RestoreRowsOp(*key, new, old))
        log.info("rebuilt table %s.%s for its partitioning", *key)
    return _with_partitions(session, roots)


def _rebuilt_roots(session: Session, common: set[TableKey]) -> set[TableKey]:
    changed = _repartitioned(session, common)
    return {key for key in changed if not under(session.source, key, changed)
            and not under(session.target, key, changed)}


def _with_partitions(session: Session, roots: set[TableKey]) -> set[TableKey]:
    return roots | {key for snap in (session.source, session.target)
                    for key in snap.tables if under(snap, key, roots)}


def rebuilt_tables(session: Session) -> set[TableKey]:
    """The tables (and partitions) dropped and made again for their partitioning."""
    common = set(session.source.tables) & set(session.target.tables)
    return _with_partitions(session, _rebuilt_roots(session, common))


def _quiet(found: list[MigrateOperation], rebuilt: bool) -> None:
    """The steps of a rebuild say nothing in ``krakn diff``: its StashRowsOp
    words the change once (krakn.render.describe reads the mark)."""
    if not rebuilt:
        return
    for op in found:
        for child in op.ops if isinstance(op, ops.ModifyTableOps) else [op]:
            setattr(child, "krakn_quiet", True)  # noqa: B010 (Alembic's classes declare no such field)


def _partition_key(snap: Snapshot, key: TableKey) -> str | None:
    shape = snap.shapes.get(key)
    return shape.partition_key if shape else None


def _repartitioned(session: Session, common: set[TableKey]) -> set[TableKey]:
    """Tables on both sides whose partitioning differs."""
    return {key for key in common
            if _partition_key(session.source, key) != _partition_key(session.target, key)}


def under(snap: Snapshot, key: TableKey, roots: set[TableKey]) -> bool:
    """Whether the table is a partition (at any depth) of one of roots."""
    seen: set[TableKey] = set()
    shape = snap.shapes.get(key)
    while shape is not None and shape.bound is not None and key not in seen:
        seen.add(key)
        key = shape.parents[0]
        if key in roots:
            return True
        shape = snap.shapes.get(key)
    return False


def _create(session: Session, key: TableKey, table: Table) -> MigrateOperation:
    shape = session.source.shapes.get(key)
    if shape is not None and shape.bound is not None:
        return CreatePartitionOp(*key, shape.parents[0], shape.bound,
                                 session.source.tables.get(key),
                                 shape.depth(session.source.shapes), shape.partition_key)
    return ops.CreateTableOp.from_table(table)


def _compare_shape(session: Session, key: TableKey, modify: ops.ModifyTableOps) -> None:
    """Partition bounds and inheritance parents of a table on both sides."""
    new, old = session.source.shapes.get(key), session.target.shapes.get(key)

    def link(shape: TableShape | None) -> tuple[tuple[str, str], str] | None:
        return (shape.parents[0], shape.bound) if shape and shape.bound else None

    def parents(shape: TableShape | None) -> tuple[tuple[str, str], ...]:
        return shape.parents if shape and not shape.bound else ()

    if link(new) != link(old):
        modify.ops.append(ReattachPartitionOp(*key, link(new), link(old),
                                              old.attached if old else (),
                                              new.attached if new else ()))
    if parents(new) != parents(old):
        modify.ops.append(SetInheritanceOp(*key, parents(new), parents(old)))


def _comparable_columns(snap: Snapshot, key: TableKey) -> dict[str, Column]:
    """Inherited columns follow their parent: only a child's own are compared."""
    cols = snap.table_columns(key)
    shape = snap.shapes.get(key)
    if shape is None or not shape.parents:
        return cols
    return {name: info for name, info in cols.items() if info.local}


def _column_changes(ctx: AutogenContext, schema: str, name: str, col: str,
                    own: bool) -> ops.AlterColumnOp:
    """A column on both sides: all of it when the table declares it on both,
    else only what a child may hold of its own (default, NOT NULL, comment);
    the type follows the parent's."""
    alter = ops.AlterColumnOp(name, col, schema=schema)
    if own:
        ctx.comparators.dispatch("column", qualifier=ctx.dialect.name)(
            ctx, alter, schema, name, col, None, None)
    else:
        inherited_column_changes(ctx, alter, schema, name, col)
    return alter


def _column(table: Table, snap: Snapshot, key: TableKey, col: str) -> SAColumn[Any]:
    """The table's column, or one it inherits (its SQLAlchemy table has only its own)."""
    return table.c[col] if col in table.c else column_from_snapshot(snap, key, col)


def _links(snap: Snapshot, key: TableKey) -> tuple[tuple[str, str], ...]:
    shape = snap.shapes.get(key)
    return shape.parents if shape else ()


def _kept_by_child(session: Session, key: TableKey, col: str) -> bool:
    """Whether an inheriting child (not a partition) keeps the column a parent drops."""
    return any(key in shape.parents and shape.bound is None
               and (*child, col) in session.source.columns
               for child, shape in session.source.shapes.items())


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
    src_all, tgt_all = session.source.table_columns(key), session.target.table_columns(key)
    src_cols = _comparable_columns(session.source, key)
    tgt_cols = _comparable_columns(session.target, key)
    if _links(session.source, key) != _links(session.target, key):
        # Joining a parent needs its columns first; leaving one makes the
        # inherited columns the table's own, and those it no longer has go.
        src_cols, tgt_cols = src_all, tgt_all
    modify = ops.ModifyTableOps(name, [], schema=schema)
    _compare_shape(session, key, modify)
    # A column the table has in any form (its own, or from a parent) is not
    # added or dropped: a parent's ADD COLUMN merges into a child's own, and
    # a table joining a parent must already have the parent's columns.
    for col in sorted(src_cols.keys() - tgt_all.keys(), key=lambda c: src_cols[c].attnum):
        column = _column(session.source_table(key), session.source, key, col)
        modify.ops.append(ops.AddColumnOp.from_column_and_tablename(schema, name, column))
    for col in sorted(src_all.keys() & tgt_all.keys()):
        if src_all[col] == tgt_all[col]:
            continue  # identical in every compared aspect: no hook has work
        alter = _column_changes(ctx, schema, name, col, col in src_cols and col in tgt_cols)
        if alter.has_changes():
            modify.ops.append(alter)
    for col in sorted(tgt_cols.keys() - src_all.keys()):
        column = _column(session.target_table(key), session.target, key, col)
        drop = DropParentColumnOp if _kept_by_child(session, key, col) else ops.DropColumnOp
        modify.ops.append(drop.from_column_and_tablename(schema, name, column))
    _dispatch_table(ctx, upgrade_ops, key, session.stub(key), session.stub(key), modify)


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_tables, "schema", "krakn_tables")
