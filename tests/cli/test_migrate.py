"""krakn migrate: the script, what it holds back, -o FILE, and its header."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import (
    PASSWORD,
    SOURCE_SQL,
    assert_one_line_error,
    lines,
    run_cli,
)


def test_migrate_prints_sql(pair, krakn):
    """migrate prints a BEGIN/COMMIT script with the add column and the type change."""
    src, tgt = pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "BEGIN;" in out and out.rstrip().endswith("COMMIT;"), out
    assert ('ALTER TABLE "public"."users" ADD COLUMN "email_verified" boolean '
            'DEFAULT false NOT NULL;') in out, out
    assert 'ALTER TABLE "public"."products" ALTER COLUMN "price" TYPE numeric(10,2)' in out, out


def test_migrate_holds_back_destructive_statements(pair, krakn):
    """Without --force the DROP COLUMN is only a '-- ' comment, and stderr names it."""
    src, tgt = pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url)
    assert result.exit_code == 0, result.stderr
    drop = 'ALTER TABLE "public"."orders" DROP COLUMN "temp_flag";'
    sql_lines = result.stdout.splitlines()
    assert f"-- {drop}" in sql_lines, result.stdout
    assert drop not in sql_lines, result.stdout
    assert "temp_flag" in result.stderr and "--force" in result.stderr, result.stderr


def test_migrate_without_force_applies_and_keeps_data(fresh_pair, krakn):
    """The script without --force runs with psql and keeps temp_flag."""
    src, tgt = fresh_pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url)
    applied = tgt.psql(result.stdout)
    assert applied.returncode == 0, applied.stderr
    cols = {r[0] for r in tgt.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'orders'")}
    assert "temp_flag" in cols
    again = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert lines(again.stdout) == ["- Removed column 'temp_flag' from 'orders'"]


def test_migrate_force_includes_destructive_statements(pair, krakn):
    """--force puts the DROP COLUMN in the script, uncommented, and warns about nothing."""
    src, tgt = pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force")
    assert result.exit_code == 0, result.stderr
    assert 'ALTER TABLE "public"."orders" DROP COLUMN "temp_flag";' in result.stdout.splitlines()
    assert "needs --force" not in result.stdout
    assert result.stderr == ""


def test_migrate_force_round_trip(fresh_pair, krakn):
    """Applying migrate --force with psql leaves diff with nothing to say."""
    src, tgt = fresh_pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force")
    applied = tgt.psql(result.stdout)
    assert applied.returncode == 0, f"{applied.stderr}\n{result.stdout}"
    again = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert again.exit_code == 0, again.stdout


def test_migrate_output_file(pair, krakn, tmp_path: Path):
    """-o FILE writes the same script to the file and nothing to stdout."""
    src, tgt = pair
    expected = krakn("migrate", "--from", src.url, "--to", tgt.url).stdout
    out = tmp_path / "migration.sql"
    result = krakn("migrate", "--from", src.url, "--to", tgt.url, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == expected
    assert "temp_flag" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["migration.sql"]


def test_migrate_output_file_not_written_on_error(krakn, tmp_path: Path):
    """-o FILE is not created when the migration fails."""
    out = tmp_path / "migration.sql"
    result = krakn("migrate", "--from", "postgresql://postgres@127.0.0.1:1/x",
                   "--to", "postgresql://postgres@127.0.0.1:1/y", "-o", str(out))
    assert_one_line_error(result, "--from")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_migrate_quiet_silences_warnings(pair, krakn):
    """-q leaves the held-back warning off stderr but keeps the comment in the script."""
    src, tgt = pair
    result = krakn("migrate", "-q", "--from", src.url, "--to", tgt.url)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert '-- ALTER TABLE "public"."orders" DROP COLUMN "temp_flag";' in result.stdout


def test_migrate_identical_says_no_differences(make_db, krakn):
    """migrate between identical schemas prints no statements."""
    a, b = make_db(), make_db()
    a.load(SOURCE_SQL)
    b.load(SOURCE_SQL)
    result = krakn("migrate", "--from", a.url, "--to", b.url)
    assert result.exit_code == 0
    assert "-- no differences" in result.stdout
    assert all(line.startswith("--") for line in lines(result.stdout)), result.stdout


def test_migrate_debug_keeps_stdout_a_script(pair):
    """migrate --debug logs to stderr only: stdout stays the SQL script."""
    src, tgt = pair
    plain = run_cli("migrate", "--from", src.url, "--to", tgt.url)
    debug = run_cli("migrate", "--debug", "--from", src.url, "--to", tgt.url)
    assert debug.returncode == 0, debug.stderr[-2000:]
    assert "sqlalchemy.engine" not in debug.stdout, debug.stdout[:2000]
    assert debug.stdout == plain.stdout


def test_migrate_schema_option_restricts(schema_pair, krakn):
    """migrate --schema app only touches app."""
    src, tgt = schema_pair
    result = krakn("migrate", "--from", src.url, "--to", tgt.url, "--schema", "app")
    assert result.exit_code == 0
    assert 'ALTER TABLE "app"."items" ADD COLUMN "note" text;' in result.stdout
    assert '"public"' not in result.stdout, result.stdout


def test_password_masked_in_migrate_header(pair, pg_server, krakn):
    """migrate's header names both databases with the password masked."""
    src, tgt = pair
    url = f"postgresql://postgres:{PASSWORD}@{pg_server.host}:{pg_server.port}/{src.name}"
    result = krakn("migrate", "--from", url, "--to", tgt.url)
    assert result.exit_code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert src.name in first and tgt.name in first, first
    assert PASSWORD not in result.stdout


def test_migrate_keeps_escape_characters_of_comments(make_db, krakn):
    """A comment holding an ESC sequence reaches the script unchanged (never taken for colour)."""
    src, tgt = make_db(), make_db()
    src.load("CREATE TABLE t (id integer); COMMENT ON TABLE t IS E'red \\x1b[31m here';")
    tgt.load("CREATE TABLE t (id integer);")
    result = krakn("migrate", "--from", src.url, "--to", tgt.url)
    assert "red \x1b[31m here" in result.stdout, repr(result.stdout)
    applied = tgt.psql(result.stdout)
    assert applied.returncode == 0, applied.stderr
    assert tgt.query("SELECT obj_description('t'::regclass)") == [("red \x1b[31m here",)]
    assert krakn("diff", "--from", src.url, "--to", tgt.url).exit_code == 0
