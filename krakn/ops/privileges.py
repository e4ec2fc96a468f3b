"""GRANT, REVOKE and OWNER TO: privileges and owners (--with-privileges, --with-owners)."""

from __future__ import annotations

from krakn.catalog.privileges import PUBLIC, ObjectKey
from krakn.ops.base import Change, SQLOp, display, qualify, quote
from krakn.ops.phases import Phase

# How GRANT and ALTER name each kind of object.
_GRANT_WORD = {"table": "TABLE", "view": "TABLE", "materialized view": "TABLE",
               "foreign table": "TABLE", "column": "TABLE", "sequence": "SEQUENCE",
               "function": "FUNCTION", "procedure": "PROCEDURE", "schema": "SCHEMA",
               # FUNCTION names aggregates too; TYPE and DOMAIN take USAGE.
               "aggregate": "FUNCTION", "type": "TYPE", "domain": "DOMAIN"}
_ALTER_WORD = {"table": "TABLE", "view": "VIEW", "materialized view": "MATERIALIZED VIEW",
               "foreign table": "FOREIGN TABLE", "sequence": "SEQUENCE",
               "function": "FUNCTION", "procedure": "PROCEDURE", "schema": "SCHEMA",
               "type": "TYPE", "domain": "DOMAIN",
               # ALTER AGGREGATE wants ORDER BY in an ordered-set's signature.
               "aggregate": "ROUTINE"}
# Kinds named with their argument types.
_ROUTINES = ("function", "procedure", "aggregate")


def role(name: str) -> str:
    """A grantee as SQL: PUBLIC bare, a role always quoted."""
    return "PUBLIC" if name == PUBLIC else quote(name)


def role_words(name: str) -> str:
    return "PUBLIC" if name == PUBLIC else f"'{name}'"


def target_sql(key: ObjectKey) -> str:
    """The object as it follows ``ON`` in GRANT (or the verb in ALTER)."""
    kind, schema, name, detail = key
    if kind == "schema":
        return quote(schema)
    if kind in _ROUTINES:
        return f"{qualify(schema, name)}({detail})"
    return qualify(schema, name)


def object_words(key: ObjectKey) -> str:
    kind, schema, name, detail = key
    if kind == "schema":
        return f"schema '{schema}'"
    if kind == "column":
        return f"column '{detail}' of '{display(schema, name)}'"
    if kind in _ROUTINES:
        return f"{kind} '{display(schema, name)}({detail})'"
    if kind in ("table", "sequence"):
        return f"'{display(schema, name)}'"
    return f"{kind} '{display(schema, name)}'"


def _privilege(key: ObjectKey, privilege: str) -> str:
    return f"{privilege} ({quote(key[3])})" if key[0] == "column" else privilege


def _on(key: ObjectKey) -> str:
    return f"ON {_GRANT_WORD[key[0]]} {target_sql(key)}"


def _table(key: ObjectKey) -> str | None:
    return None if key[0] in ("schema", "type", "domain", *_ROUTINES) else key[2]


class PrivilegeOp(SQLOp):
    """A grant, revoke or owner change. ``words`` replaces its diff lines: an
    object created again gets all its grants back, said as the differences."""

    key: ObjectKey
    words: list[Change] | None = None
    # Gives an object the plan makes anew the grants it must end with
    # (krakn.plan.grants): the rollback does not undo it.
    restores: bool = False

    def describe(self) -> list[Change]:
        return self.words if self.words is not None else self.difference()

    def difference(self) -> list[Change]:
        raise NotImplementedError


class GrantOp(PrivilegeOp):
    """GRANT privilege, or only add its grant option (``existing`` granted without)."""

    phase = Phase.GRANTS

    def __init__(self, key: ObjectKey, grantee: str, privilege: str, grantable: bool,
                 existing: bool = False) -> None:
        self.key, self.grantee, self.privilege = key, grantee, privilege
        self.grantable, self.existing = grantable, existing

    def statements(self) -> list[str]:
        option = " WITH GRANT OPTION" if self.grantable else ""
        return [f"GRANT {_privilege(self.key, self.privilege)} {_on(self.key)} "
                f"TO {role(self.grantee)}{option}"]

    def reverse(self) -> SQLOp:
        if self.existing:
            return RevokeOp(self.key, self.grantee, self.privilege, option_only=True)
        return RevokeOp(self.key, self.grantee, self.privilege)

    def difference(self) -> list[Change]:
        what = f"{self.privilege} on {object_words(self.key)}"
        schema, table = self.key[1], _table(self.key)
        if self.existing:
            return [Change("~", "privilege", f"Changed grant option of {what} for "
                           f"{role_words(self.grantee)} from no → yes", schema, table,
                           self.privilege, {"grantee": self.grantee or "PUBLIC",
                                            "old": False, "new": True})]
        option = " with grant option" if self.grantable else ""
        return [Change("+", "privilege", f"Granted {what} to {role_words(self.grantee)}{option}",
                       schema, table, self.privilege, {"grantee": self.grantee or "PUBLIC"})]

    def sort_key(self) -> tuple[str, ...]:
        return (*self.key, self.grantee, self.privilege)


class RevokeOp(PrivilegeOp):
    """REVOKE privilege, or only its grant option."""

    phase = Phase.GRANTS

    def __init__(self, key: ObjectKey, grantee: str, privilege: str,
                 option_only: bool = False, grantable: bool = False) -> None:
        self.key, self.grantee, self.privilege = key, grantee, privilege
        self.option_only, self.grantable = option_only, grantable

    def statements(self) -> list[str]:
        head = "REVOKE GRANT OPTION FOR" if self.option_only else "REVOKE"
        return [f"{head} {_privilege(self.key, self.privilege)} {_on(self.key)} "
                f"FROM {role(self.grantee)}"]

    def reverse(self) -> GrantOp:
        if self.option_only:
            return GrantOp(self.key, self.grantee, self.privilege, True, existing=True)
        return GrantOp(self.key, self.grantee, self.privilege, self.grantable)

    def difference(self) -> list[Change]:
        what = f"{self.privilege} on {object_words(self.key)}"
        schema, table = self.key[1], _table(self.key)
        if self.option_only:
            return [Change("~", "privilege", f"Changed grant option of {what} for "
                           f"{role_words(self.grantee)} from yes → no", schema, table,
                           self.privilege, {"grantee": self.grantee or "PUBLIC",
                                            "old": True, "new": False})]
        return [Change("-", "privilege", f"Revoked {what} from {role_words(self.grantee)}",
                       schema, table, self.privilege, {"grantee": self.grantee or "PUBLIC"})]

    def sort_key(self) -> tuple[str, ...]:
        return (*self.key, self.grantee, self.privilege)


class SetOwnerOp(PrivilegeOp):
    """ALTER ... OWNER TO."""

    phase = Phase.OWNERS

    def __init__(self, key: ObjectKey, owner: str, existing: str) -> None:
        self.key, self.owner, self.existing = key, owner, existing

    def statements(self) -> list[str]:
        return [f"ALTER {_ALTER_WORD[self.key[0]]} {target_sql(self.key)} "
                f"OWNER TO {quote(self.owner)}"]

    def reverse(self) -> SetOwnerOp:
        return SetOwnerOp(self.key, self.existing, self.owner)

    def difference(self) -> list[Change]:
        return [Change("~", "owner", f"Changed owner of {object_words(self.key)} from "
                       f"'{self.existing}' → '{self.owner}'", self.key[1], _table(self.key),
                       self.key[3] or self.key[2] or self.key[1],
                       {"old": self.existing, "new": self.owner})]

    def sort_key(self) -> tuple[str, ...]:
        return self.key
