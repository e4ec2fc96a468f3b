"""Comments on the parts of types: a domain's constraints, a composite's attributes.

Their objects are compared by krakn.catalog.types; these comments are read
apart, in one query, with the text of the part they are on (a constraint's
definition, an attribute's type): when that changes, the part may have been
made again, and its comment with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from krakn.catalog.filters import not_extension
from krakn.db.query import Query

# (kind, schema, object, part)
PartKey = tuple[str, str, str, str]

PART_COMMENTS_SQL = f"""
SELECT 'domain constraint', n.nspname, t.typname, k.conname, ds.description,
       pg_get_constraintdef(k.oid)
FROM pg_constraint k
JOIN pg_type t ON t.oid = k.contypid
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_description ds ON ds.objoid = k.oid AND ds.classoid = 'pg_constraint'::regclass
     AND ds.objsubid = 0
WHERE n.nspname = ANY(%(schemas)s) AND {not_extension('t.oid', 'pg_type')}
UNION ALL
SELECT 'type attribute', n.nspname, t.typname, a.attname, ds.description,
       format_type(a.atttypid, a.atttypmod)
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass
     AND ds.objsubid = a.attnum
WHERE t.typtype = 'c' AND n.nspname = ANY(%(schemas)s) AND {not_extension('t.oid', 'pg_type')}
"""


@dataclass(frozen=True)
class PartComment:
    comment: str
    definition: str  # the part's own text: a constraint's definition, an attribute's type


def read_part_comments(query: Query, schemas: list[str]) -> dict[PartKey, PartComment]:
    """Every commented domain constraint and composite attribute in the schemas."""
    return {(kind, schema, obj, part): PartComment(comment, definition)
            for kind, schema, obj, part, comment, definition in query(
                PART_COMMENTS_SQL, {"schemas": schemas})}
