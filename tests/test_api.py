"""krakn.api returns data and prints nothing: plans, changes, scripts, revisions, sync plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from krakn import __version__, api
from krakn.catalog.side import Side
from krakn.catalog.snapshot import Snapshot
from krakn.db.database import Database
from krakn.errors import UsageError
from krakn.names import TableName
from krakn.options import CompareOptions, SyncOptions
from krakn.snapshot import FORMAT, Header, ServerVersion, SnapshotFile, from_text, to_text
from krakn.sync import Reporter

EXAMPLE = Path(__file__).parent / "cases" / "issue_example"
DROP = 'ALTER TABLE "public"."orders" DROP COLUMN "temp_flag";'


@pytest.fixture(scope="module")
def sides(make_module_db):
    """The issue's example as two Databases (--from, --to); tests only read them."""
    src, tgt = make_module_db(), make_module_db()
    src.load((EXAMPLE / "source.sql").read_text())
    tgt.load((EXAMPLE / "target.sql").read_text())
    return Database.from_raw(src.url, "--from"), Database.from_raw(tgt.url, "--to")


@pytest.fixture(scope="module")
def plan(sides):
    """The example's plan, compared once for the module."""
    return api.compare(*sides, CompareOptions())


def nothing_printed(capsys: pytest.CaptureFixture[str]) -> None:
    out, err = capsys.readouterr()
    assert (out, err) == ("", ""), (out, err)


def test_compare_returns_the_plan_and_prints_nothing(sides, capsys):
    """compare gives the plan's changes as data, with nothing on stdout or stderr."""
    found = api.changes(api.compare(*sides, CompareOptions()))
    nothing_printed(capsys)
    assert [(c.sign, c.message) for c in found] == [
        ("+", "Added column 'email_verified' to 'users'"),
        ("~", "Changed type of 'price' in 'products' from integer → numeric(10,2)"),
        ("-", "Removed column 'temp_flag' from 'orders'"),
    ]


def test_compare_options_select_the_schemas(make_db, capsys):
    """CompareOptions' schemas, exclude_schemas and version_tables decide what is compared."""
    src, tgt = make_db(), make_db()
    src.load("CREATE SCHEMA app; CREATE TABLE app.t (id int); CREATE TABLE u (id int);"
             "CREATE TABLE my_versions (version_num text)")
    tgt.load("CREATE SCHEMA app;")
    sides = Database.from_raw(src.url, "--from"), Database.from_raw(tgt.url, "--to")

    def created(options: CompareOptions) -> list[str]:
        return sorted(str(c.message) for c in api.changes(api.compare(*sides, options)))

    assert created(CompareOptions(schemas=("app",))) == ["Added table 'app.t'"]
    assert created(CompareOptions(exclude_schemas=("app",), version_tables=("my_versions",))
                   ) == ["Added table 'u'"]
    nothing_printed(capsys)
    with pytest.raises(UsageError, match="exists in neither database"):
        api.compare(*sides, CompareOptions(schemas=("nosuch",)))


def test_migration_script_holds_back_unless_forced(plan, sides, capsys):
    """The script is data: its SQL, and the steps held back for want of force."""
    header = api.script_header(*sides)
    safe = api.migration_script(plan, force=False, header=header)
    forced = api.migration_script(plan, force=True, header=header)
    nothing_printed(capsys)
    assert safe.sql.startswith(f"-- {header}\n"), safe.sql[:200]
    assert f"-- {DROP}" in safe.sql.splitlines() and DROP not in safe.sql.splitlines()
    assert [what for _step, what in safe.held_back] == ["Removed column 'temp_flag' from 'orders'"]
    assert DROP in forced.sql.splitlines() and forced.held_back == []


def test_rollback_script_undoes_the_migration(plan, sides, capsys):
    """The rollback script adds back what the migration drops, and drops what it adds."""
    header = api.script_header(*sides, rollback=True)
    back = api.rollback_script(plan, force=True, header=header)
    nothing_printed(capsys)
    assert header.startswith(f"krakn {__version__}: rollback, turns ")
    assert 'ALTER TABLE "public"."users" DROP COLUMN "email_verified";' in back.sql
    assert 'ALTER TABLE "public"."orders" ADD COLUMN "temp_flag"' in back.sql


def test_revision_is_an_alembic_file(plan, sides, capsys):
    """revision gives the file's text with its ids and the held-back steps."""
    rev = api.revision(plan, force=False, message="add email", rev_id="abc123",
                       down_revision="0001", generator=api.script_header(*sides))
    nothing_printed(capsys)
    lines = rev.text.splitlines()
    assert lines[0] == '"""add email' and "revision = 'abc123'" in lines, rev.text[:600]
    assert "down_revision = '0001'" in lines, rev.text[:600]
    assert "def upgrade() -> None:" in lines and "def downgrade() -> None:" in lines
    assert [what for _step, what in rev.held_back] == ["Removed column 'temp_flag' from 'orders'"]


def test_script_header_hides_the_password(pg_server, sides):
    """The header names both databases without the password of either URL."""
    secret = "S3cretPw"
    source = Database.from_raw(sides[0].url.set(password=secret).render_as_string(False),
                               "--from")
    header = api.script_header(source, sides[1])
    assert secret not in header and source.url.database in header, header
    assert header.startswith(f"krakn {__version__}: turns ")


def test_sync_reports_through_the_reporter_only(make_db, capsys):
    """sync's narration goes to the reporter it is given; the options reach the plan."""
    src, tgt = make_db(), make_db()
    src.load("CREATE TABLE a (id int primary key); INSERT INTO a VALUES (1), (2);"
             "CREATE TABLE b (id int);")
    tgt.load("CREATE TABLE a (id int primary key); CREATE TABLE b (id int);")
    said: list[str] = []
    options = SyncOptions(tables=(TableName("public", "a"),), truncate=True, dry_run=True)
    plan = api.sync(Database.from_raw(src.url, "--from"), Database.from_raw(tgt.url, "--to"),
                    options, Reporter(echo=said.append, progress=False))
    nothing_printed(capsys)
    assert [t.name for t in plan.tables] == [TableName("public", "a")]
    assert plan.selection.truncate and plan.selection.tables == options.tables
    assert said[0].startswith("sync 1 tables from ") and said[-1] == "dry run: nothing written"
    assert tgt.query("SELECT count(*) FROM a") == [(0,)]


# Cases whose plans drop and create again (views, routines, types), or make
# tables from the source's catalog: what the offline path must get right.
OFFLINE_CASES = ["views_added_changed_removed", "function_return_type_changed",
                 "enum_rebuilt_under_users", "shop_mixed", "partitions_range_list",
                 "identity_columns", "table_removed", "rls_policies"]


@pytest.fixture
def no_database(monkeypatch):
    """Any attempt to connect to PostgreSQL (new, or from a pool) fails the test."""
    import psycopg2
    from sqlalchemy.engine import Engine

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("connected to a database while planning")

    monkeypatch.setattr(psycopg2, "connect", refuse)
    monkeypatch.setattr(Engine, "connect", refuse)
    monkeypatch.setattr(Engine, "begin", refuse)


def through_file(side: Side) -> Side:
    """The side as a snapshot file holds it: written out and read back."""
    header = Header(FORMAT, __version__, ServerVersion(150000, "15"), tuple(side.catalog.schemas))
    back = from_text(to_text(SnapshotFile(header, side.catalog, side.privileges)), "side.json")
    return Side(back.catalog, back.privileges, side.default_schema)


@pytest.mark.parametrize("case", OFFLINE_CASES)
def test_plan_from_snapshots_needs_no_database(case, make_db, request):
    """Sides read, through snapshot files and back, plan the golden SQL with no connection."""
    folder = EXAMPLE.parent / case
    src, tgt = make_db(), make_db()
    src.load((folder / "source.sql").read_text())
    tgt.load((folder / "target.sql").read_text())
    dbs = Database.from_raw(src.url, "--from"), Database.from_raw(tgt.url, "--to")
    read = api.read_sides(*dbs, CompareOptions())
    source, target = (through_file(side) for side in read)
    request.getfixturevalue("no_database")
    plan = api.plan_migration(source, target, CompareOptions())
    for make, file_name, rollback in ((api.migration_script, "migrate.sql", False),
                                      (api.rollback_script, "rollback.sql", True)):
        script = make(plan, force=True, header=api.script_header(*dbs, rollback=rollback))
        expected = (folder / "expected" / file_name).read_text()
        got = script.sql.replace(src.url, "<source>").replace(tgt.url, "<target>")
        got = got.replace(f"krakn {__version__}", "krakn <version>")
        assert got.rstrip("\n") == expected.rstrip("\n"), file_name


def test_plan_migration_wants_privileges_when_compared():
    """--with-privileges on sides read without them is a caller's mistake, said plainly."""
    empty = Side(Snapshot())
    with pytest.raises(ValueError, match="privileges must have been read"):
        api.plan_migration(empty, empty, CompareOptions(privileges=True))
