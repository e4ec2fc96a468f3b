"""What can lose data, and what waits for --force: decided here and only here.

Each step answers two questions. ``loses_data``: running it takes rows or
values with it (a dropped table, column, schema, type, sequence or
extension; a narrowing cast; an enum rebuild; a generated column added
anew); ``judge`` decides it from the operation alone, when the step is
placed. ``destructive``: the step waits for --force, because it loses data
or because it goes with a step that does; the holds below decide that once
every step is planned (they run as passes, see krakn.plan.build.PASSES).
Without --force a held step is written as a comment; its reverse is held
too (krakn.plan.rollback).
"""

from __future__ import annotations

import logging

from alembic.operations import MigrateOperation, ops

from krakn.catalog.depends import ObjectKey, users_closure
from krakn.ops.aggregates import ReplaceAggregateOp
from krakn.ops.columns import ReplaceGeneratedColumnOp
from krakn.ops.comments import SetCommentOp
from krakn.ops.constraints import AddConstraintOp, DropConstraintOp
from krakn.ops.domains import AlterAttributeOp, ReorderAttributesOp
from krakn.ops.extensions import DropExtensionOp
from krakn.ops.indexes import DropIndexOp
from krakn.ops.objects import ObjectOp
from krakn.ops.partitions import DropPartitionOp
from krakn.ops.routines import DropRoutineOp, ReplaceRoutineOp, replaceable
from krakn.ops.schemas import DropSchemaOp
from krakn.ops.sequences import DropSequenceOp
from krakn.ops.storage import SetColumnStorageOp
from krakn.ops.types import DropTypeOp, RebuildEnumOp, ReplaceTypeOp
from krakn.plan.model import Context, Step
from krakn.types import is_widening

log = logging.getLogger(__name__)

# Take what they drop with them. A generated column added anew loses only
# computed values, but a column is dropped: that waits for --force too.
_DROPS_DATA = (ops.DropTableOp, ops.DropColumnOp, DropSchemaOp, DropExtensionOp,
               DropPartitionOp, DropTypeOp, DropSequenceOp, ReplaceGeneratedColumnOp)


def verdict(op: MigrateOperation) -> str:
    """Why running op alone can lose data ("": it cannot)."""
    if isinstance(op, ops.AlterColumnOp):
        old = op.existing_type.get_col_spec() if op.existing_type is not None else ""
        if op.modify_type is not None and not is_widening(old, op.modify_type.get_col_spec()):
            return "narrows or reinterprets values"
        return ""
    if isinstance(op, DropSequenceOp) and op.reused:
        return ""  # the identity that takes its name over goes on after the column's rows
    if isinstance(op, _DROPS_DATA):
        return "drops data"
    if isinstance(op, ReplaceTypeOp):
        return "drops and recreates the type"
    if isinstance(op, RebuildEnumOp):
        # Rewrites every table that uses it even when no value goes.
        gone = set(op.old.values) - set(op.new.values)
        return "removes enum values" if gone else "rebuilds the type and its columns"
    if isinstance(op, AlterAttributeOp) and op.new is None:
        return "drops an attribute"
    if isinstance(op, ReorderAttributesOp):
        return "drops attributes and adds them again"
    return ""


def judge(step: Step) -> None:
    """A step that loses data waits for --force."""
    reason = verdict(step.op)
    if reason:
        step.destructive = step.loses_data = True
        step.reason = reason
    elif isinstance(step.op, (SetColumnStorageOp, SetCommentOp, ObjectOp)) and (
            step.op.with_drop):
        # Readies a drop (so that its reverse can put back what it resets).
        hold(step, step.op.with_drop)


def hold(step: Step, reason: str) -> None:
    """The step waits for --force, though it loses nothing itself."""
    step.destructive, step.reason = True, reason


def tie_to_drops(steps: list[Step], ctx: Context) -> None:
    """Drops that only exist because a table or column goes wait with it for --force."""
    dropped_tables = {(s.op.schema, s.op.table_name) for s in steps
                      if isinstance(s.op, ops.DropTableOp)}
    dropped_columns = {(s.op.schema, s.op.table_name, s.op.column_name) for s in steps
                       if isinstance(s.op, ops.DropColumnOp)}
    for step in steps:
        op = step.op
        if isinstance(op, DropConstraintOp) and not op.replaced:
            target, cols = (op.con.schema, op.con.table), op.con.columns
        elif isinstance(op, DropIndexOp) and not op.replaced:
            target, cols = (op.idx.schema, op.idx.table), op.idx.columns
        else:
            continue
        if target in dropped_tables:
            hold(step, f"part of dropping table {target[1]}")
        elif cols and any((*target, c) in dropped_columns for c in cols):
            hold(step, "part of dropping a column")


def tie_routines_to_drops(steps: list[Step], ctx: Context) -> None:
    """A routine still used by a table or column that is dropped goes after it,
    and so waits for --force with it."""
    session = ctx.session
    for step in steps:
        if not isinstance(step.op, DropRoutineOp):
            continue
        r = step.op.routine
        users = session.target.depends.users_of(("routine", r.schema, r.name, r.argtypes))
        for user in sorted(users):
            if user[0] not in ("default", "constraint", "trigger"):
                continue
            schema, table = user[1], user[2]
            if (schema, table) in session.target.views.views:
                continue  # a view's trigger: the view goes without --force
            column = user[3] if user[0] == "default" else ""
            if (schema, table) not in session.source.tables:
                reason = f"used by table {table}, dropped with --force"
            elif column and (schema, table, column) not in session.source.columns:
                reason = f"used by column {column}, dropped with --force"
            else:
                continue
            # Counted as losing data, as it always was: a downgrade says so.
            hold(step, reason)
            step.loses_data = True
            break


def hold_keys_of_kept_fks(steps: list[Step], ctx: Context) -> None:
    """A foreign key kept for want of --force pins the key it points at."""
    pinned = {s.op.con.references for s in steps if s.destructive
              and isinstance(s.op, DropConstraintOp) and s.op.con.kind == "f"}
    held = set()
    for step in steps:
        op = step.op
        if (isinstance(op, DropConstraintOp) and op.con.kind in ("p", "u")
                and (op.con.schema, op.con.table) in pinned):
            hold(step, "a foreign key kept without --force uses it")
            held.add((op.con.schema, op.con.table, op.con.name))
    for step in steps:
        op = step.op
        if isinstance(op, AddConstraintOp) and op.replaces is not None:
            rep = op.replaces
            if (rep.schema, rep.table, rep.name) in held:
                hold(step, "replaces a key that is held back")


def root_of(step: Step) -> ObjectKey | None:
    """What a step drops and makes again under its users: a routine PostgreSQL
    cannot replace in place, or a rebuilt enum."""
    op = step.op
    if isinstance(op, ReplaceRoutineOp) and not replaceable(op.routine, op.existing):
        return ("routine", op.existing.schema, op.existing.name, op.existing.argtypes)
    if isinstance(op, RebuildEnumOp):
        return ("type", op.old.schema, op.old.name)
    if isinstance(op, ReplaceAggregateOp):
        return ("routine", *op.existing.key)
    return None


def hold_for_generated(roots: dict[ObjectKey, bool], steps: list[Step],
                       ctx: Context) -> None:
    """A change under a stored generated column waits for --force.

    The column has to be dropped and added again (PostgreSQL 15 cannot set a
    generation expression), which no script without --force may do. ``roots``
    (what is made again, and whether it waits) is updated to match.
    """
    session = ctx.session
    for step in steps:
        key = root_of(step)
        if key is None or roots.get(key, True):
            continue
        for user in users_closure(session.target.depends, {key}):
            col = session.target.columns.get((user[1], user[2], user[3])) if (
                user[0] == "default") else None
            if col is not None and col.generated:
                hold(step, f"generated column {user[3]} of {user[2]} is added anew")
                roots[key] = True
                break


def goes_with_held(step: Step) -> None:
    """Taken down and put back only for a change that waits for --force: it waits too."""
    hold(step, "goes with a change that needs --force")


def loses_data(step: Step) -> bool:
    """Whether running the step (under --force) loses data a reverse cannot bring back."""
    return step.destructive and step.loses_data
