"""A publication's tables wait with the table whose drop or creation waits.

A table that changes kind (a view or a sequence that becomes a table, or
the other way round) is dropped and made again; its place in a publication
is added after it is made, or dropped before it goes, in one
``ALTER PUBLICATION`` with the publication's other tables. Without --force
the drop is held, and so is the new table (krakn.plan.kinds): adding a
table that is not made would fail, and taking a kept table out of a
publication would change what is replicated for a drop that does not run.
Those tables are split off into a step of their own that waits too.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from krakn.catalog.publications import PublishedTable
from krakn.ops.publications import PublicationEntriesOp
from krakn.plan.model import Context, Step
from krakn.plan.order import dropped_by, made_by
from krakn.plan.safety import hold

log = logging.getLogger(__name__)

RelName = tuple[str, str]


def _held(steps: list[Step], made: bool) -> set[RelName]:
    """Tables a held step makes (made) or drops."""
    which = made_by if made else dropped_by
    return {(k[1], k[2]) for s in steps if s.destructive for k in which(s.op)
            if k[0] == "table"}


def _split(step: Step, names: set[RelName]) -> list[Step]:
    """The step, and a held one for its tables among names (if any)."""
    op = step.op
    assert isinstance(op, PublicationEntriesOp)
    waiting: tuple[PublishedTable, ...] = tuple(
        t for t in op.tables if (t.schema, t.table) in names)
    if not waiting or step.destructive:
        return [step]
    reason = ("adds a table made only with --force" if op.add
              else "takes out a table dropped only with --force")
    held = replace(step, op=PublicationEntriesOp(op.pub, op.add, waiting, (), op.changed,
                                                 op.silent))
    hold(held, reason)
    rest = tuple(t for t in op.tables if t not in waiting)
    if not rest and not op.schemas:
        return [held]
    kept = replace(step, op=PublicationEntriesOp(op.pub, op.add, rest, op.schemas,
                                                 op.changed, op.silent))
    return [kept, held]


def hold_published_tables(steps: list[Step], ctx: Context) -> None:
    """The pass: publication entries of tables made or dropped only with --force wait."""
    made, dropped = _held(steps, True), _held(steps, False)
    if not made and not dropped:
        return
    out: list[Step] = []
    for step in steps:
        if isinstance(step.op, PublicationEntriesOp):
            out.extend(_split(step, made if step.op.add else dropped))
        else:
            out.append(step)
    steps[:] = out
