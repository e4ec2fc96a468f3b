"""psycopg2 connections that read a schema: one read-only REPEATABLE READ transaction.

diff, migrate and snapshot read catalogs through these rather than through
SQLAlchemy: the catalog readers only need a Query (krakn.db.query), and a
SQLAlchemy engine's first connection costs a dialect set-up and several round
trips (server version, hstore's type, string settings) that a diff of a large
schema waits for before its first catalog query.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg2
import psycopg2.extensions

from krakn.db.database import Database
from krakn.db.errors import connect_failure, translate
from krakn.db.query import Query, fetch

log = logging.getLogger(__name__)


@dataclass
class Reader:
    """An open reading transaction on one side: queries, and its search_path's schema."""

    db: Database
    conn: psycopg2.extensions.connection

    def query(self, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """A krakn.db.query.Query: every row; an error names the side in one line."""
        log.debug("%s: %s %s", self.db.side, sql, params)
        try:
            with self.conn.cursor() as cur:
                return fetch(cur, sql, dict(params))
        except psycopg2.Error as exc:
            raise translate(self.db, exc) from None

    def default_schema(self) -> str:
        """The schema unqualified names land in (current_schema(); public without one)."""
        rows = self.query("SELECT current_schema()", {})
        return str(rows[0][0]) if rows and rows[0][0] else "public"


@contextmanager
def reading(db: Database) -> Iterator[Reader]:
    """A Reader on db, its transaction begun REPEATABLE READ (one snapshot for
    everything read) and READ ONLY, which the server enforces. Rolled back and
    closed on leaving; a failure to connect is a one-line ConnectionFailed."""
    try:
        conn = psycopg2.connect(**db.connect_params("krakn"))
    except psycopg2.Error as exc:
        raise connect_failure(db, exc) from None
    try:
        conn.set_session(isolation_level="REPEATABLE READ", readonly=True)
        yield Reader(db, conn)
    finally:
        _close(db, conn)


def _close(db: Database, conn: psycopg2.extensions.connection) -> None:
    try:
        conn.rollback()
    except psycopg2.Error as exc:  # a broken connection: nothing left to undo
        log.debug("rollback on %s failed: %s", db.side, exc)
    conn.close()


@contextmanager
def sharing(reader: Reader) -> Iterator[Query]:
    """A second Query that sees what reader sees, so that a catalog read alone can
    keep two server processes busy (as pg_dump --jobs does): its own read-only
    connection in reader's snapshot (pg_export_snapshot). It connects at its
    first query, in the thread that runs it. Where the snapshot cannot be shared
    (a server or pooler that refuses) or the second connection fails, its
    queries run on reader itself (psycopg2 serializes a connection's users).
    """
    name = _export(reader)
    lock = threading.Lock()
    opened: list[psycopg2.extensions.connection] = []
    chosen: list[Query] = []

    def query(sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        with lock:
            if not chosen:
                conn = _join(reader.db, name) if name is not None else None
                if conn is not None:
                    opened.append(conn)
                chosen.append(reader.query if conn is None else Reader(reader.db, conn).query)
        return chosen[0](sql, params)

    try:
        yield query
    finally:
        for conn in opened:
            _close(reader.db, conn)


def _export(reader: Reader) -> str | None:
    """reader's snapshot, exported for another connection; None where refused.

    Only as the transaction's first statement: a refusal then aborts nothing
    read yet (rolled back, the next query begins afresh), and an export cannot
    be made inside a savepoint.
    """
    status = reader.conn.get_transaction_status()
    if status != psycopg2.extensions.TRANSACTION_STATUS_IDLE:
        log.debug("%s: snapshot not shared: a transaction is already open", reader.db.side)
        return None
    log.debug("%s: SELECT pg_export_snapshot()", reader.db.side)
    try:
        with reader.conn.cursor() as cur:
            cur.execute("SELECT pg_export_snapshot()")
            row = cur.fetchone()
    except psycopg2.Error as exc:
        log.debug("%s: snapshot not shared, one connection reads: %s", reader.db.side,
                  reader.db.scrub(str(exc).strip()))
        try:
            reader.conn.rollback()
        except psycopg2.Error as again:
            raise translate(reader.db, again) from None
        return None
    return str(row[0]) if row and row[0] else None


def _join(db: Database, snapshot: str) -> psycopg2.extensions.connection | None:
    """A new read-only connection in the exported snapshot; None if that fails."""
    try:
        conn = psycopg2.connect(**db.connect_params("krakn"))
    except psycopg2.Error as exc:
        log.debug("%s: no second connection, one connection reads: %s", db.side,
                  db.scrub(str(exc).strip()))
        return None
    try:
        conn.set_session(isolation_level="REPEATABLE READ", readonly=True)
        with conn.cursor() as cur:
            log.debug("%s: SET TRANSACTION SNAPSHOT %r (a second connection)", db.side, snapshot)
            cur.execute("SET TRANSACTION SNAPSHOT %s", (snapshot,))
    except psycopg2.Error as exc:
        log.debug("%s: snapshot not joined, one connection reads: %s", db.side,
                  db.scrub(str(exc).strip()))
        conn.close()
        return None
    return conn
