"""Rules (CREATE RULE) on tables and views, as ``pg_get_ruledef`` prints them.

A view's own ``_RETURN`` rule is the view, compared as one; every other rule
is one object per (schema, relation, name). What each rule reads (relations,
and their columns) comes from ``pg_depend``, so a plan knows which rules
stand on a column that is retyped or a view that is made again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from krakn.catalog.filters import comment_of, not_extension
from krakn.db.query import Query

log = logging.getLogger(__name__)

RuleKey = tuple[str, str, str]  # (schema, table or view, rule)

RULES_SQL = f"""
SELECT n.nspname, c.relname, r.rulename, pg_get_ruledef(r.oid), r.ev_enabled,
       c.relkind IN ('v', 'm'), {comment_of('r.oid', 'pg_rewrite')},
       ARRAY(SELECT DISTINCT ARRAY[dn.nspname::text, dc.relname::text,
                                   coalesce(da.attname::text, '')]
             FROM pg_depend d
             JOIN pg_class dc ON dc.oid = d.refobjid
             JOIN pg_namespace dn ON dn.oid = dc.relnamespace
             LEFT JOIN pg_attribute da ON da.attrelid = dc.oid AND da.attnum = d.refobjsubid
                                      AND d.refobjsubid > 0
             WHERE d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
               AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'n')
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN' AND n.nspname = ANY(%(schemas)s)
  AND {not_extension('c.oid', 'pg_class')}
"""


@dataclass(frozen=True)
class Rule:
    schema: str
    table: str  # the table or view it is on
    name: str
    definition: str  # a complete CREATE RULE statement, without its semicolon
    enabled: str  # O origin (the default), D disabled, R replica, A always
    on_view: bool
    comment: str | None
    # What its actions read: (schema, relation, column); column "" for the
    # relation itself. Not compared: it follows from the definition.
    reads: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)

    @property
    def key(self) -> RuleKey:
        return (self.schema, self.table, self.name)


def read_rules(query: Query, schemas: list[str]) -> dict[RuleKey, Rule]:
    """Every user rule on the schemas' tables and views."""
    found: dict[RuleKey, Rule] = {}
    for schema, table, name, definition, enabled, on_view, comment, reads in query(
            RULES_SQL, {"schemas": schemas}):
        body = definition.strip().rstrip(";").rstrip()
        found[(schema, table, name)] = Rule(
            schema, table, name, body, enabled, on_view, comment,
            tuple(sorted((s, r, c) for s, r, c in reads)))
    log.debug("rules: %d", len(found))
    return found
