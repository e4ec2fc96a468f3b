"""Users of row types: routines on a view's, and columns of a table's.

Routines on a view's row type go and come back when the view is made again
(and those on a table's, when the table is: krakn.compare.tables rebuilds one
whose partitioning changes).

A function that takes or returns a view's rows (``RETURNS SETOF v``, an
argument of type ``v``) depends on the view's row type: PostgreSQL will not
drop the view under it, so a view the plan drops and creates again (its
columns change, or something under it does) takes those routines down first
and brings them back after it (krakn.plan.order puts them around the view).

A table whose row type is another table's column type cannot have a column
retyped, nor one added with a default: PostgreSQL refuses ("column ... uses
its row type"), and only dropping that column, with its values, would let
it. Such a change is reported, not migrated.
"""

from __future__ import annotations

import logging

from alembic.operations import MigrateOperation, ops

from krakn.catalog.depends import ObjectKey
from krakn.compare.session import Session
from krakn.ops.base import display
from krakn.ops.columns import ADDED_WITH_DEFAULT, UnmigratedColumnOp
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


def _row_type_columns(session: Session, schema: str, table: str) -> tuple[str, ...]:
    """Columns on both sides whose type is the table's row type (or an array of it)."""
    users = session.target.depends.users_of(("type", schema, table))
    return tuple(sorted(f"{display(u[1], u[2])}.{u[3]}" for u in users
                        if u[0] == "column" and u[1:] in session.source.columns))


def _refused(op: MigrateOperation) -> tuple[str, str, str, str] | None:
    """(schema, table, column, what) of a change PostgreSQL refuses under a row-type user."""
    if isinstance(op, ops.AlterColumnOp) and op.modify_type is not None:
        return op.schema or "", op.table_name, op.column_name, "a new type"
    if isinstance(op, ops.AddColumnOp):
        col = op.column
        if col.server_default is not None or col.identity is not None or (
                col.computed is not None):
            return op.schema or "", op.table_name, col.name, ADDED_WITH_DEFAULT
    return None


def report_used_row_types(steps: list[Step], ctx: Context) -> None:
    """Column changes a row-type user forbids become reports, with no SQL."""
    for step in steps:
        refused = _refused(step.op)
        if refused is None:
            continue
        schema, table, column, what = refused
        users = _row_type_columns(ctx.session, schema, table)
        if users:
            log.info("%s.%s.%s: %s, not migrated: %s use its row type", schema, table,
                     column, what, ", ".join(users))
            step.op = UnmigratedColumnOp(schema, table, column, what, users)
            step.phase = step.op.phase
