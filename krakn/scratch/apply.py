"""Run a whole SQL script on a (scratch) database, as psql would run it without a psql."""

from __future__ import annotations

import logging

from krakn.db.database import Database
from krakn.db.engine import connect
from krakn.db.errors import is_database_error, translate

log = logging.getLogger(__name__)


def run_script(database: Database, sql: str) -> None:
    """Run sql in one round trip, in autocommit: the script's own BEGIN/COMMIT is its
    transaction, so a failing statement leaves nothing of it behind.

    A database error is raised as krakn's one-line KraknError (krakn.db.errors).
    """
    with connect(database, read_only=False) as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        cursor = conn.connection.cursor()
        try:
            # The driver's own call without parameters: % in the script stays as it is.
            cursor.execute(sql)
        except Exception as exc:
            if is_database_error(exc):
                raise translate(database, exc) from None
            raise
        finally:
            cursor.close()
    log.debug("ran %d characters of SQL on %s", len(sql), database.label)
