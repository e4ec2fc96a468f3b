"""krakn.compare.comments (and columns' comments) on hand-built snapshots."""

from __future__ import annotations

from alembic.operations import ops
from compare_helpers import add_table, column, ops_of, said, snapshot


def test_table_comment_set_changed_and_dropped():
    """A table's comment is created, changed, or dropped as Alembic's own comment ops."""
    src = add_table(add_table(snapshot(), "a", comment="new"), "b", comment="changed")
    src = add_table(src, "c")
    tgt = add_table(add_table(snapshot(), "a"), "b", comment="was")
    tgt = add_table(tgt, "c", comment="gone")
    found = {op.table_name: op for op in ops_of(src, tgt)}
    assert isinstance(found["a"], ops.CreateTableCommentOp) and found["a"].comment == "new"
    assert isinstance(found["b"], ops.CreateTableCommentOp)
    assert (found["b"].comment, found["b"].existing_comment) == ("changed", "was")
    assert isinstance(found["c"], ops.DropTableCommentOp)
    assert found["c"].existing_comment == "gone"
    assert sorted(said(src, tgt)) == sorted([
        "~ Changed comment on table 'a'", "~ Changed comment on table 'b'",
        "~ Removed comment on table 'c'"])


def test_column_comment_changed():
    """A column's comment alone differs: one AlterColumnOp that changes only the comment."""
    src = add_table(snapshot(), "t", {"id": column(comment="the key")})
    tgt = add_table(snapshot(), "t", {"id": column()})
    found = ops_of(src, tgt)
    assert len(found) == 1 and isinstance(found[0], ops.AlterColumnOp)
    assert found[0].modify_comment == "the key"
    assert found[0].modify_type is None and found[0].modify_nullable is None
    assert said(src, tgt) == ["~ Changed comment on column 'id' in 't'"]
