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
from krakn.catalog.renamed import Renamed
from krakn.compare.session import Session
from krakn.plan import (
    dependents,
    enum_back,
    grants,
    kinds,
    order,
    published,
    renames,
    repartition,
    row_types,
    safety,
    view_parts,
)
from krakn.plan.model import Context, Pass, Plan, Step
from krakn.plan.place import flatten, place

log = logging.getLogger(__name__)


def sort_steps(steps: list[Step], ctx: Context) -> None:
    """By phase, then by key; equal keys keep the order they were planned in."""
    steps.sort(key=lambda s: (s.phase, s.key))


# The passes after comparison, in order; each reads the steps so far.
PASSES: tuple[Pass, ...] = (
    # A profile's renames, made in the target's snapshot: their steps first.
    renames.rename_steps,
    # Column changes PostgreSQL refuses under a row-type user: reported only.
    row_types.report_used_row_types,
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
    # Views dropped before the renames come back (in a rollback) after them.
    renames.views_as_they_were,
    # Routines on the row type of a view made again go and come back with it.
    row_types.rebuild_row_type_routines,
    # What the reverse of an enum value addition takes down and brings back.
    enum_back.plan_enum_back,
    # A view's triggers and rules, rules over what changes, statistics on a
    # retyped column: once every view rebuild is known.
    view_parts.rebuild_view_parts,
    # What the DROP TABLE of a table rebuilt for its partitioning took along
    # and the comparison saw no change to: triggers, rules, statistics.
    repartition.remake_parts,
    # Once every drop is known: a key a held foreign key uses is held too.
    safety.hold_keys_of_kept_fks,
    # What is made anew gets its grants and owner back.
    grants.restore_grants,
    sort_steps,
    # Uses that cross phases (row types, a name that changes kind).
    order.order_by_uses,
    # A table rebuilt for its partitioning: the old partitions go right
    # after its rows are set aside, before any new table takes a name.
    repartition.order_rebuilds,
    # Without --force, what takes a held drop's name waits with it.
    kinds.hold_successors,
    # Without --force, a rebuild waits whole, with what it takes down.
    repartition.hold_rebuilds,
    # Publications' tables whose creation or drop waits, wait with it.
    published.hold_published_tables,
)


def build_plan(upgrade: ops.UpgradeOps, session: Session,
               target_grants: PrivilegesSnapshot | None = None,
               renames: Renamed | None = None) -> Plan:
    """The plan: each operation placed, then every pass of PASSES in turn.

    ``target_grants``: the target's grants and owners, for what is made anew
    when privileges are not compared (None: they are left as they fall).
    ``renames``: a profile's, already made in the session's target
    (krakn.plan.renames.rename_target), which become the first steps.
    """
    steps = [place(child, session) for op in upgrade.ops for child in flatten(op, session)]
    ctx = Context(session, target_grants, renames)
    for run in PASSES:
        run(steps, ctx)
    if session.privileges or session.owners:
        return Plan(steps, session.target_privileges, session.privileges, session.owners)
    return Plan(steps, target_grants, True, True)
