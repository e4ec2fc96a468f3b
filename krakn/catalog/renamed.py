"""A snapshot as it reads once some of its tables, columns and what hangs on
them are renamed: what ALTER ... RENAME would make of the database.

A profile's renames name objects the --to side has under old names; krakn
renames them in the --to side's snapshot before the comparison, so a renamed
table or column is the same object on both sides and only its real
differences show. PostgreSQL keeps what uses a renamed object (it stores
oids) and prints the new names: keys, foreign keys elsewhere, indexes,
defaults, sequences' OWNED BY, triggers, policies, views, dependencies,
storage and grants are renamed here the same way (krakn.catalog.sqlnames
spells their text).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from krakn.catalog import sqlnames
from krakn.catalog.privileges import PrivilegesSnapshot
from krakn.catalog.renamed_parts import (
    rename_depends,
    rename_routines,
    rename_security,
    rename_types,
    rename_views,
)
from krakn.catalog.renaming import RelKey, Renaming, expression
from krakn.catalog.snapshot import Snapshot
from krakn.catalog.storage import TableStorage
from krakn.catalog.tables import (
    Column,
    ColumnKey,
    Constraint,
    Index,
    Sequence,
    TableKey,
    TableShape,
)
from krakn.catalog.views import View


@dataclass
class Renamed:
    """A renamed snapshot, and its views as they were (old names) where renamed."""

    snapshot: Snapshot
    views_before: dict[RelKey, View] = field(default_factory=dict)
    renaming: Renaming = field(default_factory=Renaming)


def rename_snapshot(snap: Snapshot, r: Renaming) -> Renamed:
    """A copy of snap with r's renames made, as the server would show them."""
    out = Snapshot(schemas=dict(snap.schemas))
    out.tables = {r.table(k): v for k, v in snap.tables.items()}
    out.columns = {r.column(k): _column(c, k, r) for k, c in snap.columns.items()}
    out.constraints = {r.constraint(k): _constraint(c, r) for k, c in snap.constraints.items()}
    out.indexes = {r.index(k): _index(i, r) for k, i in snap.indexes.items()}
    out.sequences = {r.sequence(k): _sequence(s, r) for k, s in snap.sequences.items()}
    out.shapes = {r.table(k): _shape(s, k, r) for k, s in snap.shapes.items()}
    out.table_storage = {r.table(k): _storage(s, k, r) for k, s in snap.table_storage.items()}
    out.column_storage = {r.column(k): s for k, s in snap.column_storage.items()}
    out.part_comments = dict(snap.part_comments)
    out.types = rename_types(snap.types, r)
    out.routines = rename_routines(snap.routines, r)
    out.security = rename_security(snap.security, r)
    out.depends = rename_depends(snap.depends, r)
    out.views, before = rename_views(snap.views, r)
    return Renamed(out, before, r)


def _column(col: Column, key: ColumnKey, r: Renaming) -> Column:
    if col.default is None:
        return col
    return replace(col, default=expression(col.default, key[:2], r))


def _constraint(con: Constraint, r: Renaming) -> Constraint:
    table = (con.schema, con.table)
    own = r.columns_of(table)
    definition = con.definition
    references = con.references
    referenced = con.referenced_columns
    if con.kind == "f" and references is not None:
        theirs = r.columns_of(references)
        head, tail = sqlnames.split_own_key(definition)
        tail = sqlnames.rename_relations(tail, references[0], r.relations(references[0]))
        definition = (sqlnames.rename_columns(head, own)
                      + sqlnames.rename_references(tail, theirs))
        referenced = tuple(theirs.get(c, c) for c in referenced)
        references = r.table(references)
    else:
        definition = sqlnames.rename_columns(definition, own)
    _, new_table, new_name = r.constraint((con.schema, con.table, con.name))
    return replace(con, table=new_table, name=new_name, definition=definition,
                   references=references, referenced_columns=referenced,
                   columns=tuple(own.get(c, c) for c in con.columns))


def _index(idx: Index, r: Renaming) -> Index:
    table = (idx.schema, idx.table)
    new_name = r.index((idx.schema, idx.name))[1]
    return replace(idx, table=r.table(table)[1], name=new_name,
                   definition=index_definition(idx.definition, idx.schema, new_name,
                                               r.columns_of(table), r.relations(idx.schema)),
                   columns=tuple(r.columns_of(table).get(c, c) for c in idx.columns))


def index_definition(text: str, schema: str, name: str, columns: Mapping[str, str],
                     relations: Mapping[str, str]) -> str:
    """CREATE INDEX name ON schema.table USING ...: its name, table and columns."""
    at = text.find(" USING ")
    head, tail = (text[:at], text[at:]) if at >= 0 else (text, "")
    head = sqlnames.rename_relations(head, schema, relations, qualified_only=True)
    toks = sqlnames.tokens(head)
    for i, tok in enumerate(toks):
        if tok.kind in ("id", "qid") and tok.name not in ("create", "unique", "index"):
            toks[i] = sqlnames.Tok(tok.kind, sqlnames.ident(name))
            break
    return "".join(t.text for t in toks) + sqlnames.rename_columns(tail, columns)


def _sequence(seq: Sequence, r: Renaming) -> Sequence:
    owned = r.column(seq.owned_by) if seq.owned_by else None
    return replace(seq, name=r.sequence((seq.schema, seq.name))[1], owned_by=owned)


def _shape(shape: TableShape, key: TableKey, r: Renaming) -> TableShape:
    key_text = shape.partition_key
    if key_text is not None:
        key_text = sqlnames.rename_columns(key_text, r.columns_of(key))
    return TableShape(key_text, shape.bound, tuple(r.table(p) for p in shape.parents))


def _storage(storage: TableStorage, key: TableKey, r: Renaming) -> TableStorage:
    index = storage.replica_index
    if index is not None:
        index = r.index((key[0], index))[1]
        index = r.constraint((*key, index))[2]
    return replace(storage, replica_index=index)


def rename_privileges(snap: PrivilegesSnapshot, r: Renaming) -> PrivilegesSnapshot:
    """Grants and owners keyed by the new names."""
    def key(k: tuple[str, str, str, str]) -> tuple[str, str, str, str]:
        kind, schema, name, detail = k
        if kind == "table":
            return (kind, *r.table((schema, name)), detail)
        if kind == "column":
            return (kind, *r.column((schema, name, detail)))
        if kind == "sequence":
            return (kind, *r.sequence((schema, name)), detail)
        return k

    return PrivilegesSnapshot({key(k): v for k, v in snap.grants.items()},
                              {key(k): v for k, v in snap.owners.items()},
                              snap.current_user, snap.roles)
