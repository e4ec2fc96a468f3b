"""What sync-data needs to move rows: the shared catalog's facts, and those only it needs.

Columns, constraints (with a foreign key's column pairs) and triggers come
from the readers diff and migrate use (krakn.catalog.tables and .routines),
read without definitions: moving rows writes no DDL. What only moving rows
needs is read here: which tables can take rows and about how many they hold
(a partition's rows go through its parent: COPY into the parent routes them
to the right partition on the target, whatever its layout), which columns
draw on which sequences, the sequences' last values, and how many locks
loading each table takes.

Each kind of fact is read in one query over the whole database (never one
query per table), with bind parameters only; the callers pass every user
schema (filters.user_schemas).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import cast

from krakn.catalog.filters import not_extension
from krakn.catalog.routines import Trigger, read_triggers
from krakn.catalog.tables import Column, Constraint, read_columns, read_constraints
from krakn.db.query import Query
from krakn.names import TableName

log = logging.getLogger(__name__)

# Partitions are found through pg_inherits, not pg_partition_tree(), which
# would lock each of them until the end of the (long) snapshot transaction.
_LOADABLE_TABLES = f"""
    SELECT c.oid, n.nspname, c.relname, c.relkind,
           CASE WHEN c.relkind = 'p' THEN
                (WITH RECURSIVE tree(relid) AS (
                     SELECT c.oid
                     UNION ALL
                     SELECT i.inhrelid FROM pg_inherits i JOIN tree ON i.inhparent = tree.relid)
                 SELECT sum(p.reltuples) FILTER (WHERE p.reltuples >= 0)
                 FROM tree JOIN pg_class p ON p.oid = tree.relid
                 WHERE p.relkind <> 'p')
           ELSE c.reltuples END AS estimate
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY(%(schemas)s)
      AND {not_extension('c.oid', 'pg_class')}
    ORDER BY n.nspname, c.relname
"""

# A column uses a sequence when the sequence is owned by it (serial,
# identity, OWNED BY) or when its default calls nextval() on it. Both are
# found from pg_sequence; the table by its oid and the column by its number
# (their names and the column's type come with the tables and columns
# already read, which also leave out every table that was not). The
# increment comes from pg_sequence: pg_sequences would lock every sequence
# until the transaction ends, and no savepoint gives a sequence's lock back.
_SEQUENCE_USES = """
    WITH uses AS (
        SELECT sq.seqrelid AS seq, d.refobjid AS rel, d.refobjsubid AS attnum,
               sq.seqincrement AS increment
        FROM pg_sequence sq
        JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = sq.seqrelid
        WHERE d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
          AND d.refobjsubid > 0
        UNION
        SELECT sq.seqrelid, ad.adrelid, ad.adnum, sq.seqincrement
        FROM pg_sequence sq
        JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = sq.seqrelid
        JOIN pg_attrdef ad ON ad.oid = d.objid
        WHERE d.classid = 'pg_attrdef'::regclass
    )
    SELECT sn.nspname, s.relname, uses.rel, uses.attnum, s.oid, uses.increment
    FROM uses
    JOIN pg_class s ON s.oid = uses.seq JOIN pg_namespace sn ON sn.oid = s.relnamespace
"""

# Reading a sequence's value locks it until the transaction ends: read in
# transactions of their own, a slice at a time, never in the snapshot's.
_SEQUENCE_OIDS = """
    SELECT c.oid FROM pg_class c
    WHERE c.relkind = 'S' AND NOT pg_is_other_temp_schema(c.relnamespace) ORDER BY c.oid
"""
_LAST_VALUES = """
    SELECT s, CASE WHEN has_sequence_privilege(s, 'SELECT,USAGE')
                   THEN pg_sequence_last_value(s) END
    FROM unnest(%(oids)s::oid[]) AS s
    WHERE EXISTS (SELECT FROM pg_class c WHERE c.oid = s)
"""
SEQUENCE_SLICE = 500

# The locks to load or read a table whole. Per table: itself, its indexes,
# its TOAST table and the TOAST table's index, and the same for every
# partition below a partitioned table (COPY into the parent, TRUNCATE of it
# and COPY out of it lock them all). Partitions are found through
# pg_inherits, which locks nothing.
_RELATION_LOCKS = """
    WITH RECURSIVE tree(root, relid) AS (
        SELECT c.oid, c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(%(schemas)s)
        UNION ALL
        SELECT tree.root, i.inhrelid FROM tree
        JOIN pg_inherits i ON i.inhparent = tree.relid
        JOIN pg_class p ON p.oid = i.inhrelid AND p.relispartition
    ), indexes AS (
        SELECT indrelid, count(*) AS n FROM pg_index GROUP BY indrelid
    )
    SELECT n.nspname, c.relname,
           sum(1 + coalesce(x.n, 0) + CASE WHEN r.reltoastrelid <> 0 THEN 2 ELSE 0 END)
    FROM tree
    JOIN pg_class r ON r.oid = tree.relid
    LEFT JOIN indexes x ON x.indrelid = tree.relid
    JOIN pg_class c ON c.oid = tree.root JOIN pg_namespace n ON n.oid = c.relnamespace
    GROUP BY n.nspname, c.relname
"""

_INTEGERS = {("pg_catalog", "int2"), ("pg_catalog", "int4"), ("pg_catalog", "int8")}


@dataclass(frozen=True, slots=True)
class SequenceUse:
    sequence: TableName
    table: TableName
    column: str
    integer_column: bool
    last_value: int | None  # None: never used, or no privilege to see it
    increment: int | None


@dataclass(slots=True)
class Table:
    """A table rows can be loaded into: no partition (its parent takes its rows)."""

    name: TableName
    kind: str  # 'r' table, 'p' partitioned table
    estimate: int | None  # rows per pg_class.reltuples; None before the first ANALYZE
    columns: dict[str, Column] = field(default_factory=dict)  # in the table's order
    triggers: list[Trigger] = field(default_factory=list)  # internal ones too, by name
    constraints: list[Constraint] = field(default_factory=list)

    def column(self, name: str) -> Column | None:
        return self.columns.get(name)

    @property
    def unique_keys(self) -> list[tuple[str, ...]]:
        """Its primary key's and unique constraints' columns (read_catalog
        reads them when asked: constraints=("p", "u"))."""
        return [c.columns for c in self.constraints if c.kind in ("p", "u")]


@dataclass
class Catalog:
    """One side as sync-data sees it."""

    tables: dict[TableName, Table]
    foreign_keys: list[Constraint]  # every one in the schemas, by table and name
    sequences: list[SequenceUse]  # of the loadable tables' columns
    schemas: list[str] = field(default_factory=list)  # what was read


def read_last_values(query: Query) -> dict[int, int | None]:
    """Every sequence's last value by oid (None: never used, or no privilege to see it).

    The query's connection must be in autocommit: each slice is then its
    own transaction, and its locks go when it ends.
    """
    oids = [row[0] for row in query(_SEQUENCE_OIDS, {})]
    found: dict[int, int | None] = {}
    for start in range(0, len(oids), SEQUENCE_SLICE):
        rows = query(_LAST_VALUES, {"oids": oids[start:start + SEQUENCE_SLICE]})
        found.update((oid, None if value is None else int(value)) for oid, value in rows)
    return found


def read_catalog(query: Query, schemas: list[str],
                 last_values: dict[int, int | None] | None = None, *,
                 constraints: tuple[str, ...] = ("f",)) -> Catalog:
    """One side's catalog, read inside the caller's transaction; it locks nothing.

    last_values (from read_last_values) fills SequenceUse.last_value.
    constraints: the kinds Table.constraints gets (pg_constraint.contype).
    Foreign keys are always read: they order the load. Add "p" and "u" for
    the tables' unique keys: a large schema's thousands of primary keys
    cost more to read than everything else but the columns.
    """
    by_oid: dict[int, Table] = {}
    for oid, schema, name, kind, estimate in query(_LOADABLE_TABLES, {"schemas": schemas}):
        known = estimate is not None and estimate >= 0
        by_oid[oid] = Table(TableName(schema, name), kind, int(estimate) if known else None)
    tables = {t.name: t for t in by_oid.values()}
    _add_columns(tables, read_columns(query, schemas, definitions=False))
    for (schema, table, _name), trigger in sorted(read_triggers(
            query, schemas, internal=True, definitions=False).items()):
        if (schema, table) in tables:
            tables[TableName(schema, table)].triggers.append(trigger)
    keys: list[Constraint] = []
    kinds = tuple(sorted({*constraints, "f"}))
    for (schema, table, _name), con in read_constraints(query, schemas, definitions=False,
                                                        kinds=kinds).items():
        if (schema, table) in tables:
            tables[TableName(schema, table)].constraints.append(con)
        if con.kind == "f":
            keys.append(con)
    keys.sort(key=lambda k: (k.schema, k.table, k.name))
    uses = _sequence_uses(query, by_oid, last_values or {})
    log.debug("catalog: %d tables, %d foreign keys, %d sequence uses",
              len(tables), len(keys), len(uses))
    return Catalog(tables, keys, uses, list(schemas))


def _add_columns(tables: dict[TableName, Table],
                 columns: dict[tuple[str, str, str], Column]) -> None:
    """Each loadable table's columns, in the table's order (the rows mostly come in it)."""
    # A TableName equals the plain tuple: no need to make one per column.
    by_key = cast(dict[tuple[str, str], Table], tables)
    last: dict[tuple[str, str], int] = {}
    unordered: set[tuple[str, str]] = set()
    for (schema, name, column), info in columns.items():
        key = (schema, name)
        table = by_key.get(key)
        if table is None:
            continue  # a partition or an extension's table
        if last.get(key, 0) > info.attnum:
            unordered.add(key)
        last[key] = info.attnum
        table.columns[column] = info
    for key in unordered:
        table = by_key[key]
        table.columns = dict(sorted(table.columns.items(), key=lambda c: c[1].attnum))


def _sequence_uses(query: Query, tables: dict[int, Table],
                   last_values: dict[int, int | None]) -> list[SequenceUse]:
    """Each (sequence, column) use by a loadable table (by oid), by sequence, table and column.

    A partition's uses are left out (its parent's are the ones loaded), and
    so are an extension's.
    """
    uses = []
    for seq_schema, seq_name, rel, attnum, oid, increment in query(_SEQUENCE_USES, {}):
        table = tables.get(rel)
        if table is None:
            continue
        for column, info in table.columns.items():
            if info.attnum == attnum:
                uses.append(SequenceUse(TableName(seq_schema, seq_name), table.name, column,
                                        info.type_key[:2] in _INTEGERS, last_values.get(oid),
                                        int(increment)))
                break
    uses.sort(key=lambda u: (u.sequence, u.table, u.column))
    return uses


def read_relation_locks(query: Query, schemas: list[str]) -> dict[TableName, int]:
    """Every table's locks to load or read it whole, in one query over the catalog."""
    return {TableName(schema, name): int(count)
            for schema, name, count in query(_RELATION_LOCKS, {"schemas": schemas})}
