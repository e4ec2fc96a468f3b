"""Bulk catalog reads for functions, procedures and triggers.

Functions and procedures of the selected schemas (aggregates and window
functions are left out), and the triggers users made on their tables, each in
one query, as PostgreSQL prints them (``pg_get_functiondef``,
``pg_get_triggerdef``). Objects an extension owns are left out.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from krakn.catalog.filters import comment_of, not_extension
from krakn.db.query import Query

log = logging.getLogger(__name__)

# (schema, name, input argument types): PostgreSQL's own identity of a routine,
# so two overloads are two objects and a renamed argument is the same one.
RoutineKey = tuple[str, str, str]
TriggerKey = tuple[str, str, str]

# A table's row type (or an array of it) among the argument or result types.
_ON_ROW_TYPE = """
EXISTS (SELECT 1 FROM pg_depend u
        JOIN pg_type ut ON ut.oid = u.refobjid
        JOIN pg_type et ON et.oid = CASE WHEN ut.typcategory = 'A' AND ut.typelem <> 0
                                         THEN ut.typelem ELSE ut.oid END
        JOIN pg_class uc ON uc.oid = et.typrelid
        WHERE u.classid = 'pg_proc'::regclass AND u.objid = p.oid
          AND u.refclassid = 'pg_type'::regclass AND uc.relkind IN ('r', 'p'))
"""

ROUTINES_SQL = f"""
SELECT n.nspname, p.proname, oidvectortypes(p.proargtypes),
       pg_get_function_identity_arguments(p.oid), p.prokind, pg_get_functiondef(p.oid),
       pg_get_function_arguments(p.oid), pg_get_function_result(p.oid),
       p.prosqlbody IS NOT NULL OR {_ON_ROW_TYPE}, {comment_of('p.oid', 'pg_proc')}
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p', 'w') AND n.nspname = ANY(%(schemas)s)
  -- An extension's routines are its own; a range type's constructors ('i')
  -- come and go with the type.
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                    AND d.deptype IN ('e', 'i'))
"""

# Clones of a partitioned table's trigger (tgparentid) come with the parent's.
# A view's (INSTEAD OF) triggers only when asked: sync-data copies tables.
# Internal triggers (a foreign key's checks) only when asked: sync-data puts
# their state back after --disable-triggers; a schema never declares them.
TRIGGERS_SQL = f"""
SELECT n.nspname, c.relname, t.tgname,
       CASE WHEN %(definitions)s THEN pg_get_triggerdef(t.oid) ELSE '' END, t.tgenabled,
       CASE WHEN %(definitions)s THEN {comment_of('t.oid', 'pg_trigger')} END, t.tgisinternal,
       c.relkind = 'v'
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE (%(internal)s OR NOT t.tgisinternal) AND t.tgparentid = 0
  AND (c.relkind IN ('r', 'p') OR (%(views)s AND c.relkind = 'v'))
  AND n.nspname = ANY(%(schemas)s)
  AND {not_extension('c.oid', 'pg_class')}
"""


@dataclass(frozen=True)
class Routine:
    schema: str
    name: str
    argtypes: str  # input argument types only: "integer, text"
    identity: str  # as DROP and COMMENT want them: "a integer, b text"
    kind: str  # 'f' function, 'p' procedure, 'w' window function (C or internal code)
    definition: str  # a complete CREATE OR REPLACE statement
    arguments: str  # with names and defaults: CREATE OR REPLACE cannot change these
    result: str | None  # None for a procedure
    # A BEGIN ATOMIC body (parsed when created) or a table's row type in the
    # signature: made once tables exist, dropped before they go.
    after_tables: bool
    comment: str | None

    @property
    def word(self) -> str:
        return "procedure" if self.kind == "p" else "function"


@dataclass(frozen=True, slots=True)
class Trigger:
    schema: str
    table: str
    name: str
    definition: str  # "" when read without definitions
    enabled: str  # O origin (the default), D disabled, R replica, A always
    comment: str | None  # None: none, or read without definitions
    # Made by PostgreSQL for a constraint (a foreign key's checks); read only
    # when asked for, never compared.
    internal: bool = field(default=False, compare=False)
    # On a view (INSTEAD OF): made after views, dropped before them.
    on_view: bool = False


@dataclass
class RoutinesSnapshot:
    routines: dict[RoutineKey, Routine] = field(default_factory=dict)
    triggers: dict[TriggerKey, Trigger] = field(default_factory=dict)


def read_routines(query: Query, schemas: list[str]) -> RoutinesSnapshot:
    """Functions, procedures and triggers of the given schemas."""
    snap = RoutinesSnapshot()
    for row in query(ROUTINES_SQL, {"schemas": schemas}):
        (schema, name, argtypes, identity, kind, definition, args, result, late,
         comment) = row
        snap.routines[(schema, name, argtypes)] = Routine(
            schema, name, argtypes, identity, kind, definition.strip(), args,
            result if kind == "f" else None, late, comment)
    snap.triggers = read_triggers(query, schemas, views=True)
    log.debug("routines: %d functions and procedures, %d triggers",
              len(snap.routines), len(snap.triggers))
    return snap


def read_triggers(query: Query, schemas: list[str], *, internal: bool = False,
                  definitions: bool = True, views: bool = False) -> dict[TriggerKey, Trigger]:
    """Triggers on the schemas' tables; internal ones, and views' ones, when asked.

    Without definitions, ``definition`` is "" and ``comment`` None.
    """
    found: dict[TriggerKey, Trigger] = {}
    params = {"schemas": schemas, "internal": internal, "definitions": definitions,
              "views": views}
    for schema, table, name, definition, enabled, comment, is_internal, on_view in query(
            TRIGGERS_SQL, params):
        found[(schema, table, name)] = Trigger(schema, table, name, definition, enabled,
                                               comment, is_internal, on_view)
    return found
