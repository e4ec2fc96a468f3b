"""--with-privileges and --with-owners against a real server: off by default,
grants and owners listed, and a migration that leaves nothing to say."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from krakn.catalog import privileges as catalog_privileges

# The objects both sides have; only their grants and owners differ.
OBJECTS = """
CREATE SCHEMA app;
CREATE TABLE public.orders (id int, amount numeric);
CREATE VIEW public.recent AS SELECT id FROM public.orders;
CREATE SEQUENCE public.s;
CREATE FUNCTION app.f(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a';
CREATE TYPE public.mood AS ENUM ('ok');
CREATE TABLE public.fresh (id serial);
"""

SOURCE = OBJECTS + """
GRANT SELECT ON public.orders TO {reader};
GRANT INSERT ON public.orders TO {reader} WITH GRANT OPTION;
GRANT UPDATE (amount) ON public.orders TO {reader};
GRANT SELECT ON public.recent TO PUBLIC;
GRANT USAGE ON SEQUENCE public.s TO {reader};
REVOKE EXECUTE ON FUNCTION app.f(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.f(integer) TO {reader};
GRANT USAGE ON SCHEMA app TO {reader};
GRANT SELECT ON public.fresh TO {reader};
ALTER TABLE public.orders OWNER TO {owner};
ALTER SCHEMA app OWNER TO {owner};
ALTER TYPE public.mood OWNER TO {owner};
ALTER TABLE public.fresh OWNER TO {owner};
"""

TARGET = OBJECTS + """
GRANT DELETE ON public.orders TO PUBLIC;
GRANT SELECT ON public.orders TO {reader} WITH GRANT OPTION;
GRANT INSERT (id) ON public.orders TO {reader};
"""

FLAGS = ("--with-privileges", "--with-owners")


@dataclass
class Roles:
    reader: str
    owner: str
    user: str  # who the tests connect as: the owner of what they create
    dbs: list[Any] = field(default_factory=list)

    def load(self, db: Any, sql: str) -> Any:
        self.dbs.append(db)
        db.load(sql.format(reader=self.reader, owner=self.owner))
        return db


@pytest.fixture
def roles(pg_server: Any) -> Iterator[Roles]:
    """Two roles of this test's own (roles are cluster-wide), dropped at the end."""
    tag = uuid.uuid4().hex[:10]
    made = Roles(f"krakn_reader_{tag}", f"krakn_owner_{tag}", pg_server.user)
    conn = pg_server.admin()
    try:
        with conn.cursor() as cur:
            cur.execute(f'CREATE ROLE "{made.reader}"')
            cur.execute(f'CREATE ROLE "{made.owner}"')
    finally:
        conn.close()
    yield made
    pg_server.wait_for_drops()  # the databases that hold the roles' objects
    for db in made.dbs:
        db.psql(f'DROP OWNED BY "{made.reader}", "{made.owner}" CASCADE')
    conn = pg_server.admin()
    try:
        with conn.cursor() as cur:
            cur.execute(f'DROP ROLE IF EXISTS "{made.reader}"')
            cur.execute(f'DROP ROLE IF EXISTS "{made.owner}"')
    finally:
        conn.close()


@pytest.fixture
def pair(roles: Roles, make_db: Callable[[], Any]) -> tuple[Any, Any]:
    """A source and a target database, loaded with this test's roles."""
    return roles.load(make_db(), SOURCE), roles.load(make_db(), TARGET)


def test_off_by_default(pair, krakn, monkeypatch) -> None:
    """Without the flags no grant or owner is reported; only the recreatable's are read."""
    real = catalog_privileges.read_privileges

    def recreatable_only(*args: Any, **kwargs: Any) -> Any:
        # Views and routines: what a plan may drop and create again gets them back.
        assert kwargs.get("recreatable_only"), "privileges read without --with-privileges"
        return real(*args, **kwargs)

    monkeypatch.setattr(catalog_privileges, "read_privileges", recreatable_only)
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""


def test_diff_lists_grants_and_owners(pair, roles, krakn) -> None:
    """With the flags, diff lists each grant, revoke, grant option and owner change."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, *FLAGS)
    assert result.exit_code == 1, result.stderr
    r, o, u = roles.reader, roles.owner, roles.user
    lines = set(result.stdout.splitlines())
    for expected in (
        f"+ Granted INSERT on 'orders' to '{r}' with grant option",
        f"~ Changed grant option of SELECT on 'orders' for '{r}' from yes → no",
        "- Revoked DELETE on 'orders' from PUBLIC",
        f"+ Granted UPDATE on column 'amount' of 'orders' to '{r}'",
        f"- Revoked INSERT on column 'id' of 'orders' from '{r}'",
        "+ Granted SELECT on view 'recent' to PUBLIC",
        f"+ Granted USAGE on 's' to '{r}'",
        "- Revoked EXECUTE on function 'app.f(integer)' from PUBLIC",
        f"+ Granted EXECUTE on function 'app.f(integer)' to '{r}'",
        f"+ Granted USAGE on schema 'app' to '{r}'",
        f"~ Changed owner of 'orders' from '{u}' → '{o}'",
        f"~ Changed owner of schema 'app' from '{u}' → '{o}'",
        f"~ Changed owner of type 'mood' from '{u}' → '{o}'",
    ):
        assert expected in lines, result.stdout
    only_grants = krakn("diff", "--from", src.url, "--to", tgt.url, "--with-privileges")
    assert "owner" not in only_grants.stdout and "Granted" in only_grants.stdout
    only_owners = krakn("diff", "--from", src.url, "--to", tgt.url, "--with-owners")
    assert "Granted" not in only_owners.stdout and "owner" in only_owners.stdout


def test_round_trip(pair, krakn) -> None:
    """migrate --force with both flags, applied with psql, leaves diff with nothing to say."""
    src, tgt = pair
    migration = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force", *FLAGS)
    assert migration.exit_code == 0, migration.stderr
    assert "REVOKE GRANT OPTION FOR SELECT" in migration.stdout
    applied = tgt.psql(migration.stdout)
    assert applied.returncode == 0, f"{applied.stderr}\n---\n{migration.stdout}"
    again = krakn("diff", "--from", src.url, "--to", tgt.url, *FLAGS)
    assert again.exit_code == 0, f"left over:\n{again.stdout}\n---\n{migration.stdout}"


def test_recreated_objects_get_their_grants_back(roles, make_db, krakn) -> None:
    """A view and a function dropped and created again end with the source's grants."""
    common = """
CREATE TABLE public.t (id int, b int);
CREATE VIEW public.w AS SELECT id FROM public.t;
REVOKE EXECUTE ON FUNCTION public.f(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.f(integer) TO {reader};
GRANT SELECT ON public.v TO {reader};
GRANT SELECT (id) ON public.w TO {reader};
ALTER VIEW public.v OWNER TO {owner};
"""
    src = roles.load(make_db(), """
CREATE FUNCTION public.f(a int) RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
CREATE VIEW public.v AS SELECT 1 AS one, 2 AS two;""" + common)
    tgt = roles.load(make_db(), """
CREATE FUNCTION public.f(a int) RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE VIEW public.v AS SELECT 2 AS two;""" + common)
    first = krakn("diff", "--from", src.url, "--to", tgt.url, *FLAGS)
    assert "Granted" not in first.stdout and "owner" not in first.stdout, first.stdout
    migration = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force", *FLAGS)
    assert migration.exit_code == 0, migration.stderr
    assert f'GRANT SELECT ON TABLE "public"."v" TO "{roles.reader}"' in migration.stdout
    applied = tgt.psql(migration.stdout)
    assert applied.returncode == 0, f"{applied.stderr}\n---\n{migration.stdout}"
    again = krakn("diff", "--from", src.url, "--to", tgt.url, *FLAGS)
    assert again.exit_code == 0, f"left over:\n{again.stdout}\n---\n{migration.stdout}"


KEPT_SOURCE = """
CREATE TABLE public.orders (id int, amount bigint);
CREATE VIEW public.recent AS SELECT id, amount FROM public.orders;
CREATE FUNCTION public.total(n integer) RETURNS bigint LANGUAGE sql AS 'SELECT n::bigint';
"""
KEPT_TARGET = """
CREATE TABLE public.orders (id int, amount integer);
CREATE VIEW public.recent AS SELECT id, amount FROM public.orders;
CREATE FUNCTION public.total(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n';
GRANT SELECT ON public.recent TO {reader};
ALTER VIEW public.recent OWNER TO {owner};
REVOKE EXECUTE ON FUNCTION public.total(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.total(integer) TO {reader};
ALTER FUNCTION public.total(integer) OWNER TO {owner};
"""
ACLS = """
SELECT c.relacl::text, pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.relname = 'recent'
UNION ALL
SELECT p.proacl::text, pg_get_userbyid(p.proowner) FROM pg_proc p WHERE p.proname = 'total'
"""


def test_recreated_objects_keep_their_grants_without_flags(roles, make_db, krakn) -> None:
    """A view and a function the script must recreate keep the target's grants and owner."""
    src, tgt = roles.load(make_db(), KEPT_SOURCE), roles.load(make_db(), KEPT_TARGET)
    before = tgt.query(ACLS)
    migration = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force")
    assert migration.exit_code == 0, migration.stderr
    assert 'DROP VIEW "public"."recent"' in migration.stdout
    assert 'DROP FUNCTION "public"."total"' in migration.stdout
    applied = tgt.psql(migration.stdout)
    assert applied.returncode == 0, applied.stderr
    assert tgt.query(ACLS) == before
    again = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert again.exit_code == 0, again.stdout
