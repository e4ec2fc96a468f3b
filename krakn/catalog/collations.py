"""Collations of the selected schemas (CREATE COLLATION).

The locale columns moved between releases (``colliculocale`` in 15 and 16,
``colllocale`` from 17; ``collicurules`` from 16): they are read through
``to_jsonb`` of the row, so one query serves every server.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from krakn.catalog.filters import comment_of, not_extension
from krakn.db.query import Query

COLLATIONS_SQL = f"""
SELECT n.nspname, c.collname, c.collprovider::text, c.collisdeterministic,
       c.collcollate, c.collctype,
       COALESCE(to_jsonb(c)->>'colliculocale', to_jsonb(c)->>'colllocale'),
       to_jsonb(c)->>'collicurules',
       {comment_of('c.oid', 'pg_collation')},
       EXISTS (SELECT 1 FROM pg_depend u WHERE u.refclassid = 'pg_collation'::regclass
               AND u.refobjid = c.oid AND u.deptype = 'n')
FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
WHERE n.nspname = ANY(%(schemas)s) AND {not_extension('c.oid', 'pg_collation')}
"""


@dataclass(frozen=True)
class Collation:
    schema: str
    name: str
    provider: str  # c (libc), i (icu), b (builtin, 17+)
    deterministic: bool
    collate: str | None
    ctype: str | None
    locale: str | None  # icu's (or builtin's) locale
    rules: str | None
    comment: str | None
    # A column, domain or index uses it: it cannot be dropped and made again.
    used: bool = field(default=False, compare=False)


def read_collations(query: Query, schemas: list[str]) -> dict[tuple[str, str], Collation]:
    return {(row[0], row[1]): Collation(*row)
            for row in query(COLLATIONS_SQL, {"schemas": schemas})}
