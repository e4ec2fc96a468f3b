"""Extensions are database-wide, but one is only created where its schema will be."""

from __future__ import annotations

SOURCE = """
CREATE SCHEMA ext;
CREATE EXTENSION pg_trgm WITH SCHEMA ext;
CREATE SCHEMA app;
CREATE TABLE app.t (id integer);
"""
TARGET = """
CREATE SCHEMA app;
CREATE TABLE app.t (id integer);
"""


def test_extension_needs_its_schema(make_db, krakn) -> None:
    """Left alone while its schema is neither selected nor on the target; created once it is."""
    src, tgt = make_db(), make_db()
    src.load(SOURCE)
    tgt.load(TARGET)
    narrow = krakn("diff", "--from", src.url, "--to", tgt.url, "--schema", "app")
    assert (narrow.exit_code, narrow.stdout) == (0, ""), narrow.stdout
    full = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert full.exit_code == 1
    assert full.stdout.splitlines() == ["+ Added schema 'ext'", "+ Added extension 'pg_trgm'"]
    tgt.load("CREATE SCHEMA ext;")
    narrow = krakn("diff", "--from", src.url, "--to", tgt.url, "--schema", "app")
    assert narrow.stdout.splitlines() == ["+ Added extension 'pg_trgm'"]
    migration = krakn("migrate", "--from", src.url, "--to", tgt.url, "--schema", "app")
    assert 'CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "ext";' in migration.stdout
    applied = tgt.psql(migration.stdout)
    assert applied.returncode == 0, applied.stderr
    after = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert (after.exit_code, after.stdout) == (0, ""), after.stdout
