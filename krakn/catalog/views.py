"""Views and materialized views: definitions, options, indexes, dependencies.

Dependencies come from ``pg_depend`` through each view's rewrite rule, down
to the column, so a migration knows which views stand on a column whose type
changes or which goes away.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from krakn.catalog.filters import comment_of, not_extension
from krakn.db.query import Query
from krakn.graph import depths

log = logging.getLogger(__name__)

RelKey = tuple[str, str]

VIEWS_SQL = f"""
SELECT n.nspname, c.relname, c.relkind, pg_get_viewdef(c.oid),
       coalesce(array_to_string(c.reloptions, ', '), ''),
       {comment_of('c.oid', 'pg_class')},
       ARRAY(SELECT ARRAY[a.attname::text, ds.description]
             FROM pg_description ds JOIN pg_attribute a
                  ON a.attrelid = ds.objoid AND a.attnum = ds.objsubid
             WHERE ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass
               AND ds.objsubid > 0 ORDER BY a.attname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY(%(schemas)s)
  AND {not_extension('c.oid', 'pg_class')}
"""

# What each view reads: relations, and the columns of them it uses.
VIEW_DEPS_SQL = """
SELECT DISTINCT vn.nspname, v.relname, rn.nspname, rc.relname,
       CASE WHEN d.refobjsubid > 0 THEN a.attname END
FROM pg_depend d
JOIN pg_rewrite r ON r.oid = d.objid AND d.classid = 'pg_rewrite'::regclass
JOIN pg_class v ON v.oid = r.ev_class
JOIN pg_namespace vn ON vn.oid = v.relnamespace
JOIN pg_class rc ON rc.oid = d.refobjid AND d.refclassid = 'pg_class'::regclass
JOIN pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = rc.oid AND a.attnum = d.refobjsubid
WHERE v.relkind IN ('v', 'm') AND rc.oid <> v.oid AND vn.nspname = ANY(%(schemas)s)
"""

MATVIEW_INDEXES_SQL = f"""
SELECT n.nspname, t.relname, i.relname, pg_get_indexdef(i.oid),
       {comment_of('i.oid', 'pg_class')}
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE t.relkind = 'm' AND n.nspname = ANY(%(schemas)s)
"""


@dataclass(frozen=True)
class View:
    schema: str
    name: str
    materialized: bool
    definition: str
    options: str
    comment: str | None
    indexes: tuple[tuple[str, str], ...] = ()  # (name, definition), matviews only
    # (column, comment) and (index, comment), by name: only those with one.
    column_comments: tuple[tuple[str, str], ...] = ()
    index_comments: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> RelKey:
        return (self.schema, self.name)


@dataclass
class ViewsSnapshot:
    views: dict[RelKey, View] = field(default_factory=dict)
    # view -> relations it reads; (relation, column) pairs it reads
    reads: dict[RelKey, set[RelKey]] = field(default_factory=dict)
    reads_columns: dict[RelKey, set[tuple[str, str, str]]] = field(default_factory=dict)
    _depths: dict[RelKey, int] | None = field(default=None, repr=False, compare=False)

    def depth(self, key: RelKey) -> int:
        """How many views stand between this view and plain tables (1: on tables only)."""
        if self._depths is None:
            self._depths = depths({k: self.reads.get(k, ()) for k in self.views})
        return 1 + self._depths[key]


def read_views(query: Query, schemas: list[str]) -> ViewsSnapshot:
    snap = ViewsSnapshot()
    params = {"schemas": schemas}
    indexes: dict[RelKey, list[tuple[str, str]]] = {}
    index_comments: dict[RelKey, list[tuple[str, str]]] = {}
    for schema, table, name, definition, index_comment in query(MATVIEW_INDEXES_SQL, params):
        indexes.setdefault((schema, table), []).append((name, definition))
        if index_comment is not None:
            index_comments.setdefault((schema, table), []).append((name, index_comment))
    for schema, name, kind, definition, options, comment, columns in query(VIEWS_SQL, params):
        snap.views[(schema, name)] = View(
            schema, name, kind == "m", definition, options, comment,
            tuple(sorted(indexes.get((schema, name), []))),
            tuple((column, text) for column, text in columns),
            tuple(sorted(index_comments.get((schema, name), []))))
    for vschema, vname, rschema, rname, column in query(VIEW_DEPS_SQL, params):
        snap.reads.setdefault((vschema, vname), set()).add((rschema, rname))
        if column is not None:
            snap.reads_columns.setdefault((vschema, vname), set()).add((rschema, rname, column))
    return snap
