"""What a view or a column carries that PostgreSQL does not put back by itself.

A view dropped and made again (changed, or rebuilt over a change under it
by krakn.plan.dependents) loses its INSTEAD OF triggers and its rules; a
rule reading a column that is retyped, or a view made again, must go first;
extended statistics forget their target when a column they use is retyped,
and go with a column that is dropped. Each goes before the change and comes
back after it, waiting for --force with the step that causes it.
"""

from __future__ import annotations

from alembic.operations import MigrateOperation

from krakn.catalog.rules import Rule
from krakn.catalog.views import RelKey
from krakn.compare.session import Session
from krakn.ops.rebuilds import RecreateTriggerOp
from krakn.ops.routines import CreateTriggerOp, DropTriggerOp
from krakn.ops.rules import CreateRuleOp, DropRuleOp
from krakn.ops.statistics import CreateStatisticsOp, DropStatisticsOp
from krakn.ops.views import CreateViewOp, DropViewOp
from krakn.plan import safety
from krakn.plan.dependents import _touched as touched
from krakn.plan.model import Context, Step
from krakn.plan.place import place

Column = tuple[str, str, str]


def _causes(steps: list[Step]) -> tuple[dict[RelKey, Step], dict[Column, Step]]:
    """Views dropped (to go, or to come back), and columns retyped or dropped,
    each with the step that does it."""
    views = {s.op.view.key: s for s in steps if isinstance(s.op, DropViewOp)}
    columns: dict[Column, Step] = {}
    for step in steps:
        for column in touched([step])[0]:
            columns.setdefault(column, step)
    return views, columns


def _add(extra: list[Step], op: MigrateOperation, session: Session, cause: Step) -> None:
    step = place(op, session)
    if cause.destructive:
        safety.goes_with_held(step)
    extra.append(step)


def _view_triggers(steps: list[Step], session: Session, views: dict[RelKey, Step],
                   remade: set[RelKey]) -> list[Step]:
    drops = {(o.trigger.schema, o.trigger.table, o.trigger.name) for o in
             (s.op for s in steps) if isinstance(o, DropTriggerOp)}
    creates = {(o.trigger.schema, o.trigger.table, o.trigger.name) for o in
               (s.op for s in steps) if isinstance(o, CreateTriggerOp)}
    extra: list[Step] = []
    for key, old in sorted(session.target.routines.triggers.items()):
        if old.on_view and key[:2] in views and key not in drops:
            _add(extra, DropTriggerOp(old, replaced=True), session, views[key[:2]])
    for key, new in sorted(session.source.routines.triggers.items()):
        if new.on_view and key[:2] in remade and key not in creates:
            _add(extra, RecreateTriggerOp(new), session, views[key[:2]])
    return extra


def _rule_cause(rule: Rule, views: dict[RelKey, Step],
                columns: dict[Column, Step]) -> Step | None:
    """The step that takes the rule's relation, or something it reads, down."""
    if (rule.schema, rule.table) in views:
        return views[(rule.schema, rule.table)]
    for schema, relation, column in rule.reads:
        # pg_depend names the columns it reads, the relation alone otherwise.
        if (schema, relation) in views:
            return views[(schema, relation)]
        if (schema, relation, column) in columns:
            return columns[(schema, relation, column)]
    return None


def _rules(steps: list[Step], session: Session, views: dict[RelKey, Step],
           columns: dict[Column, Step]) -> list[Step]:
    planned = {o.rule.key for o in (s.op for s in steps)
               if isinstance(o, (DropRuleOp, CreateRuleOp))}
    extra: list[Step] = []
    for key, old in sorted(session.target.rules.items()):
        cause = None if key in planned else _rule_cause(old, views, columns)
        if cause is None:
            continue
        _add(extra, DropRuleOp(old, replaced=True), session, cause)
        new = session.source.rules.get(key)
        if new is not None:
            _add(extra, CreateRuleOp(new, rebuild=True), session, cause)
    return extra


def _statistics(steps: list[Step], session: Session,
                columns: dict[Column, Step]) -> list[Step]:
    planned = {o.stats.key: s for s in steps
               for o in (s.op,) if isinstance(o, (DropStatisticsOp, CreateStatisticsOp))}
    extra: list[Step] = []
    for key, old in sorted(session.target.statistics.items()):
        cause = next((columns[c] for c in ((old.table_schema, old.table, name)
                                           for name in old.columns) if c in columns), None)
        if cause is None:
            continue
        if key in planned:
            if isinstance(planned[key].op, DropStatisticsOp) and cause.destructive:
                safety.hold(planned[key], "part of dropping a column")
            continue
        new = session.source.statistics.get(key)
        if new is None:
            continue
        _add(extra, DropStatisticsOp(old, replaced=True), session, cause)
        _add(extra, CreateStatisticsOp(new, rebuild=True), session, cause)
    return extra


def rebuild_view_parts(steps: list[Step], ctx: Context) -> None:
    """View triggers, rules and statistics down before a change under them, back after."""
    session = ctx.session
    views, columns = _causes(steps)
    remade = {s.op.view.key for s in steps if isinstance(s.op, CreateViewOp)}
    extra = _view_triggers(steps, session, views, remade)
    extra += _rules(steps, session, views, columns)
    extra += _statistics(steps, session, columns)
    steps.extend(extra)
