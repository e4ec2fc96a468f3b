"""Aggregate comparator: by identity (schema, name, argument types) and statement."""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import MigrateOperation, ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.aggregates import Aggregate, AggregateKey
from krakn.compare.session import Session, session_of
from krakn.ops.aggregates import (
    CreateAggregateOp,
    DropAggregateOp,
    ReplaceAggregateOp,
    SetAggregateCommentOp,
)


def aggregate_ops(new: Aggregate | None, old: Aggregate | None) -> list[MigrateOperation]:
    """What turns the target's aggregate (old) into the source's (new)."""
    if new is not None and old is None:
        return [CreateAggregateOp(new)]
    if old is not None and new is None:
        return [DropAggregateOp(old)]
    assert new is not None and old is not None
    if new.definition != old.definition:
        return [ReplaceAggregateOp(new, old)]
    if new.comment != old.comment:
        return [SetAggregateCommentOp(new, old.comment)]
    return []


def aggregate_pair(session: Session, key: AggregateKey) -> tuple[
        MigrateOperation | None, MigrateOperation | None]:
    """An aggregate taken down and put back around a support function made again."""
    old, new = session.target.aggregates.get(key), session.source.aggregates.get(key)
    return (DropAggregateOp(old, rebuild=True) if old else None,
            CreateAggregateOp(new, rebuild=True) if new else None)


def compare_aggregates(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                       schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.aggregates, session.target.aggregates
    for key in sorted(src.keys() | tgt.keys()):
        upgrade_ops.ops.extend(aggregate_ops(src.get(key), tgt.get(key)))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_aggregates, "schema", "krakn_aggregates")
