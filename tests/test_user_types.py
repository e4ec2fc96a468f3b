"""Type changes krakn reports but leaves alone, because a safe migration
would need more than it can do: the script says so and still applies."""

from __future__ import annotations

SOURCE = """
CREATE TYPE color AS ENUM ('red', 'blue');
CREATE DOMAIN paint AS color;
CREATE DOMAIN tag AS integer;
CREATE TABLE walls (id integer, coat paint, label tag);
"""
TARGET = """
CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE DOMAIN paint AS color;
CREATE DOMAIN tag AS text;
CREATE TABLE walls (id integer, coat paint, label tag);
"""


def test_in_use_changes_are_reported_not_migrated(make_db, krakn) -> None:
    """An enum under a domain and a domain in use whose base changes are reported, not migrated."""
    src, tgt = make_db(), make_db()
    src.load(SOURCE)
    tgt.load(TARGET)
    diff = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert diff.exit_code == 1
    assert diff.stdout.splitlines() == [
        "~ Changed enum type 'color': values ('red', 'green', 'blue') → ('red', 'blue') "
        "(in use: not migrated, change it by hand)",
        "~ Changed domain 'tag': base type text → integer (in use: not migrated, change it "
        "by hand)",
    ]
    migration = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force")
    assert migration.exit_code == 0, migration.stderr
    assert "-- not migrated: Changed domain 'tag'" in migration.stdout
    assert "ALTER" not in migration.stdout and "DROP" not in migration.stdout
    applied = tgt.psql(migration.stdout)
    assert applied.returncode == 0, applied.stderr
