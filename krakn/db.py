"""Connections to the two databases, and the one-line errors when they fail."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from krakn.errors import ConnectionFailed
from krakn.urls import hide_password, parse_url, safe_url

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
        return safe_url(self.url)

    @property
    def password(self) -> str | None:
        pw = self.url.password
        return str(pw) if pw else None

    def scrub(self, text: str) -> str:
        """text without any URL's password, nor this database's password anywhere."""
        text = hide_password(text)
        return text.replace(self.password, "***") if self.password else text


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
    return engine


@contextmanager
def connect(db: Database, *, read_only: bool = True, debug: bool = False) -> Iterator[Connection]:
    """A connection to db; any failure becomes a one-line ConnectionFailed."""
    engine = make_engine(db, read_only=read_only, debug=debug)
    try:
        try:
            conn = engine.connect()
        except SQLAlchemyError as exc:
            raise describe_failure(db, exc) from None
        with conn:
            yield conn
    finally:
        engine.dispose()


def describe_failure(db: Database, exc: BaseException) -> ConnectionFailed:
    """Say which side failed and what to check, without the password."""
    raw = str(getattr(exc, "orig", None) or exc)
    text = db.scrub(raw.strip().splitlines()[0] if raw.strip() else repr(exc))
    low = raw.lower()
    where = f"{db.url.host or 'localhost'}:{db.url.port or 5432}"
    if "password authentication failed" in low or "no password supplied" in low:
        hint = f"authentication failed for user {db.url.username!r}: check the user and password"
    elif "does not exist" in low and "database" in low:
        hint = f"database {db.url.database!r} does not exist on {where}: check the database name"
    elif "role" in low and "does not exist" in low:
        hint = f"role {db.url.username!r} does not exist on {where}: check the user name"
    elif "could not translate host name" in low or "name or service not known" in low:
        hint = f"unknown host {db.url.host!r}: check the host name"
    elif "connection refused" in low or "could not connect" in low or "timeout expired" in low:
        hint = f"cannot reach {where}: check that the server runs and the host and port"
    elif "permission denied" in low:
        hint = f"permission denied ({text}): check the role's privileges"
    else:
        hint = f"{text} ({db.label})"
    log.debug("connection failure on %s: %s", db.side, text)
    return ConnectionFailed(hint, side=db.side)


def catalog_failure(db: Database, exc: DBAPIError) -> ConnectionFailed:
    """A query on the catalog failed: usually privileges."""
    first = hide_password(str(exc.orig).strip().splitlines()[0])
    if "permission denied" in first.lower():
        return ConnectionFailed(f"{first}: check the role's privileges on {db.label}", side=db.side)
    return ConnectionFailed(f"reading the catalog failed: {first}", side=db.side)
