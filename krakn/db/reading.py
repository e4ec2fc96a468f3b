"""psycopg2 connections that read a schema: one read-only REPEATABLE READ transaction.

diff, migrate and snapshot read catalogs through these rather than through
SQLAlchemy: the catalog readers only need a Query (krakn.db.query), and a
SQLAlchemy engine's first connection costs a dialect set-up and several round
trips (server version, hstore's type, string settings) that a diff of a large
schema waits for before its first catalog query.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg2
import psycopg2.extensions

from krakn.db.database import Database
from krakn.db.errors import connect_failure, translate

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
                cur.execute(sql, dict(params))
                return list(cur.fetchall()) if cur.description else []
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
        try:
            conn.rollback()
        except psycopg2.Error as exc:  # a broken connection: nothing left to undo
            log.debug("rollback on %s failed: %s", db.side, exc)
        conn.close()
