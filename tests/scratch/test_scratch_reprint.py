"""Definitions printed again by the scratch server: text that means the same becomes the
same, a real difference stays, and the scratch database is left as it was."""

from __future__ import annotations

import copy
from dataclasses import replace

from krakn.db.database import Database
from krakn.scratch.reprint import reprint
from krakn.snapshot import take

SCHEMA = """
CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    score numeric(6,2) DEFAULT 0,
    CONSTRAINT people_score_range CHECK (score >= 0 AND score <= 1000)
);
CREATE INDEX people_lower_name ON people (lower(name) text_pattern_ops);
CREATE VIEW people_names AS SELECT name FROM people WHERE score > 10;
CREATE MATERIALIZED VIEW people_count AS SELECT count(*) AS n FROM people;
CREATE UNIQUE INDEX people_count_n ON people_count (n);
CREATE FUNCTION add_one(x integer DEFAULT 1) RETURNS integer LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC SELECT x + 1; END;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER people_touch BEFORE UPDATE ON people FOR EACH ROW
    WHEN (OLD.score IS DISTINCT FROM NEW.score) EXECUTE FUNCTION touch();
"""

# The same objects as another server could print them: other words, the same meaning.
WRITTEN = {
    "view": "SELECT people.name FROM people WHERE (people.score > (10)::numeric);",
    "matview": "SELECT count(*) AS n FROM people",
    "check": "CHECK (score BETWEEN 0 AND 1000)",
    "index": "CREATE INDEX people_lower_name ON people (lower(name) text_pattern_ops)",
    "matview_index": "CREATE UNIQUE INDEX people_count_n ON people_count (n)",
    "default": "((0))",
    "function": "CREATE OR REPLACE FUNCTION add_one(x integer = 1) RETURNS integer "
                "LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT (x + 1); END",
    "trigger": "CREATE TRIGGER people_touch BEFORE UPDATE ON people FOR EACH ROW "
               "WHEN (old.score IS DISTINCT FROM new.score) EXECUTE PROCEDURE touch()",
}


def _loaded(make_db):
    db = make_db()
    db.load(SCHEMA)
    database = Database.from_raw(db.url, "--from")
    return db, database, take(database).catalog


def _rewritten(catalog, written):
    """catalog with each object's definition replaced by the words in written."""
    other = copy.deepcopy(catalog)
    views = other.views.views
    view, matview = views[("public", "people_names")], views[("public", "people_count")]
    views[("public", "people_names")] = replace(view, definition=written["view"])
    (index_name, _), = matview.indexes
    views[("public", "people_count")] = replace(
        matview, definition=written["matview"],
        indexes=((index_name, written["matview_index"]),))
    key = ("public", "people", "people_score_range")
    other.constraints[key] = replace(other.constraints[key], definition=written["check"])
    key = ("public", "people_lower_name")
    other.indexes[key] = replace(other.indexes[key], definition=written["index"])
    key = ("public", "people", "score")
    other.columns[key] = replace(other.columns[key], default=written["default"])
    routines = other.routines.routines
    (key,) = [k for k in routines if k[1] == "add_one"]
    routines[key] = replace(routines[key], definition=written["function"])
    key = ("public", "people", "people_touch")
    other.routines.triggers[key] = replace(other.routines.triggers[key],
                                           definition=written["trigger"])
    return other


def test_same_meaning_becomes_the_same_text(make_db):
    """Each kind (view, materialized view and its index, check, index, default,
    function, trigger) written otherwise is printed back as the server prints it."""
    _, database, ours = _loaded(make_db)
    other = _rewritten(ours, WRITTEN)
    assert other != ours
    again = reprint(other, ours, database)
    assert again.views.views == ours.views.views
    assert again.constraints == ours.constraints
    assert again.indexes == ours.indexes
    assert again.columns == ours.columns
    assert again.routines.routines == ours.routines.routines
    assert again.routines.triggers == ours.routines.triggers
    assert again == ours
    assert other != ours  # the snapshot given is left as it was


def test_real_differences_stay(make_db):
    """Another meaning, or a definition that does not run there, keeps its own text."""
    _, database, ours = _loaded(make_db)
    written = {**WRITTEN,
               "view": "SELECT people.name FROM people WHERE (people.score > (20)::numeric);",
               "check": "CHECK (score >= 0)",
               "index": "CREATE INDEX people_lower_name ON people (upper(name))",
               "default": "nope_no_such_function()"}
    other = _rewritten(ours, written)
    again = reprint(other, ours, database)
    assert again.views.views[("public", "people_names")].definition == written["view"]
    constraint = again.constraints[("public", "people", "people_score_range")]
    assert constraint.definition == written["check"]
    assert again.indexes[("public", "people_lower_name")].definition == written["index"]
    assert again.columns[("public", "people", "score")].default == written["default"]
    # The others were made the same all the same.
    assert again.routines.routines == ours.routines.routines


def test_scratch_database_left_as_it_was(make_db):
    """Everything made to print is rolled back: the catalog reads as before."""
    db, database, ours = _loaded(make_db)
    reprint(_rewritten(ours, WRITTEN), ours, database)
    assert take(database).catalog == ours
    left = "SELECT count(*) FROM pg_class WHERE left(relname, 13) = 'krakn_reprint'"
    assert db.query(left) == [(0,)]
