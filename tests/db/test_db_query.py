"""krakn.db.query: one Query on either kind of connection, with the same SQL and results."""

from __future__ import annotations

import psycopg2
import pytest

from krakn.db.database import Database
from krakn.db.engine import connect
from krakn.db.query import Query, as_query, on_connection, on_cursor
from krakn.db.session import SyncFailed, open_connection, session_query

# A bind, a list bind and a literal % (doubled, as the SQL of every reader).
SQL = "SELECT %(n)s::int + 1, 'x%%' || %(s)s, %(ns)s::int[], 'pg_a' LIKE 'pg\\_%%'"
PARAMS = {"n": 41, "s": "y", "ns": [1, 2], "unused": None}
WANTED = [(42, "x%y", [1, 2], True)]


@pytest.fixture
def plain_url(make_db) -> str:
    return make_db().url


@pytest.fixture
def db(plain_url) -> Database:
    return Database.from_raw(plain_url, "--from")


def run_on_cursor(url: str, sql: str, params: dict[str, object]) -> list[tuple[object, ...]]:
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            return on_cursor(cur)(sql, params)
    finally:
        conn.close()


def test_both_connections_give_the_same_rows(db, plain_url):
    """The same SQL and parameters give the same rows through SQLAlchemy and psycopg2."""
    with connect(db) as conn:
        assert on_connection(conn)(SQL, PARAMS) == WANTED
        assert as_query(conn)(SQL, PARAMS) == WANTED
    assert run_on_cursor(plain_url, SQL, PARAMS) == WANTED


def test_a_doubled_percent_without_binds(db, plain_url):
    """With no bind at all a doubled % still means one: parameters are always passed."""
    sql = "SELECT '100%%'"
    with connect(db) as conn:
        assert on_connection(conn)(sql, {}) == [("100%",)]
    assert run_on_cursor(plain_url, sql, {}) == [("100%",)]


def test_a_query_stays_itself():
    """as_query passes a Query through untouched."""
    def query(sql: str, params: object) -> list[tuple[object, ...]]:
        return [(sql,)]

    runner: Query = query
    assert as_query(runner) is runner


def test_session_query_names_side_and_task(db):
    """A failure on a sync session is one SyncFailed naming the side and what it was doing."""
    conn = open_connection(db, read_only=True)
    try:
        query = session_query(db, conn, "reading the catalog")
        assert query("SELECT %(a)s::int", {"a": 7}) == [(7,)]
        with pytest.raises(SyncFailed) as err:
            query("SELECT * FROM no_such_table", {})
    finally:
        conn.close()
    assert err.value.message == (
        '--from: reading the catalog: relation "no_such_table" does not exist')


def test_connection_query_names_side(db):
    """A catalog query that fails on a SQLAlchemy connection is one line naming the side."""
    from krakn.db.errors import DatabaseError

    with connect(db) as conn:
        with pytest.raises(DatabaseError) as err:
            on_connection(conn)("SELECT * FROM no_such_table", {})
    assert err.value.message == '--from: relation "no_such_table" does not exist'
    assert err.value.side == "--from"
