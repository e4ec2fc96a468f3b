"""From two catalogs to an ordered list of migration steps.

Alembic's autogenerate, with krakn's comparators, lists what differs; each
operation is placed in its phase (krakn.plan.place), then the passes after
comparison run, in the order of ``PASSES``, and the steps are sorted by
phase and key, so the same inputs always give the same script.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from alembic.autogenerate import produce_migrations
from alembic.migration import MigrationContext
from alembic.operations import ops
from sqlalchemy import MetaData
from sqlalchemy.engine import Connection

from krakn import compare
from krakn.catalog.privileges import PrivilegesSnapshot
from krakn.compare.session import OPTION, Session
from krakn.plan import dependents, grants, safety
from krakn.plan.model import Context, Pass, Plan, Step
from krakn.plan.place import flatten, place

log = logging.getLogger(__name__)


def sort_steps(steps: list[Step], ctx: Context) -> None:
    """By phase, then by key; equal keys keep the order they were planned in."""
    steps.sort(key=lambda s: (s.phase, s.key))


# The passes after comparison, in order; each reads the steps so far.
PASSES: tuple[Pass, ...] = (
    # Drops that exist only for a dropped table or column wait with it.
    safety.tie_to_drops,
    safety.tie_routines_to_drops,
    # What stands on what changes goes down first and comes back after:
    # users of rebuilt routines and enums (holding a change under a
    # generated column), then foreign keys on a dropped key, views, policies.
    dependents.rebuild_users,
    dependents.rebuild_dependent_fks,
    dependents.rebuild_dependent_views,
    dependents.rebuild_dependent_policies,
    # Once every drop is known: a key a held foreign key uses is held too.
    safety.hold_keys_of_kept_fks,
    # What is made anew gets its grants and owner back.
    grants.restore_grants,
    sort_steps,
)


def autogenerate(conn: Connection, metadata: MetaData, session: Session) -> ops.UpgradeOps:
    """Run Alembic's autogenerate with krakn's comparators against the target."""
    compare.register()
    selected = set(session.source.schemas) | set(session.target.schemas)

    def include_name(name: str | None, type_: str, parent: dict[str, Any]) -> bool:
        if type_ == "schema":
            return session.schema(name) in selected
        return True

    context = MigrationContext.configure(
        connection=conn,
        opts={
            "include_schemas": True,
            "include_name": include_name,
            "compare_type": True,
            "compare_server_default": True,
            "autogenerate_plugins": compare.PLUGINS,
            OPTION: session,
        },
    )
    script = produce_migrations(context, metadata)
    assert script.upgrade_ops is not None
    return script.upgrade_ops


def build_plan(upgrade: ops.UpgradeOps, session: Session,
               read_grants: Callable[[], PrivilegesSnapshot] | None = None) -> Plan:
    """The plan: each operation placed, then every pass of PASSES in turn.

    ``read_grants`` reads the target's grants and owners, for what is made
    anew when privileges are not compared (None: they are left as they fall).
    """
    steps = [place(child, session) for op in upgrade.ops for child in flatten(op, session)]
    ctx = Context(session, read_grants)
    for run in PASSES:
        run(steps, ctx)
    return Plan(steps)
