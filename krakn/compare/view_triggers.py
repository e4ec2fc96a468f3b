"""Triggers on views (INSTEAD OF ... FOR EACH ROW), by name and ``pg_get_triggerdef``.

Compared apart from tables' triggers (krakn.compare.routines): a trigger on
a dropped view is dropped first, in a step of its own, so that the view's
reverse can have it back; a view made again gets its triggers back through
krakn.plan.view_parts.
"""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import MigrateOperation, ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.routines import Trigger
from krakn.compare.session import session_of
from krakn.ops.routines import (
    CreateTriggerOp,
    DropTriggerOp,
    SetTriggerCommentOp,
)


def on_view(*triggers: Trigger | None) -> bool:
    """Whether either side's trigger is on a view (then this module compares it)."""
    return any(t is not None and t.on_view for t in triggers)


def _trigger_ops(new: Trigger | None, old: Trigger | None) -> list[MigrateOperation]:
    if new is not None and old is None:
        return [CreateTriggerOp(new)]
    if old is not None and new is None:
        return [DropTriggerOp(old)]
    assert new is not None and old is not None
    if (new.definition, new.on_view) != (old.definition, old.on_view):
        return [DropTriggerOp(old, replaced=True), CreateTriggerOp(new, replaces=old)]
    if new.comment != old.comment:
        return [SetTriggerCommentOp(new, old)]
    return []


def compare_view_triggers(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                          schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.routines.triggers, session.target.routines.triggers
    for key in sorted(src.keys() | tgt.keys()):
        new, old = src.get(key), tgt.get(key)
        if not on_view(new, old):
            continue
        if old is not None and not old.on_view and new is not None and \
                key[:2] not in session.source.tables:
            old = None  # a table become a view: its DROP TABLE took the trigger
        upgrade_ops.ops.extend(_trigger_ops(new, old))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_view_triggers, "schema", "krakn_view_triggers")
