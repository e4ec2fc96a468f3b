"""Bulk catalog reads for extensions and user-defined types.

Enums, domains, composite and range types of the selected schemas, one query
per kind, plus the database's extensions (those are database-wide, so they
are read whatever the schema selection). Types an extension owns are left
out, like every other object an extension owns.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from krakn.catalog.filters import comment_of, not_extension
from krakn.db.query import Query

log = logging.getLogger(__name__)

TypeKey = tuple[str, str]

_NOT_EXTENSION = not_extension('t.oid', 'pg_type')

# Other user types a type is built on (domain base, range subtype, composite
# attribute), arrays resolved to their element: krakn creates those first.
_DEPS = """
ARRAY(SELECT dn.nspname || '.' || dt.typname
      FROM pg_depend d
      JOIN pg_type rt ON rt.oid = d.refobjid
      JOIN pg_type dt ON dt.oid = CASE WHEN rt.typcategory = 'A' AND rt.typelem <> 0
                                       THEN rt.typelem
                                       ELSE rt.oid END
      JOIN pg_namespace dn ON dn.oid = dt.typnamespace
      WHERE d.refclassid = 'pg_type'::regclass AND d.deptype = 'n'
        AND d.refobjid <> t.oid
        AND ((d.classid = 'pg_type'::regclass AND d.objid = t.oid)
             OR (d.classid = 'pg_class'::regclass AND d.objid = t.typrelid))
        AND dn.nspname NOT IN ('pg_catalog', 'information_schema'))
"""

# Whether anything (a column, another type, a function) uses it; what the type
# made for itself (a range's constructors, its multirange) does not count.
_USED = """
EXISTS (SELECT 1 FROM pg_depend u
        WHERE u.refclassid = 'pg_type'::regclass AND u.refobjid IN (t.oid, t.typarray)
          AND u.deptype = 'n'
          AND NOT (u.classid = 'pg_proc'::regclass
                   AND EXISTS (SELECT 1 FROM pg_depend i
                               WHERE i.classid = u.classid AND i.objid = u.objid
                                 AND i.deptype = 'i')))
"""

EXTENSIONS_SQL = """
SELECT e.extname, n.nspname, e.extversion, e.extrelocatable,
       ARRAY(SELECT r.extname FROM pg_depend d JOIN pg_extension r ON r.oid = d.refobjid
             WHERE d.classid = 'pg_extension'::regclass AND d.objid = e.oid
               AND d.refclassid = 'pg_extension'::regclass)
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
"""

NAMESPACES_SQL = "SELECT nspname FROM pg_namespace"

ENUMS_SQL = f"""
SELECT n.nspname, t.typname,
       ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid
             ORDER BY e.enumsortorder),
       {comment_of('t.oid', 'pg_type')}
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e' AND n.nspname = ANY(%(schemas)s) AND {_NOT_EXTENSION}
"""

# Columns of tables that use an enum (or an array of it): a rebuild alters them.
ENUM_USES_SQL = """
SELECT n.nspname, t.typname, cn.nspname, c.relname, a.attname, a.atttypid = t.typarray,
       pg_get_expr(ad.adbin, ad.adrelid)
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace cn ON cn.oid = c.relnamespace
JOIN pg_type t ON a.atttypid IN (t.oid, t.typarray)
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE t.typtype = 'e' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  AND n.nspname = ANY(%(schemas)s)
  AND NOT c.relispartition
ORDER BY 3, 4, 5
"""

DOMAINS_SQL = f"""
SELECT n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod),
       CASE WHEN t.typcollation <> bt.typcollation
            THEN quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END,
       pg_get_expr(t.typdefaultbin, 0), t.typnotnull,
       ARRAY(SELECT k.conname FROM pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname),
       ARRAY(SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname),
       {comment_of('t.oid', 'pg_type')}, {_DEPS}, {_USED},
       ARRAY(SELECT k.conname FROM pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c'
               AND EXISTS (SELECT 1 FROM pg_depend f
                           WHERE f.classid = 'pg_constraint'::regclass AND f.objid = k.oid
                             AND f.refclassid = 'pg_proc'::regclass)
             ORDER BY k.conname)
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE t.typtype = 'd' AND n.nspname = ANY(%(schemas)s) AND {_NOT_EXTENSION}
"""

COMPOSITES_SQL = f"""
SELECT n.nspname, t.typname,
       ARRAY(SELECT a.attname FROM pg_attribute a
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum),
       ARRAY(SELECT format_type(a.atttypid, a.atttypmod) ||
                    CASE WHEN a.attcollation <> at.typcollation
                         THEN ' COLLATE ' || quote_ident(cn.nspname) || '.'
                              || quote_ident(co.collname) ELSE '' END
             FROM pg_attribute a
             JOIN pg_type at ON at.oid = a.atttypid
             LEFT JOIN pg_collation co ON co.oid = a.attcollation
             LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum),
       {comment_of('t.oid', 'pg_type')}, {_DEPS}, {_USED}
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_class c ON c.oid = t.typrelid
WHERE t.typtype = 'c' AND c.relkind = 'c' AND n.nspname = ANY(%(schemas)s) AND {_NOT_EXTENSION}
"""

RANGES_SQL = f"""
SELECT n.nspname, t.typname, format_type(r.rngsubtype, NULL),
       CASE WHEN NOT opc.opcdefault
            THEN quote_ident(opn.nspname) || '.' || quote_ident(opc.opcname) END,
       CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation
            THEN quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END,
       NULLIF(r.rngcanonical, 0)::regproc::text, NULLIF(r.rngsubdiff, 0)::regproc::text,
       {comment_of('t.oid', 'pg_type')}, {_DEPS}, {_USED}
FROM pg_range r
JOIN pg_type t ON t.oid = r.rngtypid
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type st ON st.oid = r.rngsubtype
JOIN pg_opclass opc ON opc.oid = r.rngsubopc
JOIN pg_namespace opn ON opn.oid = opc.opcnamespace
LEFT JOIN pg_collation co ON co.oid = r.rngcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE n.nspname = ANY(%(schemas)s) AND {_NOT_EXTENSION}
"""


@dataclass(frozen=True)
class Extension:
    name: str
    schema: str
    relocatable: bool = field(compare=False)
    version: str = field(default="", compare=False)  # upgrades are the DBA's business
    requires: tuple[str, ...] = field(default=(), compare=False)  # created first


@dataclass(frozen=True)
class EnumUse:
    """A table column typed with an enum (or an array of it)."""

    schema: str
    table: str
    column: str
    array: bool
    default: str | None


@dataclass(frozen=True)
class EnumType:
    schema: str
    name: str
    values: tuple[str, ...]
    comment: str | None
    uses: tuple[EnumUse, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Domain:
    schema: str
    name: str
    base: str
    collation: str | None
    default: str | None
    notnull: bool
    checks: tuple[tuple[str, str], ...]  # (name, pg_get_constraintdef), by name
    comment: str | None
    depends: tuple[str, ...] = field(default=(), compare=False)
    used: bool = field(default=False, compare=False)
    # Checks that call a function (not built in): added once functions exist.
    late_checks: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class CompositeType:
    schema: str
    name: str
    attributes: tuple[tuple[str, str], ...]  # (name, type [COLLATE c]), in order
    comment: str | None
    depends: tuple[str, ...] = field(default=(), compare=False)
    used: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class RangeType:
    schema: str
    name: str
    subtype: str
    opclass: str | None
    collation: str | None
    canonical: str | None
    subtype_diff: str | None
    comment: str | None
    depends: tuple[str, ...] = field(default=(), compare=False)
    used: bool = field(default=False, compare=False)

    def definition(self) -> tuple[str | None, ...]:
        return (self.subtype, self.opclass, self.collation, self.canonical, self.subtype_diff)


@dataclass
class TypesSnapshot:
    extensions: dict[str, Extension] = field(default_factory=dict)
    # Every schema of the database, selected or not: where an extension can go.
    namespaces: frozenset[str] = frozenset()
    enums: dict[TypeKey, EnumType] = field(default_factory=dict)
    domains: dict[TypeKey, Domain] = field(default_factory=dict)
    composites: dict[TypeKey, CompositeType] = field(default_factory=dict)
    ranges: dict[TypeKey, RangeType] = field(default_factory=dict)


def read_types(query: Query, schemas: list[str]) -> TypesSnapshot:
    """Extensions (database-wide) and the user types of the given schemas."""
    snap = TypesSnapshot()
    for name, schema, version, relocatable, requires in query(EXTENSIONS_SQL, {}):
        snap.extensions[name] = Extension(name, schema, relocatable, version, tuple(requires))
    snap.namespaces = frozenset(row[0] for row in query(NAMESPACES_SQL, {}))
    params = {"schemas": schemas}
    uses: dict[TypeKey, list[EnumUse]] = {}
    for schema, name, cschema, table, column, array, default in query(ENUM_USES_SQL, params):
        uses.setdefault((schema, name), []).append(
            EnumUse(cschema, table, column, array, default))
    for schema, name, values, comment in query(ENUMS_SQL, params):
        snap.enums[(schema, name)] = EnumType(schema, name, tuple(values), comment,
                                              tuple(uses.get((schema, name), ())))
    for row in query(DOMAINS_SQL, params):
        (schema, name, base, coll, default, notnull, cnames, cdefs, comment, deps, used,
         late) = row
        snap.domains[(schema, name)] = Domain(
            schema, name, base, coll, default, notnull,
            tuple(zip(cnames, cdefs, strict=True)), comment, tuple(deps), used, tuple(late))
    for schema, name, anames, atypes, comment, deps, used in query(COMPOSITES_SQL, params):
        snap.composites[(schema, name)] = CompositeType(
            schema, name, tuple(zip(anames, atypes, strict=True)), comment, tuple(deps), used)
    for row in query(RANGES_SQL, params):
        schema, name, sub, opc, coll, canon, diff, comment, deps, used = row
        snap.ranges[(schema, name)] = RangeType(schema, name, sub, opc, coll, canon, diff,
                                                comment, tuple(deps), used)
    log.debug("types: %d extensions, %d enums, %d domains, %d composites, %d ranges",
              len(snap.extensions), len(snap.enums), len(snap.domains),
              len(snap.composites), len(snap.ranges))
    return snap
