"""A name that changes kind: what takes it over waits for its old holder's drop.

A view that becomes a table (or a sequence a table, a table a view) is
dropped and made again under the same name; krakn.plan.order puts the drop
first. Without --force the drop of a table or sequence is held, and then the
new object cannot be made either: it waits too, with everything that belongs
to it or stands on it (its keys, indexes, comments and grants, the views that
read it, what uses its row type), so the script still applies.
"""

from __future__ import annotations

import logging

from alembic.operations import MigrateOperation

from krakn.catalog.depends import ObjectKey
from krakn.compare.session import Session
from krakn.ops.comments import SetCommentOp
from krakn.ops.privileges import PrivilegeOp
from krakn.ops.views import CreateViewOp
from krakn.plan.model import Context, Step
from krakn.plan.order import dropped_by, made_by
from krakn.plan.safety import hold

log = logging.getLogger(__name__)

RelName = tuple[str, str]


def relation_of(op: MigrateOperation) -> RelName | None:
    """The table, view, sequence or type a step is about, if one."""
    if isinstance(op, SetCommentOp):
        return op.what.schema, op.what.table or op.what.name
    if isinstance(op, PrivilegeOp):
        return (op.key[1], op.key[2]) if len(op.key) > 2 else None
    table = getattr(op, "table_name", None)
    if table is not None:
        return getattr(op, "schema", None) or "", table
    for part in ("con", "idx", "trigger", "policy"):
        obj = getattr(op, part, None)
        if obj is not None:
            return obj.schema, obj.table
    for part in ("view", "seq", "obj"):
        obj = getattr(op, part, None)
        if obj is not None:
            return obj.schema, obj.name
    schema, table = getattr(op, "schema", None), getattr(op, "table", None)
    if isinstance(schema, str) and isinstance(table, str):
        return schema, table
    return None


def _taken_over(steps: list[Step]) -> set[RelName]:
    """Names whose old holder's drop waits for --force and that something new takes."""
    made = {(k[1], k[2]) for s in steps for k in made_by(s.op) if k[0] in ("relation", "type")}
    return {(k[1], k[2]) for s in steps if s.destructive for k in dropped_by(s.op)
            if k[0] in ("relation", "type") and (k[1], k[2]) in made}


def _stands_on(step: Step, names: set[RelName], keys: set[ObjectKey],
               session: Session) -> bool:
    op = step.op
    if relation_of(op) in names:
        return True
    if isinstance(op, CreateViewOp) and session.source.views.reads.get(op.view.key, set()) & names:
        return True
    users = {u for k in keys for u in session.source.depends.users_of(k)}
    for key in made_by(op):
        if key in users or (key[0] == "column" and any(
                u[0] in ("column", "default") and u[1:] == key[1:] for u in users)):
            return True
    return False


def hold_successors(steps: list[Step], ctx: Context) -> None:
    """What takes a name over from a held drop, and all that stands on it, waits too."""
    names = _taken_over(steps)
    if not names:
        return
    keys: set[ObjectKey] = {(kind, *name) for name in names for kind in ("type", "relation")}
    grew = True
    while grew:
        grew = False
        for step in steps:
            if step.destructive or not _stands_on(step, names, keys, ctx.session):
                continue
            hold(step, "takes the name of an object dropped only with --force")
            made = made_by(step.op)
            keys |= made
            names |= {(k[1], k[2]) for k in made if k[0] in ("relation", "type")}
            grew = True
