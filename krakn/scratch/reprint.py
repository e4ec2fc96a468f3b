"""Definitions printed by another PostgreSQL major, printed again by the scratch server.

PostgreSQL compares nothing by meaning: krakn compares the text the server
prints for a view, a constraint, an index, a default, a function or a
trigger (and, in krakn.scratch.reprint_more, for what hangs on types and
tables), and that printer changes between majors (PostgreSQL 16 stopped qualifying
the columns of a one-table view). When a schema file loaded on the
embedded 16 is compared with a 15 server, the same view would show as
changed.

So where the two sides' texts differ, the other side's definition is run
on the scratch database (which holds the file's schema, so the names it
uses exist) inside a savepoint that is rolled back, and read back as the
scratch server prints it. Equal then: the difference was the printer's, and
the other side's text is replaced by the re-printed one. A definition that
does not run there (it uses something the file lacks) keeps its own text,
and the object shows as changed, as it surely is. Nothing stays behind:
the whole transaction is rolled back.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.engine import Connection

from krakn.catalog.reprint import restated
from krakn.catalog.routines import Routine, Trigger
from krakn.catalog.snapshot import Snapshot
from krakn.catalog.tables import Column, Constraint, Index
from krakn.catalog.views import View
from krakn.db.database import Database
from krakn.db.engine import connect
from krakn.quoting import qualify, quote
from krakn.scratch.reprint_more import reprint_more
from krakn.scratch.reprint_sql import TEMP, one, run, savepoint

log = logging.getLogger(__name__)

K = TypeVar("K")
V = TypeVar("V")
# A generated column's expression, read back as the catalog reads it.
_GENERATED = {"s": "STORED", "v": "VIRTUAL"}


def reprint(other: Snapshot, scratch: Snapshot, database: Database) -> Snapshot:
    """other, with each printed definition that differs from scratch's as database's
    server prints it, where it runs there. database holds scratch's schema; other
    itself is left as it was."""
    out = copy.copy(other)
    with connect(database, read_only=False) as conn, conn.begin() as outer:
        out.views = copy.copy(other.views)
        out.views.views = each(conn, other.views.views, scratch.views.views, _view)
        out.constraints = each(conn, other.constraints, scratch.constraints, _constraint)
        out.indexes = each(conn, other.indexes, scratch.indexes, _index)
        out.columns = each(conn, other.columns, scratch.columns, _default)
        out.routines = copy.copy(other.routines)
        out.routines.routines = each(conn, other.routines.routines,
                                     scratch.routines.routines, _routine)
        out.routines.triggers = each(conn, other.routines.triggers,
                                     scratch.routines.triggers, _trigger)
        reprint_more(conn, out, scratch, each)
        outer.rollback()
    return out


def each(conn: Connection, other: dict[K, V], scratch: dict[K, V],
         again: Callable[[Connection, K, V], V | None]) -> dict[K, V]:
    """other with the objects that differ from scratch's re-printed, where that makes them
    equal; the same dict when nothing changed."""
    out = other
    for key, theirs in other.items():
        ours = scratch.get(key)
        if ours is None or ours == theirs:
            continue
        printed = None
        with savepoint(conn) as ok:
            printed = again(conn, key, theirs)
        if ok[0] and printed is not None and printed == ours:
            if out is other:
                out = dict(other)
            out[key] = printed
            log.debug("%s: differs only in how the server prints it", key)
    return out


def _view(conn: Connection, key: tuple[str, str], view: View) -> View | None:
    # A view and a materialized view print their query alike; a temporary view
    # needs no name of the file's.
    run(conn, f"CREATE TEMPORARY VIEW {quote(TEMP)} AS {view.definition}")
    printed = one(conn, "SELECT pg_get_viewdef(CAST(:name AS regclass))",
                   name=f"pg_temp.{quote(TEMP)}")
    indexes = tuple((name, _index_text(conn, view.schema, name, definition) or definition)
                    for name, definition in view.indexes)
    return replace(view, definition=printed or view.definition, indexes=indexes)


def _constraint(conn: Connection, key: tuple[str, str, str],
                constraint: Constraint) -> Constraint | None:
    if not constraint.definition:
        return None
    table = qualify(constraint.schema, constraint.table)
    if constraint.kind == "p":
        # A table has one primary key: the scratch one steps aside, with the
        # foreign keys that stand on it (all rolled back).
        run(conn, f"ALTER TABLE {table} DROP CONSTRAINT {quote(constraint.name)} CASCADE")
    # restated: the server reads its own print of an IN list otherwise (krakn.catalog.reprint).
    run(conn, f"ALTER TABLE {table} ADD CONSTRAINT {quote(TEMP)} "
              f"{restated(constraint.definition)}")
    printed = one(conn, "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                        "WHERE conrelid = CAST(:table AS regclass) AND conname = :name",
                  table=table, name=TEMP)
    return replace(constraint, definition=printed) if printed else None


def _index(conn: Connection, key: tuple[str, str], index: Index) -> Index | None:
    printed = _index_text(conn, index.schema, index.name, index.definition)
    return replace(index, definition=printed) if printed else None


def _index_text(conn: Connection, schema: str, name: str, definition: str) -> str | None:
    """definition (a CREATE INDEX of name) as this server prints it: the scratch
    database's own index of that name steps aside (renamed) while it runs."""
    found = one(conn, "SELECT to_regclass(:name)::text", name=qualify(schema, name))
    if found is not None:
        run(conn, f"ALTER INDEX {qualify(schema, name)} RENAME TO {quote(TEMP)}")
    run(conn, definition)
    return one(conn, "SELECT pg_get_indexdef(CAST(:name AS regclass))",
                name=qualify(schema, name))


def _default(conn: Connection, key: tuple[str, str, str], column: Column) -> Column | None:
    if column.default is None or column.identity:
        return None
    schema, table, name = key
    if column.generated:
        # A generation expression cannot be set on a column before PostgreSQL 17:
        # a column of its own carries it.
        name = TEMP
        run(conn, f"ALTER TABLE {qualify(schema, table)} ADD COLUMN {quote(TEMP)} "
                  f"{column.type} GENERATED ALWAYS AS ({restated(column.default)}) "
                  f"{_GENERATED.get(column.generated, 'STORED')}")
    else:
        run(conn, f"ALTER TABLE {qualify(schema, table)} ALTER COLUMN {quote(name)} "
                  f"SET DEFAULT {restated(column.default)}")
    printed = one(conn, "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d "
                        "JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
                        "WHERE d.adrelid = CAST(:table AS regclass) AND a.attname = :column",
                  table=qualify(schema, table), column=name)
    return replace(column, default=printed) if printed else None


def _routine(conn: Connection, key: tuple[str, str, str], routine: Routine) -> Routine | None:
    # CREATE OR REPLACE over the scratch database's own routine of that signature.
    run(conn, routine.definition)
    signature = f"{qualify(routine.schema, routine.name)}({routine.argtypes})"
    row = conn.execute(text(
        "SELECT pg_get_functiondef(p), pg_get_function_arguments(p), "
        "pg_get_function_result(p) FROM CAST(:sig AS regprocedure) AS p"), {"sig": signature}).one()
    # As krakn.catalog.routines reads them.
    return replace(routine, definition=str(row[0]).strip(), arguments=row[1],
                   result=row[2] if routine.kind == "f" else None)


def _trigger(conn: Connection, key: tuple[str, str, str], trigger: Trigger) -> Trigger | None:
    if not trigger.definition:
        return None
    table = qualify(trigger.schema, trigger.table)
    run(conn, f"ALTER TRIGGER {quote(trigger.name)} ON {table} RENAME TO {quote(TEMP)}")
    run(conn, trigger.definition)
    printed = one(conn, "SELECT pg_get_triggerdef(oid) FROM pg_trigger "
                         "WHERE tgrelid = CAST(:table AS regclass) AND tgname = :name",
                   table=table, name=trigger.name)
    return replace(trigger, definition=printed) if printed else None
