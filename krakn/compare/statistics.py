"""Extended statistics comparator: by name, definition, target and comment.

Statistics on a table the source no longer has go with its DROP TABLE
(whose reverse makes them again).
"""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import MigrateOperation, ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.statistics import Statistics
from krakn.compare.session import session_of
from krakn.ops.statistics import AlterStatisticsOp, CreateStatisticsOp, DropStatisticsOp


def _statistics_ops(new: Statistics | None, old: Statistics | None) -> list[MigrateOperation]:
    if new is not None and old is None:
        return [CreateStatisticsOp(new)]
    if old is not None and new is None:
        return [DropStatisticsOp(old)]
    assert new is not None and old is not None
    if new.definition != old.definition:
        return [DropStatisticsOp(old, replaced=True), CreateStatisticsOp(new, replaces=old)]
    if (new.target, new.comment) != (old.target, old.comment):
        return [AlterStatisticsOp(new, old)]
    return []


def compare_statistics(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                       schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.statistics, session.target.statistics
    for key in sorted(src.keys() | tgt.keys()):
        new, old = src.get(key), tgt.get(key)
        if new is None and old is not None and (
                (old.table_schema, old.table) not in session.source.tables):
            continue  # DROP TABLE takes it along
        upgrade_ops.ops.extend(_statistics_ops(new, old))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_statistics, "schema", "krakn_statistics")
