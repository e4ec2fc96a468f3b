"""Sequences that change shape keep handing out ids after the rows already there."""

from __future__ import annotations

from pathlib import Path

CASE = Path(__file__).parent / "cases" / "serial_to_identity"


def test_new_ids_follow_existing_rows(make_db, krakn) -> None:
    """serial -> identity and identity -> serial both continue after max(id)."""
    src, tgt = make_db(), make_db()
    src.load((CASE / "source.sql").read_text())
    tgt.load((CASE / "target.sql").read_text())
    migration = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force")
    assert migration.exit_code == 0, migration.stderr
    applied = tgt.psql(migration.stdout)
    assert applied.returncode == 0, applied.stderr
    assert tgt.query("INSERT INTO accounts (name) VALUES ('d') RETURNING id") == [(4,)]
    assert tgt.query("INSERT INTO audit (note) VALUES ('z') RETURNING id") == [(3,)]
