"""migrate --check: the script tried on a scratch copy of --to's schema, never on --to."""

from __future__ import annotations

from krakn import api
from krakn.cli.check import check, check_revision
from krakn.inputs import Side, classify
from krakn.options import CompareOptions


def sides(src_url: str, tgt_url: str) -> tuple[Side, Side]:
    from krakn.inputs import resolved

    with resolved([classify(src_url, "--from"), classify(tgt_url, "--to")]) as (s, t):
        return s, t


def test_check_passes_and_writes_the_script(fresh_pair, krakn, pg_server, tmp_path):
    """A good plan: exit 0, the script written, --to untouched."""
    src, tgt = fresh_pair
    out = tmp_path / "m.sql"
    result = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force", "--check",
                   "--scratch", pg_server.url("postgres"), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "krakn: check passed: the script applies to a scratch copy" in result.stderr
    assert "ALTER TABLE" in out.read_text()
    assert krakn("diff", "--from", src.url, "--to", tgt.url).exit_code == 1  # not applied


def test_check_counts_held_back_statements(pair, krakn, pg_server):
    """Without --force the held-back drop is no failure, and is said."""
    src, tgt = pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url, "--check",
                   "--scratch", pg_server.url("postgres"))
    assert result.exit_code == 0, result.stderr
    assert "apart from 1 statement(s) held back for --force" in result.stderr


def test_script_that_cannot_apply_is_reported(pair, pg_server):
    """A script that stops: its error; nothing of it stays (the scratch copy is dropped)."""
    src, tgt = pair
    source, target = sides(src.url, tgt.url)
    result = check(source, target, CompareOptions(),
                   "BEGIN;\nALTER TABLE nope ADD COLUMN x integer;\nCOMMIT;\n", [],
                   pg_server.url("postgres"))
    assert not result.ok
    assert result.failed == 'relation "nope" does not exist'


def test_script_that_misses_something_is_reported(pair, pg_server):
    """A script that applies but does not do it all: what still differs."""
    src, tgt = pair
    source, target = sides(src.url, tgt.url)
    result = check(source, target, CompareOptions(), "SELECT 1;", [], pg_server.url("postgres"))
    assert not result.ok and result.failed is None
    assert "Added column 'email_verified' to 'users'" in [c.message for c in result.left]


def test_failed_check_writes_nothing_and_exits_1(pair, krakn, pg_server, tmp_path,
                                                 monkeypatch):
    """The CLI: exit 1, the reason on stderr, no file written."""
    src, tgt = pair
    real = api.migration_script

    def broken(plan, *, force, header):
        script = real(plan, force=force, header=header)
        if header == "--check":  # the script that builds the scratch copy stays right
            return script
        script.sql = script.sql.replace("COMMIT;", "SELECT 1/0;\nCOMMIT;")
        return script

    monkeypatch.setattr(api, "migration_script", broken)
    out = tmp_path / "m.sql"
    result = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force", "--check",
                   "--scratch", pg_server.url("postgres"), "-o", str(out))
    assert result.exit_code == 1
    assert "krakn: error: check failed: the script stops on a scratch copy" in result.stderr
    assert "division by zero" in result.stderr
    assert not out.exists()


def test_check_is_not_for_rollback(krakn):
    """--check with --rollback: one line, before any connection."""
    result = krakn("migrate", "--from", "postgresql://u@h:1/a",
                   "--to", "postgresql://u@h:1/b", "--check", "--rollback")
    assert result.exit_code == 2, result.stderr
    assert "--check tries the migration, not --rollback" in result.stderr
    assert "h:1" not in result.stderr  # refused before connecting


def _revision(krakn, src, tgt, pg_server, versions, *flags):
    versions.mkdir(exist_ok=True)
    return krakn("migrate", "--from", src.url, "--to", tgt.url, "--format", "alembic",
                 "-o", str(versions), "--rev-id", "r1", "--check",
                 "--scratch", pg_server.url("postgres"), *flags)


def test_alembic_check_passes_and_writes_the_revision(fresh_pair, krakn, pg_server, tmp_path):
    """A good revision: upgrade() reaches --from, downgrade() --to again; file written."""
    src, tgt = fresh_pair
    result = _revision(krakn, src, tgt, pg_server, tmp_path / "versions", "--force")
    assert result.exit_code == 0, result.stderr
    assert ("krakn: check passed: the revision's upgrade() applies to a scratch copy of "
            "--to's schema") in result.stderr
    assert "its downgrade() then gives --to's schema again" in result.stderr
    written = list((tmp_path / "versions").iterdir())
    assert [p.name for p in written] == ["r1_krakn_migration.py"]
    assert krakn("diff", "--from", src.url, "--to", tgt.url).exit_code == 1  # not applied


def test_alembic_check_held_back_drop_is_no_failure(pair, krakn, pg_server, tmp_path):
    """Without --force the drop left out of upgrade() is left out of downgrade() too."""
    src, tgt = pair
    result = _revision(krakn, src, tgt, pg_server, tmp_path / "versions")
    assert result.exit_code == 0, result.stderr
    assert "apart from 1 statement(s) held back for --force" in result.stderr


def _broken(monkeypatch, part: str, old: str, new: str) -> None:
    """api.revision with one of upgrade()/downgrade() rewritten."""
    real = api.revision

    def broken(plan, **kwargs):
        revision = real(plan, **kwargs)
        head, tail = revision.text.split(f"def {part}() -> None:\n", 1)
        revision.text = f"{head}def {part}() -> None:\n{tail.replace(old, new, 1)}"
        return revision

    monkeypatch.setattr(api, "revision", broken)


def test_alembic_upgrade_that_cannot_apply_is_reported(pair, krakn, pg_server, tmp_path,
                                                       monkeypatch):
    """upgrade() stops: exit 1, its error on stderr, no file written."""
    src, tgt = pair
    _broken(monkeypatch, "upgrade", "    op.", "    op.execute('SELECT 1/0')\n    op.")
    result = _revision(krakn, src, tgt, pg_server, tmp_path / "versions", "--force")
    assert result.exit_code == 1, result.stderr
    assert "krakn: error: check failed: upgrade() stops on a scratch copy" in result.stderr
    assert "division by zero" in result.stderr
    assert list((tmp_path / "versions").iterdir()) == []


def test_alembic_downgrade_that_misses_something_is_reported(pair, krakn, pg_server,
                                                             tmp_path, monkeypatch):
    """downgrade() that does nothing: what still differs from --to, exit 1, no file."""
    src, tgt = pair
    _broken(monkeypatch, "downgrade", "    op.", "    return\n    op.")
    result = _revision(krakn, src, tgt, pg_server, tmp_path / "versions", "--force")
    assert result.exit_code == 1, result.stderr
    assert ("check failed: after downgrade(), a scratch copy of --to's schema "
            "(PostgreSQL 15) still differs from --to's schema again:") in result.stderr
    assert "email_verified" in result.stderr
    assert list((tmp_path / "versions").iterdir()) == []


def test_check_revision_reports_python_errors(pair, pg_server):
    """A revision whose code raises: the exception in one line, as the failed stage."""
    src, tgt = pair
    source, target = sides(src.url, tgt.url)
    text = ("from alembic import op\n\ndef upgrade() -> None:\n    raise ValueError('no')\n\n"
            "def downgrade() -> None:\n    pass\n")
    result = check_revision(source, target, CompareOptions(), text, [],
                            pg_server.url("postgres"))
    assert not result.ok
    assert (result.stage, result.failed) == ("upgrade()", "ValueError: no")


