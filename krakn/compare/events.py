"""Event trigger comparator (database-wide, whatever the schema selection)."""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.compare.objects import compare_all
from krakn.compare.session import session_of
from krakn.ops.events import EVENT_TRIGGERS


def compare_event_triggers(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                           schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    compare_all(upgrade_ops, EVENT_TRIGGERS, session.source.extras.event_triggers,
                session.target.extras.event_triggers)
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_event_triggers, "schema",
                                       "krakn_event_triggers")
