"""A profile's renames: checked against both sides, made in the --to side's
snapshot before the comparison, and the rename steps the plan starts with.

``rename_target`` turns the profile's names into a Renaming (each old name
must exist on --to, each new one on --from; a rename already made is
skipped) and adds what PostgreSQL does not rename with a table but the
--from side's names follow: a key, index or (serial or identity) sequence
whose name differs only by the renamed table's or column's name
(customer_pkey, customer_id_seq) and whose definition is the same. The
comparison then runs on the renamed snapshot, so only real differences show.
"""

from __future__ import annotations

import re

from alembic.operations import MigrateOperation

from krakn.catalog.privileges import PrivilegesSnapshot
from krakn.catalog.renamed import Renamed, index_definition, rename_privileges, rename_snapshot
from krakn.catalog.renaming import Renaming
from krakn.catalog.side import Side
from krakn.catalog.snapshot import Snapshot, TableKey
from krakn.catalog.tables import ColumnKey
from krakn.errors import UsageError
from krakn.names import TableName
from krakn.ops.renames import (
    RenameColumnOp,
    RenameConstraintOp,
    RenameRelationOp,
    RenameTableOp,
)
from krakn.ops.views import DropViewOp
from krakn.options import Renames
from krakn.plan.model import Context, Step
from krakn.plan.place import place


def rename_target(source: Side, target: Side, renames: Renames) -> tuple[Side, Renamed]:
    """The --to side as it reads once renamed, and what was renamed."""
    given = _given(renames, source.catalog, target.catalog)
    first = rename_snapshot(target.catalog, given).snapshot
    renaming = given.merged(_followers(given, source.catalog, first))
    renamed = rename_snapshot(target.catalog, renaming)
    privileges: PrivilegesSnapshot | None = target.privileges
    if privileges is not None:
        privileges = rename_privileges(privileges, renaming)
    return Side(renamed.snapshot, privileges, target.default_schema), renamed


def _given(renames: Renames, source: Snapshot, target: Snapshot) -> Renaming:
    """The profile's renames that are still to be made, each checked."""
    r = Renaming()
    for old, new in renames.tables:
        key = f"renames[{old}]"
        if new not in source.tables:
            raise UsageError(f"{key}: table {new} does not exist", side="--from")
        if old in target.tables and new in target.tables:
            raise UsageError(f"{key}: both {old} and {new} exist", side="--to")
        if old in target.tables:
            r.tables[(old.schema, old.name)] = new.name
        elif new not in target.tables:
            raise UsageError(f"{key}: table {old} does not exist", side="--to")
    for column in renames.columns:
        _column(r, renames, source, target, column)
    _inherited(r, target)
    return r


def _inherited(r: Renaming, target: Snapshot) -> None:
    """A renamed column of a parent is renamed in its partitions and children too."""
    found: dict[ColumnKey, str] = {}
    grew = True
    while grew:
        grew = False
        for child, shape in target.shapes.items():
            for (s, t, c), new in [*r.columns.items(), *found.items()]:
                key = (child[0], child[1], c)
                if ((s, t) in shape.parents and key not in r.columns and key not in found
                        and c in target.table_columns(child)):
                    found[key] = new
                    grew = True
    r.columns.update(found)
    r.inherited = frozenset(found)


def _column(r: Renaming, renames: Renames, source: Snapshot, target: Snapshot,
            rename: tuple[TableName, str, str]) -> None:
    table, old, new = rename
    key = f"renames[{table}.{old}]"
    wanted = renames.new_table(table)
    if wanted not in source.tables:
        raise UsageError(f"{key}: table {wanted} does not exist", side="--from")
    if new not in source.table_columns(wanted):
        raise UsageError(f"{key}: column {new} of {wanted} does not exist", side="--from")
    ours = table if table in r.tables else wanted  # not renamed yet, or already
    if ours not in target.tables:
        raise UsageError(f"{key}: table {table} does not exist", side="--to")
    columns = target.table_columns(ours)
    if old in columns and new in columns:
        raise UsageError(f"{key}: both columns {old} and {new} of {TableName(*ours)} exist",
                         side="--to")
    if old in columns:
        r.columns[(ours[0], ours[1], old)] = new
    elif new not in columns:
        raise UsageError(f"{key}: column {old} of {TableName(*ours)} does not exist",
                         side="--to")


def _swap(name: str, r: Renaming, table: TableKey) -> str:
    """name with the table's and its columns' old names (whole _-separated parts) new."""
    pairs = list(r.columns_of(table).items())
    if table in r.tables:
        pairs.insert(0, (table[1], r.tables[table]))
    for old, new in pairs:
        name = re.sub(rf"(?<![^_]){re.escape(old)}(?![^_])", new.replace("\\", "\\\\"),
                      name)
    return name


def _free(snap: Snapshot, schema: str, name: str) -> bool:
    """No relation of the schema has that name (tables, indexes, keys, sequences, views)."""
    key = (schema, name)
    return (key not in snap.tables and key not in snap.indexes and key not in snap.sequences
            and key not in snap.views.views
            and not any((c.schema, c.name) == key for c in snap.constraints.values()))


def _followers(r: Renaming, source: Snapshot, renamed: Snapshot) -> Renaming:
    """Keys, indexes and sequences whose --from names follow the renamed table's."""
    out = Renaming()
    old_of = {r.table(k): k for k in {*r.tables, *(c[:2] for c in r.columns)}}
    for con in renamed.constraints.values():
        table = old_of.get((con.schema, con.table))
        # A foreign key elsewhere may be named after the table it references.
        named_after = table or (old_of.get(con.references) if con.references else None)
        name = _swap(con.name, r, named_after) if named_after else con.name
        theirs = source.table_constraints((con.schema, con.table)).get(name)
        if (theirs is not None and name != con.name
                and _free(renamed, con.schema, name)
                and (theirs.kind, theirs.definition) == (con.kind, con.definition)):
            own = table or (con.schema, con.table)
            out.constraints[(own[0], own[1], con.name)] = name
    for idx in renamed.indexes.values():
        table = old_of.get((idx.schema, idx.table))
        name = _swap(idx.name, r, table) if table else idx.name
        same = source.indexes.get((idx.schema, name))
        if (same is not None and name != idx.name and _free(renamed, idx.schema, name)
                and same.definition == index_definition(idx.definition, idx.schema, name,
                                                        {}, {})):
            out.indexes[(idx.schema, idx.name)] = name
    for seq in renamed.sequences.values():
        table = old_of.get(seq.owned_by[:2]) if seq.owned_by else None
        name = _swap(seq.name, r, table) if table else seq.name
        twin = source.sequences.get((seq.schema, name))
        if (twin is not None and name != seq.name and _free(renamed, seq.schema, name)
                and (twin.owned_by, twin.options()) == (seq.owned_by, seq.options())):
            out.sequences[(seq.schema, seq.name)] = name
    return out


def rename_ops(r: Renaming) -> list[MigrateOperation]:
    """The rename steps: tables, then columns, keys, indexes and sequences."""
    out: list[MigrateOperation] = [RenameTableOp(s, t, new) for (s, t), new in r.tables.items()]
    out += [RenameColumnOp(s, r.table((s, t))[1], c, new)
            for (s, t, c), new in r.columns.items() if (s, t, c) not in r.inherited]
    out += [RenameConstraintOp(s, r.table((s, t))[1], c, new)
            for (s, t, c), new in r.constraints.items()]
    out += [RenameRelationOp("index", s, i, new) for (s, i), new in r.indexes.items()]
    out += [RenameRelationOp("sequence", s, q, new) for (s, q), new in r.sequences.items()]
    return out


def rename_steps(steps: list[Step], ctx: Context) -> None:
    """The pass: the rename steps, which run before all else but views' drops."""
    if ctx.renames is not None:
        steps[:0] = [place(op, ctx.session) for op in rename_ops(ctx.renames.renaming)]


def views_as_they_were(steps: list[Step], ctx: Context) -> None:
    """The pass: a view dropped before the renames is made again (by a rollback)
    after the names are back, so with its text of old names."""
    if ctx.renames is None:
        return
    before = ctx.renames.views_before
    for step in steps:
        op = step.op
        if isinstance(op, DropViewOp) and op.view.key in before:
            step.op = DropViewOp(before[op.view.key], op.depth, op.replaced)
