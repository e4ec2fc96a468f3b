"""Default privileges (``ALTER DEFAULT PRIVILEGES``), read with the grants.

``pg_default_acl`` holds one entry per (role, schema or none, kind of
object). An entry without a schema replaces PostgreSQL's built-in ACL for
what that role creates (the owner's own privileges included, so revoking
them is possible); an entry for a schema only adds to it. An absent entry
is therefore the built-in ACL (``acldefault``) or nothing; each entry read
carries that ``base`` too, so a side without the entry compares with it.

They also decide what a new object starts with: ``fresh_grants`` gives the
grants an object created by the connecting role gets from the target's
entries, which is what the script's GRANTs and REVOKEs start from.
"""

from __future__ import annotations

from dataclasses import dataclass

from krakn.db.query import Query

# (role, schema or "" for every schema, kind): the kind is pg_default_acl's
# letter: r tables, S sequences, f functions, T types, n schemas.
DefaultKey = tuple[str, str, str]
# (grantee, privilege, grantable); grantee "" is PUBLIC (as in krakn.catalog.privileges).
DefaultGrant = tuple[str, str, bool]
# krakn.catalog.privileges' ObjectKey: (kind, schema, name, detail).
Key = tuple[str, str, str, str]

# The kinds of object each letter covers (krakn.catalog.privileges' kinds).
KIND_LETTER = {"table": "r", "view": "r", "materialized view": "r", "foreign table": "r",
               "sequence": "S", "function": "f", "procedure": "f", "aggregate": "f",
               "type": "T", "domain": "T", "schema": "n"}


@dataclass(frozen=True)
class DefaultAcl:
    """One pg_default_acl entry: its grants, and what holds without it."""

    grants: frozenset[DefaultGrant]
    base: frozenset[DefaultGrant] = frozenset()


# Every entry gives at least one row (privilege NULL when it grants nothing,
# which a global entry may: it revokes even the owner's own privileges).
DEFAULT_ACL_SQL = """
SELECT ro.rolname, COALESCE(n.nspname, ''), d.defaclobjtype::text, 'acl', r.rolname,
       a.grantee, a.privilege_type, a.is_grantable
FROM pg_default_acl d JOIN pg_roles ro ON ro.oid = d.defaclrole
LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
LEFT JOIN LATERAL aclexplode(d.defaclacl) a ON true
LEFT JOIN pg_roles r ON r.oid = a.grantee
WHERE d.defaclnamespace = 0 OR n.nspname = ANY(%(schemas)s)
UNION ALL
SELECT ro.rolname, '', d.defaclobjtype::text, 'base', r.rolname, a.grantee,
       a.privilege_type, a.is_grantable
FROM pg_default_acl d JOIN pg_roles ro ON ro.oid = d.defaclrole
CROSS JOIN LATERAL aclexplode(acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's'::"char"
                                         ELSE d.defaclobjtype END, d.defaclrole)) a
LEFT JOIN pg_roles r ON r.oid = a.grantee
WHERE d.defaclnamespace = 0
"""


def read_default_acls(query: Query, schemas: list[str]) -> dict[DefaultKey, DefaultAcl]:
    """Every entry of the database without a schema, and those of the given schemas."""
    found: dict[DefaultKey, dict[str, set[DefaultGrant]]] = {}
    for role, schema, kind, which, name, grantee, privilege, grantable in query(
            DEFAULT_ACL_SQL, {"schemas": schemas}):
        parts = found.setdefault((role, schema, kind), {"acl": set(), "base": set()})
        if privilege is not None:
            who = "" if grantee == 0 else (name or str(grantee))
            parts[which].add((who, privilege, bool(grantable)))
    return {key: DefaultAcl(frozenset(p["acl"]), frozenset(p["base"]))
            for key, p in found.items()}


def fresh_grants(key: Key, defaults: dict[DefaultKey, DefaultAcl], creator: str,
                 built_in: frozenset[DefaultGrant]) -> frozenset[DefaultGrant]:
    """What an object ``creator`` makes now grants to others than its owner:
    the entry without a schema (else ``built_in``), plus its schema's."""
    letter = KIND_LETTER.get(key[0])
    if letter is None or not defaults:
        return built_in
    whole = defaults.get((creator, "", letter))
    grants = set(built_in if whole is None else whole.grants)
    if letter != "n":
        part = defaults.get((creator, key[1], letter))
        grants |= part.grants if part is not None else set()
    # Merged, a privilege granted with the option in either entry has it.
    optioned = {(g, p) for g, p, o in grants if o}
    return frozenset((g, p, (g, p) in optioned) for g, p, _o in grants if g != creator)
