"""sync-data --where and --subset-root against real PostgreSQL databases: filters,
orphans, closures through a self-reference and a cycle, virtual references."""

from __future__ import annotations

import pytest

SCHEMA = """
CREATE TABLE users (id integer PRIMARY KEY, manager integer REFERENCES users);
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer REFERENCES users);
CREATE TABLE a (id integer PRIMARY KEY, b_id integer, user_id integer REFERENCES users);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a);
ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE events (id integer, user_id integer);
CREATE TABLE lonely (id integer);
"""
ROWS = """
INSERT INTO users VALUES (1, NULL), (2, 1), (3, 1), (4, 2), (5, 2), (6, 3), (7, NULL), (8, 7);
INSERT INTO orders VALUES (1, 1), (2, 2), (3, 4), (4, 3), (5, 7);
BEGIN;
INSERT INTO a VALUES (1, 1, 2), (2, 2, 3), (3, 3, 6);
INSERT INTO b VALUES (1, 2), (2, 1), (3, 3);
COMMIT;
INSERT INTO events VALUES (1, 2), (2, 3), (3, 6), (4, 1);
INSERT INTO lonely VALUES (1);
ANALYZE;
"""
TABLES = ("users", "orders", "a", "b", "events", "lonely")
# Every foreign key of the target, as a query counting the rows that break it
# (%% for psycopg2).
ORPHANS = """
SELECT format('SELECT count(*) FROM %%s c WHERE (%%s) IS NOT NULL AND NOT EXISTS '
              '(SELECT FROM %%s p WHERE (%%s) = (%%s))', conrelid::regclass,
              (SELECT string_agg('c.' || quote_ident(attname), ', ') FROM unnest(conkey) k
               JOIN pg_attribute ON attrelid = conrelid AND attnum = k),
              confrelid::regclass,
              (SELECT string_agg('p.' || quote_ident(attname), ', ') FROM unnest(confkey) k
               JOIN pg_attribute ON attrelid = confrelid AND attnum = k),
              (SELECT string_agg('c.' || quote_ident(attname), ', ') FROM unnest(conkey) k
               JOIN pg_attribute ON attrelid = conrelid AND attnum = k))
FROM pg_constraint WHERE contype = 'f'
"""


@pytest.fixture
def shop(pair):
    pair.source.load(SCHEMA + ROWS)
    pair.target.load(SCHEMA)
    return pair


def loaded(db) -> dict[str, set[int]]:
    return {t: {r[0] for r in db.query(f"SELECT id FROM {t}")} for t in TABLES}


def no_orphans(db) -> None:
    for (check,) in db.query(ORPHANS):
        assert db.query(check) == [(0,)], check


def check_copy(shop, krakn, *flags: str) -> dict[str, set[int]]:
    """The rows loaded; every target key holds and verify (same flags) finds them equal."""
    no_orphans(shop.target)
    result = krakn("verify", "--from", shop.source.url, "--to", shop.target.url, *flags)
    assert result.exit_code == 0, result.stdout + result.stderr
    return loaded(shop.target)


def test_where_on_a_parent_leaves_no_orphans(shop, sync, krakn):
    """A where on users drops their descendants in every table, transitively."""
    flags = ("--where", "users:id <> 1")
    result = sync(*flags)
    assert result.exit_code == 0, result.stderr
    assert "rows: where id <> 1" in result.stdout
    assert "rows whose parent is filtered out are left out" in result.stdout
    rows = check_copy(shop, krakn, *flags)
    assert rows["users"] == {7, 8}
    assert rows["orders"] == {5}
    assert rows["a"] == rows["b"] == set()
    assert rows["events"] == {1, 2, 3, 4}  # no declared key: not filtered


def test_where_follows_virtual_references(shop, sync, krakn):
    """A virtual reference makes its rows orphans too."""
    flags = ("--where", "users:id <> 1", "--reference", "events.user_id:users.id")
    assert sync(*flags).exit_code == 0
    assert check_copy(shop, krakn, *flags)["events"] == set()


def test_subset_closure(shop, sync, krakn):
    """Children from the root and its descendants only; every row's parents; a
    self-reference and a cycle terminate; out-of-reach tables stay empty."""
    flags = ("--subset-root", "users", "--subset-where", "id = 2")
    result = sync(*flags)
    assert result.exit_code == 0, result.stderr
    assert "out of reach of the subset from public.users: stays empty" in result.stdout
    rows = check_copy(shop, krakn, *flags)
    # 4, 5: descendants; 1: 2's manager; 3: a2's user (a parent only: brings no child).
    assert rows["users"] == {1, 2, 3, 4, 5}
    assert rows["orders"] == {2, 3}
    assert rows["a"] == {1, 2} and rows["b"] == {1, 2}
    assert rows["events"] == rows["lonely"] == set()


def test_subset_with_virtual_reference_and_where(shop, sync, krakn):
    """Virtual references are followed like declared ones; a where prunes the closure."""
    flags = ("--subset-root", "users", "--subset-where", "id = 2",
             "--reference", "events.user_id:users.id", "--where", "orders:id <> 3")
    assert sync(*flags).exit_code == 0
    rows = check_copy(shop, krakn, *flags)
    assert rows["events"] == {1}
    assert rows["orders"] == {2}


def test_dry_run_shows_filters_and_estimates(shop, sync):
    """--dry-run shows each table's filter and writes nothing."""
    result = sync("--dry-run", "--subset-root", "users", "--subset-where", "id = 2")
    assert result.exit_code == 0, result.stderr
    assert "rows: subset root: where id = 2" in result.stdout
    assert "rows: subset of public.users" in result.stdout
    assert loaded(shop.target)["users"] == set()


@pytest.mark.parametrize("flags,message", [
    (("--where", "users:nope > 1"), 'where: public.users: does not run on --from: column '
                                    '"nope" does not exist'),
    (("--where", "nope:true"), "where: public.nope: no such table"),
    (("--subset-root", "nope"), "subset.root: public.nope: no such table"),
    (("--subset-root", "users", "--subset-where", "1 +"), "subset.where: does not run"),
    (("--reference", "events.uid:users.id"), "references: events.uid: table public.events "
                                             "has no column 'uid'"),
    (("--reference", "events.user_id:nope.id"), "references: events.user_id: no table"),
    (("--reference", "events.id:lonely.id", "--reference", "events.user_id:orders.id"), None),
])
def test_bad_filters_fail_before_any_write(shop, sync, flags, message):
    """A bad where, root or reference: exit 2 naming the key, nothing written."""
    result = sync("--truncate", "--yes", *flags)
    if message is None:  # well-formed, for contrast
        assert result.exit_code == 0, result.stderr
        return
    assert result.exit_code == 2
    assert message in result.stderr
    assert loaded(shop.target)["users"] == set()


def test_reference_types_must_compare(shop, sync):
    """A virtual reference between types with no = operator: exit 2 with PostgreSQL's word."""
    shop.source.query("ALTER TABLE events ADD note text")
    result = sync("--reference", "events.note:users.id")
    assert result.exit_code == 2
    assert "references: events.note: does not run on --from: operator does not exist" \
        in result.stderr
