"""krakn.catalog.tables on a real database: every field of columns and constraints."""

from __future__ import annotations

import dataclasses

from catalog_schema import SCHEMA

from krakn.catalog.tables import (
    Column,
    Constraint,
    read_columns,
    read_constraints,
    read_table_list,
)
from krakn.names import TableName

# (type, notnull, default, identity, generated, collation, comment, has_default,
#  type_key, typtype, category) of app.child's columns, in their order.
CHILD = {
    "id": ("bigint", True, None, "a", "", None, None, False,
           ("pg_catalog", "int8", -1), "b", "N"),
    "b": ("text", True, "'x'::text", "", "", 'pg_catalog."C"', "the b", True,
          ("pg_catalog", "text", -1), "b", "S"),
    "a": ("integer", False, None, "", "", None, None, False,
          ("pg_catalog", "int4", -1), "b", "N"),
    "twice": ("integer", False, "(a * 2)", "", "s", None, None, True,
              ("pg_catalog", "int4", -1), "b", "N"),
    "mood": ("app.mood", False, None, "", "", None, None, False, ("app", "mood", -1), "e", "E"),
    "p": ("app.pos", False, None, "", "", None, None, False, ("app", "pos", -1), "d", "N"),
    "tags": ("text[]", False, None, "", "", None, None, False,
             ("pg_catalog", "_text", -1), "b", "A"),
    "pr": ("app.pair", False, None, "", "", None, None, False, ("app", "pair", -1), "c", "C"),
    "r": ("int4range", False, None, "", "", None, None, False,
          ("pg_catalog", "int4range", -1), "r", "R"),
    # numeric's typmod packs precision and scale: ((10 << 16) | 2) + 4
    "price": ("numeric(10,2)", False, None, "", "", None, None, False,
              ("pg_catalog", "numeric", 655366), "b", "N"),
}


def fields(obj: object) -> dict[str, object]:
    """Every field of a dataclass, compare=False ones too (== skips those)."""
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}  # type: ignore[arg-type]


def expected_column(shop, name: str, attnum: int) -> dict[str, object]:
    (typ, notnull, default, identity, generated, collation, comment, has_default, type_key,
     typtype, category) = CHILD[name]
    regtype = f"{type_key[0]}.{type_key[1]}"
    oid = shop.query("SELECT %s::regtype::oid", (regtype,))[0][0]
    return {"type": typ, "notnull": notnull, "default": default, "identity": identity,
            "generated": generated, "collation": collation, "comment": comment,
            "attnum": attnum, "local": True, "has_default": has_default, "type_oid": oid,
            "type_key": type_key, "typtype": typtype, "category": category}


def test_every_column_field(shop, shop_query):
    """Each column of a table using every kind of type reads as PostgreSQL has it."""
    columns = read_columns(shop_query, ["app"])
    for attnum, name in enumerate(CHILD, 1):
        assert fields(columns[("app", "child", name)]) == expected_column(shop, name, attnum)


def test_columns_without_definitions(shop_query):
    """definitions=False leaves the default's text and the comment out; has_default stays."""
    full = read_columns(shop_query, ["app"])
    lean = read_columns(shop_query, ["app"], definitions=False)
    assert full.keys() == lean.keys()
    for key, column in full.items():
        assert fields(lean[key]) == {**fields(column), "default": None, "comment": None}, key
    assert lean[("app", "child", "b")].has_default and lean[("app", "child", "b")].fills_itself


def test_partitions_and_inherited_columns(shop_query):
    """Partitions' columns are read too; an inherited column is not the child's own."""
    columns = read_columns(shop_query, ["app"])
    assert {k[2] for k in columns if k[:2] == ("app", "events_2024")} == {"id", "at"}
    assert not columns[("app", "derived", "id")].local
    assert columns[("app", "derived", "extra")].local
    assert read_columns(shop_query, ["public"]) == {}


def test_table_list_comments_and_shapes(shop_query):
    """Tables with their comments; partitioned, partition and child tables with their shapes."""
    tables, shapes = read_table_list(shop_query, ["app"])
    assert tables == {("app", "parent"): "parents", ("app", "child"): None,
                      ("app", "events"): None, ("app", "events_2024"): None,
                      ("app", "base"): None, ("app", "derived"): None}
    assert shapes[("app", "events")].partition_key == "RANGE (at)"
    assert shapes[("app", "events_2024")].bound == (
        "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
    assert shapes[("app", "events_2024")].parents == (("app", "events"),)
    assert shapes[("app", "derived")].parents == (("app", "base"),)
    assert ("app", "parent") not in shapes


def test_foreign_key_pairs_in_the_keys_order(shop_query):
    """A composite foreign key pairs its columns with the referenced ones, in its order."""
    found = read_constraints(shop_query, ["app"])
    ab, ba = found[("app", "child", "child_ab")], found[("app", "child", "child_ba")]
    assert fields(ab) == {
        "schema": "app", "table": "child", "name": "child_ab", "kind": "f",
        "definition": "FOREIGN KEY (a, b) REFERENCES app.parent(x, y) "
                      "DEFERRABLE INITIALLY DEFERRED",
        "references": ("app", "parent"), "comment": None, "columns": ("a", "b"),
        "referenced_columns": ("x", "y"), "deferrable": True, "deferred": True}
    assert ab.pairs == (("a", "x"), ("b", "y"))
    assert (ab.table_name, ab.referenced, ab.label) == (
        TableName("app", "child"), TableName("app", "parent"), "app.child.child_ab")
    assert ba.pairs == (("b", "y"), ("a", "x"))
    assert (ba.deferrable, ba.deferred) == (False, False)


def test_keys_checks_and_exclusions(shop_query):
    """Primary and unique keys list their columns in the key's order; every kind is read."""
    found = read_constraints(shop_query, ["app"])
    assert {(k[1], k[2]): (c.kind, c.columns) for k, c in found.items()} == {
        ("parent", "parent_pkey"): ("p", ("id",)),
        ("parent", "parent_y_x_key"): ("u", ("y", "x")),
        ("child", "child_pkey"): ("p", ("id",)),
        ("child", "child_ab"): ("f", ("a", "b")),
        ("child", "child_ba"): ("f", ("b", "a")),
        ("child", "positive"): ("c", ("price",)),
        ("child", "no_overlap"): ("x", ("r",)),
    }
    unique = found[("app", "parent", "parent_y_x_key")]
    assert (unique.definition, unique.comment) == ("UNIQUE (y, x)", "natural key")
    assert unique.referenced is None and unique.pairs == () and unique.referenced_columns == ()


def test_constraint_kinds_and_no_definitions(shop_query):
    """kinds limits what is read; without definitions the definition and comment are left out."""
    full = read_constraints(shop_query, ["app"])
    keys = read_constraints(shop_query, ["app"], definitions=False, kinds=("u", "f"))
    assert sorted(k[2] for k in keys) == ["child_ab", "child_ba", "parent_y_x_key"]
    for key, con in keys.items():
        assert fields(con) == {**fields(full[key]), "definition": "", "comment": None}


def test_type_oids_are_no_difference(make_db, shop, shop_query, query_on):
    """Two databases with the same schema read equal though their user types' oids differ."""
    other = make_db()
    other.load(SCHEMA)
    mine, theirs = read_columns(shop_query, ["app"]), read_columns(query_on(other.url), ["app"])
    assert mine == theirs
    key = ("app", "child", "mood")
    assert mine[key].type_oid != theirs[key].type_oid
    assert isinstance(mine[key], Column)
    assert read_constraints(shop_query, ["app"]) == read_constraints(query_on(other.url), ["app"])
    assert Constraint("s", "t", "k", "f", "", ("s", "p"), None, ("a",), ("x",)) == Constraint(
        "s", "t", "k", "f", "", ("s", "p"), None, ("a",), ("y",), True, True)
