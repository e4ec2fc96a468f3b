"""Domains, policies, generated columns, partitions, keys, exclusions, foreign keys, rules,
statistics, publications and foreign tables printed again by the scratch server."""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path

from krakn.db.database import Database
from krakn.scratch.reprint import reprint
from krakn.snapshot import take

SCHEMA = (Path(__file__).parent / "reprint_more.sql").read_text()

# Each object in other words with the same meaning: (where, words).
WRITTEN = {
    "domain_default": "((1 + 1))",
    "domain_check": "CHECK (VALUE > (0))",
    "domain_in": "CHECK (VALUE IN ('x', 'y', 'z'))",
    "exclusion": "EXCLUDE USING gist (during WITH &&) WHERE (kind::text IN ('a', 'b'))",
    "unique": "unique (owner, kind)",
    "primary": "primary key (id)",
    "foreign_key": "FOREIGN KEY (account) REFERENCES public.accounts (id) "
                   "ON DELETE CASCADE ON UPDATE SET NULL",
    "using": "owner = current_user AND kind::text IN ('a', 'b')",
    "with_check": "price > 0 AND owner = (SELECT current_user)",
    "generated": "qty * price",
    "bound": "FOR VALUES FROM ('2020-01-01'::date, MINVALUE) TO ('2021-01-01', MAXVALUE)",
    "list_bound": "FOR VALUES IN ('a'::varchar, 'b')",
    "hash_bound": "for values with (modulus 2, remainder 0)",
    "partition_key": "RANGE (at, (lower(region)))",
    "rule": "CREATE RULE accounts_log AS ON UPDATE TO accounts WHERE old.price <> new.price "
            "DO ALSO INSERT INTO log VALUES (new.id, 'price ' || new.price::text)",
    "statistics": "CREATE STATISTICS public.accounts_expr ON lower(owner), (price * 2) "
                  "FROM accounts",
    "row_filter": "price > 100 AND kind::text IN ('a', 'b')",
    "foreign_default": "((2 * 3))",
    "foreign_check": "CHECK (kind::text IN ('x', 'y'))",
}


def _loaded(make_db):
    db = make_db()
    db.load(SCHEMA)
    database = Database.from_raw(db.url, "--from")
    return db, database, take(database).catalog


def _set(table, key, **changes):
    table[key] = replace(table[key], **changes)


def _rewritten(catalog, w):
    """catalog with each object's printed text replaced by the words in w."""
    other = copy.deepcopy(catalog)
    domains = other.types.domains
    checks = dict(domains[("public", "positive_int")].checks)
    checks["positive_int_check"] = w["domain_check"]
    _set(domains, ("public", "positive_int"), default=w["domain_default"],
         checks=tuple(checks.items()))
    _set(domains, ("public", "code"), checks=(("code_known", w["domain_in"]),))
    _set(other.part_comments, ("domain constraint", "public", "code", "code_known"),
         definition=w["domain_in"])
    for name, words in (("accounts_no_overlap", "exclusion"), ("accounts_owner_kind", "unique"),
                        ("accounts_pkey", "primary")):
        _set(other.constraints, ("public", "accounts", name), definition=w[words])
    _set(other.constraints, ("public", "entries", "entries_account_fkey"),
         definition=w["foreign_key"])
    policies = other.security.policies[("public", "accounts")]
    _set(policies, "own_accounts", using=w["using"], check=w["with_check"])
    _set(other.columns, ("public", "accounts", "total"), default=w["generated"])
    for table, words in (("events_2020", "bound"), ("regions_ab", "list_bound"),
                         ("shards_0", "hash_bound")):
        _set(other.shapes, ("public", table), bound=w[words])
    _set(other.shapes, ("public", "events"), partition_key=w["partition_key"])
    _set(other.rules, ("public", "accounts", "accounts_log"), definition=w["rule"])
    _set(other.statistics, ("public", "accounts_expr"), definition=w["statistics"])
    publication = other.extras.publications["big_accounts"]
    other.extras.publications["big_accounts"] = replace(publication, tables=tuple(
        replace(t, where=w["row_filter"]) for t in publication.tables))
    foreign = other.extras.foreign.tables[("public", "remote_items")]
    other.extras.foreign.tables[("public", "remote_items")] = replace(
        foreign,
        columns=tuple(replace(c, default=w["foreign_default"]) if c.name == "id" else c
                      for c in foreign.columns),
        checks=tuple(replace(k, definition=w["foreign_check"]) for k in foreign.checks))
    return other


def test_same_meaning_becomes_the_same_text(make_db):
    """Each kind written otherwise is printed back as the server prints it."""
    _, database, ours = _loaded(make_db)
    other = _rewritten(ours, WRITTEN)
    again = reprint(other, ours, database)
    assert again.types.domains == ours.types.domains
    assert again.part_comments == ours.part_comments
    assert again.constraints == ours.constraints
    assert again.security.policies == ours.security.policies
    assert again.columns == ours.columns
    assert again.shapes == ours.shapes
    assert again.rules == ours.rules
    assert again.statistics == ours.statistics
    assert again.extras.publications == ours.extras.publications
    assert again.extras.foreign.tables == ours.extras.foreign.tables
    assert again == ours
    assert other != ours  # the snapshot given is left as it was


def test_real_differences_stay(make_db):
    """Another meaning keeps its own words, kind by kind."""
    _, database, ours = _loaded(make_db)
    changed = {
        "domain_default": "(1 + 2)",
        "exclusion": "EXCLUDE USING gist (during WITH &&) WHERE (kind::text IN ('a', 'c'))",
        "foreign_key": "FOREIGN KEY (account) REFERENCES accounts(id) ON DELETE SET NULL",
        "using": "owner = session_user",
        "generated": "qty + price",
        "bound": "FOR VALUES FROM ('2020-01-01', MINVALUE) TO ('2022-01-01', MAXVALUE)",
        "partition_key": "RANGE (at, (upper(region)))",
        "rule": WRITTEN["rule"].replace("<>", "<"),
        "statistics": WRITTEN["statistics"].replace("lower", "upper"),
        "row_filter": "price > 200",
        "foreign_default": "(2 * 4)",
    }
    again = reprint(_rewritten(ours, {**WRITTEN, **changed}), ours, database)
    assert again.types.domains[("public", "positive_int")].default == changed["domain_default"]
    constraints = again.constraints
    assert constraints[("public", "accounts", "accounts_no_overlap")].definition == (
        changed["exclusion"])
    assert constraints[("public", "entries", "entries_account_fkey")].definition == (
        changed["foreign_key"])
    policy = again.security.policies[("public", "accounts")]["own_accounts"]
    assert policy.using == changed["using"]
    assert again.columns[("public", "accounts", "total")].default == changed["generated"]
    assert again.shapes[("public", "events_2020")].bound == changed["bound"]
    assert again.shapes[("public", "events")].partition_key == changed["partition_key"]
    assert again.rules[("public", "accounts", "accounts_log")].definition == changed["rule"]
    assert again.statistics[("public", "accounts_expr")].definition == changed["statistics"]
    (published,) = again.extras.publications["big_accounts"].tables
    assert published.where == changed["row_filter"]
    foreign = again.extras.foreign.tables[("public", "remote_items")]
    assert foreign.columns[0].default == changed["foreign_default"]
    # What meant the same was made the same all the same.
    assert again.constraints[("public", "accounts", "accounts_pkey")] == (
        ours.constraints[("public", "accounts", "accounts_pkey")])
    assert again.shapes[("public", "regions_ab")] == ours.shapes[("public", "regions_ab")]


def test_scratch_database_left_as_it_was(make_db):
    """Everything made to print is rolled back: the catalog reads as before."""
    db, database, ours = _loaded(make_db)
    reprint(_rewritten(ours, WRITTEN), ours, database)
    assert take(database).catalog == ours
    left = "SELECT count(*) FROM pg_class WHERE left(relname, 13) = 'krakn_reprint'"
    assert db.query(left) == [(0,)]
    assert db.query("SELECT count(*) FROM pg_publication WHERE pubname = 'krakn_reprint'") == [
        (0,)]
