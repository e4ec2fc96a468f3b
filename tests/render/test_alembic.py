"""krakn.render.alembic: revision files, their types and strings, heads, version tables."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from krakn.render.pytext import escape_binds, py_string, sa_text
from krakn.render.sa_types import python_type

SPECS = [
    "integer", "bigint", "smallint", "text", "boolean", "date", "real", "double precision",
    "numeric", "numeric(10,2)", "character varying", "character varying(40)",
    "character(3)", "timestamp without time zone", "timestamp with time zone",
    "timestamp(3) without time zone", "timestamp(0) with time zone",
    "time without time zone", "time with time zone", "time(2) with time zone", "uuid",
    "bytea", "json", "jsonb", "interval", "interval(3)", "inet", "cidr", "macaddr",
    "money", "tsvector", "oid", "bit(4)", "bit varying(8)", "int4range", "tstzrange",
    "integer[]", "character varying(20)[]", "jsonb[]", "numeric(5,1)[]",
]

TRICKY_SQL = [
    "SELECT 1",
    "SELECT ':name', :bind, '10:30'::time, x::text",
    "COMMENT ON TABLE t IS 'it''s \"quoted\" \\ and :colon'",
    "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$\nSELECT 'a:b' || :x\n$$",
    "ends with a quote\"",
    "line one\nends with quotes\"\"\"",
    "both ''' and \"\"\" and a \\ backslash\nhere",
    "a \\:literal and E'\\n' then :p",
    "RAISE NOTICE 'done: %', n",
]


def test_every_mapped_type_round_trips(make_db) -> None:
    """Each sa./postgresql. spelling makes exactly the format_type text it came from."""
    db = make_db()
    columns = []
    for i, spec in enumerate(SPECS):
        expr = python_type(spec)
        assert expr is not None, spec
        columns.append(sa.Column(f"c{i}", eval(expr, {"sa": sa, "postgresql": postgresql})))
    table = sa.Table("every_type", sa.MetaData(), *columns)
    engine = sa.create_engine(db.url.replace("postgresql://", "postgresql+psycopg2://"))
    try:
        table.create(engine)
    finally:
        engine.dispose()
    got = dict(db.query("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                        "WHERE attrelid = 'every_type'::regclass AND attnum > 0"))
    assert [got[f"c{i}"] for i in range(len(SPECS))] == SPECS


@pytest.mark.parametrize("spec", ["mood", "public.mood", "interval day to second",
                                  "hstore", "\"Weird\"[]", "point", "xml"])
def test_types_without_an_exact_spelling(spec: str) -> None:
    """Types SQLAlchemy cannot spell exactly get no sa. type (the step renders as SQL)."""
    assert python_type(spec) is None
    assert python_type("text", '"pg_catalog"."C"') is None


@pytest.mark.parametrize("sql", TRICKY_SQL)
def test_sql_strings_survive_python_and_sa_text(sql: str) -> None:
    """SQL goes through a Python literal and sa.text() unchanged, with no bind parameter."""
    literal = py_string(sql)
    assert eval(literal) == sql
    clause = eval(sa_text(sql), {"sa": sa})
    # No bind parameter anywhere: the text reaches the server as it is.
    assert not clause._bindparams
    compiled = clause.compile(dialect=postgresql.dialect(paramstyle="named"))
    assert str(compiled) == sql


def test_only_bind_like_colons_are_escaped() -> None:
    """Only a colon sa.text() would read as a parameter is escaped; casts and times are not."""
    assert escape_binds("x::int, '10:30', :p") == "x::int, '10:30', \\:p"
    assert "\n" in py_string("a\nb") and py_string("a\nb").startswith('"""')


def _revision(krakn, src, tgt, directory: Path, *extra: str):
    return krakn("migrate", "--from", src.url, "--to", tgt.url, "--format", "alembic",
                 "--output", str(directory), *extra)


@pytest.fixture
def pair(make_db):
    src, tgt = make_db(), make_db()
    src.load("""
        CREATE TYPE mood AS ENUM ('ok', 'great');
        CREATE TABLE people (id integer GENERATED ALWAYS AS IDENTITY, name varchar(40) NOT NULL,
                             tags text[] DEFAULT '{}', note text DEFAULT 'a :b');
        -- A type SQLAlchemy cannot spell exactly: this table is written as SQL.
        CREATE TABLE moods (feeling mood DEFAULT 'ok');
        CREATE VIEW named AS SELECT name FROM people WHERE name <> ':x';
        CREATE FUNCTION hello(who text) RETURNS text LANGUAGE plpgsql AS $$
        BEGIN
            RAISE NOTICE 'hello %', who;
            RETURN 'hi ' || who;
        END $$;
    """)
    tgt.load("CREATE TABLE old (id integer);")
    return src, tgt


def test_file_is_stable_and_clean(pair, krakn, tmp_path: Path) -> None:
    """Two runs with the same --rev-id write the same file but for its Create Date."""
    src, tgt = pair
    texts = []
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        made = _revision(krakn, src, tgt, tmp_path / name, "--rev-id", "abc123",
                         "-m", "Add people")
        assert made.exit_code == 0, made.stderr
        path = Path(made.stdout.strip())
        assert path.name == "abc123_add_people.py"
        texts.append(re.sub(r"(?m)^Create Date: .*$", "", path.read_text()))
    assert texts[0] == texts[1]
    text = texts[0]
    assert "import krakn" not in text and "from krakn" not in text
    assert "op.create_table('people'" in text
    assert "sa.String(length=40)" in text and "sa.Identity(always=True" in text
    assert "server_default=sa.text(r\"'a \\:b'::text\")" in text
    assert 'op.execute(sa.text("""CREATE TABLE "public"."moods" (' in text
    assert "op.execute(sa.text(" in text  # the view, the function, the enum
    assert "RAISE NOTICE 'hello %', who;" in text  # multi-line, as written
    assert "needs --force (drops data): Removed table 'old'" in text
    compile(text, "revision.py", "exec")


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is not installed")
def test_file_passes_ruff(pair, krakn, tmp_path: Path) -> None:
    """The revision file passes ruff with its default rules and sorted imports."""
    src, tgt = pair
    made = _revision(krakn, src, tgt, tmp_path, "--force", "--rev-id", "r1")
    assert made.exit_code == 0, made.stderr
    # --isolated: ruff's own defaults (not krakn's settings), and sorted imports.
    checked = subprocess.run([sys.executable, "-m", "ruff", "check", "--isolated",
                              "--extend-select", "I", made.stdout.strip()],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _revision_file(directory: Path, rev: str, down: str | None) -> None:
    (directory / f"{rev}_x.py").write_text(
        f"revision = {rev!r}\ndown_revision = {down!r}\nbranch_labels = None\n"
        "depends_on = None\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")


def test_several_heads_are_refused(krakn, tmp_path: Path) -> None:
    """Several heads are refused in one line naming them, before any database is read."""
    for rev, down in (("root1", None), ("left22", "root1"), ("right3", "root1")):
        _revision_file(tmp_path, rev, down)
    # Refused before any database is read: these URLs lead nowhere.
    made = krakn("migrate", "--from", "postgresql://nobody@127.0.0.1:1/a", "--to",
                 "postgresql://nobody@127.0.0.1:1/b", "--format", "alembic", "-o",
                 str(tmp_path))
    assert made.exit_code == 2
    assert "several heads" in made.stderr and "left22" in made.stderr
    assert "right3" in made.stderr and len(made.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("extra", [["alembic", "-o", "/nonexistent/versions"], ["alembic"],
                                   ["alembic", "-o", "{tmp}", "--rollback"],
                                   ["alembic", "-o", "{tmp}", "--rev-id", "root1"],
                                   ["alembic", "-o", "{tmp}", "--rev-id", "no spaces"],
                                   ["sql", "-o", "{tmp}"]])
def test_bad_output_options(extra: list[str], krakn, tmp_path: Path) -> None:
    """Each wrong combination of --format, --output and --rollback is one line and exit 2."""
    _revision_file(tmp_path, "root1", None)
    args = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    made = krakn("migrate", "--from", "postgresql://nobody@127.0.0.1:1/a", "--to",
                 "postgresql://nobody@127.0.0.1:1/b", "--format", *args)
    assert made.exit_code == 2
    assert len(made.stderr.strip().splitlines()) == 1, made.stderr


def test_version_table_is_never_compared(make_db, krakn, tmp_path: Path) -> None:
    """The version table (default or --version-table) and all it owns are never compared."""
    src, tgt = make_db(), make_db()
    src.load("CREATE TABLE t (id integer);"
             "CREATE TABLE my_versions (v text PRIMARY KEY);")
    tgt.load("CREATE TABLE t (id integer);"
             "CREATE TABLE alembic_version (version_num varchar(32) NOT NULL, "
             "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));"
             "CREATE INDEX alembic_version_idx ON alembic_version (lower(version_num));"
             "GRANT SELECT ON alembic_version TO PUBLIC;"
             "COMMENT ON TABLE alembic_version IS 'Alembic''s';")
    urls = ("--from", src.url, "--to", tgt.url)
    everything = ("--with-privileges", "--with-owners")
    assert krakn("diff", *urls, *everything).exit_code == 1  # my_versions differs
    quiet = krakn("diff", *urls, *everything, "--version-table", "my_versions")
    assert quiet.exit_code == 0, quiet.stdout
    for fmt in (["--format", "sql"], ["--format", "sql", "--rollback"],
                ["--format", "alembic", "-o", str(tmp_path)]):
        made = krakn("migrate", *urls, *everything, "--force", *fmt)
        assert made.exit_code == 0, made.stderr
        output = made.stdout if fmt[1] == "sql" else Path(made.stdout.strip()).read_text()
        assert "alembic_version" not in output and "my_versions" in output


def _ops() -> dict[str, object]:
    """One operation of most kinds krakn plans, built by hand."""
    from alembic.operations import ops

    from krakn.catalog.routines import Routine, Trigger
    from krakn.catalog.snapshot import Constraint, Index, Sequence
    from krakn.catalog.types import CompositeType, Domain, EnumType, EnumUse, Extension
    from krakn.catalog.views import View
    from krakn.ops import (
        columns,
        constraints,
        domains,
        extensions,
        indexes,
        partitions,
        routines,
        schemas,
        sequences,
        types,
        views,
    )
    from krakn.types import CatalogType

    seq = Sequence("app", "n", "bigint", 1, 1, 1, 99, 1, False, None, False, 5)
    con = Constraint("public", "t", "t_pk", "p", "PRIMARY KEY (id)", None, "it's", ("id",))
    idx = Index("public", "t", "t_idx", "CREATE INDEX t_idx ON public.t USING btree (a)",
                None, ("a",))
    old = EnumType("app", "st", ("a", "b"), None,
                   (EnumUse("app", "t", "s", False, "'a'::app.st"),))
    new = EnumType("app", "st", ("a", "c", "b"), None)
    fdef = "CREATE OR REPLACE FUNCTION public.f(a integer)\n RETURNS integer\n LANGUAGE sql\n" \
           "AS $function$ SELECT a + 1 $function$"
    f = Routine("public", "f", "integer", "a integer", "f", fdef, "a integer", "integer",
                False, None)
    trg = Trigger("public", "t", "trg", "CREATE TRIGGER trg BEFORE UPDATE ON public.t FOR "
                  "EACH ROW EXECUTE FUNCTION f()", "D", None)
    view = View("public", "v", False, " SELECT 1 AS x;", "", "a :view", ())
    dom = Domain("public", "d", "text", None, None, False, (), None)
    ident = columns.IdentitySpec("d", 1, 1, 99, 1, 1, False)
    col = sa.Column("c", CatalogType("interval day to second"), nullable=True)
    return {
        "schema": schemas.CreateSchemaOp("app", "x"),
        "extension": extensions.CreateExtensionOp(Extension("hstore", "public", True)),
        "sequence": sequences.CreateSequenceOp(seq),
        "sequence_owner": sequences.SetSequenceOwnerOp("app", "n", ("public", "t", "id"), None),
        "constraint": constraints.AddConstraintOp(con),
        "index": indexes.CreateIndexOp(idx),
        "enum_values": types.AddEnumValuesOp(new, old),
        "enum_rebuild": types.RebuildEnumOp(new, old),
        "domain": types.CreateTypeOp(dom),
        "composite": types.CreateTypeOp(CompositeType("public", "p", (("x", "int"),), None)),
        "domain_check": domains.AlterDomainOp("public", "d", "check", "CHECK (true)", None,
                                              "ok"),
        "attribute": domains.AlterAttributeOp("public", "p", "y", "text", None, 1),
        "function": routines.CreateRoutineOp(f),
        "function_replace": routines.ReplaceRoutineOp(f, f),
        "trigger": routines.CreateTriggerOp(trg),
        "view": views.CreateViewOp(view, 0),
        "identity": columns.AlterIdentityOp("public", "t", "id", ident, None),
        "generated": columns.DropExpressionOp("public", "t", "g", "(a + 1)", "integer"),
        "partition": partitions.CreatePartitionOp("public", "p1", ("public", "p"),
                                                  "FOR VALUES IN (1)"),
        "add_column_sql": ops.AddColumnOp("t", col, schema="public"),
        "comment": ops.CreateTableCommentOp("t", "new", existing_comment="old",
                                            schema="public"),
    }


@pytest.mark.parametrize("name", sorted(_ops()))
def test_every_operation_reverses_and_renders(name: str) -> None:
    """reverse() works, undoes exactly, and both directions render into a valid file."""
    from krakn.ops.base import SQLOp
    from krakn.plan import Plan, Step
    from krakn.render.alembic import render_revision

    op = _ops()[name]
    back = op.reverse()
    # Adding enum values in place comes back as a rebuild: same result, other SQL.
    if isinstance(op, SQLOp) and name != "enum_values":
        assert back.reverse().statements() == op.statements()
    text = render_revision(Plan([Step(op, 0, ())]), force=True, message="m", rev_id="r",
                           down_revision=None, generator="test").text
    compile(text, "r.py", "exec")
    upgrade, downgrade = text.split("def upgrade", 1)[1].split("def downgrade", 1)
    assert "pass" not in upgrade and "pass" not in downgrade
