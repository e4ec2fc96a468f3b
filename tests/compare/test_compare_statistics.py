"""krakn.compare.statistics on hand-built snapshots."""

from __future__ import annotations

from dataclasses import replace

from compare_helpers import add_table, ops_of, said, snapshot

from krakn.catalog.statistics import Statistics
from krakn.ops.statistics import AlterStatisticsOp, CreateStatisticsOp, DropStatisticsOp

S = Statistics("public", "s", "public", "t", "CREATE STATISTICS public.s ON a, b FROM t", -1,
               None, ("a", "b"))


def with_stats(*stats: Statistics, table: bool = True):
    snap = snapshot()
    if table:
        add_table(snap, "t")
    for s in stats:
        snap.statistics[s.key] = s
    return snap


def test_added_removed_and_changed():
    """Made, dropped, and a new definition dropped and made again."""
    other = replace(S, definition="CREATE STATISTICS public.s (mcv) ON a, b FROM t")
    assert said(with_stats(S), with_stats()) == ["+ Added statistics 's'"]
    assert said(with_stats(), with_stats(S)) == ["- Removed statistics 's'"]
    found = ops_of(with_stats(other), with_stats(S))
    assert [type(op) for op in found] == [DropStatisticsOp, CreateStatisticsOp]


def test_target_and_comment_alter_in_place():
    """A new target and comment: ALTER STATISTICS and COMMENT ON STATISTICS, no rebuild."""
    new = replace(S, target=500, comment="ab")
    found = ops_of(with_stats(new), with_stats(S))
    assert [type(op) for op in found] == [AlterStatisticsOp]
    assert found[0].statements() == [
        'ALTER STATISTICS "public"."s" SET STATISTICS 500',
        "COMMENT ON STATISTICS \"public\".\"s\" IS 'ab'"]
    assert found[0].reverse().statements() == [
        'ALTER STATISTICS "public"."s" SET STATISTICS -1',
        'COMMENT ON STATISTICS "public"."s" IS NULL']


def test_a_dropped_tables_statistics_go_with_it():
    """DROP TABLE takes them: no step of their own."""
    found = ops_of(with_stats(table=False), with_stats(S))
    assert not any(isinstance(op, DropStatisticsOp) for op in found)
