"""krakn.render.sql without a database: hand-built operations rendered to a script."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from alembic.operations import ops
from sqlalchemy import Column, MetaData, Table

from krakn.catalog.snapshot import Constraint, Index, Sequence
from krakn.ops import columns, constraints, indexes, schemas, sequences
from krakn.plan import Plan, Step
from krakn.render.sql import render_script
from krakn.types import CatalogType

# A sequence in use (last_value 42): changing its options keeps its position.
SEQ = Sequence("app", "order_no", "bigint", 1, 1, 1, 9223372036854775807, 1, False, None,
               False, 42)
SEQ_CHANGED = Sequence("app", "order_no", "bigint", 100, 5, 1, 9223372036854775807, 10, True,
                       None, False)
FK = Constraint("public", "orders", "orders_user_fk", "f",
                "FOREIGN KEY (user_id) REFERENCES users(id)", ("public", "users"), "it's",
                ("user_id",))
CHECK = Constraint("public", "products", "price_positive", "c", "CHECK ((price > 0))", None,
                   None, ("price",))
IDX = Index("public", "users", "users_name_idx",
            "CREATE INDEX users_name_idx ON public.users USING btree (name)", None, ("name",))
IDENTITY = columns.IdentitySpec("a", 1, 1, 2147483647, 1, 1, False)


def _old_table() -> Table:
    return Table("old_stuff", MetaData(), Column("id", CatalogType("integer")),
                 Column("Note", CatalogType("text")), schema="public")


def make_ops() -> dict[str, object]:
    """A fresh operation of each kind krakn plans, keyed by a test id."""
    return {
        "create_schema": schemas.CreateSchemaOp("app", "schema's"),
        "drop_schema": schemas.DropSchemaOp("legacy"),
        "schema_comment": schemas.SetSchemaCommentOp("app", "new", "old"),
        "create_sequence": sequences.CreateSequenceOp(SEQ),
        "alter_sequence": sequences.AlterSequenceOp(SEQ_CHANGED, SEQ),
        "drop_sequence": sequences.DropSequenceOp(SEQ),
        "sequence_owner": sequences.SetSequenceOwnerOp("app", "order_no",
                                                       ("public", "orders", "id"), None),
        "add_fk": constraints.AddConstraintOp(FK),
        "add_check": constraints.AddConstraintOp(CHECK),
        "drop_check": constraints.DropConstraintOp(CHECK),
        "create_index": indexes.CreateIndexOp(IDX),
        "drop_index": indexes.DropIndexOp(IDX),
        "add_identity": columns.AlterIdentityOp("public", "t", "id", IDENTITY, None),
        "add_column": ops.AddColumnOp(
            "users", Column("email", CatalogType("character varying(255)"), nullable=False),
            schema="public"),
        "alter_type": ops.AlterColumnOp(
            "products", "price", schema="public", existing_type=CatalogType("integer"),
            modify_type=CatalogType("numeric(10,2)"), existing_nullable=True),
        "alter_nullable": ops.AlterColumnOp(
            "users", "name", schema="public", existing_type=CatalogType("text"),
            existing_nullable=True, modify_nullable=False),
        # As autogenerate builds it: knowing the column, so it can be reversed.
        "drop_column": ops.DropColumnOp.from_column_and_tablename(
            "public", "orders", Column("temp_flag", CatalogType("boolean"))),
        "drop_table": ops.DropTableOp.from_table(_old_table()),
    }


# What each operation must render to: every identifier double-quoted.
EXPECTED = {
    "create_schema": ['CREATE SCHEMA "app";', "COMMENT ON SCHEMA \"app\" IS 'schema''s';"],
    "drop_schema": ['DROP SCHEMA "legacy";'],
    "schema_comment": ["COMMENT ON SCHEMA \"app\" IS 'new';"],
    "create_sequence": ['CREATE SEQUENCE "app"."order_no" AS bigint INCREMENT BY 1 MINVALUE 1 '
                        'MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;'],
    "alter_sequence": ['ALTER SEQUENCE "app"."order_no" AS bigint INCREMENT BY 5 MINVALUE 1 '
                       'MAXVALUE 9223372036854775807 START WITH 100 CACHE 10 CYCLE;'],
    "drop_sequence": ['DROP SEQUENCE "app"."order_no";'],
    "sequence_owner": ['ALTER SEQUENCE "app"."order_no" OWNED BY "public"."orders"."id";'],
    "add_fk": ['ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_user_fk" '
               'FOREIGN KEY (user_id) REFERENCES users(id);',
               "COMMENT ON CONSTRAINT \"orders_user_fk\" ON \"public\".\"orders\" IS 'it''s';"],
    "add_check": ['ALTER TABLE "public"."products" ADD CONSTRAINT "price_positive" '
                  'CHECK ((price > 0));'],
    "drop_check": ['ALTER TABLE "public"."products" DROP CONSTRAINT "price_positive";'],
    "create_index": ["CREATE INDEX users_name_idx ON public.users USING btree (name);"],
    "drop_index": ['DROP INDEX "public"."users_name_idx";'],
    "add_identity": ['ALTER TABLE "public"."t" ALTER COLUMN "id" ADD GENERATED ALWAYS AS '
                     'IDENTITY (INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 '
                     'CACHE 1 NO CYCLE);',
                     # existing rows: the identity sequence continues after them
                     "SELECT setval(d.objid::regclass, m.v) FROM pg_depend d, "
                     '(SELECT max("id") AS v FROM "public"."t") m '
                     "WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'i' "
                     """AND d.refobjid = '"public"."t"'::regclass AND d.refobjsubid = """
                     "(SELECT attnum FROM pg_attribute WHERE attrelid = "
                     """'"public"."t"'::regclass AND attname = 'id') AND m.v IS NOT NULL;"""],
    "add_column": ['ALTER TABLE "public"."users" ADD COLUMN "email" character varying(255) '
                   'NOT NULL;'],
    "alter_type": ['ALTER TABLE "public"."products" ALTER COLUMN "price" TYPE numeric(10,2);'],
    "alter_nullable": ['ALTER TABLE "public"."users" ALTER COLUMN "name" SET NOT NULL;'],
    "drop_column": ['ALTER TABLE "public"."orders" DROP COLUMN "temp_flag";'],
    "drop_table": ['DROP TABLE "public"."old_stuff";'],
}

DESTRUCTIVE = {"drop_schema", "drop_sequence", "drop_column", "drop_table"}


def step(op: object, n: int = 0, destructive: bool = False) -> Step:
    return Step(op, n, (str(n),), destructive=destructive,
                reason="drops data" if destructive else "")


def full_plan() -> Plan:
    return Plan([step(op, n, name in DESTRUCTIVE) for n, (name, op) in
                 enumerate(make_ops().items())])


def render(plan: Plan, force: bool = False) -> str:
    return render_script(plan, force=force, header=["test header"]).sql


def statements(sql: str) -> list[str]:
    """The non-blank, non-comment lines between BEGIN; and COMMIT;."""
    body = sql.split("BEGIN;", 1)[1].rsplit("COMMIT;", 1)[0]
    return [line for line in body.splitlines() if line.strip() and not line.startswith("--")]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_operation_sql(name):
    """Each operation renders to exactly its statements, identifiers double-quoted."""
    op = make_ops()[name]
    assert statements(render(Plan([step(op)]), force=True)) == EXPECTED[name]


def test_odd_identifiers_are_quoted_and_escaped():
    """Mixed case, keywords and embedded double quotes survive as quoted identifiers."""
    op = ops.AddColumnOp('We"ird', Column("select", CatalogType("text")), schema="My Schema")
    sql = render(Plan([step(op)]))
    assert 'ALTER TABLE "My Schema"."We""ird" ADD COLUMN "select" text;' in sql, sql


def test_plain_names_are_quoted_too():
    """Even an all-lowercase, non-keyword name is double-quoted."""
    op = ops.DropColumnOp("orders", "flag", schema="public")
    sql = render(Plan([step(op)]), force=True)
    assert 'ALTER TABLE "public"."orders" DROP COLUMN "flag";' in sql
    assert "public.orders" not in sql


def test_script_is_one_transaction():
    """The script is header, BEGIN;, every statement, then COMMIT; as the last line."""
    sql = render(full_plan(), force=True)
    text_lines = [line for line in sql.splitlines() if line.strip()]
    assert text_lines[0] == "-- test header"
    assert text_lines.count("BEGIN;") == 1
    assert text_lines.count("COMMIT;") == 1
    assert text_lines[-1] == "COMMIT;"
    begin = text_lines.index("BEGIN;")
    for name, expected in EXPECTED.items():
        for statement in expected:
            assert text_lines.index(statement) > begin, (name, statement)
    assert sql.endswith("COMMIT;\n")


def test_steps_keep_plan_order():
    """Statements come out in the order of the plan's steps."""
    sql = render(full_plan(), force=True)
    wanted = [s for name in make_ops() for s in EXPECTED[name]]
    assert statements(sql) == wanted


def test_empty_plan_has_no_transaction():
    """An empty plan says '-- no differences' and contains no statement."""
    sql = render(Plan([]))
    assert "-- no differences" in sql
    assert "BEGIN;" not in sql and "COMMIT;" not in sql
    assert all(line.startswith("--") for line in sql.splitlines() if line.strip())


@pytest.mark.parametrize("name", sorted(DESTRUCTIVE))
def test_destructive_step_commented_out_without_force(name):
    """Without force a destructive step is held back: only '-- ' comment lines."""
    op = make_ops()[name]
    script = render_script(Plan([step(op, destructive=True)]), force=False, header=["h"])
    for statement in EXPECTED[name]:
        assert f"-- {statement}" in script.sql.splitlines(), script.sql
        assert statement not in script.sql.splitlines(), script.sql
    assert statements(script.sql) == []
    assert len(script.held_back) == 1
    assert script.held_back[0][0].op is op
    assert "needs --force (drops data)" in script.sql


@pytest.mark.parametrize("name", sorted(DESTRUCTIVE))
def test_destructive_step_present_with_force(name):
    """With force a destructive step is an ordinary statement and nothing is held back."""
    op = make_ops()[name]
    script = render_script(Plan([step(op, destructive=True)]), force=True, header=["h"])
    assert statements(script.sql) == EXPECTED[name]
    assert script.held_back == []
    assert "needs --force" not in script.sql


def test_multiline_destructive_statement_fully_commented():
    """Every line of a held-back multi-line statement is commented out."""
    create = ops.DropTableOp.from_table(_old_table()).reverse()
    script = render_script(Plan([step(create, destructive=True)]), force=False, header=["h"])
    body = script.sql.split("BEGIN;", 1)[1].rsplit("COMMIT;", 1)[0]
    body_lines = [line for line in body.splitlines() if line.strip()]
    assert any("CREATE TABLE" in line for line in body_lines), script.sql
    assert all(line.startswith("--") for line in body_lines), script.sql


def test_held_back_names_each_destructive_step():
    """held_back lists exactly the destructive steps, in plan order, with their wording."""
    script = render_script(full_plan(), force=False, header=["h"])
    whats = [what for _s, what in script.held_back]
    assert whats == ["Removed schema 'legacy'", "Removed sequence 'app.order_no'",
                     "Removed column 'temp_flag' from 'orders'", "Removed table 'old_stuff'"]
    assert all(s.destructive for s, _what in script.held_back)


def test_safe_steps_present_without_force():
    """Without force every non-destructive statement is still in the script."""
    sql = render(full_plan(), force=False)
    present = statements(sql)
    for name, expected in EXPECTED.items():
        if name not in DESTRUCTIVE:
            for statement in expected:
                assert statement in present, (name, statement)


@pytest.mark.parametrize("force", [False, True])
def test_render_is_byte_identical(force):
    """Two renders of equal plans give byte-identical scripts."""
    first = render_script(full_plan(), force=force, header=["h"]).sql.encode()
    second = render_script(full_plan(), force=force, header=["h"]).sql.encode()
    assert first == second


def test_render_is_byte_identical_across_processes(tmp_path):
    """Rendering in processes with different hash seeds gives the same bytes."""
    here = str(__import__("pathlib").Path(__file__).parent)
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {here!r})
        import test_sql
        sys.stdout.write(test_sql.render(test_sql.full_plan(), force=True))
    """)
    outs = []
    for seed in ("1", "2", "12345"):
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True,
                              env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
                              timeout=120)
        assert proc.returncode == 0, proc.stderr.decode()
        outs.append(proc.stdout)
    assert outs[0] == outs[1] == outs[2]
    assert outs[0] == render(full_plan(), force=True).encode()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_reverse_renders(name):
    """Every operation's reverse() renders to at least one statement."""
    op = make_ops()[name]
    reverse = op.reverse()
    sql = render(Plan([step(reverse)]), force=True)
    assert statements(sql), sql


@pytest.mark.parametrize("name", sorted(set(EXPECTED) - {"drop_table"}))
def test_reverse_of_reverse_renders_the_same(name):
    """reverse().reverse() renders to the operation's own statements."""
    op = make_ops()[name]
    again = op.reverse().reverse()
    assert statements(render(Plan([step(again)]), force=True)) == EXPECTED[name]


REVERSED = {
    "create_schema": ['DROP SCHEMA "app";'],
    "create_sequence": ['DROP SEQUENCE "app"."order_no";'],
    "sequence_owner": ['ALTER SEQUENCE "app"."order_no" OWNED BY NONE;'],
    "add_fk": ['ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_user_fk";'],
    "drop_check": ['ALTER TABLE "public"."products" ADD CONSTRAINT "price_positive" '
                   'CHECK ((price > 0));'],
    "create_index": ['DROP INDEX "public"."users_name_idx";'],
    "drop_index": ["CREATE INDEX users_name_idx ON public.users USING btree (name);"],
    "add_identity": ['ALTER TABLE "public"."t" ALTER COLUMN "id" DROP IDENTITY;'],
    "add_column": ['ALTER TABLE "public"."users" DROP COLUMN "email";'],
    "alter_type": ['ALTER TABLE "public"."products" ALTER COLUMN "price" TYPE integer;'],
    "alter_nullable": ['ALTER TABLE "public"."users" ALTER COLUMN "name" DROP NOT NULL;'],
    "drop_column": ['ALTER TABLE "public"."orders" ADD COLUMN "temp_flag" boolean;'],
}


@pytest.mark.parametrize("name", sorted(REVERSED))
def test_reverse_sql(name):
    """reverse() undoes the operation: the expected inverse statements."""
    op = make_ops()[name]
    assert statements(render(Plan([step(op.reverse())]), force=True)) == REVERSED[name]


def test_reverse_of_drop_table_recreates_columns():
    """The reverse of a DROP TABLE built from a table recreates its quoted columns."""
    sql = render(Plan([step(make_ops()["drop_table"].reverse())]), force=True)
    assert 'CREATE TABLE "public"."old_stuff" (' in sql
    assert '"id" integer' in sql and '"Note" text' in sql


def test_alter_sequence_restarts_when_never_used() -> None:
    """A sequence never used restarts, so the new START WITH takes effect."""
    unused = Sequence("app", "order_no", "bigint", 1, 1, 1, 9223372036854775807, 1, False,
                      None, False, None)
    (sql,) = sequences.AlterSequenceOp(SEQ_CHANGED, unused).statements()
    assert sql.endswith(" RESTART")


def test_alter_sequence_restarts_when_position_out_of_range() -> None:
    """A position outside the new bounds must restart, or PostgreSQL refuses."""
    narrow = Sequence("app", "order_no", "bigint", 1, 1, 1, 100, 1, False, None, False)
    used = Sequence("app", "order_no", "bigint", 1, 1, 1, 9223372036854775807, 1, False,
                    None, False, 500)
    (sql,) = sequences.AlterSequenceOp(narrow, used).statements()
    assert sql.endswith(" RESTART")
    (kept,) = sequences.AlterSequenceOp(SEQ_CHANGED, used).statements()
    assert not kept.endswith(" RESTART")
