"""A role without a catalog privilege gets one line naming the side and what to grant.

Catalog ACLs belong to each database, so REVOKE ... FROM PUBLIC on one test
database (restored after each test) affects nothing else on the server.
The restricted database's objects belong to the test role, as a
developer's own database would, so only the revoked privilege is missing.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg2
import pytest

ROOT = Path(__file__).parents[2]

# Everything diff and migrate read, on either side: krakn's own catalog queries,
# SQLAlchemy's reflection and its connect-time queries, and the catalogs that
# functions such as obj_description() read for them (pg_description).
DIFF_TABLES = [
    "pg_aggregate", "pg_am", "pg_attrdef", "pg_attribute", "pg_class", "pg_collation",
    "pg_constraint", "pg_default_acl", "pg_depend",
    "pg_description", "pg_enum", "pg_extension", "pg_index", "pg_inherits", "pg_namespace",
    "pg_opclass", "pg_operator", "pg_policy", "pg_proc", "pg_range", "pg_rewrite", "pg_roles",
    "pg_sequence", "pg_statistic_ext", "pg_trigger", "pg_type",
    # Collations' neighbours: text search, foreign data, event triggers, publications.
    "pg_event_trigger", "pg_foreign_data_wrapper", "pg_foreign_server", "pg_foreign_table",
    "pg_publication", "pg_publication_namespace", "pg_publication_rel", "pg_ts_config",
    "pg_ts_config_map", "pg_ts_dict", "pg_ts_parser", "pg_ts_template", "pg_user_mappings",
]
DIFF_FUNCTIONS = [
    "acldefault", "aclexplode", "format_type",
    "oidvectortypes", "pg_get_constraintdef", "pg_get_expr",
    "pg_get_function_arguments", "pg_get_function_identity_arguments",
    "pg_get_function_result", "pg_get_functiondef", "pg_get_indexdef", "pg_get_partkeydef",
    "pg_get_ruledef", "pg_get_statisticsobjdef",
    "pg_get_triggerdef", "pg_get_userbyid", "pg_get_viewdef",
    "pg_sequence_last_value",
]
# Only SQLAlchemy's reflection of --from's tables called the first three: krakn
# builds both sides' tables from its own snapshots now. SQLAlchemy's first
# connection called version(), and the catalog queries obj_description(): they
# read through plain psycopg2 connections and pg_description now. A role
# without any of them compares.
NOT_READ = ["pg_collation_is_visible", "pg_get_serial_sequence", "pg_type_is_visible",
            "version", "obj_description"]
# What sync-data reads before it writes (krakn/catalog/data.py, the readers
# it shares with diff, and the server identity check), on either side.
SYNC_TABLES = [
    "pg_attrdef", "pg_attribute", "pg_class", "pg_collation", "pg_constraint", "pg_database",
    "pg_depend", "pg_index", "pg_inherits", "pg_namespace", "pg_sequence", "pg_stat_activity",
    "pg_trigger", "pg_type",
]
SYNC_FUNCTIONS = ["format_type", "pg_control_system", "pg_is_other_temp_schema",
                  "pg_sequence_last_value"]
# Only --from's sequence values are read (--to's own are read while it loads).
SYNC_FROM_ONLY = {"pg_is_other_temp_schema", "pg_sequence_last_value"}

# pg_* names in the catalog modules that are no privilege to test: schemas,
# and functions sync-data calls only in a run that goes further than these tests.
NOT_OBJECTS = {
    "pg_catalog": "a schema", "pg_toast": "a schema", "pg_dump": "a program, in a comment",
    "pg_export_snapshot": "only with --jobs 2 or more, after the catalog",
    "pg_stat_progress_copy": "only for the progress line on a terminal",
    "pg_terminate_backend": "a comment about psycopg2's behaviour, not a query",
    "pg_sequences": "a comment: why sync-data does not read it",
    "pg_partition_tree": "a comment: why sync-data does not call it",
    # Read on a connection of their own while a load waits for a lock: without
    # them krakn only says less (tests/sync/test_locks.py).
    "pg_locks": "lock-wait notice", "pg_blocking_pids": "lock-wait notice",
}

SCHEMA_SQL = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'app schema';
CREATE TYPE app.mood AS ENUM ('sad', 'ok');
CREATE DOMAIN app.pos AS integer CHECK (VALUE > 0);
CREATE TYPE app.pair AS (a integer, b text);
CREATE TYPE app.frange AS RANGE (subtype = float8);
CREATE TABLE app.parent (id serial PRIMARY KEY, name text NOT NULL DEFAULT 'x',
                         mood app.mood, p app.pos,
                         CONSTRAINT name_len CHECK (length(name) < 100));
COMMENT ON TABLE app.parent IS 'parents';
COMMENT ON COLUMN app.parent.name IS 'the name';
CREATE TABLE app.child (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                        parent_id integer REFERENCES app.parent (id) DEFERRABLE,
                        doubled integer GENERATED ALWAYS AS (parent_id * 2) STORED,
                        note text COLLATE "C");
CREATE INDEX child_note ON app.child (note);
CREATE INDEX child_trgm ON app.child USING gin (note gin_trgm_ops);
CREATE TABLE app.part (id integer, at date) PARTITION BY RANGE (at);
CREATE TABLE app.part_2024 PARTITION OF app.part
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.base (id integer);
CREATE TABLE app.derived (extra text) INHERITS (app.base);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION app.add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC SELECT a + b; END;
CREATE PROCEDURE app.noop() LANGUAGE sql AS $$SELECT 1$$;
COMMENT ON FUNCTION app.touch() IS 'touches';
CREATE TRIGGER parent_touch BEFORE UPDATE ON app.parent
    FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE VIEW app.names AS SELECT id, name FROM app.parent;
CREATE MATERIALIZED VIEW app.counts AS SELECT count(*) AS n FROM app.child;
ALTER TABLE app.parent ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON app.parent USING (true);
GRANT SELECT ON app.parent TO PUBLIC;
"""
# A table each side lacks: SQLAlchemy reflects it there, whichever side that is.
# Its columns make SQLAlchemy read enums, domains, collations and identity sequences.
OWN_TABLE = """
CREATE TABLE app.{} (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                     note text COLLATE "C" DEFAULT 'n', mood app.mood, p app.pos);
"""
OWN_SQL = OWN_TABLE.format("only_here")
# The other side differs a little everywhere, so that every comparison runs.
OTHER_SQL = SCHEMA_SQL.replace("SELECT id, name FROM", "SELECT id FROM").replace(
    "'parents'", "'the parents'") + """
ALTER TABLE app.base ADD COLUMN added text;
""" + OWN_TABLE.format("only_there")
ROWS_SQL = "INSERT INTO app.parent (name) VALUES ('a'), ('b');"


def _admin(db) -> psycopg2.extensions.connection:
    conn = psycopg2.connect(db.url)
    conn.autocommit = True
    return conn


@pytest.fixture(scope="module")
def role(pg_server) -> Iterator[str]:
    """A LOGIN role that is no superuser, made for this module and dropped after it.

    Fixtures that make databases ask for it before make_module_db, so that
    their databases (which hold its objects) are dropped first.
    """
    name = f"krakn_cat_{uuid.uuid4().hex[:10]}"
    pg_server.execute(f'CREATE ROLE "{name}" LOGIN')
    yield name
    pg_server.wait_for_drops()
    pg_server.execute(f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture(scope="module")
def dbs(role, make_module_db):
    """(restricted, other): the role's own database, and a superuser's that differs."""
    restricted, other = make_module_db(), make_module_db()
    conn = _admin(restricted)
    try:
        with conn.cursor() as cur:
            cur.execute(f'GRANT CREATE ON DATABASE "{restricted.name}" TO "{role}"')
            cur.execute(f'ALTER SCHEMA public OWNER TO "{role}"')
    finally:
        conn.close()
    restricted.load(f'SET ROLE "{role}";\n' + SCHEMA_SQL + OWN_SQL + ROWS_SQL)
    other.load(OTHER_SQL)
    return restricted, other


def role_url(db, role: str) -> str:
    return f"postgresql://{role}@{db.server.host}:{db.server.port}/{db.name}"


@contextmanager
def revoked(db, kind: str, name: str) -> Iterator[None]:
    """PUBLIC's SELECT on a catalog (or EXECUTE on each overload of a function) taken away."""
    conn = _admin(db)
    try:
        with conn.cursor() as cur:
            if kind == "table":
                targets = [f"TABLE pg_catalog.{name}"]
            else:
                cur.execute("SELECT oid::regprocedure::text FROM pg_proc WHERE proname = %s "
                            "AND pronamespace = 'pg_catalog'::regnamespace", (name,))
                targets = [f"FUNCTION {sig}" for (sig,) in cur.fetchall()]
            assert targets, name
            privilege = "SELECT" if kind == "table" else "EXECUTE"
            for target in targets:
                cur.execute(f"REVOKE {privilege} ON {target} FROM PUBLIC")
            try:
                yield
            finally:
                for target in targets:
                    cur.execute(f"GRANT {privilege} ON {target} TO PUBLIC")
    finally:
        conn.close()


def assert_privilege_error(result, side: str, kind: str, name: str, role: str) -> str:
    """Exit 2, one line, naming the side, the object and what to grant to whom."""
    assert result.exit_code == 2, (result.exit_code, result.stdout[-500:], result.stderr)
    err = result.stderr.splitlines()
    assert len(err) == 1, result.stderr
    line = err[0]
    assert line.startswith(f"krakn: error: {side}: "), line
    assert "unexpected" not in line and "Traceback" not in result.output, line
    assert re.search(rf"\b{name}\b", line), line
    privilege = "SELECT" if kind == "table" else "EXECUTE"
    assert f"grant {privilege} on " in line and f'to role "{role}"' in line, line
    return line


def _sides(restricted_url: str, other_url: str, side: str) -> list[str]:
    if side == "--from":
        return ["--from", restricted_url, "--to", other_url]
    return ["--from", other_url, "--to", restricted_url]


OBJECTS = [(side, "table", n) for side in ("--from", "--to") for n in DIFF_TABLES] + [
    (side, "function", n) for side in ("--from", "--to") for n in DIFF_FUNCTIONS]


@pytest.mark.parametrize("side,kind,name", OBJECTS, ids=[f"{s}-{n}" for s, _k, n in OBJECTS])
def test_diff_and_migrate_name_the_missing_privilege(side, kind, name, dbs, role, krakn):
    """diff and migrate without a catalog privilege: exit 2, one line, the side, the grant."""
    restricted, other = dbs
    args = _sides(role_url(restricted, role), other.url, side)
    with revoked(restricted, kind, name):
        for command in (["diff"], ["migrate"]):
            result = krakn(*command, "--with-privileges", "--with-owners", *args)
            assert_privilege_error(result, side, kind, name, role)


@pytest.mark.parametrize("name", NOT_READ)
def test_what_reflection_called_is_not_needed(name, dbs, role, krakn):
    """Without a function only SQLAlchemy's reflection called, diff still compares either way."""
    restricted, other = dbs
    with revoked(restricted, "function", name):
        for side in ("--from", "--to"):
            args = _sides(role_url(restricted, role), other.url, side)
            result = krakn("diff", "--with-privileges", "--with-owners", *args)
            assert result.exit_code == 1, (side, result.stderr)
            assert "Added table 'app.only_here'" in result.stdout or \
                "Removed table 'app.only_here'" in result.stdout, result.stdout


def test_all_of_it_works_with_the_privileges(dbs, role, krakn):
    """With nothing revoked the same role compares both ways: the failures above are the grants'."""
    restricted, other = dbs
    for side in ("--from", "--to"):
        args = _sides(role_url(restricted, role), other.url, side)
        result = krakn("diff", "--with-privileges", "--with-owners", *args)
        assert result.exit_code == 1, result.stderr


SYNC_OBJECTS = [(side, "table", n) for side in ("--from", "--to") for n in SYNC_TABLES] + [
    (side, "function", n) for side in ("--from", "--to") for n in SYNC_FUNCTIONS
    if side == "--from" or n not in SYNC_FROM_ONLY]


@pytest.fixture(scope="module")
def plain(role, make_module_db):
    """The same tables as the role's database, with the same rows, a superuser's."""
    db = make_module_db()
    db.load(SCHEMA_SQL + OWN_SQL + ROWS_SQL)
    return db


@pytest.mark.parametrize("side,kind,name", SYNC_OBJECTS,
                         ids=[f"{s}-{n}" for s, _k, n in SYNC_OBJECTS])
def test_sync_data_names_the_missing_privilege(side, kind, name, plain, role, dbs, krakn):
    """sync-data without a catalog privilege: exit 2, one line, the side, the grant; no rows."""
    restricted, _other = dbs
    args = _sides(role_url(restricted, role), plain.url, side)
    with revoked(restricted, kind, name):
        result = krakn("sync-data", "-y", *args)
    assert_privilege_error(result, side, kind, name, role)
    for db in (restricted, plain):
        assert db.query("SELECT count(*) FROM app.parent") == [(2,)], db.name


@pytest.fixture(scope="module")
def locked_pair(role, make_module_db):
    """A database with a sequence the role may not read (and a table it may), and another."""
    locked, other = make_module_db(), make_module_db()
    locked.load(f'CREATE SEQUENCE locked_seq; CREATE TABLE t (id integer);'
                f'GRANT SELECT ON t TO "{role}";')
    other.load("CREATE TABLE t (id integer);")
    return locked, other


@pytest.mark.parametrize("side", ["--from", "--to"])
def test_unreadable_sequence_is_named(side, locked_pair, role, krakn):
    """A sequence the role may not read: one line naming the side, the sequence, the grant."""
    locked, other = locked_pair
    args = _sides(role_url(locked, role), other.url, side)
    for command in ("diff", "migrate"):
        result = krakn(command, *args)
        assert result.exit_code == 2, (result.stdout, result.stderr)
        line = result.stderr.strip()
        assert "\n" not in line and line.startswith(f"krakn: error: {side}: "), line
        assert "locked_seq" in line and "unexpected" not in line, line
        assert f'grant SELECT on sequence locked_seq to role "{role}"' in line, line


def _pg_names(paths: list[Path]) -> set[str]:
    text = "\n".join(p.read_text() for p in paths)
    return set(re.findall(r"\b(pg_[a-z_]+)\b", text))


def test_every_catalog_name_is_tested():
    """Each pg_* name in the catalog modules is revoked by a test above (or said why not)."""
    catalog = ROOT / "krakn" / "catalog"
    diff_modules = sorted(p for p in catalog.glob("*.py") if p.name != "data.py")
    shared = [catalog / f"{name}.py" for name in ("data", "filters", "tables", "routines")]
    sync_modules = sorted((ROOT / "krakn" / "sync").glob("*.py")) + shared
    assert all(p.is_file() for p in shared)
    assert diff_modules and sync_modules  # a moved module must not make this vacuous
    tested = set(DIFF_TABLES) | set(DIFF_FUNCTIONS) | set(NOT_OBJECTS)
    diff_names, sync_names = _pg_names(diff_modules), _pg_names(sync_modules)
    assert {"pg_class", "pg_attribute", "pg_get_expr"} <= diff_names  # the files were read
    assert {"pg_class", "pg_attribute", "pg_sequence"} <= sync_names
    assert diff_names - tested == set()
    tested_sync = set(SYNC_TABLES) | set(SYNC_FUNCTIONS) | set(NOT_OBJECTS) | tested
    assert sync_names - tested_sync == set()
