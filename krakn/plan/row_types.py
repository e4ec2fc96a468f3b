"""Routines on a view's row type go and come back when the view is made again
(and those on a table's, when the table is: krakn.compare.tables rebuilds one
whose partitioning changes).

A function that takes or returns a view's rows (``RETURNS SETOF v``, an
argument of type ``v``) depends on the view's row type: PostgreSQL will not
drop the view under it, so a view the plan drops and creates again (its
columns change, or something under it does) takes those routines down first
and brings them back after it (krakn.plan.order puts them around the view).
"""

from __future__ import annotations

import logging

from alembic.operations import ops

from krakn.catalog.depends import ObjectKey
from krakn.ops.rebuilds import DropUserRoutineOp
from krakn.ops.routines import DropRoutineOp, ReplaceRoutineOp
from krakn.ops.views import DropViewOp
from krakn.plan.dependents import user_pair
from krakn.plan.model import Context, Step
from krakn.plan.place import place

log = logging.getLogger(__name__)


def _planned(steps: list[Step]) -> dict[ObjectKey, Step]:
    out: dict[ObjectKey, Step] = {}
    for step in steps:
        op = step.op
        if isinstance(op, (DropRoutineOp, ReplaceRoutineOp)):
            r = op.routine if isinstance(op, DropRoutineOp) else op.existing
            out[("routine", r.schema, r.name, r.argtypes)] = step
    return out


def rebuild_row_type_routines(steps: list[Step], ctx: Context) -> None:
    """Drop-and-create steps for the routines on the row type of a dropped view,
    or of a table dropped and made again (rebuilt for its partitioning)."""
    session = ctx.session
    views = {(s.op.view.schema, s.op.view.name) for s in steps if isinstance(s.op, DropViewOp)}
    views |= {(s.op.schema or "", s.op.table_name) for s in steps
              if isinstance(s.op, ops.DropTableOp)
              and (s.op.schema or "", s.op.table_name) in session.source.tables}
    planned = _planned(steps)
    extra: list[Step] = []
    for schema, name in sorted(views):
        for user in sorted(session.target.depends.users_of(("type", schema, name))):
            if user[0] != "routine" or user in planned:
                if user in planned and isinstance(planned[user].op, ReplaceRoutineOp):
                    # Changed as well: the old one goes first, the new one only creates.
                    step = planned[user]
                    assert isinstance(step.op, ReplaceRoutineOp)
                    step.op.dropped_before = True
                    extra.append(place(DropUserRoutineOp(step.op.existing), session))
                    planned[user] = extra[-1]
                continue
            drop, again = user_pair(session, user)
            extra += [place(op, session) for op in (drop, again) if op is not None]
            planned[user] = extra[0]
    steps.extend(extra)
