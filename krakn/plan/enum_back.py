"""Going back over an enum value added: what uses the enum then goes down and up.

Adding a value is done in place and needs nothing taken down, but its
reverse is a rebuild (a new type, columns cast to it, the old one dropped),
which PostgreSQL refuses while a view, a partial index, a check, a trigger,
a policy or a routine uses the type. Those users are the migrated database's,
that is the source's: this pass lists, for each value addition, how to drop
each such user as the source has it and make it again as the target has it,
exactly as the forward plan does around a rebuild (krakn.plan.dependents);
krakn.plan.rollback puts them around the reversed step. Users the plan
itself drops or makes are left to the plan's own steps.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from alembic.operations import MigrateOperation

from krakn.catalog.depends import ObjectKey, users_closure
from krakn.ops.constraints import AddConstraintOp, DropConstraintOp
from krakn.ops.indexes import CreateIndexOp, DropIndexOp
from krakn.ops.routines import (
    CreateRoutineOp,
    CreateTriggerOp,
    DropRoutineOp,
    DropTriggerOp,
    ReplaceRoutineOp,
)
from krakn.ops.security import CreatePolicyOp, DropPolicyOp
from krakn.ops.types import AddEnumValuesOp
from krakn.ops.views import CreateViewOp, DropViewOp
from krakn.plan.dependents import user_pair
from krakn.plan.model import Context, Step
from krakn.plan.place import place

log = logging.getLogger(__name__)


def _user_key(op: MigrateOperation) -> ObjectKey | None:
    """The pg_depend key (krakn.catalog.depends) of the user a step drops or makes."""
    if isinstance(op, (CreateViewOp, DropViewOp)):
        return ("view", op.view.schema, op.view.name)
    if isinstance(op, (CreateIndexOp, DropIndexOp)):
        return ("index", op.idx.schema, op.idx.name)
    if isinstance(op, (AddConstraintOp, DropConstraintOp)):
        return ("constraint", op.con.schema, op.con.table, op.con.name)
    if isinstance(op, (CreateTriggerOp, DropTriggerOp)):
        t = op.trigger
        return ("trigger", t.schema, t.table, t.name)
    if isinstance(op, (CreatePolicyOp, DropPolicyOp)):
        p = op.policy
        return ("policy", p.schema, p.table, p.name)
    if isinstance(op, (CreateRoutineOp, DropRoutineOp, ReplaceRoutineOp)):
        r = op.routine
        return ("routine", r.schema, r.name, r.argtypes)
    return None


def plan_enum_back(steps: list[Step], ctx: Context) -> None:
    """Each value addition learns which users its reverse takes down and brings back."""
    adds = [s.op for s in steps if isinstance(s.op, AddEnumValuesOp)]
    if not adds:
        return
    session = ctx.session
    # Going back, the migrated database (the source's shape) is the one changed.
    back = replace(session, source=session.target, target=session.source)
    touched = {key for s in steps if (key := _user_key(s.op)) is not None}
    for op in adds:
        users = users_closure(session.source.depends, {("type", op.new.schema, op.new.name)})
        down: list[Step] = []
        up: list[Step] = []
        for user in sorted(users - touched):
            drop, again = user_pair(back, user)
            down += [place(drop, back)] if drop is not None else []
            up += [place(again, back)] if again is not None else []
        # In the phases and keys a forward plan gives them: users on users in order.
        op.back_down = [s.op for s in sorted(down, key=lambda s: (s.phase, s.key))]
        op.back_up = [s.op for s in sorted(up, key=lambda s: (s.phase, s.key))]
        log.debug("enum %s: %d users around its reverse", op.new.name, len(down))
