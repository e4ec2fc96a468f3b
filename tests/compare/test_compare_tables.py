"""krakn.compare.tables on hand-built snapshots: tables added, removed, re-parented."""

from __future__ import annotations

from alembic.operations import ops
from compare_helpers import add_table, column, ops_of, said, snapshot
from sqlalchemy import Column

from krakn.catalog.snapshot import Snapshot, TableShape
from krakn.ops.partitions import CreatePartitionOp, DropParentColumnOp
from krakn.ops.table_rows import RestoreRowsOp, StashRowsOp
from krakn.ops.tables import DropTableOp


def test_added_table_is_built_from_the_source_snapshot():
    """A source-only table becomes CREATE TABLE with the snapshot's columns, in attnum order."""
    src = add_table(snapshot(), "users", {
        "name": column("text", 2, notnull=True, default="'x'"),
        "id": column("bigint", 1, notnull=True),
    }, comment="people")
    found = ops_of(src, snapshot())
    assert [type(op) for op in found] == [ops.CreateTableOp]
    create = found[0]
    assert (create.schema, create.table_name) == ("public", "users")
    cols = [c for c in create.columns if isinstance(c, Column)]
    assert [(c.name, str(c.type), c.nullable) for c in cols] == [
        ("id", "bigint", False), ("name", "text", False)]
    assert cols[1].server_default.arg.text == "'x'"
    assert create.comment == "people"
    assert said(src, snapshot()) == ["+ Added table 'users'"]


def test_removed_table_is_dropped_with_its_columns():
    """A target-only table becomes DROP TABLE, its columns known for the rollback."""
    tgt = add_table(snapshot(), "old", {"id": column(), "note": column("text", 2)})
    found = ops_of(snapshot(), tgt)
    assert [type(op) for op in found] == [DropTableOp]
    assert [c.name for c in found[0].to_table().columns] == ["id", "note"]
    assert said(snapshot(), tgt) == ["- Removed table 'old'"]


def test_same_tables_make_no_operation():
    """Identical tables on both sides: nothing to do."""
    def side():
        return add_table(snapshot(), "t", {"id": column(), "v": column("text", 2)})

    assert ops_of(side(), side()) == []


def test_new_partition_is_attached_to_its_parent():
    """A source-only partition is created as a partition of its parent, with its bound."""
    def side():
        snap = add_table(snapshot(), "events", {"at": column("date")})
        snap.shapes[("public", "events")] = TableShape("RANGE (at)", None, ())
        return snap

    src = add_table(side(), "events_2024", {"at": column("date")})
    bound = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"
    src.shapes[("public", "events_2024")] = TableShape(None, bound, (("public", "events"),))
    found = ops_of(src, side())
    assert [type(op) for op in found] == [CreatePartitionOp]
    assert found[0].parent == ("public", "events") and found[0].bound == bound


def _partitioned(key: str | None) -> Snapshot:
    """events (partitioned by key, or plain when None) with one partition when partitioned."""
    snap = add_table(snapshot(), "events", {"at": column("date")})
    if key is not None:
        snap.shapes[("public", "events")] = TableShape(key, None, ())
        add_table(snap, "events_all", {"at": column("date", local=False)})
        snap.shapes[("public", "events_all")] = TableShape(
            None, "DEFAULT", (("public", "events"),))
    return snap


def test_repartitioned_table_is_rebuilt_with_its_rows():
    """A table partitioned on one side only is dropped and made again, its rows set aside."""
    found = ops_of(_partitioned("RANGE (at)"), _partitioned(None))
    assert [type(op) for op in found] == [StashRowsOp, RestoreRowsOp, ops.CreateTableOp,
                                          CreatePartitionOp, DropTableOp]
    assert found[0].statements()[0].endswith('SELECT "at" FROM "public"."events"')
    assert said(_partitioned("RANGE (at)"), _partitioned(None)) == [
        "~ Changed 'events' from not partitioned → PARTITION BY RANGE (at) "
        "(rebuilt with its rows)"]


def _family(child_wheels_local: bool, parent_wheels: bool) -> Snapshot:
    """vehicles (with wheels or not) and cars INHERITS vehicles, wheels its own or inherited."""
    parent = {"id": column()} | ({"wheels": column("integer", 2)} if parent_wheels else {})
    snap = add_table(snapshot(), "vehicles", parent)
    add_table(snap, "cars", {"id": column(local=False),
                             "wheels": column("integer", 2, local=child_wheels_local)})
    snap.shapes[("public", "cars")] = TableShape(None, None, (("public", "vehicles"),))
    return snap


def test_parent_column_a_child_keeps_is_dropped_only_from_the_parent():
    """A parent's column a child keeps as its own goes with ALTER TABLE ONLY."""
    found = ops_of(_family(True, False), _family(False, True))
    drops = [op for op in found if isinstance(op, ops.DropColumnOp)]
    assert [type(op) for op in drops] == [DropParentColumnOp]
    assert drops[0].table_name == "vehicles"
    assert drops[0].statements() == [
        'ALTER TABLE ONLY "public"."vehicles" DROP COLUMN "wheels"']
    assert not any(isinstance(op, ops.AddColumnOp) for op in found)


def test_inherited_column_moving_to_the_parent_is_not_dropped_from_the_child():
    """A child's own column the parent gains is merged, not dropped (no KeyError)."""
    found = ops_of(_family(False, True), _family(True, False))
    assert [(type(op), op.table_name) for op in found] == [(ops.AddColumnOp, "vehicles")]
