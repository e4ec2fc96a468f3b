"""Where a comparison starts: the "schema" hooks, dispatched from the snapshots.

This takes the place of Alembic's own ``schemas`` plugin, which asks a live
connection for the schema names and the default schema. krakn's comparators
read both sides from their snapshots, so the comparison runs on a dialect
alone, with no connection at all.
"""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.compare.session import session_of


def start(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps) -> PriorityDispatchResult:
    session = session_of(ctx)
    schemas: set[str | None] = {*session.source.schemas, *session.target.schemas}
    ctx.comparators.dispatch("schema", qualifier=ctx.dialect.name)(ctx, upgrade_ops, schemas)
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(start, "autogenerate", "krakn_start")
