"""A profile's renames through diff, migrate, its rollback and an Alembic revision."""

from __future__ import annotations

import textwrap

import pytest

NO_ENV = {"KRAKN_FROM": None, "KRAKN_TO": None}
WANTED = "CREATE TABLE users (id int, name text); CREATE TABLE client (id int, note text);"
OLD = ("CREATE TABLE users (id int, full_name text); CREATE TABLE customer (id int, note text);"
       "INSERT INTO users VALUES (1, 'ann'); INSERT INTO customer VALUES (7, 'x');")
RENAMES = """
    renames:
      users.full_name: name
      customer: client
"""


@pytest.fixture
def setup(make_db, tmp_path, monkeypatch):
    """(source, target, krakn.yml's --profile args) for the renamed pair."""
    src, tgt = make_db(), make_db()
    src.load(WANTED)
    tgt.load(OLD)
    monkeypatch.chdir(tmp_path)

    def profile(renames: str = RENAMES) -> list[str]:
        text = f"profiles:\n  p:\n    from: {src.url}\n    to: {tgt.url}\n" + \
            textwrap.indent(textwrap.dedent(renames).strip("\n"), "    ") + "\n"
        (tmp_path / "krakn.yml").write_text(text, encoding="utf-8")
        return ["--profile", "p"]

    return src, tgt, profile


def test_diff_reports_renames(setup, krakn):
    """diff says Renamed, not Added and Removed."""
    _src, _tgt, profile = setup
    result = krakn("diff", *profile(), env=NO_ENV)
    assert result.exit_code == 1, result.stderr
    assert sorted(result.stdout.splitlines()) == [
        "~ Renamed column 'full_name' to 'name' in 'users'",
        "~ Renamed table 'customer' to 'client'"]


def test_migrate_renames_keep_the_data_and_rollback_renames_back(setup, krakn):
    """migrate writes ALTER ... RENAME (no --force), data survive; the rollback renames back."""
    _src, tgt, profile = setup
    args = profile()
    script = krakn("migrate", *args, env=NO_ENV)
    assert script.exit_code == 0, script.stderr
    assert 'ALTER TABLE "public"."users" RENAME COLUMN "full_name" TO "name"' in script.stdout
    assert 'ALTER TABLE "public"."customer" RENAME TO "client"' in script.stdout
    assert "DROP" not in script.stdout
    back = krakn("migrate", *args, "--rollback", env=NO_ENV)
    assert 'RENAME COLUMN "name" TO "full_name"' in back.stdout
    assert 'ALTER TABLE "public"."client" RENAME TO "customer"' in back.stdout
    tgt.load(script.stdout)
    assert tgt.query("SELECT id, name FROM users") == [(1, "ann")]
    assert tgt.query("SELECT id, note FROM client") == [(7, "x")]
    assert krakn("diff", *args, env=NO_ENV).exit_code == 0
    tgt.load(back.stdout)
    assert tgt.query("SELECT id, full_name FROM users") == [(1, "ann")]


def test_alembic_revision_uses_rename_ops(setup, krakn, tmp_path):
    """The revision renames with op.alter_column(new_column_name=...) and op.rename_table()."""
    _src, _tgt, profile = setup
    versions = tmp_path / "versions"
    versions.mkdir()
    result = krakn("migrate", *profile(), "--format", "alembic", "-o", str(versions),
                   "--rev-id", "r1", env=NO_ENV)
    assert result.exit_code == 0, result.stderr
    text = next(versions.glob("*.py")).read_text()
    assert ("op.alter_column('users', 'full_name', new_column_name='name', "
            "schema='public')") in text
    assert "op.rename_table('customer', 'client', schema='public')" in text
    assert "op.alter_column('users', 'name', new_column_name='full_name'" in text


def test_rename_of_a_missing_column_is_an_error(setup, krakn):
    """A rename whose old column --to lacks: one line, exit 2."""
    _src, _tgt, profile = setup
    result = krakn("diff", *profile("renames: {users.nick: name}"), env=NO_ENV)
    assert result.exit_code == 2
    assert "renames[public.users.nick]: column nick of public.users does not exist" in \
        result.stderr
