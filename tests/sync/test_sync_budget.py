"""The lock budget: the lock count and the lock table, read from a real server."""

from __future__ import annotations

from krakn.db.database import Database
from krakn.db.session import close_quietly, execute, open_connection
from krakn.sync.budget import read_lock_table, read_relation_locks
from krakn.sync.names import TableName

SCHEMA = """
CREATE TABLE plain (id serial PRIMARY KEY, v text);
CREATE INDEX ON plain (v);
CREATE TABLE parts (id int PRIMARY KEY, v text) PARTITION BY RANGE (id);
CREATE TABLE parts1 PARTITION OF parts FOR VALUES FROM (0) TO (10);
CREATE TABLE parts2 PARTITION OF parts FOR VALUES FROM (10) TO (20);
CREATE TABLE bare (id int);
"""
# Relations a backend holds, leaving out PostgreSQL's own (oids below 16384).
HELD = """
    SELECT count(DISTINCT relation) FROM pg_locks
    WHERE pid = pg_backend_pid() AND locktype = 'relation' AND relation >= 16384
      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
"""


def test_counts_cover_what_truncate_and_copy_lock(pair):
    """Each table's count: itself, indexes, TOAST and its index, partitions and theirs."""
    pair.target.load(SCHEMA)
    db = Database.from_raw(pair.target.url, "--to")
    conn = open_connection(db, read_only=False)
    try:
        counts = read_relation_locks(db, conn)
        assert {n.name: c for n, c in counts.items() if n.schema == "public"} == {
            "plain": 1 + 2 + 2, "bare": 1,
            "parts": 1 + 1 + 2 * (1 + 1 + 2), "parts1": 4, "parts2": 4}
        execute(db, conn, "BEGIN")
        execute(db, conn, "TRUNCATE plain, parts, bare")
        with conn.cursor() as cur:
            cur.copy_expert("COPY parts FROM STDIN", _Rows(b"1\tx\n12\t" + b"y" * 9000 + b"\n"))
        held = execute(db, conn, HELD)[0][0]
        wanted = sum(counts[TableName("public", n)] for n in ("plain", "parts", "bare"))
        # TRUNCATE leaves the partitioned index itself alone: one more is counted.
        assert held == wanted - 1
    finally:
        close_quietly(conn)


def test_lock_table_reads_the_settings_and_other_sessions(pair):
    """The settings come from the server; sessions named as krakn's own are not others."""
    db = Database.from_raw(pair.target.url, "--to")
    conn, other = open_connection(db, read_only=True), open_connection(db, read_only=True)
    try:
        execute(db, conn, "BEGIN")  # pg_stat_activity stays one snapshot until the end
        mine = [conn.get_backend_pid()]
        table = read_lock_table(db, conn, mine)
        both = read_lock_table(db, conn, mine + [other.get_backend_pid()])
        settings = execute(db, conn, "SELECT current_setting('max_locks_per_transaction'), "
                           "current_setting('max_connections'), "
                           "current_setting('max_prepared_transactions')")[0]
        assert (table.per_transaction, table.connections, table.prepared) == tuple(
            int(v) for v in settings)
        assert table.others == both.others + 1 >= 1
    finally:
        close_quietly(conn)
        close_quietly(other)


class _Rows:
    """A file-like COPY source."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        chunk, self.data = self.data[:size], self.data[size:]
        return chunk


def test_option_changes_nothing_when_the_load_fits(pair, sync):
    """--commit-in-batches on a load that fits is one transaction, and the plan says so."""
    pair.source.load(SCHEMA + "INSERT INTO plain (v) VALUES ('a'), ('b');")
    pair.target.load(SCHEMA)
    result = sync("--commit-in-batches")
    assert result.exit_code == 0, result.stderr
    assert ("  --commit-in-batches: every table fits in one transaction, committed all or "
            "nothing\n") in result.stdout
    assert "batch" not in result.stdout.replace("--commit-in-batches", "")
    assert pair.target.query("SELECT id, v FROM plain ORDER BY id") == [(1, "a"), (2, "b")]
