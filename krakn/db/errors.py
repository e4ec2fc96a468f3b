"""Every database error becomes one line here: which side, what failed, what to check.

diff and migrate reach the servers through SQLAlchemy engines that call
:func:`translate` on any error (:func:`watch`); sync-data's psycopg2 code
calls it through ``krakn.db.session.failure``. The server's DETAIL and
HINT are kept; passwords never are.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from krakn.db.urls import redact
from krakn.errors import ConnectionFailed, KraknError
from krakn.quoting import quote

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from krakn.db.database import Database

log = logging.getLogger(__name__)

# Long enough for a failing row or a key, short enough for one line.
_DETAIL_LIMIT = 300

_DENIED = re.compile(
    r"permission denied for (?P<kind>materialized view|foreign table|table|view|sequence|"
    r"function|procedure|schema|database|type|language|column|large object) (?P<name>\S.*)$")
_GRANTS = {
    "table": "SELECT on {}", "view": "SELECT on {}", "materialized view": "SELECT on {}",
    "foreign table": "SELECT on {}", "column": "SELECT on the column {}",
    "sequence": "SELECT on sequence {}", "function": "EXECUTE on function {}",
    "procedure": "EXECUTE on procedure {}", "schema": "USAGE on schema {}",
    "database": "CONNECT on database {}", "type": "USAGE on type {}",
    "language": "USAGE on language {}", "large object": "SELECT on large object {}",
}


class DatabaseError(KraknError):
    """A statement failed on one side's server."""


def is_database_error(exc: BaseException) -> bool:
    """A driver error, bare or wrapped by SQLAlchemy."""
    import psycopg2
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, (DBAPIError, psycopg2.Error))


def _driver_error(exc: BaseException) -> BaseException:
    from sqlalchemy.exc import DBAPIError

    return exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc


def _one_line(text: str | None, limit: int | None = None) -> str:
    line = " ".join((text or "").split())
    return line if limit is None or len(line) <= limit else line[:limit - 1] + "…"


def _advice(primary: str, role: str | None) -> str:
    """What to grant for a "permission denied for <kind> <name>" error."""
    match = _DENIED.search(primary)
    if not match:
        return ""
    kind, name = match["kind"], match["name"].strip()
    if name.startswith("pg_") and kind != "schema" and "." not in name:
        name = f"pg_catalog.{name}"  # krakn reads PostgreSQL's catalog, nothing else of its own
    who = f"role {quote(role)}" if role else "the role krakn connects as"
    return f": grant {_GRANTS[kind].format(name)} to {who} (or run as a role that has it)"


def explain(exc: BaseException, *, role: str | None = None,
            secrets: Iterable[str] = ()) -> str:
    """One line for a driver error: the server's message, advice, DETAIL and HINT."""
    import psycopg2

    err = _driver_error(exc)
    text = str(err).strip()
    first = text.splitlines()[0] if text else type(err).__name__
    if not isinstance(err, psycopg2.Error):
        return redact(first, secrets)
    diag = err.diag
    primary = diag.message_primary or first
    if primary.startswith(("ERROR:", "FATAL:")):
        primary = primary.split(":", 1)[1].strip()
    if err.pgcode is None and isinstance(err, (psycopg2.OperationalError,
                                               psycopg2.InterfaceError)):
        # A server error carries an SQLSTATE; a dropped connection has none.
        return redact(f"connection lost ({_one_line(primary)})", secrets)
    line = _one_line(primary)
    if err.pgcode == "42501":
        line += _advice(line, role)
    found = [f"{label}: {_one_line(text, _DETAIL_LIMIT)}" for label, text in (
        ("DETAIL", diag.message_detail), ("HINT", diag.message_hint)) if text]
    if found:
        line += f" ({'; '.join(found)})"
    return redact(line, secrets)


def translate(db: Database, exc: BaseException, doing: str | None = None,
              kind: type[KraknError] = DatabaseError) -> KraknError:
    """The one-line error, naming db's side, for any error met on db."""
    if isinstance(exc, KraknError):
        return exc
    text = explain(exc, role=db.url.username, secrets=db.secrets)
    log.debug("database error on %s: %r", db.side, _driver_error(exc))
    return kind(f"{doing}: {text}" if doing else text, side=db.side)


def watch(engine: Engine, db: Database) -> None:
    """Translate every error met on engine (connecting, any statement, any fetch)."""
    from sqlalchemy import event

    def _translated(ctx: Any) -> BaseException | None:
        if not is_database_error(ctx.original_exception):
            return None
        if ctx.connection is None:  # no connection yet: connecting failed
            return connect_failure(db, ctx.original_exception)
        return translate(db, ctx.original_exception)

    event.listen(engine, "handle_error", _translated)


def connect_failure(db: Database, exc: BaseException) -> ConnectionFailed:
    """Connecting failed: say which side and what to check, without the password."""
    err = _driver_error(exc)
    raw = str(err).strip()
    text = db.scrub(raw.splitlines()[0] if raw else repr(err))
    low = raw.lower()
    url = db.url
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    if "password authentication failed" in low or "no password supplied" in low:
        hint = f"authentication failed for user {url.username!r}: check the user and password"
    elif "does not exist" in low and "database" in low:
        hint = f"database {url.database!r} does not exist on {where}: check the database name"
    elif "role" in low and "does not exist" in low:
        hint = f"role {url.username!r} does not exist on {where}: check the user name"
    elif "could not translate host name" in low or "name or service not known" in low:
        hint = f"unknown host {url.host!r}: check the host name"
    elif "connection refused" in low or "could not connect" in low or "timeout expired" in low:
        hint = f"cannot reach {where}: check that the server runs and the host and port"
    elif "permission denied" in low:
        # Also a catalog the driver reads on connecting (pg_type): say what to grant.
        line = text[text.lower().index("permission denied"):]
        hint = line + _advice(line, url.username)
    else:
        hint = f"{text} ({db.label})"
    log.debug("connection failure on %s: %s", db.side, text)
    return ConnectionFailed(hint, side=db.side)
