"""Connections to the two databases, and the one-line errors when they fail."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from krakn.dberrors import connect_failure, watch
from krakn.urls import parse_url, redact, safe_url, secrets_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Database:
    """One side of a comparison: which flag named it and where it is."""

    side: str  # "--from" or "--to"
    url: URL

    @classmethod
    def from_raw(cls, raw: str | None, side: str) -> Database:
        return cls(side=side, url=parse_url(raw, side))

    @property
    def label(self) -> str:
        """The URL to show: no password, no secret query parameter."""
        return safe_url(self.url)

    @property
    def secrets(self) -> list[str]:
        """The password and every secret query parameter (password=, passfile=...)."""
        return secrets_of(self.url)

    def scrub(self, text: str) -> str:
        """text without any URL's password, nor any of this database's secrets."""
        return redact(text, self.secrets)


def make_engine(db: Database, *, read_only: bool, debug: bool = False) -> Engine:
    # --debug shows SQL through the logging setup (stderr, passwords filtered),
    # never through echo=True, which would print into a migration on stdout.
    """An engine whose sessions are read-only when krakn must not write."""
    engine = create_engine(
        db.url,
        poolclass=NullPool,
        connect_args={"connect_timeout": 10, "application_name": "krakn"},
    )
    if read_only:
        @event.listens_for(engine, "connect")
        def _read_only(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            # Enforced by the server, so no krakn bug can write to production.
            with dbapi_conn.cursor() as cur:
                cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            dbapi_conn.commit()
    # Every error on this engine, wherever it is met, leaves naming db's side.
    watch(engine, db)
    return engine


@contextmanager
def connect(db: Database, *, read_only: bool = True, debug: bool = False) -> Iterator[Connection]:
    """A connection to db; any failure becomes a one-line ConnectionFailed."""
    engine = make_engine(db, read_only=read_only, debug=debug)
    try:
        try:
            conn = engine.connect()
        except SQLAlchemyError as exc:  # the driver's errors are translated by watch()
            raise connect_failure(db, exc) from None
        with conn:
            yield conn
    finally:
        engine.dispose()


# sync-data's psycopg2 sessions report a failed connect with the same words.
describe_failure = connect_failure
