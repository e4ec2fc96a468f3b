"""SQLAlchemy connections for reading schemas: read-only where krakn must not write."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from krakn.db.database import Database
from krakn.db.errors import connect_failure, watch
from krakn.db.query import DATABASE_INFO

log = logging.getLogger(__name__)


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
        conn.info[DATABASE_INFO] = db
        with conn:
            yield conn
    finally:
        engine.dispose()
