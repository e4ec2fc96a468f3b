"""Extension and user-type operations without a database: their SQL, words,
reverses, phases, and where the script puts them."""

from __future__ import annotations

from alembic.operations import ops

from krakn.catalog.types import (
    CompositeType,
    Domain,
    EnumType,
    EnumUse,
    Extension,
    RangeType,
    TypesSnapshot,
)
from krakn.compare.types import depths
from krakn.ops.domains import AlterAttributeOp, AlterDomainOp
from krakn.ops.extensions import CreateExtensionOp, DropExtensionOp
from krakn.ops.phases import Phase
from krakn.ops.types import (
    AddEnumValuesOp,
    CreateTypeOp,
    DropTypeOp,
    RebuildEnumOp,
    UnmigratedTypeOp,
)
from krakn.plan import Plan, Step
from krakn.plan.place import place
from krakn.plan.safety import verdict
from krakn.render.sql import render_script

OLD = EnumType("app", "state", ("open", "done"), None,
               (EnumUse("app", "tasks", "state", False, "'open'::app.state"),
                EnumUse("app", "tasks", "history", True, None)))
NEW = EnumType("app", "state", ("draft", "open", "review", "done", "it's gone"), "States")
EMAIL = Domain("public", "email", "text", None, None, True,
               (("email_at", "CHECK ((VALUE ~ '@'::text))"),), None)
POINT = CompositeType("public", "point2", (("x", "double precision"), ("y", "double precision")),
                      None)
SPAN = RangeType("public", "span", "double precision", None, None, None, "float8mi", None)


def sql_of(op: object, force: bool = True) -> str:
    return render_script(Plan([Step(op, 0, ())]), force=force, header=["h"]).sql


def test_create_statements() -> None:
    """Each kind of type is created with its own statement, its comment after it."""
    assert CreateTypeOp(NEW).statements() == [
        "CREATE TYPE \"app\".\"state\" AS ENUM ('draft', 'open', 'review', 'done', "
        "'it''s gone')",
        "COMMENT ON TYPE \"app\".\"state\" IS 'States'"]
    assert CreateTypeOp(EMAIL).statements() == [
        "CREATE DOMAIN \"public\".\"email\" AS text NOT NULL CONSTRAINT \"email_at\" "
        "CHECK ((VALUE ~ '@'::text))"]
    assert CreateTypeOp(POINT).statements() == [
        'CREATE TYPE "public"."point2" AS ("x" double precision, "y" double precision)']
    assert CreateTypeOp(SPAN).statements() == [
        'CREATE TYPE "public"."span" AS RANGE (SUBTYPE = double precision, '
        'SUBTYPE_DIFF = float8mi)']
    assert DropTypeOp(EMAIL).statements() == ['DROP DOMAIN "public"."email"']


def test_enum_values_added_in_place_in_order() -> None:
    """Each new value goes after its predecessor, or before the first old value."""
    assert AddEnumValuesOp(NEW, OLD).statements() == [
        "ALTER TYPE \"app\".\"state\" ADD VALUE IF NOT EXISTS 'draft' BEFORE 'open'",
        "ALTER TYPE \"app\".\"state\" ADD VALUE IF NOT EXISTS 'review' AFTER 'open'",
        "ALTER TYPE \"app\".\"state\" ADD VALUE IF NOT EXISTS 'it''s gone' AFTER 'done'"]
    [change] = AddEnumValuesOp(NEW, OLD).describe()
    assert change.message == ("Changed enum type 'app.state': added values 'draft', 'review', "
                              "'it''s gone'")


def test_enum_values_run_before_the_transaction() -> None:
    """ADD VALUE goes before BEGIN, so the transaction may use the new value."""
    steps = [place(AddEnumValuesOp(NEW, OLD), None),
             place(CreateTypeOp(POINT), None)]
    assert steps[0].outside_transaction and not steps[1].outside_transaction
    sql = render_script(Plan(steps), force=False, header=["h"]).sql
    begin = sql.index("BEGIN;")
    assert sql.index("ADD VALUE IF NOT EXISTS 'draft'") < begin
    assert sql.index('CREATE TYPE "public"."point2"') > begin


def test_enum_rebuild_casts_columns_through_text() -> None:
    """A rebuild renames, creates, casts each column (arrays too) and drops the old type."""
    rebuild = AddEnumValuesOp(NEW, OLD).reverse()
    assert isinstance(rebuild, RebuildEnumOp)
    was = EnumType("app", "state", ("open", "done", "lost"), None, OLD.uses)
    smaller = RebuildEnumOp(OLD, was, frozenset())
    sql = smaller.statements()
    assert sql[0] == 'ALTER TYPE "app"."state" RENAME TO "state__krakn_old"'
    assert ('ALTER TABLE "app"."tasks" ALTER COLUMN "state" TYPE "app"."state" '
            'USING "state"::text::"app"."state"') in sql
    assert ('ALTER TABLE "app"."tasks" ALTER COLUMN "history" TYPE "app"."state"[] '
            'USING "history"::text[]::"app"."state"[]') in sql
    # The default is dropped first and, not being kept, not set again.
    assert 'ALTER TABLE "app"."tasks" ALTER COLUMN "state" DROP DEFAULT' in sql
    assert not any("SET DEFAULT" in s for s in sql)
    assert sql[-1] == 'DROP TYPE "app"."state__krakn_old"'
    assert verdict(smaller) == "removes enum values"


def test_domain_aspects_and_reverse() -> None:
    """Each domain aspect has its own ALTER DOMAIN, and reversing twice gives it back."""
    op = AlterDomainOp("public", "email", "check", "CHECK ((VALUE <> ''::text))",
                       "CHECK ((VALUE ~ '@'::text))", "email_at")
    assert op.statements() == [
        'ALTER DOMAIN "public"."email" DROP CONSTRAINT "email_at"',
        "ALTER DOMAIN \"public\".\"email\" ADD CONSTRAINT \"email_at\" "
        "CHECK ((VALUE <> ''::text))"]
    assert op.reverse().reverse().statements() == op.statements()
    assert AlterDomainOp("public", "email", "default", None, "'x'::text").statements() == [
        'ALTER DOMAIN "public"."email" DROP DEFAULT']
    assert AlterDomainOp("public", "email", "notnull", "NOT NULL", "NULL").statements() == [
        'ALTER DOMAIN "public"."email" SET NOT NULL']


def test_attribute_drop_is_destructive() -> None:
    """Dropping a composite attribute needs --force; adding it back does not."""
    drop = AlterAttributeOp("public", "point2", "z", None, "integer")
    assert verdict(drop) == "drops an attribute"
    assert verdict(drop.reverse()) == ""
    assert drop.reverse().statements() == [
        'ALTER TYPE "public"."point2" ADD ATTRIBUTE "z" integer']


def test_unmigrated_difference_is_a_comment() -> None:
    """A difference krakn will not migrate is named in the script, with no statement."""
    sql = sql_of(UnmigratedTypeOp(EMAIL, "base type text → integer"))
    assert "-- not migrated: Changed domain 'email': base type text → integer" in sql


def test_extensions() -> None:
    """Extensions are created IF NOT EXISTS in their schema; a drop waits for --force."""
    ext = Extension("pg_trgm", "ext", True, "1.6")
    assert CreateExtensionOp(ext).statements() == [
        'CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "ext"']
    assert verdict(DropExtensionOp(ext)) == "drops data"
    assert DropExtensionOp(ext).describe()[0].message == "Removed extension 'pg_trgm'"
    step = place(DropExtensionOp(ext), None)
    assert step.destructive and step.loses_data and step.phase == Phase.DROP_EXTENSIONS
    held = render_script(Plan([step]), force=False, header=["h"]).sql
    assert '-- DROP EXTENSION "pg_trgm";' in held.splitlines()


def test_phases_put_types_around_tables() -> None:
    """Extensions and types before tables; their drops after the tables'."""
    ext = Extension("pg_trgm", "ext", True, "1.6")
    created = [place(CreateExtensionOp(ext), None), place(CreateTypeOp(POINT), None),
               place(ops.CreateTableOp("t", []), None)]
    dropped = [place(ops.DropTableOp("t"), None), place(DropTypeOp(POINT), None),
               place(DropExtensionOp(ext), None)]
    for steps in (created, dropped):
        assert [s.phase for s in steps] == sorted(s.phase for s in steps)
        assert len({s.phase for s in steps}) == 3


def test_depths_follow_dependencies() -> None:
    """A type built on another sits deeper; creation sorts on depth."""
    snap = TypesSnapshot()
    snap.domains[("public", "a")] = Domain("public", "a", "integer", None, None, False, (),
                                           None)
    snap.domains[("public", "b")] = Domain("public", "b", "a", None, None, False, (), None,
                                           ("public.a",))
    snap.composites[("public", "c")] = CompositeType("public", "c", (("x", "b"),), None,
                                                     ("public.b", "pg_catalog.int4"))
    assert depths(snap) == {"public.a": 0, "public.b": 1, "public.c": 2}
    creates = sorted([CreateTypeOp(snap.composites[("public", "c")], 2),
                      CreateTypeOp(snap.domains[("public", "a")], 0)], key=CreateTypeOp.sort_key)
    assert [c.obj.name for c in creates] == ["a", "c"]


def test_checks_calling_functions_come_later() -> None:
    """A check that calls a function is added after functions and tables exist."""
    dom = Domain("public", "even", "integer", None, None, False,
                 (("even_fn", "CHECK (is_even(VALUE))"), ("even_pos", "CHECK ((VALUE > 0))")),
                 None, late_checks=("even_fn",))
    assert CreateTypeOp(dom).statements() == [
        'CREATE DOMAIN "public"."even" AS integer CONSTRAINT "even_pos" CHECK ((VALUE > 0))']
    late = AlterDomainOp("public", "even", "check", "CHECK (is_even(VALUE))", None,
                         "even_fn", late=True)
    assert Phase.CREATE_TABLES < place(late, None).phase == Phase.LATE_DOMAIN_CHECKS
    assert late.reverse().phase == Phase.LATE_DOMAIN_CHECKS
    assert late.reverse().statements() == ['ALTER DOMAIN "public"."even" DROP CONSTRAINT '
                                           '"even_fn"']
