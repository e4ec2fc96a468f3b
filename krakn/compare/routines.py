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
from krakn.compare.view_triggers import on_view
from krakn.ops.routines import (
    CreateRoutineOp,
    CreateTriggerOp,
    DropRoutineOp,
    DropTriggerOp,
    ReplaceRoutineOp,
    SetRoutineCommentOp,
    SetTriggerCommentOp,
    SetTriggerStateOp,
)


def _routine_ops(new: Routine | None, old: Routine | None) -> list[MigrateOperation]:
    if new is not None and old is None:
        return [CreateRoutineOp(new)]
    if old is not None and new is None:
        return [DropRoutineOp(old)]
    assert new is not None and old is not None
    if new.definition != old.definition:
        return [ReplaceRoutineOp(new, old)]
    if new.comment != old.comment:
        return [SetRoutineCommentOp(new, old.comment)]
    return []


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
        if on_view(src.triggers.get(key), tgt.triggers.get(key)):
            continue  # krakn.compare.view_triggers
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
            upgrade_ops.ops.append(op)
    upgrade_ops.ops.extend(_triggers(session, src, tgt))
    return PriorityDispatchResult.CONTINUE


def setup(plugin: Plugin) -> None:
    plugin.add_autogenerate_comparator(compare_routines, "schema", "krakn_routines")
