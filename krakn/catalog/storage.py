"""How tables and their columns are stored: persistence, storage parameters,
access method, replica identity, and each column's storage and compression.

Read in bulk like every other kind; only what differs from what a plain
``CREATE TABLE`` gives is kept, so most tables have no entry at all (and a
snapshot file of a schema that sets none of these stays as it was).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from krakn.catalog.filters import not_extension
from krakn.db.query import Query

TableKey = tuple[str, str]
ColumnKey = tuple[str, str, str]

# reloptions of the table and of its TOAST table (as ``toast.`` options,
# the names ALTER TABLE ... SET takes); the replica identity's index by name.
TABLE_STORAGE_SQL = f"""
SELECT n.nspname, c.relname, c.relpersistence,
       ARRAY(SELECT o FROM unnest(c.reloptions) o ORDER BY o),
       ARRAY(SELECT 'toast.' || o FROM pg_class t, unnest(t.reloptions) o
             WHERE t.oid = c.reltoastrelid ORDER BY o),
       am.amname, c.relreplident,
       (SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = c.oid AND x.indisreplident)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_am am ON am.oid = c.relam
WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(%(schemas)s)
  AND {not_extension('c.oid', 'pg_class')}
  AND (c.relpersistence <> 'p' OR c.reloptions IS NOT NULL OR c.relreplident <> 'd'
       OR coalesce(am.amname, 'heap') <> 'heap'
       OR EXISTS (SELECT 1 FROM pg_class t WHERE t.oid = c.reltoastrelid
                  AND t.reloptions IS NOT NULL))
"""

# Only columns whose storage is not their type's, or with a compression set.
COLUMN_STORAGE_SQL = f"""
SELECT n.nspname, c.relname, a.attname,
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage ELSE '' END,
       a.attcompression, a.attislocal, t.typstorage
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  AND (a.attstorage <> t.typstorage OR a.attcompression <> '')
  AND n.nspname = ANY(%(schemas)s) AND {not_extension('c.oid', 'pg_class')}
"""


@dataclass(frozen=True)
class TableStorage:
    """A table's storage properties; the defaults are what CREATE TABLE gives."""

    persistence: str = "p"  # pg_class.relpersistence: p logged, u unlogged
    options: tuple[str, ...] = ()  # "name=value", sorted; TOAST's as "toast.name=value"
    access_method: str | None = None  # None: heap (or none: a partitioned table)
    replica_identity: str = "d"  # pg_class.relreplident: d default, f full, n nothing, i index
    replica_index: str | None = None  # the index of REPLICA IDENTITY USING INDEX


@dataclass(frozen=True)
class ColumnStorage:
    """A column's storage when it is not its type's, and its compression."""

    storage: str = ""  # '' the type's; p plain, e external, m main, x extended
    compression: str = ""  # '' the server's default; p pglz, l lz4
    local: bool = True  # declared on this table, not only inherited
    # The type's own storage, what '' stands for (there is no SET STORAGE DEFAULT).
    type_storage: str = field(default="", compare=False)


@dataclass
class StoragePart:
    tables: dict[TableKey, TableStorage]
    columns: dict[ColumnKey, ColumnStorage]


def read_storage(query: Query, schemas: list[str]) -> StoragePart:
    """Every table and column in the schemas whose storage is not the default."""
    tables: dict[TableKey, TableStorage] = {}
    for schema, table, persistence, options, toast, am, ident, index in query(
            TABLE_STORAGE_SQL, {"schemas": schemas}):
        tables[(schema, table)] = TableStorage(
            persistence, (*options, *toast), None if am in (None, "heap") else am,
            ident, index if ident == "i" else None)
    columns: dict[ColumnKey, ColumnStorage] = {}
    for schema, table, name, storage, compression, local, type_storage in query(
            COLUMN_STORAGE_SQL, {"schemas": schemas}):
        columns[(schema, table, name)] = ColumnStorage(storage, compression or "", local,
                                                       type_storage)
    return StoragePart(tables, columns)
