"""krakn snapshot: the file it writes, on stdout or -o, and its one-line errors."""

from __future__ import annotations

import json

from cli_helpers import SCHEMAS_SOURCE_SQL, run_cli

from krakn.snapshot import FORMAT, read_file


def test_same_database_twice_same_bytes(pair, krakn, tmp_path):
    """Two snapshots of one database are the same bytes, on stdout and in a file."""
    src, _ = pair
    out = tmp_path / "schema.json"
    first = krakn("snapshot", "--from", src.url, "-o", str(out))
    assert first.exit_code == 0, first.stderr
    assert first.stdout == ""
    again = run_cli("snapshot", "--from", src.url)
    assert again.returncode == 0, again.stderr
    assert again.stdout.encode() == out.read_bytes()


def test_header_records_versions(pair, krakn, tmp_path, pg_server):
    """The header names the snapshot format and the server's version."""
    src, _ = pair
    out = tmp_path / "schema.json"
    krakn("snapshot", "--from", src.url, "-o", str(out))
    header = json.loads(out.read_text())["krakn_snapshot"]
    assert header["format"] == FORMAT
    number = pg_server.admin().server_version
    assert header["postgresql"]["number"] == number
    assert read_file(out).catalog.table_columns(("public", "users"))


def test_schema_selection(make_db, krakn, tmp_path):
    """--schema and --exclude-schema choose what the file holds; a missing one is an error."""
    db = make_db()
    db.load(SCHEMAS_SOURCE_SQL)
    out = tmp_path / "schema.json"
    assert krakn("snapshot", "--from", db.url, "--exclude-schema", "public",
                 "-o", str(out)).exit_code == 0
    assert read_file(out).header.schemas == ("app",)
    missing = krakn("snapshot", "--from", db.url, "--schema", "nope")
    assert missing.exit_code == 2
    assert missing.stderr.strip() == ("krakn: error: --from: schema 'nope' does not exist "
                                      f"in {db.url}: check --schema")


def test_output_folder_missing_fails_before_reading(krakn, tmp_path):
    """-o into a folder that does not exist fails before any connection."""
    result = krakn("snapshot", "--from", "postgresql://nobody@127.0.0.1:1/x",
                   "-o", str(tmp_path / "no" / "schema.json"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_snapshot_of_a_schema_folder(make_db, krakn, tmp_path, pg_server):
    """--from a folder of .sql files: its schema, which diffs clean against a database of it."""
    folder = tmp_path / "schema"
    folder.mkdir()
    (folder / "010_schemas.sql").write_text(SCHEMAS_SOURCE_SQL)
    out = tmp_path / "schema.json"
    made = krakn("snapshot", "--from", str(folder), "--scratch", pg_server.url("postgres"),
                 "-o", str(out))
    assert made.exit_code == 0, made.stderr
    db = make_db()
    db.load(SCHEMAS_SOURCE_SQL)
    assert krakn("diff", "--from", str(out), "--to", db.url).exit_code == 0
    again = krakn("snapshot", "--from", str(out))
    assert again.exit_code == 2
    assert "is a snapshot already" in again.stderr
