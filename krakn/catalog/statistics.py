"""Extended statistics (CREATE STATISTICS), as ``pg_get_statisticsobjdef`` prints them.

One object per (schema, name), with its statistics target (-1: the
default) and the columns it is built on, so a plan can put it back around
a column that changes type (PostgreSQL keeps the object but forgets its
target) and knows that a dropped column takes it along.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from krakn.catalog.filters import comment_of, not_extension
from krakn.db.query import Query

log = logging.getLogger(__name__)

StatisticsKey = tuple[str, str]

STATISTICS_SQL = f"""
SELECT n.nspname, s.stxname, tn.nspname, t.relname, pg_get_statisticsobjdef(s.oid),
       s.stxstattarget, {comment_of('s.oid', 'pg_statistic_ext')},
       ARRAY(SELECT DISTINCT a.attname::text FROM pg_depend d
             JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
             WHERE d.classid = 'pg_statistic_ext'::regclass AND d.objid = s.oid
               AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
             ORDER BY 1)
FROM pg_statistic_ext s
JOIN pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_class t ON t.oid = s.stxrelid
JOIN pg_namespace tn ON tn.oid = t.relnamespace
WHERE n.nspname = ANY(%(schemas)s)
  AND {not_extension('s.oid', 'pg_statistic_ext')}
"""


@dataclass(frozen=True)
class Statistics:
    schema: str
    name: str
    table_schema: str
    table: str
    definition: str  # a complete CREATE STATISTICS statement
    target: int  # -1: the default statistics target
    comment: str | None
    columns: tuple[str, ...] = ()  # the table's columns it is built on

    @property
    def key(self) -> StatisticsKey:
        return (self.schema, self.name)


def read_statistics(query: Query, schemas: list[str]) -> dict[StatisticsKey, Statistics]:
    """Every extended statistics object in the schemas."""
    found: dict[StatisticsKey, Statistics] = {}
    for schema, name, tschema, table, definition, target, comment, columns in query(
            STATISTICS_SQL, {"schemas": schemas}):
        found[(schema, name)] = Statistics(schema, name, tschema, table, definition.strip(),
                                           -1 if target is None else target, comment,
                                           tuple(columns))
    log.debug("statistics: %d", len(found))
    return found
