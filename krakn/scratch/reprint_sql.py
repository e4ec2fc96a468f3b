"""What the re-printing of krakn.scratch.reprint runs on the scratch database.

Every statement runs inside a savepoint that is rolled back, so anything
made only to be printed takes the name ``TEMP`` (or is a temporary object)
and never stays.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

TEMP = "krakn_reprint"  # the name anything made to be printed gets


def run(conn: Connection, sql: str) -> None:
    """A statement as the driver takes it: no bind parameters, so ':' and '%' stay."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def one(conn: Connection, sql: str, **params: object) -> str | None:
    """The first column of the first row, as text; None for NULL."""
    value = conn.execute(text(sql), params).scalar()
    return None if value is None else str(value)


@contextmanager
def savepoint(conn: Connection) -> Iterator[list[bool]]:
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
