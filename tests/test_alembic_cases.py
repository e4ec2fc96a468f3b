"""Revision files run by real Alembic: upgrade reaches the source, downgrade goes back.

Each case's target gets an Alembic env (made once with ``alembic init``) and
a no-op revision already at head; krakn writes the next revision through the
CLI; ``alembic upgrade head`` must leave nothing for ``krakn diff`` to say
against the source, and ``alembic downgrade -1`` nothing against a fresh copy
of the original target.

The cases run Alembic's commands in this process (the env.py and the revision
file are the real ones; only the logging setup of alembic.ini is left out, as
it would silence krakn's loggers for the tests after): two interpreter starts
per case were most of the time. The command line itself runs in
test_real_alembic_head_and_held_back_drops. The oldest release runs the cases
marked sqlalchemy_release below, one of each family; the newest runs all.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from case_flags import flags_of

CASES_DIR = Path(__file__).parent / "cases"
# One of each family: tables, columns, keys, indexes, views, functions,
# enums, schemas, sequences, identity, and everything at once (new schema,
# dropped table, type changes, defaults, comments). These run on the oldest
# release too.
FAMILIES = [
    "table_added",
    "column_removed",
    "pk_changed_referenced_by_fk",
    "index_include_opclass_sort",
    "views_added_changed_removed",
    "function_return_type_changed",
    "enum_value_added",
    "enum_value_removed",
    "fk_cross_schema",
    "sequences_standalone_owned",
    "identity_columns",
    "shop_mixed",
]
CASES = FAMILIES + [
    # Created UNLOGGED and USING another access method, and set afterwards.
    "table_unlogged_logged",
    "table_access_method_replica_identity",
    # Objects compared whole: made, altered in place, made again, dropped.
    "collations_created",
    "text_search_changed",
    "ts_parsers_templates", "ts_parsers_templates_reversed",
    "ts_parsers_templates_changed", "ts_parsers_templates_changed_reversed",
    "foreign_data_changed",
    "foreign_column_under_view", "foreign_column_under_view_reversed",
    "event_trigger_changed",
    "publication_changed",
    "publication_table_kind_changed", "publication_table_kind_changed_reversed",
    # Orders across phases: row types used by domains, columns and functions;
    # names that change kind; an enum's users around the downgrade's rebuild;
    # checks and indexes PostgreSQL prints differently when read again.
    "row_type_users",
    "row_type_users_reversed",
    "view_row_type_table_changed", "view_row_type_table_changed_reversed",
    "kind_changed_same_name",
    "kind_changed_same_name_reversed",
    "enum_value_added_partial_index",
    "enum_value_added_partial_index_reversed",
    "check_reprinted_any_array",
    "check_reprinted_any_array_reversed",
    "view_changed_under_function",
    # Triggers on views, aggregates, rules and extended statistics: made,
    # dropped, changed, and put back around what changes under them.
    "view_triggers", "view_triggers_reversed", "view_triggers_changed",
    "aggregates", "aggregates_reversed", "aggregates_changed",
    "rules", "rules_reversed", "rules_changed",
    "statistics", "statistics_reversed", "statistics_changed",
    # Grants (--with-privileges): default privileges, types' and domains'.
    "default_privileges",
    "type_domain_grants",
    # Without flags: what is dropped and made again keeps the target's grants.
    "grants_kept_on_recreated",
    # Tables rebuilt with their rows for a change of partitioning.
    "partitioning_added", "partitioning_added_reversed", "partitioning_added_dependents",
    "partitioning_removed", "partitioning_removed_reversed",
    "partition_key_changed", "partition_key_changed_reversed",
    "aggregate_grants", "aggregate_grants_reversed", "aggregate_grants_kept",
]

BASE_REVISION = '''"""base"""
revision = "base0"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
'''


def alembic(env: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The alembic command line of this interpreter, as a user would run it."""
    return subprocess.run([sys.executable, "-m", "alembic", "-c", str(env / "alembic.ini"),
                           *args], cwd=env, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def alembic_init(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One env made by ``alembic init``; each test works on a copy."""
    root = tmp_path_factory.mktemp("alembic_init")
    made = subprocess.run([sys.executable, "-m", "alembic", "init", "migrations"], cwd=root,
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    return root


def make_env(template: Path, where: Path, url: str) -> Path:
    """A copy of the env whose sqlalchemy.url is the target, with base0 applied."""
    env = where / "project"
    shutil.copytree(template, env)
    ini = env / "alembic.ini"
    lines = [f"sqlalchemy.url = {url}" if line.startswith("sqlalchemy.url") else line
             for line in ini.read_text().splitlines()]
    ini.write_text("\n".join(lines) + "\n")
    (env / "migrations" / "versions" / "base0_base.py").write_text(BASE_REVISION)
    return env


def stamp(env: Path, db) -> None:
    # What "alembic upgrade head" does for a no-op revision, without a
    # second interpreter start (the upgrade test below runs the real one).
    db.load("CREATE TABLE alembic_version (version_num varchar(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));"
            "INSERT INTO alembic_version VALUES ('base0');")


def in_process(env: Path, url: str, *args: str) -> str:
    """An Alembic command run here on the env's scripts; its error, or "" when it worked."""
    config = Config()
    config.set_main_option("script_location", str(env / "migrations"))
    config.set_main_option("sqlalchemy.url", url)
    try:
        getattr(command, args[0])(config, *args[1:])
    except Exception as error:  # whatever Alembic or the revision raised: the test says it
        return f"{type(error).__name__}: {error}"
    return ""


@pytest.mark.parametrize("case", [
    pytest.param(case, marks=pytest.mark.sqlalchemy_release) if case in FAMILIES else case
    for case in CASES])
def test_upgrade_then_downgrade(case: str, case_db, make_db, krakn, alembic_init,
                                tmp_path: Path) -> None:
    """alembic upgrade head reaches the source's schema; downgrade -1 returns to the target's."""
    src, original = case_db(CASES_DIR / case, "source"), case_db(CASES_DIR / case, "target")
    tgt = make_db()
    tgt.load((CASES_DIR / case / "target.sql").read_text())
    flags = flags_of(CASES_DIR / case)
    env = make_env(alembic_init, tmp_path, tgt.url)
    stamp(env, tgt)
    versions = env / "migrations" / "versions"
    made = krakn("migrate", "--from", src.url, "--to", tgt.url, "--format", "alembic",
                 "--output", str(versions), "--force", "-m", case, "--rev-id", "r1", *flags)
    assert made.exit_code == 0, made.stderr
    path = Path(made.stdout.strip())
    assert path.parent == versions and path.name == f"r1_{case}.py"
    text = path.read_text()
    assert "down_revision = 'base0'" in text
    assert "import krakn" not in text and "from krakn" not in text

    up = in_process(env, tgt.url, "upgrade", "head")
    assert not up, f"{up}\n---\n{text}"
    after = krakn("diff", "--from", src.url, "--to", tgt.url, *flags)
    assert after.exit_code == 0, f"left over:\n{after.stdout}\n---\n{text}"

    down = in_process(env, tgt.url, "downgrade", "-1")
    assert not down, f"{down}\n---\n{text}"
    back = krakn("diff", "--from", original.url, "--to", tgt.url, *flags)
    assert back.exit_code == 0, f"not undone:\n{back.stdout}\n---\n{text}"
    assert tgt.query("SELECT version_num FROM alembic_version") == [("base0",)]


@pytest.mark.sqlalchemy_release
def test_real_alembic_head_and_held_back_drops(make_db, krakn, alembic_init,
                                                tmp_path: Path) -> None:
    """A head made and applied by Alembic itself; without --force nothing is dropped."""
    src, tgt = make_db(), make_db()
    src.load("CREATE TABLE kept (id integer PRIMARY KEY, name text);")
    tgt.load("CREATE TABLE kept (id integer PRIMARY KEY, old text);"
             "CREATE TABLE gone (id integer); INSERT INTO kept VALUES (1, 'x');")
    env = make_env(alembic_init, tmp_path, tgt.url)
    (env / "migrations" / "versions" / "base0_base.py").unlink()
    first = alembic(env, "revision", "-m", "first", "--rev-id", "first1")
    assert first.returncode == 0, first.stderr
    assert alembic(env, "upgrade", "head").returncode == 0
    made = krakn("migrate", "--from", src.url, "--to", tgt.url, "--format", "alembic",
                 "--output", str(env / "migrations"), "--rev-id", "r2")
    assert made.exit_code == 0, made.stderr
    assert "left out, needs --force" in made.stderr
    text = Path(made.stdout.strip()).read_text()
    assert "down_revision = 'first1'" in text
    upgrade, downgrade = text.split("def upgrade", 1)[1].split("def downgrade", 1)
    assert "drop_table" not in upgrade and "drop_column" not in upgrade
    assert "op.drop_column('kept', 'name'" in downgrade  # the added column goes again
    assert "create_table" not in downgrade and "'old'" not in downgrade
    assert "#   needs --force (drops data): Removed table 'gone'" in text
    assert alembic(env, "upgrade", "head").returncode == 0
    assert tgt.query("SELECT name FROM kept") == [(None,)]
    assert tgt.query("SELECT old FROM kept") == [("x",)]  # kept: no --force
    down = alembic(env, "downgrade", "-1")
    assert down.returncode == 0, down.stderr
    assert [r[0] for r in tgt.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'kept' "
        "ORDER BY ordinal_position")] == ["id", "old"]


# The first three run on the oldest release too: the golden files hold each
# case's rollback byte for byte there, so applying them all again adds nothing.
ROLLBACK_CASES = ["shop_mixed", "enum_value_removed", "views_added_changed_removed",
                  "table_storage_parameters", "column_storage_compression_reversed",
                  "row_type_users", "row_type_users_reversed",
                  "kind_changed_same_name", "kind_changed_same_name_reversed",
                  "enum_value_added_partial_index", "enum_value_added_partial_index_reversed",
                  "check_reprinted_any_array_reversed", "view_changed_under_function_reversed",
                  "default_privileges_changed", "type_domain_grants_reversed",
                  "grants_kept_on_recreated"]


@pytest.mark.parametrize("case", [
    pytest.param(case, marks=pytest.mark.sqlalchemy_release) if n < 3 else case
    for n, case in enumerate(ROLLBACK_CASES)])
def test_rollback_sql(case: str, case_db, make_db, krakn) -> None:
    """migrate SQL, then migrate --rollback SQL (made beforehand): the target is back."""
    src, original = case_db(CASES_DIR / case, "source"), case_db(CASES_DIR / case, "target")
    tgt = make_db()
    tgt.load((CASES_DIR / case / "target.sql").read_text())
    flags = flags_of(CASES_DIR / case)
    forward = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force", *flags)
    rollback = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force", "--rollback",
                     *flags)
    assert forward.exit_code == 0 and rollback.exit_code == 0, rollback.stderr
    assert "rollback" in rollback.stdout.splitlines()[0]
    applied = tgt.psql(forward.stdout)
    assert applied.returncode == 0, applied.stderr
    migrated = krakn("diff", "--from", src.url, "--to", tgt.url, *flags)
    assert (migrated.exit_code, migrated.stdout) == (0, ""), migrated.stdout
    undone = tgt.psql(rollback.stdout)
    assert undone.returncode == 0, f"{undone.stderr}\n---\n{rollback.stdout}"
    back = krakn("diff", "--from", original.url, "--to", tgt.url, *flags)
    assert back.exit_code == 0, f"not undone:\n{back.stdout}\n---\n{rollback.stdout}"
