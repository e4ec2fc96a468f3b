"""--from and --to as a database, a .sql file, a folder of them, or a snapshot file."""

from __future__ import annotations

import os

import psycopg2
import pytest

from krakn.errors import UsageError
from krakn.inputs import classify

SOURCE = """
CREATE TABLE users (id integer PRIMARY KEY, email text, verified boolean);
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer REFERENCES users);
"""
TARGET = "CREATE TABLE users (id integer PRIMARY KEY, email text);\n"
LINES = sorted(["+ Added column 'verified' to 'users'", "+ Added table 'orders'",
                "+ Added primary key 'orders_pkey' to 'orders': PRIMARY KEY (id)",
                "+ Added foreign key 'orders_user_id_fkey' to 'orders': FOREIGN KEY (user_id) "
                "REFERENCES users(id)"])


def scratch_left(pg_server) -> list[str]:
    """This process's scratch databases still on the test server."""
    conn = psycopg2.connect(pg_server.url("postgres"))
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                        (f"krakn\\_scratch\\_{os.getpid()}\\_%",))
            return [row[0] for row in cur.fetchall()]
    finally:
        conn.close()


@pytest.fixture
def files(tmp_path):
    """The source schema as one file and as a folder of two; the target as a file."""
    (tmp_path / "source.sql").write_text(SOURCE)
    folder = tmp_path / "schema"
    folder.mkdir()
    # Name order: users before orders, which references it.
    (folder / "010_users.sql").write_text(SOURCE.splitlines()[1] + "\n")
    (folder / "020_orders.sql").write_text(SOURCE.splitlines()[2] + "\n")
    (folder / "notes.txt").write_text("not applied")
    (tmp_path / "target.sql").write_text(TARGET)
    return tmp_path


def changes(result) -> list[str]:
    return sorted(line for line in result.stdout.splitlines() if line.strip())


@pytest.mark.parametrize("source", ["source.sql", "schema"])
def test_sql_inputs_either_side(source, files, make_db, krakn, pg_server):
    """A .sql file or folder on --from or --to diffs like the database it makes."""
    tgt = make_db()
    tgt.load(TARGET)
    scratch = pg_server.url("postgres")
    result = krakn("diff", "--from", str(files / source), "--to", tgt.url, "--scratch", scratch)
    assert (result.exit_code, changes(result)) == (1, LINES), result.stderr
    src = make_db()
    src.load(SOURCE)
    live = krakn("diff", "--from", tgt.url, "--to", src.url)
    back = krakn("diff", "--from", tgt.url, "--to", str(files / source), "--scratch", scratch)
    assert (back.exit_code, changes(back)) == (1, changes(live))
    both = krakn("diff", "--from", str(files / source), "--to", str(files / "target.sql"),
                 "--scratch", scratch)
    assert changes(both) == LINES
    assert scratch_left(pg_server) == []


def test_migrate_script_names_the_files(files, krakn, pg_server):
    """migrate from a file to a file: the header names both files, not scratch databases."""
    result = krakn("migrate", "--from", str(files / "schema"), "--to", str(files / "target.sql"),
                   "--scratch", pg_server.url("postgres"))
    assert result.exit_code == 0, result.stderr
    assert f"turns {files / 'target.sql'} into {files / 'schema'}" in result.stdout
    assert 'CREATE TABLE "public"."orders"' in result.stdout or "orders" in result.stdout
    assert "krakn_scratch_" not in result.stdout


def test_snapshot_inputs_either_side(files, make_db, krakn, tmp_path):
    """A snapshot file on either side; of the same database it shows nothing."""
    src, tgt = make_db(), make_db()
    src.load(SOURCE)
    tgt.load(TARGET)
    snap = tmp_path / "schema.json"
    assert krakn("snapshot", "--from", src.url, "-o", str(snap)).exit_code == 0
    assert krakn("diff", "--from", str(snap), "--to", src.url).exit_code == 0
    assert krakn("diff", "--from", src.url, "--to", str(snap)).exit_code == 0
    drift = krakn("diff", "--from", str(snap), "--to", tgt.url)
    assert (drift.exit_code, changes(drift)) == (1, LINES)
    script = krakn("migrate", "--from", tgt.url, "--to", str(snap))
    assert script.exit_code == 0, script.stderr
    assert f"turns {snap} into" in script.stdout
    assert 'DROP TABLE "public"."orders"' in script.stdout or "-- " in script.stdout


def test_load_error_is_one_line_and_scratch_dropped(files, make_db, krakn, pg_server):
    """A schema file that fails to load: one line naming file and line; nothing left behind."""
    bad = files / "bad.sql"
    bad.write_text("CREATE TABLE a (id integer);\nCREATE TABLE b (id nosuchtype);\n")
    tgt = make_db()
    result = krakn("diff", "--from", str(bad), "--to", tgt.url, "--scratch",
                   pg_server.url("postgres"))
    assert result.exit_code == 2
    assert result.stderr == (f'krakn: error: --from: {bad}:2: type "nosuchtype" '
                             f"does not exist\n")
    assert scratch_left(pg_server) == []


@pytest.mark.parametrize("given", ["schema.json", "source.sql", "schema"])
def test_sync_data_refuses_files(given, files, krakn):
    """sync-data needs databases and says so in one line."""
    (files / "schema.json").write_text("{}")
    result = krakn("sync-data", "--from", str(files / given), "--to", "postgresql://x@h/db")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"krakn: error: --from: {files / given} is a ")
    assert "sync-data needs a database URL" in result.stderr


def test_classify(tmp_path):
    """What a --from names: by scheme, suffix, or a folder; anything else is an error."""
    (tmp_path / "notes.txt").write_text("")
    assert classify("postgresql://u@h/db", "--from").kind == "database"
    assert classify(str(tmp_path), "--from").kind == "sql"
    assert classify("missing.sql", "--from").kind == "sql"
    assert classify("schema.json", "--to").kind == "snapshot"
    with pytest.raises(UsageError, match="expected a database URL, a .sql file"):
        classify(str(tmp_path / "notes.txt"), "--from")
