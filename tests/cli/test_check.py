"""migrate --check: the script tried on a scratch copy of --to's schema, never on --to."""

from __future__ import annotations

import pytest

from krakn import api
from krakn.cli.check import check
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


@pytest.mark.parametrize("flags", [["--rollback"], ["--format", "alembic", "-o", "x"]])
def test_check_is_for_sql_scripts(flags, krakn, tmp_path):
    """--check with --rollback or --format alembic: one line, before any connection."""
    (tmp_path / "x").mkdir()
    result = krakn("migrate", "--from", "postgresql://u@h:1/a",
                   "--to", "postgresql://u@h:1/b", "--check", *flags)
    assert result.exit_code == 2, result.stderr


