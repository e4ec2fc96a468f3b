"""A table whose row type another table's column holds: what PostgreSQL refuses is reported."""

from __future__ import annotations

SOURCE = """
CREATE TABLE items (id integer PRIMARY KEY, name text, price bigint, stock integer DEFAULT 0);
CREATE TABLE snapshots (id integer PRIMARY KEY, item items, history items[]);
CREATE TABLE plain (id integer PRIMARY KEY, price bigint);
"""
TARGET = """
CREATE TABLE items (id integer PRIMARY KEY, name text, price integer, legacy text);
CREATE TABLE snapshots (id integer PRIMARY KEY, item items, history items[]);
CREATE TABLE plain (id integer PRIMARY KEY, price integer);
"""


def test_retype_and_default_under_a_row_type_user(make_db, krakn) -> None:
    """The retyped column and the one added with a default are reported, not migrated;
    the rest (a dropped column, another table's retype) applies."""
    src, tgt = make_db(), make_db()
    src.load(SOURCE)
    tgt.load(TARGET)
    diff = krakn("diff", "--from", src.url, "--to", tgt.url)
    users = "in use: its row type is the type of snapshots.history, snapshots.item"
    assert f"~ Changed column 'price' in 'items': a new type ({users}" in diff.stdout
    assert f"+ Added column 'stock' to 'items' with a default ({users}" in diff.stdout
    migration = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force")
    assert migration.exit_code == 0, migration.stderr
    applied = tgt.psql(migration.stdout)
    assert applied.returncode == 0, f"{applied.stderr}\n---\n{migration.stdout}"
    left = krakn("diff", "--from", src.url, "--to", tgt.url).stdout.splitlines()
    assert [line.split(" (")[0] for line in left] == [
        "+ Added column 'stock' to 'items' with a default",
        "~ Changed column 'price' in 'items': a new type"]
