"""Snapshot files: what the header says, the same bytes from the same database, atomic
writes, and one-line errors for whatever is not a snapshot this krakn reads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import uuid

import psycopg2
import pytest
from test_snapshot_cases import assert_round_trip, take

from krakn import __version__
from krakn.errors import UsageError
from krakn.snapshot import FORMAT, read_file, to_text, write_file

SCHEMA = """
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
CREATE TABLE app.orders (id serial PRIMARY KEY, amount numeric(10,2), mood app.mood);
CREATE VIEW app.recent AS SELECT id, amount FROM app.orders WHERE id > 10;
CREATE FUNCTION app.total() RETURNS numeric LANGUAGE sql
  AS $$ SELECT sum(amount)
        FROM app.orders $$;
SELECT nextval('app.orders_id_seq');
GRANT USAGE ON SCHEMA app TO {reader};
GRANT SELECT ON app.orders TO {reader} WITH GRANT OPTION;
GRANT UPDATE (amount) ON app.orders TO {reader};
GRANT SELECT ON app.recent TO PUBLIC;
ALTER TYPE app.mood OWNER TO {reader};
"""

# Reads the snapshot another session exported, prints the file's text.
TAKE_IN_CHILD = textwrap.dedent("""
    import sys
    from sqlalchemy import text
    from krakn.db.database import Database
    from krakn.db.engine import connect
    from krakn.snapshot import capture, to_text
    with connect(Database.from_raw(sys.argv[1], "--from")) as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            conn.execute(text("SET TRANSACTION SNAPSHOT '%s'" % sys.argv[2]))
            sys.stdout.write(to_text(capture(conn)))
""")


@pytest.fixture(scope="module")
def loaded(make_module_db, pg_server):
    """A database with a schema, a view, a function, a used sequence and grants to a role."""
    reader = f"krakn_t_reader_{uuid.uuid4().hex[:8]}"
    admin = pg_server.admin()
    try:
        with admin.cursor() as cur:
            cur.execute(f'CREATE ROLE "{reader}"')
        db = make_module_db()
        db.load(SCHEMA.format(reader=f'"{reader}"'))
        yield db, reader
        db.load(f'REASSIGN OWNED BY "{reader}" TO CURRENT_USER; DROP OWNED BY "{reader}"')
        with admin.cursor() as cur:
            cur.execute(f'DROP ROLE "{reader}"')
    finally:
        admin.close()


def test_header_and_contents(loaded):
    """The header names the format, krakn's and the server's versions and the schemas."""
    db, reader = loaded
    snap = take(db.url)
    text = assert_round_trip(snap)
    head = json.loads(text)["krakn_snapshot"]
    number, words = db.query("SELECT current_setting('server_version_num')::int, "
                             "current_setting('server_version')")[0]
    assert head == {"format": FORMAT, "krakn": __version__,
                    "postgresql": {"number": number, "text": words},
                    "schemas": ["app", "public"]}
    assert text.startswith('{\n "krakn_snapshot": {\n  "format": 1,')
    assert snap.catalog.sequences[("app", "orders_id_seq")].last_value == 1
    assert snap.privileges is not None
    assert (reader, "SELECT", True) in snap.privileges.grants[("table", "app", "orders", "")]
    assert snap.privileges.owners[("type", "app", "mood", "")] == reader
    # A function body is written a line at a time, so a change diffs as one line.
    assert '\n       "        FROM app.orders $function$"\n' in text


def test_same_database_same_bytes_across_processes(loaded):
    """Two processes (different hash seeds) reading the same moment write identical files."""
    db, _ = loaded
    conn = psycopg2.connect(db.url)
    try:
        conn.set_session(isolation_level="REPEATABLE READ")
        with conn.cursor() as cur:
            # Exported: role churn from tests running alongside cannot differ between the two.
            cur.execute("SELECT pg_export_snapshot()")
            exported = cur.fetchone()[0]
        texts = []
        for seed in ("1", "2"):
            env = {**os.environ, "PYTHONHASHSEED": seed}
            done = subprocess.run([sys.executable, "-c", TAKE_IN_CHILD, db.url, exported],
                                  capture_output=True, text=True, env=env, timeout=120)
            assert done.returncode == 0, done.stderr
            texts.append(done.stdout)
    finally:
        conn.close()
    assert texts[0] == texts[1]
    assert texts[0].endswith("}\n")


def test_write_then_read(loaded, tmp_path):
    """write_file then read_file gives the snapshot back; no temporary file stays behind."""
    db, _ = loaded
    snap = take(db.url)
    target = tmp_path / "schema.json"
    target.write_text("old")
    write_file(target, snap)
    assert target.read_bytes() == to_text(snap).encode("utf-8")
    assert read_file(target).catalog == snap.catalog
    assert sorted(p.name for p in tmp_path.iterdir()) == ["schema.json"]
    with pytest.raises(UsageError, match=r"^cannot write .*/nowhere/schema\.json: No such"):
        write_file(tmp_path / "nowhere" / "schema.json", snap)


def _valid_text(loaded) -> str:
    return to_text(take(loaded[0].url, grants=False, owners=False))


@pytest.mark.parametrize(("content", "expected"), [
    ('{"a": ', "{f} is not valid JSON (line 1, column 7: Expecting value): expected a "
               "snapshot written by krakn snapshot"),
    ("[]", "{f} is not a krakn snapshot (no krakn_snapshot.format): write one with: "
           "krakn snapshot --from URL -o FILE"),
    ('{"krakn_snapshot": {"format": "1"}}', "{f} is not a krakn snapshot (no "
     "krakn_snapshot.format): write one with: krakn snapshot --from URL -o FILE"),
    ('{"krakn_snapshot": {"format": 2}}', "{f} is snapshot format 2, this krakn ("
     f"{__version__}) reads format 1: upgrade krakn (pip install -U krakn) or write it "
     "again with: krakn snapshot --from URL -o FILE"),
], ids=["invalid-json", "not-an-object", "format-not-a-number", "newer-format"])
def test_not_a_readable_snapshot(tmp_path, content, expected):
    """Whatever is not a snapshot of this format is one line naming the file and a fix."""
    path = tmp_path / "schema.json"
    path.write_text(content)
    with pytest.raises(UsageError) as caught:
        read_file(path)
    assert caught.value.message == expected.format(f=path)


def test_wrong_shape_names_where(loaded, tmp_path):
    """A snapshot whose catalog lost a field says which one, in one line."""
    data = json.loads(_valid_text(loaded))
    del data["catalog"]["sequences"][0][1]["cycle"]
    path = tmp_path / "schema.json"
    path.write_text(json.dumps(data))
    with pytest.raises(UsageError) as caught:
        read_file(path)
    assert caught.value.message == (
        f"{path} does not match snapshot format 1 (catalog.sequences[0][1]: missing field "
        "'cycle' of Sequence): write it again with: krakn snapshot --from URL -o FILE")


def test_unreadable_files(tmp_path):
    """A missing file or one that is not UTF-8 is one line too."""
    with pytest.raises(UsageError, match=r"^cannot read snapshot .*missing\.json: No such file"):
        read_file(tmp_path / "missing.json")
    binary = tmp_path / "dump.json"
    binary.write_bytes(b"\xff\xfe{")
    with pytest.raises(UsageError, match=r"dump\.json is not UTF-8 text"):
        read_file(binary)
