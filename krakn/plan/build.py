"""From two catalogs to an ordered list of migration steps.

Alembic's autogenerate, with krakn's comparators (krakn.compare.autogenerate,
offline, on both snapshots), lists what differs; each
operation is placed in its phase (krakn.plan.place), then the passes after
comparison run, in the order of ``PASSES``, and the steps are sorted by
phase and key, so the same inputs always give the same script.
"""

from __future__ import annotations

import logging

from alembic.operations import ops

from krakn.catalog.privileges import PrivilegesSnapshot
from krakn.compare.session import Session
from krakn.options import Renames
from krakn.plan import dependents, grants, renames, safety
from krakn.plan.model import Context, Pass, Plan, Step
from krakn.plan.place import flatten, place

log = logging.getLogger(__name__)


def sort_steps(steps: list[Step], ctx: Context) -> None:
    """By phase, then by key; equal keys keep the order they were planned in."""
    steps.sort(key=lambda s: (s.phase, s.key))


# The passes after comparison, in order; each reads the steps so far.
PASSES: tuple[Pass, ...] = (
    # A profile's renames replace their drop and add before anything reads them.
    renames.rename_steps,
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


def build_plan(upgrade: ops.UpgradeOps, session: Session,
               target_grants: PrivilegesSnapshot | None = None,
               renames: Renames | None = None) -> Plan:
    """The plan: each operation placed, then every pass of PASSES in turn.

    ``target_grants``: the target's grants and owners, for what is made anew
    when privileges are not compared (None: they are left as they fall).
    ``renames``: a profile's, which become rename steps.
    """
    steps = [place(child, session) for op in upgrade.ops for child in flatten(op, session)]
    ctx = Context(session, target_grants, renames)
    for run in PASSES:
        run(steps, ctx)
    if session.privileges or session.owners:
        return Plan(steps, session.target_privileges, session.privileges, session.owners)
    return Plan(steps, target_grants, True, True)
