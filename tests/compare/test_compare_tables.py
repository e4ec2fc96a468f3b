"""krakn.compare.tables on hand-built snapshots: tables added, removed, re-parented."""

from __future__ import annotations

from alembic.operations import ops
from compare_helpers import add_table, column, ops_of, said, snapshot
from sqlalchemy import Column

from krakn.catalog.snapshot import TableShape
from krakn.ops.partitions import CreatePartitionOp
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
