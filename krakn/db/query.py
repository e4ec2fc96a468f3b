"""One way to run a catalog query, whatever the connection: a Query.

The catalog readers (krakn.catalog) serve both kinds of connection: the
SQLAlchemy ones diff and migrate read schemas through, and the psycopg2
sessions sync-data moves rows on. A reader takes a Query, a function of the
SQL and its parameters that returns every row as a tuple; the adapters
below make one from either connection.

The SQL is psycopg2's: ``%(name)s`` binds, and every literal ``%`` doubled.
Parameters are always passed (an empty dict at least), so the doubling
means the same whether a query has binds or not.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

Query = Callable[[str, Mapping[str, Any]], list[tuple[Any, ...]]]


# Where krakn.db.engine.connect() leaves the Database a connection reaches,
# in the connection's info: a Query's errors name that side.
DATABASE_INFO = "krakn.database"


def on_connection(conn: Connection) -> Query:
    """A Query on a SQLAlchemy connection, inside its current transaction.

    The rows come from the driver's own cursor: a catalog read returns tens of
    thousands of rows, and SQLAlchemy's Row objects, turned into tuples again,
    cost a tenth of a large diff's reading. A driver error is translated as
    the engine's own errors are (krakn.db.errors.watch).
    """
    import psycopg2

    def run(sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        # The driver's own paramstyle: no text() parsing, no colon escapes.
        cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            return fetch(cur, sql, dict(params))
        except psycopg2.Error as exc:
            db = conn.info.get(DATABASE_INFO)
            if db is None:
                raise
            from krakn.db.errors import translate

            raise translate(db, exc) from None
        finally:
            cur.close()

    return run


def on_cursor(cur: Any) -> Query:
    """A Query on a psycopg2 cursor (errors are psycopg2's own)."""
    def run(sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        return fetch(cur, sql, dict(params))

    return run


def fetch(cur: Any, sql: str, params: Any) -> list[tuple[Any, ...]]:
    """Run sql on a psycopg2 cursor: every row, or none for a statement without rows."""
    cur.execute(sql, params)
    return list(cur.fetchall()) if cur.description else []


def as_query(source: Query | Connection) -> Query:
    """source itself when it is a Query, else a Query on the SQLAlchemy connection."""
    return source if callable(source) else on_connection(source)
