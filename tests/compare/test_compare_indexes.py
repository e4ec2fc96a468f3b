"""krakn.compare.indexes on hand-built snapshots: indexes compared by definition."""

from __future__ import annotations

from compare_helpers import add_index, add_table, ops_of, said, snapshot


def test_added_removed_and_changed_indexes():
    """New indexes are created, gone ones dropped, a changed one dropped and made again."""
    src, tgt = add_table(snapshot(), "t"), add_table(snapshot(), "t")
    add_index(src, "t", "t_new", "CREATE INDEX t_new ON public.t USING btree (id)")
    add_index(src, "t", "t_same_name",
              "CREATE UNIQUE INDEX t_same_name ON public.t USING btree (id)")
    add_index(tgt, "t", "t_same_name", "CREATE INDEX t_same_name ON public.t USING btree (id)")
    add_index(tgt, "t", "t_old", "CREATE INDEX t_old ON public.t USING hash (id)")
    lines = said(src, tgt)
    assert "+ Added index 't_new' to 't'" in lines
    assert "- Removed index 't_old' from 't'" in lines
    assert ("~ Changed index 't_same_name' on 't' from CREATE INDEX t_same_name ON public.t "
            "USING btree (id) → CREATE UNIQUE INDEX t_same_name ON public.t USING btree (id)"
            ) in lines
    statements = [s for op in ops_of(src, tgt) for s in op.statements()]
    assert "CREATE INDEX t_new ON public.t USING btree (id)" in statements
    assert "CREATE UNIQUE INDEX t_same_name ON public.t USING btree (id)" in statements


def test_same_indexes_make_no_operation():
    """Equal definitions on both sides: nothing to do."""
    src, tgt = add_table(snapshot(), "t"), add_table(snapshot(), "t")
    for snap in (src, tgt):
        add_index(snap, "t", "t_i", "CREATE INDEX t_i ON public.t USING btree (id)")
    assert ops_of(src, tgt) == []
