"""krakn.plan.view_parts on hand-built snapshots: what goes down and comes back with a change."""

from __future__ import annotations

from krakn.api import plan_migration
from krakn.catalog.rules import Rule
from krakn.catalog.side import Side
from krakn.catalog.snapshot import Column, Snapshot
from krakn.catalog.statistics import Statistics
from krakn.options import CompareOptions

STATS = Statistics("public", "s", "public", "t", "CREATE STATISTICS public.s ON a, b FROM t",
                   200, None, ("a", "b"))
RULE = Rule("public", "t", "r", "CREATE RULE r AS ON DELETE TO public.t DO INSTEAD NOTHING",
            "O", False, None, (("public", "t", "a"),))


def column(type_: str, attnum: int) -> Column:
    return Column(type=type_, attnum=attnum, notnull=False, default=None, identity="",
                  generated="", collation=None, comment=None)


def table(a_type: str = "integer", with_b: bool = True, **parts):
    """Table t (a, and b unless told), with the given statistics and rules."""
    snap = Snapshot()
    snap.schemas = {"public": None}
    snap.tables[("public", "t")] = None
    snap.columns[("public", "t", "a")] = column(a_type, 1)
    if with_b:
        snap.columns[("public", "t", "b")] = column("integer", 2)
    for stats in parts.get("stats", ()):
        snap.statistics[stats.key] = stats
    for rule in parts.get("rules", ()):
        snap.rules[rule.key] = rule
    return snap


def steps(src, tgt):
    plan = plan_migration(Side(src), Side(tgt), CompareOptions())
    return [(type(s.op).__name__, s.destructive) for s in plan.steps]


def test_retyped_column_takes_statistics_and_rules_down_and_back():
    """Statistics (whose target a retype resets) and a rule reading the column go and come back."""
    found = steps(table("bigint", stats=[STATS], rules=[RULE]),
                  table("integer", stats=[STATS], rules=[RULE]))
    names = [name for name, _ in found]
    assert names.index("DropStatisticsOp") < names.index("AlterColumnOp")
    assert names.index("DropRuleOp") < names.index("AlterColumnOp")
    assert names.index("CreateStatisticsOp") > names.index("AlterColumnOp")
    assert names.index("CreateRuleOp") > names.index("AlterColumnOp")


def test_statistics_on_a_dropped_column_wait_for_force():
    """Statistics that go with a dropped column are dropped first, held with the column."""
    found = steps(table(with_b=False), table(stats=[STATS]))
    assert ("DropStatisticsOp", True) in found
    assert ("DropColumnOp", True) in found
