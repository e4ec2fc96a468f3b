"""What one side holds: tables, columns, foreign keys, sequences and triggers.

Each kind of object is read in one query over the whole database (never one
query per table), with bind parameters only. Extension-owned tables,
partitions (their parent carries their rows) and PostgreSQL's own schemas
are left out.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from krakn.catalog.filters import not_extension, user_schema
from krakn.names import TableName

log = logging.getLogger(__name__)

# A partitioned table is copied through its parent: COPY into the parent
# routes rows to the right partition on the target, whatever its layout.
# Partitions are found through pg_inherits, not pg_partition_tree(), which
# would lock each of them until the end of the (long) snapshot transaction.
_USER_TABLES = f"""
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
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND {user_schema('n.nspname')}
      AND {not_extension('c.oid', 'pg_class')}
"""

_COLUMNS = f"""
    WITH tables AS ({_USER_TABLES})
    SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod),
           tn.nspname, ty.typname, a.atttypmod, a.atttypid::bigint, ty.typtype,
           ty.typcategory, a.attnotnull, a.atthasdef, a.attidentity, a.attgenerated
    FROM pg_attribute a
    JOIN tables ON tables.oid = a.attrelid
    JOIN pg_type ty ON ty.oid = a.atttypid
    JOIN pg_namespace tn ON tn.oid = ty.typnamespace
    WHERE a.attnum > 0 AND NOT a.attisdropped
    ORDER BY a.attrelid, a.attnum
"""

# Only top-level constraints: a foreign key on a partitioned table is
# repeated on each partition with conparentid set.
_FOREIGN_KEYS = """
    SELECT con.conname, cn.nspname, rn.nspname, r.relname, fn.nspname, f.relname,
           con.condeferrable, con.condeferred
    FROM pg_constraint con
    JOIN pg_namespace cn ON cn.oid = con.connamespace
    JOIN pg_class r ON r.oid = con.conrelid JOIN pg_namespace rn ON rn.oid = r.relnamespace
    JOIN pg_class f ON f.oid = con.confrelid JOIN pg_namespace fn ON fn.oid = f.relnamespace
    WHERE con.contype = 'f' AND con.conparentid = 0
    ORDER BY rn.nspname, r.relname, con.conname
"""

# A column uses a sequence when the sequence is owned by it (serial,
# identity, OWNED BY) or when its default calls nextval() on it. The
# increment comes from pg_sequence: pg_sequences would lock every sequence
# until the transaction ends, and no savepoint gives a sequence's lock back.
# Joining pg_sequence, rather than testing relkind = 'S', also keeps the
# planner from a nested loop over every sequence when the catalog's
# statistics are stale (thousands of tables just made: 25 s instead of 0.3).
_SEQUENCES = """
    WITH uses AS (
        SELECT d.objid AS seq, d.refobjid AS rel, d.refobjsubid AS attnum
        FROM pg_depend d
        WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
          AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0
        UNION
        SELECT d.refobjid, ad.adrelid, ad.adnum
        FROM pg_depend d JOIN pg_attrdef ad ON ad.oid = d.objid
        WHERE d.classid = 'pg_attrdef'::regclass AND d.refclassid = 'pg_class'::regclass
    )
    SELECT sn.nspname, s.relname, tn.nspname, t.relname, a.attname,
           a.atttypid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype),
           s.oid, sq.seqincrement
    FROM uses
    JOIN pg_class s ON s.oid = uses.seq
    JOIN pg_namespace sn ON sn.oid = s.relnamespace
    JOIN pg_sequence sq ON sq.seqrelid = s.oid
    JOIN pg_class t ON t.oid = uses.rel JOIN pg_namespace tn ON tn.oid = t.relnamespace
    JOIN pg_attribute a ON a.attrelid = uses.rel AND a.attnum = uses.attnum
    ORDER BY 1, 2, 3, 4, 5
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
    FROM unnest(%s::oid[]) AS s
    WHERE EXISTS (SELECT FROM pg_class c WHERE c.oid = s)
"""
SEQUENCE_SLICE = 500

_TRIGGERS = f"""
    WITH tables AS ({_USER_TABLES})
    SELECT tg.tgrelid, tg.tgname, tg.tgenabled, tg.tgisinternal
    FROM pg_trigger tg JOIN tables ON tables.oid = tg.tgrelid
    ORDER BY tg.tgrelid, tg.tgname
"""


@dataclass(frozen=True)
class Column:
    name: str
    display_type: str  # format_type(), for people
    type_key: tuple[str, str, int]  # schema, name, typmod: equal means the same type
    type_oid: int
    typtype: str
    category: str
    not_null: bool
    has_default: bool
    identity: str  # '' or 'a' (ALWAYS) or 'd' (BY DEFAULT)
    generated: str  # '' or 's' (STORED)

    @property
    def fills_itself(self) -> bool:
        """True when the table gives this column a value nobody sends."""
        return self.has_default or bool(self.identity) or bool(self.generated)


@dataclass(frozen=True)
class ForeignKey:
    name: str
    schema: str  # the constraint's schema, for SET CONSTRAINTS
    table: TableName  # the referencing table
    references: TableName
    deferrable: bool
    deferred: bool

    def __str__(self) -> str:
        return f"{self.table}.{self.name}"


@dataclass(frozen=True)
class SequenceUse:
    sequence: TableName
    table: TableName
    column: str
    integer_column: bool
    last_value: int | None  # None: never used, or no privilege to see it
    increment: int | None


@dataclass(frozen=True)
class Trigger:
    name: str
    enabled: str  # pg_trigger.tgenabled: O, D, R or A
    internal: bool


@dataclass
class Table:
    name: TableName
    kind: str  # 'r' table, 'p' partitioned table
    estimate: int | None  # rows per pg_class.reltuples; None before the first ANALYZE
    columns: list[Column] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


@dataclass
class Catalog:
    tables: dict[TableName, Table]
    foreign_keys: list[ForeignKey]
    sequences: list[SequenceUse]


def read_last_values(cur: Any) -> dict[int, int | None]:
    """Every sequence's last value by oid (None: never used, or no privilege to see it).

    The cursor's connection must be in autocommit: each slice is then its
    own transaction, and its locks go when it ends.
    """
    cur.execute(_SEQUENCE_OIDS)
    oids = [row[0] for row in cur.fetchall()]
    found: dict[int, int | None] = {}
    for start in range(0, len(oids), SEQUENCE_SLICE):
        cur.execute(_LAST_VALUES, (oids[start:start + SEQUENCE_SLICE],))
        found.update((oid, None if value is None else int(value))
                     for oid, value in cur.fetchall())
    return found


def read_catalog(cur: Any, last_values: dict[int, int | None] | None = None) -> Catalog:
    """One side's catalog, read through a cursor inside the caller's transaction.

    last_values (from read_last_values) fills SequenceUse.last_value.
    """
    cur.execute(_USER_TABLES + " ORDER BY n.nspname, c.relname")
    by_oid: dict[int, Table] = {}
    for oid, schema, name, kind, estimate in cur.fetchall():
        known = estimate is not None and estimate >= 0
        by_oid[oid] = Table(TableName(schema, name), kind, int(estimate) if known else None)
    cur.execute(_COLUMNS)
    for row in cur.fetchall():
        by_oid[row[0]].columns.append(_column(row[1:]))
    cur.execute(_TRIGGERS)
    for oid, name, enabled, internal in cur.fetchall():
        by_oid[oid].triggers.append(Trigger(name, enabled, internal))
    cur.execute(_FOREIGN_KEYS)
    keys = [ForeignKey(r[0], r[1], TableName(r[2], r[3]), TableName(r[4], r[5]), r[6], r[7])
            for r in cur.fetchall()]
    cur.execute(_SEQUENCES)
    values = last_values or {}
    uses = [SequenceUse(TableName(r[0], r[1]), TableName(r[2], r[3]), r[4], r[5],
                        values.get(r[6]), int(r[7]))
            for r in cur.fetchall()]
    tables = {t.name: t for t in by_oid.values()}
    log.debug("catalog: %d tables, %d foreign keys, %d sequence uses",
              len(tables), len(keys), len(uses))
    return Catalog(tables, keys, uses)


def _column(row: tuple[Any, ...]) -> Column:
    (name, display, type_schema, type_name, typmod, oid, typtype, category, not_null,
     has_default, identity, generated) = row
    return Column(name, display, (type_schema, type_name, int(typmod)), int(oid), typtype,
                  category, not_null, has_default, identity, generated)
