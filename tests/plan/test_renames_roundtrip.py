"""Renames beyond the simplest case: each pair is diffed, migrated without --force,
diffed again, and rolled back to the original --to schema."""

from __future__ import annotations

import datetime
import textwrap
from dataclasses import dataclass

import pytest

NO_ENV = {"KRAKN_FROM": None, "KRAKN_TO": None}


@dataclass
class Trip:
    diff: list[str]
    script: str
    rollback: str


@pytest.fixture
def trip(make_db, krakn, tmp_path, monkeypatch):
    """trip(new_sql, old_sql, renames_yaml, data): the whole round, checked; returns what
    diff and migrate said, and the migrated database."""
    monkeypatch.chdir(tmp_path)

    def go(new: str, old: str, renames: str, data: str = "") -> tuple[Trip, object]:
        src, tgt, copy = make_db(), make_db(), make_db()
        src.load(new)
        tgt.load(old + data)
        copy.load(old)
        text = (f"profiles:\n  p:\n    from: {src.url}\n    to: {tgt.url}\n    renames:\n"
                + textwrap.indent(textwrap.dedent(renames).strip("\n"), "      ") + "\n")
        (tmp_path / "krakn.yml").write_text(text, encoding="utf-8")
        diff = krakn("diff", "--profile", "p", env=NO_ENV)
        assert diff.exit_code == 1, diff.stderr
        script = krakn("migrate", "--profile", "p", env=NO_ENV)
        assert script.exit_code == 0, script.stderr
        assert "needs --force" not in script.stdout, script.stdout
        back = krakn("migrate", "--profile", "p", "--rollback", "--force", env=NO_ENV)
        assert back.exit_code == 0, back.stderr
        tgt.load(script.stdout)
        again = krakn("diff", "--profile", "p", env=NO_ENV)
        assert again.exit_code == 0, f"left over:\n{again.stdout}\n---\n{script.stdout}"
        result = Trip(diff.stdout.splitlines(), script.stdout, back.stdout)
        migrated = _copy_rows(tgt)
        tgt.load(back.stdout)
        undone = krakn("diff", "--from", copy.url, "--to", tgt.url, env=NO_ENV)
        assert undone.exit_code == 0, f"not undone:\n{undone.stdout}\n---\n{back.stdout}"
        return result, migrated

    return go


def _copy_rows(db) -> dict[str, list[tuple]]:
    """Every user table's rows, by name, for checks after the rollback ran."""
    tables = db.query("SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) "
                      "FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', "
                      "'information_schema') ORDER BY 1")
    return {name: db.query(f"SELECT * FROM {name} ORDER BY 1") for (name,) in tables}


def test_rename_and_type_change(trip):
    """A renamed column whose type changes too: renamed, then its type altered."""
    result, rows = trip(
        "CREATE TABLE users (id int PRIMARY KEY, name text);",
        "CREATE TABLE users (id int PRIMARY KEY, full_name varchar(20));",
        "users.full_name: name", "INSERT INTO users VALUES (1, 'ann');")
    assert result.diff[0] == "~ Renamed column 'full_name' to 'name' in 'users'"
    assert any("'name'" in line and "type" in line for line in result.diff[1:]), result.diff
    assert rows["public.users"] == [(1, "ann")]


def test_column_rename_only_renames_keys_named_after_it(trip):
    """users_full_name_key and users_full_name_check follow the column's name."""
    result, rows = trip(
        "CREATE TABLE users (id int, name text UNIQUE CHECK (name <> ''));"
        "CREATE INDEX users_name_idx ON users (lower(name));",
        "CREATE TABLE users (id int, full_name text UNIQUE CHECK (full_name <> ''));"
        "CREATE INDEX users_full_name_idx ON users (lower(full_name));",
        "users.full_name: name", "INSERT INTO users VALUES (1, 'ann');")
    assert sorted(result.diff) == [
        "~ Renamed column 'full_name' to 'name' in 'users'",
        "~ Renamed constraint 'users_full_name_check' to 'users_name_check' on 'users'",
        "~ Renamed constraint 'users_full_name_key' to 'users_name_key' on 'users'",
        "~ Renamed index 'users_full_name_idx' to 'users_name_idx'"]
    assert "DROP" not in result.script
    assert rows["public.users"] == [(1, "ann")]


def test_table_rename_with_foreign_keys_and_a_serial(trip):
    """Foreign keys from other tables stay (one named after the table follows it); the
    serial's sequence and key are renamed."""
    old = ("CREATE TABLE {t} (id serial PRIMARY KEY, note text);"
           "CREATE TABLE orders (id int PRIMARY KEY, cid int REFERENCES {t}(id) "
           "ON DELETE CASCADE);"
           "CREATE TABLE notes (cid int NOT NULL CONSTRAINT notes_{t}_fk REFERENCES {t});"
           "CREATE INDEX {t}_note_idx ON {t} (note);")
    result, rows = trip(old.format(t="client"), old.format(t="customer"), "customer: client",
                        "INSERT INTO customer (note) VALUES ('a'), ('b');"
                        "INSERT INTO orders VALUES (1, 2); INSERT INTO notes VALUES (1);")
    assert sorted(result.diff) == [
        "~ Renamed constraint 'customer_pkey' to 'client_pkey' on 'client'",
        "~ Renamed constraint 'notes_customer_fk' to 'notes_client_fk' on 'notes'",
        "~ Renamed index 'customer_note_idx' to 'client_note_idx'",
        "~ Renamed sequence 'customer_id_seq' to 'client_id_seq'",
        "~ Renamed table 'customer' to 'client'"]
    assert rows["public.client"] == [(1, "a"), (2, "b")]
    assert rows["public.orders"] == [(1, 2)]


def test_rename_in_another_schema(trip):
    """billing.customer becomes billing.client, its identity sequence and key with it."""
    old = ("CREATE SCHEMA billing;"
           "CREATE TABLE billing.{t} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
           "{c} text NOT NULL);"
           "CREATE TABLE billing.invoice (id int, cid bigint REFERENCES billing.{t});"
           "CREATE VIEW billing.names AS SELECT id, {c} FROM billing.{t};")
    result, rows = trip(old.format(t="client", c="name"), old.format(t="customer", c="full_name"),
                        "billing.customer: billing.client\nbilling.client.full_name: name",
                        "INSERT INTO billing.customer (full_name) VALUES ('ann');"
                        "INSERT INTO billing.invoice VALUES (1, 1);")
    assert result.diff[:2] == ["~ Renamed table 'billing.customer' to 'billing.client'",
                               "~ Renamed column 'full_name' to 'name' in 'billing.client'"]
    # The view's column is named after the column: made again (the rename keeps "full_name").
    assert "~ Changed view 'billing.names'" in result.diff
    assert rows["billing.client"] == [(1, "ann")]


def test_quoted_names_with_spaces_and_capitals(trip):
    """Names that need quotes are renamed and followed like any other."""
    old = ('CREATE TABLE "{t}" (id serial PRIMARY KEY, "{c}" text);'
           'CREATE TABLE "Orders" (id int, cid int REFERENCES "{t}" (id));'
           'CREATE VIEW v AS SELECT t.id, t."{c}" AS "Label" FROM "{t}" t;')
    result, rows = trip(old.format(t="New Client", c="Given Name"),
                        old.format(t="Old Table", c="Full Name"),
                        """
                        '"Old Table"': '"New Client"'
                        '"Old Table"."Full Name"': '"Given Name"'
                        """,
                        'INSERT INTO "Old Table" ("Full Name") VALUES (\'ann\');')
    assert sorted(result.diff) == [
        "~ Renamed column 'Full Name' to 'Given Name' in 'New Client'",
        "~ Renamed constraint 'Old Table_pkey' to 'New Client_pkey' on 'New Client'",
        "~ Renamed sequence 'Old Table_id_seq' to 'New Client_id_seq'",
        "~ Renamed table 'Old Table' to 'New Client'"]
    assert rows['public."New Client"'] == [(1, "ann")]


def test_triggers_policies_and_comments_follow(trip):
    """A trigger's UPDATE OF and WHEN, a policy's expression, comments: no difference left."""
    old = ("CREATE TABLE {t} (id int PRIMARY KEY, {c} text);"
           "COMMENT ON COLUMN {t}.{c} IS 'who';"
           "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS "
           "$$ BEGIN RETURN NEW; END $$;"
           "CREATE TRIGGER t_touch BEFORE UPDATE OF {c} ON {t} FOR EACH ROW "
           "WHEN (OLD.{c} IS DISTINCT FROM NEW.{c}) EXECUTE FUNCTION touch();"
           "ALTER TABLE {t} ENABLE ROW LEVEL SECURITY;"
           "CREATE POLICY mine ON {t} USING ({c} = current_user);")
    result, _rows = trip(old.format(t="client", c="name"),
                         old.format(t="customer", c="full_name"),
                         "customer: client\ncustomer.full_name: name")
    assert sorted(result.diff) == [
        "~ Renamed column 'full_name' to 'name' in 'client'",
        "~ Renamed constraint 'customer_pkey' to 'client_pkey' on 'client'",
        "~ Renamed table 'customer' to 'client'"]


def test_views_that_follow_stay_and_others_are_made_again(trip):
    """A view with an alias follows the renames (no step); a changed one is dropped
    before the renames and, in the rollback, made again after them."""
    old = ("CREATE TABLE {t} (id int PRIMARY KEY, {c} text);"
           "CREATE TABLE orders (id int, cid int);"
           "CREATE VIEW joined AS SELECT c.id, c.{c} AS who, o.id AS oid "
           "FROM {t} c JOIN orders o ON o.cid = c.id WHERE c.{c} <> '';"
           "CREATE VIEW names AS SELECT {c} AS name FROM {t};"
           "CREATE VIEW counted AS SELECT count(*) AS n, {extra} FROM {t};")
    result, _rows = trip(old.format(t="client", c="name", extra="max(name) AS top"),
                         old.format(t="customer", c="full_name", extra="1 AS one"),
                         "customer: client\ncustomer.full_name: name")
    assert "~ Changed view 'counted'" in result.diff
    assert not any("'joined'" in line or "'names'" in line for line in result.diff)
    drop = result.script.index('DROP VIEW "public"."counted"')
    assert drop < result.script.index("RENAME TO") < result.script.index(
        'CREATE VIEW "public"."counted"')


def test_partitions_and_children_follow_their_parent(trip):
    """A column renamed in a partitioned or inherited table: the server renames it in
    partitions and children, so only the parent gets a step."""
    old = ("CREATE TABLE {t} (id int, {c} text, at date) PARTITION BY RANGE (at);"
           "CREATE TABLE ev_2020 PARTITION OF {t} FOR VALUES FROM ('2020-01-01') "
           "TO ('2021-01-01');"
           "CREATE TABLE base (id int, {c} text); CREATE TABLE kid (x int) INHERITS (base);")
    result, rows = trip(old.format(t="events", c="name"), old.format(t="ev", c="full_name"),
                        "ev: events\nev.full_name: name\nbase.full_name: name",
                        "INSERT INTO ev VALUES (1, 'ann', '2020-05-01');"
                        "INSERT INTO kid VALUES (2, 'bob', 3);")
    assert sorted(result.diff) == [
        "~ Renamed column 'full_name' to 'name' in 'base'",
        "~ Renamed column 'full_name' to 'name' in 'events'",
        "~ Renamed table 'ev' to 'events'"]
    assert rows["public.ev_2020"] == [(1, "ann", datetime.date(2020, 5, 1))]
    assert rows["public.kid"] == [(2, "bob", 3)]


def test_begin_atomic_bodies_follow(trip):
    """A BEGIN ATOMIC body is stored parsed: it reads the new names, nothing to replace."""
    old = ("CREATE TABLE {t} (id int PRIMARY KEY, {c} text);"
           "CREATE FUNCTION named(p text) RETURNS bigint LANGUAGE sql BEGIN ATOMIC "
           "SELECT count(*) FROM {t} c WHERE c.{c} = p; END;"
           "CREATE FUNCTION counted() RETURNS bigint LANGUAGE sql BEGIN ATOMIC "
           "SELECT count({c}) FROM {t}; END;")
    result, _rows = trip(old.format(t="client", c="name"),
                         old.format(t="customer", c="full_name"),
                         "customer: client\ncustomer.full_name: name")
    assert not any("function" in line for line in result.diff), result.diff
