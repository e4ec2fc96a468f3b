"""Tables, columns, constraints, indexes and sequences, read in bulk.

Every query reads all selected schemas at once (one round trip per kind of
object, never one per table) and returns definitions as PostgreSQL itself
prints them (``format_type``, ``pg_get_constraintdef``, ``pg_get_indexdef``,
``pg_get_expr``), so two databases are compared on the server's own words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from krakn.catalog.filters import not_extension

TableKey = tuple[str, str]
ColumnKey = tuple[str, str, str]

TABLES_SQL = f"""
SELECT n.nspname, c.relname, c.relkind, obj_description(c.oid, 'pg_class'),
       pg_get_partkeydef(c.oid), pg_get_expr(c.relpartbound, c.oid),
       ARRAY(SELECT pn.nspname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
             JOIN pg_namespace pn ON pn.oid = p.relnamespace
             WHERE i.inhrelid = c.oid ORDER BY i.inhseqno),
       ARRAY(SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
             WHERE i.inhrelid = c.oid ORDER BY i.inhseqno)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(:schemas)
  AND {not_extension('c.oid', 'pg_class')}
"""

COLUMNS_SQL = f"""
SELECT n.nspname, c.relname, a.attname, a.attnum,
       format_type(a.atttypid, a.atttypmod), a.attnotnull,
       pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated,
       CASE WHEN a.attcollation <> t.typcollation
            THEN quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END,
       col_description(c.oid, a.attnum), a.attislocal
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  AND n.nspname = ANY(:schemas) AND {not_extension('c.oid', 'pg_class')}
"""

CONSTRAINTS_SQL = """
SELECT n.nspname, c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid),
       fn.nspname, fc.relname, obj_description(k.oid, 'pg_constraint'),
       ARRAY(SELECT a.attname FROM pg_attribute a
             WHERE a.attrelid = k.conrelid AND a.attnum = ANY(k.conkey) ORDER BY a.attnum)
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class fc ON fc.oid = k.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE k.contype IN ('p', 'u', 'f', 'c', 'x') AND k.conislocal AND k.conparentid = 0
  AND c.relkind IN ('r', 'p') AND n.nspname = ANY(:schemas)
"""

INDEXES_SQL = """
SELECT n.nspname, t.relname, i.relname, pg_get_indexdef(i.oid),
       obj_description(i.oid, 'pg_class'),
       ARRAY(SELECT a.attname FROM pg_attribute a
             WHERE a.attrelid = x.indrelid AND a.attnum = ANY(x.indkey) ORDER BY a.attnum)
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = i.relnamespace
WHERE t.relkind IN ('r', 'p') AND NOT i.relispartition AND n.nspname = ANY(:schemas)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                  WHERE k.conindid = i.oid AND k.contype IN ('p', 'u', 'x'))
"""

SEQUENCES_SQL = f"""
SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
       s.seqmin, s.seqmax, s.seqcache, s.seqcycle, d.deptype, tn.nspname, tc.relname,
       ta.attname, pg_sequence_last_value(c.oid)
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass
     AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
LEFT JOIN pg_class tc ON tc.oid = d.refobjid
LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
WHERE n.nspname = ANY(:schemas) AND {not_extension('c.oid', 'pg_class')}
"""


@dataclass(frozen=True)
class Column:
    type: str
    notnull: bool
    default: str | None
    identity: str  # '' none, 'a' ALWAYS, 'd' BY DEFAULT
    generated: str  # '' none, 's' STORED
    collation: str | None
    comment: str | None
    attnum: int = field(compare=False)  # column order is not a difference
    # Declared on this table, not only inherited from a parent.
    local: bool = field(default=True, compare=False)


@dataclass(frozen=True)
class TableShape:
    """How a table stands among others: partitioned, a partition, a child."""

    partition_key: str | None  # PARTITION BY text of a partitioned table
    bound: str | None  # FOR VALUES text of a partition
    parents: tuple[tuple[str, str], ...]  # (schema, table), in inheritance order

    @property
    def is_partition(self) -> bool:
        return self.bound is not None

    def depth(self, shapes: dict[tuple[str, str], TableShape]) -> int:
        """How many ancestors stand above this table (parents are made first)."""
        depth, parents, seen = 0, self.parents, set()
        while parents and parents[0] not in seen:
            seen.add(parents[0])
            depth += 1
            above = shapes.get(parents[0])
            parents = above.parents if above else ()
        return depth


@dataclass(frozen=True)
class Constraint:
    schema: str
    table: str
    name: str
    kind: str  # p u f c x, as pg_constraint.contype
    definition: str
    references: TableKey | None
    comment: str | None
    columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Index:
    schema: str
    table: str
    name: str
    definition: str
    comment: str | None
    columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sequence:
    schema: str
    name: str
    type: str
    start: int
    increment: int
    minvalue: int
    maxvalue: int
    cache: int
    cycle: bool
    owned_by: tuple[str, str, str] | None
    identity: bool  # owned by an identity column: managed through the column
    # Where the sequence stands (None: never used); state, not schema.
    last_value: int | None = field(default=None, compare=False)

    def options(self) -> tuple[str, int, int, int, int, int, bool]:
        return (self.type, self.start, self.increment, self.minvalue,
                self.maxvalue, self.cache, self.cycle)


@dataclass
class TablesPart:
    """What read_tables() found; the snapshot takes its fields over."""

    tables: dict[TableKey, str | None] = field(default_factory=dict)
    shapes: dict[TableKey, TableShape] = field(default_factory=dict)
    columns: dict[ColumnKey, Column] = field(default_factory=dict)
    constraints: dict[tuple[str, str, str], Constraint] = field(default_factory=dict)
    indexes: dict[tuple[str, str], Index] = field(default_factory=dict)
    sequences: dict[tuple[str, str], Sequence] = field(default_factory=dict)


def read_tables(conn: Connection, params: dict[str, Any]) -> TablesPart:
    """Tables and what hangs on them in the schemas ``params["schemas"]`` names."""
    part = TablesPart()
    for schema, table, _kind, comment, partkey, bound, p_schemas, p_names in conn.execute(
            text(TABLES_SQL), params):
        part.tables[(schema, table)] = comment
        if partkey or bound or p_names:
            parents = tuple(zip(p_schemas, p_names, strict=True))
            part.shapes[(schema, table)] = TableShape(partkey, bound, parents)
    for row in conn.execute(text(COLUMNS_SQL), params):
        (schema, table, name, attnum, typ, notnull, default, ident, gen, coll, comment,
         local) = row
        part.columns[(schema, table, name)] = Column(
            typ, notnull, default, ident or "", gen or "", coll, comment, attnum, local
        )
    for row in conn.execute(text(CONSTRAINTS_SQL), params):
        schema, table, name, kind, definition, fschema, ftable, comment, cols = row
        refs = (fschema, ftable) if ftable else None
        part.constraints[(schema, table, name)] = Constraint(
            schema, table, name, kind, definition, refs, comment, tuple(cols)
        )
    for schema, table, name, definition, comment, cols in conn.execute(
        text(INDEXES_SQL), params
    ):
        part.indexes[(schema, name)] = Index(schema, table, name, definition, comment,
                                             tuple(cols))
    for row in conn.execute(text(SEQUENCES_SQL), params):
        (schema, name, typ, start, inc, mn, mx, cache, cycle, dep, tschema, table, col,
         last) = row
        owner = (tschema, table, col) if col else None
        part.sequences[(schema, name)] = Sequence(
            schema, name, typ, start, inc, mn, mx, cache, cycle, owner, dep == "i", last
        )
    return part
