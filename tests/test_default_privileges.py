"""Default privileges and the grants of what a script makes: against a real server.

What the script creates starts from the target's default privileges for the
connecting role, not from PostgreSQL's built-in ACL; and what a rollback
makes again ends with the target's grants, with or without --with-privileges.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from krakn.catalog.default_privileges import DefaultAcl, fresh_grants
from krakn.catalog.privileges import PUBLIC

CASES_DIR = Path(__file__).parent / "cases"
ROLES = (CASES_DIR / "default_privileges" / "target.sql").read_text().split("\n\n")[0]

# Every ACL of the public schema's relations, routines and types, and the default ones.
ACLS = """
SELECT 'rel ' || c.relname, c.relacl::text, pg_get_userbyid(c.relowner)
FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'S')
UNION ALL
SELECT 'col ' || c.relname || '.' || a.attname, a.attacl::text, ''
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'public'::regnamespace AND a.attacl IS NOT NULL
UNION ALL
SELECT 'fn ' || p.proname, p.proacl::text, pg_get_userbyid(p.proowner)
FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
UNION ALL
SELECT 'type ' || t.typname, t.typacl::text, pg_get_userbyid(t.typowner)
FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd')
UNION ALL
SELECT 'default ' || d.defaclobjtype::text, d.defaclacl::text, pg_get_userbyid(d.defaclrole)
FROM pg_default_acl d
ORDER BY 1
"""


def test_fresh_grants_merge_the_entries() -> None:
    """A new object gets the creator's entry without a schema (else the built-in
    ACL) plus its schema's entry, the owner's own left out, options merged."""
    defaults = {
        ("me", "", "f"): DefaultAcl(frozenset({("me", "EXECUTE", False)})),
        ("me", "app", "r"): DefaultAcl(frozenset({("r1", "SELECT", True)})),
        ("me", "", "r"): DefaultAcl(frozenset({("r1", "SELECT", False), ("me", "SELECT", False)})),
        ("other", "", "T"): DefaultAcl(frozenset()),
    }
    built_in = frozenset({(PUBLIC, "EXECUTE", False)})

    def fresh(key: tuple[str, str, str, str], base: frozenset = frozenset()) -> frozenset:
        return fresh_grants(key, defaults, "me", base)  # made by "me"

    assert fresh(("function", "app", "f", ""), built_in) == frozenset()
    assert fresh(("table", "app", "t", "")) == {("r1", "SELECT", True)}
    assert fresh(("view", "x", "v", "")) == {("r1", "SELECT", False)}
    types = frozenset({(PUBLIC, "USAGE", False)})
    assert fresh(("type", "app", "t", ""), types) == types  # another role's entry
    assert fresh(("column", "app", "t", "c")) == frozenset()


NEW_OBJECTS = """
CREATE TABLE public.orders (id integer);
CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE TYPE public.mood AS ENUM ('ok');
"""
DEFAULTS = """
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT ON TABLES TO krakn_case_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO krakn_case_writer;
"""


def _dump(db: Any) -> list[tuple[object, ...]]:
    return db.query(ACLS)


def test_new_objects_start_from_the_targets_default_privileges(make_db, krakn) -> None:
    """The connecting role's default privileges on the target shape what the
    script creates: the script grants and revokes from there, and the default
    privileges themselves change only after."""
    # The source made its objects under other defaults, then changed them.
    src = make_db()
    src.load(ROLES + NEW_OBJECTS + "GRANT SELECT ON public.orders TO krakn_case_writer;"
             + DEFAULTS.replace("GRANT SELECT, INSERT", "GRANT UPDATE"))
    tgt = make_db()
    tgt.load(ROLES + DEFAULTS)
    flags = ("--with-privileges",)
    migration = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force", *flags)
    assert migration.exit_code == 0, migration.stderr
    # The new table gets SELECT and INSERT from the target's defaults: both go.
    assert 'REVOKE INSERT ON TABLE "public"."orders" FROM "krakn_case_reader"' in migration.stdout
    # The new function has no EXECUTE for PUBLIC on the target: it is granted.
    assert 'GRANT EXECUTE ON FUNCTION "public"."f"() TO PUBLIC' in migration.stdout
    applied = tgt.psql(migration.stdout)
    assert applied.returncode == 0, f"{applied.stderr}\n---\n{migration.stdout}"
    again = krakn("diff", "--from", src.url, "--to", tgt.url, *flags)
    assert again.exit_code == 0, f"left over:\n{again.stdout}\n---\n{migration.stdout}"
    # The table's and the default privileges' ACLs are the source's (a routine
    # or type with PostgreSQL's built-in ACL has none written down).
    assert _items(tgt) == _items(src)


def _items(db: Any) -> dict[object, set[str]]:
    return {name: set(str(acl).strip("{}").split(",")) for name, acl, _owner in _dump(db)
            if str(name).startswith(("rel ", "default "))}


@pytest.mark.parametrize("name", ["grants_kept_on_recreated", "aggregate_grants_kept"])
def test_rollback_gives_back_the_targets_grants_without_flags(name: str, make_db,
                                                              krakn) -> None:
    """Without --with-privileges, what the script drops and makes again keeps the
    target's grants and owner, after the migration and after its rollback."""
    case = CASES_DIR / name
    src, tgt = make_db(), make_db()
    src.load((case / "source.sql").read_text())
    tgt.load((case / "target.sql").read_text())
    before = _dump(tgt)
    forward = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force")
    back = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force", "--rollback")
    assert forward.exit_code == 0 and back.exit_code == 0, forward.stderr + back.stderr
    applied = tgt.psql(forward.stdout)
    assert applied.returncode == 0, applied.stderr
    assert _dump(tgt) == before  # the same grants and owners on the new objects
    undone = tgt.psql(back.stdout)
    assert undone.returncode == 0, f"{undone.stderr}\n---\n{back.stdout}"
    assert _dump(tgt) == before


# The connecting role's own default privileges, and tables made under them.
MINE = """
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO krakn_case_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE TABLE app.orders (id integer PRIMARY KEY);
CREATE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
REVOKE SELECT ON app.orders FROM krakn_case_reader;
GRANT INSERT ON app.orders TO krakn_case_writer;
CREATE TABLE app.lines (id integer PRIMARY KEY);
"""


def test_made_again_under_the_targets_own_default_privileges(make_db, krakn) -> None:
    """Both ways between a schema made under the connecting role's default
    privileges and none: the migration and its rollback each end exactly
    where they should, the rollback restoring the defaults before it makes
    the dropped tables again."""
    for source_sql, target_sql in ((MINE, ""), ("", MINE)):
        src, tgt, original = make_db(), make_db(), make_db()
        src.load(ROLES + source_sql)
        for db in (tgt, original):
            db.load(ROLES + target_sql)
        flags = ("--with-privileges",)
        forward = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force", *flags)
        back = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force", "--rollback",
                     *flags)
        assert forward.exit_code == 0 and back.exit_code == 0, forward.stderr + back.stderr
        applied = tgt.psql(forward.stdout)
        assert applied.returncode == 0, f"{applied.stderr}\n---\n{forward.stdout}"
        again = krakn("diff", "--from", src.url, "--to", tgt.url, *flags)
        assert again.exit_code == 0, f"left over:\n{again.stdout}\n---\n{forward.stdout}"
        undone = tgt.psql(back.stdout)
        assert undone.returncode == 0, f"{undone.stderr}\n---\n{back.stdout}"
        restored = krakn("diff", "--from", original.url, "--to", tgt.url, *flags)
        assert restored.exit_code == 0, f"not undone:\n{restored.stdout}\n---\n{back.stdout}"
