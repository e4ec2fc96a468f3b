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


def on_connection(conn: Connection) -> Query:
    """A Query on a SQLAlchemy connection, inside its current transaction."""
    def run(sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        # The driver's own paramstyle: no text() parsing, no colon escapes.
        return [tuple(row) for row in conn.exec_driver_sql(sql, dict(params))]

    return run


def on_cursor(cur: Any) -> Query:
    """A Query on a psycopg2 cursor (errors are psycopg2's own)."""
    def run(sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        cur.execute(sql, dict(params))
        return list(cur.fetchall()) if cur.description else []

    return run


def as_query(source: Query | Connection) -> Query:
    """source itself when it is a Query, else a Query on the SQLAlchemy connection."""
    return source if callable(source) else on_connection(source)
