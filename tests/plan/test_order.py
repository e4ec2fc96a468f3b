"""Dependency order across phases (krakn.plan.order), on indexes and on real schemas."""

from __future__ import annotations

from krakn.plan.order import topo


def test_topo_keeps_the_sorted_order_without_edges() -> None:
    """No edge, no move; an edge already kept moves nothing either."""
    assert topo(4, []) == [0, 1, 2, 3]
    assert topo(4, [(0, 3)]) == [0, 1, 2, 3]
    assert topo(4, [(0, 3)], latest=True) == [0, 1, 2, 3]


def test_topo_pushes_back_or_pulls_forward() -> None:
    """A maker waits for what it uses; a user's drop is pulled ahead of its type's."""
    # Step 1 uses what step 3 makes: 1 goes right after 3.
    assert topo(5, [(3, 1)]) == [0, 2, 3, 1, 4]
    # Step 3 must go before step 1: pulled forward, just ahead of it.
    assert topo(5, [(3, 1)], latest=True) == [0, 3, 1, 2, 4]


def test_topo_leaves_a_cycle_as_sorted() -> None:
    """A cycle cannot be kept: the steps in it stay where sorting put them."""
    assert sorted(topo(3, [(0, 1), (1, 0)])) == [0, 1, 2]


def _statements(krakn, src: str, tgt: str) -> list[str]:
    result = krakn("migrate", "--from", src, "--to", tgt, "--force")
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def _position(lines: list[str], start: str) -> int:
    return next(i for i, line in enumerate(lines) if line.startswith(start))


def test_domain_and_function_wait_for_their_row_type(make_db, krakn) -> None:
    """A domain over a new table's row type and a function on a new view's come after them."""
    src, tgt = make_db(), make_db()
    src.load("CREATE TABLE a (x int); CREATE DOMAIN d AS a; CREATE VIEW v AS SELECT x FROM a;"
             "CREATE FUNCTION f() RETURNS SETOF v LANGUAGE sql AS 'SELECT * FROM v';")
    lines = _statements(krakn, src.url, tgt.url)
    assert _position(lines, 'CREATE TABLE "public"."a"') < _position(lines, 'CREATE DOMAIN')
    assert _position(lines, 'CREATE VIEW') < _position(lines, "CREATE OR REPLACE FUNCTION")


def test_a_view_that_becomes_a_table_is_dropped_first(make_db, krakn) -> None:
    """The old holder of a name goes before the new one is made, whatever their phases."""
    src, tgt = make_db(), make_db()
    src.load("CREATE TABLE b (x int); CREATE VIEW t AS SELECT x FROM b;")
    tgt.load("CREATE TABLE b (x int); CREATE TABLE t (x int);")
    lines = _statements(krakn, src.url, tgt.url)
    dropped = _position(lines, 'DROP TABLE "public"."t"')
    assert dropped < _position(lines, 'CREATE VIEW "public"."t"')
