"""Alembic's table and column operations, where krakn needs more of them.

A dropped table's keys, checks, indexes, triggers, rules, extended statistics,
policies and row-level security go with the table, so the forward plan never names them. Its
reverse (a revision's ``downgrade()``, ``migrate --rollback``) must make
them again after re-creating the table: krakn's ``DropTableOp`` carries that
SQL, and, for a partition, what ``CREATE ... PARTITION OF`` needs.
"""

from __future__ import annotations

import logging

from alembic.operations import ops
from sqlalchemy import Table

from krakn.catalog.snapshot import Snapshot, TableKey
from krakn.ops.constraints import AddConstraintOp
from krakn.ops.indexes import CreateIndexOp
from krakn.ops.phases import Phase
from krakn.ops.routines import CreateTriggerOp
from krakn.ops.rules import CreateRuleOp
from krakn.ops.security import CreatePolicyOp, SetRowSecurityOp
from krakn.ops.statistics import CreateStatisticsOp
from krakn.ops.storage import (
    SetColumnStorageOp,
    SetReplicaIdentityOp,
    SetTableStorageOp,
    column_storage_ops,
    created_with,
    storage_ops,
)

log = logging.getLogger(__name__)

# Keys before the foreign keys that may point at them (a self-reference).
_ORDER = {"p": 0, "u": 1, "x": 2, "c": 3, "f": 4}

# A partition's parent, its bound, its comment and its own partition key.
PartitionOf = tuple[TableKey, str, str | None, str | None]


class DropTableOp(ops.DropTableOp):
    """Alembic's DROP TABLE, with what its reverse must make again."""

    phase = Phase.DROP_TABLES
    # SQL giving the re-created table back what the drop took along.
    restore: tuple[str, ...] = ()
    # A partition comes back PARTITION OF its parent.
    partition: PartitionOf | None = None


def drop_table(table: Table, snap: Snapshot, key: TableKey) -> DropTableOp:
    """DROP TABLE of one of snap's tables, carrying what its reverse makes again."""
    drop = DropTableOp.from_table(table)
    assert isinstance(drop, DropTableOp)
    drop.restore = restore_statements(snap, key)
    drop.partition = partition_of(snap, key)
    return drop


class DropDefaultFirstOp(ops.AlterColumnOp):
    """A column's old default dropped in a step of its own, before its type
    changes, when a new default follows: diff words the pair as one change
    (the step setting the new default), so this one says nothing."""


def restore_statements(snap: Snapshot, key: TableKey) -> tuple[str, ...]:
    """SQL that gives a re-created table back what its DROP TABLE took."""
    out: list[str] = []
    constraints = snap.table_constraints(key).values()
    for con in sorted(constraints, key=lambda c: (_ORDER[c.kind], c.name)):
        # Foreign keys to other tables are dropped (and reversed) on their own.
        if con.kind != "f" or con.references == key:
            out += AddConstraintOp(con).statements()
    for idx in sorted(snap.table_indexes(key).values(), key=lambda i: i.name):
        out += CreateIndexOp(idx).statements()
    for trigger_key in sorted(snap.routines.triggers):
        trigger = snap.routines.triggers[trigger_key]
        if (trigger.schema, trigger.table) == key:
            out += CreateTriggerOp(trigger).statements()
    # Storage parameters, replica identity (after its index), column storage.
    cols = snap.table_columns(key)
    for op in (*storage_ops(snap, key, created_with(snap, key), created=True),
               *column_storage_ops(snap, key, sorted(cols, key=lambda c: cols[c].attnum), {},
                                   created=True)):
        assert isinstance(op, (SetTableStorageOp, SetReplicaIdentityOp, SetColumnStorageOp))
        out += op.statements()
    flags = snap.security.flags(key)
    if flags != (False, False):
        out += SetRowSecurityOp(*key, flags, (False, False)).statements()
    policies = snap.security.policies.get(key, {})
    for name in sorted(policies):
        out += CreatePolicyOp(policies[name]).statements()
    out += table_parts(snap, key)
    return tuple(out)


def table_parts(snap: Snapshot, key: TableKey) -> list[str]:
    """The table's rules and extended statistics, as DROP TABLE takes them."""
    out: list[str] = []
    for rule_key in sorted(k for k in snap.rules if k[:2] == key):
        out += CreateRuleOp(snap.rules[rule_key]).statements()
    for stats_key in sorted(snap.statistics):
        stats = snap.statistics[stats_key]
        if (stats.table_schema, stats.table) == key:
            out += CreateStatisticsOp(stats).statements()
    return out


def partition_of(snap: Snapshot, key: TableKey) -> PartitionOf | None:
    """A partition's parent, bound, comment and partition key: what CREATE ...
    PARTITION OF needs."""
    shape = snap.shapes.get(key)
    if shape is None or shape.bound is None:
        return None
    return shape.parents[0], shape.bound, snap.tables.get(key), shape.partition_key

