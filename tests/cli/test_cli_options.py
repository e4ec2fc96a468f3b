"""The options commands share (--from, --to and their env vars, the schema selection), and
the options objects each command's flags become."""

from __future__ import annotations

import click
import pytest
from cli_helpers import (
    APP_LINE,
    EXPECTED_LINES,
    PUBLIC_LINE,
    assert_one_line_error,
    lines,
)

from krakn.cli.diff import diff
from krakn.cli.migrate import migrate, migrate_options
from krakn.cli.options import compare_options
from krakn.cli.sync_data import sync_data, sync_options
from krakn.errors import UsageError
from krakn.names import TableName
from krakn.options import CompareOptions, MigrateOptions, SyncOptions


def test_diff_env_vars_name_the_databases(pair, krakn):
    """KRAKN_FROM and KRAKN_TO stand in for --from and --to."""
    src, tgt = pair
    result = krakn("diff", env={"KRAKN_FROM": src.url, "KRAKN_TO": tgt.url})
    assert result.exit_code == 1, result.stderr
    assert lines(result.stdout) == EXPECTED_LINES


def test_options_override_env_vars(pair, make_db, krakn):
    """--from/--to given on the command line win over KRAKN_FROM/KRAKN_TO."""
    src, tgt = pair
    other = make_db()
    result = krakn("diff", "--from", src.url, "--to", src.url,
                   env={"KRAKN_FROM": other.url, "KRAKN_TO": tgt.url})
    assert result.exit_code == 0, result.stdout


def test_all_schemas_compared_by_default(schema_pair, krakn):
    """Without --schema every user schema is compared."""
    src, tgt = schema_pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert sorted(lines(result.stdout)) == sorted([APP_LINE, PUBLIC_LINE]), result.stdout


def test_schema_option_restricts(schema_pair, krakn):
    """--schema app compares only the app schema."""
    src, tgt = schema_pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, "--schema", "app")
    assert result.exit_code == 1
    assert lines(result.stdout) == [APP_LINE], result.stdout


def test_schema_option_repeatable(schema_pair, krakn):
    """--schema given twice compares both schemas."""
    src, tgt = schema_pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url,
                   "--schema", "app", "--schema", "public")
    assert sorted(lines(result.stdout)) == sorted([APP_LINE, PUBLIC_LINE]), result.stdout


def test_exclude_schema_option(schema_pair, krakn):
    """--exclude-schema app leaves app's difference out."""
    src, tgt = schema_pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, "--exclude-schema", "app")
    assert result.exit_code == 1
    assert lines(result.stdout) == [PUBLIC_LINE], result.stdout


def test_exclude_everything_different_exits_0(schema_pair, krakn):
    """Excluding both differing schemas leaves nothing to report: exit 0."""
    src, tgt = schema_pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url,
                   "--exclude-schema", "app", "--exclude-schema", "public")
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""


def test_unknown_schema_is_one_line_error(schema_pair, krakn):
    """--schema nosuch is a one-line error, exit 2."""
    src, tgt = schema_pair
    line = assert_one_line_error(krakn("diff", "--from", src.url, "--to", tgt.url,
                                       "--schema", "nosuch"))
    assert "nosuch" in line and "exists in neither database" in line


@pytest.mark.parametrize("schema", ["pg_catalog", "information_schema", "pg_toast"])
def test_system_schema_is_excluded_by_design(schema, schema_pair, krakn):
    """--schema pg_catalog (and the like) says it is PostgreSQL's own, left out on purpose."""
    src, tgt = schema_pair
    for command in ("diff", "migrate"):
        line = assert_one_line_error(krakn(command, "--from", src.url, "--to", tgt.url,
                                           "--schema", schema))
        assert repr(schema) in line and "excluded by design" in line, line
        assert "PostgreSQL's own" in line and "neither" not in line, line


def test_extension_schema_is_excluded_by_design(make_db, krakn):
    """--schema naming a schema an extension owns names the extension and why."""
    src, tgt = make_db(), make_db()
    src.load("CREATE EXTENSION hstore; CREATE SCHEMA hstore_bits; "
             "ALTER EXTENSION hstore ADD SCHEMA hstore_bits;")
    line = assert_one_line_error(krakn("diff", "--from", src.url, "--to", tgt.url,
                                       "--schema", "hstore_bits"))
    assert "'hstore_bits'" in line and "extension 'hstore'" in line, line
    assert "excluded by design" in line and "neither" not in line, line


# --- flags into options objects (no database) -------------------------------------------


def parsed(command: click.Command, *args: str) -> dict[str, object]:
    """The keyword arguments click passes command's callback for args."""
    with command.make_context(command.name, list(args)) as ctx:
        return dict(ctx.params)


def test_diff_flags_become_compare_options():
    """--schema, --exclude-schema, --with-*, --version-table give one CompareOptions."""
    params = parsed(diff, "--schema", "app", "--schema", "Mixed", "--exclude-schema", "old",
                    "--with-privileges", "--version-table", "my_versions")
    assert compare_options(params) == CompareOptions(
        schemas=("app", "Mixed"), exclude_schemas=("old",), privileges=True, owners=False,
        version_tables=("my_versions",))


def test_migrate_flags_become_migrate_options():
    """migrate's own flags land in MigrateOptions beside the CompareOptions."""
    params = parsed(migrate, "--with-owners", "--format", "alembic", "-o", "out", "--force",
                    "-m", "add email", "--rev-id", "r1")
    assert migrate_options(params) == MigrateOptions(
        compare=CompareOptions(owners=True, version_tables=("alembic_version",)),
        format="alembic", output="out", force=True, rollback=False, message="add email",
        rev_id="r1")


def test_sync_flags_become_sync_options():
    """sync-data's names are parsed, its timeout checked, its flags kept."""
    params = parsed(sync_data, "--tables", 'Users,app."B"', "--exclude-tables", "x",
                    "--truncate", "--jobs", "3", "--commit-in-batches", "--dry-run",
                    "--lock-timeout", " 10s ")
    assert sync_options(params) == SyncOptions(
        tables=(TableName("public", "users"), TableName("app", "B")),
        exclude=(TableName("public", "x"),), truncate=True, disable_triggers=False, jobs=3,
        commit_in_batches=True, dry_run=True, lock_timeout="10s")


def test_no_flags_give_the_default_options():
    """Without flags the CLI asks for what the options objects default to."""
    assert migrate_options(parsed(migrate)) == MigrateOptions(
        compare=CompareOptions(version_tables=("alembic_version",)))
    assert sync_options(parsed(sync_data)) == SyncOptions()


def test_bad_lock_timeout_is_refused_before_any_work():
    """A malformed --lock-timeout is a UsageError naming the flag."""
    with pytest.raises(UsageError, match="--lock-timeout '10 parsecs': expected a duration"):
        sync_options(parsed(sync_data, "--lock-timeout", "10 parsecs"))

