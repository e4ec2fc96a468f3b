"""Dependency order across phases, after the steps are sorted.

Phases order kinds (types before tables, tables before views), but a few
uses cross them: a domain over a table's row type, a table with a column of
another table's or a domain's type, a function whose signature uses a view's
row type. And an object that changes kind under the same name (a view that
becomes a table, a sequence that becomes a table) must be gone before its
successor is made, whatever their phases. This pass moves only what such a
use forces to move and keeps every other step where sorting put it:

- a step that makes something waits for the steps that make what it uses
  (the source's ``pg_depend``);
- a step that drops something that is used goes after the steps that drop
  its users (the target's ``pg_depend``), which are pulled forward rather
  than the drop pushed back, so the users stay ahead of what else they need;
- the old holder of a name is dropped before the new one is made.

The reverse of the plan (krakn.plan.rollback) runs the steps backwards, so
the same order serves it.
"""

from __future__ import annotations

import heapq
import logging
from collections.abc import Iterable

from alembic.operations import MigrateOperation, ops
from sqlalchemy import Column

from krakn.catalog.depends import DependsSnapshot, ObjectKey
from krakn.ops.partitions import CreatePartitionOp
from krakn.ops.routines import CreateRoutineOp, DropRoutineOp, ReplaceRoutineOp
from krakn.ops.sequences import CreateSequenceOp, DropSequenceOp
from krakn.ops.types import CreateTypeOp, DropTypeOp
from krakn.ops.views import CreateViewOp, DropViewOp
from krakn.plan.model import Context, Step

log = logging.getLogger(__name__)

Edge = tuple[int, int]  # (earlier, later), as indexes into the steps


def _table_keys(schema: str, name: str) -> set[ObjectKey]:
    # A table's name is a relation and a row type at once.
    return {("table", schema, name), ("relation", schema, name), ("type", schema, name)}


def _routine_key(op: CreateRoutineOp | DropRoutineOp | ReplaceRoutineOp) -> ObjectKey:
    r = op.routine
    return ("routine", r.schema, r.name, r.argtypes)


def made_by(op: MigrateOperation) -> set[ObjectKey]:
    """What a step creates, in krakn.catalog.depends' keys (and "table",
    "relation" for what shares pg_class's names)."""
    if isinstance(op, ops.CreateTableOp):
        schema = op.schema or ""
        out = _table_keys(schema, op.table_name)
        return out | {("column", schema, op.table_name, c.name) for c in op.columns
                      if isinstance(c, Column)}
    if isinstance(op, CreatePartitionOp):
        return _table_keys(op.schema, op.table)
    if isinstance(op, ops.AddColumnOp):
        return {("column", op.schema or "", op.table_name, op.column.name)}
    if isinstance(op, CreateViewOp):
        v = op.view
        return {("view", v.schema, v.name), ("relation", v.schema, v.name),
                ("type", v.schema, v.name)}
    if isinstance(op, CreateTypeOp):
        return {("type", op.obj.schema, op.obj.name)}
    if isinstance(op, (CreateRoutineOp, ReplaceRoutineOp)):
        return {_routine_key(op)}
    if isinstance(op, CreateSequenceOp):
        return {("relation", op.seq.schema, op.seq.name)}
    return set()


def dropped_by(op: MigrateOperation) -> set[ObjectKey]:
    """What a step drops, in the same keys as made_by."""
    if isinstance(op, ops.DropTableOp):
        return _table_keys(op.schema or "", op.table_name)
    if isinstance(op, ops.DropColumnOp):
        return {("column", op.schema or "", op.table_name, op.column_name)}
    if isinstance(op, DropViewOp):
        v = op.view
        return {("view", v.schema, v.name), ("relation", v.schema, v.name),
                ("type", v.schema, v.name)}
    if isinstance(op, DropTypeOp):
        return {("type", op.obj.schema, op.obj.name)}
    if isinstance(op, DropRoutineOp):
        return {_routine_key(op)}
    if isinstance(op, DropSequenceOp):
        return {("relation", op.seq.schema, op.seq.name)}
    return set()


def _index(steps: list[Step], keys_of) -> dict[ObjectKey, list[int]]:
    out: dict[ObjectKey, list[int]] = {}
    for i, step in enumerate(steps):
        for key in keys_of(step.op):
            out.setdefault(key, []).append(i)
    return out


def _holders(user: ObjectKey, where: dict[ObjectKey, list[int]]) -> list[int]:
    """The steps that make (or drop) a user: a column's, or its table's."""
    if user[0] in ("column", "default"):
        column = ("column", *user[1:])
        return where.get(column) or where.get(("table", user[1], user[2]), [])
    return where.get(user, [])


def use_edges(steps: list[Step], where: dict[ObjectKey, list[int]],
              depends: DependsSnapshot) -> Iterable[tuple[int, int]]:
    """(used, user) pairs of steps, for what the steps touch."""
    for key, found in where.items():
        if key[0] not in ("type", "routine"):
            continue  # pg_depend is read for the users of these only
        for user in depends.users_of(key):
            for j in _holders(user, where):
                for i in found:
                    if i != j:
                        yield i, j


def topo(count: int, edges: Iterable[Edge], latest: bool = False) -> list[int]:
    """The indexes in an order that keeps every edge, moving as little as it can.

    ``latest``: build from the end, so that what must come earlier is pulled
    forward instead of the later step pushed back. A cycle (which no schema
    PostgreSQL accepted can have) leaves the remaining steps as they were.
    """
    after: list[set[int]] = [set() for _ in range(count)]
    before: list[set[int]] = [set() for _ in range(count)]
    for a, b in edges:
        if latest:
            a, b = b, a
        after[a].add(b)
        before[b].add(a)
    waiting = [len(s) for s in before]
    sign = -1 if latest else 1
    ready = [sign * i for i in range(count) if not waiting[i]]
    heapq.heapify(ready)
    out: list[int] = []
    while ready:
        i = sign * heapq.heappop(ready)
        out.append(i)
        for j in after[i]:
            waiting[j] -= 1
            if not waiting[j]:
                heapq.heappush(ready, sign * j)
    if len(out) < count:
        log.info("order: a cycle among %d steps; left as sorted", count - len(out))
        seen = set(out)
        out += [i for i in (range(count - 1, -1, -1) if latest else range(count))
                if i not in seen]
    return out[::-1] if latest else out


def order_by_uses(steps: list[Step], ctx: Context) -> None:
    """Makes wait for what they use; drops of users, and of a name's old
    holder, are pulled ahead of the drops and makes that need them gone."""
    made = _index(steps, made_by)
    edges = list(use_edges(steps, made, ctx.session.source.depends))
    if edges:
        steps[:] = [steps[i] for i in topo(len(steps), edges)]
    dropped = _index(steps, dropped_by)
    made = _index(steps, made_by)
    edges = [(j, i) for i, j in use_edges(steps, dropped, ctx.session.target.depends)]
    for key, found in dropped.items():
        if key[0] in ("relation", "type"):
            # The name is taken by something else: the old holder goes first.
            edges += [(i, j) for i in found for j in made.get(key, []) if i != j]
    if edges:
        steps[:] = [steps[i] for i in topo(len(steps), edges, latest=True)]
