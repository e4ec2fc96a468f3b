"""Objects that must be dropped and created again because something under them changes.

PostgreSQL refuses to retype or drop a column that a view, a policy or a
trigger reads, to drop a view another view reads, to drop a key a foreign key
leans on, and to drop a routine or a type that a default, check, index, view,
trigger, policy or routine uses. The target's ``pg_depend`` facts (see
``krakn.catalog.depends`` and ``krakn.catalog.views``) and its constraints
say what stands on what; those objects go before the change and come back
after it, in dependency order.
"""

from __future__ import annotations

from collections.abc import Callable

from alembic.operations import MigrateOperation, ops

from krakn.catalog.depends import ObjectKey, users_closure
from krakn.catalog.snapshot import Column
from krakn.catalog.views import RelKey
from krakn.compare.aggregates import aggregate_pair
from krakn.compare.session import Session
from krakn.ops.columns import ReplaceGeneratedColumnOp, rebuilt_with
from krakn.ops.constraints import AddConstraintOp, DropConstraintOp
from krakn.ops.domains import AlterDomainOp
from krakn.ops.foreign import FOREIGN_TABLES, touched_columns
from krakn.ops.indexes import DropIndexOp
from krakn.ops.objects import ObjectOp
from krakn.ops.phases import Phase
from krakn.ops.rebuilds import (
    DropUserCheckOp,
    DropUserDefaultOp,
    DropUserExpressionOp,
    DropUserRoutineOp,
    RecreateGeneratedColumnOp,
    RecreateIndexOp,
    RecreateRoutineOp,
    RecreateTriggerOp,
    RestoreCheckOp,
    RestoreDefaultOp,
)
from krakn.ops.routines import DropRoutineOp, DropTriggerOp, ReplaceRoutineOp
from krakn.ops.security import CreatePolicyOp, DropPolicyOp
from krakn.ops.types import RebuildEnumOp
from krakn.ops.views import CreateViewOp, DropViewOp
from krakn.plan import safety
from krakn.plan.model import Context, Step
from krakn.plan.place import place
from krakn.types import CatalogType


def _touched(steps: list[Step]) -> tuple[set[tuple[str, str, str]], set[RelKey]]:
    """Columns retyped or dropped, and relations dropped (tables, foreign tables, views)."""
    columns: set[tuple[str, str, str]] = set()
    relations: set[RelKey] = set()
    for step in steps:
        op = step.op
        # The plan has filled in every schema by now (see place.flatten).
        if isinstance(op, ops.AlterColumnOp) and op.modify_type is not None:
            columns.add((op.schema or "", op.table_name, op.column_name))
        elif isinstance(op, ops.DropColumnOp):
            columns.add((op.schema or "", op.table_name, op.column_name))
        elif isinstance(op, ReplaceGeneratedColumnOp):
            columns.add((op.schema, op.table, op.column))
        elif isinstance(op, RebuildEnumOp):
            columns.update((u.schema, u.table, u.column) for u in op.old.uses)
        elif isinstance(op, ops.DropTableOp):
            relations.add((op.schema or "", op.table_name))
        elif isinstance(op, DropViewOp):
            relations.add(op.view.key)
        elif isinstance(op, ObjectOp) and op.kind is FOREIGN_TABLES and op.old is not None:
            old = op.old
            if op.new is None:  # dropped, or made again on another server
                relations.add((old.schema, old.name))
            else:
                columns.update((old.schema, old.name, c) for c in touched_columns(op.new, old))
    return columns, relations


def rebuild_dependent_views(steps: list[Step], ctx: Context) -> None:
    """Drop-and-create steps for target views standing on what the plan changes."""
    session = ctx.session
    views = session.target.views
    columns, relations = _touched(steps)
    dropped = {s.op.view.key for s in steps if isinstance(s.op, DropViewOp)}
    rebuild: set[RelKey] = set()
    grew = True
    while grew:  # a view on a rebuilt view is rebuilt too
        grew = False
        for key in views.views:
            if key in dropped or key in rebuild:
                continue
            if (views.reads_columns.get(key, set()) & columns
                    or views.reads.get(key, set()) & (relations | rebuild)):
                rebuild.add(key)
                grew = True
    extra: list[Step] = []
    for key in sorted(rebuild):
        extra.append(place(DropViewOp(views.views[key], views.depth(key), replaced=True), session))
        new = session.source.views.views.get(key)
        if new is not None:
            depth = session.source.views.depth(key)
            extra.append(place(CreateViewOp(new, depth, rebuild=True), session))
    steps.extend(extra)


def rebuild_dependent_policies(steps: list[Step], ctx: Context) -> None:
    """Policies of a table whose column is retyped or dropped go and come back.

    PostgreSQL refuses to alter a column a policy uses; pg_depend records the
    table, so all the table's policies are rebuilt (they are cheap).
    """
    session = ctx.session
    columns, dropped_tables = _touched(steps)
    tables = {(s, t) for s, t, _ in columns} - dropped_tables
    handled = {(p.schema, p.table, p.name) for p in
               (s.op.policy for s in steps if isinstance(s.op, DropPolicyOp))}
    extra: list[Step] = []
    for key in sorted(tables):
        for name, old in sorted(session.target.security.policies.get(key, {}).items()):
            if (*key, name) in handled:
                continue
            extra.append(place(DropPolicyOp(old, replaced=True), session))
            new = session.source.security.policies.get(key, {}).get(name)
            if new is not None:
                extra.append(place(CreatePolicyOp(new, rebuild=True), session))
    steps.extend(extra)


def rebuild_dependent_fks(steps: list[Step], ctx: Context) -> None:
    """Foreign keys that stay, but lean on a key that is dropped, go and come back
    (a table dropped and made again, as a change of partitioning does, too)."""
    session = ctx.session
    rebuilt_tables = set()
    touched = set()
    for step in steps:
        op = step.op
        if isinstance(op, ops.DropTableOp):
            rebuilt_tables.add((op.schema or "", op.table_name))
        elif isinstance(op, DropConstraintOp):
            touched.add((op.con.schema, op.con.table, op.con.name))
            if op.con.kind in ("p", "u"):
                rebuilt_tables.add((op.con.schema, op.con.table))
        elif isinstance(op, DropIndexOp) and "UNIQUE" in op.idx.definition[:14]:
            rebuilt_tables.add((op.idx.schema, op.idx.table))
    extra: list[Step] = []
    for key, fk in sorted(session.target.constraints.items()):
        if fk.kind != "f" or fk.references not in rebuilt_tables or key in touched:
            continue
        new = session.source.constraints.get(key)
        if new is None:
            continue
        extra.append(place(DropConstraintOp(fk, replaced=True), session))
        extra.append(place(AddConstraintOp(new, rebuild=True), session))
    steps.extend(extra)


# Where users the plan drops anyway go instead, before what they use changes.
_EARLY_DROP = {"default": Phase.DROP_USER_DEFAULTS, "routine": Phase.DROP_USER_ROUTINES}


def _roots(steps: list[Step]) -> dict[ObjectKey, bool]:
    """What is dropped and made again under its users: routines that cannot be
    replaced in place, rebuilt enums, retyped or dropped columns; each with
    whether it waits for --force."""
    roots: dict[ObjectKey, bool] = {}
    for step in steps:
        key = safety.root_of(step)
        if key is not None:
            roots[key] = step.destructive
        for column in _touched([step])[0]:
            key = ("column", *column)
            roots[key] = roots.get(key, True) and step.destructive
    return roots


def _dropped_by_plan(steps: list[Step]) -> dict[ObjectKey, Step]:
    """The steps that already take down an object of a kind users can be."""
    out: dict[ObjectKey, Step] = {}
    for step in steps:
        op = step.op
        if isinstance(op, DropViewOp):
            out[("view", op.view.schema, op.view.name)] = step
        elif isinstance(op, DropIndexOp):
            out[("index", op.idx.schema, op.idx.name)] = step
        elif isinstance(op, DropConstraintOp):
            out[("constraint", op.con.schema, op.con.table, op.con.name)] = step
        elif isinstance(op, DropTriggerOp):
            t = op.trigger
            out[("trigger", t.schema, t.table, t.name)] = step
        elif isinstance(op, DropPolicyOp):
            p = op.policy
            out[("policy", p.schema, p.table, p.name)] = step
        elif isinstance(op, (DropRoutineOp, ReplaceRoutineOp)):
            r = op.routine if isinstance(op, DropRoutineOp) else op.existing
            out[("routine", r.schema, r.name, r.argtypes)] = step
        elif isinstance(op, AlterDomainOp) and op.aspect == "check":
            out[("domain_constraint", op.schema, op.name, op.check)] = step
        elif isinstance(op, ops.AlterColumnOp) and op.modify_server_default is None:
            out[("default", op.schema or "", op.table_name, op.column_name)] = step
    return out


Pair = tuple[MigrateOperation | None, MigrateOperation | None]


def _view_pair(session: Session, key: ObjectKey) -> Pair:
    tgt, src = session.target.views, session.source.views
    view, new = tgt.views.get((key[0], key[1])), src.views.get((key[0], key[1]))
    if view is None:
        return None, None
    again = CreateViewOp(new, src.depth(new.key), rebuild=True) if new else None
    return DropViewOp(view, tgt.depth(view.key), replaced=True), again


def _index_pair(session: Session, key: ObjectKey) -> Pair:
    old, new = session.target.indexes.get((key[0], key[1])), session.source.indexes.get(
        (key[0], key[1]))
    return (DropIndexOp(old, replaced=True) if old else None,
            RecreateIndexOp(new) if new else None)


def _constraint_pair(session: Session, key: ObjectKey) -> Pair:
    name = (key[0], key[1], key[2])
    old, new = session.target.constraints.get(name), session.source.constraints.get(name)
    return (DropConstraintOp(old, replaced=True) if old else None,
            AddConstraintOp(new, rebuild=True) if new else None)


def _trigger_pair(session: Session, key: ObjectKey) -> Pair:
    name = (key[0], key[1], key[2])
    old = session.target.routines.triggers.get(name)
    new = session.source.routines.triggers.get(name)
    return (DropTriggerOp(old, replaced=True) if old else None,
            RecreateTriggerOp(new) if new else None)


def _policy_pair(session: Session, key: ObjectKey) -> Pair:
    old = session.target.security.policies.get((key[0], key[1]), {}).get(key[2])
    new = session.source.security.policies.get((key[0], key[1]), {}).get(key[2])
    return (DropPolicyOp(old, replaced=True) if old else None,
            CreatePolicyOp(new, rebuild=True) if new else None)


def _routine_pair(session: Session, key: ObjectKey) -> Pair:
    name = (key[0], key[1], key[2])
    old = session.target.routines.routines.get(name)
    new = session.source.routines.routines.get(name)
    if old is None:  # an aggregate over a routine made again
        return aggregate_pair(session, name)
    return (DropUserRoutineOp(old) if old else None,
            RecreateRoutineOp(new) if new else None)


def _default_pair(session: Session, key: ObjectKey) -> Pair:
    s, t, c = key
    old, new = session.target.columns.get((s, t, c)), session.source.columns.get((s, t, c))
    if old is not None and old.generated and old.default:
        return _generated_pair(session, key, old, new)
    return (DropUserDefaultOp(s, t, c, old.default) if old and old.default else None,
            RestoreDefaultOp(s, t, c, new.default) if new and new.default else None)


def _generated_pair(session: Session, key: ObjectKey, old: Column,
                    new: Column | None) -> Pair:
    """A stored generated column: plain while the change is made, then added anew."""
    s, t, c = key
    assert old.default is not None
    drop = DropUserExpressionOp(s, t, c, old.default,
                                CatalogType(old.type, old.collation).get_col_spec(),
                                rebuilt_with(session.target, (s, t), c, session.source))
    if new is None or not new.generated or not new.default:
        return drop, None  # the column goes, or stops being generated: the plan says so
    return drop, RecreateGeneratedColumnOp(
        s, t, c, CatalogType(new.type, new.collation).get_col_spec(), new.default, None,
        rebuilt_with(session.source, (s, t), c, session.target))


def _domain_check_pair(session: Session, key: ObjectKey) -> Pair:
    s, d, c = key
    old = session.target.types.domains.get((s, d))
    new = session.source.types.domains.get((s, d))
    old_check = dict(old.checks).get(c) if old else None
    new_check = dict(new.checks).get(c) if new else None
    return (DropUserCheckOp(s, d, c, old_check) if old_check else None,
            RestoreCheckOp(s, d, c, new_check) if new_check else None)


# One pair per kind of krakn.ops.rebuilds.REBUILT_KINDS.
_PAIRS: dict[str, Callable[[Session, ObjectKey], Pair]] = {
    "view": _view_pair, "index": _index_pair, "constraint": _constraint_pair,
    "trigger": _trigger_pair, "policy": _policy_pair, "routine": _routine_pair,
    "default": _default_pair, "domain_constraint": _domain_check_pair,
}


def user_pair(session: Session, user: ObjectKey) -> Pair:
    """The drop of a target user and its make again from the source (None
    where a side has none), for the kinds krakn can rebuild."""
    pair = _PAIRS.get(user[0])
    return pair(session, user[1:]) if pair else (None, None)


def rebuild_users(steps: list[Step], ctx: Context) -> None:
    """Users of what the plan drops and creates again go first and come back after.

    Users only of changes that wait for --force wait with them, so a script
    without --force does not take down and put back what it then leaves alone.
    """
    session = ctx.session
    depends = session.target.depends
    roots = _roots(steps)
    safety.hold_for_generated(roots, steps, ctx)
    needed = users_closure(depends, {k for k, held in roots.items() if not held})
    planned = _dropped_by_plan(steps)
    extra: list[Step] = []
    for user in sorted(users_closure(depends, set(roots))):
        added = _take_down(user, planned.get(user), session)
        for step in added:
            if user not in needed:
                safety.goes_with_held(step)
        extra.extend(added)
    steps.extend(extra)


def _take_down(user: ObjectKey, planned: Step | None, session: Session) -> list[Step]:
    if planned is not None and isinstance(planned.op, ReplaceRoutineOp):
        # Changed as well: it goes first, and its replacement only creates.
        planned.op.dropped_before = True
        return [place(DropUserRoutineOp(planned.op.existing), session)]
    if planned is not None:
        # The plan drops it anyway (and makes it anew if the source has it):
        # only make sure that happens before the change.
        planned.phase = min(planned.phase, _EARLY_DROP.get(user[0], planned.phase))
        return []
    pair = _PAIRS.get(user[0])
    drop, again = pair(session, user[1:]) if pair else (None, None)
    if drop is None:
        return []
    return [place(drop, session)] + ([place(again, session)] if again is not None else [])

