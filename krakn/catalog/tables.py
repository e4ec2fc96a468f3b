"""Tables, columns, constraints, indexes and sequences, read in bulk.

Every query reads all selected schemas at once (one round trip per kind of
object, never one per table) and returns definitions as PostgreSQL itself
prints them (``format_type``, ``pg_get_constraintdef``, ``pg_get_indexdef``,
``pg_get_expr``), so two databases are compared on the server's own words.

sync-data reads columns, constraints and triggers through the same readers
with ``definitions=False``: it writes no DDL, and deparsing defaults and
constraints, and looking up comments, is most of what these reads cost on
a large schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from krakn.catalog.filters import comment_of, not_extension
from krakn.db.query import Query
from krakn.names import TableName

TableKey = tuple[str, str]
ColumnKey = tuple[str, str, str]
ConstraintKey = tuple[str, str, str]

# A partition's constraints and indexes that come from its parent ('c:' or
# 'i:' and the name): a DETACH leaves them on the table as its own.
_ATTACHED = """
ARRAY(SELECT 'c:' || k.conname FROM pg_constraint k
      WHERE k.conrelid = c.oid AND (k.conparentid <> 0 OR (k.contype = 'c' AND NOT k.conislocal))
      UNION ALL
      SELECT 'i:' || ic.relname FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid
      WHERE x.indrelid = c.oid AND ic.relispartition
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = ic.oid
                                                       AND k.conrelid = c.oid)
      ORDER BY 1)
"""

TABLES_SQL = f"""
SELECT n.nspname, c.relname, c.relkind, {comment_of('c.oid', 'pg_class')},
       pg_get_partkeydef(c.oid), pg_get_expr(c.relpartbound, c.oid),
       ARRAY(SELECT pn.nspname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
             JOIN pg_namespace pn ON pn.oid = p.relnamespace
             WHERE i.inhrelid = c.oid ORDER BY i.inhseqno),
       ARRAY(SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
             WHERE i.inhrelid = c.oid ORDER BY i.inhseqno),
       CASE WHEN c.relispartition THEN {_ATTACHED} END
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(%(schemas)s)
  AND {not_extension('c.oid', 'pg_class')}
"""

# With definitions false each CASE folds to NULL before planning: no
# deparsing, no comment lookup, and the join to pg_attrdef (unique on the
# join's columns) is dropped with them. Only a generated column's expression
# names columns: a default is printed without its table, which pg_get_expr
# would open (build its relation cache entry) for every table read.
COLUMNS_SQL = f"""
SELECT n.nspname, c.relname, a.attname, a.attnum,
       format_type(a.atttypid, a.atttypmod), a.attnotnull,
       CASE WHEN %(definitions)s
            THEN pg_get_expr(ad.adbin, CASE WHEN a.attgenerated <> '' THEN ad.adrelid
                                            ELSE 0 END) END, a.atthasdef,
       a.attidentity, a.attgenerated,
       CASE WHEN a.attcollation <> t.typcollation
            THEN quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END,
       CASE WHEN %(definitions)s THEN {comment_of('c.oid', 'pg_class', 'a.attnum')} END,
       a.attislocal,
       a.atttypid, tn.nspname, t.typname, a.atttypmod, t.typtype, t.typcategory
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  AND n.nspname = ANY(%(schemas)s) AND {not_extension('c.oid', 'pg_class')}
"""

# Key columns by column number, with the numbers in the key's order
# (conkey), and a foreign key's referenced columns likewise (confkey):
# _key_order() puts the names in the key's order, which pairs them. (Sorting
# in SQL, by the position in the array, costs twice as much per constraint.)
_KEY_COLUMNS = """
ARRAY(SELECT a.attname FROM pg_attribute a
      WHERE a.attrelid = k.{1} AND a.attnum = ANY(k.{0}) ORDER BY a.attnum)
"""

CONSTRAINTS_SQL = f"""
SELECT n.nspname, c.relname, k.conname, k.contype,
       CASE WHEN %(definitions)s THEN pg_get_constraintdef(k.oid) ELSE '' END,
       fn.nspname, fc.relname,
       CASE WHEN %(definitions)s THEN {comment_of('k.oid', 'pg_constraint')} END,
       {_KEY_COLUMNS.format('conkey', 'conrelid')}, k.conkey,
       CASE WHEN k.contype = 'f' THEN {_KEY_COLUMNS.format('confkey', 'confrelid')} END,
       k.confkey, k.condeferrable, k.condeferred
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class fc ON fc.oid = k.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE k.contype = ANY(%(kinds)s::"char"[]) AND k.conislocal AND k.conparentid = 0
  AND c.relkind IN ('r', 'p') AND n.nspname = ANY(%(schemas)s)
"""

# An index's columns: its keys, and those its expressions and predicate name
# (pg_depend holds those): dropping any of them drops the index.
INDEXES_SQL = f"""
SELECT n.nspname, t.relname, i.relname, pg_get_indexdef(i.oid),
       {comment_of('i.oid', 'pg_class')},
       ARRAY(SELECT a.attname FROM pg_attribute a
             WHERE a.attrelid = x.indrelid AND a.attnum > 0
               AND (a.attnum = ANY(x.indkey)
                    OR ((x.indexprs IS NOT NULL OR x.indpred IS NOT NULL)
                        AND a.attnum IN (SELECT d.refobjsubid FROM pg_depend d
                                         WHERE d.classid = 'pg_class'::regclass
                                           AND d.objid = x.indexrelid
                                           AND d.refclassid = 'pg_class'::regclass
                                           AND d.refobjid = x.indrelid)))
             ORDER BY a.attnum)
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = i.relnamespace
WHERE t.relkind IN ('r', 'p') AND NOT i.relispartition AND n.nspname = ANY(%(schemas)s)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                  WHERE k.conindid = i.oid AND k.contype IN ('p', 'u', 'x'))
"""

SEQUENCES_SQL = f"""
SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
       s.seqmin, s.seqmax, s.seqcache, s.seqcycle, d.deptype, tn.nspname, tc.relname,
       ta.attname, pg_sequence_last_value(c.oid), {comment_of('c.oid', 'pg_class')}
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass
     AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
LEFT JOIN pg_class tc ON tc.oid = d.refobjid
LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
WHERE n.nspname = ANY(%(schemas)s) AND {not_extension('c.oid', 'pg_class')}
"""


@dataclass(frozen=True, slots=True)
class Column:
    type: str
    notnull: bool
    default: str | None  # its SQL; None: no default, or read without definitions
    identity: str  # '' none, 'a' ALWAYS, 'd' BY DEFAULT
    generated: str  # '' none, 's' STORED
    collation: str | None
    comment: str | None  # None: none, or read without definitions
    attnum: int = field(compare=False)  # column order is not a difference
    # Declared on this table, not only inherited from a parent.
    local: bool = field(default=True, compare=False)
    # What moving rows needs (sync-data), never a difference between schemas:
    # a default (or generation expression) exists, whether its text was read or not,
    has_default: bool = field(default=False, compare=False)
    # and the type: its oid, (schema, name, typmod) (equal means the same type
    # on both sides), pg_type.typtype (b base, e enum, d domain, c composite,
    # r range, m multirange, p pseudo) and typcategory (A array, N numeric ...).
    type_oid: int = field(default=0, compare=False)
    type_key: tuple[str, str, int] = field(default=("", "", -1), compare=False)
    typtype: str = field(default="", compare=False)
    category: str = field(default="", compare=False)

    @property
    def fills_itself(self) -> bool:
        """True when the table gives this column a value nobody sends."""
        return self.has_default or bool(self.identity) or bool(self.generated)


@dataclass(frozen=True)
class TableShape:
    """How a table stands among others: partitioned, a partition, a child."""

    partition_key: str | None  # PARTITION BY text of a partitioned table
    bound: str | None  # FOR VALUES text of a partition
    parents: tuple[tuple[str, str], ...]  # (schema, table), in inheritance order
    # A partition's constraints and indexes made from its parent's, as
    # "c:name" / "i:name": a DETACH leaves them behind as the table's own.
    attached: tuple[str, ...] = field(default=(), compare=False)

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


@dataclass(frozen=True, slots=True)
class Constraint:
    schema: str  # the table's, which is the constraint's too
    table: str
    name: str
    kind: str  # p u f c x, as pg_constraint.contype
    definition: str  # "" when read without definitions
    references: TableKey | None
    comment: str | None  # None: none, or read without definitions
    columns: tuple[str, ...] = ()  # in the key's order
    # A foreign key's referenced columns, in the order of columns: zip() pairs
    # them. The definition says the same, so they are no difference of their own.
    referenced_columns: tuple[str, ...] = field(default=(), compare=False)
    deferrable: bool = field(default=False, compare=False)
    deferred: bool = field(default=False, compare=False)

    @property
    def table_name(self) -> TableName:
        return TableName(self.schema, self.table)

    @property
    def referenced(self) -> TableName | None:
        """The table a foreign key references."""
        return TableName(*self.references) if self.references else None

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        """A foreign key's (column, referenced column) pairs, in the key's order."""
        if self.kind != "f":
            return ()
        return tuple(zip(self.columns, self.referenced_columns, strict=True))

    @property
    def label(self) -> str:
        """schema.table.name, for people."""
        return f"{self.table_name}.{self.name}"


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
    comment: str | None = None

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

    def take(self, other: TablesPart) -> None:
        """Add what other read (the parts this one did not)."""
        for part in fields(self):
            getattr(self, part.name).update(getattr(other, part.name))


TABLE_PARTS = frozenset({"tables", "columns", "constraints", "indexes", "sequences"})


def read_tables(query: Query, schemas: list[str],
                parts: frozenset[str] = TABLE_PARTS) -> TablesPart:
    """Tables and what hangs on them in the given schemas; only ``parts`` of it
    (the others left empty) when another connection reads the rest meanwhile."""
    part = TablesPart()
    if "tables" in parts:
        part.tables, part.shapes = read_table_list(query, schemas)
    for name, read in (("columns", read_columns), ("constraints", read_constraints),
                       ("indexes", read_indexes), ("sequences", read_sequences)):
        if name in parts:
            setattr(part, name, read(query, schemas))
    return part


def read_table_list(query: Query, schemas: list[str]
                    ) -> tuple[dict[TableKey, str | None], dict[TableKey, TableShape]]:
    """Each table with its comment, and the shapes of those that are not plain."""
    tables: dict[TableKey, str | None] = {}
    shapes: dict[TableKey, TableShape] = {}
    for schema, table, _kind, comment, partkey, bound, p_schemas, p_names, attached in query(
            TABLES_SQL, {"schemas": schemas}):
        tables[(schema, table)] = comment
        if partkey or bound or p_names:
            parents = tuple(zip(p_schemas, p_names, strict=True))
            shapes[(schema, table)] = TableShape(partkey, bound, parents, tuple(attached or ()))
    return tables, shapes


def read_columns(query: Query, schemas: list[str], *, definitions: bool = True
                 ) -> dict[ColumnKey, Column]:
    """Every column of the schemas' tables (partitions too).

    Without definitions, ``default`` and ``comment`` are None
    (``has_default`` still says whether there is a default).
    """
    found: dict[ColumnKey, Column] = {}
    for row in query(COLUMNS_SQL, {"schemas": schemas, "definitions": definitions}):
        (schema, table, name, attnum, typ, notnull, default, has_default, ident, gen, coll,
         comment, local, type_oid, type_schema, type_name, typmod, typtype, category) = row
        found[(schema, table, name)] = Column(
            typ, notnull, default, ident or "", gen or "", coll, comment, attnum, local,
            has_default, type_oid, (type_schema, type_name, typmod), typtype, category)
    return found


CONSTRAINT_KINDS = ("p", "u", "f", "c", "x")


def read_constraints(query: Query, schemas: list[str], *, definitions: bool = True,
                     kinds: tuple[str, ...] = CONSTRAINT_KINDS
                     ) -> dict[ConstraintKey, Constraint]:
    """The constraints of those kinds declared on the schemas' tables.

    Without definitions, ``definition`` is "" and ``comment`` None.
    """
    found: dict[ConstraintKey, Constraint] = {}
    params = {"schemas": schemas, "definitions": definitions, "kinds": list(kinds)}
    for row in query(CONSTRAINTS_SQL, params):
        (schema, table, name, kind, definition, fschema, ftable, comment, cols, numbers,
         fcols, fnumbers, deferrable, deferred) = row
        refs = (fschema, ftable) if ftable else None
        found[(schema, table, name)] = Constraint(
            schema, table, name, kind, definition, refs, comment, _key_order(cols, numbers),
            _key_order(fcols, fnumbers), deferrable, deferred)
    return found


def _key_order(names: list[str] | None, numbers: list[int] | None) -> tuple[str, ...]:
    """names (sorted by column number) in the order of numbers (the key's)."""
    if not names or not numbers:
        return ()
    if len(names) == len(numbers) and numbers == sorted(numbers):
        return tuple(names)  # the key's order is the columns' (one column, say)
    columns = sorted({n for n in numbers if n > 0})  # 0: an expression, no column
    if len(columns) != len(names):
        return tuple(names)
    by_number = dict(zip(columns, names, strict=True))
    return tuple(by_number[n] for n in numbers if n > 0)


def read_indexes(query: Query, schemas: list[str]) -> dict[tuple[str, str], Index]:
    """Indexes that no constraint stands for."""
    found: dict[tuple[str, str], Index] = {}
    for schema, table, name, definition, comment, cols in query(INDEXES_SQL,
                                                                 {"schemas": schemas}):
        found[(schema, name)] = Index(schema, table, name, definition, comment, tuple(cols))
    return found


def read_sequences(query: Query, schemas: list[str]) -> dict[tuple[str, str], Sequence]:
    """Sequences with their options, owner and last value.

    pg_sequence_last_value() locks each sequence until the transaction
    ends: sync-data, whose snapshot stays open for the whole load, reads
    sequence uses through krakn.catalog.data instead.
    """
    found: dict[tuple[str, str], Sequence] = {}
    for row in query(SEQUENCES_SQL, {"schemas": schemas}):
        (schema, name, typ, start, inc, mn, mx, cache, cycle, dep, tschema, table, col,
         last, comment) = row
        owner = (tschema, table, col) if col else None
        found[(schema, name)] = Sequence(
            schema, name, typ, start, inc, mn, mx, cache, cycle, owner, dep == "i", last,
            comment)
    return found
