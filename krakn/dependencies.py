"""Objects that must be dropped and created again because something under them changes.

PostgreSQL refuses to retype or drop a column that a view or a policy reads,
to drop a view another view reads, and to drop a key a foreign key leans on.
The target's ``pg_depend`` facts (see ``krakn.catalog_views``) and its
constraints say what stands on what; those objects go before the change and
come back after it, in dependency order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from alembic.operations import MigrateOperation, ops

from krakn.catalog_views import RelKey
from krakn.ops.columns import ReplaceGeneratedColumnOp
from krakn.ops.constraints import AddConstraintOp, DropConstraintOp
from krakn.ops.indexes import DropIndexOp
from krakn.ops.security import CreatePolicyOp, DropPolicyOp
from krakn.ops.views import CreateViewOp, DropViewOp

if TYPE_CHECKING:
    from krakn.compare.session import Session
    from krakn.plan import Step


def _touched(steps: list[Step]) -> tuple[set[tuple[str, str, str]], set[RelKey]]:
    """Columns retyped or dropped, and relations dropped (tables and views)."""
    columns: set[tuple[str, str, str]] = set()
    relations: set[RelKey] = set()
    for step in steps:
        op = step.op
        # The plan has filled in every schema by now (see plan._flatten).
        if isinstance(op, ops.AlterColumnOp) and op.modify_type is not None:
            columns.add((op.schema or "", op.table_name, op.column_name))
        elif isinstance(op, ops.DropColumnOp):
            columns.add((op.schema or "", op.table_name, op.column_name))
        elif isinstance(op, ReplaceGeneratedColumnOp):
            columns.add((op.schema, op.table, op.column))
        elif isinstance(op, ops.DropTableOp):
            relations.add((op.schema or "", op.table_name))
        elif isinstance(op, DropViewOp):
            relations.add(op.view.key)
    return columns, relations


def rebuild_dependent_views(steps: list[Step], session: Session,
                            place: Callable[[MigrateOperation, Session], Step]) -> list[Step]:
    """Drop-and-create steps for target views standing on what the plan changes."""
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
    return extra


def rebuild_dependent_policies(steps: list[Step], session: Session,
                               place: Callable[[MigrateOperation, Session], Step]
                               ) -> list[Step]:
    """Policies of a table whose column is retyped or dropped go and come back.

    PostgreSQL refuses to alter a column a policy uses; pg_depend records the
    table, so all the table's policies are rebuilt (they are cheap).
    """
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
    return extra


def rebuild_dependent_fks(steps: list[Step], session: Session,
                          place: Callable[[MigrateOperation, Session], Step]) -> list[Step]:
    """Foreign keys that stay, but lean on a key that is dropped, go and come back."""
    rebuilt_tables = set()
    touched = set()
    for step in steps:
        op = step.op
        if isinstance(op, DropConstraintOp):
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
    return extra
