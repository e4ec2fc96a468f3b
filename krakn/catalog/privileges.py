"""Bulk catalog reads of privileges (GRANTs) and owners, done only when asked.

``--with-privileges`` reads the ACLs of tables, views, materialized views,
sequences, foreign tables, their columns, functions, procedures, aggregates,
schemas, types and domains (``aclexplode``; a NULL ACL is PostgreSQL's default
for its kind, so a function's implicit ``EXECUTE`` and a type's implicit
``USAGE`` to PUBLIC count), and the default privileges
(krakn.catalog.default_privileges). The owner's own entries are left out.
``--with-owners`` reads the owners of those objects. One query per kind;
objects an extension owns are left out.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from krakn.catalog.default_privileges import DefaultAcl, DefaultKey, read_default_acls
from krakn.catalog.filters import not_extension
from krakn.db.query import Query, as_query

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

# (kind, schema, name, detail): detail is a routine's argument types, a
# column's name, or "" (tables, views, sequences, schemas, types).
ObjectKey = tuple[str, str, str, str]
# (grantee, privilege, grantable); grantee "" is PUBLIC.
Grant = tuple[str, str, bool]

PUBLIC = ""


_RELKIND = """CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' ELSE 'table' END"""

# Every object gives at least one row (privilege NULL when it has no grants),
# so "no grants" and "no such object" stay apart.
RELATION_ACL_SQL = f"""
SELECT {_RELKIND}, n.nspname, c.relname, '', r.rolname, a.grantee, a.privilege_type,
       a.is_grantable
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL aclexplode(c.relacl) a ON a.grantee <> c.relowner
LEFT JOIN pg_roles r ON r.oid = a.grantee
WHERE c.relkind = ANY(%(relkinds)s::"char"[])
  AND n.nspname = ANY(%(schemas)s) AND {not_extension('c.oid', 'pg_class')}
"""

COLUMN_ACL_SQL = f"""
SELECT 'column', n.nspname, c.relname, t.attname, r.rolname, a.grantee, a.privilege_type,
       a.is_grantable
FROM pg_attribute t
JOIN pg_class c ON c.oid = t.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL aclexplode(t.attacl) a
LEFT JOIN pg_roles r ON r.oid = a.grantee
WHERE t.attacl IS NOT NULL AND t.attnum > 0 AND NOT t.attisdropped
  AND a.grantee <> c.relowner AND c.relkind <> 'S' AND c.relkind = ANY(%(relkinds)s::"char"[])
  AND n.nspname = ANY(%(schemas)s) AND {not_extension('c.oid', 'pg_class')}
"""

_PROKIND = "CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END"

ROUTINE_ACL_SQL = f"""
SELECT {_PROKIND}, n.nspname, p.proname,
       oidvectortypes(p.proargtypes), r.rolname, a.grantee, a.privilege_type, a.is_grantable
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN LATERAL aclexplode(COALESCE(p.proacl, acldefault('f', p.proowner))) a
     ON a.grantee <> p.proowner
LEFT JOIN pg_roles r ON r.oid = a.grantee
WHERE p.prokind IN ('f', 'p', 'a', 'w') AND n.nspname = ANY(%(schemas)s)
  AND {not_extension('p.oid', 'pg_proc')}
"""

# Standalone composite types only: a table's row type goes with the table.
_USER_TYPE = """t.typtype IN ('e', 'c', 'd', 'r') AND n.nspname = ANY(%(schemas)s)
  AND (t.typrelid = 0 OR EXISTS (SELECT 1 FROM pg_class tc
                                 WHERE tc.oid = t.typrelid AND tc.relkind = 'c'))"""

TYPE_ACL_SQL = f"""
SELECT CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'type' END, n.nspname, t.typname, '',
       r.rolname, a.grantee, a.privilege_type, a.is_grantable
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN LATERAL aclexplode(COALESCE(t.typacl, acldefault('T', t.typowner))) a
     ON a.grantee <> t.typowner
LEFT JOIN pg_roles r ON r.oid = a.grantee
WHERE {_USER_TYPE} AND {not_extension('t.oid', 'pg_type')}
"""

SCHEMA_ACL_SQL = f"""
SELECT 'schema', n.nspname, '', '', r.rolname, a.grantee, a.privilege_type, a.is_grantable
FROM pg_namespace n
LEFT JOIN LATERAL aclexplode(n.nspacl) a ON a.grantee <> n.nspowner
LEFT JOIN pg_roles r ON r.oid = a.grantee
WHERE n.nspname = ANY(%(schemas)s) AND {not_extension('n.oid', 'pg_namespace')}
"""

OWNERS_SQL = f"""
SELECT {_RELKIND}, n.nspname, c.relname, '', pg_get_userbyid(c.relowner)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = ANY(%(relkinds)s::"char"[]) AND n.nspname = ANY(%(schemas)s)
  AND {not_extension('c.oid', 'pg_class')}
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype IN ('a', 'i') AND c.relkind = 'S')
UNION ALL
SELECT {_PROKIND}, n.nspname, p.proname,
       oidvectortypes(p.proargtypes), pg_get_userbyid(p.proowner)
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p', 'a', 'w') AND n.nspname = ANY(%(schemas)s)
  AND {not_extension('p.oid', 'pg_proc')}
UNION ALL
SELECT 'schema', n.nspname, '', '', pg_get_userbyid(n.nspowner)
FROM pg_namespace n
WHERE %(every_kind)s AND n.nspname = ANY(%(schemas)s)
  AND {not_extension('n.oid', 'pg_namespace')}
UNION ALL
SELECT CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'type' END, n.nspname, t.typname, '',
       pg_get_userbyid(t.typowner)
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE {_USER_TYPE} AND {not_extension('t.oid', 'pg_type')}
"""


@dataclass
class PrivilegesSnapshot:
    # Every object read -> its grants to others than its owner.
    grants: dict[ObjectKey, frozenset[Grant]] = field(default_factory=dict)
    owners: dict[ObjectKey, str] = field(default_factory=dict)
    # Who the connection is: the owner of what a migration creates.
    current_user: str = ""
    roles: frozenset[str] = frozenset()  # every role of the server (cluster-wide)
    # ALTER DEFAULT PRIVILEGES entries (read with the grants).
    defaults: dict[DefaultKey, DefaultAcl] = field(default_factory=dict)


# Tables, partitioned tables, views, materialized views, sequences, foreign tables.
RELKINDS = ["r", "p", "v", "m", "S", "f"]
# What a plan may drop and create again, losing grants and owner: views,
# materialized views, routines, types and domains (krakn.compare.privileges.recreated).
RECREATABLE_RELKINDS = ["v", "m"]


# The kinds read_privileges(recreatable_only=True) leaves out.
_NOT_RECREATABLE = frozenset({"table", "sequence", "foreign table", "schema"})


def recreatable_part(privileges: PrivilegesSnapshot, views: Collection[tuple[str, str]],
                     ) -> PrivilegesSnapshot:
    """What read_privileges(recreatable_only=True) would have read of the same
    database (``views``: its views and materialized views, whose columns' grants
    it keeps): a snapshot file holds everything, and a comparison that asks for
    no privileges must plan the same from a file as from the database."""
    def kept(key: ObjectKey) -> bool:
        if key[0] == "column":
            return (key[1], key[2]) in views
        return key[0] not in _NOT_RECREATABLE

    return replace(privileges, grants={k: v for k, v in privileges.grants.items() if kept(k)},
                   owners={k: v for k, v in privileges.owners.items() if kept(k)})


def read_privileges(conn: Query | Connection, schemas: list[str], *, grants: bool,
                    owners: bool, recreatable_only: bool = False) -> PrivilegesSnapshot:
    """Grants and/or owners of the given schemas' objects, in bulk.

    ``recreatable_only``: only those of views, materialized views,
    routines, types and domains (their columns' grants too) and the default
    privileges, which is all a plan that compares no privileges needs to give
    what it recreates back its own.
    """
    query = as_query(conn)
    snap = PrivilegesSnapshot()
    params = {"schemas": schemas, "every_kind": not recreatable_only,
              "relkinds": RECREATABLE_RELKINDS if recreatable_only else RELKINDS}
    snap.current_user = query("SELECT current_user", {})[0][0]
    snap.roles = frozenset(name for (name,) in query("SELECT rolname FROM pg_roles", {}))
    if grants:
        found: dict[ObjectKey, set[Grant]] = {}
        kinds = [RELATION_ACL_SQL, COLUMN_ACL_SQL, ROUTINE_ACL_SQL, TYPE_ACL_SQL]
        for sql in kinds if recreatable_only else [*kinds, SCHEMA_ACL_SQL]:
            for kind, schema, name, detail, role, grantee, privilege, grantable in query(
                    sql, params):
                entries = found.setdefault((kind, schema, name, detail), set())
                if privilege is not None:
                    who = PUBLIC if grantee == 0 else (role or str(grantee))
                    entries.add((who, privilege, bool(grantable)))
        snap.grants = {key: frozenset(value) for key, value in found.items()}
        snap.defaults = read_default_acls(query, schemas)
    if owners:
        for kind, schema, name, detail, owner in query(OWNERS_SQL, params):
            snap.owners[(kind, schema, name, detail)] = owner
    return snap
