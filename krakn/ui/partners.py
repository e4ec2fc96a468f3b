"""Which silent steps belong to a change: the drop that makes way for its CREATE.

A changed view, trigger or constraint is planned as two steps: the old one dropped
(no diff line: ``replaced``) and the new one created (the line "Changed
view ..."). Expanding the change shows both, and the rollback of both;
the drop is then not listed again among the supporting steps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from krakn.ops.constraints import AddConstraintOp, DropConstraintOp
from krakn.ops.routines import CreateTriggerOp, DropTriggerOp
from krakn.ops.views import CreateViewOp, DropViewOp

if TYPE_CHECKING:
    from krakn.plan import Step


def _made_way(step: Step) -> tuple[str, ...] | None:
    """The object a drop makes way for (None: not such a drop)."""
    op = step.op
    if isinstance(op, DropViewOp) and op.replaced:
        return ("view", op.view.schema, op.view.name)
    if isinstance(op, DropTriggerOp) and op.replaced:
        t = op.trigger
        return ("trigger", t.schema, t.table, t.name)
    if isinstance(op, DropConstraintOp) and op.replaced:
        return ("constraint", op.con.schema, op.con.table, op.con.name)
    return None


def _replacing(step: Step) -> tuple[str, ...] | None:
    """The object a CREATE that replaces another makes (None: not such a create)."""
    op = step.op
    if isinstance(op, CreateViewOp) and op.replaces is not None and not op.rebuild:
        return ("view", op.view.schema, op.view.name)
    if isinstance(op, CreateTriggerOp) and op.replaces is not None:
        t = op.trigger
        return ("trigger", t.schema, t.table, t.name)
    if isinstance(op, AddConstraintOp) and op.replaces is not None and not op.rebuild:
        old = op.replaces
        return ("constraint", old.schema, old.table, old.name)
    return None


def partners(steps: list[Step]) -> dict[int, list[int]]:
    """Each replacing step's index -> the indexes of the drops that made way for it."""
    drops: dict[tuple[str, ...], list[int]] = {}
    for index, step in enumerate(steps):
        key = _made_way(step)
        if key is not None:
            drops.setdefault(key, []).append(index)
    found: dict[int, list[int]] = {}
    for index, step in enumerate(steps):
        key = _replacing(step)
        if key is not None and key in drops:
            found[index] = drops.pop(key)
    return found
