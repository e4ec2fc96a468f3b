"""Reading connections: read-only, one snapshot, and a helper connection that shares it."""

from __future__ import annotations

import time

import pytest

from krakn.db.database import Database
from krakn.db.errors import DatabaseError
from krakn.db.reading import reading, sharing

PID = "SELECT pg_backend_pid()"
# A query of pg_class (not to_regclass(), which reads the latest catalog).
NEW_TABLE = "SELECT count(*) FROM pg_class WHERE relname = 'made_after'"
OPEN = ("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND application_name = 'krakn'")


@pytest.fixture
def db(make_db):
    """An empty database, as the source side."""
    made = make_db()
    made.load("CREATE TABLE before_export (id integer);")
    return made


def test_helper_sees_the_readers_snapshot(db):
    """The helper is another server process, and sees what the reader sees, not what
    was committed after the reader's snapshot was taken."""
    with reading(Database.from_raw(db.url, "--from")) as reader, sharing(reader) as helper:
        db.load("CREATE TABLE made_after (id integer);")
        assert helper(PID, {}) != reader.query(PID, {})
        assert helper(NEW_TABLE, {}) == reader.query(NEW_TABLE, {}) == [(0,)]
        assert helper(NEW_TABLE.replace("made_after", "before_export"), {}) == [(1,)]
    assert db.query(NEW_TABLE) == [(1,)]


def test_helper_refuses_writes(db):
    """A write through the helper fails on the server as read-only, naming the side."""
    with reading(Database.from_raw(db.url, "--from")) as reader, sharing(reader) as helper:
        with pytest.raises(DatabaseError, match="read-only") as info:
            helper("CREATE TABLE krakn_must_not_exist (id integer)", {})
    assert info.value.side == "--from"
    assert db.query("SELECT to_regclass('public.krakn_must_not_exist')") == [(None,)]


def test_helper_on_an_open_transaction_is_the_reader(db):
    """Asked for once the reader's transaction has begun (its snapshot can no longer be
    exported safely), the helper runs its queries on the reader's own connection."""
    with reading(Database.from_raw(db.url, "--from")) as reader:
        first = reader.query(PID, {})
        with sharing(reader) as helper:
            assert helper(PID, {}) == first
            assert helper("SELECT 1", {}) == [(1,)]


def test_helper_that_cannot_connect_is_the_reader(db, pg_server):
    """When the second connection is refused (no slot left for the role), the helper
    reads on the reader's connection and the read still succeeds."""
    role = f"krakn_one_conn_{db.name}"[:60]
    pg_server.execute(f'CREATE ROLE "{role}" LOGIN CONNECTION LIMIT 1')
    try:
        url = db.url.replace("postgres@", f"{role}@", 1)
        with reading(Database.from_raw(url, "--from")) as reader, sharing(reader) as helper:
            assert helper(PID, {}) == reader.query(PID, {})
    finally:
        pg_server.execute(f'DROP ROLE "{role}"')


def test_connections_closed_after(db):
    """Leaving reading() and sharing() leaves no krakn connection open on the database."""
    with reading(Database.from_raw(db.url, "--from")) as reader, sharing(reader) as helper:
        helper("SELECT 1", {})
    # A closed connection's server process leaves pg_stat_activity a moment later.
    deadline = time.monotonic() + 10
    while (left := db.query(OPEN)) != [(0,)] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert left == [(0,)]
