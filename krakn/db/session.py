"""psycopg2 connections for a sync: pinned settings, read-only source, one-line errors."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import TracebackType
from typing import Any

import psycopg2
import psycopg2.extensions
from psycopg2.extensions import connection as Connection

from krakn.db.database import Database
from krakn.db.errors import connect_failure, translate
from krakn.db.query import Query, fetch
from krakn.errors import KraknError

log = logging.getLogger(__name__)

# Text COPY output, and so what lands on the target, depends on these; a
# role's or a database's own settings must not change a single byte.
PINNED: tuple[tuple[str, str], ...] = (
    ("DateStyle", "ISO, YMD"),
    ("TimeZone", "UTC"),
    ("IntervalStyle", "postgres"),
    ("extra_float_digits", "3"),
    ("bytea_output", "hex"),
    # A subset's filter (krakn.sync.subset) is one long query of recursive
    # CTEs: its estimated cost makes JIT compile it for seconds, to run it in
    # milliseconds. No copy or hash krakn runs gains from JIT.
    ("jit", "off"),
)


class SyncFailed(KraknError):
    """A statement of the sync failed on one side."""


def open_connection(db: Database, *, read_only: bool) -> Connection:
    """A connection with krakn's session settings; transactions are begun explicitly."""
    try:
        conn = psycopg2.connect(**db.connect_params("krakn sync-data"))
    except psycopg2.Error as exc:
        raise connect_failure(db, exc) from None
    try:
        conn.autocommit = True  # BEGIN and COMMIT are krakn's, never implicit
        conn.set_client_encoding("UTF8")
        with conn.cursor() as cur:
            for name, value in PINNED:
                cur.execute("SELECT set_config(%s, %s, false)", (name, value))
            if read_only:
                # Enforced by the server: nothing krakn runs can write to --from.
                cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    except psycopg2.Error as exc:
        conn.close()
        raise failure(db, exc, "setting up the session") from None
    return conn


def failure(db: Database, exc: BaseException, doing: str) -> KraknError:
    """One line saying which side failed, doing what, without a password."""
    return translate(db, exc, doing, kind=SyncFailed)


def execute(db: Database, conn: Connection, sql: str,
            params: tuple[Any, ...] | Mapping[str, Any] = (),
            doing: str | None = None) -> list[tuple[Any, ...]]:
    """Run one statement; any failure becomes a SyncFailed naming the side."""
    log.debug("%s: %s %s", db.side, sql, params)
    try:
        with conn.cursor() as cur:
            return fetch(cur, sql, params)
    except psycopg2.Error as exc:
        raise failure(db, exc, doing or sql.split("(")[0].strip()) from None


def session_query(db: Database, conn: Connection, doing: str) -> Query:
    """A Query (krakn.db.query) on a session: a failure is a SyncFailed saying doing what."""
    def run(sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        return execute(db, conn, sql, dict(params), doing=doing)

    return run


def server_identity(db: Database, conn: Connection) -> tuple[Any, ...]:
    """What makes a database the same one whatever URL reaches it."""
    rows = execute(db, conn, "SELECT s.system_identifier, d.oid FROM pg_control_system() s, "
                   "pg_database d WHERE d.datname = current_database()",
                   doing="reading the server's identity")
    return tuple(rows[0])


def close_quietly(conn: Connection) -> None:
    """Roll back whatever is open and close; a broken connection is just closed."""
    try:
        if not conn.closed and conn.info.transaction_status in (
                psycopg2.extensions.TRANSACTION_STATUS_INTRANS,
                psycopg2.extensions.TRANSACTION_STATUS_INERROR):
            with conn.cursor() as cur:
                cur.execute("ROLLBACK")
    except psycopg2.Error as exc:
        log.debug("rollback while closing failed: %s", exc)
    finally:
        conn.close()


@contextmanager
def psycopg2_noise_hidden() -> Iterator[None]:
    """Keep psycopg2's stray SystemError report off stderr while COPYs run.

    psycopg2 2.9 prints one, through sys.excepthook, when the server ends a
    connection during COPY FROM (pg_terminate_backend, a restart); the real
    error is raised as usual and reported in one line, so this is only noise.
    """
    previous = sys.excepthook

    def to_debug_log(kind: type[BaseException], value: BaseException,
                     tb: TracebackType | None) -> None:
        log.debug("psycopg2 reported %s: %s", kind.__name__, value)

    sys.excepthook = to_debug_log
    try:
        yield
    finally:
        sys.excepthook = previous
