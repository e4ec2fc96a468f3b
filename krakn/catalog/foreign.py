"""Foreign-data wrappers, servers, user mappings and foreign tables.

Wrappers, servers and user mappings belong to the database, not to a
schema: they are read whatever the selection, like extensions. Foreign
tables are read from the selected schemas, whole: columns, checks, options.

A user mapping's options that look like secrets (a password, a key) are
never read: they would end up in scripts and snapshot files.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from krakn.catalog.filters import comment_of, not_extension
from krakn.db.query import Query

Options = tuple[tuple[str, str], ...]

# An option array (text[] of "name=value") as rows, in its own order.
_SPLIT = ("ARRAY(SELECT ARRAY[split_part(o, '=', 1), substr(o, strpos(o, '=') + 1)] "
          "FROM unnest({col}) WITH ORDINALITY AS u(o, i) {where} ORDER BY i)")

WRAPPERS_SQL = f"""
SELECT w.fdwname,
       CASE WHEN w.fdwhandler <> 0 THEN
         (SELECT ARRAY[pn.nspname, p.proname] FROM pg_proc p
          JOIN pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = w.fdwhandler) END,
       CASE WHEN w.fdwvalidator <> 0 THEN
         (SELECT ARRAY[pn.nspname, p.proname] FROM pg_proc p
          JOIN pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = w.fdwvalidator) END,
       {_SPLIT.format(col='w.fdwoptions', where='')},
       {comment_of('w.oid', 'pg_foreign_data_wrapper')}
FROM pg_foreign_data_wrapper w
WHERE {not_extension('w.oid', 'pg_foreign_data_wrapper')}
"""

SERVERS_SQL = f"""
SELECT s.srvname, w.fdwname, s.srvtype, s.srvversion,
       {_SPLIT.format(col='s.srvoptions', where='')},
       {comment_of('s.oid', 'pg_foreign_server')}
FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
WHERE {not_extension('s.oid', 'pg_foreign_server')}
"""

_SECRET = "WHERE o !~* '^[^=]*(password|passwd|secret|key|token)'"

MAPPINGS_SQL = f"""
SELECT m.srvname, CASE WHEN m.umuser = 0 THEN NULL ELSE m.usename END,
       {_SPLIT.format(col='m.umoptions', where=_SECRET)}
FROM pg_user_mappings m
"""

FOREIGN_TABLES_SQL = f"""
SELECT n.nspname, c.relname, s.srvname,
       {_SPLIT.format(col='f.ftoptions', where='')},
       {comment_of('c.oid', 'pg_class')}
FROM pg_foreign_table f
JOIN pg_class c ON c.oid = f.ftrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_foreign_server s ON s.oid = f.ftserver
WHERE n.nspname = ANY(%(schemas)s) AND NOT c.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid)
  AND {not_extension('c.oid', 'pg_class')}
"""

FOREIGN_COLUMNS_SQL = f"""
SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       pg_get_expr(ad.adbin, ad.adrelid),
       CASE WHEN a.attcollation <> t.typcollation THEN
         (SELECT ARRAY[cn.nspname, co.collname] FROM pg_collation co
          JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,
       {_SPLIT.format(col='a.attfdwoptions', where='')},
       {comment_of('c.oid', 'pg_class', 'a.attnum')}
FROM pg_foreign_table f
JOIN pg_class c ON c.oid = f.ftrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE n.nspname = ANY(%(schemas)s)
ORDER BY n.nspname, c.relname, a.attnum
"""

FOREIGN_CHECKS_SQL = f"""
SELECT n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid),
       {comment_of('k.oid', 'pg_constraint')}
FROM pg_constraint k
JOIN pg_foreign_table f ON f.ftrelid = k.conrelid
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE k.contype = 'c' AND n.nspname = ANY(%(schemas)s)
ORDER BY n.nspname, c.relname, k.conname
"""


@dataclass(frozen=True)
class Wrapper:
    name: str
    handler: tuple[str, str] | None
    validator: tuple[str, str] | None
    options: Options
    comment: str | None


@dataclass(frozen=True)
class Server:
    name: str
    wrapper: str
    type: str | None
    version: str | None
    options: Options
    comment: str | None


@dataclass(frozen=True)
class UserMapping:
    server: str
    user: str | None  # None: PUBLIC
    options: Options


@dataclass(frozen=True)
class ForeignColumn:
    name: str
    type: str
    notnull: bool
    default: str | None
    collation: tuple[str, str] | None  # only where not the type's own
    options: Options
    comment: str | None


@dataclass(frozen=True)
class ForeignCheck:
    name: str
    definition: str
    comment: str | None


@dataclass(frozen=True)
class ForeignTable:
    schema: str
    name: str
    server: str
    options: Options
    comment: str | None
    columns: tuple[ForeignColumn, ...] = ()
    checks: tuple[ForeignCheck, ...] = ()


@dataclass
class ForeignSnapshot:
    wrappers: dict[str, Wrapper] = field(default_factory=dict)
    servers: dict[str, Server] = field(default_factory=dict)
    mappings: dict[tuple[str, str], UserMapping] = field(default_factory=dict)
    tables: dict[tuple[str, str], ForeignTable] = field(default_factory=dict)


def _options(rows: list[list[str]] | None) -> Options:
    return tuple((k, v) for k, v in rows or ())


def _pair(value: list[str] | None) -> tuple[str, str] | None:
    return (value[0], value[1]) if value else None


def read_foreign(query: Query, schemas: list[str]) -> ForeignSnapshot:
    params = {"schemas": schemas}
    snap = ForeignSnapshot()
    for name, handler, validator, options, comment in query(WRAPPERS_SQL, {}):
        snap.wrappers[name] = Wrapper(name, _pair(handler), _pair(validator),
                                      _options(options), comment)
    for name, wrapper, type_, version, options, comment in query(SERVERS_SQL, {}):
        snap.servers[name] = Server(name, wrapper, type_, version, _options(options), comment)
    for server, user, options in query(MAPPINGS_SQL, {}):
        if server in snap.servers:
            snap.mappings[(server, user or "")] = UserMapping(server, user, _options(options))
    columns: dict[tuple[str, str], list[ForeignColumn]] = {}
    for schema, table, *rest in query(FOREIGN_COLUMNS_SQL, params):
        name, type_, notnull, default, collation, options, comment = rest
        columns.setdefault((schema, table), []).append(ForeignColumn(
            name, type_, notnull, default, _pair(collation), _options(options), comment))
    checks: dict[tuple[str, str], list[ForeignCheck]] = {}
    for schema, table, name, definition, comment in query(FOREIGN_CHECKS_SQL, params):
        checks.setdefault((schema, table), []).append(ForeignCheck(name, definition, comment))
    for schema, name, server, options, comment in query(FOREIGN_TABLES_SQL, params):
        key = (schema, name)
        snap.tables[key] = ForeignTable(schema, name, server, _options(options), comment,
                                        tuple(columns.get(key, ())), tuple(checks.get(key, ())))
    return snap
