"""A table rebuilt for its partitioning: its steps kept together.

krakn.compare.tables plans the rebuild as the table (and its partitions)
removed and added, between a StashRowsOp and a RestoreRowsOp
(krakn.ops.table_rows). Three things follow here. What the old table's
DROP TABLE takes along and the comparison saw no change to (triggers, rules,
extended statistics) is made again on the new one. The old partitions are
dropped right after the rows are set aside, before the old parent (which
takes them along) and before a new partition of the same name is made; the
sort alone would leave a partition whose name the new table reuses to a
DROP TABLE at the end, which would drop the new one. And the rebuild drops
tables, so without --force none of it runs: every step it consists of, the
views made again over it, the routines on its row type and the foreign keys
pointing at it wait together.
"""

from __future__ import annotations

import logging

from alembic.operations import ops

from krakn.catalog.depends import ObjectKey
from krakn.catalog.snapshot import TableKey
from krakn.catalog.views import ViewsSnapshot
from krakn.compare.tables import under
from krakn.ops.base import SQLOp
from krakn.ops.constraints import AddConstraintOp, DropConstraintOp
from krakn.ops.partitions import CreatePartitionOp
from krakn.ops.rebuilds import DropUserRoutineOp, RecreateRoutineOp, RecreateTriggerOp
from krakn.ops.routines import CreateTriggerOp, DropTriggerOp
from krakn.ops.rules import CreateRuleOp, DropRuleOp
from krakn.ops.statistics import CreateStatisticsOp, DropStatisticsOp
from krakn.ops.table_rows import StashRowsOp
from krakn.ops.views import CreateViewOp, DropViewOp
from krakn.plan.kinds import relation_of
from krakn.plan.model import Context, Step
from krakn.plan.place import place
from krakn.plan.safety import hold

log = logging.getLogger(__name__)


def rebuilt_tables(ctx: Context, root: TableKey) -> set[TableKey]:
    """The rebuilt table and its partitions, on either side."""
    return {root} | {key for snap in (ctx.session.source, ctx.session.target)
                     for key in snap.tables if under(snap, key, {root})}


def _roots(steps: list[Step]) -> list[tuple[Step, TableKey]]:
    return [(s, (s.op.schema, s.op.table)) for s in steps if isinstance(s.op, StashRowsOp)]


def _planned(steps: list[Step]) -> set[tuple[str, ...]]:
    """Triggers, rules and statistics the comparison already drops or makes."""
    out: set[tuple[str, ...]] = set()
    for op in (s.op for s in steps):
        if isinstance(op, (CreateTriggerOp, DropTriggerOp)):
            out.add(("trigger", op.trigger.schema, op.trigger.table, op.trigger.name))
        elif isinstance(op, (CreateRuleOp, DropRuleOp)):
            out.add(("rule", *op.rule.key))
        elif isinstance(op, (CreateStatisticsOp, DropStatisticsOp)):
            out.add(("statistics", *op.stats.key))
    return out


def remake_parts(steps: list[Step], ctx: Context) -> None:
    """Triggers, rules and extended statistics the same on both sides went with
    the old table: the new one gets them (the comparison saw no difference)."""
    src, tgt = ctx.session.source, ctx.session.target
    planned = _planned(steps)
    found: list[SQLOp] = []
    for _, root in _roots(steps):
        names = rebuilt_tables(ctx, root)
        found += [RecreateTriggerOp(t) for k, t in sorted(src.routines.triggers.items())
                  if k[:2] in names and k in tgt.routines.triggers
                  and ("trigger", *k) not in planned]
        found += [CreateRuleOp(r, rebuild=True) for k, r in sorted(src.rules.items())
                  if (r.schema, r.table) in names and k in tgt.rules
                  and ("rule", *k) not in planned]
        found += [CreateStatisticsOp(st, rebuild=True) for k, st in sorted(src.statistics.items())
                  if (st.table_schema, st.table) in names and k in tgt.statistics
                  and ("statistics", *k) not in planned]
    steps.extend(place(op, ctx.session) for op in found)


def order_rebuilds(steps: list[Step], ctx: Context) -> None:
    """The old table's drops (partitions first) follow its rows being set aside."""
    for stash, root in _roots(steps):
        names = rebuilt_tables(ctx, root)
        drops = [s for s in steps if isinstance(s.op, ops.DropTableOp)
                 and (s.op.schema or "", s.op.table_name) in names]
        if not drops:
            continue
        ids = {id(s) for s in drops}
        # Before the first of them goes, and before any table of the rebuild is made.
        at = min(i for i, s in enumerate(steps) if id(s) in ids or (
            isinstance(s.op, (ops.CreateTableOp, CreatePartitionOp))
            and relation_of(s.op) in names))
        lead = []
        if next(i for i, s in enumerate(steps) if s is stash) > at:
            ids.add(id(stash))
            lead = [stash]
        steps[:] = ([s for s in steps[:at] if id(s) not in ids] + lead
                    + sorted(drops, key=lambda s: s.key)
                    + [s for s in steps[at:] if id(s) not in ids])


def _views_over(views: ViewsSnapshot, names: set[TableKey]) -> set[TableKey]:
    """Views reading the tables, or views that do, at any depth."""
    found: set[TableKey] = set()
    grew = True
    while grew:
        grew = False
        for key in views.views:
            if key not in found and views.reads.get(key, set()) & (names | found):
                found.add(key)
                grew = True
    return found


def _part_of(step: Step, names: set[TableKey], views: set[TableKey],
             routines: set[ObjectKey]) -> bool:
    op = step.op
    if relation_of(op) in names:
        return True
    if isinstance(op, (DropUserRoutineOp, RecreateRoutineOp)):
        r = op.routine
        return ("routine", r.schema, r.name, r.argtypes) in routines
    if isinstance(op, (DropConstraintOp, AddConstraintOp)) and op.con.kind == "f":
        return op.con.references in names
    if isinstance(op, (CreateRuleOp, DropRuleOp)):
        return (op.rule.schema, op.rule.table) in names
    if isinstance(op, (CreateStatisticsOp, DropStatisticsOp)):
        return (op.stats.table_schema, op.stats.table) in names
    if isinstance(op, DropViewOp):
        return op.replaced and op.view.key in views
    if isinstance(op, CreateViewOp):
        return op.rebuild and op.view.key in views
    return False


def hold_rebuilds(steps: list[Step], ctx: Context) -> None:
    """Without --force, a rebuild and all it takes down and puts back wait."""
    session = ctx.session
    for stash, root in _roots(steps):
        names = rebuilt_tables(ctx, root)
        views = (_views_over(session.target.views, names)
                 | _views_over(session.source.views, names))
        # Routines on the tables' row types, taken down by krakn.plan.row_types.
        routines = {user for snap in (session.source, session.target) for name in names
                    for user in snap.depends.users_of(("type", *name))}
        reason = f"part of rebuilding table {root[1]} for its partitioning"
        for step in steps:
            if step is stash or _part_of(step, names, views, routines):
                if isinstance(step.op, ops.DropTableOp):
                    # Still counted as losing data (safety.verdict): only the words change.
                    step.reason = f"drops table {step.op.table_name}, {reason}"
                elif not step.loses_data:
                    hold(step, reason)
