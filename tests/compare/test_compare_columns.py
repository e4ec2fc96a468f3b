"""krakn.compare.columns on hand-built snapshots: added, removed and altered columns."""

from __future__ import annotations

from alembic.operations import ops
from compare_helpers import add_table, column, ops_of, said, snapshot


def pair(src_cols, tgt_cols):
    return add_table(snapshot(), "t", src_cols), add_table(snapshot(), "t", tgt_cols)


def test_added_and_removed_columns():
    """A column only the source has is added, one only the target has is dropped."""
    src, tgt = pair({"id": column(), "email": column("text", 2)},
                    {"id": column(), "legacy": column("boolean", 2)})
    found = ops_of(src, tgt)
    assert [(type(op), getattr(op, "column_name", None) or op.column.name)
            for op in found] == [
        (ops.AddColumnOp, "email"), (ops.DropColumnOp, "legacy")]
    assert str(found[0].column.type) == "text"
    assert said(src, tgt) == ["+ Added column 'email' to 't'",
                              "- Removed column 'legacy' from 't'"]


def test_type_nullability_and_default_changes():
    """Type, NOT NULL and default differences become one AlterColumnOp with each aspect."""
    src, tgt = pair({"n": column("numeric(10,2)", notnull=True, default="0")},
                    {"n": column("integer")})
    found = ops_of(src, tgt)
    assert len(found) == 1 and isinstance(found[0], ops.AlterColumnOp)
    alter = found[0]
    assert str(alter.modify_type) == "numeric(10,2)"
    assert str(alter.existing_type) == "integer"
    assert alter.modify_nullable is False
    assert alter.modify_server_default is not False
    assert said(src, tgt) == [
        "~ Changed type of 'n' in 't' from integer → numeric(10,2)",
        "~ Changed default of 'n' in 't' from no default → 0",
        "~ Changed 'n' in 't' from NULL → NOT NULL",
    ]


def test_column_order_alone_is_no_difference():
    """The same columns in another attnum order: nothing to do."""
    src, tgt = pair({"a": column(attnum=1), "b": column("text", 2)},
                    {"a": column(attnum=2), "b": column("text", 1)})
    assert ops_of(src, tgt) == []
