"""The plan's rules on hand-made catalogs: no database needed."""

from __future__ import annotations

import pytest

from krakn.catalog.data import Catalog, SequenceUse, Table
from krakn.catalog.tables import Column, Constraint
from krakn.errors import UsageError
from krakn.sync.names import TableName, parse_names
from krakn.sync.plan import PlanError, Selection, make_plan

INT = ("pg_catalog", "int4", -1)


def col(name: str, type_key: tuple[str, str, int] = INT, oid: int = 23, typtype: str = "b",
        category: str = "N", not_null: bool = False, default: bool = False,
        generated: str = "") -> tuple[str, Column]:
    """A column as sync-data reads it: no definitions (default text) read."""
    return name, Column(type_key[1], not_null, None, "", generated, None, None, 0,
                        has_default=default or bool(generated), type_oid=oid,
                        type_key=type_key, typtype=typtype, category=category)


def table(name: str, *columns: tuple[str, Column], estimate: int = 10) -> Table:
    return Table(TableName("public", name), "r", estimate, dict(columns))


def fk(child: str, parent: str, name: str | None = None) -> Constraint:
    return Constraint("public", child, name or f"{child}_{parent}_fkey", "f", "",
                      ("public", parent), None, ("ref",), ("id",))


def catalog(*tables: Table, keys: tuple[Constraint, ...] = (),
            sequences: tuple[SequenceUse, ...] = ()) -> Catalog:
    return Catalog({t.name: t for t in tables}, list(keys), list(sequences))


def names(*bare: str) -> list[TableName]:
    return [TableName("public", b) for b in bare]


def test_parse_names():
    """Bare names mean public, commas and repeats both work, a lone dot is refused."""
    assert parse_names(("a, app.b", "c"), "--tables") == [
        TableName("public", "a"), TableName("app", "b"), TableName("public", "c")]
    with pytest.raises(UsageError, match="malformed table name 'app.'"):
        parse_names(("app.",), "--tables")


def test_plan_order_and_deferred_keys():
    """make_plan sorts tables by level then name and defers only keys inside a cycle."""
    tables = [table(n, col("id"), col("ref")) for n in ("child", "husband", "wife", "zroot")]
    keys = (fk("child", "zroot"), fk("husband", "wife"), fk("wife", "husband"),
            fk("wife", "zroot"))
    plan = make_plan(catalog(*tables), catalog(*tables, keys=keys), Selection())
    assert [t.name.name for t in plan.tables] == ["zroot", "child", "husband", "wife"]
    assert [k.name for k in plan.deferred] == ["husband_wife_fkey", "wife_husband_fkey"]
    no_defer = make_plan(catalog(*tables), catalog(*tables, keys=keys),
                         Selection(disable_triggers=True))
    assert no_defer.deferred == []


def test_alignment():
    """Common columns copied, target-only defaulted or generated, source-only left out."""
    numeric = ("pg_catalog", "numeric", 655366)
    source = table("t", col("id"), col("price"), col("temp_flag"))
    target = table("t", col("id"), col("price", numeric, oid=1700), col("flag", default=True),
                   col("note"), col("twice", generated="s"))
    plan = make_plan(catalog(source), catalog(target), Selection()).tables[0]
    assert [(c.name, c.converted) for c in plan.columns] == [("id", False), ("price", True)]
    assert (plan.defaulted, plan.generated, plan.left_out) == (["flag", "note"], ["twice"],
                                                                ["temp_flag"])
    assert not plan.binary


def test_binary_only_when_every_column_reads_back_the_same():
    """User-type arrays differ by OID between databases and force text; enums do not."""
    mood = ("public", "mood", -1)
    moods = ("public", "_mood", -1)
    enum_source = table("e", col("m", mood, oid=16400, typtype="e"))
    enum_target = table("e", col("m", mood, oid=17000, typtype="e"))
    array_source = table("a", col("m", moods, oid=16399, category="A"))
    array_target = table("a", col("m", moods, oid=16999, category="A"))
    plan = make_plan(catalog(enum_source, array_source), catalog(enum_target, array_target),
                     Selection())
    assert {t.name.name: t.binary for t in plan.tables} == {"a": False, "e": True}


def test_not_null_without_default_names_table_and_column():
    """A target-only NOT NULL column with no default is refused."""
    with pytest.raises(PlanError, match='table public.t: column "sku" is NOT NULL'):
        make_plan(catalog(table("t", col("id"))),
                  catalog(table("t", col("id"), col("sku", not_null=True))), Selection())


def test_truncate_refused_when_an_unselected_table_references():
    """--truncate of a referenced table needs its referencing tables selected too."""
    tables = [table("users", col("id")), table("orders", col("id"))]
    target = catalog(*tables, keys=(fk("orders", "users"),))
    with pytest.raises(PlanError, match="table public.orders references public.users"):
        make_plan(catalog(*tables), target,
                  Selection(tables=tuple(names("users")), truncate=True))
    plan = make_plan(catalog(*tables), target, Selection(truncate=True))
    assert len(plan.tables) == 2


def test_jobs_keep_connected_tables_together():
    """Tables linked by a key or a shared sequence go to one connection; big sets spread."""
    tables = [table("a", col("id"), estimate=100), table("b", col("id"), estimate=100),
              table("c", col("id"), estimate=150), table("d", col("id"), estimate=10),
              table("e", col("id"), estimate=10)]
    shared = [SequenceUse(TableName("public", "s"), TableName("public", n), "id", True, None, 1)
              for n in ("d", "e")]
    target = catalog(*tables, keys=(fk("b", "a"),), sequences=tuple(shared))
    plan = make_plan(catalog(*tables), target, Selection(jobs=2))
    groups = {t.name.name: t.group for t in plan.tables}
    assert groups == {"a": 0, "b": 0, "c": 1, "d": 1, "e": 1}
    one = make_plan(catalog(*tables), target, Selection(jobs=1))
    assert {t.group for t in one.tables} == {0}


def test_sequence_plan_takes_source_value():
    """A copied column's sequence gets the source's value for the same column."""
    seq = TableName("public", "t_id_seq")
    use = SequenceUse(seq, TableName("public", "t"), "id", True, 41, 1)
    plan = make_plan(catalog(table("t", col("id")), sequences=(use,)),
                     catalog(table("t", col("id")), sequences=(use,)), Selection())
    assert [(s.sequence, s.source_value, s.columns) for s in plan.sequences] == [
        (seq, 41, ((TableName("public", "t"), "id"),))]
