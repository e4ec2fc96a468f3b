"""Functions, procedures and triggers, compared on PostgreSQL's own text.

A routine is one object per (schema, name, input argument types), so
overloads are distinct; its ``pg_get_functiondef`` text covers body,
arguments, result, language, volatility, strictness, security and SET
options. A trigger is one object per (schema, table, name), compared on
``pg_get_triggerdef`` and whether it is enabled.
"""

from __future__ import annotations

from alembic.autogenerate.api import AutogenContext
from alembic.operations import MigrateOperation, ops
from alembic.runtime.plugins import Plugin
from alembic.util import PriorityDispatchResult

from krakn.catalog.routines import Routine, RoutinesSnapshot, Trigger
from krakn.compare.session import Session, session_of
from krakn.ops.routines import (
    CreateLateRoutineOp,
    CreateRoutineOp,
    CreateTriggerOp,
    DropEarlyRoutineOp,
    DropRoutineOp,
    DropTriggerOp,
    ReplaceLateRoutineOp,
    ReplaceRoutineOp,
    SetRoutineCommentOp,
    SetTriggerCommentOp,
    SetTriggerStateOp,
)


def _routine_ops(new: Routine | None, old: Routine | None) -> list[MigrateOperation]:
    if new is not None and old is None:
        return [CreateLateRoutineOp(new) if new.after_tables else CreateRoutineOp(new)]
    if old is not None and new is None:
        return [DropEarlyRoutineOp(old) if old.after_tables else DropRoutineOp(old)]
    assert new is not None and old is not None
    if new.definition != old.definition:
        late = new.after_tables or old.after_tables
        return [ReplaceLateRoutineOp(new, old) if late else ReplaceRoutineOp(new, old)]
    if new.comment != old.comment:
        return [SetRoutineCommentOp(new, old.comment)]
    return []


def _used_by(session: Session, r: Routine) -> list[tuple[str, str, str]]:
    """(schema, table, column or "") whose default, check or trigger uses r."""
    out = []
    for user in sorted(session.target.depends.users_of(("routine", r.schema, r.name,
                                                         r.argtypes))):
        if user[0] == "default":
            out.append((user[1], user[2], user[3]))
        elif user[0] in ("constraint", "trigger"):
            out.append((user[1], user[2], ""))
    return out


def _tie_to_drops(op: DropRoutineOp, session: Session) -> None:
    """A routine still used by a table or column that is dropped goes after it,
    and so waits for --force with it."""
    for schema, table, column in _used_by(session, op.routine):
        if (schema, table) not in session.source.tables:
            op.destructive, op.reason = True, f"used by table {table}, dropped with --force"
            return
        if column and (schema, table, column) not in session.source.columns:
            op.destructive, op.reason = True, f"used by column {column}, dropped with --force"
            return


def _trigger_ops(new: Trigger | None, old: Trigger | None) -> list[MigrateOperation]:
    if new is not None and old is None:
        return [CreateTriggerOp(new)]
    if old is not None and new is None:
        return [DropTriggerOp(old)]
    assert new is not None and old is not None
    if new.definition != old.definition:
        return [DropTriggerOp(old, replaced=True), CreateTriggerOp(new, replaces=old)]
    out: list[MigrateOperation] = []
    if new.enabled != old.enabled:
        out.append(SetTriggerStateOp(new, old))
    if new.comment != old.comment:
        out.append(SetTriggerCommentOp(new, old))
    return out


def _triggers(session: Session, src: RoutinesSnapshot,
              tgt: RoutinesSnapshot) -> list[MigrateOperation]:
    out: list[MigrateOperation] = []
    for key in sorted(src.triggers.keys() | tgt.triggers.keys()):
        if key[:2] not in session.source.tables:
            continue  # the table is dropped, and its triggers with it
        out.extend(_trigger_ops(src.triggers.get(key), tgt.triggers.get(key)))
    return out


def compare_routines(ctx: AutogenContext, upgrade_ops: ops.UpgradeOps,
                     schemas: set[str | None]) -> PriorityDispatchResult:
    session = session_of(ctx)
    src, tgt = session.source.routines, session.target.routines
    for key in sorted(src.routines.keys() | tgt.routines.keys()):
        for op in _routine_ops(src.routines.get(key), tgt.routines.get(key)):
            if isinstance(op, DropRoutineOp):
                _tie_to_drops(op, session)
            upgrade_ops.ops.append(op)
    upgrade_ops.ops.extend(_triggers(session, src, tgt))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_routines, "schema", "krakn_routines")
