"""Publications (logical replication): database-wide, read whatever the schema selection.

A publication is FOR ALL TABLES, or lists tables (each with its column list
and row filter) and schemas (TABLES IN SCHEMA), plus what it publishes.
"""

from __future__ import annotations

from dataclasses import dataclass

from krakn.catalog.filters import comment_of
from krakn.db.query import Query

PUBLICATIONS_SQL = f"""
SELECT p.pubname, p.puballtables, p.pubinsert, p.pubupdate, p.pubdelete, p.pubtruncate,
       p.pubviaroot, {comment_of('p.oid', 'pg_publication')}
FROM pg_publication p
"""

PUBLICATION_TABLES_SQL = """
SELECT p.pubname, n.nspname, c.relname,
       CASE WHEN r.prattrs IS NOT NULL THEN
         ARRAY(SELECT a.attname FROM unnest(r.prattrs::int2[]) WITH ORDINALITY AS u(k, i)
               JOIN pg_attribute a ON a.attrelid = r.prrelid AND a.attnum = u.k ORDER BY u.i)
       END,
       pg_get_expr(r.prqual, r.prrelid)
FROM pg_publication_rel r
JOIN pg_publication p ON p.oid = r.prpubid
JOIN pg_class c ON c.oid = r.prrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
ORDER BY 1, 2, 3
"""

PUBLICATION_SCHEMAS_SQL = """
SELECT p.pubname, n.nspname
FROM pg_publication_namespace pn
JOIN pg_publication p ON p.oid = pn.pnpubid
JOIN pg_namespace n ON n.oid = pn.pnnspid
ORDER BY 1, 2
"""


@dataclass(frozen=True)
class PublishedTable:
    schema: str
    table: str
    columns: tuple[str, ...] | None  # None: every column
    where: str | None  # the row filter, as PostgreSQL prints it


@dataclass(frozen=True)
class Publication:
    name: str
    all_tables: bool
    publish: tuple[str, ...]  # insert, update, delete, truncate
    via_root: bool
    comment: str | None
    tables: tuple[PublishedTable, ...] = ()
    schemas: tuple[str, ...] = ()


def read_publications(query: Query) -> dict[str, Publication]:
    tables: dict[str, list[PublishedTable]] = {}
    for pub, schema, table, columns, where in query(PUBLICATION_TABLES_SQL, {}):
        cols = tuple(columns) if columns is not None else None
        tables.setdefault(pub, []).append(PublishedTable(schema, table, cols, where))
    schemas: dict[str, list[str]] = {}
    for pub, schema in query(PUBLICATION_SCHEMAS_SQL, {}):
        schemas.setdefault(pub, []).append(schema)
    out = {}
    for name, all_tables, ins, upd, dele, trunc, via_root, comment in query(
            PUBLICATIONS_SQL, {}):
        publish = tuple(what for what, on in (("insert", ins), ("update", upd),
                                               ("delete", dele), ("truncate", trunc)) if on)
        out[name] = Publication(name, all_tables, publish, via_root, comment,
                                tuple(tables.get(name, ())), tuple(schemas.get(name, ())))
    return out
