"""Collation comparator: made before what uses them, dropped after.

A changed collation can only be dropped and made again; one that a column,
domain or index uses is reported and left alone (PostgreSQL refuses to drop it).
"""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.compare.objects import change
from krakn.compare.session import session_of
from krakn.ops.collations import COLLATIONS
from krakn.ops.objects import ObjectOp


def compare_collations(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                       schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.extras.collations, session.target.extras.collations
    for key in sorted(src.keys() | tgt.keys()):
        new, old = src.get(key), tgt.get(key)
        if new is not None and old is not None and old.used and (
                COLLATIONS.alter(new, old) is None):
            upgrade_ops.ops.append(ObjectOp(COLLATIONS, new, old, unmigrated="in use"))
        else:
            upgrade_ops.ops.extend(change(COLLATIONS, new, old))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_collations, "schema", "krakn_collations")
