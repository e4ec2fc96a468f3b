"""Event triggers: database-wide, read whatever the schema selection."""

from __future__ import annotations

from dataclasses import dataclass

from krakn.catalog.filters import comment_of, not_extension
from krakn.db.query import Query

EVENT_TRIGGERS_SQL = f"""
SELECT e.evtname, e.evtevent, COALESCE(e.evttags, '{{}}'::text[]), pn.nspname, p.proname,
       e.evtenabled::text, {comment_of('e.oid', 'pg_event_trigger')}
FROM pg_event_trigger e
JOIN pg_proc p ON p.oid = e.evtfoid
JOIN pg_namespace pn ON pn.oid = p.pronamespace
WHERE {not_extension('e.oid', 'pg_event_trigger')}
"""


@dataclass(frozen=True)
class EventTrigger:
    name: str
    event: str  # ddl_command_start, ddl_command_end, sql_drop, table_rewrite
    tags: tuple[str, ...]  # WHEN TAG IN (...), as PostgreSQL keeps them (upper case)
    function: tuple[str, str]
    enabled: str  # O (origin), D (disabled), R (replica), A (always)
    comment: str | None


def read_event_triggers(query: Query) -> dict[str, EventTrigger]:
    return {name: EventTrigger(name, event, tuple(sorted(tags)), (fschema, fname), enabled,
                               comment)
            for name, event, tags, fschema, fname, enabled, comment
            in query(EVENT_TRIGGERS_SQL, {})}
