"""Definitions printed by another PostgreSQL major, printed again by the scratch server.

PostgreSQL compares nothing by meaning: krakn compares the text the server
prints for a view, a check, an index, a default, a function or a trigger,
and that printer changes between majors (PostgreSQL 16 stopped qualifying
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.engine import Connection

from krakn.catalog.routines import Routine, Trigger
from krakn.catalog.snapshot import Snapshot
from krakn.catalog.tables import Column, Constraint, Index
from krakn.catalog.views import View
from krakn.db.database import Database
from krakn.db.engine import connect
from krakn.quoting import qualify, quote

log = logging.getLogger(__name__)

TEMP = "krakn_reprint"  # the name anything made to be printed gets
K = TypeVar("K")
V = TypeVar("V")


def reprint(other: Snapshot, scratch: Snapshot, database: Database) -> Snapshot:
    """other, with each printed definition that differs from scratch's as database's
    server prints it, where it runs there. database holds scratch's schema; other
    itself is left as it was."""
    out = copy.copy(other)
    with connect(database, read_only=False) as conn, conn.begin() as outer:
        out.views = copy.copy(other.views)
        out.views.views = _each(conn, other.views.views, scratch.views.views, _view)
        out.constraints = _each(conn, other.constraints, scratch.constraints, _check)
        out.indexes = _each(conn, other.indexes, scratch.indexes, _index)
        out.columns = _each(conn, other.columns, scratch.columns, _default)
        out.routines = copy.copy(other.routines)
        out.routines.routines = _each(conn, other.routines.routines,
                                      scratch.routines.routines, _routine)
        out.routines.triggers = _each(conn, other.routines.triggers,
                                      scratch.routines.triggers, _trigger)
        outer.rollback()
    return out


def _each(conn: Connection, other: dict[K, V], scratch: dict[K, V],
          again: Callable[[Connection, K, V], V | None]) -> dict[K, V]:
    """other with the objects that differ from scratch's re-printed, where that makes them
    equal; the same dict when nothing changed."""
    out = other
    for key, theirs in other.items():
        ours = scratch.get(key)
        if ours is None or ours == theirs:
            continue
        printed = None
        with _savepoint(conn) as ok:
            printed = again(conn, key, theirs)
        if ok[0] and printed is not None and printed == ours:
            if out is other:
                out = dict(other)
            out[key] = printed
            log.debug("%s: differs only in how the server prints it", key)
    return out


@contextmanager
def _savepoint(conn: Connection) -> Iterator[list[bool]]:
    """Whatever runs inside is undone; yields a flag, false after a failure."""
    ok = [True]
    nested = conn.begin_nested()
    try:
        yield ok
    except Exception as exc:  # noqa: BLE001 - whatever fails, the other side's text stays
        ok[0] = False
        log.debug("not re-printed: %s", str(exc).strip().splitlines()[0] if str(exc).strip()
                  else type(exc).__name__)
    finally:
        nested.rollback()


def _run(conn: Connection, sql: str) -> None:
    """A statement as the driver takes it: no bind parameters, so ':' and '%' stay."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def _one(conn: Connection, sql: str, **params: object) -> str | None:
    value = conn.execute(text(sql), params).scalar()
    return None if value is None else str(value)


def _view(conn: Connection, key: tuple[str, str], view: View) -> View | None:
    # A view and a materialized view print their query alike; a temporary view
    # needs no name of the file's.
    _run(conn, f"CREATE TEMPORARY VIEW {quote(TEMP)} AS {view.definition}")
    printed = _one(conn, "SELECT pg_get_viewdef(CAST(:name AS regclass))",
                   name=f"pg_temp.{quote(TEMP)}")
    indexes = tuple((name, _index_text(conn, view.schema, name, definition) or definition)
                    for name, definition in view.indexes)
    return replace(view, definition=printed or view.definition, indexes=indexes)


def _check(conn: Connection, key: tuple[str, str, str],
           constraint: Constraint) -> Constraint | None:
    if constraint.kind != "c" or not constraint.definition:
        return None  # keys and references print the same in every major
    table = qualify(constraint.schema, constraint.table)
    _run(conn, f"ALTER TABLE {table} ADD CONSTRAINT {quote(TEMP)} {constraint.definition}")
    printed = _one(conn, "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                         "WHERE conrelid = CAST(:table AS regclass) AND conname = :name",
                   table=table, name=TEMP)
    return replace(constraint, definition=printed) if printed else None


def _index(conn: Connection, key: tuple[str, str], index: Index) -> Index | None:
    printed = _index_text(conn, index.schema, index.name, index.definition)
    return replace(index, definition=printed) if printed else None


def _index_text(conn: Connection, schema: str, name: str, definition: str) -> str | None:
    """definition (a CREATE INDEX of name) as this server prints it: the scratch
    database's own index of that name steps aside (renamed) while it runs."""
    found = _one(conn, "SELECT to_regclass(:name)::text", name=qualify(schema, name))
    if found is not None:
        _run(conn, f"ALTER INDEX {qualify(schema, name)} RENAME TO {quote(TEMP)}")
    _run(conn, definition)
    return _one(conn, "SELECT pg_get_indexdef(CAST(:name AS regclass))",
                name=qualify(schema, name))


def _default(conn: Connection, key: tuple[str, str, str], column: Column) -> Column | None:
    if column.default is None or column.generated or column.identity:
        return None
    schema, table, name = key
    _run(conn, f"ALTER TABLE {qualify(schema, table)} ALTER COLUMN {quote(name)} "
               f"SET DEFAULT {column.default}")
    printed = _one(conn, "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d "
                         "JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
                         "WHERE d.adrelid = CAST(:table AS regclass) AND a.attname = :column",
                   table=qualify(schema, table), column=name)
    return replace(column, default=printed) if printed else None


def _routine(conn: Connection, key: tuple[str, str, str], routine: Routine) -> Routine | None:
    # CREATE OR REPLACE over the scratch database's own routine of that signature.
    _run(conn, routine.definition)
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
    _run(conn, f"ALTER TRIGGER {quote(trigger.name)} ON {table} RENAME TO {quote(TEMP)}")
    _run(conn, trigger.definition)
    printed = _one(conn, "SELECT pg_get_triggerdef(oid) FROM pg_trigger "
                         "WHERE tgrelid = CAST(:table AS regclass) AND tgname = :name",
                   table=table, name=trigger.name)
    return replace(trigger, definition=printed) if printed else None
