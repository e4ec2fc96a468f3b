"""What else a rename reaches (krakn.catalog.renamed): triggers, policies,
enum uses, dependencies, views and BEGIN ATOMIC bodies, each with the new names."""

from __future__ import annotations

from dataclasses import replace

from krakn.catalog import sqlnames
from krakn.catalog.depends import DependsSnapshot, ObjectKey
from krakn.catalog.renaming import RelKey, Renaming, expression
from krakn.catalog.routines import Routine, RoutinesSnapshot, Trigger
from krakn.catalog.security import Policy, SecuritySnapshot
from krakn.catalog.types import EnumType, TypesSnapshot
from krakn.catalog.views import View, ViewsSnapshot


def rename_routines(snap: RoutinesSnapshot, r: Renaming) -> RoutinesSnapshot:
    """Triggers move to the renamed table; routines' own text is theirs to differ."""
    triggers = {}
    for (schema, table, name), trig in snap.triggers.items():
        new_table = r.table((schema, table))[1]
        triggers[(schema, new_table, name)] = _trigger(trig, new_table, r)
    routines = {k: _routine(routine, r) if routine.after_tables else routine
                for k, routine in snap.routines.items()}
    return RoutinesSnapshot(routines, triggers)


def _routine(routine: Routine, r: Renaming) -> Routine:
    """A BEGIN ATOMIC body is stored parsed: the server prints it with the new names."""
    if "BEGIN ATOMIC" not in routine.definition:
        return routine
    text, followed = _rewritten(routine.definition, list(r.tables) + [
        (s, t) for (s, t, _c) in r.columns], r)
    return replace(routine, definition=text) if followed else routine


def _trigger(trig: Trigger, new_table: str, r: Renaming) -> Trigger:
    columns = r.columns_of((trig.schema, trig.table))
    text = sqlnames.rename_relations(trig.definition, trig.schema, r.relations(trig.schema))
    # UPDATE OF names them bare; WHEN as OLD.column and NEW.column.
    text = sqlnames.rename_columns(text, columns)
    text = sqlnames.rename_qualified(text, {"old": columns, "new": columns})
    return replace(trig, table=new_table, definition=text)


def rename_security(snap: SecuritySnapshot, r: Renaming) -> SecuritySnapshot:
    """Row security flags and policies on the renamed tables."""
    rls = {r.table(k): v for k, v in snap.rls.items()}
    policies = {r.table(k): {name: _policy(p, r) for name, p in by_name.items()}
                for k, by_name in snap.policies.items()}
    return SecuritySnapshot(rls, policies)


def _policy(policy: Policy, r: Renaming) -> Policy:
    columns = r.columns_of((policy.schema, policy.table))

    def text(expr: str | None) -> str | None:
        return None if expr is None else sqlnames.rename_columns(expr, columns)

    return replace(policy, table=r.table((policy.schema, policy.table))[1],
                   using=text(policy.using), check=text(policy.check))


def rename_types(snap: TypesSnapshot, r: Renaming) -> TypesSnapshot:
    """Enum uses name their table's columns."""
    return replace(snap, enums={k: _enum(e, r) for k, e in snap.enums.items()})


def _enum(enum: EnumType, r: Renaming) -> EnumType:
    uses = []
    for use in enum.uses:
        schema, table, column = r.column((use.schema, use.table, use.column))
        uses.append(replace(use, table=table, column=column,
                            default=expression(use.default, (use.schema, use.table), r)))
    return replace(enum, uses=tuple(uses))


def rename_depends(snap: DependsSnapshot, r: Renaming) -> DependsSnapshot:
    return DependsSnapshot({_key(k, r): {_key(u, r) for u in users}
                            for k, users in snap.users.items()})


def _key(key: ObjectKey, r: Renaming) -> ObjectKey:
    kind = key[0]
    if kind in ("column", "default"):
        return (kind, *r.column((key[1], key[2], key[3])))
    if kind == "constraint":
        return (kind, *r.constraint((key[1], key[2], key[3])))
    if kind == "index":
        return (kind, *r.index((key[1], key[2])))
    if kind in ("trigger", "policy"):
        return (kind, *r.table((key[1], key[2])), key[3])
    return key


def rename_views(snap: ViewsSnapshot, r: Renaming
                 ) -> tuple[ViewsSnapshot, dict[RelKey, View]]:
    """Views with the text the server prints after the renames, and those views
    as they were: dropped before the renames, they come back (a rollback) after."""
    views: dict[RelKey, View] = {}
    before: dict[RelKey, View] = {}
    for key, view in snap.views.items():
        reads = snap.reads.get(key, set())
        touched = [rel for rel in reads if rel in r.tables or r.columns_of(rel)]
        if not touched:
            views[key] = view
            continue
        before[key] = view
        views[key] = _view(view, sorted(touched), r)
    out = ViewsSnapshot(
        views,
        {k: {r.table(rel) for rel in rels} for k, rels in snap.reads.items()},
        {k: {r.column(col) for col in cols} for k, cols in snap.reads_columns.items()})
    return out, before


def _view(view: View, touched: list[RelKey], r: Renaming) -> View:
    text, followed = _rewritten(view.definition, touched, r)
    # A use this could not follow keeps the old text: never equal to the
    # source's, so the view is made again rather than trusted.
    return replace(view, definition=text) if followed else view


def _rewritten(text: str, touched: list[RelKey], r: Renaming) -> tuple[str, bool]:
    """A query's text (a view's, a BEGIN ATOMIC body) reading the touched relations."""
    followed = True
    for schema in sorted({rel[0] for rel in touched}):
        relations = {t: new for (s, t), new in r.tables.items() if s == schema}
        columns = {r.table(rel)[1]: r.columns_of(rel) for rel in touched
                   if rel[0] == schema and r.columns_of(rel)}
        text, ok = sqlnames.rewrite_view(text, schema, relations, columns)
        followed = followed and ok
    return text, followed
