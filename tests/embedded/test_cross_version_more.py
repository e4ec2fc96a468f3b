"""Domains, policies, generated columns, partitions, exclusions, foreign keys, rules,
statistics, publications and foreign tables in a file on the embedded server (16 or 18)
against the test server (15): no difference; a real change of each still is one."""

from __future__ import annotations

from pathlib import Path

import pytest
from embedded_helpers import needs_embedded

from krakn import inputs

pytestmark = needs_embedded

SCHEMA = (Path(__file__).parent.parent / "scratch" / "reprint_more.sql").read_text()

# A real change of each kind: (the file's words, changed to, a line of the diff).
CHANGES = [
    ("DEFAULT (1 + 1)", "DEFAULT (1 + 2)", "positive_int"),
    ("CHECK (VALUE > 0)", "CHECK (VALUE > 1)", "positive_int"),
    ("USING (owner = current_user AND", "USING (owner = session_user AND", "own_accounts"),
    ("(qty * price) STORED", "(qty + price) STORED", "total"),
    ("TO ('2021-01-01', MAXVALUE)", "TO ('2022-01-01', MAXVALUE)", "events_2020"),
    ("WHERE (kind::text IN ('a', 'b')),", "WHERE (kind::text IN ('a', 'c')),",
     "accounts_no_overlap"),
    ("ON DELETE CASCADE ON UPDATE SET NULL", "ON DELETE SET NULL", "entries_account_fkey"),
    ("WHERE old.price <> new.price", "WHERE old.price < new.price", "accounts_log"),
    ("ON lower(owner), (price * 2)", "ON upper(owner), (price * 2)", "accounts_expr"),
    ("WHERE (price > 100 AND", "WHERE (price > 200 AND", "big_accounts"),
    ("DEFAULT (2 * 3)", "DEFAULT (2 * 4)", "remote_items"),
]



@pytest.mark.parametrize("version", [16, 18])
def test_same_schema_is_no_difference(version, on_15, cache, krakn, monkeypatch, tmp_path):
    """The file on the embedded 16 or 18 against the same schema on 15, either way and
    as a snapshot of 15: nothing differs."""
    db, path = on_15
    monkeypatch.setattr(inputs, "scratch_version", lambda sides: version)
    result = krakn("diff", "--from", str(path), "--to", db.url, "-v")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert f"the scratch server {version}" in result.stderr
    result = krakn("diff", "--from", db.url, "--to", str(path))
    assert result.exit_code == 0, result.stdout + result.stderr
    snap = tmp_path / "schema.json"
    assert krakn("snapshot", "--from", db.url, "-o", str(snap)).exit_code == 0
    result = krakn("diff", "--from", str(path), "--to", str(snap))
    assert result.exit_code == 0, result.stdout + result.stderr


def test_real_changes_still_show(on_15, cache, krakn, monkeypatch, tmp_path):
    """Each kind changed in the file (on the embedded 18): a change of that object."""
    db, _ = on_15
    monkeypatch.setattr(inputs, "scratch_version", lambda sides: 18)
    changed = SCHEMA
    for before, after, _ in CHANGES:
        assert before in changed, before
        changed = changed.replace(before, after, 1)
    path = tmp_path / "changed.sql"
    path.write_text(changed)
    result = krakn("diff", "--from", str(path), "--to", db.url)
    assert result.exit_code == 1, result.stderr
    for _, _, name in CHANGES:
        assert name in result.stdout, (name, result.stdout)
